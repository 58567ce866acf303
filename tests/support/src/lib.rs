//! Test bench for dastra-mailgate: a private Dovecot, the Dastra API double, the OAuth
//! double and a deterministic mail generator.

pub mod dastra;
pub mod dns;
pub mod dovecot;
pub mod mailgen;
pub mod oauth;
pub mod smtp_provider;
pub mod smtp_sink;
