//! Operator actions on single messages (`mail retry`, `mail forget`) and the requests other
//! processes leave in the hand-off directory, carried out by whoever holds the ledger.

use std::collections::HashMap;
use std::sync::Arc;
use std::time::Duration;

use tokio_util::sync::CancellationToken;

use super::ledger::{Entry, Outcome, State};
use super::pipeline::{Incoming, Pipeline, Verdict};
use super::source::handoff::{Handoff, Reply, Request};
use crate::exit;
use crate::journal::Flow;

/// Finds the ledger entry behind a journal record id.
pub fn entry_of_record(p: &Pipeline, record: u64) -> Result<Option<Entry>, String> {
    let Some(j) = &p.events.journal else {
        return Err(
            "the journal is disabled ([ops.journal] enabled = false): messages have no record ids"
                .into(),
        );
    };
    // The journal stores keys hashed: hash the entries of the record's mailbox until one
    // matches.
    let Some(mailbox) = j
        .get(record)
        .map_err(|e| crate::exit::chain(&e))?
        .filter(|r| r.flow == Flow::Mail)
        .and_then(|r| r.mailbox)
    else {
        return Ok(None);
    };
    let entries = p.ledger.entries().map_err(|e| crate::exit::chain(&e))?;
    for e in entries.into_iter().filter(|e| e.mailbox == mailbox) {
        let jkey = format!("{}\0{}", e.mailbox, e.key);
        if j.id_of(Flow::Mail, &jkey)
            .map_err(|e| crate::exit::chain(&e))?
            == Some(record)
        {
            return Ok(Some(e));
        }
    }
    Ok(None)
}

fn note(p: &Pipeline, entry: &Entry, what: &str) {
    if let Some(j) = &p.events.journal {
        let jkey = format!("{}\0{}", entry.mailbox, entry.key);
        let now = chrono::Utc::now();
        crate::journal::note(j.record(Flow::Mail, &jkey, now, |r| {
            r.push_event(now, what.to_string());
        }));
    }
}

/// `mail retry`: a failed or ignored message is tried again (an ignored one past the guards).
/// The mailbox task brings it back from the failed/ignored folder to the inbox; a message
/// that came on stdin is taken from its raw copy.
pub fn retry(p: &Pipeline, record: u64) -> Reply {
    let mut entry = match entry_of_record(p, record) {
        Ok(Some(e)) => e,
        Ok(None) => {
            return Reply {
                code: exit::DATAERR,
                message: format!(
                    "no message with record id {record} in the ledger (see `dastra-mailgate mail list`)"
                ),
            };
        }
        Err(e) => {
            return Reply {
                code: exit::UNAVAILABLE,
                message: e,
            };
        }
    };
    let outcome = match entry.state {
        State::Done { outcome } => outcome,
        _ => {
            return Reply {
                code: exit::OK,
                message: format!(
                    "record {record} is still in progress; it is tried again by itself"
                ),
            };
        }
    };
    if outcome == Outcome::Processed {
        return Reply {
            code: exit::DATAERR,
            message: format!(
                "record {record} was recorded in Dastra already ({} {}); retrying it would create a duplicate",
                entry.kind.as_deref().unwrap_or("object"),
                entry.object_id.as_deref().unwrap_or("?")
            ),
        };
    }
    entry.retry_requested = true;
    entry.forced = outcome == Outcome::Ignored;
    if let Err(e) = p.ledger.request_retry(&entry) {
        return Reply {
            code: exit::TEMPFAIL,
            message: crate::exit::chain(&e),
        };
    }
    note(p, &entry, "retry requested by an operator");
    tracing::info!(mailbox = %entry.mailbox, record, "Retry requested by an operator.");
    Reply {
        code: exit::OK,
        message: format!(
            "record {record}: retry requested; the message is brought back to the inbox of mailbox `{}` and processed{}",
            entry.mailbox,
            if outcome == Outcome::Ignored {
                " past the guards"
            } else {
                ""
            }
        ),
    }
}

/// `mail forget`: the message no longer counts as needing attention (it stays where it is).
pub fn forget(p: &Pipeline, record: u64) -> Reply {
    match entry_of_record(p, record) {
        Ok(Some(e)) => {
            if let Err(err) = p.ledger.clear_attention(&e.mailbox, &e.key) {
                return Reply {
                    code: exit::TEMPFAIL,
                    message: crate::exit::chain(&err),
                };
            }
            note(
                p,
                &e,
                "forgotten by an operator (no longer needs attention)",
            );
            Reply {
                code: exit::OK,
                message: format!("record {record} no longer needs attention"),
            }
        }
        Ok(None) => Reply {
            code: exit::DATAERR,
            message: format!("no message with record id {record} in the ledger"),
        },
        Err(e) => Reply {
            code: exit::UNAVAILABLE,
            message: e,
        },
    }
}

/// Wakes mailbox tasks (all when `None`) for a sweep now.
pub type Waker = Arc<dyn Fn(Option<&str>) + Send + Sync>;

/// Carries out hand-off requests; pipe messages that must wait are kept and tried later.
pub struct Control {
    pub pipeline: Arc<Pipeline>,
    pub handoff: Handoff,
    pub wake: Option<Waker>,
    /// Pipe requests waiting for a later try → when (Unix time). Already answered (the
    /// asking MTA was told the daemon holds it) once listed here.
    later: std::sync::Mutex<HashMap<String, i64>>,
}

/// How often answers nobody collected are looked for.
const PURGE_EVERY: Duration = Duration::from_secs(3600);

impl Control {
    pub fn new(pipeline: Arc<Pipeline>, handoff: Handoff, wake: Option<Waker>) -> Self {
        Self {
            pipeline,
            handoff,
            wake,
            later: std::sync::Mutex::new(HashMap::new()),
        }
    }

    /// Carries out every request waiting now; returns how many were answered.
    pub async fn run_pending(&self, cancel: &CancellationToken) -> usize {
        let pending = match self.handoff.pending() {
            Ok(p) => p,
            Err(e) => {
                tracing::warn!(error = %e, "Cannot read the hand-off directory.");
                return 0;
            }
        };
        let now = chrono::Utc::now().timestamp();
        let mut answered = 0;
        for (id, req) in pending {
            if cancel.is_cancelled() {
                break;
            }
            if self
                .later
                .lock()
                .ok()
                .and_then(|l| l.get(&id).copied())
                .is_some_and(|t| t > now)
            {
                continue;
            }
            let reply = match req {
                Request::Pipe { mailbox } => match self.pipe(&id, &mailbox, cancel).await {
                    Some(r) => r,
                    None => continue,
                },
                Request::Retry { record } => {
                    let r = retry(&self.pipeline, record);
                    if let Some(w) = &self.wake {
                        w(None);
                    }
                    r
                }
                Request::Forget { record } => forget(&self.pipeline, record),
                Request::Sweep { mailbox } => {
                    if let Some(w) = &self.wake {
                        w(mailbox.as_deref());
                    }
                    Reply {
                        code: exit::OK,
                        message:
                            "the running daemon ingests these mailboxes itself; it sweeps them now"
                                .into(),
                    }
                }
            };
            match self.handoff.reply(&id, &reply) {
                Ok(()) => {
                    answered += 1;
                    if let Ok(mut l) = self.later.lock() {
                        l.remove(&id);
                    }
                }
                Err(e) => tracing::warn!(error = %e, "Cannot answer a hand-off request."),
            }
        }
        answered
    }

    /// A message handed in on stdin by another process. `None`: keep it for later.
    async fn pipe(&self, id: &str, mailbox: &str, cancel: &CancellationToken) -> Option<Reply> {
        let p = &self.pipeline;
        let Some(mb) = p.settings.mailboxes.iter().find(|m| m.name == mailbox) else {
            return Some(Reply {
                code: exit::USAGE,
                message: format!("no [[mailbox]] named \"{mailbox}\""),
            });
        };
        let raw = match self.handoff.body(id) {
            Ok(b) => bytes::Bytes::from(b),
            Err(e) => {
                return Some(Reply {
                    code: exit::DATAERR,
                    message: format!("hand-off body unreadable: {e}"),
                });
            }
        };
        let msg = Incoming::handed_in(mb, &raw);
        match p.handle_raw(msg, None, cancel).await {
            Ok(Verdict::Finished(Outcome::Failed)) => Some(Reply {
                code: exit::DATAERR,
                message: "message refused permanently; a raw copy is kept (see `dastra-mailgate mail list`)".into(),
            }),
            Ok(Verdict::Finished(_)) => Some(Reply { code: exit::OK, message: "done".into() }),
            Ok(Verdict::Later { at, .. }) => {
                let first = self
                    .later
                    .lock()
                    .map(|mut l| l.insert(id.to_string(), at).is_none())
                    .unwrap_or(false);
                if first {
                    // The asker (an MTA waiting on pipe mode) can let go now: the message is
                    // on disk here and the daemon retries it like inbox mail.
                    let held = Reply {
                        code: exit::OK,
                        message: "the running daemon holds the message and retries it (Dastra is unavailable for now; see `dastra-mailgate mail list`)".into(),
                    };
                    if let Err(e) = self.handoff.answer(id, &held) {
                        tracing::warn!(error = %e, "Cannot answer a hand-off request.");
                    }
                }
                None
            }
            Err(e) => {
                tracing::warn!(error = %crate::exit::chain(&e), "Hand-off message not processed; tried again later.");
                if let Ok(mut l) = self.later.lock() {
                    l.insert(id.to_string(), chrono::Utc::now().timestamp() + 30);
                }
                None
            }
        }
    }

    /// The daemon's loop: every second until cancelled.
    pub async fn run(self: Arc<Self>, cancel: CancellationToken) {
        let mut purged = tokio::time::Instant::now();
        self.handoff.purge_replies();
        loop {
            self.run_pending(&cancel).await;
            if purged.elapsed() >= PURGE_EVERY {
                self.handoff.purge_replies();
                purged = tokio::time::Instant::now();
            }
            tokio::select! {
                _ = tokio::time::sleep(Duration::from_secs(1)) => {}
                _ = cancel.cancelled() => return,
            }
        }
    }
}
