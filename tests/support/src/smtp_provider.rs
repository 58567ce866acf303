//! An SMTP double that speaks the dialect of Office 365 or Gmail's submission servers
//! (providers.md §5.1), for the relay's delivery tests. Plain TCP on loopback (no TLS:
//! tests connect with `tls = "none"`); XOAUTH2 tokens are checked by a closure (e.g. the
//! OAuth double's `token_can_act_for`).
//!
//! | Behaviour | `O365` | `Gmail` |
//! |---|---|---|
//! | greeting | `220 … Microsoft ESMTP MAIL Service ready` | `220 smtp.gmail.com ESMTP … gsmtp` |
//! | EHLO | `AUTH LOGIN XOAUTH2`, `SIZE 157286400` | `AUTH LOGIN PLAIN XOAUTH2 PLAIN-CLIENTTOKEN OAUTHBEARER XOAUTH`, `SIZE 35882577` |
//! | bad token | `535 5.7.3 Authentication unsuccessful` | `334 <b64 JSON>`, empty line, `535-5.7.8 …` |
//! | SMTP AUTH disabled ([`ProviderDouble::set_smtp_auth_disabled`]) | `535 5.7.139 …` | — |
//! | From not allowed | MAIL/RCPT/DATA accepted, then `554 5.2.252 SendAsDenied …` | accepted; From rewritten to the account, `X-Google-Original-From` added |
//! | 4th concurrent connection of a mailbox | `432 4.3.2 Concurrent connections limit exceeded` | — |

use std::collections::HashMap;
use std::io::{self, BufRead, BufReader, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

use base64::Engine as _;

use crate::smtp_sink::Received;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dialect {
    O365,
    Gmail,
}

/// Decides whether `token` may act for `user`.
pub type TokenCheck = Arc<dyn Fn(&str, &str) -> bool + Send + Sync>;

struct Shared {
    dialect: Dialect,
    check: TokenCheck,
    received: Mutex<Vec<Received>>,
    /// Addresses each user may send as (besides itself).
    send_as: Mutex<HashMap<String, Vec<String>>>,
    /// Authenticated connections per user.
    sessions: Mutex<HashMap<String, usize>>,
    /// Every AUTH attempt: (user, accepted).
    auths: Mutex<Vec<(String, bool)>>,
    auth_disabled: AtomicBool,
    stop: AtomicBool,
}

/// See the [module docs](self). Stops when dropped.
pub struct ProviderDouble {
    addr: SocketAddr,
    shared: Arc<Shared>,
}

impl ProviderDouble {
    pub fn start(dialect: Dialect, check: TokenCheck) -> ProviderDouble {
        let listener = TcpListener::bind("127.0.0.1:0").expect("smtp_provider: bind");
        let addr = listener.local_addr().unwrap();
        let shared = Arc::new(Shared {
            dialect,
            check,
            received: Mutex::new(Vec::new()),
            send_as: Mutex::new(HashMap::new()),
            sessions: Mutex::new(HashMap::new()),
            auths: Mutex::new(Vec::new()),
            auth_disabled: AtomicBool::new(false),
            stop: AtomicBool::new(false),
        });
        let s = shared.clone();
        thread::spawn(move || {
            for stream in listener.incoming() {
                if s.stop.load(Ordering::SeqCst) {
                    break;
                }
                let Ok(stream) = stream else { continue };
                let s = s.clone();
                thread::spawn(move || {
                    let mut user = None;
                    let _ = serve(stream, &s, &mut user);
                    if let Some(u) = user {
                        let mut m = s.sessions.lock().unwrap();
                        if let Some(n) = m.get_mut(&u) {
                            *n -= 1;
                        }
                    }
                });
            }
        });
        ProviderDouble { addr, shared }
    }

    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    pub fn port(&self) -> u16 {
        self.addr.port()
    }

    /// Lets `user` send as `address` (Exchange SendAs, Gmail "Send mail as").
    pub fn grant_send_as(&self, user: &str, address: &str) {
        self.shared
            .send_as
            .lock()
            .unwrap()
            .entry(user.to_ascii_lowercase())
            .or_default()
            .push(address.to_ascii_lowercase());
    }

    /// O365: every AUTH answers `535 5.7.139 … SmtpClientAuthentication is disabled`.
    pub fn set_smtp_auth_disabled(&self, disabled: bool) {
        self.shared.auth_disabled.store(disabled, Ordering::SeqCst);
    }

    pub fn received(&self) -> Vec<Received> {
        self.shared.received.lock().unwrap().clone()
    }

    /// Every AUTH attempt so far: (user, accepted).
    pub fn auths(&self) -> Vec<(String, bool)> {
        self.shared.auths.lock().unwrap().clone()
    }

    pub fn wait_for(&self, n: usize, timeout: Duration) -> Vec<Received> {
        let deadline = Instant::now() + timeout;
        loop {
            let got = self.received();
            if got.len() >= n {
                return got;
            }
            assert!(
                Instant::now() < deadline,
                "smtp_provider: {} of {n} message(s) arrived",
                got.len()
            );
            thread::sleep(Duration::from_millis(20));
        }
    }
}

impl Drop for ProviderDouble {
    fn drop(&mut self) {
        self.shared.stop.store(true, Ordering::SeqCst);
        let _ = TcpStream::connect(self.addr);
    }
}

/// `Some((user, token))` from an XOAUTH2 initial response.
fn parse_xoauth2(b64: &str) -> Option<(String, String)> {
    let raw = base64::engine::general_purpose::STANDARD
        .decode(b64.trim())
        .ok()?;
    let text = String::from_utf8(raw).ok()?;
    let mut user = None;
    let mut token = None;
    for part in text.split('\x01') {
        if let Some(u) = part.strip_prefix("user=") {
            user = Some(u.to_string());
        } else if let Some(t) = part.strip_prefix("auth=Bearer ") {
            token = Some(t.to_string());
        }
    }
    Some((user?, token?))
}

/// The address of the From header.
pub(crate) fn header_from(data: &[u8]) -> Option<String> {
    let text = String::from_utf8_lossy(data);
    let head = text.split("\r\n\r\n").next()?.replace("\r\n ", " ");
    let line = head
        .lines()
        .find(|l| l.len() > 5 && l[..5].eq_ignore_ascii_case("from:"))?;
    let v = &line[5..];
    let addr = match (v.rfind('<'), v.rfind('>')) {
        (Some(a), Some(b)) if b > a => &v[a + 1..b],
        _ => v.trim(),
    };
    Some(addr.trim().to_ascii_lowercase())
}

/// Gmail: `From: "Name" <other@x>` → `From: "Name" <account>` + `X-Google-Original-From`.
pub(crate) fn gmail_rewrite(data: &[u8], account: &str) -> Vec<u8> {
    let text = String::from_utf8_lossy(data).into_owned();
    let (head, body) = text.split_once("\r\n\r\n").unwrap_or((&text, ""));
    let mut out = String::new();
    for line in head.split("\r\n") {
        if line.len() > 5 && line[..5].eq_ignore_ascii_case("from:") {
            let v = line[5..].trim();
            let name = v
                .rfind('<')
                .map(|i| v[..i].trim())
                .filter(|n| !n.is_empty());
            out.push_str(&format!("X-Google-Original-From: {v}\r\n"));
            match name {
                Some(n) => out.push_str(&format!("From: {n} <{account}>\r\n")),
                None => out.push_str(&format!("From: {account}\r\n")),
            }
        } else {
            out.push_str(line);
            out.push_str("\r\n");
        }
    }
    out.push_str("\r\n");
    out.push_str(body);
    out.into_bytes()
}

fn serve(stream: TcpStream, s: &Shared, authed: &mut Option<String>) -> io::Result<()> {
    stream.set_read_timeout(Some(Duration::from_secs(60)))?;
    let mut w = stream.try_clone()?;
    let mut r = BufReader::new(stream);
    let o365 = s.dialect == Dialect::O365;
    if o365 {
        write!(
            w,
            "220 AM0PR01CA0001.outlook.office365.com Microsoft ESMTP MAIL Service ready\r\n"
        )?;
    } else {
        write!(w, "220 smtp.gmail.com ESMTP a1-20020a05 - gsmtp\r\n")?;
    }
    let mut from: Option<String> = None;
    let mut rcpts = Vec::new();
    let mut line = String::new();
    loop {
        line.clear();
        if r.read_line(&mut line)? == 0 {
            return Ok(());
        }
        let cmd = line.trim_end().to_string();
        let upper = cmd.to_ascii_uppercase();
        let reply: String = if upper.starts_with("EHLO") {
            if o365 {
                "250-AM0PR01CA0001.outlook.office365.com Hello\r\n250-SIZE 157286400\r\n250-PIPELINING\r\n250-8BITMIME\r\n250-AUTH LOGIN XOAUTH2\r\n250 ENHANCEDSTATUSCODES".into()
            } else {
                "250-smtp.gmail.com at your service\r\n250-SIZE 35882577\r\n250-8BITMIME\r\n250-AUTH LOGIN PLAIN XOAUTH2 PLAIN-CLIENTTOKEN OAUTHBEARER XOAUTH\r\n250-ENHANCEDSTATUSCODES\r\n250 PIPELINING".into()
            }
        } else if upper.starts_with("AUTH XOAUTH2") {
            let blob = match cmd.split_whitespace().nth(2) {
                Some(b) => b.to_string(),
                None => {
                    write!(w, "334 \r\n")?;
                    let mut l = String::new();
                    r.read_line(&mut l)?;
                    l.trim().to_string()
                }
            };
            let creds = parse_xoauth2(&blob);
            let ok = creds.as_ref().is_some_and(|(u, t)| (s.check)(u, t));
            let user = creds.map(|c| c.0).unwrap_or_default();
            s.auths
                .lock()
                .unwrap()
                .push((user.clone(), ok && !s.auth_disabled.load(Ordering::SeqCst)));
            if o365 && s.auth_disabled.load(Ordering::SeqCst) {
                "535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information. [AM0PR01CA0001.eurprd01.prod.outlook.com]".into()
            } else if ok {
                let key = user.to_ascii_lowercase();
                let mut sessions = s.sessions.lock().unwrap();
                let n = sessions.entry(key.clone()).or_default();
                if o365 && *n >= 3 {
                    "432 4.3.2 Concurrent connections limit exceeded. Visit https://aka.ms/concurrent_sending for more information. [Hostname=AM0PR01MB0001]".into()
                } else {
                    *n += 1;
                    *authed = Some(key);
                    if o365 {
                        "235 2.7.0 Authentication successful".into()
                    } else {
                        "235 2.7.0 Accepted".into()
                    }
                }
            } else if o365 {
                "535 5.7.3 Authentication unsuccessful [AM0PR01CA0001.eurprd01.prod.outlook.com]"
                    .into()
            } else {
                let json =
                    r#"{"status":"401","schemes":"bearer mac","scope":"https://mail.google.com/"}"#;
                write!(
                    w,
                    "334 {}\r\n",
                    base64::engine::general_purpose::STANDARD.encode(json)
                )?;
                let mut l = String::new();
                if r.read_line(&mut l)? == 0 {
                    return Ok(());
                }
                "535-5.7.8 Username and Password not accepted. For more information, go to\r\n535 5.7.8  https://support.google.com/mail/?p=BadCredentials a1-20020a05 - gsmtp".into()
            }
        } else if upper.starts_with("AUTH") {
            "504 5.7.4 Unrecognized authentication type".into()
        } else if upper.starts_with("MAIL FROM:") {
            if authed.is_none() {
                "530 5.7.57 Client not authenticated to send mail".into()
            } else {
                let v = &cmd[10..];
                from = v.find('<').and_then(|a| {
                    v[a + 1..]
                        .find('>')
                        .map(|b| v[a + 1..a + 1 + b].to_string())
                });
                rcpts.clear();
                "250 2.1.0 Sender OK".into()
            }
        } else if upper.starts_with("RCPT TO:") {
            let v = &cmd[8..];
            if let Some(a) = v.find('<').and_then(|a| {
                v[a + 1..]
                    .find('>')
                    .map(|b| v[a + 1..a + 1 + b].to_string())
            }) {
                rcpts.push(a);
            }
            "250 2.1.5 Recipient OK".into()
        } else if upper == "DATA" {
            write!(w, "354 Start mail input; end with <CRLF>.<CRLF>\r\n")?;
            let mut data = Vec::new();
            loop {
                let mut l = Vec::new();
                if r.read_until(b'\n', &mut l)? == 0 {
                    return Ok(());
                }
                if l == b".\r\n" {
                    break;
                }
                if l.starts_with(b"..") {
                    l.remove(0);
                }
                data.extend_from_slice(&l);
            }
            let user = authed.clone().unwrap_or_default();
            let hf = header_from(&data).unwrap_or_default();
            let allowed = hf == user
                || s.send_as
                    .lock()
                    .unwrap()
                    .get(&user)
                    .is_some_and(|v| v.contains(&hf));
            if !allowed && o365 {
                format!(
                    "554 5.2.252 SendAsDenied; {user} not allowed to send as {hf}; STOREDRV.Submission.Exception:SendAsDeniedException.MapiExceptionSendAsDenied; Failed to process message due to a permanent exception with message [BeginDiagnosticData]Cannot submit message."
                )
            } else {
                if !allowed {
                    data = gmail_rewrite(&data, &user);
                }
                s.received.lock().unwrap().push(Received {
                    mail_from: from.take().unwrap_or_default(),
                    rcpts: std::mem::take(&mut rcpts),
                    data,
                    auth_user: Some(user),
                });
                "250 2.0.0 OK <id@provider> [Hostname=AM0PR01MB0001]".into()
            }
        } else if upper == "RSET" || upper.starts_with("NOOP") {
            "250 2.0.0 OK".into()
        } else if upper == "QUIT" {
            write!(w, "221 2.0.0 Service closing transmission channel\r\n")?;
            return Ok(());
        } else {
            "500 5.3.3 Unrecognized command".into()
        };
        write!(w, "{reply}\r\n")?;
        w.flush()?;
    }
}
