//! A tiny SMTP server on loopback that records what it receives: the far end of the relay
//! in tests (directly, or behind Dovecot's submission service).
//!
//! Plain TCP, no TLS. Speaks EHLO/HELO, optional `AUTH PLAIN` / `AUTH LOGIN` (required
//! before MAIL when [`SmtpSinkOptions::auth`] is set), MAIL, RCPT, DATA (dot-unstuffed),
//! RSET, NOOP, QUIT. Faults are scripted per stage with [`SmtpSink::push_reply`] (the next
//! command of that stage gets the scripted reply instead of the normal one); a delay before
//! the final DATA reply simulates a slow upstream; an idle timeout closes unused connections. Blocking std threads: usable from any test.
//!
//! DATA is read line by line split on LF alone and ends at a line `.` — so, like older
//! Postfix and Sendmail, it also ends at `\n.\r\n` (a bare LF before the dot): the
//! upstream that SMTP smuggling needs. Whatever follows is read as commands.

use std::io::{self, BufRead, BufReader, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Condvar, Mutex};
use std::thread;
use std::time::{Duration, Instant};

use base64::Engine as _;

/// One message as received.
#[derive(Debug, Clone)]
pub struct Received {
    pub mail_from: String,
    pub rcpts: Vec<String>,
    pub data: Vec<u8>,
    /// The user that authenticated, if any.
    pub auth_user: Option<String>,
}

impl Received {
    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.data).into_owned()
    }

    /// The first header field `name` (unfolded), if present.
    pub fn header(&self, name: &str) -> Option<String> {
        let text = self.text();
        let head = text
            .split("\r\n\r\n")
            .next()
            .unwrap_or("")
            .replace("\r\n ", " ")
            .replace("\r\n\t", " ");
        head.lines().find_map(|l| {
            let (n, v) = l.split_once(':')?;
            n.eq_ignore_ascii_case(name).then(|| v.trim().to_string())
        })
    }
}

/// Where a scripted reply applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    /// Instead of the 220 greeting (the connection is then closed).
    Greeting,
    Auth,
    Mail,
    Rcpt,
    /// The reply after the end of DATA.
    Data,
}

#[derive(Debug, Clone, Default)]
pub struct SmtpSinkOptions {
    /// Require `AUTH PLAIN`/`LOGIN` with this user and password before MAIL.
    pub auth: Option<(String, String)>,
    /// Wait this long before answering the end of DATA.
    pub data_delay: Duration,
    /// Close a connection that sent no command for this long, with `421 4.4.2` first (as
    /// Exchange and Gmail do with idle client connections).
    pub idle_timeout: Option<Duration>,
    /// `(address, reply)`: RCPT TO this address (any case) is answered with `reply` every
    /// time (e.g. `"550 5.1.1 No such user"`), the other recipients as usual.
    pub rcpt_replies: Vec<(String, String)>,
}

#[derive(Default)]
struct Shared {
    received: Mutex<Vec<Received>>,
    arrived: Condvar,
    scripted: Mutex<Vec<(Stage, String)>>,
    connections: AtomicUsize,
    active: AtomicUsize,
    max_active: AtomicUsize,
    stop: AtomicBool,
}

/// See the [module docs](self). Stops when dropped.
pub struct SmtpSink {
    addr: SocketAddr,
    shared: Arc<Shared>,
    options: SmtpSinkOptions,
}

impl SmtpSink {
    pub fn start(options: SmtpSinkOptions) -> SmtpSink {
        let listener = TcpListener::bind("127.0.0.1:0").expect("smtp_sink: bind 127.0.0.1:0");
        let addr = listener.local_addr().unwrap();
        let shared = Arc::new(Shared::default());
        let (s, o) = (shared.clone(), options.clone());
        thread::spawn(move || {
            for stream in listener.incoming() {
                if s.stop.load(Ordering::SeqCst) {
                    break;
                }
                let Ok(stream) = stream else { continue };
                let (s, o) = (s.clone(), o.clone());
                thread::spawn(move || {
                    s.connections.fetch_add(1, Ordering::SeqCst);
                    let now = s.active.fetch_add(1, Ordering::SeqCst) + 1;
                    s.max_active.fetch_max(now, Ordering::SeqCst);
                    let _ = serve(stream, &s, &o);
                    s.active.fetch_sub(1, Ordering::SeqCst);
                });
            }
        });
        SmtpSink {
            addr,
            shared,
            options,
        }
    }

    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    pub fn port(&self) -> u16 {
        self.addr.port()
    }

    pub fn options(&self) -> &SmtpSinkOptions {
        &self.options
    }

    /// The next command of `stage` gets `reply` (e.g. `"451 4.3.0 Try later"`). Replies
    /// queue up in order.
    pub fn push_reply(&self, stage: Stage, reply: &str) {
        self.shared
            .scripted
            .lock()
            .unwrap()
            .push((stage, reply.to_string()));
    }

    pub fn received(&self) -> Vec<Received> {
        self.shared.received.lock().unwrap().clone()
    }

    pub fn count(&self) -> usize {
        self.shared.received.lock().unwrap().len()
    }

    /// Waits until at least `n` messages arrived; panics after `timeout`.
    pub fn wait_for(&self, n: usize, timeout: Duration) -> Vec<Received> {
        let deadline = Instant::now() + timeout;
        let mut got = self.shared.received.lock().unwrap();
        while got.len() < n {
            let left = deadline.saturating_duration_since(Instant::now());
            if left.is_zero() {
                panic!(
                    "smtp_sink: {} message(s) arrived within {timeout:?}, expected {n}",
                    got.len()
                );
            }
            got = self.shared.arrived.wait_timeout(got, left).unwrap().0;
        }
        got.clone()
    }

    /// Connections accepted so far.
    pub fn connections(&self) -> usize {
        self.shared.connections.load(Ordering::SeqCst)
    }

    /// Connections open now.
    pub fn active(&self) -> usize {
        self.shared.active.load(Ordering::SeqCst)
    }

    /// The most connections open at the same time.
    pub fn max_concurrent(&self) -> usize {
        self.shared.max_active.load(Ordering::SeqCst)
    }
}

impl Drop for SmtpSink {
    fn drop(&mut self) {
        self.shared.stop.store(true, Ordering::SeqCst);
        let _ = TcpStream::connect(self.addr);
    }
}

fn scripted(s: &Shared, stage: Stage) -> Option<String> {
    let mut q = s.scripted.lock().unwrap();
    let i = q.iter().position(|(st, _)| *st == stage)?;
    Some(q.remove(i).1)
}

fn serve(stream: TcpStream, s: &Shared, o: &SmtpSinkOptions) -> io::Result<()> {
    stream.set_read_timeout(Some(o.idle_timeout.unwrap_or(Duration::from_secs(60))))?;
    let mut w = stream.try_clone()?;
    let mut r = BufReader::new(stream);
    if let Some(reply) = scripted(s, Stage::Greeting) {
        write!(w, "{reply}\r\n")?;
        return Ok(());
    }
    write!(w, "220 sink.test ESMTP test sink\r\n")?;
    let mut user: Option<String> = None;
    let mut from: Option<String> = None;
    let mut rcpts: Vec<String> = Vec::new();
    let b64 = base64::engine::general_purpose::STANDARD;
    let mut line = String::new();
    loop {
        line.clear();
        match r.read_line(&mut line) {
            Ok(0) => return Ok(()),
            Ok(_) => {}
            Err(e)
                if o.idle_timeout.is_some()
                    && matches!(
                        e.kind(),
                        io::ErrorKind::WouldBlock | io::ErrorKind::TimedOut
                    ) =>
            {
                write!(
                    w,
                    "421 4.4.2 sink.test Idle timeout, closing connection\r\n"
                )?;
                return Ok(());
            }
            Err(e) => return Err(e),
        }
        let cmd = line.trim_end().to_string();
        let upper = cmd.to_ascii_uppercase();
        let reply: String = if upper.starts_with("EHLO") {
            let mut x = "250-sink.test\r\n250-PIPELINING\r\n250-8BITMIME\r\n250-SIZE 100000000\r\n"
                .to_string();
            if o.auth.is_some() {
                x.push_str("250-AUTH PLAIN LOGIN\r\n");
            }
            x.push_str("250 ENHANCEDSTATUSCODES");
            x
        } else if upper.starts_with("HELO") {
            "250 sink.test".into()
        } else if upper.starts_with("AUTH ") {
            let parts: Vec<&str> = cmd.split_whitespace().collect();
            let creds = match parts.get(1).map(|m| m.to_ascii_uppercase()).as_deref() {
                Some("PLAIN") => {
                    let data = match parts.get(2) {
                        Some(d) => d.to_string(),
                        None => {
                            write!(w, "334 \r\n")?;
                            let mut l = String::new();
                            r.read_line(&mut l)?;
                            l.trim().to_string()
                        }
                    };
                    b64.decode(data).ok().and_then(|v| {
                        let p: Vec<&[u8]> = v.split(|&b| b == 0).collect();
                        (p.len() == 3).then(|| {
                            (
                                String::from_utf8_lossy(p[1]).into_owned(),
                                String::from_utf8_lossy(p[2]).into_owned(),
                            )
                        })
                    })
                }
                Some("LOGIN") => {
                    write!(w, "334 VXNlcm5hbWU6\r\n")?;
                    let mut u = String::new();
                    r.read_line(&mut u)?;
                    write!(w, "334 UGFzc3dvcmQ6\r\n")?;
                    let mut p = String::new();
                    r.read_line(&mut p)?;
                    let d = |x: &str| {
                        b64.decode(x.trim())
                            .ok()
                            .map(|v| String::from_utf8_lossy(&v).into_owned())
                    };
                    d(&u).zip(d(&p))
                }
                _ => None,
            };
            if let Some(reply) = scripted(s, Stage::Auth) {
                reply
            } else if creds.is_some() && creds == o.auth {
                user = creds.map(|c| c.0);
                "235 2.7.0 Authentication successful".into()
            } else {
                "535 5.7.8 Authentication credentials invalid".into()
            }
        } else if upper.starts_with("MAIL FROM:") {
            if o.auth.is_some() && user.is_none() {
                "530 5.7.0 Authentication required".into()
            } else if let Some(reply) = scripted(s, Stage::Mail) {
                reply
            } else {
                from = Some(angle(&cmd[10..]));
                rcpts.clear();
                "250 2.1.0 OK".into()
            }
        } else if upper.starts_with("RCPT TO:") {
            if from.is_none() {
                "503 5.5.1 MAIL first".into()
            } else if let Some(reply) = scripted(s, Stage::Rcpt) {
                reply
            } else if let Some((_, reply)) = o
                .rcpt_replies
                .iter()
                .find(|(a, _)| a.eq_ignore_ascii_case(&angle(&cmd[8..])))
            {
                reply.clone()
            } else {
                rcpts.push(angle(&cmd[8..]));
                "250 2.1.5 OK".into()
            }
        } else if upper == "DATA" {
            if from.is_none() || rcpts.is_empty() {
                "503 5.5.1 MAIL and RCPT first".into()
            } else {
                write!(w, "354 go ahead\r\n")?;
                let mut data = Vec::new();
                loop {
                    let mut l = Vec::new();
                    if r.read_until(b'\n', &mut l)? == 0 {
                        return Ok(());
                    }
                    if l == b".\r\n" || l == b".\n" {
                        break;
                    }
                    if l.starts_with(b"..") {
                        l.remove(0);
                    }
                    data.extend_from_slice(&l);
                }
                if !o.data_delay.is_zero() {
                    thread::sleep(o.data_delay);
                }
                let reply = scripted(s, Stage::Data);
                let reply = match reply {
                    Some(reply) => reply,
                    None => {
                        let msg = Received {
                            mail_from: from.clone().unwrap_or_default(),
                            rcpts: rcpts.clone(),
                            data,
                            auth_user: user.clone(),
                        };
                        s.received.lock().unwrap().push(msg);
                        s.arrived.notify_all();
                        "250 2.0.0 OK queued".into()
                    }
                };
                from = None;
                rcpts.clear();
                reply
            }
        } else if upper == "RSET" {
            from = None;
            rcpts.clear();
            "250 2.0.0 OK".into()
        } else if upper.starts_with("NOOP") {
            "250 2.0.0 OK".into()
        } else if upper == "QUIT" {
            write!(w, "221 2.0.0 Bye\r\n")?;
            return Ok(());
        } else {
            "500 5.5.1 Unknown command".into()
        };
        write!(w, "{reply}\r\n")?;
        w.flush()?;
    }
}

/// `<a@b> SIZE=1` → `a@b`.
fn angle(s: &str) -> String {
    let s = s.trim();
    match (s.find('<'), s.find('>')) {
        (Some(a), Some(b)) if b > a => s[a + 1..b].to_string(),
        _ => s.split_whitespace().next().unwrap_or("").to_string(),
    }
}
