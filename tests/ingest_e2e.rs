//! Ingestion end to end: the real binary against a real Dovecot and the Dastra double.
//!
//! Every test asserts the final durable state: objects in Dastra (counted per dedupe key),
//! messages in the IMAP folders, and the ledger's verdicts.

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::time::{Duration, Instant};

use testbench::daemon::{self, out};
use testbench::dastra::{DastraDouble, DastraDoubleOptions, Fault};
use testbench::dovecot::{Dovecot, DovecotOptions};
use testbench::mailgen::{self, Expect};

const USER: &str = "collect@example.test";
const PASS: &str = "collect-pw";
const BIN: &str = env!("CARGO_BIN_EXE_dastra-mailgate");

struct Bench {
    dovecot: Dovecot,
    dastra: DastraDouble,
    dir: tempfile::TempDir,
}

impl Bench {
    fn new() -> Self {
        Self::with(DastraDoubleOptions::default(), DovecotOptions::new())
    }

    fn with(dastra: DastraDoubleOptions, dovecot: DovecotOptions) -> Self {
        let dovecot = Dovecot::start(
            dovecot
                .with_user(USER, PASS)
                .with_user("other@example.test", "other-pw"),
        );
        let dastra = DastraDouble::start(dastra);
        let dir = tempfile::tempdir().unwrap();
        Self {
            dovecot,
            dastra,
            dir,
        }
    }

    fn secret(&self, name: &str, value: &str) -> PathBuf {
        daemon::secret_file(self.dir.path(), name, value)
    }

    fn state_dir(&self) -> PathBuf {
        self.dir.path().join("state")
    }

    /// Writes the config (with `extra` appended: more mailboxes, overrides) and returns its path.
    fn config(&self, mode: &str, mailbox_keys: &str) -> PathBuf {
        self.config_with(mode, mailbox_keys, "")
    }

    /// `mailbox_keys` go into the first `[[mailbox]]`; `trailing` after everything (more mailboxes).
    fn config_with(&self, mode: &str, mailbox_keys: &str, trailing: &str) -> PathBuf {
        let key = self.secret("dastra-key", self.dastra.api_key());
        let pw = self.secret("imap-pw", PASS);
        let text = format!(
            r#"{head}
[admin]
enabled = false

[understanding]
max_per_sender_per_hour = 0
{mailbox}auto_kind = false
{mailbox_keys}
{rules}
{trailing}
"#,
            head = daemon::ingest_head(&self.dastra, &key, Some(10), &self.state_dir()),
            mailbox = daemon::imap_mailbox(
                &self.dovecot,
                "collect",
                USER,
                &daemon::password_login(&pw),
                Some(mode)
            ),
            rules = mailgen::ROUTING_RULES,
        );
        daemon::write_config(self.dir.path(), &text)
    }

    fn cmd(&self, cfg: &Path) -> Command {
        let mut c = daemon::command(BIN, cfg);
        c.env("DASTRA_MAILGATE_LOG", "info");
        c
    }

    fn ingest_once(&self, cfg: &Path) -> Output {
        self.cmd(cfg).args(["ingest", "--once"]).output().unwrap()
    }

    fn spawn_daemon(&self, cfg: &Path) -> Child {
        self.cmd(cfg)
            .arg("run")
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap()
    }

    fn count(&self, folder: &str) -> u32 {
        self.dovecot.count(USER, folder)
    }

    fn wait_inbox_empty(&self, timeout: Duration) -> bool {
        let start = Instant::now();
        while start.elapsed() < timeout {
            if self.count("INBOX") == 0 {
                return true;
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        false
    }

    /// Objects in Dastra carrying `mid` as a dedupe key (DSR refId, or the task/breach marker).
    fn objects_for(&self, mid: &str) -> usize {
        daemon::objects_for(&self.dastra, mid, dastra_mailgate::dastra::dedupe_token)
    }
}

fn expected_counts(msgs: &[mailgen::Generated]) -> (usize, usize, usize, usize) {
    let c = |e: Expect| msgs.iter().filter(|m| m.expect == e).count();
    (
        c(Expect::Request),
        c(Expect::Task),
        c(Expect::Incident),
        c(Expect::Ignored),
    )
}

#[test]
fn mixed_backlog_becomes_exactly_the_expected_objects() {
    let b = Bench::new();
    let cfg = b.config("poll", "");
    let msgs: Vec<_> = (0..200).map(|i| mailgen::message(7, i, 0)).collect();
    for m in &msgs {
        b.dovecot.append(USER, "INBOX", &m.raw);
    }
    let o = b.ingest_once(&cfg);
    assert_eq!(o.status.code(), Some(0), "{}", out(&o));
    // Personal data stays out of the logs by default: addresses are masked, subjects absent.
    let log = String::from_utf8_lossy(&o.stderr);
    assert!(log.contains("Message processed."), "{log}");
    assert!(log.contains("***@m***.net"), "{log}");
    for m in &msgs {
        let from = String::from_utf8_lossy(&m.raw);
        let addr = from
            .split("Return-Path: <")
            .nth(1)
            .and_then(|r| r.split('>').next())
            .unwrap();
        assert!(!log.contains(addr), "{addr} appears in the log");
    }
    assert!(
        !log.contains("Demande d'accès"),
        "a subject reached the log"
    );

    let (requests, tasks, incidents, ignored) = expected_counts(&msgs);
    assert_eq!(b.dastra.dsrs(1).len(), requests, "{}", out(&o));
    assert_eq!(b.dastra.tasks(1).len(), tasks);
    assert_eq!(b.dastra.breaches(1).len(), incidents);
    assert_eq!(b.count("INBOX"), 0);
    assert_eq!(
        b.count("Dastra/Processed") as usize,
        requests + tasks + incidents
    );
    assert_eq!(b.count("Dastra/Ignored") as usize, ignored);
    assert_eq!(b.count("Dastra/Failed"), 0);

    for m in &msgs {
        let n = b.objects_for(&m.message_id);
        match m.expect {
            Expect::Ignored => assert_eq!(n, 0, "{} was ignored but created", m.message_id),
            _ => assert_eq!(n, 1, "{} created {n} times", m.message_id),
        }
    }
    // Every request carries its original message and the attachments Dastra's policy keeps.
    for m in msgs.iter().filter(|m| m.expect == Expect::Request) {
        let dsr = &b
            .dastra
            .dsrs_by_ref_id(1, &format!("mid:{}", m.message_id.to_ascii_lowercase()))[0];
        assert_eq!(dsr["channel"], "IncomingEmail");
        let files: Vec<String> = b
            .dastra
            .attachments(1, dsr["id"].as_i64().unwrap() as i32)
            .into_iter()
            .map(|a| {
                assert_eq!(a.form_field, "File");
                a.file_name
            })
            .collect();
        assert_eq!(files[0], "original-message.eml");
        for kept in &m.kept_attachments {
            assert!(files.contains(kept), "{kept} missing in {files:?}");
        }
        assert!(
            !files.iter().any(|f| f == "logo.png"),
            "a signature image was uploaded: {files:?}"
        );
        assert_eq!(files.len(), 1 + m.kept_attachments.len());
    }
    // The tag Dastra's own collection address uses, created once.
    let tags = b.dastra.tags(1);
    assert_eq!(
        tags.iter()
            .filter(|t| t["label"] == "email entrant" && t["type"] == "DataSubject")
            .count(),
        1
    );

    // A second pass finds nothing to do and creates nothing.
    let before = b.dastra.requests_to("POST", "/").len();
    let o = b.ingest_once(&cfg);
    assert_eq!(o.status.code(), Some(0), "{}", out(&o));
    assert_eq!(b.dastra.requests_to("POST", "/").len(), before);
}

#[test]
fn kill_9_at_random_moments_never_loses_or_duplicates() {
    let b = Bench::new();
    let cfg = b.config("idle", "");
    let msgs: Vec<_> = (0..200).map(|i| mailgen::message(11, i, 0)).collect();
    for m in &msgs {
        b.dovecot.append(USER, "INBOX", &m.raw);
    }
    // Latency on every create widens the window between "created" and "recorded".
    b.dastra
        .faults()
        .push(Fault::delay(Duration::from_millis(15)).always());
    let mut rng = mailgen::Rng::new(99);
    let mut kills = 0;
    while kills < 24 && b.count("INBOX") > 0 {
        let mut child = b.spawn_daemon(&cfg);
        std::thread::sleep(Duration::from_millis(150 + rng.below(600)));
        child.kill().unwrap(); // SIGKILL
        child.wait().unwrap();
        kills += 1;
    }
    assert!(
        kills >= 20,
        "the backlog drained before 20 kills ({kills}); make it slower"
    );
    let mut child = b.spawn_daemon(&cfg);
    let drained = b.wait_inbox_empty(Duration::from_secs(120));
    unsafe { libc::kill(child.id() as i32, libc::SIGTERM) };
    let status = child.wait().unwrap();
    assert!(drained, "inbox not drained; {} left", b.count("INBOX"));
    assert_eq!(status.code(), Some(0), "graceful stop failed");

    let (requests, tasks, incidents, ignored) = expected_counts(&msgs);
    for m in &msgs {
        let n = b.objects_for(&m.message_id);
        match m.expect {
            Expect::Ignored => assert_eq!(n, 0),
            _ => assert_eq!(
                n, 1,
                "{} created {n} times after {kills} kills",
                m.message_id
            ),
        }
    }
    assert_eq!(b.dastra.dsrs(1).len(), requests);
    assert_eq!(b.dastra.tasks(1).len(), tasks);
    assert_eq!(b.dastra.breaches(1).len(), incidents);
    assert_eq!(
        b.count("Dastra/Processed") as usize,
        requests + tasks + incidents
    );
    assert_eq!(b.count("Dastra/Ignored") as usize, ignored);
    // No request has two copies of its original message.
    for dsr in b.dastra.dsrs(1) {
        let files: Vec<String> = b
            .dastra
            .attachments(1, dsr["id"].as_i64().unwrap() as i32)
            .into_iter()
            .map(|a| a.file_name)
            .collect();
        assert_eq!(
            files
                .iter()
                .filter(|f| *f == "original-message.eml")
                .count(),
            1,
            "{files:?}"
        );
    }
}

#[test]
fn api_faults_never_lose_or_duplicate() {
    let b = Bench::new();
    let cfg = b.config("poll", "");
    let msgs: Vec<_> = (0..40).map(|i| mailgen::message(21, i, 0)).collect();
    for m in &msgs {
        b.dovecot.append(USER, "INBOX", &m.raw);
    }
    let f = b.dastra.faults();
    f.push(
        Fault::status_before(503)
            .on("POST", "/v1/ws/1/DataSubjectRequests")
            .times(2),
    );
    f.push(
        Fault::status_after_commit(500)
            .on("POST", "/v1/ws/1/DataSubjectRequests")
            .after(3)
            .times(2),
    );
    f.push(
        Fault::drop_after_commit()
            .on("POST", "/v1/ws/1/DataSubjectRequests")
            .after(6)
            .times(2),
    );
    f.push(
        Fault::drop_after_commit()
            .on("POST", "/v1/ws/1/DataSubjectAttachments")
            .after(2)
            .times(2),
    );
    f.push(
        Fault::drop_after_commit()
            .on("POST", "/v1/ws/1/Tasks")
            .times(1),
    );
    f.push(
        Fault::status_after_commit(502)
            .on("POST", "/v1/ws/1/DataBreachs")
            .times(1),
    );
    f.push(
        Fault::status_before(429)
            .on("POST", "/v1/ws/1/")
            .with_header("Retry-After", "1")
            .after(10)
            .times(2),
    );
    f.push(
        Fault::delay(Duration::from_millis(200))
            .every_nth(7)
            .always(),
    );
    // The daemon retries transient failures with backoff until everything is through.
    let mut child = b.spawn_daemon(&cfg);
    let drained = b.wait_inbox_empty(Duration::from_secs(120));
    unsafe { libc::kill(child.id() as i32, libc::SIGTERM) };
    child.wait().unwrap();
    assert!(drained, "inbox not drained; {} left", b.count("INBOX"));
    assert!(f.fired() >= 10, "faults did not fire: {}", f.fired());
    for m in &msgs {
        let n = b.objects_for(&m.message_id);
        match m.expect {
            Expect::Ignored => assert_eq!(n, 0),
            _ => assert_eq!(n, 1, "{} created {n} times", m.message_id),
        }
    }
    for dsr in b.dastra.dsrs(1) {
        let files: Vec<String> = b
            .dastra
            .attachments(1, dsr["id"].as_i64().unwrap() as i32)
            .into_iter()
            .map(|a| a.file_name)
            .collect();
        let mut dedup = files.clone();
        dedup.sort();
        dedup.dedup();
        assert_eq!(dedup.len(), files.len(), "duplicate upload: {files:?}");
    }
    assert_eq!(b.count("Dastra/Failed"), 0);
}

#[test]
fn permanent_api_errors_park_the_message_with_its_reason() {
    let b = Bench::new();
    // Area 999 does not exist in the double: Dastra answers 400.
    let cfg = b.config("poll", "area_id = 999\n");
    let m = mailgen::message(3, 0, 0);
    let m = if m.expect == Expect::Request {
        m
    } else {
        (0..50)
            .map(|i| mailgen::message(3, i, 0))
            .find(|m| m.expect == Expect::Request)
            .unwrap()
    };
    b.dovecot.append(USER, "INBOX", &m.raw);
    let o = b.ingest_once(&cfg);
    assert_eq!(o.status.code(), Some(0), "{}", out(&o));
    assert_eq!(b.count("INBOX"), 0);
    assert_eq!(b.count("Dastra/Failed"), 1);
    assert_eq!(b.dastra.dsrs(1).len(), 0);
    let log = String::from_utf8_lossy(&o.stderr);
    assert!(log.contains("parked in the failed folder"), "{log}");
    // A raw copy is kept in the state directory.
    let copies: Vec<_> = walk(&b.state_dir().join("failed"));
    assert_eq!(copies.len(), 1, "{copies:?}");
    assert_eq!(std::fs::read(&copies[0]).unwrap(), m.raw);
}

fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    if let Ok(rd) = std::fs::read_dir(dir) {
        for e in rd.flatten() {
            let p = e.path();
            if p.is_dir() {
                out.extend(walk(&p));
            } else {
                out.push(p);
            }
        }
    }
    out
}

#[test]
fn malformed_mail_never_crashes_and_lands_in_the_right_folder() {
    let b = Bench::new();
    let cfg = b.config("poll", "max_message_bytes = 1048576\n");
    let cases = mailgen::malformed();
    for (_, raw, _) in &cases {
        b.dovecot.append(USER, "INBOX", raw);
    }
    // And one over the size cap: failed without being downloaded.
    let big = mailgen::with_big_attachment(5, 2 * 1024 * 1024);
    b.dovecot.append(USER, "INBOX", &big.raw);
    let o = b.ingest_once(&cfg);
    assert_eq!(o.status.code(), Some(0), "{}", out(&o));
    let want = |o: &str| cases.iter().filter(|c| c.2 == o).count() as u32;
    assert_eq!(b.count("INBOX"), 0, "{}", out(&o));
    assert_eq!(
        b.count("Dastra/Processed"),
        want("processed"),
        "{}",
        out(&o)
    );
    assert_eq!(b.count("Dastra/Ignored"), want("ignored"), "{}", out(&o));
    assert_eq!(b.count("Dastra/Failed"), want("failed") + 1, "{}", out(&o));
    assert_eq!(b.dastra.dsrs(1).len() as u32, want("processed"));
}

#[test]
fn uidvalidity_reset_rescans_without_duplicates() {
    let b = Bench::new();
    // Leave processed mail in the inbox, so the reset renumbers messages we already handled.
    let cfg = b.config("poll", "move_processed = false\n");
    let msgs: Vec<_> = (0..10)
        .map(|i| mailgen::message(31, i, 0))
        .filter(|m| m.expect == Expect::Request)
        .collect();
    for m in &msgs {
        b.dovecot.append(USER, "INBOX", &m.raw);
    }
    let o = b.ingest_once(&cfg);
    assert_eq!(o.status.code(), Some(0), "{}", out(&o));
    assert_eq!(b.dastra.dsrs(1).len(), msgs.len());
    let old = b.dovecot.uid_validity(USER, "INBOX");
    let new = b.dovecot.reset_uidvalidity(USER, "INBOX");
    assert_ne!(old, new);
    let o = b.ingest_once(&cfg);
    assert_eq!(o.status.code(), Some(0), "{}", out(&o));
    assert!(
        String::from_utf8_lossy(&o.stderr).contains("UIDVALIDITY changed"),
        "{}",
        out(&o)
    );
    assert_eq!(
        b.dastra.dsrs(1).len(),
        msgs.len(),
        "a rescan created duplicates"
    );
}

#[test]
fn idle_picks_up_new_mail_and_survives_a_dovecot_restart() {
    let b = Bench::new();
    let cfg = b.config("idle", "");
    let mut child = b.spawn_daemon(&cfg);
    let req = |seed| {
        (0..50)
            .map(|i| mailgen::message(seed, i, 0))
            .find(|m| m.expect == Expect::Request)
            .unwrap()
    };
    let first = req(41);
    // Give the daemon time to connect and enter IDLE, then deliver.
    std::thread::sleep(Duration::from_millis(800));
    b.dovecot.append(USER, "INBOX", &first.raw);
    assert!(
        b.wait_inbox_empty(Duration::from_secs(20)),
        "IDLE did not pick up the message"
    );
    assert_eq!(b.objects_for(&first.message_id), 1);

    b.dovecot.restart();
    let second = req(42);
    b.dovecot.append(USER, "INBOX", &second.raw);
    assert!(
        b.wait_inbox_empty(Duration::from_secs(40)),
        "no recovery after the restart"
    );
    assert_eq!(b.objects_for(&second.message_id), 1);
    unsafe { libc::kill(child.id() as i32, libc::SIGTERM) };
    assert_eq!(child.wait().unwrap().code(), Some(0));
}

/// Mail that arrives while the worker is busy sweeping is announced once (an unsolicited
/// EXISTS in the middle of another command). The worker must sweep again instead of going
/// into IDLE and waiting for the next poll (10 minutes here).
#[test]
fn mail_arriving_during_a_sweep_is_not_left_for_the_next_poll() {
    let b = Bench::new();
    let cfg = b.config("idle", "");
    let text = std::fs::read_to_string(&cfg)
        .unwrap()
        .replace("poll_interval_secs = 1", "poll_interval_secs = 600");
    std::fs::write(&cfg, text).unwrap();
    // Slow every create down so the sweep of the batch takes a while.
    b.dastra.faults().push(
        Fault::delay(Duration::from_millis(400))
            .on("POST", "/")
            .always(),
    );
    let mut child = b.spawn_daemon(&cfg);
    std::thread::sleep(Duration::from_millis(800));
    let mut reqs = (0..200)
        .map(|i| mailgen::message(77, i, 0))
        .filter(|m| m.expect == Expect::Request);
    let batch: Vec<_> = reqs.by_ref().take(4).collect();
    let before = b.dastra.request_log().len();
    for m in &batch {
        b.dovecot.append(USER, "INBOX", &m.raw);
    }
    // Wait until the worker is inside the sweep (its first POST went out), then deliver.
    let start = Instant::now();
    while b.dastra.request_log().len() == before && start.elapsed() < Duration::from_secs(20) {
        std::thread::sleep(Duration::from_millis(20));
    }
    assert!(
        b.dastra.request_log().len() > before,
        "the batch did not wake the worker"
    );
    let probe = reqs.next().unwrap();
    b.dovecot.append(USER, "INBOX", &probe.raw);
    assert!(
        b.wait_inbox_empty(Duration::from_secs(60)),
        "the message that arrived during the sweep was left for the next poll"
    );
    for m in batch.iter().chain([&probe]) {
        assert_eq!(b.objects_for(&m.message_id), 1);
    }
    unsafe { libc::kill(child.id() as i32, libc::SIGTERM) };
    assert_eq!(child.wait().unwrap().code(), Some(0));
}

#[test]
fn a_broken_mailbox_does_not_block_the_others() {
    let b = Bench::new();
    let wrong = b.secret("wrong-pw", "not-the-password");
    let extra = format!(
        r#"
[[mailbox]]
name = "broken"
host = "127.0.0.1"
port = {}
tls = "implicit"
ca_file = "{}"
username = "other@example.test"
password = "file:{}"
mode = "poll"
poll_interval_secs = 1
"#,
        b.dovecot.imaps_port(),
        b.dovecot.ca_path().display(),
        wrong.display()
    );
    let admin_port = daemon::free_port();
    let cfg = b.config_with("poll", "", &extra);
    let text = std::fs::read_to_string(&cfg).unwrap().replace(
        "[admin]\nenabled = false",
        &format!("[admin]\nenabled = true\nlisten = \"127.0.0.1:{admin_port}\""),
    );
    std::fs::write(&cfg, text).unwrap();
    let m = (0..50)
        .map(|i| mailgen::message(51, i, 0))
        .find(|m| m.expect == Expect::Request)
        .unwrap();
    b.dovecot.append(USER, "INBOX", &m.raw);
    let child = b.spawn_daemon(&cfg);
    let drained = b.wait_inbox_empty(Duration::from_secs(20));
    // The running daemon reports both mailboxes: one fine, one failing with the reason.
    let mut v = serde_json::Value::Null;
    let start = Instant::now();
    while start.elapsed() < Duration::from_secs(20) {
        let status = b.cmd(&cfg).args(["status", "--json"]).output().unwrap();
        v = serde_json::from_slice(&status.stdout).unwrap_or_else(|_| panic!("{}", out(&status)));
        let err = v["mailboxes"]
            .as_array()
            .unwrap()
            .iter()
            .find(|m| m["name"] == "broken")
            .unwrap()["last_error"]
            .clone();
        if err.is_string() {
            break;
        }
        std::thread::sleep(Duration::from_millis(200));
    }
    let boxes = v["mailboxes"].as_array().unwrap();
    let broken = boxes.iter().find(|m| m["name"] == "broken").unwrap();
    assert!(
        broken["last_error"]
            .as_str()
            .is_some_and(|e| e.contains("refused")),
        "{v}"
    );
    let collect = boxes.iter().find(|m| m["name"] == "collect").unwrap();
    assert_eq!(collect["processed"], 1, "{v}");
    {
        let (code, text) = dastra_mailgate::admin::get(
            format!("127.0.0.1:{admin_port}").parse().unwrap(),
            "/metrics",
        )
        .unwrap();
        assert_eq!(code, 200);
        assert!(
            text.contains(
                "mailgate_mail_total{mailbox=\"collect\",outcome=\"processed\",kind=\"request\"} 1"
            ),
            "{text}"
        );
        assert!(
            text.contains("mailgate_imap_reconnects_total{mailbox=\"broken\"}"),
            "{text}"
        );
    }
    unsafe { libc::kill(child.id() as i32, libc::SIGTERM) };
    let output = child.wait_with_output().unwrap();
    assert!(drained);
    assert_eq!(b.objects_for(&m.message_id), 1);
    let log = String::from_utf8_lossy(&output.stderr);
    assert!(
        log.contains("Login refused") && log.contains("broken"),
        "{log}"
    );
    assert!(
        !log.contains("not-the-password"),
        "a password reached the log"
    );
}

#[test]
fn follow_up_by_reply_becomes_a_message_on_the_request() {
    let b = Bench::new();
    let cfg = b.config("poll", "");
    let first = (0..50)
        .map(|i| mailgen::message(61, i, 0))
        .find(|m| m.expect == Expect::Request)
        .unwrap();
    b.dovecot.append(USER, "INBOX", &first.raw);
    let o = b.ingest_once(&cfg);
    assert_eq!(o.status.code(), Some(0), "{}", out(&o));
    let dsr_id = b.dastra.dsrs(1)[0]["id"].as_i64().unwrap() as i32;
    // The data subject answers (from the address the request was made from).
    let requester = b.dastra.dsrs(1)[0]["email"].as_str().unwrap().to_string();
    let reply = format!(
        "From: <{requester}>\r\nTo: <{USER}>\r\nSubject: Re: my request\r\nMessage-ID: <reply-1@mail.example.net>\r\nIn-Reply-To: <{}>\r\nReferences: <{}>\r\n\r\nHere is the copy of my ID card you asked for.\r\n\r\n> earlier text\r\n",
        first.message_id, first.message_id
    );
    b.dovecot.append(USER, "INBOX", reply.as_bytes());
    let o = b.ingest_once(&cfg);
    assert_eq!(o.status.code(), Some(0), "{}", out(&o));
    assert_eq!(b.dastra.dsrs(1).len(), 1, "the reply created a new request");
    let msgs = b.dastra.messages_for(1, dsr_id);
    assert_eq!(msgs.len(), 1, "{msgs:?}");
    let text = msgs[0]["message"].as_str().unwrap();
    assert!(text.contains("copy of my ID card"), "{text}");
    assert!(
        text.starts_with(&format!("From: {requester}")),
        "the sender is written into the message: {text}"
    );
    let files: Vec<String> = b
        .dastra
        .attachments(1, dsr_id)
        .into_iter()
        .map(|a| a.file_name)
        .collect();
    assert!(
        files
            .iter()
            .any(|f| f.starts_with("reply-") && f.ends_with(".eml")),
        "{files:?}"
    );
}

fn first_request(seed: u64) -> mailgen::Generated {
    (0..50)
        .map(|i| mailgen::message(seed, i, 0))
        .find(|m| m.expect == Expect::Request)
        .unwrap()
}

#[test]
fn starttls_client_credentials_and_copy_expunge_without_move() {
    let b = Bench::with(
        DastraDoubleOptions::default(),
        DovecotOptions::new().with_disable_move(true),
    );
    let cfg = b.config("poll", "");
    // Switch to STARTTLS on the plain port and to the client-credentials pair.
    let private = b.secret("dastra-private", b.dastra.private_key());
    let text = std::fs::read_to_string(&cfg)
        .unwrap()
        .replace(
            &format!("port = {}", b.dovecot.imaps_port()),
            &format!("port = {}", b.dovecot.imap_port()),
        )
        .replace("tls = \"implicit\"", "tls = \"starttls\"")
        .replace(
            &format!(
                "api_key = \"file:{}\"",
                b.dir.path().join("dastra-key").display()
            ),
            &format!(
                "public_key = \"{}\"\nprivate_key = \"file:{}\"",
                b.dastra.public_key(),
                private.display()
            ),
        );
    std::fs::write(&cfg, text).unwrap();
    let m = first_request(71);
    b.dovecot.append(USER, "INBOX", &m.raw);
    let o = b.ingest_once(&cfg);
    assert_eq!(o.status.code(), Some(0), "{}", out(&o));
    assert_eq!(b.objects_for(&m.message_id), 1);
    assert_eq!(b.count("INBOX"), 0);
    assert_eq!(b.count("Dastra/Processed"), 1);
    assert!(
        b.dastra.tokens_issued() >= 1,
        "no client-credentials token was requested"
    );
    // Without MOVE the client must have used COPY + STORE \Deleted + UID EXPUNGE.
    let log = String::from_utf8_lossy(&o.stderr);
    assert!(
        log.contains("move=false"),
        "MOVE was not detected as missing: {log}"
    );
}

#[test]
fn plaintext_imap_needs_allow_insecure_and_then_works() {
    let b = Bench::new();
    let cfg = b.config("poll", "");
    let text = std::fs::read_to_string(&cfg)
        .unwrap()
        .replace(
            &format!("port = {}", b.dovecot.imaps_port()),
            &format!("port = {}", b.dovecot.imap_port()),
        )
        .replace("tls = \"implicit\"", "tls = \"none\"");
    std::fs::write(&cfg, &text).unwrap();
    let o = b.ingest_once(&cfg);
    assert_eq!(o.status.code(), Some(78), "{}", out(&o));
    assert!(out(&o).contains("allow_insecure"), "{}", out(&o));
    std::fs::write(
        &cfg,
        text.replace("tls = \"none\"", "tls = \"none\"\nallow_insecure = true"),
    )
    .unwrap();
    let m = first_request(72);
    b.dovecot.append(USER, "INBOX", &m.raw);
    let o = b.ingest_once(&cfg);
    assert_eq!(o.status.code(), Some(0), "{}", out(&o));
    assert_eq!(b.objects_for(&m.message_id), 1);
}

fn pipe(b: &Bench, cfg: &Path, raw: &[u8]) -> Output {
    use std::io::Write;
    let mut child = b
        .cmd(cfg)
        .args(["ingest", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(raw).unwrap();
    child.wait_with_output().unwrap()
}

#[test]
fn mta_pipe_mode_exit_codes() {
    let b = Bench::new();
    let cfg = b.config("poll", "");
    let m = first_request(73);
    let o = pipe(&b, &cfg, &m.raw);
    assert_eq!(o.status.code(), Some(0), "{}", out(&o));
    assert_eq!(b.objects_for(&m.message_id), 1);
    // The MTA delivers the same message again: nothing new is created.
    let o = pipe(&b, &cfg, &m.raw);
    assert_eq!(o.status.code(), Some(0), "{}", out(&o));
    assert_eq!(b.objects_for(&m.message_id), 1);

    // Dastra down: 75, the MTA keeps the message and retries.
    b.dastra
        .faults()
        .push(Fault::status_before(503).on("POST", "/v1/ws/1/").always());
    let m2 = first_request(74);
    let o = pipe(&b, &cfg, &m2.raw);
    assert_eq!(o.status.code(), Some(75), "{}", out(&o));
    b.dastra.faults().clear();
    let o = pipe(&b, &cfg, &m2.raw);
    assert_eq!(o.status.code(), Some(0), "{}", out(&o));
    assert_eq!(b.objects_for(&m2.message_id), 1);

    // Refused for good: 65.
    let cfg = b.config("poll", "area_id = 999\n");
    let o = pipe(&b, &cfg, &first_request(75).raw);
    assert_eq!(o.status.code(), Some(65), "{}", out(&o));
    // Fixed, the failed message's raw copy piped again is retried (not "already handled").
    let raw_copy = walk(&b.state_dir().join("failed"));
    assert_eq!(raw_copy.len(), 1, "{raw_copy:?}");
    let cfg = b.config("poll", "");
    let o = pipe(&b, &cfg, &std::fs::read(&raw_copy[0]).unwrap());
    assert_eq!(o.status.code(), Some(0), "{}", out(&o));
    assert_eq!(b.objects_for(&first_request(75).message_id), 1);
}

#[test]
fn dry_run_prints_one_json_object_per_message_and_creates_nothing() {
    let examples = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/mail");
    let o = Command::new(BIN)
        .args([
            "-c",
            "/nonexistent-so-built-in-defaults-are-not-used.toml",
            "ingest",
            "--dry-run",
        ])
        .arg(&examples)
        .output()
        .unwrap();
    // An explicit config that does not exist is an error, not a silent fallback.
    assert_eq!(o.status.code(), Some(78), "{}", out(&o));

    let o = Command::new(BIN)
        .env("DASTRA_MAILGATE_CONFIG", "/nonexistent/config.toml")
        .args(["ingest", "--dry-run", "--format", "json"])
        .arg(&examples)
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(0), "{}", out(&o));
    let lines: Vec<serde_json::Value> = String::from_utf8_lossy(&o.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).expect("one JSON object per line"))
        .collect();
    let emls = std::fs::read_dir(&examples)
        .unwrap()
        .filter(|e| {
            e.as_ref()
                .unwrap()
                .path()
                .extension()
                .is_some_and(|x| x == "eml")
        })
        .count();
    assert_eq!(lines.len(), emls);
    for l in &lines {
        assert!(
            ["create", "ignore", "fail"].contains(&l["plan"]["plan"].as_str().unwrap()),
            "{l}"
        );
    }
    assert!(
        lines
            .iter()
            .any(|l| l["plan"]["target"]["object"] == "data_subject_request"),
        "{lines:?}"
    );
    assert!(lines.iter().any(|l| l["plan"]["plan"] == "ignore"));
    for l in &lines {
        for key in [
            "file",
            "message_id",
            "kind",
            "purposes",
            "email",
            "given_name",
            "family_name",
            "locale",
            "ignore_reason",
            "follow_up_of",
            "dastra",
        ] {
            assert!(l.get(key).is_some(), "{key} missing in {l}");
        }
        assert!(
            ["request", "task", "incident", "follow_up", "ignore"]
                .contains(&l["kind"].as_str().unwrap()),
            "{l}"
        );
        if l["kind"] == "ignore" {
            assert!(l["ignore_reason"].is_string(), "{l}");
        } else {
            assert!(l["ignore_reason"].is_null(), "{l}");
        }
    }
    let newsletter = lines
        .iter()
        .find(|l| l["file"].as_str().unwrap().ends_with("newsletter.eml"))
        .unwrap();
    assert_eq!(newsletter["ignore_reason"], "bulk");
    let erasure = lines
        .iter()
        .find(|l| l["file"].as_str().unwrap().ends_with("en-erasure.eml"))
        .unwrap();
    assert_eq!(erasure["kind"], "request");
    assert_eq!(erasure["purposes"], serde_json::json!(["Erasure"]));
    assert_eq!(erasure["dastra"]["object"], "data_subject_request");

    // Follow-ups: another file of the same run counts as already ingested, whatever the order.
    let dir = tempfile::tempdir().unwrap();
    let first = "From: Jane Doe <jane@example.com>\r\nTo: privacy@example.org\r\nSubject: Delete my data\r\nMessage-ID: <first@example.com>\r\n\r\nPlease delete my data.\r\n";
    let reply = "From: Jane Doe <jane@example.com>\r\nTo: privacy@example.org\r\nSubject: Re: Delete my data\r\nMessage-ID: <second@example.com>\r\nIn-Reply-To: <first@example.com>\r\n\r\nAny news?\r\n";
    let tagged = "From: Jane Doe <jane@example.com>\r\nTo: privacy@example.org\r\nSubject: Re: [DSR-1042] Your request\r\nMessage-ID: <third@example.com>\r\n\r\nHere is my ID.\r\n";
    std::fs::write(dir.path().join("a-reply.eml"), reply).unwrap();
    std::fs::write(dir.path().join("b-first.eml"), first).unwrap();
    std::fs::write(dir.path().join("c-tagged.eml"), tagged).unwrap();
    let o = Command::new(BIN)
        .env("DASTRA_MAILGATE_CONFIG", "/nonexistent/config.toml")
        .args(["ingest", "--dry-run", "--format", "json"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(0), "{}", out(&o));
    let lines: Vec<serde_json::Value> = String::from_utf8_lossy(&o.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let by = |suffix: &str| {
        lines
            .iter()
            .find(|l| l["file"].as_str().unwrap().ends_with(suffix))
            .unwrap()
            .clone()
    };
    let r = by("a-reply.eml");
    assert_eq!(r["kind"], "follow_up", "{r}");
    assert!(
        r["follow_up_of"].as_str().unwrap().ends_with("b-first.eml"),
        "{r}"
    );
    assert_eq!(r["message_id"], "second@example.com");
    assert_eq!(by("b-first.eml")["kind"], "request");
    assert_eq!(by("b-first.eml")["email"], "jane@example.com");
    assert_eq!(by("b-first.eml")["given_name"], "Jane");
    assert_eq!(by("c-tagged.eml")["follow_up_of"], "1042");
}

#[test]
fn a_silent_server_times_out_instead_of_hanging() {
    let b = Bench::new();
    // A TCP listener that accepts and never says a word (a dead peer, a black-holing firewall).
    let silent = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = silent.local_addr().unwrap().port();
    let _keep = std::thread::spawn(move || {
        let mut held = Vec::new();
        for s in silent.incoming().flatten() {
            held.push(s);
        }
    });
    let cfg = b.config("poll", "");
    let text = std::fs::read_to_string(&cfg)
        .unwrap()
        .replace(
            &format!("port = {}", b.dovecot.imaps_port()),
            &format!("port = {port}"),
        )
        .replace("command_timeout_secs = 10", "command_timeout_secs = 1");
    std::fs::write(&cfg, text).unwrap();
    let o = b.ingest_once(&cfg);
    assert_eq!(o.status.code(), Some(75), "{}", out(&o));
    assert!(out(&o).contains("timed out"), "{}", out(&o));
}

/// Acknowledgements: a created request is acknowledged to the data subject through the relay
/// spool (templated, threaded, `Auto-Submitted: auto-replied`, the request reference in the
/// subject); never to guarded mail; at most N per recipient per day, across runs. The relay
/// (the daemon) then delivers it to an SMTP peer.
#[test]
fn created_requests_are_acknowledged_through_the_relay() {
    use testbench::smtp_sink::{SmtpSink, SmtpSinkOptions};
    let b = Bench::new();
    let sink = SmtpSink::start(SmtpSinkOptions::default());
    let relay_port = daemon::free_port();
    let relay = format!(
        r#"
[relay]
enabled = true
listen = "127.0.0.1:{relay_port}"
hostname = "relay.test"
sender = "privacy@example.org"
alias = "Example Privacy Team"
allowed_sender_domains = ["example.org"]
allow_unauthenticated_loopback = true
retry_schedule_secs = [1]
max_age_secs = 3600
{transport}max_connections = 1

[relay.limits]
messages_per_minute = 0
recipients_per_day = 0
"#,
        transport = daemon::sink_transport(sink.port())
    );
    let cfg = b.config_with(
        "poll",
        "[mailbox.acknowledge]\nmax_per_recipient_per_day = 1\n",
        &relay,
    );
    let request = |mid: &str, subject: &str, extra: &str| {
        format!(
            "From: =?UTF-8?B?{name}?= <jeanne.martin@example.net>\r\nTo: {USER}\r\nSubject: {subject}\r\nMessage-ID: <{mid}>\r\nReferences: <older@example.net>\r\n{extra}Date: Mon, 16 Nov 2026 09:00:00 +0100\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nBonjour, merci de supprimer toutes mes données personnelles.\r\n",
            name = base64::Engine::encode(
                &base64::engine::general_purpose::STANDARD,
                "Jeanne Martin\r\nBcc: victim@example.com".as_bytes()
            ),
        )
    };
    b.dovecot.append(
        USER,
        "INBOX",
        request("ack-1@example.net", "Suppression de mes données", "").as_bytes(),
    );
    // A second request the same day: over the limit of 1, no second acknowledgement.
    b.dovecot.append(
        USER,
        "INBOX",
        request("ack-2@example.net", "Encore ma demande", "").as_bytes(),
    );
    // An auto-reply: guarded, nothing created, nothing acknowledged.
    b.dovecot.append(
        USER,
        "INBOX",
        request(
            "ack-3@example.net",
            "Réponse automatique",
            "Auto-Submitted: auto-replied\r\n",
        )
        .as_bytes(),
    );
    let o = b.ingest_once(&cfg);
    assert_eq!(o.status.code(), Some(0), "{}", out(&o));
    assert_eq!(b.objects_for("ack-1@example.net"), 1);
    assert_eq!(b.objects_for("ack-2@example.net"), 1);
    assert_eq!(b.objects_for("ack-3@example.net"), 0);

    // Exactly one acknowledgement, durable in the spool (the relay is not running).
    let q = b.state_dir().join("spool/q");
    let spooled: Vec<PathBuf> = std::fs::read_dir(&q)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "eml"))
        .collect();
    assert_eq!(spooled.len(), 1, "{spooled:?}\n{}", out(&o));
    let dsr = &b.dastra.dsrs_by_ref_id(1, "mid:ack-1@example.net")[0];
    let id = dsr["id"].to_string().trim_matches('"').to_string();

    // A later run does not acknowledge again (the limit is in the ledger, the first mail is
    // done).
    let o = b.ingest_once(&cfg);
    assert_eq!(o.status.code(), Some(0), "{}", out(&o));
    assert_eq!(
        std::fs::read_dir(&q).unwrap().count(),
        2,
        "one .eml + one .json"
    );

    // The relay delivers it.
    let mut daemon = b.spawn_daemon(&cfg);
    let got = sink.wait_for(1, Duration::from_secs(30));
    let _ = daemon.kill();
    let stderr = {
        let _ = daemon.wait();
        let mut s = String::new();
        if let Some(mut e) = daemon.stderr.take() {
            use std::io::Read;
            let _ = e.read_to_string(&mut s);
        }
        s
    };
    assert_eq!(got.len(), 1, "{stderr}");
    let m = &got[0];
    assert_eq!(m.rcpts, ["jeanne.martin@example.net"]);
    assert_eq!(m.mail_from, "privacy@example.org");
    assert_eq!(m.header("Auto-Submitted").as_deref(), Some("auto-replied"));
    assert_eq!(
        m.header("In-Reply-To").as_deref(),
        Some("<ack-1@example.net>")
    );
    assert_eq!(
        m.header("References").as_deref(),
        Some("<older@example.net> <ack-1@example.net>")
    );
    assert!(m.header("Bcc").is_none(), "{}", m.text());
    let parsed = mail_parser::MessageParser::default()
        .parse(&m.data)
        .unwrap();
    let subject = parsed.subject().unwrap_or_default().to_string();
    assert_eq!(
        subject,
        format!("Accusé de réception de votre demande [DSR-{id}]")
    );
    let body = parsed.body_text(0).unwrap_or_default().to_string();
    assert!(body.contains(&format!("[DSR-{id}]")), "{body}");
    assert!(body.contains("Suppression de mes données"), "{body}");
    // Our own acknowledgement, if it comes back to the collection mailbox, is guarded.
    let u = dastra_mailgate::understand::understand(
        &m.data,
        &dastra_mailgate::understand::UnderstandOptions::default(),
    );
    assert!(u.guard.is_some(), "{:?}", u.guard);
}

/// A full disk under the state directory (a real tmpfs, filled up) while mail waits: the
/// run fails loudly, nothing is moved out of the inbox without its object, and once space is
/// back every message becomes exactly one object.
#[test]
fn a_full_disk_stops_ingestion_without_losing_or_duplicating_mail() {
    let b = Bench::new();
    let disk = testbench::daemon::Tmpfs::mount(&b.state_dir(), "16m");
    let cfg = b.config("poll", "");
    // The ledger exists before the disk fills.
    let o = b.ingest_once(&cfg);
    assert_eq!(o.status.code(), Some(0), "{}", out(&o));

    let msgs: Vec<_> = (0..40)
        .map(|i| mailgen::message(91, i, 2000))
        .filter(|m| m.expect != Expect::Ignored)
        .take(20)
        .collect();
    for m in &msgs {
        b.dovecot.append(USER, "INBOX", &m.raw);
    }
    let filler = disk.fill(8 * 1024);
    let o = b.ingest_once(&cfg);
    let text = out(&o);
    eprintln!("full-disk run: {text}");
    assert_ne!(
        o.status.code(),
        Some(0),
        "the full disk went unnoticed: {text}"
    );
    assert!(
        text.contains("No space left")
            && text.contains("free space on the filesystem of state.dir"),
        "{text}"
    );
    let processed = b.count("Dastra/Processed") as usize;
    assert!(processed < msgs.len(), "the disk never filled up: {text}");
    for m in &msgs {
        assert!(
            b.objects_for(&m.message_id) <= 1,
            "{} duplicated",
            m.message_id
        );
    }

    std::fs::remove_file(&filler).unwrap();
    let o = b.ingest_once(&cfg);
    assert_eq!(o.status.code(), Some(0), "{}", out(&o));
    assert_eq!(b.count("INBOX"), 0);
    assert_eq!(b.count("Dastra/Failed"), 0);
    assert_eq!(b.count("Dastra/Processed") as usize, msgs.len());
    for m in &msgs {
        assert_eq!(
            b.objects_for(&m.message_id),
            1,
            "{} lost or duplicated",
            m.message_id
        );
    }
}

// ---------------------------------------------------------------------------------------
// When mail fails: attempt budgets, operators' retries, the sender limit, the legal clocks
// ---------------------------------------------------------------------------------------

fn mail_cmd(b: &Bench, cfg: &Path, args: &[&str]) -> Output {
    b.cmd(cfg).arg("mail").args(args).output().unwrap()
}

/// `mail list --json`: the records needing a look.
fn mail_list(b: &Bench, cfg: &Path) -> Vec<serde_json::Value> {
    let o = mail_cmd(b, cfg, &["list", "--json"]);
    assert_eq!(o.status.code(), Some(0), "{}", out(&o));
    serde_json::from_slice::<serde_json::Value>(&o.stdout)
        .unwrap()
        .as_array()
        .unwrap()
        .clone()
}

fn requests(seed: u64, n: usize) -> Vec<mailgen::Generated> {
    (0..200)
        .map(|i| mailgen::message(seed, i, 0))
        .filter(|m| m.expect == Expect::Request)
        .take(n)
        .collect()
}

const BUDGET_2: &str = "[ingest]\nmax_attempts = 2\nfirst_retry_delay_secs = 1\n";

#[test]
fn a_message_failing_on_every_try_waits_while_the_others_go_on_then_is_parked_and_retried() {
    let b = Bench::new();
    let cfg = b.config_with("poll", "", BUDGET_2);
    let msgs = requests(81, 3);
    for m in &msgs {
        b.dovecot.append(USER, "INBOX", &m.raw);
    }
    // Every upload to the first request fails (a broken attachment endpoint for it).
    b.dastra.faults().push(
        Fault::status_before(500)
            .on("POST", "/v1/ws/1/DataSubjectAttachments/1001")
            .always(),
    );
    let o = b.ingest_once(&cfg);
    assert_eq!(o.status.code(), Some(75), "one message waits: {}", out(&o));
    assert_eq!(b.count("INBOX"), 1, "{}", out(&o));
    assert_eq!(b.count("Dastra/Processed"), 2, "the others went on");
    assert_eq!(b.objects_for(&msgs[1].message_id), 1);
    assert_eq!(b.objects_for(&msgs[2].message_id), 1);
    let rows = mail_list(&b, &cfg);
    assert_eq!(rows.len(), 1, "{rows:?}");
    assert_eq!(rows[0]["outcome"], "retrying");
    assert!(
        rows[0]["reason"].as_str().unwrap().contains("500"),
        "{rows:?}"
    );

    // Second try: the budget (2) is spent; parked with its reason, an ERROR line.
    let o = b.ingest_once(&cfg);
    assert_eq!(o.status.code(), Some(0), "{}", out(&o));
    assert_eq!(b.count("INBOX"), 0);
    assert_eq!(b.count("Dastra/Failed"), 1);
    let log = String::from_utf8_lossy(&o.stderr);
    assert!(
        log.contains("ERROR") && log.contains("could not be recorded"),
        "{log}"
    );
    let rows = mail_list(&b, &cfg);
    assert_eq!(rows[0]["outcome"], "failed");
    assert!(
        rows[0]["reason"]
            .as_str()
            .unwrap()
            .contains("gave up after 2 tries"),
        "{rows:?}"
    );
    let id = rows[0]["id"].as_u64().unwrap().to_string();
    let show = mail_cmd(&b, &cfg, &["show", &id]);
    let text = String::from_utf8_lossy(&show.stdout);
    assert!(text.contains("created request 1001"), "{text}");
    assert!(text.contains("temporary failure 2 of 2"), "{text}");

    // The endpoint is fixed; the operator retries: the same request gets its files, once.
    b.dastra.faults().clear();
    let o = mail_cmd(&b, &cfg, &["retry", &id]);
    assert_eq!(o.status.code(), Some(0), "{}", out(&o));
    let o = b.ingest_once(&cfg);
    assert_eq!(o.status.code(), Some(0), "{}", out(&o));
    assert_eq!(b.count("Dastra/Failed"), 0, "{}", out(&o));
    assert_eq!(b.count("Dastra/Processed"), 3);
    assert_eq!(b.objects_for(&msgs[0].message_id), 1, "no second request");
    assert_eq!(b.dastra.dsrs(1).len(), 3);
    let files = b.dastra.attachments(1, 1001);
    assert_eq!(
        files
            .iter()
            .filter(|a| a.file_name == "original-message.eml")
            .count(),
        1,
        "uploaded once"
    );
    let text = String::from_utf8_lossy(&mail_cmd(&b, &cfg, &["show", &id]).stdout).to_string();
    assert!(text.contains("retry requested by an operator"), "{text}");
    assert!(text.contains("outcome   created"), "{text}");
    // Retrying it again is refused: it would be a duplicate.
    let o = mail_cmd(&b, &cfg, &["retry", &id]);
    assert_eq!(o.status.code(), Some(65), "{}", out(&o));
}

#[test]
fn mail_retry_of_an_ignored_message_creates_exactly_one_object() {
    let b = Bench::new();
    let cfg = b.config("poll", "");
    // A real request that looks like an auto-reply: the guard ignores it.
    let m = first_request(82);
    let raw = String::from_utf8_lossy(&m.raw).replacen(
        "Subject:",
        "Auto-Submitted: auto-replied\r\nSubject:",
        1,
    );
    b.dovecot.append(USER, "INBOX", raw.as_bytes());
    let o = b.ingest_once(&cfg);
    assert_eq!(o.status.code(), Some(0), "{}", out(&o));
    assert_eq!(b.count("Dastra/Ignored"), 1);
    assert_eq!(b.objects_for(&m.message_id), 0);
    let rows = mail_list(&b, &cfg);
    assert_eq!(rows[0]["outcome"], "ignored", "{rows:?}");
    let id = rows[0]["id"].as_u64().unwrap().to_string();
    let o = mail_cmd(&b, &cfg, &["retry", &id]);
    assert_eq!(o.status.code(), Some(0), "{}", out(&o));
    assert!(out(&o).contains("past the guards"), "{}", out(&o));
    for _ in 0..2 {
        let o = b.ingest_once(&cfg);
        assert_eq!(o.status.code(), Some(0), "{}", out(&o));
    }
    assert_eq!(b.objects_for(&m.message_id), 1);
    assert_eq!(b.count("Dastra/Ignored"), 0);
    assert_eq!(b.count("Dastra/Processed"), 1);
}

#[test]
fn moving_a_failed_message_back_to_the_inbox_retries_it() {
    let b = Bench::new();
    // Area 999 does not exist: Dastra refuses, the message is parked.
    let bad = b.config("poll", "area_id = 999\n");
    let m = first_request(83);
    b.dovecot.append(USER, "INBOX", &m.raw);
    let o = b.ingest_once(&bad);
    assert_eq!(o.status.code(), Some(0), "{}", out(&o));
    assert_eq!(b.count("Dastra/Failed"), 1);
    // `mail forget`: no longer needs attention, and the history says who decided so.
    let id = mail_list(&b, &bad)[0]["id"].as_u64().unwrap().to_string();
    let o = mail_cmd(&b, &bad, &["forget", &id]);
    assert_eq!(o.status.code(), Some(0), "{}", out(&o));
    let shown = String::from_utf8_lossy(&mail_cmd(&b, &bad, &["show", &id]).stdout).to_string();
    assert!(shown.contains("forgotten by an operator"), "{shown}");
    // An unknown record id is a clear error, not a silent success.
    let o = mail_cmd(&b, &bad, &["retry", "999999"]);
    assert_eq!(o.status.code(), Some(65), "{}", out(&o));
    assert!(
        out(&o).contains("no message with record id 999999"),
        "{}",
        out(&o)
    );
    // The admin fixes the area and moves the mail back to the inbox (a new UID there).
    let good = b.config("poll", "");
    b.dovecot.append(USER, "INBOX", &m.raw);
    let o = b.ingest_once(&good);
    assert_eq!(o.status.code(), Some(0), "{}", out(&o));
    assert_eq!(b.objects_for(&m.message_id), 1, "{}", out(&o));
    assert!(out(&o).contains("moved back to the inbox"), "{}", out(&o));
    // Seen again in the processed folder's place, nothing more happens.
    let o = b.ingest_once(&good);
    assert_eq!(o.status.code(), Some(0), "{}", out(&o));
    assert_eq!(b.objects_for(&m.message_id), 1);
}

#[test]
fn over_the_sender_limit_mail_waits_and_follow_ups_pass() {
    let b = Bench::new();
    let cfg = b.config("poll", "");
    let text = std::fs::read_to_string(&cfg)
        .unwrap()
        .replace("max_per_sender_per_hour = 0", "max_per_sender_per_hour = 2");
    std::fs::write(&cfg, text).unwrap();
    let sender = "busy.sender@mail.example.net";
    let mail = |i: usize, extra: &str| {
        format!(
            "From: Busy Sender <{sender}>\r\nTo: <{USER}>\r\nSubject: Demande d'accès {i}\r\nMessage-ID: <busy-{i}@mail.example.net>\r\nDate: Sun, 22 Nov 2026 08:00:00 +0100\r\n{extra}\r\nBonjour, je demande l'accès à mes données personnelles (article 15 RGPD).\r\nBusy Sender\r\n"
        )
    };
    for i in 0..4 {
        b.dovecot.append(USER, "INBOX", mail(i, "").as_bytes());
    }
    let o = b.ingest_once(&cfg);
    assert_eq!(o.status.code(), Some(75), "two wait: {}", out(&o));
    assert_eq!(b.dastra.dsrs(1).len(), 2, "{}", out(&o));
    assert_eq!(b.count("INBOX"), 2, "nothing discarded");
    assert_eq!(b.count("Dastra/Ignored"), 0);
    let rows = mail_list(&b, &cfg);
    assert_eq!(rows.len(), 2, "{rows:?}");
    assert!(
        rows.iter()
            .all(|r| r["reason"].as_str().unwrap().contains("sender rate limit")),
        "{rows:?}"
    );
    // A follow-up from the same sender to a request: never limited.
    let reply = mail(
        9,
        "In-Reply-To: <busy-0@mail.example.net>\r\nReferences: <busy-0@mail.example.net>\r\n",
    )
    .replace("Demande d'accès 9", "Re: Demande d'accès 0");
    b.dovecot.append(USER, "INBOX", reply.as_bytes());
    let o = b.ingest_once(&cfg);
    let dsr = b.dastra.dsrs_by_ref_id(1, "mid:busy-0@mail.example.net")[0]["id"]
        .as_i64()
        .unwrap() as i32;
    assert_eq!(b.dastra.messages_for(1, dsr).len(), 1, "{}", out(&o));
    assert_eq!(b.dastra.dsrs(1).len(), 2);
}

#[test]
fn a_colleagues_forward_on_the_organisations_domain_is_a_request() {
    let b = Bench::new();
    let cfg = b.config("poll", "");
    // Message-ID on the organisation's own domain (on-premise Exchange), forwarded by staff.
    let fwd = format!(
        "From: Claire Martin <claire.martin@example.test>\r\nTo: <{USER}>\r\nSubject: TR: Demande de suppression\r\nMessage-ID: <DB9PR01MB1234.567@example.test>\r\nDate: Sun, 22 Nov 2026 09:00:00 +0100\r\n\r\nBonjour, voici une demande reçue ce matin.\r\n\r\n-------- Message transféré --------\r\nDe : Jean Dupont <jean.dupont@mail.example.net>\r\nObjet : Demande de suppression\r\n\r\nBonjour, je souhaite la suppression de toutes mes données personnelles (article 17 RGPD).\r\nJean Dupont\r\n"
    );
    b.dovecot.append(USER, "INBOX", fwd.as_bytes());
    let o = b.ingest_once(&cfg);
    assert_eq!(o.status.code(), Some(0), "{}", out(&o));
    assert_eq!(b.count("Dastra/Ignored"), 0, "{}", out(&o));
    assert_eq!(b.dastra.dsrs(1).len(), 1, "{}", out(&o));
}

/// A rule's `person_category` reaches the Dastra create call: the real HTTP client sends it in
/// the JSON body the Dastra double receives (and leaves it to Dastra's default when no rule
/// sets it).
#[test]
fn a_rules_person_category_reaches_the_dastra_request() {
    let b = Bench::new();
    let rule = "[[mailbox.rule]]\nname = \"customers\"\nsender_domain = \"customers.example.test\"\nperson_category = \"Client\"\n";
    let cfg = b.config("poll", rule);
    let mail = |who: &str, id: &str| {
        format!(
            "From: Jane Roe <{who}>\r\nTo: <{USER}>\r\nSubject: My data\r\nMessage-ID: <{id}@mail.example.net>\r\nDate: Sun, 22 Nov 2026 09:00:00 +0100\r\n\r\nPlease delete all my personal data.\r\nJane Roe\r\n"
        )
    };
    b.dovecot.append(
        USER,
        "INBOX",
        mail("jane.roe@customers.example.test", "pc-1").as_bytes(),
    );
    b.dovecot.append(
        USER,
        "INBOX",
        mail("jane.roe@elsewhere.example.test", "pc-2").as_bytes(),
    );
    let o = b.ingest_once(&cfg);
    assert_eq!(o.status.code(), Some(0), "{}", out(&o));
    let with = &b.dastra.dsrs_by_ref_id(1, "mid:pc-1@mail.example.net")[0];
    assert_eq!(with["personCategory"], "Client", "{with}");
    let without = &b.dastra.dsrs_by_ref_id(1, "mid:pc-2@mail.example.net")[0];
    // No rule: the field is not sent and Dastra (the double) applies its own default.
    assert_ne!(without["personCategory"], "Client", "{without}");
}

#[test]
fn requests_and_breaches_carry_the_mails_date_not_the_ingestion_time() {
    let b = Bench::new();
    let cfg = b.config("poll", "");
    let req = first_request(84);
    let incident = (0..200)
        .map(|i| mailgen::message(84, i, 0))
        .find(|m| m.expect == Expect::Incident)
        .unwrap();
    b.dovecot.append(USER, "INBOX", &req.raw);
    b.dovecot.append(USER, "INBOX", &incident.raw);
    let o = b.ingest_once(&cfg);
    assert_eq!(o.status.code(), Some(0), "{}", out(&o));
    // mailgen dates every message "Sun, 22 Nov 2026 08:00:00 +0100".
    let want = chrono::DateTime::parse_from_rfc3339("2026-11-22T07:00:00Z").unwrap();
    let when = |v: &serde_json::Value| {
        chrono::DateTime::parse_from_rfc3339(v.as_str().unwrap_or_else(|| panic!("{v}")))
            .unwrap_or_else(|e| panic!("{v}: {e}"))
    };
    let dsr = &b.dastra.dsrs(1)[0];
    assert_eq!(when(&dsr["dateDemand"]), want, "{dsr}");
    assert_eq!(
        when(&dsr["expiryTime"]),
        chrono::DateTime::parse_from_rfc3339("2026-12-22T07:00:00Z").unwrap(),
        "one month from receipt: {dsr}"
    );
    let breach = &b.dastra.breaches(1)[0];
    assert_eq!(when(&breach["constatationDate"]), want, "{breach}");
    assert!(
        !breach["constatationDate"].as_str().unwrap().contains('.'),
        "whole seconds: {breach}"
    );
    // The incident is an alert at ERROR (journald priority err).
    let log = String::from_utf8_lossy(&o.stderr);
    assert!(
        log.contains("ERROR") && log.contains("incident received"),
        "{log}"
    );
}

#[test]
fn a_spoofed_request_tag_does_not_thread_and_says_what_it_claims() {
    let b = Bench::new();
    let cfg = b.config("poll", "");
    let first = first_request(85);
    b.dovecot.append(USER, "INBOX", &first.raw);
    assert_eq!(b.ingest_once(&cfg).status.code(), Some(0));
    let dsr = b.dastra.dsrs(1)[0].clone();
    let id = dsr["id"].as_i64().unwrap();
    let spoof = format!(
        "From: <someone@attacker.example>\r\nTo: <{USER}>\r\nSubject: [DSR-{id}] new address\r\nMessage-ID: <spoof-1@attacker.example>\r\n\r\nPlease send all my data to this other address instead.\r\n"
    );
    b.dovecot.append(USER, "INBOX", spoof.as_bytes());
    let o = b.ingest_once(&cfg);
    assert_eq!(o.status.code(), Some(0), "{}", out(&o));
    assert_eq!(
        b.dastra.messages_for(1, id as i32).len(),
        0,
        "written into the request"
    );
    let dsrs = b.dastra.dsrs(1);
    assert_eq!(dsrs.len(), 2, "{}", out(&o));
    let new = dsrs.iter().find(|d| d["id"].as_i64() != Some(id)).unwrap();
    assert!(
        new["message"]
            .as_str()
            .unwrap()
            .contains(&format!("claims to be about request {id}")),
        "{new}"
    );
    // The data subject's own mail with the tag threads, with the sender written in.
    let own = format!(
        "From: <{}>\r\nTo: <{USER}>\r\nSubject: [DSR-{id}] my ID\r\nMessage-ID: <own-1@mail.example.net>\r\n\r\nHere is my ID.\r\n",
        dsr["email"].as_str().unwrap()
    );
    b.dovecot.append(USER, "INBOX", own.as_bytes());
    let o = b.ingest_once(&cfg);
    assert_eq!(o.status.code(), Some(0), "{}", out(&o));
    let msgs = b.dastra.messages_for(1, id as i32);
    assert_eq!(msgs.len(), 1, "{}", out(&o));
    assert!(msgs[0]["message"].as_str().unwrap().starts_with("From: "));
}

#[test]
fn a_message_flagged_deleted_is_not_taken_again() {
    // A server without MOVE, interrupted between COPY and EXPUNGE, leaves the message
    // flagged \Deleted in the inbox: it was copied on already.
    let b = Bench::new();
    let cfg = b.config("poll", "");
    let m = first_request(86);
    b.dovecot
        .append_with_flags(USER, "INBOX", &["\\Deleted"], &m.raw);
    let o = b.ingest_once(&cfg);
    assert_eq!(o.status.code(), Some(0), "{}", out(&o));
    assert_eq!(b.objects_for(&m.message_id), 0);
    assert_eq!(b.count("Dastra/Processed"), 0, "copied a second time");
}

#[test]
fn pipe_mode_and_ingest_once_work_beside_the_daemon() {
    let b = Bench::new();
    let cfg = b.config("poll", "");
    let mut daemon = b.spawn_daemon(&cfg);
    std::thread::sleep(Duration::from_millis(500));
    // Pipe mode: handed to the daemon, which creates the request.
    let m = first_request(87);
    let o = pipe(&b, &cfg, &m.raw);
    assert_eq!(o.status.code(), Some(0), "{}", out(&o));
    let start = Instant::now();
    while b.objects_for(&m.message_id) == 0 && start.elapsed() < Duration::from_secs(30) {
        std::thread::sleep(Duration::from_millis(100));
    }
    assert_eq!(b.objects_for(&m.message_id), 1, "{}", out(&o));
    // The same message again: nothing new.
    let o = pipe(&b, &cfg, &m.raw);
    assert_eq!(o.status.code(), Some(0), "{}", out(&o));
    // `ingest --once` beside it: the daemon sweeps, nothing is locked out.
    let m2 = first_request(88);
    b.dovecot.append(USER, "INBOX", &m2.raw);
    let o = b.ingest_once(&cfg);
    assert_eq!(o.status.code(), Some(0), "{}", out(&o));
    assert!(b.wait_inbox_empty(Duration::from_secs(30)));
    assert_eq!(b.objects_for(&m2.message_id), 1);
    assert_eq!(b.objects_for(&m.message_id), 1);
    let _ = daemon.kill();
    let _ = daemon.wait();
}

#[test]
fn sigterm_while_waiting_for_a_rate_limit_slot_stops_at_once() {
    let b = Bench::new();
    let cfg = b.config("poll", "");
    let text = std::fs::read_to_string(&cfg)
        .unwrap()
        .replace("max_requests_per_min = 0", "max_requests_per_min = 6");
    std::fs::write(&cfg, text).unwrap();
    let msgs = requests(89, 3);
    for m in &msgs {
        b.dovecot.append(USER, "INBOX", &m.raw);
    }
    let daemon = b.spawn_daemon(&cfg);
    // The budget (6 a minute) is spent on the first message or two; the next waits for a slot.
    let start = Instant::now();
    while b.count("INBOX") == 3 && start.elapsed() < Duration::from_secs(30) {
        std::thread::sleep(Duration::from_millis(100));
    }
    assert!(b.count("INBOX") < 3, "nothing processed");
    std::thread::sleep(Duration::from_millis(1500));
    let left = b.count("INBOX");
    assert!(
        left > 0,
        "the budget did not run out; raise the message count"
    );
    let pid = daemon.id().to_string();
    assert!(
        Command::new("kill")
            .args(["-TERM", &pid])
            .status()
            .unwrap()
            .success()
    );
    let o = daemon.wait_with_output().unwrap();
    let log = String::from_utf8_lossy(&o.stderr);
    assert!(log.contains("Stopped cleanly."), "{log}");
    assert!(!log.contains("drain took longer"), "{log}");
    // Nothing was charged or lost: the waiting ones are still in the inbox, undamaged.
    assert_eq!(b.count("INBOX"), left);
    assert_eq!(b.count("Dastra/Failed"), 0);
    // The window was saved for the next start.
    assert!(b.state_dir().join("dastra-rate-window.json").exists());
}

#[test]
fn an_open_request_near_its_deadline_is_an_alert_and_a_closed_one_is_not() {
    let b = Bench::new();
    // Alert 40 days ahead: a request received now (deadline in a month) is inside.
    let cfg = b.config_with("poll", "", "[ingest]\ndeadline_alert_days = 40\n");
    let m = first_request(90);
    let raw = String::from_utf8_lossy(&m.raw).replace(
        "Date: Sun, 22 Nov 2026 08:00:00 +0100",
        &format!("Date: {}", chrono::Utc::now().to_rfc2822()),
    );
    b.dovecot.append(USER, "INBOX", raw.as_bytes());
    assert_eq!(b.ingest_once(&cfg).status.code(), Some(0));
    let run = |b: &Bench| {
        let d = b.spawn_daemon(&cfg);
        std::thread::sleep(Duration::from_secs(4));
        let _ = Command::new("kill")
            .args(["-TERM", &d.id().to_string()])
            .status();
        String::from_utf8_lossy(&d.wait_with_output().unwrap().stderr).to_string()
    };
    let log = run(&b);
    let dsr = b.dastra.dsrs(1)[0].clone();
    let id = dsr["id"].as_i64().unwrap();
    assert!(
        log.contains("ALERT") && log.contains(&format!("request {id} (received")),
        "{log}"
    );
    assert!(log.contains("still Open in Dastra"), "{log}");
    // Answered and closed in Dastra: no alert.
    let mut closed = dsr.clone();
    closed["state"] = serde_json::json!("Closed");
    let o = Command::new("curl")
        .args(["-s", "-o", "/dev/null", "-w", "%{http_code}", "-X", "PUT"])
        .arg(format!(
            "{}/v1/ws/1/DataSubjectRequests/{id}",
            b.dastra.base_url()
        ))
        .args(["-H", &format!("X-API-Key: {}", b.dastra.api_key())])
        .args(["-H", "Content-Type: application/json", "--data-binary"])
        .arg(closed.to_string())
        .output()
        .unwrap();
    assert_eq!(String::from_utf8_lossy(&o.stdout), "200");
    assert_eq!(b.dastra.dsrs(1)[0]["state"], "Closed");
    let log = run(&b);
    assert!(!log.contains(&format!("request {id} (received")), "{log}");
}

#[test]
fn a_piped_message_the_daemon_cannot_deliver_yet_survives_kill_9() {
    let b = Bench::new();
    let cfg = b.config("poll", "");
    b.dastra
        .faults()
        .push(Fault::status_before(503).on("POST", "/v1/ws/1/").always());
    let mut daemon = b.spawn_daemon(&cfg);
    std::thread::sleep(Duration::from_millis(500));
    // Dastra is down: the daemon keeps the message and says so; the MTA may let go (0).
    let m = first_request(91);
    let o = pipe(&b, &cfg, &m.raw);
    assert_eq!(o.status.code(), Some(0), "{}", out(&o));
    assert!(out(&o).contains("holds the message"), "{}", out(&o));
    // kill -9 before Dastra is back: the message is on disk in the hand-off directory.
    daemon.kill().unwrap();
    let _ = daemon.wait();
    assert_eq!(b.objects_for(&m.message_id), 0);
    let pending = std::fs::read_dir(b.state_dir().join("handoff"))
        .unwrap()
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().ends_with(".eml"))
        .count();
    assert_eq!(pending, 1, "the message is kept");
    // Dastra is back; the next process holding the ledger carries the request out, once.
    b.dastra.faults().clear();
    let o = b.ingest_once(&cfg);
    assert_eq!(o.status.code(), Some(0), "{}", out(&o));
    assert_eq!(b.objects_for(&m.message_id), 1);
    let o = b.ingest_once(&cfg);
    assert_eq!(o.status.code(), Some(0), "{}", out(&o));
    assert_eq!(b.objects_for(&m.message_id), 1);
}

#[test]
fn a_second_copy_of_an_ignored_message_is_decided_again_not_forced() {
    let b = Bench::new();
    let cfg = b.config("poll", "");
    let m = first_request(92);
    let raw = String::from_utf8_lossy(&m.raw).replacen(
        "Subject:",
        "Auto-Submitted: auto-replied\r\nSubject:",
        1,
    );
    b.dovecot.append(USER, "INBOX", raw.as_bytes());
    assert_eq!(b.ingest_once(&cfg).status.code(), Some(0));
    // The same mail again (a second alias, a resend): a new place in the inbox.
    b.dovecot.append(USER, "INBOX", raw.as_bytes());
    let o = b.ingest_once(&cfg);
    assert_eq!(o.status.code(), Some(0), "{}", out(&o));
    assert_eq!(b.objects_for(&m.message_id), 0, "forced into an object");
    assert_eq!(b.count("Dastra/Ignored"), 2);
}
