//! Logging to stderr (journald picks it up): text or JSON, filtered by `DASTRA_MAILGATE_LOG`
//! (or `logging.level`), with personal data redacted by default (see [`crate::redact`]).
//!
//! When stderr is connected to the journal (`$JOURNAL_STREAM` names stderr's device and
//! inode, as systemd sets it for `StandardError=journal`), every line starts with the
//! sd-daemon(3) priority prefix (`<3>` error, `<4>` warning, `<6>` info, `<7>` debug and trace)
//! so `journalctl -p err` finds the errors, and text lines carry no timestamp of their own
//! (the journal stamps each entry).

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
    let journal = stderr_is_journal();
    let writer = Stderr { journal };
    let layer = match format {
        LogFormat::Json => tracing_subscriber::fmt::layer()
            .json()
            .flatten_event(true)
            .with_writer(writer)
            .with_target(false)
            .boxed(),
        LogFormat::Text if journal => tracing_subscriber::fmt::layer()
            .with_ansi(false)
            .without_time()
            .fmt_fields(escaped_fields())
            .with_writer(writer)
            .with_target(false)
            .boxed(),
        LogFormat::Text => tracing_subscriber::fmt::layer()
            .with_ansi(false)
            .fmt_fields(escaped_fields())
            .with_writer(writer)
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

/// True when `$JOURNAL_STREAM` (`DEVICE:INODE`) names the file stderr is: systemd connected
/// stderr to journald. A child that inherited the variable but writes elsewhere (a pipe, a
/// file) does not match and keeps plain lines.
pub fn stderr_is_journal() -> bool {
    let Ok(v) = std::env::var("JOURNAL_STREAM") else {
        return false;
    };
    let Some((dev, ino)) = v.trim().split_once(':') else {
        return false;
    };
    let (Ok(dev), Ok(ino)) = (dev.parse::<u64>(), ino.parse::<u64>()) else {
        return false;
    };
    // SAFETY: fstat on fd 2 with a zeroed, properly sized out-parameter.
    let mut st: libc::stat = unsafe { std::mem::zeroed() };
    if unsafe { libc::fstat(2, &mut st) } != 0 {
        return false;
    }
    st.st_dev as u64 == dev && st.st_ino as u64 == ino
}

/// The sd-daemon(3) priority of a tracing level (syslog numbers: 3 err, 4 warning, 6 info,
/// 7 debug).
pub fn journal_priority(level: tracing::Level) -> u8 {
    match level {
        tracing::Level::ERROR => 3,
        tracing::Level::WARN => 4,
        tracing::Level::INFO => 6,
        _ => 7,
    }
}

/// stderr, with the `<N>` priority prefix on each event when it is the journal.
#[derive(Clone, Copy)]
struct Stderr {
    journal: bool,
}

/// One event's writer: the fmt layer formats the whole line first and writes it at once, so
/// the prefix goes in front of the first write only.
struct EventWriter {
    prefix: Option<u8>,
}

impl std::io::Write for EventWriter {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.write_all(buf)?;
        Ok(buf.len())
    }

    fn write_all(&mut self, buf: &[u8]) -> std::io::Result<()> {
        let mut err = std::io::stderr().lock();
        if let Some(p) = self.prefix.take() {
            let mut line = Vec::with_capacity(buf.len() + 3);
            line.extend_from_slice(format!("<{p}>").as_bytes());
            line.extend_from_slice(buf);
            return err.write_all(&line);
        }
        err.write_all(buf)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        std::io::stderr().flush()
    }
}

impl<'a> tracing_subscriber::fmt::MakeWriter<'a> for Stderr {
    type Writer = EventWriter;

    fn make_writer(&'a self) -> EventWriter {
        EventWriter {
            prefix: self.journal.then_some(6),
        }
    }

    fn make_writer_for(&'a self, meta: &tracing::Metadata<'_>) -> EventWriter {
        EventWriter {
            prefix: self.journal.then(|| journal_priority(*meta.level())),
        }
    }
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
    use super::{journal_priority, third_party_allowed};
    use tracing::Level;

    #[test]
    fn levels_map_to_syslog_priorities() {
        assert_eq!(journal_priority(Level::ERROR), 3);
        assert_eq!(journal_priority(Level::WARN), 4);
        assert_eq!(journal_priority(Level::INFO), 6);
        assert_eq!(journal_priority(Level::DEBUG), 7);
        assert_eq!(journal_priority(Level::TRACE), 7);
    }

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
