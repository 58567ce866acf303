//! The IMAP connector: async-imap over tokio-rustls.
//!
//! Every command runs under a timeout (async-imap has none outside IDLE). Messages are
//! addressed by UID only. Unsolicited responses are drained after each command so the
//! library's bounded channel never silently drops them.

use std::io;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};
use std::time::Duration;

use async_imap::Session;
use futures::TryStreamExt;
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::net::TcpStream;
use tokio_rustls::client::TlsStream;
use tokio_util::sync::CancellationToken;

use crate::config::{MailboxSettings, TlsMode};
use crate::oauth::{TokenError, TokenSource};
use crate::secret::SecretString;

/// A TCP stream, with or without TLS.
#[derive(Debug)]
pub enum Stream {
    Plain(TcpStream),
    Tls(Box<TlsStream<TcpStream>>),
}

impl AsyncRead for Stream {
    fn poll_read(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        match self.get_mut() {
            Stream::Plain(s) => Pin::new(s).poll_read(cx, buf),
            Stream::Tls(s) => Pin::new(s.as_mut()).poll_read(cx, buf),
        }
    }
}

impl AsyncWrite for Stream {
    fn poll_write(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        match self.get_mut() {
            Stream::Plain(s) => Pin::new(s).poll_write(cx, buf),
            Stream::Tls(s) => Pin::new(s.as_mut()).poll_write(cx, buf),
        }
    }

    fn poll_flush(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        match self.get_mut() {
            Stream::Plain(s) => Pin::new(s).poll_flush(cx),
            Stream::Tls(s) => Pin::new(s.as_mut()).poll_flush(cx),
        }
    }

    fn poll_shutdown(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        match self.get_mut() {
            Stream::Plain(s) => Pin::new(s).poll_shutdown(cx),
            Stream::Tls(s) => Pin::new(s.as_mut()).poll_shutdown(cx),
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum ImapError {
    #[error("cannot connect to {addr}")]
    Connect {
        addr: String,
        #[source]
        source: io::Error,
    },
    #[error("TLS handshake with {host} failed")]
    Tls {
        host: String,
        #[source]
        source: io::Error,
    },
    #[error("TLS setup failed: {0}")]
    TlsConfig(String),
    #[error("{what} timed out after {secs} s")]
    Timeout { what: String, secs: u64 },
    #[error("the server refused the login for {user}: {reason}")]
    Auth { user: String, reason: String },
    #[error("the server does not offer STARTTLS, and plaintext is not allowed")]
    NoStartTls,
    /// No token, so no login was attempted.
    #[error("{}", token_words(.0))]
    Token(#[from] TokenError),
    #[error("IMAP {what} failed")]
    Protocol {
        what: String,
        #[source]
        source: async_imap::error::Error,
    },
    #[error("the connection was closed by the server")]
    Closed,
}

/// A token failure in a mailbox's words: no login took place, the token endpoint refused
/// (or could not be asked).
fn token_words(e: &TokenError) -> String {
    match e {
        TokenError::ReauthorizationNeeded { account, reason } => format!(
            "the token endpoint refused account `{account}` (no IMAP login was attempted): {reason}"
        ),
        TokenError::Temporary { account, reason } => format!(
            "no token for account `{account}` right now (no IMAP login was attempted): {reason}"
        ),
    }
}

impl ImapError {
    /// The IMAP server refused the login (a token or password it does not take).
    pub fn is_login_refused(&self) -> bool {
        matches!(self, ImapError::Auth { .. })
    }

    /// Login refused: retrying with the same credentials will not help.
    pub fn is_auth(&self) -> bool {
        matches!(self, ImapError::Auth { .. })
            || matches!(
                self,
                ImapError::Token(TokenError::ReauthorizationNeeded { .. })
            )
    }
}

/// How to log in.
pub enum Credentials {
    Password(SecretString),
    OAuth(Arc<dyn TokenSource>),
}

struct XOAuth2 {
    payload: String,
}

impl async_imap::Authenticator for &XOAuth2 {
    type Response = String;
    fn process(&mut self, _challenge: &[u8]) -> String {
        self.payload.clone()
    }
}

/// What `fetch_meta` returns.
#[derive(Debug, Clone)]
pub struct Meta {
    pub size: u32,
    pub arrival: Option<chrono::DateTime<chrono::Utc>>,
    pub header: Vec<u8>,
}

/// What the server said about a folder.
#[derive(Debug, Clone, Copy)]
pub struct FolderState {
    pub uidvalidity: u32,
    pub exists: u32,
}

/// Why an IDLE wait ended.
#[derive(Debug, PartialEq, Eq)]
pub enum IdleEnd {
    NewData,
    Timeout,
    Cancelled,
}

/// A logged-in IMAP connection.
pub struct Connection {
    session: Option<Session<Stream>>,
    timeout: Duration,
    pub has_move: bool,
    pub has_idle: bool,
    pub has_uidplus: bool,
    /// Set when the server announced new mail (EXISTS/RECENT) in an unsolicited response
    /// that arrived while we were busy; the worker sweeps again instead of entering IDLE.
    new_mail: bool,
}

/// Builds the rustls configuration: the system roots, or only the configured CA file.
pub fn tls_config(ca_pem: Option<&[u8]>) -> Result<rustls::ClientConfig, ImapError> {
    let provider = Arc::new(rustls::crypto::aws_lc_rs::default_provider());
    let builder = rustls::ClientConfig::builder_with_provider(provider.clone())
        .with_safe_default_protocol_versions()
        .map_err(|e| ImapError::TlsConfig(e.to_string()))?;
    let config = match ca_pem {
        Some(pem) => {
            use rustls_pki_types::pem::PemObject;
            let mut roots = rustls::RootCertStore::empty();
            for cert in rustls_pki_types::CertificateDer::pem_slice_iter(pem) {
                let cert = cert.map_err(|e| ImapError::TlsConfig(format!("bad CA file: {e}")))?;
                roots
                    .add(cert)
                    .map_err(|e| ImapError::TlsConfig(format!("bad CA certificate: {e}")))?;
            }
            if roots.is_empty() {
                return Err(ImapError::TlsConfig(
                    "the CA file holds no certificate".into(),
                ));
            }
            builder.with_root_certificates(roots).with_no_client_auth()
        }
        None => {
            let verifier = rustls_platform_verifier::Verifier::new(provider)
                .map_err(|e| ImapError::TlsConfig(e.to_string()))?;
            builder
                .dangerous()
                .with_custom_certificate_verifier(Arc::new(verifier))
                .with_no_client_auth()
        }
    };
    Ok(config)
}

async fn timed<T, E>(
    secs: Duration,
    what: &str,
    fut: impl std::future::Future<Output = Result<T, E>>,
    map: impl FnOnce(E) -> ImapError,
) -> Result<T, ImapError> {
    match tokio::time::timeout(secs, fut).await {
        Ok(Ok(v)) => Ok(v),
        Ok(Err(e)) => Err(map(e)),
        Err(_) => Err(ImapError::Timeout {
            what: what.to_string(),
            secs: secs.as_secs(),
        }),
    }
}

fn proto(what: &str) -> impl FnOnce(async_imap::error::Error) -> ImapError + '_ {
    move |source| match source {
        async_imap::error::Error::ConnectionLost => ImapError::Closed,
        source => ImapError::Protocol {
            what: what.to_string(),
            source,
        },
    }
}

/// Connects, negotiates TLS and logs in.
pub async fn connect(cfg: &MailboxSettings, creds: &Credentials) -> Result<Connection, ImapError> {
    let t = cfg.command_timeout;
    let addr = format!("{}:{}", cfg.host, cfg.port);
    let tcp = timed(t, "connect", TcpStream::connect(&addr), |source| {
        ImapError::Connect {
            addr: addr.clone(),
            source,
        }
    })
    .await?;
    let _ = tcp.set_nodelay(true);
    let ca = match &cfg.ca_file {
        Some(p) => Some(
            std::fs::read(p)
                .map_err(|e| ImapError::TlsConfig(format!("cannot read {}: {e}", p.display())))?,
        ),
        None => None,
    };
    let tls = || -> Result<tokio_rustls::TlsConnector, ImapError> {
        Ok(tokio_rustls::TlsConnector::from(Arc::new(tls_config(
            ca.as_deref(),
        )?)))
    };
    let server_name = rustls_pki_types::ServerName::try_from(cfg.host.clone())
        .map_err(|e| ImapError::TlsConfig(format!("bad host name {}: {e}", cfg.host)))?;

    let stream = match cfg.tls {
        TlsMode::Implicit => {
            let s = timed(
                t,
                "TLS handshake",
                tls()?.connect(server_name, tcp),
                |source| ImapError::Tls {
                    host: cfg.host.clone(),
                    source,
                },
            )
            .await?;
            Stream::Tls(Box::new(s))
        }
        TlsMode::StartTls => {
            let mut client = async_imap::Client::new(Stream::Plain(tcp));
            read_greeting(&mut client, t).await?;
            timed(
                t,
                "STARTTLS",
                client.run_command_and_check_ok("STARTTLS", None),
                |_| ImapError::NoStartTls,
            )
            .await?;
            let Stream::Plain(tcp) = client.into_inner() else {
                return Err(ImapError::TlsConfig("unexpected stream state".into()));
            };
            let s = timed(
                t,
                "TLS handshake",
                tls()?.connect(server_name, tcp),
                |source| ImapError::Tls {
                    host: cfg.host.clone(),
                    source,
                },
            )
            .await?;
            Stream::Tls(Box::new(s))
        }
        TlsMode::None => Stream::Plain(tcp),
    };
    let mut client = async_imap::Client::new(stream);
    if cfg.tls != TlsMode::StartTls {
        read_greeting(&mut client, t).await?;
    }
    let user = cfg.username.clone();
    let session = match creds {
        Credentials::Password(pw) => {
            timed(t, "LOGIN", client.login(&user, pw.expose()), |(e, _)| {
                auth_error(&user, e)
            })
            .await?
        }
        Credentials::OAuth(source) => {
            let token = source.token().await?;
            let auth = XOAuth2 {
                payload: crate::oauth::xoauth2_payload(source.user(), token.expose()),
            };
            match tokio::time::timeout(t, client.authenticate("XOAUTH2", &auth)).await {
                Ok(Ok(s)) => s,
                Ok(Err((e, _))) => {
                    let e = auth_error(&user, e);
                    // Refused (NO/BAD): drop the token so the next connection attempt
                    // fetches a new one. A dropped connection says nothing about the
                    // token: it stays (a refresh per network hiccup would hammer the
                    // token endpoint, and a rotating grant would churn).
                    if e.is_login_refused() {
                        source.invalidate();
                    }
                    return Err(e);
                }
                Err(_) => {
                    return Err(ImapError::Timeout {
                        what: "AUTHENTICATE".into(),
                        secs: t.as_secs(),
                    });
                }
            }
        }
    };
    let mut conn = Connection {
        session: Some(session),
        timeout: t,
        has_move: false,
        has_idle: false,
        has_uidplus: false,
        new_mail: false,
    };
    let caps = timed(
        t,
        "CAPABILITY",
        conn.session()?.capabilities(),
        proto("CAPABILITY"),
    )
    .await?;
    conn.has_move = caps.has_str("MOVE");
    conn.has_idle = caps.has_str("IDLE");
    conn.has_uidplus = caps.has_str("UIDPLUS");
    conn.drain();
    Ok(conn)
}

async fn read_greeting(
    client: &mut async_imap::Client<Stream>,
    t: Duration,
) -> Result<(), ImapError> {
    match tokio::time::timeout(t, client.read_response()).await {
        Ok(Ok(Some(_))) => Ok(()),
        Ok(Ok(None)) => Err(ImapError::Closed),
        Ok(Err(source)) => Err(ImapError::Connect {
            addr: "greeting".into(),
            source,
        }),
        Err(_) => Err(ImapError::Timeout {
            what: "greeting".into(),
            secs: t.as_secs(),
        }),
    }
}

/// The server's own words from async-imap's rendering of a NO/BAD response
/// (`code: None, info: Some("[AUTHENTICATIONFAILED] Authentication failed.")`), without the
/// Rust around them.
fn server_text(reason: &str) -> String {
    if let Some(start) = reason.find("info: Some(\"") {
        let rest = &reason[start + "info: Some(\"".len()..];
        if let Some(end) = rest.rfind("\")") {
            return rest[..end].replace("\\\"", "\"");
        }
    }
    if reason.contains("info: None") {
        return "no reason given".into();
    }
    reason.to_string()
}

fn auth_error(user: &str, e: async_imap::error::Error) -> ImapError {
    match e {
        async_imap::error::Error::No(reason) | async_imap::error::Error::Bad(reason) => {
            ImapError::Auth {
                user: crate::redact::Addr(user).to_string(),
                reason: crate::redact::escape(&server_text(&reason)),
            }
        }
        async_imap::error::Error::ConnectionLost => ImapError::Closed,
        other => ImapError::Protocol {
            what: "login".into(),
            source: other,
        },
    }
}

/// A folder name on the wire: modified UTF-7 (RFC 3501 §5.1.3); async-imap adds the quotes.
pub fn quote(name: &str) -> String {
    use base64::Engine;
    let mut out = String::with_capacity(name.len());
    let mut run: Vec<u16> = Vec::new();
    let flush = |run: &mut Vec<u16>, out: &mut String| {
        if run.is_empty() {
            return;
        }
        let bytes: Vec<u8> = run.iter().flat_map(|u| u.to_be_bytes()).collect();
        let b64 = base64::engine::general_purpose::STANDARD_NO_PAD.encode(bytes);
        out.push('&');
        out.push_str(&b64.replace('/', ","));
        out.push('-');
        run.clear();
    };
    for c in name.chars() {
        if (' '..='~').contains(&c) {
            flush(&mut run, &mut out);
            if c == '&' {
                out.push_str("&-");
            } else {
                out.push(c);
            }
        } else {
            let mut buf = [0u16; 2];
            run.extend_from_slice(c.encode_utf16(&mut buf));
        }
    }
    flush(&mut run, &mut out);
    out
}

/// EXISTS or a non-zero RECENT: the selected folder has (possibly) new messages.
fn announces_mail(r: &async_imap::types::UnsolicitedResponse) -> bool {
    use async_imap::types::UnsolicitedResponse as U;
    matches!(r, U::Exists(_)) || matches!(r, U::Recent(n) if *n > 0)
}

impl Connection {
    fn session(&mut self) -> Result<&mut Session<Stream>, ImapError> {
        self.session.as_mut().ok_or(ImapError::Closed)
    }

    /// Empties the unsolicited-response channel. We never act on sequence numbers, but an
    /// EXISTS or RECENT means mail arrived while we were busy: remember it, so the worker
    /// sweeps again before it waits (the server will not announce it a second time).
    pub fn drain(&mut self) {
        if let Some(s) = &self.session {
            while let Ok(r) = s.unsolicited_responses.try_recv() {
                if announces_mail(&r) {
                    self.new_mail = true;
                }
            }
        }
    }

    /// Whether new mail was announced since the last call (and clears the flag).
    pub fn take_new_mail(&mut self) -> bool {
        self.drain();
        std::mem::take(&mut self.new_mail)
    }

    /// Every folder name the server lists (as sent on the wire: modified UTF-7, quoted
    /// like [`quote`] makes them), for `check --connect`.
    pub async fn list_folders(&mut self) -> Result<Vec<String>, ImapError> {
        let t = self.timeout;
        let s = self.session()?;
        let stream = timed(t, "LIST", s.list(Some(""), Some("*")), proto("LIST")).await?;
        let names: Vec<_> = timed(t, "LIST", stream.try_collect::<Vec<_>>(), proto("LIST")).await?;
        let out = names.iter().map(|n| n.name().to_string()).collect();
        self.drain();
        Ok(out)
    }

    /// Creates the folders that do not exist yet.
    pub async fn ensure_folders(&mut self, folders: &[&str]) -> Result<(), ImapError> {
        let t = self.timeout;
        let existing = self.list_folders().await?;
        for f in folders {
            if !existing.iter().any(|e| *e == quote(f)) {
                let s = self.session()?;
                match timed(t, "CREATE", s.create(quote(f)), proto("CREATE")).await {
                    Ok(()) => {}
                    // Created concurrently, or a parent exists implicitly: check by selecting later.
                    Err(ImapError::Protocol {
                        source: async_imap::error::Error::No(_),
                        ..
                    }) => {}
                    Err(e) => return Err(e),
                }
            }
        }
        self.drain();
        Ok(())
    }

    pub async fn select(&mut self, folder: &str) -> Result<FolderState, ImapError> {
        let t = self.timeout;
        let s = self.session()?;
        let mb = timed(t, "SELECT", s.select(quote(folder)), proto("SELECT")).await?;
        self.drain();
        // A fresh SELECT (and the UID SEARCH after it) sees everything announced so far.
        self.new_mail = false;
        Ok(FolderState {
            uidvalidity: mb.uid_validity.unwrap_or(0),
            exists: mb.exists,
        })
    }

    /// Every UID in the selected folder not flagged `\Deleted`, ascending.
    pub async fn uids(&mut self) -> Result<Vec<u32>, ImapError> {
        // A message flagged \Deleted was copied on already (a server without MOVE, interrupted
        // between COPY and EXPUNGE): taking it again would copy it a second time.
        self.search("UNDELETED").await
    }

    /// UIDs in the selected folder whose Subject contains `text` (`UID SEARCH SUBJECT`;
    /// `text` is sent as a quoted string).
    pub async fn search_subject(&mut self, text: &str) -> Result<Vec<u32>, ImapError> {
        self.search(&format!("SUBJECT {}", quote(text))).await
    }

    /// UIDs in the selected folder whose header `name` contains `value` (`UID SEARCH HEADER`).
    pub async fn search_header(&mut self, name: &str, value: &str) -> Result<Vec<u32>, ImapError> {
        self.search(&format!("HEADER {} {}", quote(name), quote(value)))
            .await
    }

    /// `UID SEARCH query`: the UIDs, ascending.
    async fn search(&mut self, query: &str) -> Result<Vec<u32>, ImapError> {
        let t = self.timeout;
        let s = self.session()?;
        let set = timed(t, "UID SEARCH", s.uid_search(query), proto("UID SEARCH")).await?;
        self.drain();
        let mut v: Vec<u32> = set.into_iter().collect();
        v.sort_unstable();
        Ok(v)
    }

    /// Size, arrival (INTERNALDATE) and header block of one message, without the body.
    pub async fn fetch_meta(&mut self, uid: u32) -> Result<Option<Meta>, ImapError> {
        let t = self.timeout;
        let f = self
            .fetch_one(uid, "(UID RFC822.SIZE INTERNALDATE BODY.PEEK[HEADER])", t)
            .await?;
        Ok(f.map(|f| Meta {
            size: f.size.unwrap_or(0),
            arrival: f.internal_date().map(|d| d.with_timezone(&chrono::Utc)),
            header: f.header().unwrap_or_default().to_vec(),
        }))
    }

    /// The whole message. `None` when it disappeared meanwhile (moved by someone else).
    pub async fn fetch_raw(
        &mut self,
        uid: u32,
        size_hint: u32,
    ) -> Result<Option<Vec<u8>>, ImapError> {
        // Large messages get more time: one extra second per 256 KiB.
        let t = self.timeout + Duration::from_secs(u64::from(size_hint) / (256 * 1024));
        let f = self.fetch_one(uid, "(UID BODY.PEEK[])", t).await?;
        Ok(f.and_then(|f| f.body().map(<[u8]>::to_vec)))
    }

    /// `UID FETCH uid query`: the answer for `uid`, if the message still exists.
    async fn fetch_one(
        &mut self,
        uid: u32,
        query: &str,
        t: Duration,
    ) -> Result<Option<async_imap::types::Fetch>, ImapError> {
        let s = self.session()?;
        let stream = timed(
            t,
            "UID FETCH",
            s.uid_fetch(uid.to_string(), query),
            proto("UID FETCH"),
        )
        .await?;
        let items: Vec<_> = timed(
            t,
            "UID FETCH",
            stream.try_collect::<Vec<_>>(),
            proto("UID FETCH"),
        )
        .await?;
        self.drain();
        Ok(items.into_iter().find(|f| f.uid == Some(uid)))
    }

    /// Moves one message: UID MOVE, or COPY + \Deleted + UID EXPUNGE without MOVE.
    pub async fn move_to(&mut self, uid: u32, folder: &str) -> Result<(), ImapError> {
        let t = self.timeout;
        let set = uid.to_string();
        let has_move = self.has_move;
        let has_uidplus = self.has_uidplus;
        let s = self.session()?;
        if has_move {
            timed(
                t,
                "UID MOVE",
                s.uid_mv(&set, quote(folder)),
                proto("UID MOVE"),
            )
            .await?;
        } else {
            timed(
                t,
                "UID COPY",
                s.uid_copy(&set, quote(folder)),
                proto("UID COPY"),
            )
            .await?;
            let stream = timed(
                t,
                "UID STORE",
                s.uid_store(&set, "+FLAGS.SILENT (\\Deleted)"),
                proto("UID STORE"),
            )
            .await?;
            timed(
                t,
                "UID STORE",
                stream.try_collect::<Vec<_>>(),
                proto("UID STORE"),
            )
            .await?;
            if has_uidplus {
                let stream =
                    timed(t, "UID EXPUNGE", s.uid_expunge(&set), proto("UID EXPUNGE")).await?;
                timed(
                    t,
                    "UID EXPUNGE",
                    stream.try_collect::<Vec<_>>(),
                    proto("UID EXPUNGE"),
                )
                .await?;
            } else {
                // Without UIDPLUS, EXPUNGE removes every \Deleted message of the folder; we
                // only ever flag messages we have already copied, so that is safe.
                let stream = timed(t, "EXPUNGE", s.expunge(), proto("EXPUNGE")).await?;
                timed(
                    t,
                    "EXPUNGE",
                    stream.try_collect::<Vec<_>>(),
                    proto("EXPUNGE"),
                )
                .await?;
            }
        }
        self.drain();
        Ok(())
    }

    pub async fn noop(&mut self) -> Result<(), ImapError> {
        let t = self.timeout;
        let s = self.session()?;
        timed(t, "NOOP", s.noop(), proto("NOOP")).await?;
        self.drain();
        Ok(())
    }

    /// Waits in IDLE until the folder changes, `dur` passes, or `cancel` fires.
    /// An EOF during IDLE is reported by async-imap like our own interrupt; we tell them apart
    /// and return an error so the caller reconnects.
    pub async fn idle(
        &mut self,
        dur: Duration,
        cancel: &CancellationToken,
    ) -> Result<IdleEnd, ImapError> {
        let t = self.timeout;
        let session = self.session.take().ok_or(ImapError::Closed)?;
        let unsolicited = session.unsolicited_responses.clone();
        let mut handle = session.idle();
        timed(t, "IDLE", handle.init(), proto("IDLE")).await?;
        // Mail announced between our last command and the IDLE continuation went to the
        // unsolicited channel, not to the IDLE stream: end IDLE at once for it.
        let mut announced = false;
        while let Ok(r) = unsolicited.try_recv() {
            announced |= announces_mail(&r);
        }
        let mut cancelled = false;
        let result = if announced {
            Ok(async_imap::extensions::idle::IdleResponse::Timeout)
        } else {
            let (fut, stop) = handle.wait_with_timeout(dur);
            let mut stop = Some(stop);
            tokio::pin!(fut);
            let r = tokio::select! {
                r = &mut fut => r,
                _ = cancel.cancelled() => {
                    cancelled = true;
                    drop(stop.take());
                    fut.await
                }
            };
            drop(stop);
            r
        };
        let end = match result {
            _ if announced => IdleEnd::NewData,
            Ok(async_imap::extensions::idle::IdleResponse::NewData(_)) => IdleEnd::NewData,
            Ok(async_imap::extensions::idle::IdleResponse::Timeout) => IdleEnd::Timeout,
            Ok(async_imap::extensions::idle::IdleResponse::ManualInterrupt) if cancelled => {
                IdleEnd::Cancelled
            }
            // ManualInterrupt that we did not ask for: the server closed the connection.
            Ok(async_imap::extensions::idle::IdleResponse::ManualInterrupt) => {
                return Err(ImapError::Closed);
            }
            Err(e) => return Err(proto("IDLE")(e)),
        };
        let session = timed(t, "DONE", handle.done(), proto("IDLE DONE")).await?;
        self.session = Some(session);
        self.drain();
        Ok(end)
    }

    /// Says goodbye; errors are irrelevant at this point.
    pub async fn logout(mut self) {
        if let Some(mut s) = self.session.take() {
            let _ = tokio::time::timeout(Duration::from_secs(5), s.logout()).await;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::quote;

    #[test]
    fn folder_names_use_modified_utf7() {
        assert_eq!(quote("INBOX"), "INBOX");
        assert_eq!(quote("Dastra/Traité"), "Dastra/Trait&AOk-");
        assert_eq!(quote("R&D"), "R&-D");
        assert_eq!(quote("日本語"), "&ZeVnLIqe-");
    }
}
