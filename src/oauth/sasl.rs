//! SASL framing of OAuth 2.0 bearer tokens: XOAUTH2 (Google, Microsoft), OAUTHBEARER
//! (RFC 7628), and the JSON error challenge a server sends after a refused token.
//!
//! Exact wire formats (providers.md §4):
//!
//! ```text
//! XOAUTH2      user=USER ^A auth=Bearer TOKEN ^A ^A
//! OAUTHBEARER  n,[a=AUTHZID], ^A [host=HOST ^A] [port=PORT ^A] auth=Bearer TOKEN ^A ^A
//! error        334 base64({"status":"401","schemes":"bearer mac","scope":"https://mail.google.com/"})
//! ```
//!
//! `^A` is the single byte 0x01. After an error challenge the client must answer so the
//! server can finish with its failure reply: an empty line for XOAUTH2, `AQ==` (one 0x01)
//! for OAUTHBEARER. Never log any of these strings: base64 is not secrecy.

use base64::Engine;

pub use super::xoauth2_payload;

/// The answer to an XOAUTH2 error challenge: an empty line.
pub const XOAUTH2_ERROR_ANSWER: &str = "";

/// The answer to an OAUTHBEARER error challenge: base64 of a single 0x01 byte.
pub const OAUTHBEARER_ERROR_ANSWER: &str = "AQ==";

fn b64(s: &str) -> String {
    base64::engine::general_purpose::STANDARD.encode(s.as_bytes())
}

/// XOAUTH2 initial response, base64-encoded, ready for `AUTH XOAUTH2 <b64>` or the line
/// after `334`.
pub fn xoauth2_initial_response(user: &str, token: &str) -> String {
    b64(&xoauth2_payload(user, token))
}

/// OAUTHBEARER client message (RFC 7628 §3.1), before base64. `authzid` is the mailbox
/// (`a=`); commas and `=` in it are escaped as `=2C` / `=3D` (RFC 5801 saslname).
pub fn oauthbearer_payload(
    authzid: Option<&str>,
    host: Option<&str>,
    port: Option<u16>,
    token: &str,
) -> String {
    let mut s = String::from("n,");
    if let Some(a) = authzid {
        s.push_str("a=");
        s.push_str(&a.replace('=', "=3D").replace(',', "=2C"));
    }
    s.push(',');
    s.push('\x01');
    if let Some(h) = host {
        s.push_str("host=");
        s.push_str(h);
        s.push('\x01');
    }
    if let Some(p) = port {
        s.push_str(&format!("port={p}\x01"));
    }
    s.push_str("auth=Bearer ");
    s.push_str(token);
    s.push_str("\x01\x01");
    s
}

/// OAUTHBEARER initial response, base64-encoded.
pub fn oauthbearer_initial_response(
    authzid: Option<&str>,
    host: Option<&str>,
    port: Option<u16>,
    token: &str,
) -> String {
    b64(&oauthbearer_payload(authzid, host, port, token))
}

/// The JSON a server puts in its `334` challenge when it refuses a token (Gmail's XOAUTH2,
/// any OAUTHBEARER server). Every field is kept as a string: Gmail sends `"status":"401"`,
/// RFC 7628 servers `"status":"invalid_token"`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct SaslErrorChallenge {
    pub status: String,
    pub schemes: Option<String>,
    pub scope: Option<String>,
    pub openid_configuration: Option<String>,
}

/// Why a `334` challenge could not be read as an error challenge.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ChallengeError {
    #[error("the server's challenge is not base64")]
    NotBase64,
    #[error("the server's challenge is not a JSON object: {0}")]
    NotJson(String),
}

impl SaslErrorChallenge {
    /// Decodes the text after `334 ` (base64 of a JSON object). Surrounding whitespace and
    /// a missing padding are tolerated.
    pub fn decode(b64_text: &str) -> Result<Self, ChallengeError> {
        let t = b64_text.trim();
        let bytes = base64::engine::general_purpose::STANDARD
            .decode(t)
            .or_else(|_| {
                base64::engine::general_purpose::STANDARD_NO_PAD.decode(t.trim_end_matches('='))
            })
            .map_err(|_| ChallengeError::NotBase64)?;
        let v: serde_json::Value =
            serde_json::from_slice(&bytes).map_err(|e| ChallengeError::NotJson(e.to_string()))?;
        let obj = v
            .as_object()
            .ok_or_else(|| ChallengeError::NotJson("not an object".into()))?;
        let field = |k: &str| {
            obj.get(k).and_then(|x| match x {
                serde_json::Value::String(s) => Some(s.clone()),
                serde_json::Value::Null => None,
                other => Some(other.to_string()),
            })
        };
        Ok(Self {
            status: field("status").unwrap_or_default(),
            schemes: field("schemes"),
            scope: field("scope"),
            openid_configuration: field("openid-configuration"),
        })
    }

    /// True when the server says the token itself is bad (expired, revoked, unknown):
    /// invalidating it and fetching a new one may help.
    pub fn token_rejected(&self) -> bool {
        matches!(self.status.as_str(), "401" | "invalid_token")
    }

    /// A one-sentence explanation for logs and `test-send`.
    pub fn explain(&self) -> String {
        let scope = self
            .scope
            .as_deref()
            .map(|s| format!(" (the server wants scope {s})"))
            .unwrap_or_default();
        match self.status.as_str() {
            "401" | "invalid_token" => {
                format!("the server refused the access token as invalid or expired{scope}")
            }
            "400" | "insufficient_scope" => format!(
                "the access token lacks the permission the server needs{scope}: check the account's scopes"
            ),
            other => format!("the server refused the access token (status {other}){scope}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn xoauth2_vectors() {
        assert_eq!(
            xoauth2_initial_response(
                "test@contoso.onmicrosoft.com",
                "EwBAAl3BAAUFFpUAo7J3Ve0bjLBWZWCclRC3EoAA"
            ),
            "dXNlcj10ZXN0QGNvbnRvc28ub25taWNyb3NvZnQuY29tAWF1dGg9QmVhcmVyIEV3QkFBbDNCQUFVRkZwVUFvN0ozVmUwYmpMQldaV0NjbFJDM0VvQUEBAQ=="
        );
        assert_eq!(
            xoauth2_initial_response(
                "someuser@example.com",
                "ya29.vF9dft4qmTc2Nvb3RlckBhdHRhdmlzdGEuY29tCg"
            ),
            "dXNlcj1zb21ldXNlckBleGFtcGxlLmNvbQFhdXRoPUJlYXJlciB5YTI5LnZGOWRmdDRxbVRjMk52YjNSbGNrQmhkSFJoZG1semRHRXVZMjl0Q2cBAQ=="
        );
        assert_eq!(
            xoauth2_initial_response("user", "mF_9.B5f-4.1JqM"),
            "dXNlcj11c2VyAWF1dGg9QmVhcmVyIG1GXzkuQjVmLTQuMUpxTQEB"
        );
        // ^A is one byte, not the two characters "^A".
        assert_eq!(xoauth2_payload("u", "t").as_bytes()[6], 0x01);
    }

    #[test]
    fn oauthbearer_rfc7628_vector() {
        assert_eq!(
            oauthbearer_initial_response(
                Some("user@example.com"),
                Some("server.example.com"),
                Some(143),
                "vF9dft4qmTc2Nvb3RlckBhbHRhdmlzdGEuY29tCg=="
            ),
            "bixhPXVzZXJAZXhhbXBsZS5jb20sAWhvc3Q9c2VydmVyLmV4YW1wbGUuY29tAXBvcnQ9MTQzAWF1dGg9QmVhcmVyIHZGOWRmdDRxbVRjMk52YjNSbGNrQmhiSFJoZG1semRHRXVZMjl0Q2c9PQEB"
        );
        assert_eq!(
            oauthbearer_payload(None, None, None, "T"),
            "n,,\x01auth=Bearer T\x01\x01"
        );
        assert_eq!(
            oauthbearer_payload(Some("a,b=c"), None, None, "T"),
            "n,a=a=2Cb=3Dc,\x01auth=Bearer T\x01\x01"
        );
        assert_eq!(
            base64::engine::general_purpose::STANDARD
                .decode(OAUTHBEARER_ERROR_ANSWER)
                .unwrap(),
            vec![1u8]
        );
    }

    #[test]
    fn gmail_error_challenge_decodes() {
        let json = r#"{"status":"401","schemes":"bearer mac","scope":"https://mail.google.com/"}"#;
        let b64 = base64::engine::general_purpose::STANDARD.encode(json);
        let c = SaslErrorChallenge::decode(&b64).unwrap();
        assert_eq!(c.status, "401");
        assert_eq!(c.schemes.as_deref(), Some("bearer mac"));
        assert_eq!(c.scope.as_deref(), Some("https://mail.google.com/"));
        assert!(c.token_rejected());
        assert!(
            c.explain().contains("invalid or expired"),
            "{}",
            c.explain()
        );
        // Unpadded and with a trailing CRLF, as read off the wire.
        let unpadded = format!("{}\r\n", b64.trim_end_matches('='));
        assert_eq!(SaslErrorChallenge::decode(&unpadded).unwrap(), c);
        assert_eq!(XOAUTH2_ERROR_ANSWER, "");
    }

    #[test]
    fn oauthbearer_error_challenge_and_garbage() {
        let json = r#"{"status":"invalid_token","scope":"example_scope","openid-configuration":"https://example.com/.well-known/openid-configuration"}"#;
        let b64 = base64::engine::general_purpose::STANDARD.encode(json);
        let c = SaslErrorChallenge::decode(&b64).unwrap();
        assert!(c.token_rejected());
        assert_eq!(
            c.openid_configuration.as_deref(),
            Some("https://example.com/.well-known/openid-configuration")
        );
        let scope_problem = SaslErrorChallenge {
            status: "400".into(),
            ..Default::default()
        };
        assert!(!scope_problem.token_rejected());
        assert!(scope_problem.explain().contains("permission"));
        assert_eq!(
            SaslErrorChallenge::decode("%%%"),
            Err(ChallengeError::NotBase64)
        );
        assert!(matches!(
            SaslErrorChallenge::decode(&base64::engine::general_purpose::STANDARD.encode("hello")),
            Err(ChallengeError::NotJson(_))
        ));
    }
}
