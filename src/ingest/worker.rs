//! One task per mailbox: connect, sweep the inbox one message at a time, then IDLE (or sleep)
//! until something changes; reconnect with backoff when anything breaks. One broken mailbox
//! never blocks another: each runs in its own task with its own connection and backoff.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio_util::sync::CancellationToken;

use super::imap::{self, Connection, Credentials, IdleEnd, ImapError};
use super::process::{self, Pipeline, ProcessError};
use crate::config::{FetchMode, ImapAuth, MailboxSettings};
use crate::oauth::TokenSource;
use crate::retry::Backoff;

/// What a mailbox is doing, for `status`, `/readyz` and metrics.
#[derive(Debug, Clone, Default, serde::Serialize)]
pub struct MailboxStatus {
    pub name: String,
    pub state: String,
    pub connected: bool,
    pub last_success_unix: Option<i64>,
    pub last_error: Option<String>,
    pub failing_since_unix: Option<i64>,
    pub processed: u64,
    pub ignored: u64,
    pub failed: u64,
    pub retries: u64,
}

pub type SharedStatus = Arc<Mutex<MailboxStatus>>;

fn set(status: &SharedStatus, f: impl FnOnce(&mut MailboxStatus)) {
    if let Ok(mut s) = status.lock() {
        f(&mut s);
    }
}

/// Result of one pass (for `ingest --once`).
#[derive(Debug, Default, Clone, Copy)]
pub struct PassReport {
    pub seen: u64,
    pub transient_failures: u64,
}

/// Everything a mailbox task needs.
pub struct MailboxWorker {
    pub mailbox: MailboxSettings,
    pub pipeline: Arc<Pipeline>,
    pub token_source: Option<Arc<dyn TokenSource>>,
    pub status: SharedStatus,
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
            Err(e) if e.is_auth() && matches!(creds, Credentials::OAuth(_)) => {
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

    /// One sweep of the inbox on an open connection.
    async fn sweep(
        &self,
        conn: &mut Connection,
        cancel: &CancellationToken,
    ) -> Result<PassReport, ProcessError> {
        let folder = self.mailbox.folders.inbox.clone();
        let state = conn.select(&folder).await?;
        self.pipeline
            .note_uidvalidity(&self.mailbox, &folder, state.uidvalidity)?;
        let uids = conn.uids().await?;
        let mut report = PassReport::default();
        // One message of lookahead: message k+1 is downloaded and read (on the blocking pool)
        // while message k's Dastra calls and move run. Each message still goes through its
        // own ledger states and its own move; nothing is acknowledged per batch.
        let mut pending: Option<process::Fetched> = None;
        for uid in uids {
            if cancel.is_cancelled() {
                break;
            }
            report.seen += 1;
            let meta = conn.fetch_meta(uid).await?;
            let small = meta
                .as_ref()
                .is_some_and(|(size, _)| *size <= process::LOOKAHEAD_MAX_BYTES);
            if !small && let Some(prev) = pending.take() {
                self.complete(conn, state.uidvalidity, prev).await?;
            }
            let next = process::fetch(&self.pipeline, &self.mailbox, conn, uid, meta).await?;
            if let Some(prev) = pending.replace(next) {
                self.complete(conn, state.uidvalidity, prev).await?;
            }
        }
        // The message in hand is finished even when cancelled.
        if let Some(prev) = pending.take() {
            self.complete(conn, state.uidvalidity, prev).await?;
        }
        Ok(report)
    }

    async fn complete(
        &self,
        conn: &mut Connection,
        uidvalidity: u32,
        fetched: process::Fetched,
    ) -> Result<(), ProcessError> {
        let outcome =
            process::complete(&self.pipeline, &self.mailbox, conn, uidvalidity, fetched).await?;
        if let Some(outcome) = outcome {
            set(&self.status, |s| match outcome {
                super::ledger::Outcome::Processed => s.processed += 1,
                super::ledger::Outcome::Ignored => s.ignored += 1,
                super::ledger::Outcome::Failed => s.failed += 1,
            });
        }
        Ok(())
    }

    /// One pass over the mailbox, then return (`ingest --once`). Transient failures are
    /// retried a few times with backoff; a message still failing stays in the inbox.
    pub async fn run_once(&self, cancel: &CancellationToken) -> Result<PassReport, ProcessError> {
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
                    self.note_next_try(&e, wait);
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
                    self.note_next_try(&e, wait);
                    tracing::warn!(mailbox = %name, error = %crate::exit::chain(&e), retry_in_ms = wait.as_millis() as u64, "Mailbox pass interrupted; will retry.");
                    if matches!(e, ProcessError::Transient { .. }) {
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
    ) -> Result<(), ProcessError> {
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
                let wait = self.mailbox.poll_interval.min(self.mailbox.idle_renew);
                match conn.idle(wait, cancel).await? {
                    IdleEnd::Cancelled => return Ok(()),
                    IdleEnd::NewData | IdleEnd::Timeout => {}
                }
            } else {
                set(&self.status, |s| s.state = "polling".into());
                if sleep_or_cancel(self.mailbox.poll_interval, cancel).await {
                    return Ok(());
                }
                // A cheap liveness check before the next sweep.
                conn.noop().await?;
            }
        }
    }

    /// A message hit a temporary failure: its journal record shows when it is tried again.
    fn note_next_try(&self, e: &ProcessError, wait: Duration) {
        if matches!(e, ProcessError::Transient { .. })
            && let Ok(d) = chrono::Duration::from_std(wait)
        {
            self.pipeline
                .journal_next_try(&self.mailbox.name, chrono::Utc::now() + d);
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
