//! The journal end to end: the real daemon ingests from a real Dovecot into the Dastra
//! double and relays to an SMTP sink; the journal is then read with `journal --json` (from
//! the daemon, then from the state directory) and on the admin page in headless Chromium
//! (Debian `chromium`, installed by scripts/test): load, filter, and a screenshot kept as a
//! test artefact (`<target>/test-artifacts/journal.png`).

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::Duration;

use testbench::daemon::{self, Daemon, free_port, out, wait_until};
use testbench::dastra::{DastraDouble, DastraDoubleOptions};
use testbench::dovecot::{Dovecot, DovecotOptions};
use testbench::mailgen::{self, Expect};
use testbench::smtp_sink::{SmtpSink, SmtpSinkOptions, Stage};

const USER: &str = "collect@example.test";
const PASS: &str = "collect-pw";
const OTHER: &str = "other@example.test";
const OTHER_PASS: &str = "other-pw";
const ADMIN_TOKEN: &str = "journal-page-token";
const BIN: &str = env!("CARGO_BIN_EXE_dastra-mailgate");

struct Bench {
    dovecot: Dovecot,
    dastra: DastraDouble,
    sink: SmtpSink,
    dir: tempfile::TempDir,
    admin_port: u16,
    relay_port: u16,
}

impl Bench {
    fn new() -> Bench {
        Bench {
            dovecot: Dovecot::start(
                DovecotOptions::new()
                    .with_user(USER, PASS)
                    .with_user(OTHER, OTHER_PASS),
            ),
            dastra: DastraDouble::start(DastraDoubleOptions::default()),
            sink: SmtpSink::start(SmtpSinkOptions::default()),
            dir: tempfile::tempdir().unwrap(),
            admin_port: free_port(),
            relay_port: free_port(),
        }
    }

    fn secret(&self, name: &str, value: &str) -> PathBuf {
        daemon::secret_file(self.dir.path(), name, value)
    }

    fn state_dir(&self) -> PathBuf {
        self.dir.path().join("state")
    }

    fn mailbox(&self, name: &str, user: &str, pw: &str, extra: &str) -> String {
        let pw = self.secret(&format!("{name}-pw"), pw);
        format!(
            "{mailbox}{extra}\n{rules}\n",
            mailbox = daemon::imap_mailbox(
                &self.dovecot,
                name,
                user,
                &daemon::password_login(&pw),
                Some("poll")
            ),
            rules = mailgen::ROUTING_RULES,
        )
    }

    fn config(&self) -> PathBuf {
        let key = self.secret("dastra-key", self.dastra.api_key());
        let admin_token = self.secret("admin-token", ADMIN_TOKEN);
        let text = format!(
            r#"{head}
[admin]
enabled = true
listen = "127.0.0.1:{admin}"
auth_token = "file:{admin_token}"

[understanding]
max_per_sender_per_hour = 0

[relay]
enabled = true
listen = "127.0.0.1:{relay}"
hostname = "relay.test"
sender = "privacy@example.org"
allowed_sender_domains = ["app.example.org"]
retry_schedule_secs = [60]
max_age_secs = 3600
{transport}
[relay.limits]
messages_per_minute = 0
recipients_per_day = 0
{collect}
{other}
"#,
            head = daemon::ingest_head(&self.dastra, &key, Some(10), &self.state_dir()),
            admin = self.admin_port,
            admin_token = admin_token.display(),
            relay = self.relay_port,
            transport = daemon::sink_transport(self.sink.port()),
            collect = self.mailbox("collect", USER, PASS, ""),
            other = self.mailbox("other", OTHER, OTHER_PASS, "max_message_bytes = 200000"),
        );
        daemon::write_config(self.dir.path(), &text)
    }

    fn cmd(&self, cfg: &Path) -> Command {
        daemon::command(BIN, cfg)
    }

    fn journal(&self, cfg: &Path, args: &[&str]) -> serde_json::Value {
        let o = self
            .cmd(cfg)
            .arg("journal")
            .arg("--json")
            .args(args)
            .output()
            .unwrap();
        assert_eq!(o.status.code(), Some(0), "{}", out(&o));
        serde_json::from_slice(&o.stdout).unwrap_or_else(|e| panic!("{e}: {}", out(&o)))
    }

    fn sendmail(&self, cfg: &Path, to: &str) {
        let mut child = self
            .cmd(cfg)
            .args(["sendmail", "-f", "app@app.example.org", to])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        child
            .stdin
            .take()
            .unwrap()
            .write_all(
                format!(
                    "From: app@app.example.org\r\nTo: {to}\r\nSubject: Your request\r\n\r\nHello.\r\n"
                )
                .as_bytes(),
            )
            .unwrap();
        let o = child.wait_with_output().unwrap();
        assert_eq!(o.status.code(), Some(0), "{}", out(&o));
    }
}

impl Bench {
    /// Starts `run` and waits for its admin listener (the journal is read through it).
    fn start_daemon(&self, cfg: &Path) -> Daemon {
        let d = Daemon(
            self.cmd(cfg)
                .arg("run")
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .spawn()
                .unwrap(),
        );
        wait_until("the admin listener", Duration::from_secs(30), || {
            std::net::TcpStream::connect(("127.0.0.1", self.admin_port)).is_ok()
        });
        d
    }
}

fn count(rows: &serde_json::Value, key: &str, value: &str) -> usize {
    rows.as_array()
        .unwrap()
        .iter()
        .filter(|r| r[key] == value)
        .count()
}

fn artifacts_dir() -> PathBuf {
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("target"));
    let d = target.join("test-artifacts");
    std::fs::create_dir_all(&d).unwrap();
    d
}

/// Headless Chromium with a throwaway profile; `args` e.g. `--dump-dom URL`.
fn chromium(profile: &Path, args: &[&str]) -> Output {
    let o = Command::new("chromium")
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--no-first-run",
            "--hide-scrollbars",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .args(args)
        .output()
        .expect("chromium is installed by scripts/test (apt-get install chromium)");
    assert!(o.status.success(), "{}", out(&o));
    o
}

/// Every `<tr …>` of the journal table in a dumped DOM, as its attribute text.
fn journal_rows(dom: &str) -> Vec<String> {
    let table = dom
        .split("<table id=\"journal\">")
        .nth(1)
        .unwrap_or_else(|| panic!("no journal table in {dom}"));
    let body = table.split("</table>").next().unwrap();
    body.split("<tr ")
        .skip(1)
        .map(|r| r.split('>').next().unwrap().to_string())
        .collect()
}

#[test]
fn journal_page_cli_and_headless_chromium() {
    let b = Bench::new();
    let cfg = b.config();

    // Mail for both mailboxes, and one message too big for "other".
    let collect: Vec<_> = (0..12).map(|i| mailgen::message(31, i, 0)).collect();
    let other: Vec<_> = (0..6).map(|i| mailgen::message(32, i, 0)).collect();
    for m in &collect {
        b.dovecot.append(USER, "INBOX", &m.raw);
    }
    for m in &other {
        b.dovecot.append(OTHER, "INBOX", &m.raw);
    }
    let big = mailgen::message(33, 0, 300_000);
    b.dovecot.append(OTHER, "INBOX", &big.raw);

    let _daemon = b.start_daemon(&cfg);
    wait_until("both inboxes to empty", Duration::from_secs(60), || {
        b.dovecot.count(USER, "INBOX") == 0 && b.dovecot.count(OTHER, "INBOX") == 0
    });

    // Two notifications: one delivered, one refused by the provider.
    wait_until("the relay listener", Duration::from_secs(20), || {
        std::net::TcpStream::connect(("127.0.0.1", b.relay_port)).is_ok()
    });
    b.sendmail(&cfg, "jane.doe@example.net");
    b.sink.wait_for(1, Duration::from_secs(20));
    b.sink.push_reply(
        Stage::Rcpt,
        "550 5.1.1 <john.roe@example.net>: Recipient address rejected: User unknown",
    );
    b.sendmail(&cfg, "john.roe@example.net");

    let processed =
        |msgs: &[mailgen::Generated]| msgs.iter().filter(|m| m.expect != Expect::Ignored).count();
    let ignored =
        |msgs: &[mailgen::Generated]| msgs.iter().filter(|m| m.expect == Expect::Ignored).count();
    let total = collect.len() + other.len() + 1 + 2;
    let mut rows = serde_json::Value::Null;
    wait_until("every journal record", Duration::from_secs(30), || {
        rows = b.journal(&cfg, &["--limit", "1000"]);
        rows.as_array().unwrap().len() == total
            && count(&rows, "outcome", "delivered") == 1
            && count(&rows, "outcome", "failed") == 2
    });

    // The journal says what happened to each message, from the running daemon.
    assert_eq!(
        count(&rows, "outcome", "created"),
        processed(&collect) + processed(&other),
        "{rows:#}"
    );
    assert_eq!(
        count(&rows, "outcome", "ignored"),
        ignored(&collect) + ignored(&other)
    );
    let arr = rows.as_array().unwrap();
    for r in arr.iter().filter(|r| r["outcome"] == "created") {
        assert!(r["object_id"].is_string(), "{r}");
        let link = r["link"].as_str().unwrap();
        assert!(
            link.starts_with("https://app.dastra.eu/workspace/1/"),
            "{link}"
        );
        assert!(r["from"].as_str().unwrap().contains("***@"), "masked: {r}");
    }
    let too_big = arr
        .iter()
        .find(|r| r["flow"] == "mail" && r["outcome"] == "failed")
        .unwrap();
    assert_eq!(too_big["mailbox"], "other");
    assert!(
        too_big["reason"]
            .as_str()
            .unwrap()
            .contains("over max_message_bytes"),
        "{too_big}"
    );
    let delivered = arr.iter().find(|r| r["outcome"] == "delivered").unwrap();
    assert_eq!(delivered["recipients"][0], "j***@e***.net");
    assert_eq!(delivered["attempts"], 1);
    assert!(
        delivered["provider_reply"]
            .as_str()
            .unwrap()
            .starts_with("250"),
        "{delivered}"
    );
    let refused = arr
        .iter()
        .find(|r| r["flow"] == "relay" && r["outcome"] == "failed")
        .unwrap();
    let reply = refused["provider_reply"].as_str().unwrap();
    assert!(reply.contains("5.1.1"), "{refused}");
    assert!(
        !reply.contains("john.roe"),
        "address in a reply is masked: {reply}"
    );

    // Filters on the command line.
    let f = b.journal(&cfg, &["--mailbox", "other", "--outcome", "created"]);
    assert_eq!(f.as_array().unwrap().len(), processed(&other));
    let today = chrono::Utc::now().date_naive().to_string();
    let f = b.journal(&cfg, &["--flow", "relay", "--from", &today, "--to", &today]);
    assert_eq!(f.as_array().unwrap().len(), 2);
    let f = b.journal(&cfg, &["--from", "2000-01-01", "--to", "2000-01-02"]);
    assert!(f.as_array().unwrap().is_empty());

    // The page in headless Chromium: status on top, the journal below. The listener wants
    // the token (Basic, any user name): without it there is nothing to see.
    let profile = tempfile::tempdir().unwrap();
    let anonymous = format!("http://127.0.0.1:{}", b.admin_port);
    let dom = String::from_utf8(
        chromium(
            profile.path(),
            &["--dump-dom", &format!("{anonymous}/journal")],
        )
        .stdout,
    )
    .unwrap();
    assert!(!dom.contains("<h2>Journal</h2>"), "{dom}");
    let base = format!("http://ops:{ADMIN_TOKEN}@127.0.0.1:{}", b.admin_port);
    let dom = String::from_utf8(
        chromium(
            profile.path(),
            &["--dump-dom", &format!("{base}/journal?limit=1000")],
        )
        .stdout,
    )
    .unwrap();
    assert!(dom.contains("<h2>Mailboxes</h2>"), "{dom}");
    assert!(dom.contains("<tr data-mailbox=\"collect\">"), "{dom}");
    assert!(dom.contains("<tr data-mailbox=\"other\">"), "{dom}");
    assert!(dom.contains("<h2>Relay spool</h2>"), "{dom}");
    assert!(dom.contains("<h2>Journal</h2>"), "{dom}");
    assert_eq!(journal_rows(&dom).len(), total, "{dom}");
    for needle in [
        "jane.doe@example.net",
        "john.roe@example.net",
        "@mail.example.net",
    ] {
        assert!(!dom.contains(needle), "{needle} shown in full");
    }
    // The filter form offers the mailboxes, flows and outcomes, and a date range.
    for field in [
        "<select name=\"mailbox\">",
        "<option value=\"other\">other</option>",
        "<select name=\"outcome\">",
        "<option value=\"failed\">failed</option>",
        "<input type=\"date\" name=\"from\"",
        "<input type=\"date\" name=\"to\"",
    ] {
        assert!(dom.contains(field), "{field} missing in {dom}");
    }

    // Filtering: what submitting the form with mailbox=other, outcome=created gives.
    let dom = String::from_utf8(
        chromium(
            profile.path(),
            &[
                "--dump-dom",
                &format!(
                    "{base}/journal?mailbox=other&flow=&outcome=created&from={today}&to={today}"
                ),
            ],
        )
        .stdout,
    )
    .unwrap();
    let filtered = journal_rows(&dom);
    assert_eq!(filtered.len(), processed(&other), "{dom}");
    for r in &filtered {
        assert!(r.contains("data-outcome=\"created\""), "{r}");
        assert!(r.contains("data-mailbox=\"other\""), "{r}");
    }
    assert!(
        dom.contains("<option value=\"created\" selected=\"\">"),
        "{dom}"
    );
    let dom = String::from_utf8(
        chromium(
            profile.path(),
            &[
                "--dump-dom",
                &format!("{base}/journal?flow=relay&outcome=failed"),
            ],
        )
        .stdout,
    )
    .unwrap();
    let failed = journal_rows(&dom);
    assert_eq!(failed.len(), 1, "{dom}");
    assert!(dom.contains("provider: 550 5.1.1"), "{dom}");

    // The screenshot, kept for people to look at.
    let png = artifacts_dir().join("journal.png");
    let _ = std::fs::remove_file(&png);
    chromium(
        profile.path(),
        &[
            &format!("--screenshot={}", png.display()),
            "--window-size=1400,1100",
            &format!("{base}/journal?limit=40"),
        ],
    );
    let bytes = std::fs::read(&png).unwrap();
    assert_eq!(&bytes[..8], b"\x89PNG\r\n\x1a\n");
    assert!(bytes.len() > 10_000, "a real page, {} bytes", bytes.len());

    // Once the daemon has stopped, `journal` reads the state directory.
    let mut daemon = _daemon;
    let _ = Command::new("kill")
        .args(["-TERM", &daemon.0.id().to_string()])
        .status();
    let status = daemon.0.wait().unwrap();
    assert!(status.success(), "{status:?}");
    let offline = b.journal(&cfg, &["--limit", "1000"]);
    assert_eq!(offline.as_array().unwrap().len(), total);
    let o = b
        .cmd(&cfg)
        .args(["journal", "--outcome", "failed"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(0), "{}", out(&o));
    let text = String::from_utf8_lossy(&o.stdout);
    assert_eq!(text.lines().count(), 2, "{text}");
    assert!(text.contains("over max_message_bytes"), "{text}");
}

#[test]
fn admin_page_needs_the_token_off_loopback() {
    // Validation refuses an off-loopback admin listener without a token.
    let dir = tempfile::tempdir().unwrap();
    let cfg = dir.path().join("c.toml");
    std::fs::write(
        &cfg,
        format!(
            "[state]\ndir = \"{}\"\n[admin]\nlisten = \"0.0.0.0:9464\"\n",
            dir.path().display()
        ),
    )
    .unwrap();
    let o = daemon::command(BIN, &cfg).arg("check").output().unwrap();
    assert_eq!(o.status.code(), Some(78), "{}", out(&o));
    assert!(
        String::from_utf8_lossy(&o.stderr).contains("admin.auth_token: missing"),
        "{}",
        out(&o)
    );
}

#[test]
fn describe_prints_the_data_flows_of_the_example_config() {
    let example = Path::new(env!("CARGO_MANIFEST_DIR")).join("config.example.toml");
    let o = daemon::command(BIN, &example)
        .arg("describe")
        .env("DASTRA_API_KEY", "unused")
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(0), "{}", out(&o));
    let md = String::from_utf8_lossy(&o.stdout);
    for heading in [
        "# Data flows of dastra-mailgate",
        "## Inbound: collection mailboxes → Dastra",
        "## Outbound: notifications relay",
        "## What is kept, where, and for how long",
        "## Who receives data",
    ] {
        assert!(md.contains(heading), "{heading} missing:\n{md}");
    }
    assert!(md.contains("| Raw copies of mail that failed permanently | `/var/lib/dastra-mailgate/failed/<mailbox>/` | 30 days |"), "{md}");
}

#[test]
fn a_temporary_dastra_failure_shows_as_retrying_then_created() {
    use testbench::dastra::Fault;
    let b = Bench::new();
    let cfg = b.config();
    let m = (0..50)
        .map(|i| mailgen::message(41, i, 0))
        .find(|m| m.expect == Expect::Request)
        .unwrap();
    b.dastra.faults().push(
        Fault::status_before(503)
            .on("POST", "/v1/ws/1/DataSubjectRequests")
            .with_header("Retry-After", "1")
            .always(),
    );
    b.dovecot.append(USER, "INBOX", &m.raw);
    let _daemon = b.start_daemon(&cfg);
    let mut rows = serde_json::Value::Null;
    wait_until(
        "a retrying record with its next try",
        Duration::from_secs(60),
        || {
            rows = b.journal(&cfg, &["--flow", "mail"]);
            rows.as_array()
                .unwrap()
                .first()
                .is_some_and(|r| r["outcome"] == "retrying" && r["next_try"].is_string())
        },
    );
    let r = &rows[0];
    assert_eq!(r["mailbox"], "collect");
    assert!(r["attempts"].as_u64().unwrap() >= 1, "{r}");
    assert!(r["reason"].as_str().unwrap().contains("503"), "{r}");
    assert_eq!(
        b.dovecot.count(USER, "INBOX"),
        1,
        "the message waits in the inbox"
    );
    let id = r["id"].clone();

    b.dastra.faults().clear();
    wait_until("the request to be created", Duration::from_secs(60), || {
        rows = b.journal(&cfg, &["--flow", "mail"]);
        rows[0]["outcome"] == "created"
    });
    let r = &rows[0];
    assert_eq!(r["id"], id, "the same record, updated in place");
    assert_eq!(rows.as_array().unwrap().len(), 1);
    assert!(
        r.get("next_try").is_none() && r.get("reason").is_none(),
        "{r}"
    );
    assert_eq!(r["object_kind"], "request");
    assert_eq!(b.dastra.dsrs(1).len(), 1);
}

#[test]
fn the_daemon_purges_expired_data_at_start() {
    use dastra_mailgate::journal::{Flow, Journal};
    use dastra_mailgate::relay::spool::{NewEntry, Spool, Status, Update};
    let dir = tempfile::tempdir().unwrap();
    let state = dir.path().join("state");
    let now = chrono::Utc::now();
    let days = chrono::Duration::days;

    // Back-dated data, as a daemon running for months would have left it.
    let failed = state.join("failed/privacy");
    std::fs::create_dir_all(&failed).unwrap();
    for (name, age) in [("old.eml", 31), ("new.eml", 1)] {
        std::fs::write(failed.join(name), b"raw").unwrap();
        std::fs::File::options()
            .write(true)
            .open(failed.join(name))
            .unwrap()
            .set_modified((now - days(age)).into())
            .unwrap();
    }
    {
        let j = Journal::open(&state, true).unwrap();
        j.record(Flow::Mail, "old", now - days(91), |_| {}).unwrap();
        j.record(Flow::Mail, "new", now - days(89), |_| {}).unwrap();
    }
    let spool = Spool::open(state.join("spool")).unwrap();
    let mut ids = Vec::new();
    for age in [3, 1] {
        let e = spool
            .store(
                b"m",
                NewEntry {
                    client: "t".into(),
                    mail_from: "app@app.example.org".into(),
                    env_from: "privacy@example.org".into(),
                    message_id: None,
                    subject: None,
                    recipients: vec!["a@example.net".into()],
                },
            )
            .unwrap();
        spool
            .update(&e.id, |e| {
                e.recipients[0].status = Status::Delivered {
                    at: now - days(age),
                    response: "250 ok".into(),
                };
                Update::Write
            })
            .unwrap();
        ids.push(e.id);
    }

    let cfg = dir.path().join("config.toml");
    std::fs::write(
        &cfg,
        format!(
            r#"
[state]
dir = "{state}"
[admin]
enabled = false
[retention]
delivered_spool_days = 2
[relay]
enabled = true
listen = "127.0.0.1:{port}"
sender = "privacy@example.org"
allowed_sender_domains = ["app.example.org"]
[relay.transport]
type = "smtp"
host = "127.0.0.1"
port = 9
tls = "none"
auth = "none"
allow_insecure = true
"#,
            state = state.display(),
            port = free_port()
        ),
    )
    .unwrap();
    let mut daemon = Daemon(
        daemon::command(BIN, &cfg)
            .arg("run")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap(),
    );
    wait_until("the purge at start", Duration::from_secs(30), || {
        !failed.join("old.eml").exists() && spool.load(&ids[0]).unwrap().is_none()
    });
    assert!(failed.join("new.eml").exists());
    assert!(
        spool.load(&ids[1]).unwrap().is_some(),
        "delivered 1 day ago: kept"
    );
    let _ = Command::new("kill")
        .args(["-TERM", &daemon.0.id().to_string()])
        .status();
    assert!(daemon.0.wait().unwrap().success());
    let rows = dastra_mailgate::journal::read_from_state_dir(&state, &Default::default()).unwrap();
    assert_eq!(rows.len(), 1, "{rows:?}");
    assert_eq!(rows[0].id, 2);
}

/// `journal --json | head` when the reader has gone: the process ends by SIGPIPE like other
/// command-line tools, not with a Rust panic (exit 101).
#[test]
fn a_closed_pipe_ends_journal_quietly() {
    use std::os::unix::process::ExitStatusExt;
    let b = Bench::new();
    let cfg = b.config();
    let mut child = b
        .cmd(&cfg)
        .args(["journal", "--json", "--offline"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take()); // the reader goes away before anything is written
    let o = child.wait_with_output().unwrap();
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(!err.contains("panicked"), "{err}");
    assert_ne!(o.status.code(), Some(101), "{err}");
    assert_eq!(o.status.signal(), Some(SIGPIPE), "{:?} {err}", o.status);
}

const SIGPIPE: i32 = 13;
