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

/// A metric's type in the exposition.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Counter,
    Gauge,
}

impl Kind {
    fn as_str(self) -> &'static str {
        match self {
            Kind::Counter => "counter",
            Kind::Gauge => "gauge",
        }
    }
}

/// One exported metric, declared once: its name, type, help text and label names. Every
/// name passed to [`inc`]/[`set`] must be declared in [`METRICS`] (a unit test scans the
/// sources); to add one, add a row here (and its known label values to [`declare_known`]
/// when they are bounded and known in advance, so the series exists at 0 from the start).
#[derive(Debug, Clone, Copy)]
pub struct Metric {
    pub name: &'static str,
    pub kind: Kind,
    pub help: &'static str,
    pub labels: &'static [&'static str],
}

const fn counter_of(
    name: &'static str,
    labels: &'static [&'static str],
    help: &'static str,
) -> Metric {
    Metric {
        name,
        kind: Kind::Counter,
        help,
        labels,
    }
}

const fn gauge_of(
    name: &'static str,
    labels: &'static [&'static str],
    help: &'static str,
) -> Metric {
    Metric {
        name,
        kind: Kind::Gauge,
        help,
        labels,
    }
}

/// Every metric the daemon exports, in exposition order.
pub const METRICS: &[Metric] = &[
    gauge_of(
        "mailgate_build_info",
        &["version"],
        "Always 1; the version of the running daemon in the label.",
    ),
    counter_of(
        "mailgate_mail_total",
        &["mailbox", "outcome", "kind"],
        "Messages handled, by mailbox, outcome (processed, ignored, failed, retrying, waiting) and kind.",
    ),
    gauge_of(
        "mailgate_mail_needs_attention",
        &["mailbox"],
        "Messages parked in the failed folder that no operator has retried or forgotten, by mailbox.",
    ),
    gauge_of(
        "mailgate_mail_waiting",
        &["mailbox"],
        "Messages left in the inbox for a later try (temporary failure, sender limit), by mailbox.",
    ),
    counter_of(
        "mailgate_mail_fetched_total",
        &["mailbox"],
        "Messages downloaded from a mailbox (each attempt; a retried message counts again).",
    ),
    counter_of(
        "mailgate_acks_total",
        &["mailbox", "outcome"],
        "Acknowledgements to senders, by mailbox and outcome (spooled, rate_limited).",
    ),
    counter_of(
        "mailgate_dastra_requests_total",
        &["status"],
        "Dastra API calls by status class (2xx, 3xx, 401, 403, 404, 429, 4xx, 5xx, error).",
    ),
    counter_of(
        "mailgate_imap_reconnects_total",
        &["mailbox"],
        "IMAP connection attempts that failed, by mailbox.",
    ),
    gauge_of(
        "mailgate_last_success_timestamp_seconds",
        &["mailbox"],
        "Unix time of the last complete sweep of a mailbox.",
    ),
    gauge_of(
        "mailgate_mailbox_connected",
        &["mailbox"],
        "1 when the mailbox's IMAP connection is up.",
    ),
    gauge_of(
        "mailgate_mailbox_seconds_since_last_success",
        &["mailbox"],
        "Seconds since the last complete sweep of a mailbox.",
    ),
    counter_of(
        "mailgate_oauth_token_refreshes_total",
        &["account"],
        "Access tokens obtained from the token endpoint, by account.",
    ),
    counter_of(
        "mailgate_oauth_token_failures_total",
        &["account"],
        "Failed token requests, by account.",
    ),
    gauge_of(
        "mailgate_oauth_reauthorization_needed",
        &["account"],
        "1 while an account needs `dastra-mailgate authorize` again.",
    ),
    gauge_of(
        "mailgate_spool_messages",
        &["state"],
        "Messages in the relay spool, by state (queued, deferred, partial, failed, mixed).",
    ),
    gauge_of(
        "mailgate_spool_oldest_age_seconds",
        &[],
        "Age of the oldest message still waiting for delivery in the relay spool (0 when none).",
    ),
    gauge_of(
        "mailgate_spool_failed_messages",
        &[],
        "Dead letters kept in the relay spool.",
    ),
    gauge_of(
        "mailgate_spool_disk_free_bytes",
        &[],
        "Free space on the filesystem of the relay spool (the state directory).",
    ),
    counter_of(
        "mailgate_deliveries_total",
        &["result"],
        "Relay delivery attempts by result (delivered, deferred, failed, expired).",
    ),
    counter_of(
        "mailgate_relay_refused_total",
        &["reason"],
        "Relay clients refused, by reason (auth_failure, banned, pregreet, non_smtp, unknown_commands, long_line).",
    ),
    gauge_of(
        "mailgate_alert_active",
        &["kind", "subject"],
        "1 while an alert is active, by kind and subject (see /readyz).",
    ),
    counter_of(
        "mailgate_config_reloads_total",
        &["result"],
        "Configuration reloads (SIGHUP) by result (applied, rejected).",
    ),
    counter_of(
        "mailgate_retention_purged_total",
        &["store"],
        "Records removed by the retention purge, by store (journal, ledger, failed_mail, delivered_spool).",
    ),
];

/// The process metrics (Prometheus client conventions), read from /proc at each scrape.
pub const PROCESS_METRICS: &[Metric] = &[
    counter_of(
        "process_cpu_seconds_total",
        &[],
        "Total user and system CPU time spent in seconds.",
    ),
    gauge_of(
        "process_resident_memory_bytes",
        &[],
        "Resident memory size in bytes.",
    ),
    gauge_of(
        "process_virtual_memory_bytes",
        &[],
        "Virtual memory size in bytes.",
    ),
    gauge_of(
        "process_start_time_seconds",
        &[],
        "Start time of the process since unix epoch in seconds.",
    ),
    gauge_of("process_open_fds", &[], "Number of open file descriptors."),
    gauge_of(
        "process_max_fds",
        &[],
        "Maximum number of open file descriptors.",
    ),
];

/// The declaration of `name`, if any.
pub fn declared(name: &str) -> Option<&'static Metric> {
    METRICS
        .iter()
        .chain(PROCESS_METRICS)
        .find(|m| m.name == name)
}

/// Values of the bounded labels known in advance.
pub const MAIL_OUTCOMES: &[&str] = &["processed", "ignored", "failed", "retrying", "waiting"];
pub const ACK_OUTCOMES: &[&str] = &["spooled", "rate_limited"];
pub const DASTRA_STATUS: &[&str] = &[
    "2xx", "3xx", "401", "403", "404", "429", "4xx", "5xx", "error",
];
pub const DELIVERY_RESULTS: &[&str] = &["delivered", "deferred", "failed", "expired"];
pub const SPOOL_STATES: &[&str] = &["queued", "deferred", "partial", "failed", "mixed"];
pub const RELOAD_RESULTS: &[&str] = &["applied", "rejected"];
pub const RETENTION_STORES: &[&str] = &["journal", "ledger", "failed_mail", "delivered_spool"];

fn ensure_counter(r: &mut Registry, name: &'static str, l: &[(&'static str, &str)]) {
    r.counters.entry((name, labels(l))).or_default();
}

fn ensure_gauge(r: &mut Registry, name: &'static str, l: &[(&'static str, &str)]) {
    r.gauges.entry((name, labels(l))).or_insert(0.0);
}

/// Creates the series whose label values the configuration makes known, at 0 (values
/// already counted stay): a rate or an alert on them works from the first scrape, not from
/// the first event. Called at start and after each reload.
pub fn declare_known(settings: &crate::config::Settings) {
    let Ok(mut r) = registry().lock() else {
        return;
    };
    let r = &mut *r;
    r.gauges.insert(
        (
            "mailgate_build_info",
            labels(&[("version", env!("CARGO_PKG_VERSION"))]),
        ),
        1.0,
    );
    for result in RELOAD_RESULTS {
        ensure_counter(r, "mailgate_config_reloads_total", &[("result", result)]);
    }
    for store in RETENTION_STORES {
        ensure_counter(r, "mailgate_retention_purged_total", &[("store", store)]);
    }
    for mb in &settings.mailboxes {
        let m = mb.name.as_str();
        ensure_counter(r, "mailgate_mail_fetched_total", &[("mailbox", m)]);
        ensure_counter(r, "mailgate_imap_reconnects_total", &[("mailbox", m)]);
        ensure_gauge(r, "mailgate_mailbox_connected", &[("mailbox", m)]);
        ensure_gauge(r, "mailgate_mail_needs_attention", &[("mailbox", m)]);
        ensure_gauge(r, "mailgate_mail_waiting", &[("mailbox", m)]);
        for outcome in MAIL_OUTCOMES {
            ensure_counter(
                r,
                "mailgate_mail_total",
                &[("mailbox", m), ("outcome", outcome), ("kind", "none")],
            );
        }
        for outcome in ACK_OUTCOMES {
            ensure_counter(
                r,
                "mailgate_acks_total",
                &[("mailbox", m), ("outcome", outcome)],
            );
        }
    }
    if settings.dastra.is_some() && !settings.mailboxes.is_empty() {
        for status in DASTRA_STATUS {
            ensure_counter(r, "mailgate_dastra_requests_total", &[("status", status)]);
        }
    }
    if settings.relay.is_some() {
        for result in DELIVERY_RESULTS {
            ensure_counter(r, "mailgate_deliveries_total", &[("result", result)]);
        }
        for state in SPOOL_STATES {
            ensure_gauge(r, "mailgate_spool_messages", &[("state", state)]);
        }
        ensure_gauge(r, "mailgate_spool_oldest_age_seconds", &[]);
        ensure_gauge(r, "mailgate_spool_failed_messages", &[]);
    }
    for a in &settings.oauth_accounts {
        if crate::oauth::provider::Usage::of(settings, &a.name)
            == crate::oauth::provider::Usage::default()
        {
            continue;
        }
        let l = [("account", a.name.as_str())];
        ensure_counter(r, "mailgate_oauth_token_refreshes_total", &l);
        ensure_counter(r, "mailgate_oauth_token_failures_total", &l);
        ensure_gauge(r, "mailgate_oauth_reauthorization_needed", &l);
    }
}

/// The process metrics' current values (Linux /proc; empty elsewhere).
fn process_values() -> Vec<(&'static str, f64)> {
    let mut out = Vec::new();
    // SAFETY: sysconf has no preconditions.
    let tick = unsafe { libc::sysconf(libc::_SC_CLK_TCK) }.max(1) as f64;
    let page = unsafe { libc::sysconf(libc::_SC_PAGESIZE) }.max(1) as f64;
    if let Ok(stat) = std::fs::read_to_string("/proc/self/stat")
        && let Some((_, rest)) = stat.rsplit_once(')')
    {
        // Fields after the command name, starting with field 3 (state) at index 0.
        let f: Vec<&str> = rest.split_whitespace().collect();
        let num = |i: usize| f.get(i).and_then(|v| v.parse::<f64>().ok());
        if let (Some(utime), Some(stime)) = (num(11), num(12)) {
            out.push(("process_cpu_seconds_total", (utime + stime) / tick));
        }
        if let Some(v) = num(20) {
            let btime = std::fs::read_to_string("/proc/stat").ok().and_then(|t| {
                t.lines()
                    .find_map(|l| l.strip_prefix("btime "))
                    .and_then(|v| v.trim().parse::<f64>().ok())
            });
            if let Some(b) = btime {
                out.push(("process_start_time_seconds", b + v / tick));
            }
        }
        if let Some(v) = num(21) {
            out.push(("process_virtual_memory_bytes", v));
        }
        if let Some(v) = num(22) {
            out.push(("process_resident_memory_bytes", v * page));
        }
    }
    if let Ok(d) = std::fs::read_dir("/proc/self/fd") {
        out.push(("process_open_fds", d.count() as f64));
    }
    if let Ok(limits) = std::fs::read_to_string("/proc/self/limits")
        && let Some(v) = limits
            .lines()
            .find(|l| l.starts_with("Max open files"))
            .and_then(|l| l.split_whitespace().nth(3))
            .and_then(|v| v.parse::<f64>().ok())
    {
        out.push(("process_max_fds", v));
    }
    out
}

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

/// Formats a sample value the way Prometheus reads it (integers without a fraction).
fn value(v: f64) -> String {
    if v.is_finite() && v.fract() == 0.0 && v.abs() < 1e15 {
        format!("{}", v as i64)
    } else {
        v.to_string()
    }
}

/// The whole registry in the Prometheus text exposition format (version 0.0.4): every
/// declared metric with its HELP and TYPE, then the process metrics.
pub fn render() -> String {
    let mut out = String::new();
    let Ok(r) = registry().lock() else {
        return out;
    };
    let write_metric =
        |out: &mut String, m: &Metric, series: Vec<(&Vec<(&'static str, String)>, String)>| {
            if series.is_empty() {
                return;
            }
            let _ = writeln!(out, "# HELP {} {}", m.name, m.help);
            let _ = writeln!(out, "# TYPE {} {}", m.name, m.kind.as_str());
            for (l, v) in series {
                write_series(out, m.name, l, &v);
            }
        };
    for m in METRICS {
        let series: Vec<_> = match m.kind {
            Kind::Counter => r
                .counters
                .iter()
                .filter(|((n, _), _)| *n == m.name)
                .map(|((_, l), v)| (l, v.to_string()))
                .collect(),
            Kind::Gauge => r
                .gauges
                .iter()
                .filter(|((n, _), _)| *n == m.name)
                .map(|((_, l), v)| (l, value(*v)))
                .collect(),
        };
        write_metric(&mut out, m, series);
    }
    // A name nobody declared (a bug the source scan in the tests catches) is still
    // exported rather than dropped, saying so.
    let mut undeclared: Vec<&str> = r
        .counters
        .keys()
        .chain(r.gauges.keys())
        .map(|(n, _)| *n)
        .filter(|n| declared(n).is_none())
        .collect();
    undeclared.dedup();
    for name in undeclared {
        let _ = writeln!(
            out,
            "# HELP {name} Not declared in metrics::METRICS (a bug).\n# TYPE {name} untyped"
        );
        for ((_, l), v) in r.counters.iter().filter(|((n, _), _)| *n == name) {
            write_series(&mut out, name, l, &v.to_string());
        }
        for ((_, l), v) in r.gauges.iter().filter(|((n, _), _)| *n == name) {
            write_series(&mut out, name, l, &value(*v));
        }
    }
    let none: Vec<(&'static str, String)> = Vec::new();
    let process = process_values();
    for m in PROCESS_METRICS {
        let series: Vec<_> = process
            .iter()
            .filter(|(n, _)| *n == m.name)
            .map(|(_, v)| (&none, value(*v)))
            .collect();
        write_metric(&mut out, m, series);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every metric name the sources pass to `inc`/`inc_by`/`set`/`counter` is declared in
    /// METRICS with its labels, and declared once.
    #[test]
    fn every_metric_used_in_the_sources_is_declared_once() {
        fn files(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
            for e in std::fs::read_dir(dir).unwrap() {
                let p = e.unwrap().path();
                if p.is_dir() {
                    files(&p, out);
                } else if p.extension().is_some_and(|x| x == "rs") {
                    out.push(p);
                }
            }
        }
        let mut all = Vec::new();
        files(
            &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
            &mut all,
        );
        let re = regex::Regex::new(r#""(mailgate_[a-z0-9_]+)""#).unwrap();
        let mut used = std::collections::BTreeSet::new();
        for f in &all {
            let text = std::fs::read_to_string(f).unwrap();
            for c in re.captures_iter(&text) {
                used.insert(c[1].to_string());
            }
        }
        assert!(used.len() >= 15, "{used:?}");
        for name in &used {
            assert!(
                declared(name).is_some(),
                "{name} is used but not declared in METRICS"
            );
        }
        let mut names: Vec<&str> = METRICS.iter().map(|m| m.name).collect();
        names.sort_unstable();
        let n = names.len();
        names.dedup();
        assert_eq!(names.len(), n, "a metric is declared twice");
        for m in METRICS {
            if m.kind == Kind::Counter {
                assert!(m.name.ends_with("_total"), "{}", m.name);
            }
        }
    }

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
