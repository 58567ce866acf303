//! The security review (SECURITY.md), one test per point that was not already shown
//! elsewhere. Relay sessions run in memory through `relay::session::run_stream`, with tokio's
//! paused clock for the timeouts (no wall-clock assertions).

use std::io::{BufRead, BufReader, Write};
use std::net::{Ipv4Addr, SocketAddr, TcpListener as StdListener};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use dastra_mailgate::config::{self, TlsMode};
use dastra_mailgate::fuzzing::{
    self, assert_file_name_is_safe, smtp_session, test_listener_config,
};
use dastra_mailgate::relay::listener::Submitter;
use dastra_mailgate::relay::rewrite::{RewriteOptions, rewrite};
use dastra_mailgate::relay::spool::Spool;
use dastra_mailgate::secret::SecretString;
use dastra_mailgate::understand::{UnderstandOptions, understand};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio_util::sync::CancellationToken;

const REMOTE: u8 = 2;
const LOOPBACK_OPEN: u8 = 4;

fn plain(user: &str, pw: &str) -> String {
    use base64::Engine as _;
    base64::engine::general_purpose::STANDARD.encode(format!("\0{user}\0{pw}"))
}

fn session(sel: u8, script: &str) -> String {
    let mut input = vec![sel];
    input.extend_from_slice(script.as_bytes());
    String::from_utf8_lossy(&smtp_session(&input)).into_owned()
}

// ─── Not an open relay ────────────────────────────────────────────────────────

#[test]
fn remote_clients_cannot_send_without_auth_nor_auth_in_clear() {
    let auth = plain(fuzzing::SMTP_USER, fuzzing::SMTP_PASSWORD);
    // Even with allow_unauthenticated_loopback set, a remote peer is not loopback.
    for sel in [REMOTE, REMOTE | LOOPBACK_OPEN, 3, 3 | LOOPBACK_OPEN] {
        let t = session(
            sel,
            &format!(
                "EHLO c\r\nAUTH PLAIN {auth}\r\nMAIL FROM:<a@example.org>\r\nRCPT TO:<b@c.test>\r\nDATA\r\nSubject: x\r\n\r\nx\r\n.\r\nQUIT\r\n"
            ),
        );
        assert!(
            !t.contains("AUTH"),
            "AUTH offered in clear off loopback: {t}"
        );
        assert!(t.contains("538 5.7.11"), "{t}");
        assert!(t.contains("530 5.7.0 Authentication required"), "{t}");
        assert!(!t.contains("Ok: queued"), "{t}");
    }
    // On loopback without the switch, AUTH is required too.
    let t = session(0, "EHLO c\r\nMAIL FROM:<a@example.org>\r\nQUIT\r\n");
    assert!(t.contains("530 5.7.0"), "{t}");
}

#[test]
fn repeated_auth_failures_hang_up() {
    let bad = plain(fuzzing::SMTP_USER, "wrong");
    let t = session(
        0,
        &format!(
            "EHLO c\r\nAUTH PLAIN {bad}\r\nAUTH PLAIN {bad}\r\nAUTH PLAIN {bad}\r\nAUTH PLAIN {bad}\r\n"
        ),
    );
    assert_eq!(t.matches("535 5.7.8").count(), 3, "{t}");
    assert!(
        t.trim_end()
            .ends_with("421 4.7.0 Too many authentication failures"),
        "{t}"
    );
    // An authorization identity other than the login is refused (no "log in as A, act as B").
    let other = {
        use base64::Engine as _;
        base64::engine::general_purpose::STANDARD.encode("admin\0app\0s3cret")
    };
    let t = session(0, &format!("EHLO c\r\nAUTH PLAIN {other}\r\n"));
    assert!(t.contains("535 5.7.8"), "{t}");
}

#[test]
fn foreign_and_empty_senders_are_refused() {
    let auth = plain(fuzzing::SMTP_USER, fuzzing::SMTP_PASSWORD);
    for from in [
        "<ceo@evil.test>",
        "<>",
        "<a@example.org.evil.test>",
        "<a@evil.test@example.org>",
        "<@example.org>",
        "<example.org>",
    ] {
        let t = session(
            0,
            &format!("EHLO c\r\nAUTH PLAIN {auth}\r\nMAIL FROM:{from}\r\nRCPT TO:<b@c.test>\r\n"),
        );
        assert!(
            !t.contains("250 2.1.0"),
            "MAIL FROM:{from} was accepted: {t}"
        );
        assert!(t.contains("503 5.5.1 Need MAIL first"), "{from}: {t}");
    }
    // The sender's own domain and configured ones pass (case-insensitively).
    let t = session(
        0,
        &format!("EHLO c\r\nAUTH PLAIN {auth}\r\nMAIL FROM:<Robot@App.Example.ORG>\r\n"),
    );
    assert!(t.contains("250 2.1.0"), "{t}");
}

#[test]
fn recipient_floods_and_oversized_messages_are_refused() {
    let auth = plain(fuzzing::SMTP_USER, fuzzing::SMTP_PASSWORD);
    let rcpts: String = (0..50)
        .map(|i| format!("RCPT TO:<r{i}@c.test>\r\n"))
        .collect();
    let t = session(
        0,
        &format!("EHLO c\r\nAUTH PLAIN {auth}\r\nMAIL FROM:<a@example.org>\r\n{rcpts}QUIT\r\n"),
    );
    assert_eq!(t.matches("250 2.1.5").count(), 5, "{t}");
    assert_eq!(t.matches("452 4.5.3").count(), 45, "{t}");

    // 4096 bytes is the test limit: SIZE= says too big, and DATA that is too big is
    // discarded as it arrives (the 552 comes after the final dot, nothing is queued).
    let body = "y".repeat(998) + "\r\n";
    let t = session(
        0,
        &format!(
            "EHLO c\r\nAUTH PLAIN {auth}\r\nMAIL FROM:<a@example.org> SIZE=5000\r\nMAIL FROM:<a@example.org>\r\nRCPT TO:<b@c.test>\r\nDATA\r\nSubject: big\r\n\r\n{}.\r\nQUIT\r\n",
            body.repeat(100)
        ),
    );
    assert_eq!(t.matches("552 5.3.4").count(), 2, "{t}");
    assert!(!t.contains("Ok: queued"), "{t}");
    assert!(t.contains("221 2.0.0"), "the session survives: {t}");
}

#[test]
fn junk_commands_hang_up() {
    // Unrecognised commands (SMTP clients send none; an HTTP request or a smuggled protocol
    // sends several): the third closes the connection.
    let t = session(0, &"GARBAGE\r\n".repeat(100));
    assert!(
        t.trim_end()
            .ends_with("421 4.7.0 Too many unrecognized commands, closing connection"),
        "{t}"
    );
    assert_eq!(t.matches("500 5.5.1").count(), 2, "{t}");
    // Commands with bad syntax: after 20.
    let t = session(0, &"MAIL FROM:<a@example.org> XYZZY=1\r\n".repeat(100));
    assert!(
        t.trim_end()
            .ends_with("421 4.7.0 Too many errors, closing connection"),
        "{t}"
    );
    assert_eq!(t.matches("\r\n5").count(), 21, "{t}");
}

/// HTTP requests and header lines are not SMTP (Postfix's `smtpd_forbidden_commands`): the
/// connection closes at the first one, before any command of the body is served.
#[test]
fn http_requests_and_header_lines_close_the_connection() {
    for script in [
        "POST / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\nEHLO x\r\nMAIL FROM:<a@example.org>\r\n",
        "EHLO x\r\nUser-Agent: curl/8\r\nMAIL FROM:<a@example.org>\r\n",
        "get / HTTP/1.0\r\n",
    ] {
        let t = session(4, script);
        assert!(t.trim_end().ends_with("Closing connection"), "{t}");
        assert!(t.contains("521 5.5.1"), "{t}");
        assert!(!t.contains("250 2.1.0"), "{t}");
    }
}

fn submitter(dir: &Path) -> Arc<Submitter> {
    Arc::new(Submitter {
        spool: Spool::open(dir).unwrap(),
        rewrite: RewriteOptions {
            sender: "privacy@example.org".into(),
            alias: None,
            reply_to_original: false,
        },
        notify: None,
        journal: None,
    })
}

/// Runs a session over an in-memory pipe of `buffer` bytes; returns the client's half.
fn start_session(
    buffer: usize,
    dir: &Path,
) -> (tokio::io::DuplexStream, tokio::task::JoinHandle<()>) {
    let (client, server) = tokio::io::duplex(buffer);
    let peer = SocketAddr::from((Ipv4Addr::LOCALHOST, 40000));
    let handle = tokio::spawn(dastra_mailgate::relay::session::run_stream(
        Box::new(server),
        peer,
        Arc::new(test_listener_config(true)),
        submitter(dir),
        CancellationToken::new(),
    ));
    (client, handle)
}

async fn read_all(client: &mut tokio::io::DuplexStream) -> String {
    let mut out = Vec::new();
    let _ = client.read_to_end(&mut out).await;
    String::from_utf8_lossy(&out).into_owned()
}

/// Slow-loris: one byte every 20 s keeps every single read under the 30 s command timeout,
/// but the command as a whole must arrive within it.
#[tokio::test(start_paused = true)]
async fn slow_loris_commands_are_cut_off() {
    let dir = tempfile::tempdir().unwrap();
    let (mut client, handle) = start_session(4096, dir.path());
    for b in b"NOOP\r\nNOOP\r\n" {
        tokio::time::sleep(Duration::from_secs(20)).await;
        if client.write_all(&[*b]).await.is_err() {
            break;
        }
    }
    let t = read_all(&mut client).await;
    handle.await.unwrap();
    assert!(t.contains("421 4.4.2 Timeout"), "{t}");
    assert!(
        !t.contains("250 2.0.0 OK"),
        "a trickled command was served: {t}"
    );
}

/// The same during DATA: the whole message must arrive within `data_timeout` (60 s here).
#[tokio::test(start_paused = true)]
async fn slow_loris_data_is_cut_off() {
    let dir = tempfile::tempdir().unwrap();
    let (mut client, handle) = start_session(4096, dir.path());
    // An SMTP client waits for the greeting (talking first is refused: the pregreet test).
    let mut greeting = [0u8; 128];
    let n = client.read(&mut greeting).await.unwrap();
    assert!(greeting[..n].starts_with(b"220 "));
    client
        .write_all(b"EHLO c\r\nMAIL FROM:<a@example.org>\r\nRCPT TO:<b@c.test>\r\nDATA\r\n")
        .await
        .unwrap();
    for b in b"Subject: slow\r\n\r\nbody\r\n.\r\n" {
        tokio::time::sleep(Duration::from_secs(25)).await;
        if client.write_all(&[*b]).await.is_err() {
            break;
        }
    }
    let t = read_all(&mut client).await;
    handle.await.unwrap();
    assert!(t.contains("354 "), "{t}");
    assert!(t.contains("421 4.4.2 Timeout"), "{t}");
    assert!(!t.contains("Ok: queued"), "{t}");
    assert!(
        std::fs::read_dir(dir.path().join("q"))
            .unwrap()
            .next()
            .is_none()
    );
}

/// Pipelining abuse: a client that pipelines thousands of commands and never reads the
/// replies fills its receive buffer; the session must give up instead of waiting forever.
#[tokio::test(start_paused = true)]
async fn a_client_that_never_reads_is_dropped() {
    let dir = tempfile::tempdir().unwrap();
    let (client, handle) = start_session(256, dir.path());
    let (_read_half, mut write_half) = tokio::io::split(client);
    let writer = tokio::spawn(async move {
        // After the greeting went out (talking first would be refused at once).
        tokio::time::sleep(Duration::from_secs(1)).await;
        for _ in 0..100_000 {
            if write_half.write_all(b"NOOP\r\n").await.is_err() {
                break;
            }
        }
    });
    // Virtual time: an hour passes only if every task is stuck.
    let ended = tokio::time::timeout(Duration::from_secs(3600), handle).await;
    assert!(
        ended.is_ok(),
        "the session is still blocked on a client that does not read"
    );
    writer.abort();
}

#[test]
fn connections_over_the_limit_are_refused() {
    let rt = tokio::runtime::Runtime::new().unwrap();
    let dir = tempfile::tempdir().unwrap();
    rt.block_on(async {
        let listener = dastra_mailgate::relay::listener::bind("127.0.0.1:0".parse().unwrap())
            .await
            .unwrap();
        let addr = listener.local_addr().unwrap();
        let mut cfg = test_listener_config(true);
        cfg.max_connections = 1;
        let cancel = CancellationToken::new();
        let tracker = tokio_util::task::TaskTracker::new();
        let server = tokio::spawn(dastra_mailgate::relay::listener::serve(
            listener,
            Arc::new(cfg),
            submitter(dir.path()),
            cancel.clone(),
            tracker.clone(),
        ));
        let mut first = tokio::net::TcpStream::connect(addr).await.unwrap();
        let mut buf = [0u8; 256];
        let n = first.read(&mut buf).await.unwrap();
        assert!(buf[..n].starts_with(b"220 "), "{:?}", &buf[..n]);
        let mut second = tokio::net::TcpStream::connect(addr).await.unwrap();
        let mut out = Vec::new();
        second.read_to_end(&mut out).await.unwrap();
        assert_eq!(out, b"421 4.7.0 Too many connections, try again later\r\n");
        drop(first);
        cancel.cancel();
        server.await.unwrap();
        tracker.close();
        tracker.wait().await;
    });
}

// ─── Header injection ─────────────────────────────────────────────────────────

const RELAY_CONFIG: &str = r#"
[state]
dir = "/var/lib/dastra-mailgate"

[relay]
enabled = true
listen = "127.0.0.1:2525"
sender = "privacy@example.org"
allow_unauthenticated_loopback = true

[relay.transport]
type = "smtp"
host = "smtp.example.org"
port = 587
tls = "starttls"
auth = "plain"
username = "privacy@example.org"
password = "env:SMTP_PW"
"#;

fn load(text: &str) -> Result<(), String> {
    config::load_str(text, Path::new("/etc/dastra-mailgate/config.toml"))
        .map(|_| ())
        .map_err(|e| e.to_string())
}

#[test]
fn config_rejects_line_breaks_in_anything_we_write_into_a_header_or_command() {
    load(RELAY_CONFIG).expect("the base configuration is valid");
    let cases = [
        (
            "sender = \"privacy@example.org\"",
            "sender = \"privacy@example.org\\r\\nBcc: x@evil.test\"",
            "relay.sender",
        ),
        (
            "allow_unauthenticated_loopback = true",
            "allow_unauthenticated_loopback = true\nalias = \"Privacy\\r\\nBcc: x@evil.test\"",
            "relay.alias",
        ),
        (
            "allow_unauthenticated_loopback = true",
            "allow_unauthenticated_loopback = true\nalias = \"Privacy\\u0000Team\"",
            "relay.alias",
        ),
        (
            "allow_unauthenticated_loopback = true",
            "allow_unauthenticated_loopback = true\nhostname = \"relay.example.org\\r\\n250 evil\"",
            "relay.hostname",
        ),
        (
            "username = \"privacy@example.org\"",
            "username = \"privacy@example.org\\r\\nRSET\"",
            "relay.transport.username",
        ),
    ];
    for (from, to, key) in cases {
        let text = RELAY_CONFIG.replacen(from, to, 1);
        assert_ne!(text, RELAY_CONFIG);
        let err = load(&text).expect_err(to);
        assert!(err.contains(key), "{key}: {err}");
    }
    let client = format!(
        "{RELAY_CONFIG}\n[[relay.client]]\nusername = \"app\\nx\"\npassword_hash = \"sha256:{}\"\n",
        "0".repeat(64)
    );
    assert!(
        load(&client)
            .unwrap_err()
            .contains("relay.client[0].username")
    );

    let mailbox = r#"
[dastra]
api_key = "env:K"
workspace_id = 1
area_id = 1

[state]
dir = "/var/lib/dastra-mailgate"

[[mailbox]]
name = "privacy"
host = "imap.example.org"
username = "privacy@example.org\r\na2 DELETE INBOX"
password = "env:IMAP_PASSWORD"
"#;
    assert!(load(mailbox).unwrap_err().contains("mailbox[0].username"));
}

#[test]
fn rewrite_writes_only_crlf_header_lines() {
    // A client's From with bare LF and folding becomes our Reply-To: CRLF only.
    let raw = b"From: \"Robot\"\n <robot@app.example.org>\r\nSubject: s\n\nbody\n";
    let r = rewrite(
        raw,
        &RewriteOptions {
            sender: "privacy@example.org".into(),
            alias: Some("Privacy\r\nBcc: x@evil.test".into()),
            reply_to_original: true,
        },
    );
    let text = String::from_utf8_lossy(&r.bytes);
    let reply_to_at = text.find("Reply-To:").expect("Reply-To written");
    let ours = &text[..text.find("X-Dastra-Mailgate: relay\r\n").unwrap()];
    assert!(
        !ours.replace("\r\n", "").contains(['\r', '\n']),
        "bare CR/LF in our headers: {ours:?}"
    );
    assert!(
        text[reply_to_at..].starts_with("Reply-To: \"Robot\"\r\n <robot@app.example.org>\r\n"),
        "{text}"
    );
    assert!(!text.lines().any(|l| l.starts_with("Bcc:")), "{text}");
    // The fuzz target's invariants, on the same input.
    let mut input = vec![0b1111u8];
    input.extend_from_slice(raw);
    fuzzing::rewrite_message(&input);

    // Found by the fuzzer (fuzz/regressions/rewrite/colonless-line-marker-smuggled): with
    // LF-only header lines, a line without a colon ends our header section, but the empty
    // line we add after it was "\n\r\n", so a lenient parser could read the client's
    // own marker header below it as a header. Passed-through lines are now CRLF.
    let raw = b"From: a@app.example.org\nTo: b@c.test\nNot a header line\nX-Dastra-Mailgate: ack\n\nbody\n";
    let out = rewrite(
        raw,
        &RewriteOptions {
            sender: "privacy@example.org".into(),
            alias: None,
            reply_to_original: false,
        },
    )
    .bytes;
    let text = String::from_utf8_lossy(&out);
    let (head, _) = text
        .split_once("\r\n\r\n")
        .expect("one clear end of headers");
    assert!(!head.replace("\r\n", "").contains('\n'), "{head:?}");
    assert_eq!(head.matches("X-Dastra-Mailgate:").count(), 1, "{head:?}");
    assert!(head.ends_with("\r\nTo: b@c.test"), "{head:?}");
}

// ─── Attachment names ─────────────────────────────────────────────────────────

#[test]
fn hostile_attachment_names_never_become_paths() {
    let names = [
        "../../etc/passwd".to_string(),
        "/etc/shadow".into(),
        "C:\\Windows\\system32\\evil.dll".into(),
        "..".into(),
        "invoice\u{202E}fdp.exe".into(),
        format!("{}.pdf", "a".repeat(600)),
        "CON.txt".into(),
        "   ...   ".into(),
    ];
    let mut raw = String::from(
        "From: jane@example.com\r\nTo: privacy@example.org\r\nSubject: docs\r\nMessage-ID: <n@x>\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"b\"\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nsee attached\r\n",
    );
    for n in &names {
        // RFC 2231 percent-encoding lets NUL and any byte into the name.
        let enc: String = n.bytes().map(|b| format!("%{b:02X}")).collect();
        raw.push_str(&format!(
            "--b\r\nContent-Type: application/pdf\r\nContent-Disposition: attachment; filename*=UTF-8''{enc}%00x\r\nContent-Transfer-Encoding: base64\r\n\r\nJVBERi0xLjQK\r\n"
        ));
    }
    raw.push_str("--b--\r\n");
    let u = understand(raw.as_bytes(), &UnderstandOptions::default());
    assert_eq!(u.attachments.len(), names.len(), "{:?}", u.attachments);
    for a in &u.attachments {
        assert_file_name_is_safe(&a.name);
    }
    // The whole path (plan, uploads) through the fuzz entry point.
    fuzzing::understand_message(raw.as_bytes());
}

#[test]
fn raw_copies_of_failed_mail_use_generated_names() {
    let rt = tokio::runtime::Runtime::new().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let key = dir.path().join("k");
    std::fs::write(&key, "x").unwrap();
    let text = format!(
        "[dastra]\nbase_url = \"http://127.0.0.1:9\"\napi_key = \"file:{}\"\nworkspace_id = 1\narea_id = 1\n\n[state]\ndir = \"{}\"\n\n[[mailbox]]\nname = \"../../etc\"\nhost = \"imap.example.org\"\nusername = \"c@example.org\"\npassword = \"env:UNUSED\"\n",
        key.display(),
        dir.path().join("state").display()
    );
    let (settings, _) = config::load_str(&text, &dir.path().join("c.toml"))
        .or_else(|_| {
            // A mailbox name with a path in it may be refused outright: that is fine too.
            config::load_str(
                &text.replace("../../etc", "etc"),
                &dir.path().join("c.toml"),
            )
        })
        .unwrap();
    std::fs::create_dir_all(&settings.state_dir).unwrap();
    let settings = Arc::new(settings);
    let p = dastra_mailgate::app::pipeline(settings.clone()).unwrap();
    let mb = settings.mailboxes[0].clone();
    // Nested past the depth limit: parked, so failed without any Dastra call.
    let deep = format!(
        "From: a@example.com\r\nSubject: x\r\nMessage-ID: <deep@x>\r\n{}\r\nend\r\n",
        "Content-Type: message/rfc822\r\n\r\nFrom: b@example.com\r\n".repeat(20)
    );
    let out = rt
        .block_on(dastra_mailgate::ingest::pipeline::handle_raw(
            &p,
            &mb,
            &bytes::Bytes::from(deep.clone().into_bytes()),
            7,
            42,
        ))
        .unwrap();
    assert_eq!(
        out,
        dastra_mailgate::ingest::pipeline::Verdict::Finished(
            dastra_mailgate::ingest::ledger::Outcome::Failed
        )
    );
    let failed = settings.state_dir.join("failed");
    let mut files = Vec::new();
    walk(&failed, &mut files);
    assert_eq!(files.len(), 1, "{files:?}");
    let f = &files[0];
    assert!(f.starts_with(&failed), "{f:?}");
    let name = f.file_name().unwrap().to_string_lossy();
    assert!(
        name.starts_with("7-42-") && name.ends_with(".eml"),
        "{name}"
    );
    assert_eq!(std::fs::read(f).unwrap(), deep.as_bytes());
    use std::os::unix::fs::PermissionsExt;
    assert_eq!(
        std::fs::metadata(f).unwrap().permissions().mode() & 0o777,
        0o600
    );
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            walk(&p, out);
        } else {
            out.push(p);
        }
    }
}

// ─── TLS ──────────────────────────────────────────────────────────────────────

/// No code path can switch certificate verification off: the only `dangerous()` call
/// installs the platform verifier, and no accept-invalid switch exists anywhere.
#[test]
fn no_certificate_verification_bypass_in_the_code() {
    let mut files = Vec::new();
    walk(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut files,
    );
    let mut dangerous = Vec::new();
    for f in files
        .iter()
        .filter(|f| f.extension().is_some_and(|e| e == "rs"))
    {
        let text = std::fs::read_to_string(f).unwrap();
        for bad in [
            "danger_accept_invalid",
            "accept_invalid_certs",
            "accept_invalid_hostnames",
            "NoCertificateVerification",
            "ServerCertVerified::assertion",
            "dangerous_configuration",
        ] {
            assert!(!text.contains(bad), "{} contains {bad}", f.display());
        }
        for (i, _) in text.match_indices(".dangerous()") {
            dangerous.push((f.clone(), text[i..].chars().take(200).collect::<String>()));
        }
    }
    assert_eq!(dangerous.len(), 1, "{dangerous:?}");
    assert!(dangerous[0].0.ends_with("src/ingest/source/imap.rs"));
    assert!(
        dangerous[0]
            .1
            .contains("with_custom_certificate_verifier(Arc::new(verifier))")
    );
}

#[test]
fn config_has_no_switch_to_skip_certificate_checks() {
    for (section, extra) in [
        ("[relay.transport]", "accept_invalid_certs = true"),
        ("[relay.transport]", "tls_verify = false"),
        ("[relay.transport]", "insecure_skip_verify = true"),
    ] {
        let text = RELAY_CONFIG.replacen(section, &format!("{section}\n{extra}"), 1);
        let err = load(&text).expect_err(extra);
        assert!(err.contains(extra.split(' ').next().unwrap()), "{err}");
    }
}

struct Pki {
    dir: tempfile::TempDir,
}

impl Pki {
    /// A CA and a leaf for localhost/127.0.0.1 signed by it, and an unrelated second CA.
    fn new() -> Pki {
        let dir = tempfile::tempdir().unwrap();
        let sh = |script: &str| {
            let ok = Command::new("sh")
                .arg("-c")
                .arg(script)
                .current_dir(dir.path())
                .output()
                .expect("openssl");
            assert!(
                ok.status.success(),
                "{}",
                String::from_utf8_lossy(&ok.stderr)
            );
        };
        sh(
            "openssl req -x509 -newkey rsa:2048 -nodes -keyout ca.key -out ca.pem -days 2 -subj '/CN=Test CA' \
            && openssl req -x509 -newkey rsa:2048 -nodes -keyout other.key -out other.pem -days 2 -subj '/CN=Other CA' \
            && openssl req -newkey rsa:2048 -nodes -keyout key.pem -out leaf.csr -subj '/CN=localhost' \
            && printf 'subjectAltName=DNS:localhost,IP:127.0.0.1\\nbasicConstraints=critical,CA:FALSE\\nkeyUsage=critical,digitalSignature,keyEncipherment\\nextendedKeyUsage=serverAuth\\n' > leaf.ext \
            && openssl x509 -req -in leaf.csr -CA ca.pem -CAkey ca.key -CAcreateserial -out cert.pem -days 2 -extfile leaf.ext",
        );
        Pki { dir }
    }

    fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    fn acceptor(&self) -> tokio_rustls::TlsAcceptor {
        use rustls_pki_types::pem::PemObject;
        use rustls_pki_types::{CertificateDer, PrivateKeyDer};
        let certs: Vec<CertificateDer<'static>> =
            CertificateDer::pem_file_iter(self.path("cert.pem"))
                .unwrap()
                .collect::<Result<_, _>>()
                .unwrap();
        let key = PrivateKeyDer::from_pem_file(self.path("key.pem")).unwrap();
        let provider = Arc::new(rustls::crypto::aws_lc_rs::default_provider());
        let cfg = rustls::ServerConfig::builder_with_provider(provider)
            .with_safe_default_protocol_versions()
            .unwrap()
            .with_no_client_auth()
            .with_single_cert(certs, key)
            .unwrap();
        tokio_rustls::TlsAcceptor::from(Arc::new(cfg))
    }
}

/// What a scripted IMAP server saw.
type Seen = Arc<Mutex<Vec<String>>>;

/// An IMAP server on loopback: implicit TLS with the PKI's leaf, or plain text that refuses
/// STARTTLS. Records every command line it reads; answers `NO` to all of them.
async fn imap_server(tls: Option<tokio_rustls::TlsAcceptor>) -> (u16, Seen) {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    let seen: Seen = Arc::default();
    let s2 = seen.clone();
    tokio::spawn(async move {
        let Ok((tcp, _)) = listener.accept().await else {
            return;
        };
        let stream: Box<dyn dastra_mailgate::relay::session::Conn> = match tls {
            Some(acc) => match acc.accept(tcp).await {
                Ok(t) => Box::new(t),
                Err(e) => {
                    s2.lock().unwrap().push(format!("handshake failed: {e}"));
                    return;
                }
            },
            None => Box::new(tcp),
        };
        let (r, mut w) = tokio::io::split(stream);
        let _ = w.write_all(b"* OK ready\r\n").await;
        let mut lines = tokio::io::BufReader::new(r);
        loop {
            let mut line = String::new();
            use tokio::io::AsyncBufReadExt;
            match lines.read_line(&mut line).await {
                Ok(0) | Err(_) => break,
                Ok(_) => {}
            }
            s2.lock().unwrap().push(line.trim_end().to_string());
            let tag = line.split(' ').next().unwrap_or("*").to_string();
            let _ = w
                .write_all(format!("{tag} NO refused\r\n").as_bytes())
                .await;
        }
    });
    (port, seen)
}

fn mailbox(port: u16, tls: &str, ca: Option<&Path>) -> config::MailboxSettings {
    let ca = ca
        .map(|p| format!("ca_file = \"{}\"\n", p.display()))
        .unwrap_or_default();
    let text = format!(
        "[dastra]\napi_key = \"env:K\"\nworkspace_id = 1\narea_id = 1\n\n[state]\ndir = \"/var/lib/x\"\n\n[[mailbox]]\nname = \"m\"\nhost = \"localhost\"\nport = {port}\ntls = \"{tls}\"\n{ca}username = \"u@example.org\"\npassword = \"env:UNUSED\"\ncommand_timeout_secs = 10\n"
    );
    let (s, _) = config::load_str(&text, Path::new("/etc/x.toml")).unwrap();
    s.mailboxes[0].clone()
}

#[tokio::test]
async fn imap_refuses_a_certificate_it_cannot_verify() {
    use dastra_mailgate::ingest::source::imap::{Credentials, ImapError, connect};
    let pki = Pki::new();
    let creds = Credentials::Password(SecretString::new("pw-must-not-leak"));
    // Untrusted: a CA file that did not sign the server's certificate, and the system roots.
    for ca in [Some(pki.path("other.pem")), None] {
        let (port, seen) = imap_server(Some(pki.acceptor())).await;
        let cfg = mailbox(port, "implicit", ca.as_deref());
        assert_eq!(cfg.tls, TlsMode::Implicit);
        let err = connect(&cfg, &creds)
            .await
            .err()
            .expect("connected to an untrusted server");
        assert!(matches!(err, ImapError::Tls { .. }), "{err}");
        tokio::time::sleep(Duration::from_millis(50)).await;
        let seen = seen.lock().unwrap().clone();
        assert!(seen.iter().all(|l| !l.contains("LOGIN")), "{seen:?}");
    }
    // Control: the right CA gets through the handshake, to LOGIN.
    let (port, seen) = imap_server(Some(pki.acceptor())).await;
    let cfg = mailbox(port, "implicit", Some(&pki.path("ca.pem")));
    let err = connect(&cfg, &creds)
        .await
        .err()
        .expect("the server refuses LOGIN");
    assert!(matches!(err, ImapError::Auth { .. }), "{err}");
    assert!(seen.lock().unwrap().iter().any(|l| l.contains("LOGIN")));
    assert!(!err.to_string().contains("pw-must-not-leak"));
}

#[tokio::test]
async fn imap_starttls_refused_is_not_downgraded() {
    use dastra_mailgate::ingest::source::imap::{Credentials, connect};
    let (port, seen) = imap_server(None).await;
    let cfg = mailbox(port, "starttls", None);
    let creds = Credentials::Password(SecretString::new("pw"));
    assert!(connect(&cfg, &creds).await.is_err());
    tokio::time::sleep(Duration::from_millis(50)).await;
    let seen = seen.lock().unwrap().clone();
    assert!(seen.iter().any(|l| l.contains("STARTTLS")), "{seen:?}");
    assert!(
        seen.iter()
            .all(|l| !l.contains("LOGIN") && !l.contains("AUTHENTICATE")),
        "credentials were sent without TLS: {seen:?}"
    );
}

/// An SMTP provider that does not offer STARTTLS (or strips it, as a MITM would): delivery
/// with `tls = "starttls"` fails; no AUTH, no MAIL in clear.
#[tokio::test]
async fn smtp_delivery_refuses_a_starttls_downgrade() {
    use dastra_mailgate::config::SmtpAuth;
    use dastra_mailgate::relay::delivery::Transport;
    use dastra_mailgate::relay::delivery::smtp::{SmtpParams, SmtpTransport};
    let listener = StdListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let seen: Seen = Arc::default();
    let s2 = seen.clone();
    std::thread::spawn(move || {
        let (tcp, _) = listener.accept().unwrap();
        let mut w = tcp.try_clone().unwrap();
        let _ = w.write_all(b"220 provider ESMTP\r\n");
        for line in BufReader::new(tcp).lines() {
            let Ok(line) = line else { break };
            s2.lock().unwrap().push(line.clone());
            let reply: &[u8] = if line.starts_with("EHLO") {
                b"250-provider\r\n250-AUTH PLAIN LOGIN\r\n250 8BITMIME\r\n"
            } else if line.starts_with("QUIT") {
                b"221 bye\r\n"
            } else {
                b"250 ok\r\n"
            };
            if w.write_all(reply).is_err() {
                break;
            }
        }
    });
    let t = SmtpTransport::new(
        SmtpParams {
            host: "localhost".into(),
            port,
            tls: TlsMode::StartTls,
            auth: SmtpAuth::Plain,
            username: Some("privacy@example.org".into()),
            password: Some(SecretString::new("smtp-pw-must-not-leak")),
            ca_pem: None,
            max_connections: 1,
            hello_name: "relay.test".into(),
            timeout: Duration::from_secs(10),
            idle_timeout: dastra_mailgate::relay::delivery::smtp::IDLE_TIMEOUT,
        },
        None,
    )
    .unwrap();
    let err = t
        .send(
            "privacy@example.org",
            &["x@customer.test".to_string()],
            b"Subject: x\r\n\r\nx\r\n",
        )
        .await
        .expect_err("delivered without TLS");
    assert!(!err.to_string().contains("smtp-pw-must-not-leak"));
    let seen = seen.lock().unwrap().clone();
    assert!(
        seen.iter()
            .all(|l| !l.starts_with("AUTH") && !l.starts_with("MAIL")),
        "sent in clear: {seen:?}"
    );
}

// ─── OAuth ────────────────────────────────────────────────────────────────────

/// A token endpoint that answers with a redirect is an error; the redirect target never sees
/// the request (and so never sees the client secret or the code).
#[tokio::test]
async fn token_requests_never_follow_redirects() {
    use dastra_mailgate::oauth::http::{Http, Meta};
    let thief = StdListener::bind("127.0.0.1:0").unwrap();
    thief.set_nonblocking(true).unwrap();
    let thief_port = thief.local_addr().unwrap().port();
    let endpoint = StdListener::bind("127.0.0.1:0").unwrap();
    let port = endpoint.local_addr().unwrap().port();
    std::thread::spawn(move || {
        for status in ["307 Temporary Redirect", "302 Found"] {
            let (mut tcp, _) = endpoint.accept().unwrap();
            let mut buf = [0u8; 4096];
            let _ = std::io::Read::read(&mut tcp, &mut buf);
            let _ = write!(
                tcp,
                "HTTP/1.1 {status}\r\nLocation: http://127.0.0.1:{thief_port}/steal\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
            );
        }
    });
    let http = Http::new().unwrap();
    for _ in 0..2 {
        let err = http
            .post_form(
                &format!("http://127.0.0.1:{port}/token"),
                &[
                    ("grant_type", "authorization_code"),
                    ("client_secret", "cs-must-not-leak"),
                    ("code", "c"),
                ],
                &Meta::default(),
            )
            .await
            .expect_err("a redirect was followed");
        let text = err.to_string();
        assert!(text.contains("redirect"), "{text}");
        assert!(!text.contains("cs-must-not-leak"), "{text}");
    }
    assert!(thief.accept().is_err(), "the redirect target was contacted");
}

// ─── Secrets ──────────────────────────────────────────────────────────────────

#[test]
fn secrets_never_print() {
    let s = SecretString::new("hunter2-secret");
    assert!(!format!("{s:?} {s}").contains("hunter2"));
    let cfg = test_listener_config(false);
    let dbg = format!("{cfg:?}");
    let hash = {
        use sha2::{Digest, Sha256};
        hex::encode(Sha256::digest(fuzzing::SMTP_PASSWORD.as_bytes()))
    };
    assert!(
        !dbg.contains(&hash[..16]) && !dbg.contains("sha256"),
        "{dbg}"
    );
    // Settings hold references to secrets, never their values.
    let (settings, _) = config::load_str(RELAY_CONFIG, Path::new("/etc/x.toml")).unwrap();
    // SAFETY: single-threaded test setup.
    unsafe { std::env::set_var("SMTP_PW", "smtp-value-must-not-print") };
    assert!(!format!("{settings:?}").contains("smtp-value-must-not-print"));
}

#[test]
fn core_dumps_are_off() {
    dastra_mailgate::secret::forbid_core_dumps();
    let mut lim = libc::rlimit {
        rlim_cur: 1,
        rlim_max: 1,
    };
    // SAFETY: getrlimit/prctl with valid arguments.
    let dumpable = unsafe {
        libc::getrlimit(libc::RLIMIT_CORE, &mut lim);
        libc::prctl(libc::PR_GET_DUMPABLE, 0, 0, 0, 0)
    };
    assert_eq!((lim.rlim_cur, lim.rlim_max), (0, 0));
    assert_eq!(dumpable, 0);
    let main =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("src/main.rs")).unwrap();
    assert!(main.contains("forbid_core_dumps()"));
}

// ─── Log injection ────────────────────────────────────────────────────────────

#[derive(Clone, Default)]
struct Buf(Arc<Mutex<Vec<u8>>>);

impl Write for Buf {
    fn write(&mut self, b: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(b);
        Ok(b.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[test]
fn text_logs_escape_mail_controlled_strings() {
    let buf = Buf::default();
    let b2 = buf.clone();
    let subscriber = tracing_subscriber::fmt()
        .with_ansi(false)
        .fmt_fields(dastra_mailgate::telemetry::escaped_fields())
        .with_writer(move || b2.clone())
        .finish();
    let evil = "Hello\r\n2026-01-01T00:00:00Z ERROR forged line\u{1b}[31m\u{202e}";
    tracing::subscriber::with_default(subscriber, || {
        tracing::warn!(subject = %evil, sender = evil, "Ignored: {}", evil);
    });
    let out = String::from_utf8(buf.0.lock().unwrap().clone()).unwrap();
    assert_eq!(out.matches('\n').count(), 1, "{out:?}");
    assert!(
        !out.contains('\r') && !out.contains('\u{1b}') && !out.contains('\u{202e}'),
        "{out:?}"
    );
    assert!(
        out.contains("forged line"),
        "the text is kept, escaped: {out:?}"
    );
}

// ─── Resource limits ──────────────────────────────────────────────────────────

/// Archives are never unpacked: no decompression crate is in the dependency tree, and a
/// zip attachment is carried as the bytes it is.
#[test]
fn archives_are_never_unpacked() {
    let lock =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("Cargo.lock")).unwrap();
    for c in [
        "zip",
        "tar",
        "unrar",
        "sevenz-rust",
        "sevenz-rust2",
        "compress-tools",
    ] {
        assert!(
            !lock.contains(&format!("\nname = \"{c}\"\n")),
            "{c} is a dependency"
        );
    }
    use base64::Engine as _;
    // A "zip bomb" header: 42.zip starts like any zip; its bytes must come out unchanged.
    let zip = b"PK\x03\x04\x14\x00\x00\x00\x08\x00bomb-bytes".to_vec();
    let raw = format!(
        "From: jane@example.com\r\nSubject: x\r\nMessage-ID: <z@x>\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nsee\r\n--b\r\nContent-Type: application/zip\r\nContent-Disposition: attachment; filename=42.zip\r\nContent-Transfer-Encoding: base64\r\n\r\n{}\r\n--b--\r\n",
        base64::engine::general_purpose::STANDARD.encode(&zip)
    );
    let u = understand(raw.as_bytes(), &UnderstandOptions::default());
    let a = u
        .attachments
        .iter()
        .find(|a| a.name == "42.zip")
        .expect("kept");
    assert_eq!(a.size, zip.len() as u64);
    if a.keep {
        assert_eq!(a.content, zip);
    }
}
