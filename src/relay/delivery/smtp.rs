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
//! * Idle connections are kept for [`IDLE_TIMEOUT`] and reused without a probe. A reused
//!   connection the server has closed fails at `MAIL FROM`, before anything of the message was
//!   sent; the idle ones are then dropped and the message goes out on a fresh connection.
//! * Connections are tagged with the token they authenticated with; after a refresh the old
//!   ones are closed and new ones log in with the new token.
//! * A rejected token (535, or Gmail's `334` JSON challenge, which lettre reports as "This
//!   mechanism does not expect a challenge") invalidates the token and is retried once with a
//!   fresh one.
//! * A refused recipient or message is answered with `RSET`, and the connection stays usable.

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

/// How long an idle connection is kept for reuse. Exchange Online drops idle client
/// connections after about a minute; Gmail after a few.
pub const IDLE_TIMEOUT: Duration = Duration::from_secs(50);

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

pub struct SmtpTransport {
    params: SmtpParams,
    tokens: Option<Arc<dyn TokenSource>>,
    tls: TlsSetup,
    idle: Mutex<Vec<Idle>>,
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
            idle: Mutex::new(Vec::new()),
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
            while let Some(c) = idle.pop() {
                if c.key == key && c.since.elapsed() < IDLE_TIMEOUT && !c.conn.has_broken() {
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
        if idle.len() >= self.max_connections() {
            close(conn);
            return;
        }
        idle.push(Idle {
            conn,
            key,
            since: Instant::now(),
        });
    }

    /// Closes every idle connection (after a refused login or a dropped connection).
    async fn drop_idle(&self) {
        let conns: Vec<Idle> =
            std::mem::take(&mut *self.idle.lock().unwrap_or_else(|p| p.into_inner()));
        for mut c in conns {
            c.conn.abort().await;
        }
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
                Ok(reply) => {
                    self.put_idle(conn, login.key);
                    return Ok(reply);
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

/// One mail transaction on an open connection.
async fn transaction(
    conn: &mut AsyncSmtpConnection,
    envelope: &Envelope,
    content: &[u8],
) -> Result<Delivered, (Stage, Attempt)> {
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
    for rcpt in envelope.to() {
        conn.command(Rcpt::new(rcpt.clone(), vec![]))
            .await
            .map_err(|e| (Stage::Later, Attempt::Smtp(e)))?;
    }
    conn.command(Data)
        .await
        .map_err(|e| (Stage::Later, Attempt::Smtp(e)))?;
    let r = conn
        .message(content)
        .await
        .map_err(|e| (Stage::Later, Attempt::Smtp(e)))?;
    let text: Vec<&str> = r.message().collect();
    Ok(Delivered {
        response: format!("{} {}", u16::from(r.code()), text.join(" ")),
    })
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
