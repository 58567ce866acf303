//! Response builders: the exact error envelopes of Entra ID and Google.

use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde_json::{Value, json};

/// A response before it is turned into an axum [`Response`]; kept as plain
/// data so the request log can record what was answered.
#[derive(Clone, Debug)]
pub(crate) struct Reply {
    pub status: StatusCode,
    pub content_type: &'static str,
    pub location: Option<String>,
    pub extra_headers: Vec<(&'static str, String)>,
    pub body: String,
}

impl Reply {
    /// Compact JSON (Entra's style), `Cache-Control: no-store`.
    pub(crate) fn json(status: u16, value: &Value) -> Reply {
        Reply {
            status: StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
            content_type: "application/json; charset=utf-8",
            location: None,
            extra_headers: vec![
                ("cache-control", "no-store, no-cache".to_string()),
                ("pragma", "no-cache".to_string()),
            ],
            body: value.to_string(),
        }
    }

    /// Pretty JSON with two-space indentation (Google's style).
    pub(crate) fn json_pretty(status: u16, value: &Value) -> Reply {
        let mut reply = Reply::json(status, value);
        reply.body = serde_json::to_string_pretty(value).unwrap_or_default();
        reply.extra_headers = vec![
            (
                "cache-control",
                "no-cache, no-store, max-age=0, must-revalidate".to_string(),
            ),
            ("pragma", "no-cache".to_string()),
        ];
        reply
    }

    /// `302 Found` to `location`.
    pub(crate) fn redirect(location: String) -> Reply {
        Reply {
            status: StatusCode::FOUND,
            content_type: "text/html; charset=utf-8",
            body: format!(
                "<html><head><title>Object moved</title></head><body><h2>Object moved to <a href=\"{0}\">here</a>.</h2></body></html>",
                html_escape(&location)
            ),
            location: Some(location),
            extra_headers: Vec::new(),
        }
    }

    /// An HTML page (sign-in page, error page).
    pub(crate) fn html(status: u16, title: &str, text: &str) -> Reply {
        Reply {
            status: StatusCode::from_u16(status).unwrap_or(StatusCode::BAD_REQUEST),
            content_type: "text/html; charset=utf-8",
            location: None,
            extra_headers: Vec::new(),
            body: format!(
                "<!DOCTYPE html><html><head><title>{0}</title></head><body><h1>{0}</h1><p>{1}</p></body></html>",
                html_escape(title),
                html_escape(text)
            ),
        }
    }

    pub(crate) fn with_header(mut self, name: &'static str, value: String) -> Reply {
        self.extra_headers.push((name, value));
        self
    }
}

impl IntoResponse for Reply {
    fn into_response(self) -> Response {
        let mut headers = HeaderMap::new();
        headers.insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static(self.content_type),
        );
        if let Some(location) = &self.location
            && let Ok(v) = HeaderValue::from_str(location)
        {
            headers.insert(header::LOCATION, v);
        }
        for (name, value) in &self.extra_headers {
            if let Ok(v) = HeaderValue::from_str(value) {
                headers.insert(*name, v);
            }
        }
        (self.status, headers, self.body).into_response()
    }
}

fn html_escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// Per-request identifiers Entra stamps on every error.
pub(crate) struct MsTrace {
    pub trace_id: String,
    pub correlation_id: String,
    /// `YYYY-MM-DD HH:MM:SSZ`.
    pub timestamp: String,
}

/// An Entra ID v2 token-endpoint error:
/// `{"error", "error_description": "AADSTS<code>: <message> Trace ID: … Correlation ID: … Timestamp: …",
///   "error_codes": [code], "timestamp", "trace_id", "correlation_id", "error_uri"}`
/// (+ `suberror` where Entra sends one).
pub(crate) fn ms_error(
    trace: &MsTrace,
    status: u16,
    error: &str,
    code: u32,
    message: &str,
    suberror: Option<&str>,
) -> Reply {
    let description = format!(
        "AADSTS{code}: {message} Trace ID: {} Correlation ID: {} Timestamp: {}",
        trace.trace_id, trace.correlation_id, trace.timestamp
    );
    let mut body = json!({
        "error": error,
        "error_description": description,
        "error_codes": [code],
        "timestamp": trace.timestamp,
        "trace_id": trace.trace_id,
        "correlation_id": trace.correlation_id,
        "error_uri": format!("https://login.microsoftonline.com/error?code={code}"),
    });
    if let Some(sub) = suberror {
        body["suberror"] = json!(sub);
    }
    Reply::json(status, &body).with_header("x-ms-request-id", trace.trace_id.clone())
}

/// A Google OAuth error: `{"error": …, "error_description": …}` (pretty-printed).
pub(crate) fn google_error(status: u16, error: &str, description: &str) -> Reply {
    Reply::json_pretty(
        status,
        &json!({ "error": error, "error_description": description }),
    )
}
