//! What a token endpoint's refusal means, in one sentence an operator can act on, and
//! whether waiting helps ([`TokenError::Temporary`]) or a human must act
//! ([`TokenError::ReauthorizationNeeded`]).

use std::time::Duration;

use super::TokenError;
use crate::config::{Flow, Provider};

/// A failed call to a token, device-code or authorize endpoint.
#[derive(Debug, Clone, Default)]
pub struct EndpointError {
    /// HTTP status, when an answer came.
    pub status: Option<u16>,
    /// The OAuth `error` code (`invalid_grant`, …); empty for transport failures.
    pub error: String,
    /// `error_description`, trimmed of Entra's trace/correlation ids.
    pub description: String,
    /// `Retry-After`, when given.
    pub retry_after: Option<Duration>,
    /// Transport failure or unreadable answer (no `error` code).
    pub transport: Option<String>,
    /// A local problem before any request (unreadable secret, bad key file).
    pub local: Option<String>,
}

impl std::fmt::Display for EndpointError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if let Some(t) = self.local.as_ref().or(self.transport.as_ref()) {
            return f.write_str(t);
        }
        match (self.error.is_empty(), self.description.is_empty()) {
            (false, false) => write!(f, "{}: {}", self.error, self.description),
            (false, true) => f.write_str(&self.error),
            (true, false) => f.write_str(&self.description),
            (true, true) => write!(f, "HTTP {}", self.status.unwrap_or(0)),
        }
    }
}

impl EndpointError {
    pub fn transport(detail: impl Into<String>) -> Self {
        Self {
            transport: Some(detail.into()),
            ..Default::default()
        }
    }

    pub fn local(detail: impl Into<String>) -> Self {
        Self {
            local: Some(detail.into()),
            ..Default::default()
        }
    }

    pub fn oauth(error: &str, description: &str) -> Self {
        Self {
            error: error.to_string(),
            description: trim_description(description),
            ..Default::default()
        }
    }

    /// The `AADSTSnnnn` code in the description, if any.
    pub fn aadsts(&self) -> Option<u32> {
        let i = self.description.find("AADSTS")?;
        let digits: String = self.description[i + 6..]
            .chars()
            .take_while(|c| c.is_ascii_digit())
            .collect();
        digits.parse().ok()
    }

    /// Server trouble, throttling or the network: retrying later may work.
    pub fn is_temporary(&self) -> bool {
        if self.transport.is_some() || self.local.is_some() {
            return true;
        }
        if matches!(self.status, Some(429) | Some(500..=599)) {
            return true;
        }
        matches!(
            self.error.as_str(),
            "temporarily_unavailable" | "server_error" | "" | "slow_down" | "authorization_pending"
        )
    }
}

/// Entra descriptions end with "Trace ID: … Correlation ID: … Timestamp: …": noise in logs.
pub fn trim_description(d: &str) -> String {
    let d = d.split(" Trace ID:").next().unwrap_or(d);
    let d = d.split("\r\n").next().unwrap_or(d);
    d.trim().to_string()
}

/// Turns an endpoint failure into the error every user of the account sees.
pub fn token_error(account: &str, provider: Provider, flow: Flow, e: &EndpointError) -> TokenError {
    if e.is_temporary() {
        let mut reason = match (&e.local, &e.transport) {
            (Some(l), _) => l.clone(),
            (None, Some(t)) => format!("the token endpoint cannot be reached ({t})"),
            (None, None) => format!(
                "the token endpoint answered {}{}",
                e.status.map(|s| format!("HTTP {s} ")).unwrap_or_default(),
                e
            ),
        };
        if let Some(r) = e.retry_after {
            reason.push_str(&format!(" (retry after {} s)", r.as_secs()));
        }
        return TokenError::Temporary {
            account: account.to_string(),
            reason,
        };
    }
    TokenError::ReauthorizationNeeded {
        account: account.to_string(),
        reason: explain(account, provider, flow, e),
    }
}

/// One sentence for a grant the provider refuses, with what to do.
pub fn explain(account: &str, provider: Provider, flow: Flow, e: &EndpointError) -> String {
    let again = format!("run `dastra-mailgate authorize {account}`");
    let quoted = if e.description.is_empty() {
        e.error.clone()
    } else {
        e.description.clone()
    };
    if provider == Provider::Microsoft
        && let Some(code) = e.aadsts()
    {
        let sentence = match code {
            700082 => Some(format!(
                "the refresh token expired after 90 days without use (AADSTS700082); {again} — the daemon refreshes idle accounts daily, so this should not recur while it runs"
            )),
            70043 => Some(format!(
                "Conditional Access sign-in frequency requires a fresh sign-in (AADSTS70043); {again}, or exclude this application from the sign-in frequency policy"
            )),
            70000 | 9002313 => Some(format!(
                "the stored grant is not valid for this application and tenant (AADSTS{code}: revoked, already used, or issued to another client_id/tenant); check client_id and tenant, then {again}"
            )),
            50173 | 50132 | 50133 => Some(format!(
                "the grant was revoked, e.g. after a password change or by an administrator (AADSTS{code}); {again}"
            )),
            65001 => Some(format!(
                "the application lacks consent for the requested permissions (AADSTS65001): have an administrator grant consent in Entra ID (Enterprise applications → Permissions), then {again}"
            )),
            65004 => Some(format!(
                "the user declined to consent to the application (AADSTS65004); {again} and accept"
            )),
            7000215 | 7000222 => Some(format!(
                "the client secret is refused (AADSTS{code}: wrong value — use the secret's Value, not its ID — or expired); create a new secret and update client_secret"
            )),
            700027 | 700023 | 700024 | 700021 | 5002730 => Some(format!(
                "the certificate credential is refused (AADSTS{code}): upload certificate_file to the app registration (Certificates & secrets) and check that private_key_file is its key"
            )),
            700016 => Some(
                "the application (client_id) does not exist in this tenant (AADSTS700016): check client_id and tenant".to_string(),
            ),
            7000218 | 7000216 => Some(
                "the token endpoint requires a client credential (AADSTS7000218): enable \"Allow public client flows\" on the app registration, or configure client_secret".to_string(),
            ),
            50194 => Some(
                "the application is single-tenant, so `organizations`/`common` cannot be used (AADSTS50194): set tenant to the tenant id or domain".to_string(),
            ),
            90002 => Some("the tenant does not exist (AADSTS90002): check tenant".to_string()),
            70011 | 1002012 => Some(format!(
                "a requested scope is refused (AADSTS{code}): {quoted}; check scopes (app-only grants need \"…/.default\", delegated ones must not ask for *AsApp permissions)"
            )),
            _ => None,
        };
        if let Some(s) = sentence {
            return s;
        }
    }
    match (provider, e.error.as_str()) {
        (Provider::Google, "invalid_grant")
            if e.description.contains("expired or revoked") =>
        {
            format!(
                "Google says the refresh token has expired or was revoked. If the OAuth consent screen is in \"Testing\", refresh tokens die after 7 days: set it to \"In production\". Otherwise access was removed or the password changed; {again}"
            )
        }
        (Provider::Google, "invalid_grant") if flow == Flow::ServiceAccount => format!(
            "Google refused the service account's signed assertion ({quoted}): check that service_account_key is the current JSON key of this service account and that the clock is right"
        ),
        (Provider::Google, "unauthorized_client") if flow == Flow::ServiceAccount => {
            "the service account may not act as this mailbox with these scopes (unauthorized_client): a Workspace super admin must add its client id with the exact scopes in Admin console → Security → API controls → Domain-wide delegation, and `user` must be a mailbox of that Workspace".to_string()
        }
        (_, "invalid_client") => format!(
            "the client credentials are refused (invalid_client: {quoted}): check client_id and client_secret or the certificate"
        ),
        (_, "unauthorized_client") => format!(
            "the application is not allowed to use this grant (unauthorized_client: {quoted})"
        ),
        (_, "invalid_scope") => format!(
            "a requested scope is refused (invalid_scope: {quoted}); check scopes"
        ),
        (_, "consent_required") | (_, "interaction_required") => format!(
            "the provider requires an interactive sign-in or consent ({quoted}); {again}"
        ),
        (_, "access_denied") => format!(
            "access was denied in the browser (the user or an administrator refused consent); {again} and accept"
        ),
        (_, "authorization_declined") => format!(
            "the sign-in was declined on the device-code page; {again} and accept"
        ),
        (_, "expired_token") => format!(
            "the device code expired before the sign-in was completed; {again} and finish the sign-in within the time shown"
        ),
        (_, "bad_verification_code") => format!(
            "the provider does not recognise the device code; {again}"
        ),
        (_, "invalid_grant") => format!("the provider refused the grant ({quoted}); {again}"),
        _ => format!("the provider refused the request ({e}); {again}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ms(code: &str, desc: &str) -> String {
        explain(
            "m365",
            Provider::Microsoft,
            Flow::DeviceCode,
            &EndpointError::oauth(code, desc),
        )
    }

    #[test]
    fn microsoft_codes_get_their_sentence() {
        let s = ms(
            "invalid_grant",
            "AADSTS700082: The refresh token has expired due to inactivity. Trace ID: x Correlation ID: y Timestamp: z",
        );
        assert!(s.contains("90 days without use"), "{s}");
        assert!(s.contains("authorize m365"), "{s}");
        assert!(!s.contains("Trace ID"));
        assert!(
            ms("invalid_grant", "AADSTS70043: sign-in frequency").contains("Conditional Access")
        );
        assert!(ms("invalid_grant", "AADSTS70000: bad").contains("client_id/tenant"));
        assert!(ms("invalid_grant", "AADSTS65001: no consent").contains("consent"));
        assert!(
            ms("invalid_client", "AADSTS7000215: Invalid client secret")
                .contains("Value, not its ID")
        );
        assert!(ms("authorization_declined", "AADSTS65004: declined").contains("declined"));
        assert!(ms("expired_token", "AADSTS70019: Verification code expired.").contains("expired"));
    }

    #[test]
    fn google_testing_mode_hint() {
        let s = explain(
            "gmail",
            Provider::Google,
            Flow::AuthCode,
            &EndpointError::oauth("invalid_grant", "Token has been expired or revoked."),
        );
        assert!(s.contains("7 days"), "{s}");
        assert!(s.contains("In production"), "{s}");
    }

    #[test]
    fn temporary_versus_permanent() {
        let mut e = EndpointError::oauth("temporarily_unavailable", "busy");
        assert!(matches!(
            token_error("a", Provider::Microsoft, Flow::AuthCode, &e),
            TokenError::Temporary { .. }
        ));
        e = EndpointError::oauth("invalid_grant", "AADSTS700082: x");
        e.status = Some(400);
        assert!(matches!(
            token_error("a", Provider::Microsoft, Flow::AuthCode, &e),
            TokenError::ReauthorizationNeeded { .. }
        ));
        e.status = Some(503);
        assert!(matches!(
            token_error("a", Provider::Microsoft, Flow::AuthCode, &e),
            TokenError::Temporary { .. }
        ));
        let t = token_error(
            "a",
            Provider::Google,
            Flow::ServiceAccount,
            &EndpointError::transport("connection refused"),
        );
        assert!(t.to_string().contains("cannot be reached"), "{t}");
    }
}
