//! The notification relay end to end: the real binary's listener driven by swaks, delivery
//! to a loopback SMTP sink (and, for XOAUTH2, through a real Dovecot submission service
//! that verifies the token against the OAuth double), the `queue`, `test-send` and
//! `sendmail` commands, and a kill -9 in the middle of submissions.

use std::io::{BufRead, BufReader, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use dastra_mailgate::relay::listener::hash_password;
use testbench::daemon::{self, Daemon, free_port, out};
use testbench::smtp_sink::{SmtpSink, SmtpSinkOptions, Stage};

const CLIENT: &str = "app1";
const CLIENT_PW: &str = "app1-secret-pw";
const SENDER: &str = "privacy@example.org";
const BIN: &str = env!("CARGO_BIN_EXE_dastra-mailgate");

struct Bench {
    dir: tempfile::TempDir,
    sink: SmtpSink,
    port: u16,
}

struct Opts {
    allow_loopback: bool,
    max_bytes: u64,
    retry: &'static str,
    /// Extra lines for `[relay]` (e.g. the STARTTLS certificate).
    relay_extra: String,
    /// Replaces the `[relay.transport]` table (default: the sink, no auth).
    transport: Option<String>,
    /// Appended to the file (e.g. `[[oauth_account]]`).
    trailing: String,
    messages_per_minute: u32,
    /// Port of the admin listener (`None`: disabled).
    admin: Option<u16>,
    /// `listen` host (default `127.0.0.1`; `[::]` for dual stack).
    listen_host: &'static str,
    alias: &'static str,
    /// Extra lines for `[relay.limits]`.
    limits_extra: String,
}

impl Default for Opts {
    fn default() -> Self {
        Opts {
            allow_loopback: false,
            max_bytes: 1_000_000,
            retry: "[1]",
            relay_extra: String::new(),
            transport: None,
            trailing: String::new(),
            messages_per_minute: 0,
            admin: None,
            listen_host: "127.0.0.1",
            alias: "Example Privacy Team",
            limits_extra: String::new(),
        }
    }
}

impl Bench {
    fn new(sink: SmtpSinkOptions) -> Self {
        Bench {
            dir: tempfile::tempdir().unwrap(),
            sink: SmtpSink::start(sink),
            port: free_port(),
        }
    }

    fn config(&self, o: &Opts) -> PathBuf {
        let hash = self.dir.path().join("app1.hash");
        std::fs::write(&hash, hash_password(CLIENT_PW)).unwrap();
        let text = format!(
            r#"
[state]
dir = "{state}"

[logging]
level = "info"

[admin]
{admin}

[relay]
enabled = true
listen = "{listen_host}:{port}"
hostname = "relay.test"
sender = "{SENDER}"
alias = "{alias}"
allowed_sender_domains = ["app.example.org"]
allow_unauthenticated_loopback = {allow}
retry_schedule_secs = {retry}
max_age_secs = 3600
{relay_extra}

[[relay.client]]
username = "{CLIENT}"
password_hash = "file:{hash}"

{transport}

[relay.limits]
max_message_bytes = {max}
max_recipients = 5
messages_per_minute = {mpm}
recipients_per_day = 0
command_timeout_secs = 30
data_timeout_secs = 30
{limits_extra}

{trailing}
"#,
            state = self.dir.path().join("state").display(),
            port = self.port,
            allow = o.allow_loopback,
            retry = o.retry,
            hash = hash.display(),
            max = o.max_bytes,
            relay_extra = o.relay_extra,
            transport =
                o.transport.clone().unwrap_or_else(
                    || daemon::sink_transport(self.sink.port()) + "max_connections = 3"
                ),
            mpm = o.messages_per_minute,
            listen_host = o.listen_host,
            alias = o.alias,
            limits_extra = o.limits_extra,
            trailing = o.trailing,
            admin = match o.admin {
                Some(p) => format!("enabled = true\nlisten = \"127.0.0.1:{p}\""),
                None => "enabled = false".into(),
            },
        );
        daemon::write_config(self.dir.path(), &text)
    }

    fn cmd(&self, cfg: &Path) -> Command {
        daemon::command(BIN, cfg)
    }

    /// Starts the daemon and waits until the relay accepts connections.
    fn spawn(&self, cfg: &Path) -> Child {
        let mut child = self
            .cmd(cfg)
            .arg("run")
            .stdout(Stdio::null())
            .stderr(daemon::log_file(&self.dir.path().join("daemon.log")))
            .spawn()
            .unwrap();
        daemon::wait_listening(
            &mut child,
            self.port,
            Duration::from_secs(20),
            "the relay never listened",
            || self.log(),
        );
        child
    }

    fn log(&self) -> String {
        daemon::read_log(&self.dir.path().join("daemon.log"))
    }

    fn swaks(&self, args: &[&str]) -> Output {
        Command::new("swaks")
            .args([
                "--server",
                &format!("127.0.0.1:{}", self.port),
                "--timeout",
                "20",
            ])
            .args(args)
            .output()
            .expect("swaks is installed by scripts/test (apt-get install swaks)")
    }

    fn swaks_auth(&self, args: &[&str]) -> Output {
        let mut a = vec![
            "--auth",
            "PLAIN",
            "--auth-user",
            CLIENT,
            "--auth-password",
            CLIENT_PW,
        ];
        a.extend_from_slice(args);
        self.swaks(&a)
    }

    fn queue(&self, cfg: &Path, args: &[&str]) -> Output {
        self.cmd(cfg).arg("queue").args(args).output().unwrap()
    }

    fn queue_json(&self, cfg: &Path) -> Vec<serde_json::Value> {
        let o = self.queue(cfg, &["list", "--json"]);
        assert_eq!(o.status.code(), Some(0), "{}", out(&o));
        serde_json::from_slice(&o.stdout).unwrap_or_else(|e| panic!("{e}: {}", out(&o)))
    }

    /// Polls `queue list --json` until `pred` holds.
    fn wait_queue(
        &self,
        cfg: &Path,
        what: &str,
        pred: impl Fn(&[serde_json::Value]) -> bool,
    ) -> Vec<serde_json::Value> {
        let start = Instant::now();
        loop {
            let q = self.queue_json(cfg);
            if pred(&q) {
                return q;
            }
            assert!(
                start.elapsed() < Duration::from_secs(30),
                "queue never {what}: {q:#?}\n{}",
                self.log()
            );
            std::thread::sleep(Duration::from_millis(100));
        }
    }
}

/// `[state]` in `state`, no admin listener, and the start of a `[relay]` on an ephemeral
/// port sending as `sender` (more `[relay]` keys may follow).
fn relay_head(state: &Path, sender: &str) -> String {
    format!(
        r#"
[state]
dir = "{state}"

[admin]
enabled = false

[relay]
enabled = true
listen = "127.0.0.1:0"
sender = "{sender}"
"#,
        state = state.display()
    )
}

/// A relay sending as `sender` through Microsoft Graph at `endpoint`, with an app-only
/// (client credentials) account `graph` of the test tenant at `authority`.
fn graph_config(
    state: &Path,
    sender: &str,
    endpoint: &str,
    authority: &str,
    secret: &Path,
) -> String {
    const TENANT: &str = "contoso-tenant-id";
    const APP: &str = "11111111-2222-3333-4444-555555555555";
    format!(
        r#"
{head}allowed_sender_domains = ["app.example.org"]

[relay.transport]
type = "graph"
oauth_account = "graph"
endpoint = "{endpoint}"
allow_insecure = true

[[oauth_account]]
name = "graph"
provider = "microsoft"
flow = "client_credentials"
tenant = "{TENANT}"
authority = "{authority}"
client_id = "{APP}"
client_secret = "file:{secret}"
user = "{sender}"
"#,
        head = relay_head(state, sender),
        secret = secret.display(),
    )
}

/// A token source for the transports: hands out a rejected token first (unless it starts
/// `at` the second), then the good one once invalidated; counts the invalidations.
struct Rotating {
    user: String,
    tokens: [String; 2],
    at: std::sync::atomic::AtomicUsize,
    invalidated: std::sync::atomic::AtomicUsize,
}

impl Rotating {
    fn new(user: &str, tokens: [String; 2], at: usize) -> Rotating {
        Rotating {
            user: user.into(),
            tokens,
            at: at.into(),
            invalidated: 0.into(),
        }
    }
}

impl dastra_mailgate::oauth::TokenSource for Rotating {
    fn user(&self) -> &str {
        &self.user
    }
    fn token(
        &self,
    ) -> dastra_mailgate::oauth::BoxFuture<
        '_,
        Result<dastra_mailgate::secret::SecretString, dastra_mailgate::oauth::TokenError>,
    > {
        use std::sync::atomic::Ordering;
        let t = self.tokens[self.at.load(Ordering::SeqCst).min(1)].clone();
        Box::pin(async move { Ok(dastra_mailgate::secret::SecretString::new(t)) })
    }
    fn invalidate(&self) {
        use std::sync::atomic::Ordering;
        self.invalidated.fetch_add(1, Ordering::SeqCst);
        self.at.fetch_add(1, Ordering::SeqCst);
    }
}

/// Stores a grant (`refresh_token` for `user`, authorised and refreshed now) for the
/// OAuth account `account` in the token store under `state`, as `authorize` would.
fn store_grant(
    state: &Path,
    account: &str,
    provider: &str,
    client_id: &str,
    user: &str,
    scopes: &[&str],
    refresh_token: String,
) {
    use dastra_mailgate::oauth::store::{StoredGrant, TokenStore};
    let now = chrono::Utc::now().timestamp();
    TokenStore::open(state, None)
        .unwrap()
        .save(
            account,
            &StoredGrant {
                refresh_token: dastra_mailgate::secret::SecretString::new(refresh_token),
                scopes: scopes.iter().map(|s| s.to_string()).collect(),
                provider: provider.into(),
                client_id: client_id.into(),
                user: Some(user.into()),
                authorized_at: now,
                refreshed_at: now,
            },
        )
        .unwrap();
}

/// `test-send` with `args`, to the end.
fn test_send(cfg: &Path, args: &[&str]) -> Output {
    daemon::command(BIN, cfg)
        .arg("test-send")
        .args(args)
        .output()
        .unwrap()
}

fn rcpt_status(q: &[serde_json::Value]) -> Vec<String> {
    q.iter()
        .flat_map(|e| e["recipients"].as_array().cloned().unwrap_or_default())
        .map(|r| r["status"].as_str().unwrap_or("").to_string())
        .collect()
}

#[test]
fn authenticated_submission_is_rewritten_spooled_and_delivered() {
    let b = Bench::new(SmtpSinkOptions::default());
    let cfg = b.config(&Opts::default());
    let _d = Daemon(b.spawn(&cfg));
    let o = b.swaks_auth(&[
        "--from",
        "robot@app.example.org",
        "--to",
        "dpo@customer.test",
        "--h-From",
        "\"App Robot\" <robot@app.example.org>",
        "--h-Subject",
        "Your request 42",
        "--body",
        "Hello from the app.\n.leading dot line\n",
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", out(&o));
    let stdout = String::from_utf8_lossy(&o.stdout);
    assert!(stdout.contains("250 2.0.0 Ok: queued as"), "{stdout}");
    for cap in [
        "PIPELINING",
        "8BITMIME",
        "ENHANCEDSTATUSCODES",
        "SIZE 1000000",
        "AUTH PLAIN LOGIN",
    ] {
        assert!(stdout.contains(cap), "EHLO lacks {cap}: {stdout}");
    }

    let got = b.sink.wait_for(1, Duration::from_secs(20));
    let m = &got[0];
    assert_eq!(
        m.mail_from, SENDER,
        "envelope sender = the configured sender"
    );
    assert_eq!(m.rcpts, ["dpo@customer.test"]);
    assert_eq!(
        m.header("From").unwrap(),
        "\"Example Privacy Team\" <privacy@example.org>"
    );
    assert_eq!(
        m.header("Reply-To").unwrap(),
        "\"App Robot\" <robot@app.example.org>"
    );
    assert_eq!(m.header("X-Dastra-Mailgate").unwrap(), "relay");
    assert_eq!(m.header("Auto-Submitted").unwrap(), "auto-generated");
    assert_eq!(m.header("Subject").unwrap(), "Your request 42");
    assert!(
        m.text().contains("\r\n.leading dot line\r\n"),
        "dot-stuffing both ways: {}",
        m.text()
    );
    // Delivered entries leave the spool.
    b.wait_queue(&cfg, "empty", |q| q.is_empty());

    // AUTH LOGIN works too.
    let o = b.swaks(&[
        "--auth",
        "LOGIN",
        "--auth-user",
        CLIENT,
        "--auth-password",
        CLIENT_PW,
        "--from",
        "robot@app.example.org",
        "--to",
        "dpo@customer.test",
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", out(&o));
    b.sink.wait_for(2, Duration::from_secs(20));
}

#[test]
fn a_message_with_more_recipients_than_the_provider_takes_is_sent_in_batches() {
    let b = Bench::new(SmtpSinkOptions::default());
    let cfg = b.config(&Opts::default());
    let text = std::fs::read_to_string(&cfg).unwrap();
    std::fs::write(
        &cfg,
        text.replace(
            "max_recipients = 5\n",
            "max_recipients = 5\nrecipients_per_message = 2\n",
        ),
    )
    .unwrap();
    let _d = Daemon(b.spawn(&cfg));
    let all: Vec<String> = (1..=5).map(|i| format!("dpo{i}@customer.test")).collect();
    let o = b.swaks_auth(&["--from", "robot@app.example.org", "--to", &all.join(",")]);
    assert_eq!(o.status.code(), Some(0), "{}", out(&o));
    let got = b.sink.wait_for(3, Duration::from_secs(20));
    b.wait_queue(&cfg, "empty", |q| q.is_empty());
    let got_now = b.sink.received();
    assert_eq!(got_now.len(), 3, "2 + 2 + 1 recipients: {got:?}");
    let sizes: Vec<usize> = got_now.iter().map(|m| m.rcpts.len()).collect();
    assert_eq!(sizes, [2, 2, 1]);
    let mut delivered: Vec<String> = got_now.iter().flat_map(|m| m.rcpts.clone()).collect();
    delivered.sort();
    assert_eq!(delivered, all, "every recipient exactly once");
    let ids: std::collections::HashSet<_> =
        got_now.iter().map(|m| m.header("Message-ID")).collect();
    assert_eq!(ids.len(), 1, "the same message each time");
}

#[test]
fn starttls_then_auth() {
    let b = Bench::new(SmtpSinkOptions::default());
    let (cert, key) = self_signed_cert(b.dir.path(), &[]);
    let cfg = b.config(&Opts {
        relay_extra: format!(
            "tls_cert_file = \"{}\"\ntls_key_file = \"{}\"",
            cert.display(),
            key.display()
        ),
        ..Opts::default()
    });
    let _d = Daemon(b.spawn(&cfg));
    let o = b.swaks_auth(&[
        "--tls",
        "--from",
        "robot@app.example.org",
        "--to",
        "x@customer.test",
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", out(&o));
    let stdout = String::from_utf8_lossy(&o.stdout);
    assert!(
        stdout.contains("STARTTLS") && stdout.contains("220 2.0.0 Ready to start TLS"),
        "{stdout}"
    );
    assert!(stdout.contains("TLS started"), "{stdout}");
    b.sink.wait_for(1, Duration::from_secs(20));
}

#[test]
fn open_relay_attempts_are_refused() {
    let b = Bench::new(SmtpSinkOptions::default());
    let cfg = b.config(&Opts::default());
    let _d = Daemon(b.spawn(&cfg));
    let cases: [(&[&str], &str); 4] = [
        (
            &["--from", "robot@app.example.org", "--to", "x@customer.test"],
            "530 5.7.0",
        ),
        (
            &[
                "--auth",
                "PLAIN",
                "--auth-user",
                CLIENT,
                "--auth-password",
                "wrong",
                "--from",
                "robot@app.example.org",
                "--to",
                "x@customer.test",
            ],
            "535 5.7.8",
        ),
        (
            &[
                "--auth",
                "PLAIN",
                "--auth-user",
                CLIENT,
                "--auth-password",
                CLIENT_PW,
                "--from",
                "ceo@evil.test",
                "--to",
                "x@customer.test",
            ],
            "550 5.7.1",
        ),
        (
            &[
                "--auth",
                "PLAIN",
                "--auth-user",
                CLIENT,
                "--auth-password",
                CLIENT_PW,
                "--from",
                "<>",
                "--to",
                "x@customer.test",
            ],
            "550 5.7.1",
        ),
    ];
    for (args, code) in cases {
        let o = b.swaks(args);
        assert_ne!(
            o.status.code(),
            Some(0),
            "{args:?} was accepted: {}",
            out(&o)
        );
        assert!(
            String::from_utf8_lossy(&o.stdout).contains(code),
            "{args:?}: expected {code}: {}",
            out(&o)
        );
    }
    // Bad sequences.
    let mut c = Client::connect(b.port);
    c.expect("EHLO t", "250");
    c.expect("RCPT TO:<x@customer.test>", "503 5.5.1");
    c.expect("DATA", "503 5.5.1");
    c.expect("BDAT 10 LAST", "502");
    c.expect("FOO", "500 5.5.1");
    c.expect("AUTH CRAM-MD5", "504 5.5.4");
    c.expect("QUIT", "221");
    assert_eq!(b.sink.count(), 0);
    assert!(b.queue_json(&cfg).is_empty());
}

#[test]
fn limits_and_pipelining() {
    let b = Bench::new(SmtpSinkOptions::default());
    let cfg = b.config(&Opts {
        max_bytes: 2000,
        ..Opts::default()
    });
    let _d = Daemon(b.spawn(&cfg));
    let big = "x".repeat(100) + "\n";
    let body = big.repeat(50);
    let o = b.swaks_auth(&[
        "--from",
        "robot@app.example.org",
        "--to",
        "x@customer.test",
        "--body",
        &body,
    ]);
    assert_ne!(o.status.code(), Some(0), "{}", out(&o));
    assert!(
        String::from_utf8_lossy(&o.stdout).contains("552 5.3.4"),
        "{}",
        out(&o)
    );

    // Pipelined: one write for MAIL/RCPT×3/DATA, replies in order.
    let o = b.swaks_auth(&[
        "--pipeline",
        "--from",
        "robot@app.example.org",
        "--to",
        "a@customer.test,b@customer.test,c@customer.test",
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", out(&o));
    let got = b.sink.wait_for(1, Duration::from_secs(20));
    assert_eq!(got[0].rcpts.len(), 3);

    // SIZE= over the limit, too many recipients, a raw pipelined burst.
    let mut c = Client::connect(b.port);
    c.expect("EHLO t", "250");
    c.auth_plain(CLIENT, CLIENT_PW);
    c.expect("MAIL FROM:<robot@app.example.org> SIZE=999999", "552 5.3.4");
    c.send_raw("MAIL FROM:<robot@app.example.org>\r\nRCPT TO:<1@c.test>\r\nRCPT TO:<2@c.test>\r\nRCPT TO:<3@c.test>\r\nRCPT TO:<4@c.test>\r\nRCPT TO:<5@c.test>\r\nRCPT TO:<6@c.test>\r\nRSET\r\n");
    for code in ["250", "250", "250", "250", "250", "250", "452 4.5.3", "250"] {
        c.read_reply(code);
    }
    c.expect("QUIT", "221");
}

#[test]
fn temporary_failures_are_deferred_then_flushed() {
    let b = Bench::new(SmtpSinkOptions::default());
    let cfg = b.config(&Opts {
        retry: "[3600]",
        ..Opts::default()
    });
    let _d = Daemon(b.spawn(&cfg));
    b.sink.push_reply(
        Stage::Data,
        "451 4.3.0 Mail server temporarily rejected message",
    );
    let o = b.swaks_auth(&["--from", "robot@app.example.org", "--to", "x@customer.test"]);
    assert_eq!(o.status.code(), Some(0), "{}", out(&o));
    let q = b.wait_queue(&cfg, "deferred", |q| rcpt_status(q) == ["deferred"]);
    let err = q[0]["recipients"][0]["last_error"].as_str().unwrap();
    assert!(err.contains("451 4.3.0"), "{err}");
    assert_eq!(q[0]["recipients"][0]["attempts"], 1);
    let text = b.queue(&cfg, &["list"]);
    assert!(
        String::from_utf8_lossy(&text.stdout).contains("deferred"),
        "{}",
        out(&text)
    );
    assert_eq!(b.sink.count(), 0);

    let o = b.queue(&cfg, &["flush"]);
    assert_eq!(o.status.code(), Some(0), "{}", out(&o));
    b.sink.wait_for(1, Duration::from_secs(20));
    b.wait_queue(&cfg, "empty", |q| q.is_empty());
}

#[test]
fn permanent_failures_are_explained_kept_and_can_be_retried_or_deleted() {
    let b = Bench::new(SmtpSinkOptions::default());
    let cfg = b.config(&Opts::default());
    let _d = Daemon(b.spawn(&cfg));
    b.sink.push_reply(
        Stage::Data,
        "554 5.2.252 SendAsDenied; robot@example.org not allowed to send as privacy@example.org; STOREDRV.Submission.Exception:SendAsDeniedException.MapiExceptionSendAsDenied",
    );
    b.sink.push_reply(Stage::Data, "550 5.7.1 Rejected");
    for to in ["one@customer.test", "two@customer.test"] {
        let o = b.swaks_auth(&["--from", "robot@app.example.org", "--to", to]);
        assert_eq!(o.status.code(), Some(0), "{}", out(&o));
        std::thread::sleep(Duration::from_millis(300));
    }
    let q = b.wait_queue(&cfg, "failed", |q| rcpt_status(q) == ["failed", "failed"]);
    let first = q[0]["id"].as_str().unwrap().to_string();
    let second = q[1]["id"].as_str().unwrap().to_string();
    let show = b.queue(&cfg, &["show", &first]);
    let text = String::from_utf8_lossy(&show.stdout);
    assert!(
        text.contains("5.2.252") && text.contains("Add-RecipientPermission"),
        "{}",
        out(&show)
    );
    assert!(text.contains("X-Dastra-Mailgate: relay"), "{text}");

    let o = b.queue(&cfg, &["retry", &first]);
    assert_eq!(o.status.code(), Some(0), "{}", out(&o));
    let got = b.sink.wait_for(1, Duration::from_secs(20));
    assert_eq!(got[0].rcpts, ["one@customer.test"]);
    let o = b.queue(&cfg, &["delete", &second, "--json"]);
    assert_eq!(o.status.code(), Some(0), "{}", out(&o));
    b.wait_queue(&cfg, "empty", |q| q.is_empty());
    let o = b.queue(&cfg, &["show", &second]);
    assert_eq!(o.status.code(), Some(64), "{}", out(&o));
    assert_eq!(b.sink.count(), 1);
}

#[test]
fn test_send_reports_what_the_provider_said() {
    let b = Bench::new(SmtpSinkOptions::default());
    let cfg = b.config(&Opts::default());
    let o = test_send(&cfg, &["--to", "admin@customer.test"]);
    assert_eq!(o.status.code(), Some(0), "{}", out(&o));
    let stdout = String::from_utf8_lossy(&o.stdout);
    assert!(
        stdout.contains("OK: the provider accepted") && stdout.contains("250 2.0.0"),
        "{stdout}"
    );
    let got = b.sink.wait_for(1, Duration::from_secs(5));
    let token = stdout
        .split("token ")
        .nth(1)
        .unwrap()
        .split_whitespace()
        .next()
        .unwrap();
    assert!(got[0].header("Subject").unwrap().contains(token));
    assert_eq!(got[0].header("X-Dastra-Mailgate").unwrap(), "relay");

    b.sink.push_reply(
        Stage::Data,
        "535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled",
    );
    let o = test_send(&cfg, &["--to", "admin@customer.test"]);
    assert_eq!(o.status.code(), Some(69), "{}", out(&o));
    let stdout = String::from_utf8_lossy(&o.stdout);
    assert!(
        stdout.contains("5.7.139") && stdout.contains("Set-CASMailbox"),
        "{stdout}"
    );

    b.sink.push_reply(
        Stage::Data,
        "432 4.3.2 Concurrent connections limit exceeded",
    );
    let o = test_send(&cfg, &["--to", "admin@customer.test"]);
    assert_eq!(o.status.code(), Some(75), "{}", out(&o));
    assert!(
        String::from_utf8_lossy(&o.stdout).contains("max_connections"),
        "{}",
        out(&o)
    );
}

#[test]
fn sendmail_pipes_through_the_listener() {
    let b = Bench::new(SmtpSinkOptions::default());
    let cfg = b.config(&Opts {
        allow_loopback: true,
        ..Opts::default()
    });
    let _d = Daemon(b.spawn(&cfg));
    let mut child = b
        .cmd(&cfg)
        .args(["sendmail", "-t", "-i"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(b"From: cron@app.example.org\nTo: a@customer.test\nBcc: hidden@customer.test\nSubject: nightly\n\n.\nDone.\n")
        .unwrap();
    let o = child.wait_with_output().unwrap();
    assert_eq!(o.status.code(), Some(0), "{}", out(&o));
    let got = b.sink.wait_for(1, Duration::from_secs(20));
    let mut rcpts = got[0].rcpts.clone();
    rcpts.sort();
    assert_eq!(rcpts, ["a@customer.test", "hidden@customer.test"]);
    let text = got[0].text();
    assert!(!text.contains("hidden@"), "Bcc must not be sent: {text}");
    assert!(text.contains("Subject: nightly\r\n"));
    assert!(text.ends_with("\r\n\r\n.\r\nDone.\r\n"), "{text:?}");
}

#[test]
fn kill_9_during_submissions_loses_no_acknowledged_message() {
    // 1,000 submissions from 5 clients; the daemon is killed with SIGKILL part-way and
    // started again while the clients keep going (a client whose connection breaks tries
    // the same message again, as an application would). Every message that got its 250
    // must reach the sink at least once.
    const CLIENTS: usize = 5;
    const PER_CLIENT: usize = 200;
    let b = Bench::new(SmtpSinkOptions {
        data_delay: Duration::from_millis(30),
        ..SmtpSinkOptions::default()
    });
    let cfg = b.config(&Opts {
        allow_loopback: true,
        ..Opts::default()
    });
    let mut daemon = b.spawn(&cfg);
    let acked = Arc::new(Mutex::new(Vec::<String>::new()));
    let port = b.port;
    let threads: Vec<_> = (0..CLIENTS)
        .map(|t| {
            let acked = acked.clone();
            std::thread::spawn(move || {
                let deadline = Instant::now() + Duration::from_secs(300);
                for i in 0..PER_CLIENT {
                    let token = format!("tok-{t}-{i}");
                    loop {
                        match submit_one(port, &token) {
                            Ok(true) => {
                                acked.lock().unwrap().push(token);
                                break;
                            }
                            Ok(false) => break,
                            Err(_) if Instant::now() < deadline => {
                                std::thread::sleep(Duration::from_millis(50))
                            }
                            Err(e) => panic!("{token}: {e}"),
                        }
                    }
                }
            })
        })
        .collect();
    // Let a good part be accepted (and some delivered), then kill -9.
    let start = Instant::now();
    while acked.lock().unwrap().len() < 300 && start.elapsed() < Duration::from_secs(60) {
        std::thread::sleep(Duration::from_millis(10));
    }
    daemon.kill().unwrap();
    daemon.wait().unwrap();
    let acked_at_kill = acked.lock().unwrap().len();
    let delivered_at_kill = b.sink.count();
    assert!(acked_at_kill >= 300, "only {acked_at_kill} acknowledged");
    assert!(
        delivered_at_kill < acked_at_kill,
        "the kill came too late to test anything ({delivered_at_kill} already delivered)"
    );

    // Restart: recovery hands every spooled message to delivery again; the clients resume.
    let _d = Daemon(b.spawn(&cfg));
    for t in threads {
        t.join().unwrap();
    }
    let acked = acked.lock().unwrap().clone();
    assert_eq!(
        acked.len(),
        CLIENTS * PER_CLIENT,
        "every submission got its 250 in the end"
    );
    let deadline = Instant::now() + Duration::from_secs(300);
    loop {
        let got: std::collections::HashSet<String> = b
            .sink
            .received()
            .iter()
            .filter_map(|m| m.header("Subject"))
            .collect();
        let missing: Vec<&String> = acked.iter().filter(|t| !got.contains(*t)).collect();
        if missing.is_empty() {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "{} acknowledged message(s) never delivered, e.g. {:?}\n{}",
            missing.len(),
            &missing[..missing.len().min(5)],
            b.log()
        );
        std::thread::sleep(Duration::from_millis(200));
    }
    b.wait_queue(&cfg, "empty", |q| q.is_empty());
    let delivered = b.sink.count();
    eprintln!(
        "kill -9: {acked_at_kill} acknowledged and {delivered_at_kill} delivered at the kill; \
         {} acknowledged in all, {delivered} deliveries ({} duplicate(s), at-least-once)",
        acked.len(),
        delivered - acked.len()
    );
}

/// One submission over a raw connection; `Ok(true)` only on the final 250.
fn submit_one(port: u16, token: &str) -> std::io::Result<bool> {
    let mut c = Client::try_connect(port)?;
    c.try_cmd("EHLO load")?;
    c.try_cmd("MAIL FROM:<load@app.example.org>")?;
    c.try_cmd("RCPT TO:<sink@customer.test>")?;
    let r = c.try_cmd("DATA")?;
    if !r.starts_with("354") {
        return Ok(false);
    }
    let r = c.try_cmd(&format!(
        "Subject: {token}\r\nFrom: load@app.example.org\r\n\r\nbody {token}\r\n."
    ))?;
    let _ = c.try_cmd("QUIT");
    Ok(r.starts_with("250"))
}

/// A minimal SMTP client over a raw socket (for sequences swaks cannot produce).
struct Client {
    w: TcpStream,
    r: BufReader<TcpStream>,
}

impl Client {
    fn try_connect(port: u16) -> std::io::Result<Client> {
        let s = TcpStream::connect(("127.0.0.1", port))?;
        s.set_read_timeout(Some(Duration::from_secs(20)))?;
        let mut c = Client {
            w: s.try_clone()?,
            r: BufReader::new(s),
        };
        let g = c.try_read_reply()?;
        if !g.starts_with("220") {
            return Err(std::io::Error::other(g));
        }
        Ok(c)
    }

    fn connect(port: u16) -> Client {
        Client::try_connect(port).unwrap()
    }

    fn try_read_reply(&mut self) -> std::io::Result<String> {
        let mut all = String::new();
        loop {
            let mut line = String::new();
            if self.r.read_line(&mut line)? == 0 {
                return Err(std::io::ErrorKind::UnexpectedEof.into());
            }
            all.push_str(&line);
            if line.len() < 4 || line.as_bytes()[3] != b'-' {
                return Ok(all);
            }
        }
    }

    fn try_cmd(&mut self, line: &str) -> std::io::Result<String> {
        self.w.write_all(format!("{line}\r\n").as_bytes())?;
        self.try_read_reply()
    }

    fn send_raw(&mut self, s: &str) {
        self.w.write_all(s.as_bytes()).unwrap();
    }

    fn read_reply(&mut self, code: &str) -> String {
        let r = self.try_read_reply().unwrap();
        assert!(r.starts_with(code), "expected {code}, got {r}");
        r
    }

    fn expect(&mut self, line: &str, code: &str) -> String {
        let r = self.try_cmd(line).unwrap();
        assert!(r.starts_with(code), "{line}: expected {code}, got {r}");
        r
    }

    fn auth_plain(&mut self, user: &str, pass: &str) {
        use base64::Engine as _;
        let b = base64::engine::general_purpose::STANDARD.encode(format!("\0{user}\0{pass}"));
        self.expect(&format!("AUTH PLAIN {b}"), "235");
    }
}

mod xoauth2 {
    //! SMTP delivery with XOAUTH2 against a real server: Dovecot's submission service checks
    //! the token with the OAuth double's introspection endpoint, then relays to the sink.

    use super::Rotating;
    use std::sync::Arc;
    use std::sync::atomic::Ordering;
    use std::time::Duration;

    use dastra_mailgate::config::{SmtpAuth, TlsMode};
    use dastra_mailgate::oauth::StaticToken;
    use dastra_mailgate::relay::delivery::smtp::{SmtpParams, SmtpTransport};
    use dastra_mailgate::relay::delivery::{Class, Transport};
    use dastra_mailgate::secret::SecretString;
    use testbench::dovecot::{Dovecot, DovecotOptions};
    use testbench::oauth::{OAuthDouble, OAuthDoubleOptions};
    use testbench::smtp_sink::{SmtpSink, SmtpSinkOptions};

    const MAILBOX: &str = "alice@example.test";

    fn params(dc: &Dovecot) -> SmtpParams {
        SmtpParams {
            host: "127.0.0.1".into(),
            port: dc.submission_port().unwrap(),
            tls: TlsMode::StartTls,
            auth: SmtpAuth::XOAuth2,
            username: None,
            password: None,
            ca_pem: Some(dc.ca_pem().to_vec()),
            max_connections: 3,
            hello_name: "relay.test".into(),
            timeout: Duration::from_secs(30),
            idle_timeout: dastra_mailgate::relay::delivery::smtp::IDLE_TIMEOUT,
        }
    }

    #[tokio::test(flavor = "multi_thread")]
    async fn xoauth2_verified_by_dovecot_with_a_refresh_after_rejection() {
        let sink = SmtpSink::start(SmtpSinkOptions::default());
        let oauth = OAuthDouble::start(OAuthDoubleOptions::default());
        let dc = Dovecot::start(
            DovecotOptions::new()
                .with_introspection_url(oauth.introspection_url())
                .with_submission_relay(sink.addr()),
        );
        let good = oauth.issue_token_for(
            MAILBOX,
            &["https://outlook.office.com/SMTP.Send"],
            Duration::from_secs(3600),
        );
        assert!(
            good.len() < 300,
            "Dovecot's submission line limit: keep test tokens short"
        );
        let source = Arc::new(Rotating::new(
            MAILBOX,
            ["not-a-valid-token".into(), good.clone()],
            0,
        ));
        let t = SmtpTransport::new(params(&dc), Some(source.clone())).unwrap();
        let msg = b"From: \"Example\" <alice@example.test>\r\nTo: dpo@customer.test\r\nSubject: via dovecot\r\nX-Dastra-Mailgate: relay\r\n\r\nhello\r\n";
        let rcpts = vec!["dpo@customer.test".to_string()];
        let d = t
            .send(MAILBOX, &rcpts, msg)
            .await
            .unwrap_or_else(|e| panic!("{e}\n{}", dc.log()));
        assert!(d.response.starts_with("250"), "{}", d.response);
        assert_eq!(
            source.invalidated.load(Ordering::SeqCst),
            1,
            "rejected token invalidated once"
        );
        let got = sink.wait_for(1, Duration::from_secs(20));
        assert_eq!(got[0].mail_from, MAILBOX);
        assert_eq!(got[0].rcpts, rcpts);
        assert_eq!(got[0].header("Subject").unwrap(), "via dovecot");
        assert!(oauth.introspection_requests().len() >= 2);

        // A second message reuses the pooled, authenticated connection.
        t.send(MAILBOX, &rcpts, msg).await.unwrap();
        sink.wait_for(2, Duration::from_secs(20));

        // A token that stays bad: retried once, then a permanent failure with the hint.
        let bad = SmtpTransport::new(
            params(&dc),
            Some(Arc::new(StaticToken {
                user: MAILBOX.into(),
                token: SecretString::new("still-not-valid"),
            })),
        )
        .unwrap();
        let e = bad.send(MAILBOX, &rcpts, msg).await.unwrap_err();
        assert_eq!(e.class, Class::Permanent, "{e}");
        assert!(e.to_string().contains("OAuth token"), "{e}");
        assert_eq!(sink.count(), 2);
    }

    /// Implicit TLS (port 465 style, our own rustls handshake on the pooled socket): Dovecot's
    /// `submissions` port, the CA from the test PKI; a CA that did not sign the server's
    /// certificate is refused before anything is sent.
    #[tokio::test(flavor = "multi_thread")]
    async fn implicit_tls_with_xoauth2_to_dovecot_submissions() {
        let sink = SmtpSink::start(SmtpSinkOptions::default());
        let oauth = OAuthDouble::start(OAuthDoubleOptions::default());
        let dc = Dovecot::start(
            DovecotOptions::new()
                .with_introspection_url(oauth.introspection_url())
                .with_submission_relay(sink.addr()),
        );
        let token = oauth.issue_token_for(
            MAILBOX,
            &["https://outlook.office.com/SMTP.Send"],
            Duration::from_secs(3600),
        );
        let source = Arc::new(StaticToken {
            user: MAILBOX.into(),
            token: SecretString::new(token),
        });
        let mut p = params(&dc);
        p.port = dc.submissions_port().unwrap();
        p.tls = TlsMode::Implicit;
        let t = SmtpTransport::new(p.clone(), Some(source.clone())).unwrap();
        let msg = b"From: alice@example.test\r\nTo: dpo@customer.test\r\nSubject: implicit\r\n\r\nhello\r\n";
        let rcpts = vec!["dpo@customer.test".to_string()];
        for _ in 0..2 {
            let d = t
                .send(MAILBOX, &rcpts, msg)
                .await
                .unwrap_or_else(|e| panic!("{e}\n{}", dc.log()));
            assert!(d.response.starts_with("250"), "{}", d.response);
        }
        let got = sink.wait_for(2, Duration::from_secs(20));
        assert_eq!(got[0].header("Subject").unwrap(), "implicit");

        // Another CA: the handshake fails, temporary (a certificate can be fixed), nothing sent.
        let other = Dovecot::start(DovecotOptions::new());
        p.ca_pem = Some(other.ca_pem().to_vec());
        let untrusting = SmtpTransport::new(p, Some(source)).unwrap();
        let e = untrusting.send(MAILBOX, &rcpts, msg).await.unwrap_err();
        assert!(e.message.contains("TLS handshake"), "{e}");
        assert_eq!(e.class, Class::Temporary, "{e}");
        assert_eq!(sink.count(), 2);
    }
}

mod wired {
    //! The relay's own wiring (`relay::token_source` + `relay::transport`, as `run` and
    //! `test-send` use them) with the real token manager: a device-code grant refreshed at
    //! the OAuth double, tokens checked by Dovecot's submission service through the
    //! double's introspection endpoint, across a revocation and a token expiry.

    use std::time::Duration;

    use dastra_mailgate::oauth::provider::{SCOPE_MS_SMTP, SCOPE_OFFLINE};
    use testbench::dovecot::{Dovecot, DovecotOptions};
    use testbench::oauth::{OAuthDouble, OAuthDoubleOptions, Provider};
    use testbench::smtp_sink::{SmtpSink, SmtpSinkOptions};

    const TENANT: &str = "contoso-tenant-id";
    const APP: &str = "11111111-2222-3333-4444-555555555555";
    const MBX: &str = "alice@example.test";

    #[tokio::test(flavor = "multi_thread")]
    async fn token_manager_drives_xoauth2_across_revocation_and_expiry() {
        let sink = SmtpSink::start(SmtpSinkOptions::default());
        let oauth = OAuthDouble::start(OAuthDoubleOptions {
            access_token_lifetime: Duration::from_secs(4),
            ..OAuthDoubleOptions::default()
        });
        oauth.register_ms_client(TENANT, APP, None, None);
        let dc = Dovecot::start(
            DovecotOptions::new()
                .with_introspection_url(oauth.introspection_url())
                .with_submission_relay(sink.addr()),
        );
        let dir = tempfile::tempdir().unwrap();
        let state = dir.path().join("state");
        let ca = dir.path().join("ca.pem");
        std::fs::write(&ca, dc.ca_pem()).unwrap();
        let text = format!(
            r#"
{head}allowed_sender_domains = ["app.example.test"]

[relay.transport]
type = "smtp"
host = "127.0.0.1"
port = {port}
tls = "starttls"
auth = "xoauth2"
oauth_account = "m365"
ca_file = "{ca}"
max_connections = 1

[[oauth_account]]
name = "m365"
provider = "microsoft"
flow = "device_code"
tenant = "{TENANT}"
authority = "{authority}"
client_id = "{APP}"
user = "{MBX}"
"#,
            head = super::relay_head(&state, MBX),
            port = dc.submission_port().unwrap(),
            ca = ca.display(),
            authority = oauth.base_url(),
        );
        let cfg = dir.path().join("config.toml");
        std::fs::write(&cfg, text).unwrap();
        let settings = dastra_mailgate::config::load(&cfg)
            .unwrap_or_else(|e| panic!("{e}"))
            .0;
        // The grant `authorize m365` would have stored.
        std::fs::create_dir_all(&state).unwrap();
        let rt = oauth.issue_refresh_token_for(
            Provider::Microsoft,
            APP,
            Some(TENANT),
            MBX,
            &[SCOPE_MS_SMTP, SCOPE_OFFLINE],
        );
        super::store_grant(
            &state,
            "m365",
            "microsoft",
            APP,
            MBX,
            &[SCOPE_MS_SMTP, SCOPE_OFFLINE],
            rt,
        );

        let accounts = dastra_mailgate::oauth::Accounts::for_settings(&settings);
        let tokens = dastra_mailgate::relay::token_source(&settings, &accounts)
            .unwrap()
            .expect("XOAUTH2 needs a token source");
        assert_eq!(tokens.user(), MBX);
        let r = settings.relay.as_ref().unwrap();
        let t = dastra_mailgate::relay::transport(r, Some(tokens)).unwrap();
        assert!(
            t.describe().contains("XOAUTH2 as alice@example.test"),
            "{}",
            t.describe()
        );
        let rcpts = vec!["dpo@customer.test".to_string()];
        let msg = |n: u32| {
            format!("From: <{MBX}>\r\nTo: dpo@customer.test\r\nSubject: wired {n}\r\n\r\nhello\r\n")
                .into_bytes()
        };
        let send = |n: u32| {
            let t = t.clone();
            let rcpts = rcpts.clone();
            let m = msg(n);
            async move { t.send(MBX, &rcpts, &m).await }
        };

        send(1)
            .await
            .unwrap_or_else(|e| panic!("{e}\n{}", dc.log()));
        assert_eq!(oauth.counters().refreshes, 1);
        let first = oauth.live_access_tokens_for(MBX);
        assert_eq!(first.len(), 1);

        // The provider stops accepting the token (revoked): Dovecot refuses it on the next
        // connection, the manager drops it, fetches another, and the send is retried once.
        // The pooled connection, authenticated with the old token, is not reused.
        assert!(oauth.revoke_access_token(&first[0]));
        // Restarting Dovecot drops the pooled connection (authenticated with the old
        // token), so the next send authenticates again.
        dc.restart();
        send(2)
            .await
            .unwrap_or_else(|e| panic!("{e}\n{}", dc.log()));
        assert_eq!(
            oauth.counters().refreshes,
            2,
            "one refresh after the refusal"
        );

        // Past the token's lifetime: the manager refreshes before use, and the transport
        // is rebuilt for the new token.
        let second = oauth.live_access_tokens_for(MBX);
        tokio::time::sleep(Duration::from_secs(5)).await;
        assert!(
            second
                .iter()
                .all(|tok| oauth.is_access_token_valid(tok).is_none())
        );
        send(3)
            .await
            .unwrap_or_else(|e| panic!("{e}\n{}", dc.log()));
        assert_eq!(oauth.counters().refreshes, 3);
        let got = sink.wait_for(3, Duration::from_secs(20));
        let mut subjects: Vec<String> = got.iter().filter_map(|m| m.header("Subject")).collect();
        subjects.sort();
        assert_eq!(subjects, ["wired 1", "wired 2", "wired 3"]);
        assert!(oauth.counters().introspections >= 3);
    }
}

mod providers {
    //! Delivery against the provider-dialect SMTP double (Office 365 and Gmail).

    use super::Rotating;
    use std::io::{BufRead, BufReader, Write};
    use std::net::TcpStream;
    use std::sync::Arc;

    use std::time::Duration;

    use base64::Engine as _;
    use dastra_mailgate::config::{SmtpAuth, TlsMode};

    use dastra_mailgate::relay::delivery::smtp::{SmtpParams, SmtpTransport};
    use dastra_mailgate::relay::delivery::{Class, Transport};

    use testbench::oauth::{OAuthDouble, OAuthDoubleOptions};
    use testbench::smtp_provider::{Dialect, ProviderDouble};

    const MBX: &str = "privacy@example.org";

    struct Setup {
        _oauth: Arc<OAuthDouble>,
        double: ProviderDouble,
        token: String,
    }

    fn setup(dialect: Dialect) -> Setup {
        let oauth = Arc::new(OAuthDouble::start(OAuthDoubleOptions::default()));
        let token = oauth.issue_token_for(
            MBX,
            &["https://outlook.office.com/SMTP.Send"],
            Duration::from_secs(3600),
        );
        let o = oauth.clone();
        let double = ProviderDouble::start(
            dialect,
            Arc::new(move |user: &str, token: &str| {
                o.is_access_token_valid(token)
                    .is_some_and(|u| u.eq_ignore_ascii_case(user))
            }),
        );
        Setup {
            _oauth: oauth,
            double,
            token,
        }
    }

    fn transport(s: &Setup, first_token_bad: bool) -> SmtpTransport {
        let params = SmtpParams {
            host: "127.0.0.1".into(),
            port: s.double.port(),
            tls: TlsMode::None,
            auth: SmtpAuth::XOAuth2,
            username: None,
            password: None,
            ca_pem: None,
            max_connections: 3,
            hello_name: "relay.test".into(),
            timeout: Duration::from_secs(20),
            idle_timeout: dastra_mailgate::relay::delivery::smtp::IDLE_TIMEOUT,
        };
        let source = Rotating::new(
            MBX,
            ["expired-token".into(), s.token.clone()],
            if first_token_bad { 0 } else { 1 },
        );
        SmtpTransport::new(params, Some(Arc::new(source))).unwrap()
    }

    fn message(from: &str) -> Vec<u8> {
        format!("From: \"Example Privacy Team\" <{from}>\r\nTo: dpo@customer.test\r\nSubject: notice\r\n\r\nhello\r\n").into_bytes()
    }

    fn rcpts() -> Vec<String> {
        vec!["dpo@customer.test".to_string()]
    }

    #[tokio::test(flavor = "multi_thread")]
    async fn o365_rejected_token_is_refreshed_then_send_as_is_enforced_after_data() {
        let s = setup(Dialect::O365);
        let t = transport(&s, true);
        let d = t.send(MBX, &rcpts(), &message(MBX)).await.unwrap();
        assert!(d.response.starts_with("250 2.0.0"), "{}", d.response);
        assert_eq!(
            s.double.auths(),
            [(MBX.to_string(), false), (MBX.to_string(), true)],
            "535 5.7.3, then a fresh token"
        );

        // From an address the mailbox may not send as: refused only after DATA.
        let e = t
            .send(MBX, &rcpts(), &message("ceo@example.org"))
            .await
            .unwrap_err();
        assert_eq!((e.class, e.code), (Class::Permanent, Some(554)), "{e}");
        assert!(e.message.contains("5.2.252 SendAsDenied"), "{e}");
        // The hint names the From address and the XOAUTH2 login, not placeholders.
        let hint = e.hint.as_deref().unwrap();
        assert!(
            hint.contains(&format!(
                "Add-RecipientPermission ceo@example.org -Trustee {MBX}"
            )),
            "{hint}"
        );
        assert!(!hint.contains("<sender>"), "{hint}");
        s.double.grant_send_as(MBX, "ceo@example.org");
        t.send(MBX, &rcpts(), &message("ceo@example.org"))
            .await
            .unwrap();
        assert_eq!(s.double.received().len(), 2);
    }

    #[tokio::test(flavor = "multi_thread")]
    async fn o365_smtp_auth_disabled_and_concurrency_limit() {
        let s = setup(Dialect::O365);
        s.double.set_smtp_auth_disabled(true);
        let e = transport(&s, false)
            .send(MBX, &rcpts(), &message(MBX))
            .await
            .unwrap_err();
        assert_eq!(e.class, Class::Permanent);
        assert!(
            e.message.contains("5.7.139") && e.hint.as_deref().unwrap().contains("graph"),
            "{e}"
        );
        s.double.set_smtp_auth_disabled(false);

        // Three other sessions of the same mailbox are open: the 4th gets 432 4.3.2.
        let mut held = Vec::new();
        for _ in 0..3 {
            let c = TcpStream::connect(s.double.addr()).unwrap();
            let mut r = BufReader::new(c.try_clone().unwrap());
            let mut w = c;
            let mut line = String::new();
            r.read_line(&mut line).unwrap();
            let blob = base64::engine::general_purpose::STANDARD
                .encode(format!("user={MBX}\x01auth=Bearer {}\x01\x01", s.token));
            write!(w, "AUTH XOAUTH2 {blob}\r\n").unwrap();
            line.clear();
            r.read_line(&mut line).unwrap();
            assert!(line.starts_with("235"), "{line}");
            held.push((w, r));
        }
        let e = transport(&s, false)
            .send(MBX, &rcpts(), &message(MBX))
            .await
            .unwrap_err();
        assert_eq!((e.class, e.code), (Class::Temporary, Some(432)), "{e}");
        assert!(
            e.hint.as_deref().unwrap().contains("max_connections"),
            "{e}"
        );
        drop(held);
    }

    #[tokio::test(flavor = "multi_thread")]
    async fn gmail_challenge_is_answered_by_a_refresh_and_from_is_rewritten() {
        let s = setup(Dialect::Gmail);
        let t = transport(&s, true);
        t.send(MBX, &rcpts(), &message("alias@example.org"))
            .await
            .unwrap();
        assert_eq!(
            s.double.auths(),
            [(MBX.to_string(), false), (MBX.to_string(), true)],
            "334 JSON challenge, then a fresh token"
        );
        let got = s.double.wait_for(1, Duration::from_secs(5));
        // Gmail keeps the display name but not an unknown From address.
        assert_eq!(
            got[0].header("From").unwrap(),
            format!("\"Example Privacy Team\" <{MBX}>")
        );
        assert_eq!(
            got[0].header("X-Google-Original-From").unwrap(),
            "\"Example Privacy Team\" <alias@example.org>"
        );
    }
}

mod http_apis {
    //! The `graph` and `gmail_api` transports against their doubles, which check the
    //! tokens with the OAuth double (audience, scopes, user) and reproduce the providers'
    //! answers (providers.md §2.4, §3.2, §5.1).

    use super::Rotating;
    use std::collections::HashSet;
    use std::sync::atomic::Ordering;
    use std::sync::{Arc, Mutex};
    use std::time::Duration;

    use dastra_mailgate::oauth::{StaticToken, TokenSource};
    use dastra_mailgate::relay::delivery::gmail_api::{self, GmailApiTransport};
    use dastra_mailgate::relay::delivery::graph::GraphTransport;
    use dastra_mailgate::relay::delivery::{Class, Transport};
    use dastra_mailgate::secret::SecretString;
    use testbench::api_common::{TokenClaims, TokenLookup, oauth_lookup};
    use testbench::gmail_api::GmailApiDouble;
    use testbench::graph::{GraphDouble, GraphOp};
    use testbench::oauth::{OAuthDouble, OAuthDoubleOptions};

    const TENANT: &str = "contoso-tenant-id";
    const APP: &str = "11111111-2222-3333-4444-555555555555";
    const MBX: &str = "privacy@example.org";

    fn message(from: &str, extra: &str) -> Vec<u8> {
        format!("From: \"Example Privacy Team\" <{from}>\r\nTo: dpo@customer.test\r\n{extra}Subject: notice\r\nMessage-ID: <n1@example.org>\r\n\r\nhello\r\n").into_bytes()
    }

    fn rcpts() -> Vec<String> {
        vec!["dpo@customer.test".into(), "hidden@customer.test".into()]
    }

    /// `lookup`, except for the tokens in `revoked`.
    fn revocable(inner: TokenLookup, revoked: Arc<Mutex<HashSet<String>>>) -> TokenLookup {
        Arc::new(move |t: &str| -> Option<TokenClaims> {
            if revoked.lock().unwrap().contains(t) {
                return None;
            }
            inner(t)
        })
    }

    #[tokio::test(flavor = "multi_thread")]
    async fn graph_send_mail_through_the_configured_account() {
        let oauth = Arc::new(OAuthDouble::start(OAuthDoubleOptions::default()));
        oauth.register_ms_client(TENANT, APP, Some("app-secret"), None);
        let revoked = Arc::new(Mutex::new(HashSet::new()));
        let graph = GraphDouble::start(
            revocable(oauth_lookup(oauth.clone()), revoked.clone()),
            &[MBX, "other@example.org"],
        );
        let dir = tempfile::tempdir().unwrap();
        let secret = dir.path().join("secret");
        std::fs::write(&secret, "app-secret").unwrap();
        let text = super::graph_config(
            &dir.path().join("state"),
            MBX,
            &graph.endpoint(),
            &oauth.base_url(),
            &secret,
        );
        let cfg = dir.path().join("config.toml");
        std::fs::write(&cfg, text).unwrap();
        let settings = dastra_mailgate::config::load(&cfg)
            .unwrap_or_else(|e| panic!("{e}"))
            .0;
        let accounts = dastra_mailgate::oauth::Accounts::for_settings(&settings);
        let tokens = dastra_mailgate::relay::token_source(&settings, &accounts)
            .unwrap()
            .unwrap();
        let r = settings.relay.as_ref().unwrap();
        let t = dastra_mailgate::relay::transport(r, Some(tokens)).unwrap();
        assert!(
            t.describe().starts_with("Microsoft Graph sendMail"),
            "{}",
            t.describe()
        );

        // 202; the envelope-only recipient travels as Bcc and is stripped by Exchange.
        let d = t.send(MBX, &rcpts(), &message(MBX, "")).await.unwrap();
        assert!(
            d.response.starts_with("202 Accepted (request-id "),
            "{}",
            d.response
        );
        let got = graph.wait_for(1, Duration::from_secs(5));
        let mut to = got[0].rcpts.clone();
        to.sort();
        assert_eq!(to, ["dpo@customer.test", "hidden@customer.test"]);
        assert!(!got[0].text().contains("hidden@"), "{}", got[0].text());
        assert_eq!(got[0].header("Subject").unwrap(), "notice");
        assert_eq!(got[0].auth_user.as_deref(), Some(APP), "an app-only token");

        // The token stops working: 401, a fresh token, one retry.
        let manager = accounts.get("graph").unwrap().unwrap();
        let current = manager.access_token().await.unwrap();
        revoked.lock().unwrap().insert(current.expose().to_string());
        let before = oauth.counters().token_requests;
        t.send(MBX, &rcpts(), &message(MBX, "")).await.unwrap();
        assert_eq!(oauth.counters().token_requests, before + 1);
        assert_eq!(graph.received().len(), 2);

        // From an address the mailbox may not send as.
        let e = t
            .send(MBX, &rcpts(), &message("ceo@example.org", ""))
            .await
            .unwrap_err();
        assert_eq!((e.class, e.code), (Class::Permanent, Some(403)), "{e}");
        assert!(e.message.contains("ErrorSendAsDenied"), "{e}");
        assert!(
            e.hint
                .as_deref()
                .unwrap()
                .contains("Add-RecipientPermission")
        );
        graph.grant_send_as(MBX, "ceo@example.org");
        t.send(MBX, &rcpts(), &message("ceo@example.org", ""))
            .await
            .unwrap();

        // An Application Access Policy that leaves the mailbox out.
        graph.restrict_app_to(&["other@example.org"]);
        let e = t.send(MBX, &rcpts(), &message(MBX, "")).await.unwrap_err();
        assert_eq!((e.class, e.code), (Class::Permanent, Some(403)), "{e}");
        assert!(
            e.message.contains("[RAOP]")
                && e.hint
                    .as_deref()
                    .unwrap()
                    .contains("Application Access Policy"),
            "{e}"
        );
        graph.restrict_app_to(&[MBX]);

        // Throttling and outages are temporary; Retry-After is kept for the scheduler.
        graph.push_fault(
            429,
            "ApplicationThrottled",
            "Application is over its MailboxConcurrency limit.",
            Some(7),
        );
        let e = t.send(MBX, &rcpts(), &message(MBX, "")).await.unwrap_err();
        assert_eq!((e.class, e.code), (Class::Temporary, Some(429)), "{e}");
        assert_eq!(e.retry_after, Some(Duration::from_secs(7)));
        graph.push_fault(503, "ServiceUnavailable", "Service Unavailable", None);
        let e = t.send(MBX, &rcpts(), &message(MBX, "")).await.unwrap_err();
        assert_eq!((e.class, e.code), (Class::Temporary, Some(503)), "{e}");

        // The double's own throttling: 3 messages accepted this minute, limit 3 → 429 with
        // its Retry-After.
        assert_eq!(graph.received().len(), 3);
        graph.set_rate_limit(3, Duration::from_secs(60));
        let e = t.send(MBX, &rcpts(), &message(MBX, "")).await.unwrap_err();
        assert_eq!((e.class, e.code), (Class::Temporary, Some(429)), "{e}");
        assert!(e.message.contains("ApplicationThrottled"), "{e}");
        let wait = e.retry_after.expect("Retry-After");
        assert!(
            wait > Duration::ZERO && wait <= Duration::from_secs(60),
            "{wait:?}"
        );
        graph.set_rate_limit(1000, Duration::from_secs(60));

        // Over the ~4 MB request limit with no attachment to upload separately: refused
        // before any request, with the way out.
        let requests = graph.requests().len();
        let line = format!("{}\r\n", "x".repeat(76));
        let big = format!(
            "From: <{MBX}>\r\nTo: dpo@customer.test\r\nSubject: big\r\n\r\n{}",
            line.repeat(3_500_000 / line.len())
        );
        let e = t.send(MBX, &rcpts(), big.as_bytes()).await.unwrap_err();
        assert_eq!(e.class, Class::Permanent, "{e}");
        assert!(
            e.hint.as_deref().unwrap().contains("type = \"smtp\""),
            "{e}"
        );
        assert_eq!(graph.requests().len(), requests);
        assert_eq!(graph.received().len(), 3);
    }

    #[tokio::test(flavor = "multi_thread")]
    async fn graph_refuses_smtp_tokens_and_unknown_mailboxes() {
        let oauth = Arc::new(OAuthDouble::start(OAuthDoubleOptions::default()));
        let graph = GraphDouble::start(oauth_lookup(oauth.clone()), &[MBX]);
        let endpoint = graph.endpoint();
        let with = |user: &str, scope: &str| {
            let token = oauth.issue_token_for(user, &[scope], Duration::from_secs(3600));
            GraphTransport::new(
                Arc::new(StaticToken {
                    user: user.into(),
                    token: SecretString::new(token),
                }),
                Some(&endpoint),
                None,
            )
            .unwrap()
        };
        // An SMTP token is the wrong audience: 401 twice (the retry gets the same token).
        let e = with(MBX, "https://outlook.office.com/SMTP.Send")
            .send(MBX, &rcpts(), &message(MBX, ""))
            .await
            .unwrap_err();
        assert_eq!((e.class, e.code), (Class::Permanent, Some(401)), "{e}");
        assert!(
            e.message.contains("Invalid audience")
                && e.hint
                    .as_deref()
                    .unwrap()
                    .contains("https://graph.microsoft.com"),
            "{e}"
        );
        // A Graph token without Mail.Send.
        let e = with(MBX, "https://graph.microsoft.com/User.Read")
            .send(MBX, &rcpts(), &message(MBX, ""))
            .await
            .unwrap_err();
        assert_eq!(e.code, Some(403), "{e}");
        assert!(e.hint.as_deref().unwrap().contains("Mail.Send"), "{e}");
        // No such mailbox.
        let ghost = "ghost@example.org";
        let e = with(ghost, "https://graph.microsoft.com/Mail.Send")
            .send(ghost, &rcpts(), &message(ghost, ""))
            .await
            .unwrap_err();
        assert_eq!((e.class, e.code), (Class::Permanent, Some(404)), "{e}");
        assert!(e.hint.as_deref().unwrap().contains("relay.sender"), "{e}");
        assert!(graph.received().is_empty());
    }

    /// Deterministic bytes that do not compress (a stand-in for a PDF or an archive).
    pub(super) fn noise(n: usize, seed: u64) -> Vec<u8> {
        let mut x = seed | 1;
        (0..n)
            .map(|_| {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                (x >> 24) as u8
            })
            .collect()
    }

    fn b64_lines(data: &[u8]) -> String {
        use base64::Engine as _;
        let s = base64::engine::general_purpose::STANDARD.encode(data);
        s.as_bytes()
            .chunks(76)
            .map(|c| format!("{}\r\n", std::str::from_utf8(c).unwrap()))
            .collect()
    }

    /// The attachment named `name` of a received message, decoded.
    pub(super) fn attachment_of(data: &[u8], name: &str) -> Option<Vec<u8>> {
        use mail_parser::MimeHeaders as _;
        let m = mail_parser::MessageParser::default().parse(data)?;
        m.attachments()
            .find(|a| a.attachment_name() == Some(name))
            .map(|a| a.contents().to_vec())
    }

    #[tokio::test(flavor = "multi_thread")]
    async fn graph_large_messages_go_through_a_draft_and_upload_sessions() {
        let oauth = Arc::new(OAuthDouble::start(OAuthDoubleOptions::default()));
        let graph = GraphDouble::start(oauth_lookup(oauth.clone()), &[MBX]);
        let send = "https://graph.microsoft.com/Mail.Send";
        let read_write = "https://graph.microsoft.com/Mail.ReadWrite";
        let good = oauth.issue_token_for(MBX, &[send, read_write], Duration::from_secs(3600));
        // The first token is refused (401 on the draft creation): a fresh one, one retry.
        let source = Arc::new(Rotating::new(MBX, ["expired-token".into(), good], 0));
        let t = GraphTransport::new(source.clone(), Some(&graph.endpoint()), None).unwrap();

        // A 5 MB PDF (upload session, 2 ranges), a 2.5 MB archive (under 3 MB: one JSON
        // attachment request) and an inline logo that stays in the MIME.
        let pdf = noise(5 * 1024 * 1024, 1);
        let zip = noise(2_500_000, 2);
        let logo = noise(20_000, 3);
        let big = format!(
            "From: \"Example Privacy Team\" <{MBX}>\r\nTo: dpo@customer.test\r\nSubject: Rapport annuel\r\n\
             Message-ID: <big1@example.org>\r\nMIME-Version: 1.0\r\nX-Dastra-Mailgate: relay\r\n\
             Content-Type: multipart/mixed; boundary=\"mixed\"\r\n\r\n\
             --mixed\r\nContent-Type: multipart/related; boundary=\"rel\"\r\n\r\n\
             --rel\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<p>Voir le rapport <img src=\"cid:logo@example.org\"></p>\r\n\
             --rel\r\nContent-Type: image/png\r\nContent-ID: <logo@example.org>\r\nContent-Transfer-Encoding: base64\r\n\r\n{}\
             --rel--\r\n\
             --mixed\r\nContent-Type: application/pdf; name=\"rapport.pdf\"\r\nContent-Disposition: attachment; filename=\"rapport.pdf\"\r\n\
             Content-Transfer-Encoding: base64\r\n\r\n{}\
             --mixed\r\nContent-Type: application/zip; name=\"annexes.zip\"\r\nContent-Disposition: attachment; filename=\"annexes.zip\"\r\n\
             Content-Transfer-Encoding: base64\r\n\r\n{}\
             --mixed--\r\n",
            b64_lines(&logo),
            b64_lines(&pdf),
            b64_lines(&zip)
        );
        let d = t.send(MBX, &rcpts(), big.as_bytes()).await.unwrap();
        assert!(
            d.response.starts_with("202 Accepted (request-id ")
                && d.response
                    .ends_with("sent from a draft, 2 attachment(s) uploaded separately)"),
            "{}",
            d.response
        );
        assert_eq!(source.at.load(Ordering::SeqCst), 1, "invalidated once");
        let got = graph.wait_for(1, Duration::from_secs(5));
        assert_eq!(got[0].header("Subject").unwrap(), "Rapport annuel");
        assert_eq!(got[0].header("X-Dastra-Mailgate").unwrap(), "relay");
        let mut to = got[0].rcpts.clone();
        to.sort();
        assert_eq!(to, ["dpo@customer.test", "hidden@customer.test"]);
        assert!(!got[0].text().contains("hidden@"), "Bcc stripped");
        assert_eq!(attachment_of(&got[0].data, "rapport.pdf").unwrap(), pdf);
        assert_eq!(attachment_of(&got[0].data, "annexes.zip").unwrap(), zip);
        assert!(got[0].text().contains("cid:logo@example.org"));
        let sent = graph.sent_items();
        assert_eq!(sent.len(), 1);
        let names: Vec<_> = sent[0]
            .draft
            .attachments
            .iter()
            .map(|a| a.name.as_str())
            .collect();
        assert_eq!(names, ["rapport.pdf", "annexes.zip"]);
        assert!(graph.drafts(MBX).is_empty() && graph.open_upload_sessions() == 0);
        // The draft fits in one request; the PDF went in two ranges (200, then 201).
        let requests = graph.requests();
        let puts: Vec<u16> = requests
            .iter()
            .filter(|(m, _, _)| m == "PUT")
            .map(|(_, _, s)| *s)
            .collect();
        assert_eq!(puts, [200, 201]);
        let posts: Vec<(String, u16)> = requests
            .iter()
            .filter(|(m, _, _)| m == "POST")
            .map(|(_, p, s)| (p.rsplit('/').next().unwrap().to_string(), *s))
            .collect();
        assert_eq!(
            posts,
            [
                ("messages".to_string(), 401),
                ("messages".to_string(), 201),
                ("createUploadSession".to_string(), 201),
                ("attachments".to_string(), 201),
                ("send".to_string(), 202),
            ]
        );

        // An upload range refused with 503: temporary with its Retry-After, the draft deleted.
        graph.push_fault_on(
            GraphOp::UploadRange,
            1,
            503,
            "ServiceUnavailable",
            "Service Unavailable",
            Some(5),
        );
        let e = t.send(MBX, &rcpts(), big.as_bytes()).await.unwrap_err();
        assert_eq!((e.class, e.code), (Class::Temporary, Some(503)), "{e}");
        assert_eq!(e.retry_after, Some(Duration::from_secs(5)));
        assert!(e.message.starts_with("uploading an attachment: "), "{e}");
        assert!(graph.drafts(MBX).is_empty(), "the draft was deleted");
        assert_eq!(graph.received().len(), 1);
        assert!(
            graph
                .requests()
                .iter()
                .any(|(m, _, s)| m == "DELETE" && *s == 204)
        );

        // Sending the draft refused (SendAs): permanent, explained, the draft deleted.
        let other = big.replace(
            &format!("From: \"Example Privacy Team\" <{MBX}>"),
            "From: <ceo@example.org>",
        );
        let e = t.send(MBX, &rcpts(), other.as_bytes()).await.unwrap_err();
        assert_eq!((e.class, e.code), (Class::Permanent, Some(403)), "{e}");
        assert!(e.message.starts_with("sending the draft: "), "{e}");
        assert!(
            e.hint
                .as_deref()
                .unwrap()
                .contains("Add-RecipientPermission")
        );
        assert!(graph.drafts(MBX).is_empty());

        // Mail.Send alone cannot create drafts: permanent, with the permission to add.
        let send_only = GraphTransport::new(
            Arc::new(StaticToken {
                user: MBX.into(),
                token: SecretString::new(oauth.issue_token_for(
                    MBX,
                    &[send],
                    Duration::from_secs(3600),
                )),
            }),
            Some(&graph.endpoint()),
            None,
        )
        .unwrap();
        let e = send_only
            .send(MBX, &rcpts(), big.as_bytes())
            .await
            .unwrap_err();
        assert_eq!((e.class, e.code), (Class::Permanent, Some(403)), "{e}");
        assert!(e.message.starts_with("creating the draft: "), "{e}");
        assert!(e.hint.as_deref().unwrap().contains("Mail.ReadWrite"), "{e}");
        // Small messages still go through sendMail with Mail.Send alone.
        send_only
            .send(MBX, &rcpts(), &message(MBX, ""))
            .await
            .unwrap();
        assert_eq!(graph.received().len(), 2);
        assert!(graph.drafts(MBX).is_empty());
    }

    #[tokio::test(flavor = "multi_thread")]
    async fn the_graph_double_checks_drafts_and_upload_sessions_like_graph() {
        use base64::Engine as _;
        let oauth = Arc::new(OAuthDouble::start(OAuthDoubleOptions::default()));
        let graph = GraphDouble::start(oauth_lookup(oauth.clone()), &[MBX]);
        let token = oauth.issue_token_for(
            MBX,
            &[
                "https://graph.microsoft.com/Mail.Send",
                "https://graph.microsoft.com/Mail.ReadWrite",
            ],
            Duration::from_secs(3600),
        );
        let http = reqwest::Client::new();
        let base = format!("{}/v1.0/users/{MBX}/messages", graph.endpoint());
        let b64 = |m: &[u8]| base64::engine::general_purpose::STANDARD.encode(m);
        let code = |body: &str| -> String {
            serde_json::from_str::<serde_json::Value>(body).unwrap()["error"]["code"]
                .as_str()
                .unwrap_or("")
                .to_string()
        };

        // A draft over the request limit: 413, as for sendMail.
        let huge = vec![b'x'; 3_200_000];
        let r = http
            .post(&base)
            .bearer_auth(&token)
            .header("content-type", "text/plain")
            .body(b64(&huge))
            .send()
            .await
            .unwrap();
        assert_eq!(r.status().as_u16(), 413);
        let r = http
            .post(&base)
            .bearer_auth(&token)
            .header("content-type", "text/plain")
            .body(b64(&message(MBX, "")))
            .send()
            .await
            .unwrap();
        assert_eq!(r.status().as_u16(), 201);
        let draft: serde_json::Value = r.json().await.unwrap();
        let id = draft["id"].as_str().unwrap().to_string();
        assert_eq!(draft["isDraft"], true);
        let session_url = format!("{base}/{id}/attachments/createUploadSession");
        let item = |size: usize| {
            serde_json::json!({"AttachmentItem": {
                "attachmentType": "file", "name": "a.bin", "size": size,
                "contentType": "application/octet-stream"}})
        };
        // Under 3 MB: not through a session.
        let r = http
            .post(&session_url)
            .bearer_auth(&token)
            .json(&item(1_000_000))
            .send()
            .await
            .unwrap();
        assert_eq!(r.status().as_u16(), 400);
        assert_eq!(
            code(&r.text().await.unwrap()),
            "ErrorAttachmentSizeShouldNotBeLessThanMinimumSize"
        );
        let size = 10 * 320 * 1024 + 1000;
        let r = http
            .post(&session_url)
            .bearer_auth(&token)
            .json(&item(size))
            .send()
            .await
            .unwrap();
        assert_eq!(r.status().as_u16(), 201);
        let session: serde_json::Value = r.json().await.unwrap();
        assert_eq!(session["nextExpectedRanges"][0], "0-");
        let upload = session["uploadUrl"].as_str().unwrap().to_string();
        let data = noise(size, 9);
        let put = |range: String, body: Vec<u8>, bearer: bool| {
            let mut rq = http
                .put(&upload)
                .header("content-type", "application/octet-stream")
                .header("content-range", range)
                .body(body);
            if bearer {
                rq = rq.bearer_auth(&token);
            }
            rq.send()
        };
        // The URL is pre-authenticated: Graph's token is for another resource.
        let r = put(
            format!("bytes 0-{}/{size}", 655_359),
            data[..655_360].to_vec(),
            true,
        )
        .await
        .unwrap();
        assert_eq!(r.status().as_u16(), 401);
        assert_eq!(code(&r.text().await.unwrap()), "InvalidAudienceForResource");
        // Not a multiple of 320 KiB (and not the last range).
        let r = put(
            format!("bytes 0-99999/{size}"),
            data[..100_000].to_vec(),
            false,
        )
        .await
        .unwrap();
        assert_eq!(r.status().as_u16(), 400);
        // Not where the session expects to continue.
        let r = put(
            format!("bytes 327680-655359/{size}"),
            data[327_680..655_360].to_vec(),
            false,
        )
        .await
        .unwrap();
        assert_eq!(r.status().as_u16(), 400);
        // A total other than the announced size.
        let r = put(
            format!("bytes 0-327679/{}", size + 1),
            data[..327_680].to_vec(),
            false,
        )
        .await
        .unwrap();
        assert_eq!(r.status().as_u16(), 400);
        let r = put(
            format!("bytes 0-655359/{size}"),
            data[..655_360].to_vec(),
            false,
        )
        .await
        .unwrap();
        assert_eq!(r.status().as_u16(), 200);
        let v: serde_json::Value = r.json().await.unwrap();
        assert_eq!(v["nextExpectedRanges"][0], "655360");
        let r = put(
            format!("bytes 655360-{}/{size}", size - 1),
            data[655_360..].to_vec(),
            false,
        )
        .await
        .unwrap();
        assert_eq!(r.status().as_u16(), 201);
        assert!(r.headers().contains_key("location"));
        let d = graph.drafts(MBX);
        assert_eq!(d.len(), 1);
        assert_eq!(d[0].attachments[0].bytes, data);
        assert_eq!(graph.open_upload_sessions(), 0);

        // send needs Content-Length.
        let send = format!("{base}/{id}/send");
        let r = http.post(&send).bearer_auth(&token).send().await.unwrap();
        assert_eq!(r.status().as_u16(), 411);
        let r = http
            .post(&send)
            .bearer_auth(&token)
            .header("content-length", "0")
            .send()
            .await
            .unwrap();
        assert_eq!(r.status().as_u16(), 202);
        let got = graph.wait_for(1, Duration::from_secs(5));
        // message() is a single text part: it became a multipart/mixed with the file.
        assert_eq!(attachment_of(&got[0].data, "a.bin").unwrap(), data);
        assert!(got[0].text().contains("hello"));
        assert!(graph.drafts(MBX).is_empty());
        // Sent: no longer a draft.
        let r = http
            .delete(format!("{base}/{id}"))
            .bearer_auth(&token)
            .send()
            .await
            .unwrap();
        assert_eq!(r.status().as_u16(), 404);
    }

    #[tokio::test(flavor = "multi_thread")]
    async fn gmail_api_sends_rewrites_unknown_from_and_lists_send_as() {
        const ACCOUNT: &str = "dpo@example.org";
        let oauth = Arc::new(OAuthDouble::start(OAuthDoubleOptions::default()));
        let gmail = GmailApiDouble::start(oauth_lookup(oauth.clone()), &[ACCOUNT]);
        let send_scope = "https://www.googleapis.com/auth/gmail.send";
        let good = oauth.issue_token_for(ACCOUNT, &[send_scope], Duration::from_secs(3600));
        let source = Arc::new(Rotating::new(ACCOUNT, ["expired-token".into(), good], 0));
        let t = GmailApiTransport::new(source.clone(), Some(&gmail.endpoint()), None).unwrap();

        // 401, a fresh token, then 200; an unknown From is rewritten, not refused.
        let d = t
            .send(ACCOUNT, &rcpts(), &message("alias@example.org", ""))
            .await
            .unwrap();
        assert!(
            d.response.starts_with("200 OK (Gmail message id "),
            "{}",
            d.response
        );
        assert_eq!(source.at.load(Ordering::SeqCst), 1, "invalidated once");
        let got = gmail.wait_for(1, Duration::from_secs(5));
        assert_eq!(
            got[0].header("From").unwrap(),
            format!("\"Example Privacy Team\" <{ACCOUNT}>")
        );
        assert_eq!(
            got[0].header("X-Google-Original-From").unwrap(),
            "\"Example Privacy Team\" <alias@example.org>"
        );
        let mut to = got[0].rcpts.clone();
        to.sort();
        assert_eq!(to, ["dpo@customer.test", "hidden@customer.test"]);
        assert!(!got[0].text().contains("hidden@"));

        // A verified alias is kept.
        gmail.add_send_as(ACCOUNT, "alias@example.org", "Alias");
        t.send(ACCOUNT, &rcpts(), &message("alias@example.org", ""))
            .await
            .unwrap();
        let got = gmail.wait_for(2, Duration::from_secs(5));
        assert!(got[1].header("X-Google-Original-From").is_none());

        // The sendAs list needs a settings scope: gmail.send alone is refused.
        let only_send: Arc<dyn TokenSource> = Arc::new(StaticToken {
            user: ACCOUNT.into(),
            token: SecretString::new(oauth.issue_token_for(
                ACCOUNT,
                &[send_scope],
                Duration::from_secs(3600),
            )),
        });
        let e = gmail_api::send_as_addresses(only_send, Some(&gmail.endpoint()), None)
            .await
            .unwrap_err();
        assert!(e.contains("insufficientPermissions"), "{e}");
        let settings: Arc<dyn TokenSource> = Arc::new(StaticToken {
            user: ACCOUNT.into(),
            token: SecretString::new(oauth.issue_token_for(
                ACCOUNT,
                &["https://mail.google.com/"],
                Duration::from_secs(3600),
            )),
        });
        let list = gmail_api::send_as_addresses(settings, Some(&gmail.endpoint()), None)
            .await
            .unwrap();
        assert_eq!(list, [ACCOUNT, "alias@example.org"]);

        // The double's own throttling: 429 RESOURCE_EXHAUSTED with a Retry-After.
        gmail.set_rate_limit(2, Duration::from_secs(60));
        let e = t
            .send(ACCOUNT, &rcpts(), &message(ACCOUNT, ""))
            .await
            .unwrap_err();
        assert_eq!((e.class, e.code), (Class::Temporary, Some(429)), "{e}");
        assert!(e.retry_after.is_some_and(|w| w > Duration::ZERO), "{e:?}");
        gmail.set_rate_limit(1000, Duration::from_secs(60));

        // Rate limits are temporary with Retry-After; a token without a send scope is not.
        gmail.push_fault(
            429,
            "RESOURCE_EXHAUSTED",
            "rateLimitExceeded",
            "User-rate limit exceeded.",
            Some(30),
        );
        let e = t
            .send(ACCOUNT, &rcpts(), &message(ACCOUNT, ""))
            .await
            .unwrap_err();
        assert_eq!(
            (e.class, e.retry_after),
            (Class::Temporary, Some(Duration::from_secs(30))),
            "{e}"
        );
        let readonly = GmailApiTransport::new(
            Arc::new(StaticToken {
                user: ACCOUNT.into(),
                token: SecretString::new(oauth.issue_token_for(
                    ACCOUNT,
                    &["https://www.googleapis.com/auth/gmail.readonly"],
                    Duration::from_secs(3600),
                )),
            }),
            Some(&gmail.endpoint()),
            None,
        )
        .unwrap();
        let e = readonly
            .send(ACCOUNT, &rcpts(), &message(ACCOUNT, ""))
            .await
            .unwrap_err();
        assert_eq!((e.class, e.code), (Class::Permanent, Some(403)), "{e}");
        assert!(e.hint.as_deref().unwrap().contains("gmail.send"), "{e}");

        // A 6 MB message goes through the media upload endpoint.
        let line = format!("{}\r\n", "y".repeat(76));
        let big = format!(
            "From: <{ACCOUNT}>\r\nTo: dpo@customer.test\r\nSubject: big\r\n\r\n{}",
            line.repeat(6 * 1024 * 1024 / line.len())
        );
        t.send(ACCOUNT, &rcpts()[..1], big.as_bytes())
            .await
            .unwrap();
        let got = gmail.wait_for(3, Duration::from_secs(10));
        assert_eq!(got[2].data.len(), big.len());
        assert!(
            gmail.requests().iter().any(|(m, p, s)| m == "POST"
                && p.starts_with("/upload/gmail/v1/users/")
                && *s == 200)
        );
    }
}

mod test_send_checks {
    //! `test-send` end to end (the binary): Gmail's sendAs check through the Gmail API
    //! double with a Google grant refreshed at the OAuth double, and `--verify-imap`
    //! against the real Dovecot.

    use super::test_send;
    use std::sync::Arc;
    use std::sync::atomic::{AtomicBool, Ordering};
    use std::time::Duration;

    use testbench::api_common::oauth_lookup;
    use testbench::dovecot::{DEFAULT_PASSWORD, DEFAULT_USER, Dovecot, DovecotOptions};
    use testbench::gmail_api::GmailApiDouble;
    use testbench::oauth::{OAuthDouble, OAuthDoubleOptions, Provider};
    use testbench::smtp_sink::{SmtpSink, SmtpSinkOptions};

    use super::out;

    const GAPP: &str = "123-desktop.apps.googleusercontent.com";
    const ACCOUNT: &str = "dpo@example.org";
    const ALIAS: &str = "privacy@example.org";
    const SEND: &str = "https://www.googleapis.com/auth/gmail.send";
    const SETTINGS: &str = "https://www.googleapis.com/auth/gmail.settings.basic";

    /// A relay sending as the alias through the Gmail API double at `endpoint`, with the
    /// delegated Google account `gmail` (`scopes`) of the OAuth double at `authority`;
    /// `extra` adds `[relay]` keys.
    fn gmail_config(
        state: &std::path::Path,
        extra: &str,
        endpoint: &str,
        authority: &str,
        secret: &std::path::Path,
        scopes: &[&str],
    ) -> String {
        let scopes = scopes
            .iter()
            .map(|s| format!("\"{s}\""))
            .collect::<Vec<_>>()
            .join(", ");
        format!(
            r#"
{head}{extra}allowed_sender_domains = ["app.example.org"]

[relay.transport]
type = "gmail_api"
oauth_account = "gmail"
endpoint = "{endpoint}"
allow_insecure = true

[[oauth_account]]
name = "gmail"
provider = "google"
flow = "auth_code"
authority = "{authority}"
client_id = "{GAPP}"
client_secret = "file:{secret}"
user = "{ACCOUNT}"
scopes = [{scopes}]
"#,
            head = super::relay_head(state, ALIAS),
            secret = secret.display(),
        )
    }

    #[test]
    fn gmail_test_send_checks_the_send_as_aliases() {
        let oauth = Arc::new(OAuthDouble::start(OAuthDoubleOptions::default()));
        oauth.register_google_client(GAPP, Some("desktop-secret"));
        let gmail = GmailApiDouble::start(oauth_lookup(oauth.clone()), &[ACCOUNT]);
        let dir = tempfile::tempdir().unwrap();
        let state = dir.path().join("state");
        std::fs::create_dir_all(&state).unwrap();
        let rt =
            oauth.issue_refresh_token_for(Provider::Google, GAPP, None, ACCOUNT, &[SEND, SETTINGS]);
        super::store_grant(
            &state,
            "gmail",
            "google",
            GAPP,
            ACCOUNT,
            &[SEND, SETTINGS],
            rt,
        );
        let secret = dir.path().join("secret");
        std::fs::write(&secret, "desktop-secret").unwrap();
        let cfg = dir.path().join("config.toml");
        std::fs::write(
            &cfg,
            gmail_config(
                &state,
                "alias = \"Privacy Team\"\n",
                &gmail.endpoint(),
                &oauth.base_url(),
                &secret,
                &[SEND, SETTINGS],
            ),
        )
        .unwrap();

        // The alias is not a "Send mail as" address: Gmail accepts and rewrites; we warn.
        let o = test_send(&cfg, &["--to", "admin@customer.test"]);
        assert_eq!(o.status.code(), Some(0), "{}", out(&o));
        let stdout = String::from_utf8_lossy(&o.stdout);
        assert!(
            stdout.contains(&format!("WARNING: {ALIAS} is not one of the Gmail account's \"Send mail as\" addresses ({ACCOUNT})")),
            "{stdout}"
        );
        assert!(stdout.contains("200 OK (Gmail message id"), "{stdout}");
        let got = gmail.wait_for(1, Duration::from_secs(5));
        assert_eq!(
            got[0].header("From").unwrap(),
            format!("\"Privacy Team\" <{ACCOUNT}>")
        );

        // Once it is one, no warning, and From is kept.
        gmail.add_send_as(ACCOUNT, ALIAS, "Privacy Team");
        let o = test_send(&cfg, &["--to", "admin@customer.test"]);
        assert_eq!(o.status.code(), Some(0), "{}", out(&o));
        let stdout = String::from_utf8_lossy(&o.stdout);
        assert!(
            stdout.contains(&format!("Gmail: {ALIAS} is one of the account's")),
            "{stdout}"
        );
        assert!(!stdout.contains("WARNING"), "{stdout}");
        let got = gmail.wait_for(2, Duration::from_secs(5));
        assert_eq!(
            got[1].header("From").unwrap(),
            format!("\"Privacy Team\" <{ALIAS}>")
        );
    }

    #[test]
    fn verify_imap_waits_for_the_token_in_a_real_mailbox() {
        let sink = Arc::new(SmtpSink::start(SmtpSinkOptions::default()));
        let dc = Arc::new(Dovecot::start(DovecotOptions::new()));
        let dir = tempfile::tempdir().unwrap();
        let pw = dir.path().join("imap-pw");
        std::fs::write(&pw, DEFAULT_PASSWORD).unwrap();
        let key = dir.path().join("dastra-key");
        std::fs::write(&key, "unused").unwrap();
        let cfg = dir.path().join("config.toml");
        std::fs::write(
            &cfg,
            format!(
                r#"
[dastra]
base_url = "http://127.0.0.1:9"
token_url = "http://127.0.0.1:9/token"
api_key = "file:{key}"
workspace_id = 1
area_id = 1

{head}allowed_sender_domains = ["app.example.org"]
{transport}{mailbox}"#,
                key = key.display(),
                head = super::relay_head(&dir.path().join("state"), "privacy@example.org"),
                transport = testbench::daemon::sink_transport(sink.port()),
                mailbox = testbench::daemon::imap_mailbox(
                    &dc,
                    "recipient",
                    DEFAULT_USER,
                    &testbench::daemon::password_login(&pw),
                    None
                ),
            ),
        )
        .unwrap();

        // The "provider": whatever reaches the sink lands in the recipient's Dovecot
        // mailbox a little later.
        let stop = Arc::new(AtomicBool::new(false));
        let mover = {
            let (dc, stop, sink) = (dc.clone(), stop.clone(), sink.clone());
            let sink_msgs = move || sink.received();
            std::thread::spawn(move || {
                let mut moved = 0;
                while !stop.load(Ordering::SeqCst) {
                    let got = sink_msgs();
                    for m in &got[moved..] {
                        std::thread::sleep(Duration::from_millis(1500));
                        dc.append(DEFAULT_USER, "INBOX", &m.data);
                    }
                    moved = got.len();
                    std::thread::sleep(Duration::from_millis(50));
                }
                moved
            })
        };
        let o = test_send(
            &cfg,
            &[
                "--to",
                DEFAULT_USER,
                "--verify-imap",
                "recipient",
                "--verify-timeout-secs",
                "60",
            ],
        );
        assert_eq!(o.status.code(), Some(0), "{}", out(&o));
        let stdout = String::from_utf8_lossy(&o.stdout);
        assert!(
            stdout.contains("ARRIVED: the message is in mailbox \"recipient\" (INBOX, UID 1)"),
            "{stdout}"
        );
        stop.store(true, Ordering::SeqCst);
        assert_eq!(mover.join().unwrap(), 1);

        // Nothing arrives (the mover is gone): a clear "not arrived", exit 75.
        let o = test_send(
            &cfg,
            &[
                "--to",
                DEFAULT_USER,
                "--verify-imap",
                "recipient",
                "--verify-timeout-secs",
                "3",
            ],
        );
        assert_eq!(o.status.code(), Some(75), "{}", out(&o));
        assert!(
            String::from_utf8_lossy(&o.stdout).contains("NOT ARRIVED"),
            "{}",
            out(&o)
        );
        assert_eq!(sink.count(), 2, "accepted by the provider, never delivered");

        // An unknown mailbox name is a usage error before anything is sent.
        let o = test_send(&cfg, &["--to", DEFAULT_USER, "--verify-imap", "nope"]);
        assert_eq!(o.status.code(), Some(64), "{}", out(&o));
    }

    /// `check --connect` with `--json` and an empty loopback DNS server: the target
    /// `relay transport` as (level, summary, fix).
    fn relay_probe(cfg: &std::path::Path) -> (String, String, String) {
        let dns = testbench::dns::DnsServer::start();
        let o = testbench::daemon::command(super::BIN, cfg)
            .args(["check", "--connect", "--json", "--dns-server"])
            .arg(dns.addr().to_string())
            .output()
            .unwrap();
        let v: serde_json::Value =
            serde_json::from_slice(&o.stdout).unwrap_or_else(|e| panic!("{e}: {}", out(&o)));
        let t = v["targets"]
            .as_array()
            .unwrap()
            .iter()
            .find(|t| t["target"] == "relay transport")
            .unwrap_or_else(|| panic!("no relay target: {}", out(&o)))
            .clone();
        let s = |k: &str| t[k].as_str().unwrap_or("").to_string();
        (s("level"), s("summary"), s("fix"))
    }

    /// The Graph probe proves token, permission and mailbox without sending; each refusal
    /// is named with its fix.
    #[test]
    fn check_connect_probes_graph_without_sending() {
        use testbench::graph::GraphDouble;
        const TENANT: &str = "contoso-tenant-id";
        const APP: &str = "11111111-2222-3333-4444-555555555555";
        const MBX: &str = "privacy@example.org";
        let oauth = Arc::new(OAuthDouble::start(OAuthDoubleOptions::default()));
        oauth.register_ms_client(TENANT, APP, Some("app-secret"), None);
        let graph = GraphDouble::start(oauth_lookup(oauth.clone()), &[MBX, "other@example.org"]);
        let dir = tempfile::tempdir().unwrap();
        let secret = dir.path().join("secret");
        std::fs::write(&secret, "app-secret").unwrap();
        let write = |sender: &str| {
            let cfg = dir.path().join("config.toml");
            let text = super::graph_config(
                &dir.path().join("state"),
                sender,
                &graph.endpoint(),
                &oauth.base_url(),
                &secret,
            );
            std::fs::write(&cfg, text).unwrap();
            cfg
        };

        let (level, summary, _) = relay_probe(&write(MBX));
        assert_eq!(level, "ok", "{summary}");
        assert!(summary.contains("nothing was sent"), "{summary}");
        assert!(
            graph
                .requests()
                .iter()
                .any(|(m, p, st)| m == "POST" && p.ends_with("/sendMail") && *st == 400),
            "{:?}",
            graph.requests()
        );
        assert!(graph.received().is_empty(), "the probe sent a message");

        // The application is limited to another mailbox (RBAC / access policy): 403.
        graph.restrict_app_to(&["other@example.org"]);
        let (level, summary, fix) = relay_probe(&write(MBX));
        assert_eq!(level, "fail", "{summary}");
        assert!(summary.contains("403"), "{summary}");
        assert!(!fix.is_empty(), "{summary}");
        // A mailbox Graph does not know: 404, named.
        let (level, summary, _) = relay_probe(&write("ghost@example.org"));
        assert_eq!(level, "fail", "{summary}");
        assert!(
            summary.contains("404") || summary.contains("403"),
            "{summary}"
        );
        assert!(graph.received().is_empty());
    }

    /// The Gmail API probe proves the token and scope without sending, and says whether
    /// the sender is a "Send mail as" address (Gmail would rewrite it otherwise).
    #[test]
    fn check_connect_probes_the_gmail_api_without_sending() {
        let oauth = Arc::new(OAuthDouble::start(OAuthDoubleOptions::default()));
        oauth.register_google_client(GAPP, Some("desktop-secret"));
        let gmail = GmailApiDouble::start(oauth_lookup(oauth.clone()), &[ACCOUNT]);
        let dir = tempfile::tempdir().unwrap();
        let state = dir.path().join("state");
        std::fs::create_dir_all(&state).unwrap();
        let secret = dir.path().join("secret");
        std::fs::write(&secret, "desktop-secret").unwrap();
        let cfg = dir.path().join("config.toml");
        let configure = |scopes: &[&str]| {
            let rt = oauth.issue_refresh_token_for(Provider::Google, GAPP, None, ACCOUNT, scopes);
            super::store_grant(&state, "gmail", "google", GAPP, ACCOUNT, scopes, rt);
            std::fs::write(
                &cfg,
                gmail_config(
                    &state,
                    "",
                    &gmail.endpoint(),
                    &oauth.base_url(),
                    &secret,
                    scopes,
                ),
            )
            .unwrap();
        };

        // Send and settings scopes, the alias not (yet) a sendAs address: a warning.
        configure(&[SEND, SETTINGS]);
        let (level, summary, fix) = relay_probe(&cfg);
        assert_eq!(level, "warning", "{summary}");
        assert!(summary.contains("nothing was sent"), "{summary}");
        assert!(summary.contains("Send mail as"), "{summary}");
        assert!(fix.contains("Send mail as"), "{fix}");
        gmail.add_send_as(ACCOUNT, ALIAS, "Privacy Team");
        let (level, summary, _) = relay_probe(&cfg);
        assert_eq!(level, "ok", "{summary}");
        assert!(gmail.received().is_empty(), "the probe sent a message");

        // A token without a send scope: refused, with the fix.
        configure(&[SETTINGS]);
        let (level, summary, fix) = relay_probe(&cfg);
        assert_eq!(level, "fail", "{summary}");
        assert!(summary.contains("403"), "{summary}");
        assert!(fix.contains("gmail.send"), "{fix}");
        assert!(gmail.received().is_empty());
    }
}

/// A self-signed certificate for 127.0.0.1 / localhost (SAN), for STARTTLS with clients that
/// verify it (Python's ssl, msmtp's GnuTLS).
fn listener_cert(dir: &Path) -> (PathBuf, PathBuf) {
    self_signed_cert(
        dir,
        &["-addext", "subjectAltName=IP:127.0.0.1,DNS:localhost"],
    )
}

/// A self-signed certificate for CN=localhost (`cert.pem`, `key.pem` in `dir`), made by
/// `openssl req` with `extra` arguments.
fn self_signed_cert(dir: &Path, extra: &[&str]) -> (PathBuf, PathBuf) {
    let (cert, key) = (dir.join("cert.pem"), dir.join("key.pem"));
    let o = Command::new("openssl")
        .args([
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-days",
            "1",
            "-subj",
            "/CN=localhost",
        ])
        .args(extra)
        .arg("-keyout")
        .arg(&key)
        .arg("-out")
        .arg(&cert)
        .output()
        .expect("openssl is installed by scripts/test");
    assert!(o.status.success(), "{}", out(&o));
    (cert, key)
}

#[test]
fn real_clients_python_smtplib_and_msmtp() {
    use std::os::unix::fs::PermissionsExt;
    let b = Bench::new(SmtpSinkOptions::default());
    let (cert, key) = listener_cert(b.dir.path());
    let cfg = b.config(&Opts {
        max_bytes: 40_000_000,
        relay_extra: format!(
            "tls_cert_file = \"{}\"\ntls_key_file = \"{}\"",
            cert.display(),
            key.display()
        ),
        ..Opts::default()
    });
    let _d = Daemon(b.spawn(&cfg));
    let token = "tok-smtplib-1";

    // Python's smtplib: STARTTLS (verified), AUTH, 8-bit, bad sequences, 30 MB, relay attempts.
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/clients/smtplib_session.py");
    let o = Command::new("python3")
        .arg(&script)
        .arg(b.port.to_string())
        .arg(&cert)
        .args([CLIENT, CLIENT_PW, token])
        .output()
        .expect("python3");
    assert_eq!(o.status.code(), Some(0), "{}", out(&o));
    let r: serde_json::Value =
        serde_json::from_slice(&o.stdout).unwrap_or_else(|e| panic!("{e}: {}", out(&o)));
    let has = |list: &serde_json::Value, f: &str| list.as_array().unwrap().iter().any(|x| x == f);
    for f in [
        "pipelining",
        "8bitmime",
        "size",
        "starttls",
        "enhancedstatuscodes",
    ] {
        assert!(has(&r["before_tls"], f), "{f}: {r}");
    }
    assert!(!has(&r["after_tls"], "starttls"), "{r}");
    assert_eq!(
        r["auth_mechanisms"],
        serde_json::json!(["PLAIN", "LOGIN"]),
        "{r}"
    );
    assert_eq!(
        r["eightbit"],
        serde_json::json!({}),
        "every recipient accepted: {r}"
    );
    assert_eq!(r["big"], serde_json::json!({}), "{r}");
    assert_eq!(r["rcpt_before_mail"], 503, "{r}");
    // RFC 5321 §3.3: DATA without an accepted RCPT may get 503 or 554 "no valid recipients".
    assert_eq!(r["data_before_rcpt"], serde_json::json!([250, 554]), "{r}");
    assert_eq!(
        r["second_mail_in_transaction"],
        serde_json::json!([250, 503]),
        "{r}"
    );
    assert_eq!(r["foreign_sender"], 550, "{r}");
    assert_eq!(r["unauthenticated"], 530, "{r}");
    assert_eq!(r["bad_credentials"], 535, "{r}");

    // msmtp (GnuTLS): STARTTLS with the certificate checked, AUTH PLAIN, pipelined envelope.
    let conf = b.dir.path().join("msmtprc");
    let msmtp_conf = |password: &str| {
        std::fs::write(
            &conf,
            format!(
                "defaults\nlogfile {log}\naccount relay\nhost 127.0.0.1\nport {port}\ndomain client.test\nfrom robot@app.example.org\ntls on\ntls_starttls on\ntls_trust_file {cert}\nauth plain\nuser {CLIENT}\npassword {password}\n",
                log = b.dir.path().join("msmtp.log").display(),
                port = b.port,
                cert = cert.display(),
            ),
        )
        .unwrap();
        std::fs::set_permissions(&conf, std::fs::Permissions::from_mode(0o600)).unwrap();
    };
    let msmtp = |from: &str| {
        let mut c = Command::new("msmtp")
            .arg("-C")
            .arg(&conf)
            .args([
                "--debug",
                "-a",
                "relay",
                "-f",
                from,
                "m1@customer.test",
                "m2@customer.test",
            ])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("msmtp is installed by scripts/test");
        c.stdin
            .take()
            .unwrap()
            .write_all(format!("From: {from}\nTo: m1@customer.test, m2@customer.test\nSubject: via msmtp\n\nfrom msmtp\n").as_bytes())
            .unwrap();
        c.wait_with_output().unwrap()
    };
    msmtp_conf(CLIENT_PW);
    let o = msmtp("robot@app.example.org");
    assert_eq!(o.status.code(), Some(0), "{}", out(&o));
    // msmtp pipelines the envelope (PIPELINING offered): MAIL, RCPT, RCPT, DATA in one go.
    let dialogue: Vec<String> = String::from_utf8_lossy(&o.stdout)
        .lines()
        .chain(String::from_utf8_lossy(&o.stderr).lines())
        .filter(|l| l.starts_with("--> ") || l.starts_with("<-- "))
        .map(|l| l.chars().take(14).collect())
        .collect();
    let mail = dialogue
        .iter()
        .position(|l| l.starts_with("--> MAIL FROM"))
        .unwrap_or_else(|| panic!("{}", out(&o)));
    assert_eq!(
        dialogue[mail..mail + 4],
        [
            "--> MAIL FROM:",
            "--> RCPT TO:<m",
            "--> RCPT TO:<m",
            "--> DATA"
        ],
        "{dialogue:#?}"
    );
    assert!(
        dialogue.iter().any(|l| l.starts_with("--> STARTTLS")),
        "{dialogue:#?}"
    );
    let o = msmtp("ceo@evil.test");
    assert_ne!(o.status.code(), Some(0), "{}", out(&o));
    assert!(
        String::from_utf8_lossy(&o.stderr).contains("550"),
        "{}",
        out(&o)
    );
    msmtp_conf("wrong-password");
    let o = msmtp("robot@app.example.org");
    assert_ne!(o.status.code(), Some(0), "{}", out(&o));
    assert!(
        String::from_utf8_lossy(&o.stderr).contains("535"),
        "{}",
        out(&o)
    );

    // Exactly the three accepted messages arrive, byte-exact where it matters.
    let got = b.sink.wait_for(3, Duration::from_secs(60));
    std::thread::sleep(Duration::from_millis(300));
    assert_eq!(
        b.sink.count(),
        3,
        "refused submissions must not be delivered"
    );
    let by_subject = |s: &str| {
        got.iter()
            .find(|m| m.header("Subject").as_deref() == Some(s))
            .unwrap_or_else(|| panic!("no message {s}"))
    };
    let eight = by_subject(&format!("utf8 {token}"));
    assert!(
        eight.text().contains("Grüße, ça marche — 日本語"),
        "8-bit body intact: {:?}",
        eight.text()
    );
    let big = by_subject(&format!("big {token}"));
    let big_bytes = r["big_bytes"].as_u64().unwrap() as usize;
    assert!(
        big.data.len() >= big_bytes,
        "{} < {big_bytes}",
        big.data.len()
    );
    assert!(big.data.ends_with(b"0123456789ab\r\n"));
    let m = by_subject("via msmtp");
    let mut rcpts = m.rcpts.clone();
    rcpts.sort();
    assert_eq!(rcpts, ["m1@customer.test", "m2@customer.test"]);
}

mod outage {
    //! A provider outage, in process with the real spool and scheduler: every message is
    //! deferred with the provider's words; once the provider is back, messages go out in
    //! order of their due time (not of their arrival).

    use std::sync::atomic::{AtomicBool, Ordering};
    use std::sync::{Arc, Mutex};
    use std::time::Duration;

    use dastra_mailgate::oauth::BoxFuture;
    use dastra_mailgate::relay::delivery::pacing::Pacer;
    use dastra_mailgate::relay::delivery::scheduler::Scheduler;
    use dastra_mailgate::relay::delivery::{Delivered, DeliveryError, Transport};
    use dastra_mailgate::relay::spool::{NewEntry, RetryPolicy, Spool, Status, Update};

    #[derive(Default)]
    struct Provider {
        down: AtomicBool,
        failed: Mutex<Vec<String>>,
        delivered: Mutex<Vec<String>>,
    }

    fn subject(m: &[u8]) -> String {
        let t = String::from_utf8_lossy(m);
        t.lines()
            .find_map(|l| l.strip_prefix("Subject: "))
            .unwrap_or("")
            .trim()
            .to_string()
    }

    impl Transport for Provider {
        fn send<'a>(
            &'a self,
            _from: &'a str,
            _rcpts: &'a [String],
            message: &'a [u8],
        ) -> BoxFuture<'a, Result<Delivered, DeliveryError>> {
            Box::pin(async move {
                if self.down.load(Ordering::SeqCst) {
                    self.failed.lock().unwrap().push(subject(message));
                    return Err(DeliveryError::from_reply(
                        421,
                        "4.3.2 Service not available, closing transmission channel",
                    ));
                }
                self.delivered.lock().unwrap().push(subject(message));
                Ok(Delivered {
                    response: "250 2.0.0 OK".into(),
                    refused: Vec::new(),
                })
            })
        }
        fn describe(&self) -> String {
            "outage double".into()
        }
        fn max_connections(&self) -> usize {
            1
        }
    }

    async fn wait(what: &str, f: impl Fn() -> bool) {
        for _ in 0..400 {
            if f() {
                return;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        panic!("never {what}");
    }

    #[tokio::test(flavor = "multi_thread")]
    async fn outage_defers_then_delivers_in_order_of_due_time() {
        let dir = tempfile::tempdir().unwrap();
        let spool = Spool::open(dir.path()).unwrap();
        let mut ids = Vec::new();
        for k in 0..6 {
            let e = spool
                .store(
                    format!("Subject: m{k}\r\nFrom: a@app.example.org\r\n\r\nbody\r\n").as_bytes(),
                    NewEntry {
                        client: "t".into(),
                        mail_from: "a@app.example.org".into(),
                        env_from: "privacy@example.org".into(),
                        message_id: None,
                        subject: Some(format!("m{k}")),
                        recipients: vec![format!("r{k}@customer.test")],
                    },
                )
                .unwrap();
            ids.push(e.id);
        }
        let provider = Arc::new(Provider::default());
        provider.down.store(true, Ordering::SeqCst);
        let scheduler = Scheduler::new(
            spool.clone(),
            provider.clone(),
            RetryPolicy {
                schedule: vec![Duration::from_secs(3600)],
                max_age: Duration::from_secs(86_400),
            },
            Pacer::new(0, 0),
        );
        let (_tx, rx) = tokio::sync::mpsc::unbounded_channel();
        let cancel = tokio_util::sync::CancellationToken::new();
        let run = tokio::spawn(scheduler.run(rx, cancel.clone()));

        // The outage: each message is tried once and deferred with the provider's words.
        let s = spool.clone();
        wait("all deferred", || {
            let l = s.list().unwrap();
            l.len() == 6 && l.iter().all(|e| e.state_label() == "deferred")
        })
        .await;
        assert_eq!(provider.failed.lock().unwrap().len(), 6);
        for e in spool.list().unwrap() {
            assert!(e.last_error().unwrap().contains("421 4.3.2"), "{e:?}");
        }

        // Due times in an order unrelated to arrival (as retries of different ages are).
        let order = [3, 0, 5, 1, 4, 2];
        let now = chrono::Utc::now();
        for (k, id) in ids.iter().enumerate() {
            spool
                .update(id, |e| {
                    for r in &mut e.recipients {
                        if let Status::Deferred { next_try, .. } = &mut r.status {
                            *next_try = now + chrono::Duration::milliseconds(200 * (order[k] + 1));
                        }
                    }
                    Update::Write
                })
                .unwrap();
        }
        provider.down.store(false, Ordering::SeqCst);
        spool.kick().unwrap(); // as `queue` does after changing entries
        let p = provider.clone();
        wait("all delivered", || p.delivered.lock().unwrap().len() == 6).await;
        let mut expected: Vec<(i64, String)> =
            (0..6).map(|k| (order[k], format!("m{k}"))).collect();
        expected.sort();
        let expected: Vec<String> = expected.into_iter().map(|(_, s)| s).collect();
        assert_eq!(*provider.delivered.lock().unwrap(), expected);
        assert_eq!(
            provider.failed.lock().unwrap().len(),
            6,
            "no extra attempts"
        );
        let s = spool.clone();
        wait("spool empty", || s.list().unwrap().is_empty()).await;
        cancel.cancel();
        run.await.unwrap();
    }
}

#[test]
fn pacing_never_exceeds_the_configured_rate() {
    // The daemon delivers through Microsoft Graph (its double counts accepted messages
    // per sliding window) with messages_per_minute = 4; 7 submissions arrive at once.
    let (_oauth, graph, b, cfg) = graph_bench(Opts {
        messages_per_minute: 4,
        ..Opts::default()
    });
    let _d = Daemon(b.spawn(&cfg));
    for n in 0..7 {
        let o = b.swaks_auth(&[
            "--from",
            "robot@app.example.org",
            "--to",
            "x@customer.test",
            "--header",
            &format!("Subject: pace {n}"),
        ]);
        assert_eq!(o.status.code(), Some(0), "{}", out(&o));
    }
    let got = graph.wait_for(7, Duration::from_secs(180));
    assert_eq!(got.len(), 7);
    // The pacer counts send starts, the double counts arrivals: a 59 s window absorbs
    // the difference in connection set-up between the first and a later send.
    let peak = graph.max_in_window(Duration::from_secs(59));
    assert!(peak <= 4, "{peak} messages within a minute (limit 4)");
    assert_eq!(peak, 4, "the limit was reached, then waited for");
    assert!(b.log().contains("pacing limit reached"), "{}", b.log());
}

/// A relay delivering through the Graph double as an app with `Mail.Send` and
/// `Mail.ReadWrite`; `opts` without its transport and trailing parts, which this fills in.
fn graph_bench(
    opts: Opts,
) -> (
    Arc<testbench::oauth::OAuthDouble>,
    testbench::graph::GraphDouble,
    Bench,
    PathBuf,
) {
    use testbench::api_common::oauth_lookup;
    use testbench::graph::GraphDouble;
    use testbench::oauth::{MsClient, OAuthDouble, OAuthDoubleOptions};
    const TENANT: &str = "contoso-tenant-id";
    const APP: &str = "11111111-2222-3333-4444-555555555555";
    let oauth = Arc::new(OAuthDouble::start(OAuthDoubleOptions::default()));
    let mut client = MsClient::new(TENANT, APP);
    client.client_secret = Some("app-secret".into());
    client
        .application_permissions
        .push("https://graph.microsoft.com/Mail.ReadWrite".into());
    oauth.register_ms_client_with(client);
    let graph = GraphDouble::start(oauth_lookup(oauth.clone()), &[SENDER]);
    let b = Bench::new(SmtpSinkOptions::default());
    let secret = b.dir.path().join("app-secret");
    std::fs::write(&secret, "app-secret").unwrap();
    let cfg = b.config(&Opts {
        transport: Some(format!(
            "[relay.transport]\ntype = \"graph\"\noauth_account = \"graph\"\nendpoint = \"{}\"\nallow_insecure = true",
            graph.endpoint()
        )),
        trailing: format!(
            "[[oauth_account]]\nname = \"graph\"\nprovider = \"microsoft\"\nflow = \"client_credentials\"\ntenant = \"{TENANT}\"\nauthority = \"{}\"\nclient_id = \"{APP}\"\nclient_secret = \"file:{}\"\nuser = \"{SENDER}\"\n",
            oauth.base_url(),
            secret.display()
        ),
        ..opts
    });
    (oauth, graph, b, cfg)
}

/// A ~7.5 MB PDF-looking file (a ~10 MB message once base64 encoded) in the bench's
/// directory, and its bytes.
fn big_pdf(b: &Bench) -> (PathBuf, Vec<u8>) {
    let mut pdf = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n".to_vec();
    pdf.extend(http_apis::noise(7_700_000, 42));
    pdf.extend_from_slice(b"\n%%EOF\n");
    let path = b.dir.path().join("rapport.pdf");
    std::fs::write(&path, &pdf).unwrap();
    (path, pdf)
}

fn submit_with_attachment(b: &Bench, pdf: &Path) {
    let o = b.swaks_auth(&[
        "--from",
        "robot@app.example.org",
        "--to",
        "dpo@customer.test",
        "--header",
        "Subject: Rapport annuel",
        "--body",
        "Bonjour, voir le rapport ci-joint.",
        "--attach-type",
        "application/pdf",
        "--attach",
        &format!("@{}", pdf.display()),
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", out(&o));
}

#[test]
fn graph_delivers_a_message_with_a_large_attachment_through_the_listener() {
    let (_oauth, graph, b, cfg) = graph_bench(Opts {
        max_bytes: 20_000_000,
        retry: "[1]",
        ..Opts::default()
    });
    let _d = Daemon(b.spawn(&cfg));
    let (path, pdf) = big_pdf(&b);
    submit_with_attachment(&b, &path);
    let got = graph.wait_for(1, Duration::from_secs(60));
    assert!(got[0].data.len() > 10_000_000, "{}", got[0].data.len());
    assert_eq!(
        http_apis::attachment_of(&got[0].data, "rapport.pdf").expect("the PDF"),
        pdf,
        "the PDF arrives byte for byte"
    );
    assert!(got[0].text().contains("Bonjour, voir le rapport ci-joint."));
    assert_eq!(got[0].header("Subject").unwrap(), "Rapport annuel");
    assert_eq!(
        got[0].header("From").unwrap(),
        format!("\"Example Privacy Team\" <{SENDER}>")
    );
    assert_eq!(got[0].rcpts, ["dpo@customer.test"]);
    assert_eq!(graph.sent_items().len(), 1);
    assert!(graph.drafts(SENDER).is_empty());
    // 7.7 MB in ranges of 3.75 MiB: 200, then 201.
    let puts: Vec<u16> = graph
        .requests()
        .iter()
        .filter(|(m, _, _)| m == "PUT")
        .map(|(_, _, s)| *s)
        .collect();
    assert_eq!(puts, [200, 201]);
    b.wait_queue(&cfg, "empty", |q| q.is_empty());
    assert!(b.log().contains("sending it as a draft"), "{}", b.log());
}

#[test]
fn graph_upload_failure_defers_the_message_and_deletes_the_draft() {
    let (_oauth, graph, b, cfg) = graph_bench(Opts {
        max_bytes: 20_000_000,
        retry: "[3600]",
        ..Opts::default()
    });
    // The second range of the first attempt gets a 503.
    graph.push_fault_on(
        testbench::graph::GraphOp::UploadRange,
        1,
        503,
        "ServiceUnavailable",
        "Service Unavailable",
        None,
    );
    let _d = Daemon(b.spawn(&cfg));
    let (path, pdf) = big_pdf(&b);
    submit_with_attachment(&b, &path);
    let q = b.wait_queue(&cfg, "deferred", |q| rcpt_status(q) == ["deferred"]);
    let err = q[0]["recipients"][0]["last_error"].as_str().unwrap();
    assert!(
        err.contains("uploading an attachment") && err.contains("503"),
        "{err}"
    );
    assert!(graph.drafts(SENDER).is_empty(), "the draft was deleted");
    assert!(graph.received().is_empty());
    assert!(
        graph
            .requests()
            .iter()
            .any(|(m, _, s)| m == "DELETE" && *s == 204),
        "{:?}",
        graph.requests()
    );

    let o = b.queue(&cfg, &["flush"]);
    assert_eq!(o.status.code(), Some(0), "{}", out(&o));
    let got = graph.wait_for(1, Duration::from_secs(60));
    assert_eq!(
        http_apis::attachment_of(&got[0].data, "rapport.pdf").expect("the PDF"),
        pdf
    );
    assert!(graph.drafts(SENDER).is_empty());
    b.wait_queue(&cfg, "empty", |q| q.is_empty());
}

#[test]
fn relay_metrics_and_status() {
    let b = Bench::new(SmtpSinkOptions::default());
    let admin = free_port();
    let cfg = b.config(&Opts {
        admin: Some(admin),
        retry: "[3600]",
        ..Opts::default()
    });
    let _d = Daemon(b.spawn(&cfg));
    // One delivered, one failed permanently, one deferred.
    for (reply, to) in [
        (None, "ok@customer.test"),
        (Some("550 5.7.1 Rejected"), "no@customer.test"),
        (Some("451 4.3.0 Try later"), "later@customer.test"),
    ] {
        if let Some(r) = reply {
            b.sink.push_reply(Stage::Data, r);
        }
        let o = b.swaks_auth(&["--from", "robot@app.example.org", "--to", to]);
        assert_eq!(o.status.code(), Some(0), "{}", out(&o));
        b.wait_queue(&cfg, "settled", |q| {
            q.iter().all(|e| e["recipients"][0]["status"] != "queued")
        });
    }
    let get = |path: &str| {
        let mut s = TcpStream::connect(("127.0.0.1", admin)).unwrap();
        write!(
            s,
            "GET {path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
        )
        .unwrap();
        let mut body = String::new();
        std::io::Read::read_to_string(&mut s, &mut body).unwrap();
        body
    };
    // The spool gauges are refreshed every few seconds.
    let start = Instant::now();
    let metrics = loop {
        let m = get("/metrics");
        if m.contains("mailgate_spool_messages{state=\"failed\"} 1") {
            break m;
        }
        assert!(start.elapsed() < Duration::from_secs(30), "{m}");
        std::thread::sleep(Duration::from_millis(200));
    };
    for line in [
        "mailgate_deliveries_total{result=\"delivered\"} 1",
        "mailgate_deliveries_total{result=\"failed\"} 1",
        "mailgate_deliveries_total{result=\"deferred\"} 1",
        "mailgate_spool_messages{state=\"deferred\"} 1",
        "mailgate_spool_messages{state=\"queued\"} 0",
    ] {
        assert!(metrics.contains(line), "{line} missing:\n{metrics}");
    }
    assert!(
        metrics.contains("mailgate_spool_oldest_age_seconds "),
        "{metrics}"
    );

    let o = b.cmd(&cfg).args(["status", "--json"]).output().unwrap();
    let v: serde_json::Value =
        serde_json::from_slice(&o.stdout).unwrap_or_else(|e| panic!("{e}: {}", out(&o)));
    let r = &v["relay"];
    assert_eq!(r["listen"], format!("127.0.0.1:{}", b.port));
    assert!(
        r["transport"]
            .as_str()
            .unwrap()
            .starts_with("SMTP 127.0.0.1:"),
        "{r}"
    );
    assert_eq!(r["spool"]["failed"], 1, "{r}");
    assert_eq!(r["deliveries"]["delivered"], 1, "{r}");
    assert!(r["oldest_pending_age_secs"].is_u64(), "{r}");
    let o = b.cmd(&cfg).arg("status").output().unwrap();
    let text = String::from_utf8_lossy(&o.stdout);
    assert!(
        text.contains("1 deferred, 0 partial, 1 failed (dead letters)")
            && text.contains("1 delivered"),
        "{}",
        out(&o)
    );
}

#[test]
fn daemon_xoauth2_to_o365_refreshes_a_refused_token_and_logs_no_secrets() {
    // The daemon with an app-only Microsoft account (client credentials at the OAuth
    // double) delivering over SMTP XOAUTH2 to the Office 365 dialect double, which refuses
    // the first token it sees (535 5.7.3, as for a revoked or expired token).
    use std::collections::HashSet;
    use std::sync::atomic::{AtomicBool, Ordering};
    use testbench::oauth::{OAuthDouble, OAuthDoubleOptions};
    use testbench::smtp_provider::{Dialect, ProviderDouble};
    const TENANT: &str = "contoso-tenant-id";
    const APP: &str = "11111111-2222-3333-4444-555555555555";
    let oauth = Arc::new(OAuthDouble::start(OAuthDoubleOptions::default()));
    oauth.register_ms_client(TENANT, APP, Some("app-secret"), None);
    let seen = Arc::new(Mutex::new(HashSet::<String>::new()));
    let refuse_next = Arc::new(AtomicBool::new(true));
    let double = {
        let (oauth, seen, refuse_next) = (oauth.clone(), seen.clone(), refuse_next.clone());
        ProviderDouble::start(
            Dialect::O365,
            Arc::new(move |_user: &str, token: &str| {
                seen.lock().unwrap().insert(token.to_string());
                if refuse_next.swap(false, Ordering::SeqCst) {
                    assert!(oauth.revoke_access_token(token));
                }
                oauth.is_access_token_valid(token).as_deref() == Some(APP)
            }),
        )
    };
    let b = Bench::new(SmtpSinkOptions::default());
    let secret = b.dir.path().join("app-secret");
    std::fs::write(&secret, "app-secret").unwrap();
    let cfg = b.config(&Opts {
        transport: Some(format!(
            "[relay.transport]\ntype = \"smtp\"\nhost = \"127.0.0.1\"\nport = {}\ntls = \"none\"\nauth = \"xoauth2\"\noauth_account = \"m365\"\nallow_insecure = true\nmax_connections = 3",
            double.port()
        )),
        trailing: format!(
            "[[oauth_account]]\nname = \"m365\"\nprovider = \"microsoft\"\nflow = \"client_credentials\"\ntenant = \"{TENANT}\"\nauthority = \"{}\"\nclient_id = \"{APP}\"\nclient_secret = \"file:{}\"\nuser = \"{SENDER}\"\n",
            oauth.base_url(),
            secret.display()
        ),
        ..Opts::default()
    });
    // Everything our code logs, at its most verbose; other crates' debug/trace (SMTP lines,
    // HTTP headers) stays off unless named.
    let text = std::fs::read_to_string(&cfg).unwrap();
    assert!(text.contains("level = \"info\""));
    std::fs::write(&cfg, text.replace("level = \"info\"", "level = \"trace\"")).unwrap();
    let _d = Daemon(b.spawn(&cfg));
    let o = b.swaks_auth(&[
        "--from",
        "robot@app.example.org",
        "--to",
        "dpo@customer.test",
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", out(&o));
    let got = double.wait_for(1, Duration::from_secs(30));
    assert_eq!(got[0].rcpts, ["dpo@customer.test"]);
    assert_eq!(
        double.auths(),
        [(SENDER.to_string(), false), (SENDER.to_string(), true)],
        "535, then a fresh token on a fresh connection"
    );
    assert_eq!(oauth.counters().token_requests, 2);
    b.wait_queue(&cfg, "empty", |q| q.is_empty());
    let log = b.log();
    let seen = seen.lock().unwrap().clone();
    assert_eq!(seen.len(), 2);
    for t in &seen {
        assert!(
            !log.contains(t.as_str()),
            "an access token is in the log:\n{log}"
        );
        // The XOAUTH2 initial response as it goes on the wire.
        let wire = base64::Engine::encode(
            &base64::engine::general_purpose::STANDARD,
            format!("user={SENDER}\x01auth=Bearer {t}\x01\x01"),
        );
        assert!(!log.contains(&wire), "an AUTH line is in the log:\n{log}");
    }
    assert!(!log.contains("app-secret"), "{log}");
    assert!(
        !log.contains("dpo@customer.test"),
        "addresses are redacted:\n{log}"
    );
    assert!(
        log.contains("fetching a new one and retrying once"),
        "{log}"
    );
}

/// Our SMTP connection pool (src/relay/delivery/smtp.rs) against the recording sink and the
/// provider double: reuse, a connection the server dropped while idle, RSET after a refusal,
/// a new login after a token refresh, and the inactivity deadline.
mod pool {
    use std::net::TcpListener;
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::sync::{Arc, Mutex};
    use std::time::Duration;

    use dastra_mailgate::config::{SmtpAuth, TlsMode};
    use dastra_mailgate::oauth::{BoxFuture, TokenError, TokenSource};
    use dastra_mailgate::relay::delivery::smtp::{SmtpParams, SmtpTransport};
    use dastra_mailgate::relay::delivery::{Class, Transport};
    use dastra_mailgate::secret::SecretString;
    use testbench::oauth::{OAuthDouble, OAuthDoubleOptions};
    use testbench::smtp_provider::{Dialect, ProviderDouble};
    use testbench::smtp_sink::{SmtpSink, SmtpSinkOptions, Stage};

    fn params(port: u16, timeout: Duration) -> SmtpParams {
        SmtpParams {
            host: "127.0.0.1".into(),
            port,
            tls: TlsMode::None,
            auth: SmtpAuth::None,
            username: None,
            password: None,
            ca_pem: None,
            max_connections: 3,
            hello_name: "relay.test".into(),
            timeout,
            idle_timeout: dastra_mailgate::relay::delivery::smtp::IDLE_TIMEOUT,
        }
    }

    fn message(i: usize) -> Vec<u8> {
        format!(
            "From: app@app.example.org\r\nTo: dpo@customer.test\r\nSubject: notice {i}\r\nMessage-ID: <pool-{i}@app.example.org>\r\n\r\nbody {i}\r\n"
        )
        .into_bytes()
    }

    fn rcpts() -> Vec<String> {
        vec!["dpo@customer.test".to_string()]
    }

    fn subjects(sink: &SmtpSink) -> Vec<String> {
        sink.received()
            .iter()
            .map(|r| r.header("Subject").unwrap_or_default())
            .collect()
    }

    #[tokio::test(flavor = "multi_thread")]
    async fn connections_are_reused_and_replaced_when_the_server_drops_them() {
        let sink = SmtpSink::start(SmtpSinkOptions {
            idle_timeout: Some(Duration::from_millis(400)),
            ..Default::default()
        });
        let t = SmtpTransport::new(params(sink.port(), Duration::from_secs(10)), None).unwrap();
        for i in 0..5 {
            t.send("privacy@example.org", &rcpts(), &message(i))
                .await
                .unwrap();
        }
        assert_eq!(sink.count(), 5);
        assert_eq!(sink.connections(), 1, "one connection for five messages");

        // The sink closes the idle connection (421 4.4.2); the next message notices it at
        // MAIL FROM, before anything of it was sent, and goes out on a fresh connection.
        tokio::time::sleep(Duration::from_millis(900)).await;
        let d = t
            .send("privacy@example.org", &rcpts(), &message(5))
            .await
            .unwrap();
        assert!(d.response.starts_with("250"), "{}", d.response);
        assert_eq!(sink.connections(), 2);
        let got = subjects(&sink);
        assert_eq!(
            got,
            (0..6).map(|i| format!("notice {i}")).collect::<Vec<_>>(),
            "each message exactly once, in order"
        );
    }

    #[tokio::test(flavor = "multi_thread")]
    async fn a_refusal_is_answered_with_rset_and_the_connection_kept() {
        let sink = SmtpSink::start(SmtpSinkOptions::default());
        let t = SmtpTransport::new(params(sink.port(), Duration::from_secs(10)), None).unwrap();
        sink.push_reply(Stage::Rcpt, "550 5.1.1 <dpo@customer.test>: no such user");
        let e = t
            .send("privacy@example.org", &rcpts(), &message(0))
            .await
            .unwrap_err();
        assert_eq!(e.class, Class::Permanent);
        assert_eq!(e.code, Some(550));
        assert!(e.message.contains("no such user"), "{e}");
        sink.push_reply(Stage::Data, "452 4.3.1 Insufficient system storage");
        let e = t
            .send("privacy@example.org", &rcpts(), &message(1))
            .await
            .unwrap_err();
        assert_eq!(e.class, Class::Temporary);
        assert_eq!(e.code, Some(452));
        t.send("privacy@example.org", &rcpts(), &message(2))
            .await
            .unwrap();
        assert_eq!(subjects(&sink), vec!["notice 2".to_string()]);
        assert_eq!(
            sink.connections(),
            1,
            "the refusals did not cost the connection"
        );
    }

    /// Hands out whichever token is current; `invalidate` is not expected here.
    struct Switching {
        current: Mutex<String>,
        invalidated: AtomicUsize,
    }

    impl TokenSource for Switching {
        fn user(&self) -> &str {
            "privacy@example.org"
        }
        fn token(&self) -> BoxFuture<'_, Result<SecretString, TokenError>> {
            let t = self.current.lock().unwrap().clone();
            Box::pin(async move { Ok(SecretString::new(t)) })
        }
        fn invalidate(&self) {
            self.invalidated.fetch_add(1, Ordering::SeqCst);
        }
    }

    #[tokio::test(flavor = "multi_thread")]
    async fn a_refreshed_token_logs_in_on_a_new_connection() {
        let oauth = Arc::new(OAuthDouble::start(OAuthDoubleOptions::default()));
        let scopes = ["https://outlook.office.com/SMTP.Send"];
        let first =
            oauth.issue_token_for("privacy@example.org", &scopes, Duration::from_secs(3600));
        let second =
            oauth.issue_token_for("privacy@example.org", &scopes, Duration::from_secs(3600));
        let o = oauth.clone();
        let double = ProviderDouble::start(
            Dialect::O365,
            Arc::new(move |user: &str, token: &str| {
                o.is_access_token_valid(token)
                    .is_some_and(|u| u.eq_ignore_ascii_case(user))
            }),
        );
        let source = Arc::new(Switching {
            current: Mutex::new(first.clone()),
            invalidated: AtomicUsize::new(0),
        });
        let mut p = params(double.port(), Duration::from_secs(10));
        p.auth = SmtpAuth::XOAuth2;
        let t = SmtpTransport::new(p, Some(source.clone())).unwrap();
        let from = "privacy@example.org";
        let msg = |i: usize| {
            format!("From: {from}\r\nTo: dpo@customer.test\r\nSubject: n{i}\r\n\r\nhi\r\n")
                .into_bytes()
        };
        t.send(from, &rcpts(), &msg(0)).await.unwrap();
        t.send(from, &rcpts(), &msg(1)).await.unwrap();
        assert_eq!(
            double.auths().len(),
            1,
            "the second message reused the login"
        );

        // The manager refreshed the token: the old connection is not used any more; the
        // old token is revoked, so a reuse would have been refused.
        oauth.revoke_access_token(&first);
        *source.current.lock().unwrap() = second;
        t.send(from, &rcpts(), &msg(2)).await.unwrap();
        let auths = double.auths();
        assert_eq!(auths.len(), 2, "{auths:?}");
        assert!(auths.iter().all(|(_, ok)| *ok), "{auths:?}");
        assert_eq!(double.received().len(), 3);
        assert_eq!(source.invalidated.load(Ordering::SeqCst), 0);
    }

    #[tokio::test(flavor = "multi_thread")]
    async fn a_silent_server_fails_the_attempt_after_the_inactivity_timeout() {
        // Accepts the connection and never says a word.
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let port = listener.local_addr().unwrap().port();
        let held = std::thread::spawn(move || listener.accept().map(|(s, _)| s));
        let t = SmtpTransport::new(params(port, Duration::from_millis(500)), None).unwrap();
        let e = t
            .send("privacy@example.org", &rcpts(), &message(0))
            .await
            .unwrap_err();
        assert_eq!(e.class, Class::Temporary, "{e}");
        assert!(e.message.contains("did not answer"), "{e}");
        drop(held.join());
    }
}

/// A full disk under the spool (a real tmpfs, filled up): the submission gets 451 and
/// nothing of it is left or delivered, the `disk_low` alert is logged; once space is back,
/// the same submission goes through and is delivered once.
#[test]
fn a_full_disk_answers_451_and_the_relay_recovers_when_space_is_back() {
    let b = Bench::new(SmtpSinkOptions::default());
    let state = b.dir.path().join("state");
    let disk = testbench::daemon::Tmpfs::mount(&state, "16m");
    let cfg = b.config(&Opts {
        allow_loopback: true,
        ..Opts::default()
    });
    let _d = Daemon(b.spawn(&cfg));

    // Leave 32 KiB: less than the 100 KB message below.
    let filler = disk.fill(32 * 1024);
    let body: String = (0..1000).map(|i| format!("{i:099}\n")).collect();
    let submit = || {
        b.swaks(&[
            "--from",
            "robot@app.example.org",
            "--to",
            "dpo@customer.test",
            "--h-Subject",
            "disk",
            "--body",
            &body,
        ])
    };
    let o = submit();
    assert_ne!(o.status.code(), Some(0), "{}", out(&o));
    assert!(
        String::from_utf8_lossy(&o.stdout).contains("451 4.3.0"),
        "{}",
        out(&o)
    );
    assert!(b.queue_json(&cfg).is_empty(), "nothing half-queued");
    let leftovers: Vec<_> = std::fs::read_dir(state.join("spool/q"))
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| !n.starts_with(".kick") && !n.starts_with(".writable"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
    let log = b.log();
    assert!(
        log.contains("cannot write the message to the spool") && log.contains("No space left"),
        "{log}"
    );
    let start = Instant::now();
    while !b.log().contains("disk_low") {
        assert!(start.elapsed() < Duration::from_secs(20), "{}", b.log());
        std::thread::sleep(Duration::from_millis(100));
    }

    std::fs::remove_file(&filler).unwrap();
    let o = submit();
    assert_eq!(o.status.code(), Some(0), "{}", out(&o));
    b.sink.wait_for(1, Duration::from_secs(20));
    b.wait_queue(&cfg, "empty", |q| q.is_empty());
    let got = b.sink.received();
    assert_eq!(got.len(), 1, "delivered once, the refused attempt never");
    assert!(
        got[0].text().contains(&format!("{:099}", 999)),
        "the whole message arrived"
    );
}

// ─── Issue 13: the relay, safe to expose ─────────────────────────────────────

/// A raw SMTP client on a TCP socket: every byte is ours (bare LF, pipelining, junk).
struct Raw {
    w: TcpStream,
    r: BufReader<TcpStream>,
}

impl Raw {
    /// Connects and reads the greeting.
    fn connect(port: u16) -> (Raw, String) {
        let w = TcpStream::connect(("127.0.0.1", port)).unwrap();
        w.set_read_timeout(Some(Duration::from_secs(30))).unwrap();
        let r = BufReader::new(w.try_clone().unwrap());
        let mut c = Raw { w, r };
        let greeting = c.reply();
        (c, greeting)
    }

    /// One (possibly multi-line) reply; empty when the server closed the connection.
    fn reply(&mut self) -> String {
        let mut all = String::new();
        loop {
            let mut line = String::new();
            if self.r.read_line(&mut line).unwrap_or(0) == 0 {
                return all;
            }
            all.push_str(&line);
            if line.len() < 4 || line.as_bytes()[3] != b'-' {
                return all;
            }
        }
    }

    fn send(&mut self, bytes: &[u8]) {
        self.w.write_all(bytes).unwrap();
    }

    fn cmd(&mut self, line: &str) -> String {
        self.send(format!("{line}\r\n").as_bytes());
        self.reply()
    }
}

/// Point 1. The upstream (the sink) ends DATA at `\n.\r\n`, as older Postfix and Sendmail
/// did. A client puts a bare LF before a dot line and a whole second transaction after it.
/// Normalised to CRLF on receipt, that dot is stuffed on the way out: the upstream gets one
/// message, from our sender, with the would-be transaction as text.
#[test]
fn smtp_smuggling_with_a_bare_lf_dot_reaches_the_upstream_as_one_message() {
    let b = Bench::new(SmtpSinkOptions::default());
    let cfg = b.config(&Opts {
        allow_loopback: true,
        ..Opts::default()
    });
    let _d = Daemon(b.spawn(&cfg));
    let (mut c, greeting) = Raw::connect(b.port);
    assert!(greeting.starts_with("220 "), "{greeting}");
    assert!(c.cmd("EHLO app.example.org").starts_with("250"));
    assert!(
        c.cmd("MAIL FROM:<robot@app.example.org>")
            .starts_with("250")
    );
    assert!(c.cmd("RCPT TO:<victim@customer.test>").starts_with("250"));
    assert!(c.cmd("DATA").starts_with("354"));
    c.send(
        b"From: robot@app.example.org\r\nTo: victim@customer.test\r\nSubject: hello\r\n\r\nfirst part\n.\r\n\
MAIL FROM:<ceo@evil.example>\r\nRCPT TO:<victim@customer.test>\r\nDATA\r\n\
From: ceo@evil.example\r\nSubject: smuggled\r\n\r\nsmuggled body\r\n.\r\n",
    );
    let queued = c.reply();
    assert!(queued.starts_with("250 2.0.0 Ok: queued"), "{queued}");
    c.cmd("QUIT");
    b.sink.wait_for(1, Duration::from_secs(20));
    b.wait_queue(&cfg, "delivered", |q| q.is_empty());
    let got = b.sink.received();
    assert_eq!(
        got.len(),
        1,
        "a second (smuggled) transaction arrived: {got:#?}"
    );
    assert_eq!(got[0].mail_from, SENDER);
    assert_eq!(got[0].rcpts, ["victim@customer.test"]);
    let text = got[0].text();
    assert!(
        text.contains("first part\r\n.\r\nMAIL FROM:<ceo@evil.example>\r\n"),
        "{text:?}"
    );
    assert!(!text.contains('\r') || !text.replace("\r\n", "").contains(['\r', '\n']));
}

/// Point 2. An HTTP POST whose body is an SMTP dialogue (SSRF from a local web app) with
/// unauthenticated loopback submissions allowed: refused before the greeting (pregreet), and
/// with the greeting delay off, closed at the request line. Also: junk commands close the
/// connection after three; real clients are unaffected (`real_clients_python_smtplib_and_msmtp`
/// runs with the default greeting delay).
#[test]
fn cross_protocol_http_requests_never_get_a_250() {
    let body = "EHLO x\r\nMAIL FROM:<robot@app.example.org>\r\nRCPT TO:<victim@customer.test>\r\nDATA\r\nSubject: ssrf\r\n\r\nhi\r\n.\r\nQUIT\r\n";
    let curl = |port: u16| {
        let o = Command::new("curl")
            .args(["-s", "-m", "10", "--http0.9", "--data-binary", body])
            .arg(format!("http://127.0.0.1:{port}/"))
            .output()
            .unwrap();
        String::from_utf8_lossy(&o.stdout).into_owned()
    };
    let b = Bench::new(SmtpSinkOptions::default());
    let cfg = b.config(&Opts {
        allow_loopback: true,
        ..Opts::default()
    });
    let d = Daemon(b.spawn(&cfg));
    let answer = curl(b.port);
    assert!(answer.starts_with("554 5.5.1"), "{answer}");
    assert!(!answer.contains("250"), "{answer}");
    // A raw client that pipelines its dialogue before the banner (gopher:// style).
    let mut s = TcpStream::connect(("127.0.0.1", b.port)).unwrap();
    s.write_all(body.as_bytes()).unwrap();
    let mut got = String::new();
    let _ = std::io::Read::read_to_string(&mut s, &mut got);
    assert!(
        got.starts_with("554 5.5.1") && !got.contains("250"),
        "{got}"
    );
    drop(d);

    let cfg = b.config(&Opts {
        allow_loopback: true,
        limits_extra: "greeting_delay_ms = 0".into(),
        ..Opts::default()
    });
    let _d = Daemon(b.spawn(&cfg));
    // Without the wait the request is still refused: at once when it is already there on
    // accept (the pregreet poll), else at its request line.
    let answer = curl(b.port);
    assert!(
        answer.starts_with("554 5.5.1") || answer.contains("521 5.5.1"),
        "{answer}"
    );
    assert!(!answer.contains("250"), "{answer}");
    // Header-looking lines after a valid greeting are closed too.
    let (mut c, _) = Raw::connect(b.port);
    assert!(c.cmd("EHLO x").starts_with("250"));
    assert!(c.cmd("Host: 127.0.0.1").starts_with("521 5.5.1"));
    // Unrecognised commands: the third one closes the connection.
    let (mut c, _) = Raw::connect(b.port);
    assert!(c.cmd("XYZZY").starts_with("500"));
    assert!(c.cmd("PLUGH").starts_with("500"));
    assert!(c.cmd("FROB").starts_with("421 4.7.0"));
    assert_eq!(c.reply(), "", "the connection is closed");
    assert!(b.queue_json(&cfg).is_empty());
    assert_eq!(b.sink.count(), 0);
    let log = b.log();
    assert!(log.contains("non-SMTP command"), "{log}");
}

/// Point 3. Recipients good1, bad (550), good2, busy (450): the message goes to good1 and
/// good2; bad fails, busy is deferred; `queue show` tells each one.
#[test]
fn a_refused_recipient_does_not_fail_the_others() {
    let b = Bench::new(SmtpSinkOptions {
        rcpt_replies: vec![
            ("bad@customer.test".into(), "550 5.1.1 No such user".into()),
            ("busy@customer.test".into(), "450 4.2.1 Mailbox busy".into()),
        ],
        ..SmtpSinkOptions::default()
    });
    let cfg = b.config(&Opts {
        retry: "[3600]",
        ..Opts::default()
    });
    let _d = Daemon(b.spawn(&cfg));
    let o = b.swaks_auth(&[
        "--from",
        "robot@app.example.org",
        "--to",
        "good1@customer.test,bad@customer.test,good2@customer.test,busy@customer.test",
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", out(&o));
    let got = b.sink.wait_for(1, Duration::from_secs(20));
    assert_eq!(got[0].rcpts, ["good1@customer.test", "good2@customer.test"]);
    let q = b.wait_queue(&cfg, "settled", |q| {
        rcpt_status(q) == ["delivered", "failed", "delivered", "deferred"]
    });
    let id = q[0]["id"].as_str().unwrap();
    let show = b.queue(&cfg, &["show", id]);
    let text = String::from_utf8_lossy(&show.stdout);
    assert!(
        text.contains("partial — 2 delivered, 0 queued, 1 deferred, 1 failed"),
        "{text}"
    );
    assert!(
        text.contains("bad@customer.test: FAILED") && text.contains("550 5.1.1"),
        "{text}"
    );
    assert!(
        text.contains("busy@customer.test: deferred") && text.contains("450 4.2.1"),
        "{text}"
    );
    assert!(text.contains("good1@customer.test: delivered"), "{text}");
    assert_eq!(b.sink.count(), 1);

    // Every recipient refused, one of them only for now: nobody is failed yet (the 550 one
    // fails on its own once the other takes the message).
    let o = b.swaks_auth(&[
        "--from",
        "robot@app.example.org",
        "--to",
        "bad@customer.test,busy@customer.test",
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", out(&o));
    let q = b.wait_queue(&cfg, "both deferred", |q| {
        q.len() == 2 && rcpt_status(&q[1..]) == ["deferred", "deferred"]
    });
    assert!(
        q[1]["recipients"][0]["last_error"]
            .as_str()
            .unwrap()
            .contains("450 4.2.1")
    );
    assert_eq!(b.sink.count(), 1);
}

/// Point 4. One failed login per connection, reconnecting each time: the answers slow down,
/// the 4th failure bans the address (even the right password is then refused), the log has
/// one summary line instead of one per guess, and the metric counts them.
#[test]
fn password_guessing_is_throttled_across_reconnects() {
    let b = Bench::new(SmtpSinkOptions::default());
    let admin = free_port();
    let cfg = b.config(&Opts {
        admin: Some(admin),
        limits_extra: "auth_ban_after = 4\nauth_ban_secs = 600".into(),
        ..Opts::default()
    });
    let d = Daemon(b.spawn(&cfg));
    let b64 = |s: &str| {
        use base64::Engine as _;
        base64::engine::general_purpose::STANDARD.encode(s)
    };
    let mut answers = Vec::new();
    for i in 0..6 {
        let (mut c, _) = Raw::connect(b.port);
        c.cmd("EHLO guesser");
        let pw = if i == 5 {
            CLIENT_PW.to_string()
        } else {
            format!("guess{i}")
        };
        let mut a = c.cmd(&format!("AUTH PLAIN {}", b64(&format!("\0{CLIENT}\0{pw}"))));
        if a.starts_with("535") {
            // Either the ban's 421, or the answer to QUIT.
            c.send(b"QUIT\r\n");
            a.push_str(&c.reply());
        }
        answers.push(a);
    }
    for a in &answers[..3] {
        assert!(
            a.starts_with("535 5.7.8") && a.contains("221 2.0.0"),
            "{answers:#?}"
        );
    }
    assert!(
        answers[3].starts_with("535 5.7.8")
            && answers[3].contains("421 4.7.0 Too many failed logins"),
        "{answers:#?}"
    );
    for a in &answers[4..] {
        assert!(
            a.starts_with("421 4.7.0 Too many failed logins from your address"),
            "{answers:#?}"
        );
    }
    let log = b.log();
    let lines = log
        .lines()
        .filter(|l| l.contains("failed logins from"))
        .count();
    assert!(
        (1..=2).contains(&lines),
        "one summary line per source per minute:\n{log}"
    );
    assert!(!log.contains("guess0"), "a password in the log");
    let metrics = Command::new("curl")
        .args(["-s", &format!("http://127.0.0.1:{admin}/metrics")])
        .output()
        .unwrap();
    let m = String::from_utf8_lossy(&metrics.stdout);
    assert!(
        m.contains("mailgate_relay_refused_total{reason=\"auth_failure\"} 4"),
        "{m}"
    );
    assert!(
        m.contains("mailgate_relay_refused_total{reason=\"banned\"} 2"),
        "{m}"
    );

    // A reload that restarts the relay (a changed limit) does not lift the ban.
    b.config(&Opts {
        admin: Some(admin),
        limits_extra: "auth_ban_after = 4\nauth_ban_secs = 600\nmessages_per_day = 7".into(),
        ..Opts::default()
    });
    d.signal(libc::SIGHUP);
    daemon::wait_until("the relay restarted", Duration::from_secs(20), || {
        b.log().contains("Configuration reloaded") && b.log().contains("restarted")
    });
    let (mut c, _) = Raw::connect(b.port);
    c.cmd("EHLO guesser");
    let a = c.cmd(&format!(
        "AUTH PLAIN {}",
        b64(&format!("\0{CLIENT}\0{CLIENT_PW}"))
    ));
    assert!(
        a.starts_with("421 4.7.0 Too many failed logins"),
        "{a}\n{}",
        b.log()
    );
}

/// Point 5. `hash-password` (stdin) writes an Argon2id PHC string; clients with it, with a
/// SHA-crypt `$6$` hash (`openssl passwd -6`) and with bcrypt log in through swaks; wrong
/// passwords do not; the unsalted `sha256:` client is warned about.
#[test]
fn argon2_sha_crypt_and_bcrypt_clients_authenticate() {
    let b = Bench::new(SmtpSinkOptions::default());
    let mut child = Command::new(BIN)
        .arg("hash-password")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(b"argon-pw\n")
        .unwrap();
    let o = child.wait_with_output().unwrap();
    assert_eq!(o.status.code(), Some(0), "{}", out(&o));
    let argon = String::from_utf8(o.stdout).unwrap().trim().to_string();
    assert!(argon.starts_with("$argon2id$v=19$"), "{argon}");
    let o = Command::new("openssl")
        .args(["passwd", "-6", "shacrypt-pw"])
        .output()
        .unwrap();
    let sha_crypt = String::from_utf8(o.stdout).unwrap().trim().to_string();
    assert!(sha_crypt.starts_with("$6$"), "{sha_crypt}");
    let bcrypt = bcrypt::hash("bcrypt-pw", 4).unwrap();
    let dir = b.dir.path();
    let mut trailing = String::new();
    for (user, hash) in [("app2", &argon), ("app3", &sha_crypt), ("app4", &bcrypt)] {
        let f = dir.join(format!("{user}.hash"));
        std::fs::write(&f, hash).unwrap();
        trailing.push_str(&format!(
            "[[relay.client]]\nusername = \"{user}\"\npassword_hash = \"file:{}\"\n\n",
            f.display()
        ));
    }
    let cfg = b.config(&Opts {
        trailing,
        ..Opts::default()
    });
    let _d = Daemon(b.spawn(&cfg));
    for (user, pw) in [
        ("app2", "argon-pw"),
        ("app3", "shacrypt-pw"),
        ("app4", "bcrypt-pw"),
    ] {
        let auth = |pw: &str| {
            b.swaks(&[
                "--auth",
                "PLAIN",
                "--auth-user",
                user,
                "--auth-password",
                pw,
                "--from",
                "robot@app.example.org",
                "--to",
                "x@customer.test",
            ])
        };
        let o = auth(pw);
        assert_eq!(o.status.code(), Some(0), "{user}: {}", out(&o));
        let o = auth("wrong");
        assert_ne!(o.status.code(), Some(0), "{user}: {}", out(&o));
        assert!(
            String::from_utf8_lossy(&o.stdout).contains("535 5.7.8"),
            "{}",
            out(&o)
        );
    }
    b.sink.wait_for(3, Duration::from_secs(20));
    let log = b.log();
    assert!(log.contains("unsalted sha256: hash"), "{log}");
    assert!(!log.contains("argon-pw") && !log.contains(&argon), "{log}");
}

/// Point 6. After a message the daemon's connection to the provider closes within
/// `idle_timeout_secs` (1 s here; it used to stay ~50 s, holding one of Exchange's 3 per
/// mailbox); `test-send` with the daemon running goes through the daemon, and explains a
/// 432 without the wrong advice.
#[test]
fn idle_upstream_connections_close_and_test_send_goes_through_the_daemon() {
    let b = Bench::new(SmtpSinkOptions::default());
    let cfg = b.config(&Opts {
        transport: Some(
            daemon::sink_transport(b.sink.port()) + "max_connections = 3\nidle_timeout_secs = 1",
        ),
        ..Opts::default()
    });
    let _d = Daemon(b.spawn(&cfg));
    let o = b.swaks_auth(&["--from", "robot@app.example.org", "--to", "x@customer.test"]);
    assert_eq!(o.status.code(), Some(0), "{}", out(&o));
    b.sink.wait_for(1, Duration::from_secs(20));
    daemon::wait_until(
        "the idle connection closed",
        Duration::from_secs(20),
        || b.sink.active() == 0,
    );

    let o = test_send(&cfg, &["--to", "admin@customer.test"]);
    assert_eq!(o.status.code(), Some(0), "{}", out(&o));
    let stdout = String::from_utf8_lossy(&o.stdout);
    assert!(
        stdout.contains("daemon is running") && stdout.contains("OK: the provider accepted"),
        "{stdout}"
    );
    let got = b.sink.wait_for(2, Duration::from_secs(5));
    let token = stdout
        .split("token ")
        .nth(1)
        .unwrap()
        .split_whitespace()
        .next()
        .unwrap();
    assert!(got[1].header("Subject").unwrap().contains(token));
    assert!(b.queue_json(&cfg).is_empty());

    b.sink.push_reply(
        Stage::Data,
        "432 4.3.2 Concurrent connections limit exceeded",
    );
    let o = test_send(&cfg, &["--to", "admin@customer.test"]);
    assert_eq!(o.status.code(), Some(75), "{}", out(&o));
    let stdout = String::from_utf8_lossy(&o.stdout);
    assert!(
        stdout.contains("432 4.3.2") && stdout.contains("another sender"),
        "{stdout}"
    );
    assert!(stdout.contains("removed from the spool"), "{stdout}");
    assert!(
        b.queue_json(&cfg).is_empty(),
        "the test message is not retried"
    );
}

/// Point 7. `listen = "[::]:port"`: a client on 127.0.0.1 arrives as ::ffff:127.0.0.1 and
/// is loopback (may submit without AUTH here); `check` says so.
#[test]
fn a_dual_stack_listener_treats_ipv4_loopback_as_loopback() {
    let b = Bench::new(SmtpSinkOptions::default());
    let cfg = b.config(&Opts {
        allow_loopback: true,
        listen_host: "[::]",
        ..Opts::default()
    });
    let o = b.cmd(&cfg).arg("check").output().unwrap();
    assert_eq!(o.status.code(), Some(0), "{}", out(&o));
    let text = String::from_utf8_lossy(&o.stdout);
    assert!(
        text.contains("::ffff:127.0.0.1 and counts as loopback"),
        "{text}"
    );
    let _d = Daemon(b.spawn(&cfg));
    let o = b.swaks(&["--from", "robot@app.example.org", "--to", "x@customer.test"]);
    assert_eq!(o.status.code(), Some(0), "{}", out(&o));
    b.sink.wait_for(1, Duration::from_secs(20));
}

/// Point 8. A body line of 999 octets is refused after DATA with a 5xx that says why;
/// 998 octets pass.
#[test]
fn lines_over_998_octets_are_refused_at_data() {
    let b = Bench::new(SmtpSinkOptions::default());
    let cfg = b.config(&Opts::default());
    let _d = Daemon(b.spawn(&cfg));
    let long = "x".repeat(999);
    let o = b.swaks_auth(&[
        "--from",
        "robot@app.example.org",
        "--to",
        "x@customer.test",
        "--body",
        &long,
    ]);
    assert_ne!(o.status.code(), Some(0), "{}", out(&o));
    let text = String::from_utf8_lossy(&o.stdout);
    assert!(text.contains("550 5.6.0") && text.contains("998"), "{text}");
    assert!(b.queue_json(&cfg).is_empty());
    let o = b.swaks_auth(&[
        "--from",
        "robot@app.example.org",
        "--to",
        "x@customer.test",
        "--body",
        &long[1..],
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", out(&o));
    let got = b.sink.wait_for(1, Duration::from_secs(20));
    assert!(got[0].text().contains(&long[1..]));
}

/// Point 9. The EHLO line is our host name and plain text; a SendAs refusal names the real
/// sender and login; a long non-ASCII alias is encoded word by word.
#[test]
fn plain_ehlo_send_as_hint_with_addresses_and_whole_encoded_words() {
    let b = Bench::new(SmtpSinkOptions {
        auth: Some(("relay-login@example.org".into(), "upstream-pw".into())),
        ..SmtpSinkOptions::default()
    });
    std::fs::write(b.dir.path().join("upstream.pw"), "upstream-pw").unwrap();
    let transport = format!(
        "[relay.transport]\ntype = \"smtp\"\nhost = \"127.0.0.1\"\nport = {}\ntls = \"none\"\nauth = \"plain\"\nusername = \"relay-login@example.org\"\npassword = \"file:{}\"\nallow_insecure = true\n",
        b.sink.port(),
        b.dir.path().join("upstream.pw").display()
    );
    let alias = "Équipe Protection des données personnelles de l'entreprise Müller";
    let cfg = b.config(&Opts {
        transport: Some(transport),
        alias,
        ..Opts::default()
    });
    let _d = Daemon(b.spawn(&cfg));
    let (mut c, _) = Raw::connect(b.port);
    let ehlo = c.cmd("EHLO app.example.org");
    assert!(ehlo.starts_with("250-relay.test Hello\r\n"), "{ehlo}");
    assert!(!ehlo.contains("had me"), "{ehlo}");
    c.cmd("QUIT");

    let o = b.swaks_auth(&["--from", "robot@app.example.org", "--to", "x@customer.test"]);
    assert_eq!(o.status.code(), Some(0), "{}", out(&o));
    let got = b.sink.wait_for(1, Duration::from_secs(20));
    let head = got[0].text();
    let from_field = head
        .split("\r\n")
        .skip_while(|l| !l.starts_with("From:"))
        .take_while(|l| l.starts_with("From:") || l.starts_with(' '))
        .collect::<Vec<_>>();
    let words: Vec<String> = from_field
        .iter()
        .flat_map(|l| l.split_whitespace())
        .filter_map(|w| w.strip_prefix("=?UTF-8?B?")?.strip_suffix("?="))
        .map(|b64| {
            use base64::Engine as _;
            String::from_utf8(
                base64::engine::general_purpose::STANDARD
                    .decode(b64)
                    .unwrap(),
            )
            .unwrap()
        })
        .collect();
    assert!(words.len() > 1, "{from_field:?}");
    assert_eq!(words.concat(), alias);
    for w in &words[..words.len() - 1] {
        assert!(
            w.ends_with(' '),
            "an encoded word ends inside a word: {words:?}"
        );
    }

    b.sink.push_reply(
        Stage::Data,
        "554 5.2.252 SendAsDenied; relay-login@example.org not allowed to send as privacy@example.org; STOREDRV.Submission.Exception:SendAsDeniedException.MapiExceptionSendAsDenied",
    );
    let o = b.swaks_auth(&["--from", "robot@app.example.org", "--to", "y@customer.test"]);
    assert_eq!(o.status.code(), Some(0), "{}", out(&o));
    let q = b.wait_queue(&cfg, "failed", |q| rcpt_status(q) == ["failed"]);
    let show = b.queue(&cfg, &["show", q[0]["id"].as_str().unwrap()]);
    let text = String::from_utf8_lossy(&show.stdout);
    assert!(
        text.contains(
            "Add-RecipientPermission privacy@example.org -Trustee relay-login@example.org"
        ),
        "{text}"
    );
    assert!(
        !text.contains("<sender>") && !text.contains("<account"),
        "{text}"
    );
}

/// Point 5, the terminal way: `hash-password` on a pseudo-terminal (util-linux `script`)
/// asks twice with echo off; the password never appears in the output.
#[test]
fn hash_password_reads_a_terminal_without_echo() {
    use std::io::Read;
    let mut child = Command::new("script")
        .args(["-qec", &format!("{BIN} hash-password"), "/dev/null"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("script (util-linux) runs a command on a pseudo-terminal");
    let mut stdin = child.stdin.take().unwrap();
    let mut stdout = child.stdout.take().unwrap();
    let mut seen = Vec::new();
    let wait_for = |what: &str, seen: &mut Vec<u8>, stdout: &mut std::process::ChildStdout| {
        let mut buf = [0u8; 256];
        while !String::from_utf8_lossy(seen).contains(what) {
            let n = stdout.read(&mut buf).unwrap();
            assert!(
                n > 0,
                "no {what:?} prompt: {}",
                String::from_utf8_lossy(seen)
            );
            seen.extend_from_slice(&buf[..n]);
        }
    };
    wait_for("Password: ", &mut seen, &mut stdout);
    stdin.write_all(b"tty-secret\n").unwrap();
    wait_for("Again: ", &mut seen, &mut stdout);
    stdin.write_all(b"tty-secret\n").unwrap();
    // The hash, then the end of its line.
    wait_for("$argon2id$v=19$m=19456,t=2,p=1$", &mut seen, &mut stdout);
    let mut buf = [0u8; 256];
    while !String::from_utf8_lossy(&seen)
        .rsplit("$argon2id$")
        .next()
        .is_some_and(|t| t.contains('\n'))
    {
        let n = stdout.read(&mut buf).unwrap();
        assert!(n > 0, "{}", String::from_utf8_lossy(&seen));
        seen.extend_from_slice(&buf[..n]);
    }
    drop(stdin);
    let _ = child.wait();
    let text = String::from_utf8_lossy(&seen).into_owned();
    assert!(
        !text.contains("tty-secret"),
        "the password was echoed: {text}"
    );
    let hash = text
        .split_whitespace()
        .find(|w| w.starts_with("$argon2id$"))
        .unwrap();
    let parsed = dastra_mailgate::relay::password::StoredHash::parse(hash).unwrap();
    assert!(parsed.verify("tty-secret"));
}

/// Point 4, off loopback: a remote address (this machine's own non-loopback address, over
/// STARTTLS as AUTH requires there) that is banned is refused at connect, before the
/// greeting — even with the right password.
#[test]
fn a_banned_remote_address_is_refused_at_connect() {
    let out_ip = Command::new("hostname").arg("-I").output().unwrap();
    let Some(ip) = String::from_utf8_lossy(&out_ip.stdout)
        .split_whitespace()
        .find(|a| {
            a.parse::<std::net::Ipv4Addr>()
                .is_ok_and(|ip| !ip.is_loopback())
        })
        .map(str::to_string)
    else {
        panic!("this test needs a non-loopback IPv4 address (hostname -I printed none)");
    };
    let b = Bench::new(SmtpSinkOptions::default());
    let (cert, key) = self_signed_cert(b.dir.path(), &[]);
    let cfg = b.config(&Opts {
        listen_host: "0.0.0.0",
        relay_extra: format!(
            "tls_cert_file = \"{}\"\ntls_key_file = \"{}\"",
            cert.display(),
            key.display()
        ),
        limits_extra: "auth_ban_after = 3\nauth_ban_secs = 600".into(),
        ..Opts::default()
    });
    let _d = Daemon(b.spawn(&cfg));
    let server = format!("{ip}:{}", b.port);
    let swaks = |pw: &str| {
        Command::new("swaks")
            .args(["--server", &server, "--timeout", "20", "--tls"])
            .args([
                "--auth",
                "PLAIN",
                "--auth-user",
                CLIENT,
                "--auth-password",
                pw,
            ])
            .args(["--from", "robot@app.example.org", "--to", "x@customer.test"])
            .output()
            .unwrap()
    };
    for i in 0..3 {
        let o = swaks(&format!("wrong{i}"));
        let text = String::from_utf8_lossy(&o.stdout).into_owned();
        assert!(text.contains("535 5.7.8"), "{}", out(&o));
    }
    let mut s = TcpStream::connect(&server).unwrap();
    let mut greeting = String::new();
    let _ = std::io::Read::read_to_string(&mut s, &mut greeting);
    assert!(
        greeting.starts_with("421 4.7.0 Too many failed logins from your address"),
        "{greeting}"
    );
    let o = swaks(CLIENT_PW);
    assert_ne!(o.status.code(), Some(0), "{}", out(&o));
    assert_eq!(b.sink.count(), 0);
    // Loopback clients are not touched by a remote address's ban.
    let o = b.swaks_auth(&["--from", "robot@app.example.org", "--to", "x@customer.test"]);
    assert_eq!(o.status.code(), Some(0), "{}", out(&o));
}
