//! Tests of the OAuth double with a real HTTP client.

use std::time::Duration;

use base64::Engine as _;
use serde_json::{Value, json};
use sha2::{Digest as _, Sha256};
use testbench::oauth::{
    AuthorizeMode, ClientCertificate, Endpoint, GoogleClient, MsClient, OAuthDouble,
    OAuthDoubleOptions, Provider, RefreshExpiry, sign_rs256,
};

const TENANT: &str = "0b6f2c5e-1111-4222-8333-944455556666";
const APP: &str = "5f0c7a9e-aaaa-4bbb-8ccc-dddddddddddd";
const SECRET: &str = "s3cr3t~value";
const MAILBOX: &str = "dpo@contoso.example";
const SMTP_SEND: &str = "https://outlook.office.com/SMTP.Send";
const GMAIL: &str = "https://mail.google.com/";
const DEVICE_GRANT: &str = "urn:ietf:params:oauth:grant-type:device_code";
const JWT_ASSERTION_TYPE: &str = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";
const JWT_BEARER: &str = "urn:ietf:params:oauth:grant-type:jwt-bearer";

fn http() -> reqwest::Client {
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .expect("client")
}

/// Redeems (polls) an Entra device code at `token_url` for `client_id`.
async fn poll_device(token_url: &str, client_id: &str, device_code: &str) -> (u16, Value) {
    post_form(
        token_url,
        &[
            ("grant_type", DEVICE_GRANT),
            ("client_id", client_id),
            ("device_code", device_code),
        ],
    )
    .await
}

async fn post_form(url: &str, form: &[(&str, &str)]) -> (u16, Value) {
    let resp = http().post(url).form(form).send().await.expect("request");
    let status = resp.status().as_u16();
    let text = resp.text().await.expect("body");
    let value = serde_json::from_str(&text).unwrap_or(Value::String(text));
    (status, value)
}

/// GET that must answer a redirect; returns the `Location`.
async fn follow_once(url: &str) -> String {
    let resp = http().get(url).send().await.expect("request");
    assert_eq!(
        resp.status().as_u16(),
        302,
        "expected a redirect from {url}"
    );
    resp.headers()["location"]
        .to_str()
        .expect("location")
        .to_string()
}

fn query_param(url: &str, name: &str) -> Option<String> {
    let query = url.split_once('?')?.1;
    query.split('&').find_map(|kv| {
        let (k, v) = kv.split_once('=')?;
        (k == name).then(|| percent_decode(v))
    })
}

fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            out.push(u8::from_str_radix(&s[i + 1..i + 3], 16).expect("hex"));
            i += 3;
        } else {
            out.push(if bytes[i] == b'+' { b' ' } else { bytes[i] });
            i += 1;
        }
    }
    String::from_utf8(out).expect("utf8")
}

fn pkce_challenge(verifier: &str) -> String {
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(Sha256::digest(verifier.as_bytes()))
}

/// Asserts Entra's error envelope and returns `error_description`.
fn assert_entra_error(body: &Value, error: &str, code: u32) -> String {
    assert_eq!(body["error"], error, "body: {body}");
    assert_eq!(body["error_codes"], json!([code]), "body: {body}");
    let description = body["error_description"]
        .as_str()
        .expect("error_description")
        .to_string();
    assert!(
        description.starts_with(&format!("AADSTS{code}: ")),
        "description: {description}"
    );
    for key in ["timestamp", "trace_id", "correlation_id", "error_uri"] {
        assert!(body[key].is_string(), "missing {key} in {body}");
    }
    assert!(description.contains(" Trace ID: ") && description.contains(" Correlation ID: "));
    description
}

fn double() -> OAuthDouble {
    OAuthDouble::start(OAuthDoubleOptions {
        device_code_interval_secs: 1,
        ..OAuthDoubleOptions::default()
    })
}

#[test]
fn starts_and_stops_from_synchronous_code() {
    let d = OAuthDouble::start(OAuthDoubleOptions::default());
    let addr = d.addr();
    assert!(addr.ip().is_loopback());
    let token = d.issue_token_for(MAILBOX, &[SMTP_SEND], Duration::from_secs(60));
    assert!(token.len() <= 40, "{token}");
    assert_eq!(d.is_access_token_valid(&token).as_deref(), Some(MAILBOX));
    assert!(std::net::TcpStream::connect(addr).is_ok());
    drop(d);
    assert!(
        std::net::TcpStream::connect(addr).is_err(),
        "listener still open after drop"
    );
}

#[tokio::test]
async fn client_credentials_with_secret_in_body_and_basic() {
    let d = double();
    d.register_ms_client(TENANT, APP, Some(SECRET), None);
    d.grant_app_mailbox_access(APP, MAILBOX);
    let url = d.ms_token_url(TENANT);

    let (status, body) = post_form(
        &url,
        &[
            ("grant_type", "client_credentials"),
            ("client_id", APP),
            ("client_secret", SECRET),
            ("scope", "https://outlook.office365.com/.default"),
        ],
    )
    .await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["token_type"], "Bearer");
    assert_eq!(body["expires_in"], 3600);
    assert_eq!(body["ext_expires_in"], 3600);
    assert!(body.get("refresh_token").is_none());
    let token = body["access_token"].as_str().unwrap();
    assert!(token.len() <= 40);
    let info = d.access_token_info(token).unwrap();
    assert!(info.app_only);
    assert_eq!(
        info.scopes,
        vec!["https://outlook.office365.com/SMTP.SendAsApp"]
    );
    assert_eq!(d.is_access_token_valid(token).as_deref(), Some(APP));
    assert!(d.token_can_act_for(token, MAILBOX));
    assert!(!d.token_can_act_for(token, "other@contoso.example"));

    // client_secret_basic.
    let resp = http()
        .post(&url)
        .basic_auth(APP, Some(SECRET))
        .form(&[
            ("grant_type", "client_credentials"),
            ("scope", "https://graph.microsoft.com/.default"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status().as_u16(), 200);
    let body: Value = resp.json().await.unwrap();
    let info = d
        .access_token_info(body["access_token"].as_str().unwrap())
        .unwrap();
    assert_eq!(info.scopes, vec!["https://graph.microsoft.com/Mail.Send"]);

    // Wrong secret: 401 invalid_client AADSTS7000215.
    let (status, body) = post_form(
        &url,
        &[
            ("grant_type", "client_credentials"),
            ("client_id", APP),
            ("client_secret", "wrong"),
            ("scope", "https://outlook.office365.com/.default"),
        ],
    )
    .await;
    assert_eq!(status, 401);
    let text = assert_entra_error(&body, "invalid_client", 7000215);
    assert!(text.contains("Invalid client secret provided."), "{text}");

    // No credential at all.
    let (status, body) = post_form(
        &url,
        &[
            ("grant_type", "client_credentials"),
            ("client_id", APP),
            ("scope", "https://outlook.office365.com/.default"),
        ],
    )
    .await;
    assert_eq!(status, 401);
    assert_entra_error(&body, "invalid_client", 7000216);

    // A delegated-style scope in client credentials.
    let (status, body) = post_form(
        &url,
        &[
            ("grant_type", "client_credentials"),
            ("client_id", APP),
            ("client_secret", SECRET),
            ("scope", SMTP_SEND),
        ],
    )
    .await;
    assert_eq!(status, 400);
    assert_entra_error(&body, "invalid_scope", 1002012);

    // Unknown app / unknown tenant.
    let (status, body) = post_form(
        &url,
        &[
            ("grant_type", "client_credentials"),
            ("client_id", "nope"),
            ("client_secret", SECRET),
        ],
    )
    .await;
    assert_eq!(status, 400);
    assert_entra_error(&body, "unauthorized_client", 700016);
    let (status, body) = post_form(
        &d.ms_token_url("other-tenant"),
        &[
            ("grant_type", "client_credentials"),
            ("client_id", APP),
            ("client_secret", SECRET),
        ],
    )
    .await;
    assert_eq!(status, 400);
    assert_entra_error(&body, "invalid_request", 90002);

    let counters = d.counters();
    assert_eq!(counters.token_requests, 7);
    assert_eq!(counters.token_requests_by_grant["client_credentials"], 7);
    assert_eq!(counters.token_successes, 2);
    let last = d.last_token_request().unwrap();
    assert_eq!(last.endpoint, Endpoint::MsToken);
    assert_eq!(last.param("client_id"), Some(APP));
    assert_eq!(last.status, 400);
}

#[tokio::test]
async fn client_credentials_with_certificate_assertion() {
    let d = double();
    let cert = ClientCertificate::generate("mailgate");
    let other = ClientCertificate::generate("attacker");
    d.register_ms_client(TENANT, APP, None, Some(&cert.cert_pem));
    let url = d.ms_token_url(TENANT);
    let assert_with = |assertion: String| {
        let url = url.clone();
        async move {
            post_form(
                &url,
                &[
                    ("grant_type", "client_credentials"),
                    ("client_id", APP),
                    ("client_assertion_type", JWT_ASSERTION_TYPE),
                    ("client_assertion", &assertion),
                    ("scope", "https://outlook.office365.com/.default"),
                ],
            )
            .await
        }
    };

    let good = cert.client_assertion(APP, &url, Duration::from_secs(600));
    let (status, body) = assert_with(good).await;
    assert_eq!(status, 200, "{body}");
    assert!(
        d.is_access_token_valid(body["access_token"].as_str().unwrap())
            .is_some()
    );

    // Signed by another key but claiming the registered thumbprint.
    let now = chrono::Utc::now().timestamp();
    let claims =
        json!({"aud": url, "iss": APP, "sub": APP, "jti": "1", "nbf": now, "exp": now + 600});
    let forged = sign_rs256(&other.key_pem, None, Some(&cert.thumbprint_s256), &claims);
    let (status, body) = assert_with(forged).await;
    assert_eq!(status, 401);
    let text = assert_entra_error(&body, "invalid_client", 700027);
    assert!(
        text.contains("did not match the expected signature value"),
        "{text}"
    );

    // A certificate that is not registered.
    let (status, body) =
        assert_with(other.client_assertion(APP, &url, Duration::from_secs(600))).await;
    assert_eq!(status, 401);
    let text = assert_entra_error(&body, "invalid_client", 700027);
    assert!(text.contains("The key was not found."), "{text}");

    // Expired.
    let expired = json!({"aud": url, "iss": APP, "sub": APP, "jti": "2", "nbf": now - 1200, "exp": now - 600});
    let (status, body) = assert_with(cert.sign_assertion_with(&expired)).await;
    assert_eq!(status, 401);
    assert_entra_error(&body, "invalid_client", 700024);

    // Wrong audience.
    let wrong_aud = json!({"aud": "https://login.microsoftonline.com/x/oauth2/v2.0/token", "iss": APP, "sub": APP, "exp": now + 600});
    let (status, body) = assert_with(cert.sign_assertion_with(&wrong_aud)).await;
    assert_eq!(status, 401);
    assert_entra_error(&body, "invalid_client", 700023);

    // iss/sub not the client id.
    let wrong_iss = json!({"aud": url, "iss": "someone", "sub": APP, "exp": now + 600});
    let (status, body) = assert_with(cert.sign_assertion_with(&wrong_iss)).await;
    assert_eq!(status, 401);
    assert_entra_error(&body, "invalid_client", 700021);
}

/// Runs the device flow to completion and returns the token response.
async fn device_login(d: &OAuthDouble, user: &str) -> Value {
    let (status, dc) = post_form(
        &d.ms_devicecode_url(TENANT),
        &[
            ("client_id", APP),
            ("scope", &format!("{SMTP_SEND} offline_access")),
        ],
    )
    .await;
    assert_eq!(status, 200, "{dc}");
    assert!(d.approve_device(dc["user_code"].as_str().unwrap(), user));
    let (status, body) = poll_device(
        &d.ms_token_url(TENANT),
        APP,
        dc["device_code"].as_str().unwrap(),
    )
    .await;
    assert_eq!(status, 200, "{body}");
    body
}

#[tokio::test]
async fn device_code_pending_slow_down_then_success() {
    let d = double();
    d.register_ms_client(TENANT, APP, None, None);
    let (status, dc) = post_form(
        &d.ms_devicecode_url(TENANT),
        &[
            ("client_id", APP),
            ("scope", &format!("{SMTP_SEND} offline_access openid")),
        ],
    )
    .await;
    assert_eq!(status, 200);
    let keys: Vec<&str> = dc.as_object().unwrap().keys().map(String::as_str).collect();
    for key in [
        "device_code",
        "user_code",
        "verification_uri",
        "expires_in",
        "interval",
        "message",
    ] {
        assert!(keys.contains(&key), "{key} missing in {dc}");
    }
    assert!(dc.get("verification_uri_complete").is_none());
    assert_eq!(dc["verification_uri"], "https://microsoft.com/devicelogin");
    assert_eq!(dc["expires_in"], 900);
    assert_eq!(dc["interval"], 1);
    let user_code = dc["user_code"].as_str().unwrap();
    assert!(dc["message"].as_str().unwrap().contains(user_code));
    let device_code = dc["device_code"].as_str().unwrap().to_string();
    let token_url = d.ms_token_url(TENANT);
    let poll = || poll_device(&token_url, APP, &device_code);

    let (status, body) = poll().await;
    assert_eq!(status, 400);
    assert_entra_error(&body, "authorization_pending", 70016);

    assert!(d.queue_device_slow_down(user_code, 1));
    let (status, body) = poll().await;
    assert_eq!(status, 400);
    assert_eq!(body["error"], "slow_down");

    let pending = d.wait_for_pending_device(Duration::from_secs(1)).unwrap();
    assert_eq!(pending.user_code, user_code);
    assert_eq!(pending.polls, 2);
    assert!(d.approve_device(user_code, MAILBOX));
    let (status, body) = poll().await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["token_type"], "Bearer");
    assert_eq!(body["scope"], format!("{SMTP_SEND} openid"));
    assert!(body["refresh_token"].is_string());
    assert!(body["id_token"].as_str().unwrap().split('.').count() == 3);
    let access = body["access_token"].as_str().unwrap();
    assert_eq!(d.is_access_token_valid(access).as_deref(), Some(MAILBOX));

    // The device code is single use.
    let (status, body) = poll().await;
    assert_eq!(status, 400);
    assert_entra_error(&body, "invalid_grant", 70000);
}

#[tokio::test]
async fn device_code_declined_expired_and_interval_enforced() {
    let d = OAuthDouble::start(OAuthDoubleOptions {
        enforce_device_poll_interval: true,
        device_code_interval_secs: 5,
        ..OAuthDoubleOptions::default()
    });
    d.register_ms_client(TENANT, APP, None, None);
    let devicecode_url = d.ms_devicecode_url(TENANT);
    let start = || {
        let url = devicecode_url.clone();
        async move { post_form(&url, &[("client_id", APP), ("scope", SMTP_SEND)]).await }
    };
    let token_url = d.ms_token_url(TENANT);
    let poll = |code: String| {
        let url = token_url.clone();
        async move { poll_device(&url, APP, &code).await }
    };

    // Declined.
    let (_, dc) = start().await;
    assert!(d.decline_device(dc["user_code"].as_str().unwrap()));
    let (status, body) = poll(dc["device_code"].as_str().unwrap().to_string()).await;
    assert_eq!(status, 400);
    assert_eq!(body["error"], "authorization_declined");

    // Polling faster than the interval, the first poll included (RFC 8628 §3.5): slow_down
    // (each adds 5 s), until the interval passes.
    let (_, dc) = start().await;
    let code = dc["device_code"].as_str().unwrap().to_string();
    let (_, body) = poll(code.clone()).await;
    assert_eq!(body["error"], "slow_down");
    d.advance_time(Duration::from_secs(11));
    let (_, body) = poll(code.clone()).await;
    assert_eq!(body["error"], "authorization_pending");
    let (_, body) = poll(code.clone()).await;
    assert_eq!(body["error"], "slow_down");
    d.advance_time(Duration::from_secs(16));
    let (_, body) = poll(code.clone()).await;
    assert_eq!(body["error"], "authorization_pending");

    // Expired after its lifetime.
    d.advance_time(Duration::from_secs(901));
    let (status, body) = poll(code).await;
    assert_eq!(status, 400);
    let text = assert_entra_error(&body, "expired_token", 70019);
    assert!(text.contains("Verification code expired."));

    // A public-client flow on an app without "Allow public client flows".
    let mut confidential = MsClient::new(TENANT, "confidential-app");
    confidential.public_client = false;
    d.register_ms_client_with(confidential);
    let (_, dc) = post_form(
        &d.ms_devicecode_url(TENANT),
        &[("client_id", "confidential-app"), ("scope", SMTP_SEND)],
    )
    .await;
    let (status, body) = poll_device(
        &d.ms_token_url(TENANT),
        "confidential-app",
        dc["device_code"].as_str().unwrap(),
    )
    .await;
    assert_eq!(status, 401);
    assert_entra_error(&body, "invalid_client", 7000218);
}

#[tokio::test]
async fn refresh_tokens_rotate_and_expire() {
    let d = double();
    d.register_ms_client(TENANT, APP, None, None);
    let login = device_login(&d, MAILBOX).await;
    let rt1 = login["refresh_token"].as_str().unwrap().to_string();
    let refresh = |rt: String| {
        let url = d.ms_token_url(TENANT);
        async move {
            post_form(
                &url,
                &[
                    ("grant_type", "refresh_token"),
                    ("client_id", APP),
                    ("refresh_token", &rt),
                ],
            )
            .await
        }
    };

    let (status, body) = refresh(rt1.clone()).await;
    assert_eq!(status, 200, "{body}");
    let rt2 = body["refresh_token"].as_str().unwrap().to_string();
    assert_ne!(rt1, rt2, "Entra always rotates");
    assert_eq!(body["scope"], SMTP_SEND);

    // The old one is dead now.
    let (status, body) = refresh(rt1).await;
    assert_eq!(status, 400);
    let text = assert_entra_error(&body, "invalid_grant", 70000);
    assert!(text.contains("The provided value for the 'refresh_token' is not valid."));
    assert_eq!(d.counters().refreshes, 1);

    // Inactivity, marked by the test.
    assert!(d.expire_refresh_token(&rt2, RefreshExpiry::Inactivity));
    let (status, body) = refresh(rt2).await;
    assert_eq!(status, 400);
    let text = assert_entra_error(&body, "invalid_grant", 700082);
    assert!(
        text.contains("The refresh token has expired due to inactivity. The token was issued on ")
            && text.contains(" and was inactive for 90.00:00:00."),
        "{text}"
    );

    // Inactivity by the clock: 91 days unused.
    let rt = device_login(&d, MAILBOX).await["refresh_token"]
        .as_str()
        .unwrap()
        .to_string();
    d.advance_time(Duration::from_secs(91 * 24 * 3600));
    let (status, body) = refresh(rt).await;
    assert_eq!(status, 400);
    assert_entra_error(&body, "invalid_grant", 700082);

    // Conditional Access sign-in frequency, and revocation.
    let rt = device_login(&d, MAILBOX).await["refresh_token"]
        .as_str()
        .unwrap()
        .to_string();
    d.expire_refresh_token(&rt, RefreshExpiry::SignInFrequency);
    let (_, body) = refresh(rt).await;
    let text = assert_entra_error(&body, "invalid_grant", 70043);
    assert!(text.contains("sign-in frequency checks by conditional access"));
    let rt = device_login(&d, MAILBOX).await["refresh_token"]
        .as_str()
        .unwrap()
        .to_string();
    d.revoke_all_for(MAILBOX);
    let (_, body) = refresh(rt).await;
    assert_entra_error(&body, "invalid_grant", 50173);
    assert!(d.live_access_tokens_for(MAILBOX).is_empty());
}

#[tokio::test]
async fn consent_and_delegated_scope_errors() {
    let d = double();
    let mut client = MsClient::new(TENANT, APP);
    client.consented_scopes = Some(vec!["https://graph.microsoft.com/User.Read".to_string()]);
    d.register_ms_client_with(client);
    let (_, dc) = post_form(
        &d.ms_devicecode_url(TENANT),
        &[("client_id", APP), ("scope", SMTP_SEND)],
    )
    .await;
    d.approve_device(dc["user_code"].as_str().unwrap(), MAILBOX);
    let (status, body) = poll_device(
        &d.ms_token_url(TENANT),
        APP,
        dc["device_code"].as_str().unwrap(),
    )
    .await;
    assert_eq!(status, 400);
    let text = assert_entra_error(&body, "invalid_grant", 65001);
    assert!(
        text.contains(&format!(
            "application with ID '{APP}' named 'dastra-mailgate'"
        )),
        "{text}"
    );
    assert_eq!(body["suberror"], "consent_required");

    // A single-tenant app through /common; then made multi-tenant.
    let (status, body) = post_form(
        &d.ms_devicecode_url("common"),
        &[("client_id", APP), ("scope", SMTP_SEND)],
    )
    .await;
    assert_eq!(status, 400);
    assert_entra_error(&body, "invalid_request", 50194);
    let mut multi = MsClient::new(TENANT, APP);
    multi.multi_tenant = true;
    d.register_ms_client_with(multi);
    let (status, _) = post_form(
        &d.ms_devicecode_url("organizations"),
        &[("client_id", APP), ("scope", SMTP_SEND)],
    )
    .await;
    assert_eq!(status, 200);

    // SMTP.SendAsApp is not a delegated scope.
    let (status, body) = post_form(
        &d.ms_devicecode_url(TENANT),
        &[
            ("client_id", APP),
            ("scope", "https://outlook.office.com/SMTP.SendAsApp"),
        ],
    )
    .await;
    assert_eq!(status, 400);
    assert_entra_error(&body, "invalid_scope", 70011);
}

#[tokio::test]
async fn microsoft_auth_code_with_pkce() {
    let d = double();
    let mut client = MsClient::new(TENANT, APP);
    client.redirect_uris = vec!["http://localhost/callback".to_string()];
    d.register_ms_client_with(client);
    let verifier = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk-extra-entropy";
    let challenge = pkce_challenge(verifier);
    let redirect = "http://localhost:53682/callback";
    let scope = format!("{SMTP_SEND} offline_access");
    let authorize_url = |extra: &str| {
        format!(
            "{}?client_id={APP}&response_type=code&redirect_uri={}&scope={}&state=xyz&code_challenge={challenge}&code_challenge_method=S256{extra}",
            d.ms_authorize_url(TENANT),
            "http%3A%2F%2Flocalhost%3A53682%2Fcallback",
            scope
                .replace(' ', "%20")
                .replace(':', "%3A")
                .replace('/', "%2F"),
        )
    };

    let location = follow_once(&authorize_url(&format!("&double_user={MAILBOX}"))).await;
    assert!(location.starts_with(redirect), "{location}");
    assert_eq!(query_param(&location, "state").as_deref(), Some("xyz"));
    let code = query_param(&location, "code").unwrap();
    let recorded = d.authorize_requests().pop().unwrap();
    assert_eq!(recorded.client_id, APP);
    assert_eq!(recorded.redirect_uri, redirect);
    assert_eq!(recorded.scope, scope);
    assert_eq!(recorded.code_challenge.as_deref(), Some(challenge.as_str()));
    assert_eq!(recorded.code_challenge_method.as_deref(), Some("S256"));

    let redeem = |code: String, verifier: &'static str, redirect: &'static str| {
        let url = d.ms_token_url(TENANT);
        async move {
            post_form(
                &url,
                &[
                    ("grant_type", "authorization_code"),
                    ("client_id", APP),
                    ("code", &code),
                    ("redirect_uri", redirect),
                    ("code_verifier", verifier),
                ],
            )
            .await
        }
    };
    let (status, body) = redeem(
        code.clone(),
        "wrong-verifier",
        "http://localhost:53682/callback",
    )
    .await;
    assert_eq!(status, 400);
    assert_entra_error(&body, "invalid_grant", 501481);
    let (status, body) = redeem(
        code.clone(),
        "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk-extra-entropy",
        "http://localhost:1/other",
    )
    .await;
    assert_eq!(status, 400);
    assert_entra_error(&body, "invalid_grant", 500112);
    let (status, body) = redeem(
        code.clone(),
        "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk-extra-entropy",
        "http://localhost:53682/callback",
    )
    .await;
    assert_eq!(status, 200, "{body}");
    assert!(body["refresh_token"].is_string());
    assert_eq!(
        d.is_access_token_valid(body["access_token"].as_str().unwrap())
            .as_deref(),
        Some(MAILBOX)
    );
    let (status, body) = redeem(
        code,
        "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk-extra-entropy",
        "http://localhost:53682/callback",
    )
    .await;
    assert_eq!(status, 400);
    assert_entra_error(&body, "invalid_grant", 54005);

    // The user refuses.
    d.set_authorize_mode(AuthorizeMode::Deny);
    let location = follow_once(&authorize_url("")).await;
    assert_eq!(
        query_param(&location, "error").as_deref(),
        Some("access_denied")
    );
    assert_eq!(query_param(&location, "state").as_deref(), Some("xyz"));

    // Manual: a sign-in page, then the test approves.
    d.set_authorize_mode(AuthorizeMode::Manual);
    let resp = http().get(authorize_url("")).send().await.unwrap();
    assert_eq!(resp.status().as_u16(), 200);
    let url = d.approve_authorization(Some("xyz"), MAILBOX).unwrap();
    assert!(query_param(&url, "code").is_some());

    // A redirect URI that is not registered: error page, no redirect.
    let bad = authorize_url("").replace("localhost%3A53682%2Fcallback", "evil.example%2Fcb");
    let resp = http().get(bad).send().await.unwrap();
    assert_eq!(resp.status().as_u16(), 400);
    assert!(resp.text().await.unwrap().contains("AADSTS50011"));

    // SMTP.SendAsApp in an authorize request: redirected invalid_scope.
    d.set_authorize_mode(AuthorizeMode::Approve(MAILBOX.to_string()));
    let app_only = authorize_url("").replace("SMTP.Send%20", "SMTP.SendAsApp%20");
    let location = follow_once(&app_only).await;
    assert_eq!(
        query_param(&location, "error").as_deref(),
        Some("invalid_scope")
    );
    assert!(
        query_param(&location, "error_description")
            .unwrap()
            .starts_with("AADSTS70011: ")
    );
}

#[tokio::test]
async fn google_service_account_jwt_bearer() {
    let d = double();
    let key = d.generate_service_account("relay", "dastra-mailgate");
    d.register_service_account(&key, &[MAILBOX, "@dpo.example"], &[GMAIL]);
    let json = key.to_json();
    assert_eq!(json["type"], "service_account");
    assert_eq!(json["token_uri"], d.google_token_url());
    assert!(
        json["private_key"]
            .as_str()
            .unwrap()
            .starts_with("-----BEGIN PRIVATE KEY-----")
    );
    assert!(
        json["client_email"]
            .as_str()
            .unwrap()
            .ends_with("@dastra-mailgate.iam.gserviceaccount.com")
    );
    let dir = tempfile::tempdir().unwrap();
    key.write_json(&dir.path().join("sa.json")).unwrap();
    let reread: Value =
        serde_json::from_str(&std::fs::read_to_string(dir.path().join("sa.json")).unwrap())
            .unwrap();
    assert_eq!(reread, json);

    let url = d.google_token_url();
    let exchange = |assertion: String| {
        let url = url.clone();
        async move {
            post_form(
                &url,
                &[("grant_type", JWT_BEARER), ("assertion", &assertion)],
            )
            .await
        }
    };
    let hour = Duration::from_secs(3600);

    let (status, body) = exchange(key.sign_assertion(Some(MAILBOX), &[GMAIL], &url, hour)).await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["token_type"], "Bearer");
    assert_eq!(body["expires_in"], 3600);
    let token = body["access_token"].as_str().unwrap();
    assert!(token.starts_with("ya29.") && token.len() <= 40, "{token}");
    assert_eq!(d.is_access_token_valid(token).as_deref(), Some(MAILBOX));

    // Whole-domain delegation entry, and Google's canonical audience.
    let (status, _) = exchange(key.sign_assertion(
        Some("anyone@dpo.example"),
        &[GMAIL],
        "https://oauth2.googleapis.com/token",
        hour,
    ))
    .await;
    assert_eq!(status, 200);

    let unauthorized = "Client is unauthorized to retrieve access tokens using this method, or client not authorized for any of the scopes requested.";
    let (status, body) =
        exchange(key.sign_assertion(Some("intruder@contoso.example"), &[GMAIL], &url, hour)).await;
    assert_eq!(status, 401);
    assert_eq!(
        body,
        json!({"error": "unauthorized_client", "error_description": unauthorized})
    );
    let (status, body) = exchange(key.sign_assertion(
        Some(MAILBOX),
        &["https://www.googleapis.com/auth/gmail.send"],
        &url,
        hour,
    ))
    .await;
    assert_eq!(status, 401);
    assert_eq!(body["error"], "unauthorized_client");

    // Signed with another key, same kid.
    let other = d.generate_service_account("other", "dastra-mailgate");
    let now = chrono::Utc::now().timestamp();
    let claims = json!({"iss": key.client_email, "scope": GMAIL, "aud": url, "iat": now, "exp": now + 3600, "sub": MAILBOX});
    let forged = sign_rs256(
        &other.private_key_pem,
        Some(&key.private_key_id),
        None,
        &claims,
    );
    let (status, body) = exchange(forged).await;
    assert_eq!(status, 400);
    assert_eq!(
        body,
        json!({"error": "invalid_grant", "error_description": "Invalid JWT Signature."})
    );

    // More than an hour.
    let long = json!({"iss": key.client_email, "scope": GMAIL, "aud": url, "iat": now, "exp": now + 7200, "sub": MAILBOX});
    let (status, body) = exchange(key.sign_assertion_with(&long)).await;
    assert_eq!(status, 400);
    assert!(
        body["error_description"]
            .as_str()
            .unwrap()
            .starts_with("Invalid JWT: Token must be a short-lived token (60 minutes)")
    );

    // Wrong audience; unknown issuer.
    let (_, body) =
        exchange(key.sign_assertion(Some(MAILBOX), &[GMAIL], "https://example.com/token", hour))
            .await;
    assert_eq!(body["error"], "invalid_grant");
    let (_, body) = exchange(other.sign_assertion(Some(MAILBOX), &[GMAIL], &url, hour)).await;
    assert_eq!(
        body["error_description"],
        "Invalid JWT: No valid verifier found for issuer."
    );
}

#[tokio::test]
async fn google_auth_code_refresh_without_rotation_and_testing_expiry() {
    let d = double();
    let mut client = GoogleClient::new("123-abc.apps.googleusercontent.com", Some("GOCSPX-secret"));
    client.testing_mode = true;
    d.register_google_client_with(client);
    let verifier = "a-verifier-that-is-long-enough-for-rfc7636-0123456789";
    let challenge = pkce_challenge(verifier);
    let url = format!(
        "{}?client_id=123-abc.apps.googleusercontent.com&redirect_uri=http%3A%2F%2F127.0.0.1%3A40123%2F&response_type=code&scope=https%3A%2F%2Fmail.google.com%2F&state=s1&code_challenge={challenge}&code_challenge_method=S256&login_hint={MAILBOX}",
        d.google_auth_url()
    );
    let location = follow_once(&url).await;
    assert!(
        location.starts_with("http://127.0.0.1:40123/?"),
        "{location}"
    );
    assert_eq!(query_param(&location, "scope").as_deref(), Some(GMAIL));
    let code = query_param(&location, "code").unwrap();
    assert!(code.starts_with("4/0A"));

    let token_url = d.google_token_url();
    let redeem = |code: String, verifier: &'static str| {
        let url = token_url.clone();
        async move {
            post_form(
                &url,
                &[
                    ("grant_type", "authorization_code"),
                    ("client_id", "123-abc.apps.googleusercontent.com"),
                    ("client_secret", "GOCSPX-secret"),
                    ("code", &code),
                    ("redirect_uri", "http://127.0.0.1:40123/"),
                    ("code_verifier", verifier),
                ],
            )
            .await
        }
    };
    let (status, body) = redeem(code.clone(), "not-the-verifier").await;
    assert_eq!(status, 400);
    assert_eq!(
        body,
        json!({"error": "invalid_grant", "error_description": "Invalid code verifier."})
    );
    let (status, body) = redeem(
        code.clone(),
        "a-verifier-that-is-long-enough-for-rfc7636-0123456789",
    )
    .await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["scope"], GMAIL);
    assert_eq!(body["refresh_token_expires_in"], 7 * 24 * 3600);
    let rt = body["refresh_token"].as_str().unwrap().to_string();
    let (status, body) = redeem(
        code,
        "a-verifier-that-is-long-enough-for-rfc7636-0123456789",
    )
    .await;
    assert_eq!(status, 400);
    assert_eq!(
        body,
        json!({"error": "invalid_grant", "error_description": "Bad Request"})
    );

    let refresh = |secret: &'static str| {
        let url = token_url.clone();
        let rt = rt.clone();
        async move {
            post_form(
                &url,
                &[
                    ("grant_type", "refresh_token"),
                    ("client_id", "123-abc.apps.googleusercontent.com"),
                    ("client_secret", secret),
                    ("refresh_token", &rt),
                ],
            )
            .await
        }
    };
    for _ in 0..2 {
        let (status, body) = refresh("GOCSPX-secret").await;
        assert_eq!(status, 200, "{body}");
        assert!(
            body.get("refresh_token").is_none(),
            "Google does not rotate: {body}"
        );
        assert_eq!(
            d.is_access_token_valid(body["access_token"].as_str().unwrap())
                .as_deref(),
            Some(MAILBOX)
        );
    }
    let (status, body) = refresh("wrong").await;
    assert_eq!(status, 401);
    assert_eq!(
        body,
        json!({"error": "invalid_client", "error_description": "Unauthorized"})
    );

    // A "Testing" app's refresh token dies after 7 days.
    d.advance_time(Duration::from_secs(7 * 24 * 3600 + 1));
    let (status, body) = refresh("GOCSPX-secret").await;
    assert_eq!(status, 400);
    assert_eq!(
        body,
        json!({"error": "invalid_grant", "error_description": "Token has been expired or revoked."})
    );
}

#[tokio::test]
async fn introspection_as_dovecot_calls_it() {
    let d = double();
    let token = d.issue_token_for(MAILBOX, &[GMAIL], Duration::from_secs(60));
    let url = d.introspection_url();

    // introspection_mode = post: token=…&client_id=&client_secret=
    let resp = http()
        .post(&url)
        .header("content-type", "application/x-www-form-urlencoded")
        .body(format!("token={token}&client_id=&client_secret="))
        .send()
        .await
        .unwrap();
    let body: Value = resp.json().await.unwrap();
    assert_eq!(body["active"], "true");
    assert_eq!(body["username"], MAILBOX);
    assert_eq!(body["scope"], GMAIL);

    // introspection_mode = get: token appended to `…?token=`.
    let body: Value = http()
        .get(format!("{url}?token={token}&client_id=&client_secret="))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(body["active"], "true");

    // introspection_mode = auth: Bearer header.
    let body: Value = http()
        .get(&url)
        .bearer_auth(&token)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(body["active"], "true");

    // Unknown and revoked tokens.
    let (_, body) = post_form(&url, &[("token", "nope")]).await;
    assert_eq!(body, json!({"active": "false"}));
    assert!(d.revoke_access_token(&token));
    let (_, body) = post_form(&url, &[("token", &token)]).await;
    assert_eq!(body, json!({"active": "false"}));

    let counters = d.counters();
    assert_eq!(counters.introspections, 5);
    assert_eq!(counters.introspections_active, 3);
    assert_eq!(d.introspection_requests().len(), 5);
    assert!(
        d.dovecot_oauth2_conf()
            .contains(&format!("introspection_url = {url}"))
    );
}

#[tokio::test]
async fn access_tokens_expire_after_their_lifetime() {
    let d = OAuthDouble::start(OAuthDoubleOptions {
        access_token_lifetime: Duration::from_secs(2),
        ..OAuthDoubleOptions::default()
    });
    d.register_ms_client(TENANT, APP, Some(SECRET), None);
    let (status, body) = post_form(
        &d.ms_token_url(TENANT),
        &[
            ("grant_type", "client_credentials"),
            ("client_id", APP),
            ("client_secret", SECRET),
            ("scope", "https://outlook.office365.com/.default"),
        ],
    )
    .await;
    assert_eq!(status, 200);
    assert_eq!(body["expires_in"], 2);
    let token = body["access_token"].as_str().unwrap().to_string();
    let (_, live) = post_form(&d.introspection_url(), &[("token", &token)]).await;
    assert_eq!(live["active"], "true");
    assert!(live["username"].is_null(), "app-only tokens have no user");

    tokio::time::sleep(Duration::from_millis(2100)).await;
    assert_eq!(d.is_access_token_valid(&token), None);
    let (_, dead) = post_form(&d.introspection_url(), &[("token", &token)]).await;
    assert_eq!(dead["active"], "false");

    // The double's clock can be moved instead of waiting.
    let other = d.issue_token_for(MAILBOX, &[SMTP_SEND], Duration::from_secs(3600));
    d.advance_time(Duration::from_secs(3601));
    assert_eq!(d.is_access_token_valid(&other), None);
}

#[tokio::test]
async fn injected_failures_and_google_revocation() {
    let d = double();
    d.register_google_client("desktop.apps.googleusercontent.com", None);
    d.fail_next_token_requests(1, 503, "{\"error\":\"temporarily_unavailable\"}", Some(7));
    let resp = http()
        .post(d.google_token_url())
        .form(&[("grant_type", "refresh_token")])
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status().as_u16(), 503);
    assert_eq!(resp.headers()["retry-after"], "7");

    let rt = d.issue_refresh_token_for(
        Provider::Google,
        "desktop.apps.googleusercontent.com",
        None,
        MAILBOX,
        &[GMAIL],
    );
    let (status, body) = post_form(
        &d.google_token_url(),
        &[
            ("grant_type", "refresh_token"),
            ("client_id", "desktop.apps.googleusercontent.com"),
            ("refresh_token", &rt),
        ],
    )
    .await;
    assert_eq!(status, 200, "{body}");
    let access = body["access_token"].as_str().unwrap().to_string();
    let (status, _) = post_form(&d.google_revoke_url(), &[("token", &rt)]).await;
    assert_eq!(status, 200);
    assert_eq!(
        d.is_access_token_valid(&access),
        None,
        "revoking the grant kills its access tokens"
    );
    let (status, body) = post_form(
        &d.google_token_url(),
        &[
            ("grant_type", "refresh_token"),
            ("client_id", "desktop.apps.googleusercontent.com"),
            ("refresh_token", &rt),
        ],
    )
    .await;
    assert_eq!(status, 400);
    assert_eq!(
        body["error_description"],
        "Token has been expired or revoked."
    );

    // Google's device flow refuses Gmail scopes.
    let (status, body) = post_form(
        &format!("{}/device/code", d.base_url()),
        &[
            ("client_id", "desktop.apps.googleusercontent.com"),
            ("scope", GMAIL),
        ],
    )
    .await;
    assert_eq!(status, 400);
    assert_eq!(body["error"], "invalid_scope");
}
