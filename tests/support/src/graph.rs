//! A Microsoft Graph double for `POST /v1.0/users/{id}/sendMail` with a MIME body
//! (providers.md §2.4, §5.1), on plain HTTP on loopback.
//!
//! | Request | Answer |
//! |---|---|
//! | no / unknown / expired / revoked token | `401 InvalidAuthenticationToken` |
//! | token for another audience (no `https://graph.microsoft.com/…` scope) | `401 InvalidAuthenticationToken` "Invalid audience." |
//! | token without `Mail.Send` | `403 ErrorAccessDenied` "Access is denied. Check credentials and try again." |
//! | delegated token for another mailbox | `403 ErrorAccessDenied` |
//! | app-only, mailbox outside [`GraphDouble::restrict_app_to`] | `403 ErrorAccessDenied` "Access to OData is disabled: [RAOP] …" |
//! | unknown mailbox | `404 ErrorInvalidUser` |
//! | body not base64 | `400 ErrorMimeContentInvalidBase64String` |
//! | body over the request limit (default 4 MB) | `413 ErrorRequestEntityTooLarge` [emulated; exact wording unverified] |
//! | From neither the mailbox nor granted ([`GraphDouble::grant_send_as`]) | `403 ErrorSendAsDenied` |
//! | over [`GraphDouble::set_rate_limit`] | `429 ApplicationThrottled` with `Retry-After` (seconds) |
//! | otherwise | `202 Accepted`, empty body, `request-id` header |
//!
//! [`GraphDouble::push_fault`] scripts the next answer (e.g. 503). Accepted messages are kept
//! as [`Received`] (`rcpts` from To/Cc/Bcc, `Bcc` stripped from the stored copy) with
//! their time, so tests can count per window.

use std::collections::{HashMap, HashSet};
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use base64::Engine as _;
use serde_json::json;

use crate::api_common::{
    Answer, Common, Fault, Req, Server, TokenLookup, header_recipients, without_bcc,
};
use crate::smtp_sink::Received;

/// Graph's request limit for `sendMail` (about 4 MB).
pub const GRAPH_MAX_REQUEST_BYTES: usize = 4 * 1024 * 1024;

struct Shared {
    lookup: TokenLookup,
    mailboxes: HashSet<String>,
    send_as: Mutex<HashMap<String, Vec<String>>>,
    app_scope: Mutex<Option<Vec<String>>>,
    max_request: usize,
    common: Arc<Common>,
}

/// See the [module docs](self).
pub struct GraphDouble {
    shared: Arc<Shared>,
    server: Server,
}

fn error(status: u16, code: &str, message: &str) -> Answer {
    let id = uuid::Uuid::new_v4().to_string();
    Answer::json(
        status,
        &json!({"error": {
            "code": code,
            "message": message,
            "innerError": {
                "date": chrono::Utc::now().format("%Y-%m-%dT%H:%M:%S").to_string(),
                "request-id": id,
                "client-request-id": id,
            }
        }}),
    )
    .with("request-id", id)
}

impl GraphDouble {
    /// A Graph tenant with these mailboxes; tokens checked by `lookup`.
    pub fn start(lookup: TokenLookup, mailboxes: &[&str]) -> GraphDouble {
        let common = Arc::new(Common::default());
        let shared = Arc::new(Shared {
            lookup,
            mailboxes: mailboxes.iter().map(|m| m.to_ascii_lowercase()).collect(),
            send_as: Mutex::new(HashMap::new()),
            app_scope: Mutex::new(None),
            max_request: GRAPH_MAX_REQUEST_BYTES,
            common: common.clone(),
        });
        let s = shared.clone();
        // Accept bodies a bit over the limit so the 413 is Graph's JSON, not a reset.
        let server = Server::start(
            "graph-double",
            common,
            GRAPH_MAX_REQUEST_BYTES * 2,
            Arc::new(move |r| handle(&s, r)),
        );
        GraphDouble { shared, server }
    }

    pub fn addr(&self) -> SocketAddr {
        self.server.addr
    }

    /// `http://127.0.0.1:<port>` (stands for `https://graph.microsoft.com`).
    pub fn endpoint(&self) -> String {
        format!("http://{}", self.server.addr)
    }

    /// Lets `mailbox` send as `address` (Exchange SendAs).
    pub fn grant_send_as(&self, mailbox: &str, address: &str) {
        self.shared
            .send_as
            .lock()
            .unwrap()
            .entry(mailbox.to_ascii_lowercase())
            .or_default()
            .push(address.to_ascii_lowercase());
    }

    /// App-only tokens may only act for these mailboxes (Application Access Policy /
    /// RBAC for Applications).
    pub fn restrict_app_to(&self, mailboxes: &[&str]) {
        *self.shared.app_scope.lock().unwrap() =
            Some(mailboxes.iter().map(|m| m.to_ascii_lowercase()).collect());
    }

    /// The next request gets this answer instead (after the token check).
    pub fn push_fault(&self, status: u16, code: &str, message: &str, retry_after: Option<u64>) {
        let body = error(status, code, message).body;
        self.shared.common.faults.lock().unwrap().push_back(Fault {
            status,
            body,
            retry_after: retry_after.map(|s| s.to_string()),
        });
    }

    /// More than `limit` accepted messages within `window` → 429 with Retry-After.
    pub fn set_rate_limit(&self, limit: usize, window: Duration) {
        *self.shared.common.rate_limit.lock().unwrap() = Some((limit, window));
    }

    pub fn received(&self) -> Vec<Received> {
        self.wait_for(0, Duration::ZERO)
    }

    pub fn wait_for(&self, n: usize, timeout: Duration) -> Vec<Received> {
        self.shared.common.wait_for(n, timeout)
    }

    /// The most messages accepted within any sliding `window`.
    pub fn max_in_window(&self, window: Duration) -> usize {
        self.shared.common.max_in_window(window)
    }

    /// (method, path, status) of every request so far.
    pub fn requests(&self) -> Vec<(String, String, u16)> {
        self.shared.common.requests.lock().unwrap().clone()
    }
}

fn handle(s: &Shared, r: Req) -> Answer {
    // /v1.0/users/{id}/sendMail
    let parts: Vec<&str> = r.path.trim_matches('/').split('/').collect();
    let mailbox = match parts.as_slice() {
        ["v1.0", "users", id, "sendMail"] if r.method == "POST" => percent_decode(id),
        _ => {
            return error(
                400,
                "BadRequest",
                &format!("Resource not found for the segment '{}'.", r.path),
            );
        }
    };
    let Some(token) = r.bearer() else {
        return error(401, "InvalidAuthenticationToken", "Access token is empty.");
    };
    let Some(claims) = (s.lookup)(&token) else {
        return error(
            401,
            "InvalidAuthenticationToken",
            "Lifetime validation failed, the token is expired.",
        );
    };
    if !claims
        .scopes
        .iter()
        .any(|sc| sc.starts_with("https://graph.microsoft.com/") || sc.starts_with("Mail."))
    {
        return error(
            401,
            "InvalidAuthenticationToken",
            "Access token validation failure. Invalid audience.",
        );
    }
    if !claims.scopes.iter().any(|sc| {
        sc.ends_with("/Mail.Send") || sc == "Mail.Send" || sc.ends_with("/Mail.Send.Shared")
    }) {
        return error(
            403,
            "ErrorAccessDenied",
            "Access is denied. Check credentials and try again.",
        );
    }
    let mailbox_lc = mailbox.to_ascii_lowercase();
    match &claims.user {
        Some(u) if !u.eq_ignore_ascii_case(&mailbox) => {
            return error(
                403,
                "ErrorAccessDenied",
                "Access is denied. Check credentials and try again.",
            );
        }
        Some(_) => {}
        None => {
            if let Some(scope) = &*s.app_scope.lock().unwrap()
                && !scope.contains(&mailbox_lc)
            {
                return error(
                    403,
                    "ErrorAccessDenied",
                    "Access to OData is disabled: [RAOP] : Blocked by tenant configured AppOnly AccessPolicy settings.",
                );
            }
        }
    }
    if !s.mailboxes.contains(&mailbox_lc) {
        return error(
            404,
            "ErrorInvalidUser",
            &format!("The requested user '{mailbox}' is invalid."),
        );
    }
    if let Some(f) = s.common.next_fault() {
        return f;
    }
    if r.body.len() > s.max_request {
        return error(
            413,
            "ErrorRequestEntityTooLarge",
            "The request is larger than the maximum request size of 4 MB.",
        );
    }
    if !r.content_type().starts_with("text/plain") {
        return error(
            400,
            "ErrorMimeContentInvalidBase64String",
            "Invalid base64 string for MIME content.",
        );
    }
    let compact: Vec<u8> = r
        .body
        .iter()
        .copied()
        .filter(|b| !b.is_ascii_whitespace())
        .collect();
    let Ok(mime) = base64::engine::general_purpose::STANDARD.decode(&compact) else {
        return error(
            400,
            "ErrorMimeContentInvalidBase64String",
            "Invalid base64 string for MIME content.",
        );
    };
    let rcpts = header_recipients(&mime);
    if rcpts.is_empty() {
        return error(
            400,
            "ErrorInvalidRecipients",
            "At least one recipient isn't valid., A message can't be sent because it contains no recipients.",
        );
    }
    let from = crate::smtp_provider::header_from(&mime).unwrap_or_default();
    let allowed = from == mailbox_lc
        || s.send_as
            .lock()
            .unwrap()
            .get(&mailbox_lc)
            .is_some_and(|l| l.contains(&from));
    if !allowed {
        return error(
            403,
            "ErrorSendAsDenied",
            "The user account which was used to submit this request does not have the right to send mail on behalf of the specified sending account., Cannot submit message.",
        );
    }
    let now = Instant::now();
    if let Some(wait) = s.common.throttled(now) {
        return error(
            429,
            "ApplicationThrottled",
            "Application is over its MailboxConcurrency limit.",
        )
        .with("retry-after", wait.as_secs().max(1).to_string());
    }
    s.common.received.lock().unwrap().push((
        now,
        Received {
            mail_from: mailbox_lc,
            rcpts,
            data: without_bcc(&mime),
            auth_user: claims.user.or(claims.client_id),
        },
    ));
    Answer::empty(202).with("request-id", uuid::Uuid::new_v4().to_string())
}

pub(crate) fn percent_decode(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%'
            && i + 2 < b.len()
            && let Ok(v) = u8::from_str_radix(&s[i + 1..i + 3], 16)
        {
            out.push(v);
            i += 3;
        } else {
            out.push(b[i]);
            i += 1;
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}
