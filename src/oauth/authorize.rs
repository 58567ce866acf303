//! `authorize`: runs an account's interactive flow once, stores the grant, and proves it by
//! fetching an access token with what was stored. App-only accounts (client credentials,
//! service accounts) need no interaction: their grant is just proven.
//!
//! The authorization-code flow listens on `127.0.0.1:0` only, for one redirect carrying the
//! `state` it sent (anything else is refused), and redeems the code with its PKCE (S256)
//! verifier.

use std::sync::Arc;
use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};

use super::TokenError;
use super::explain::{self, EndpointError};
use super::manager::TokenManager;
use super::provider::{AuthCodeStart, OAuthClient, Tokens, Usage, is_delegated};
use super::store::{StoredGrant, TokenStore};
use crate::config::{Flow, OAuthAccountSettings, Provider, Settings};

/// What the user must do, as the flow goes.
#[derive(Debug, Clone)]
pub enum Step {
    /// Open `url` in a browser; the provider sends the browser back to `redirect_uri`.
    OpenUrl { url: String, redirect_uri: String },
    /// Open `verification_uri` anywhere and enter `user_code`.
    DeviceCode {
        verification_uri: String,
        user_code: String,
        expires_in: Duration,
        message: Option<String>,
    },
}

/// Shows the steps to the user (the terminal, or a scripted browser in tests).
pub trait Prompt: Send + Sync {
    fn show(&self, step: &Step);
}

#[derive(Debug, Clone)]
pub struct AuthorizeOptions {
    /// Use the device-code flow whatever the account's flow (Microsoft only).
    pub force_device: bool,
    /// How long to wait for the user.
    pub timeout: Duration,
}

impl Default for AuthorizeOptions {
    fn default() -> Self {
        Self {
            force_device: false,
            timeout: Duration::from_secs(600),
        }
    }
}

/// What `authorize` achieved.
#[derive(Debug, Clone)]
pub struct Outcome {
    pub account: String,
    pub provider: Provider,
    /// The flow that ran.
    pub flow: Flow,
    pub scopes: Vec<String>,
    /// Where the grant is stored (delegated flows).
    pub stored_at: Option<std::path::PathBuf>,
    /// Lifetime of the access token fetched as proof.
    pub proof_lifetime: Option<Duration>,
    /// Who signed in (from the OpenID Connect ID token), for delegated flows.
    pub signed_in_as: Option<String>,
    /// Whom the configuration expects, when the sign-in was someone else: the account's
    /// `user`, else the mailboxes logging in with it.
    pub expected: Option<String>,
}

/// The scopes that make the token endpoint say who signed in (an ID token).
fn identity_scopes(provider: Provider) -> &'static [&'static str] {
    match provider {
        Provider::Microsoft => &["openid", "profile", "email"],
        Provider::Google => &["openid", "email"],
    }
}

/// Whom the configuration expects to sign in for `account`: its `user`, else the
/// usernames of the mailboxes that log in with it. Empty: nobody in particular.
fn expected_identities(settings: &Settings, account: &OAuthAccountSettings) -> Vec<String> {
    if let Some(u) = &account.user {
        return vec![u.clone()];
    }
    settings
        .mailboxes
        .iter()
        .filter(|m| matches!(&m.auth, crate::config::ImapAuth::OAuth(a) if *a == account.name))
        .map(|m| m.username.clone())
        .collect()
}

/// `(signed in as, expected)` when the sign-in is not whom the configuration names.
fn identity_mismatch(signed_in: Option<&str>, expected: &[String]) -> Option<String> {
    let who = signed_in?;
    if expected.is_empty() || expected.iter().any(|e| e.eq_ignore_ascii_case(who)) {
        return None;
    }
    Some(expected.join(", "))
}

/// Why `authorize` failed; each kind maps to an exit code.
#[derive(Debug, thiserror::Error)]
pub enum AuthorizeError {
    /// The configuration or a local file is wrong.
    #[error("{0}")]
    Config(String),
    /// The provider or the user refused.
    #[error("{0}")]
    Refused(String),
    /// Network or provider trouble: try again later.
    #[error("{0}")]
    Temporary(String),
}

impl From<TokenError> for AuthorizeError {
    fn from(e: TokenError) -> Self {
        match e {
            TokenError::ReauthorizationNeeded { account, reason } => {
                AuthorizeError::Refused(format!("account `{account}`: {reason}"))
            }
            TokenError::Temporary { account, reason } => {
                AuthorizeError::Temporary(format!("account `{account}`: {reason}"))
            }
        }
    }
}

fn endpoint_failure(a: &OAuthAccountSettings, flow: Flow, e: &EndpointError) -> AuthorizeError {
    if let Some(l) = &e.local {
        return AuthorizeError::Config(format!("account `{}`: {l}", a.name));
    }
    explain::token_error(&a.name, a.provider, flow, e).into()
}

/// Runs the flow for `account_name`; see the module docs.
pub async fn authorize(
    settings: &Settings,
    account_name: &str,
    options: &AuthorizeOptions,
    prompt: &dyn Prompt,
) -> Result<Outcome, AuthorizeError> {
    let account = settings
        .oauth_account(account_name)
        .ok_or_else(|| {
            let known: Vec<&str> = settings
                .oauth_accounts
                .iter()
                .map(|a| a.name.as_str())
                .collect();
            AuthorizeError::Config(format!(
                "no [[oauth_account]] named \"{account_name}\" (configured: {})",
                if known.is_empty() {
                    "none".to_string()
                } else {
                    known.join(", ")
                }
            ))
        })?
        .clone();
    let usage = Usage::of(settings, account_name);
    if !is_delegated(account.flow) {
        if options.force_device {
            return Err(AuthorizeError::Config(format!(
                "account `{account_name}` uses an app-only grant (flow = \"{}\"): --device applies to delegated accounts only",
                account.flow
            )));
        }
        let client = OAuthClient::new(account.clone(), usage).map_err(AuthorizeError::Config)?;
        let tokens = client
            .app_only()
            .await
            .map_err(|e| endpoint_failure(&account, account.flow, &e))?;
        return Ok(Outcome {
            account: account_name.to_string(),
            provider: account.provider,
            flow: account.flow,
            scopes: client.scopes.clone(),
            stored_at: None,
            proof_lifetime: Some(tokens.expires_in),
            signed_in_as: None,
            expected: None,
        });
    }

    let device = options.force_device || account.flow == Flow::DeviceCode;
    if device && account.provider == Provider::Google {
        return Err(AuthorizeError::Config(
            "Google does not offer the device-code flow for Gmail scopes: use the browser flow (flow = \"auth_code\", without --device)".into(),
        ));
    }
    let store = Arc::new(
        TokenStore::open(&settings.state_dir, settings.token_key.as_ref())
            .map_err(|e| AuthorizeError::Config(e.to_string()))?,
    );
    let mut client = OAuthClient::new(account.clone(), usage).map_err(AuthorizeError::Config)?;
    // Ask who signs in, to catch a sign-in with the wrong account now rather than at the
    // mail server's first refusal.
    for s in identity_scopes(account.provider) {
        if !client.scopes.iter().any(|x| x == s) {
            client.scopes.push((*s).to_string());
        }
    }
    let flow = if device {
        Flow::DeviceCode
    } else {
        Flow::AuthCode
    };
    let tokens = if device {
        device_flow(&client, options, prompt).await?
    } else {
        auth_code_flow(&client, options, prompt).await?
    };
    let Some(refresh_token) = tokens.refresh_token.clone() else {
        return Err(AuthorizeError::Refused(format!(
            "account `{account_name}`: the provider returned no refresh token, so the daemon could not keep the account signed in ({})",
            match account.provider {
                Provider::Microsoft => "the offline_access scope must be requested and allowed",
                Provider::Google => "use a Desktop-app OAuth client",
            }
        )));
    };
    let signed_in_as = tokens.signed_in_as();
    let expected = identity_mismatch(
        signed_in_as.as_deref(),
        &expected_identities(settings, &account),
    );
    let now = chrono::Utc::now().timestamp();
    store
        .save(
            account_name,
            &StoredGrant {
                refresh_token,
                scopes: tokens
                    .scopes
                    .clone()
                    .unwrap_or_else(|| client.scopes.clone()),
                provider: match account.provider {
                    Provider::Microsoft => "microsoft".into(),
                    Provider::Google => "google".into(),
                },
                client_id: account.client_id.clone().unwrap_or_default(),
                user: account.user.clone().or_else(|| signed_in_as.clone()),
                authorized_at: now,
                refreshed_at: now,
            },
        )
        .map_err(|e| AuthorizeError::Config(e.to_string()))?;
    // Proof: a new access token from the stored grant, through the same path the daemon uses.
    let m = TokenManager::new(account.clone(), usage, Some(store.clone()))
        .map_err(AuthorizeError::Config)?;
    m.force_refresh().await?;
    Ok(Outcome {
        account: account_name.to_string(),
        provider: account.provider,
        flow,
        scopes: client.scopes.clone(),
        stored_at: Some(store.path(account_name)),
        proof_lifetime: m.token_lifetime(),
        signed_in_as,
        expected,
    })
}

async fn device_flow(
    client: &OAuthClient,
    options: &AuthorizeOptions,
    prompt: &dyn Prompt,
) -> Result<Tokens, AuthorizeError> {
    let a = &client.account;
    let d = client
        .start_device()
        .await
        .map_err(|e| endpoint_failure(a, Flow::DeviceCode, &e))?;
    prompt.show(&Step::DeviceCode {
        verification_uri: d.verification_uri.clone(),
        user_code: d.user_code.clone(),
        expires_in: d.expires_in,
        message: d.message.clone(),
    });
    match tokio::time::timeout(
        options.timeout.max(d.expires_in) + Duration::from_secs(30),
        client.poll_device(&d),
    )
    .await
    {
        Ok(r) => r.map_err(|e| endpoint_failure(a, Flow::DeviceCode, &e)),
        Err(_) => Err(AuthorizeError::Refused(format!(
            "account `{}`: {}",
            a.name,
            explain::explain(
                &a.name,
                a.provider,
                Flow::DeviceCode,
                &EndpointError::oauth("expired_token", "")
            )
        ))),
    }
}

async fn auth_code_flow(
    client: &OAuthClient,
    options: &AuthorizeOptions,
    prompt: &dyn Prompt,
) -> Result<Tokens, AuthorizeError> {
    let a = &client.account;
    let listener = tokio::net::TcpListener::bind(("127.0.0.1", 0))
        .await
        .map_err(|e| AuthorizeError::Config(format!("cannot listen on 127.0.0.1: {e}")))?;
    let port = listener
        .local_addr()
        .map_err(|e| AuthorizeError::Config(e.to_string()))?
        .port();
    let redirect_uri = format!("http://127.0.0.1:{port}/");
    let start: AuthCodeStart = client
        .start_auth_code(&redirect_uri, a.user.as_deref())
        .map_err(|e| endpoint_failure(a, Flow::AuthCode, &e))?;
    prompt.show(&Step::OpenUrl {
        url: start.url.clone(),
        redirect_uri: redirect_uri.clone(),
    });
    let answer = tokio::time::timeout(options.timeout, wait_for_redirect(&listener, &start.state))
        .await
        .map_err(|_| {
            AuthorizeError::Refused(format!(
                "account `{}`: no answer from the browser within {} s; run `dastra-mailgate authorize {}` again (use --no-browser to copy the URL, and an SSH tunnel to port {port} when the browser is on another machine)",
                a.name,
                options.timeout.as_secs(),
                a.name
            ))
        })?;
    let code = match answer {
        Redirect::Code(c) => c,
        Redirect::Error { error, description } => {
            return Err(endpoint_failure(
                a,
                Flow::AuthCode,
                &EndpointError::oauth(&error, &description),
            ));
        }
    };
    client
        .exchange_code(&code, start)
        .await
        .map_err(|e| endpoint_failure(a, Flow::AuthCode, &e))
}

enum Redirect {
    Code(String),
    Error { error: String, description: String },
}

/// Serves the loopback redirect until one request carries our `state` with a code or an
/// error. Requests with another `state`, or none, are refused and waiting goes on.
async fn wait_for_redirect(listener: &tokio::net::TcpListener, state: &str) -> Redirect {
    loop {
        let Ok((mut sock, peer)) = listener.accept().await else {
            continue;
        };
        if !peer.ip().is_loopback() {
            continue;
        }
        let mut buf = Vec::with_capacity(2048);
        let mut chunk = [0u8; 2048];
        let read = tokio::time::timeout(Duration::from_secs(10), async {
            loop {
                match sock.read(&mut chunk).await {
                    Ok(0) | Err(_) => break,
                    Ok(n) => {
                        buf.extend_from_slice(&chunk[..n]);
                        if buf.windows(4).any(|w| w == b"\r\n\r\n") || buf.len() > 16 * 1024 {
                            break;
                        }
                    }
                }
            }
        })
        .await;
        if read.is_err() {
            continue;
        }
        let head = String::from_utf8_lossy(&buf);
        let target = head
            .lines()
            .next()
            .and_then(|l| {
                let mut parts = l.split_whitespace();
                (parts.next() == Some("GET"))
                    .then(|| parts.next())
                    .flatten()
            })
            .unwrap_or("")
            .to_string();
        let query = target.split_once('?').map(|(_, q)| q).unwrap_or("");
        let params = parse_query(query);
        let get = |k: &str| params.iter().find(|(n, _)| n == k).map(|(_, v)| v.clone());
        let (code, error) = (get("code"), get("error"));
        if code.is_none() && error.is_none() {
            respond(
                &mut sock,
                404,
                "Not found",
                "This address only receives the sign-in answer.",
            )
            .await;
            continue;
        }
        if !constant_time_eq(
            get("state").unwrap_or_default().as_bytes(),
            state.as_bytes(),
        ) {
            tracing::warn!(
                "Ignored a redirect with the wrong `state` (not the answer to this sign-in)."
            );
            respond(
                &mut sock,
                400,
                "Sign-in refused",
                "This answer does not belong to the sign-in dastra-mailgate started (state mismatch).",
            )
            .await;
            continue;
        }
        if let Some(error) = error {
            let description = get("error_description").unwrap_or_default();
            respond(
                &mut sock,
                200,
                "Sign-in failed",
                "The provider reported an error; see the terminal.",
            )
            .await;
            return Redirect::Error { error, description };
        }
        respond(
            &mut sock,
            200,
            "Signed in",
            "dastra-mailgate received the sign-in. You can close this window.",
        )
        .await;
        return Redirect::Code(code.unwrap_or_default());
    }
}

async fn respond(sock: &mut tokio::net::TcpStream, status: u16, title: &str, text: &str) {
    let body = format!(
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>{title}</title></head><body><h1>{title}</h1><p>{text}</p></body></html>"
    );
    let reason = match status {
        200 => "OK",
        400 => "Bad Request",
        _ => "Not Found",
    };
    let msg = format!(
        "HTTP/1.1 {status} {reason}\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: {}\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n{body}",
        body.len()
    );
    let _ = sock.write_all(msg.as_bytes()).await;
    let _ = sock.shutdown().await;
}

fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// `a=b&c=d` with `%XX` and `+` decoded.
fn parse_query(q: &str) -> Vec<(String, String)> {
    fn decode(s: &str) -> String {
        let bytes = s.as_bytes();
        let hex = |b: u8| (b as char).to_digit(16).map(|d| d as u8);
        let mut out = Vec::with_capacity(bytes.len());
        let mut i = 0;
        while i < bytes.len() {
            match bytes[i] {
                b'+' => out.push(b' '),
                b'%' if i + 2 < bytes.len() => match (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                    (Some(h), Some(l)) => {
                        out.push(h * 16 + l);
                        i += 2;
                    }
                    _ => out.push(b'%'),
                },
                b => out.push(b),
            }
            i += 1;
        }
        String::from_utf8_lossy(&out).into_owned()
    }
    q.split('&')
        .filter(|p| !p.is_empty())
        .map(|p| {
            let (k, v) = p.split_once('=').unwrap_or((p, ""));
            (decode(k), decode(v))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn query_decoding() {
        let q = parse_query("code=1.AX%2Bz&state=abc&error_description=AADSTS65004%3A+declined&x");
        assert_eq!(q[0], ("code".into(), "1.AX+z".into()));
        assert_eq!(q[2].1, "AADSTS65004: declined");
        assert_eq!(q[3], ("x".into(), String::new()));
        assert_eq!(parse_query("a=%4"), vec![("a".into(), "%4".into())]);
        assert!(constant_time_eq(b"abc", b"abc"));
        assert!(!constant_time_eq(b"abc", b"abd"));
        assert!(!constant_time_eq(b"abc", b"ab"));
    }
}
