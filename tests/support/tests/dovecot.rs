//! Tests of the private Dovecot fixture against a real Dovecot 2.3.
//!
//! They need `dovecot` installed (`apt-get install dovecot-imapd`) and root.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::Arc;
use std::time::{Duration, Instant};

use base64::Engine as _;
use testbench::dovecot::{DEFAULT_PASSWORD, DEFAULT_USER, Dovecot, DovecotOptions, ImapSession};

/// A message with CRLF line endings, 8-bit bytes, and text that looks like
/// IMAP syntax (a literal announcement, parentheses, quotes) to make sure the
/// client counts literal bytes instead of parsing the content.
fn tricky_message(n: u32) -> Vec<u8> {
    let mut m = format!(
        "From: Sender <sender@example.test>\r\n\
         To: {DEFAULT_USER}\r\n\
         Subject: message {n} (with \"quotes\") {{12}}\r\n\
         Message-ID: <msg-{n}@example.test>\r\n\
         Content-Type: text/plain; charset=utf-8\r\n\
         Content-Transfer-Encoding: 8bit\r\n\
         \r\n\
         Body line ending in a fake literal {{5}}\r\n\
         )) * OK [ALERT] not a response\r\n"
    )
    .into_bytes();
    m.extend_from_slice("Grüße, données: é\r\n".as_bytes());
    m.extend_from_slice(&[0xff, 0xfe, b'\r', b'\n']);
    m
}

#[test]
fn starts_on_loopback_ports_with_ca_and_log() {
    let dc = Dovecot::start(DovecotOptions::default());
    assert_eq!(dc.host(), "127.0.0.1");
    assert_ne!(dc.imap_port(), 0);
    assert_ne!(dc.imaps_port(), 0);
    assert_ne!(dc.imap_port(), dc.imaps_port());
    assert!(dc.is_running());
    assert!(dc.pid().is_some());
    assert!(dc.ca_pem().starts_with(b"-----BEGIN CERTIFICATE-----"));
    assert_eq!(std::fs::read(dc.ca_path()).unwrap(), dc.ca_pem());
    assert!(dc.dir().join("dovecot.conf").is_file());
    // Both listeners are on 127.0.0.1 only.
    let conf = std::fs::read_to_string(dc.config_path()).unwrap();
    assert!(conf.contains("listen = 127.0.0.1"));
    assert!(conf.contains("auth_failure_delay = 0"));
    assert!(!conf.contains("oauth2"), "no oauth2 passdb without a URL");
    let s = ImapSession::connect(dc.host(), dc.imap_port()).unwrap();
    assert!(s.greeting().starts_with("* OK"), "{}", s.greeting());
    assert!(dc.log().contains("starting up"), "{}", dc.log());
    // Mail is owned by nobody:nogroup.
    dc.append(DEFAULT_USER, "INBOX", &tricky_message(0));
    let meta = std::fs::metadata(dc.dir().join("mail").join(DEFAULT_USER)).unwrap();
    use std::os::unix::fs::MetadataExt;
    assert_eq!(meta.uid(), 65534);

    let dir = dc.dir().to_path_buf();
    let pid = dc.pid().unwrap();
    let port = dc.imap_port();
    drop(dc);
    assert!(!dir.exists(), "temp dir removed on drop");
    assert!(!process_alive(pid), "master {pid} gone after drop");
    assert!(TcpStream::connect(("127.0.0.1", port)).is_err());
}

#[test]
fn plain_login_append_fetch_round_trip_is_byte_identical() {
    let dc = Dovecot::start(DovecotOptions::default());
    // A real LOGIN with the passwd-file user on the plain port.
    let mut s = dc.login(DEFAULT_USER, DEFAULT_PASSWORD).expect("login");
    let r = s.command("SELECT INBOX").unwrap();
    assert!(r.is_ok(), "{}", r.tagged_text());
    s.logout();

    let m1 = tricky_message(1);
    let m2 = tricky_message(2);
    let uid1 = dc.append(DEFAULT_USER, "INBOX", &m1);
    let uid2 = dc.append(DEFAULT_USER, "INBOX", &m2);
    assert_eq!(uid2, uid1 + 1);
    let all = dc.fetch_all(DEFAULT_USER, "INBOX");
    assert_eq!(all, vec![(uid1, m1.clone()), (uid2, m2.clone())]);
    assert_eq!(dc.count(DEFAULT_USER, "INBOX"), 2);
    assert_eq!(dc.uid_next(DEFAULT_USER, "INBOX"), uid2 + 1);
    // EXAMINE-based fetch does not set \Seen.
    assert_eq!(
        dc.flags(DEFAULT_USER, "INBOX"),
        vec![(uid1, vec![]), (uid2, vec![])]
    );

    // Non-ASCII, nested folder names round-trip through modified UTF-7.
    dc.create_folder(DEFAULT_USER, "Traité/2024");
    dc.create_folder(DEFAULT_USER, "Traité/2024"); // idempotent
    let uid = dc.append_with_flags(DEFAULT_USER, "Traité/2024", &["\\Seen"], &m1);
    assert_eq!(
        dc.flags(DEFAULT_USER, "Traité/2024"),
        vec![(uid, vec!["\\Seen".to_string()])]
    );
    let folders = dc.folders(DEFAULT_USER);
    assert!(folders.contains(&("INBOX".to_string(), 2)), "{folders:?}");
    assert!(
        folders.contains(&("Traité/2024".to_string(), 1)),
        "{folders:?}"
    );
    assert!(dc.folder_exists(DEFAULT_USER, "Traité/2024"));
    // The parent is only a hierarchy level (maildir++), not a folder.
    assert!(!folders.iter().any(|(n, _)| n == "Traité"), "{folders:?}");
    assert!(!dc.folder_exists(DEFAULT_USER, "Nope"));
    dc.create_folder(DEFAULT_USER, "Empty");
    assert_eq!(dc.fetch_all(DEFAULT_USER, "Empty"), vec![]);
    dc.delete_folder(DEFAULT_USER, "Empty");
    assert!(!dc.folder_exists(DEFAULT_USER, "Empty"));

    // Bare LF comes back as CRLF (Dovecot normalizes line endings).
    let uid = dc.append(DEFAULT_USER, "INBOX", b"Subject: lf\n\nbody\n");
    let got = dc.fetch_all(DEFAULT_USER, "INBOX");
    assert_eq!(
        got.last().unwrap(),
        &(uid, b"Subject: lf\r\n\r\nbody\r\n".to_vec())
    );

    // The helpers work for users that only exist through the static userdb.
    dc.append("oauth-only@example.test", "INBOX", &m2);
    assert_eq!(dc.count("oauth-only@example.test", "INBOX"), 1);
}

#[test]
fn wrong_password_is_rejected() {
    let dc =
        Dovecot::start(DovecotOptions::default().with_user("bob@example.test", "bob pw \"q\""));
    let started = Instant::now();
    let err = dc
        .login(DEFAULT_USER, "wrong")
        .expect_err("wrong password accepted");
    assert!(err.contains("AUTHENTICATIONFAILED"), "{err}");
    let err = dc
        .login("nobody@example.test", DEFAULT_PASSWORD)
        .expect_err("unknown user accepted");
    assert!(err.contains("AUTHENTICATIONFAILED"), "{err}");
    // auth_failure_delay = 0: failures are answered at once (default is 2 s).
    assert!(
        started.elapsed() < Duration::from_millis(1500),
        "{:?}",
        started.elapsed()
    );
    dc.login(DEFAULT_USER, DEFAULT_PASSWORD)
        .expect("right password");
    dc.login("bob@example.test", "bob pw \"q\"")
        .expect("second user, quoted password");
    // Without an introspection URL, no OAuth mechanisms are offered.
    let mut s = ImapSession::connect(dc.host(), dc.imap_port()).unwrap();
    let caps = s.capabilities();
    assert!(caps.contains(&"AUTH=PLAIN".to_string()), "{caps:?}");
    assert!(!caps.iter().any(|c| c == "AUTH=XOAUTH2"), "{caps:?}");
}

#[test]
fn imaps_handshake_is_verified_against_the_ca() {
    let dc = Dovecot::start(DovecotOptions::default());
    for name in ["localhost", "127.0.0.1"] {
        let mut tls = tls_connect(&dc, dc.rustls_client_config(), name).expect("TLS handshake");
        let mut greeting = String::new();
        tls.read_line(&mut greeting).unwrap();
        assert!(greeting.starts_with("* OK"), "{greeting}");
        tls.get_mut()
            .write_all(format!("a LOGIN \"{DEFAULT_USER}\" \"{DEFAULT_PASSWORD}\"\r\n").as_bytes())
            .unwrap();
        let mut line = String::new();
        while !line.starts_with("a ") {
            line.clear();
            tls.read_line(&mut line).unwrap();
        }
        assert!(line.starts_with("a OK"), "{line}");
    }
    // The same config from a PEM parse of ca_pem() works too.
    let mut roots = rustls::RootCertStore::empty();
    for cert in rustls_pki_pem(dc.ca_pem()) {
        roots.add(cert).unwrap();
    }
    tls_connect(&dc, config_with_roots(roots), "localhost").expect("CA from PEM");

    // A client trusting another CA, or checking another name, fails.
    let other = Dovecot::start(DovecotOptions::default());
    let err = tls_connect(&dc, other.rustls_client_config(), "localhost")
        .expect_err("a foreign CA was accepted");
    assert!(err.contains("UnknownIssuer"), "{err}");
    let err = tls_connect(&dc, dc.rustls_client_config(), "mail.example.test")
        .expect_err("a wrong name was accepted");
    assert!(err.contains("NotValidForName"), "{err}");
}

#[test]
fn reset_uidvalidity_changes_the_value() {
    let dc = Dovecot::start(DovecotOptions::default());
    dc.append(DEFAULT_USER, "INBOX", &tricky_message(1));
    dc.append(DEFAULT_USER, "INBOX", &tricky_message(2));
    dc.create_folder(DEFAULT_USER, "Archive/Sub");
    dc.append(DEFAULT_USER, "Archive/Sub", &tricky_message(3));
    let before = dc.uid_validity(DEFAULT_USER, "INBOX");
    let before_sub = dc.uid_validity(DEFAULT_USER, "Archive/Sub");
    let old_pid = dc.pid();

    let after = dc.reset_uidvalidity(DEFAULT_USER, "INBOX");
    assert_ne!(after, before);
    assert_eq!(dc.uid_validity(DEFAULT_USER, "INBOX"), after);
    assert_ne!(dc.pid(), old_pid, "Dovecot was restarted");
    // Messages stay, renumbered from 1; other folders keep their value.
    let msgs = dc.fetch_all(DEFAULT_USER, "INBOX");
    assert_eq!(msgs.len(), 2);
    assert_eq!(msgs[0], (1, tricky_message(1)));
    assert_eq!(dc.uid_validity(DEFAULT_USER, "Archive/Sub"), before_sub);

    let after_sub = dc.reset_uidvalidity(DEFAULT_USER, "Archive/Sub");
    assert_ne!(after_sub, before_sub);
    assert_eq!(dc.count(DEFAULT_USER, "Archive/Sub"), 1);
}

#[test]
fn restart_keeps_messages_and_ports() {
    let dc = Dovecot::start(DovecotOptions::default());
    let m = tricky_message(7);
    let uid = dc.append(DEFAULT_USER, "INBOX", &m);
    let validity = dc.uid_validity(DEFAULT_USER, "INBOX");
    let (imap, imaps, pid) = (dc.imap_port(), dc.imaps_port(), dc.pid());
    let mut open = dc.login(DEFAULT_USER, DEFAULT_PASSWORD).unwrap();

    dc.restart();
    assert_eq!((dc.imap_port(), dc.imaps_port()), (imap, imaps));
    assert_ne!(dc.pid(), pid);
    assert_eq!(dc.fetch_all(DEFAULT_USER, "INBOX"), vec![(uid, m.clone())]);
    assert_eq!(dc.uid_validity(DEFAULT_USER, "INBOX"), validity);
    // The connection from before the restart is dead.
    let still_ok = open.command("NOOP").map(|r| r.is_ok()).unwrap_or(false);
    assert!(!still_ok, "a session survived the restart");

    // A graceful stop says BYE to open sessions.
    let mut open = dc.login(DEFAULT_USER, DEFAULT_PASSWORD).unwrap();
    dc.stop();
    let r = open.command("NOOP");
    assert!(
        r.as_ref().map(|r| !r.is_ok()).unwrap_or(true),
        "NOOP after stop: {r:?}"
    );
    assert!(!dc.is_running());
    assert_eq!(dc.pid(), None);
    assert!(TcpStream::connect(("127.0.0.1", imap)).is_err());
    dc.restart();
    assert_eq!(dc.count(DEFAULT_USER, "INBOX"), 1);
    dc.login(DEFAULT_USER, DEFAULT_PASSWORD)
        .expect("login after stop + restart");

    // A crash (SIGKILL to everything) keeps the mail store too.
    dc.kill();
    assert!(TcpStream::connect(("127.0.0.1", imaps)).is_err());
    dc.restart();
    assert_eq!(dc.fetch_all(DEFAULT_USER, "INBOX"), vec![(uid, m)]);
}

#[test]
fn move_capability_present_by_default_and_absent_when_disabled() {
    let with_move = Dovecot::start(DovecotOptions::default());
    let without = Dovecot::start(DovecotOptions::default().with_disable_move(true));
    let caps = with_move.capabilities(DEFAULT_USER);
    for c in ["IDLE", "MOVE", "UIDPLUS"] {
        assert!(caps.iter().any(|x| x == c), "{c} missing from {caps:?}");
    }
    let reduced = without.capabilities(DEFAULT_USER);
    for c in ["IDLE", "UIDPLUS"] {
        assert!(
            reduced.iter().any(|x| x == c),
            "{c} missing from {reduced:?}"
        );
    }
    assert!(!reduced.iter().any(|x| x == "MOVE"), "{reduced:?}");
    // Exactly MOVE is gone: the hard-coded list matches this Dovecot.
    let mut expected: Vec<_> = caps.iter().filter(|c| *c != "MOVE").cloned().collect();
    let mut got = reduced.clone();
    expected.sort();
    got.sort();
    assert_eq!(got, expected);

    // Dovecot still executes MOVE; only the advertisement is gone.
    without.create_folder(DEFAULT_USER, "Done");
    let uid = without.append(DEFAULT_USER, "INBOX", &tricky_message(1));
    let mut s = without.login(DEFAULT_USER, DEFAULT_PASSWORD).unwrap();
    assert!(s.command("SELECT INBOX").unwrap().is_ok());
    let r = s.command(&format!("UID MOVE {uid} Done")).unwrap();
    assert!(r.is_ok(), "{}", r.tagged_text());
    assert_eq!(without.count(DEFAULT_USER, "Done"), 1);

    // The capabilities in the LOGIN response agree.
    let mut s = ImapSession::connect(without.host(), without.imap_port()).unwrap();
    let reply = s.login(DEFAULT_USER, DEFAULT_PASSWORD).unwrap();
    let text = reply.tagged_text();
    assert!(text.contains("IDLE") && !text.contains(" MOVE"), "{text}");
}

#[test]
fn idle_is_woken_by_an_append() {
    let dc = Dovecot::start(DovecotOptions::default());
    let mut s = dc.login(DEFAULT_USER, DEFAULT_PASSWORD).unwrap();
    assert!(s.command("SELECT INBOX").unwrap().is_ok());
    s.write_raw(b"i1 IDLE\r\n").unwrap();
    let cont = s.read_response().unwrap();
    assert!(cont.starts_with(b"+"), "{}", String::from_utf8_lossy(&cont));
    let started = Instant::now();
    dc.append(DEFAULT_USER, "INBOX", &tricky_message(1));
    let mut line = Vec::new();
    while !line.ends_with(b" EXISTS") {
        line = s.read_response().unwrap();
    }
    assert_eq!(line, b"* 1 EXISTS");
    assert!(started.elapsed() < Duration::from_secs(10));
    s.write_raw(b"DONE\r\n").unwrap();
    while !line.starts_with(b"i1 ") {
        line = s.read_response().unwrap();
    }
    assert!(
        line.starts_with(b"i1 OK"),
        "{}",
        String::from_utf8_lossy(&line)
    );
}

#[test]
fn kill_connections_drops_open_sessions() {
    let dc = Dovecot::start(DovecotOptions::default());
    let mut s = dc.login(DEFAULT_USER, DEFAULT_PASSWORD).unwrap();
    assert!(s.command("SELECT INBOX").unwrap().is_ok());
    let pid = dc.pid();
    let out = dc.kill_connections();
    assert!(out.contains(DEFAULT_USER), "{out}");
    let dead = (0..50).any(|_| {
        std::thread::sleep(Duration::from_millis(50));
        s.command("NOOP").map(|r| !r.is_ok()).unwrap_or(true)
    });
    assert!(dead, "session survived the kick");
    assert_eq!(dc.pid(), pid, "no restart");
    dc.login(DEFAULT_USER, DEFAULT_PASSWORD)
        .expect("new logins still work");
}

#[test]
fn wait_for_count_sees_a_late_append_and_times_out_otherwise() {
    let dc = Arc::new(Dovecot::start(DovecotOptions::default()));
    let dc2 = Arc::clone(&dc);
    let writer = std::thread::spawn(move || {
        std::thread::sleep(Duration::from_millis(300));
        dc2.create_folder(DEFAULT_USER, "Later");
        dc2.append(DEFAULT_USER, "Later", &tricky_message(1));
    });
    dc.wait_for_count(DEFAULT_USER, "Later", 1, Duration::from_secs(10));
    writer.join().unwrap();
    let dc3 = Arc::clone(&dc);
    let timed_out = std::thread::spawn(move || {
        dc3.wait_for_count(DEFAULT_USER, "Later", 2, Duration::from_millis(300));
    })
    .join();
    assert!(timed_out.is_err(), "wait_for_count must panic on timeout");
}

#[tokio::test(flavor = "multi_thread")]
async fn usable_from_tokio_tests() {
    let dc = Dovecot::start(DovecotOptions::default());
    let uid = dc.append(DEFAULT_USER, "INBOX", b"Subject: t\r\n\r\nx\r\n");
    tokio::time::sleep(Duration::from_millis(10)).await;
    assert_eq!(dc.fetch_all(DEFAULT_USER, "INBOX")[0].0, uid);
    let port = dc.imap_port();
    let greeting = tokio::task::spawn_blocking(move || {
        ImapSession::connect("127.0.0.1", port)
            .unwrap()
            .greeting()
            .to_string()
    })
    .await
    .unwrap();
    assert!(greeting.starts_with("* OK"));
}

#[test]
fn xoauth2_and_oauthbearer_are_verified_by_dovecot_via_introspection() {
    let introspect = FakeIntrospection::start("good-token", DEFAULT_USER);
    let dc = Dovecot::start(DovecotOptions::default().with_introspection_url(introspect.url()));
    let mut s = ImapSession::connect(dc.host(), dc.imap_port()).unwrap();
    let caps = s.capabilities();
    assert!(caps.iter().any(|c| c == "AUTH=XOAUTH2"), "{caps:?}");
    assert!(caps.iter().any(|c| c == "AUTH=OAUTHBEARER"), "{caps:?}");

    let b64 = |s: String| base64::engine::general_purpose::STANDARD.encode(s);
    let xoauth2 = |token: &str| {
        b64(format!(
            "user={DEFAULT_USER}\x01auth=Bearer {token}\x01\x01"
        ))
    };
    let bad = s
        .command(&format!("AUTHENTICATE XOAUTH2 {}", xoauth2("bad-token")))
        .unwrap();
    assert!(!bad.is_ok(), "bad token accepted: {}", bad.tagged_text());
    let good = s
        .command(&format!("AUTHENTICATE XOAUTH2 {}", xoauth2("good-token")))
        .unwrap();
    assert!(good.is_ok(), "{} / log:\n{}", good.tagged_text(), dc.log());

    let mut s = ImapSession::connect(dc.host(), dc.imap_port()).unwrap();
    let bearer = b64(format!(
        "n,a={DEFAULT_USER},\x01auth=Bearer good-token\x01\x01"
    ));
    let r = s
        .command(&format!("AUTHENTICATE OAUTHBEARER {bearer}"))
        .unwrap();
    assert!(r.is_ok(), "{}", r.tagged_text());
    assert!(introspect.hits() >= 2);
    // Passwords still work next to the oauth2 passdb.
    dc.login(DEFAULT_USER, DEFAULT_PASSWORD)
        .expect("password login");
}

#[test]
fn submission_authenticates_and_relays_to_the_configured_server() {
    let sink = SmtpSink::start();
    let dc = Dovecot::start(DovecotOptions::default().with_submission_relay(sink.addr));
    let port = dc.submission_port().expect("submission port");
    assert!(dc.submissions_port().is_some());
    assert_eq!(
        Dovecot::start(DovecotOptions::default()).submission_port(),
        None
    );

    let tcp = TcpStream::connect(("127.0.0.1", port)).unwrap();
    tcp.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    let mut r = BufReader::new(tcp.try_clone().unwrap());
    let mut w = tcp;
    let mut expect = |w: &mut TcpStream, send: &str, code: &str| {
        if !send.is_empty() {
            w.write_all(send.as_bytes()).unwrap();
        }
        let mut all = String::new();
        loop {
            let mut line = String::new();
            r.read_line(&mut line).unwrap();
            all.push_str(&line);
            if line.len() < 4 || line.as_bytes()[3] != b'-' {
                break;
            }
        }
        assert!(
            all.starts_with(code),
            "sent {send:?}, got {all:?}\n{}",
            dc.log()
        );
        all
    };
    expect(&mut w, "", "220");
    let ehlo = expect(&mut w, "EHLO client.test\r\n", "250");
    assert!(ehlo.contains("STARTTLS") && ehlo.contains("AUTH"), "{ehlo}");
    let bad = base64::engine::general_purpose::STANDARD.encode(format!("\0{DEFAULT_USER}\0nope"));
    expect(&mut w, &format!("AUTH PLAIN {bad}\r\n"), "535");
    let good = base64::engine::general_purpose::STANDARD
        .encode(format!("\0{DEFAULT_USER}\0{DEFAULT_PASSWORD}"));
    expect(&mut w, &format!("AUTH PLAIN {good}\r\n"), "235");
    expect(&mut w, &format!("MAIL FROM:<{DEFAULT_USER}>\r\n"), "250");
    expect(&mut w, "RCPT TO:<dpo@example.test>\r\n", "250");
    expect(&mut w, "DATA\r\n", "354");
    expect(&mut w, "Subject: relayed\r\n\r\nhello\r\n.\r\n", "250");
    expect(&mut w, "QUIT\r\n", "221");

    let got = sink.wait_for_message(Duration::from_secs(10));
    assert!(
        got.contains(&format!("MAIL FROM:<{DEFAULT_USER}>")),
        "{got}"
    );
    assert!(got.contains("RCPT TO:<dpo@example.test>"), "{got}");
    assert!(got.contains("Subject: relayed"), "{got}");

    // The implicit-TLS port presents the same certificate.
    let mut tls = tls_connect_port(
        dc.submissions_port().unwrap(),
        dc.rustls_client_config(),
        "localhost",
    )
    .expect("TLS handshake on submissions");
    let mut greeting = String::new();
    tls.read_line(&mut greeting).unwrap();
    assert!(greeting.starts_with("220"), "{greeting}");
}

/// Not a test on its own: run by `dovecot_dies_with_the_test_process` in a
/// child process, which exits without running destructors.
#[test]
fn orphan_helper() {
    if std::env::var_os("TESTBENCH_DOVECOT_ORPHAN_HELPER").is_none() {
        return;
    }
    let dc = Dovecot::start(DovecotOptions::default());
    println!(
        "ORPHAN pid={} port={} dir={}",
        dc.pid().unwrap(),
        dc.imap_port(),
        dc.dir().display()
    );
    std::io::stdout().flush().unwrap();
    std::process::exit(0);
}

#[test]
fn dovecot_dies_with_the_test_process() {
    let out = std::process::Command::new(std::env::current_exe().unwrap())
        .args([
            "orphan_helper",
            "--exact",
            "--nocapture",
            "--test-threads=1",
        ])
        .env("TESTBENCH_DOVECOT_ORPHAN_HELPER", "1")
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    // With --nocapture the line follows libtest's `test orphan_helper ... `.
    let line = stdout
        .lines()
        .find_map(|l| l.find("ORPHAN ").map(|i| &l[i..]))
        .unwrap_or_else(|| {
            panic!(
                "helper output: {stdout}\n{}",
                String::from_utf8_lossy(&out.stderr)
            )
        });
    let field = |k: &str| {
        line.split_whitespace()
            .find_map(|f| f.strip_prefix(k))
            .unwrap()
            .to_string()
    };
    let pid: u32 = field("pid=").parse().unwrap();
    let port: u16 = field("port=").parse().unwrap();
    let dir = field("dir=");
    let deadline = Instant::now() + Duration::from_secs(10);
    while (process_alive(pid) || TcpStream::connect(("127.0.0.1", port)).is_ok())
        && Instant::now() < deadline
    {
        std::thread::sleep(Duration::from_millis(50));
    }
    let alive = process_alive(pid);
    let listening = TcpStream::connect(("127.0.0.1", port)).is_ok();
    let _ = std::fs::remove_dir_all(&dir);
    assert!(!alive, "Dovecot master {pid} outlived the test process");
    assert!(
        !listening,
        "port {port} still served after the test process died"
    );
}

// ----- helpers ----------------------------------------------------------------

/// Alive and not a zombie.
fn process_alive(pid: u32) -> bool {
    match std::fs::read_to_string(format!("/proc/{pid}/stat")) {
        Ok(stat) => {
            let state = stat.rsplit(')').next().unwrap_or("").trim_start();
            !state.starts_with('Z') && !state.starts_with('X')
        }
        Err(_) => false,
    }
}

type Tls = BufReader<rustls::StreamOwned<rustls::ClientConnection, TcpStream>>;

fn tls_connect(dc: &Dovecot, config: Arc<rustls::ClientConfig>, name: &str) -> Result<Tls, String> {
    tls_connect_port(dc.imaps_port(), config, name)
}

fn tls_connect_port(
    port: u16,
    config: Arc<rustls::ClientConfig>,
    name: &str,
) -> Result<Tls, String> {
    let server_name = rustls::pki_types::ServerName::try_from(name.to_string()).unwrap();
    let conn = rustls::ClientConnection::new(config, server_name).map_err(|e| e.to_string())?;
    let tcp = TcpStream::connect(("127.0.0.1", port)).map_err(|e| e.to_string())?;
    tcp.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    let mut stream = rustls::StreamOwned::new(conn, tcp);
    while stream.conn.is_handshaking() {
        stream
            .conn
            .complete_io(&mut stream.sock)
            .map_err(|e| format!("{e:?}"))?;
    }
    Ok(BufReader::new(stream))
}

fn config_with_roots(roots: rustls::RootCertStore) -> Arc<rustls::ClientConfig> {
    Arc::new(
        rustls::ClientConfig::builder_with_provider(Arc::new(
            rustls::crypto::aws_lc_rs::default_provider(),
        ))
        .with_safe_default_protocol_versions()
        .unwrap()
        .with_root_certificates(roots)
        .with_no_client_auth(),
    )
}

/// Minimal PEM certificate parser (base64 between the BEGIN/END lines).
fn rustls_pki_pem(pem: &[u8]) -> Vec<rustls::pki_types::CertificateDer<'static>> {
    let text = String::from_utf8_lossy(pem);
    let mut out = Vec::new();
    let mut b64 = String::new();
    let mut inside = false;
    for line in text.lines() {
        if line.starts_with("-----BEGIN CERTIFICATE") {
            inside = true;
            b64.clear();
        } else if line.starts_with("-----END CERTIFICATE") {
            inside = false;
            let der = base64::engine::general_purpose::STANDARD
                .decode(&b64)
                .unwrap();
            out.push(rustls::pki_types::CertificateDer::from(der));
        } else if inside {
            b64.push_str(line.trim());
        }
    }
    out
}

/// An RFC 7662 introspection endpoint on a std thread: `token=<good>` is
/// active for `user`, everything else is inactive.
struct FakeIntrospection {
    url: String,
    hits: Arc<std::sync::atomic::AtomicUsize>,
}

impl FakeIntrospection {
    fn start(good: &str, user: &str) -> FakeIntrospection {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let url = format!("http://{}/introspect", listener.local_addr().unwrap());
        let hits = Arc::new(std::sync::atomic::AtomicUsize::new(0));
        let (good, user, counter) = (good.to_string(), user.to_string(), Arc::clone(&hits));
        std::thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let _ = serve_introspection(stream, &good, &user);
                counter.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
            }
        });
        FakeIntrospection { url, hits }
    }

    fn url(&self) -> String {
        self.url.clone()
    }

    fn hits(&self) -> usize {
        self.hits.load(std::sync::atomic::Ordering::SeqCst)
    }
}

fn serve_introspection(stream: TcpStream, good: &str, user: &str) -> std::io::Result<()> {
    stream.set_read_timeout(Some(Duration::from_secs(5)))?;
    let mut reader = BufReader::new(stream.try_clone()?);
    let mut length = 0usize;
    loop {
        let mut line = String::new();
        reader.read_line(&mut line)?;
        let l = line.trim_end();
        if l.is_empty() {
            break;
        }
        if let Some((k, v)) = l.split_once(':')
            && k.eq_ignore_ascii_case("content-length")
        {
            length = v.trim().parse().unwrap_or(0);
        }
    }
    let mut body = vec![0; length];
    reader.read_exact(&mut body)?;
    let body = String::from_utf8_lossy(&body);
    let active = body.split('&').any(|kv| kv == format!("token={good}"));
    let json = if active {
        format!("{{\"active\":\"true\",\"username\":\"{user}\"}}")
    } else {
        "{\"active\":\"false\"}".to_string()
    };
    let mut stream = stream;
    write!(
        stream,
        "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{json}",
        json.len()
    )?;
    stream.flush()
}

/// An SMTP server on a std thread that accepts everything and records each
/// session's commands and data.
struct SmtpSink {
    addr: std::net::SocketAddr,
    sessions: std::sync::mpsc::Receiver<String>,
}

impl SmtpSink {
    fn start() -> SmtpSink {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let addr = listener.local_addr().unwrap();
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let tx = tx.clone();
                std::thread::spawn(move || {
                    let mut log = String::new();
                    let _ = smtp_session(stream, &mut log);
                    let _ = tx.send(log);
                });
            }
        });
        SmtpSink { addr, sessions: rx }
    }

    /// The first session that carried a message.
    fn wait_for_message(&self, timeout: Duration) -> String {
        let deadline = Instant::now() + timeout;
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            let log = self
                .sessions
                .recv_timeout(left)
                .expect("no relayed message");
            if log.contains("DATA") {
                return log;
            }
        }
    }
}

fn smtp_session(stream: TcpStream, log: &mut String) -> std::io::Result<()> {
    stream.set_read_timeout(Some(Duration::from_secs(10)))?;
    let mut r = BufReader::new(stream.try_clone()?);
    let mut w = stream;
    w.write_all(b"220 sink ESMTP\r\n")?;
    loop {
        let mut line = String::new();
        if r.read_line(&mut line)? == 0 {
            return Ok(());
        }
        log.push_str(&line);
        let upper = line.to_ascii_uppercase();
        if upper.starts_with("EHLO") {
            w.write_all(b"250-sink\r\n250-8BITMIME\r\n250 PIPELINING\r\n")?;
        } else if upper.starts_with("DATA") {
            w.write_all(b"354 go ahead\r\n")?;
            loop {
                let mut l = String::new();
                if r.read_line(&mut l)? == 0 {
                    return Ok(());
                }
                if l == ".\r\n" {
                    break;
                }
                log.push_str(&l);
            }
            w.write_all(b"250 queued\r\n")?;
        } else if upper.starts_with("QUIT") {
            w.write_all(b"221 bye\r\n")?;
            return Ok(());
        } else {
            w.write_all(b"250 ok\r\n")?;
        }
    }
}
