//! What the HTTP transports ([`super::graph`], [`super::gmail_api`]) share: one reqwest
//! client (rustls, no redirects, timeouts), bearer tokens from a [`TokenSource`] with one
//! retry after a `401` (the token is invalidated and a fresh one fetched), requests to
//! pre-authenticated URLs without a token, `Retry-After`, and the envelope → header
//! recipients rule.
//!
//! Both APIs take the recipients from the message's `To` / `Cc` / `Bcc` headers, not from
//! an envelope. Envelope recipients missing from those headers (`sendmail -t` removes
//! `Bcc`, applications pass recipients in RCPT TO only) are therefore added as a `Bcc`
//! header, which both providers strip from the delivered copies.

use std::borrow::Cow;
use std::sync::Arc;
use std::time::Duration;

use super::DeliveryError;
use crate::oauth::{TokenError, TokenSource};

/// Whole-request timeout of one API call (a few MB upstream on a slow link).
pub const HTTP_TIMEOUT: Duration = Duration::from_secs(120);

/// Longest `Retry-After` we honour; a longer one is capped (the maximum age still applies).
const MAX_RETRY_AFTER: Duration = Duration::from_secs(24 * 3600);

/// The answer of an API call (any status).
#[derive(Debug)]
pub struct Reply {
    pub status: u16,
    pub body: String,
    pub retry_after: Option<Duration>,
    /// `request-id` (Graph) or `x-guploader-uploadid`-style identifiers, for support cases.
    pub request_id: Option<String>,
}

/// An HTTP client acting with the relay account's tokens.
pub struct ApiClient {
    http: reqwest::Client,
    tokens: Arc<dyn TokenSource>,
}

impl ApiClient {
    /// `ca_pem`: extra trusted CA certificates (PEM), e.g. for a TLS-intercepting proxy.
    pub fn new(tokens: Arc<dyn TokenSource>, ca_pem: Option<&[u8]>) -> Result<Self, String> {
        let mut b = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .timeout(HTTP_TIMEOUT)
            .connect_timeout(Duration::from_secs(15))
            .user_agent(concat!("dastra-mailgate/", env!("CARGO_PKG_VERSION")));
        if let Some(pem) = ca_pem {
            let certs = reqwest::Certificate::from_pem_bundle(pem)
                .map_err(|e| format!("relay.transport.ca_file: {e}"))?;
            if certs.is_empty() {
                return Err("relay.transport.ca_file: no PEM certificate in it".into());
            }
            b = b.tls_certs_merge(certs);
        }
        let http = b
            .build()
            .map_err(|e| format!("cannot build the HTTP client: {e}"))?;
        Ok(Self { http, tokens })
    }

    /// The mailbox the tokens act for.
    pub fn user(&self) -> &str {
        self.tokens.user()
    }

    /// Sends the request `make` builds, with `Authorization: Bearer`. A `401` invalidates
    /// the token and the request is made once more with a fresh one; the second answer is
    /// returned whatever it is. Token trouble and network errors are temporary failures.
    pub async fn send(
        &self,
        make: impl Fn(&reqwest::Client) -> reqwest::RequestBuilder,
    ) -> Result<Reply, DeliveryError> {
        let mut retried = false;
        loop {
            let token = self.tokens.token().await.map_err(token_error)?;
            let resp = make(&self.http)
                .bearer_auth(token.expose())
                .send()
                .await
                .map_err(|e| DeliveryError::temporary(network_words(&e)))?;
            let status = resp.status().as_u16();
            if status == 401 && !retried {
                retried = true;
                tracing::info!(
                    "Relay: the API refused the access token (401); fetching a new one and retrying once."
                );
                self.tokens.invalidate();
                continue;
            }
            return reply_of(resp).await;
        }
    }

    /// Sends the request `make` builds **without** `Authorization`: for pre-authenticated
    /// URLs (Graph upload sessions), which refuse a bearer token. Network errors are
    /// temporary failures.
    pub async fn send_unauthenticated(
        &self,
        make: impl FnOnce(&reqwest::Client) -> reqwest::RequestBuilder,
    ) -> Result<Reply, DeliveryError> {
        let resp = make(&self.http)
            .send()
            .await
            .map_err(|e| DeliveryError::temporary(network_words(&e)))?;
        reply_of(resp).await
    }
}

/// The status, `Retry-After`, request id and body of an answer.
async fn reply_of(resp: reqwest::Response) -> Result<Reply, DeliveryError> {
    let status = resp.status().as_u16();
    let retry_after = retry_after(resp.headers());
    let request_id = ["request-id", "client-request-id", "x-request-id"]
        .iter()
        .find_map(|h| resp.headers().get(*h)?.to_str().ok().map(str::to_string));
    let body = resp
        .text()
        .await
        .map_err(|e| DeliveryError::temporary(network_words(&e)))?;
    Ok(Reply {
        status,
        body,
        retry_after,
        request_id,
    })
}

/// No token: the message waits (a re-authorisation, or the token endpoint coming back).
fn token_error(e: TokenError) -> DeliveryError {
    DeliveryError::temporary(e.to_string())
}

/// reqwest's error with its causes ("error sending request" alone says little).
pub fn network_words(e: &reqwest::Error) -> String {
    let mut s = e.to_string();
    let mut src = std::error::Error::source(e);
    while let Some(c) = src {
        s.push_str(": ");
        s.push_str(&c.to_string());
        src = c.source();
    }
    s
}

/// `Retry-After` as seconds or an HTTP date (RFC 9110 §10.2.3), capped at a day.
pub fn retry_after(headers: &reqwest::header::HeaderMap) -> Option<Duration> {
    let v = headers
        .get(reqwest::header::RETRY_AFTER)?
        .to_str()
        .ok()?
        .trim();
    let d = if let Ok(secs) = v.parse::<u64>() {
        Duration::from_secs(secs)
    } else {
        let at = chrono::DateTime::parse_from_rfc2822(v).ok()?;
        (at.with_timezone(&chrono::Utc) - chrono::Utc::now())
            .to_std()
            .unwrap_or(Duration::ZERO)
    };
    Some(d.min(MAX_RETRY_AFTER))
}

/// `s` with everything but RFC 3986 unreserved characters and `@` percent-encoded, for a
/// mailbox address in a URL path.
pub fn path_segment(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~@".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// The API base URL without a trailing slash.
pub fn base(endpoint: &str) -> &str {
    endpoint.trim_end_matches('/')
}

/// The message with every envelope recipient that is not already in `To` / `Cc` / `Bcc`
/// added to a `Bcc` header (see the module docs).
pub fn with_envelope_recipients<'a>(message: &'a [u8], recipients: &[String]) -> Cow<'a, [u8]> {
    let parsed = mail_parser::MessageParser::default().parse_headers(message);
    let mut present: Vec<String> = Vec::new();
    if let Some(m) = &parsed {
        for a in [m.to(), m.cc(), m.bcc()].into_iter().flatten() {
            present.extend(
                a.iter()
                    .filter_map(|x| x.address())
                    .map(|x| x.to_ascii_lowercase()),
            );
        }
    }
    let missing: Vec<&str> = recipients
        .iter()
        .filter(|r| !present.contains(&r.to_ascii_lowercase()))
        .map(String::as_str)
        .collect();
    if missing.is_empty() {
        return Cow::Borrowed(message);
    }
    let mut out = format!("Bcc: {}\r\n", missing.join(", ")).into_bytes();
    out.extend_from_slice(message);
    Cow::Owned(out)
}

/// The first `max` characters of a body, for error messages.
pub fn excerpt(body: &str, max: usize) -> String {
    let t = body.trim();
    match t.char_indices().nth(max) {
        Some((i, _)) => format!("{}…", &t[..i]),
        None => t.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn envelope_only_recipients_become_bcc() {
        let m = b"From: a@x.test\r\nTo: One <one@y.test>\r\nCc: two@y.test\r\n\r\nbody\r\n";
        let same = with_envelope_recipients(m, &["ONE@y.test".into(), "two@y.test".into()]);
        assert!(matches!(same, Cow::Borrowed(_)));
        let more = with_envelope_recipients(m, &["one@y.test".into(), "hidden@z.test".into()]);
        assert!(more.starts_with(b"Bcc: hidden@z.test\r\nFrom: a@x.test\r\n"));
    }

    #[test]
    fn retry_after_in_seconds_or_as_a_date() {
        let mut h = reqwest::header::HeaderMap::new();
        h.insert("retry-after", "7".parse().unwrap());
        assert_eq!(retry_after(&h), Some(Duration::from_secs(7)));
        h.insert(
            "retry-after",
            "Wed, 21 Oct 2015 07:28:00 GMT".parse().unwrap(),
        );
        assert_eq!(retry_after(&h), Some(Duration::ZERO));
        h.insert("retry-after", "999999999".parse().unwrap());
        assert_eq!(retry_after(&h), Some(MAX_RETRY_AFTER));
        assert_eq!(path_segment("a b+c@x.test"), "a%20b%2Bc@x.test");
    }
}
