//! SMTP delivery with lettre: XOAUTH2 from a [`TokenSource`] (Office 365, Gmail), or PLAIN /
//! no auth for on-premises relays and tests (`allow_insecure`).
//!
//! lettre fixes the credentials per transport and keeps pooled connections authenticated,
//! so a new transport (and pool, ≤ `max_connections`) is built whenever the token source
//! hands out a different token. A rejected token (535, or Gmail's `334` JSON challenge,
//! which lettre reports as "This mechanism does not expect a challenge") invalidates the
//! token and is retried once with a fresh one.

use std::sync::Arc;
use std::time::Duration;

use lettre::address::Envelope;
use lettre::transport::smtp::authentication::{Credentials, Mechanism};
use lettre::transport::smtp::client::{Certificate, Tls, TlsParameters};
use lettre::transport::smtp::extension::ClientId;
use lettre::transport::smtp::{AsyncSmtpTransport, PoolConfig};
use lettre::{Address, AsyncTransport, Tokio1Executor};

use super::{Delivered, DeliveryError, Transport};
use crate::config::{SmtpAuth, TlsMode};
use crate::oauth::{BoxFuture, TokenSource};
use crate::secret::SecretString;

/// Connect, command and DATA timeout of one SMTP exchange.
pub const SMTP_TIMEOUT: Duration = Duration::from_secs(60);

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
    pub timeout: Duration,
}

pub struct SmtpTransport {
    params: SmtpParams,
    tokens: Option<Arc<dyn TokenSource>>,
    /// The transport in use and the token it was built with.
    current: tokio::sync::Mutex<Option<(String, AsyncSmtpTransport<Tokio1Executor>)>>,
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
        Ok(SmtpTransport {
            params,
            tokens,
            current: tokio::sync::Mutex::new(None),
        })
    }

    fn build(
        &self,
        credentials: Option<Credentials>,
        mechanism: Mechanism,
    ) -> Result<AsyncSmtpTransport<Tokio1Executor>, DeliveryError> {
        let p = &self.params;
        let tls = match p.tls {
            TlsMode::None => Tls::None,
            mode => {
                let mut b = TlsParameters::builder(p.host.clone());
                if let Some(pem) = &p.ca_pem {
                    let cert = Certificate::from_pem(pem).map_err(|e| {
                        DeliveryError::permanent(format!("relay.transport.ca_file: {e}"))
                    })?;
                    b = b.add_root_certificate(cert);
                }
                let params = b
                    .build_rustls()
                    .map_err(|e| DeliveryError::permanent(format!("TLS set-up: {e}")))?;
                if mode == TlsMode::Implicit {
                    Tls::Wrapper(params)
                } else {
                    Tls::Required(params)
                }
            }
        };
        let mut b = AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(p.host.clone())
            .port(p.port)
            .tls(tls)
            .timeout(Some(p.timeout))
            .hello_name(ClientId::Domain(p.hello_name.clone()))
            .pool_config(
                PoolConfig::new()
                    .max_size(p.max_connections.max(1))
                    .idle_timeout(Duration::from_secs(60)),
            );
        if let Some(c) = credentials {
            b = b.credentials(c).authentication(vec![mechanism]);
        }
        Ok(b.build())
    }

    /// The transport for the current token (building a new one after a refresh).
    async fn transport(&self) -> Result<AsyncSmtpTransport<Tokio1Executor>, DeliveryError> {
        let (key, credentials, mechanism) = match self.params.auth {
            SmtpAuth::XOAuth2 => {
                let source = self.tokens.as_ref().expect("checked in new()");
                let token = source.token().await.map_err(|e| {
                    // The message waits for the token (a re-authorisation, or the token
                    // endpoint coming back) instead of failing.
                    DeliveryError::temporary(e.to_string())
                })?;
                let key = token.expose().to_string();
                let creds = Credentials::new(source.user().to_string(), key.clone());
                (key, Some(creds), Mechanism::Xoauth2)
            }
            SmtpAuth::Plain => {
                let user = self.params.username.clone().unwrap_or_default();
                let pass = self
                    .params
                    .password
                    .as_ref()
                    .map(|p| p.expose().to_string())
                    .unwrap_or_default();
                (
                    String::new(),
                    Some(Credentials::new(user, pass)),
                    Mechanism::Plain,
                )
            }
            SmtpAuth::None => (String::new(), None, Mechanism::Plain),
        };
        let mut cur = self.current.lock().await;
        if let Some((k, t)) = cur.as_ref()
            && *k == key
        {
            return Ok(t.clone());
        }
        let t = self.build(credentials, mechanism)?;
        if let Some((_, old)) = cur.replace((key, t.clone())) {
            // Close the old pool's idle connections (they are authenticated with the old token).
            tokio::spawn(async move { old.shutdown().await });
        }
        Ok(t)
    }

    async fn forget_transport(&self) {
        if let Some((_, old)) = self.current.lock().await.take() {
            tokio::spawn(async move { old.shutdown().await });
        }
    }

    async fn send_once(&self, envelope: &Envelope, message: &[u8]) -> Result<Delivered, Attempt> {
        let t = self.transport().await.map_err(Attempt::Setup)?;
        let r = t
            .send_raw(envelope, without_final_crlf(message))
            .await
            .map_err(Attempt::Smtp)?;
        let text: Vec<&str> = r.message().collect();
        Ok(Delivered {
            response: format!("{} {}", u16::from(r.code()), text.join(" ")),
        })
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
        let mut retried = false;
        loop {
            let e = match self.send_once(&envelope, message).await {
                Ok(d) => return Ok(d),
                Err(Attempt::Setup(e)) => return Err(e),
                Err(Attempt::Smtp(e)) => e,
            };
            let auth_rejected = is_auth_rejection(&e);
            if auth_rejected && !retried && self.params.auth == SmtpAuth::XOAuth2 {
                retried = true;
                tracing::info!(
                    "Relay: the provider refused the access token; fetching a new one and retrying once."
                );
                if let Some(t) = &self.tokens {
                    t.invalidate();
                }
                self.forget_transport().await;
                continue;
            }
            if auth_rejected || !(e.is_permanent() || e.is_transient()) {
                // A refused login, or network trouble: the pool may hold bad connections.
                self.forget_transport().await;
            }
            return Err(classify(&e));
        }
    }
}

/// How one attempt failed.
enum Attempt {
    /// Before talking SMTP (token, TLS set-up).
    Setup(DeliveryError),
    Smtp(lettre::transport::smtp::Error),
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
