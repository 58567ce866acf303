//! Entra ID (Microsoft identity platform v2) endpoints.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use serde_json::{Value, json};

use super::authorize::{self, is_loopback_redirect, pkce_matches, strip_loopback_port};
use super::form::append_query;
use super::keys::{self, JwtError, unix};
use super::state::{
    DeviceRecord, PendingAuthorization, RegisteredMsClient, RtStatus, State, is_multi_tenant_alias,
    random_alnum, random_upper, split_scopes,
};
use super::wire::{MsTrace, Reply, ms_error};
use super::{
    AuthorizeRequest, DeviceCodeInfo, DeviceStatus, Provider, RefreshExpiry, Req, dedup_scopes,
    is_oidc_scope,
};

const DEVICE_GRANT: &str = "urn:ietf:params:oauth:grant-type:device_code";
const JWT_BEARER_ASSERTION: &str = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";
const CERT_DOC: &str = "Review the documentation at https://docs.microsoft.com/en-us/azure/active-directory/develop/active-directory-certificate-credentials .";

/// How the client authenticated on the token endpoint.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum ClientAuth {
    Public,
    Secret,
    Certificate,
}

fn chrono_utc(t: SystemTime) -> chrono::DateTime<chrono::Utc> {
    let d = t.duration_since(UNIX_EPOCH).unwrap_or_default();
    chrono::DateTime::from_timestamp(d.as_secs() as i64, d.subsec_nanos()).unwrap_or_default()
}

/// `2026-01-02 03:04:05Z`, Entra's `timestamp` format.
fn fmt_timestamp(t: SystemTime) -> String {
    chrono_utc(t).format("%Y-%m-%d %H:%M:%SZ").to_string()
}

/// `2026-01-02T03:04:05.1234567Z`, as in Entra's "issued on" texts.
fn fmt_iso7(t: SystemTime) -> String {
    let utc = chrono_utc(t);
    format!(
        "{}.{:07}Z",
        utc.format("%Y-%m-%dT%H:%M:%S"),
        chrono::Timelike::nanosecond(&utc) / 100
    )
}

/// .NET `TimeSpan` style `d.hh:mm:ss` (e.g. `90.00:00:00`).
fn fmt_timespan(d: Duration) -> String {
    let s = d.as_secs();
    format!(
        "{}.{:02}:{:02}:{:02}",
        s / 86400,
        (s / 3600) % 24,
        (s / 60) % 60,
        s % 60
    )
}

fn trace(st: &State, req: &Req) -> MsTrace {
    let correlation_id = req
        .headers
        .get("client-request-id")
        .and_then(|v| v.to_str().ok())
        .map(str::to_string)
        .unwrap_or_else(|| uuid::Uuid::new_v4().to_string());
    MsTrace {
        trace_id: uuid::Uuid::new_v4().to_string(),
        correlation_id,
        timestamp: fmt_timestamp(st.now()),
    }
}

fn missing(t: &MsTrace, name: &str) -> Reply {
    ms_error(
        t,
        400,
        "invalid_request",
        900144,
        &format!("The request body must contain the following parameter: '{name}'."),
        None,
    )
}

fn tenant_not_found(t: &MsTrace, tenant: &str) -> Reply {
    ms_error(
        t,
        400,
        "invalid_request",
        90002,
        &format!(
            "Tenant '{tenant}' not found. Check to make sure you have the correct tenant ID and are signing into the correct cloud. Check with your subscription administrator, this may happen if there are no active subscriptions for the tenant."
        ),
        None,
    )
}

fn app_not_found(t: &MsTrace, client_id: &str, tenant: &str) -> Reply {
    ms_error(
        t,
        400,
        "unauthorized_client",
        700016,
        &format!(
            "Application with identifier '{client_id}' was not found in the directory '{tenant}'. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant. You may have sent your authentication request to the wrong tenant."
        ),
        None,
    )
}

const SINGLE_TENANT_ON_COMMON: &str = "is not configured as a multi-tenant application. Usage of the /common endpoint is not supported for such applications created after '10/15/2018'. Use a tenant-specific endpoint or configure the application to be multi-tenant.";

/// `AADSTS50194` when a single-tenant app is used through `common` / `organizations`.
fn single_tenant_check(
    t: &MsTrace,
    tenant: &str,
    client: &RegisteredMsClient,
) -> Result<(), Reply> {
    if is_multi_tenant_alias(tenant) && !client.client.multi_tenant {
        return Err(ms_error(
            t,
            400,
            "invalid_request",
            50194,
            &format!(
                "Application '{}'({}) {SINGLE_TENANT_ON_COMMON}",
                client.client.client_id, client.client.display_name
            ),
            None,
        ));
    }
    Ok(())
}

fn credential_required(t: &MsTrace) -> Reply {
    ms_error(
        t,
        401,
        "invalid_client",
        7000218,
        "The request body must contain the following parameter: 'client_assertion' or 'client_secret'.",
        None,
    )
}

fn invalid_grant(t: &MsTrace, code: u32, message: &str) -> Reply {
    ms_error(t, 400, "invalid_grant", code, message, None)
}

fn invalid_scope_message(scope: &str) -> String {
    format!(
        "The provided value for the input parameter 'scope' is not valid. The scope '{scope}' does not exist."
    )
}

/// Application-only permissions (`SMTP.SendAsApp`, `IMAP.AccessAsApp`, …)
/// are not delegated scopes: asking for one gives `invalid_scope`.
fn is_app_only_scope(scope: &str) -> bool {
    scope
        .rsplit('/')
        .next()
        .is_some_and(|name| name.ends_with("AsApp"))
}

/// Exchange Online answers to both host names.
fn normalize_resource(resource: &str) -> String {
    resource
        .trim_end_matches('/')
        .replace("://outlook.office.com", "://outlook.office365.com")
        .to_ascii_lowercase()
}

fn check_consent(t: &MsTrace, client: &RegisteredMsClient, scopes: &[String]) -> Result<(), Reply> {
    let Some(consented) = &client.client.consented_scopes else {
        return Ok(());
    };
    let missing = scopes.iter().any(|s| {
        !is_oidc_scope(s)
            && !s.ends_with("/.default")
            && !consented.iter().any(|c| c.eq_ignore_ascii_case(s))
    });
    if missing {
        return Err(ms_error(
            t,
            400,
            "invalid_grant",
            65001,
            &format!(
                "The user or administrator has not consented to use the application with ID '{}' named '{}'. Send an interactive authorization request for this user and resource.",
                client.client.client_id, client.client.display_name
            ),
            Some("consent_required"),
        ));
    }
    Ok(())
}

/// POST `/{tenant}/oauth2/v2.0/token`.
pub(crate) fn token(st: &mut State, tenant: &str, req: &Req) -> Reply {
    let t = trace(st, req);
    let Some(grant) = req.field("grant_type").map(str::to_string) else {
        return missing(&t, "grant_type");
    };
    if !st.ms_tenant_known(tenant) {
        return tenant_not_found(&t, tenant);
    }
    let basic = super::form::basic_auth(&req.headers);
    let client_id = req
        .field("client_id")
        .map(str::to_string)
        .or_else(|| basic.as_ref().map(|(u, _)| u.clone()))
        .or_else(|| {
            req.field("client_assertion")
                .and_then(|a| keys::peek(a).ok())
                .and_then(|(_, c)| c["iss"].as_str().map(str::to_string))
        });
    let Some(client_id) = client_id else {
        return missing(&t, "client_id");
    };
    let Some(client) = st.ms_client(tenant, &client_id).cloned() else {
        return app_not_found(&t, &client_id, tenant);
    };
    if let Err(reply) = single_tenant_check(&t, tenant, &client) {
        return reply;
    }
    if grant == "client_credentials" && is_multi_tenant_alias(tenant) {
        return ms_error(
            &t,
            400,
            "invalid_request",
            50059,
            "No tenant-identifying information found in either the request or implied by any provided credentials.",
            None,
        );
    }
    let auth = match authenticate(st, &t, tenant, &client, req, basic) {
        Ok(a) => a,
        Err(reply) => return reply,
    };
    match grant.as_str() {
        "client_credentials" => client_credentials(st, &t, &client, auth, req),
        "refresh_token" => refresh(st, &t, &client, auth, req),
        DEVICE_GRANT => device_poll(st, &t, &client, auth, req),
        "authorization_code" => authorization_code(st, &t, &client, auth, req),
        other => ms_error(
            &t,
            400,
            "unsupported_grant_type",
            70003,
            &format!("The app requested an unsupported grant type '{other}'."),
            None,
        ),
    }
}

fn authenticate(
    st: &State,
    t: &MsTrace,
    tenant: &str,
    client: &RegisteredMsClient,
    req: &Req,
    basic: Option<(String, String)>,
) -> Result<ClientAuth, Reply> {
    if let Some(assertion) = req.field("client_assertion") {
        if req.field("client_assertion_type") != Some(JWT_BEARER_ASSERTION) {
            return Err(ms_error(
                t,
                400,
                "invalid_request",
                90014,
                "The required field 'client_assertion_type' is missing from the credential. Ensure that you have all the necessary parameters for the login request.",
                None,
            ));
        }
        verify_assertion(st, t, tenant, client, assertion)?;
        return Ok(ClientAuth::Certificate);
    }
    let secret = req
        .field("client_secret")
        .map(str::to_string)
        .or(basic.map(|(_, p)| p));
    match secret {
        Some(secret) if client.client.client_secret.as_deref() == Some(secret.as_str()) => {
            Ok(ClientAuth::Secret)
        }
        Some(_) => Err(ms_error(
            t,
            401,
            "invalid_client",
            7000215,
            &format!(
                "Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app '{}'.",
                client.client.client_id
            ),
            None,
        )),
        None => Ok(ClientAuth::Public),
    }
}

fn verify_assertion(
    st: &State,
    t: &MsTrace,
    tenant: &str,
    client: &RegisteredMsClient,
    assertion: &str,
) -> Result<(), Reply> {
    let client_id = &client.client.client_id;
    let malformed = || {
        ms_error(
            t,
            401,
            "invalid_client",
            50027,
            "JWT token is invalid or malformed.",
            None,
        )
    };
    let (header, _) = keys::peek(assertion).map_err(|_| malformed())?;
    let thumbprint = header.x5t_s256.clone().unwrap_or_default();
    let key_not_found = |reason: &str| {
        ms_error(
            t,
            401,
            "invalid_client",
            700027,
            &format!(
                "Client assertion contains an invalid signature. [Reason - {reason}, Thumbprint of key used by client: '{thumbprint}', Please visit the Azure Portal, Graph Explorer or directly use MS Graph to see configured keys for app Id '{client_id}'. Review the documentation at https://docs.microsoft.com/en-us/graph/deployguidance/certificate-credentials-for-application-authentication to learn how to register keys.]"
            ),
            None,
        )
    };
    let Some(key) = client.certificates.iter().find(|k| {
        !thumbprint.is_empty() && k.thumbprint_s256.as_deref() == Some(thumbprint.as_str())
    }) else {
        return Err(key_not_found("The key was not found."));
    };
    let claims = match keys::verify_rs256(assertion, key) {
        Ok((_, claims)) => claims,
        Err(JwtError::Signature) => {
            return Err(key_not_found(
                "The provided signature value did not match the expected signature value.",
            ));
        }
        Err(JwtError::Algorithm) => {
            return Err(ms_error(
                t,
                401,
                "invalid_client",
                5002730,
                "Invalid JWT token. Unsupported key for the signing algorithm.",
                None,
            ));
        }
        Err(JwtError::Malformed) => return Err(malformed()),
    };
    // aud: the token endpoint the assertion is sent to.
    let mut audiences = vec![format!("{}/{tenant}/oauth2/v2.0/token", st.base_url)];
    audiences.push(format!(
        "{}/{}/oauth2/v2.0/token",
        st.base_url, client.client.tenant
    ));
    let aud_ok = match &claims["aud"] {
        Value::String(a) => audiences.iter().any(|x| x == a),
        Value::Array(list) => list
            .iter()
            .filter_map(Value::as_str)
            .any(|a| audiences.iter().any(|x| x == a)),
        _ => false,
    };
    if !aud_ok {
        return Err(ms_error(
            t,
            401,
            "invalid_client",
            700023,
            &format!("Client assertion audience claim does not match Realm issuer. {CERT_DOC}"),
            None,
        ));
    }
    if claims["iss"].as_str() != Some(client_id) || claims["sub"].as_str() != Some(client_id) {
        return Err(ms_error(
            t,
            401,
            "invalid_client",
            700021,
            &format!(
                "Client assertion application identifier doesn't match 'client_id' parameter. {CERT_DOC}"
            ),
            None,
        ));
    }
    let now = unix(st.now());
    let exp = claims["exp"].as_u64();
    let nbf = claims["nbf"].as_u64();
    let in_range = exp.is_some_and(|e| now < e) && nbf.is_none_or(|n| n <= now + 300);
    if !in_range {
        let show = |v: Option<u64>| {
            v.map(|s| fmt_iso7(UNIX_EPOCH + Duration::from_secs(s)))
                .unwrap_or_else(|| "(none)".to_string())
        };
        return Err(ms_error(
            t,
            401,
            "invalid_client",
            700024,
            &format!(
                "Client assertion is not within its valid time range. Current time: {}, assertion valid from {}, expiry time of assertion {}. {CERT_DOC}",
                fmt_iso7(st.now()),
                show(nbf),
                show(exp)
            ),
            None,
        ));
    }
    Ok(())
}

fn token_lifetime_secs(st: &State) -> u64 {
    st.options.access_token_lifetime.as_secs()
}

fn client_credentials(
    st: &mut State,
    t: &MsTrace,
    client: &RegisteredMsClient,
    auth: ClientAuth,
    req: &Req,
) -> Reply {
    if auth == ClientAuth::Public {
        return ms_error(
            t,
            401,
            "invalid_client",
            7000216,
            "'client_assertion', 'client_secret' or 'request' is required for the 'client_credentials' grant type.",
            None,
        );
    }
    let Some(scope) = req.field("scope") else {
        return missing(t, "scope");
    };
    let scopes = split_scopes(scope);
    let resource = match scopes.as_slice() {
        [only] if only.ends_with("/.default") => only.trim_end_matches("/.default").to_string(),
        _ => {
            return ms_error(
                t,
                400,
                "invalid_scope",
                1002012,
                &format!(
                    "The provided value for scope {scope} is not valid. Client credential flows must have a scope value with /.default suffixed to the resource identifier (application ID URI)."
                ),
                None,
            );
        }
    };
    let wanted = normalize_resource(&resource);
    let roles: Vec<String> = client
        .client
        .application_permissions
        .iter()
        .filter(|p| {
            p.rsplit_once('/')
                .is_some_and(|(res, _)| normalize_resource(res) == wanted)
        })
        .cloned()
        .collect();
    let lifetime = st.options.access_token_lifetime;
    let access = st.issue_access(
        Some(Provider::Microsoft),
        None,
        Some(client.client.client_id.clone()),
        Some(client.client.tenant.clone()),
        roles,
        lifetime,
        None,
    );
    let secs = token_lifetime_secs(st);
    Reply::json(
        200,
        &json!({
            "token_type": "Bearer",
            "expires_in": secs,
            "ext_expires_in": secs,
            "access_token": access,
        }),
    )
}

/// Issues the tokens of a delegated flow. `scopes` is the full requested
/// list (OIDC markers included); a refresh token comes with `offline_access`
/// or when `force_refresh` (refresh grant: Entra always rotates).
#[allow(clippy::too_many_arguments)]
fn issue_delegated(
    st: &mut State,
    client: &RegisteredMsClient,
    user: &str,
    scopes: Vec<String>,
    grant_id: Option<String>,
    auth_time: SystemTime,
    force_refresh: bool,
    nonce: Option<String>,
) -> Reply {
    let scopes = dedup_scopes(scopes);
    let resource_scopes: Vec<String> = scopes
        .iter()
        .filter(|s| !is_oidc_scope(s))
        .cloned()
        .collect();
    let reported: Vec<String> = scopes
        .iter()
        .filter(|s| s.as_str() != "offline_access")
        .cloned()
        .collect();
    let grant_id = grant_id.unwrap_or_else(|| uuid::Uuid::new_v4().to_string());
    let lifetime = st.options.access_token_lifetime;
    let tenant = client.client.tenant.clone();
    let access = st.issue_access(
        Some(Provider::Microsoft),
        Some(user.to_string()),
        Some(client.client.client_id.clone()),
        Some(tenant.clone()),
        resource_scopes,
        lifetime,
        Some(grant_id.clone()),
    );
    let secs = token_lifetime_secs(st);
    let mut body = json!({
        "token_type": "Bearer",
        "scope": reported.join(" "),
        "expires_in": secs,
        "ext_expires_in": secs,
        "access_token": access,
    });
    if force_refresh || scopes.iter().any(|s| s == "offline_access") {
        let rt = st.issue_refresh(
            Provider::Microsoft,
            &client.client.client_id,
            Some(tenant.clone()),
            user,
            scopes.clone(),
            grant_id,
            auth_time,
            false,
        );
        body["refresh_token"] = json!(rt);
    }
    if scopes.iter().any(|s| s == "openid") {
        body["id_token"] = json!(id_token(st, client, user, &scopes, nonce));
    }
    Reply::json(200, &body)
}

fn id_token(
    st: &mut State,
    client: &RegisteredMsClient,
    user: &str,
    scopes: &[String],
    nonce: Option<String>,
) -> String {
    let now = unix(st.now());
    let tenant = client.client.tenant.clone();
    let digest = <sha2::Sha256 as sha2::Digest>::digest(user.to_ascii_lowercase().as_bytes());
    let mut oid_bytes = [0u8; 16];
    oid_bytes.copy_from_slice(&digest[..16]);
    let oid = uuid::Builder::from_random_bytes(oid_bytes)
        .into_uuid()
        .to_string();
    let mut claims = json!({
        "aud": client.client.client_id,
        "iss": format!("{}/{tenant}/v2.0", st.base_url),
        "iat": now,
        "nbf": now,
        "exp": now + 3600,
        "name": user,
        "oid": oid,
        "preferred_username": user,
        "sub": keys::thumbprint_s256(format!("{}:{user}", client.client.client_id).as_bytes()),
        "tid": tenant,
        "ver": "2.0",
    });
    if scopes.iter().any(|s| s == "email") {
        claims["email"] = json!(user);
    }
    if let Some(nonce) = nonce {
        claims["nonce"] = json!(nonce);
    }
    st.id_token_key().sign(&claims)
}

fn refresh(
    st: &mut State,
    t: &MsTrace,
    client: &RegisteredMsClient,
    auth: ClientAuth,
    req: &Req,
) -> Reply {
    let Some(rt) = req.field("refresh_token").map(str::to_string) else {
        return missing(t, "refresh_token");
    };
    if auth == ClientAuth::Public && !client.client.public_client {
        return credential_required(t);
    }
    let not_valid = || {
        invalid_grant(
            t,
            70000,
            "The provided value for the 'refresh_token' is not valid.",
        )
    };
    let Some(rec) = st.refresh_tokens.get(&rt).cloned() else {
        return invalid_grant(
            t,
            9002313,
            "Invalid request. Request is malformed or invalid.",
        );
    };
    if rec.provider != Provider::Microsoft
        || rec.client_id != client.client.client_id
        || rec.tenant.as_deref() != Some(client.client.tenant.as_str())
    {
        return not_valid();
    }
    let now = st.now();
    let mut status = rec.status.clone();
    if status == RtStatus::Live {
        if now.duration_since(rec.last_used).unwrap_or_default()
            > st.options.ms_refresh_token_inactivity
        {
            status = RtStatus::Expired(RefreshExpiry::Inactivity);
        } else if let Some(freq) = st.options.ms_sign_in_frequency
            && now.duration_since(rec.auth_time).unwrap_or_default() > freq
        {
            status = RtStatus::Expired(RefreshExpiry::SignInFrequency);
        }
        if let Some(r) = st.refresh_tokens.get_mut(&rt) {
            r.status = status.clone();
        }
    }
    match status {
        RtStatus::Live => {}
        RtStatus::Rotated => return not_valid(),
        RtStatus::Expired(RefreshExpiry::Inactivity | RefreshExpiry::TestingModeExpired) => {
            return invalid_grant(
                t,
                700082,
                &format!(
                    "The refresh token has expired due to inactivity. The token was issued on {} and was inactive for {}.",
                    fmt_iso7(rec.issued_at),
                    fmt_timespan(st.options.ms_refresh_token_inactivity)
                ),
            );
        }
        RtStatus::Expired(RefreshExpiry::SignInFrequency) => {
            let lifetime = st
                .options
                .ms_sign_in_frequency
                .unwrap_or_else(|| now.duration_since(rec.auth_time).unwrap_or_default());
            return invalid_grant(
                t,
                70043,
                &format!(
                    "The refresh token has expired or is invalid due to sign-in frequency checks by conditional access. The token was issued on {} and the maximum allowed lifetime for this request is {}.",
                    fmt_iso7(rec.auth_time),
                    lifetime.as_secs()
                ),
            );
        }
        RtStatus::Expired(RefreshExpiry::Revoked) => {
            return invalid_grant(
                t,
                50173,
                &format!(
                    "The provided grant has expired due to it being revoked, a fresh auth token is needed. The user might have changed or reset their password. The grant was issued on '{}' and the TokensValidFrom date (before which tokens are not valid) for this user is '{}'.",
                    fmt_iso7(rec.auth_time),
                    fmt_iso7(now)
                ),
            );
        }
    }
    let scopes = match req.field("scope") {
        Some(scope) => {
            let requested = split_scopes(scope);
            if let Some(bad) = requested.iter().find(|s| is_app_only_scope(s)) {
                return ms_error(
                    t,
                    400,
                    "invalid_scope",
                    70011,
                    &invalid_scope_message(bad),
                    None,
                );
            }
            requested
        }
        None => rec.scopes.clone(),
    };
    if let Err(reply) = check_consent(t, client, &scopes) {
        return reply;
    }
    if let Some(r) = st.refresh_tokens.get_mut(&rt) {
        r.last_used = now;
        if st.options.ms_invalidate_rotated_refresh_tokens {
            r.status = RtStatus::Rotated;
        }
    }
    st.counters.refreshes += 1;
    issue_delegated(
        st,
        client,
        &rec.user,
        scopes,
        Some(rec.grant_id.clone()),
        rec.auth_time,
        true,
        None,
    )
}

fn device_poll(
    st: &mut State,
    t: &MsTrace,
    client: &RegisteredMsClient,
    auth: ClientAuth,
    req: &Req,
) -> Reply {
    if auth == ClientAuth::Public && !client.client.public_client {
        return credential_required(t);
    }
    let Some(device_code) = req.field("device_code") else {
        return missing(t, "device_code");
    };
    let now = st.now();
    let enforce = st.options.enforce_device_poll_interval;
    let Some(d) = st
        .devices
        .iter_mut()
        .find(|d| d.device_code == device_code && d.client_id == client.client.client_id)
    else {
        return ms_error(
            t,
            400,
            "bad_verification_code",
            70018,
            "The device_code sent to the /token endpoint wasn't recognized.",
            None,
        );
    };
    d.polls += 1;
    if d.status == DeviceStatus::Redeemed {
        return invalid_grant(
            t,
            70000,
            "The provided value for the input parameter 'device_code' has already been used.",
        );
    }
    if d.status == DeviceStatus::Expired || now >= d.expires_at {
        d.status = DeviceStatus::Expired;
        return ms_error(
            t,
            400,
            "expired_token",
            70019,
            "Verification code expired.",
            None,
        );
    }
    if d.status == DeviceStatus::Declined {
        return ms_error(
            t,
            400,
            "authorization_declined",
            65004,
            "User declined to consent to access the app.",
            None,
        );
    }
    let slow_down = || {
        ms_error(
            t,
            400,
            "slow_down",
            70016,
            "OAuth 2.0 device flow error. The client is polling too frequently and must slow down.",
            None,
        )
    };
    if d.queued_slow_downs > 0 {
        d.queued_slow_downs -= 1;
        d.last_poll = Some(now);
        return slow_down();
    }
    // RFC 8628 §3.5: the client waits `interval` between polls, the first one included.
    if enforce && now < d.last_poll.unwrap_or(d.issued_at) + d.interval {
        d.interval += Duration::from_secs(5);
        d.last_poll = Some(now);
        return slow_down();
    }
    d.last_poll = Some(now);
    let user = match &d.status {
        DeviceStatus::Approved(user) => user.clone(),
        _ => {
            return ms_error(
                t,
                400,
                "authorization_pending",
                70016,
                "OAuth 2.0 device flow error. Authorization is pending. Continue polling.",
                None,
            );
        }
    };
    let scopes = d.scopes.clone();
    if let Err(reply) = check_consent(t, client, &scopes) {
        return reply;
    }
    d.status = DeviceStatus::Redeemed;
    issue_delegated(st, client, &user, scopes, None, now, false, None)
}

fn authorization_code(
    st: &mut State,
    t: &MsTrace,
    client: &RegisteredMsClient,
    auth: ClientAuth,
    req: &Req,
) -> Reply {
    let Some(code) = req.field("code").map(str::to_string) else {
        return missing(t, "code");
    };
    if auth == ClientAuth::Public && !client.client.public_client {
        return credential_required(t);
    }
    let not_valid = || {
        invalid_grant(
            t,
            70000,
            "The provided value for the 'code' parameter is not valid.",
        )
    };
    let Some(rec) = st.codes.get(&code).cloned() else {
        return not_valid();
    };
    if rec.provider != Provider::Microsoft
        || rec.client_id != client.client.client_id
        || rec.tenant.as_deref() != Some(client.client.tenant.as_str())
    {
        return not_valid();
    }
    if rec.redeemed {
        return invalid_grant(
            t,
            54005,
            "OAuth2 Authorization code was already redeemed, please retry with a new valid code or use an existing refresh token.",
        );
    }
    let now = st.now();
    if now > rec.created_at + st.options.authorization_code_lifetime {
        return invalid_grant(
            t,
            70008,
            "The provided authorization code or refresh token has expired due to inactivity. Send a new interactive authorization request for this user and resource.",
        );
    }
    let Some(redirect_uri) = req.field("redirect_uri") else {
        return missing(t, "redirect_uri");
    };
    if redirect_uri != rec.redirect_uri {
        return invalid_grant(
            t,
            500112,
            &format!(
                "The reply address '{redirect_uri}' does not match the reply address '{}' provided when requesting Authorization code.",
                rec.redirect_uri
            ),
        );
    }
    if let Some(challenge) = &rec.challenge {
        let ok = req
            .field("code_verifier")
            .is_some_and(|v| pkce_matches(&rec.challenge_method, challenge, v));
        if !ok {
            return invalid_grant(
                t,
                501481,
                "The Code_Verifier does not match the code_challenge supplied in the authorization request.",
            );
        }
    }
    if let Err(reply) = check_consent(t, client, &rec.scopes) {
        return reply;
    }
    if let Some(c) = st.codes.get_mut(&code) {
        c.redeemed = true;
    }
    issue_delegated(
        st,
        client,
        &rec.user,
        rec.scopes.clone(),
        None,
        now,
        false,
        None,
    )
}

/// POST `/{tenant}/oauth2/v2.0/devicecode`.
pub(crate) fn devicecode(st: &mut State, tenant: &str, req: &Req) -> Reply {
    let t = trace(st, req);
    let Some(client_id) = req.field("client_id").map(str::to_string) else {
        return missing(&t, "client_id");
    };
    if !st.ms_tenant_known(tenant) {
        return tenant_not_found(&t, tenant);
    }
    let Some(client) = st.ms_client(tenant, &client_id).cloned() else {
        return app_not_found(&t, &client_id, tenant);
    };
    if let Err(reply) = single_tenant_check(&t, tenant, &client) {
        return reply;
    }
    let Some(scope) = req.field("scope") else {
        return missing(&t, "scope");
    };
    let scopes = split_scopes(scope);
    if let Some(bad) = scopes.iter().find(|s| is_app_only_scope(s)) {
        return ms_error(
            &t,
            400,
            "invalid_scope",
            70011,
            &invalid_scope_message(bad),
            None,
        );
    }
    let now = st.now();
    let user_code = random_upper(9);
    let device_code = format!("DAQABIQEAAAD{}", random_alnum(100));
    let interval = st.options.device_code_interval_secs;
    let lifetime = st.options.device_code_lifetime;
    st.devices.push(DeviceRecord {
        device_code: device_code.clone(),
        user_code: user_code.clone(),
        tenant: client.client.tenant.clone(),
        client_id,
        scopes,
        expires_at: now + lifetime,
        status: DeviceStatus::Pending,
        last_poll: None,
        issued_at: now,
        interval: Duration::from_secs(interval),
        queued_slow_downs: 0,
        polls: 0,
    });
    let uri = st.options.device_verification_uri.clone();
    Reply::json(
        200,
        &json!({
            "user_code": user_code,
            "device_code": device_code,
            "verification_uri": uri,
            "expires_in": lifetime.as_secs(),
            "interval": interval,
            "message": format!("To sign in, use a web browser to open the page {uri} and enter the code {user_code} to authenticate."),
        }),
    )
}

pub(crate) fn device_info(d: &DeviceRecord) -> DeviceCodeInfo {
    DeviceCodeInfo {
        user_code: d.user_code.clone(),
        device_code: d.device_code.clone(),
        tenant: d.tenant.clone(),
        client_id: d.client_id.clone(),
        scopes: d.scopes.clone(),
        status: d.status.clone(),
        polls: d.polls,
    }
}

fn redirect_allowed(client: &RegisteredMsClient, uri: &str) -> bool {
    let registered = &client.client.redirect_uris;
    if registered.is_empty() {
        return true;
    }
    registered.iter().any(|r| {
        r == uri
            || (is_loopback_redirect(r)
                && is_loopback_redirect(uri)
                && strip_loopback_port(r) == strip_loopback_port(uri))
    })
}

/// GET `/{tenant}/oauth2/v2.0/authorize`.
pub(crate) fn authorize(st: &mut State, tenant: &str, req: &Req) -> Reply {
    let t = trace(st, req);
    let q = |name: &str| req.q(name).map(str::to_string);
    st.authorize_requests.push(AuthorizeRequest {
        provider: Provider::Microsoft,
        tenant: Some(tenant.to_string()),
        client_id: q("client_id").unwrap_or_default(),
        redirect_uri: q("redirect_uri").unwrap_or_default(),
        scope: q("scope").unwrap_or_default(),
        state: q("state"),
        code_challenge: q("code_challenge"),
        code_challenge_method: q("code_challenge_method"),
        login_hint: q("login_hint"),
        query: req.query.clone(),
    });
    let page = |code: u32, message: String| {
        Reply::html(
            400,
            "Sign in to your account",
            &format!(
                "AADSTS{code}: {message} Trace ID: {} Correlation ID: {} Timestamp: {}",
                t.trace_id, t.correlation_id, t.timestamp
            ),
        )
    };
    let Some(client_id) = q("client_id") else {
        return page(
            900144,
            "The request body must contain the following parameter: 'client_id'.".to_string(),
        );
    };
    if !st.ms_tenant_known(tenant) {
        return page(
            90002,
            format!(
                "Tenant '{tenant}' not found. Check to make sure you have the correct tenant ID and are signing into the correct cloud."
            ),
        );
    }
    let Some(client) = st.ms_client(tenant, &client_id).cloned() else {
        return page(
            700016,
            format!(
                "Application with identifier '{client_id}' was not found in the directory '{tenant}'."
            ),
        );
    };
    if is_multi_tenant_alias(tenant) && !client.client.multi_tenant {
        return page(
            50194,
            format!(
                "Application '{client_id}'({}) {SINGLE_TENANT_ON_COMMON}",
                client.client.display_name
            ),
        );
    }
    let Some(redirect_uri) = q("redirect_uri") else {
        return page(
            900144,
            "The request body must contain the following parameter: 'redirect_uri'.".to_string(),
        );
    };
    if !redirect_allowed(&client, &redirect_uri) {
        return page(
            50011,
            format!(
                "The redirect URI '{redirect_uri}' specified in the request does not match the redirect URIs configured for the application '{client_id}'. Make sure the redirect URI sent in the request matches one added to your application in the Azure portal. Navigate to https://aka.ms/redirectUriMismatchError to learn more about how to fix this."
            ),
        );
    }
    let state = q("state");
    let error_redirect = |error: &str, code: u32, message: &str| {
        let description = format!(
            "AADSTS{code}: {message} Trace ID: {} Correlation ID: {} Timestamp: {}",
            t.trace_id, t.correlation_id, t.timestamp
        );
        let mut pairs = vec![
            ("error", error),
            ("error_description", description.as_str()),
        ];
        if let Some(s) = &state {
            pairs.push(("state", s));
        }
        Reply::redirect(append_query(&redirect_uri, &pairs))
    };
    if q("response_type").as_deref() != Some("code") {
        return error_redirect(
            "unsupported_response_type",
            900144,
            "The request body must contain the following parameter: 'response_type'.",
        );
    }
    let Some(scope) = q("scope") else {
        return error_redirect(
            "invalid_request",
            900144,
            "The request body must contain the following parameter: 'scope'.",
        );
    };
    let scopes = split_scopes(&scope);
    if let Some(bad) = scopes.iter().find(|s| is_app_only_scope(s)) {
        return error_redirect("invalid_scope", 70011, &invalid_scope_message(bad));
    }
    let challenge = q("code_challenge");
    let method = q("code_challenge_method").unwrap_or_else(|| "plain".to_string());
    if challenge.is_some() && method != "S256" && method != "plain" {
        return error_redirect(
            "invalid_request",
            501491,
            "Invalid code_challenge_method parameter.",
        );
    }
    let pending = PendingAuthorization {
        provider: Provider::Microsoft,
        key: uuid::Uuid::new_v4().to_string(),
        tenant: Some(client.client.tenant.clone()),
        client_id,
        redirect_uri,
        state,
        scopes,
        challenge,
        challenge_method: method,
        offline: true,
    };
    authorize::proceed(st, pending, req)
}
