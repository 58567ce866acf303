//! Property test of the ingestion ledger's state machine, driven through the real pipeline
//! (`pipeline::handle_raw`: understand → plan → ledger → Dastra client) against the Dastra
//! double with fault injection:
//!
//! arbitrary interleavings of deliveries and redeliveries of the same mail (duplicates, new
//! UIDs, as after a UIDVALIDITY reset), transient failures (503, 429, connection dropped
//! before or after the server committed), permanent refusals (400), and crashes at any point
//! (the pipeline future is dropped once the double has seen N more requests; the ledger and
//! the client are then reopened, as after `kill -9`) never lose a message and never create
//! an object or upload an attachment twice.

use std::collections::{HashMap, HashSet};
use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

use dastra_mailgate::app;
use dastra_mailgate::config::{self, MailboxSettings, Settings};
use dastra_mailgate::ingest::ledger::{Outcome, State};
use dastra_mailgate::ingest::pipeline::{Pipeline, Verdict, handle_raw};
use proptest::prelude::*;
use testbench::dastra::{DastraDouble, DastraDoubleOptions, Fault};

const MESSAGES: [&str; 3] = [
    "en-erasure.eml",
    "en-pdf-signature.eml",
    "missing-message-id.eml",
];

#[derive(Debug, Clone, Copy)]
enum FaultKind {
    Unavailable,
    TooMany,
    DropBefore,
    DropAfterCommit,
    ErrorAfterCommit,
    /// 400 on the request create: a permanent refusal.
    Refused,
}

#[derive(Debug, Clone)]
enum Op {
    /// Deliver message `m` (again) under a new UID.
    Deliver(usize),
    /// Arm a one-shot fault on the `skip`-th next request.
    Fault(FaultKind, u32),
    /// Deliver `m`, and crash once the double has seen `n` more requests.
    Crash(usize, usize),
    /// Restart without a crash in flight.
    Restart,
}

fn op() -> impl Strategy<Value = Op> {
    let fault = prop_oneof![
        Just(FaultKind::Unavailable),
        Just(FaultKind::TooMany),
        Just(FaultKind::DropBefore),
        Just(FaultKind::DropAfterCommit),
        Just(FaultKind::ErrorAfterCommit),
        Just(FaultKind::Refused),
    ];
    prop_oneof![
        4 => (0usize..MESSAGES.len()).prop_map(Op::Deliver),
        3 => (fault, 0u32..4).prop_map(|(f, s)| Op::Fault(f, s)),
        3 => (0usize..MESSAGES.len(), 1usize..6).prop_map(|(m, n)| Op::Crash(m, n)),
        1 => Just(Op::Restart),
    ]
}

fn raw(name: &str) -> Vec<u8> {
    std::fs::read(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("examples/mail")
            .join(name),
    )
    .unwrap()
}

struct Bench {
    dastra: DastraDouble,
    /// Holds the state directory for the life of the case.
    _dir: tempfile::TempDir,
    settings: Arc<Settings>,
}

impl Bench {
    fn new() -> Bench {
        let dastra = DastraDouble::start(DastraDoubleOptions::default());
        let dir = tempfile::tempdir().unwrap();
        let key = dir.path().join("dastra-key");
        std::fs::write(&key, dastra.api_key()).unwrap();
        let text = format!(
            r#"{dastra}
[state]
dir = "{state}"

[understanding]
max_per_sender_per_hour = 0

[[mailbox]]
name = "collect"
host = "127.0.0.1"
username = "collect@example.test"
password = "env:PROP_LEDGER_UNUSED"
auto_kind = false
"#,
            dastra = testbench::daemon::dastra_section(&dastra, &key, Some(10)),
            state = dir.path().join("state").display(),
        );
        let (settings, _) =
            config::load_str(&text, &dir.path().join("config.toml")).expect("valid config");
        std::fs::create_dir_all(&settings.state_dir).unwrap();
        Bench {
            dastra,
            _dir: dir,
            settings: Arc::new(settings),
        }
    }

    fn start(&self) -> Arc<Pipeline> {
        app::pipeline(self.settings.clone()).expect("pipeline")
    }

    fn mailbox(&self) -> MailboxSettings {
        self.settings.mailboxes[0].clone()
    }
}

fn fault(kind: FaultKind, skip: u32) -> Fault {
    let f = match kind {
        FaultKind::Unavailable => Fault::status_before(503),
        FaultKind::TooMany => Fault::status_before(429).with_header("Retry-After", "0"),
        FaultKind::DropBefore => Fault::drop_before(),
        FaultKind::DropAfterCommit => Fault::drop_after_commit(),
        FaultKind::ErrorAfterCommit => Fault::status_after_commit(500),
        FaultKind::Refused => {
            return Fault::status_before(400).on("POST", "/v1/ws/1/datasubjectrequests");
        }
    };
    f.after(skip)
}

async fn run_case(ops: Vec<Op>) -> Result<(), TestCaseError> {
    let b = Bench::new();
    let mb = b.mailbox();
    let mails: Vec<bytes::Bytes> = MESSAGES
        .iter()
        .map(|m| bytes::Bytes::from(raw(m)))
        .collect();
    let mut p = b.start();
    let mut uid = 1u32;
    let mut refused_armed = false;

    for op in ops {
        match op {
            Op::Deliver(m) => {
                uid += 1;
                let _ = handle_raw(&p, &mb, &mails[m], 1, uid).await;
            }
            Op::Fault(kind, skip) => {
                refused_armed |= matches!(kind, FaultKind::Refused);
                b.dastra.faults().push(fault(kind, skip));
            }
            Op::Crash(m, n) => {
                uid += 1;
                let start = b.dastra.request_log().len();
                let dastra = &b.dastra;
                tokio::select! {
                    _ = handle_raw(&p, &mb, &mails[m], 1, uid) => {}
                    _ = async {
                        while dastra.request_log().len() < start + n {
                            tokio::time::sleep(Duration::from_millis(1)).await;
                        }
                    } => {}
                }
                // kill -9: everything in memory is gone; the ledger is reopened.
                drop(p);
                p = b.start();
            }
            Op::Restart => {
                drop(p);
                p = b.start();
            }
        }
    }

    // Recovery: faults gone, a restart, then every message is delivered until it is done.
    b.dastra.faults().clear();
    drop(p);
    let p = b.start();
    for m in &mails {
        let mut done = false;
        for _ in 0..4 {
            uid += 1;
            if matches!(
                handle_raw(&p, &mb, m, 1, uid).await,
                Ok(Verdict::Finished(_))
            ) {
                done = true;
                break;
            }
        }
        prop_assert!(done, "a message never finished once the faults were gone");
    }

    // Every message has a finished ledger entry: nothing lost.
    let entries = p.ledger.entries().unwrap();
    let keys: HashSet<&str> = entries.iter().map(|e| e.key.as_str()).collect();
    prop_assert_eq!(keys.len(), MESSAGES.len(), "one ledger entry per message");
    let mut processed_ids = Vec::new();
    for e in &entries {
        match &e.state {
            State::Done {
                outcome: Outcome::Processed,
            } => {
                let id = e
                    .object_id
                    .clone()
                    .expect("a processed entry has its object id");
                processed_ids.push(id);
            }
            State::Done {
                outcome: Outcome::Failed,
            } => prop_assert!(
                refused_armed,
                "{} failed without a permanent refusal: {:?}",
                e.key,
                e.reason
            ),
            other => prop_assert!(false, "{} is not finished: {other:?}", e.key),
        }
    }

    // Never duplicated: one request per processed message, each attachment once.
    let dsrs = b.dastra.dsrs(1);
    let mut by_ref: HashMap<String, usize> = HashMap::new();
    for d in &dsrs {
        let r = d["refId"].as_str().unwrap_or_default().to_string();
        *by_ref.entry(r).or_default() += 1;
    }
    prop_assert!(
        by_ref.values().all(|&n| n == 1),
        "a request was created twice: {by_ref:?}"
    );
    prop_assert!(
        dsrs.len() <= MESSAGES.len(),
        "{} requests for {} messages",
        dsrs.len(),
        MESSAGES.len()
    );
    for id in &processed_ids {
        let n: i32 = id.parse().expect("numeric DSR id");
        prop_assert!(b.dastra.dsr(1, n).is_some(), "request {id} is missing");
        let names: Vec<String> = b
            .dastra
            .attachments(1, n)
            .into_iter()
            .map(|a| a.file_name)
            .collect();
        let unique: HashSet<&String> = names.iter().collect();
        prop_assert_eq!(unique.len(), names.len(), "duplicate upload: {:?}", names);
        prop_assert!(
            names.iter().any(|n| n.ends_with(".eml")),
            "request {id} lacks the original message: {names:?}"
        );
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 32,
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    #[test]
    fn ledger_never_loses_or_duplicates(ops in prop::collection::vec(op(), 1..14)) {
        let rt = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .unwrap();
        rt.block_on(run_case(ops))?;
    }
}
