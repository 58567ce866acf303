//! The decide step: from a message's bytes and what we already know about it (the ledger)
//! to what should happen — nothing (already done), ignore it, park it as failed, wait (the
//! sender is over its hourly limit), or a plan for Dastra. No IMAP, no Dastra call here;
//! the only state read is the ledger (dedupe, threads) and the per-sender counts.

pub mod dedupe;
pub mod limit;
pub mod plan;
pub mod route;

use bytes::Bytes;

pub use dedupe::{dedupe_key, identity_hash};
pub use limit::SenderLimit;

use super::ledger::{Entry, Ledger, LedgerError, Outcome, State};
use crate::config::MailboxSettings;
use crate::understand::Understanding;
use plan::{CreatePlan, Plan, PlanContext, Target};

/// What to do with one message.
#[derive(Debug)]
pub enum Decision {
    /// The ledger says this message is finished: only move it to its folder.
    AlreadyDone(Outcome),
    /// Deliberately not turned into anything (guards, rules), with the reason.
    Ignore { reason: String },
    /// Cannot become anything (unreadable, refused by policy): park it with the reason.
    Fail { reason: String },
    /// Over the per-sender hourly limit: leave it where it is until `until` (unix seconds).
    Wait { until: i64, reason: String },
    /// Send this to Dastra.
    Create(Box<CreatePlan>),
}

/// Everything the decide step needs.
pub struct DecideContext<'a> {
    pub plan: &'a PlanContext,
    pub ledger: &'a Ledger,
    pub limit: &'a SenderLimit,
    pub mailbox: &'a MailboxSettings,
}

/// Decides a message's fate. `entry` is its ledger record (new or resumed); a resumed
/// message (anything past `Seen`) is never held back by the sender limit: it already counted.
pub fn decide(
    cx: &DecideContext<'_>,
    u: &Understanding,
    raw: &Bytes,
    entry: &Entry,
    use_subject_tag: bool,
    now: i64,
) -> Result<Decision, LedgerError> {
    if let State::Done { outcome } = entry.state {
        return Ok(Decision::AlreadyDone(outcome));
    }
    let planned = plan::plan(
        cx.plan,
        cx.ledger,
        cx.mailbox,
        u,
        raw,
        &entry.key,
        use_subject_tag,
    );
    Ok(match planned {
        Plan::Ignore { reason } => Decision::Ignore { reason },
        Plan::Fail { reason } => Decision::Fail { reason },
        Plan::Create(create) => {
            // Follow-ups to an existing request are never limited: a data subject answering
            // our questions must always get through. New objects from one sender are.
            let new_object = !matches!(create.target, Target::FollowUp { .. });
            if new_object
                && entry.state == State::Seen
                && let Some(sender) = u.sender.as_deref()
                && let Some(until) = cx.limit.check(cx.ledger, sender, &entry.key, now)?
            {
                return Ok(Decision::Wait {
                    until,
                    reason: format!(
                        "sender rate limit: more than {} new messages in an hour from this sender; it waits in the inbox and is taken at the next free slot",
                        cx.limit.max_per_hour()
                    ),
                });
            }
            Decision::Create(create)
        }
    })
}

/// Loads the ledger record of a message (or a new one at this position).
pub fn entry_for(
    ledger: &Ledger,
    mailbox: &str,
    key: &str,
    uidvalidity: u32,
    uid: u32,
    identity: &str,
) -> Result<Entry, LedgerError> {
    Ok(ledger
        .get(mailbox, key)?
        .unwrap_or_else(|| Entry::new(mailbox, key, uidvalidity, uid, identity)))
}
