//! Test bench for dastra-mailgate: a private Dovecot, the Dastra API double, the OAuth
//! double, SMTP sinks and provider doubles (SMTP dialects, Microsoft Graph, Gmail API) and
//! a deterministic mail generator, and helpers for running the daemon binary against them.

pub mod api_common;
pub mod daemon;
pub mod dastra;
pub mod dns;
pub mod dovecot;
pub mod gmail_api;
pub mod graph;
pub mod mailgen;
pub mod oauth;
pub mod smtp_provider;
pub mod smtp_sink;
