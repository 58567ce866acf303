//! What happens to every request before (and after) its handler, in this order:
//!
//! 1. **rate limit** (not on `/connect/token`, which lives on another host in reality):
//!    429 + `Retry-After` when over the window's quota;
//! 2. **faults**: pick the faults that fire; sleep for a delay; answer or drop now for a
//!    "before" fault;
//! 3. **authentication** (not on `/connect/token`): `X-API-Key` or `Bearer`, else 401;
//! 4. **workspace**: `/v1/ws/{ws}/…` with an unknown workspace → 403 `ProblemDetails`;
//! 5. the handler; then an "after commit" fault replaces the response or drops the
//!    connection.

use std::sync::Arc;
use std::time::Instant;

use axum::extract::{Request, State};
use axum::http::{HeaderMap, HeaderName, HeaderValue, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use super::faults::FaultAction;
use super::problem::problem;
use super::server::{AppliedFaults, AuthUsed, DropConnection};
use super::state::{AuthMethod, Shared, lock};

/// A 401 as ASP.NET Core's JwtBearer handler sends it: empty body, `WWW-Authenticate`.
fn unauthorized(www_authenticate: &str) -> Response {
    let mut resp = StatusCode::UNAUTHORIZED.into_response();
    if let Ok(v) = HeaderValue::from_str(www_authenticate) {
        resp.headers_mut().insert(header::WWW_AUTHENTICATE, v);
    }
    resp
}

/// Checks the credentials of a request.
pub(crate) fn authenticate(shared: &Shared, headers: &HeaderMap) -> Result<AuthMethod, Response> {
    if let Some(key) = headers.get("x-api-key").and_then(|v| v.to_str().ok())
        && key.trim() == shared.private_key
    {
        return Ok(AuthMethod::ApiKey);
    }
    let authz = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    let Some((scheme, token)) = authz.trim().split_once(' ') else {
        return Err(unauthorized("Bearer"));
    };
    if !scheme.eq_ignore_ascii_case("bearer") {
        return Err(unauthorized("Bearer"));
    }
    let expiry = lock(&shared.tokens).tokens.get(token.trim()).copied();
    match expiry {
        Some(exp) if exp > Instant::now() => Ok(AuthMethod::Bearer),
        Some(_) => Err(unauthorized(
            "Bearer error=\"invalid_token\", error_description=\"The token expired\"",
        )),
        None => Err(unauthorized("Bearer error=\"invalid_token\"")),
    }
}

fn fault_response(
    status: u16,
    headers: &[(String, String)],
    content_type: &str,
    body: &str,
) -> Response {
    let mut resp = (
        StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
        body.to_string(),
    )
        .into_response();
    if let Ok(v) = HeaderValue::from_str(content_type) {
        resp.headers_mut().insert(header::CONTENT_TYPE, v);
    }
    for (k, v) in headers {
        if let (Ok(k), Ok(v)) = (HeaderName::try_from(k.as_str()), HeaderValue::from_str(v)) {
            resp.headers_mut().insert(k, v);
        }
    }
    resp
}

fn dropped() -> Response {
    let mut resp = StatusCode::INTERNAL_SERVER_ERROR.into_response();
    resp.extensions_mut().insert(DropConnection);
    resp
}

fn too_many_requests(shared: &Shared, retry_after: u64) -> Response {
    let (limit, window) = {
        let r = lock(&shared.rate);
        (r.limit.unwrap_or(0), r.window)
    };
    let period = if window.as_secs() % 60 == 0 && window.as_secs() > 0 {
        format!("{}m", window.as_secs() / 60)
    } else {
        format!("{}s", window.as_secs_f64())
    };
    let mut resp = (
        StatusCode::TOO_MANY_REQUESTS,
        format!("API calls quota exceeded! maximum admitted {limit} per {period}."),
    )
        .into_response();
    let h = resp.headers_mut();
    h.insert(header::CONTENT_TYPE, HeaderValue::from_static("text/plain"));
    h.insert(header::RETRY_AFTER, HeaderValue::from(retry_after));
    resp
}

/// The workspace segment of `/v1/ws/{ws}/…`.
fn workspace_segment(path: &str) -> Option<&str> {
    let rest = path.strip_prefix("/v1/ws/")?;
    Some(rest.split('/').next().unwrap_or(rest))
}

/// The middleware (see the module documentation).
pub(crate) async fn gate(State(shared): State<Arc<Shared>>, req: Request, next: Next) -> Response {
    let method = req.method().as_str().to_string();
    let path = req.uri().path().to_string();
    let is_token_endpoint = path.starts_with("/connect/");

    if !is_token_endpoint {
        let verdict = lock(&shared.rate).check(Instant::now());
        if let Err(secs) = verdict {
            lock(&shared.counters).rate_limited += 1;
            return too_many_requests(&shared, secs);
        }
    }

    let chosen = lock(&shared.faults).choose(&method, &path);
    let applied = AppliedFaults(chosen.description);
    if let Some(d) = chosen.delay {
        tokio::time::sleep(d).await;
    }
    let finish = |mut resp: Response, auth: Option<AuthMethod>| {
        resp.extensions_mut().insert(applied.clone());
        if let Some(a) = auth {
            resp.extensions_mut().insert(AuthUsed(a));
        }
        resp
    };
    match &chosen.action {
        Some(FaultAction::Before {
            status,
            headers,
            content_type,
            body,
        }) => {
            return finish(fault_response(*status, headers, content_type, body), None);
        }
        Some(FaultAction::DropBefore) => return finish(dropped(), None),
        _ => {}
    }

    let auth = if is_token_endpoint {
        None
    } else {
        match authenticate(&shared, req.headers()) {
            Ok(a) => Some(a),
            Err(resp) => return finish(resp, None),
        }
    };

    if let Some(ws) = workspace_segment(&path) {
        let known = ws
            .parse::<i32>()
            .is_ok_and(|id| lock(&shared.store).workspaces.contains_key(&id));
        if !known {
            return finish(problem(403), auth);
        }
    }

    let resp = next.run(req).await;
    let resp = match &chosen.action {
        Some(FaultAction::AfterCommit {
            status,
            headers,
            content_type,
            body,
        }) => fault_response(*status, headers, content_type, body),
        Some(FaultAction::DropAfterCommit) => dropped(),
        _ => resp,
    };
    finish(resp, auth)
}
