//! Response builders: JSON bodies and ASP.NET Core (.NET 8) `ProblemDetails` /
//! `ValidationProblemDetails` bodies, and .NET-style timestamps.

use std::collections::BTreeMap;

use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde_json::{Value, json};

/// ASP.NET Core's `errors` dictionary: key → messages.
pub(crate) type Errors = BTreeMap<String, Vec<String>>;

/// Adds one message under `key`.
pub(crate) fn push_err(errors: &mut Errors, key: impl Into<String>, msg: impl Into<String>) {
    errors.entry(key.into()).or_default().push(msg.into());
}

/// A W3C trace id as ASP.NET Core puts in `traceId` (`00-<32 hex>-<16 hex>-00`).
pub(crate) fn trace_id() -> String {
    let a = uuid::Uuid::new_v4().simple().to_string();
    let b = uuid::Uuid::new_v4().simple().to_string();
    format!("00-{a}-{}-00", &b[..16])
}

/// The RFC 9110 section ASP.NET Core links in `type` for a status.
fn type_url(status: u16) -> &'static str {
    match status {
        400 => "https://tools.ietf.org/html/rfc9110#section-15.5.1",
        401 => "https://tools.ietf.org/html/rfc9110#section-15.5.2",
        403 => "https://tools.ietf.org/html/rfc9110#section-15.5.4",
        404 => "https://tools.ietf.org/html/rfc9110#section-15.5.5",
        405 => "https://tools.ietf.org/html/rfc9110#section-15.5.6",
        409 => "https://tools.ietf.org/html/rfc9110#section-15.5.10",
        413 => "https://tools.ietf.org/html/rfc9110#section-15.5.14",
        415 => "https://tools.ietf.org/html/rfc9110#section-15.5.16",
        500 => "https://tools.ietf.org/html/rfc9110#section-15.6.1",
        502 => "https://tools.ietf.org/html/rfc9110#section-15.6.3",
        503 => "https://tools.ietf.org/html/rfc9110#section-15.6.4",
        504 => "https://tools.ietf.org/html/rfc9110#section-15.6.5",
        _ => "https://tools.ietf.org/html/rfc9110",
    }
}

/// A JSON response with `application/json; charset=utf-8`.
pub(crate) fn json_response(status: u16, body: &Value) -> Response {
    let mut resp = (
        StatusCode::from_u16(status).unwrap_or(StatusCode::OK),
        body.to_string(),
    )
        .into_response();
    resp.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json; charset=utf-8"),
    );
    resp
}

fn problem_response(status: u16, body: &Value) -> Response {
    let mut resp = json_response(status, body);
    resp.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/problem+json; charset=utf-8"),
    );
    resp
}

/// The JSON of a `ProblemDetails` for `status` (no `errors`).
pub(crate) fn problem_json(status: u16) -> Value {
    let title = StatusCode::from_u16(status)
        .ok()
        .and_then(|s| s.canonical_reason())
        .unwrap_or("Error");
    json!({"type": type_url(status), "title": title, "status": status, "traceId": trace_id()})
}

/// A `ProblemDetails` response (what `NotFound()`, `Forbid()`… produce in ASP.NET Core).
pub(crate) fn problem(status: u16) -> Response {
    problem_response(status, &problem_json(status))
}

/// A 400 `ValidationProblemDetails` response.
pub(crate) fn validation_problem(errors: &Errors) -> Response {
    problem_response(
        400,
        &json!({
            "type": type_url(400),
            "title": "One or more validation errors occurred.",
            "status": 400,
            "errors": errors,
            "traceId": trace_id(),
        }),
    )
}

/// A 400 `ValidationProblemDetails` with one error.
pub(crate) fn validation_problem1(key: &str, msg: &str) -> Response {
    let mut errors = Errors::new();
    push_err(&mut errors, key, msg);
    validation_problem(&errors)
}

/// 400 for a query/route value that does not convert (ASP.NET model binding message).
pub(crate) fn invalid_value(key: &str, raw: &str) -> Response {
    validation_problem1(key, &format!("The value '{raw}' is not valid."))
}

/// `DateTime.UtcNow` as the server writes it: no offset, 7 fractional digits
/// (`2023-09-18T10:31:30.6882299`).
pub(crate) fn now_dotnet() -> String {
    dotnet_time(chrono::Utc::now().naive_utc())
}

/// A naive date-time in the server's format.
pub(crate) fn dotnet_time(t: chrono::NaiveDateTime) -> String {
    use chrono::Timelike;
    format!(
        "{}.{:07}",
        t.format("%Y-%m-%dT%H:%M:%S"),
        t.nanosecond() % 1_000_000_000 / 100
    )
}

/// Parses the date-time forms System.Text.Json accepts (ISO 8601: date, date-time with or
/// without fraction and offset). Offsets are converted to UTC.
pub(crate) fn parse_datetime(s: &str) -> Option<chrono::NaiveDateTime> {
    use chrono::{DateTime, NaiveDate, NaiveDateTime};
    if let Ok(t) = DateTime::parse_from_rfc3339(s) {
        return Some(t.naive_utc());
    }
    for fmt in [
        "%Y-%m-%dT%H:%M:%S%.f",
        "%Y-%m-%dT%H:%M:%S",
        "%Y-%m-%dT%H:%M",
    ] {
        if let Ok(t) = NaiveDateTime::parse_from_str(s, fmt) {
            return Some(t);
        }
    }
    NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .ok()
        .and_then(|d| d.and_hms_opt(0, 0, 0))
}

/// Whole days from now to `s` (negative when past), as `remainingDays`.
pub(crate) fn days_until(s: &str) -> Option<i64> {
    let t = parse_datetime(s)?;
    Some((t - chrono::Utc::now().naive_utc()).num_days())
}
