//! One typed event per outcome. [`MailHandled::emit`] writes the log line, the counter, the
//! journal record (with the message's history) and the mailbox status — once, in one place.

use std::sync::Arc;

use chrono::{DateTime, Utc};

use super::status::{SharedStatus, update};
use crate::journal::{self as jr, Journal};
use crate::redact::Addr;

/// Where a message stands after a pass.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Handled {
    /// A new Dastra object.
    Created,
    /// A message added to an existing request.
    FollowUp,
    /// Deliberately not turned into anything (guards, rules).
    Ignored { reason: String },
    /// Parked in the failed folder with its reason: an operator must look (`mail retry`).
    Failed { reason: String },
    /// A temporary failure: tried again at `next_try`.
    Retrying { reason: String, next_try: i64 },
    /// Held back (sender over its hourly limit): taken at `next_try`.
    Waiting { reason: String, next_try: i64 },
}

impl Handled {
    pub fn label(&self) -> &'static str {
        match self {
            Handled::Created => "processed",
            Handled::FollowUp => "processed",
            Handled::Ignored { .. } => "ignored",
            Handled::Failed { .. } => "failed",
            Handled::Retrying { .. } => "retrying",
            Handled::Waiting { .. } => "waiting",
        }
    }
}

/// The event.
#[derive(Debug, Clone)]
pub struct MailHandled {
    pub mailbox: String,
    /// The dedupe key (never logged: it can carry a Message-ID).
    pub key: String,
    pub uid: u32,
    pub from: Option<String>,
    /// `request`, `task`, `incident` or `follow_up`.
    pub kind: Option<String>,
    pub outcome: Handled,
    pub object_id: Option<String>,
    pub workspace: Option<i64>,
    /// When the mail was received (the legal clocks' start).
    pub received: Option<DateTime<Utc>>,
    /// What happened during this pass, in order (for the history).
    pub steps: Vec<String>,
    /// The receiving server's SPF/DKIM/DMARC verdicts, summarised.
    pub sender_checks: Option<String>,
    /// The acknowledgement's queue id, when one was queued.
    pub ack_queue_id: Option<String>,
    /// Temporary failures so far.
    pub failures: u32,
    /// A first-time outcome (false when a finished message was only moved on again).
    pub fresh: bool,
}

/// Where events go.
#[derive(Clone, Default)]
pub struct Emitter {
    pub journal: Option<Arc<Journal>>,
    pub link_template: String,
}

impl MailHandled {
    pub fn emit(&self, to: &Emitter, status: Option<&SharedStatus>) {
        self.log();
        if self.fresh
            || matches!(
                self.outcome,
                Handled::Retrying { .. } | Handled::Waiting { .. }
            )
        {
            crate::metrics::inc(
                "mailgate_mail_total",
                &[
                    ("mailbox", &self.mailbox),
                    ("outcome", self.outcome.label()),
                    ("kind", self.kind.as_deref().unwrap_or("none")),
                ],
            );
        }
        self.journal(to);
        if let Some(s) = status {
            let now = Utc::now().timestamp();
            update(s, |s| match &self.outcome {
                Handled::Created | Handled::FollowUp => {
                    s.processed += 1;
                    if self.kind.as_deref() == Some("incident") {
                        let received = self.received.map_or(now, |r| r.timestamp());
                        s.recent_incidents.push((
                            now,
                            self.object_id.clone().unwrap_or_default(),
                            received + 72 * 3600,
                        ));
                    }
                }
                Handled::Ignored { .. } => s.ignored += 1,
                Handled::Failed { .. } => {
                    s.failed += 1;
                    if self.fresh {
                        s.needs_attention += 1;
                    }
                }
                Handled::Retrying { .. } | Handled::Waiting { .. } => s.retries += 1,
            });
        }
    }

    fn log(&self) {
        let mb = &self.mailbox;
        let uid = self.uid;
        let kind = self.kind.as_deref().unwrap_or("?");
        let from = Addr(self.from.as_deref().unwrap_or(""));
        match &self.outcome {
            Handled::Created | Handled::FollowUp => {
                let id = self.object_id.as_deref().unwrap_or("?");
                if kind == "incident" {
                    tracing::error!(mailbox = %mb, uid, kind, id, from = %from, "ALERT: incident received; the 72-hour notification clock (Art. 33) is running.");
                } else {
                    tracing::info!(mailbox = %mb, uid, kind, id, from = %from, "Message processed.");
                }
            }
            Handled::Ignored { reason } if self.fresh => {
                tracing::info!(mailbox = %mb, uid, reason = %reason, "Ignored.");
            }
            Handled::Failed { reason } if self.fresh => {
                tracing::error!(mailbox = %mb, uid, kind, from = %from, reason = %reason, "ALERT: message could not be recorded; parked in the failed folder (see `dastra-mailgate mail list`, then `mail retry`).");
            }
            Handled::Ignored { .. } | Handled::Failed { .. } => {
                tracing::debug!(mailbox = %mb, uid, "Already handled; moving it on.");
            }
            Handled::Retrying { reason, next_try } => {
                tracing::warn!(mailbox = %mb, uid, failures = self.failures, reason = %reason, next_try = %fmt_time(*next_try), "Temporary failure; this message is tried again later, the others go on.");
            }
            Handled::Waiting { reason, next_try } => {
                tracing::warn!(mailbox = %mb, uid, from = %from, reason = %reason, next_try = %fmt_time(*next_try), "Message held back; it waits in the inbox.");
            }
        }
    }

    fn journal(&self, to: &Emitter) {
        let Some(j) = &to.journal else { return };
        if !self.fresh && self.steps.is_empty() {
            return;
        }
        let now = Utc::now();
        let jkey = format!("{}\0{}", self.mailbox, self.key);
        let written = j.record(jr::Flow::Mail, &jkey, now, |r| {
            r.mailbox = Some(self.mailbox.clone());
            if r.from.is_none() {
                r.from = self
                    .from
                    .as_deref()
                    .filter(|a| !a.is_empty())
                    .map(|a| j.addr(a));
            }
            if let Some(rcv) = self.received {
                r.received = Some(rcv);
            }
            if let Some(c) = &self.sender_checks {
                r.sender_checks = Some(c.clone());
            }
            r.reason = None;
            r.next_try = None;
            r.attempts = self.failures;
            for s in &self.steps {
                r.push_event(now, j.text(s));
            }
            if let Some(q) = &self.ack_queue_id {
                r.ack_spool_id = Some(q.clone());
            }
            match &self.outcome {
                Handled::Created | Handled::FollowUp => {
                    r.outcome = if self.outcome == Handled::FollowUp {
                        jr::Outcome::FollowUp
                    } else {
                        jr::Outcome::Created
                    };
                    let kind = match self.kind.as_deref() {
                        Some("follow_up") | None => "request",
                        Some(k) => k,
                    };
                    r.object_kind = Some(kind.to_string());
                    r.object_id = self.object_id.clone();
                    r.workspace = self.workspace.or(r.workspace);
                    r.link = self.object_id.as_deref().and_then(|id| {
                        jr::dastra_link(&to.link_template, self.workspace, kind, id)
                    });
                }
                Handled::Ignored { reason } => {
                    r.outcome = jr::Outcome::Ignored;
                    r.reason = Some(j.text(reason));
                }
                Handled::Failed { reason } => {
                    r.outcome = jr::Outcome::Failed;
                    r.reason = Some(j.text(reason));
                }
                Handled::Retrying { reason, next_try } | Handled::Waiting { reason, next_try } => {
                    r.outcome = jr::Outcome::Retrying;
                    r.reason = Some(j.text(reason));
                    r.next_try = DateTime::from_timestamp(*next_try, 0);
                }
            }
        });
        jr::note(written);
    }
}

fn fmt_time(t: i64) -> String {
    DateTime::from_timestamp(t, 0)
        .map(|d| d.format("%Y-%m-%d %H:%M:%S UTC").to_string())
        .unwrap_or_default()
}
