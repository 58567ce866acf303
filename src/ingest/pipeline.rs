//! One message through the pipeline, one way: **decide** (pure: dedupe, understanding, plan,
//! sender limit) → **sink** (Dastra: `Done | Retry | Failed`) → **acknowledgement** (through
//! the [`Outbox`] the relay implements) → one [`MailHandled`] event. The source (IMAP, or a
//! message on stdin) hands a message in and gets a [`Verdict`] back: move it to the folder of
//! its outcome, or leave it where it is until a later try. Nothing here speaks IMAP.
//!
//! A message that keeps failing never blocks the others: each temporary failure is charged to
//! that message (its attempt budget, with backoff), and past the budget it is parked in the
//! failed folder with its reason and an alert.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use chrono::{DateTime, Utc};
use sha2::{Digest, Sha256};
use tokio_util::sync::CancellationToken;

use super::acknowledge::{AckResult, AckStage, Outbox};
use super::decide::plan::{PlanContext, Target};
use super::decide::{
    self, DecideContext, Decision, SenderLimit, dedupe_key, entry_for, identity_hash,
};
use super::event::{Emitter, Handled, MailHandled};
use super::ledger::{Entry, Ledger, LedgerError, Outcome, State};
use super::sink::{DastraSink, SinkOutcome};
use super::status::SharedStatus;
use crate::config::{MailboxSettings, Settings};
use crate::understand::Understanding;

#[derive(Debug, thiserror::Error)]
pub enum ProcessError {
    #[error("ledger error")]
    Ledger(#[from] LedgerError),
    #[error("cannot keep a raw copy in {path}")]
    RawCopy {
        path: String,
        #[source]
        source: std::io::Error,
    },
}

/// What the source does with the message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// Finished: move it to the folder of this outcome.
    Finished(Outcome),
    /// Leave it where it is; try again at `at` (Unix time). `outage`: Dastra itself failed
    /// (the source pauses the mailbox when every message fails so).
    Later { at: i64, outage: bool },
}

/// The attempt budget: passes with a temporary failure before a message is parked, and the
/// backoff between them (doubling from `first`, at most `max`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Budget {
    pub max_failures: u32,
    pub first: Duration,
    pub max: Duration,
}

impl Default for Budget {
    /// 12 tries over about 5 hours (10 s, 20 s, 40 s … then hourly): a short Dastra hiccup
    /// costs seconds, a broken upload is parked the same day with an alert.
    fn default() -> Self {
        Budget {
            max_failures: 12,
            first: Duration::from_secs(10),
            max: Duration::from_secs(3600),
        }
    }
}

impl Budget {
    /// Delay before the try after `failures` failures.
    pub fn delay(&self, failures: u32) -> Duration {
        let exp = failures.saturating_sub(1).min(20);
        self.first.saturating_mul(1u32 << exp).min(self.max)
    }
}

/// Shared by every mailbox task.
pub struct Pipeline {
    pub settings: Arc<Settings>,
    pub ledger: Arc<Ledger>,
    pub sink: DastraSink,
    pub plan: Arc<PlanContext>,
    /// Where raw copies of failed mail are kept.
    pub raw_dir: PathBuf,
    pub events: Emitter,
    pub outbox: Option<Arc<dyn Outbox>>,
    pub budget: Budget,
    limit: SenderLimit,
}

/// A message handed in by a source.
pub struct Incoming<'a> {
    pub mailbox: &'a MailboxSettings,
    pub raw: &'a bytes::Bytes,
    pub uidvalidity: u32,
    pub uid: u32,
    /// When it arrived (IMAP INTERNALDATE; now for stdin).
    pub arrival: DateTime<Utc>,
    /// Handed in by an operator (pipe mode): a failed message is tried again.
    pub operator: bool,
}

impl<'a> Incoming<'a> {
    /// A message handed in by an operator or an MTA (stdin, a raw copy): no IMAP position,
    /// arrived now, and a failed one is tried again.
    pub fn handed_in(mailbox: &'a MailboxSettings, raw: &'a bytes::Bytes) -> Self {
        Incoming {
            mailbox,
            raw,
            uidvalidity: 0,
            uid: 0,
            arrival: Utc::now(),
            operator: true,
        }
    }
}

impl Pipeline {
    pub fn new(
        settings: Arc<Settings>,
        ledger: Arc<Ledger>,
        dastra: crate::dastra::DastraClient,
        plan: PlanContext,
    ) -> Self {
        let raw_dir = settings.state_dir.join("failed");
        let send_notification = plan.dastra.as_ref().is_some_and(|d| d.send_notification);
        let limit = SenderLimit::new(settings.understanding.max_per_sender_per_hour);
        let events = Emitter {
            journal: None,
            link_template: settings.ops.journal.link_template.clone(),
        };
        let budget = Budget {
            max_failures: settings.ingest.max_attempts,
            first: settings.ingest.first_retry_delay,
            ..Budget::default()
        };
        let mut sink = DastraSink::new(dastra, ledger.clone(), send_notification);
        sink.internal_domains = settings.ingest.internal_domains.clone();
        Self {
            sink,
            settings,
            ledger,
            plan: Arc::new(plan),
            raw_dir,
            events,
            outbox: None,
            budget,
            limit,
        }
    }

    /// Records journal entries from now on.
    pub fn with_journal(mut self, journal: Option<Arc<crate::journal::Journal>>) -> Self {
        self.events.journal = journal;
        self
    }

    /// Acknowledgements go here.
    pub fn with_outbox(mut self, outbox: Option<Arc<dyn Outbox>>) -> Self {
        self.outbox = outbox;
        self
    }

    /// Understanding is CPU work (tens of ms on long letters): off the async workers.
    pub fn understand_task(&self, raw: &bytes::Bytes) -> tokio::task::JoinHandle<Understanding> {
        let (plan, raw) = (self.plan.clone(), raw.clone());
        tokio::task::spawn_blocking(move || plan.understand(&raw))
    }

    /// Reads and handles one message (pipe mode, tests).
    pub async fn handle_raw(
        &self,
        msg: Incoming<'_>,
        status: Option<&SharedStatus>,
        cancel: &CancellationToken,
    ) -> Result<Verdict, ProcessError> {
        let understood = self.understand_task(msg.raw).await;
        self.handle(msg, understood, status, cancel).await
    }

    /// A message over `max_message_bytes`: parked from its headers alone.
    pub fn handle_oversize(
        &self,
        mb: &MailboxSettings,
        uidvalidity: u32,
        uid: u32,
        size: u32,
        header: &[u8],
        status: Option<&SharedStatus>,
    ) -> Result<Verdict, ProcessError> {
        let sha = hex::encode(Sha256::digest(header));
        let mid = mail_parser::MessageParser::default()
            .parse_headers(header)
            .and_then(|m| m.message_id().map(str::to_string));
        let key = dedupe_key(&self.ledger, &mb.name, mid.as_deref(), &sha)?;
        let mut entry = entry_for(&self.ledger, &mb.name, &key, uidvalidity, uid, &sha)?;
        let fresh = !matches!(entry.state, State::Done { .. });
        let reason = format!(
            "message is {size} bytes, over max_message_bytes = {}; headers kept",
            mb.max_message_bytes
        );
        if fresh {
            let path = self.keep_raw(&mb.name, uidvalidity, uid, header)?;
            entry.state = State::Done {
                outcome: Outcome::Failed,
            };
            entry.reason = Some(format!("{reason} in {}", path.display()));
            self.ledger.put(&entry)?;
        }
        self.event(&entry, None, Handled::Failed { reason }, vec![], fresh)
            .emit(&self.events, status);
        Ok(Verdict::Finished(Outcome::Failed))
    }

    /// Handles one understood message. See the module docs.
    pub async fn handle(
        &self,
        msg: Incoming<'_>,
        understood: Result<Understanding, tokio::task::JoinError>,
        status: Option<&SharedStatus>,
        cancel: &CancellationToken,
    ) -> Result<Verdict, ProcessError> {
        let mb = msg.mailbox;
        let raw = msg.raw;
        let identity = identity_hash(raw);
        let now = Utc::now();
        // The message's dedupe key and its ledger record (new at this position if none).
        let lookup = |mid: Option<&str>| -> Result<(String, Entry), LedgerError> {
            let key = dedupe_key(&self.ledger, &mb.name, mid, &identity)?;
            let entry = entry_for(
                &self.ledger,
                &mb.name,
                &key,
                msg.uidvalidity,
                msg.uid,
                &identity,
            )?;
            Ok((key, entry))
        };
        // A panic while reading (a bug, hostile input) fails this one message, not the mailbox.
        let mut u = match understood {
            Ok(u) => u,
            Err(e) => {
                let (_, mut entry) = lookup(None)?;
                if let State::Done { outcome } = entry.state {
                    return Ok(Verdict::Finished(outcome));
                }
                let what = if e.is_panic() {
                    "crashed"
                } else {
                    "was cancelled"
                };
                let reason = format!(
                    "reading this message {what} (an internal error; please report it with the raw copy)"
                );
                self.park(&mut entry, raw, &reason)?;
                self.event(&entry, None, Handled::Failed { reason }, vec![], true)
                    .emit(&self.events, status);
                return Ok(Verdict::Finished(Outcome::Failed));
            }
        };
        let (key, mut entry) = lookup(u.message_id.as_deref())?;
        let mut steps = Vec::new();

        // Finished before: moved back to the inbox by someone (a new position), or handed in
        // again by an operator, a failed or ignored message is tried again.
        if let State::Done { outcome } = entry.state {
            let moved_back = msg.uid != 0
                && (entry.uidvalidity, entry.uid) != (msg.uidvalidity, msg.uid)
                && outcome != Outcome::Processed;
            let again =
                moved_back || (msg.operator && outcome == Outcome::Failed) || entry.retry_requested;
            if !again {
                let (handled, fresh) = (Self::handled_of(&entry, outcome), false);
                self.event(&entry, Some(&u), handled, vec![], fresh)
                    .emit(&self.events, status);
                return Ok(Verdict::Finished(outcome));
            }
            let why = if entry.retry_requested {
                "retried by an operator (`mail retry`)"
            } else if moved_back {
                "moved back to the inbox by someone: tried again"
            } else {
                "handed in again by an operator: tried again"
            };
            steps.push(why.to_string());
            tracing::info!(mailbox = %mb.name, uid = msg.uid, was = ?outcome, "{why}.");
            // Past the guards only when an operator asked with `mail retry` (it set `forced`):
            // a second copy of an ignored newsletter that lands in the inbox is decided again,
            // never forced into an object.
            entry.retry_requested = false;
            self.ledger.clear_retry(&mb.name, &key)?;
            entry.state = if entry.object_id.is_some() {
                State::Created
            } else {
                State::Seen
            };
            entry.failures = 0;
            entry.next_try = None;
            entry.reason = None;
            self.ledger.clear_attention(&mb.name, &key)?;
        }
        if entry.state == State::Seen && entry.failures == 0 && steps.is_empty() {
            steps.push("fetched".to_string());
        }
        entry.uidvalidity = msg.uidvalidity;
        entry.uid = msg.uid;
        if entry.received_at.is_none() {
            entry.received_at =
                Some(crate::ingest::deadline::received_at(u.date, msg.arrival).timestamp());
        }
        if entry.forced {
            // The operator said: make something of it. The guards do not apply.
            u.guard = None;
        }

        let cx = DecideContext {
            plan: &self.plan,
            ledger: &self.ledger,
            limit: &self.limit,
            mailbox: mb,
        };
        let mut use_thread = true;
        // A request the mail names but whose data subject did not send it.
        let mut claims: Option<String> = None;
        loop {
            let mut decision = decide::decide(&cx, &u, raw, &entry, use_thread, now.timestamp())?;
            if let (Some(id), Decision::Create(create)) = (&claims, &mut decision) {
                claim_note(&mut create.target, id);
            }
            let handled = match decision {
                Decision::AlreadyDone(outcome) => return Ok(Verdict::Finished(outcome)),
                Decision::Ignore { reason } => {
                    entry.state = State::Done {
                        outcome: Outcome::Ignored,
                    };
                    entry.reason = Some(reason.clone());
                    self.ledger.put(&entry)?;
                    Handled::Ignored { reason }
                }
                Decision::Fail { reason } => {
                    self.park(&mut entry, raw, &reason)?;
                    Handled::Failed { reason }
                }
                Decision::Wait { until, reason } => {
                    entry.next_try = Some(until);
                    self.ledger.put(&entry)?;
                    self.event(
                        &entry,
                        Some(&u),
                        Handled::Waiting {
                            reason,
                            next_try: until,
                        },
                        steps,
                        true,
                    )
                    .emit(&self.events, status);
                    return Ok(Verdict::Later {
                        at: until,
                        outage: false,
                    });
                }
                Decision::Create(create) => {
                    if entry.state == State::Seen {
                        steps.push(format!("understood: {}", create.kind_label()));
                    }
                    let before = entry.uploads_done.len();
                    let was = entry.state.clone();
                    entry.kind = Some(create.kind_label().to_string());
                    match self
                        .sink
                        .execute(&mut entry, &create, &u, raw, cancel)
                        .await?
                    {
                        SinkOutcome::UnknownRequest(id) if use_thread => {
                            tracing::info!(mailbox = %mb.name, uid = msg.uid, request = %id, "The mail names a request that does not exist; treating the mail as new.");
                            steps.push(format!(
                                "names request {id}, which does not exist: recorded as new mail"
                            ));
                            use_thread = false;
                            continue;
                        }
                        SinkOutcome::NotTheDataSubject(id) if use_thread => {
                            tracing::warn!(mailbox = %mb.name, uid = msg.uid, request = %id, "The mail names a request but its sender is not that request's data subject; recorded as new mail.");
                            steps.push(format!("claims to be about request {id}, but its sender is not that request's data subject: recorded as new mail"));
                            use_thread = false;
                            claims = Some(id);
                            continue;
                        }
                        SinkOutcome::NotTheDataSubject(id) => {
                            let reason = format!("request {id}: sender is not its data subject");
                            self.park(&mut entry, raw, &reason)?;
                            Handled::Failed { reason }
                        }
                        SinkOutcome::UnknownRequest(id) => {
                            let reason = format!("request {id} does not exist");
                            self.park(&mut entry, raw, &reason)?;
                            Handled::Failed { reason }
                        }
                        SinkOutcome::Failed { reason } => {
                            self.park(&mut entry, raw, &reason)?;
                            Handled::Failed { reason }
                        }
                        SinkOutcome::Retry { .. } if cancel.is_cancelled() => {
                            // Stopping: not the message's fault, nothing charged to it.
                            record_sink_steps(&mut steps, &was, &entry, before);
                            tracing::debug!(mailbox = %mb.name, uid = msg.uid, "Stopping; the message stays for the next start.");
                            return Ok(Verdict::Later {
                                at: now.timestamp(),
                                outage: false,
                            });
                        }
                        SinkOutcome::Retry {
                            after,
                            reason,
                            unauthorized,
                        } => {
                            record_sink_steps(&mut steps, &was, &entry, before);
                            return self.retry_later(
                                &mut entry,
                                &u,
                                raw,
                                after,
                                reason,
                                unauthorized,
                                steps,
                                status,
                            );
                        }
                        SinkOutcome::Done => {
                            record_sink_steps(&mut steps, &was, &entry, before);
                            let mut ack_queue = None;
                            if let (Target::DataSubjectRequest { .. }, Some(id)) =
                                (&create.target, entry.object_id.clone())
                            {
                                let stage = AckStage {
                                    settings: &self.settings,
                                    plan: &self.plan,
                                    ledger: &self.ledger,
                                    outbox: self.outbox.clone(),
                                };
                                match stage.acknowledge(&mut entry, &id, &u).await {
                                    Ok(AckResult::Queued(q)) => {
                                        steps.push(format!(
                                            "acknowledgement queued for the relay (spool id {q})"
                                        ));
                                        ack_queue = Some(q);
                                    }
                                    Ok(AckResult::Skipped(why)) => {
                                        steps.push(format!("no acknowledgement: {why}"))
                                    }
                                    Ok(AckResult::AlreadyDone) => {}
                                    Err(super::acknowledge::AckError::Ledger(e)) => {
                                        return Err(e.into());
                                    }
                                    Err(e) => {
                                        return self.retry_later(
                                            &mut entry,
                                            &u,
                                            raw,
                                            None,
                                            crate::exit::chain(&e),
                                            false,
                                            steps,
                                            status,
                                        );
                                    }
                                }
                            }
                            entry.state = State::Done {
                                outcome: Outcome::Processed,
                            };
                            entry.next_try = None;
                            self.ledger.put(&entry)?;
                            if let Some(line) = entry
                                .received_at
                                .and_then(|t| DateTime::from_timestamp(t, 0))
                                .and_then(|r| {
                                    crate::ingest::deadline::describe(
                                        entry.kind.as_deref().unwrap_or(""),
                                        r,
                                        now,
                                    )
                                })
                            {
                                steps.push(line);
                            }
                            let handled = if create.kind_label() == "follow_up" {
                                Handled::FollowUp
                            } else {
                                Handled::Created
                            };
                            let mut ev = self.event(&entry, Some(&u), handled, steps, true);
                            ev.workspace = Some(create.workspace_id);
                            ev.ack_queue_id = ack_queue;
                            ev.emit(&self.events, status);
                            return Ok(Verdict::Finished(Outcome::Processed));
                        }
                    }
                }
            };
            let outcome = match &handled {
                Handled::Ignored { .. } => Outcome::Ignored,
                _ => Outcome::Failed,
            };
            self.event(&entry, Some(&u), handled, steps, true)
                .emit(&self.events, status);
            return Ok(Verdict::Finished(outcome));
        }
    }

    /// A temporary failure: charged to this message; past the budget it is parked.
    #[allow(clippy::too_many_arguments)]
    fn retry_later(
        &self,
        entry: &mut Entry,
        u: &Understanding,
        raw: &[u8],
        after: Option<Duration>,
        reason: String,
        unauthorized: bool,
        mut steps: Vec<String>,
        status: Option<&SharedStatus>,
    ) -> Result<Verdict, ProcessError> {
        entry.failures += 1;
        steps.push(format!(
            "temporary failure {} of {}: {reason}",
            entry.failures, self.budget.max_failures
        ));
        if entry.failures >= self.budget.max_failures && !unauthorized {
            let reason = format!(
                "gave up after {} tries with temporary failures; last: {reason}",
                entry.failures
            );
            self.park(entry, raw, &reason)?;
            self.event(entry, Some(u), Handled::Failed { reason }, steps, true)
                .emit(&self.events, status);
            return Ok(Verdict::Finished(Outcome::Failed));
        }
        let wait = after
            .unwrap_or_default()
            .max(self.budget.delay(entry.failures));
        let at = Utc::now().timestamp() + wait.as_secs() as i64;
        entry.next_try = Some(at);
        entry.reason = Some(reason.clone());
        self.ledger.put(entry)?;
        self.event(
            entry,
            Some(u),
            Handled::Retrying {
                reason,
                next_try: at,
            },
            steps,
            true,
        )
        .emit(&self.events, status);
        Ok(Verdict::Later { at, outage: true })
    }

    fn handled_of(entry: &Entry, outcome: Outcome) -> Handled {
        let reason = entry.reason.clone().unwrap_or_default();
        match outcome {
            Outcome::Processed if entry.kind.as_deref() == Some("follow_up") => Handled::FollowUp,
            Outcome::Processed => Handled::Created,
            Outcome::Ignored => Handled::Ignored { reason },
            Outcome::Failed => Handled::Failed { reason },
        }
    }

    fn event(
        &self,
        entry: &Entry,
        u: Option<&Understanding>,
        outcome: Handled,
        steps: Vec<String>,
        fresh: bool,
    ) -> MailHandled {
        MailHandled {
            mailbox: entry.mailbox.clone(),
            key: entry.key.clone(),
            uid: entry.uid,
            from: u.and_then(|u| u.sender.clone()),
            kind: entry.kind.clone(),
            outcome,
            object_id: entry.object_id.clone(),
            workspace: None,
            received: entry
                .received_at
                .and_then(|t| DateTime::from_timestamp(t, 0)),
            steps,
            sender_checks: u
                .and_then(|u| u.authentication.as_ref())
                .map(|a| a.summary()),
            ack_queue_id: None,
            failures: entry.failures,
            fresh,
        }
    }

    /// Parks a message: a raw copy, the ledger says failed with the reason, and it counts as
    /// needing attention until an operator retries or forgets it.
    fn park(&self, entry: &mut Entry, raw: &[u8], reason: &str) -> Result<(), ProcessError> {
        let path = self.keep_raw(&entry.mailbox, entry.uidvalidity, entry.uid, raw)?;
        tracing::debug!(mailbox = %entry.mailbox, uid = entry.uid, raw_copy = %path.display(), "Raw copy kept.");
        entry.state = State::Done {
            outcome: Outcome::Failed,
        };
        entry.reason = Some(reason.to_string());
        entry.next_try = None;
        entry.raw_copy = Some(path.display().to_string());
        self.ledger.put(entry)?;
        self.ledger
            .set_attention(&entry.mailbox, &entry.key, reason)?;
        Ok(())
    }

    /// Keeps a raw copy of a message that could not be processed, under a generated name.
    fn keep_raw(
        &self,
        mb: &str,
        uidvalidity: u32,
        uid: u32,
        raw: &[u8],
    ) -> Result<PathBuf, ProcessError> {
        use std::io::Write;
        use std::os::unix::fs::OpenOptionsExt;
        let dir = self.raw_dir.join(sanitize_component(mb));
        let err = |source| ProcessError::RawCopy {
            path: dir.display().to_string(),
            source,
        };
        std::fs::create_dir_all(&dir).map_err(err)?;
        let path = dir.join(format!(
            "{uidvalidity}-{uid}-{}.eml",
            &hex::encode(Sha256::digest(raw))[..12]
        ));
        let mut f = std::fs::OpenOptions::new()
            .create(true)
            .truncate(true)
            .write(true)
            .mode(0o600)
            .open(&path)
            .map_err(err)?;
        f.write_all(raw).and_then(|_| f.sync_all()).map_err(err)?;
        Ok(path)
    }
}

/// Says, at the top of what a new object shows, which request the mail claims to be about.
fn claim_note(target: &mut Target, id: &str) {
    let note = format!(
        "NOTE: this mail claims to be about request {id}, but its sender is not that request's data subject. It was recorded as new mail; check the sender's identity before disclosing anything."
    );
    match target {
        Target::DataSubjectRequest { message, .. } => {
            *message = format!("{note}\n\n{message}");
        }
        Target::Task {
            description_html, ..
        }
        | Target::DataBreach {
            description_html, ..
        } => {
            *description_html = format!(
                "<p><strong>{}</strong></p>{description_html}",
                super::decide::plan::html_escape(&note)
            );
        }
        Target::FollowUp { .. } => {}
    }
}

/// History lines for what the sink did in this pass.
fn record_sink_steps(steps: &mut Vec<String>, was: &State, entry: &Entry, uploads_before: usize) {
    if matches!(was, State::Seen | State::Creating)
        && entry.state != State::Seen
        && entry.state != State::Creating
        && let Some(id) = &entry.object_id
    {
        let kind = entry.kind.as_deref().unwrap_or("object");
        if kind == "follow_up" {
            steps.push(format!("added as a message to request {id}"));
        } else {
            steps.push(format!("created {kind} {id}"));
        }
    }
    let done: Vec<&String> = entry.uploads_done[uploads_before.min(entry.uploads_done.len())..]
        .iter()
        .filter(|d| !d.starts_with('?'))
        .collect();
    if !done.is_empty() {
        let refused = done.iter().filter(|d| d.starts_with('!')).count();
        steps.push(format!(
            "uploaded {} file(s){}",
            done.len() - refused,
            if refused > 0 {
                format!(", {refused} refused by Dastra")
            } else {
                String::new()
            }
        ));
    }
}

fn sanitize_component(s: &str) -> String {
    s.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '_'
            }
        })
        .collect()
}

/// One message through the pipeline as a mailbox source would hand it in (arrival now, no
/// status, not cancellable): for tests and tools.
pub async fn handle_raw(
    p: &Pipeline,
    mb: &MailboxSettings,
    raw: &bytes::Bytes,
    uidvalidity: u32,
    uid: u32,
) -> Result<Verdict, ProcessError> {
    let msg = Incoming {
        mailbox: mb,
        raw,
        uidvalidity,
        uid,
        arrival: Utc::now(),
        operator: false,
    };
    p.handle_raw(msg, None, &CancellationToken::new()).await
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A panic while reading a message (a bug, hostile input) fails that one message: the
    /// ledger says so with the reason, a raw copy is kept, and nothing is created.
    #[tokio::test]
    async fn a_crash_while_reading_fails_only_that_message() {
        let dir = tempfile::tempdir().unwrap();
        let key = dir.path().join("k");
        std::fs::write(&key, "x").unwrap();
        let text = format!(
            "[dastra]\nbase_url = \"http://127.0.0.1:9\"\napi_key = \"file:{}\"\nworkspace_id = 1\narea_id = 1\n\n[state]\ndir = \"{}\"\n\n[[mailbox]]\nname = \"collect\"\nhost = \"imap.example.org\"\nusername = \"c@example.org\"\npassword = \"env:UNUSED\"\n",
            key.display(),
            dir.path().join("state").display()
        );
        let (settings, _) = crate::config::load_str(&text, &dir.path().join("c.toml")).unwrap();
        std::fs::create_dir_all(&settings.state_dir).unwrap();
        let settings = Arc::new(settings);
        let p = crate::app::pipeline(settings.clone()).unwrap();
        let mb = settings.mailboxes[0].clone();
        let raw = bytes::Bytes::from_static(b"From: a@example.com\r\nSubject: x\r\n\r\nhello\r\n");
        let incoming = |uid| Incoming {
            mailbox: &mb,
            raw: &raw,
            uidvalidity: 7,
            uid,
            arrival: Utc::now(),
            operator: false,
        };
        let cancel = CancellationToken::new();
        let crashed = tokio::task::spawn_blocking(|| -> Understanding {
            panic!("understanding crashed (test)")
        })
        .await;
        assert!(crashed.is_err());
        let out = p
            .handle(incoming(42), crashed, None, &cancel)
            .await
            .unwrap();
        assert_eq!(out, Verdict::Finished(Outcome::Failed));
        let key = dedupe_key(&p.ledger, &mb.name, None, &identity_hash(&raw)).unwrap();
        let entry = p.ledger.get(&mb.name, &key).unwrap().unwrap();
        assert_eq!(
            entry.state,
            State::Done {
                outcome: Outcome::Failed
            }
        );
        assert!(
            entry.reason.as_deref().unwrap().contains("crashed"),
            "{:?}",
            entry.reason
        );
        assert_eq!(p.ledger.attention().unwrap().len(), 1, "needs attention");
        let copies: Vec<_> = std::fs::read_dir(p.raw_dir.join("collect"))
            .unwrap()
            .collect();
        assert_eq!(copies.len(), 1);
        // Seen again (after a restart), it is recognised as done, not read again.
        let again = p
            .handle(
                incoming(42),
                tokio::task::spawn_blocking(|| -> Understanding { panic!("again (test)") }).await,
                None,
                &cancel,
            )
            .await
            .unwrap();
        assert_eq!(again, Verdict::Finished(Outcome::Failed));
    }

    #[test]
    fn the_budget_doubles_up_to_its_cap() {
        let b = Budget::default();
        let d: Vec<u64> = (1..=8).map(|n| b.delay(n).as_secs()).collect();
        assert_eq!(d, vec![10, 20, 40, 80, 160, 320, 640, 1280]);
        assert_eq!(b.delay(30).as_secs(), 3600);
    }
}
