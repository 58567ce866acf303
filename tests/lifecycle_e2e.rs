//! The daemon's lifecycle end to end: the real binary under a test `NOTIFY_SOCKET` (a
//! Unix datagram socket bound here), with a real Dovecot, the Dastra double and an SMTP
//! sink behind the relay.
//!
//! READY / STATUS / WATCHDOG / RELOADING / STOPPING as systemd would see them; SIGTERM in
//! the middle of ingestion and relay submissions loses nothing; a second SIGTERM exits at
//! once; SIGHUP with a broken file keeps serving and names file, line and key; SIGHUP adding
//! a mailbox starts it; `/metrics` and `/readyz` scraped and parsed; alerts logged once.

use std::io::{BufRead, BufReader, Write};
use std::net::TcpStream;
use std::os::unix::net::UnixDatagram;
use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use testbench::daemon::{self, Daemon, free_port};
use testbench::dastra::{DastraDouble, DastraDoubleOptions, Fault};
use testbench::dovecot::{Dovecot, DovecotOptions};
use testbench::mailgen::{self, Expect};
use testbench::smtp_sink::{SmtpSink, SmtpSinkOptions, Stage};

const USER: &str = "collect@example.test";
const PASS: &str = "collect-pw";
const OTHER: &str = "other@example.test";
const OTHER_PASS: &str = "other-pw";
const BIN: &str = env!("CARGO_BIN_EXE_dastra-mailgate");

/// What the daemon told "systemd", in order.
#[derive(Clone)]
struct Notify {
    path: PathBuf,
    got: Arc<Mutex<Vec<String>>>,
}

impl Notify {
    fn bind(dir: &Path) -> Notify {
        let path = dir.join("notify.sock");
        let sock = UnixDatagram::bind(&path).unwrap();
        sock.set_read_timeout(Some(Duration::from_millis(200)))
            .unwrap();
        let got = Arc::new(Mutex::new(Vec::new()));
        let g = got.clone();
        std::thread::spawn(move || {
            let mut buf = vec![0u8; 4096];
            loop {
                match sock.recv(&mut buf) {
                    Ok(n) => g
                        .lock()
                        .unwrap()
                        .push(String::from_utf8_lossy(&buf[..n]).to_string()),
                    Err(e)
                        if e.kind() == std::io::ErrorKind::WouldBlock
                            || e.kind() == std::io::ErrorKind::TimedOut =>
                    {
                        if Arc::strong_count(&g) == 1 {
                            return;
                        }
                    }
                    Err(_) => return,
                }
            }
        });
        Notify { path, got }
    }

    fn all(&self) -> Vec<String> {
        self.got.lock().unwrap().clone()
    }

    fn count(&self, needle: &str) -> usize {
        self.all().iter().filter(|m| m.contains(needle)).count()
    }

    /// Waits until `count(needle) >= n`.
    fn wait(&self, needle: &str, n: usize, log: impl Fn() -> String) {
        let start = Instant::now();
        while self.count(needle) < n {
            assert!(
                start.elapsed() < Duration::from_secs(60),
                "never got {n}× {needle:?}; got {:#?}\n{}",
                self.all(),
                log()
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

struct Bench {
    dovecot: Dovecot,
    dastra: DastraDouble,
    sink: SmtpSink,
    dir: tempfile::TempDir,
    relay_port: u16,
    admin_port: u16,
}

impl Bench {
    fn new(sink: SmtpSinkOptions) -> Bench {
        let dovecot = Dovecot::start(
            DovecotOptions::new()
                .with_user(USER, PASS)
                .with_user(OTHER, OTHER_PASS),
        );
        Bench {
            dovecot,
            dastra: DastraDouble::start(DastraDoubleOptions::default()),
            sink: SmtpSink::start(sink),
            dir: tempfile::tempdir().unwrap(),
            relay_port: free_port(),
            admin_port: free_port(),
        }
    }

    fn secret(&self, name: &str, value: &str) -> PathBuf {
        daemon::secret_file(self.dir.path(), name, value)
    }

    fn config_path(&self) -> PathBuf {
        self.dir.path().join("config.toml")
    }

    /// A mailbox section for `name` logging in as `user` with `password`.
    fn mailbox(&self, name: &str, user: &str, password: &str) -> String {
        let pw = self.secret(&format!("{name}-pw"), password);
        let login = daemon::password_login(&pw);
        daemon::imap_mailbox(&self.dovecot, name, user, &login, Some("idle"))
            + "auto_kind = false\n"
    }

    /// Writes the configuration: the relay, the admin listener, and `mailboxes`.
    fn write_config(&self, mailboxes: &str, admin_extra: &str, relay_retry: &str) -> PathBuf {
        let key = self.secret("dastra-key", self.dastra.api_key());
        let text = format!(
            r#"{head}
[admin]
enabled = true
listen = "127.0.0.1:{admin}"
{admin_extra}

[understanding]
max_per_sender_per_hour = 0

[relay]
enabled = true
listen = "127.0.0.1:{relay}"
hostname = "relay.test"
sender = "privacy@example.org"
allowed_sender_domains = ["app.example.org"]
allow_unauthenticated_loopback = true
retry_schedule_secs = {relay_retry}
max_age_secs = 3600
{transport}max_connections = 3

[relay.limits]
messages_per_minute = 0
recipients_per_day = 0
command_timeout_secs = 30
data_timeout_secs = 30
{mailboxes}
"#,
            head =
                daemon::ingest_head(&self.dastra, &key, Some(10), &self.dir.path().join("state")),
            admin = self.admin_port,
            relay = self.relay_port,
            transport = daemon::sink_transport(self.sink.port()),
        );
        daemon::write_config(self.dir.path(), &text)
    }

    fn log_path(&self) -> PathBuf {
        self.dir.path().join("daemon.log")
    }

    fn log(&self) -> String {
        daemon::read_log(&self.log_path())
    }

    fn spawn(&self, notify: Option<&Notify>, watchdog_usec: Option<u64>) -> Daemon {
        self.spawn_journal(notify, watchdog_usec, None)
    }

    /// [`Bench::spawn`] with `JOURNAL_STREAM` set to `journal_stream` (None: unset).
    fn spawn_journal(
        &self,
        notify: Option<&Notify>,
        watchdog_usec: Option<u64>,
        journal_stream: Option<&str>,
    ) -> Daemon {
        let mut c = daemon::command(BIN, &self.config_path());
        c.arg("run")
            .env_remove("NOTIFY_SOCKET")
            .env_remove("WATCHDOG_USEC")
            .env_remove("WATCHDOG_PID")
            .env_remove("JOURNAL_STREAM")
            .stdout(Stdio::null())
            .stderr(daemon::log_file(&self.log_path()));
        if let Some(j) = journal_stream {
            c.env("JOURNAL_STREAM", j);
        }
        if let Some(n) = notify {
            c.env("NOTIFY_SOCKET", &n.path);
        }
        if let Some(w) = watchdog_usec {
            c.env("WATCHDOG_USEC", w.to_string());
        }
        Daemon(c.spawn().unwrap())
    }

    /// `run` with a `RUNTIME_DIRECTORY` (where the reload verdict goes), for [`Bench::reload`].
    fn spawn_reloadable(&self) -> (Daemon, PathBuf) {
        let runtime = self.dir.path().join("run");
        std::fs::create_dir_all(&runtime).unwrap();
        let mut c = daemon::command(BIN, &self.config_path());
        c.arg("run")
            .env_remove("NOTIFY_SOCKET")
            .env_remove("JOURNAL_STREAM")
            .env("RUNTIME_DIRECTORY", &runtime)
            .stdout(Stdio::null())
            .stderr(daemon::log_file(&self.log_path()));
        (Daemon(c.spawn().unwrap()), runtime)
    }

    /// `dastra-mailgate reload` for `d`, as `ExecReload=` runs it: its output.
    fn reload(&self, d: &Daemon, runtime: &Path) -> std::process::Output {
        daemon::command(BIN, &self.config_path())
            .args(["reload", "--timeout-secs", "30"])
            .env("MAINPID", d.0.id().to_string())
            .env("RUNTIME_DIRECTORY", runtime)
            .output()
            .unwrap()
    }

    fn wait_listening(&self, d: &mut Daemon) {
        daemon::wait_listening(
            &mut d.0,
            self.relay_port,
            Duration::from_secs(30),
            "never listened",
            || self.log(),
        );
    }

    /// GET on the admin listener. The relay port listening does not mean the admin one
    /// does yet: a refused connection is retried for up to 10 s (a CI run met the race).
    fn admin(&self, path: &str) -> (u16, String) {
        let addr = format!("127.0.0.1:{}", self.admin_port).parse().unwrap();
        let start = Instant::now();
        loop {
            match dastra_mailgate::admin::get(addr, path) {
                Ok(r) => return r,
                Err(e)
                    if e.kind() == std::io::ErrorKind::ConnectionRefused
                        && start.elapsed() < Duration::from_secs(10) =>
                {
                    std::thread::sleep(Duration::from_millis(50));
                }
                Err(e) => panic!("GET {path}: {e}\n{}", self.log()),
            }
        }
    }

    fn wait_inbox_empty(&self, user: &str) -> bool {
        let start = Instant::now();
        while start.elapsed() < Duration::from_secs(60) {
            if self.dovecot.count(user, "INBOX") == 0 {
                return true;
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        false
    }

    fn objects_for(&self, mid: &str) -> usize {
        daemon::objects_for(&self.dastra, mid, dastra_mailgate::dastra::dedupe_token)
    }

    fn queue_len(&self) -> usize {
        let o = daemon::command(BIN, &self.config_path())
            .args(["queue", "list", "--json"])
            .output()
            .unwrap();
        let v: Vec<serde_json::Value> = serde_json::from_slice(&o.stdout).unwrap_or_default();
        v.len()
    }
}

/// One submission over a raw connection: `Ok(true)` only on the final 250.
fn submit(port: u16, token: &str) -> std::io::Result<bool> {
    let s = TcpStream::connect(("127.0.0.1", port))?;
    s.set_read_timeout(Some(Duration::from_secs(20)))?;
    let mut w = s.try_clone()?;
    let mut r = BufReader::new(s);
    let reply = |r: &mut BufReader<TcpStream>| -> std::io::Result<String> {
        let mut all = String::new();
        loop {
            let mut line = String::new();
            if r.read_line(&mut line)? == 0 {
                return Err(std::io::ErrorKind::UnexpectedEof.into());
            }
            all.push_str(&line);
            if line.len() < 4 || line.as_bytes()[3] != b'-' {
                return Ok(all);
            }
        }
    };
    if !reply(&mut r)?.starts_with("220") {
        return Ok(false);
    }
    for cmd in [
        "EHLO load".to_string(),
        "MAIL FROM:<load@app.example.org>".into(),
        "RCPT TO:<sink@customer.test>".into(),
    ] {
        w.write_all(format!("{cmd}\r\n").as_bytes())?;
        if !reply(&mut r)?.starts_with('2') {
            return Ok(false);
        }
    }
    w.write_all(b"DATA\r\n")?;
    if !reply(&mut r)?.starts_with("354") {
        return Ok(false);
    }
    w.write_all(
        format!("Subject: {token}\r\nFrom: load@app.example.org\r\n\r\nbody {token}\r\n.\r\n")
            .as_bytes(),
    )?;
    let ok = reply(&mut r)?.starts_with("250");
    let _ = w.write_all(b"QUIT\r\n");
    Ok(ok)
}

/// `name{labels} value` lines of a Prometheus text exposition → (series, value).
fn parse_metrics(text: &str) -> Vec<(String, f64)> {
    text.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| {
            let (series, value) = l
                .rsplit_once(' ')
                .unwrap_or_else(|| panic!("bad line {l:?}"));
            let v: f64 = value
                .parse()
                .unwrap_or_else(|_| panic!("bad value in {l:?}"));
            (series.to_string(), v)
        })
        .collect()
}

fn metric(m: &[(String, f64)], series: &str) -> Option<f64> {
    m.iter().find(|(s, _)| s == series).map(|(_, v)| *v)
}

fn first_request(seed: u64) -> mailgen::Generated {
    (0..100)
        .map(|i| mailgen::message(seed, i, 0))
        .find(|m| m.expect == Expect::Request)
        .unwrap()
}

#[test]
fn notify_lifecycle_reload_and_metrics() {
    let b = Bench::new(SmtpSinkOptions::default());
    let m1 = first_request(71);
    b.dovecot.append(USER, "INBOX", &m1.raw);
    b.write_config(&b.mailbox("collect", USER, PASS), "", "[1]");
    let notify = Notify::bind(b.dir.path());
    let mut d = b.spawn(Some(&notify), Some(1_000_000));
    let log = || b.log();

    // READY comes once the listeners are bound.
    notify.wait("READY=1", 1, log);
    assert!(
        TcpStream::connect(("127.0.0.1", b.relay_port)).is_ok(),
        "READY before the relay listened"
    );
    assert!(TcpStream::connect(("127.0.0.1", b.admin_port)).is_ok());
    let first = notify.all();
    let ready_at = first.iter().position(|m| m.contains("READY=1")).unwrap();
    assert!(
        first[..ready_at]
            .iter()
            .any(|m| m.contains("EXTEND_TIMEOUT_USEC=")),
        "no EXTEND_TIMEOUT_USEC during start-up: {first:#?}"
    );
    assert!(first[ready_at].contains("STATUS="), "{first:#?}");

    // Keep-alives at half the watchdog period, and a STATUS line with mailboxes and spool.
    notify.wait("WATCHDOG=1", 3, log);
    assert!(b.wait_inbox_empty(USER), "{}", b.log());
    let start = Instant::now();
    while !notify
        .all()
        .iter()
        .any(|m| m.contains("STATUS=1 mailbox idle, spool 0 queued"))
    {
        assert!(
            start.elapsed() < Duration::from_secs(30),
            "no STATUS line with mailbox and spool: {:#?}",
            notify.all()
        );
        std::thread::sleep(Duration::from_millis(100));
    }
    assert_eq!(b.objects_for(&m1.message_id), 1);

    // Relay traffic, then /metrics and /readyz.
    assert!(submit(b.relay_port, "metrics-1").unwrap());
    b.sink.wait_for(1, Duration::from_secs(30));
    let start = Instant::now();
    let metrics = loop {
        let (code, text) = b.admin("/metrics");
        assert_eq!(code, 200);
        let m = parse_metrics(&text);
        if metric(&m, "mailgate_deliveries_total{result=\"delivered\"}").is_some() {
            break m;
        }
        assert!(start.elapsed() < Duration::from_secs(30), "{text}");
        std::thread::sleep(Duration::from_millis(100));
    };
    assert_eq!(
        metric(
            &metrics,
            "mailgate_mail_total{mailbox=\"collect\",outcome=\"processed\",kind=\"request\"}"
        ),
        Some(1.0),
        "{metrics:?}"
    );
    assert!(metric(&metrics, "mailgate_dastra_requests_total{status=\"2xx\"}").unwrap() >= 2.0);
    assert!(
        metric(&metrics, "mailgate_mail_fetched_total{mailbox=\"collect\"}").unwrap() >= 1.0,
        "{metrics:?}"
    );
    assert_eq!(
        metric(&metrics, "mailgate_spool_messages{state=\"queued\"}"),
        Some(0.0)
    );
    assert!(metric(&metrics, "mailgate_spool_oldest_age_seconds").is_some());
    assert!(
        metric(
            &metrics,
            "mailgate_mailbox_seconds_since_last_success{mailbox=\"collect\"}"
        )
        .is_some(),
        "{metrics:?}"
    );
    assert_eq!(
        metric(&metrics, "mailgate_mailbox_connected{mailbox=\"collect\"}"),
        Some(1.0)
    );
    let (code, body) = b.admin("/readyz");
    assert_eq!(code, 200, "{body}");
    let v: serde_json::Value = serde_json::from_str(&body).unwrap();
    assert_eq!(v["ready"], true);

    // SIGHUP with a broken file: one error with file, line and key; still serving.
    let good = std::fs::read_to_string(b.config_path()).unwrap();
    let broken = good.replacen("mode = \"idle\"", "mode = \"sometimes\"", 1);
    let bad_line = broken
        .lines()
        .position(|l| l.contains("\"sometimes\""))
        .unwrap()
        + 1;
    std::fs::write(b.config_path(), &broken).unwrap();
    d.signal(libc::SIGHUP);
    notify.wait("RELOADING=1", 1, log);
    notify.wait("READY=1", 2, log);
    let refused: Vec<String> = b
        .log()
        .lines()
        .filter(|l| l.contains("reload refused"))
        .map(String::from)
        .collect();
    assert_eq!(refused.len(), 1, "exactly one error: {refused:#?}");
    let path = b.config_path().display().to_string();
    assert!(
        refused[0].contains(&format!("{path}:{bad_line}")) && refused[0].contains("ERROR"),
        "{refused:#?}"
    );
    assert!(refused[0].contains("mailbox[0].mode"), "{refused:#?}");
    assert!(submit(b.relay_port, "after-bad-reload").unwrap());
    b.sink.wait_for(2, Duration::from_secs(30));
    assert_eq!(b.admin("/healthz").0, 200);

    // SIGHUP adding a mailbox: it starts and processes its mail; the first keeps running.
    let m2 = first_request(72);
    b.dovecot.append(OTHER, "INBOX", &m2.raw);
    let with_second = format!(
        "{}{}",
        b.mailbox("collect", USER, PASS),
        b.mailbox("second", OTHER, OTHER_PASS)
    );
    b.write_config(&with_second, "", "[1]");
    d.signal(libc::SIGHUP);
    notify.wait("RELOADING=1", 2, log);
    notify.wait("READY=1", 3, log);
    assert!(b.wait_inbox_empty(OTHER), "{}", b.log());
    assert_eq!(b.objects_for(&m2.message_id), 1);
    assert!(
        b.log().contains("Configuration reloaded") && b.log().contains("second"),
        "{}",
        b.log()
    );
    let m3 = first_request(73);
    b.dovecot.append(USER, "INBOX", &m3.raw);
    assert!(b.wait_inbox_empty(USER), "{}", b.log());
    assert_eq!(b.objects_for(&m3.message_id), 1);

    // A setting that needs a restart is named, and the old value kept.
    let moved = std::fs::read_to_string(b.config_path()).unwrap().replace(
        &format!("listen = \"127.0.0.1:{}\"", b.admin_port),
        &format!("listen = \"127.0.0.1:{}\"", free_port()),
    );
    std::fs::write(b.config_path(), moved).unwrap();
    d.signal(libc::SIGHUP);
    notify.wait("READY=1", 4, log);
    assert!(
        b.log().contains("admin.listen changed") && b.log().contains("needs a restart"),
        "{}",
        b.log()
    );
    assert_eq!(b.admin("/healthz").0, 200, "the admin listener stayed");

    // Relay limits changed and the second mailbox removed: the relay restarts after its
    // deliveries in flight and serves; the mailbox stops.
    b.write_config(&b.mailbox("collect", USER, PASS), "", "[1]");
    let limits = std::fs::read_to_string(b.config_path())
        .unwrap()
        .replace("data_timeout_secs = 30", "data_timeout_secs = 31")
        .replace("poll_interval_secs = 1", "poll_interval_secs = 2");
    std::fs::write(b.config_path(), limits).unwrap();
    d.signal(libc::SIGHUP);
    notify.wait("READY=1", 5, log);
    assert!(b.log().contains("relay=\"restarted\""), "{}", b.log());
    assert!(submit(b.relay_port, "after-relay-reload").unwrap());
    b.sink.wait_for(3, Duration::from_secs(30));
    assert!(b.log().contains("removed=[\"second\"]"), "{}", b.log());
    assert!(b.log().contains("restarted=[\"collect\"]"), "{}", b.log());
    let m4 = first_request(74);
    b.dovecot.append(USER, "INBOX", &m4.raw);
    assert!(b.wait_inbox_empty(USER), "{}", b.log());
    assert_eq!(b.objects_for(&m4.message_id), 1);
    let (_, status) = b.admin("/status");
    let v: serde_json::Value = serde_json::from_str(&status).unwrap();
    let names: Vec<&str> = v["mailboxes"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|m| m["name"].as_str())
        .collect();
    assert_eq!(names, ["collect"], "{status}");

    d.signal(libc::SIGTERM);
    assert_eq!(d.wait_exit(), Some(0), "{}", b.log());
    assert!(notify.count("STOPPING=1") >= 1, "{:#?}", notify.all());
    assert!(!b.log().contains("collect-pw") && !b.log().contains(b.dastra.api_key()));
}

#[test]
fn sigterm_during_ingestion_and_submissions_loses_nothing() {
    let b = Bench::new(SmtpSinkOptions {
        data_delay: Duration::from_millis(50),
        ..Default::default()
    });
    let msgs: Vec<_> = (0..60).map(|i| mailgen::message(81, i, 0)).collect();
    for m in &msgs {
        b.dovecot.append(USER, "INBOX", &m.raw);
    }
    b.dastra
        .faults()
        .push(Fault::delay(Duration::from_millis(40)).always());
    b.write_config(&b.mailbox("collect", USER, PASS), "", "[1]");
    let mut d = b.spawn(None, None);
    b.wait_listening(&mut d);

    let acked = Arc::new(Mutex::new(Vec::<String>::new()));
    let port = b.relay_port;
    let threads: Vec<_> = (0..4)
        .map(|t| {
            let acked = acked.clone();
            std::thread::spawn(move || {
                for i in 0..200 {
                    let token = format!("term-{t}-{i}");
                    match submit(port, &token) {
                        Ok(true) => acked.lock().unwrap().push(token),
                        Ok(false) => {}
                        Err(_) => return,
                    }
                }
            })
        })
        .collect();
    // SIGTERM in the middle of both pipelines.
    let start = Instant::now();
    while (acked.lock().unwrap().len() < 40 || b.dastra.dsrs(1).is_empty())
        && start.elapsed() < Duration::from_secs(60)
    {
        std::thread::sleep(Duration::from_millis(10));
    }
    let inbox_before = b.dovecot.count(USER, "INBOX");
    assert!(inbox_before > 0, "the backlog drained before the SIGTERM");
    d.signal(libc::SIGTERM);
    assert_eq!(d.wait_exit(), Some(0), "graceful stop: {}", b.log());
    for t in threads {
        t.join().unwrap();
    }
    assert!(
        b.log().contains("SIGTERM: stopping") && b.log().contains("Stopped cleanly"),
        "{}",
        b.log()
    );
    let acked = acked.lock().unwrap().clone();
    // Everything acknowledged is either delivered or still in the spool.
    let delivered = b.sink.count();
    assert!(
        delivered + b.queue_len() >= acked.len(),
        "{delivered} delivered + {} spooled < {} acknowledged",
        b.queue_len(),
        acked.len()
    );

    // Restart: everything goes through, exactly once.
    let mut d = b.spawn(None, None);
    b.wait_listening(&mut d);
    assert!(b.wait_inbox_empty(USER), "{}", b.log());
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        let got: std::collections::HashSet<String> = b
            .sink
            .received()
            .iter()
            .filter_map(|m| m.header("Subject"))
            .collect();
        let missing = acked.iter().filter(|t| !got.contains(*t)).count();
        if missing == 0 {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "{missing} acknowledged message(s) never delivered\n{}",
            b.log()
        );
        std::thread::sleep(Duration::from_millis(200));
    }
    for m in &msgs {
        let n = b.objects_for(&m.message_id);
        match m.expect {
            Expect::Ignored => assert_eq!(n, 0),
            _ => assert_eq!(n, 1, "{} created {n} times", m.message_id),
        }
    }
    d.signal(libc::SIGTERM);
    assert_eq!(d.wait_exit(), Some(0));
}

#[test]
fn a_second_sigterm_exits_at_once_and_loses_nothing() {
    let b = Bench::new(SmtpSinkOptions::default());
    let m = first_request(91);
    b.dovecot.append(USER, "INBOX", &m.raw);
    // The create hangs (the client gives up after request_timeout_secs = 10).
    // (then answers 503 without creating anything, so nothing is committed behind our back).
    let f = b.dastra.faults();
    f.push(
        Fault::delay(Duration::from_secs(15))
            .on("POST", "/v1/ws/1/DataSubjectRequests")
            .times(1),
    );
    f.push(
        Fault::status_before(503)
            .on("POST", "/v1/ws/1/DataSubjectRequests")
            .times(1),
    );
    b.write_config(&b.mailbox("collect", USER, PASS), "", "[1]");
    let mut d = b.spawn(None, None);
    let start = Instant::now();
    // The delay fault fired: the create is in hand.
    while f.fired() == 0 {
        assert!(start.elapsed() < Duration::from_secs(30), "{}", b.log());
        std::thread::sleep(Duration::from_millis(20));
    }
    // An idle SMTP session on the relay: told 421 when the drain starts.
    let idle = TcpStream::connect(("127.0.0.1", b.relay_port)).unwrap();
    idle.set_read_timeout(Some(Duration::from_secs(30)))
        .unwrap();
    let mut idle_w = idle.try_clone().unwrap();
    let mut idle_r = BufReader::new(idle);
    let mut line = String::new();
    idle_r.read_line(&mut line).unwrap();
    assert!(line.starts_with("220"), "{line}");
    idle_w.write_all(b"NOOP\r\n").unwrap();
    line.clear();
    idle_r.read_line(&mut line).unwrap();
    assert!(line.starts_with("250"), "{line}");

    d.signal(libc::SIGTERM);
    line.clear();
    idle_r.read_line(&mut line).unwrap();
    assert!(line.starts_with("421"), "idle session told {line:?}");
    let start = Instant::now();
    while !b.log().contains("SIGTERM: stopping") {
        assert!(start.elapsed() < Duration::from_secs(30), "{}", b.log());
        std::thread::sleep(Duration::from_millis(20));
    }
    assert!(d.0.try_wait().unwrap().is_none(), "still draining");
    d.signal(libc::SIGTERM);
    // 75: the forced exit, not the end of the drain (which would exit 0).
    assert_eq!(d.wait_exit(), Some(75), "{}", b.log());
    assert!(b.log().contains("SIGTERM again: exiting at once"));
    assert_eq!(
        b.dovecot.count(USER, "INBOX"),
        1,
        "the message stays\n{}",
        b.log()
    );

    // The next start finishes it, once (the ledger knows the create was in flight).
    let mut d = b.spawn(None, None);
    assert!(b.wait_inbox_empty(USER), "{}", b.log());
    assert_eq!(b.objects_for(&m.message_id), 1);
    d.signal(libc::SIGTERM);
    assert_eq!(d.wait_exit(), Some(0));
}

#[test]
fn alerts_are_logged_once_and_listed_by_readyz() {
    let b = Bench::new(SmtpSinkOptions::default());
    // Every delivery is deferred: the spool's oldest message ages.
    for _ in 0..50 {
        b.sink.push_reply(Stage::Data, "451 4.3.0 Try later");
    }
    // A delegated OAuth account nobody has authorised yet: re-authorisation needed.
    let delegated = format!(
        r#"
[[oauth_account]]
name = "delegated"
provider = "microsoft"
flow = "device_code"
tenant = "contoso-tenant-id"
authority = "http://127.0.0.1:9"
client_id = "11111111-2222-3333-4444-555555555555"

[[mailbox]]
name = "viaoauth"
host = "127.0.0.1"
port = {}
tls = "implicit"
ca_file = "{}"
username = "{OTHER}"
auth = "oauth"
oauth_account = "delegated"
mode = "poll"
poll_interval_secs = 1
"#,
        b.dovecot.imaps_port(),
        b.dovecot.ca_path().display()
    );
    let mailboxes = format!(
        "{}{}{delegated}",
        b.mailbox("collect", USER, PASS),
        b.mailbox("broken", OTHER, "not-the-password")
    );
    b.write_config(
        &mailboxes,
        "alert_mailbox_failing_secs = 1\nalert_spool_age_secs = 1",
        "[600]",
    );
    let mut d = b.spawn(None, None);
    b.wait_listening(&mut d);
    assert!(submit(b.relay_port, "stale-1").unwrap());
    let start = Instant::now();
    let v = loop {
        let (code, body) = b.admin("/readyz");
        let v: serde_json::Value = serde_json::from_str(&body).unwrap();
        let kinds: Vec<&str> = v["reasons"]
            .as_array()
            .unwrap()
            .iter()
            .filter_map(|r| r["kind"].as_str())
            .collect();
        if kinds.contains(&"mailbox_failing")
            && kinds.contains(&"spool_stale")
            && kinds.contains(&"reauthorization_needed")
        {
            assert_eq!(code, 503);
            break v;
        }
        assert!(
            start.elapsed() < Duration::from_secs(60),
            "{body}\n{}",
            b.log()
        );
        std::thread::sleep(Duration::from_millis(200));
    };
    assert_eq!(v["ready"], false);
    let reasons = v["reasons"].as_array().unwrap();
    let failing = reasons
        .iter()
        .find(|r| r["kind"] == "mailbox_failing" && r["subject"] == "broken")
        .unwrap_or_else(|| panic!("{v}"));
    assert!(failing["message"].as_str().unwrap().contains("refused"));
    let reauth = reasons
        .iter()
        .find(|r| r["kind"] == "reauthorization_needed")
        .unwrap();
    assert_eq!(reauth["subject"], "delegated");
    assert!(
        reauth["message"]
            .as_str()
            .unwrap()
            .contains("dastra-mailgate authorize delegated"),
        "{reauth}"
    );
    // Several evaluations later, still one ERROR per episode.
    std::thread::sleep(Duration::from_secs(3));
    let log = b.log();
    let alerts = |what: &str| log.lines().filter(|l| l.contains(what)).count();
    assert_eq!(alerts("ALERT: mailbox broken"), 1, "{log}");
    assert_eq!(alerts("ALERT: the oldest"), 1, "{log}");
    assert_eq!(alerts("ALERT: OAuth account delegated"), 1, "{log}");
    let (_, text) = b.admin("/metrics");
    let m = parse_metrics(&text);
    assert_eq!(
        metric(
            &m,
            "mailgate_alert_active{kind=\"mailbox_failing\",subject=\"broken\"}"
        ),
        Some(1.0),
        "{text}"
    );
    assert_eq!(
        metric(&m, "mailgate_deliveries_total{result=\"deferred\"}"),
        Some(1.0),
        "{text}"
    );
    assert!(!log.contains("not-the-password"));
    d.signal(libc::SIGTERM);
    assert_eq!(d.wait_exit(), Some(0));
}

/// Under systemd (`JOURNAL_STREAM` naming stderr's device:inode) every line carries its
/// sd-daemon priority, so `journalctl -p err` finds the errors, and no timestamp of ours;
/// a `JOURNAL_STREAM` naming another file (inherited by a child writing elsewhere) changes
/// nothing.
#[test]
fn journald_stream_gets_priorities_and_no_timestamp() {
    use std::os::unix::fs::MetadataExt;
    let b = Bench::new(SmtpSinkOptions::default());
    let mailboxes = format!(
        "{}{}",
        b.mailbox("collect", USER, PASS),
        b.mailbox("broken", OTHER, "not-the-password")
    );
    b.write_config(&mailboxes, "alert_mailbox_failing_secs = 1", "[600]");
    // The stream is the log file itself, as journald's socket is for a unit's stderr.
    drop(daemon::log_file(&b.log_path()));
    let meta = std::fs::metadata(b.log_path()).unwrap();
    let stream = format!("{}:{}", meta.dev(), meta.ino());
    let mut d = b.spawn_journal(None, None, Some(&stream));
    b.wait_listening(&mut d);
    daemon::wait_until("the ALERT line", Duration::from_secs(60), || {
        b.log().contains("ALERT: mailbox broken")
    });
    d.signal(libc::SIGTERM);
    assert_eq!(d.wait_exit(), Some(0));
    let log = b.log();
    let alert = log
        .lines()
        .find(|l| l.contains("ALERT: mailbox broken"))
        .unwrap();
    assert!(alert.starts_with("<3>ERROR "), "{alert}");
    assert!(
        log.lines()
            .any(|l| l.starts_with("<6> INFO ") || l.starts_with("<6>INFO ")),
        "{log}"
    );
    for line in log.lines() {
        let prio = line
            .strip_prefix('<')
            .and_then(|r| r.split_once('>'))
            .map(|(n, _)| n);
        assert!(
            matches!(prio, Some("3" | "4" | "6" | "7")),
            "a line without its priority: {line:?}\n{log}"
        );
        // No own timestamp: the level follows the prefix directly.
        assert!(
            !line.as_bytes().get(3).is_some_and(u8::is_ascii_digit),
            "{line:?}"
        );
    }

    // The variable names another file: plain, timestamped lines.
    std::fs::remove_file(b.log_path()).unwrap();
    let mut d = b.spawn_journal(None, None, Some("1:1"));
    b.wait_listening(&mut d);
    d.signal(libc::SIGTERM);
    assert_eq!(d.wait_exit(), Some(0));
    let log = b.log();
    assert!(!log.is_empty());
    assert!(log.lines().all(|l| !l.starts_with('<')), "{log}");
    assert!(
        log.lines().all(|l| l.as_bytes()[0].is_ascii_digit()),
        "{log}"
    );
}

/// The `client_id` a token request named (form field, or HTTP Basic client authentication).
fn client_id_of(r: &testbench::oauth::RecordedRequest) -> Option<String> {
    use base64::Engine as _;
    if let Some(id) = r.param("client_id") {
        return Some(id.to_string());
    }
    let basic = r.header("authorization")?.strip_prefix("Basic ")?;
    let raw = base64::engine::general_purpose::STANDARD
        .decode(basic.trim())
        .ok()?;
    let text = String::from_utf8(raw).ok()?;
    Some(text.split_once(':')?.0.to_string())
}

/// Issue 14 point 1: start with a wrong `client_id`, deliveries fail; fix the file and send
/// SIGHUP: the account's token manager is replaced (no process-wide registry keeps the old
/// one), the token endpoint sees the new client and the deferred message goes out with a
/// token of the new client, without a restart.
#[test]
fn reload_replaces_a_changed_oauth_account_and_the_next_delivery_uses_it() {
    use std::sync::Arc;
    use testbench::oauth::{OAuthDouble, OAuthDoubleOptions};
    use testbench::smtp_provider::{Dialect, ProviderDouble};
    const TENANT: &str = "contoso-tenant-id";
    const APP: &str = "11111111-2222-3333-4444-555555555555";
    const WRONG: &str = "99999999-2222-3333-4444-555555555555";
    const SENDER: &str = "privacy@example.org";
    let oauth = Arc::new(OAuthDouble::start(OAuthDoubleOptions::default()));
    oauth.register_ms_client(TENANT, APP, Some("app-secret"), None);
    oauth.grant_app_mailbox_access(APP, SENDER);
    let o = oauth.clone();
    let smtp = ProviderDouble::start(
        Dialect::O365,
        Arc::new(move |user: &str, token: &str| o.token_can_act_for(token, user)),
    );
    let dir = tempfile::tempdir().unwrap();
    let secret = daemon::secret_file(dir.path(), "app-secret", "app-secret");
    let (relay_port, admin_port) = (free_port(), free_port());
    let write = |client_id: &str| {
        daemon::write_config(
            dir.path(),
            &format!(
                r#"[state]
dir = "{state}"

[admin]
enabled = true
listen = "127.0.0.1:{admin_port}"

[[oauth_account]]
name = "m365"
provider = "microsoft"
flow = "client_credentials"
tenant = "{TENANT}"
authority = "{authority}"
client_id = "{client_id}"
client_secret = "file:{secret}"
user = "{SENDER}"

[relay]
enabled = true
listen = "127.0.0.1:{relay_port}"
hostname = "relay.test"
sender = "{SENDER}"
allowed_sender_domains = ["app.example.org"]
allow_unauthenticated_loopback = true
retry_schedule_secs = [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]
max_age_secs = 3600

[relay.transport]
type = "smtp"
host = "127.0.0.1"
port = {smtp}
tls = "none"
auth = "xoauth2"
oauth_account = "m365"
allow_insecure = true
"#,
                state = dir.path().join("state").display(),
                authority = oauth.base_url(),
                secret = secret.display(),
                smtp = smtp.port(),
            ),
        )
    };
    let cfg = write(WRONG);
    let log_path = dir.path().join("daemon.log");
    let log = || daemon::read_log(&log_path);
    let mut d = Daemon(
        daemon::command(BIN, &cfg)
            .arg("run")
            .env_remove("NOTIFY_SOCKET")
            .env_remove("JOURNAL_STREAM")
            .stdout(Stdio::null())
            .stderr(daemon::log_file(&log_path))
            .spawn()
            .unwrap(),
    );
    daemon::wait_listening(
        &mut d.0,
        relay_port,
        Duration::from_secs(30),
        "never listened",
        log,
    );
    assert!(submit(relay_port, "reload-oauth").unwrap());
    // The wrong client is refused by the token endpoint (AADSTS700016), the message waits.
    daemon::wait_until("a refused token request", Duration::from_secs(30), || {
        oauth
            .token_requests()
            .iter()
            .any(|r| client_id_of(r).as_deref() == Some(WRONG) && r.status != 200)
    });
    assert!(smtp.received().is_empty());

    write(APP);
    d.signal(libc::SIGHUP);
    daemon::wait_until("the reload", Duration::from_secs(30), || {
        log().contains("Configuration reloaded.")
    });
    let got = smtp.wait_for(1, Duration::from_secs(30));
    assert_eq!(got.len(), 1, "{}", log());
    assert!(
        String::from_utf8_lossy(&got[0].data).contains("reload-oauth"),
        "{}",
        log()
    );
    // The token endpoint saw the new client; after the reload, never the old one again.
    let reqs = oauth.token_requests();
    let first_new = reqs
        .iter()
        .position(|r| client_id_of(r).as_deref() == Some(APP) && r.status == 200)
        .unwrap_or_else(|| panic!("no token request of the new client\n{}", log()));
    assert!(
        reqs[first_new..]
            .iter()
            .all(|r| client_id_of(r).as_deref() == Some(APP)),
        "{}",
        log()
    );
    assert!(smtp.auths().iter().any(|(u, ok)| u == SENDER && *ok));
    let line = log()
        .lines()
        .find(|l| l.contains("Configuration reloaded."))
        .unwrap()
        .to_string();
    assert!(line.contains("oauth_replaced=[\"m365\"]"), "{line}");
    let (code, body) = dastra_mailgate::admin::get(
        format!("127.0.0.1:{admin_port}").parse().unwrap(),
        "/readyz",
    )
    .unwrap();
    assert_eq!(code, 200, "{body}");
    d.signal(libc::SIGTERM);
    assert_eq!(d.wait_exit(), Some(0));
}

/// Issue 14 point 8: `/metrics` right after start passes `promtool check metrics` (every
/// metric typed and documented), the known series exist at 0 before any event, the build
/// and process metrics are there, nothing is untyped.
#[test]
fn metrics_exposition_passes_promtool_and_known_series_start_at_zero() {
    let b = Bench::new(SmtpSinkOptions::default());
    b.write_config(&b.mailbox("collect", USER, PASS), "", "[1]");
    let mut d = b.spawn(None, None);
    b.wait_listening(&mut d);
    let (code, text) = b.admin("/metrics");
    assert_eq!(code, 200);
    let mut p = std::process::Command::new("promtool")
        .args(["check", "metrics"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("promtool is missing: apt-get install prometheus (scripts/test does it)");
    p.stdin.take().unwrap().write_all(text.as_bytes()).unwrap();
    let o = p.wait_with_output().unwrap();
    assert!(
        o.status.success() && o.stdout.is_empty() && o.stderr.is_empty(),
        "promtool: {}{}\n{text}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    );
    assert!(!text.contains("untyped"), "{text}");
    assert!(!text.contains("(undocumented)"), "{text}");
    let m = parse_metrics(&text);
    for (series, value) in [
        (
            format!(
                "mailgate_build_info{{version=\"{}\"}}",
                env!("CARGO_PKG_VERSION")
            ),
            1.0,
        ),
        (
            "mailgate_deliveries_total{result=\"failed\"}".to_string(),
            0.0,
        ),
        (
            "mailgate_deliveries_total{result=\"delivered\"}".to_string(),
            0.0,
        ),
        (
            "mailgate_config_reloads_total{result=\"rejected\"}".to_string(),
            0.0,
        ),
        (
            "mailgate_mail_total{mailbox=\"collect\",outcome=\"failed\",kind=\"none\"}".to_string(),
            0.0,
        ),
        (
            "mailgate_imap_reconnects_total{mailbox=\"collect\"}".to_string(),
            0.0,
        ),
        ("mailgate_spool_failed_messages".to_string(), 0.0),
    ] {
        assert_eq!(metric(&m, &series), Some(value), "{series}\n{text}");
    }
    for name in [
        "process_cpu_seconds_total",
        "process_resident_memory_bytes",
        "process_open_fds",
        "process_max_fds",
        "process_start_time_seconds",
    ] {
        let v = metric(&m, name).unwrap_or_else(|| panic!("{name}\n{text}"));
        assert!(v > 0.0 || name == "process_cpu_seconds_total", "{name} {v}");
        assert!(
            text.contains(&format!("# TYPE {name} ")),
            "{name} typed\n{text}"
        );
    }
    d.signal(libc::SIGTERM);
    assert_eq!(d.wait_exit(), Some(0));
}

/// Issue 14 point 9: run from a shell with umask 022 (not under the unit's UMask=0077), the
/// state files are still 0600 and the state directory 0700, and a loose file an earlier run
/// left is tightened.
#[test]
fn state_files_are_private_whatever_the_umask() {
    use std::os::unix::fs::PermissionsExt;
    use std::os::unix::process::CommandExt;
    let b = Bench::new(SmtpSinkOptions::default());
    b.write_config(&b.mailbox("collect", USER, PASS), "", "[1]");
    let state = b.dir.path().join("state");
    std::fs::create_dir_all(&state).unwrap();
    std::fs::set_permissions(&state, std::fs::Permissions::from_mode(0o755)).unwrap();
    let leftover = state.join("notes.txt");
    std::fs::write(&leftover, "left by an earlier version").unwrap();
    std::fs::set_permissions(&leftover, std::fs::Permissions::from_mode(0o644)).unwrap();
    let mut c = daemon::command(BIN, &b.config_path());
    c.arg("run")
        .env_remove("NOTIFY_SOCKET")
        .env_remove("JOURNAL_STREAM")
        .stdout(Stdio::null())
        .stderr(daemon::log_file(&b.log_path()));
    // SAFETY: umask is async-signal-safe.
    unsafe {
        c.pre_exec(|| {
            libc::umask(0o022);
            Ok(())
        });
    }
    let mut d = Daemon(c.spawn().unwrap());
    b.wait_listening(&mut d);
    assert!(submit(b.relay_port, "perm-check").unwrap());
    b.sink.wait_for(1, Duration::from_secs(30));
    let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&state), 0o700, "{}", b.log());
    let mut files = Vec::new();
    for e in std::fs::read_dir(&state).unwrap() {
        let e = e.unwrap();
        if e.file_type().unwrap().is_file() {
            files.push(e.path());
        }
    }
    let names: Vec<String> = files
        .iter()
        .map(|p| p.file_name().unwrap().to_string_lossy().to_string())
        .collect();
    assert!(names.iter().any(|n| n == "ledger.redb"), "{names:?}");
    assert!(names.iter().any(|n| n == "journal.redb"), "{names:?}");
    for f in &files {
        assert_eq!(mode(f), 0o600, "{}", f.display());
    }
    d.signal(libc::SIGTERM);
    assert_eq!(d.wait_exit(), Some(0));
}

/// Issue 14 point 2: a reload that can say no. `dastra-mailgate reload` (the unit's
/// ExecReload=, with $MAINPID and RuntimeDirectory= as systemd sets them) exits 0 with the
/// daemon's summary when the file is applied, and 78 with file, line and key when the daemon
/// refused it, which is what makes `systemctl reload` fail; the daemon keeps serving.
#[test]
fn reload_command_waits_for_the_daemons_verdict() {
    let b = Bench::new(SmtpSinkOptions::default());
    let good = {
        b.write_config(&b.mailbox("collect", USER, PASS), "", "[1]");
        std::fs::read_to_string(b.config_path()).unwrap()
    };
    let (mut d, runtime) = b.spawn_reloadable();
    b.wait_listening(&mut d);
    let reload = || b.reload(&d, &runtime);

    // Applied: 0 and the summary.
    let o = reload();
    assert_eq!(o.status.code(), Some(0), "{}\n{}", daemon::out(&o), b.log());
    assert!(
        String::from_utf8_lossy(&o.stdout).contains("configuration reloaded"),
        "{}",
        daemon::out(&o)
    );

    // Refused: 78, with the place and the key; still serving on the previous file.
    let broken = good.replacen("mode = \"idle\"", "mode = \"sometimes\"", 1);
    assert_ne!(broken, good);
    std::fs::write(b.config_path(), &broken).unwrap();
    let o = reload();
    assert_eq!(
        o.status.code(),
        Some(78),
        "{}\n{}",
        daemon::out(&o),
        b.log()
    );
    let err = String::from_utf8_lossy(&o.stderr).to_string();
    assert!(err.contains("reload refused"), "{err}");
    assert!(err.contains("mailbox[0].mode"), "{err}");
    assert!(
        err.contains(&format!("{}:", b.config_path().display())),
        "{err}"
    );
    assert!(submit(b.relay_port, "after-refused-reload").unwrap());
    b.sink.wait_for(1, Duration::from_secs(30));

    // Fixed again: 0.
    std::fs::write(b.config_path(), &good).unwrap();
    assert_eq!(reload().status.code(), Some(0));

    // No daemon there: said plainly, not a hang.
    let o = daemon::command(BIN, &b.config_path())
        .args(["reload", "--pid", "999999999"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(69), "{}", daemon::out(&o));
    d.signal(libc::SIGTERM);
    assert_eq!(d.wait_exit(), Some(0));
}

/// The reply to `MAIL FROM:<from>` after EHLO, on a fresh unauthenticated connection.
fn mail_from_reply(port: u16, from: &str) -> String {
    let s = TcpStream::connect(("127.0.0.1", port)).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(20))).unwrap();
    let mut w = s.try_clone().unwrap();
    let mut r = BufReader::new(s);
    let mut reply = || {
        let mut all = String::new();
        loop {
            let mut line = String::new();
            r.read_line(&mut line).unwrap();
            all.push_str(&line);
            if line.len() < 4 || line.as_bytes()[3] != b'-' {
                return all;
            }
        }
    };
    reply();
    w.write_all(b"EHLO describe\r\n").unwrap();
    reply();
    w.write_all(format!("MAIL FROM:<{from}>\r\n").as_bytes())
        .unwrap();
    let got = reply();
    let _ = w.write_all(b"QUIT\r\n");
    got
}

/// Issue 14 point 5: `describe`'s relay rows are what the relay does. Each row is read from
/// the output and checked against the running relay: the sender domains it lists are
/// accepted and no other, loopback submissions without authentication are accepted as it
/// says, mail goes out as the sender it names, the original author is kept in Reply-To.
#[test]
fn describe_relay_rows_match_the_relays_behaviour() {
    let b = Bench::new(SmtpSinkOptions::default());
    b.write_config(&b.mailbox("collect", USER, PASS), "", "[1]");
    let o = daemon::command(BIN, &b.config_path())
        .arg("describe")
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(0), "{}", daemon::out(&o));
    let md = String::from_utf8(o.stdout).unwrap();
    let row = |name: &str| -> String {
        md.lines()
            .find_map(|l| l.strip_prefix(&format!("| {name} | ")))
            .and_then(|r| r.strip_suffix(" |"))
            .unwrap_or_else(|| panic!("no row {name}:\n{md}"))
            .to_string()
    };
    let domains: Vec<String> = row("Allowed sender domains")
        .split(", ")
        .map(String::from)
        .collect();
    assert_eq!(domains, ["app.example.org", "example.org"], "{md}");
    let accepts = row("Accepts from");
    assert!(
        accepts.starts_with("local applications on the loopback interface, without authentication"),
        "{accepts}"
    );
    let sent_as = row("Sent as");
    assert_eq!(sent_as, "privacy@example.org");
    assert_eq!(row("Original author"), "kept in Reply-To");

    let mut d = b.spawn(None, None);
    b.wait_listening(&mut d);
    for domain in &domains {
        let r = mail_from_reply(b.relay_port, &format!("someone@{domain}"));
        assert!(r.starts_with("250"), "{domain}: {r}");
    }
    let r = mail_from_reply(b.relay_port, "someone@foreign.example");
    assert!(r.starts_with("550"), "a domain describe does not list: {r}");
    // No AUTH, from loopback: accepted, as the row says; sent as the named sender with the
    // author in Reply-To.
    assert!(submit(b.relay_port, "describe-row").unwrap());
    let got = b.sink.wait_for(1, Duration::from_secs(30));
    assert!(
        got[0].header("From").unwrap().contains(&sent_as),
        "{:?}",
        got[0].header("From")
    );
    assert!(
        got[0]
            .header("Reply-To")
            .unwrap_or_default()
            .contains("load@app.example.org"),
        "{:?}",
        got[0].header("Reply-To")
    );
    d.signal(libc::SIGTERM);
    assert_eq!(d.wait_exit(), Some(0));
}

/// A reload the relay cannot take (an unreadable CA file) is refused whole: `reload` says
/// so with the key, the relay keeps delivering on the old file and the admin pages keep the
/// old token. What a reload may change is live: a rotated `admin.auth_token`,
/// `journal.mask_addresses` (the next record is masked), a disabled relay leaves `/status`.
#[test]
fn reload_applies_live_settings_and_refuses_what_the_relay_cannot_take() {
    let b = Bench::new(SmtpSinkOptions::default());
    let token_file = b.secret("admin-token", "first-token");
    let admin_extra = format!("auth_token = \"file:{}\"", token_file.display());
    let mailbox = b.mailbox("collect", USER, PASS);
    b.write_config(
        &format!("[journal]\nmask_addresses = false\n{mailbox}"),
        &admin_extra,
        "[1]",
    );
    let original = std::fs::read_to_string(b.config_path()).unwrap();
    let (mut d, runtime) = b.spawn_reloadable();
    b.wait_listening(&mut d);
    let reload = || b.reload(&d, &runtime);
    let addr: std::net::SocketAddr = format!("127.0.0.1:{}", b.admin_port).parse().unwrap();
    let get = |path: &str, token: &str| {
        dastra_mailgate::admin::get_with_token(addr, path, Some(token))
            .unwrap_or_else(|e| panic!("GET {path}: {e}\n{}", b.log()))
    };
    // The recipients of the relay records of the journal that say "delivered" (a record
    // is rewritten at each step, so it is final only then).
    let relay_records = |token: &str| -> Vec<String> {
        let (code, body) = get("/journal.json?flow=relay", token);
        assert_eq!(code, 200, "{body}");
        let rows: Vec<serde_json::Value> = serde_json::from_str(&body).unwrap();
        rows.iter()
            .filter(|r| r["outcome"] == "delivered")
            .map(|r| r["recipients"].to_string())
            .collect()
    };
    let wait_records = |token: &str, n: usize| -> Vec<String> {
        let start = Instant::now();
        loop {
            let r = relay_records(token);
            if r.len() >= n {
                return r;
            }
            assert!(
                start.elapsed() < Duration::from_secs(60),
                "{r:?}\n{}",
                b.log()
            );
            std::thread::sleep(Duration::from_millis(200));
        }
    };

    assert!(submit(b.relay_port, "before").unwrap());
    b.sink.wait_for(1, Duration::from_secs(30));
    let first = wait_records("first-token", 1);
    assert!(
        first.iter().all(|r| r.contains("sink@customer.test")),
        "unmasked while mask_addresses = false: {first:?}"
    );

    // Rotate the token and switch masking on: both live after `reload`.
    std::fs::write(&token_file, "second-token").unwrap();
    std::fs::write(
        b.config_path(),
        original.replace("mask_addresses = false", "mask_addresses = true"),
    )
    .unwrap();
    let o = reload();
    assert_eq!(o.status.code(), Some(0), "{}\n{}", daemon::out(&o), b.log());
    assert_eq!(
        get("/status", "first-token").0,
        401,
        "the old token still works"
    );
    assert_eq!(get("/status", "second-token").0, 200);
    assert!(submit(b.relay_port, "after-mask").unwrap());
    b.sink.wait_for(2, Duration::from_secs(30));
    let records = wait_records("second-token", 2);
    let masked = records
        .iter()
        .filter(|r| !r.contains("sink@customer.test"))
        .count();
    assert_eq!(
        masked, 1,
        "the record after the reload is masked: {records:?}"
    );

    // A relay that cannot start with the new file: refused whole, with the key; the old
    // relay keeps delivering and the old token stays.
    let masked_config = std::fs::read_to_string(b.config_path()).unwrap();
    std::fs::write(
        b.config_path(),
        masked_config.replace(
            "[relay.transport]\n",
            "[relay.transport]\nca_file = \"/nonexistent/relay-ca.pem\"\n",
        ),
    )
    .unwrap();
    std::fs::write(&token_file, "third-token").unwrap();
    let o = reload();
    assert_eq!(
        o.status.code(),
        Some(78),
        "{}\n{}",
        daemon::out(&o),
        b.log()
    );
    let err = String::from_utf8_lossy(&o.stderr).to_string();
    assert!(err.contains("relay.transport.ca_file"), "{err}");
    assert!(err.contains("reload refused"), "{err}");
    assert_eq!(get("/status", "second-token").0, 200, "{}", b.log());
    assert!(submit(b.relay_port, "after-refused").unwrap());
    b.sink.wait_for(3, Duration::from_secs(30));

    // The relay switched off: it leaves /status.
    std::fs::write(&token_file, "second-token").unwrap();
    let (_, status) = get("/status", "second-token");
    let status: serde_json::Value = serde_json::from_str(&status).unwrap();
    assert!(status["relay"]["listen"].is_string(), "{status}");
    std::fs::write(
        b.config_path(),
        masked_config.replacen("[relay]\nenabled = true", "[relay]\nenabled = false", 1),
    )
    .unwrap();
    let o = reload();
    assert_eq!(o.status.code(), Some(0), "{}\n{}", daemon::out(&o), b.log());
    let (_, status) = get("/status", "second-token");
    let status: serde_json::Value = serde_json::from_str(&status).unwrap();
    assert!(status["relay"].is_null(), "{status}");
    assert!(TcpStream::connect(("127.0.0.1", b.relay_port)).is_err());
    d.signal(libc::SIGTERM);
    assert_eq!(d.wait_exit(), Some(0));
}
