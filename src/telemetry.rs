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
        LogFormat::Text => builder
            .with_ansi(false)
            .fmt_fields(escaped_fields())
            .try_init(),
    };
}

/// The text format's field formatter: every message and field value goes through
/// [`crate::redact::escape`], so a subject, an address or a provider's answer holding CR, LF,
/// ESC or bidi controls can never start a forged log line (JSON logs are escaped by JSON).
pub fn escaped_fields()
-> impl for<'w> tracing_subscriber::fmt::FormatFields<'w> + Send + Sync + 'static {
    use tracing_subscriber::field::MakeExt;
    tracing_subscriber::fmt::format::debug_fn(|w, field, value| {
        let v = crate::redact::escape(&format!("{value:?}"));
        if field.name() == "message" {
            write!(w, "{v}")
        } else {
            write!(w, "{}={v}", field.name())
        }
    })
    .delimited(" ")
}
