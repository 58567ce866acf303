//! SMTP delivery: XOAUTH2 from a [`TokenSource`] (Office 365, Gmail), or PLAIN / no auth for
//! on-premises relays and tests (`allow_insecure`).
//!
//! The SMTP dialogue is lettre's [`AsyncSmtpConnection`]; the connections and their pool are
//! ours, because lettre's own transport (a) never sets `TCP_NODELAY`, so the final
//! `CRLF . CRLF` (a second small write after the body) waits for the server's delayed ACK —
//! about 40 ms per message on Linux, which capped delivery at ~220 messages/s over 10
//! connections — and (b) sends a `NOOP` before every reuse of a pooled connection.
//!
//! * Each connection is a TCP stream with `TCP_NODELAY` and an inactivity deadline
//!   ([`SmtpParams::timeout`] without progress in either direction fails the exchange), with
//!   implicit TLS (rustls) or STARTTLS (lettre's upgrade), then EHLO and AUTH.
//! * Idle connections are kept for [`SmtpParams::idle_timeout`] (default [`IDLE_TIMEOUT`],
//!   5 s) and then closed with QUIT by a reaper task, so the provider's per-mailbox
//!   connection limit (Exchange Online: 3) is not held by idle connections after a burst.
//!   While kept, they are reused without a probe. A reused
//!   connection the server has closed fails at `MAIL FROM`, before anything of the message was
//!   sent; the idle ones are then dropped and the message goes out on a fresh connection.
//! * Connections are tagged with the token they authenticated with; after a refresh the old
//!   ones are closed and new ones log in with the new token.
//! * A rejected token (535, or Gmail's `334` JSON challenge, which lettre reports as "This
//!   mechanism does not expect a challenge") invalidates the token and is retried once with a
//!   fresh one.
//! * A refused recipient does not fail the others: the message goes to the accepted ones and
//!   the refusals come back in [`Delivered::refused`], each with its own error. Only when
//!   every recipient is refused does the transaction fail, with a temporary refusal if there
//!   is one (no recipient that may still take the message is failed with the others).
//! * A refused message is answered with `RSET`, and the connection stays usable.

use std::fmt;
use std::future::Future;
use std::io;
use std::net::SocketAddr;
use std::pin::Pin;
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll};
use std::time::{Duration, Instant};

use lettre::Address;
use lettre::address::Envelope;
use lettre::transport::smtp::authentication::{Credentials, Mechanism};
use lettre::transport::smtp::client::{
    AsyncSmtpConnection, AsyncTokioStream, Certificate, TlsParameters,
};
use lettre::transport::smtp::commands::{Data, Mail, Rcpt, Rset};
use lettre::transport::smtp::extension::{ClientId, Extension, MailBodyParameter, MailParameter};
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::net::TcpStream;

use super::{Delivered, DeliveryError, Transport};
use crate::config::{SmtpAuth, TlsMode};
use crate::oauth::{BoxFuture, TokenSource};
use crate::secret::SecretString;

/// Connect, command and DATA timeout of one SMTP exchange (time without progress).
pub const SMTP_TIMEOUT: Duration = Duration::from_secs(60);

/// How long an idle connection is kept for reuse by default (`relay.transport.
/// idle_timeout_secs`). Short: Exchange Online allows 3 connections per mailbox, and an
/// idle one kept for its ~1 min server timeout blocks `test-send` and other senders.
pub const IDLE_TIMEOUT: Duration = Duration::from_secs(5);

/// Where and how to connect.
#[derive(Clone)]
pub struct SmtpParams {
    pub host: String,
    pub port: u16,
    pub tls: TlsMode,
    pub auth: SmtpAuth,
    /// PLAIN login (XOAUTH2 takes the user from the token source).
    pub username: Option<String>,
    pub password: Option<SecretString>,
    /// Extra trusted CA (PEM).
    pub ca_pem: Option<Vec<u8>>,
    pub max_connections: u32,
    /// Our name in EHLO.
    pub hello_name: String,
    /// Time without progress after which an exchange fails (temporary).
    pub timeout: Duration,
    /// An idle connection is closed this long after its last message.
    pub idle_timeout: Duration,
}

/// How TLS is set up on a new connection.
enum TlsSetup {
    None,
    /// rustls on the fresh socket, before the greeting.
    Implicit(tokio_rustls::TlsConnector),
    /// lettre's STARTTLS upgrade after the first EHLO.
    StartTls(TlsParameters),
}

/// An authenticated connection waiting for its next message.
struct Idle {
    conn: AsyncSmtpConnection,
    /// The credentials it logged in with (the access token for XOAUTH2).
    key: String,
    since: Instant,
}

/// The credentials of one login.
struct Login {
    key: String,
    credentials: Option<Credentials>,
    mechanism: Mechanism,
}

/// The idle connections, and whether a reaper task is watching them.
#[derive(Default)]
struct Pool {
    conns: Vec<Idle>,
    reaper: bool,
}

pub struct SmtpTransport {
    params: SmtpParams,
    tokens: Option<Arc<dyn TokenSource>>,
    tls: TlsSetup,
    idle: Arc<Mutex<Pool>>,
}

/// How one attempt failed.
enum Attempt {
    /// Before or outside the SMTP dialogue (token, TCP connect, TLS set-up).
    Setup(DeliveryError),
    Smtp(lettre::transport::smtp::Error),
}

/// Where in the transaction a failure happened.
#[derive(PartialEq)]
enum Stage {
    /// `MAIL FROM`: nothing of the message has been sent yet.
    Mail,
    /// `RCPT`, `DATA` or the content.
    Later,
}

impl SmtpTransport {
    /// `tokens` is required for XOAUTH2.
    pub fn new(
        params: SmtpParams,
        tokens: Option<Arc<dyn TokenSource>>,
    ) -> Result<SmtpTransport, String> {
        if params.auth == SmtpAuth::XOAuth2 && tokens.is_none() {
            return Err("XOAUTH2 needs an OAuth account (relay.transport.oauth_account)".into());
        }
        if params.auth == SmtpAuth::Plain
            && (params.username.is_none() || params.password.is_none())
        {
            return Err("auth = \"plain\" needs relay.transport.username and password".into());
        }
        let tls = match params.tls {
            TlsMode::None => TlsSetup::None,
            TlsMode::Implicit => {
                let config = crate::ingest::source::imap::tls_config(params.ca_pem.as_deref())
                    .map_err(|e| format!("relay.transport TLS set-up: {e}"))?;
                TlsSetup::Implicit(tokio_rustls::TlsConnector::from(Arc::new(config)))
            }
            TlsMode::StartTls => {
                let mut b = TlsParameters::builder(params.host.clone());
                if let Some(pem) = &params.ca_pem {
                    let cert = Certificate::from_pem(pem)
                        .map_err(|e| format!("relay.transport.ca_file: {e}"))?;
                    b = b.add_root_certificate(cert);
                }
                TlsSetup::StartTls(
                    b.build_rustls()
                        .map_err(|e| format!("relay.transport TLS set-up: {e}"))?,
                )
            }
        };
        Ok(SmtpTransport {
            params,
            tokens,
            tls,
            idle: Arc::default(),
        })
    }

    /// The credentials to log in with now (a fresh token after a refresh).
    async fn login(&self) -> Result<Login, DeliveryError> {
        Ok(match self.params.auth {
            SmtpAuth::XOAuth2 => {
                let source = self.tokens.as_ref().expect("checked in new()");
                let token = source.token().await.map_err(|e| {
                    // The message waits for the token (a re-authorisation, or the token
                    // endpoint coming back) instead of failing.
                    DeliveryError::temporary(e.to_string())
                })?;
                let key = token.expose().to_string();
                Login {
                    credentials: Some(Credentials::new(source.user().to_string(), key.clone())),
                    key,
                    mechanism: Mechanism::Xoauth2,
                }
            }
            SmtpAuth::Plain => Login {
                key: String::new(),
                credentials: Some(Credentials::new(
                    self.params.username.clone().unwrap_or_default(),
                    self.params
                        .password
                        .as_ref()
                        .map(|p| p.expose().to_string())
                        .unwrap_or_default(),
                )),
                mechanism: Mechanism::Plain,
            },
            SmtpAuth::None => Login {
                key: String::new(),
                credentials: None,
                mechanism: Mechanism::Plain,
            },
        })
    }

    /// A pooled connection logged in with `key`. Stale ones and ones with an old token are
    /// closed (QUIT) before this returns, so a new connection never overlaps them (Exchange
    /// answers a 4th concurrent connection of a mailbox with 432 4.3.2).
    async fn take_idle(&self, key: &str) -> Option<AsyncSmtpConnection> {
        let mut stale = Vec::new();
        let found = {
            let mut idle = self.idle.lock().unwrap_or_else(|p| p.into_inner());
            let mut found = None;
            while let Some(c) = idle.conns.pop() {
                if c.key == key
                    && c.since.elapsed() < self.params.idle_timeout
                    && !c.conn.has_broken()
                {
                    found = Some(c.conn);
                    break;
                }
                stale.push(c.conn);
            }
            found
        };
        for mut c in stale {
            c.abort().await;
        }
        found
    }

    fn put_idle(&self, conn: AsyncSmtpConnection, key: String) {
        let mut idle = self.idle.lock().unwrap_or_else(|p| p.into_inner());
        if idle.conns.len() >= self.max_connections() || self.params.idle_timeout.is_zero() {
            close(conn);
            return;
        }
        idle.conns.push(Idle {
            conn,
            key,
            since: Instant::now(),
        });
        if !idle.reaper
            && let Ok(rt) = tokio::runtime::Handle::try_current()
        {
            idle.reaper = true;
            rt.spawn(reap(Arc::downgrade(&self.idle), self.params.idle_timeout));
        }
    }

    /// Closes every idle connection (after a refused login or a dropped connection).
    async fn drop_idle(&self) {
        let conns: Vec<Idle> =
            std::mem::take(&mut self.idle.lock().unwrap_or_else(|p| p.into_inner()).conns);
        for mut c in conns {
            c.conn.abort().await;
        }
    }

    /// The SendAs hint with this transport's login and `sender` filled in.
    fn fill_send_as_hint(&self, mut e: DeliveryError, sender: &str) -> DeliveryError {
        if super::is_send_as_denied(&e) {
            let account = match self.params.auth {
                SmtpAuth::XOAuth2 => self.tokens.as_ref().map(|t| t.user().to_string()),
                _ => self.params.username.clone(),
            };
            if let Some(account) = account {
                e.hint = Some(super::send_as_hint(sender, &account));
            }
        }
        e
    }

    /// A new connection: TCP (`TCP_NODELAY`), TLS, greeting, EHLO, STARTTLS, AUTH.
    async fn connect(&self, login: &Login) -> Result<AsyncSmtpConnection, Attempt> {
        let p = &self.params;
        let tcp = tokio::time::timeout(p.timeout, TcpStream::connect((p.host.as_str(), p.port)))
            .await
            .map_err(|_| {
                Attempt::Setup(DeliveryError::temporary(format!(
                    "connecting to {}:{} timed out after {} s",
                    p.host,
                    p.port,
                    p.timeout.as_secs()
                )))
            })?
            .map_err(|e| {
                Attempt::Setup(DeliveryError::temporary(format!(
                    "cannot connect to {}:{}: {e}",
                    p.host, p.port
                )))
            })?;
        // Without it the final ".\r\n" of each message waits for the server's delayed ACK.
        let _ = tcp.set_nodelay(true);
        let peer = tcp
            .peer_addr()
            .unwrap_or_else(|_| SocketAddr::from(([0, 0, 0, 0], p.port)));
        let stream = match &self.tls {
            TlsSetup::Implicit(connector) => {
                let name = rustls_pki_types::ServerName::try_from(p.host.clone()).map_err(|e| {
                    Attempt::Setup(DeliveryError::permanent(format!(
                        "relay.transport.host {:?} is not a valid TLS server name: {e}",
                        p.host
                    )))
                })?;
                let handshake = connector.connect(name, tcp);
                let tls = tokio::time::timeout(p.timeout, handshake)
                    .await
                    .map_err(|_| {
                        Attempt::Setup(DeliveryError::temporary(format!(
                            "TLS handshake with {}:{} timed out",
                            p.host, p.port
                        )))
                    })?
                    .map_err(|e| {
                        Attempt::Setup(DeliveryError::temporary(format!(
                            "TLS handshake with {}:{} failed: {e}",
                            p.host, p.port
                        )))
                    })?;
                Stream::Tls(Box::new(tls))
            }
            _ => Stream::Plain(tcp),
        };
        let io = Io {
            stream,
            peer,
            timeout: p.timeout,
            deadline: None,
        };
        let hello = ClientId::Domain(p.hello_name.clone());
        let mut conn = AsyncSmtpConnection::connect_with_transport(Box::new(io), &hello)
            .await
            .map_err(Attempt::Smtp)?;
        if let TlsSetup::StartTls(params) = &self.tls {
            if !conn.can_starttls() {
                conn.abort().await;
                return Err(Attempt::Setup(DeliveryError::permanent(format!(
                    "{}:{} does not offer STARTTLS; set relay.transport.tls to \"implicit\" if it \
                     expects TLS from the start (port 465), or check host and port",
                    p.host, p.port
                ))));
            }
            if let Err(e) = conn.starttls(params.clone(), &hello).await {
                return Err(Attempt::Smtp(e));
            }
        }
        if let Some(credentials) = &login.credentials
            && let Err(e) = conn.auth(&[login.mechanism], credentials).await
        {
            // Closed before the retry opens another (the mailbox's connection limit).
            conn.abort().await;
            return Err(Attempt::Smtp(e));
        }
        Ok(conn)
    }

    async fn send_inner(
        &self,
        env_from: &str,
        recipients: &[String],
        message: &[u8],
    ) -> Result<Delivered, DeliveryError> {
        let sender = header_from(message).unwrap_or_else(|| env_from.to_string());
        match self.send_once(env_from, recipients, message).await {
            Ok(mut d) => {
                d.refused = d
                    .refused
                    .into_iter()
                    .map(|(a, e)| (a, self.fill_send_as_hint(e, &sender)))
                    .collect();
                Ok(d)
            }
            Err(e) => Err(self.fill_send_as_hint(e, &sender)),
        }
    }

    async fn send_once(
        &self,
        env_from: &str,
        recipients: &[String],
        message: &[u8],
    ) -> Result<Delivered, DeliveryError> {
        let from: Address = env_from
            .parse()
            .map_err(|e| DeliveryError::permanent(format!("envelope sender {env_from}: {e}")))?;
        let mut to = Vec::new();
        for r in recipients {
            to.push(
                r.parse::<Address>()
                    .map_err(|e| DeliveryError::permanent(format!("recipient {r}: {e}")))?,
            );
        }
        let envelope = Envelope::new(Some(from), to)
            .map_err(|e| DeliveryError::permanent(format!("envelope: {e}")))?;
        let content = without_final_crlf(message);
        let mut auth_retried = false;
        let mut stale_retried = false;
        loop {
            let login = self.login().await?;
            let (mut conn, reused) = match self.take_idle(&login.key).await {
                Some(c) => (c, true),
                None => match self.connect(&login).await {
                    Ok(c) => (c, false),
                    Err(Attempt::Setup(e)) => return Err(e),
                    Err(Attempt::Smtp(e)) => {
                        if is_auth_rejection(&e)
                            && !auth_retried
                            && self.params.auth == SmtpAuth::XOAuth2
                        {
                            auth_retried = true;
                            tracing::info!(
                                "Relay: the provider refused the access token; fetching a new one and retrying once."
                            );
                            if let Some(t) = &self.tokens {
                                t.invalidate();
                            }
                            self.drop_idle().await;
                            continue;
                        }
                        return Err(classify(&e));
                    }
                },
            };
            match transaction(&mut conn, &envelope, content).await {
                Ok((response, refused)) => {
                    self.put_idle(conn, login.key);
                    let refused = refused
                        .into_iter()
                        .map(|(i, e)| (recipients[i].clone(), classify(&e)))
                        .collect();
                    return Ok(Delivered { response, refused });
                }
                Err((stage, Attempt::Setup(e))) => {
                    // Refused before sending anything (8BITMIME/SMTPUTF8 missing).
                    if stage == Stage::Mail {
                        self.put_idle(conn, login.key);
                    } else {
                        close(conn);
                    }
                    return Err(e);
                }
                Err((stage, Attempt::Smtp(e))) => {
                    let dropped = e.status().is_none_or(|c| u16::from(c) == 421);
                    if dropped {
                        close(conn);
                        if reused && stage == Stage::Mail && !stale_retried {
                            // The server closed the pooled connection while it was idle;
                            // nothing of this message was sent.
                            stale_retried = true;
                            self.drop_idle().await;
                            continue;
                        }
                    } else if conn.command(Rset).await.is_ok() {
                        self.put_idle(conn, login.key);
                    } else {
                        close(conn);
                    }
                    return Err(classify(&e));
                }
            }
        }
    }
}

/// Recipients (by index) the server refused, with its reply.
type Refusals = Vec<(usize, lettre::transport::smtp::Error)>;

/// One mail transaction on an open connection: the server's final reply and the
/// recipients it refused while accepting others.
async fn transaction(
    conn: &mut AsyncSmtpConnection,
    envelope: &Envelope,
    content: &[u8],
) -> Result<(String, Refusals), (Stage, Attempt)> {
    let mut options = Vec::new();
    let non_ascii = envelope
        .from()
        .into_iter()
        .chain(envelope.to())
        .any(|a: &Address| !AsRef::<str>::as_ref(a).is_ascii());
    if non_ascii {
        if !conn.server_info().supports_feature(Extension::SmtpUtfEight) {
            return Err((
                Stage::Mail,
                Attempt::Setup(DeliveryError::permanent(
                    "an address is not ASCII and the server does not offer SMTPUTF8",
                )),
            ));
        }
        options.push(MailParameter::SmtpUtfEight);
    }
    if !content.is_ascii() {
        if !conn.server_info().supports_feature(Extension::EightBitMime) {
            return Err((
                Stage::Mail,
                Attempt::Setup(DeliveryError::permanent(
                    "the message has 8-bit content and the server does not offer 8BITMIME",
                )),
            ));
        }
        options.push(MailParameter::Body(MailBodyParameter::EightBitMime));
    }
    conn.command(Mail::new(envelope.from().cloned(), options))
        .await
        .map_err(|e| (Stage::Mail, Attempt::Smtp(e)))?;
    let mut refused = Vec::new();
    for (i, rcpt) in envelope.to().iter().enumerate() {
        match conn.command(Rcpt::new(rcpt.clone(), vec![])).await {
            Ok(_) => {}
            // A reply about this recipient (not a 421 closing the connection).
            Err(e) if e.status().is_some_and(|c| u16::from(c) != 421) => refused.push((i, e)),
            Err(e) => return Err((Stage::Later, Attempt::Smtp(e))),
        }
    }
    if refused.len() == envelope.to().len() {
        // Nobody to send to: one refusal stands for the transaction — a temporary one if
        // there is one, so that no recipient that may still take the message is failed (a
        // permanently refused one is failed on its own at a later attempt).
        let i = refused
            .iter()
            .position(|(_, e)| e.status().is_some_and(|c| u16::from(c) < 500))
            .unwrap_or(0);
        let (_, e) = refused.swap_remove(i);
        return Err((Stage::Later, Attempt::Smtp(e)));
    }
    conn.command(Data)
        .await
        .map_err(|e| (Stage::Later, Attempt::Smtp(e)))?;
    let r = conn
        .message(content)
        .await
        .map_err(|e| (Stage::Later, Attempt::Smtp(e)))?;
    let text: Vec<&str> = r.message().collect();
    Ok((
        format!("{} {}", u16::from(r.code()), text.join(" ")),
        refused,
    ))
}

/// Closes the pool's connections once they have been idle for `after`; ends when the pool
/// is empty (the next `put_idle` starts another) or the transport is gone.
async fn reap(pool: std::sync::Weak<Mutex<Pool>>, after: Duration) {
    loop {
        let (expired, next) = {
            let Some(pool) = pool.upgrade() else { return };
            let mut p = pool.lock().unwrap_or_else(|e| e.into_inner());
            let now = Instant::now();
            let (expired, keep): (Vec<Idle>, Vec<Idle>) = std::mem::take(&mut p.conns)
                .into_iter()
                .partition(|c| now.duration_since(c.since) >= after);
            p.conns = keep;
            let next = p.conns.iter().map(|c| c.since + after).min();
            if next.is_none() {
                p.reaper = false;
            }
            (expired, next)
        };
        if !expired.is_empty() {
            tracing::debug!(
                closed = expired.len(),
                "Relay: closing idle connections to the provider."
            );
        }
        for mut c in expired {
            c.conn.abort().await;
        }
        match next {
            Some(at) => tokio::time::sleep_until(at.into()).await,
            None => return,
        }
    }
}

/// The address of the message's From header (the rewritten From: relay.sender).
fn header_from(message: &[u8]) -> Option<String> {
    let head_end = message
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .unwrap_or(message.len());
    let head = String::from_utf8_lossy(&message[..head_end]);
    let line = head
        .split("\r\n")
        .find(|l| l.get(..5).is_some_and(|n| n.eq_ignore_ascii_case("from:")))?;
    let v = &line[5..];
    let addr = match (v.rfind('<'), v.rfind('>')) {
        (Some(a), Some(b)) if b > a => &v[a + 1..b],
        _ => v.trim(),
    };
    Some(addr.trim().to_string()).filter(|a| a.contains('@'))
}

/// QUIT and close in the background (the caller does not wait for the server).
fn close(mut conn: AsyncSmtpConnection) {
    if let Ok(rt) = tokio::runtime::Handle::try_current() {
        rt.spawn(async move { conn.abort().await });
    }
}

/// The socket under an SMTP connection.
enum Stream {
    Plain(TcpStream),
    Tls(Box<tokio_rustls::client::TlsStream<TcpStream>>),
}

/// A connection's byte stream: fails with `TimedOut` when neither reading nor writing makes
/// progress for `timeout` (lettre's own timeout covers only the TCP connect).
struct Io {
    stream: Stream,
    peer: SocketAddr,
    timeout: Duration,
    deadline: Option<Pin<Box<tokio::time::Sleep>>>,
}

impl Io {
    fn progress<T>(&mut self, cx: &mut Context<'_>, r: Poll<io::Result<T>>) -> Poll<io::Result<T>> {
        if r.is_ready() {
            self.deadline = None;
            return r;
        }
        let timeout = self.timeout;
        let deadline = self
            .deadline
            .get_or_insert_with(|| Box::pin(tokio::time::sleep(timeout)));
        match deadline.as_mut().poll(cx) {
            Poll::Ready(()) => {
                self.deadline = None;
                Poll::Ready(Err(io::Error::new(
                    io::ErrorKind::TimedOut,
                    format!("the server did not answer for {} s", timeout.as_secs()),
                )))
            }
            Poll::Pending => Poll::Pending,
        }
    }
}

impl fmt::Debug for Io {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Io").field("peer", &self.peer).finish()
    }
}

impl AsyncRead for Io {
    fn poll_read(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        let this = self.get_mut();
        let r = match &mut this.stream {
            Stream::Plain(s) => Pin::new(s).poll_read(cx, buf),
            Stream::Tls(s) => Pin::new(s.as_mut()).poll_read(cx, buf),
        };
        this.progress(cx, r)
    }
}

impl AsyncWrite for Io {
    fn poll_write(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        let this = self.get_mut();
        let r = match &mut this.stream {
            Stream::Plain(s) => Pin::new(s).poll_write(cx, buf),
            Stream::Tls(s) => Pin::new(s.as_mut()).poll_write(cx, buf),
        };
        this.progress(cx, r)
    }

    fn poll_flush(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        let this = self.get_mut();
        let r = match &mut this.stream {
            Stream::Plain(s) => Pin::new(s).poll_flush(cx),
            Stream::Tls(s) => Pin::new(s.as_mut()).poll_flush(cx),
        };
        this.progress(cx, r)
    }

    fn poll_shutdown(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        let this = self.get_mut();
        let r = match &mut this.stream {
            Stream::Plain(s) => Pin::new(s).poll_shutdown(cx),
            Stream::Tls(s) => Pin::new(s.as_mut()).poll_shutdown(cx),
        };
        this.progress(cx, r)
    }
}

impl AsyncTokioStream for Io {
    fn peer_addr(&self) -> io::Result<SocketAddr> {
        Ok(self.peer)
    }
}

/// lettre always ends DATA with `CRLF . CRLF`: a message that already ends with CRLF would
/// gain an empty line, so that one is left to lettre.
pub fn without_final_crlf(message: &[u8]) -> &[u8] {
    message.strip_suffix(b"\r\n").unwrap_or(message)
}

/// 535, or lettre's reaction to Gmail's 334 JSON challenge.
fn is_auth_rejection(e: &lettre::transport::smtp::Error) -> bool {
    let text = e.to_string();
    text.contains("does not expect a challenge") || e.status().is_some_and(|c| u16::from(c) == 535)
}

/// lettre's error → our classes, keeping the provider's words.
pub fn classify(e: &lettre::transport::smtp::Error) -> DeliveryError {
    let text = e.to_string();
    // "permanent error (535): 5.7.3 Authentication unsuccessful" → "5.7.3 Authentication …"
    let words = text
        .split_once("): ")
        .map(|(_, w)| w.to_string())
        .unwrap_or_else(|| text.clone());
    if let Some(code) = e.status() {
        return DeliveryError::from_reply(u16::from(code), words);
    }
    if text.contains("does not expect a challenge") {
        return DeliveryError::permanent(format!(
            "authentication failed: the server answered the XOAUTH2 token with a challenge ({text})"
        ));
    }
    // Network, TLS, timeouts, unparsable replies: try again later.
    DeliveryError::temporary(text)
}

impl Transport for SmtpTransport {
    fn send<'a>(
        &'a self,
        env_from: &'a str,
        recipients: &'a [String],
        message: &'a [u8],
    ) -> BoxFuture<'a, Result<Delivered, DeliveryError>> {
        Box::pin(self.send_inner(env_from, recipients, message))
    }

    fn describe(&self) -> String {
        let p = &self.params;
        let tls = match p.tls {
            TlsMode::Implicit => "implicit TLS",
            TlsMode::StartTls => "STARTTLS",
            TlsMode::None => "no TLS",
        };
        let auth = match p.auth {
            SmtpAuth::XOAuth2 => format!(
                "XOAUTH2 as {}",
                self.tokens.as_ref().map_or("?", |t| t.user())
            ),
            SmtpAuth::Plain => format!("PLAIN as {}", p.username.as_deref().unwrap_or("?")),
            SmtpAuth::None => "no authentication".into(),
        };
        format!("SMTP {}:{} ({tls}, {auth})", p.host, p.port)
    }

    fn max_connections(&self) -> usize {
        self.params.max_connections.max(1) as usize
    }
}
