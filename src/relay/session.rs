//! One SMTP submission session: smtp-proto parses, this loop decides.
//!
//! Pipelining: every complete command already received is answered into an output buffer,
//! which is flushed only before the session waits for more input, so a pipelined group
//! gets its replies in one write.
//!
//! Policy (never an open relay): MAIL needs AUTH unless the client is on loopback and
//! `allow_unauthenticated_loopback` is set (530 5.7.0); AUTH needs TLS off loopback (538
//! 5.7.11); MAIL FROM must be in an allowed sender domain (550 5.7.1); recipients are
//! limited (452 4.5.3), size too (552 5.3.4, from SIZE= and during DATA); a failure to
//! spool answers 451 4.3.0; shutting down answers 421 4.3.2.

use std::net::SocketAddr;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};
use std::time::Duration;

use base64::Engine as _;
use smtp_proto::request::receiver::{DataReceiver, RequestReceiver};
use smtp_proto::{
    AUTH_LOGIN, AUTH_PLAIN, EXT_8BIT_MIME, EXT_AUTH, EXT_ENHANCED_STATUS_CODES, EXT_PIPELINING,
    EXT_SIZE, EXT_START_TLS, EhloResponse, Error as ProtoError, Request,
};
use tokio::io::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt, ReadBuf};
use tokio::net::TcpStream;
use tokio_util::sync::CancellationToken;

use super::listener::{ListenerConfig, Submitter};

/// Longest AUTH continuation line we accept (RFC 4954: 12,288 octets).
const MAX_AUTH_LINE: usize = 12_288;
/// Failed AUTH attempts before we hang up.
const MAX_AUTH_FAILURES: u32 = 3;
/// Unknown or bad commands before we hang up.
const MAX_BAD_COMMANDS: u32 = 20;
/// Unrecognised commands before we hang up: SMTP clients do not send any, an HTTP request or
/// another protocol smuggled in (SSRF) sends several.
const MAX_UNKNOWN_COMMANDS: u32 = 3;
/// Longest line of a message (RFC 5322 §2.1.1), without its CRLF.
pub const MAX_LINE_OCTETS: usize = 998;
/// First words of a line that are not SMTP but HTTP (Postfix's `smtpd_forbidden_commands`).
const FORBIDDEN_COMMANDS: &[&str] = &[
    "CONNECT", "GET", "POST", "PUT", "HEAD", "DELETE", "OPTIONS", "PATCH", "TRACE",
];

/// Any byte stream a session can run on: a `TcpStream` in the daemon, an in-memory pipe in
/// tests and fuzzing.
pub trait Conn: AsyncRead + AsyncWrite + Unpin + Send {}
impl<T: AsyncRead + AsyncWrite + Unpin + Send> Conn for T {}

enum Io {
    Plain(Box<dyn Conn>),
    Tls(Box<tokio_rustls::server::TlsStream<Box<dyn Conn>>>),
    /// Transitional state during the STARTTLS handshake.
    Gone,
}

impl AsyncRead for Io {
    fn poll_read(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<std::io::Result<()>> {
        match self.get_mut() {
            Io::Plain(s) => Pin::new(s).poll_read(cx, buf),
            Io::Tls(s) => Pin::new(s.as_mut()).poll_read(cx, buf),
            Io::Gone => Poll::Ready(Err(std::io::ErrorKind::NotConnected.into())),
        }
    }
}

impl AsyncWrite for Io {
    fn poll_write(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<std::io::Result<usize>> {
        match self.get_mut() {
            Io::Plain(s) => Pin::new(s).poll_write(cx, buf),
            Io::Tls(s) => Pin::new(s.as_mut()).poll_write(cx, buf),
            Io::Gone => Poll::Ready(Err(std::io::ErrorKind::NotConnected.into())),
        }
    }

    fn poll_flush(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<std::io::Result<()>> {
        match self.get_mut() {
            Io::Plain(s) => Pin::new(s).poll_flush(cx),
            Io::Tls(s) => Pin::new(s.as_mut()).poll_flush(cx),
            Io::Gone => Poll::Ready(Ok(())),
        }
    }

    fn poll_shutdown(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<std::io::Result<()>> {
        match self.get_mut() {
            Io::Plain(s) => Pin::new(s).poll_shutdown(cx),
            Io::Tls(s) => Pin::new(s.as_mut()).poll_shutdown(cx),
            Io::Gone => Poll::Ready(Ok(())),
        }
    }
}

/// Why the session loop stops.
enum End {
    /// QUIT, or the client went away.
    Closed,
    /// We said 421 (timeout, shutdown, too many errors).
    Dropped,
}

struct Session {
    config: Arc<ListenerConfig>,
    submitter: Arc<Submitter>,
    cancel: CancellationToken,
    peer: SocketAddr,
    io: Io,
    input: Vec<u8>,
    out: Vec<u8>,
    loopback: bool,
    tls: bool,
    helo: Option<String>,
    esmtp: bool,
    user: Option<String>,
    auth_failures: u32,
    bad_commands: u32,
    unknown_commands: u32,
    mail_from: Option<String>,
    rcpts: Vec<String>,
    /// When the command being received must be complete: `command_timeout` bounds the whole
    /// command, not each read, so a client trickling a byte at a time (slow-loris) is cut off.
    deadline: Option<tokio::time::Instant>,
}

/// Runs one session to its end.
pub async fn run(
    stream: TcpStream,
    peer: SocketAddr,
    config: Arc<ListenerConfig>,
    submitter: Arc<Submitter>,
    cancel: CancellationToken,
) {
    run_stream(Box::new(stream), peer, config, submitter, cancel).await
}

/// Runs one session over any stream; `peer` decides the loopback policy. The daemon uses
/// [`run`]; tests and the fuzz targets drive this with in-memory streams.
pub async fn run_stream(
    stream: Box<dyn Conn>,
    peer: SocketAddr,
    config: Arc<ListenerConfig>,
    submitter: Arc<Submitter>,
    cancel: CancellationToken,
) {
    let mut s = Session {
        // `[::]` listeners see IPv4 clients as `::ffff:127.0.0.1`.
        loopback: peer.ip().to_canonical().is_loopback(),
        config,
        submitter,
        cancel,
        peer,
        io: Io::Plain(stream),
        input: Vec::with_capacity(4096),
        out: Vec::with_capacity(1024),
        tls: false,
        helo: None,
        esmtp: false,
        user: None,
        auth_failures: 0,
        bad_commands: 0,
        unknown_commands: 0,
        mail_from: None,
        rcpts: Vec::new(),
        deadline: None,
    };
    let end = s.serve().await;
    let _ = s.flush().await;
    let _ = s.io.shutdown().await;
    tracing::debug!(peer = %s.peer, dropped = matches!(end, Ok(End::Dropped)), "Relay session ended.");
}

impl Session {
    fn reply(&mut self, text: &str) {
        self.out.extend_from_slice(text.as_bytes());
        self.out.extend_from_slice(b"\r\n");
    }

    /// Writes the queued replies. Bounded by `command_timeout`: a client that pipelines
    /// commands but never reads the replies cannot hold the session open.
    async fn flush(&mut self) -> std::io::Result<()> {
        if !self.out.is_empty() {
            let write = async {
                self.io.write_all(&self.out).await?;
                self.io.flush().await
            };
            match tokio::time::timeout(self.config.command_timeout, write).await {
                Ok(r) => r?,
                Err(_) => return Err(std::io::ErrorKind::TimedOut.into()),
            }
            self.out.clear();
        }
        Ok(())
    }

    /// Flushes, then reads more input. `Ok(false)`: the client closed the connection, timed
    /// out, or we are shutting down (a 421 is queued).
    async fn read_more(&mut self, timeout: Duration, in_data: bool) -> std::io::Result<bool> {
        self.flush().await?;
        let mut chunk = [0u8; 16 * 1024];
        let cancel = self.cancel.clone();
        // One deadline per command line, and one for the whole DATA phase.
        let deadline = *self
            .deadline
            .get_or_insert_with(|| tokio::time::Instant::now() + timeout);
        let read = async {
            if in_data {
                // In-flight DATA finishes even while shutting down.
                tokio::time::timeout_at(deadline, self.io.read(&mut chunk)).await
            } else {
                tokio::select! {
                    r = tokio::time::timeout_at(deadline, self.io.read(&mut chunk)) => r,
                    _ = cancel.cancelled() => Ok(Err(std::io::ErrorKind::Interrupted.into())),
                }
            }
        };
        match read.await {
            Err(_) => {
                self.reply("421 4.4.2 Timeout, closing connection");
                Ok(false)
            }
            Ok(Err(e)) if e.kind() == std::io::ErrorKind::Interrupted => {
                self.reply("421 4.3.2 Service shutting down, try again later");
                Ok(false)
            }
            Ok(Err(e)) => Err(e),
            Ok(Ok(0)) => Ok(false),
            Ok(Ok(n)) => {
                self.input.extend_from_slice(&chunk[..n]);
                Ok(true)
            }
        }
    }

    /// One line of input (for the AUTH exchange), without its line break.
    async fn read_line(&mut self) -> std::io::Result<Option<String>> {
        loop {
            if let Some(i) = self.input.iter().position(|&b| b == b'\n') {
                let line: Vec<u8> = self.input.drain(..=i).collect();
                let line = String::from_utf8_lossy(&line);
                self.deadline = None;
                return Ok(Some(line.trim_end_matches(['\r', '\n']).to_string()));
            }
            if self.input.len() > MAX_AUTH_LINE {
                return Ok(None);
            }
            if !self.read_more(self.config.command_timeout, false).await? {
                return Ok(None);
            }
        }
    }

    /// Refuses the client: counted by `reason`, logged, and the connection closed.
    fn refuse(&mut self, reason: &'static str, reply: &str, what: &str) -> End {
        crate::metrics::inc("mailgate_relay_refused_total", &[("reason", reason)]);
        tracing::warn!(peer = %self.peer, reason, "Relay: {what}; connection closed.");
        self.reply(reply);
        End::Dropped
    }

    async fn serve(&mut self) -> std::io::Result<End> {
        if !self.loopback
            && let Some(left) = self.config.throttle.banned(self.peer.ip().to_canonical())
        {
            let text = format!(
                "421 4.7.0 Too many failed logins from your address; try again in {} s",
                left.as_secs().max(1)
            );
            self.reply(&text);
            return Ok(End::Dropped);
        }
        {
            // Postfix postscreen's pregreet test: SMTP clients wait for the banner; HTTP
            // clients and SSRF payloads (gopher://, a POST whose body is an SMTP dialogue)
            // send at once. With no delay configured the read is polled once: input already
            // there when the connection is accepted is refused too, at no cost to anyone.
            let mut first = [0u8; 512];
            let wait = tokio::time::timeout(self.config.greeting_delay, self.io.read(&mut first));
            match wait.await {
                Err(_) => {}
                Ok(Ok(0)) => return Ok(End::Closed),
                Ok(Ok(_)) => {
                    return Ok(self.refuse(
                        "pregreet",
                        "554 5.5.1 Protocol error: the client talked before the greeting (an SMTP client waits for the 220 line)",
                        "the client talked before the greeting",
                    ));
                }
                Ok(Err(e)) => return Err(e),
            }
        }
        let greeting = format!("220 {} ESMTP dastra-mailgate ready", self.config.hostname);
        self.reply(&greeting);
        let mut receiver = RequestReceiver::default();
        // The receiver holds the start of a command it has not finished parsing.
        let mut partial = false;
        loop {
            if self.cancel.is_cancelled() {
                self.reply("421 4.3.2 Service shutting down, try again later");
                return Ok(End::Dropped);
            }
            if !partial {
                match first_word(&self.input) {
                    FirstWord::Incomplete if self.input.len() < 64 => {
                        if !self.read_more(self.config.command_timeout, false).await? {
                            return Ok(End::Dropped);
                        }
                        continue;
                    }
                    FirstWord::Forbidden => {
                        return Ok(self.refuse(
                            "non_smtp",
                            "521 5.5.1 This is an SMTP server; HTTP requests and header lines are not SMTP commands. Closing connection",
                            "non-SMTP command (an HTTP request or header line)",
                        ));
                    }
                    _ => {}
                }
            }
            let (parsed, consumed) = {
                let mut it = self.input.iter();
                let r = receiver.ingest(&mut it).map(|r| r.into_owned());
                (r, self.input.len() - it.as_slice().len())
            };
            self.input.drain(..consumed);
            partial = matches!(parsed, Err(ProtoError::NeedsMoreData { .. }));
            if !matches!(parsed, Err(ProtoError::NeedsMoreData { .. })) {
                // A command is complete: the next one gets a fresh `command_timeout`.
                self.deadline = None;
            }
            let request = match parsed {
                Ok(r) => r,
                Err(ProtoError::NeedsMoreData { .. }) => {
                    if !self.read_more(self.config.command_timeout, false).await? {
                        return Ok(End::Dropped);
                    }
                    continue;
                }
                Err(e) => {
                    self.bad_commands += 1;
                    if matches!(e, ProtoError::UnknownCommand) {
                        self.unknown_commands += 1;
                        if self.unknown_commands >= MAX_UNKNOWN_COMMANDS {
                            return Ok(self.refuse(
                                "unknown_commands",
                                "421 4.7.0 Too many unrecognized commands, closing connection",
                                "too many unrecognised commands",
                            ));
                        }
                    }
                    let text = match e {
                        ProtoError::UnknownCommand => "500 5.5.1 Command unrecognized".to_string(),
                        ProtoError::ResponseTooLong => "500 5.5.2 Line too long".to_string(),
                        ProtoError::InvalidSenderAddress => {
                            "501 5.1.7 Bad sender address syntax".to_string()
                        }
                        ProtoError::InvalidRecipientAddress => {
                            "501 5.1.3 Bad recipient address syntax".to_string()
                        }
                        ProtoError::SyntaxError { syntax } => {
                            format!("501 5.5.2 Syntax: {syntax}")
                        }
                        ProtoError::InvalidParameter { param } => {
                            format!("501 5.5.4 Invalid parameter {param}")
                        }
                        ProtoError::UnsupportedParameter { param } => {
                            format!("504 5.5.4 Unsupported parameter {}", printable(&param))
                        }
                        _ => "500 5.5.2 Syntax error".to_string(),
                    };
                    self.reply(&text);
                    if self.bad_commands > MAX_BAD_COMMANDS {
                        self.reply("421 4.7.0 Too many errors, closing connection");
                        return Ok(End::Dropped);
                    }
                    continue;
                }
            };
            match request {
                Request::Ehlo { host } => self.ehlo(host, true),
                Request::Helo { host } => self.ehlo(host, false),
                Request::Lhlo { .. } => self.reply("500 5.5.1 This is not an LMTP server"),
                Request::StartTls => {
                    if self.starttls().await? {
                        receiver = RequestReceiver::default();
                    }
                }
                Request::Auth {
                    mechanism,
                    initial_response,
                } => {
                    if !self.auth(mechanism, initial_response).await? {
                        return Ok(End::Dropped);
                    }
                }
                Request::Mail { from } => self.mail(from),
                Request::Rcpt { to } => self.rcpt(to.address),
                Request::Data => {
                    if self.mail_from.is_none() {
                        self.reply("503 5.5.1 Need MAIL first");
                    } else if self.rcpts.is_empty() {
                        self.reply("554 5.5.1 No valid recipients");
                    } else {
                        self.reply("354 Start mail input; end with <CRLF>.<CRLF>");
                        if !self.data().await? {
                            return Ok(End::Dropped);
                        }
                    }
                }
                Request::Bdat { .. } => self.reply("502 5.5.1 CHUNKING is not supported"),
                Request::Rset => {
                    self.reset();
                    self.reply("250 2.0.0 OK");
                }
                Request::Noop { .. } => self.reply("250 2.0.0 OK"),
                Request::Vrfy { .. } => self.reply("252 2.5.0 Cannot VRFY user"),
                Request::Help { .. } => self.reply("214 2.0.0 See RFC 5321 and RFC 6409"),
                Request::Quit => {
                    self.reply("221 2.0.0 Bye");
                    return Ok(End::Closed);
                }
                Request::Expn { .. }
                | Request::Etrn { .. }
                | Request::Atrn { .. }
                | Request::Burl { .. } => self.reply("502 5.5.1 Command not implemented"),
            }
        }
    }

    fn reset(&mut self) {
        self.mail_from = None;
        self.rcpts.clear();
    }

    fn auth_offered(&self) -> bool {
        !self.config.clients.is_empty() && (self.tls || self.loopback)
    }

    fn ehlo(&mut self, host: String, esmtp: bool) {
        self.reset();
        self.helo = Some(host);
        self.esmtp = esmtp;
        if !esmtp {
            let text = format!("250 {}", self.config.hostname);
            self.reply(&text);
            return;
        }
        let mut r = EhloResponse::new(self.config.hostname.as_str());
        r.capabilities = EXT_SIZE | EXT_PIPELINING | EXT_8BIT_MIME | EXT_ENHANCED_STATUS_CODES;
        r.size = self.config.max_message_bytes as usize;
        if self.config.tls.is_some() && !self.tls {
            r.capabilities |= EXT_START_TLS;
        }
        if self.auth_offered() {
            r.capabilities |= EXT_AUTH;
            r.auth_mechanisms = AUTH_PLAIN | AUTH_LOGIN;
        }
        // smtp-proto's first line is a joke ("… you had me at EHLO"): ours is plain.
        let mut lines = Vec::new();
        let _ = r.write(&mut lines);
        let rest = lines
            .iter()
            .position(|&b| b == b'\n')
            .map_or(&lines[..0], |i| &lines[i + 1..]);
        let first = format!("250-{} Hello\r\n", self.config.hostname);
        self.out.extend_from_slice(first.as_bytes());
        self.out.extend_from_slice(rest);
    }

    /// `Ok(true)` when the connection is now TLS.
    async fn starttls(&mut self) -> std::io::Result<bool> {
        let Some(acceptor) = self.config.tls.clone() else {
            self.reply("454 4.7.0 TLS not available");
            return Ok(false);
        };
        if self.tls {
            self.reply("503 5.5.1 Already in TLS");
            return Ok(false);
        }
        self.reply("220 2.0.0 Ready to start TLS");
        self.flush().await?;
        // Anything pipelined after STARTTLS is plaintext injection (RFC 3207 §6): drop it.
        self.input.clear();
        let Io::Plain(tcp) = std::mem::replace(&mut self.io, Io::Gone) else {
            return Ok(false);
        };
        let handshake = tokio::time::timeout(self.config.command_timeout, acceptor.accept(tcp));
        match handshake.await {
            Ok(Ok(tls)) => {
                self.io = Io::Tls(Box::new(tls));
                self.tls = true;
                self.helo = None;
                self.user = None;
                self.reset();
                Ok(true)
            }
            Ok(Err(e)) => Err(e),
            Err(_) => Err(std::io::ErrorKind::TimedOut.into()),
        }
    }

    /// The SASL exchange. `Ok(false)`: hang up (too many failures, or the client left).
    async fn auth(&mut self, mechanism: u64, initial: String) -> std::io::Result<bool> {
        if self.helo.is_none() || !self.esmtp {
            self.reply("503 5.5.1 Send EHLO first");
            return Ok(true);
        }
        if self.user.is_some() {
            self.reply("503 5.5.1 Already authenticated");
            return Ok(true);
        }
        if self.mail_from.is_some() {
            self.reply("503 5.5.1 AUTH not allowed during a mail transaction");
            return Ok(true);
        }
        if self.config.clients.is_empty() {
            self.reply("503 5.5.1 AUTH not available");
            return Ok(true);
        }
        if !self.tls && !self.loopback {
            self.reply("538 5.7.11 Encryption required for requested authentication mechanism");
            return Ok(true);
        }
        let source = self.peer.ip().to_canonical();
        if let Some(left) = self.config.throttle.banned(source) {
            let text = format!(
                "421 4.7.0 Too many failed logins from your address; try again in {} s",
                left.as_secs().max(1)
            );
            self.reply(&text);
            return Ok(false);
        }
        let b64 = base64::engine::general_purpose::STANDARD;
        let credentials = if mechanism == AUTH_PLAIN {
            let data = if initial.is_empty() {
                self.reply("334 ");
                match self.read_line().await? {
                    Some(l) => l,
                    None => return Ok(false),
                }
            } else if initial == "=" {
                String::new()
            } else {
                initial
            };
            if data == "*" {
                self.reply("501 5.0.0 Authentication cancelled");
                return Ok(true);
            }
            b64.decode(data.trim()).ok().and_then(|raw| {
                let mut parts = raw.split(|&b| b == 0);
                let (authz, authc, pass) = (parts.next()?, parts.next()?, parts.next()?);
                if parts.next().is_some() || (!authz.is_empty() && authz != authc) {
                    return None;
                }
                Some((
                    String::from_utf8(authc.to_vec()).ok()?,
                    String::from_utf8(pass.to_vec()).ok()?,
                ))
            })
        } else if mechanism == AUTH_LOGIN {
            let user = if initial.is_empty() || initial == "=" {
                self.reply("334 VXNlcm5hbWU6");
                match self.read_line().await? {
                    Some(l) => l,
                    None => return Ok(false),
                }
            } else {
                initial
            };
            if user == "*" {
                self.reply("501 5.0.0 Authentication cancelled");
                return Ok(true);
            }
            self.reply("334 UGFzc3dvcmQ6");
            let pass = match self.read_line().await? {
                Some(l) => l,
                None => return Ok(false),
            };
            if pass == "*" {
                self.reply("501 5.0.0 Authentication cancelled");
                return Ok(true);
            }
            let dec = |s: &str| {
                b64.decode(s.trim())
                    .ok()
                    .and_then(|v| String::from_utf8(v).ok())
            };
            dec(&user).zip(dec(&pass))
        } else {
            self.reply("504 5.5.4 Unrecognized authentication type (use PLAIN or LOGIN)");
            return Ok(true);
        };
        let ok = match &credentials {
            Some((u, p)) => verify(&self.config, u, p).await,
            None => false,
        };
        match credentials.filter(|_| ok) {
            Some((user, _)) => {
                tracing::info!(peer = %self.peer, client = %user, "Relay client authenticated.");
                self.config.throttle.success(source);
                self.user = Some(user);
                self.reply("235 2.7.0 Authentication successful");
                Ok(true)
            }
            None => {
                self.auth_failures += 1;
                // Per source address, across connections: the answer waits longer after
                // each failure, and the address is banned after a run of them (logged
                // once a minute per address by the throttle, not here).
                let verdict = self.config.throttle.failure(source);
                if !verdict.delay.is_zero() {
                    self.flush().await?;
                    tokio::time::sleep(verdict.delay).await;
                }
                self.reply("535 5.7.8 Authentication credentials invalid");
                if let Some(ban) = verdict.banned {
                    let text = format!(
                        "421 4.7.0 Too many failed logins from your address; try again in {} s",
                        ban.as_secs()
                    );
                    self.reply(&text);
                    return Ok(false);
                }
                if self.auth_failures >= MAX_AUTH_FAILURES {
                    self.reply("421 4.7.0 Too many authentication failures");
                    return Ok(false);
                }
                Ok(true)
            }
        }
    }

    fn mail(&mut self, from: smtp_proto::MailFrom<String>) {
        if self.helo.is_none() {
            self.reply("503 5.5.1 Send EHLO first");
            return;
        }
        if self.mail_from.is_some() {
            self.reply("503 5.5.1 Sender already given");
            return;
        }
        let needs_auth = !(self.loopback && self.config.allow_unauthenticated_loopback);
        if needs_auth && self.user.is_none() {
            self.reply("530 5.7.0 Authentication required");
            return;
        }
        let address = from.address.trim().to_string();
        let Some((_, domain)) = address
            .rsplit_once('@')
            .filter(|(l, d)| !l.is_empty() && !d.is_empty())
        else {
            self.reply("550 5.7.1 A sender address with a domain is required");
            return;
        };
        let domain = domain.to_ascii_lowercase();
        if !self.config.allowed_sender_domains.contains(&domain) {
            tracing::warn!(peer = %self.peer, %domain, "Relay: sender domain refused.");
            self.reply("550 5.7.1 Sender domain not allowed on this relay");
            return;
        }
        if from.size as u64 > self.config.max_message_bytes {
            self.reply("552 5.3.4 Message size exceeds fixed maximum message size");
            return;
        }
        self.mail_from = Some(address);
        self.reply("250 2.1.0 Sender OK");
    }

    fn rcpt(&mut self, to: String) {
        if self.mail_from.is_none() {
            self.reply("503 5.5.1 Need MAIL first");
            return;
        }
        let to = to.trim().to_string();
        if to
            .rsplit_once('@')
            .is_none_or(|(l, d)| l.is_empty() || d.is_empty())
        {
            self.reply("501 5.1.3 Bad recipient address syntax");
            return;
        }
        if self.rcpts.len() >= self.config.max_recipients as usize {
            self.reply("452 4.5.3 Too many recipients");
            return;
        }
        if !self.rcpts.iter().any(|r| r.eq_ignore_ascii_case(&to)) {
            self.rcpts.push(to);
        }
        self.reply("250 2.1.5 Recipient OK");
    }

    /// Receives the message after 354. `Ok(false)`: the connection is gone or timed out.
    async fn data(&mut self) -> std::io::Result<bool> {
        let max = self.config.max_message_bytes as usize;
        let mut receiver = DataReceiver::new();
        let mut message = Vec::new();
        // Prime the receiver as if a line had just ended, so a first line of "." or "..x"
        // is recognised.
        receiver.ingest(&mut b"\r\n".iter(), &mut message);
        message.clear();
        let mut too_big = false;
        // `data_timeout` bounds the whole message, not each read (slow-loris).
        self.deadline = None;
        loop {
            let (done, consumed) = {
                let mut it = self.input.iter();
                let done = receiver.ingest(&mut it, &mut message);
                (done, self.input.len() - it.as_slice().len())
            };
            self.input.drain(..consumed);
            if message.len() > max {
                too_big = true;
                message.clear();
                message.shrink_to(64 * 1024);
            }
            if done {
                break;
            }
            if !self.read_more(self.config.data_timeout, true).await? {
                return Ok(false);
            }
        }
        self.deadline = None;
        let (from, rcpts) = (self.mail_from.take(), std::mem::take(&mut self.rcpts));
        if too_big {
            self.reply("552 5.3.4 Message size exceeds fixed maximum message size");
            return Ok(true);
        }
        let client = match &self.user {
            Some(u) => format!("{u} from {}", self.peer),
            None => format!("unauthenticated from {}", self.peer),
        };
        // RFC 5321 §2.3.8: bare CR and LF must not be sent on. A bare LF before ".\r\n"
        // would end DATA early at an upstream that accepts LF as a line end (SMTP
        // smuggling): normalised to CRLF, that dot is stuffed on the way out like any other.
        let message = normalize_line_ends(message);
        if let Some((line, len)) = longest_line_over(&message, MAX_LINE_OCTETS) {
            crate::metrics::inc("mailgate_relay_refused_total", &[("reason", "long_line")]);
            tracing::warn!(peer = %self.peer, line, octets = len, "Relay: message refused, a line is longer than 998 octets.");
            let text = format!(
                "550 5.6.0 Line {line} of the message is {len} octets long; RFC 5322 allows 998. Encode long lines (quoted-printable or base64) before sending"
            );
            self.reply(&text);
            return Ok(true);
        }
        let from = from.unwrap_or_default();
        match self.submitter.submit(client, from, rcpts, message).await {
            Ok(entry) => {
                tracing::info!(id = %entry.id, recipients = entry.recipients.len(), size = entry.size, "Relay: message queued.");
                let text = format!("250 2.0.0 Ok: queued as {}", entry.id);
                self.reply(&text);
            }
            Err(e) => {
                tracing::error!(error = %e, "Relay: cannot write the message to the spool.");
                self.reply("451 4.3.0 Cannot queue the message right now, try again later");
            }
        }
        Ok(true)
    }
}

/// Checks the password off the async runtime (salted hashes are slow on purpose). An
/// unknown user is checked against a decoy hash, so timing does not tell user names.
async fn verify(config: &ListenerConfig, user: &str, password: &str) -> bool {
    let hash = config
        .clients
        .iter()
        .find(|c| c.username == user)
        .map(|c| c.hash.clone());
    let password = crate::secret::SecretString::new(password.to_string());
    let known = hash.is_some();
    let check = tokio::task::spawn_blocking(move || {
        let h = hash.unwrap_or_else(|| super::password::decoy().clone());
        h.verify(password.expose()) && known
    });
    check.await.unwrap_or(false)
}

/// What the start of the input says before it is parsed as a command.
#[derive(Debug, PartialEq, Eq)]
enum FirstWord {
    /// No delimiter yet.
    Incomplete,
    /// An HTTP method, or `Name:` (a header line).
    Forbidden,
    Other,
}

fn first_word(input: &[u8]) -> FirstWord {
    let Some(end) = input
        .iter()
        .position(|b| matches!(b, b' ' | b'\t' | b':' | b'\r' | b'\n'))
    else {
        return FirstWord::Incomplete;
    };
    let word = &input[..end];
    let header = input[end] == b':'
        && !word.is_empty()
        && word.iter().all(|b| b.is_ascii_alphanumeric() || *b == b'-');
    let http = FORBIDDEN_COMMANDS
        .iter()
        .any(|c| c.as_bytes().eq_ignore_ascii_case(word));
    if header || http {
        FirstWord::Forbidden
    } else {
        FirstWord::Other
    }
}

/// Every bare CR and bare LF becomes CRLF.
pub fn normalize_line_ends(message: Vec<u8>) -> Vec<u8> {
    let bare = message.iter().enumerate().any(|(i, &b)| match b {
        b'\n' => i == 0 || message[i - 1] != b'\r',
        b'\r' => message.get(i + 1) != Some(&b'\n'),
        _ => false,
    });
    if !bare {
        return message;
    }
    let mut out = Vec::with_capacity(message.len() + 64);
    let mut i = 0;
    while i < message.len() {
        match message[i] {
            b'\r' if message.get(i + 1) == Some(&b'\n') => {
                out.extend_from_slice(b"\r\n");
                i += 2;
                continue;
            }
            b'\r' | b'\n' => out.extend_from_slice(b"\r\n"),
            b => out.push(b),
        }
        i += 1;
    }
    out
}

/// The first line (1-based) longer than `max` octets without its CRLF, and its length.
pub fn longest_line_over(message: &[u8], max: usize) -> Option<(usize, usize)> {
    message
        .split(|&b| b == b'\n')
        .enumerate()
        .map(|(i, l)| (i + 1, l.strip_suffix(b"\r").unwrap_or(l).len()))
        .find(|(_, len)| *len > max)
}

fn printable(s: &str) -> String {
    s.chars().filter(|c| !c.is_control()).take(64).collect()
}
