//! The parts of the authorize endpoints both providers share: deciding
//! approve / deny / park, minting the code and building the redirect.

use base64::Engine as _;
use sha2::{Digest as _, Sha256};

use super::form::append_query;
use super::state::{CodeRecord, PendingAuthorization, State, random_alnum};
use super::wire::Reply;
use super::{AuthorizeMode, Provider, Req};

/// Applies the request overrides and the [`AuthorizeMode`] to a validated
/// authorize request.
pub(crate) fn proceed(st: &mut State, pending: PendingAuthorization, req: &Req) -> Reply {
    if req.q("double_action") == Some("deny") {
        return Reply::redirect(finish(st, pending, None));
    }
    if let Some(user) = req.q("double_user") {
        return Reply::redirect(finish(st, pending, Some(user)));
    }
    match st.authorize_mode.clone() {
        AuthorizeMode::Approve(user) => Reply::redirect(finish(st, pending, Some(&user))),
        AuthorizeMode::Deny => Reply::redirect(finish(st, pending, None)),
        AuthorizeMode::LoginHint => match req.q("login_hint") {
            Some(hint) => Reply::redirect(finish(st, pending, Some(hint))),
            None => park(st, pending),
        },
        AuthorizeMode::Manual => park(st, pending),
    }
}

fn park(st: &mut State, pending: PendingAuthorization) -> Reply {
    let title = match pending.provider {
        Provider::Microsoft => "Sign in to your account",
        Provider::Google => "Sign in - Google Accounts",
    };
    st.pending_authorizations.push(pending);
    Reply::html(
        200,
        title,
        "Waiting for the test to approve or deny this request (OAuthDouble::approve_authorization).",
    )
}

/// Approves (`user` = `Some`) or denies the request; returns the redirect URL.
pub(crate) fn finish(st: &mut State, pending: PendingAuthorization, user: Option<&str>) -> String {
    let state = pending.state.clone();
    let mut pairs: Vec<(&str, String)> = Vec::new();
    match user {
        Some(user) => {
            let code = match pending.provider {
                Provider::Microsoft => format!("1.AX{}", random_alnum(60)),
                Provider::Google => format!("4/0A{}", random_alnum(60)),
            };
            let now = st.now();
            st.codes.insert(
                code.clone(),
                CodeRecord {
                    provider: pending.provider,
                    tenant: pending.tenant.clone(),
                    client_id: pending.client_id.clone(),
                    redirect_uri: pending.redirect_uri.clone(),
                    scopes: pending.scopes.clone(),
                    challenge: pending.challenge.clone(),
                    challenge_method: pending.challenge_method.clone(),
                    user: user.to_string(),
                    created_at: now,
                    redeemed: false,
                    offline: pending.offline,
                },
            );
            match pending.provider {
                Provider::Microsoft => {
                    pairs.push(("code", code));
                    if let Some(s) = state {
                        pairs.push(("state", s));
                    }
                    pairs.push(("session_state", uuid::Uuid::new_v4().to_string()));
                }
                Provider::Google => {
                    if let Some(s) = state {
                        pairs.push(("state", s));
                    }
                    pairs.push(("code", code));
                    pairs.push(("scope", pending.scopes.join(" ")));
                }
            }
        }
        None => match pending.provider {
            Provider::Microsoft => {
                pairs.push(("error", "access_denied".to_string()));
                pairs.push(("error_subcode", "cancel".to_string()));
                pairs.push((
                    "error_description",
                    "AADSTS65004: User declined to consent to access the app.".to_string(),
                ));
                if let Some(s) = state {
                    pairs.push(("state", s));
                }
            }
            Provider::Google => {
                pairs.push(("error", "access_denied".to_string()));
                if let Some(s) = state {
                    pairs.push(("state", s));
                }
            }
        },
    }
    let borrowed: Vec<(&str, &str)> = pairs.iter().map(|(k, v)| (*k, v.as_str())).collect();
    append_query(&pending.redirect_uri, &borrowed)
}

/// RFC 7636 check of `verifier` against the stored challenge.
pub(crate) fn pkce_matches(method: &str, challenge: &str, verifier: &str) -> bool {
    match method {
        "S256" => {
            base64::engine::general_purpose::URL_SAFE_NO_PAD
                .encode(Sha256::digest(verifier.as_bytes()))
                == challenge
        }
        "plain" => verifier == challenge,
        _ => false,
    }
}

/// Whether `uri` is a loopback `http` redirect (`localhost`, `127.0.0.1`, `[::1]`).
pub(crate) fn is_loopback_redirect(uri: &str) -> bool {
    let Some(rest) = uri.strip_prefix("http://") else {
        return false;
    };
    let host_port = rest.split(['/', '?', '#']).next().unwrap_or("");
    let host = if host_port.starts_with('[') {
        host_port
            .split(']')
            .next()
            .map(|h| format!("{h}]"))
            .unwrap_or_default()
    } else {
        host_port.split(':').next().unwrap_or("").to_string()
    };
    matches!(host.as_str(), "localhost" | "127.0.0.1" | "[::1]")
}

/// `uri` without the port of its authority (for Entra's loopback rule).
pub(crate) fn strip_loopback_port(uri: &str) -> String {
    let Some(rest) = uri.strip_prefix("http://") else {
        return uri.to_string();
    };
    let split = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let (authority, tail) = rest.split_at(split);
    let host = match authority.rfind(':') {
        Some(i) if !authority[i..].contains(']') => &authority[..i],
        _ => authority,
    };
    let tail = if tail.is_empty() { "/" } else { tail };
    format!("http://{host}{tail}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn loopback_rules() {
        assert!(is_loopback_redirect("http://127.0.0.1:5555/cb"));
        assert!(is_loopback_redirect("http://localhost/"));
        assert!(is_loopback_redirect("http://[::1]:80/x"));
        assert!(!is_loopback_redirect("https://localhost/"));
        assert!(!is_loopback_redirect("http://evil.example/"));
        assert_eq!(
            strip_loopback_port("http://localhost:1234/cb"),
            "http://localhost/cb"
        );
        assert_eq!(strip_loopback_port("http://localhost"), "http://localhost/");
    }

    #[test]
    fn rfc7636_appendix_b_vector() {
        assert!(pkce_matches(
            "S256",
            "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM",
            "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"
        ));
    }
}
