//! Entry points shared by the fuzz targets (`fuzz/`) and the corpus replay test
//! (`tests/fuzz_replay.rs`): each takes arbitrary bytes, drives one hostile-input surface of
//! the daemon end to end, and panics only when an invariant is broken. Not part of the API.
//!
//! * [`understand_message`]: raw message → understanding → plan → Dastra payload;
//! * [`smtp_session`]: client bytes → the relay listener's session (EHLO, AUTH, DATA, …) →
//!   rewrite → spool;
//! * [`config_text`]: TOML text → load and validate;
//! * [`rewrite_message`]: raw message → the relay's header rewrite.

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};
use std::path::{Path, PathBuf};
use std::pin::Pin;
use std::sync::{Arc, OnceLock};
use std::task::{Context, Poll};
use std::time::Duration;

use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio_util::sync::CancellationToken;

use crate::config::{self, MailboxSettings, Settings};
use crate::ingest::decide::plan::{self, Plan, PlanContext, Target};
use crate::ingest::ledger::Ledger;
use crate::relay::listener::{ClientCredential, ListenerConfig, Submitter};
use crate::relay::rewrite::{RewriteOptions, rewrite};
use crate::relay::spool::Spool;
use crate::understand::{OWN_HEADER, ProblemKind};

/// The relay client the SMTP seeds authenticate as.
pub const SMTP_USER: &str = "app";
/// Its password.
pub const SMTP_PASSWORD: &str = "s3cret";

/// Configuration used by [`understand_message`] for routing and the plan.
const PLAN_CONFIG: &str = r#"
[dastra]
api_key = "env:DASTRA_API_KEY"
workspace_id = 1
area_id = 2

[state]
dir = "/nonexistent/dastra-mailgate-fuzz"

[[mailbox]]
name = "privacy"
host = "imap.example.org"
username = "privacy@example.org"
password = "env:IMAP_PASSWORD"
"#;

fn scratch_dir(what: &str) -> PathBuf {
    let base = if Path::new("/dev/shm").is_dir() {
        PathBuf::from("/dev/shm")
    } else {
        std::env::temp_dir()
    };
    let dir = base.join(format!(
        "dastra-mailgate-fuzz-{what}-{}",
        std::process::id()
    ));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("scratch directory");
    dir
}

struct PlanFixture {
    ctx: PlanContext,
    mailbox: MailboxSettings,
    ledger: Ledger,
}

fn plan_fixture() -> &'static PlanFixture {
    static F: OnceLock<PlanFixture> = OnceLock::new();
    F.get_or_init(|| {
        let (settings, _) = config::load_str(PLAN_CONFIG, Path::new("/fuzz/config.toml"))
            .expect("the fuzz plan configuration is valid");
        let ctx = PlanContext::from_settings(&settings).expect("plan context");
        let ledger = Ledger::open(&scratch_dir("ledger")).expect("ledger");
        PlanFixture {
            mailbox: settings.mailboxes[0].clone(),
            ctx,
            ledger,
        }
    })
}

/// Raw message bytes through the whole understanding step and the plan, down to the JSON
/// body Dastra would receive.
pub fn understand_message(raw: &[u8]) {
    let f = plan_fixture();
    let u = f.ctx.understand(raw);
    assert!(
        !u.problems
            .iter()
            .any(|p| p.kind == ProblemKind::InternalError),
        "the understanding step panicked internally"
    );
    // Dry-run output and the follow-up lookup keys.
    serde_json::to_string(&u).expect("understanding serialises");
    let _ = u.follow_up.candidate_ids();
    for a in &u.attachments {
        assert_file_name_is_safe(&a.name);
    }
    let p = plan::plan(&f.ctx, &f.ledger, &f.mailbox, &u, raw, &u.dedupe_key, true);
    serde_json::to_string(&p).expect("plan serialises");
    if let Plan::Create(c) = &p {
        let shared = bytes::Bytes::copy_from_slice(raw);
        for up in &c.uploads {
            assert_file_name_is_safe(&up.name);
            let _ = up.bytes(&shared, &u);
        }
        if let Target::DataSubjectRequest {
            title,
            locale,
            message,
            ref_id,
            email,
            ..
        } = &c.target
        {
            let mut req = crate::dastra::NewDataSubjectRequest::new(
                title.clone(),
                locale.clone(),
                c.area_id,
                Vec::new(),
            );
            req.email = email.clone();
            req.message = Some(message.clone());
            req.ref_id = Some(ref_id.clone());
            req.fit_to_limits();
            serde_json::to_vec(&req).expect("Dastra payload serialises");
        }
    }
}

/// A name an attachment may be uploaded (or written) under: never a path.
pub fn assert_file_name_is_safe(name: &str) {
    assert!(!name.is_empty(), "empty attachment name");
    assert!(
        !name.contains(['/', '\\', '\0']),
        "attachment name is a path: {name:?}"
    );
    assert!(name != "." && name != "..", "attachment name {name:?}");
    assert!(
        !name
            .chars()
            .any(|c| c.is_control()
                || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')),
        "attachment name has control or bidi characters: {name:?}"
    );
    assert!(
        name.len() <= crate::understand::MAX_NAME_BYTES,
        "attachment name too long: {} bytes",
        name.len()
    );
}

/// TOML text through load and validate: never a panic, and every error names a key path or a
/// position.
pub fn config_text(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    match config::load_str(text, Path::new("/fuzz/config.toml")) {
        Ok((settings, _warnings)) => check_settings(&settings),
        Err(e) => {
            let _ = e.to_string();
        }
    }
}

/// Invariants of a configuration that validated.
fn check_settings(s: &Settings) {
    for m in &s.mailboxes {
        assert!(
            !m.username.chars().any(char::is_control),
            "mailbox.username with a control character validated: {:?}",
            m.username
        );
    }
    if let Some(r) = &s.relay {
        for (what, v) in [
            ("sender", Some(r.sender.as_str())),
            ("alias", r.alias.as_deref()),
            ("hostname", r.hostname.as_deref()),
        ] {
            if let Some(v) = v {
                assert!(
                    !v.chars().any(char::is_control),
                    "relay.{what} with a control character validated: {v:?}"
                );
            }
        }
    }
}

/// Raw message through the relay's rewrite: the header section we write never gains a line
/// that was not a header line in the input, and our marker header appears exactly once.
pub fn rewrite_message(data: &[u8]) {
    // The first byte picks the options; config values carry hostile characters too.
    let (sel, raw) = data.split_first().unwrap_or((&0, &[]));
    let opts = RewriteOptions {
        sender: if sel & 1 == 0 {
            "privacy@example.org".into()
        } else {
            "privacy@example.org\r\nBcc: x@evil.test".into()
        },
        alias: match sel >> 1 & 3 {
            0 => None,
            1 => Some("Privacy Team".into()),
            2 => Some("Équipe\r\nBcc: x@evil.test".into()),
            _ => Some("\"\\\u{202e}\0".into()),
        },
        reply_to_original: sel & 8 != 0,
    };
    let r = rewrite(raw, &opts);
    assert!(
        !r.message_id.contains(['\r', '\n']),
        "Message-ID with a line break"
    );
    let head_end = find(&r.bytes, b"\r\n\r\n")
        .map(|i| i + 2)
        .expect("a header section ending in an empty CRLF line");
    let head = &r.bytes[..head_end];
    // Every header line, ours or passed through: CRLF-terminated, no bare CR, LF or NUL.
    for line in head.split_inclusive(|&b| b == b'\n') {
        assert!(
            line.ends_with(b"\r\n")
                && !line[..line.len() - 2].contains(&b'\r')
                && !line.contains(&0),
            "header line with a bare CR, LF or NUL: {:?}",
            String::from_utf8_lossy(line)
        );
    }
    // Our own lines: everything before the first input header we pass through.
    let marker = format!("{OWN_HEADER}: relay\r\n");
    let own = find(head, marker.as_bytes()).expect("marker header written") + marker.len();
    for line in head[..own].split(|&b| b == b'\n').filter(|l| !l.is_empty()) {
        assert!(line.ends_with(b"\r"), "bare LF in a header we wrote");
        let line = &line[..line.len() - 1];
        assert!(
            !line.contains(&b'\r') && !line.contains(&0),
            "CR or NUL inside a header we wrote: {:?}",
            String::from_utf8_lossy(line)
        );
        assert!(
            line.starts_with(b" ")
                || line.starts_with(b"\t")
                || [
                    "From:",
                    "Reply-To:",
                    "Message-ID:",
                    "Date:",
                    "Auto-Submitted:",
                    OWN_HEADER
                ]
                .iter()
                .any(|n| line.starts_with(n.as_bytes())),
            "unexpected header line we wrote: {:?}",
            String::from_utf8_lossy(line)
        );
        assert!(!line.starts_with(b"Bcc"), "configuration injected a header");
    }
    let marker_lines = head
        .split(|&b| b == b'\n')
        .filter(|l| {
            l.len() > OWN_HEADER.len()
                && l[..OWN_HEADER.len()].eq_ignore_ascii_case(OWN_HEADER.as_bytes())
                && l[OWN_HEADER.len()] == b':'
        })
        .count();
    assert_eq!(marker_lines, 1, "marker header must appear exactly once");
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

/// A client connection made of the fuzz input: reads return it in small chunks, then EOF;
/// writes are kept for inspection.
struct Scripted {
    input: Vec<u8>,
    pos: usize,
    chunk: usize,
    output: Arc<std::sync::Mutex<Vec<u8>>>,
    /// A well-behaved client: nothing to read until the server has written (its greeting).
    wait_for_greeting: bool,
    waker: Option<std::task::Waker>,
}

impl AsyncRead for Scripted {
    fn poll_read(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<std::io::Result<()>> {
        if self.wait_for_greeting && self.output.lock().expect("output lock").is_empty() {
            self.waker = Some(cx.waker().clone());
            return Poll::Pending;
        }
        let n = (self.input.len() - self.pos)
            .min(self.chunk)
            .min(buf.remaining());
        let start = self.pos;
        buf.put_slice(&self.input[start..start + n]);
        self.pos += n;
        Poll::Ready(Ok(()))
    }
}

impl AsyncWrite for Scripted {
    fn poll_write(
        mut self: Pin<&mut Self>,
        _cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<std::io::Result<usize>> {
        {
            let mut out = self.output.lock().expect("output lock");
            // Keep the tail only: a flood of replies must not grow memory without bound here.
            if out.len() > 1 << 20 {
                out.clear();
            }
            out.extend_from_slice(buf);
        }
        if let Some(w) = self.waker.take() {
            w.wake();
        }
        Poll::Ready(Ok(buf.len()))
    }

    fn poll_flush(self: Pin<&mut Self>, _cx: &mut Context<'_>) -> Poll<std::io::Result<()>> {
        Poll::Ready(Ok(()))
    }

    fn poll_shutdown(self: Pin<&mut Self>, _cx: &mut Context<'_>) -> Poll<std::io::Result<()>> {
        Poll::Ready(Ok(()))
    }
}

struct SmtpFixture {
    rt: tokio::runtime::Runtime,
    spool_root: PathBuf,
    submitter: Arc<Submitter>,
}

fn smtp_fixture() -> &'static SmtpFixture {
    static F: OnceLock<SmtpFixture> = OnceLock::new();
    F.get_or_init(|| {
        let spool_root = scratch_dir("spool");
        let submitter = Arc::new(Submitter {
            spool: Spool::open(&spool_root).expect("spool"),
            rewrite: RewriteOptions {
                sender: "privacy@example.org".into(),
                alias: Some("Privacy".into()),
                reply_to_original: true,
            },
            notify: None,
            journal: None,
        });
        SmtpFixture {
            rt: tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .expect("runtime"),
            spool_root,
            submitter,
        }
    })
}

/// A listener configuration for in-memory sessions (no TLS certificate: STARTTLS is refused).
pub fn test_listener_config(allow_unauthenticated_loopback: bool) -> ListenerConfig {
    use sha2::{Digest, Sha256};
    let hash = format!(
        "sha256:{}",
        hex::encode(Sha256::digest(SMTP_PASSWORD.as_bytes()))
    );
    ListenerConfig {
        hostname: "relay.test".into(),
        tls: None,
        clients: vec![ClientCredential {
            username: SMTP_USER.into(),
            hash: crate::relay::password::StoredHash::parse(&hash).expect("a sha256: hash"),
        }],
        allowed_sender_domains: vec!["example.org".into(), "app.example.org".into()],
        allow_unauthenticated_loopback,
        max_message_bytes: 4096,
        max_recipients: 5,
        max_connections: 4,
        command_timeout: Duration::from_secs(30),
        data_timeout: Duration::from_secs(60),
        greeting_delay: Duration::ZERO,
        // No waiting between failed logins here (fuzzing speed); the ban still applies.
        throttle: crate::relay::throttle::AuthThrottle::new(
            crate::relay::throttle::ThrottleSettings {
                base_delay: Duration::ZERO,
                ..Default::default()
            },
        ),
    }
}

/// Client bytes through one relay session. The first byte picks the peer (bits 0–1:
/// loopback or not), the policy (bit 2: `allow_unauthenticated_loopback`), the chunk size
/// (bits 3–6: 1 to 31 bytes) and whether the client talks before the greeting (bit 7: the
/// input is there at once and the listener waits 20 ms before its greeting, the pregreet
/// test; otherwise the client reads nothing until the greeting is written, like an SMTP
/// client). The rest is what the client sends. Returns everything the server answered.
pub fn smtp_session(data: &[u8]) -> Vec<u8> {
    let (sel, input) = data.split_first().unwrap_or((&0, &[]));
    let f = smtp_fixture();
    let peer = match sel & 3 {
        0 => SocketAddr::new(IpAddr::V4(Ipv4Addr::LOCALHOST), 40000),
        1 => SocketAddr::new(IpAddr::V6(Ipv6Addr::LOCALHOST), 40000),
        2 => SocketAddr::new(IpAddr::V4(Ipv4Addr::new(192, 0, 2, 7)), 40000),
        _ => SocketAddr::new(
            IpAddr::V6(Ipv6Addr::new(0x2001, 0xdb8, 0, 0, 0, 0, 0, 7)),
            40000,
        ),
    };
    let pregreet = sel & 0x80 != 0;
    let mut config = test_listener_config(sel & 4 != 0);
    if pregreet {
        config.greeting_delay = Duration::from_millis(20);
    }
    let config = Arc::new(config);
    let output = Arc::new(std::sync::Mutex::new(Vec::new()));
    let conn = Scripted {
        input: input.to_vec(),
        pos: 0,
        chunk: 1 + ((*sel as usize >> 3) & 0x0f) * 2,
        output: output.clone(),
        wait_for_greeting: !pregreet,
        waker: None,
    };
    f.rt.block_on(crate::relay::session::run_stream(
        Box::new(conn),
        peer,
        config,
        f.submitter.clone(),
        CancellationToken::new(),
    ));
    let out = std::mem::take(&mut *output.lock().expect("output lock"));
    check_smtp_transcript(peer, sel & 4 != 0, &out);
    if pregreet && !input.is_empty() {
        let text = String::from_utf8_lossy(&out);
        assert!(
            text.starts_with("554 5.5.1")
                && !text
                    .split("\r\n")
                    .any(|l| l.starts_with("220") || l.starts_with("250")),
            "a client that talked before the greeting was served:\n{text}"
        );
    }
    // Keep the scratch spool small.
    let q = f.spool_root.join("q");
    if std::fs::read_dir(&q).is_ok_and(|mut d| d.next().is_some()) {
        let _ = std::fs::remove_dir_all(&q);
        let _ = std::fs::create_dir_all(&q);
    }
    out
}

/// Policy invariants visible in a transcript: a non-loopback peer, or a loopback peer without
/// `allow_unauthenticated_loopback`, never gets a message queued without a successful AUTH.
fn check_smtp_transcript(peer: SocketAddr, allow_loopback: bool, out: &[u8]) {
    let text = String::from_utf8_lossy(out);
    let open = peer.ip().is_loopback() && allow_loopback;
    if !open && text.contains("250 2.0.0 Ok: queued") {
        assert!(
            text.contains("235 2.7.0"),
            "a message was queued without authentication:\n{text}"
        );
    }
    if !peer.ip().is_loopback() {
        assert!(
            !text.contains("235 2.7.0"),
            "AUTH succeeded in clear text off loopback:\n{text}"
        );
    }
    for line in text.split("\r\n") {
        assert!(
            !line.contains('\n') && !line.contains('\r'),
            "reply with a bare line break"
        );
    }
}
