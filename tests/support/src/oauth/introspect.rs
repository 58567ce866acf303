//! RFC 7662 token introspection, shaped for Dovecot 2.3's `oauth2` passdb.
//!
//! Dovecot sends the token
//! - `introspection_mode = post`: `POST` body `token=…&client_id=…&client_secret=…`
//!   (`application/x-www-form-urlencoded`);
//! - `introspection_mode = get`: appended to `introspection_url` (so configure
//!   `…/introspect?token=`), followed by `&client_id=…&client_secret=…`;
//! - `introspection_mode = auth`: `GET` with `Authorization: Bearer <token>`.
//!
//! All three are accepted. Dovecot turns every scalar JSON value into a string
//! and compares `active_value` textually, so `active` is sent as the string
//! `"true"` by default.

use serde_json::json;

use super::form::{basic_auth, bearer};
use super::keys::unix;
use super::state::State;
use super::wire::Reply;
use super::{Provider, Req};

pub(crate) fn introspect(st: &mut State, req: &Req) -> Reply {
    if let Some((id, secret)) = st.options.introspection_client.clone() {
        let basic = basic_auth(&req.headers);
        let given_id = req
            .field("client_id")
            .or(req.q("client_id"))
            .map(str::to_string)
            .or_else(|| basic.as_ref().map(|(u, _)| u.clone()));
        let given_secret = req
            .field("client_secret")
            .or(req.q("client_secret"))
            .map(str::to_string)
            .or_else(|| basic.as_ref().map(|(_, p)| p.clone()));
        if given_id.as_deref() != Some(id.as_str())
            || given_secret.as_deref() != Some(secret.as_str())
        {
            return Reply::json(401, &json!({ "error": "invalid_client" }));
        }
    }
    let token = req
        .field("token")
        .or(req.q("token"))
        .map(str::to_string)
        .or_else(|| bearer(&req.headers));
    let as_string = st.options.introspection_active_as_string;
    let flag = |active: bool| {
        if as_string {
            json!(if active { "true" } else { "false" })
        } else {
            json!(active)
        }
    };
    let live = token.and_then(|t| st.live_access(&t).cloned());
    let Some(rec) = live else {
        return Reply::json(200, &json!({ "active": flag(false) }));
    };
    st.counters.introspections_active += 1;
    let info = rec.info;
    let mut body = json!({
        "active": flag(true),
        "scope": info.scopes.join(" "),
        "token_type": "Bearer",
        "exp": unix(info.expires_at),
        "iat": unix(info.issued_at),
    });
    if let Some(client) = &info.client_id {
        body["client_id"] = json!(client);
    }
    match &info.user {
        Some(user) => {
            body["username"] = json!(user);
            body["email"] = json!(user);
            body["sub"] = json!(user);
        }
        None => {
            body["sub"] = json!(info.client_id.clone().unwrap_or_default());
        }
    }
    if let Some(tenant) = &info.tenant {
        body["tid"] = json!(tenant);
    }
    body["iss"] = json!(match info.provider {
        Some(Provider::Microsoft) => format!(
            "{}/{}/v2.0",
            st.base_url,
            info.tenant.clone().unwrap_or_default()
        ),
        Some(Provider::Google) => "https://accounts.google.com".to_string(),
        None => st.base_url.clone(),
    });
    Reply::json(200, &body)
}
