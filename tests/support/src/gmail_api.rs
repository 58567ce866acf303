//! A Gmail API double (providers.md §3.2, §3.6, §5.1), on plain HTTP on loopback:
//!
//! * `POST /gmail/v1/users/{userId|me}/messages/send` with `{"raw": base64url}` (padded or
//!   not), and `POST /upload/gmail/v1/users/{userId|me}/messages/send?uploadType=media`
//!   with a `message/rfc822` body → `200 {"id","threadId","labelIds":["SENT"]}`;
//! * `GET /gmail/v1/users/{userId|me}/settings/sendAs` → `{"sendAs": [...]}` (the primary
//!   address, then the aliases added with [`GmailApiDouble::add_send_as`]).
//!
//! Like Gmail, a `From` address that is not one of the account's sendAs addresses is
//! **rewritten** to the primary address (display name kept, original in
//! `X-Google-Original-From`), never refused.
//!
//! | Request | Answer (Google's error envelope) |
//! |---|---|
//! | no / unknown / expired token | `401 UNAUTHENTICATED` (authError) |
//! | send without `gmail.send` / `gmail.compose` / `gmail.modify` / `mail.google.com` | `403 PERMISSION_DENIED` (insufficientPermissions) |
//! | sendAs list without `gmail.settings.basic` / `gmail.readonly` / `gmail.modify` / `mail.google.com` | `403 PERMISSION_DENIED` (insufficientPermissions) |
//! | `userId` other than the token's user | `403 PERMISSION_DENIED` "Delegation denied for …" |
//! | no `raw` / bad base64 | `400 INVALID_ARGUMENT` |
//! | no recipient in To/Cc/Bcc | `400 INVALID_ARGUMENT` "Recipient address required" |
//! | over [`GmailApiDouble::set_rate_limit`] | `429 RESOURCE_EXHAUSTED` (rateLimitExceeded) with `Retry-After` |

use std::collections::HashMap;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use base64::Engine as _;
use serde_json::json;

use crate::api_common::{
    Answer, Common, Fault, Req, Server, TokenLookup, header_recipients, without_bcc,
};
use crate::smtp_sink::Received;

/// Gmail's maximum message size (35 MB).
pub const GMAIL_MAX_MESSAGE_BYTES: usize = 35 * 1024 * 1024;

const SEND_SCOPES: [&str; 4] = [
    "https://www.googleapis.com/auth/gmail.send",
    "https://www.googleapis.com/auth/gmail.compose",
    "https://www.googleapis.com/auth/gmail.modify",
    "https://mail.google.com/",
];
const SETTINGS_SCOPES: [&str; 4] = [
    "https://www.googleapis.com/auth/gmail.settings.basic",
    "https://www.googleapis.com/auth/gmail.readonly",
    "https://www.googleapis.com/auth/gmail.modify",
    "https://mail.google.com/",
];

struct Shared {
    lookup: TokenLookup,
    /// Primary address → its aliases (verified).
    accounts: Mutex<HashMap<String, Vec<(String, String)>>>,
    common: Arc<Common>,
}

/// See the [module docs](self).
pub struct GmailApiDouble {
    shared: Arc<Shared>,
    server: Server,
}

fn error(status: u16, gstatus: &str, reason: &str, domain: &str, message: &str) -> Answer {
    Answer::json(
        status,
        &json!({"error": {
            "code": status,
            "message": message,
            "errors": [{"message": message, "domain": domain, "reason": reason}],
            "status": gstatus,
        }}),
    )
}

fn unauthenticated() -> Answer {
    error(
        401,
        "UNAUTHENTICATED",
        "authError",
        "global",
        "Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential. See https://developers.google.com/identity/sign-in/web/devconsole-project.",
    )
    .with("www-authenticate", "Bearer realm=\"https://accounts.google.com/\", error=\"invalid_token\"".into())
}

fn insufficient() -> Answer {
    error(
        403,
        "PERMISSION_DENIED",
        "insufficientPermissions",
        "global",
        "Request had insufficient authentication scopes.",
    )
}

fn invalid(message: &str) -> Answer {
    error(
        400,
        "INVALID_ARGUMENT",
        "invalidArgument",
        "global",
        message,
    )
}

impl GmailApiDouble {
    /// Gmail accounts (primary addresses); tokens checked by `lookup`.
    pub fn start(lookup: TokenLookup, accounts: &[&str]) -> GmailApiDouble {
        let common = Arc::new(Common::default());
        let shared = Arc::new(Shared {
            lookup,
            accounts: Mutex::new(
                accounts
                    .iter()
                    .map(|a| (a.to_ascii_lowercase(), Vec::new()))
                    .collect(),
            ),
            common: common.clone(),
        });
        let s = shared.clone();
        let server = Server::start(
            "gmail-api-double",
            common,
            GMAIL_MAX_MESSAGE_BYTES * 2,
            Arc::new(move |r| handle(&s, r)),
        );
        GmailApiDouble { shared, server }
    }

    pub fn addr(&self) -> SocketAddr {
        self.server.addr
    }

    /// `http://127.0.0.1:<port>` (stands for `https://gmail.googleapis.com`).
    pub fn endpoint(&self) -> String {
        format!("http://{}", self.server.addr)
    }

    /// Adds a verified "Send mail as" address to `account`.
    pub fn add_send_as(&self, account: &str, address: &str, display_name: &str) {
        self.shared
            .accounts
            .lock()
            .unwrap()
            .entry(account.to_ascii_lowercase())
            .or_default()
            .push((address.to_ascii_lowercase(), display_name.to_string()));
    }

    /// The next send gets this answer instead (after the token check); `body` is Google's
    /// error envelope built from these parts.
    pub fn push_fault(
        &self,
        status: u16,
        gstatus: &str,
        reason: &str,
        message: &str,
        retry_after: Option<u64>,
    ) {
        let body = error(status, gstatus, reason, "global", message).body;
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

fn has_any(scopes: &[String], wanted: &[&str]) -> bool {
    scopes.iter().any(|s| wanted.contains(&s.as_str()))
}

fn handle(s: &Shared, r: Req) -> Answer {
    let parts: Vec<&str> = r.path.trim_matches('/').split('/').collect();
    enum Op {
        Send { upload: bool },
        SendAs,
    }
    let (op, user_id) = match (r.method.as_str(), parts.as_slice()) {
        ("POST", ["gmail", "v1", "users", u, "messages", "send"]) => {
            (Op::Send { upload: false }, *u)
        }
        ("POST", ["upload", "gmail", "v1", "users", u, "messages", "send"]) => {
            (Op::Send { upload: true }, *u)
        }
        ("GET", ["gmail", "v1", "users", u, "settings", "sendAs"]) => (Op::SendAs, *u),
        _ => {
            return error(404, "NOT_FOUND", "notFound", "global", "Not Found");
        }
    };
    let Some(claims) = r.bearer().and_then(|t| (s.lookup)(&t)) else {
        return unauthenticated();
    };
    let Some(token_user) = claims.user.as_deref().map(str::to_ascii_lowercase) else {
        // Gmail has no app-only access: a service account must impersonate (`sub`).
        return error(
            400,
            "FAILED_PRECONDITION",
            "failedPrecondition",
            "global",
            "Precondition check failed.",
        );
    };
    let user = crate::graph::percent_decode(user_id).to_ascii_lowercase();
    if user != "me" && user != token_user {
        return error(
            403,
            "PERMISSION_DENIED",
            "forbidden",
            "global",
            &format!("Delegation denied for {token_user}"),
        );
    }
    let aliases = match s.accounts.lock().unwrap().get(&token_user) {
        Some(a) => a.clone(),
        None => {
            return error(
                400,
                "FAILED_PRECONDITION",
                "failedPrecondition",
                "global",
                "Mail service not enabled",
            );
        }
    };
    match op {
        Op::SendAs => {
            if !has_any(&claims.scopes, &SETTINGS_SCOPES) {
                return insufficient();
            }
            let mut list = vec![json!({
                "sendAsEmail": token_user,
                "displayName": "",
                "replyToAddress": "",
                "signature": "",
                "isPrimary": true,
                "isDefault": true,
            })];
            for (a, name) in &aliases {
                list.push(json!({
                    "sendAsEmail": a,
                    "displayName": name,
                    "replyToAddress": "",
                    "signature": "",
                    "isDefault": false,
                    "treatAsAlias": true,
                    "verificationStatus": "accepted",
                }));
            }
            Answer::json(200, &json!({ "sendAs": list }))
        }
        Op::Send { upload } => {
            if !has_any(&claims.scopes, &SEND_SCOPES) {
                return insufficient();
            }
            if let Some(f) = s.common.next_fault() {
                return f;
            }
            let mime = if upload {
                if !(r.query.contains("uploadType=media")
                    && r.content_type().starts_with("message/rfc822"))
                {
                    return invalid(
                        "Media type 'application/octet-stream' is not supported. Valid media types: [message/*]",
                    );
                }
                r.body.clone()
            } else {
                let v: serde_json::Value = match serde_json::from_slice(&r.body) {
                    Ok(v) => v,
                    Err(_) => return invalid("Invalid JSON payload received."),
                };
                let Some(raw) = v.get("raw").and_then(|x| x.as_str()) else {
                    return invalid(
                        "'raw' RFC822 payload message string or uploading message via /upload/* URL required",
                    );
                };
                let raw = raw.trim_end_matches('=');
                match base64::engine::general_purpose::URL_SAFE_NO_PAD.decode(raw) {
                    Ok(m) => m,
                    Err(_) => {
                        return invalid(
                            "Invalid value at 'message.raw' (TYPE_BYTES), Base64 decoding failed.",
                        );
                    }
                }
            };
            if mime.len() > GMAIL_MAX_MESSAGE_BYTES {
                return error(
                    413,
                    "INVALID_ARGUMENT",
                    "invalidArgument",
                    "global",
                    "Request payload size exceeds the limit: 36700160 bytes.",
                );
            }
            let rcpts = header_recipients(&mime);
            if rcpts.is_empty() {
                return invalid("Recipient address required");
            }
            let now = Instant::now();
            if let Some(wait) = s.common.throttled(now) {
                return error(
                    429,
                    "RESOURCE_EXHAUSTED",
                    "rateLimitExceeded",
                    "usageLimits",
                    "User-rate limit exceeded.",
                )
                .with("retry-after", wait.as_secs().max(1).to_string());
            }
            let from = crate::smtp_provider::header_from(&mime).unwrap_or_default();
            let known = from == token_user || aliases.iter().any(|(a, _)| *a == from);
            let data = if known {
                without_bcc(&mime)
            } else {
                crate::smtp_provider::gmail_rewrite(&without_bcc(&mime), &token_user)
            };
            let id = format!("{:016x}", rand::random::<u64>());
            s.common.received.lock().unwrap().push((
                now,
                Received {
                    mail_from: token_user.clone(),
                    rcpts,
                    data,
                    auth_user: Some(token_user),
                },
            ));
            Answer::json(
                200,
                &json!({"id": id, "threadId": id, "labelIds": ["SENT"]}),
            )
        }
    }
}
