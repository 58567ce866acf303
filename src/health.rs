//! Health: alerts and readiness, shared by `/readyz`, `/metrics`, `/status` and the systemd
//! `STATUS=` line.
//!
//! These conditions are alerts: an OAuth account needing re-authorisation, a mailbox
//! failing for longer than `admin.alert_mailbox_failing_secs`, messages parked in a failed
//! folder that no operator has looked at, messages waiting in an inbox for longer than that
//! same threshold, an incident received in the last 72 hours, and the oldest message in the
//! relay spool older than `admin.alert_spool_age_secs` (plus a spool that cannot be written,
//! and less than [`DISK_LOW_BYTES`] free on the spool's filesystem).
//! Each is logged at ERROR **once per episode** (when it starts), at INFO when it ends, is
//! listed with its reason by `/readyz` (503 while any is active) and shows in `/metrics` as
//! `mailgate_alert_active{kind,subject}`.
//!
//! [`Health::evaluate`] is cheap (it reads in-memory state and the last spool scan), so
//! `/readyz` calls it directly; [`Health::scan_spool`] reads the spool directory and runs
//! on the daemon's housekeeping tick.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, MutexGuard};

use crate::config::AlertSettings;
use crate::ingest::status::{MailboxStatus, SharedStatus};
use crate::oauth::TokenManager;

/// One active alert.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Alert {
    /// `reauthorization_needed`, `mailbox_failing`, `mail_needs_attention`, `mail_waiting`,
    /// `incident_received`, `request_deadline`, `spool_stale`, `spool_unwritable` or `disk_low`.
    pub kind: &'static str,
    /// The account, mailbox or `spool` concerned.
    pub subject: String,
    /// What is wrong and what to do, in plain words.
    pub message: String,
    /// When the condition started (Unix time).
    pub since_unix: i64,
}

/// What the last scan of the relay spool found.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct SpoolStats {
    /// Messages with at least one recipient still to deliver.
    pub queued: u64,
    /// Messages that failed for good (dead letters kept for `queue`).
    pub failed: u64,
    /// Age of the oldest queued message.
    pub oldest_queued_secs: Option<u64>,
    /// Creation time of the oldest queued message (Unix time).
    pub oldest_queued_unix: Option<i64>,
    /// Why the spool could not be read or written, if so.
    pub error: Option<String>,
    /// Free space for unprivileged writers on the spool's filesystem (the state directory).
    pub free_bytes: Option<u64>,
}

/// Below this much free space on the spool's filesystem, the `disk_low` alert holds: a few
/// messages at the default size limit (35 MiB) from submissions failing with 451.
pub const DISK_LOW_BYTES: u64 = 100 * 1024 * 1024;

#[derive(Default)]
struct State {
    mailboxes: Vec<SharedStatus>,
    accounts: Vec<Arc<TokenManager>>,
    spool_dir: Option<PathBuf>,
    spool: Option<SpoolStats>,
    /// Active alerts by `kind/subject`.
    active: BTreeMap<String, Alert>,
    /// Open requests near or past their legal deadline (the deadline watch).
    due: Vec<crate::ingest::deadline_watch::DueSoon>,
    /// Every `kind/subject` ever exported as a gauge (so a resolved alert reads 0).
    exported: Vec<(&'static str, String)>,
}

/// See the module docs. One per daemon, shared (`Arc`).
pub struct Health {
    thresholds: Mutex<AlertSettings>,
    state: Mutex<State>,
    /// The relay's `/status` part: the relay writes its listener and transport, the spool
    /// scan the figures.
    relay: crate::relay::StatusBoard,
}

impl Health {
    pub fn new(thresholds: AlertSettings) -> Self {
        Health {
            thresholds: Mutex::new(thresholds),
            state: Mutex::new(State::default()),
            relay: crate::relay::StatusBoard::default(),
        }
    }

    /// The relay's part of `/status` (handed to the relay when it starts).
    pub fn relay_board(&self) -> &crate::relay::StatusBoard {
        &self.relay
    }

    fn lock(&self) -> MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Replaces what is watched (at start and after a reload).
    pub fn watch(
        &self,
        thresholds: AlertSettings,
        mailboxes: Vec<SharedStatus>,
        accounts: Vec<Arc<TokenManager>>,
        spool_dir: Option<PathBuf>,
    ) {
        *self.thresholds.lock().unwrap_or_else(|e| e.into_inner()) = thresholds;
        let mut st = self.lock();
        st.mailboxes = mailboxes;
        st.accounts = accounts;
        if spool_dir.is_none() {
            st.spool = None;
        }
        st.spool_dir = spool_dir;
    }

    /// The open requests near or past their deadline (from the deadline watch).
    pub fn set_due_requests(&self, due: Vec<crate::ingest::deadline_watch::DueSoon>) {
        self.lock().due = due;
    }

    /// The mailboxes' current state.
    pub fn mailboxes(&self) -> Vec<MailboxStatus> {
        let boxes = self.lock().mailboxes.clone();
        boxes
            .iter()
            .filter_map(|s| s.lock().ok().map(|s| s.clone()))
            .collect()
    }

    /// The last spool scan (None: no relay).
    pub fn spool(&self) -> Option<SpoolStats> {
        self.lock().spool.clone()
    }

    /// Names of the accounts that need `authorize` again.
    pub fn accounts_needing_reauthorization(&self) -> Vec<(String, String)> {
        self.lock()
            .accounts
            .iter()
            .filter_map(|a| a.problem().map(|p| (a.name().to_string(), p)))
            .collect()
    }

    /// Reads the spool directory (blocking: call from `spawn_blocking`), records the result
    /// and sets the spool gauges.
    pub fn scan_spool(&self) {
        let Some(dir) = self.lock().spool_dir.clone() else {
            return;
        };
        let stats = scan(&dir, chrono::Utc::now(), &self.relay);
        // `scan` publishes `mailgate_spool_messages{state}` and the oldest age (through
        // `relay::publish_spool`, from the same listing); the dead-letter count is ours.
        crate::metrics::set("mailgate_spool_failed_messages", &[], stats.failed as f64);
        if let Some(free) = stats.free_bytes {
            crate::metrics::set("mailgate_spool_disk_free_bytes", &[], free as f64);
        }
        self.lock().spool = Some(stats);
    }

    /// The alerts that hold now. New ones are logged at ERROR (once per episode), ended
    /// ones at INFO; the `mailgate_alert_active` gauges follow.
    pub fn evaluate(&self) -> Vec<Alert> {
        let t = self
            .thresholds
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .clone();
        let now = chrono::Utc::now().timestamp();
        let (mailboxes, accounts, spool, due) = {
            let st = self.lock();
            (
                st.mailboxes.clone(),
                st.accounts.clone(),
                st.spool.clone(),
                st.due.clone(),
            )
        };
        let mut current: BTreeMap<String, Alert> = BTreeMap::new();
        let mut add = |kind: &'static str, subject: String, message: String, since: i64| {
            current.insert(
                format!("{kind}/{subject}"),
                Alert {
                    kind,
                    subject,
                    message,
                    since_unix: since,
                },
            );
        };
        for a in &accounts {
            if let Some(reason) = a.problem() {
                let fix = format!("dastra-mailgate authorize {}", a.name());
                // The reason usually says what to run already: say it once.
                let message = if reason.contains(&fix) {
                    format!(
                        "OAuth account {} needs re-authorisation: {reason}",
                        a.name()
                    )
                } else {
                    format!(
                        "OAuth account {} needs re-authorisation: {reason} (run `{fix}`)",
                        a.name()
                    )
                };
                add("reauthorization_needed", a.name().to_string(), message, now);
            }
        }
        for m in mailboxes
            .iter()
            .filter_map(|s| s.lock().ok().map(|s| s.clone()))
        {
            if m.needs_attention > 0 {
                add(
                    "mail_needs_attention",
                    m.name.clone(),
                    format!(
                        "{} message(s) of mailbox {} could not be recorded in Dastra and are parked in its failed folder: see `dastra-mailgate mail list`, then `mail retry ID` (or `mail forget ID`)",
                        m.needs_attention, m.name
                    ),
                    now,
                );
            }
            if let Some(since) = m.waiting_since_unix
                && m.waiting > 0
                && now - since >= t.mailbox_failing_after.as_secs() as i64
            {
                add(
                    "mail_waiting",
                    m.name.clone(),
                    format!(
                        "{} message(s) of mailbox {} have waited in the inbox for {} s (temporary failures or the sender limit): see `dastra-mailgate mail list`",
                        m.waiting,
                        m.name,
                        now - since
                    ),
                    since,
                );
            }
            for (at, id, due) in &m.recent_incidents {
                let due_text = chrono::DateTime::from_timestamp(*due, 0)
                    .map(|d| d.format("%Y-%m-%d %H:%M UTC").to_string())
                    .unwrap_or_default();
                let when = if *due < now {
                    format!(
                        "the 72 hours from the mail's date ran out on {due_text}: notify without further delay, with the reasons for the delay"
                    )
                } else {
                    format!("notify the supervisory authority by {due_text}")
                };
                add(
                    "incident_received",
                    format!("{}/{id}", m.name),
                    format!(
                        "incident {id} received through mailbox {}: {when} unless it is unlikely to result in a risk (Art. 33)",
                        m.name
                    ),
                    *at,
                );
            }
            if let Some(since) = m.failing_since_unix
                && now - since >= t.mailbox_failing_after.as_secs() as i64
            {
                add(
                    "mailbox_failing",
                    m.name.clone(),
                    format!(
                        "mailbox {} has been failing for {} s: {}",
                        m.name,
                        now - since,
                        m.last_error.as_deref().unwrap_or("unknown error")
                    ),
                    since,
                );
            }
        }
        for d in &due {
            add(
                "request_deadline",
                format!("request {}", d.request),
                d.message.clone(),
                now,
            );
        }
        if let Some(s) = &spool {
            if let Some(e) = &s.error {
                add(
                    "spool_unwritable",
                    "spool".into(),
                    format!("the relay spool cannot be used: {e}"),
                    now,
                );
            }
            if let Some(free) = s.free_bytes
                && free < DISK_LOW_BYTES
            {
                add(
                    "disk_low",
                    "spool".into(),
                    format!(
                        "the filesystem of the relay spool (the state directory) has {:.1} MiB free; \
                         submissions are answered 451 once a message does not fit: free space or move \
                         state.dir",
                        free as f64 / (1024.0 * 1024.0)
                    ),
                    now,
                );
            }
            if let (Some(age), Some(since)) = (s.oldest_queued_secs, s.oldest_queued_unix)
                && age >= t.spool_age_after.as_secs()
            {
                add(
                    "spool_stale",
                    "spool".into(),
                    format!(
                        "the oldest of {} queued message(s) has waited {age} s (see `dastra-mailgate queue list`)",
                        s.queued
                    ),
                    since,
                );
            }
        }

        let mut st = self.lock();
        for (key, a) in &current {
            match st.active.get(key) {
                Some(old) => {
                    // Keep the start of the episode.
                    let since = old.since_unix.min(a.since_unix);
                    let mut a = a.clone();
                    a.since_unix = since;
                    st.active.insert(key.clone(), a);
                }
                None => {
                    tracing::error!(alert = a.kind, subject = %a.subject, "ALERT: {}", a.message);
                    st.active.insert(key.clone(), a.clone());
                }
            }
            if !st
                .exported
                .iter()
                .any(|(k, s)| *k == a.kind && *s == a.subject)
            {
                st.exported.push((a.kind, a.subject.clone()));
            }
        }
        let ended: Vec<String> = st
            .active
            .keys()
            .filter(|k| !current.contains_key(*k))
            .cloned()
            .collect();
        for key in ended {
            if let Some(a) = st.active.remove(&key) {
                tracing::info!(alert = a.kind, subject = %a.subject, "Alert resolved: {}", a.kind);
            }
        }
        for (kind, subject) in &st.exported {
            let on = st.active.contains_key(&format!("{kind}/{subject}"));
            crate::metrics::set(
                "mailgate_alert_active",
                &[("kind", kind), ("subject", subject)],
                if on { 1.0 } else { 0.0 },
            );
        }
        st.active.values().cloned().collect()
    }

    /// The systemd `STATUS=` line, e.g. "2 mailboxes idle, spool 3 queued".
    pub fn status_line(&self) -> String {
        let boxes = self.mailboxes();
        let mut parts = Vec::new();
        if !boxes.is_empty() {
            let mut by_state: BTreeMap<String, usize> = BTreeMap::new();
            for m in &boxes {
                let state = if m.failing_since_unix.is_some() && !m.connected {
                    "failing".to_string()
                } else {
                    m.state.clone()
                };
                *by_state.entry(state).or_default() += 1;
            }
            let text: Vec<String> = by_state
                .iter()
                .map(|(state, n)| format!("{n} mailbox{} {state}", if *n == 1 { "" } else { "es" }))
                .collect();
            parts.push(text.join(", "));
        }
        if let Some(s) = self.spool() {
            let mut t = format!("spool {} queued", s.queued);
            if s.failed > 0 {
                t.push_str(&format!(", {} failed", s.failed));
            }
            parts.push(t);
        }
        let alerts = self.lock().active.len();
        if alerts > 0 {
            parts.push(format!(
                "{alerts} alert{} (see /readyz)",
                if alerts == 1 { "" } else { "s" }
            ));
        }
        if parts.is_empty() {
            "running".into()
        } else {
            parts.join(", ")
        }
    }
}

/// Counts the spool's entries and checks that it can be written.
fn scan(
    dir: &Path,
    now: chrono::DateTime<chrono::Utc>,
    board: &crate::relay::StatusBoard,
) -> SpoolStats {
    let mut stats = SpoolStats::default();
    let spool = match crate::relay::spool::Spool::open_existing(dir) {
        Ok(s) => s,
        Err(e) => {
            stats.error = Some(format!("{}: {e}", dir.display()));
            return stats;
        }
    };
    match spool.list() {
        Ok(entries) => {
            board.publish_spool(&entries, now);
            for e in &entries {
                if e.is_pending() {
                    stats.queued += 1;
                    if stats
                        .oldest_queued_unix
                        .is_none_or(|t| e.created_at.timestamp() < t)
                    {
                        stats.oldest_queued_unix = Some(e.created_at.timestamp());
                    }
                } else {
                    stats.failed += 1;
                }
            }
            stats.oldest_queued_secs = stats
                .oldest_queued_unix
                .map(|t| (now.timestamp() - t).max(0) as u64);
        }
        Err(e) => stats.error = Some(format!("cannot read {}: {e}", dir.display())),
    }
    stats.free_bytes = free_bytes(dir);
    let probe = dir.join(format!(".writable-{}", std::process::id()));
    if let Err(e) = std::fs::write(&probe, b"probe").and_then(|_| std::fs::remove_file(&probe)) {
        stats.error = Some(format!("cannot write in {}: {e}", dir.display()));
    }
    stats
}

/// Free bytes for unprivileged writers on `dir`'s filesystem (`statvfs`).
pub fn free_bytes(dir: &Path) -> Option<u64> {
    use std::os::unix::ffi::OsStrExt;
    let path = std::ffi::CString::new(dir.as_os_str().as_bytes()).ok()?;
    let mut st: libc::statvfs = unsafe { std::mem::zeroed() };
    // SAFETY: a valid NUL-terminated path and a zeroed out-structure of the right type.
    let rc = unsafe { libc::statvfs(path.as_ptr(), &mut st) };
    (rc == 0).then(|| (st.f_bavail as u64).saturating_mul(st.f_frsize as u64))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    fn thresholds() -> AlertSettings {
        AlertSettings {
            mailbox_failing_after: Duration::from_secs(60),
            spool_age_after: Duration::from_secs(60),
        }
    }

    #[test]
    fn a_failing_mailbox_becomes_an_alert_once_and_ends() {
        let h = Health::new(thresholds());
        let mb: SharedStatus = Arc::new(Mutex::new(MailboxStatus {
            name: "privacy".into(),
            state: "connecting".into(),
            failing_since_unix: Some(chrono::Utc::now().timestamp() - 30),
            last_error: Some("login refused".into()),
            ..Default::default()
        }));
        h.watch(thresholds(), vec![mb.clone()], vec![], None);
        assert!(h.evaluate().is_empty(), "not yet past the threshold");
        mb.lock().unwrap().failing_since_unix = Some(chrono::Utc::now().timestamp() - 120);
        let a = h.evaluate();
        assert_eq!(a.len(), 1);
        assert_eq!(
            (a[0].kind, a[0].subject.as_str()),
            ("mailbox_failing", "privacy")
        );
        assert!(a[0].message.contains("login refused"));
        assert_eq!(h.evaluate().len(), 1, "still one episode");
        assert!(h.status_line().contains("1 alert"), "{}", h.status_line());
        mb.lock().unwrap().failing_since_unix = None;
        assert!(h.evaluate().is_empty());
        assert!(
            crate::metrics::render()
                .contains("mailgate_alert_active{kind=\"mailbox_failing\",subject=\"privacy\"} 0")
        );
    }

    #[test]
    fn spool_scan_counts_and_ages() {
        let dir = tempfile::tempdir().unwrap();
        let spool = crate::relay::spool::Spool::open(dir.path()).unwrap();
        spool
            .store(
                b"Subject: x\r\n\r\nx\r\n",
                crate::relay::spool::NewEntry {
                    client: "loopback".into(),
                    mail_from: "a@example.org".into(),
                    env_from: "a@example.org".into(),
                    message_id: None,
                    subject: None,
                    recipients: vec!["b@example.org".into()],
                },
            )
            .unwrap();
        let later = chrono::Utc::now() + chrono::Duration::seconds(90);
        let s = scan(dir.path(), later, &crate::relay::StatusBoard::default());
        assert_eq!((s.queued, s.failed), (1, 0));
        assert!(s.oldest_queued_secs.unwrap() >= 89);
        assert!(s.error.is_none(), "{s:?}");
        let h = Health::new(thresholds());
        h.watch(thresholds(), vec![], vec![], Some(dir.path().to_path_buf()));
        h.lock().spool = Some(s);
        let a = h.evaluate();
        assert_eq!(a[0].kind, "spool_stale", "{a:?}");
        assert_eq!(h.status_line(), "spool 1 queued, 1 alert (see /readyz)");
    }
}
