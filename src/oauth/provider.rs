//! The providers' endpoints, the scopes an account needs, and every grant: client
//! credentials (secret or certificate assertion), Google's service-account JWT bearer,
//! refresh, device code and authorization code + PKCE.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use base64::Engine;
use oauth2::{
    AuthType, AuthUrl, AuthorizationCode, ClientId, ClientSecret, CsrfToken,
    DeviceAuthorizationUrl, EndpointMaybeSet, EndpointNotSet, EndpointSet, PkceCodeChallenge,
    PkceCodeVerifier, RedirectUrl, RefreshToken, Scope, TokenResponse, TokenUrl,
};
use sha2::{Digest, Sha256};

use super::explain::EndpointError;
use super::http::{Http, HttpError, Meta, error_from_answer, from_oauth2};
use crate::config::{
    Flow, ImapAuth, OAuthAccountSettings, Provider, Settings, SmtpAuth, TransportKind,
};
use crate::secret::SecretString;

pub const SCOPE_MS_IMAP: &str = "https://outlook.office.com/IMAP.AccessAsUser.All";
pub const SCOPE_MS_SMTP: &str = "https://outlook.office.com/SMTP.Send";
pub const SCOPE_MS_GRAPH_SEND: &str = "https://graph.microsoft.com/Mail.Send";
pub const SCOPE_MS_APP_EXCHANGE: &str = "https://outlook.office365.com/.default";
pub const SCOPE_MS_APP_GRAPH: &str = "https://graph.microsoft.com/.default";
pub const SCOPE_OFFLINE: &str = "offline_access";
pub const SCOPE_GOOGLE_MAIL: &str = "https://mail.google.com/";
pub const SCOPE_GOOGLE_SEND: &str = "https://www.googleapis.com/auth/gmail.send";

const GOOGLE_DEFAULT_AUTHORITY: &str = "https://oauth2.googleapis.com";
const GOOGLE_AUTH_URL: &str = "https://accounts.google.com/o/oauth2/v2/auth";
const JWT_BEARER_GRANT: &str = "urn:ietf:params:oauth:grant-type:jwt-bearer";
const CLIENT_ASSERTION_TYPE: &str = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";

/// What an account is used for; decides the default scopes.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Usage {
    pub imap: bool,
    pub smtp: bool,
    pub graph: bool,
    pub gmail_api: bool,
}

impl Usage {
    /// Collects the uses of `account` in the configuration (mailboxes and relay transport).
    pub fn of(settings: &Settings, account: &str) -> Usage {
        let mut u = Usage {
            imap: settings
                .mailboxes
                .iter()
                .any(|m| matches!(&m.auth, ImapAuth::OAuth(a) if a == account)),
            ..Usage::default()
        };
        if let Some(r) = &settings.relay
            && r.transport.oauth_account.as_deref() == Some(account)
        {
            match r.transport.kind {
                TransportKind::Smtp if r.transport.auth == SmtpAuth::XOAuth2 => u.smtp = true,
                TransportKind::Smtp => {}
                TransportKind::Graph => u.graph = true,
                TransportKind::GmailApi => u.gmail_api = true,
            }
        }
        u
    }

    fn none(&self) -> bool {
        !(self.imap || self.smtp || self.graph || self.gmail_api)
    }
}

/// True for flows acting as a signed-in user (they have a refresh token to keep).
pub fn is_delegated(flow: Flow) -> bool {
    matches!(flow, Flow::DeviceCode | Flow::AuthCode)
}

/// The scopes to ask for: `scopes` from the config when given (plus `offline_access` for
/// Microsoft delegated flows, without which no refresh token comes), else derived from use.
pub fn scopes(a: &OAuthAccountSettings, usage: Usage) -> Vec<String> {
    let delegated = is_delegated(a.flow);
    let mut out: Vec<String> = match &a.scopes {
        Some(s) if !s.is_empty() => s.clone(),
        _ => {
            let usage = if usage.none() {
                Usage {
                    imap: true,
                    smtp: true,
                    ..usage
                }
            } else {
                usage
            };
            match (a.provider, delegated) {
                (Provider::Microsoft, false) => {
                    if usage.graph && !usage.imap && !usage.smtp {
                        vec![SCOPE_MS_APP_GRAPH.into()]
                    } else {
                        vec![SCOPE_MS_APP_EXCHANGE.into()]
                    }
                }
                (Provider::Microsoft, true) => {
                    let mut v = Vec::new();
                    if usage.graph && !usage.imap && !usage.smtp {
                        v.push(SCOPE_MS_GRAPH_SEND.to_string());
                    }
                    if usage.imap {
                        v.push(SCOPE_MS_IMAP.into());
                    }
                    if usage.smtp {
                        v.push(SCOPE_MS_SMTP.into());
                    }
                    v
                }
                (Provider::Google, _) => {
                    let mut v = Vec::new();
                    if usage.imap || usage.smtp {
                        v.push(SCOPE_GOOGLE_MAIL.to_string());
                    }
                    if usage.gmail_api && !(usage.imap || usage.smtp) {
                        v.push(SCOPE_GOOGLE_SEND.into());
                    }
                    v
                }
            }
        }
    };
    if a.provider == Provider::Microsoft && delegated && !out.iter().any(|s| s == SCOPE_OFFLINE) {
        out.push(SCOPE_OFFLINE.into());
    }
    out
}

/// Where the account's provider lives.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Endpoints {
    pub token_url: String,
    pub auth_url: String,
    pub device_url: Option<String>,
}

pub fn endpoints(a: &OAuthAccountSettings) -> Endpoints {
    let authority = a.authority.trim_end_matches('/');
    match a.provider {
        Provider::Microsoft => {
            let base = format!("{authority}/{}/oauth2/v2.0", a.tenant);
            Endpoints {
                token_url: a
                    .token_url
                    .clone()
                    .unwrap_or_else(|| format!("{base}/token")),
                auth_url: a
                    .auth_url
                    .clone()
                    .unwrap_or_else(|| format!("{base}/authorize")),
                device_url: Some(
                    a.device_code_url
                        .clone()
                        .unwrap_or_else(|| format!("{base}/devicecode")),
                ),
            }
        }
        Provider::Google => Endpoints {
            token_url: a
                .token_url
                .clone()
                .unwrap_or_else(|| format!("{authority}/token")),
            auth_url: a.auth_url.clone().unwrap_or_else(|| {
                if authority == GOOGLE_DEFAULT_AUTHORITY {
                    GOOGLE_AUTH_URL.to_string()
                } else {
                    format!("{authority}/o/oauth2/v2/auth")
                }
            }),
            device_url: None,
        },
    }
}

/// What a token endpoint handed out.
#[derive(Debug, Clone)]
pub struct Tokens {
    pub access_token: SecretString,
    pub expires_in: Duration,
    pub refresh_token: Option<SecretString>,
    pub scopes: Option<Vec<String>>,
    /// The OpenID Connect ID token, when `openid` was asked for.
    pub id_token: Option<String>,
}

impl Tokens {
    /// Who signed in, from the ID token: `preferred_username` (Microsoft's sign-in name),
    /// else `email`, else `upn`. The token came straight from the token endpoint over TLS,
    /// which OpenID Connect accepts in place of checking its signature (Core §3.1.3.7).
    pub fn signed_in_as(&self) -> Option<String> {
        let payload = self.id_token.as_deref()?.split('.').nth(1)?;
        let bytes = base64::engine::general_purpose::URL_SAFE_NO_PAD
            .decode(payload.trim_end_matches('='))
            .ok()?;
        let v: serde_json::Value = serde_json::from_slice(&bytes).ok()?;
        ["preferred_username", "email", "upn"]
            .iter()
            .find_map(|k| v.get(*k)?.as_str().filter(|s| !s.is_empty()))
            .map(str::to_string)
    }
}

/// A started device-code flow.
#[derive(Debug, Clone)]
pub struct DeviceAuthorization {
    pub user_code: String,
    pub verification_uri: String,
    pub expires_in: Duration,
    pub interval: Duration,
    /// The provider's own instruction (Microsoft), when given.
    pub message: Option<String>,
    raw: oauth2::DeviceAuthorizationResponse<DeviceExtra>,
}

#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
struct DeviceExtra {
    #[serde(default)]
    message: Option<String>,
}
impl oauth2::ExtraDeviceAuthorizationFields for DeviceExtra {}

/// A started authorization-code flow: send the user to `url`, then redeem the code with
/// the same `redirect_uri` and `verifier` after checking `state`.
pub struct AuthCodeStart {
    pub url: String,
    pub state: String,
    pub verifier: PkceCodeVerifier,
    pub redirect_uri: String,
}

/// The token response's fields beyond OAuth's: the OpenID Connect `id_token`, which
/// `authorize` asks for to name who signed in.
#[derive(Debug, Clone, Default, serde::Serialize, serde::Deserialize)]
pub struct IdTokenField {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    id_token: Option<String>,
}

impl oauth2::ExtraTokenFields for IdTokenField {}

/// A token endpoint's answer (with the `id_token` when there is one).
type TokenAnswer = oauth2::StandardTokenResponse<IdTokenField, oauth2::basic::BasicTokenType>;

type ClientWith<A, D, T> = oauth2::Client<
    oauth2::basic::BasicErrorResponse,
    TokenAnswer,
    oauth2::basic::BasicTokenIntrospectionResponse,
    oauth2::StandardRevocableToken,
    oauth2::basic::BasicRevocationErrorResponse,
    A,
    D,
    EndpointNotSet,
    EndpointNotSet,
    T,
>;

type Client = ClientWith<EndpointSet, EndpointMaybeSet, EndpointSet>;

/// Talks to one account's provider.
pub struct OAuthClient {
    pub account: OAuthAccountSettings,
    pub endpoints: Endpoints,
    pub scopes: Vec<String>,
    http: Http,
}

fn now_unix() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap_or_default()
        .as_secs()
}

fn tokens_from(r: &TokenAnswer) -> Tokens {
    Tokens {
        id_token: r.extra_fields().id_token.clone(),
        access_token: SecretString::new(r.access_token().secret().clone()),
        expires_in: r.expires_in().unwrap_or(Duration::from_secs(3600)),
        refresh_token: r
            .refresh_token()
            .map(|t| SecretString::new(t.secret().clone())),
        scopes: r
            .scopes()
            .map(|s| s.iter().map(|x| x.to_string()).collect()),
    }
}

/// The first PEM block whose label ends with `PRIVATE KEY`, so a combined cert+key file works.
fn private_key_block(pem: &str) -> Option<&str> {
    let start = pem
        .match_indices("-----BEGIN ")
        .map(|(i, _)| i)
        .find(|&i| {
            pem[i..]
                .lines()
                .next()
                .is_some_and(|l| l.contains("PRIVATE KEY-----"))
        })?;
    let rest = &pem[start..];
    let end_marker = rest.find("-----END ")?;
    let end = rest[end_marker..].find("KEY-----")? + end_marker + "KEY-----".len();
    Some(&rest[..end])
}

impl OAuthClient {
    pub fn new(account: OAuthAccountSettings, usage: Usage) -> Result<Self, String> {
        let endpoints = endpoints(&account);
        let scopes = scopes(&account, usage);
        Ok(Self {
            account,
            endpoints,
            scopes,
            http: Http::new()?,
        })
    }

    pub fn name(&self) -> &str {
        &self.account.name
    }

    fn client_id(&self) -> Result<String, EndpointError> {
        self.account
            .client_id
            .clone()
            .filter(|c| !c.is_empty())
            .ok_or_else(|| EndpointError::local("client_id is not configured"))
    }

    fn client(&self, with_secret: bool) -> Result<Client, EndpointError> {
        let bad = |what: &str, e: oauth2::url::ParseError| {
            EndpointError::local(format!("{what} is not a valid URL: {e}"))
        };
        let mut c = ClientWith::<EndpointNotSet, EndpointNotSet, EndpointNotSet>::new(
            ClientId::new(self.client_id()?),
        )
        .set_auth_type(AuthType::RequestBody)
        .set_auth_uri(
            AuthUrl::new(self.endpoints.auth_url.clone()).map_err(|e| bad("auth_url", e))?,
        )
        .set_device_authorization_url_option(
            self.endpoints
                .device_url
                .clone()
                .map(DeviceAuthorizationUrl::new)
                .transpose()
                .map_err(|e| bad("device_code_url", e))?,
        )
        .set_token_uri(
            TokenUrl::new(self.endpoints.token_url.clone()).map_err(|e| bad("token_url", e))?,
        );
        if with_secret && let Some(r) = &self.account.client_secret {
            let s = r
                .resolve()
                .map_err(|e| EndpointError::local(format!("client_secret {r}: {e}")))?;
            c = c.set_client_secret(ClientSecret::new(s.expose().to_string()));
        }
        Ok(c)
    }

    fn scope_list(&self) -> Vec<Scope> {
        self.scopes.iter().map(|s| Scope::new(s.clone())).collect()
    }

    /// An app-only token: client credentials (secret or certificate) or a Google service
    /// account acting as `user`.
    pub async fn app_only(&self) -> Result<Tokens, EndpointError> {
        match (self.account.provider, self.account.flow) {
            (Provider::Google, Flow::ServiceAccount) => self.service_account().await,
            (_, Flow::ClientCredentials) => self.client_credentials().await,
            _ => Err(EndpointError::local(
                "this flow needs an interactive authorization (run `dastra-mailgate authorize`)",
            )),
        }
    }

    async fn client_credentials(&self) -> Result<Tokens, EndpointError> {
        let meta = Meta::default();
        let http = self.http.adapter(&meta);
        let use_cert = self.account.certificate_file.is_some();
        let client = self.client(!use_cert)?;
        let mut req = client
            .exchange_client_credentials()
            .add_scopes(self.scope_list());
        if use_cert {
            let assertion = self.client_assertion()?;
            req = req
                .add_extra_param("client_assertion_type", CLIENT_ASSERTION_TYPE)
                .add_extra_param("client_assertion", assertion);
        }
        let r = req
            .request_async(&http)
            .await
            .map_err(|e| from_oauth2(e, &meta))?;
        Ok(tokens_from(&r))
    }

    /// Entra certificate credential: an RS256 JWT with the certificate's SHA-256
    /// thumbprint in `x5t#S256`, `aud` = the token endpoint, `iss` = `sub` = client id.
    pub fn client_assertion(&self) -> Result<String, EndpointError> {
        use rustls_pki_types::CertificateDer;
        use rustls_pki_types::pem::PemObject;
        let client_id = self.client_id()?;
        let cert_path = self
            .account
            .certificate_file
            .as_ref()
            .ok_or_else(|| EndpointError::local("certificate_file is not configured"))?;
        let pem = std::fs::read(cert_path).map_err(|e| {
            EndpointError::local(format!("certificate_file {}: {e}", cert_path.display()))
        })?;
        let der = CertificateDer::from_pem_slice(&pem).map_err(|e| {
            EndpointError::local(format!(
                "certificate_file {}: no PEM certificate ({e:?})",
                cert_path.display()
            ))
        })?;
        let thumbprint =
            base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(Sha256::digest(der.as_ref()));
        let key_ref = self
            .account
            .private_key
            .as_ref()
            .ok_or_else(|| EndpointError::local("private_key_file is not configured"))?;
        let key_text = key_ref
            .resolve()
            .map_err(|e| EndpointError::local(format!("private_key_file {key_ref}: {e}")))?;
        let block = private_key_block(key_text.expose()).ok_or_else(|| {
            EndpointError::local(format!("private_key_file {key_ref}: no PEM private key"))
        })?;
        let key = jsonwebtoken::EncodingKey::from_rsa_pem(block.as_bytes()).map_err(|e| {
            EndpointError::local(format!("private_key_file {key_ref}: not an RSA key ({e})"))
        })?;
        let mut header = jsonwebtoken::Header::new(jsonwebtoken::Algorithm::RS256);
        header.typ = Some("JWT".into());
        header.x5t_s256 = Some(thumbprint);
        let now = now_unix();
        let claims = serde_json::json!({
            "aud": self.endpoints.token_url,
            "iss": client_id,
            "sub": client_id,
            "jti": uuid::Uuid::new_v4().to_string(),
            "nbf": now,
            "iat": now,
            "exp": now + 600,
        });
        jsonwebtoken::encode(&header, &claims, &key)
            .map_err(|e| EndpointError::local(format!("cannot sign the client assertion: {e}")))
    }

    /// Google domain-wide delegation: an RS256 JWT signed with the service account's key,
    /// `sub` = the mailbox, posted as a `jwt-bearer` grant.
    async fn service_account(&self) -> Result<Tokens, EndpointError> {
        #[derive(serde::Deserialize)]
        struct Key {
            client_email: String,
            private_key: String,
            #[serde(default)]
            private_key_id: Option<String>,
            #[serde(default)]
            token_uri: Option<String>,
        }
        let key_ref = self
            .account
            .service_account_key
            .as_ref()
            .ok_or_else(|| EndpointError::local("service_account_key is not configured"))?;
        let text = key_ref
            .resolve()
            .map_err(|e| EndpointError::local(format!("service_account_key {key_ref}: {e}")))?;
        let key: Key = serde_json::from_str(text.expose()).map_err(|e| {
            EndpointError::local(format!(
                "service_account_key {key_ref}: not a Google service-account JSON key ({e})"
            ))
        })?;
        // What the configuration says wins over the key file: an explicit token_url, or
        // the token endpoint of a configured (non-default) authority; then the key file's
        // token_uri; then Google's.
        let configured = self.account.token_url.clone().or_else(|| {
            (self.account.authority.trim_end_matches('/') != GOOGLE_DEFAULT_AUTHORITY)
                .then(|| self.endpoints.token_url.clone())
        });
        let token_url = configured
            .or(key.token_uri.clone())
            .unwrap_or_else(|| self.endpoints.token_url.clone());
        let user = self.account.user.clone().ok_or_else(|| {
            EndpointError::local("user (the mailbox to act as) is not configured")
        })?;
        let enc =
            jsonwebtoken::EncodingKey::from_rsa_pem(key.private_key.as_bytes()).map_err(|e| {
                EndpointError::local(format!(
                    "service_account_key {key_ref}: bad private_key ({e})"
                ))
            })?;
        let mut header = jsonwebtoken::Header::new(jsonwebtoken::Algorithm::RS256);
        header.typ = Some("JWT".into());
        header.kid = key.private_key_id.clone();
        let now = now_unix();
        let claims = serde_json::json!({
            "iss": key.client_email,
            "scope": self.scopes.join(" "),
            "aud": token_url,
            "iat": now,
            "exp": now + 3600,
            "sub": user,
        });
        let assertion = jsonwebtoken::encode(&header, &claims, &enc)
            .map_err(|e| EndpointError::local(format!("cannot sign the assertion: {e}")))?;
        let meta = Meta::default();
        let (status, body) = self
            .http
            .post_form(
                &token_url,
                &[("grant_type", JWT_BEARER_GRANT), ("assertion", &assertion)],
                &meta,
            )
            .await
            .map_err(|HttpError(e)| EndpointError::transport(e))?;
        if status != 200 {
            return Err(error_from_answer(
                status,
                &body,
                meta.get().and_then(|m| m.1),
            ));
        }
        let r: TokenAnswer = serde_json::from_slice(&body)
            .map_err(|e| EndpointError::transport(format!("unreadable token answer: {e}")))?;
        Ok(tokens_from(&r))
    }

    /// Redeems a refresh token. The answer may carry a rotated refresh token.
    pub async fn refresh(&self, refresh_token: &SecretString) -> Result<Tokens, EndpointError> {
        let meta = Meta::default();
        let http = self.http.adapter(&meta);
        let client = self.client(true)?;
        let rt = RefreshToken::new(refresh_token.expose().to_string());
        let mut req = client.exchange_refresh_token(&rt);
        if self.account.provider == Provider::Microsoft {
            req = req.add_scopes(self.scope_list());
        }
        let r = req
            .request_async(&http)
            .await
            .map_err(|e| from_oauth2(e, &meta))?;
        Ok(tokens_from(&r))
    }

    /// Starts a device-code flow (Microsoft).
    pub async fn start_device(&self) -> Result<DeviceAuthorization, EndpointError> {
        if self.endpoints.device_url.is_none() {
            return Err(EndpointError::local(
                "Google does not offer the device-code flow for Gmail scopes; use flow = \"auth_code\"",
            ));
        }
        let meta = Meta::default();
        let http = self.http.adapter(&meta);
        let client = self.client(true)?;
        let raw: oauth2::DeviceAuthorizationResponse<DeviceExtra> = client
            .exchange_device_code()
            .map_err(|e| EndpointError::local(e.to_string()))?
            .add_scopes(self.scope_list())
            .request_async(&http)
            .await
            .map_err(|e| from_oauth2(e, &meta))?;
        Ok(DeviceAuthorization {
            user_code: raw.user_code().secret().clone(),
            verification_uri: raw.verification_uri().to_string(),
            expires_in: raw.expires_in(),
            interval: raw.interval(),
            message: raw.extra_fields().message.clone(),
            raw,
        })
    }

    /// Polls until the user has signed in, declined, or the code expired (RFC 8628:
    /// the first poll waits `interval` too, `authorization_pending` waits `interval`,
    /// `slow_down` adds 5 s).
    pub async fn poll_device(&self, d: &DeviceAuthorization) -> Result<Tokens, EndpointError> {
        // Nobody has signed in the moment the code is shown; polling at once would only earn
        // a `slow_down` from a strict server.
        tokio::time::sleep(d.raw.interval()).await;
        let meta = Meta::default();
        let http = self.http.adapter(&meta);
        let client = self.client(true)?;
        let r: TokenAnswer = client
            .exchange_device_access_token(&d.raw)
            .request_async(&http, tokio::time::sleep, Some(d.expires_in))
            .await
            .map_err(|e| from_oauth2(e, &meta))?;
        Ok(tokens_from(&r))
    }

    /// Builds the authorize URL with PKCE (S256) and a random `state`.
    pub fn start_auth_code(
        &self,
        redirect_uri: &str,
        login_hint: Option<&str>,
    ) -> Result<AuthCodeStart, EndpointError> {
        let client = self.client(false)?.set_redirect_uri(
            RedirectUrl::new(redirect_uri.to_string())
                .map_err(|e| EndpointError::local(format!("redirect URI: {e}")))?,
        );
        let (challenge, verifier) = PkceCodeChallenge::new_random_sha256();
        let mut req = client
            .authorize_url(CsrfToken::new_random)
            .add_scopes(self.scope_list())
            .set_pkce_challenge(challenge);
        if let Some(h) = login_hint {
            req = req.add_extra_param("login_hint", h.to_string());
        }
        if self.account.provider == Provider::Google {
            // A refresh token every time, even when the user consented before.
            req = req
                .add_extra_param("access_type", "offline")
                .add_extra_param("prompt", "consent");
        }
        let (url, state) = req.url();
        Ok(AuthCodeStart {
            url: url.to_string(),
            state: state.secret().clone(),
            verifier,
            redirect_uri: redirect_uri.to_string(),
        })
    }

    /// Redeems an authorization code with its PKCE verifier.
    pub async fn exchange_code(
        &self,
        code: &str,
        start: AuthCodeStart,
    ) -> Result<Tokens, EndpointError> {
        let meta = Meta::default();
        let http = self.http.adapter(&meta);
        let client = self.client(true)?.set_redirect_uri(
            RedirectUrl::new(start.redirect_uri.clone())
                .map_err(|e| EndpointError::local(format!("redirect URI: {e}")))?,
        );
        let r = client
            .exchange_code(AuthorizationCode::new(code.to_string()))
            .set_pkce_verifier(start.verifier)
            .request_async(&http)
            .await
            .map_err(|e| from_oauth2(e, &meta))?;
        Ok(tokens_from(&r))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::OAuthAccountSettings;

    pub(crate) fn account(provider: Provider, flow: Flow) -> OAuthAccountSettings {
        OAuthAccountSettings {
            name: "a".into(),
            provider,
            flow,
            tenant: "contoso".into(),
            authority: match provider {
                Provider::Microsoft => "https://login.microsoftonline.com".into(),
                Provider::Google => GOOGLE_DEFAULT_AUTHORITY.into(),
            },
            client_id: Some("app".into()),
            client_secret: None,
            certificate_file: None,
            private_key: None,
            service_account_key: None,
            user: Some("u@example.org".into()),
            scopes: None,
            token_url: None,
            auth_url: None,
            device_code_url: None,
            refresh_before_expiry: Duration::from_secs(600),
            keepalive: Duration::from_secs(86400),
        }
    }

    #[test]
    fn scopes_follow_use() {
        let imap = Usage {
            imap: true,
            ..Usage::default()
        };
        let smtp = Usage {
            smtp: true,
            ..Usage::default()
        };
        let ms_dev = account(Provider::Microsoft, Flow::DeviceCode);
        assert_eq!(scopes(&ms_dev, imap), vec![SCOPE_MS_IMAP, SCOPE_OFFLINE]);
        assert_eq!(scopes(&ms_dev, smtp), vec![SCOPE_MS_SMTP, SCOPE_OFFLINE]);
        let ms_app = account(Provider::Microsoft, Flow::ClientCredentials);
        assert_eq!(scopes(&ms_app, imap), vec![SCOPE_MS_APP_EXCHANGE]);
        let graph = Usage {
            graph: true,
            ..Usage::default()
        };
        assert_eq!(scopes(&ms_app, graph), vec![SCOPE_MS_APP_GRAPH]);
        let g = account(Provider::Google, Flow::AuthCode);
        assert_eq!(scopes(&g, imap), vec![SCOPE_GOOGLE_MAIL]);
        let mut custom = account(Provider::Microsoft, Flow::AuthCode);
        custom.scopes = Some(vec!["https://outlook.office.com/SMTP.Send".into()]);
        assert_eq!(
            scopes(&custom, imap),
            vec!["https://outlook.office.com/SMTP.Send", SCOPE_OFFLINE]
        );
        // Unused accounts get the mail scopes.
        assert_eq!(
            scopes(&ms_dev, Usage::default()),
            vec![SCOPE_MS_IMAP, SCOPE_MS_SMTP, SCOPE_OFFLINE]
        );
    }

    #[test]
    fn endpoints_from_authority_and_tenant() {
        let ms = account(Provider::Microsoft, Flow::DeviceCode);
        let e = endpoints(&ms);
        assert_eq!(
            e.token_url,
            "https://login.microsoftonline.com/contoso/oauth2/v2.0/token"
        );
        assert_eq!(
            e.device_url.as_deref(),
            Some("https://login.microsoftonline.com/contoso/oauth2/v2.0/devicecode")
        );
        let g = endpoints(&account(Provider::Google, Flow::AuthCode));
        assert_eq!(g.token_url, "https://oauth2.googleapis.com/token");
        assert_eq!(g.auth_url, GOOGLE_AUTH_URL);
        assert!(g.device_url.is_none());
    }

    #[test]
    fn finds_the_key_in_a_combined_pem() {
        let pem = "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n-----BEGIN PRIVATE KEY-----\nBBBB\n-----END PRIVATE KEY-----\n";
        assert_eq!(
            private_key_block(pem),
            Some("-----BEGIN PRIVATE KEY-----\nBBBB\n-----END PRIVATE KEY-----")
        );
        assert!(private_key_block("nothing").is_none());
    }
}
