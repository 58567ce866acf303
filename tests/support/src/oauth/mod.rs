//! An in-process double of the Microsoft identity platform (Entra ID v2) and
//! Google's OAuth 2.0 server, for tests of the relay's OAuth code.
//!
//! [`OAuthDouble::start`] binds `127.0.0.1:0` on its own thread with its own
//! tokio runtime, so it works from plain `#[test]`s, `#[tokio::test]`s and
//! bench binaries alike; dropping the value stops it. Everything it knows is
//! readable synchronously through the methods of [`OAuthDouble`].
//!
//! Endpoints (relative to [`OAuthDouble::base_url`]):
//!
//! | Endpoint | Provider behaviour reproduced |
//! |---|---|
//! | `POST /{tenant}/oauth2/v2.0/token` | Entra: `client_credentials` (secret in body or HTTP Basic, or an RS256 certificate `client_assertion` with `x5t#S256`), `refresh_token` (always rotated; the old one dies), device code, `authorization_code` + PKCE |
//! | `POST /{tenant}/oauth2/v2.0/devicecode` | Entra device authorization; no `verification_uri_complete` |
//! | `GET /{tenant}/oauth2/v2.0/authorize` | Entra authorize; answers with a `302` to the `redirect_uri` |
//! | `POST /token` | Google: JWT bearer (service account + domain-wide delegation), `refresh_token` (not rotated), `authorization_code` + PKCE |
//! | `GET /o/oauth2/v2/auth` (and `/o/oauth2/auth`) | Google consent; `302` to the `redirect_uri` |
//! | `POST /revoke` | Google token revocation |
//! | `POST /device/code` | Google device flow: refuses Gmail scopes (`invalid_scope`) |
//! | `POST`/`GET /introspect` | RFC 7662 introspection as Dovecot's `oauth2` passdb calls it (`introspection_mode = post`, `get` or `auth`) |
//!
//! ```
//! use std::time::Duration;
//! use testbench::oauth::{OAuthDouble, OAuthDoubleOptions};
//!
//! let double = OAuthDouble::start(OAuthDoubleOptions {
//!     access_token_lifetime: Duration::from_secs(2),
//!     ..OAuthDoubleOptions::default()
//! });
//! double.register_ms_client("contoso-tenant-id", "app-id", Some("secret"), None);
//! // Point the daemon at double.ms_authority("contoso-tenant-id") …
//! let token = double.issue_token_for("dpo@contoso.example", &["https://outlook.office.com/SMTP.Send"], Duration::from_secs(60));
//! assert_eq!(double.is_access_token_valid(&token).as_deref(), Some("dpo@contoso.example"));
//! ```
//!
//! Error bodies follow the providers' envelopes: Entra's
//! `{"error","error_description":"AADSTS…: … Trace ID: … Correlation ID: … Timestamp: …","error_codes":[…],"timestamp","trace_id","correlation_id","error_uri"}`
//! and Google's `{"error","error_description"}`.

mod authorize;
mod form;
mod google;
mod introspect;
mod keys;
mod microsoft;
mod state;
mod wire;

use std::collections::{BTreeMap, BTreeSet};
use std::net::SocketAddr;
use std::sync::{Arc, Mutex, MutexGuard};
use std::thread::JoinHandle;
use std::time::{Duration, Instant, SystemTime};

use axum::Router;
use axum::body::Bytes;
use axum::extract::{FromRequest, Path, Request, State as AxumState};
use axum::http::{HeaderMap, Method, Uri};
use axum::response::{IntoResponse, Response};
use axum::routing::{any, get, post};

pub use keys::{ClientCertificate, ServiceAccountKey, sign_rs256};

use state::{InjectedFailure, RegisteredMsClient, RegisteredServiceAccount, RtStatus, State};
use wire::Reply;

/// Which provider issued a token.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Provider {
    /// Microsoft identity platform (Entra ID v2 endpoints).
    Microsoft,
    /// Google OAuth 2.0.
    Google,
}

/// Settings of an [`OAuthDouble`]. `Default` gives provider-like values.
#[derive(Clone, Debug)]
pub struct OAuthDoubleOptions {
    /// Lifetime of the access tokens the token endpoints issue (and their
    /// reported `expires_in`). Default 3600 s; tests use e.g. 2 s.
    pub access_token_lifetime: Duration,
    /// Lifetime of an authorization code. Default 10 minutes.
    pub authorization_code_lifetime: Duration,
    /// Device code lifetime, reported as `expires_in` by `/devicecode`. Default 900 s.
    pub device_code_lifetime: Duration,
    /// Polling interval reported by `/devicecode` (seconds). Default 5.
    pub device_code_interval_secs: u64,
    /// When true, a device-code poll that comes sooner than the current
    /// interval gets `slow_down` and the interval grows by 5 s (RFC 8628
    /// §3.5). Default false: `slow_down` is then only sent when queued with
    /// [`OAuthDouble::queue_device_slow_down`].
    pub enforce_device_poll_interval: bool,
    /// `verification_uri` of the Microsoft device flow. Default
    /// `https://microsoft.com/devicelogin`.
    pub device_verification_uri: String,
    /// Microsoft: a refresh token unused for this long fails with
    /// `AADSTS700082`. Default 90 days.
    pub ms_refresh_token_inactivity: Duration,
    /// Microsoft: Conditional Access sign-in frequency; a refresh token whose
    /// sign-in is older fails with `AADSTS70043`. Default `None` (no policy).
    pub ms_sign_in_frequency: Option<Duration>,
    /// Microsoft: a refreshed-away refresh token stops working (default true).
    pub ms_invalidate_rotated_refresh_tokens: bool,
    /// Google: return a new refresh token on refresh (default false, as Google).
    pub google_rotate_refresh_tokens: bool,
    /// Google: refresh-token lifetime for apps whose consent screen is in
    /// "Testing". Default 7 days.
    pub google_testing_refresh_token_lifetime: Duration,
    /// Introspection: answer `"active":"true"` / `"active":"false"` as strings
    /// (default true: Dovecot compares `active_value` as a string). When false,
    /// RFC 7662 booleans are sent.
    pub introspection_active_as_string: bool,
    /// Introspection: when set, require this `(client_id, client_secret)` in
    /// the form, the query or HTTP Basic (Dovecot sends them in the body).
    pub introspection_client: Option<(String, String)>,
}

impl Default for OAuthDoubleOptions {
    fn default() -> Self {
        OAuthDoubleOptions {
            access_token_lifetime: Duration::from_secs(3600),
            authorization_code_lifetime: Duration::from_secs(600),
            device_code_lifetime: Duration::from_secs(900),
            device_code_interval_secs: 5,
            enforce_device_poll_interval: false,
            device_verification_uri: "https://microsoft.com/devicelogin".to_string(),
            ms_refresh_token_inactivity: Duration::from_secs(90 * 24 * 3600),
            ms_sign_in_frequency: None,
            ms_invalidate_rotated_refresh_tokens: true,
            google_rotate_refresh_tokens: false,
            google_testing_refresh_token_lifetime: Duration::from_secs(7 * 24 * 3600),
            introspection_active_as_string: true,
            introspection_client: None,
        }
    }
}

/// A Microsoft (Entra ID) app registration.
#[derive(Clone, Debug)]
pub struct MsClient {
    /// Tenant id (or domain) the app lives in; the `{tenant}` URL segment must
    /// equal it, or be `common` / `organizations` / `consumers`.
    pub tenant: String,
    /// Application (client) id.
    pub client_id: String,
    /// Display name, quoted in `AADSTS65001`.
    pub display_name: String,
    /// Client secret value, if one is registered.
    pub client_secret: Option<String>,
    /// Registered certificates (PEM), for `client_assertion`.
    pub certificates_pem: Vec<String>,
    /// "Allow public client flows": needed for the device code flow and for
    /// redeeming codes / refresh tokens without a client credential. Default true.
    pub public_client: bool,
    /// Registered redirect URIs; empty accepts any. For `http://localhost` and
    /// `http://127.0.0.1` the port is ignored, as Entra does.
    pub redirect_uris: Vec<String>,
    /// Delegated permissions consented for the app; `None` = everything is
    /// consented. A delegated request outside the list gets `AADSTS65001`.
    pub consented_scopes: Option<Vec<String>>,
    /// "Accounts in any organizational directory": the app may be used through
    /// `common` / `organizations`. A single-tenant app (default false) gets
    /// `AADSTS50194` there.
    pub multi_tenant: bool,
    /// Admin-consented application permissions (app roles) as
    /// `<resource>/<role>`; a `client_credentials` token for
    /// `<resource>/.default` carries those of that resource. Default
    /// `https://outlook.office365.com/SMTP.SendAsApp` and
    /// `https://graph.microsoft.com/Mail.Send`.
    pub application_permissions: Vec<String>,
}

impl MsClient {
    /// A public client with no credentials, every delegated scope consented
    /// and the default application permissions.
    pub fn new(tenant: &str, client_id: &str) -> MsClient {
        MsClient {
            tenant: tenant.to_string(),
            client_id: client_id.to_string(),
            display_name: "dastra-mailgate".to_string(),
            client_secret: None,
            certificates_pem: Vec::new(),
            public_client: true,
            redirect_uris: Vec::new(),
            consented_scopes: None,
            multi_tenant: false,
            application_permissions: vec![
                "https://outlook.office365.com/SMTP.SendAsApp".to_string(),
                "https://graph.microsoft.com/Mail.Send".to_string(),
            ],
        }
    }
}

/// The kind of a Google OAuth client.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GoogleClientKind {
    /// "Desktop app": any loopback redirect URI (`http://127.0.0.1:<port>/…`,
    /// `http://localhost:<port>/…`); a refresh token is always issued.
    Desktop,
    /// "Web application": exact redirect URIs; a refresh token only with
    /// `access_type=offline`.
    Web,
}

/// A Google OAuth client (installed app or web app).
#[derive(Clone, Debug)]
pub struct GoogleClient {
    /// `…apps.googleusercontent.com` client id.
    pub client_id: String,
    /// Client secret; when set it is required on the token endpoint.
    pub client_secret: Option<String>,
    /// Desktop or Web.
    pub kind: GoogleClientKind,
    /// Redirect URIs of a Web client (ignored for Desktop clients).
    pub redirect_uris: Vec<String>,
    /// Consent screen publishing status "Testing": refresh tokens die after
    /// [`OAuthDoubleOptions::google_testing_refresh_token_lifetime`] (7 days).
    pub testing_mode: bool,
}

impl GoogleClient {
    /// A production Desktop client.
    pub fn new(client_id: &str, client_secret: Option<&str>) -> GoogleClient {
        GoogleClient {
            client_id: client_id.to_string(),
            client_secret: client_secret.map(str::to_string),
            kind: GoogleClientKind::Desktop,
            redirect_uris: Vec::new(),
            testing_mode: false,
        }
    }
}

/// A Google service account and its domain-wide delegation.
#[derive(Clone, Debug)]
pub struct ServiceAccount {
    /// `client_email`, the JWT `iss`.
    pub client_email: String,
    /// Numeric `client_id`.
    pub client_id: String,
    /// `private_key_id`; a JWT with another `kid` fails the signature check.
    pub key_id: String,
    /// Public key as PEM: `PUBLIC KEY`, `RSA PUBLIC KEY`, `CERTIFICATE`, or a
    /// private key to derive it from.
    pub public_key_pem: String,
    /// Users (`sub`) it may impersonate; an entry `@example.com` allows the
    /// whole domain. Anyone else gets `unauthorized_client`.
    pub delegated_users: Vec<String>,
    /// Scopes authorised for domain-wide delegation; any other requested
    /// scope gets `unauthorized_client`.
    pub delegated_scopes: Vec<String>,
}

/// What the authorize endpoints do with a valid request.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AuthorizeMode {
    /// Approve as this user: `302` to `redirect_uri?code=…&state=…`.
    Approve(String),
    /// Approve as the `login_hint` user; without a hint, behave as `Manual`.
    /// The default.
    LoginHint,
    /// The user refuses: `302` to `redirect_uri?error=access_denied&…`.
    Deny,
    /// Show a sign-in page (200) and wait for
    /// [`OAuthDouble::approve_authorization`] / [`OAuthDouble::deny_authorization`].
    Manual,
}

/// A recorded request to an authorize endpoint.
#[derive(Clone, Debug)]
pub struct AuthorizeRequest {
    /// Which authorize endpoint.
    pub provider: Provider,
    /// The `{tenant}` segment (Microsoft).
    pub tenant: Option<String>,
    /// `client_id`.
    pub client_id: String,
    /// `redirect_uri`.
    pub redirect_uri: String,
    /// `scope`.
    pub scope: String,
    /// `state`.
    pub state: Option<String>,
    /// `code_challenge`.
    pub code_challenge: Option<String>,
    /// `code_challenge_method`.
    pub code_challenge_method: Option<String>,
    /// `login_hint`.
    pub login_hint: Option<String>,
    /// All query parameters.
    pub query: Vec<(String, String)>,
}

/// State of a device-code flow.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DeviceStatus {
    /// Waiting for the user.
    Pending,
    /// Approved by this user; the next poll gets tokens.
    Approved(String),
    /// Refused (`authorization_declined`).
    Declined,
    /// Forced to expire (`expired_token`).
    Expired,
    /// Tokens were handed out.
    Redeemed,
}

/// A device-code flow as the double sees it.
#[derive(Clone, Debug)]
pub struct DeviceCodeInfo {
    /// `user_code` shown to the user.
    pub user_code: String,
    /// `device_code` the client polls with.
    pub device_code: String,
    /// `{tenant}` of the request.
    pub tenant: String,
    /// `client_id`.
    pub client_id: String,
    /// Requested scopes.
    pub scopes: Vec<String>,
    /// Current status.
    pub status: DeviceStatus,
    /// How many times the token endpoint was polled for it.
    pub polls: u32,
}

/// Why a refresh token stops working ([`OAuthDouble::expire_refresh_token`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RefreshExpiry {
    /// Unused too long: Entra `AADSTS700082`; Google "Token has been expired or revoked.".
    Inactivity,
    /// Conditional Access sign-in frequency: Entra `AADSTS70043`.
    SignInFrequency,
    /// Revoked (password reset, admin, user): Entra `AADSTS50173`; Google
    /// "Token has been expired or revoked.".
    Revoked,
    /// Google "Testing" app, 7 days old: "Token has been expired or revoked.".
    TestingModeExpired,
}

/// What the double knows about an access token.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TokenInfo {
    /// Issuer; `None` for [`OAuthDouble::issue_token_for`] tokens.
    pub provider: Option<Provider>,
    /// The user / mailbox it acts for; `None` for app-only tokens.
    pub user: Option<String>,
    /// The client it was issued to.
    pub client_id: Option<String>,
    /// Microsoft tenant.
    pub tenant: Option<String>,
    /// Granted scopes (for app-only Microsoft tokens: the application roles,
    /// e.g. `https://outlook.office365.com/SMTP.SendAsApp`).
    pub scopes: Vec<String>,
    /// Issue time (double clock).
    pub issued_at: SystemTime,
    /// Expiry (double clock).
    pub expires_at: SystemTime,
    /// Issued by `client_credentials`.
    pub app_only: bool,
}

/// Request counters.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Counters {
    /// Requests to either token endpoint.
    pub token_requests: u64,
    /// Token requests per `grant_type` (as sent; `""` when missing).
    pub token_requests_by_grant: BTreeMap<String, u64>,
    /// Token requests answered 200.
    pub token_successes: u64,
    /// Token requests answered with an error.
    pub token_errors: u64,
    /// Successful `refresh_token` grants.
    pub refreshes: u64,
    /// Introspection requests.
    pub introspections: u64,
    /// Introspections that answered active.
    pub introspections_active: u64,
    /// Authorize requests.
    pub authorize_requests: u64,
    /// Device authorization requests.
    pub device_code_requests: u64,
    /// Revocation requests.
    pub revocations: u64,
}

/// Which endpoint a [`RecordedRequest`] hit.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Endpoint {
    /// `/{tenant}/oauth2/v2.0/token`
    MsToken,
    /// `/{tenant}/oauth2/v2.0/devicecode`
    MsDeviceCode,
    /// `/{tenant}/oauth2/v2.0/authorize`
    MsAuthorize,
    /// Google `/token`
    GoogleToken,
    /// Google `/o/oauth2/v2/auth`
    GoogleAuth,
    /// Google `/revoke`
    GoogleRevoke,
    /// Google `/device/code`
    GoogleDeviceCode,
    /// `/introspect`
    Introspect,
}

/// A request the double answered, with its answer.
#[derive(Clone, Debug)]
pub struct RecordedRequest {
    /// Endpoint hit.
    pub endpoint: Endpoint,
    /// HTTP method.
    pub method: String,
    /// Path.
    pub path: String,
    /// Raw query string.
    pub query: Option<String>,
    /// Request headers (lower-case names).
    pub headers: Vec<(String, String)>,
    /// Decoded `application/x-www-form-urlencoded` body.
    pub form: Vec<(String, String)>,
    /// Raw body.
    pub body: String,
    /// Response status.
    pub status: u16,
    /// Response body.
    pub response_body: String,
}

impl RecordedRequest {
    /// First form field `name`.
    pub fn param(&self, name: &str) -> Option<&str> {
        form::get(&self.form, name)
    }

    /// First header `name` (case-insensitive).
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

/// Parsed request handed to the provider logic; the handlers' last extractor.
pub(crate) struct Req {
    pub method: Method,
    pub path: String,
    pub raw_query: Option<String>,
    pub query: Vec<(String, String)>,
    pub headers: HeaderMap,
    pub form: Vec<(String, String)>,
    pub body: String,
}

impl Req {
    fn new(method: Method, uri: &Uri, headers: HeaderMap, body: &Bytes) -> Req {
        let body = String::from_utf8_lossy(body).into_owned();
        let is_form = headers
            .get("content-type")
            .and_then(|v| v.to_str().ok())
            .is_none_or(|ct| ct.starts_with("application/x-www-form-urlencoded"));
        Req {
            method,
            path: uri.path().to_string(),
            raw_query: uri.query().map(str::to_string),
            query: uri.query().map(form::parse_urlencoded).unwrap_or_default(),
            form: if is_form {
                form::parse_urlencoded(&body)
            } else {
                Vec::new()
            },
            headers,
            body,
        }
    }

    /// Form field (body).
    pub(crate) fn field(&self, name: &str) -> Option<&str> {
        form::get_nonempty(&self.form, name)
    }

    /// Query parameter.
    pub(crate) fn q(&self, name: &str) -> Option<&str> {
        form::get_nonempty(&self.query, name)
    }
}

impl<S: Send + Sync> FromRequest<S> for Req {
    type Rejection = Response;

    async fn from_request(req: Request, state: &S) -> Result<Req, Response> {
        let (parts, body) = req.into_parts();
        let body = Bytes::from_request(Request::from_parts(parts.clone(), body), state)
            .await
            .map_err(IntoResponse::into_response)?;
        Ok(Req::new(parts.method, &parts.uri, parts.headers, &body))
    }
}

type Shared = Arc<Mutex<State>>;

fn lock(shared: &Shared) -> MutexGuard<'_, State> {
    shared.lock().unwrap_or_else(|e| e.into_inner())
}

/// The running double. See the [module docs](self).
pub struct OAuthDouble {
    addr: SocketAddr,
    shared: Shared,
    shutdown: Option<tokio::sync::oneshot::Sender<()>>,
    thread: Option<JoinHandle<()>>,
}

impl std::fmt::Debug for OAuthDouble {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("OAuthDouble")
            .field("addr", &self.addr)
            .finish()
    }
}

impl Drop for OAuthDouble {
    fn drop(&mut self) {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

impl OAuthDouble {
    /// Starts the double on `127.0.0.1:0` on a background thread with its own
    /// tokio runtime; returns once it is listening.
    ///
    /// # Panics
    /// If the thread, the runtime or the listener cannot be created.
    pub fn start(options: OAuthDoubleOptions) -> OAuthDouble {
        let shared: Shared = Arc::new(Mutex::new(State::new(options)));
        let (ready_tx, ready_rx) = std::sync::mpsc::channel::<std::io::Result<SocketAddr>>();
        let (shutdown_tx, shutdown_rx) = tokio::sync::oneshot::channel::<()>();
        let app = router(shared.clone());
        let thread_shared = shared.clone();
        let thread = std::thread::Builder::new()
            .name("oauth-double".to_string())
            .spawn(move || {
                let runtime = match tokio::runtime::Builder::new_multi_thread()
                    .worker_threads(2)
                    .enable_all()
                    .build()
                {
                    Ok(rt) => rt,
                    Err(e) => {
                        let _ = ready_tx.send(Err(e));
                        return;
                    }
                };
                runtime.block_on(async move {
                    let listener = match tokio::net::TcpListener::bind("127.0.0.1:0").await {
                        Ok(l) => l,
                        Err(e) => {
                            let _ = ready_tx.send(Err(e));
                            return;
                        }
                    };
                    let addr = match listener.local_addr() {
                        Ok(a) => a,
                        Err(e) => {
                            let _ = ready_tx.send(Err(e));
                            return;
                        }
                    };
                    lock(&thread_shared).base_url = format!("http://{addr}");
                    let _ = ready_tx.send(Ok(addr));
                    tokio::select! {
                        _ = axum::serve(listener, app) => {}
                        _ = shutdown_rx => {}
                    }
                });
                runtime.shutdown_timeout(Duration::from_secs(1));
            })
            .expect("spawn the OAuth double thread");
        let addr = ready_rx
            .recv()
            .expect("OAuth double thread exited early")
            .expect("OAuth double could not listen on 127.0.0.1:0");
        OAuthDouble {
            addr,
            shared,
            shutdown: Some(shutdown_tx),
            thread: Some(thread),
        }
    }

    fn state(&self) -> MutexGuard<'_, State> {
        lock(&self.shared)
    }

    // ----- addresses -------------------------------------------------------

    /// The listening address.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// `http://127.0.0.1:<port>`; stands for both `https://login.microsoftonline.com`
    /// and `https://oauth2.googleapis.com` / `https://accounts.google.com`.
    pub fn base_url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// Entra authority for `tenant`: `<base>/<tenant>`.
    pub fn ms_authority(&self, tenant: &str) -> String {
        format!("{}/{tenant}", self.base_url())
    }

    /// `<base>/<tenant>/oauth2/v2.0/token` (also the `aud` of client assertions).
    pub fn ms_token_url(&self, tenant: &str) -> String {
        format!("{}/{tenant}/oauth2/v2.0/token", self.base_url())
    }

    /// `<base>/<tenant>/oauth2/v2.0/devicecode`.
    pub fn ms_devicecode_url(&self, tenant: &str) -> String {
        format!("{}/{tenant}/oauth2/v2.0/devicecode", self.base_url())
    }

    /// `<base>/<tenant>/oauth2/v2.0/authorize`.
    pub fn ms_authorize_url(&self, tenant: &str) -> String {
        format!("{}/{tenant}/oauth2/v2.0/authorize", self.base_url())
    }

    /// `<base>/token` (Google's `https://oauth2.googleapis.com/token`). JWT
    /// assertions may use this or `https://oauth2.googleapis.com/token` as `aud`.
    pub fn google_token_url(&self) -> String {
        format!("{}/token", self.base_url())
    }

    /// `<base>/o/oauth2/v2/auth` (Google's `https://accounts.google.com/o/oauth2/v2/auth`).
    pub fn google_auth_url(&self) -> String {
        format!("{}/o/oauth2/v2/auth", self.base_url())
    }

    /// `<base>/revoke` (Google's `https://oauth2.googleapis.com/revoke`).
    pub fn google_revoke_url(&self) -> String {
        format!("{}/revoke", self.base_url())
    }

    /// `<base>/introspect`.
    pub fn introspection_url(&self) -> String {
        format!("{}/introspect", self.base_url())
    }

    /// A `dovecot-oauth2.conf.ext` for Dovecot 2.3's `oauth2` passdb that
    /// validates tokens against this double (`introspection_mode = post`).
    pub fn dovecot_oauth2_conf(&self) -> String {
        format!(
            "introspection_mode = post\n\
             introspection_url = {}\n\
             force_introspection = yes\n\
             username_attribute = username\n\
             active_attribute = active\n\
             active_value = true\n",
            self.introspection_url()
        )
    }

    // ----- registration ----------------------------------------------------

    /// Registers a Microsoft app in `tenant` with an optional secret and an
    /// optional certificate (PEM); other settings as [`MsClient::new`].
    pub fn register_ms_client(
        &self,
        tenant: &str,
        client_id: &str,
        secret: Option<&str>,
        cert_pem: Option<&str>,
    ) {
        let mut client = MsClient::new(tenant, client_id);
        client.client_secret = secret.map(str::to_string);
        client.certificates_pem = cert_pem.map(str::to_string).into_iter().collect();
        self.register_ms_client_with(client);
    }

    /// Registers (or replaces) a Microsoft app.
    ///
    /// # Panics
    /// If a certificate PEM holds no RSA public key.
    pub fn register_ms_client_with(&self, client: MsClient) {
        let certificates = client
            .certificates_pem
            .iter()
            .map(|pem| keys::public_key_from_pem(pem).expect("registered certificate: RSA PEM"))
            .collect();
        let mut st = self.state();
        st.ms_clients.retain(|c| {
            !(c.client.client_id == client.client_id && c.client.tenant == client.tenant)
        });
        st.ms_clients.push(RegisteredMsClient {
            client,
            certificates,
        });
    }

    /// Registers a production Google Desktop client.
    pub fn register_google_client(&self, client_id: &str, secret: Option<&str>) {
        self.register_google_client_with(GoogleClient::new(client_id, secret));
    }

    /// Registers (or replaces) a Google client.
    pub fn register_google_client_with(&self, client: GoogleClient) {
        let mut st = self.state();
        st.google_clients
            .retain(|c| c.client_id != client.client_id);
        st.google_clients.push(client);
    }

    /// Generates a service-account key whose `token_uri` is this double's
    /// `/token` (not yet registered: see [`OAuthDouble::register_service_account`]).
    pub fn generate_service_account(&self, name: &str, project_id: &str) -> ServiceAccountKey {
        ServiceAccountKey::generate(name, project_id, &self.google_token_url())
    }

    /// Registers a service account with domain-wide delegation for
    /// `delegated_users` (`sub` values; `@domain` for a whole domain) and
    /// `delegated_scopes`.
    pub fn register_service_account(
        &self,
        key: &ServiceAccountKey,
        delegated_users: &[&str],
        delegated_scopes: &[&str],
    ) {
        self.register_service_account_with(ServiceAccount {
            client_email: key.client_email.clone(),
            client_id: key.client_id.clone(),
            key_id: key.private_key_id.clone(),
            public_key_pem: key.public_key_pem(),
            delegated_users: delegated_users.iter().map(|s| s.to_string()).collect(),
            delegated_scopes: delegated_scopes.iter().map(|s| s.to_string()).collect(),
        });
    }

    /// Registers (or replaces) a service account.
    ///
    /// # Panics
    /// If `public_key_pem` holds no RSA key.
    pub fn register_service_account_with(&self, sa: ServiceAccount) {
        let key =
            keys::public_key_from_pem(&sa.public_key_pem).expect("service account key: RSA PEM");
        let mut st = self.state();
        st.service_accounts
            .retain(|s| s.client_email != sa.client_email);
        st.service_accounts.push(RegisteredServiceAccount {
            client_email: sa.client_email,
            client_id: sa.client_id,
            key_id: sa.key_id,
            key,
            delegated_users: sa.delegated_users,
            delegated_scopes: sa.delegated_scopes,
        });
    }

    /// Records a user / mailbox as existing (informational; listed by [`OAuthDouble::users`]).
    pub fn register_user(&self, user: &str) {
        self.state().users.insert(user.to_ascii_lowercase());
    }

    /// Registered users.
    pub fn users(&self) -> Vec<String> {
        self.state().users.iter().cloned().collect()
    }

    /// Exchange `Add-MailboxPermission … FullAccess` for an app: app-only
    /// tokens of `client_id` may act for `mailbox` ([`OAuthDouble::token_can_act_for`]).
    pub fn grant_app_mailbox_access(&self, client_id: &str, mailbox: &str) {
        self.state()
            .app_mailboxes
            .entry(client_id.to_string())
            .or_default()
            .insert(mailbox.to_ascii_lowercase());
    }

    /// SendAs / shared-mailbox delegation: `user`'s delegated tokens may act for `mailbox`.
    pub fn grant_mailbox_delegate(&self, user: &str, mailbox: &str) {
        self.state()
            .mailbox_delegates
            .entry(user.to_ascii_lowercase())
            .or_default()
            .insert(mailbox.to_ascii_lowercase());
    }

    // ----- tokens ----------------------------------------------------------

    /// Mints a live access token for `user` directly (no provider flow).
    pub fn issue_token_for(&self, user: &str, scopes: &[&str], lifetime: Duration) -> String {
        self.state().issue_access(
            None,
            Some(user.to_string()),
            None,
            None,
            scopes.iter().map(|s| s.to_string()).collect(),
            lifetime,
            None,
        )
    }

    /// Mints a refresh token as if `user` had signed in to `client_id`
    /// (Microsoft: in `tenant`), to seed a daemon's token store.
    pub fn issue_refresh_token_for(
        &self,
        provider: Provider,
        client_id: &str,
        tenant: Option<&str>,
        user: &str,
        scopes: &[&str],
    ) -> String {
        let mut st = self.state();
        let now = st.now();
        let testing = provider == Provider::Google
            && st.google_client(client_id).is_some_and(|c| c.testing_mode);
        st.issue_refresh(
            provider,
            client_id,
            tenant.map(str::to_string),
            user,
            scopes.iter().map(|s| s.to_string()).collect(),
            uuid::Uuid::new_v4().to_string(),
            now,
            testing,
        )
    }

    /// The user a live (unexpired, unrevoked) access token acts for; for an
    /// app-only token, its `client_id`. `None` if the token is not live.
    pub fn is_access_token_valid(&self, token: &str) -> Option<String> {
        let st = self.state();
        let rec = st.live_access(token)?;
        rec.info.user.clone().or_else(|| rec.info.client_id.clone())
    }

    /// Everything known about an access token, live or not.
    pub fn access_token_info(&self, token: &str) -> Option<TokenInfo> {
        self.state()
            .access_tokens
            .get(token)
            .map(|r| r.info.clone())
    }

    /// Whether a live access token may act for `mailbox`: its own user, a
    /// mailbox delegated to that user, or (app-only) a mailbox granted to the app.
    pub fn token_can_act_for(&self, token: &str, mailbox: &str) -> bool {
        let st = self.state();
        let Some(rec) = st.live_access(token) else {
            return false;
        };
        let mailbox = mailbox.to_ascii_lowercase();
        match (&rec.info.user, &rec.info.client_id) {
            (Some(user), _) => {
                let user = user.to_ascii_lowercase();
                user == mailbox
                    || st
                        .mailbox_delegates
                        .get(&user)
                        .is_some_and(|m| m.contains(&mailbox))
            }
            (None, Some(client)) => st
                .app_mailboxes
                .get(client)
                .is_some_and(|m| m.contains(&mailbox)),
            (None, None) => false,
        }
    }

    /// Live access tokens currently held for `user`.
    pub fn live_access_tokens_for(&self, user: &str) -> Vec<String> {
        let st = self.state();
        st.access_tokens
            .keys()
            .filter(|t| {
                st.live_access(t)
                    .and_then(|r| r.info.user.as_deref())
                    .is_some_and(|u| u.eq_ignore_ascii_case(user))
            })
            .cloned()
            .collect()
    }

    /// Refresh tokens of `user` that would still be accepted (status-wise).
    pub fn live_refresh_tokens_for(&self, user: &str) -> Vec<String> {
        self.state()
            .refresh_tokens
            .iter()
            .filter(|(_, r)| r.status == RtStatus::Live && r.user.eq_ignore_ascii_case(user))
            .map(|(t, _)| t.clone())
            .collect()
    }

    /// Revokes every access and refresh token of `user`.
    pub fn revoke_all_for(&self, user: &str) {
        let mut st = self.state();
        for at in st.access_tokens.values_mut() {
            if at
                .info
                .user
                .as_deref()
                .is_some_and(|u| u.eq_ignore_ascii_case(user))
            {
                at.revoked = true;
            }
        }
        for rt in st.refresh_tokens.values_mut() {
            if rt.user.eq_ignore_ascii_case(user) {
                rt.status = state::RtStatus::Expired(RefreshExpiry::Revoked);
            }
        }
    }

    /// Revokes one access token. Returns whether it existed.
    pub fn revoke_access_token(&self, token: &str) -> bool {
        match self.state().access_tokens.get_mut(token) {
            Some(r) => {
                r.revoked = true;
                true
            }
            None => false,
        }
    }

    /// Makes a refresh token fail from now on with the provider's error for
    /// `reason`. Returns whether it existed.
    pub fn expire_refresh_token(&self, refresh_token: &str, reason: RefreshExpiry) -> bool {
        match self.state().refresh_tokens.get_mut(refresh_token) {
            Some(r) => {
                r.status = RtStatus::Expired(reason);
                true
            }
            None => false,
        }
    }

    /// Moves the double's clock forward (access-token expiry, code and device
    /// expiry, refresh-token inactivity, Google's 7-day "Testing" limit).
    pub fn advance_time(&self, by: Duration) {
        self.state().clock_offset += by;
    }

    /// The double's current time.
    pub fn now(&self) -> SystemTime {
        self.state().now()
    }

    // ----- device code -----------------------------------------------------

    /// Device flows started so far (newest last).
    pub fn device_codes(&self) -> Vec<DeviceCodeInfo> {
        self.state()
            .devices
            .iter()
            .map(microsoft::device_info)
            .collect()
    }

    /// Waits until a device flow is `Pending`, and returns the newest one.
    pub fn wait_for_pending_device(&self, timeout: Duration) -> Option<DeviceCodeInfo> {
        wait_for(timeout, || {
            self.state()
                .devices
                .iter()
                .rev()
                .find(|d| d.status == DeviceStatus::Pending)
                .map(microsoft::device_info)
        })
    }

    /// The user enters `user_code` and signs in as `user`. Returns false if no
    /// pending flow has that code.
    pub fn approve_device(&self, user_code: &str, user: &str) -> bool {
        self.set_device_status(user_code, DeviceStatus::Approved(user.to_string()))
    }

    /// The user refuses: the next poll gets `authorization_declined`.
    pub fn decline_device(&self, user_code: &str) -> bool {
        self.set_device_status(user_code, DeviceStatus::Declined)
    }

    /// The code expires now: the next poll gets `expired_token`.
    pub fn expire_device(&self, user_code: &str) -> bool {
        self.set_device_status(user_code, DeviceStatus::Expired)
    }

    fn set_device_status(&self, user_code: &str, status: DeviceStatus) -> bool {
        let mut st = self.state();
        match st.devices.iter_mut().find(|d| {
            d.user_code.eq_ignore_ascii_case(user_code) && d.status == DeviceStatus::Pending
        }) {
            Some(d) => {
                d.status = status;
                true
            }
            None => false,
        }
    }

    /// The next `count` polls of this flow answer `slow_down` (before
    /// anything else). Returns false if the code is unknown.
    pub fn queue_device_slow_down(&self, user_code: &str, count: u32) -> bool {
        let mut st = self.state();
        match st
            .devices
            .iter_mut()
            .find(|d| d.user_code.eq_ignore_ascii_case(user_code))
        {
            Some(d) => {
                d.queued_slow_downs += count;
                true
            }
            None => false,
        }
    }

    // ----- authorize -------------------------------------------------------

    /// Sets what the authorize endpoints do (default [`AuthorizeMode::LoginHint`]).
    /// A request can override it with the query parameters `double_user=<user>`
    /// (approve as that user) or `double_action=deny`.
    pub fn set_authorize_mode(&self, mode: AuthorizeMode) {
        self.state().authorize_mode = mode;
    }

    /// Authorize requests received so far.
    pub fn authorize_requests(&self) -> Vec<AuthorizeRequest> {
        self.state().authorize_requests.clone()
    }

    /// Waits for the `n`-th (1-based) authorize request.
    pub fn wait_for_authorize_request(
        &self,
        n: usize,
        timeout: Duration,
    ) -> Option<AuthorizeRequest> {
        wait_for(timeout, || {
            self.state()
                .authorize_requests
                .get(n.saturating_sub(1))
                .cloned()
        })
    }

    /// Approves an authorize request parked by [`AuthorizeMode::Manual`] (by
    /// its `state`, or the newest if `None`) as `user`; returns the URL the
    /// browser would be redirected to (`redirect_uri?code=…&state=…`).
    pub fn approve_authorization(&self, state: Option<&str>, user: &str) -> Option<String> {
        let mut st = self.state();
        let pending = take_pending(&mut st, state)?;
        Some(authorize::finish(&mut st, pending, Some(user)))
    }

    /// Denies a parked authorize request; returns the error redirect URL.
    pub fn deny_authorization(&self, state: Option<&str>) -> Option<String> {
        let mut st = self.state();
        let pending = take_pending(&mut st, state)?;
        Some(authorize::finish(&mut st, pending, None))
    }

    // ----- observation and fault injection -------------------------------

    /// Counters so far.
    pub fn counters(&self) -> Counters {
        self.state().counters.clone()
    }

    /// Every recorded request, oldest first.
    pub fn requests(&self) -> Vec<RecordedRequest> {
        self.state().requests.clone()
    }

    /// Recorded requests to both token endpoints.
    pub fn token_requests(&self) -> Vec<RecordedRequest> {
        self.requests_to(&[Endpoint::MsToken, Endpoint::GoogleToken])
    }

    /// The last token-endpoint request.
    pub fn last_token_request(&self) -> Option<RecordedRequest> {
        self.token_requests().pop()
    }

    /// Recorded introspection requests.
    pub fn introspection_requests(&self) -> Vec<RecordedRequest> {
        self.requests_to(&[Endpoint::Introspect])
    }

    /// Recorded requests to the given endpoints.
    pub fn requests_to(&self, endpoints: &[Endpoint]) -> Vec<RecordedRequest> {
        self.state()
            .requests
            .iter()
            .filter(|r| endpoints.contains(&r.endpoint))
            .cloned()
            .collect()
    }

    /// The next `count` token-endpoint requests get `status` with `body`
    /// (verbatim; e.g. a 503 or a 429) and, if given, `Retry-After`.
    pub fn fail_next_token_requests(
        &self,
        count: usize,
        status: u16,
        body: &str,
        retry_after: Option<u64>,
    ) {
        let mut st = self.state();
        for _ in 0..count {
            st.injected_failures.push_back(InjectedFailure {
                status,
                body: body.to_string(),
                retry_after,
            });
        }
    }

    /// Delays every token-endpoint answer by `delay` (timeouts).
    pub fn set_token_delay(&self, delay: Duration) {
        self.state().token_delay = delay;
    }
}

fn take_pending(st: &mut State, state: Option<&str>) -> Option<state::PendingAuthorization> {
    let idx = match state {
        Some(s) => st
            .pending_authorizations
            .iter()
            .position(|p| p.state.as_deref() == Some(s) || p.key == s)?,
        None => st.pending_authorizations.len().checked_sub(1)?,
    };
    Some(st.pending_authorizations.remove(idx))
}

fn wait_for<T>(timeout: Duration, mut probe: impl FnMut() -> Option<T>) -> Option<T> {
    let deadline = Instant::now() + timeout;
    loop {
        if let Some(v) = probe() {
            return Some(v);
        }
        if Instant::now() >= deadline {
            return None;
        }
        std::thread::sleep(Duration::from_millis(10));
    }
}

// ----- HTTP plumbing ---------------------------------------------------------

fn router(shared: Shared) -> Router {
    Router::new()
        .route("/{tenant}/oauth2/v2.0/token", post(ms_token))
        .route("/{tenant}/oauth2/v2.0/devicecode", post(ms_devicecode))
        .route("/{tenant}/oauth2/v2.0/authorize", get(ms_authorize))
        .route("/token", post(google_token))
        .route("/o/oauth2/v2/auth", get(google_auth))
        .route("/o/oauth2/auth", get(google_auth))
        .route("/revoke", post(google_revoke))
        .route("/device/code", post(google_device_code))
        .route("/introspect", any(introspect_handler))
        .with_state(shared)
}

fn record(st: &mut State, endpoint: Endpoint, req: &Req, reply: &Reply) {
    st.requests.push(RecordedRequest {
        endpoint,
        method: req.method.to_string(),
        path: req.path.clone(),
        query: req.raw_query.clone(),
        headers: req
            .headers
            .iter()
            .map(|(k, v)| (k.as_str().to_string(), v.to_str().unwrap_or("").to_string()))
            .collect(),
        form: req.form.clone(),
        body: req.body.clone(),
        status: reply.status.as_u16(),
        response_body: reply.body.clone(),
    });
}

/// Counts the request (the counter `count` picks), answers it with `handle` and records both.
fn counted(
    shared: &Shared,
    endpoint: Endpoint,
    req: Req,
    count: fn(&mut Counters) -> &mut u64,
    handle: impl FnOnce(&mut State, &Req) -> Reply,
) -> Reply {
    let mut st = lock(shared);
    *count(&mut st.counters) += 1;
    let reply = handle(&mut st, &req);
    record(&mut st, endpoint, &req, &reply);
    reply
}

async fn token_common(
    shared: &Shared,
    endpoint: Endpoint,
    req: Req,
    handle: impl FnOnce(&mut State, &Req) -> Reply,
) -> Reply {
    let delay = lock(shared).token_delay;
    if !delay.is_zero() {
        tokio::time::sleep(delay).await;
    }
    let mut st = lock(shared);
    st.counters.token_requests += 1;
    let grant = form::get(&req.form, "grant_type").unwrap_or("").to_string();
    *st.counters
        .token_requests_by_grant
        .entry(grant)
        .or_default() += 1;
    let reply = match st.injected_failures.pop_front() {
        Some(f) => {
            let mut reply = Reply::json(f.status, &serde_json::Value::Null);
            reply.body = f.body;
            match f.retry_after {
                Some(secs) => reply.with_header("retry-after", secs.to_string()),
                None => reply,
            }
        }
        None => handle(&mut st, &req),
    };
    if reply.status.is_success() {
        st.counters.token_successes += 1;
    } else {
        st.counters.token_errors += 1;
    }
    record(&mut st, endpoint, &req, &reply);
    reply
}

async fn ms_token(
    AxumState(shared): AxumState<Shared>,
    Path(tenant): Path<String>,
    req: Req,
) -> Reply {
    token_common(&shared, Endpoint::MsToken, req, |st, req| {
        microsoft::token(st, &tenant, req)
    })
    .await
}

async fn ms_devicecode(
    AxumState(shared): AxumState<Shared>,
    Path(tenant): Path<String>,
    req: Req,
) -> Reply {
    counted(
        &shared,
        Endpoint::MsDeviceCode,
        req,
        |c| &mut c.device_code_requests,
        |st, req| microsoft::devicecode(st, &tenant, req),
    )
}

async fn ms_authorize(
    AxumState(shared): AxumState<Shared>,
    Path(tenant): Path<String>,
    req: Req,
) -> Reply {
    counted(
        &shared,
        Endpoint::MsAuthorize,
        req,
        |c| &mut c.authorize_requests,
        |st, req| microsoft::authorize(st, &tenant, req),
    )
}

async fn google_token(AxumState(shared): AxumState<Shared>, req: Req) -> Reply {
    token_common(&shared, Endpoint::GoogleToken, req, google::token).await
}

async fn google_auth(AxumState(shared): AxumState<Shared>, req: Req) -> Reply {
    counted(
        &shared,
        Endpoint::GoogleAuth,
        req,
        |c| &mut c.authorize_requests,
        google::authorize,
    )
}

async fn google_revoke(AxumState(shared): AxumState<Shared>, req: Req) -> Reply {
    counted(
        &shared,
        Endpoint::GoogleRevoke,
        req,
        |c| &mut c.revocations,
        google::revoke,
    )
}

async fn google_device_code(AxumState(shared): AxumState<Shared>, req: Req) -> Reply {
    counted(
        &shared,
        Endpoint::GoogleDeviceCode,
        req,
        |c| &mut c.device_code_requests,
        google::device_code,
    )
}

async fn introspect_handler(AxumState(shared): AxumState<Shared>, req: Req) -> Reply {
    counted(
        &shared,
        Endpoint::Introspect,
        req,
        |c| &mut c.introspections,
        introspect::introspect,
    )
}

/// Scopes that are OpenID Connect / refresh markers rather than resource permissions.
pub(crate) fn is_oidc_scope(scope: &str) -> bool {
    matches!(scope, "openid" | "profile" | "email" | "offline_access")
}

/// Deduplicated, order-preserving scope list.
pub(crate) fn dedup_scopes(scopes: Vec<String>) -> Vec<String> {
    let mut seen = BTreeSet::new();
    scopes
        .into_iter()
        .filter(|s| seen.insert(s.clone()))
        .collect()
}
