//! A Microsoft Graph double for `POST /v1.0/users/{id}/sendMail` with a MIME body, and for
//! the draft + upload-session way that messages over the request limit take (providers.md
//! §2.4, §5.1), on plain HTTP on loopback.
//!
//! | Request | Answer |
//! |---|---|
//! | no / unknown / expired / revoked token | `401 InvalidAuthenticationToken` |
//! | token for another audience (no `https://graph.microsoft.com/…` scope) | `401 InvalidAuthenticationToken` "Invalid audience." |
//! | token without `Mail.Send` (`sendMail`, `send`) or `Mail.ReadWrite` (drafts, attachments, delete) | `403 ErrorAccessDenied` "Access is denied. Check credentials and try again." |
//! | delegated token for another mailbox | `403 ErrorAccessDenied` |
//! | app-only, mailbox outside [`GraphDouble::restrict_app_to`] | `403 ErrorAccessDenied` "Access to OData is disabled: [RAOP] …" |
//! | unknown mailbox | `404 ErrorInvalidUser` |
//! | body not base64 | `400 ErrorMimeContentInvalidBase64String` |
//! | body over the request limit (default 4 MB; `sendMail`, drafts, attachments, upload ranges) | `413 ErrorRequestEntityTooLarge` [emulated; exact wording unverified] |
//! | From neither the mailbox nor granted ([`GraphDouble::grant_send_as`]) | `403 ErrorSendAsDenied` (`sendMail`, `send`) |
//! | over [`GraphDouble::set_rate_limit`] | `429 ApplicationThrottled` with `Retry-After` (seconds) |
//! | `sendMail` otherwise | `202 Accepted`, empty body, `request-id` header |
//!
//! The draft way ("Create message" in MIME format, "attach large files to Outlook messages"):
//!
//! | Request | Answer |
//! |---|---|
//! | `POST /v1.0/users/{id}/messages`, base64 MIME as `text/plain` | `201` with the draft (`id`, `isDraft`); kept per mailbox ([`GraphDouble::drafts`]) |
//! | `POST …/messages/{mid}/attachments`, `#microsoft.graph.fileAttachment` JSON | `201`; added to the draft |
//! | `POST …/messages/{mid}/attachments/createUploadSession` `{"AttachmentItem": {…}}` | `201 {"uploadUrl", "expirationDateTime", "nextExpectedRanges": ["0-"]}`; `400 ErrorAttachmentSizeShouldNotBeLessThanMinimumSize` under 3 MB |
//! | `PUT {uploadUrl}` with an `Authorization` header | `401 InvalidAudienceForResource` (Graph's token is for another resource; the URL is pre-authenticated) |
//! | `PUT {uploadUrl}`, `Content-Range: bytes a-b/total` | `400 ErrorInvalidRequest` when `a` is not the next expected byte, `total` not the announced size, the body not `b-a+1` bytes, or a range other than the last not a multiple of 320 KiB [emulated: the 320 KiB rule is OneDrive's, stricter than what Outlook documents]; `200 {"nextExpectedRanges": ["n"]}`, the last `201` with `Location` (the attachment added to the draft) |
//! | `POST …/messages/{mid}/send` without `Content-Length` | `411` |
//! | `POST …/messages/{mid}/send` | recipients, SendAs and the rate limit as for `sendMail`, then `202`: the draft moves to the sent items ([`GraphDouble::sent_items`]) and the message, its attachments put back into the MIME (a `multipart/mixed`), is [received](GraphDouble::received) |
//! | `DELETE …/messages/{mid}` | `204`, the draft and its upload sessions gone |
//! | unknown draft | `404 ErrorItemNotFound` |
//!
//! [`GraphDouble::push_fault`] scripts the next answer of a Graph request (e.g. 503), after the
//! token check; [`GraphDouble::push_fault_on`] the answer of one kind of request ([`GraphOp`]),
//! upload ranges included. Accepted messages are kept as [`Received`] (`rcpts` from
//! To/Cc/Bcc, `Bcc` stripped from the stored copy) with their time, so tests can count per
//! window.

use std::collections::{HashMap, HashSet};
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use base64::Engine as _;
use serde_json::json;

use crate::api_common::{
    Answer, Common, Fault, Req, Server, TokenClaims, TokenLookup, header_recipients, without_bcc,
};
use crate::smtp_sink::Received;

/// Graph's request limit for `sendMail` (about 4 MB).
pub const GRAPH_MAX_REQUEST_BYTES: usize = 4 * 1024 * 1024;

/// `createUploadSession` refuses smaller attachments ("3 MB").
pub const UPLOAD_SESSION_MIN_BYTES: usize = 3 * 1024 * 1024;

/// The largest attachment an upload session takes (150 MB).
pub const UPLOAD_SESSION_MAX_BYTES: usize = 150 * 1024 * 1024;

/// Upload ranges other than the last are multiples of this (320 KiB).
pub const UPLOAD_RANGE_UNIT: usize = 320 * 1024;

/// The kinds of request, for [`GraphDouble::push_fault_on`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GraphOp {
    SendMail,
    CreateDraft,
    AddAttachment,
    CreateUploadSession,
    UploadRange,
    SendDraft,
    DeleteDraft,
}

/// A file attached to a draft.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attachment {
    pub name: String,
    pub content_type: String,
    pub is_inline: bool,
    pub content_id: Option<String>,
    pub bytes: Vec<u8>,
}

/// A draft in a mailbox.
#[derive(Debug, Clone)]
pub struct Draft {
    pub id: String,
    pub mailbox: String,
    /// The MIME it was created from.
    pub mime: Vec<u8>,
    pub attachments: Vec<Attachment>,
}

/// A draft that was sent.
#[derive(Debug, Clone)]
pub struct SentItem {
    pub draft: Draft,
    /// The message as sent: the draft's MIME with its attachments put back.
    pub mime: Vec<u8>,
}

struct Session {
    token: String,
    mailbox: String,
    message_id: String,
    size: usize,
    item: Attachment,
}

#[derive(Default)]
struct Store {
    drafts: Vec<Draft>,
    sessions: HashMap<String, Session>,
    sent: Vec<SentItem>,
    /// (kind, requests of that kind to let through first, answer).
    faults: Vec<(GraphOp, usize, Fault)>,
}

struct Shared {
    lookup: TokenLookup,
    mailboxes: HashSet<String>,
    send_as: Mutex<HashMap<String, Vec<String>>>,
    app_scope: Mutex<Option<Vec<String>>>,
    max_request: usize,
    store: Mutex<Store>,
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
            store: Mutex::new(Store::default()),
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

    /// The next Graph request gets this answer instead (after the token check; not the
    /// pre-authenticated upload ranges: see [`GraphDouble::push_fault_on`]).
    pub fn push_fault(&self, status: u16, code: &str, message: &str, retry_after: Option<u64>) {
        let body = error(status, code, message).body;
        self.shared.common.faults.lock().unwrap().push_back(Fault {
            status,
            body,
            retry_after: retry_after.map(|s| s.to_string()),
        });
    }

    /// The request of kind `op` after `skip` others of that kind gets this answer instead
    /// (Graph requests after the token check, upload ranges after the `Authorization` check).
    pub fn push_fault_on(
        &self,
        op: GraphOp,
        skip: usize,
        status: u16,
        code: &str,
        message: &str,
        retry_after: Option<u64>,
    ) {
        let body = error(status, code, message).body;
        self.shared.store.lock().unwrap().faults.push((
            op,
            skip,
            Fault {
                status,
                body,
                retry_after: retry_after.map(|s| s.to_string()),
            },
        ));
    }

    /// The drafts in `mailbox`.
    pub fn drafts(&self, mailbox: &str) -> Vec<Draft> {
        self.shared
            .store
            .lock()
            .unwrap()
            .drafts
            .iter()
            .filter(|d| d.mailbox.eq_ignore_ascii_case(mailbox))
            .cloned()
            .collect()
    }

    /// Upload sessions not finished nor cancelled.
    pub fn open_upload_sessions(&self) -> usize {
        self.shared.store.lock().unwrap().sessions.len()
    }

    /// Drafts sent with `POST …/messages/{id}/send`.
    pub fn sent_items(&self) -> Vec<SentItem> {
        self.shared.store.lock().unwrap().sent.clone()
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
    let parts: Vec<&str> = r.path.trim_matches('/').split('/').collect();
    if let ["api", "v2.0", ..] = parts.as_slice() {
        return upload(s, &r);
    }
    let (mailbox, op, mid) = match (r.method.as_str(), parts.as_slice()) {
        ("POST", ["v1.0", "users", id, "sendMail"]) => (id, GraphOp::SendMail, None),
        ("POST", ["v1.0", "users", id, "messages"]) => (id, GraphOp::CreateDraft, None),
        ("POST", ["v1.0", "users", id, "messages", m, "attachments"]) => {
            (id, GraphOp::AddAttachment, Some(m))
        }
        (
            "POST",
            [
                "v1.0",
                "users",
                id,
                "messages",
                m,
                "attachments",
                "createUploadSession",
            ],
        ) => (id, GraphOp::CreateUploadSession, Some(m)),
        ("POST", ["v1.0", "users", id, "messages", m, "send"]) => (id, GraphOp::SendDraft, Some(m)),
        ("DELETE", ["v1.0", "users", id, "messages", m]) => (id, GraphOp::DeleteDraft, Some(m)),
        _ => {
            return error(
                400,
                "BadRequest",
                &format!("Resource not found for the segment '{}'.", r.path),
            );
        }
    };
    let mailbox = percent_decode(mailbox);
    let mid = mid.map(|m| percent_decode(m));
    let claims = match authorize(s, &r, &mailbox, op) {
        Ok(c) => c,
        Err(a) => return a,
    };
    if let Some(f) = s.common.next_fault() {
        return f;
    }
    if let Some(f) = targeted_fault(s, op) {
        return f;
    }
    let mailbox_lc = mailbox.to_ascii_lowercase();
    if op != GraphOp::DeleteDraft && op != GraphOp::SendDraft && r.body.len() > s.max_request {
        return error(
            413,
            "ErrorRequestEntityTooLarge",
            "The request is larger than the maximum request size of 4 MB.",
        );
    }
    let mid = mid.unwrap_or_default();
    match op {
        GraphOp::SendMail => {
            let mime = match mime_body(&r) {
                Ok(m) => m,
                Err(a) => return a,
            };
            if let Err(a) = may_send(s, &mailbox_lc, &mime) {
                return a;
            }
            accept(s, &mailbox_lc, &claims, &mime);
            Answer::empty(202).with("request-id", uuid::Uuid::new_v4().to_string())
        }
        GraphOp::CreateDraft => {
            if r.content_type().starts_with("application/json") {
                return error(
                    400,
                    "ErrorInvalidRequest",
                    "The Graph double only creates drafts from MIME content (text/plain).",
                );
            }
            let mime = match mime_body(&r) {
                Ok(m) => m,
                Err(a) => return a,
            };
            let id = format!("AAMkAD{}AAA=", uuid::Uuid::new_v4().simple());
            let subject = crate::smtp_sink::Received {
                mail_from: String::new(),
                rcpts: Vec::new(),
                data: mime.clone(),
                auth_user: None,
            }
            .header("Subject");
            s.store.lock().unwrap().drafts.push(Draft {
                id: id.clone(),
                mailbox: mailbox_lc.clone(),
                mime,
                attachments: Vec::new(),
            });
            Answer::json(
                201,
                &json!({
                    "@odata.context": format!("https://graph.microsoft.com/v1.0/$metadata#users('{mailbox_lc}')/messages/$entity"),
                    "id": id,
                    "isDraft": true,
                    "hasAttachments": false,
                    "subject": subject,
                }),
            )
        }
        GraphOp::AddAttachment => {
            let Ok(v) = serde_json::from_slice::<serde_json::Value>(&r.body) else {
                return error(400, "RequestBodyRead", "Invalid JSON in the request body.");
            };
            let text = |k: &str| v.get(k).and_then(|x| x.as_str()).map(str::to_string);
            if text("@odata.type").as_deref() != Some("#microsoft.graph.fileAttachment") {
                return error(
                    400,
                    "ErrorInvalidRequest",
                    "The Graph double only takes #microsoft.graph.fileAttachment.",
                );
            }
            let (Some(name), Some(content)) = (text("name"), text("contentBytes")) else {
                return error(
                    400,
                    "ErrorInvalidProperty",
                    "The name and contentBytes properties are required.",
                );
            };
            let Ok(bytes) = base64::engine::general_purpose::STANDARD.decode(content) else {
                return error(
                    400,
                    "ErrorInvalidProperty",
                    "contentBytes is not valid base64.",
                );
            };
            let item = Attachment {
                name,
                content_type: text("contentType")
                    .unwrap_or_else(|| "application/octet-stream".into()),
                is_inline: v.get("isInline").and_then(|x| x.as_bool()).unwrap_or(false),
                content_id: text("contentId"),
                bytes,
            };
            let size = item.bytes.len();
            let answer =
                json!({"id": uuid::Uuid::new_v4().to_string(), "name": item.name, "size": size});
            let mut st = s.store.lock().unwrap();
            match st
                .drafts
                .iter_mut()
                .find(|d| d.mailbox == mailbox_lc && d.id == mid)
            {
                Some(d) => {
                    d.attachments.push(item);
                    Answer::json(201, &answer)
                }
                None => not_found(),
            }
        }
        GraphOp::CreateUploadSession => {
            let Ok(v) = serde_json::from_slice::<serde_json::Value>(&r.body) else {
                return error(400, "RequestBodyRead", "Invalid JSON in the request body.");
            };
            let Some(item) = v.get("AttachmentItem") else {
                return error(
                    400,
                    "ErrorInvalidRequest",
                    "The AttachmentItem parameter is required.",
                );
            };
            let text = |k: &str| item.get(k).and_then(|x| x.as_str()).map(str::to_string);
            if !text("attachmentType").is_some_and(|t| t.eq_ignore_ascii_case("file")) {
                return error(
                    400,
                    "ErrorInvalidRequest",
                    "The Graph double only takes attachmentType file.",
                );
            }
            let (Some(name), Some(size)) = (
                text("name"),
                item.get("size")
                    .and_then(|x| x.as_u64())
                    .map(|x| x as usize),
            ) else {
                return error(
                    400,
                    "ErrorInvalidProperty",
                    "The name and size properties are required.",
                );
            };
            if size < UPLOAD_SESSION_MIN_BYTES {
                return error(
                    400,
                    "ErrorAttachmentSizeShouldNotBeLessThanMinimumSize",
                    "Attachment size must be greater than the minimum size.",
                );
            }
            if size > UPLOAD_SESSION_MAX_BYTES {
                return error(
                    400,
                    "ErrorAttachmentSizeShouldNotBeMoreThanMaximumSize",
                    "Attachment size must be less than the maximum size.",
                );
            }
            let mut st = s.store.lock().unwrap();
            if !st
                .drafts
                .iter()
                .any(|d| d.mailbox == mailbox_lc && d.id == mid)
            {
                return not_found();
            }
            let sid = format!("AAMkAD{}", uuid::Uuid::new_v4().simple());
            let token = uuid::Uuid::new_v4().simple().to_string();
            let host = r
                .headers
                .get("host")
                .and_then(|h| h.to_str().ok())
                .unwrap_or("127.0.0.1")
                .to_string();
            let url = format!(
                "http://{host}/api/v2.0/Users('{mailbox_lc}')/Messages('{mid}')/AttachmentSessions('{sid}')?authtoken={token}"
            );
            st.sessions.insert(
                sid,
                Session {
                    token,
                    mailbox: mailbox_lc.clone(),
                    message_id: mid.clone(),
                    size,
                    item: Attachment {
                        name,
                        content_type: text("contentType")
                            .unwrap_or_else(|| "application/octet-stream".into()),
                        is_inline: item
                            .get("isInline")
                            .and_then(|x| x.as_bool())
                            .unwrap_or(false),
                        content_id: text("contentId"),
                        bytes: Vec::with_capacity(size),
                    },
                },
            );
            Answer::json(
                201,
                &json!({
                    "@odata.context": "https://graph.microsoft.com/v1.0/$metadata#microsoft.graph.uploadSession",
                    "uploadUrl": url,
                    "expirationDateTime": expiry(),
                    "nextExpectedRanges": ["0-"],
                }),
            )
        }
        GraphOp::SendDraft => {
            if !r.headers.contains_key("content-length") {
                return Answer::empty(411);
            }
            let draft = {
                let st = s.store.lock().unwrap();
                match st
                    .drafts
                    .iter()
                    .find(|d| d.mailbox == mailbox_lc && d.id == mid)
                {
                    Some(d) => d.clone(),
                    None => return not_found(),
                }
            };
            let mime = with_attachments(&draft.mime, &draft.attachments);
            if let Err(a) = may_send(s, &mailbox_lc, &mime) {
                return a;
            }
            {
                let mut st = s.store.lock().unwrap();
                st.drafts.retain(|d| d.id != draft.id);
                st.sessions.retain(|_, x| x.message_id != draft.id);
                st.sent.push(SentItem {
                    draft,
                    mime: mime.clone(),
                });
            }
            accept(s, &mailbox_lc, &claims, &mime);
            Answer::empty(202).with("request-id", uuid::Uuid::new_v4().to_string())
        }
        GraphOp::DeleteDraft => {
            let mut st = s.store.lock().unwrap();
            let before = st.drafts.len();
            st.drafts
                .retain(|d| !(d.mailbox == mailbox_lc && d.id == mid));
            if st.drafts.len() == before {
                return not_found();
            }
            st.sessions.retain(|_, x| x.message_id != mid);
            Answer::empty(204)
        }
        // Routed to upload() above.
        GraphOp::UploadRange => error(400, "BadRequest", "Not a Graph resource."),
    }
}

/// The token checks of every Graph request; `Err` is the answer.
fn authorize(s: &Shared, r: &Req, mailbox: &str, op: GraphOp) -> Result<TokenClaims, Answer> {
    let Some(token) = r.bearer() else {
        return Err(error(
            401,
            "InvalidAuthenticationToken",
            "Access token is empty.",
        ));
    };
    let Some(claims) = (s.lookup)(&token) else {
        return Err(error(
            401,
            "InvalidAuthenticationToken",
            "Lifetime validation failed, the token is expired.",
        ));
    };
    if !claims
        .scopes
        .iter()
        .any(|sc| sc.starts_with("https://graph.microsoft.com/") || sc.starts_with("Mail."))
    {
        return Err(error(
            401,
            "InvalidAuthenticationToken",
            "Access token validation failure. Invalid audience.",
        ));
    }
    let needed = match op {
        GraphOp::SendMail | GraphOp::SendDraft => "Mail.Send",
        _ => "Mail.ReadWrite",
    };
    let has = |p: &str| {
        claims.scopes.iter().any(|sc| {
            let bare = sc.rsplit('/').next().unwrap_or(sc);
            bare == p || bare == format!("{p}.Shared")
        })
    };
    if !has(needed) {
        return Err(error(
            403,
            "ErrorAccessDenied",
            "Access is denied. Check credentials and try again.",
        ));
    }
    let mailbox_lc = mailbox.to_ascii_lowercase();
    match &claims.user {
        Some(u) if !u.eq_ignore_ascii_case(mailbox) => {
            return Err(error(
                403,
                "ErrorAccessDenied",
                "Access is denied. Check credentials and try again.",
            ));
        }
        Some(_) => {}
        None => {
            if let Some(scope) = &*s.app_scope.lock().unwrap()
                && !scope.contains(&mailbox_lc)
            {
                return Err(error(
                    403,
                    "ErrorAccessDenied",
                    "Access to OData is disabled: [RAOP] : Blocked by tenant configured AppOnly AccessPolicy settings.",
                ));
            }
        }
    }
    if !s.mailboxes.contains(&mailbox_lc) {
        return Err(error(
            404,
            "ErrorInvalidUser",
            &format!("The requested user '{mailbox}' is invalid."),
        ));
    }
    Ok(claims)
}

/// A fault scripted for this kind of request, when its turn has come.
fn targeted_fault(s: &Shared, op: GraphOp) -> Option<Answer> {
    let mut st = s.store.lock().unwrap();
    let i = st.faults.iter().position(|(o, _, _)| *o == op)?;
    if st.faults[i].1 > 0 {
        st.faults[i].1 -= 1;
        return None;
    }
    Some(st.faults.remove(i).2.answer())
}

/// The base64 MIME body of `sendMail` and draft creation.
fn mime_body(r: &Req) -> Result<Vec<u8>, Answer> {
    let invalid = || {
        error(
            400,
            "ErrorMimeContentInvalidBase64String",
            "Invalid base64 string for MIME content.",
        )
    };
    if !r.content_type().starts_with("text/plain") {
        return Err(invalid());
    }
    let compact: Vec<u8> = r
        .body
        .iter()
        .copied()
        .filter(|b| !b.is_ascii_whitespace())
        .collect();
    base64::engine::general_purpose::STANDARD
        .decode(&compact)
        .map_err(|_| invalid())
}

/// Recipients, SendAs and the rate limit, before a message is accepted.
fn may_send(s: &Shared, mailbox_lc: &str, mime: &[u8]) -> Result<(), Answer> {
    if header_recipients(mime).is_empty() {
        return Err(error(
            400,
            "ErrorInvalidRecipients",
            "At least one recipient isn't valid., A message can't be sent because it contains no recipients.",
        ));
    }
    let from = crate::smtp_provider::header_from(mime).unwrap_or_default();
    let allowed = from == mailbox_lc
        || s.send_as
            .lock()
            .unwrap()
            .get(mailbox_lc)
            .is_some_and(|l| l.contains(&from));
    if !allowed {
        return Err(error(
            403,
            "ErrorSendAsDenied",
            "The user account which was used to submit this request does not have the right to send mail on behalf of the specified sending account., Cannot submit message.",
        ));
    }
    if let Some(wait) = s.common.throttled(Instant::now()) {
        return Err(error(
            429,
            "ApplicationThrottled",
            "Application is over its MailboxConcurrency limit.",
        )
        .with("retry-after", wait.as_secs().max(1).to_string()));
    }
    Ok(())
}

fn accept(s: &Shared, mailbox_lc: &str, claims: &TokenClaims, mime: &[u8]) {
    s.common.received.lock().unwrap().push((
        Instant::now(),
        Received {
            mail_from: mailbox_lc.to_string(),
            rcpts: header_recipients(mime),
            data: without_bcc(mime),
            auth_user: claims.user.clone().or(claims.client_id.clone()),
        },
    ));
}

fn not_found() -> Answer {
    error(
        404,
        "ErrorItemNotFound",
        "The specified object was not found in the store.",
    )
}

fn expiry() -> String {
    (chrono::Utc::now() + chrono::Duration::minutes(15))
        .format("%Y-%m-%dT%H:%M:%S%.6fZ")
        .to_string()
}

/// `PUT` / `DELETE` on a pre-authenticated upload URL.
fn upload(s: &Shared, r: &Req) -> Answer {
    if r.headers.contains_key("authorization") {
        return error(
            401,
            "InvalidAudienceForResource",
            "The audience claim value is invalid for current resource. Audience claim is 'https://graph.microsoft.com', request url is 'https://outlook.office.com/api/v2.0/Users'.",
        );
    }
    let Some(sid) = r
        .path
        .split("AttachmentSessions('")
        .nth(1)
        .and_then(|x| x.split("')").next())
        .map(percent_decode)
    else {
        return not_found();
    };
    let token = r
        .query
        .split('&')
        .find_map(|kv| kv.strip_prefix("authtoken="))
        .unwrap_or("");
    let mut st = s.store.lock().unwrap();
    match st.sessions.get(&sid) {
        None => return not_found(),
        Some(x) if x.token != token => {
            return error(
                401,
                "InvalidAuthenticationToken",
                "The authtoken of the upload URL is not valid.",
            );
        }
        Some(_) => {}
    }
    if r.method == "DELETE" {
        st.sessions.remove(&sid);
        return Answer::empty(204);
    }
    if r.method != "PUT" {
        return error(405, "ErrorInvalidRequest", "The method is not allowed.");
    }
    drop(st);
    if let Some(f) = targeted_fault(s, GraphOp::UploadRange) {
        return f;
    }
    if r.body.len() > s.max_request {
        return error(
            413,
            "ErrorRequestEntityTooLarge",
            "The request is larger than the maximum request size of 4 MB.",
        );
    }
    let mut st = s.store.lock().unwrap();
    let session = st.sessions.get_mut(&sid).expect("checked above");
    let next = session.item.bytes.len();
    let invalid = |m: String| error(400, "ErrorInvalidRequest", &m);
    let range = r
        .headers
        .get("content-range")
        .and_then(|v| v.to_str().ok())
        .and_then(parse_content_range);
    let Some((a, b, total)) = range else {
        return invalid(
            "The Content-Range header is missing or not 'bytes {start}-{end}/{total}'.".into(),
        );
    };
    if total != session.size {
        return invalid(format!(
            "The Content-Range total {total} is not the attachment size {}.",
            session.size
        ));
    }
    if a != next || b < a || b >= total {
        return invalid(format!(
            "The Content-Range bytes {a}-{b} do not start at the next expected byte {next} of {total}."
        ));
    }
    if r.body.len() != b - a + 1 {
        return invalid(format!(
            "The body has {} bytes, the Content-Range {}.",
            r.body.len(),
            b - a + 1
        ));
    }
    let last = b + 1 == total;
    if !last && !r.body.len().is_multiple_of(UPLOAD_RANGE_UNIT) {
        return invalid(format!(
            "A range other than the last must be a multiple of {UPLOAD_RANGE_UNIT} bytes (320 KiB); got {}.",
            r.body.len()
        ));
    }
    session.item.bytes.extend_from_slice(&r.body);
    if !last {
        return Answer::json(
            200,
            &json!({
                "expirationDateTime": expiry(),
                "nextExpectedRanges": [format!("{}", b + 1)],
            }),
        );
    }
    let session = st.sessions.remove(&sid).expect("checked above");
    let Some(draft) = st
        .drafts
        .iter_mut()
        .find(|d| d.mailbox == session.mailbox && d.id == session.message_id)
    else {
        return not_found();
    };
    draft.attachments.push(session.item);
    let host = r
        .headers
        .get("host")
        .and_then(|h| h.to_str().ok())
        .unwrap_or("127.0.0.1");
    Answer::empty(201).with(
        "location",
        format!(
            "http://{host}/api/v2.0/Users('{}')/Messages('{}')/Attachments('{}')",
            session.mailbox,
            session.message_id,
            uuid::Uuid::new_v4().simple()
        ),
    )
}

/// `bytes a-b/total`.
fn parse_content_range(v: &str) -> Option<(usize, usize, usize)> {
    let (range, total) = v.trim().strip_prefix("bytes ")?.split_once('/')?;
    let (a, b) = range.split_once('-')?;
    Some((
        a.trim().parse().ok()?,
        b.trim().parse().ok()?,
        total.trim().parse().ok()?,
    ))
}

/// The draft's MIME with its attachments as parts of a `multipart/mixed`: added before the
/// close delimiter of a top-level `multipart/mixed`, else the message becomes the first
/// part of a new one.
pub fn with_attachments(mime: &[u8], attachments: &[Attachment]) -> Vec<u8> {
    if attachments.is_empty() {
        return mime.to_vec();
    }
    let text = String::from_utf8_lossy(mime).into_owned();
    let (head, body) = text.split_once("\r\n\r\n").unwrap_or((&text, ""));
    // Header fields with their continuation lines.
    let mut fields: Vec<String> = Vec::new();
    for line in head.split("\r\n") {
        match fields.last_mut() {
            Some(f) if line.starts_with([' ', '\t']) => {
                f.push_str("\r\n");
                f.push_str(line);
            }
            _ => fields.push(line.to_string()),
        }
    }
    let content_type = fields
        .iter()
        .find(|f| f.to_ascii_lowercase().starts_with("content-type:"))
        .map(|f| f["content-type:".len()..].replace("\r\n", " "))
        .unwrap_or_default();
    let part = |a: &Attachment, boundary: &str| -> String {
        let name = a.name.replace('"', "'");
        let mut p = format!(
            "\r\n--{boundary}\r\nContent-Type: {}; name=\"{name}\"\r\nContent-Disposition: {}; filename=\"{name}\"\r\n",
            a.content_type,
            if a.is_inline { "inline" } else { "attachment" },
        );
        if let Some(cid) = &a.content_id {
            p.push_str(&format!("Content-ID: <{cid}>\r\n"));
        }
        p.push_str("Content-Transfer-Encoding: base64\r\n\r\n");
        let b64 = base64::engine::general_purpose::STANDARD.encode(&a.bytes);
        let lines: Vec<&str> = b64
            .as_bytes()
            .chunks(76)
            .map(|c| std::str::from_utf8(c).unwrap())
            .collect();
        p.push_str(&lines.join("\r\n"));
        p
    };
    if content_type
        .trim()
        .to_ascii_lowercase()
        .starts_with("multipart/mixed")
        && let Some(boundary) = boundary_of(&content_type)
    {
        let close = format!("\r\n--{boundary}--");
        if let Some(at) = body.rfind(&close) {
            let mut out = format!("{head}\r\n\r\n{}", &body[..at]);
            for a in attachments {
                out.push_str(&part(a, &boundary));
            }
            out.push_str(&body[at..]);
            return out.into_bytes();
        }
    }
    let boundary = format!("graph-double-{}", uuid::Uuid::new_v4().simple());
    let is_content = |f: &String| f.to_ascii_lowercase().starts_with("content-");
    let mut out = String::new();
    for f in fields.iter().filter(|f| !is_content(f)) {
        out.push_str(f);
        out.push_str("\r\n");
    }
    if !fields
        .iter()
        .any(|f| f.to_ascii_lowercase().starts_with("mime-version:"))
    {
        out.push_str("MIME-Version: 1.0\r\n");
    }
    out.push_str(&format!(
        "Content-Type: multipart/mixed; boundary=\"{boundary}\"\r\n\r\n--{boundary}\r\n"
    ));
    for f in fields.iter().filter(|f| is_content(f)) {
        out.push_str(f);
        out.push_str("\r\n");
    }
    out.push_str("\r\n");
    out.push_str(body);
    for a in attachments {
        out.push_str(&part(a, &boundary));
    }
    out.push_str(&format!("\r\n--{boundary}--\r\n"));
    out.into_bytes()
}

/// The `boundary` parameter of a `Content-Type` value.
fn boundary_of(content_type: &str) -> Option<String> {
    let lc = content_type.to_ascii_lowercase();
    let at = lc.find("boundary=")? + "boundary=".len();
    let rest = &content_type[at..];
    let b = match rest.strip_prefix('"') {
        Some(q) => q.split('"').next()?,
        None => rest.split([';', ' ', '\t']).next()?,
    };
    (!b.is_empty()).then(|| b.to_string())
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
