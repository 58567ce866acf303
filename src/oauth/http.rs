//! HTTP for the token endpoints: one reqwest client (rustls, no redirects followed: a token
//! request answered with a redirect is an error, never a hop to somewhere else) and the
//! adapter the `oauth2` crate calls.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use super::explain::EndpointError;

/// The status and `Retry-After` of the last answer, which the `oauth2` crate does not keep.
#[derive(Debug, Default, Clone)]
pub struct Meta(Arc<Mutex<Option<StatusSeen>>>);

/// HTTP status and `Retry-After` of an answer.
type StatusSeen = (u16, Option<Duration>);

impl Meta {
    fn set(&self, status: u16, retry_after: Option<Duration>) {
        if let Ok(mut m) = self.0.lock() {
            *m = Some((status, retry_after));
        }
    }

    pub fn get(&self) -> Option<(u16, Option<Duration>)> {
        self.0.lock().ok().and_then(|m| *m)
    }
}

#[derive(Debug, Clone)]
pub struct Http {
    client: reqwest::Client,
}

const USER_AGENT: &str = concat!("dastra-mailgate/", env!("CARGO_PKG_VERSION"));

impl Http {
    pub fn new() -> Result<Self, String> {
        let client = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .timeout(Duration::from_secs(30))
            .connect_timeout(Duration::from_secs(10))
            .user_agent(USER_AGENT)
            .build()
            .map_err(|e| format!("cannot build the HTTP client: {e}"))?;
        Ok(Self { client })
    }

    /// The `oauth2` crate's HTTP client: owned clones inside, so the futures are `Send`
    /// for any lifetime (a borrowing closure is not, under a boxed `Send` future).
    pub fn adapter(&self, meta: &Meta) -> impl Fn(oauth2::HttpRequest) -> SendFuture + use<> {
        let http = self.clone();
        let meta = meta.clone();
        move |req| {
            let http = http.clone();
            let meta = meta.clone();
            Box::pin(async move { http.send(req, &meta).await })
        }
    }

    /// Sends an `oauth2` request and hands back its answer (any status).
    pub async fn send(
        &self,
        req: oauth2::HttpRequest,
        meta: &Meta,
    ) -> Result<oauth2::HttpResponse, HttpError> {
        let (parts, body) = req.into_parts();
        let resp = self
            .client
            .request(parts.method, parts.uri.to_string())
            .headers(parts.headers)
            .body(body)
            .send()
            .await
            .map_err(|e| HttpError(crate::exit::chain(&e)))?;
        let status = resp.status().as_u16();
        let retry_after = resp
            .headers()
            .get(http::header::RETRY_AFTER)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.trim().parse::<u64>().ok())
            .map(Duration::from_secs);
        meta.set(status, retry_after);
        if (300..400).contains(&status) {
            return Err(HttpError(format!(
                "the endpoint answered with a redirect (HTTP {status}); redirects are not followed on token requests: check the URL"
            )));
        }
        let mut b = http::Response::builder().status(resp.status());
        for (k, v) in resp.headers() {
            b = b.header(k, v);
        }
        let bytes = resp
            .bytes()
            .await
            .map_err(|e| HttpError(crate::exit::chain(&e)))?;
        b.body(bytes.to_vec())
            .map_err(|e| HttpError(format!("unusable answer: {e}")))
    }

    /// POSTs a form and returns status and body (grants the `oauth2` crate lacks).
    pub async fn post_form(
        &self,
        url: &str,
        form: &[(&str, &str)],
        meta: &Meta,
    ) -> Result<(u16, Vec<u8>), HttpError> {
        let body = form
            .iter()
            .map(|(k, v)| format!("{}={}", urlencode(k), urlencode(v)))
            .collect::<Vec<_>>()
            .join("&");
        let req = http::Request::builder()
            .method(http::Method::POST)
            .uri(url)
            .header(
                http::header::CONTENT_TYPE,
                "application/x-www-form-urlencoded",
            )
            .header(http::header::ACCEPT, "application/json")
            .body(body.into_bytes())
            .map_err(|e| HttpError(format!("bad token URL {url}: {e}")))?;
        let resp = self.send(req, meta).await?;
        Ok((resp.status().as_u16(), resp.into_body()))
    }
}

type SendFuture = std::pin::Pin<
    Box<dyn std::future::Future<Output = Result<oauth2::HttpResponse, HttpError>> + Send>,
>;

/// A transport failure (connection, TLS, timeout, redirect).
#[derive(Debug, Clone, thiserror::Error)]
#[error("{0}")]
pub struct HttpError(pub String);

/// `application/x-www-form-urlencoded` escaping.
pub fn urlencode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                out.push(b as char)
            }
            b' ' => out.push('+'),
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

/// Reads an OAuth error answer (`{"error","error_description"}`) or describes the failure.
pub fn error_from_answer(status: u16, body: &[u8], retry_after: Option<Duration>) -> EndpointError {
    #[derive(serde::Deserialize)]
    struct Body {
        error: Option<String>,
        error_description: Option<String>,
    }
    let mut e = match serde_json::from_slice::<Body>(body) {
        Ok(Body {
            error: Some(error),
            error_description,
        }) => EndpointError::oauth(&error, error_description.as_deref().unwrap_or("")),
        _ => {
            let snippet: String = String::from_utf8_lossy(body).chars().take(200).collect();
            EndpointError {
                description: match snippet.trim() {
                    "" => "(empty answer)".to_string(),
                    t => t.to_string(),
                },
                ..Default::default()
            }
        }
    };
    e.status = Some(status);
    e.retry_after = retry_after;
    e
}

/// Maps an `oauth2` request failure to an [`EndpointError`], using what [`Meta`] saw.
pub fn from_oauth2<T: oauth2::ErrorResponse + 'static>(
    err: oauth2::RequestTokenError<HttpError, T>,
    meta: &Meta,
) -> EndpointError {
    let (status, retry_after) = meta.get().map_or((None, None), |(s, r)| (Some(s), r));
    let mut e = match err {
        oauth2::RequestTokenError::ServerResponse(r) => {
            let v = serde_json::to_value(&r).unwrap_or_default();
            EndpointError::oauth(
                v["error"].as_str().unwrap_or(""),
                v["error_description"].as_str().unwrap_or(""),
            )
        }
        oauth2::RequestTokenError::Request(e) => EndpointError::transport(e.0),
        oauth2::RequestTokenError::Parse(e, body) => {
            let snippet: String = String::from_utf8_lossy(&body).chars().take(200).collect();
            EndpointError {
                description: format!("unreadable answer ({e}): {}", snippet.trim()),
                ..Default::default()
            }
        }
        oauth2::RequestTokenError::Other(s) => EndpointError {
            description: s,
            ..Default::default()
        },
    };
    e.status = status;
    e.retry_after = retry_after;
    e
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn form_escaping() {
        assert_eq!(urlencode("a b&c=d/é"), "a+b%26c%3Dd%2F%C3%A9");
    }

    #[test]
    fn error_bodies() {
        let e = error_from_answer(
            400,
            br#"{"error":"invalid_grant","error_description":"AADSTS70000: x. Trace ID: 1"}"#,
            None,
        );
        assert_eq!(e.error, "invalid_grant");
        assert_eq!(e.aadsts(), Some(70000));
        assert!(!e.is_temporary());
        let e = error_from_answer(503, b"<html>busy</html>", Some(Duration::from_secs(3)));
        assert!(e.is_temporary());
    }
}
