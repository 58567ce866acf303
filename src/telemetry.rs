//! Logging to stderr (journald picks it up): text or JSON, filtered by `DASTRA_MAILGATE_LOG`
//! (or `logging.level`), with personal data redacted by default (see [`crate::redact`]).

use tracing_subscriber::EnvFilter;

use crate::config::LogFormat;

pub const LOG_ENV: &str = "DASTRA_MAILGATE_LOG";

/// Installs the global subscriber. Safe to call once; later calls are ignored.
pub fn init(format: LogFormat, level: &str, redact_addresses: bool) {
    crate::redact::set_redaction(redact_addresses);
    let filter = EnvFilter::try_from_env(LOG_ENV)
        .or_else(|_| EnvFilter::try_new(level))
        .unwrap_or_else(|_| EnvFilter::new("info"));
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .with_target(false);
    let _ = match format {
        LogFormat::Json => builder.json().flatten_event(true).try_init(),
        LogFormat::Text => builder.with_ansi(false).try_init(),
    };
}
