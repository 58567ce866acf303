//! Logging to stderr (journald picks it up): text or JSON, filtered by `DASTRA_MAILGATE_LOG`
//! (or `logging.level`), with personal data redacted by default (see [`crate::redact`]).

use tracing_subscriber::EnvFilter;

use crate::config::LogFormat;

pub const LOG_ENV: &str = "DASTRA_MAILGATE_LOG";

/// Installs the global subscriber. Safe to call once; later calls are ignored.
pub fn init(format: LogFormat, level: &str, redact_addresses: bool) {
    use tracing_subscriber::Layer as _;
    use tracing_subscriber::layer::SubscriberExt as _;
    use tracing_subscriber::util::SubscriberInitExt as _;
    crate::redact::set_redaction(redact_addresses);
    let spec = std::env::var(LOG_ENV).unwrap_or_else(|_| level.to_string());
    let filter = EnvFilter::try_new(&spec)
        .or_else(|_| EnvFilter::try_new(level))
        .unwrap_or_else(|_| EnvFilter::new("info"));
    let layer = match format {
        LogFormat::Json => tracing_subscriber::fmt::layer()
            .json()
            .flatten_event(true)
            .with_writer(std::io::stderr)
            .with_target(false)
            .boxed(),
        LogFormat::Text => tracing_subscriber::fmt::layer()
            .with_ansi(false)
            .fmt_fields(escaped_fields())
            .with_writer(std::io::stderr)
            .with_target(false)
            .boxed(),
    };
    let wire = tracing_subscriber::filter::filter_fn(move |meta| {
        third_party_allowed(&spec, *meta.level(), meta.target())
    });
    let _ = tracing_subscriber::registry()
        .with(filter)
        .with(layer.with_filter(wire))
        .try_init();
}

/// Other crates' debug and trace events (IMAP commands, HTTP headers, SMTP lines) can hold
/// passwords, tokens, addresses and message text, which our own redaction never sees. They
/// are dropped unless the filter names the crate (`DASTRA_MAILGATE_LOG=info,async_imap=trace`):
/// `level = "debug"` makes our own logs verbose, not the wire.
pub fn third_party_allowed(spec: &str, level: tracing::Level, target: &str) -> bool {
    if level <= tracing::Level::INFO {
        return true;
    }
    let krate = target.split("::").next().unwrap_or(target);
    if krate == "dastra_mailgate" {
        return true;
    }
    spec.split(',')
        .filter_map(|d| d.split_once('=').map(|(t, _)| t.trim()))
        .any(|t| t.split("::").next() == Some(krate))
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

#[cfg(test)]
mod tests {
    use super::third_party_allowed;
    use tracing::Level;

    #[test]
    fn other_crates_stay_quiet_below_info_unless_named() {
        let spec = "debug";
        assert!(third_party_allowed(
            spec,
            Level::DEBUG,
            "dastra_mailgate::relay"
        ));
        assert!(!third_party_allowed(
            spec,
            Level::DEBUG,
            "async_imap::client"
        ));
        assert!(!third_party_allowed(
            spec,
            Level::TRACE,
            "hyper_util::client"
        ));
        assert!(third_party_allowed(spec, Level::WARN, "rustls::conn"));
        assert!(third_party_allowed(spec, Level::INFO, "h2"));
        let named = "info,async_imap=trace,hyper::proto=debug";
        assert!(third_party_allowed(
            named,
            Level::TRACE,
            "async_imap::client"
        ));
        assert!(third_party_allowed(named, Level::DEBUG, "hyper::proto::h1"));
        assert!(!third_party_allowed(
            named,
            Level::DEBUG,
            "hyper_util::client"
        ));
        assert!(!third_party_allowed(named, Level::DEBUG, "lettre"));
    }
}
