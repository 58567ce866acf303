//! The delivery scheduler: keeps every pending spool entry ordered by due time, claims due
//! ones with a lease, delivers them (at most `max_connections` at once, paced), and writes
//! each recipient's outcome back.
//!
//! Sources of work: the spool at start (after recovery), new entries from the listener
//! (a channel), the due times of deferred entries, and a rescan whenever `queue` kicks the
//! spool. On shutdown it stops claiming and lets deliveries in flight finish.

use std::collections::{BTreeSet, HashMap, HashSet};
use std::sync::Arc;
use std::time::{Duration, Instant};

use chrono::{DateTime, Utc};
use tokio::sync::mpsc;
use tokio::task::JoinSet;
use tokio_util::sync::CancellationToken;

use super::pacing::Pacer;
use super::{Class, DeliveryError, Transport};
use crate::journal::{self as jr, Journal};
use crate::relay::spool::{Entry, LEASE, RetryPolicy, Spool, Status, Update};

/// How often the spool's kick marker is checked (for `queue retry|flush|delete`).
const KICK_POLL: Duration = Duration::from_millis(500);

pub struct Scheduler {
    pub spool: Spool,
    pub transport: Arc<dyn Transport>,
    pub policy: RetryPolicy,
    pub pacer: Pacer,
    /// Lease owner name of this process.
    pub owner: String,
    /// Journal and retention choices for each delivery.
    pub record: Recording,
    /// At most this many recipients per transaction (0: all due recipients at once); the
    /// others stay due and go in the next transactions, each paced as a message.
    pub recipients_per_message: usize,
}

/// What a delivery leaves behind besides the spool entry.
#[derive(Clone, Default)]
pub struct Recording {
    /// Where each attempt is recorded (recipients masked, provider reply, attempts).
    pub journal: Option<Arc<Journal>>,
    /// Keep fully delivered entries in the spool (purged after
    /// `retention.delivered_spool_days`) instead of removing them at once.
    pub keep_delivered: bool,
}

/// What one delivery task reports back.
struct Done {
    id: String,
    next_due: Option<DateTime<Utc>>,
}

impl Scheduler {
    pub fn new(
        spool: Spool,
        transport: Arc<dyn Transport>,
        policy: RetryPolicy,
        pacer: Pacer,
    ) -> Self {
        let owner = format!("{}:{:08x}", std::process::id(), rand::random::<u32>());
        Scheduler {
            spool,
            transport,
            policy,
            pacer,
            owner,
            record: Recording::default(),
            recipients_per_message: 0,
        }
    }

    /// Runs until `cancel` fires and the deliveries in flight are done.
    pub async fn run(mut self, mut new: mpsc::UnboundedReceiver<Entry>, cancel: CancellationToken) {
        let mut in_flight: HashSet<String> = HashSet::new();
        let mut tasks: JoinSet<Done> = JoinSet::new();
        let max = self.transport.max_connections();
        let mut kick = self.spool.kick_marker();
        let mut paced_until: Option<Instant> = None;
        let mut last_kick_check = Instant::now();

        let schedule = |due: &mut BTreeSet<(DateTime<Utc>, String)>,
                        when: &mut HashMap<String, DateTime<Utc>>,
                        id: String,
                        at: Option<DateTime<Utc>>| {
            if let Some(old) = when.remove(&id) {
                due.remove(&(old, id.clone()));
            }
            if let Some(at) = at {
                when.insert(id.clone(), at);
                due.insert((at, id));
            }
        };

        let rescan = |due: &mut BTreeSet<(DateTime<Utc>, String)>,
                      when: &mut HashMap<String, DateTime<Utc>>,
                      in_flight: &HashSet<String>,
                      spool: &Spool| {
            let spool = spool.clone();
            let entries = match spool.list() {
                Ok(e) => e,
                Err(e) => {
                    tracing::error!(error = %e, "Relay: cannot read the spool.");
                    return;
                }
            };
            due.clear();
            when.clear();
            for e in entries {
                if in_flight.contains(&e.id) {
                    continue;
                }
                if let Some(at) = e.next_due() {
                    when.insert(e.id.clone(), at);
                    due.insert((at, e.id));
                }
            }
        };

        let (mut due, mut when) = {
            let spool = self.spool.clone();
            tokio::task::spawn_blocking(move || {
                let mut d = BTreeSet::new();
                let mut w = HashMap::new();
                rescan(&mut d, &mut w, &HashSet::new(), &spool);
                (d, w)
            })
            .await
            .unwrap_or_default()
        };
        tracing::info!(pending = due.len(), transport = %crate::redact::Quoted(&self.transport.describe()), "Relay delivery scheduler started.");

        loop {
            let now = Utc::now();
            // Start every due delivery we have room for.
            while !cancel.is_cancelled() && tasks.len() < max {
                if paced_until.is_some_and(|t| t > Instant::now()) {
                    break;
                }
                let Some((at, id)) = due.first().cloned() else {
                    break;
                };
                if at > now {
                    break;
                }
                due.pop_first();
                when.remove(&id);
                if in_flight.contains(&id) {
                    continue;
                }
                let spool = self.spool.clone();
                let id2 = id.clone();
                let loaded = tokio::task::spawn_blocking(move || spool.load(&id2))
                    .await
                    .ok()
                    .and_then(|r| r.ok())
                    .flatten();
                let Some(entry) = loaded else { continue };
                let mut rcpts = entry.due_recipients(now).len();
                if self.recipients_per_message > 0 {
                    rcpts = rcpts.min(self.recipients_per_message);
                }
                let rcpts = rcpts as u32;
                if rcpts == 0 {
                    schedule(&mut due, &mut when, id, entry.next_due());
                    continue;
                }
                if let Err(wait) = self.pacer.try_acquire(rcpts, Instant::now()) {
                    tracing::info!(
                        wait_secs = wait.as_secs(),
                        "Relay: pacing limit reached; waiting."
                    );
                    paced_until = Some(Instant::now() + wait);
                    schedule(&mut due, &mut when, id, Some(at));
                    break;
                }
                paced_until = None;
                in_flight.insert(id.clone());
                let (spool, transport, policy, owner, record) = (
                    self.spool.clone(),
                    self.transport.clone(),
                    self.policy.clone(),
                    self.owner.clone(),
                    self.record.clone(),
                );
                let batch = self.recipients_per_message;
                tasks.spawn(async move {
                    let next_due = deliver_recorded(
                        &spool,
                        transport.as_ref(),
                        &policy,
                        &owner,
                        &id,
                        &record,
                        batch,
                    )
                    .await;
                    Done { id, next_due }
                });
            }
            if cancel.is_cancelled() && tasks.is_empty() {
                break;
            }
            // With every connection busy, the next due entry waits for a delivery to finish
            // (`join_next`), not for its due time: waking for a due time in the past would
            // spin this loop (a zero sleep) until a slot frees up.
            let next = due.first().map(|(at, _)| *at).filter(|_| tasks.len() < max);
            let mut sleep_for = next
                .map(|at| (at - Utc::now()).to_std().unwrap_or(Duration::ZERO))
                .unwrap_or(KICK_POLL)
                .min(KICK_POLL);
            if let Some(p) = paced_until {
                sleep_for =
                    sleep_for.max(p.saturating_duration_since(Instant::now()).min(KICK_POLL));
            }
            tokio::select! {
                _ = cancel.cancelled(), if !cancel.is_cancelled() => {
                    tracing::info!(in_flight = tasks.len(), "Relay scheduler: stopping; finishing deliveries in flight.");
                }
                Some(e) = new.recv(), if !cancel.is_cancelled() => {
                    let at = e.next_due();
                    schedule(&mut due, &mut when, e.id, at);
                }
                Some(done) = tasks.join_next(), if !tasks.is_empty() => {
                    if let Ok(done) = done {
                        in_flight.remove(&done.id);
                        schedule(&mut due, &mut when, done.id, done.next_due);
                    }
                }
                _ = tokio::time::sleep(sleep_for) => {
                    if last_kick_check.elapsed() < KICK_POLL {
                        continue;
                    }
                    last_kick_check = Instant::now();
                    let marker = self.spool.kick_marker();
                    if marker != kick {
                        kick = marker;
                        paced_until = None;
                        let spool = self.spool.clone();
                        let flying = in_flight.clone();
                        if let Ok((d, w)) = tokio::task::spawn_blocking(move || {
                            let mut d = BTreeSet::new();
                            let mut w = HashMap::new();
                            rescan(&mut d, &mut w, &flying, &spool);
                            (d, w)
                        }).await {
                            due = d;
                            when = w;
                        }
                    }
                }
            }
        }
        tracing::info!("Relay scheduler stopped.");
    }
}

/// Claims, sends and records one entry. Returns when it is next due (`None`: finished).
pub async fn deliver(
    spool: &Spool,
    transport: &dyn Transport,
    policy: &RetryPolicy,
    owner: &str,
    id: &str,
) -> Option<DateTime<Utc>> {
    deliver_recorded(
        spool,
        transport,
        policy,
        owner,
        id,
        &Recording::default(),
        0,
    )
    .await
}

/// [`deliver`], recording the attempt in the journal and keeping delivered entries when
/// `record` says so, with at most `batch` recipients in this transaction (0: all due).
pub async fn deliver_recorded(
    spool: &Spool,
    transport: &dyn Transport,
    policy: &RetryPolicy,
    owner: &str,
    id: &str,
    record: &Recording,
    batch: usize,
) -> Option<DateTime<Utc>> {
    let now = Utc::now();
    let until = now + chrono::Duration::from_std(LEASE).unwrap_or_default();
    // The claim is in memory ([`Spool::claim`]): only the daemon holding `daemon.lock`
    // delivers, and a crash loses every claim at once (the next start delivers every
    // pending recipient again: at least once). So claiming costs a read, not a durable
    // write; a live lease that another owner wrote into the entry is still respected.
    let claimed = spool.claim(id);
    let claim = {
        let spool = spool.clone();
        let (id, owner) = (id.to_string(), owner.to_string());
        let free = claimed.is_some();
        tokio::task::spawn_blocking(move || {
            let mut due = Vec::new();
            let entry = spool.load(&id).map(|e| {
                e.inspect(|e| {
                    let foreign =
                        e.lease_active(now) && e.lease.as_ref().is_some_and(|l| l.owner != owner);
                    if free && !foreign {
                        due = e.due_recipients(now);
                        if batch > 0 {
                            due.truncate(batch);
                        }
                    }
                })
            });
            let message = if due.is_empty() {
                None
            } else {
                spool.message(&id).ok()
            };
            (entry, due, message)
        })
        .await
    };
    let (entry, due, message) = match claim {
        Ok((Ok(Some(e)), due, message)) => (e, due, message),
        Ok((Ok(None), _, _)) => return None,
        Ok((Err(e), _, _)) => {
            tracing::error!(%id, error = %e, "Relay: cannot claim a spool entry; retrying in a minute.");
            return Some(now + chrono::Duration::seconds(60));
        }
        Err(_) => return Some(now + chrono::Duration::seconds(60)),
    };
    if due.is_empty() {
        return entry.next_due();
    }
    let result = match &message {
        Some(m) => transport.send(&entry.env_from, &due, m).await,
        None => Err(DeliveryError::permanent(
            "the spooled message file is missing",
        )),
    };
    // Counted by result in `record_result` (mailgate_deliveries_total).
    match &result {
        Ok(d) => {
            tracing::info!(%id, recipients = due.len() - d.refused.len(), refused = d.refused.len(), response = %crate::redact::Quoted(&d.response), "Relay: delivered.")
        }
        Err(e) => {
            tracing::warn!(%id, recipients = due.len(), error = %crate::redact::Quoted(&e.to_string()), "Relay: delivery failed.")
        }
    }
    let done_at = Utc::now();
    let spool2 = spool.clone();
    let (id2, policy) = (id.to_string(), policy.clone());
    let keep_delivered = record.keep_delivered;
    let reply = match &result {
        Ok(d) => d.response.clone(),
        Err(e) => e.to_string(),
    };
    let journal = record.journal.clone();
    // The outcome and its journal record are written off the async runtime (both fsync).
    let written = tokio::task::spawn_blocking(move || {
        let mut after = None;
        let r = spool2.update(&id2, |e| {
            apply(e, &due, &result, &policy, done_at);
            after = Some(e.clone());
            if !keep_delivered
                && e.recipients
                    .iter()
                    .all(|r| matches!(r.status, Status::Delivered { .. }))
            {
                Update::Remove
            } else {
                Update::Write
            }
        });
        if let (Some(j), Some(e), Ok(_)) = (&journal, &after, &r) {
            journal_attempt(j, e, &reply, done_at);
        }
        r
    })
    .await;
    match written {
        Ok(Ok(Some(e))) => e.next_due(),
        Ok(Ok(None)) => None,
        Ok(Err(e)) => {
            // The outcome is not recorded: the lease expires and the entry is tried again
            // (at least once).
            tracing::error!(%id, error = %e, "Relay: cannot record a delivery outcome.");
            Some(until)
        }
        Err(_) => Some(until),
    }
}

/// Records an entry's state after an attempt: recipients (masked), the provider's reply,
/// attempts, and when it is tried again.
pub fn journal_attempt(j: &Journal, e: &Entry, reply: &str, now: DateTime<Utc>) {
    let delivered = e
        .recipients
        .iter()
        .filter(|r| matches!(r.status, Status::Delivered { .. }))
        .count();
    let outcome = if delivered == e.recipients.len() {
        jr::Outcome::Delivered
    } else if e.is_pending() {
        if delivered > 0 {
            jr::Outcome::Partial
        } else {
            jr::Outcome::Retrying
        }
    } else if delivered > 0 {
        jr::Outcome::Partial
    } else {
        jr::Outcome::Failed
    };
    let created_at = e.created_at;
    let id = e.id.clone();
    let recipients: Vec<String> = e.recipients.iter().map(|x| j.addr(&x.address)).collect();
    let from = j.addr(&e.env_from);
    let reply = j.text(reply);
    let attempts = e.attempts;
    let next_try = if e.is_pending() { e.next_due() } else { None };
    let reason = e.last_error().map(|t| j.text(t));
    // Shared with the records of concurrent deliveries: one journal commit for all.
    jr::note(j.record_grouped(jr::Flow::Relay, &e.id, now, move |r| {
        r.received_at = r.received_at.min(created_at);
        r.spool_id = Some(id);
        r.outcome = outcome;
        r.recipients = recipients;
        r.from = Some(from);
        r.provider_reply = Some(reply);
        r.attempts = attempts;
        r.next_try = next_try;
        r.reason = reason;
    }));
}

/// Applies one attempt's result to the recipients it covered, and releases the lease.
pub fn apply(
    e: &mut Entry,
    attempted: &[String],
    result: &Result<super::Delivered, DeliveryError>,
    policy: &RetryPolicy,
    now: DateTime<Utc>,
) {
    e.lease = None;
    e.attempts += 1;
    let created = e.created_at;
    let id = e.id.clone();
    let class = match result {
        Ok(_) => "delivered",
        Err(err) if err.class == Class::Permanent => "failed",
        Err(_) if policy.next_try(created, 1, now).is_none() => "expired",
        Err(_) => "deferred",
    };
    crate::metrics::inc("mailgate_deliveries_total", &[("result", class)]);
    for r in e
        .recipients
        .iter_mut()
        .filter(|r| attempted.contains(&r.address))
    {
        let prev = match &r.status {
            Status::Deferred { attempts, .. } => *attempts,
            _ => 0,
        };
        // A recipient the provider refused while it took the message for the others has
        // its own outcome.
        let own = match result {
            Ok(d) => match d.refused.iter().find(|(a, _)| *a == r.address) {
                Some((_, err)) => Err(err),
                None => Ok(d),
            },
            Err(err) => Err(err),
        };
        r.status = match own {
            Ok(d) => Status::Delivered {
                at: now,
                response: d.response.clone(),
            },
            Err(err) if err.class == Class::Permanent => {
                tracing::error!(alert = true, %id, error = %crate::redact::Quoted(&err.to_string()), "Relay: message failed permanently (dead letter; see `dastra-mailgate queue show {id}`).");
                Status::Failed {
                    at: now,
                    reason: err.to_string(),
                }
            }
            Err(err) => match policy.next_try(created, prev + 1, now) {
                Some(next_try) => Status::Deferred {
                    // Never sooner than the provider asked (HTTP 429 / 503 Retry-After),
                    // and never past the maximum age.
                    next_try: match err
                        .retry_after
                        .and_then(|d| chrono::Duration::from_std(d).ok())
                    {
                        Some(wait) => {
                            let later = next_try.max(now + wait);
                            chrono::Duration::from_std(policy.max_age)
                                .ok()
                                .and_then(|a| created.checked_add_signed(a))
                                .map_or(later, |deadline| later.min(deadline))
                        }
                        None => next_try,
                    },
                    attempts: prev + 1,
                    last_error: err.to_string(),
                },
                None => {
                    tracing::error!(alert = true, %id, attempts = prev + 1, error = %crate::redact::Quoted(&err.to_string()), "Relay: message expired in the queue (maximum age reached).");
                    Status::Failed {
                        at: now,
                        reason: format!(
                            "gave up after {} attempt(s) (maximum age {} h reached); last error: {err}",
                            prev + 1,
                            policy.max_age.as_secs() / 3600
                        ),
                    }
                }
            },
        };
    }
}

#[cfg(test)]
mod tests {
    use super::super::Delivered;
    use super::*;
    use crate::oauth::BoxFuture;
    use crate::relay::spool::{Lease, NewEntry};
    use std::sync::Mutex;

    /// A transport that answers from a script and records what it was given.
    struct Scripted {
        answers: Mutex<Vec<Result<Delivered, DeliveryError>>>,
        sent: Mutex<Vec<(String, Vec<String>)>>,
    }

    impl Transport for Scripted {
        fn send<'a>(
            &'a self,
            env_from: &'a str,
            recipients: &'a [String],
            _message: &'a [u8],
        ) -> BoxFuture<'a, Result<Delivered, DeliveryError>> {
            self.sent
                .lock()
                .unwrap()
                .push((env_from.to_string(), recipients.to_vec()));
            let a = self.answers.lock().unwrap().remove(0);
            Box::pin(async move { a })
        }
        fn describe(&self) -> String {
            "scripted".into()
        }
        fn max_connections(&self) -> usize {
            1
        }
    }

    fn policy() -> RetryPolicy {
        RetryPolicy {
            schedule: vec![Duration::from_secs(60)],
            max_age: Duration::from_secs(3600),
        }
    }

    fn store(spool: &Spool) -> Entry {
        spool
            .store(
                b"Subject: t\r\n\r\nx\r\n",
                NewEntry {
                    client: "t".into(),
                    mail_from: "app@example.org".into(),
                    env_from: "privacy@example.org".into(),
                    message_id: None,
                    subject: None,
                    recipients: vec!["a@x.test".into(), "b@x.test".into()],
                },
            )
            .unwrap()
    }

    #[tokio::test]
    async fn temporary_then_delivered_then_removed() {
        let dir = tempfile::tempdir().unwrap();
        let spool = Spool::open(dir.path()).unwrap();
        let e = store(&spool);
        let t = Scripted {
            answers: Mutex::new(vec![
                Err(DeliveryError::from_reply(
                    432,
                    "4.3.2 Concurrent connections limit exceeded",
                )),
                Ok(Delivered {
                    response: "250 2.0.0 OK".into(),
                    refused: Vec::new(),
                }),
            ]),
            sent: Mutex::new(Vec::new()),
        };
        let next = deliver(&spool, &t, &policy(), "me", &e.id).await.unwrap();
        assert!(next > Utc::now() + chrono::Duration::seconds(50));
        let after = spool.load(&e.id).unwrap().unwrap();
        assert_eq!(after.state_label(), "deferred");
        assert!(after.lease.is_none());
        assert!(after.last_error().unwrap().contains("4.3.2"));
        // Not due yet: nothing is sent.
        assert_eq!(
            deliver(&spool, &t, &policy(), "me", &e.id).await,
            Some(next)
        );
        assert_eq!(t.sent.lock().unwrap().len(), 1);
        // The operator retries: due now.
        spool
            .update(&e.id, |e| {
                for r in &mut e.recipients {
                    r.status = Status::Queued;
                }
                Update::Write
            })
            .unwrap();
        assert_eq!(deliver(&spool, &t, &policy(), "me", &e.id).await, None);
        assert!(
            spool.load(&e.id).unwrap().is_none(),
            "delivered entries leave the spool"
        );
        let sent = t.sent.lock().unwrap();
        assert_eq!(sent[1].0, "privacy@example.org");
        assert_eq!(
            sent[1].1,
            vec!["a@x.test".to_string(), "b@x.test".to_string()]
        );
    }

    #[tokio::test]
    async fn permanent_failure_is_kept_with_the_explanation() {
        let dir = tempfile::tempdir().unwrap();
        let spool = Spool::open(dir.path()).unwrap();
        let e = store(&spool);
        let t = Scripted {
            answers: Mutex::new(vec![Err(DeliveryError::from_reply(
                554,
                "5.2.252 SendAsDenied; robot@x not allowed to send as privacy@example.org",
            ))]),
            sent: Mutex::new(Vec::new()),
        };
        assert_eq!(deliver(&spool, &t, &policy(), "me", &e.id).await, None);
        let after = spool.load(&e.id).unwrap().unwrap();
        assert_eq!(after.state_label(), "failed");
        assert!(
            after
                .last_error()
                .unwrap()
                .contains("Add-RecipientPermission")
        );
    }

    #[tokio::test]
    async fn batches_succeed_or_fail_on_their_own() {
        let dir = tempfile::tempdir().unwrap();
        let spool = Spool::open(dir.path()).unwrap();
        let e = spool
            .store(
                b"Subject: t\r\n\r\nx\r\n",
                NewEntry {
                    client: "t".into(),
                    mail_from: "app@example.org".into(),
                    env_from: "privacy@example.org".into(),
                    message_id: None,
                    subject: None,
                    recipients: ["a@x.test", "b@x.test", "c@x.test"]
                        .map(String::from)
                        .to_vec(),
                },
            )
            .unwrap();
        let t = Scripted {
            answers: Mutex::new(vec![
                Err(DeliveryError::from_reply(550, "5.1.1 no such user")),
                Ok(Delivered {
                    response: "250 2.0.0 OK".into(),
                    refused: Vec::new(),
                }),
            ]),
            sent: Mutex::new(Vec::new()),
        };
        let rec = Recording::default();
        // The first two recipients fail for good; the third is still due at once.
        let next = deliver_recorded(&spool, &t, &policy(), "me", &e.id, &rec, 2).await;
        assert!(next.is_some_and(|n| n <= Utc::now()), "{next:?}");
        assert_eq!(
            deliver_recorded(&spool, &t, &policy(), "me", &e.id, &rec, 2).await,
            None
        );
        let sent: Vec<Vec<String>> = t.sent.lock().unwrap().iter().map(|s| s.1.clone()).collect();
        assert_eq!(sent, [vec!["a@x.test", "b@x.test"], vec!["c@x.test"]]);
        let after = spool.load(&e.id).unwrap().unwrap();
        let labels: Vec<&str> = after.recipients.iter().map(|r| r.status.label()).collect();
        assert_eq!(labels, ["failed", "failed", "delivered"]);
    }

    #[tokio::test]
    async fn a_live_lease_of_another_owner_is_respected() {
        let dir = tempfile::tempdir().unwrap();
        let spool = Spool::open(dir.path()).unwrap();
        let e = store(&spool);
        spool
            .update(&e.id, |e| {
                e.lease = Some(Lease {
                    owner: "other".into(),
                    until: Utc::now() + chrono::Duration::minutes(5),
                });
                Update::Write
            })
            .unwrap();
        let t = Scripted {
            answers: Mutex::new(vec![]),
            sent: Mutex::new(Vec::new()),
        };
        deliver(&spool, &t, &policy(), "me", &e.id).await;
        assert!(t.sent.lock().unwrap().is_empty());
    }

    #[tokio::test]
    async fn attempts_are_journaled_and_delivered_entries_can_be_kept() {
        let dir = tempfile::tempdir().unwrap();
        let spool = Spool::open(dir.path().join("spool")).unwrap();
        let journal = Arc::new(Journal::open(dir.path(), true).unwrap());
        let record = Recording {
            journal: Some(journal.clone()),
            keep_delivered: true,
        };
        let e = store(&spool);
        let t = Scripted {
            answers: Mutex::new(vec![
                Err(DeliveryError::from_reply(451, "4.7.500 Server busy")),
                Ok(Delivered {
                    response: "250 2.0.0 OK <x@example.org>".into(),
                    refused: Vec::new(),
                }),
            ]),
            sent: Mutex::new(Vec::new()),
        };
        let next = deliver_recorded(&spool, &t, &policy(), "me", &e.id, &record, 0)
            .await
            .unwrap();
        let rows = journal.query(&jr::Filter::default()).unwrap();
        assert_eq!(rows.len(), 1);
        assert_eq!(rows[0].outcome, jr::Outcome::Retrying);
        assert_eq!(rows[0].next_try, Some(next));
        assert_eq!(rows[0].attempts, 1);
        assert_eq!(rows[0].recipients, vec!["a***@x***.test", "b***@x***.test"]);
        assert!(
            rows[0]
                .provider_reply
                .as_deref()
                .unwrap()
                .contains("4.7.500")
        );
        spool
            .update(&e.id, |e| {
                for r in &mut e.recipients {
                    r.status = Status::Queued;
                }
                Update::Write
            })
            .unwrap();
        assert_eq!(
            deliver_recorded(&spool, &t, &policy(), "me", &e.id, &record, 0).await,
            None
        );
        let rows = journal.query(&jr::Filter::default()).unwrap();
        assert_eq!(rows.len(), 1, "one record per message");
        assert_eq!(rows[0].outcome, jr::Outcome::Delivered);
        assert_eq!(rows[0].attempts, 2);
        assert_eq!(rows[0].next_try, None);
        assert_eq!(
            rows[0].provider_reply.as_deref(),
            Some("250 2.0.0 OK <x***@e***.org>")
        );
        // Kept for retention, not pending, and purged once old enough.
        let kept = spool.load(&e.id).unwrap().unwrap();
        assert_eq!(kept.state_label(), "delivered");
        assert_eq!(kept.next_due(), None);
        assert_eq!(
            spool
                .purge_delivered(Utc::now() - chrono::Duration::hours(1))
                .unwrap(),
            0
        );
        assert_eq!(
            spool
                .purge_delivered(Utc::now() + chrono::Duration::hours(1))
                .unwrap(),
            1
        );
        assert!(spool.load(&e.id).unwrap().is_none());
    }

    /// An entry created at `created_at` with one queued recipient, `a@x.test`.
    fn one_recipient(created_at: DateTime<Utc>) -> Entry {
        Entry {
            id: "x".into(),
            created_at,
            client: String::new(),
            mail_from: String::new(),
            env_from: String::new(),
            message_id: None,
            subject: None,
            size: 0,
            recipients: vec![crate::relay::spool::Recipient {
                address: "a@x.test".into(),
                status: Status::Queued,
            }],
            attempts: 0,
            lease: None,
        }
    }

    #[test]
    fn expiry_turns_deferred_into_failed() {
        let mut e = one_recipient(Utc::now() - chrono::Duration::hours(2));
        let err = Err(DeliveryError::temporary("connection refused"));
        apply(&mut e, &["a@x.test".into()], &err, &policy(), Utc::now());
        assert_eq!(e.state_label(), "failed");
        assert!(e.last_error().unwrap().contains("gave up after 1 attempt"));
    }

    #[test]
    fn retry_after_delays_the_next_try_within_the_maximum_age() {
        let now = Utc::now();
        let mut e = one_recipient(now);
        let next = |e: &Entry| match &e.recipients[0].status {
            Status::Deferred { next_try, .. } => *next_try,
            s => panic!("{s:?}"),
        };
        let mut err = DeliveryError::temporary("429 throttled");
        err.retry_after = Some(Duration::from_secs(600));
        apply(
            &mut e,
            &["a@x.test".into()],
            &Err(err.clone()),
            &policy(),
            now,
        );
        assert_eq!(next(&e), now + chrono::Duration::seconds(600));
        // Shorter than the schedule: the schedule wins.
        err.retry_after = Some(Duration::from_secs(5));
        apply(
            &mut e,
            &["a@x.test".into()],
            &Err(err.clone()),
            &policy(),
            now,
        );
        assert_eq!(next(&e), now + chrono::Duration::seconds(60));
        // Past the maximum age: capped at the deadline (one last try).
        err.retry_after = Some(Duration::from_secs(7200));
        apply(&mut e, &["a@x.test".into()], &Err(err), &policy(), now);
        assert_eq!(next(&e), now + chrono::Duration::seconds(3600));
    }
}
