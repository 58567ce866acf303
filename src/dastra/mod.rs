//! Typed client for the Dastra public REST API (`shared/dastra-api/`).
//!
//! # Layout
//!
//! * [`client`]: [`DastraClient`] and its options: authentication (API key or OAuth2 client
//!   credentials with a cached Bearer token), one re-authentication on a 401, no redirects,
//!   the shared rate limiter, and every typed operation.
//! * [`model`]: request bodies and response DTOs, field for field from `openapi.json`
//!   (camelCase on the wire, `None` fields skipped), plus the length helpers
//!   ([`truncate_utf16`], [`task_label`]).
//! * [`dedupe`]: how tasks and breaches carry our dedupe key and how a lookup verifies it.
//! * [`error`]: [`DastraError`], its transient/permanent classification, defensive parsing of
//!   error bodies and of `Retry-After`.
//! * [`limiter`]: [`RateLimiter`], a sliding-window limiter shared by all clones of a client.
//! * [`retry`]: [`Backoff`] (exponential, full jitter) and [`with_retries`].
//!
//! # Exactly once
//!
//! The client never retries a request by itself, except the single replay after a 401 with
//! client credentials (the server rejected the token before acting on the request). Whether
//! and when to retry is the caller's decision: a transient error on a create may mean the
//! object exists (commit-then-fail), so the ingestion pipeline looks the object up by its
//! dedupe key (DSR `refId`, task/breach marker, see [`dedupe`]) before creating it again.

pub mod client;
pub mod dedupe;
pub mod error;
pub mod limiter;
pub mod model;
pub mod retry;
pub mod window;

pub use client::{
    DEFAULT_MAX_REQUESTS_PER_MIN, DEFAULT_TOKEN_URL, DastraAuth, DastraClient, DastraClientOptions,
};
pub use dedupe::{DEDUPE_KEY_FIELD, dedupe_marker_html, dedupe_token, with_dedupe_marker};
pub use error::{DastraError, parse_retry_after, summarize_error_body};
pub use limiter::{RateLimiter, RatePermit};
pub use model::*;
pub use retry::{Backoff, with_retries};
