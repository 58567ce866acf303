//! [`DastraError`]: what went wrong talking to Dastra, and whether trying again later can help.
//!
//! Also the defensive readers for what the server sends back when it refuses a request: the
//! error body (ASP.NET `ValidationProblemDetails`, plain `ProblemDetails`, OAuth2 errors, other
//! JSON, HTML or plain text) and the `Retry-After` header (delay-seconds or HTTP-date).

use std::fmt::Write as _;
use std::time::Duration;

use chrono::{DateTime, NaiveDateTime, Utc};
use serde_json::Value;

/// Longest error message kept from a response body, in characters.
const MAX_MESSAGE_CHARS: usize = 300;

/// A failed Dastra call. `op` names the operation ("create data subject request").
///
/// Classification ([`DastraError::is_transient`]):
///
/// | variant | transient | meaning |
/// |---|---|---|
/// | `Connection`, `Timeout` | yes | no (complete) answer; the request **may have taken effect** |
/// | `RateLimited` (429) | yes | wait `retry_after` when given |
/// | `Unavailable` (408, 5xx) | yes | a 5xx may come *after* the server committed the change |
/// | `InvalidResponse` | yes | a 2xx we cannot read (proxy page, truncated body): may have taken effect |
/// | `Unauthorized` | yes, but alert | our own credentials are refused even after re-authenticating |
/// | `Rejected` (other 3xx/4xx) | no | the request itself is wrong; `message` says why |
/// | `InvalidInput` | no | refused locally before sending (e.g. a message over 3000 chars) |
/// | `Config` | no | the client cannot be built (bad URL, bad CA bundle, bad header value) |
///
/// Display strings are lowercase, name the operation, and never contain a key or a token.
#[derive(Debug, thiserror::Error)]
pub enum DastraError {
    /// DNS, TCP, TLS, or the connection dropped before the full answer arrived.
    #[error("cannot {op}: connection to dastra failed")]
    Connection {
        op: &'static str,
        #[source]
        source: reqwest::Error,
    },
    /// The process is stopping: the request was not sent (it waited for a rate-limit slot).
    #[error("cannot {op}: stopping before the request was sent")]
    Stopped { op: &'static str },
    /// Connect or request timeout.
    #[error("cannot {op}: dastra did not answer in time")]
    Timeout {
        op: &'static str,
        #[source]
        source: reqwest::Error,
    },
    /// HTTP 429.
    #[error(
        "cannot {op}: rate limited by dastra (http 429){}: {message}",
        fmt_retry_after(retry_after)
    )]
    RateLimited {
        op: &'static str,
        retry_after: Option<Duration>,
        message: String,
    },
    /// HTTP 408 or 5xx.
    #[error(
        "cannot {op}: dastra unavailable (http {status}){}: {message}",
        fmt_retry_after(retry_after)
    )]
    Unavailable {
        op: &'static str,
        status: u16,
        retry_after: Option<Duration>,
        message: String,
    },
    /// HTTP 401 after the one re-authentication, or the token endpoint refusing our key pair.
    /// Not the message's fault: keep the mail, alert an operator.
    #[error("cannot {op}: dastra refused our credentials (http {status}): {message}")]
    Unauthorized {
        op: &'static str,
        status: u16,
        message: String,
    },
    /// Any other non-success status (3xx since redirects are not followed, 4xx): permanent.
    #[error("cannot {op}: dastra rejected the request (http {status}): {message}")]
    Rejected {
        op: &'static str,
        status: u16,
        message: String,
    },
    /// A success status whose body could not be read as the expected JSON.
    #[error("cannot {op}: unreadable answer from dastra (http {status}): {detail}")]
    InvalidResponse {
        op: &'static str,
        status: u16,
        detail: String,
    },
    /// The request was refused locally, before anything was sent.
    #[error("cannot {op}: {detail}")]
    InvalidInput { op: &'static str, detail: String },
    /// The client could not be configured.
    #[error("invalid dastra client configuration: {detail}")]
    Config {
        detail: String,
        #[source]
        source: Option<reqwest::Error>,
    },
}

fn fmt_retry_after(retry_after: &Option<Duration>) -> String {
    match retry_after {
        Some(d) => format!(", retry after {}s", d.as_secs_f64().ceil() as u64),
        None => String::new(),
    }
}

impl DastraError {
    /// True when trying the same thing later can succeed and the mail must stay where it is:
    /// connection problems, timeouts, 429, 408, 5xx, unreadable 2xx answers, and
    /// [`DastraError::Unauthorized`] (our own credentials are the problem, not the mail).
    pub fn is_transient(&self) -> bool {
        matches!(
            self,
            Self::Connection { .. }
                | Self::Stopped { .. }
                | Self::Timeout { .. }
                | Self::RateLimited { .. }
                | Self::Unavailable { .. }
                | Self::InvalidResponse { .. }
                | Self::Unauthorized { .. }
        )
    }

    /// True when an immediate retry loop ([`crate::dastra::with_retries`]) may help: transient,
    /// except `Unauthorized`, which needs an operator rather than another attempt.
    pub fn is_retryable(&self) -> bool {
        self.is_transient() && !self.is_unauthorized()
    }

    /// True for [`DastraError::Unauthorized`]: alert an operator.
    pub fn is_unauthorized(&self) -> bool {
        matches!(self, Self::Unauthorized { .. })
    }

    /// The server's `Retry-After`, when it sent one (429, 408, 5xx).
    pub fn retry_after(&self) -> Option<Duration> {
        match self {
            Self::RateLimited { retry_after, .. } | Self::Unavailable { retry_after, .. } => {
                *retry_after
            }
            _ => None,
        }
    }

    /// The HTTP status, when the server answered.
    pub fn status(&self) -> Option<u16> {
        match self {
            Self::RateLimited { .. } => Some(429),
            Self::Unavailable { status, .. }
            | Self::Unauthorized { status, .. }
            | Self::Rejected { status, .. }
            | Self::InvalidResponse { status, .. } => Some(*status),
            _ => None,
        }
    }

    /// The operation that failed, when known.
    pub fn op(&self) -> Option<&'static str> {
        match self {
            Self::Connection { op, .. }
            | Self::Stopped { op }
            | Self::Timeout { op, .. }
            | Self::RateLimited { op, .. }
            | Self::Unavailable { op, .. }
            | Self::Unauthorized { op, .. }
            | Self::Rejected { op, .. }
            | Self::InvalidResponse { op, .. }
            | Self::InvalidInput { op, .. } => Some(op),
            Self::Config { .. } => None,
        }
    }

    /// Maps a transport error. The URL is stripped: it can carry a dedupe key in a query.
    pub(crate) fn from_reqwest(op: &'static str, err: reqwest::Error) -> Self {
        let err = err.without_url();
        if err.is_timeout() {
            Self::Timeout { op, source: err }
        } else if err.is_builder() {
            Self::Config {
                detail: format!("cannot build the request to {op}"),
                source: Some(err),
            }
        } else {
            Self::Connection { op, source: err }
        }
    }

    /// Classifies a non-success answer of the REST API (not the token endpoint).
    /// `secrets` are scrubbed from the message.
    pub(crate) fn from_status(
        op: &'static str,
        status: u16,
        retry_after: Option<Duration>,
        content_type: Option<&str>,
        body: &[u8],
        location: Option<&str>,
        secrets: &[&str],
    ) -> Self {
        let mut message = summarize_error_body(content_type, body);
        if (300..400).contains(&status) {
            message = match location {
                Some(loc) => format!("unexpected redirect to {}", truncate_chars(loc, 200)),
                None => "unexpected redirect".to_string(),
            };
        }
        let message = scrub(&message, secrets);
        match status {
            429 => Self::RateLimited {
                op,
                retry_after,
                message,
            },
            408 | 500..=599 => Self::Unavailable {
                op,
                status,
                retry_after,
                message,
            },
            401 => Self::Unauthorized {
                op,
                status,
                message,
            },
            _ => Self::Rejected {
                op,
                status,
                message,
            },
        }
    }
}

/// Replaces every secret (key, token) found in `text` with `[redacted]`.
pub(crate) fn scrub(text: &str, secrets: &[&str]) -> String {
    let mut out = text.to_string();
    for s in secrets {
        // Very short values would redact ordinary words; real keys and tokens are long.
        if s.len() >= 6 && out.contains(s) {
            out = out.replace(s, "[redacted]");
        }
    }
    out
}

/// A short, readable, single-line summary of an error body, whatever its format:
///
/// * ASP.NET `ValidationProblemDetails` `{"title", "errors": {"Field": ["msg"]}}` →
///   `"<title> Field: msg; Other: msg"`;
/// * `ProblemDetails` `{"title", "detail"}`, OAuth2 `{"error", "error_description"}`, or any
///   object with `message` / `Message` / `error`;
/// * other JSON → compact JSON; HTML → its `<title>` or its text; anything else → the text.
///
/// Control characters are removed, whitespace is collapsed and the result is cut to 300
/// characters. An empty body gives `"empty body"`.
pub fn summarize_error_body(content_type: Option<&str>, body: &[u8]) -> String {
    let text = String::from_utf8_lossy(body);
    let trimmed = text.trim();
    if trimmed.is_empty() {
        return "empty body".to_string();
    }
    let ct = content_type.unwrap_or("").to_ascii_lowercase();
    let looks_json = ct.contains("json") || trimmed.starts_with(['{', '[', '"']);
    if looks_json && let Ok(v) = serde_json::from_str::<Value>(trimmed) {
        return finish(&summarize_json(&v));
    }
    let lower = trimmed.to_ascii_lowercase();
    let looks_html = ct.contains("html")
        || (trimmed.starts_with('<') && (lower.contains("<html") || lower.contains("<!doctype")));
    if looks_html {
        return finish(&summarize_html(trimmed));
    }
    finish(trimmed)
}

fn summarize_json(v: &Value) -> String {
    let Value::Object(map) = v else {
        return match v {
            Value::String(s) => s.clone(),
            Value::Array(items) => items.iter().map(json_scalar).collect::<Vec<_>>().join("; "),
            other => other.to_string(),
        };
    };
    let get_str = |k: &str| -> Option<String> {
        map.iter()
            .find(|(key, _)| key.eq_ignore_ascii_case(k))
            .and_then(|(_, v)| match v {
                Value::String(s) if !s.trim().is_empty() => Some(s.trim().to_string()),
                _ => None,
            })
    };
    let mut out = String::new();
    // OAuth2 token endpoint errors.
    if let Some(err) = get_str("error") {
        out.push_str(&err);
        if let Some(desc) = get_str("error_description") {
            let _ = write!(out, ": {desc}");
        }
    }
    if let Some(title) = get_str("title") {
        push_sentence(&mut out, &title);
    }
    if let Some(detail) = get_str("detail") {
        push_sentence(&mut out, &detail);
    }
    for key in ["message", "errorMessage"] {
        if let Some(m) = get_str(key) {
            push_sentence(&mut out, &m);
        }
    }
    let errors = map
        .iter()
        .find(|(k, _)| k.eq_ignore_ascii_case("errors"))
        .map(|(_, v)| v);
    match errors {
        Some(Value::Object(fields)) => {
            let parts: Vec<String> = fields
                .iter()
                .map(|(field, msgs)| {
                    let msgs = match msgs {
                        Value::Array(a) => a.iter().map(json_scalar).collect::<Vec<_>>().join(", "),
                        other => json_scalar(other),
                    };
                    if field.is_empty() || field == "$" {
                        msgs
                    } else {
                        format!("{field}: {msgs}")
                    }
                })
                .collect();
            if !parts.is_empty() {
                push_sentence(&mut out, &parts.join("; "));
            }
        }
        Some(Value::Array(items)) if !items.is_empty() => {
            let parts: Vec<String> = items.iter().map(json_scalar).collect();
            push_sentence(&mut out, &parts.join("; "));
        }
        _ => {}
    }
    if out.is_empty() {
        out = v.to_string();
    }
    out
}

/// A scalar as text; objects give their `message`/`errorMessage` when they have one.
fn json_scalar(v: &Value) -> String {
    match v {
        Value::String(s) => s.trim().to_string(),
        Value::Object(m) => ["message", "errorMessage", "description"]
            .iter()
            .find_map(|k| m.get(*k).and_then(Value::as_str))
            .map(str::to_string)
            .unwrap_or_else(|| v.to_string()),
        other => other.to_string(),
    }
}

fn push_sentence(out: &mut String, s: &str) {
    if out.contains(s) {
        return;
    }
    if !out.is_empty() {
        if !out.ends_with(['.', ':', '!', '?']) {
            out.push(':');
        }
        out.push(' ');
    }
    out.push_str(s);
}

/// `<title>` when present (plus a short `<h1>`), else the text with tags stripped.
fn summarize_html(html: &str) -> String {
    let lower = html.to_ascii_lowercase();
    let inner = |tag: &str| -> Option<String> {
        let open = lower.find(&format!("<{tag}"))?;
        let start = open + lower[open..].find('>')? + 1;
        let end = start + lower[start..].find(&format!("</{tag}"))?;
        // `lower` has the same byte offsets as `html` (ASCII lowercasing keeps lengths).
        let text = strip_tags(html.get(start..end)?);
        (!text.trim().is_empty()).then(|| text.trim().to_string())
    };
    let title = inner("title");
    let h1 = inner("h1");
    match (title, h1) {
        (Some(t), Some(h)) if t != h => format!("{t}: {h}"),
        (Some(t), _) => t,
        (None, Some(h)) => h,
        (None, None) => {
            // Drop <script>/<style> contents roughly, then the tags.
            strip_tags(html)
        }
    }
}

fn strip_tags(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut in_tag = false;
    for c in s.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => {
                in_tag = false;
                out.push(' ');
            }
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    out.replace("&nbsp;", " ")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

/// Removes control characters, collapses whitespace and cuts to [`MAX_MESSAGE_CHARS`].
fn finish(s: &str) -> String {
    let collapsed = s
        .split(|c: char| c.is_whitespace() || c.is_control())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    if collapsed.is_empty() {
        return "empty body".to_string();
    }
    if collapsed.chars().count() > MAX_MESSAGE_CHARS {
        format!(
            "{}…",
            truncate_chars(&collapsed, MAX_MESSAGE_CHARS - 1).trim_end()
        )
    } else {
        collapsed
    }
}

fn truncate_chars(s: &str, max: usize) -> &str {
    match s.char_indices().nth(max) {
        Some((idx, _)) => &s[..idx],
        None => s,
    }
}

/// Parses a `Retry-After` value: delay-seconds (`"120"`; a fractional `"1.5"` is tolerated) or
/// an HTTP-date (IMF-fixdate, RFC 850 or asctime), relative to `now`. A date in the past gives
/// zero. Anything else gives `None`.
pub fn parse_retry_after(value: &str, now: DateTime<Utc>) -> Option<Duration> {
    let v = value.trim();
    if v.is_empty() {
        return None;
    }
    if v.bytes().all(|b| b.is_ascii_digit()) {
        // Saturate absurdly long values instead of failing.
        return Some(Duration::from_secs(
            v.parse::<u64>().unwrap_or(u64::MAX / 4),
        ));
    }
    if let Ok(f) = v.parse::<f64>() {
        return (0.0..1e12).contains(&f).then(|| Duration::from_secs_f64(f));
    }
    let date = parse_http_date(v)?;
    let delta = date.signed_duration_since(now);
    Some(delta.to_std().unwrap_or(Duration::ZERO))
}

fn parse_http_date(v: &str) -> Option<DateTime<Utc>> {
    if let Ok(d) = DateTime::parse_from_rfc2822(v) {
        return Some(d.with_timezone(&Utc));
    }
    // RFC 850: "Sunday, 06-Nov-94 08:49:37 GMT"; asctime: "Sun Nov  6 08:49:37 1994".
    let v = v.trim_end_matches(" GMT").trim_end_matches(" UTC");
    let collapsed = v.split_whitespace().collect::<Vec<_>>().join(" ");
    for fmt in [
        "%A, %d-%b-%y %H:%M:%S",
        "%a %b %e %H:%M:%S %Y",
        "%a %b %d %H:%M:%S %Y",
    ] {
        if let Ok(n) = NaiveDateTime::parse_from_str(&collapsed, fmt) {
            return Some(n.and_utc());
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn validation_problem_details_lists_fields() {
        let body = br#"{"type":"https://tools.ietf.org/html/rfc7231#section-6.5.1",
            "title":"One or more validation errors occurred.","status":400,
            "traceId":"00-abc-01",
            "errors":{"Title":["The Title field is required."],"Locale":["The field Locale must be a string with a maximum length of 10."]}}"#;
        let m = summarize_error_body(Some("application/problem+json; charset=utf-8"), body);
        // Field order follows serde_json's map order (sorted unless `preserve_order`).
        assert!(
            m.starts_with("One or more validation errors occurred. "),
            "{m}"
        );
        assert!(m.contains("Title: The Title field is required."), "{m}");
        assert!(
            m.contains("Locale: The field Locale must be a string with a maximum length of 10."),
            "{m}"
        );
        assert!(!m.contains("traceId") && !m.contains("rfc7231"), "{m}");
    }

    #[test]
    fn problem_details_title_and_detail() {
        let m = summarize_error_body(
            None,
            br#"{"title":"Not Found","status":404,"detail":"Data subject request 42 does not exist"}"#,
        );
        assert_eq!(m, "Not Found: Data subject request 42 does not exist");
    }

    #[test]
    fn oauth_and_other_json() {
        assert_eq!(
            summarize_error_body(
                Some("application/json"),
                br#"{"error":"invalid_client","error_description":"Unknown client"}"#
            ),
            "invalid_client: Unknown client"
        );
        assert_eq!(
            summarize_error_body(None, br#"{"Message":"An error has occurred."}"#),
            "An error has occurred."
        );
        assert_eq!(
            summarize_error_body(None, br#"{"code":17}"#),
            r#"{"code":17}"#
        );
        assert_eq!(
            summarize_error_body(None, br#""just a string""#),
            "just a string"
        );
        assert_eq!(
            summarize_error_body(None, br#"{"errors":["a","b"]}"#),
            "a; b"
        );
    }

    #[test]
    fn html_and_text_and_empty() {
        let html = b"<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>";
        assert_eq!(
            summarize_error_body(Some("text/html"), html),
            "502 Bad Gateway"
        );
        let html2 = b"<html><body><p>Service <b>down</b> for maintenance</p></body></html>";
        assert_eq!(
            summarize_error_body(None, html2),
            "Service down for maintenance"
        );
        assert_eq!(
            summarize_error_body(Some("text/plain"), b"  bad\r\n\tthing \x07 "),
            "bad thing"
        );
        assert_eq!(summarize_error_body(None, b"   "), "empty body");
        assert_eq!(summarize_error_body(None, b""), "empty body");
        // Broken JSON falls back to text.
        assert_eq!(summarize_error_body(None, b"{not json"), "{not json");
    }

    #[test]
    fn long_bodies_are_cut_on_a_char_boundary() {
        let body = "é".repeat(2000);
        let m = summarize_error_body(None, body.as_bytes());
        assert_eq!(m.chars().count(), MAX_MESSAGE_CHARS);
        assert!(m.ends_with('…'));
    }

    #[test]
    fn secrets_are_scrubbed_from_messages() {
        let e = DastraError::from_status(
            "create task",
            400,
            None,
            None,
            br#"{"title":"bad header X-API-Key: sk_live_abcdef123456"}"#,
            None,
            &["sk_live_abcdef123456"],
        );
        let s = e.to_string();
        assert!(!s.contains("sk_live_abcdef123456"), "{s}");
        assert!(s.contains("[redacted]"));
        assert!(!e.is_transient());
        assert_eq!(e.status(), Some(400));
    }

    #[test]
    fn classification() {
        let mk = |status| DastraError::from_status("x", status, None, None, b"", None, &[]);
        assert!(matches!(mk(429), DastraError::RateLimited { .. }));
        assert!(mk(429).is_transient());
        for s in [408, 500, 502, 503, 504, 599] {
            assert!(mk(s).is_transient(), "{s}");
            assert!(mk(s).is_retryable(), "{s}");
        }
        for s in [301, 400, 403, 404, 409, 413, 422] {
            assert!(!mk(s).is_transient(), "{s}");
        }
        let unauthorized = mk(401);
        assert!(unauthorized.is_unauthorized());
        assert!(unauthorized.is_transient());
        assert!(!unauthorized.is_retryable());
        let redirect = DastraError::from_status(
            "get me",
            302,
            None,
            None,
            b"",
            Some("https://login.example/"),
            &[],
        );
        assert_eq!(
            redirect.to_string(),
            "cannot get me: dastra rejected the request (http 302): unexpected redirect to https://login.example/"
        );
    }

    #[test]
    fn display_is_lowercase_and_names_the_operation() {
        let e = DastraError::RateLimited {
            op: "create data subject request",
            retry_after: Some(Duration::from_secs(7)),
            message: "Too many requests".into(),
        };
        assert_eq!(
            e.to_string(),
            "cannot create data subject request: rate limited by dastra (http 429), retry after 7s: Too many requests"
        );
        assert_eq!(e.retry_after(), Some(Duration::from_secs(7)));
    }

    #[test]
    fn retry_after_seconds_and_dates() {
        let now = Utc.with_ymd_and_hms(1994, 11, 6, 8, 49, 30).unwrap();
        assert_eq!(
            parse_retry_after("120", now),
            Some(Duration::from_secs(120))
        );
        assert_eq!(parse_retry_after(" 0 ", now), Some(Duration::ZERO));
        assert_eq!(
            parse_retry_after("1.5", now),
            Some(Duration::from_millis(1500))
        );
        assert_eq!(
            parse_retry_after("Sun, 06 Nov 1994 08:49:37 GMT", now),
            Some(Duration::from_secs(7))
        );
        assert_eq!(
            parse_retry_after("Sunday, 06-Nov-94 08:49:37 GMT", now),
            Some(Duration::from_secs(7))
        );
        assert_eq!(
            parse_retry_after("Sun Nov  6 08:49:37 1994", now),
            Some(Duration::from_secs(7))
        );
        // In the past: retry now.
        assert_eq!(
            parse_retry_after("Sun, 06 Nov 1994 08:00:00 GMT", now),
            Some(Duration::ZERO)
        );
        assert_eq!(parse_retry_after("soon", now), None);
        assert_eq!(parse_retry_after("-5", now), None);
        assert_eq!(parse_retry_after("", now), None);
        assert!(parse_retry_after("99999999999999999999999", now).is_some());
    }
}
