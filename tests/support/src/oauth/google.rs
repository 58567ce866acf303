//! Google OAuth 2.0 endpoints (`oauth2.googleapis.com`, `accounts.google.com`).

use serde_json::json;

use super::authorize::{self, is_loopback_redirect, pkce_matches};
use super::form::basic_auth;
use super::keys::{self, unix};
use super::state::{PendingAuthorization, RegisteredServiceAccount, RtStatus, State, split_scopes};
use super::wire::{Reply, google_error};
use super::{
    AuthorizeRequest, GoogleClient, GoogleClientKind, Provider, RefreshExpiry, Req, dedup_scopes,
};

const JWT_BEARER: &str = "urn:ietf:params:oauth:grant-type:jwt-bearer";
const UNAUTHORIZED_CLIENT: &str = "Client is unauthorized to retrieve access tokens using this method, or client not authorized for any of the scopes requested.";
const SHORT_LIVED: &str = "Invalid JWT: Token must be a short-lived token (60 minutes) and in a reasonable timeframe. Check your iat and exp values in the JWT claim.";
const EXPIRED_OR_REVOKED: &str = "Token has been expired or revoked.";

/// POST `/token`.
pub(crate) fn token(st: &mut State, req: &Req) -> Reply {
    match req.field("grant_type").unwrap_or("") {
        JWT_BEARER => jwt_bearer(st, req),
        "refresh_token" => refresh(st, req),
        "authorization_code" => authorization_code(st, req),
        other => google_error(
            400,
            "unsupported_grant_type",
            &format!("Invalid grant_type: {other}"),
        ),
    }
}

fn sa_may_impersonate(sa: &RegisteredServiceAccount, sub: &str) -> bool {
    let sub = sub.to_ascii_lowercase();
    sa.delegated_users.iter().any(|u| {
        let u = u.to_ascii_lowercase();
        u == sub || (u.starts_with('@') && sub.ends_with(&u))
    })
}

fn jwt_bearer(st: &mut State, req: &Req) -> Reply {
    let Some(assertion) = req.field("assertion") else {
        return google_error(
            400,
            "invalid_request",
            "Missing required parameter: assertion",
        );
    };
    let bad_signature = || google_error(400, "invalid_grant", "Invalid JWT Signature.");
    let Ok((header, unverified)) = keys::peek(assertion) else {
        return bad_signature();
    };
    let iss = unverified["iss"].as_str().unwrap_or_default();
    let Some(sa) = st
        .service_accounts
        .iter()
        .find(|s| s.client_email == iss)
        .cloned()
    else {
        return google_error(
            400,
            "invalid_grant",
            "Invalid JWT: No valid verifier found for issuer.",
        );
    };
    if header.kid.as_deref().is_some_and(|kid| kid != sa.key_id) {
        return bad_signature();
    }
    let Ok((_, claims)) = keys::verify_rs256(assertion, &sa.key) else {
        return bad_signature();
    };
    let base_token = format!("{}/token", st.base_url);
    let audiences = [
        base_token.as_str(),
        "https://oauth2.googleapis.com/token",
        "https://www.googleapis.com/oauth2/v4/token",
        "https://accounts.google.com/o/oauth2/token",
    ];
    if !claims["aud"]
        .as_str()
        .is_some_and(|a| audiences.contains(&a))
    {
        return google_error(400, "invalid_grant", "Invalid JWT: Failed audience check.");
    }
    let now = unix(st.now());
    let (Some(iat), Some(exp)) = (claims["iat"].as_u64(), claims["exp"].as_u64()) else {
        return google_error(400, "invalid_grant", SHORT_LIVED);
    };
    if exp <= iat || exp - iat > 3600 || exp <= now || iat > now + 300 {
        return google_error(400, "invalid_grant", SHORT_LIVED);
    }
    let scopes = split_scopes(claims["scope"].as_str().unwrap_or(""));
    if scopes.is_empty() {
        return google_error(
            400,
            "invalid_scope",
            "Invalid OAuth scope or ID token audience provided.",
        );
    }
    let sub = claims["sub"]
        .as_str()
        .or(claims["prn"].as_str())
        .map(str::to_string);
    let user = match &sub {
        Some(sub) => {
            let scopes_ok = scopes
                .iter()
                .all(|s| sa.delegated_scopes.iter().any(|d| d == s));
            if !sa_may_impersonate(&sa, sub) || !scopes_ok {
                return google_error(401, "unauthorized_client", UNAUTHORIZED_CLIENT);
            }
            sub.clone()
        }
        None => sa.client_email.clone(),
    };
    let lifetime = st.options.access_token_lifetime;
    let access = st.issue_access(
        Some(Provider::Google),
        Some(user),
        Some(sa.client_id.clone()),
        None,
        scopes,
        lifetime,
        None,
    );
    Reply::json_pretty(
        200,
        &json!({
            "access_token": access,
            "expires_in": lifetime.as_secs(),
            "token_type": "Bearer",
        }),
    )
}

/// Client authentication for the code and refresh grants.
fn authenticate(st: &State, req: &Req) -> Result<GoogleClient, Reply> {
    let basic = basic_auth(&req.headers);
    let client_id = req
        .field("client_id")
        .map(str::to_string)
        .or_else(|| basic.as_ref().map(|(u, _)| u.clone()));
    let Some(client_id) = client_id else {
        return Err(google_error(
            400,
            "invalid_request",
            "Could not determine client ID from request.",
        ));
    };
    let Some(client) = st.google_client(&client_id).cloned() else {
        return Err(google_error(
            401,
            "invalid_client",
            "The OAuth client was not found.",
        ));
    };
    let secret = req
        .field("client_secret")
        .map(str::to_string)
        .or(basic.map(|(_, p)| p));
    if let Some(expected) = &client.client_secret {
        match secret {
            None => {
                return Err(google_error(
                    400,
                    "invalid_request",
                    "client_secret is missing.",
                ));
            }
            Some(s) if &s != expected => {
                return Err(google_error(401, "invalid_client", "Unauthorized"));
            }
            Some(_) => {}
        }
    }
    Ok(client)
}

fn testing_remaining(
    st: &State,
    client: &GoogleClient,
    auth_time: std::time::SystemTime,
) -> Option<u64> {
    if !client.testing_mode {
        return None;
    }
    let age = st.now().duration_since(auth_time).unwrap_or_default();
    let remaining = st
        .options
        .google_testing_refresh_token_lifetime
        .saturating_sub(age);
    Some(remaining.as_millis().div_ceil(1000) as u64)
}

fn id_token(st: &mut State, client_id: &str, user: &str) -> String {
    let now = unix(st.now());
    let digest = keys::thumbprint_s256(user.to_ascii_lowercase().as_bytes());
    let sub: String = digest
        .bytes()
        .map(|b| char::from(b'0' + b % 10))
        .take(21)
        .collect();
    let claims = json!({
        "iss": "https://accounts.google.com",
        "azp": client_id,
        "aud": client_id,
        "sub": sub,
        "email": user,
        "email_verified": true,
        "iat": now,
        "exp": now + 3600,
    });
    st.id_token_key().sign(&claims)
}

fn refresh(st: &mut State, req: &Req) -> Reply {
    let client = match authenticate(st, req) {
        Ok(c) => c,
        Err(reply) => return reply,
    };
    let Some(rt) = req.field("refresh_token").map(str::to_string) else {
        return google_error(
            400,
            "invalid_request",
            "Missing required parameter: refresh_token",
        );
    };
    let Some(rec) = st.refresh_tokens.get(&rt).cloned() else {
        return google_error(400, "invalid_grant", "Bad Request");
    };
    if rec.provider != Provider::Google {
        return google_error(400, "invalid_grant", "Bad Request");
    }
    if rec.client_id != client.client_id {
        return google_error(401, "unauthorized_client", "Unauthorized");
    }
    let now = st.now();
    if rec.status == RtStatus::Live
        && rec.google_testing
        && now.duration_since(rec.auth_time).unwrap_or_default()
            >= st.options.google_testing_refresh_token_lifetime
    {
        if let Some(r) = st.refresh_tokens.get_mut(&rt) {
            r.status = RtStatus::Expired(RefreshExpiry::TestingModeExpired);
        }
        return google_error(400, "invalid_grant", EXPIRED_OR_REVOKED);
    }
    if rec.status != RtStatus::Live {
        return google_error(400, "invalid_grant", EXPIRED_OR_REVOKED);
    }
    let scopes = match req.field("scope") {
        Some(scope) => {
            let requested = split_scopes(scope);
            if !requested.iter().all(|s| rec.scopes.contains(s)) {
                return google_error(400, "invalid_scope", "Bad Request");
            }
            requested
        }
        None => rec.scopes.clone(),
    };
    let lifetime = st.options.access_token_lifetime;
    let access = st.issue_access(
        Some(Provider::Google),
        Some(rec.user.clone()),
        Some(client.client_id.clone()),
        None,
        scopes.clone(),
        lifetime,
        Some(rec.grant_id.clone()),
    );
    let mut body = json!({
        "access_token": access,
        "expires_in": lifetime.as_secs(),
        "scope": scopes.join(" "),
        "token_type": "Bearer",
    });
    if let Some(r) = st.refresh_tokens.get_mut(&rt) {
        r.last_used = now;
    }
    if st.options.google_rotate_refresh_tokens {
        if let Some(r) = st.refresh_tokens.get_mut(&rt) {
            r.status = RtStatus::Rotated;
        }
        let new_rt = st.issue_refresh(
            Provider::Google,
            &client.client_id,
            None,
            &rec.user,
            rec.scopes.clone(),
            rec.grant_id.clone(),
            rec.auth_time,
            rec.google_testing,
        );
        body["refresh_token"] = json!(new_rt);
    }
    if let Some(remaining) = testing_remaining(st, &client, rec.auth_time) {
        body["refresh_token_expires_in"] = json!(remaining);
    }
    if scopes.iter().any(|s| s == "openid") {
        body["id_token"] = json!(id_token(st, &client.client_id, &rec.user));
    }
    st.counters.refreshes += 1;
    Reply::json_pretty(200, &body)
}

fn authorization_code(st: &mut State, req: &Req) -> Reply {
    let client = match authenticate(st, req) {
        Ok(c) => c,
        Err(reply) => return reply,
    };
    let Some(code) = req.field("code").map(str::to_string) else {
        return google_error(400, "invalid_request", "Missing required parameter: code");
    };
    let Some(rec) = st.codes.get(&code).cloned() else {
        return google_error(400, "invalid_grant", "Malformed auth code.");
    };
    if rec.provider != Provider::Google {
        return google_error(400, "invalid_grant", "Malformed auth code.");
    }
    if rec.client_id != client.client_id {
        return google_error(400, "invalid_grant", "Unauthorized");
    }
    let now = st.now();
    if rec.redeemed || now > rec.created_at + st.options.authorization_code_lifetime {
        return google_error(400, "invalid_grant", "Bad Request");
    }
    let Some(redirect_uri) = req.field("redirect_uri") else {
        return google_error(400, "invalid_request", "Missing parameter: redirect_uri");
    };
    if redirect_uri != rec.redirect_uri {
        return google_error(400, "redirect_uri_mismatch", "Bad Request");
    }
    if let Some(challenge) = &rec.challenge {
        match req.field("code_verifier") {
            None => return google_error(400, "invalid_grant", "Missing code verifier."),
            Some(v) if !pkce_matches(&rec.challenge_method, challenge, v) => {
                return google_error(400, "invalid_grant", "Invalid code verifier.");
            }
            Some(_) => {}
        }
    }
    if let Some(c) = st.codes.get_mut(&code) {
        c.redeemed = true;
    }
    let scopes = dedup_scopes(rec.scopes.clone());
    let grant_id = uuid::Uuid::new_v4().to_string();
    let lifetime = st.options.access_token_lifetime;
    let access = st.issue_access(
        Some(Provider::Google),
        Some(rec.user.clone()),
        Some(client.client_id.clone()),
        None,
        scopes.clone(),
        lifetime,
        Some(grant_id.clone()),
    );
    let mut body = json!({
        "access_token": access,
        "expires_in": lifetime.as_secs(),
        "scope": scopes.join(" "),
        "token_type": "Bearer",
    });
    if rec.offline {
        let rt = st.issue_refresh(
            Provider::Google,
            &client.client_id,
            None,
            &rec.user,
            scopes.clone(),
            grant_id,
            now,
            client.testing_mode,
        );
        body["refresh_token"] = json!(rt);
        if let Some(remaining) = testing_remaining(st, &client, now) {
            body["refresh_token_expires_in"] = json!(remaining);
        }
    }
    if scopes.iter().any(|s| s == "openid") {
        body["id_token"] = json!(id_token(st, &client.client_id, &rec.user));
    }
    Reply::json_pretty(200, &body)
}

/// GET `/o/oauth2/v2/auth`.
pub(crate) fn authorize(st: &mut State, req: &Req) -> Reply {
    let q = |name: &str| req.q(name).map(str::to_string);
    st.authorize_requests.push(AuthorizeRequest {
        provider: Provider::Google,
        tenant: None,
        client_id: q("client_id").unwrap_or_default(),
        redirect_uri: q("redirect_uri").unwrap_or_default(),
        scope: q("scope").unwrap_or_default(),
        state: q("state"),
        code_challenge: q("code_challenge"),
        code_challenge_method: q("code_challenge_method"),
        login_hint: q("login_hint"),
        query: req.query.clone(),
    });
    let page = |status: u16, error: &str, text: &str| {
        Reply::html(status, &format!("Error {status}: {error}"), text)
    };
    let Some(client_id) = q("client_id") else {
        return page(
            400,
            "invalid_request",
            "Missing required parameter: client_id",
        );
    };
    let Some(client) = st.google_client(&client_id).cloned() else {
        return page(401, "invalid_client", "The OAuth client was not found.");
    };
    let Some(redirect_uri) = q("redirect_uri") else {
        return page(
            400,
            "invalid_request",
            "Missing required parameter: redirect_uri",
        );
    };
    let allowed = match client.kind {
        GoogleClientKind::Desktop => is_loopback_redirect(&redirect_uri),
        GoogleClientKind::Web => client.redirect_uris.iter().any(|r| r == &redirect_uri),
    };
    if !allowed {
        return page(
            400,
            "redirect_uri_mismatch",
            "You can't sign in to this app because it doesn't comply with Google's OAuth 2.0 policy.",
        );
    }
    if q("response_type").as_deref() != Some("code") {
        return page(400, "unsupported_response_type", "Invalid response_type.");
    }
    let Some(scope) = q("scope") else {
        return page(400, "invalid_request", "Missing required parameter: scope");
    };
    let challenge = q("code_challenge");
    let method = q("code_challenge_method").unwrap_or_else(|| "plain".to_string());
    if challenge.is_some() && method != "S256" && method != "plain" {
        return page(
            400,
            "invalid_request",
            "Invalid code_challenge_method value.",
        );
    }
    let offline =
        client.kind == GoogleClientKind::Desktop || q("access_type").as_deref() == Some("offline");
    let pending = PendingAuthorization {
        provider: Provider::Google,
        key: uuid::Uuid::new_v4().to_string(),
        tenant: None,
        client_id,
        redirect_uri,
        state: q("state"),
        scopes: split_scopes(&scope),
        challenge,
        challenge_method: method,
        offline,
    };
    authorize::proceed(st, pending, req)
}

/// POST `/revoke` (`token` in the body or the query).
pub(crate) fn revoke(st: &mut State, req: &Req) -> Reply {
    let Some(token) = req.field("token").or(req.q("token")).map(str::to_string) else {
        return google_error(400, "invalid_request", "Missing required parameter: token");
    };
    let grant = if let Some(rt) = st.refresh_tokens.get(&token) {
        Some(rt.grant_id.clone())
    } else if let Some(at) = st.access_tokens.get_mut(&token) {
        at.revoked = true;
        at.grant_id.clone().or(Some(String::new()))
    } else {
        None
    };
    match grant {
        Some(grant_id) => {
            if !grant_id.is_empty() {
                st.revoke_grant(&grant_id);
            }
            Reply::json_pretty(200, &json!({}))
        }
        None => google_error(400, "invalid_token", "Token expired or revoked"),
    }
}

/// POST `/device/code`: Google's limited-input device flow does not allow
/// Gmail scopes, so the double refuses every request the way Google refuses
/// `https://mail.google.com/`.
pub(crate) fn device_code(st: &mut State, req: &Req) -> Reply {
    let client_known = req
        .field("client_id")
        .is_some_and(|id| st.google_client(id).is_some());
    if !client_known {
        return google_error(401, "invalid_client", "The OAuth client was not found.");
    }
    Reply::json_pretty(400, &json!({ "error": "invalid_scope" }))
}
