//! dastra-mailgate: one daemon, two pipelines, one TOML file.
//!
//! * **Ingestion** (`ingest`): IMAP collection mailbox → understanding (`understand`) →
//!   Dastra REST API (`dastra`), exactly once, recorded in the ledger (`ingest::ledger`).
//! * **Relay** (`relay`): local SMTP listener → durable spool → the organisation's own
//!   Office 365 / Gmail account over OAuth 2.0 (`oauth`).
//!
//! The two pipelines share only `config`, `secret`, `oauth`, storage helpers and `telemetry`.

pub mod admin;
pub mod app;
pub mod cli;
pub mod cmd;
pub mod config;
pub mod dastra;
pub mod dnscheck;
pub mod exit;
#[doc(hidden)]
pub mod fuzzing;
pub mod health;
pub mod ingest;
pub mod journal;
pub mod metrics;
pub mod oauth;
pub mod ownmark;
pub mod redact;
pub mod relay;
pub mod retention;
pub mod retry;
pub mod rfc2047;
pub mod secret;
pub mod systemd;
pub mod telemetry;
pub mod understand;
pub mod web;
