//! Process-wide counters and gauges, rendered in the Prometheus text format on `/metrics`.
//!
//! Labels are bounded: mailbox names and kinds come from the configuration, statuses are
//! HTTP status classes — never anything taken from mail.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::sync::{Mutex, OnceLock};

type Key = (&'static str, Vec<(&'static str, String)>);

#[derive(Default)]
struct Registry {
    counters: BTreeMap<Key, u64>,
    gauges: BTreeMap<Key, f64>,
}

fn registry() -> &'static Mutex<Registry> {
    static R: OnceLock<Mutex<Registry>> = OnceLock::new();
    R.get_or_init(Mutex::default)
}

/// What each metric means (the `# HELP` lines).
const HELP: &[(&str, &str, &str)] = &[
    (
        "mailgate_mail_total",
        "counter",
        "Messages handled, by mailbox, outcome (processed, ignored, failed, retrying, waiting) and kind.",
    ),
    (
        "mailgate_mail_needs_attention",
        "gauge",
        "Messages parked in the failed folder that no operator has retried or forgotten, by mailbox.",
    ),
    (
        "mailgate_mail_waiting",
        "gauge",
        "Messages left in the inbox for a later try (temporary failure, sender limit), by mailbox.",
    ),
    (
        "mailgate_mail_fetched_total",
        "counter",
        "Messages downloaded from a mailbox (each attempt; a retried message counts again).",
    ),
    (
        "mailgate_dastra_requests_total",
        "counter",
        "Dastra API calls by operation result class (2xx, 4xx, 429, 5xx, error).",
    ),
    (
        "mailgate_imap_reconnects_total",
        "counter",
        "IMAP connection attempts that failed, by mailbox.",
    ),
    (
        "mailgate_last_success_timestamp_seconds",
        "gauge",
        "Unix time of the last complete sweep of a mailbox.",
    ),
    (
        "mailgate_mailbox_connected",
        "gauge",
        "1 when the mailbox's IMAP connection is up.",
    ),
    (
        "mailgate_mailbox_seconds_since_last_success",
        "gauge",
        "Seconds since the last complete sweep of a mailbox.",
    ),
    (
        "mailgate_oauth_token_refreshes_total",
        "counter",
        "Access tokens obtained from the token endpoint, by account.",
    ),
    (
        "mailgate_oauth_token_failures_total",
        "counter",
        "Failed token requests, by account.",
    ),
    (
        "mailgate_oauth_reauthorization_needed",
        "gauge",
        "1 while an account needs `dastra-mailgate authorize` again.",
    ),
    (
        "mailgate_spool_messages",
        "gauge",
        "Messages in the relay spool, by state (queued, deferred, partial, failed, mixed).",
    ),
    (
        "mailgate_spool_oldest_age_seconds",
        "gauge",
        "Age of the oldest message still waiting for delivery in the relay spool (0 when none).",
    ),
    (
        "mailgate_spool_failed_messages",
        "gauge",
        "Dead letters kept in the relay spool.",
    ),
    (
        "mailgate_spool_disk_free_bytes",
        "gauge",
        "Free space on the filesystem of the relay spool (the state directory).",
    ),
    (
        "mailgate_deliveries_total",
        "counter",
        "Relay delivery attempts by result (delivered, deferred, failed, expired).",
    ),
    (
        "mailgate_relay_refused_total",
        "counter",
        "Relay clients refused, by reason (auth_failure, banned, pregreet, non_smtp, unknown_commands, long_line).",
    ),
    (
        "mailgate_alert_active",
        "gauge",
        "1 while an alert is active, by kind and subject (see /readyz).",
    ),
    (
        "mailgate_config_reloads_total",
        "counter",
        "Configuration reloads (SIGHUP) by result (applied, rejected).",
    ),
];

fn labels(l: &[(&'static str, &str)]) -> Vec<(&'static str, String)> {
    l.iter().map(|(k, v)| (*k, (*v).to_string())).collect()
}

/// Adds `n` to a counter.
pub fn inc_by(name: &'static str, l: &[(&'static str, &str)], n: u64) {
    if let Ok(mut r) = registry().lock() {
        *r.counters.entry((name, labels(l))).or_default() += n;
    }
}

pub fn inc(name: &'static str, l: &[(&'static str, &str)]) {
    inc_by(name, l, 1);
}

/// Sets a gauge.
pub fn set(name: &'static str, l: &[(&'static str, &str)], v: f64) {
    if let Ok(mut r) = registry().lock() {
        r.gauges.insert((name, labels(l)), v);
    }
}

/// The bounded label for an HTTP status: `2xx`, `3xx`, `401`, `403`, `404`, `429`, `4xx`, `5xx`.
pub fn status_class(status: u16) -> &'static str {
    match status {
        200..=299 => "2xx",
        300..=399 => "3xx",
        401 => "401",
        403 => "403",
        404 => "404",
        429 => "429",
        400..=499 => "4xx",
        _ => "5xx",
    }
}

/// Reads a counter (tests, status).
pub fn counter(name: &'static str, l: &[(&'static str, &str)]) -> u64 {
    registry()
        .lock()
        .ok()
        .and_then(|r| r.counters.get(&(name, labels(l))).copied())
        .unwrap_or(0)
}

fn escape_label(v: &str) -> String {
    v.replace('\\', "\\\\")
        .replace('"', "\\\"")
        .replace('\n', "\\n")
}

fn write_series(out: &mut String, name: &str, l: &[(&'static str, String)], value: &str) {
    out.push_str(name);
    if !l.is_empty() {
        out.push('{');
        for (i, (k, v)) in l.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            let _ = write!(out, "{k}=\"{}\"", escape_label(v));
        }
        out.push('}');
    }
    let _ = writeln!(out, " {value}");
}

/// The whole registry in the Prometheus text exposition format (version 0.0.4).
pub fn render() -> String {
    let mut out = String::new();
    let Ok(r) = registry().lock() else {
        return out;
    };
    // Series without a HELP entry are still exported (untyped), never silently dropped.
    let mut names: Vec<(&str, &str, &str)> = HELP.to_vec();
    for (n, _) in r.counters.keys().chain(r.gauges.keys()) {
        if !names.iter().any(|(h, _, _)| h == n) {
            names.push((n, "untyped", "(undocumented)"));
        }
    }
    for (name, kind, help) in names {
        let counters: Vec<_> = r.counters.iter().filter(|((n, _), _)| *n == name).collect();
        let gauges: Vec<_> = r.gauges.iter().filter(|((n, _), _)| *n == name).collect();
        if counters.is_empty() && gauges.is_empty() {
            continue;
        }
        let _ = writeln!(out, "# HELP {name} {help}\n# TYPE {name} {kind}");
        for ((n, l), v) in counters {
            write_series(&mut out, n, l, &v.to_string());
        }
        for ((n, l), v) in gauges {
            write_series(&mut out, n, l, &v.to_string());
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_prometheus_text() {
        inc(
            "mailgate_mail_total",
            &[
                ("mailbox", "t1"),
                ("outcome", "processed"),
                ("kind", "request"),
            ],
        );
        inc(
            "mailgate_mail_total",
            &[
                ("mailbox", "t1"),
                ("outcome", "processed"),
                ("kind", "request"),
            ],
        );
        set("mailgate_mailbox_connected", &[("mailbox", "t\"1")], 1.0);
        let text = render();
        assert!(
            text.contains("# TYPE mailgate_mail_total counter"),
            "{text}"
        );
        assert!(
            text.contains(
                "mailgate_mail_total{mailbox=\"t1\",outcome=\"processed\",kind=\"request\"} 2"
            ),
            "{text}"
        );
        assert!(
            text.contains("mailgate_mailbox_connected{mailbox=\"t\\\"1\"} 1"),
            "{text}"
        );
        assert_eq!(
            counter(
                "mailgate_mail_total",
                &[
                    ("mailbox", "t1"),
                    ("outcome", "processed"),
                    ("kind", "request")
                ]
            ),
            2
        );
    }
}
