//! One task per mailbox: connect, sweep the inbox one message at a time, then IDLE (or sleep)
//! until something changes; reconnect with backoff when anything breaks. One broken mailbox
//! never blocks another: each runs in its own task with its own connection and backoff.

use std::collections::HashMap;
use std::sync::Arc;
use std::time::Duration;

use tokio_util::sync::CancellationToken;

use super::imap::{self, Connection, Credentials, IdleEnd, ImapError, Meta};
use crate::config::{FetchMode, ImapAuth, MailboxSettings};
use crate::ingest::ledger::Outcome;
use crate::ingest::pipeline::{Incoming, Pipeline, ProcessError, Verdict};
use crate::ingest::status::update as set;
pub use crate::ingest::status::{MailboxStatus, SharedStatus};
use crate::oauth::TokenSource;
use crate::retry::Backoff;

/// After this many messages in a row failed with Dastra unavailable (and none succeeded in
/// between), the pass ends and the mailbox backs off: a sustained outage, not one message.
const OUTAGE_AFTER: u32 = 3;

/// Why a pass ended early.
#[derive(Debug, thiserror::Error)]
pub enum SourceError {
    #[error("IMAP error")]
    Imap(#[from] ImapError),
    #[error(transparent)]
    Process(#[from] ProcessError),
    #[error("Dastra is unavailable ({failures} messages in a row failed); last: {reason}")]
    Outage { failures: u32, reason: String },
}

impl SourceError {
    pub fn is_transient(&self) -> bool {
        match self {
            SourceError::Imap(e) => !e.is_auth(),
            SourceError::Outage { .. } => true,
            SourceError::Process(_) => false,
        }
    }

    pub fn retry_after(&self) -> Option<Duration> {
        None
    }
}

/// Result of one pass (for `ingest --once`).
#[derive(Debug, Default, Clone, Copy)]
pub struct PassReport {
    pub seen: u64,
    /// Messages left in the inbox for a later try.
    pub waiting: u64,
}

/// One sweep's running state.
struct Pass {
    uidvalidity: u32,
    report: PassReport,
    /// Messages in a row that found Dastra unavailable.
    outage: u32,
}

/// Messages at most this big are fetched one step ahead, so that reading them overlaps the
/// previous message's Dastra calls and IMAP move. Larger ones are fetched only when their
/// turn comes: never two big messages in memory at once.
pub const LOOKAHEAD_MAX_BYTES: u32 = 2 * 1024 * 1024;

/// A message of the selected inbox, downloaded, with its understanding under way on the
/// blocking pool.
enum Fetched {
    /// The UID no longer exists (expunged meanwhile).
    Gone,
    /// Over `max_message_bytes`: handled from its headers alone.
    Oversize {
        uid: u32,
        size: u32,
        header: Vec<u8>,
    },
    /// Downloaded.
    Message {
        uid: u32,
        raw: bytes::Bytes,
        arrival: chrono::DateTime<chrono::Utc>,
        understanding: tokio::task::JoinHandle<crate::understand::Understanding>,
    },
}

/// Everything a mailbox task needs.
pub struct MailboxWorker {
    pub mailbox: MailboxSettings,
    pub pipeline: Arc<Pipeline>,
    pub token_source: Option<Arc<dyn TokenSource>>,
    pub status: SharedStatus,
    /// UIDs waiting for a later try (temporary failure, sender limit) → when (Unix time),
    /// for the current UIDVALIDITY. Lost on restart, which simply tries them again.
    pub deferred: std::sync::Mutex<(u32, HashMap<u32, i64>)>,
    /// Sweep now (an operator's retry, `ingest --once` beside the daemon).
    pub wake: Arc<tokio::sync::Notify>,
}

impl MailboxWorker {
    fn credentials(&self) -> Result<Credentials, ImapError> {
        match &self.mailbox.auth {
            ImapAuth::Password(r) => {
                r.resolve()
                    .map(Credentials::Password)
                    .map_err(|e| ImapError::Auth {
                        user: crate::redact::Addr(&self.mailbox.username).to_string(),
                        reason: format!("password {r}: {e}"),
                    })
            }
            ImapAuth::OAuth(account) => match &self.token_source {
                Some(t) => Ok(Credentials::OAuth(t.clone())),
                None => Err(ImapError::Auth {
                    user: crate::redact::Addr(&self.mailbox.username).to_string(),
                    reason: format!("no token source for OAuth account `{account}`"),
                }),
            },
        }
    }

    async fn connect(&self) -> Result<Connection, ImapError> {
        let creds = self.credentials()?;
        let mut conn = match imap::connect(&self.mailbox, &creds).await {
            // The token was refused (revoked, or expired early): it has been invalidated, so
            // refresh once and retry at once before calling it a credentials problem.
            Err(e) if e.is_login_refused() && matches!(creds, Credentials::OAuth(_)) => {
                tracing::warn!(mailbox = %self.mailbox.name, error = %e, "XOAUTH2 login refused; refreshing the token and retrying once.");
                imap::connect(&self.mailbox, &creds).await?
            }
            r => r?,
        };
        tracing::info!(mailbox = %self.mailbox.name, idle = conn.has_idle, r#move = conn.has_move, uidplus = conn.has_uidplus, "Connected.");
        let f = &self.mailbox.folders;
        conn.ensure_folders(&[&f.processed, &f.failed, &f.ignored])
            .await?;
        Ok(conn)
    }

    pub fn new(
        mailbox: MailboxSettings,
        pipeline: Arc<Pipeline>,
        token_source: Option<Arc<dyn TokenSource>>,
        status: SharedStatus,
    ) -> Self {
        Self {
            mailbox,
            pipeline,
            token_source,
            status,
            deferred: std::sync::Mutex::new((0, HashMap::new())),
            wake: Arc::new(tokio::sync::Notify::new()),
        }
    }

    /// One sweep of the inbox on an open connection. A message that must wait is left in
    /// the inbox and the sweep goes on with the next one.
    async fn sweep(
        &self,
        conn: &mut Connection,
        cancel: &CancellationToken,
    ) -> Result<PassReport, SourceError> {
        self.bring_back(conn, cancel).await?;
        let folder = self.mailbox.folders.inbox.clone();
        let state = conn.select(&folder).await?;
        self.note_uidvalidity(&folder, state.uidvalidity)?;
        let uids = conn.uids().await?;
        let now = chrono::Utc::now().timestamp();
        let due: Vec<u32> = {
            let mut d = self.deferred.lock().unwrap_or_else(|p| p.into_inner());
            if d.0 != state.uidvalidity {
                *d = (state.uidvalidity, HashMap::new());
            }
            d.1.retain(|uid, _| uids.binary_search(uid).is_ok());
            uids.iter()
                .copied()
                .filter(|u| d.1.get(u).is_none_or(|t| *t <= now))
                .collect()
        };
        let mut pass = Pass {
            uidvalidity: state.uidvalidity,
            report: PassReport {
                waiting: (uids.len() - due.len()) as u64,
                ..PassReport::default()
            },
            outage: 0,
        };
        // One message of lookahead: message k+1 is downloaded and read (on the blocking pool)
        // while message k's Dastra calls and move run. Each message still goes through its
        // own ledger states and its own move; nothing is acknowledged per batch.
        let mut pending: Option<Fetched> = None;
        for uid in due {
            if cancel.is_cancelled() {
                break;
            }
            pass.report.seen += 1;
            let meta = conn.fetch_meta(uid).await?;
            let small = meta.as_ref().is_some_and(|m| m.size <= LOOKAHEAD_MAX_BYTES);
            if !small && let Some(prev) = pending.take() {
                self.complete(conn, &mut pass, prev, cancel).await?;
            }
            let next = self.fetch(conn, uid, meta).await?;
            if let Some(prev) = pending.replace(next) {
                self.complete(conn, &mut pass, prev, cancel).await?;
            }
        }
        // The message in hand is finished even when cancelled.
        if let Some(prev) = pending.take() {
            self.complete(conn, &mut pass, prev, cancel).await?;
        }
        let waiting = self.deferred.lock().map(|d| d.1.len() as u64).unwrap_or(0);
        let attention = self
            .pipeline
            .ledger
            .attention()
            .map_err(ProcessError::from)?
            .iter()
            .filter(|(m, _, _)| *m == self.mailbox.name)
            .count() as u64;
        set(&self.status, |s| {
            s.waiting = waiting;
            if waiting == 0 {
                s.waiting_since_unix = None;
            } else if s.waiting_since_unix.is_none() {
                s.waiting_since_unix = Some(now);
            }
            s.needs_attention = attention;
            s.recent_incidents.retain(|(at, _, _)| now - at < 72 * 3600);
        });
        let mb = [("mailbox", self.mailbox.name.as_str())];
        crate::metrics::set("mailgate_mail_waiting", &mb, waiting as f64);
        crate::metrics::set("mailgate_mail_needs_attention", &mb, attention as f64);
        Ok(pass.report)
    }

    /// Carries out operators' retry requests: the message is moved back from the failed or
    /// ignored folder to the inbox (found by its Message-ID), where this sweep takes it; a
    /// message without one, or no longer there, is taken from its raw copy.
    async fn bring_back(
        &self,
        conn: &mut Connection,
        cancel: &CancellationToken,
    ) -> Result<(), SourceError> {
        let p = &self.pipeline;
        let mb = &self.mailbox;
        for e in p
            .ledger
            .retry_requests(&mb.name)
            .map_err(ProcessError::from)?
        {
            let mut found = 0;
            if let Some(mid) = e.key.strip_prefix("mid:") {
                for folder in [&mb.folders.failed, &mb.folders.ignored] {
                    conn.select(folder).await?;
                    for uid in conn.search_header("Message-ID", mid).await? {
                        conn.move_to(uid, &mb.folders.inbox).await?;
                        found += 1;
                    }
                }
            }
            if found == 0
                && let Some(path) = &e.raw_copy
                && let Ok(raw) = std::fs::read(path)
            {
                let raw = bytes::Bytes::from(raw);
                let msg = Incoming::handed_in(mb, &raw);
                p.handle_raw(msg, Some(&self.status), cancel).await?;
                found += 1;
            }
            if found == 0 {
                tracing::error!(mailbox = %mb.name, "An operator's retry could not find the message in the failed or ignored folder, and it has no raw copy: move it back to the inbox by hand.");
            } else {
                tracing::info!(mailbox = %mb.name, "Operator's retry: message brought back.");
            }
            p.ledger
                .clear_retry(&mb.name, &e.key)
                .map_err(ProcessError::from)?;
        }
        Ok(())
    }

    /// When the next deferred message is due, if any.
    fn next_due(&self) -> Option<i64> {
        let d = self.deferred.lock().unwrap_or_else(|p| p.into_inner());
        d.1.values().min().copied()
    }

    /// Records the folder's UIDVALIDITY; a change means UIDs were renumbered: we log it and
    /// rescan (the dedupe keys keep already-handled messages from being created again).
    fn note_uidvalidity(&self, folder: &str, value: u32) -> Result<(), ProcessError> {
        let ledger = &self.pipeline.ledger;
        let key = format!("{}/{}", self.mailbox.name, folder);
        match ledger.uidvalidity(&key)? {
            Some(old) if old == value => {}
            Some(old) => {
                tracing::warn!(mailbox = %self.mailbox.name, old, new = value, "UIDVALIDITY changed; rescanning the folder (dedupe keys prevent duplicates).");
                ledger.set_uidvalidity(&key, value)?;
            }
            None => ledger.set_uidvalidity(&key, value)?,
        }
        Ok(())
    }

    /// Downloads one message and starts reading it.
    async fn fetch(
        &self,
        conn: &mut Connection,
        uid: u32,
        meta: Option<Meta>,
    ) -> Result<Fetched, SourceError> {
        let Some(meta) = meta else {
            return Ok(Fetched::Gone);
        };
        if u64::from(meta.size) > self.mailbox.max_message_bytes {
            return Ok(Fetched::Oversize {
                uid,
                size: meta.size,
                header: meta.header,
            });
        }
        let Some(raw) = conn.fetch_raw(uid, meta.size).await? else {
            return Ok(Fetched::Gone);
        };
        crate::metrics::inc(
            "mailgate_mail_fetched_total",
            &[("mailbox", &self.mailbox.name)],
        );
        // From here on the message is shared, never copied: uploads stream the same buffer.
        let raw = bytes::Bytes::from(raw);
        let understanding = self.pipeline.understand_task(&raw);
        Ok(Fetched::Message {
            uid,
            raw,
            arrival: meta.arrival.unwrap_or_else(chrono::Utc::now),
            understanding,
        })
    }

    /// Finishes a fetched message through the pipeline, then moves it (or leaves it).
    async fn complete(
        &self,
        conn: &mut Connection,
        pass: &mut Pass,
        fetched: Fetched,
        cancel: &CancellationToken,
    ) -> Result<(), SourceError> {
        let uidvalidity = pass.uidvalidity;
        let (report, outage) = (&mut pass.report, &mut pass.outage);
        let p = &self.pipeline;
        let mb = &self.mailbox;
        let (uid, verdict) = match fetched {
            Fetched::Gone => return Ok(()),
            Fetched::Oversize { uid, size, header } => (
                uid,
                p.handle_oversize(mb, uidvalidity, uid, size, &header, Some(&self.status))?,
            ),
            Fetched::Message {
                uid,
                raw,
                arrival,
                understanding,
            } => {
                let msg = Incoming {
                    mailbox: mb,
                    raw: &raw,
                    uidvalidity,
                    uid,
                    arrival,
                    operator: false,
                };
                let understood = understanding.await;
                (
                    uid,
                    p.handle(msg, understood, Some(&self.status), cancel)
                        .await?,
                )
            }
        };
        match verdict {
            Verdict::Finished(outcome) => {
                *outage = 0;
                if let Ok(mut d) = self.deferred.lock() {
                    d.1.remove(&uid);
                }
                if mb.move_processed || outcome != Outcome::Processed {
                    conn.move_to(uid, folder_for(mb, outcome)).await?;
                }
            }
            Verdict::Later {
                at,
                outage: dastra_down,
            } => {
                report.waiting += 1;
                if let Ok(mut d) = self.deferred.lock() {
                    d.1.insert(uid, at);
                }
                if dastra_down {
                    *outage += 1;
                    if *outage >= OUTAGE_AFTER {
                        return Err(SourceError::Outage {
                            failures: *outage,
                            reason: "see the journal of the messages concerned".into(),
                        });
                    }
                }
            }
        }
        Ok(())
    }

    /// One pass over the mailbox, then return (`ingest --once`). Transient failures are
    /// retried a few times with backoff; a message still failing stays in the inbox.
    pub async fn run_once(&self, cancel: &CancellationToken) -> Result<PassReport, SourceError> {
        let mut backoff = Backoff::new(Duration::from_millis(500), 2.0, Duration::from_secs(30));
        let mut attempts = 0;
        loop {
            attempts += 1;
            let done_before = self.done_count();
            let result = async {
                let mut conn = self.connect().await?;
                let r = self.sweep(&mut conn, cancel).await;
                conn.logout().await;
                r
            }
            .await;
            match result {
                Ok(r) => return Ok(r),
                Err(e)
                    if e.is_transient()
                        && (attempts < 4 || self.done_count() > done_before)
                        && !cancel.is_cancelled() =>
                {
                    if self.done_count() > done_before {
                        attempts = 0;
                        backoff.reset();
                    }
                    let wait = e.retry_after().unwrap_or_else(|| backoff.next_delay());
                    tracing::warn!(mailbox = %self.mailbox.name, error = %crate::exit::chain(&e), wait_ms = wait.as_millis() as u64, "Pass failed; retrying.");
                    tokio::time::sleep(wait).await;
                }
                Err(e) => return Err(e),
            }
        }
    }

    /// The daemon loop: runs until `cancel` fires.
    pub async fn run(&self, cancel: CancellationToken) {
        let name = self.mailbox.name.clone();
        let mut backoff = Backoff::new(Duration::from_secs(1), 2.0, Duration::from_secs(300));
        while !cancel.is_cancelled() {
            set(&self.status, |s| s.state = "connecting".into());
            let mut conn = match self.connect().await {
                Ok(c) => c,
                Err(e) => {
                    let wait = if e.is_auth() {
                        // A refused login does not heal by hammering the server.
                        Duration::from_secs(300).max(backoff.next_delay())
                    } else {
                        backoff.next_delay()
                    };
                    self.failing(&e.to_string());
                    crate::metrics::inc("mailgate_imap_reconnects_total", &[("mailbox", &name)]);
                    let level_error = e.is_auth();
                    if level_error {
                        tracing::error!(mailbox = %name, error = %crate::exit::chain(&e), retry_in_s = wait.as_secs(), "Login refused; an operator must fix the credentials.");
                    } else {
                        tracing::warn!(mailbox = %name, error = %crate::exit::chain(&e), retry_in_s = wait.as_secs(), "Cannot connect; will retry.");
                    }
                    sleep_or_cancel(wait, &cancel).await;
                    continue;
                }
            };
            set(&self.status, |s| {
                s.connected = true;
                s.state = "connected".into();
            });
            let done_before = self.done_count();
            match self.serve(&mut conn, &cancel, &mut backoff).await {
                Ok(()) => {
                    conn.logout().await;
                    break;
                }
                Err(e) => {
                    set(&self.status, |s| s.connected = false);
                    self.failing(&e.to_string());
                    if self.done_count() > done_before {
                        // Messages went through before this failure: it is not a streak.
                        backoff.reset();
                    }
                    let wait = e.retry_after().unwrap_or_else(|| backoff.next_delay());
                    tracing::warn!(mailbox = %name, error = %crate::exit::chain(&e), retry_in_ms = wait.as_millis() as u64, "Mailbox pass interrupted; will retry.");
                    if matches!(e, SourceError::Outage { .. }) {
                        conn.logout().await;
                    }
                    sleep_or_cancel(wait, &cancel).await;
                }
            }
        }
        set(&self.status, |s| {
            s.connected = false;
            s.state = "stopped".into();
        });
        tracing::info!(mailbox = %name, "Stopped.");
    }

    /// Sweeps, then waits for news, forever (until cancelled or an error).
    async fn serve(
        &self,
        conn: &mut Connection,
        cancel: &CancellationToken,
        backoff: &mut Backoff,
    ) -> Result<(), SourceError> {
        loop {
            set(&self.status, |s| s.state = "sweeping".into());
            self.sweep(conn, cancel).await?;
            backoff.reset();
            set(&self.status, |s| {
                s.last_success_unix = Some(chrono::Utc::now().timestamp());
                s.last_error = None;
                s.failing_since_unix = None;
            });
            if cancel.is_cancelled() {
                return Ok(());
            }
            if conn.take_new_mail() {
                // Mail arrived during the sweep; the server announced it once, to us, while we
                // were busy: sweep again now rather than wait for the next poll.
                tracing::debug!(mailbox = %self.mailbox.name, "New mail announced during the sweep; sweeping again.");
                continue;
            }
            if self.mailbox.mode == FetchMode::Idle && conn.has_idle {
                set(&self.status, |s| s.state = "idle".into());
                // The IDLE wait doubles as the poll sweep: it ends after poll_interval at the
                // latest (and always well before the 29-minute limit).
                let wait = self.until_next(self.mailbox.poll_interval.min(self.mailbox.idle_renew));
                // A wake (operator's retry, `ingest --once`) ends the IDLE cleanly (DONE).
                let idle_cancel = cancel.child_token();
                let waker = {
                    let (t, w) = (idle_cancel.clone(), self.wake.clone());
                    tokio::spawn(async move {
                        w.notified().await;
                        t.cancel();
                    })
                };
                let ended = conn.idle(wait, &idle_cancel).await;
                waker.abort();
                match ended? {
                    IdleEnd::Cancelled if cancel.is_cancelled() => return Ok(()),
                    IdleEnd::Cancelled | IdleEnd::NewData | IdleEnd::Timeout => {}
                }
            } else {
                set(&self.status, |s| s.state = "polling".into());
                tokio::select! {
                    stop = sleep_or_cancel(self.until_next(self.mailbox.poll_interval), cancel) => {
                        if stop {
                            return Ok(());
                        }
                    }
                    _ = self.wake.notified() => {}
                }
                // A cheap liveness check before the next sweep.
                conn.noop().await?;
            }
        }
    }

    /// `max`, or less when a waiting message is due sooner.
    fn until_next(&self, max: Duration) -> Duration {
        match self.next_due() {
            Some(at) => {
                let secs = (at - chrono::Utc::now().timestamp()).max(1) as u64;
                max.min(Duration::from_secs(secs))
            }
            None => max,
        }
    }

    /// Messages finished so far (any outcome).
    fn done_count(&self) -> u64 {
        self.status
            .lock()
            .map(|s| s.processed + s.ignored + s.failed)
            .unwrap_or(0)
    }

    fn failing(&self, error: &str) {
        set(&self.status, |s| {
            s.last_error = Some(error.to_string());
            s.failing_since_unix
                .get_or_insert(chrono::Utc::now().timestamp());
            s.retries += 1;
        });
    }
}

/// Sleeps; returns true when cancelled instead.
pub async fn sleep_or_cancel(d: Duration, cancel: &CancellationToken) -> bool {
    tokio::select! {
        _ = tokio::time::sleep(d) => false,
        _ = cancel.cancelled() => true,
    }
}

/// The folder a finished message goes to.
fn folder_for(mb: &MailboxSettings, outcome: Outcome) -> &str {
    match outcome {
        Outcome::Processed => &mb.folders.processed,
        Outcome::Failed => &mb.folders.failed,
        Outcome::Ignored => &mb.folders.ignored,
    }
}
