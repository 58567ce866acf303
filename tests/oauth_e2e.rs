//! OAuth end to end: every flow against the OAuth double (Entra ID v2 and Google), the token
//! manager (rotation, proactive refresh, single flight, failures, keep-alive), the encrypted
//! token store, the `authorize` command, and an ingestion mailbox logging in to a real
//! Dovecot with XOAUTH2 across several token expiries.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::os::unix::fs::PermissionsExt;
use std::path::PathBuf;
use std::process::Stdio;
use std::sync::Arc;
use std::sync::mpsc;
use std::time::{Duration, Instant};

use base64::Engine;
use dastra_mailgate::config::{self, Settings};
use dastra_mailgate::oauth::authorize::{self, AuthorizeError, AuthorizeOptions, Prompt, Step};
use dastra_mailgate::oauth::provider::{SCOPE_MS_IMAP, SCOPE_OFFLINE, Usage};
use dastra_mailgate::oauth::store::{StoredGrant, TokenStore};
use dastra_mailgate::oauth::{TokenError, TokenManager, TokenSource};
use dastra_mailgate::secret::SecretString;
use testbench::oauth::{
    AuthorizeMode, ClientCertificate, GoogleClient, MsClient, OAuthDouble, OAuthDoubleOptions,
    Provider, RefreshExpiry,
};

const TENANT: &str = "contoso-tenant-id";
const APP: &str = "11111111-2222-3333-4444-555555555555";
const USER: &str = "dpo@contoso.example";
const GAPP: &str = "123-desktop.apps.googleusercontent.com";
const GUSER: &str = "dpo@example.org";

fn imap() -> Usage {
    Usage {
        imap: true,
        ..Usage::default()
    }
}

struct Env {
    double: Arc<OAuthDouble>,
    dir: tempfile::TempDir,
}

impl Env {
    fn new() -> Env {
        Self::with(OAuthDoubleOptions {
            device_code_interval_secs: 1,
            ..OAuthDoubleOptions::default()
        })
    }

    fn with(options: OAuthDoubleOptions) -> Env {
        let double = Arc::new(OAuthDouble::start(options));
        Env {
            double,
            dir: tempfile::tempdir().unwrap(),
        }
    }

    fn state(&self) -> PathBuf {
        self.dir.path().join("state")
    }

    fn secret(&self, name: &str, value: &str) -> PathBuf {
        testbench::daemon::secret_file(self.dir.path(), name, value)
    }

    /// A `[[oauth_account]]` for the double's Entra tenant.
    fn ms(&self, name: &str, flow: &str, extra: &str) -> String {
        format!(
            "[[oauth_account]]\nname = \"{name}\"\nprovider = \"microsoft\"\nflow = \"{flow}\"\ntenant = \"{TENANT}\"\nauthority = \"{}\"\nclient_id = \"{APP}\"\nuser = \"{USER}\"\n{extra}\n",
            self.double.base_url()
        )
    }

    /// A Google `[[oauth_account]]` against the double.
    fn google(&self, name: &str, flow: &str, extra: &str) -> String {
        format!(
            "[[oauth_account]]\nname = \"{name}\"\nprovider = \"google\"\nflow = \"{flow}\"\nauthority = \"{}\"\n{extra}\n",
            self.double.base_url()
        )
    }

    fn config(&self, accounts: &str) -> PathBuf {
        let text = format!(
            "[state]\ndir = \"{}\"\n\n[admin]\nenabled = false\n\n{accounts}",
            self.state().display()
        );
        let p = self.dir.path().join("config.toml");
        std::fs::write(&p, text).unwrap();
        p
    }

    /// Registers the Entra app (a public client) and configures the account `m365` with the
    /// device code flow.
    fn ms_device_code(&self) -> Settings {
        self.double.register_ms_client(TENANT, APP, None, None);
        self.settings(&self.ms("m365", "device_code", ""))
    }

    /// [`Env::ms_device_code`], with a refresh token already stored for `m365`.
    fn ms_device_code_seeded(&self) -> Settings {
        let settings = self.ms_device_code();
        self.seed("m365", "microsoft", APP, &self.ms_refresh_token());
        settings
    }

    fn settings(&self, accounts: &str) -> Settings {
        let p = self.config(accounts);
        config::load(&p).unwrap_or_else(|e| panic!("{e}")).0
    }

    fn store(&self) -> Arc<TokenStore> {
        std::fs::create_dir_all(self.state()).unwrap();
        Arc::new(TokenStore::open(&self.state(), None).unwrap())
    }

    /// Stores a grant for `account` as `authorize` would.
    fn seed(&self, account: &str, provider: &str, client_id: &str, rt: &str) {
        let now = chrono::Utc::now().timestamp();
        self.store()
            .save(
                account,
                &StoredGrant {
                    refresh_token: SecretString::new(rt),
                    scopes: vec![SCOPE_MS_IMAP.into(), SCOPE_OFFLINE.into()],
                    provider: provider.into(),
                    client_id: client_id.into(),
                    user: Some(USER.into()),
                    authorized_at: now,
                    refreshed_at: now,
                },
            )
            .unwrap();
    }

    fn ms_refresh_token(&self) -> String {
        self.double.issue_refresh_token_for(
            Provider::Microsoft,
            APP,
            Some(TENANT),
            USER,
            &[SCOPE_MS_IMAP, SCOPE_OFFLINE],
        )
    }

    fn manager(&self, settings: &Settings, name: &str) -> Arc<TokenManager> {
        let acc = settings.oauth_account(name).unwrap().clone();
        let store = dastra_mailgate::oauth::provider::is_delegated(acc.flow).then(|| self.store());
        Arc::new(TokenManager::new(acc, imap(), store).unwrap())
    }

    fn stored_rt(&self, account: &str) -> String {
        self.store()
            .load(account)
            .unwrap()
            .unwrap()
            .refresh_token
            .expose()
            .to_string()
    }
}

fn reauth_reason(e: TokenError) -> String {
    match e {
        TokenError::ReauthorizationNeeded { reason, .. } => reason,
        other => panic!("expected ReauthorizationNeeded, got {other:?}"),
    }
}

/// A minimal HTTP GET (the scripted browser): status, `Location`, body.
fn http_get(url: &str) -> (u16, Option<String>, String) {
    let rest = url.strip_prefix("http://").expect("http URL");
    let split = rest.find('/').unwrap_or(rest.len());
    let (hostport, path) = rest.split_at(split);
    let path = if path.is_empty() { "/" } else { path };
    let mut s = TcpStream::connect(hostport).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    write!(
        s,
        "GET {path} HTTP/1.1\r\nHost: {hostport}\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut buf = Vec::new();
    let _ = s.read_to_end(&mut buf);
    let text = String::from_utf8_lossy(&buf).into_owned();
    let (head, body) = text.split_once("\r\n\r\n").unwrap_or((&text, ""));
    let status = head
        .split_whitespace()
        .nth(1)
        .and_then(|c| c.parse().ok())
        .unwrap_or(0);
    let location = head.lines().find_map(|l| {
        let (k, v) = l.split_once(':')?;
        k.eq_ignore_ascii_case("location")
            .then(|| v.trim().to_string())
    });
    (status, location, body.to_string())
}

/// What the scripted user does on the device-code page.
#[derive(Clone, Copy)]
enum DeviceAction {
    Approve,
    SlowDownThenApprove,
    Decline,
    Expire,
}

struct ScriptedDevice {
    double: Arc<OAuthDouble>,
    action: DeviceAction,
    user: &'static str,
}

impl Prompt for ScriptedDevice {
    fn show(&self, step: &Step) {
        let Step::DeviceCode {
            user_code,
            verification_uri,
            ..
        } = step
        else {
            panic!("expected a device code step, got {step:?}");
        };
        assert_eq!(verification_uri, "https://microsoft.com/devicelogin");
        let (double, code, action, user) = (
            self.double.clone(),
            user_code.clone(),
            self.action,
            self.user,
        );
        std::thread::spawn(move || match action {
            DeviceAction::Approve => assert!(double.approve_device(&code, user)),
            DeviceAction::SlowDownThenApprove => {
                assert!(double.queue_device_slow_down(&code, 1));
                // Let a pending poll and the slow_down happen, then sign in.
                let start = Instant::now();
                while double
                    .device_codes()
                    .iter()
                    .find(|d| d.user_code == code)
                    .is_none_or(|d| d.polls < 2)
                {
                    assert!(start.elapsed() < Duration::from_secs(20));
                    std::thread::sleep(Duration::from_millis(50));
                }
                assert!(double.approve_device(&code, user));
            }
            DeviceAction::Decline => assert!(double.decline_device(&code)),
            DeviceAction::Expire => assert!(double.expire_device(&code)),
        });
    }
}

/// A browser: follows the authorize URL to its redirect and delivers it to the loopback.
/// It runs on its own thread (the flow serves the loopback only once `show` returns);
/// [`ScriptedBrowser::results`] joins it: (status of the provider, status of the loopback).
#[derive(Default)]
struct ScriptedBrowser {
    runs: std::sync::Mutex<Vec<std::thread::JoinHandle<(u16, u16)>>>,
}

impl ScriptedBrowser {
    fn results(&self) -> Vec<(u16, u16)> {
        self.runs
            .lock()
            .unwrap()
            .drain(..)
            .map(|h| h.join().unwrap())
            .collect()
    }
}

impl Prompt for ScriptedBrowser {
    fn show(&self, step: &Step) {
        let Step::OpenUrl { url, redirect_uri } = step else {
            panic!("expected a URL step, got {step:?}");
        };
        assert!(
            redirect_uri.starts_with("http://127.0.0.1:"),
            "{redirect_uri}"
        );
        let url = url.clone();
        let run = std::thread::spawn(move || {
            let (status, location, body) = http_get(&url);
            assert_eq!(status, 302, "{body}");
            let (back, _, _) = http_get(&location.unwrap());
            (status, back)
        });
        self.runs.lock().unwrap().push(run);
    }
}

fn opts() -> AuthorizeOptions {
    AuthorizeOptions {
        force_device: false,
        timeout: Duration::from_secs(30),
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn client_credentials_with_secret_and_with_certificate() {
    let env = Env::new();
    let cert = ClientCertificate::generate("dastra-mailgate");
    env.double
        .register_ms_client(TENANT, APP, Some("s3cret-value"), Some(&cert.cert_pem));
    let secret = env.secret("secret", "s3cret-value\n");
    let crt = env.dir.path().join("app.crt");
    std::fs::write(&crt, &cert.cert_pem).unwrap();
    let key = env.secret("app.key", &cert.key_pem);
    let wrong = env.secret("wrong", "not-the-secret");
    let settings = env.settings(&format!(
        "{}{}{}",
        env.ms(
            "by-secret",
            "client_credentials",
            &format!("client_secret = \"file:{}\"", secret.display())
        ),
        env.ms(
            "by-cert",
            "client_credentials",
            &format!(
                "certificate_file = \"{}\"\nprivate_key_file = \"file:{}\"",
                crt.display(),
                key.display()
            )
        ),
        env.ms(
            "wrong-secret",
            "client_credentials",
            &format!("client_secret = \"file:{}\"", wrong.display())
        ),
    ));

    let m = env.manager(&settings, "by-secret");
    let t = m.access_token().await.unwrap();
    assert_eq!(
        env.double.is_access_token_valid(t.expose()).as_deref(),
        Some(APP)
    );
    let info = env.double.access_token_info(t.expose()).unwrap();
    assert!(info.app_only);
    assert_eq!(
        info.scopes,
        vec!["https://outlook.office365.com/SMTP.SendAsApp"]
    );
    let req = env.double.last_token_request().unwrap();
    assert_eq!(
        req.param("scope"),
        Some("https://outlook.office365.com/.default")
    );
    assert_eq!(req.param("client_secret"), Some("s3cret-value"));

    let m = env.manager(&settings, "by-cert");
    let t = m.access_token().await.unwrap();
    assert!(env.double.is_access_token_valid(t.expose()).is_some());
    let req = env.double.last_token_request().unwrap();
    assert_eq!(req.param("client_secret"), None);
    assert_eq!(
        req.param("client_assertion_type"),
        Some("urn:ietf:params:oauth:client-assertion-type:jwt-bearer")
    );
    let assertion = req.param("client_assertion").unwrap();
    let header: serde_json::Value = serde_json::from_slice(
        &base64::engine::general_purpose::URL_SAFE_NO_PAD
            .decode(assertion.split('.').next().unwrap())
            .unwrap(),
    )
    .unwrap();
    assert_eq!(header["alg"], "RS256");
    assert_eq!(header["x5t#S256"], cert.thumbprint_s256.as_str());

    let m = env.manager(&settings, "wrong-secret");
    let reason = reauth_reason(m.access_token().await.unwrap_err());
    assert!(reason.contains("AADSTS7000215"), "{reason}");
    assert!(reason.contains("not its ID"), "{reason}");

    // `authorize` on an app-only account just proves the grant (and stores nothing).
    let out = authorize::authorize(&settings, "by-cert", &opts(), &ScriptedBrowser::default())
        .await
        .unwrap();
    assert!(out.stored_at.is_none());
    assert_eq!(out.proof_lifetime, Some(Duration::from_secs(3600)));
}

#[tokio::test(flavor = "multi_thread")]
async fn device_code_pending_slow_down_then_success_is_stored_and_proven() {
    let env = Env::new();
    let settings = env.ms_device_code();
    let prompt = ScriptedDevice {
        double: env.double.clone(),
        action: DeviceAction::SlowDownThenApprove,
        user: USER,
    };
    let out = authorize::authorize(&settings, "m365", &opts(), &prompt)
        .await
        .unwrap();
    let path = out.stored_at.clone().unwrap();
    assert!(path.ends_with("tokens/m365.json.enc"));
    assert_eq!(
        std::fs::metadata(&path).unwrap().permissions().mode() & 0o777,
        0o600
    );
    let polls: Vec<u16> = env
        .double
        .token_requests()
        .iter()
        .filter(|r| r.param("grant_type") == Some("urn:ietf:params:oauth:grant-type:device_code"))
        .map(|r| r.status)
        .collect();
    assert!(polls.len() >= 3, "pending, slow_down, success: {polls:?}");
    let bodies: Vec<String> = env
        .double
        .token_requests()
        .iter()
        .map(|r| r.response_body.clone())
        .collect();
    assert!(bodies.iter().any(|b| b.contains("slow_down")), "{bodies:?}");
    assert!(
        bodies.iter().any(|b| b.contains("authorization_pending")),
        "{bodies:?}"
    );
    // The stored grant was proven by a refresh: the file holds the rotated, live token.
    let rt = env.stored_rt("m365");
    assert_eq!(env.double.live_refresh_tokens_for(USER), vec![rt]);
    assert_eq!(env.double.counters().refreshes, 1);
    // The device authorization asked for IMAP + SMTP (the account is used by nothing yet)
    // and offline_access, without the unsupported verification_uri_complete.
    let scopes = &env.double.device_codes()[0].scopes;
    assert!(scopes.contains(&SCOPE_OFFLINE.to_string()), "{scopes:?}");
    assert!(scopes.contains(&SCOPE_MS_IMAP.to_string()), "{scopes:?}");
}

#[tokio::test(flavor = "multi_thread")]
async fn device_code_declined_or_expired_says_so() {
    let env = Env::new();
    let settings = env.ms_device_code();
    for (action, words) in [
        (DeviceAction::Decline, "declined"),
        (DeviceAction::Expire, "expired"),
    ] {
        let prompt = ScriptedDevice {
            double: env.double.clone(),
            action,
            user: USER,
        };
        let e = authorize::authorize(&settings, "m365", &opts(), &prompt)
            .await
            .unwrap_err();
        assert!(matches!(e, AuthorizeError::Refused(_)), "{e:?}");
        assert!(e.to_string().contains(words), "{e}");
        assert!(e.to_string().contains("authorize m365"), "{e}");
    }
    assert!(env.store().load("m365").unwrap().is_none());
    // Approved: works; the first approval is used by the prompt above's device flows only.
    let prompt = ScriptedDevice {
        double: env.double.clone(),
        action: DeviceAction::Approve,
        user: USER,
    };
    authorize::authorize(&settings, "m365", &opts(), &prompt)
        .await
        .unwrap();
    assert!(env.store().load("m365").unwrap().is_some());
}

#[tokio::test(flavor = "multi_thread")]
async fn google_auth_code_with_pkce_through_the_loopback() {
    let env = Env::new();
    env.double.register_google_client(GAPP, Some("gsecret"));
    env.double
        .set_authorize_mode(AuthorizeMode::Approve(GUSER.into()));
    let secret = env.secret("gsecret", "gsecret");
    let settings = env.settings(&env.google(
        "gmail",
        "auth_code",
        &format!(
            "client_id = \"{GAPP}\"\nclient_secret = \"file:{}\"",
            secret.display()
        ),
    ));
    let browser = ScriptedBrowser::default();
    let out = authorize::authorize(&settings, "gmail", &opts(), &browser)
        .await
        .unwrap();
    assert_eq!(browser.results(), vec![(302, 200)]);
    assert!(out.stored_at.is_some());
    let req = env.double.authorize_requests().pop().unwrap();
    assert_eq!(req.code_challenge_method.as_deref(), Some("S256"));
    assert!(req.redirect_uri.starts_with("http://127.0.0.1:"));
    assert!(req.state.as_deref().is_some_and(|s| s.len() >= 16));
    // The mail scope, and the OpenID scopes that name who signed in.
    assert_eq!(req.scope, "https://mail.google.com/ openid email");
    assert_eq!(out.signed_in_as.as_deref(), Some(GUSER));
    assert!(
        req.query
            .iter()
            .any(|(k, v)| k == "access_type" && v == "offline")
    );
    let exchange = env
        .double
        .token_requests()
        .into_iter()
        .find(|r| r.param("grant_type") == Some("authorization_code"))
        .unwrap();
    assert!(
        exchange
            .param("code_verifier")
            .is_some_and(|v| v.len() >= 43)
    );
    assert_eq!(
        exchange.param("redirect_uri"),
        Some(req.redirect_uri.as_str())
    );
    assert_eq!(exchange.status, 200);
    // The stored refresh token works through the manager (Google does not rotate).
    let m = env.manager(&settings, "gmail");
    let t = m.access_token().await.unwrap();
    assert_eq!(
        env.double.is_access_token_valid(t.expose()).as_deref(),
        Some(GUSER)
    );

    // Consent refused in the browser: a clear refusal, nothing stored over the old grant.
    env.double.set_authorize_mode(AuthorizeMode::Deny);
    let before = env.stored_rt("gmail");
    let e = authorize::authorize(&settings, "gmail", &opts(), &browser)
        .await
        .unwrap_err();
    assert!(e.to_string().contains("denied"), "{e}");
    assert_eq!(browser.results(), vec![(302, 200)]);
    assert_eq!(env.stored_rt("gmail"), before);
}

#[test]
fn authorize_command_auth_code_refuses_a_forged_state_then_stores_the_grant() {
    let env = Env::new();
    env.double.register_ms_client(TENANT, APP, None, None);
    let cfg = env.config(&env.ms("m365", "auth_code", ""));
    let mut child = testbench::daemon::command(env!("CARGO_BIN_EXE_dastra-mailgate"), &cfg)
        .args(["authorize", "m365", "--no-browser"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let stdout = child.stdout.take().unwrap();
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines() {
            let Ok(line) = line else { break };
            let _ = tx.send(line);
        }
    });
    let mut printed = Vec::new();
    let url = loop {
        let line = rx
            .recv_timeout(Duration::from_secs(30))
            .expect("the URL is printed");
        printed.push(line.clone());
        let t = line.trim();
        if t.starts_with("http://") && t.contains("/oauth2/v2.0/authorize?") {
            break t.to_string();
        }
    };
    // The browser: the double signs in as the login_hint user and redirects to the loopback.
    let (status, location, _) = http_get(&url);
    assert_eq!(status, 302);
    let location = location.unwrap();
    assert!(location.starts_with("http://127.0.0.1:"), "{location}");
    let req = env.double.authorize_requests().pop().unwrap();
    assert_eq!(req.login_hint.as_deref(), Some(USER));
    let state = req.state.clone().unwrap();
    // A redirect with another state is refused and the command keeps waiting.
    let forged = location.replace(&format!("state={state}"), "state=forged");
    assert_ne!(forged, location);
    let (status, _, body) = http_get(&forged);
    assert_eq!(status, 400, "{body}");
    let (status, _, body) = http_get(&location);
    assert_eq!(status, 200, "{body}");
    let out = child.wait_with_output().unwrap();
    // The rest of stdout comes through the reader thread.
    while let Ok(line) = rx.recv_timeout(Duration::from_secs(5)) {
        printed.push(line);
    }
    let text = printed.join("\n");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{text}\n{stderr}");
    assert!(text.contains("Authorized account \"m365\""), "{text}");
    assert!(text.contains("Proof: a new access token"), "{text}");
    assert!(stderr.contains("wrong `state`"), "{stderr}");
    // The stored grant is the live one, and no token was ever printed.
    let rt = env.stored_rt("m365");
    assert_eq!(env.double.live_refresh_tokens_for(USER), vec![rt.clone()]);
    assert!(!text.contains(&rt) && !stderr.contains(&rt));
    let exchange = env
        .double
        .token_requests()
        .into_iter()
        .find(|r| r.param("grant_type") == Some("authorization_code"))
        .unwrap();
    assert!(exchange.param("code_verifier").is_some());
}

/// `authorize` names who signed in, and a sign-in as someone other than the account's
/// `user` is named with the fix at once (not at the mail server's first refusal).
#[test]
fn authorize_names_a_sign_in_as_the_wrong_user() {
    let env = Env::new();
    env.double.register_ms_client(TENANT, APP, None, None);
    let cfg = env.config(&env.ms("m365", "device_code", ""));
    let run = |who: &'static str| {
        let double = env.double.clone();
        let approver = std::thread::spawn(move || {
            let before = double.device_codes().len();
            let start = Instant::now();
            loop {
                let codes = double.device_codes();
                if codes.len() > before || (before == 0 && !codes.is_empty()) {
                    let d = codes.last().unwrap().clone();
                    assert!(double.approve_device(&d.user_code, who));
                    return;
                }
                assert!(start.elapsed() < Duration::from_secs(30), "no device flow");
                std::thread::sleep(Duration::from_millis(20));
            }
        });
        let out = testbench::daemon::command(env!("CARGO_BIN_EXE_dastra-mailgate"), &cfg)
            .args(["authorize", "m365"])
            .output()
            .unwrap();
        approver.join().unwrap();
        (
            out.status.code(),
            String::from_utf8_lossy(&out.stdout).to_string(),
            String::from_utf8_lossy(&out.stderr).to_string(),
        )
    };
    let (code, stdout, stderr) = run("intern@contoso.example");
    assert_eq!(code, Some(0), "{stdout}\n{stderr}");
    assert!(
        stdout.contains("Signed in as intern@contoso.example."),
        "{stdout}"
    );
    assert!(
        stderr.contains(&format!(
            "WARNING: account \"m365\" signed in as intern@contoso.example, but the configuration expects {USER}"
        )),
        "{stderr}"
    );
    assert!(stderr.contains("authorize m365"), "{stderr}");

    let (code, stdout, stderr) = run(USER);
    assert_eq!(code, Some(0), "{stdout}\n{stderr}");
    assert!(
        stdout.contains(&format!("Signed in as {USER}.")),
        "{stdout}"
    );
    assert!(!stderr.contains("WARNING"), "{stderr}");
}

#[tokio::test(flavor = "multi_thread")]
async fn google_service_account_acts_only_as_delegated_users() {
    let env = Env::new();
    let key = env
        .double
        .generate_service_account("mailgate", "dastra-proj");
    env.double
        .register_service_account(&key, &[GUSER], &["https://mail.google.com/"]);
    let key_path = env.dir.path().join("sa.json");
    key.write_json(&key_path).unwrap();
    std::fs::set_permissions(&key_path, std::fs::Permissions::from_mode(0o600)).unwrap();
    let sa = |name: &str, user: &str| {
        env.google(
            name,
            "service_account",
            &format!(
                "service_account_key = \"file:{}\"\nuser = \"{user}\"",
                key_path.display()
            ),
        )
    };
    let settings = env.settings(&format!(
        "{}{}",
        sa("good", GUSER),
        sa("bad", "ceo@example.org")
    ));
    let m = env.manager(&settings, "good");
    let t = m.access_token().await.unwrap();
    let info = env.double.access_token_info(t.expose()).unwrap();
    assert_eq!(info.user.as_deref(), Some(GUSER));
    assert_eq!(info.scopes, vec!["https://mail.google.com/"]);
    let req = env.double.last_token_request().unwrap();
    assert_eq!(
        req.param("grant_type"),
        Some("urn:ietf:params:oauth:grant-type:jwt-bearer")
    );
    let m = env.manager(&settings, "bad");
    let reason = reauth_reason(m.access_token().await.unwrap_err());
    assert!(reason.contains("Domain-wide delegation"), "{reason}");
    // `authorize` proves the good grant and refuses the bad one.
    let prompt = ScriptedBrowser::default();
    authorize::authorize(&settings, "good", &opts(), &prompt)
        .await
        .unwrap();
    let e = authorize::authorize(&settings, "bad", &opts(), &prompt)
        .await
        .unwrap_err();
    assert!(matches!(e, AuthorizeError::Refused(_)), "{e:?}");
}

#[tokio::test(flavor = "multi_thread")]
async fn rotated_refresh_token_is_saved_and_the_old_one_is_dead() {
    let env = Env::new();
    let settings = env.ms_device_code();
    let rt0 = env.ms_refresh_token();
    env.seed("m365", "microsoft", APP, &rt0);
    let m = env.manager(&settings, "m365");
    let t1 = m.access_token().await.unwrap();
    assert_eq!(
        env.double.is_access_token_valid(t1.expose()).as_deref(),
        Some(USER)
    );
    let rt1 = env.stored_rt("m365");
    assert_ne!(rt1, rt0);
    assert_eq!(env.double.live_refresh_tokens_for(USER), vec![rt1.clone()]);
    // Next rotation, through a forced refresh.
    m.force_refresh().await.unwrap();
    let rt2 = env.stored_rt("m365");
    assert_ne!(rt2, rt1);
    assert_eq!(env.double.live_refresh_tokens_for(USER), vec![rt2]);
    // A second manager (a restart) continues from the file.
    let m2 = env.manager(&settings, "m365");
    m2.access_token().await.unwrap();
    assert_eq!(env.double.counters().refreshes, 3);
}

#[tokio::test(flavor = "multi_thread")]
async fn tokens_are_refreshed_before_they_expire() {
    let env = Env::with(OAuthDoubleOptions {
        access_token_lifetime: Duration::from_secs(4),
        ..OAuthDoubleOptions::default()
    });
    let settings = env.ms_device_code_seeded();
    let m = env.manager(&settings, "m365");
    let a = m.access_token().await.unwrap();
    tokio::time::sleep(Duration::from_millis(800)).await;
    assert_eq!(m.access_token().await.unwrap(), a, "still fresh: cached");
    assert_eq!(m.requests(), 1);
    // Within half the lifetime of expiry (600 s configured, capped at lifetime / 2): renewed
    // while the old token is still valid.
    tokio::time::sleep(Duration::from_millis(1700)).await;
    let b = m.access_token().await.unwrap();
    assert_ne!(a, b);
    assert!(env.double.is_access_token_valid(a.expose()).is_some());
    assert_eq!(m.requests(), 2);
    // Across several lifetimes, every token handed out is valid.
    for _ in 0..6 {
        tokio::time::sleep(Duration::from_millis(1000)).await;
        let t = m.access_token().await.unwrap();
        assert!(env.double.is_access_token_valid(t.expose()).is_some());
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn concurrent_callers_share_one_refresh() {
    let env = Env::new();
    let settings = env.ms_device_code_seeded();
    env.double.set_token_delay(Duration::from_millis(300));
    let m = env.manager(&settings, "m365");
    let tasks: Vec<_> = (0..20)
        .map(|_| {
            let m = m.clone();
            tokio::spawn(async move { m.token().await.unwrap() })
        })
        .collect();
    let mut tokens = Vec::new();
    for t in tasks {
        tokens.push(t.await.unwrap());
    }
    assert!(tokens.iter().all(|t| *t == tokens[0]));
    assert_eq!(env.double.counters().token_requests, 1);
}

#[tokio::test(flavor = "multi_thread")]
async fn two_managers_of_one_account_never_redeem_the_same_refresh_token() {
    // E.g. `run` and a cron `ingest --once`: separate managers, one token file. Entra kills a
    // refresh token once it is redeemed, so the second must use the first one's successor.
    let env = Env::new();
    let settings = env.ms_device_code_seeded();
    env.double.set_token_delay(Duration::from_millis(300));
    let (m1, m2) = (
        env.manager(&settings, "m365"),
        env.manager(&settings, "m365"),
    );
    let (a, b) = tokio::join!(m1.force_refresh(), m2.force_refresh());
    a.unwrap();
    b.unwrap();
    assert_eq!(env.double.counters().token_errors, 0);
    assert_eq!(env.double.counters().refreshes, 2);
    assert_eq!(
        env.double.live_refresh_tokens_for(USER),
        vec![env.stored_rt("m365")]
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn refresh_failures_get_their_sentence_and_affect_only_their_account() {
    let env = Env::new();
    env.double.register_ms_client(TENANT, APP, None, None);
    let settings = env.settings(&format!(
        "{}{}{}",
        env.ms("a", "device_code", ""),
        env.ms("b", "device_code", ""),
        env.ms("never", "device_code", "")
    ));
    let cases = [
        (RefreshExpiry::Inactivity, "90 days without use"),
        (RefreshExpiry::SignInFrequency, "Conditional Access"),
        (RefreshExpiry::Revoked, "revoked"),
    ];
    env.seed("b", "microsoft", APP, &env.ms_refresh_token());
    let b = env.manager(&settings, "b");
    for (why, words) in cases {
        let rt = env.ms_refresh_token();
        env.seed("a", "microsoft", APP, &rt);
        env.double.expire_refresh_token(&rt, why);
        let a = env.manager(&settings, "a");
        let reason = reauth_reason(a.access_token().await.unwrap_err());
        assert!(reason.contains(words), "{why:?}: {reason}");
        assert!(reason.contains("authorize a"), "{reason}");
        assert_eq!(a.problem().as_deref(), Some(reason.as_str()));
        // A dead grant is not hammered: the next call answers without a request.
        let before = env.double.counters().token_requests;
        assert!(a.access_token().await.is_err());
        assert_eq!(env.double.counters().token_requests, before);
        // The other account is unaffected.
        b.force_refresh().await.unwrap();
        // Re-authorised (a new grant in the file): the same manager recovers.
        env.seed("a", "microsoft", APP, &env.ms_refresh_token());
        a.access_token().await.unwrap();
        assert!(a.problem().is_none());
    }

    // AADSTS70000: a grant of another application.
    env.double
        .register_ms_client(TENANT, "other-app", None, None);
    let foreign = env.double.issue_refresh_token_for(
        Provider::Microsoft,
        "other-app",
        Some(TENANT),
        USER,
        &[SCOPE_MS_IMAP],
    );
    env.seed("a", "microsoft", APP, &foreign);
    let reason = reauth_reason(
        env.manager(&settings, "a")
            .access_token()
            .await
            .unwrap_err(),
    );
    assert!(reason.contains("AADSTS70000"), "{reason}");

    // AADSTS65001: consent missing for the requested scope.
    let mut client = MsClient::new(TENANT, APP);
    client.consented_scopes = Some(vec!["https://outlook.office.com/SMTP.Send".into()]);
    env.double.register_ms_client_with(client);
    env.seed("a", "microsoft", APP, &env.ms_refresh_token());
    let reason = reauth_reason(
        env.manager(&settings, "a")
            .access_token()
            .await
            .unwrap_err(),
    );
    assert!(
        reason.contains("AADSTS65001") && reason.contains("consent"),
        "{reason}"
    );
    env.double.register_ms_client(TENANT, APP, None, None);

    // A provider outage is temporary, with its Retry-After, and the next try works.
    env.seed("a", "microsoft", APP, &env.ms_refresh_token());
    env.double.fail_next_token_requests(
        1,
        503,
        r#"{"error":"temporarily_unavailable","error_description":"busy"}"#,
        Some(7),
    );
    let a = env.manager(&settings, "a");
    match a.access_token().await.unwrap_err() {
        TokenError::Temporary { reason, .. } => {
            assert!(reason.contains("retry after 7 s"), "{reason}")
        }
        other => panic!("{other:?}"),
    }
    a.access_token().await.unwrap();

    // Never authorized.
    let reason = reauth_reason(
        env.manager(&settings, "never")
            .access_token()
            .await
            .unwrap_err(),
    );
    assert!(reason.contains("not authorized yet"), "{reason}");
}

#[tokio::test(flavor = "multi_thread")]
async fn google_testing_mode_expiry_is_explained() {
    let env = Env::new();
    let mut client = GoogleClient::new(GAPP, None);
    client.testing_mode = true;
    env.double.register_google_client_with(client);
    let settings = env.settings(&env.google(
        "gmail",
        "auth_code",
        &format!("client_id = \"{GAPP}\"\nuser = \"{GUSER}\""),
    ));
    let rt = env.double.issue_refresh_token_for(
        Provider::Google,
        GAPP,
        None,
        GUSER,
        &["https://mail.google.com/"],
    );
    env.seed("gmail", "google", GAPP, &rt);
    let m = env.manager(&settings, "gmail");
    m.access_token().await.unwrap();
    env.double.advance_time(Duration::from_secs(8 * 24 * 3600));
    let reason = reauth_reason(m.force_refresh().await.unwrap_err());
    assert!(
        reason.contains("7 days") && reason.contains("In production"),
        "{reason}"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn a_refused_token_is_replaced_once() {
    let env = Env::new();
    let settings = env.ms_device_code_seeded();
    let m = env.manager(&settings, "m365");
    let a = m.token().await.unwrap();
    m.invalidate();
    let b = m.token().await.unwrap();
    assert_ne!(a, b);
    assert_eq!(m.requests(), 2);
    // Refused again right after the refresh: not refreshed again (a permission problem).
    m.invalidate();
    assert_eq!(m.token().await.unwrap(), b);
    assert_eq!(m.requests(), 2);
}

#[tokio::test(flavor = "multi_thread")]
async fn idle_grants_are_kept_alive() {
    let env = Env::new();
    let settings = env.ms_device_code();
    let rt0 = env.ms_refresh_token();
    env.seed("m365", "microsoft", APP, &rt0);
    let mut acc = settings.oauth_account("m365").unwrap().clone();
    acc.keepalive = Duration::from_secs(1);
    let m = Arc::new(TokenManager::new(acc, imap(), Some(env.store())).unwrap());
    let task = m.spawn_keepalive().unwrap();
    tokio::time::sleep(Duration::from_millis(3500)).await;
    // Nobody asked for a token, yet the grant was refreshed (and rotated, and saved).
    assert!(
        env.double.counters().refreshes >= 2,
        "{:?}",
        env.double.counters()
    );
    let rt = env.stored_rt("m365");
    assert_ne!(rt, rt0);
    assert_eq!(env.double.live_refresh_tokens_for(USER), vec![rt]);
    // The task ends with the manager.
    drop(m);
    tokio::time::timeout(Duration::from_secs(5), task)
        .await
        .unwrap()
        .unwrap();
}

#[tokio::test(flavor = "multi_thread")]
async fn corrupt_or_loose_token_files_are_handled_clearly() {
    let env = Env::new();
    let settings = env.ms_device_code_seeded();
    let path = env.store().path("m365");
    // World-readable: used, and reset to 0600.
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).unwrap();
    let m = env.manager(&settings, "m365");
    m.access_token().await.unwrap();
    assert_eq!(
        std::fs::metadata(&path).unwrap().permissions().mode() & 0o777,
        0o600
    );
    // Corrupt: a sentence naming the file and the fix, and no request to the provider.
    let mut raw = std::fs::read(&path).unwrap();
    let n = raw.len();
    raw[n / 2] ^= 0x55;
    std::fs::write(&path, raw).unwrap();
    let before = env.double.counters().token_requests;
    let reason = reauth_reason(m.force_refresh().await.unwrap_err());
    assert!(reason.contains("cannot be decrypted"), "{reason}");
    assert!(reason.contains(&path.display().to_string()), "{reason}");
    assert!(reason.contains("authorize m365"), "{reason}");
    assert_eq!(env.double.counters().token_requests, before);
    // The file holds no token in the clear.
    env.seed("m365", "microsoft", APP, "visible-refresh-token-text");
    assert!(
        !String::from_utf8_lossy(&std::fs::read(&path).unwrap())
            .contains("visible-refresh-token-text")
    );
}

// ----- Dovecot: an ingestion mailbox logging in with XOAUTH2 --------------------------

const MBX: &str = "collect@example.test";

struct XoBench {
    env: Env,
    dovecot: testbench::dovecot::Dovecot,
    dastra: testbench::dastra::DastraDouble,
    cfg: std::path::PathBuf,
}

/// `run` with info logging and stderr piped.
fn spawn_run(cfg: &std::path::Path) -> std::process::Child {
    testbench::daemon::command(env!("CARGO_BIN_EXE_dastra-mailgate"), cfg)
        .arg("run")
        .env("DASTRA_MAILGATE_LOG", "info")
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap()
}

/// SIGTERM to `child` (spawned by [`spawn_run`]), then all it wrote to stderr, up to its exit.
fn sigterm_and_stderr(child: &mut std::process::Child) -> String {
    unsafe { libc::kill(child.id() as i32, libc::SIGTERM) };
    let mut stderr = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut stderr)
        .unwrap();
    stderr
}

/// The OAuth double, a Dovecot verifying XOAUTH2 tokens through its introspection endpoint,
/// the Dastra double, and a config whose mailbox logs in with an account that `authorize`
/// has just been run for (device code; the user signs in as the collection mailbox).
fn xoauth2_bench(lifetime: Duration) -> XoBench {
    use testbench::daemon;
    use testbench::dastra::{DastraDouble, DastraDoubleOptions};
    use testbench::dovecot::{Dovecot, DovecotOptions};
    use testbench::mailgen;

    let env = Env::with(OAuthDoubleOptions {
        access_token_lifetime: lifetime,
        device_code_interval_secs: 1,
        ..OAuthDoubleOptions::default()
    });
    env.double.register_ms_client(TENANT, APP, None, None);
    let dovecot = Dovecot::start(
        DovecotOptions::new().with_introspection_url(env.double.introspection_url()),
    );
    let dastra = DastraDouble::start(DastraDoubleOptions::default());
    let key = env.secret("dastra-key", dastra.api_key());
    let mailbox = daemon::imap_mailbox(
        &dovecot,
        "collect",
        MBX,
        "auth = \"oauth\"\noauth_account = \"m365\"",
        Some("poll"),
    );
    let text = format!(
        r#"{head}
[admin]
enabled = false

[understanding]
max_per_sender_per_hour = 0
{mailbox}{rules}

[[oauth_account]]
name = "m365"
provider = "microsoft"
flow = "device_code"
tenant = "{TENANT}"
authority = "{authority}"
client_id = "{APP}"
"#,
        head = daemon::ingest_head(&dastra, &key, None, &env.state()),
        rules = mailgen::ROUTING_RULES,
        authority = env.double.base_url(),
    );
    let cfg = daemon::write_config(env.dir.path(), &text);
    let bin = env!("CARGO_BIN_EXE_dastra-mailgate");

    // 1. `authorize` with the device code; the user signs in as the collection mailbox.
    let double = env.double.clone();
    let approver = std::thread::spawn(move || {
        let d = double
            .wait_for_pending_device(Duration::from_secs(30))
            .expect("a device flow starts");
        assert!(double.approve_device(&d.user_code, MBX));
        d.user_code
    });
    let out = testbench::daemon::command(bin, &cfg)
        .args(["authorize", "m365"])
        .output()
        .unwrap();
    let code = approver.join().unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{stdout}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(stdout.contains(&code), "the user code is shown: {stdout}");
    assert!(
        stdout.contains("https://microsoft.com/devicelogin"),
        "{stdout}"
    );
    let scopes = &env.double.device_codes()[0].scopes;
    assert_eq!(
        scopes,
        &vec![
            SCOPE_MS_IMAP.to_string(),
            SCOPE_OFFLINE.to_string(),
            "openid".to_string(),
            "profile".to_string(),
            "email".to_string()
        ]
    );
    // Who signed in is named; it is the mailbox the account logs in to: no warning.
    assert!(stdout.contains(&format!("Signed in as {MBX}.")), "{stdout}");
    assert!(
        !String::from_utf8_lossy(&out.stderr).contains("WARNING"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );

    XoBench {
        env,
        dovecot,
        dastra,
        cfg,
    }
}

#[test]
fn imap_mailbox_with_xoauth2_survives_several_token_expiries() {
    let XoBench {
        env,
        dovecot,
        dastra: _dastra,
        cfg,
    } = xoauth2_bench(Duration::from_secs(2));
    use testbench::mailgen;

    // A loose token file is fixed (and logged) at the first refresh.
    let token_file = env.state().join("tokens/m365.json.enc");
    std::fs::set_permissions(&token_file, std::fs::Permissions::from_mode(0o644)).unwrap();

    // 2. The daemon, for ~12 s: mail arrives over time, connections are dropped so the
    //    mailbox logs in again and again, each time with a token of a 2 s lifetime.
    let refreshes_before = env.double.counters().refreshes;
    let mut child = spawn_run(&cfg);
    let msgs: Vec<_> = (0..8).map(|i| mailgen::message(41, i, 0)).collect();
    for (i, m) in msgs.iter().enumerate() {
        dovecot.append(MBX, "INBOX", &m.raw);
        std::thread::sleep(Duration::from_millis(1500));
        if i % 2 == 1 {
            dovecot.kick(MBX);
        }
    }
    let deadline = Instant::now() + Duration::from_secs(60);
    while dovecot.count(MBX, "INBOX") > 0 && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(200));
    }
    assert_eq!(
        dovecot.count(MBX, "INBOX"),
        0,
        "the backlog was not drained"
    );
    let stderr = sigterm_and_stderr(&mut child);
    let status = child.wait().unwrap();
    assert_eq!(
        dovecot.count(MBX, "INBOX"),
        0,
        "inbox not drained\n{stderr}"
    );
    assert_eq!(status.code(), Some(0), "{stderr}");
    let done = dovecot.count(MBX, "Dastra/Processed") + dovecot.count(MBX, "Dastra/Ignored");
    assert_eq!(done as usize, msgs.len(), "{stderr}");
    let refreshes = env.double.counters().refreshes - refreshes_before;
    assert!(refreshes >= 3, "only {refreshes} refreshes\n{stderr}");
    assert!(!stderr.contains("Login refused"), "{stderr}");
    assert!(stderr.contains("resetting it to 0600"), "{stderr}");
    assert!(env.double.counters().introspections_active >= 3);
    // The file holds the latest rotated refresh token, the only live one.
    assert_eq!(
        std::fs::metadata(&token_file).unwrap().permissions().mode() & 0o777,
        0o600
    );
    let rt = env.stored_rt("m365");
    assert_eq!(env.double.live_refresh_tokens_for(MBX), vec![rt.clone()]);
    assert!(!stderr.contains(&rt));
}

/// A token the daemon still considers valid is refused by the server (revoked by an admin, or
/// invalidated early): the mailbox invalidates it, refreshes and logs in again at once,
/// instead of treating it as bad credentials and waiting out the 5-minute backoff.
#[test]
fn a_revoked_access_token_is_refreshed_and_the_login_retried_at_once() {
    use testbench::mailgen;
    let XoBench {
        env,
        dovecot,
        dastra: _dastra,
        cfg,
    } = xoauth2_bench(Duration::from_secs(3600));
    let mut child = spawn_run(&cfg);
    let first = mailgen::message(43, 0, 0);
    dovecot.append(MBX, "INBOX", &first.raw);
    let drained = |what: &str| {
        let deadline = Instant::now() + Duration::from_secs(60);
        while dovecot.count(MBX, "INBOX") > 0 && Instant::now() < deadline {
            std::thread::sleep(Duration::from_millis(200));
        }
        assert_eq!(dovecot.count(MBX, "INBOX"), 0, "{what}");
    };
    drained("the first message was not ingested");
    // Every access token issued so far (by `authorize` and by the daemon) is revoked.
    let live = env.double.live_access_tokens_for(MBX);
    assert!(!live.is_empty());
    for t in &live {
        assert!(env.double.revoke_access_token(t));
    }
    dovecot.kick(MBX);
    dovecot.append(MBX, "INBOX", &mailgen::message(43, 1, 0).raw);
    drained("after the revocation the mailbox did not log in again with a fresh token");
    let stderr = sigterm_and_stderr(&mut child);
    assert_eq!(child.wait().unwrap().code(), Some(0), "{stderr}");
    assert!(
        stderr.contains("XOAUTH2 login refused; refreshing the token and retrying once."),
        "{stderr}"
    );
    assert!(!stderr.contains("Login refused; an operator"), "{stderr}");
    assert!(!env.double.live_access_tokens_for(MBX).is_empty());
}

/// Issue 14 point 11: the grant dies, the daemon says `reauthorization_needed` and the
/// mailbox backs off (5 minutes after a refused login); `authorize` is run again while the
/// daemon runs: within seconds `/readyz` is ready and the waiting mail is ingested, without
/// a restart and without waiting out the back-off.
#[test]
fn a_new_authorize_is_picked_up_within_seconds_by_the_running_daemon() {
    use testbench::mailgen;
    let XoBench {
        env,
        dovecot,
        dastra: _dastra,
        cfg,
    } = xoauth2_bench(Duration::from_secs(3600));
    let admin_port = testbench::daemon::free_port();
    let text = std::fs::read_to_string(&cfg).unwrap().replacen(
        "[admin]\nenabled = false",
        &format!("[admin]\nenabled = true\nlisten = \"127.0.0.1:{admin_port}\""),
        1,
    );
    std::fs::write(&cfg, text).unwrap();
    let readyz = || {
        dastra_mailgate::admin::get(
            format!("127.0.0.1:{admin_port}").parse().unwrap(),
            "/readyz",
        )
        .unwrap_or((0, String::new()))
    };
    // The grant is dead before the daemon starts (revoked by an administrator).
    env.double.revoke_all_for(MBX);
    let mut child = spawn_run(&cfg);
    let start = Instant::now();
    loop {
        let (code, body) = readyz();
        if code == 503 && body.contains("reauthorization_needed") {
            // The fix is said once, not twice.
            assert_eq!(
                body.matches("dastra-mailgate authorize m365").count(),
                1,
                "{body}"
            );
            break;
        }
        assert!(start.elapsed() < Duration::from_secs(60), "{code} {body}");
        std::thread::sleep(Duration::from_millis(200));
    }
    dovecot.append(MBX, "INBOX", &mailgen::message(44, 0, 0).raw);

    // The operator runs `authorize` again, as the same user.
    let double = env.double.clone();
    let approver = std::thread::spawn(move || {
        let d = double
            .wait_for_pending_device(Duration::from_secs(30))
            .expect("a device flow starts");
        assert!(double.approve_device(&d.user_code, MBX));
    });
    let out = testbench::daemon::command(env!("CARGO_BIN_EXE_dastra-mailgate"), &cfg)
        .args(["authorize", "m365", "--device"])
        .output()
        .unwrap();
    approver.join().unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        testbench::daemon::out(&out)
    );

    // Picked up at once: ready, and the message ingested, well within the back-off.
    let authorized = Instant::now();
    loop {
        let (code, body) = readyz();
        if code == 200 && dovecot.count(MBX, "INBOX") == 0 {
            break;
        }
        assert!(
            authorized.elapsed() < Duration::from_secs(30),
            "not picked up: {code} {body}, inbox {}",
            dovecot.count(MBX, "INBOX")
        );
        std::thread::sleep(Duration::from_millis(200));
    }
    let stderr = sigterm_and_stderr(&mut child);
    assert_eq!(child.wait().unwrap().code(), Some(0), "{stderr}");
    assert!(
        stderr.contains("A new grant was stored (`authorize`): using it now."),
        "{stderr}"
    );
}

/// Issue 14 point 11: `sudo dastra-mailgate authorize` against a state directory owned by
/// the service user no longer leaves root-owned files the daemon cannot read: the token
/// file, its directory, the lock and the key go to the directory's owner.
#[test]
fn authorize_as_root_gives_the_files_to_the_state_directory_owner() {
    use std::os::unix::fs::MetadataExt;
    // SAFETY: geteuid has no preconditions.
    if unsafe { libc::geteuid() } != 0 {
        eprintln!("skipped: needs root (the situation is `sudo authorize`)");
        return;
    }
    let XoBench {
        env,
        dovecot: _dovecot,
        dastra: _dastra,
        cfg,
    } = xoauth2_bench(Duration::from_secs(3600));
    // The service user owns the state directory (as StateDirectory= makes it).
    const SERVICE: u32 = 65534;
    std::os::unix::fs::chown(env.state(), Some(SERVICE), Some(SERVICE)).unwrap();
    let double = env.double.clone();
    let approver = std::thread::spawn(move || {
        let d = double
            .wait_for_pending_device(Duration::from_secs(30))
            .expect("a device flow starts");
        assert!(double.approve_device(&d.user_code, MBX));
    });
    let out = testbench::daemon::command(env!("CARGO_BIN_EXE_dastra-mailgate"), &cfg)
        .args(["authorize", "m365", "--device"])
        .output()
        .unwrap();
    approver.join().unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        testbench::daemon::out(&out)
    );
    for p in [
        env.state().join("tokens"),
        env.state().join("tokens/m365.json.enc"),
        env.state().join("tokens/m365.lock"),
        env.state().join("token.key"),
    ] {
        let m = std::fs::metadata(&p).unwrap();
        assert_eq!((m.uid(), m.gid()), (SERVICE, SERVICE), "{}", p.display());
    }
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("to the state directory's owner (uid 65534)"),
        "{}",
        testbench::daemon::out(&out)
    );
}

/// Issue 14 point 11: the first device-code poll waits the interval (RFC 8628 §3.5) like the
/// next ones: a server enforcing it never answers `slow_down`, even when the user approves
/// at once.
#[tokio::test(flavor = "multi_thread")]
async fn the_first_device_code_poll_waits_the_interval() {
    let env = Env::with(OAuthDoubleOptions {
        device_code_interval_secs: 1,
        enforce_device_poll_interval: true,
        ..OAuthDoubleOptions::default()
    });
    let settings = env.ms_device_code();
    let prompt = ScriptedDevice {
        double: env.double.clone(),
        action: DeviceAction::Approve,
        user: USER,
    };
    authorize::authorize(&settings, "m365", &opts(), &prompt)
        .await
        .unwrap();
    let bodies: Vec<String> = env
        .double
        .token_requests()
        .iter()
        .filter(|r| r.param("grant_type") == Some("urn:ietf:params:oauth:grant-type:device_code"))
        .map(|r| r.response_body.clone())
        .collect();
    assert!(!bodies.is_empty());
    assert!(
        !bodies.iter().any(|b| b.contains("slow_down")),
        "{bodies:?}"
    );
}

/// Issue 14 point 11: a Google service account honours the configured `authority` over the
/// key file's `token_uri` (here a dead address): the token comes from the configured
/// endpoint.
#[tokio::test(flavor = "multi_thread")]
async fn google_service_account_honours_the_configured_authority_over_the_key_file() {
    let env = Env::new();
    let mut key = env
        .double
        .generate_service_account("mailgate", "dastra-proj");
    env.double
        .register_service_account(&key, &[GUSER], &["https://mail.google.com/"]);
    key.token_uri = "http://127.0.0.1:9/token".into();
    let key_path = env.dir.path().join("sa.json");
    key.write_json(&key_path).unwrap();
    std::fs::set_permissions(&key_path, std::fs::Permissions::from_mode(0o600)).unwrap();
    let settings = env.settings(&env.google(
        "sa",
        "service_account",
        &format!(
            "service_account_key = \"file:{}\"\nuser = \"{GUSER}\"",
            key_path.display()
        ),
    ));
    let m = env.manager(&settings, "sa");
    let t = m.access_token().await.unwrap();
    let info = env.double.access_token_info(t.expose()).unwrap();
    assert_eq!(info.user.as_deref(), Some(GUSER));
}

/// An IMAP server on loopback (plain text) that takes `AUTHENTICATE XOAUTH2`, reads the
/// payload and then either drops the connection (`drop_it`) or refuses with `NO`. Records
/// the command lines.
async fn xoauth2_server(drop_it: bool) -> (u16, Arc<std::sync::Mutex<Vec<String>>>) {
    use tokio::io::{AsyncBufReadExt, AsyncWriteExt};
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    let seen: Arc<std::sync::Mutex<Vec<String>>> = Arc::default();
    let s2 = seen.clone();
    tokio::spawn(async move {
        while let Ok((tcp, _)) = listener.accept().await {
            let (r, mut w) = tcp.into_split();
            let mut lines = tokio::io::BufReader::new(r);
            let _ = w
                .write_all(b"* OK [CAPABILITY IMAP4rev1 AUTH=XOAUTH2] ready\r\n")
                .await;
            let mut auth_tag: Option<String> = None;
            loop {
                let mut line = String::new();
                match lines.read_line(&mut line).await {
                    Ok(0) | Err(_) => break,
                    Ok(_) => {}
                }
                let line = line.trim_end().to_string();
                s2.lock().unwrap().push(line.clone());
                if let Some(tag) = auth_tag.take() {
                    // The XOAUTH2 payload.
                    if drop_it {
                        break;
                    }
                    let _ = w
                        .write_all(
                            format!("{tag} NO [AUTHENTICATIONFAILED] Authentication failed.\r\n")
                                .as_bytes(),
                        )
                        .await;
                    continue;
                }
                let tag = line.split(' ').next().unwrap_or("*").to_string();
                if line.to_ascii_uppercase().contains("AUTHENTICATE XOAUTH2") {
                    auth_tag = Some(tag);
                    let _ = w.write_all(b"+ \r\n").await;
                } else {
                    let _ = w
                        .write_all(format!("{tag} BAD unexpected\r\n").as_bytes())
                        .await;
                }
            }
        }
    });
    (port, seen)
}

/// A token source that counts tokens handed out and invalidations; `refused` makes every
/// `token()` fail as a token endpoint refusing the grant would.
struct Counting {
    tokens: std::sync::atomic::AtomicUsize,
    invalidated: std::sync::atomic::AtomicUsize,
    refused: bool,
}

impl dastra_mailgate::oauth::TokenSource for Counting {
    fn user(&self) -> &str {
        MBX
    }
    fn token(
        &self,
    ) -> dastra_mailgate::oauth::BoxFuture<
        '_,
        Result<dastra_mailgate::secret::SecretString, dastra_mailgate::oauth::TokenError>,
    > {
        self.tokens
            .fetch_add(1, std::sync::atomic::Ordering::SeqCst);
        let refused = self.refused;
        Box::pin(async move {
            if refused {
                return Err(dastra_mailgate::oauth::TokenError::ReauthorizationNeeded {
                    account: "m365".into(),
                    reason: "AADSTS700016: Application not found in the directory".into(),
                });
            }
            Ok(dastra_mailgate::secret::SecretString::new(
                "valid-token".to_string(),
            ))
        })
    }
    fn invalidate(&self) {
        self.invalidated
            .fetch_add(1, std::sync::atomic::Ordering::SeqCst);
    }
}

/// A connection dropped in the middle of AUTHENTICATE keeps the (valid) token; a `NO`
/// drops it; a token the endpoint refuses is named as such, and no login is attempted.
#[tokio::test]
async fn a_dropped_authenticate_keeps_the_token_and_a_refused_grant_is_named() {
    use dastra_mailgate::ingest::source::imap::{Credentials, ImapError, connect};
    use std::sync::atomic::Ordering;
    let mailbox = |port: u16| {
        let text = format!(
            "[dastra]\napi_key = \"env:K\"\nworkspace_id = 1\narea_id = 1\n\n[state]\ndir = \"/var/lib/x\"\n\n[[mailbox]]\nname = \"m\"\nhost = \"127.0.0.1\"\nport = {port}\ntls = \"none\"\nallow_insecure = true\nusername = \"{MBX}\"\nauth = \"oauth\"\noauth_account = \"m365\"\ncommand_timeout_secs = 10\n\n[[oauth_account]]\nname = \"m365\"\nprovider = \"microsoft\"\nflow = \"device_code\"\ntenant = \"{TENANT}\"\nclient_id = \"{APP}\"\n"
        );
        let (s, _) =
            dastra_mailgate::config::load_str(&text, std::path::Path::new("/etc/x.toml")).unwrap();
        s.mailboxes[0].clone()
    };
    let source = |refused: bool| {
        Arc::new(Counting {
            tokens: 0.into(),
            invalidated: 0.into(),
            refused,
        })
    };

    // Dropped mid-AUTHENTICATE: an error, the token kept.
    let (port, seen) = xoauth2_server(true).await;
    let s = source(false);
    let e = connect(&mailbox(port), &Credentials::OAuth(s.clone()))
        .await
        .err()
        .expect("the connection was dropped");
    assert!(!e.is_login_refused(), "{e}");
    assert_eq!(s.invalidated.load(Ordering::SeqCst), 0, "{e}");
    assert!(
        seen.lock()
            .unwrap()
            .iter()
            .any(|l| l.contains("AUTHENTICATE")),
        "{:?}",
        seen.lock().unwrap()
    );

    // Refused with NO: the token is dropped, the refusal named.
    let (port, _) = xoauth2_server(false).await;
    let s = source(false);
    let e = connect(&mailbox(port), &Credentials::OAuth(s.clone()))
        .await
        .err()
        .expect("refused");
    assert!(matches!(e, ImapError::Auth { .. }), "{e}");
    assert!(e.to_string().contains("AUTHENTICATIONFAILED"), "{e}");
    assert_eq!(s.invalidated.load(Ordering::SeqCst), 1);

    // The token endpoint refuses the grant: said so, and the server saw no login.
    let (port, seen) = xoauth2_server(false).await;
    let s = source(true);
    let e = connect(&mailbox(port), &Credentials::OAuth(s.clone()))
        .await
        .err()
        .expect("no token");
    let text = e.to_string();
    assert!(
        text.contains("the token endpoint refused account `m365`"),
        "{text}"
    );
    assert!(text.contains("no IMAP login was attempted"), "{text}");
    assert!(!e.is_login_refused());
    tokio::time::sleep(Duration::from_millis(50)).await;
    assert!(
        seen.lock()
            .unwrap()
            .iter()
            .all(|l| !l.contains("AUTHENTICATE")),
        "{:?}",
        seen.lock().unwrap()
    );
}
