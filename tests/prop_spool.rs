//! Property test of the relay spool's per-recipient state machine, driven through the real
//! `scheduler::deliver` and `Spool` (files, fsync, leases, recovery):
//!
//! arbitrary interleavings of submissions, deliveries answered with success / temporary /
//! permanent failure, crashes before and after the provider accepted (the delivery future is
//! dropped; the process "restarts": a new spool handle, `recover()`, a new lease owner) and
//! concurrent deliveries of the same entry never lose a recipient and never send one twice,
//! except for the documented at-least-once case (a crash after the provider accepted and
//! before the outcome was recorded).

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use dastra_mailgate::oauth::BoxFuture;
use dastra_mailgate::relay::delivery::scheduler::deliver;
use dastra_mailgate::relay::delivery::{Delivered, DeliveryError, Transport};
use dastra_mailgate::relay::spool::{NewEntry, RetryPolicy, Spool, Status};
use proptest::prelude::*;

#[derive(Debug, Clone, Copy)]
enum Answer {
    Ok,
    Temporary,
    Permanent,
    /// The provider accepts, then the process dies before the outcome is written.
    CrashAfterAccept,
    /// The process dies in the middle of the SMTP transaction (nothing accepted).
    CrashBeforeAccept,
}

#[derive(Debug, Clone)]
enum Op {
    Submit(u8),
    Deliver(usize, Answer),
    /// Two deliveries of the same entry at once (two schedulers, or a kick racing a timer).
    Concurrent(usize),
    Restart,
}

fn answer() -> impl Strategy<Value = Answer> {
    prop_oneof![
        4 => Just(Answer::Ok),
        3 => Just(Answer::Temporary),
        1 => Just(Answer::Permanent),
        1 => Just(Answer::CrashAfterAccept),
        1 => Just(Answer::CrashBeforeAccept),
    ]
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        2 => (1u8..=4).prop_map(Op::Submit),
        5 => (0usize..8, answer()).prop_map(|(i, a)| Op::Deliver(i, a)),
        1 => (0usize..8).prop_map(Op::Concurrent),
        1 => Just(Op::Restart),
    ]
}

/// A transport that answers as told and records every recipient the provider accepted.
struct Provider {
    answer: Mutex<Answer>,
    /// (entry id, recipient) → times accepted.
    accepted: Mutex<HashMap<(String, String), u32>>,
    /// Set once `send` was reached (the crash trigger).
    reached: tokio::sync::Notify,
}

impl Provider {
    fn accept(&self, message: &[u8], recipients: &[String]) {
        let id = id_of(message);
        let mut acc = self.accepted.lock().unwrap();
        for r in recipients {
            *acc.entry((id.clone(), r.clone())).or_default() += 1;
        }
    }
}

/// Each test message carries its own marker line (`X-Test-Id`), so the provider knows which
/// entry it was given.
fn id_of(message: &[u8]) -> String {
    let s = String::from_utf8_lossy(message);
    s.lines()
        .find_map(|l| l.strip_prefix("X-Test-Id: "))
        .unwrap_or_default()
        .to_string()
}

impl Transport for Provider {
    fn send<'a>(
        &'a self,
        _env_from: &'a str,
        recipients: &'a [String],
        message: &'a [u8],
    ) -> BoxFuture<'a, Result<Delivered, DeliveryError>> {
        let answer = *self.answer.lock().unwrap();
        Box::pin(async move {
            match answer {
                Answer::Ok => {
                    self.accept(message, recipients);
                    Ok(Delivered {
                        response: "250 2.0.0 OK".into(),
                        refused: Vec::new(),
                    })
                }
                Answer::Temporary => Err(DeliveryError::from_reply(451, "4.3.0 try later")),
                Answer::Permanent => Err(DeliveryError::from_reply(550, "5.7.1 refused")),
                Answer::CrashAfterAccept => {
                    self.accept(message, recipients);
                    self.reached.notify_one();
                    std::future::pending().await
                }
                Answer::CrashBeforeAccept => {
                    self.reached.notify_one();
                    std::future::pending().await
                }
            }
        })
    }

    fn describe(&self) -> String {
        "property-test provider".into()
    }

    fn max_connections(&self) -> usize {
        2
    }
}

#[derive(Default)]
struct Model {
    /// Spool id and test marker of every submitted entry, in order.
    entries: Vec<(String, String, Vec<String>)>,
    /// Recipients that may legitimately have been accepted twice (crash after accept).
    ambiguous: Vec<(String, String)>,
    /// Recipients that got a permanent answer (before any acceptance).
    refused: Vec<(String, String)>,
}

fn policy() -> RetryPolicy {
    // Zero delays: a deferred recipient is due again at once (no clock in this test).
    RetryPolicy {
        schedule: vec![Duration::ZERO],
        max_age: Duration::from_secs(7 * 24 * 3600),
    }
}

async fn run_case(ops: Vec<Op>) -> Result<(), TestCaseError> {
    let dir = tempfile::tempdir().unwrap();
    let provider = Arc::new(Provider {
        answer: Mutex::new(Answer::Ok),
        accepted: Mutex::new(HashMap::new()),
        reached: tokio::sync::Notify::new(),
    });
    let mut spool = Spool::open(dir.path()).unwrap();
    let mut generation = 0u32;
    let mut model = Model::default();
    let policy = policy();

    for op in ops {
        let owner = format!("gen-{generation}");
        match op {
            Op::Submit(n) => {
                let marker = format!("m{}", model.entries.len());
                let rcpts: Vec<String> = (0..n).map(|i| format!("r{i}@customer.test")).collect();
                let msg = format!("X-Test-Id: {marker}\r\nSubject: t\r\n\r\nbody\r\n");
                let e = spool
                    .store(
                        msg.as_bytes(),
                        NewEntry {
                            client: "prop".into(),
                            mail_from: "app@example.org".into(),
                            env_from: "privacy@example.org".into(),
                            message_id: None,
                            subject: None,
                            recipients: rcpts.clone(),
                        },
                    )
                    .unwrap();
                model.entries.push((e.id, marker, rcpts));
            }
            Op::Deliver(i, a) => {
                let Some((id, marker, _)) = model.entries.get(i % model.entries.len().max(1))
                else {
                    continue;
                };
                let before = spool.load(id).unwrap();
                *provider.answer.lock().unwrap() = a;
                let due: Vec<String> = before
                    .as_ref()
                    .map(|e| e.due_recipients(chrono::Utc::now()))
                    .unwrap_or_default();
                match a {
                    Answer::CrashAfterAccept | Answer::CrashBeforeAccept => {
                        tokio::select! {
                            _ = deliver(&spool, provider.as_ref(), &policy, &owner, id) => {}
                            _ = provider.reached.notified() => {}
                        }
                        if matches!(a, Answer::CrashAfterAccept) {
                            for r in &due {
                                model.ambiguous.push((marker.clone(), r.clone()));
                            }
                        }
                        // The process died: restart.
                        spool = Spool::open(dir.path()).unwrap();
                        spool.recover().unwrap();
                        generation += 1;
                    }
                    _ => {
                        deliver(&spool, provider.as_ref(), &policy, &owner, id).await;
                        if matches!(a, Answer::Permanent) {
                            for r in &due {
                                model.refused.push((marker.clone(), r.clone()));
                            }
                        }
                    }
                }
            }
            Op::Concurrent(i) => {
                let Some((id, _, _)) = model.entries.get(i % model.entries.len().max(1)) else {
                    continue;
                };
                *provider.answer.lock().unwrap() = Answer::Ok;
                let other = format!("{owner}-b");
                tokio::join!(
                    deliver(&spool, provider.as_ref(), &policy, &owner, id),
                    deliver(&spool, provider.as_ref(), &policy, &other, id),
                );
            }
            Op::Restart => {
                spool = Spool::open(dir.path()).unwrap();
                spool.recover().unwrap();
                generation += 1;
            }
        }
    }

    // Drain: a final restart, then everything that is still pending is delivered.
    spool = Spool::open(dir.path()).unwrap();
    spool.recover().unwrap();
    *provider.answer.lock().unwrap() = Answer::Ok;
    for _ in 0..3 {
        for (id, _, _) in &model.entries {
            deliver(&spool, provider.as_ref(), &policy, "drain", id).await;
        }
    }

    let accepted = provider.accepted.lock().unwrap().clone();
    for (id, marker, rcpts) in &model.entries {
        let entry = spool.load(id).unwrap();
        for r in rcpts {
            let key = (marker.clone(), r.clone());
            let n = accepted.get(&key).copied().unwrap_or(0);
            let crashes = model.ambiguous.iter().filter(|k| **k == key).count() as u32;
            let refused = model.refused.contains(&key);
            let status = entry
                .as_ref()
                .and_then(|e| e.recipients.iter().find(|x| &x.address == r))
                .map(|x| x.status.clone());
            prop_assert!(
                !matches!(status, Some(Status::Queued | Status::Deferred { .. })),
                "{marker}/{r} still pending after the drain: {status:?}"
            );
            if refused && n == 0 {
                // Refused for good: kept as a dead letter, never sent.
                prop_assert!(
                    matches!(status, Some(Status::Failed { .. })),
                    "{marker}/{r} refused but not kept as failed: {status:?}"
                );
            } else {
                // Lost: never accepted and not a dead letter.
                prop_assert!(n >= 1 || refused, "{marker}/{r} was lost: {status:?}");
                // Duplicated: more than once without a crash between accept and record.
                // Each crash between accept and record may add one send, nothing else may.
                prop_assert!(
                    n <= 1 + crashes,
                    "{marker}/{r} was sent {n} times with {crashes} crash(es) after accept"
                );
            }
        }
        // A fully delivered entry leaves the spool; one with a dead letter stays.
        let any_failed = entry.as_ref().is_some_and(|e| {
            e.recipients
                .iter()
                .any(|x| matches!(x.status, Status::Failed { .. }))
        });
        prop_assert_eq!(
            entry.is_some(),
            any_failed,
            "entry {} presence vs dead letters",
            marker
        );
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 48,
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    #[test]
    fn spool_never_loses_or_duplicates(ops in prop::collection::vec(op(), 1..24)) {
        let rt = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .unwrap();
        rt.block_on(run_case(ops))?;
    }
}
