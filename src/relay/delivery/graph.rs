//! Microsoft Graph `sendMail` with the MIME message (providers.md §2.4):
//! `POST {endpoint}/v1.0/users/{sender}/sendMail`, the whole RFC 5322 message base64
//! encoded as `Content-Type: text/plain`; `202 Accepted` means Exchange took it.
//!
//! No SMTP AUTH is involved, so this works where the tenant disabled it (5.7.139). The
//! token must be issued for `https://graph.microsoft.com` (`Mail.Send`); an SMTP token is
//! the wrong audience.
//!
//! Requests are limited to about 4 MB, so a message whose base64 form is larger goes the
//! draft + upload-session way instead ([`reduce`] takes its biggest attachments out):
//!
//! 1. `POST …/users/{sender}/messages` with the reduced MIME (base64, `text/plain`) →
//!    `201` with the draft's `id` (this needs `Mail.ReadWrite` besides `Mail.Send`);
//! 2. each attachment taken out: from 3 MB, `POST …/messages/{id}/attachments/createUploadSession`
//!    → `201 {"uploadUrl", "nextExpectedRanges"}`, then `PUT`s of at most
//!    [`UPLOAD_CHUNK_BYTES`] to the pre-authenticated `uploadUrl` with `Content-Range` and
//!    **no** `Authorization` (`200` with the next range, `201` for the last); smaller ones
//!    in one `POST …/messages/{id}/attachments` (`#microsoft.graph.fileAttachment`);
//! 3. `POST …/messages/{id}/send` (empty body) → `202`.
//!
//! When a step after the draft fails, the draft is deleted (`DELETE …/messages/{id}`, best
//! effort) so that failed attempts leave nothing in Drafts, and the answer is classified as
//! for `sendMail`. Messages over [`GRAPH_MAX_MESSAGE_BYTES`] (Exchange Online's 150 MB) and
//! messages whose text alone is over the request limit fail permanently with an explanation.
//!
//! Errors come as `{"error": {"code": "ErrorSendAsDenied", "message": "…"}}`; they are
//! classified by status (429, 5xx, network → retried, honouring `Retry-After`; other 4xx →
//! failed) and explained by code.

pub mod reduce;

use std::sync::Arc;

use base64::Engine as _;

use super::http_api::{self, ApiClient, Reply};
use super::{Class, Delivered, DeliveryError, Transport};
use crate::oauth::{BoxFuture, TokenSource};

use reduce::{Removed, base64_len, reduce};

/// The public Graph endpoint (national clouds: `https://graph.microsoft.us`, …).
pub const GRAPH_ENDPOINT: &str = "https://graph.microsoft.com";

/// Graph's request size limit for `sendMail` (about 4 MB) [unverified exact figure].
pub const GRAPH_MAX_REQUEST_BYTES: usize = 4 * 1024 * 1024;

/// The largest message Exchange Online takes (150 MB, `SIZE 157286400`), and the largest
/// attachment an upload session takes. Tenants default to a lower limit (35 MB), raised
/// per mailbox with `Set-Mailbox -MaxSendSize`.
pub const GRAPH_MAX_MESSAGE_BYTES: usize = 150 * 1024 * 1024;

/// Attachments from this size go through an upload session; `createUploadSession` refuses
/// smaller ones (`ErrorAttachmentSizeShouldNotBeLessThanMinimumSize`, "3 MB") [unverified
/// exact figure].
pub const UPLOAD_SESSION_MIN_BYTES: usize = 3 * 1024 * 1024;

/// One `PUT` to an upload session: a multiple of 320 KiB under 4 MB (Graph asks for less
/// than 4 MB a range).
pub const UPLOAD_CHUNK_BYTES: usize = 12 * 320 * 1024;
const _: () =
    assert!(UPLOAD_CHUNK_BYTES.is_multiple_of(320 * 1024) && UPLOAD_CHUNK_BYTES < 4_000_000);

pub struct GraphTransport {
    api: ApiClient,
    endpoint: String,
    /// Concurrent requests (1–4; the APIs allow 4 per mailbox).
    max_connections: usize,
    max_request_bytes: usize,
    max_message_bytes: usize,
}

/// The steps of the draft way, for error messages and hints.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Step {
    Draft,
    Attachment,
    UploadSession,
    Upload,
    Send,
}

impl Step {
    fn words(self) -> &'static str {
        match self {
            Step::Draft => "creating the draft",
            Step::Attachment => "attaching a file to the draft",
            Step::UploadSession => "creating an attachment upload session",
            Step::Upload => "uploading an attachment",
            Step::Send => "sending the draft",
        }
    }
}

impl GraphTransport {
    /// `endpoint` defaults to [`GRAPH_ENDPOINT`].
    pub fn new(
        tokens: Arc<dyn TokenSource>,
        endpoint: Option<&str>,
        ca_pem: Option<&[u8]>,
    ) -> Result<Self, String> {
        Ok(Self {
            api: ApiClient::new(tokens, ca_pem)?,
            endpoint: http_api::base(endpoint.unwrap_or(GRAPH_ENDPOINT)).to_string(),
            max_connections: 4,
            max_request_bytes: GRAPH_MAX_REQUEST_BYTES,
            max_message_bytes: GRAPH_MAX_MESSAGE_BYTES,
        })
    }

    /// Concurrent requests (`relay.transport.max_connections`), between 1 and 4.
    pub fn with_max_connections(mut self, n: u32) -> Self {
        self.max_connections = (n as usize).clamp(1, 4);
        self
    }

    /// `check --connect`: proves that Graph takes the token for `sendMail` as the sender
    /// without sending anything. The request carries a body that is not base64 on purpose:
    /// Graph checks the token (401), the `Mail.Send` permission and any access policy
    /// (403) and the mailbox (404) before it decodes the body, so a `400
    /// ErrorMimeContentInvalidBase64String` means all of them passed; anything else is
    /// explained as a delivery would be. (SendAs rights for the alias cannot be proven
    /// without a message: `test-send` does that.)
    pub async fn probe(&self) -> Result<String, DeliveryError> {
        let url = self.url();
        let reply = self
            .api
            .send(|c| {
                c.post(&url)
                    .header(reqwest::header::CONTENT_TYPE, "text/plain")
                    .body("!probe: not a message!")
            })
            .await?;
        if reply.status == 400 && reply.body.contains("ErrorMimeContentInvalidBase64String") {
            return Ok(format!(
                "{} took the token for sendMail as {} (the probe body was invalid on purpose: nothing was sent)",
                self.endpoint,
                crate::redact::mask_email(self.api.user())
            ));
        }
        if (200..300).contains(&reply.status) {
            return Ok(format!(
                "{} answered {} to an empty probe as {}",
                self.endpoint,
                reply.status,
                crate::redact::mask_email(self.api.user())
            ));
        }
        Err(classify(&reply, self.api.user()))
    }

    fn url(&self) -> String {
        format!(
            "{}/v1.0/users/{}/sendMail",
            self.endpoint,
            http_api::path_segment(self.api.user())
        )
    }

    fn messages_url(&self) -> String {
        format!(
            "{}/v1.0/users/{}/messages",
            self.endpoint,
            http_api::path_segment(self.api.user())
        )
    }

    async fn send_inner(
        &self,
        recipients: &[String],
        message: &[u8],
    ) -> Result<Delivered, DeliveryError> {
        let mime = http_api::with_envelope_recipients(message, recipients);
        if mime.len() > self.max_message_bytes {
            return Err(DeliveryError {
                class: Class::Permanent,
                code: None,
                message: format!(
                    "the message is {} bytes, over the {} bytes that Microsoft Graph and Exchange Online take for one message",
                    mime.len(),
                    self.max_message_bytes
                ),
                hint: Some(format!(
                    "Exchange Online accepts messages up to {} MB at most (35 MB by default: an administrator raises it \
                     per mailbox with Set-Mailbox <mailbox> -MaxSendSize), through Graph or SMTP alike. Make the message \
                     smaller: link to large files instead of attaching them.",
                    self.max_message_bytes / (1024 * 1024),
                )),
                retry_after: None,
            });
        }
        if base64_len(mime.len()) > self.max_request_bytes {
            return self.send_large(&mime).await;
        }
        let body = base64::engine::general_purpose::STANDARD.encode(&mime);
        let url = self.url();
        let reply = self
            .api
            .send(|c| {
                c.post(&url)
                    .header(reqwest::header::CONTENT_TYPE, "text/plain")
                    .body(body.clone())
            })
            .await?;
        if (200..300).contains(&reply.status) {
            return Ok(Delivered {
                response: match &reply.request_id {
                    Some(id) => format!("{} Accepted (request-id {id})", reply.status),
                    None => format!("{} Accepted", reply.status),
                },
                refused: Vec::new(),
            });
        }
        Err(classify(&reply, self.api.user()))
    }

    /// The draft way (module docs): the message without its big attachments as a draft,
    /// the attachments uploaded to it, then the draft sent; the draft deleted on failure.
    async fn send_large(&self, mime: &[u8]) -> Result<Delivered, DeliveryError> {
        let reduced = reduce(mime, self.max_request_bytes).map_err(|e| {
            let reduce::ReduceError::StillTooLarge { base64_bytes } = e;
            DeliveryError {
                class: Class::Permanent,
                code: None,
                message: format!(
                    "the message is {} bytes ({} bytes base64), over Microsoft Graph's request limit of {} bytes, \
                     and still {base64_bytes} bytes base64 without its attachments",
                    mime.len(),
                    base64_len(mime.len()),
                    self.max_request_bytes
                ),
                hint: Some(format!(
                    "Graph takes a message of up to about {} MB (about {} MB once base64 encoded) in one request; only \
                     attachments can be uploaded separately, and this message's text and headers alone are bigger. \
                     Send such messages through relay.transport type = \"smtp\" (Exchange Online accepts up to 150 MB \
                     over SMTP), or make the text shorter.",
                    self.max_request_bytes * 3 / 4 / (1024 * 1024),
                    self.max_request_bytes / (1024 * 1024),
                )),
                retry_after: None,
            }
        })?;
        tracing::info!(
            "Relay: the message is {} bytes, over Microsoft Graph's request limit: sending it as a draft ({} bytes) \
             with {} attachment(s) uploaded separately.",
            mime.len(),
            reduced.mime.len(),
            reduced.removed.len()
        );
        let url = self.messages_url();
        let body = base64::engine::general_purpose::STANDARD.encode(&reduced.mime);
        let reply = self
            .step(Step::Draft, |c| {
                c.post(&url)
                    .header(reqwest::header::CONTENT_TYPE, "text/plain")
                    .body(body.clone())
            })
            .await?;
        let Some(id) = json_str(&reply.body, "id") else {
            return Err(DeliveryError::temporary(format!(
                "Microsoft Graph answered HTTP {} to the draft creation without a message id: {}",
                reply.status,
                http_api::excerpt(&reply.body, 300)
            )));
        };
        let draft = format!("{url}/{}", http_api::path_segment(&id));
        match self.complete(&draft, &reduced.removed).await {
            Ok(d) => Ok(d),
            Err(e) => {
                self.delete_draft(&draft).await;
                Err(e)
            }
        }
    }

    /// Attaches `removed` to the draft at `draft` (its URL), then sends it.
    async fn complete(&self, draft: &str, removed: &[Removed]) -> Result<Delivered, DeliveryError> {
        for a in removed {
            self.attach(draft, a).await?;
        }
        let url = format!("{draft}/send");
        let reply = self
            .step(Step::Send, |c| {
                c.post(&url)
                    .header(reqwest::header::CONTENT_LENGTH, "0")
                    .body(Vec::<u8>::new())
            })
            .await?;
        let via = format!(
            "sent from a draft, {} attachment(s) uploaded separately",
            removed.len()
        );
        Ok(Delivered {
            response: match &reply.request_id {
                Some(id) => format!("{} Accepted (request-id {id}; {via})", reply.status),
                None => format!("{} Accepted ({via})", reply.status),
            },
            refused: Vec::new(),
        })
    }

    async fn attach(&self, draft: &str, a: &Removed) -> Result<(), DeliveryError> {
        if a.bytes.len() < UPLOAD_SESSION_MIN_BYTES {
            let mut item = serde_json::json!({
                "@odata.type": "#microsoft.graph.fileAttachment",
                "name": a.name,
                "contentType": a.content_type,
                "isInline": a.is_inline,
                "contentBytes": base64::engine::general_purpose::STANDARD.encode(&a.bytes),
            });
            if let Some(cid) = &a.content_id {
                item["contentId"] = cid.clone().into();
            }
            let body = item.to_string();
            // Just under 3 MB the JSON can pass the request limit: then a session it is.
            if body.len() <= self.max_request_bytes {
                let url = format!("{draft}/attachments");
                self.step(Step::Attachment, |c| {
                    c.post(&url)
                        .header(reqwest::header::CONTENT_TYPE, "application/json")
                        .body(body.clone())
                })
                .await?;
                return Ok(());
            }
        }
        let mut item = serde_json::json!({
            "attachmentType": "file",
            "name": a.name,
            "size": a.bytes.len(),
            "contentType": a.content_type,
            "isInline": a.is_inline,
        });
        if let Some(cid) = &a.content_id {
            item["contentId"] = cid.clone().into();
        }
        let body = serde_json::json!({ "AttachmentItem": item });
        let url = format!("{draft}/attachments/createUploadSession");
        let reply = self
            .step(Step::UploadSession, |c| c.post(&url).json(&body))
            .await?;
        let Some(upload_url) = json_str(&reply.body, "uploadUrl") else {
            return Err(DeliveryError::temporary(format!(
                "Microsoft Graph answered HTTP {} to createUploadSession without an uploadUrl: {}",
                reply.status,
                http_api::excerpt(&reply.body, 300)
            )));
        };
        if self.endpoint.starts_with("https://") && !upload_url.starts_with("https://") {
            return Err(DeliveryError::permanent(format!(
                "Microsoft Graph gave an upload URL that is not https ({}): not used",
                http_api::excerpt(&upload_url, 80)
            )));
        }
        let start = next_expected(&reply.body).unwrap_or(0);
        self.upload(&upload_url, &a.bytes, start).await
    }

    /// `PUT`s `bytes` from `start` to the upload session, in [`UPLOAD_CHUNK_BYTES`] ranges,
    /// following the session's `nextExpectedRanges`.
    async fn upload(&self, url: &str, bytes: &[u8], mut start: usize) -> Result<(), DeliveryError> {
        let total = bytes.len();
        let mut puts = 0;
        loop {
            // Every byte at least once, and a few repeats the session may ask for.
            if puts > total / UPLOAD_CHUNK_BYTES + 8 || start >= total {
                return Err(DeliveryError::temporary(format!(
                    "the attachment upload session made no progress (it expects byte {start} of {total} after {puts} upload(s))"
                )));
            }
            let end = (start + UPLOAD_CHUNK_BYTES).min(total);
            let chunk = bytes[start..end].to_vec();
            let reply = self
                .api
                .send_unauthenticated(|c| {
                    c.put(url)
                        .header(reqwest::header::CONTENT_TYPE, "application/octet-stream")
                        .header(
                            reqwest::header::CONTENT_RANGE,
                            format!("bytes {start}-{}/{total}", end - 1),
                        )
                        .body(chunk)
                })
                .await
                .map_err(|mut e| {
                    e.message = format!("{}: {}", Step::Upload.words(), e.message);
                    e
                })?;
            puts += 1;
            match reply.status {
                201 => return Ok(()),
                200..=299 => match next_expected(&reply.body) {
                    Some(next) => start = next,
                    None if end == total => return Ok(()),
                    None => start = end,
                },
                _ => return Err(step_error(Step::Upload, &reply, self.api.user())),
            }
        }
    }

    /// One authenticated request of the draft way; a non-2xx answer is that step's error.
    async fn step(
        &self,
        step: Step,
        make: impl Fn(&reqwest::Client) -> reqwest::RequestBuilder,
    ) -> Result<Reply, DeliveryError> {
        let reply = self.api.send(make).await?;
        if !(200..300).contains(&reply.status) {
            return Err(step_error(step, &reply, self.api.user()));
        }
        Ok(reply)
    }

    /// Best effort: a draft left behind only costs room in the mailbox's Drafts folder.
    async fn delete_draft(&self, draft: &str) {
        match self.api.send(|c| c.delete(draft)).await {
            Ok(r) if (200..300).contains(&r.status) || r.status == 404 => {
                tracing::debug!("Relay: deleted the Graph draft of the failed send.");
            }
            Ok(r) => tracing::warn!(
                "Relay: could not delete the Graph draft of a failed send (HTTP {}: {}); it stays in the Drafts \
                 folder of {}.",
                r.status,
                http_api::excerpt(&r.body, 200),
                self.api.user()
            ),
            Err(e) => tracing::warn!(
                "Relay: could not delete the Graph draft of a failed send ({e}); it stays in the Drafts folder of {}.",
                self.api.user()
            ),
        }
    }
}

/// A string field of a JSON object.
fn json_str(body: &str, field: &str) -> Option<String> {
    let v: serde_json::Value = serde_json::from_str(body).ok()?;
    Some(v.get(field)?.as_str()?.to_string())
}

/// The first byte of `nextExpectedRanges` (`["2097152"]`, `["0-"]`, `["100-199"]`).
fn next_expected(body: &str) -> Option<usize> {
    let v: serde_json::Value = serde_json::from_str(body).ok()?;
    let first = v.get("nextExpectedRanges")?.as_array()?.first()?.as_str()?;
    first.split('-').next()?.trim().parse().ok()
}

/// A failed step of the draft way: [`classify`]'s class and words, prefixed with the step;
/// the draft steps need `Mail.ReadWrite`, which a 403 there is most likely about.
fn step_error(step: Step, reply: &Reply, mailbox: &str) -> DeliveryError {
    let mut e = classify(reply, mailbox);
    e.message = format!("{}: {}", step.words(), e.message);
    let lc = e.message.to_ascii_lowercase();
    let policy = lc.contains("[raop]") || lc.contains("accesspolicy") || lc.contains("sendas");
    if reply.status == 403 && step != Step::Send && step != Step::Upload && !policy {
        e.hint = Some(format!(
            "Messages over Graph's 4 MB request limit are sent as a draft with the attachments uploaded to it, \
             which needs the Microsoft Graph permission Mail.ReadWrite besides Mail.Send: give the app registration \
             the application permission Mail.ReadWrite with admin consent (delegated sign-in: set the account's scopes = \
             [\"https://graph.microsoft.com/Mail.Send\", \"https://graph.microsoft.com/Mail.ReadWrite\"] and authorize \
             again), and check that \
             no RBAC for Applications scope excludes {mailbox}. Or send large messages through relay.transport \
             type = \"smtp\"."
        ));
    } else if step == Step::Upload && reply.status == 401 {
        e.hint = Some(
            "The upload session's pre-authenticated URL was refused (it may have expired): \
             `dastra-mailgate queue retry ID` starts again with a new draft."
                .into(),
        );
    }
    e
}

/// Graph's `{"error": {"code", "message"}}`.
fn error_of(body: &str) -> Option<(String, String)> {
    let v: serde_json::Value = serde_json::from_str(body).ok()?;
    let e = v.get("error")?;
    Some((
        e.get("code")?.as_str()?.to_string(),
        e.get("message")
            .and_then(|m| m.as_str())
            .unwrap_or("")
            .to_string(),
    ))
}

/// A Graph answer other than 2xx → our classes, with Graph's words and what they mean.
pub fn classify(reply: &Reply, mailbox: &str) -> DeliveryError {
    let status = reply.status;
    let (code, text) = error_of(&reply.body)
        .unwrap_or_else(|| (String::new(), http_api::excerpt(&reply.body, 300)));
    let mut message = if code.is_empty() {
        format!("Microsoft Graph answered HTTP {status}: {text}")
    } else {
        format!("Microsoft Graph answered HTTP {status} {code}: {text}")
    };
    if let Some(id) = &reply.request_id {
        message.push_str(&format!(" (request-id {id})"));
    }
    let class = match status {
        408 | 429 | 500..=599 => Class::Temporary,
        _ => Class::Permanent,
    };
    let lc = format!("{code} {text}").to_ascii_lowercase();
    let hint: Option<String> = if lc.contains("errorsendasdenied") || lc.contains("sendas") {
        Some(format!(
            "The account may not send as the message's From address: grant the mailbox {mailbox} SendAs on it \
             (Add-RecipientPermission <From address> -Trustee {mailbox} -AccessRights SendAs), or set relay.sender \
             so that From is the mailbox itself."
        ))
    } else if lc.contains("[raop]") || lc.contains("accesspolicy") {
        Some(format!(
            "An Application Access Policy (or RBAC for Applications scope) restricts the app to other mailboxes: \
             add {mailbox} to the policy's group (New-ApplicationAccessPolicy / New-ManagementRoleAssignment), \
             or use a mailbox inside its scope."
        ))
    } else if status == 403 || lc.contains("erroraccessdenied") || lc.contains("access is denied") {
        Some(format!(
            "The app may not send mail as {mailbox}: give the app registration the Microsoft Graph application \
             permission Mail.Send with admin consent (delegated sign-in: Mail.Send, plus Mail.Send.Shared and SendAs \
             to send from another mailbox), and check that no RBAC for Applications scope excludes the mailbox."
        ))
    } else if status == 401 || lc.contains("invalidauthenticationtoken") {
        Some(
            "Microsoft Graph refused the access token even after a fresh one was fetched. It must be issued for \
             https://graph.microsoft.com (app-only: scope https://graph.microsoft.com/.default; delegated: Mail.Send); \
             an SMTP or IMAP token (outlook.office365.com) is the wrong audience. Check the tenant too."
                .into(),
        )
    } else if lc.contains("mimecontent") {
        Some(
            "Graph could not read the MIME message. The relay sends the whole RFC 5322 message base64 encoded: \
             look at the message with `dastra-mailgate queue show ID` (it may be malformed)."
                .into(),
        )
    } else if status == 404
        || lc.contains("errorinvaliduser")
        || lc.contains("resourcenotfound")
        || lc.contains("mailboxnotenabledforrestapi")
    {
        Some(format!(
            "No Exchange Online mailbox {mailbox} in this tenant (or it has no Exchange licence): check relay.sender \
             and the account's tenant."
        ))
    } else if status == 413 || lc.contains("size") && lc.contains("exceed") {
        Some(
            "The message is larger than Graph accepts: use relay.transport type = \"smtp\" for large messages."
                .into(),
        )
    } else if status == 429 || lc.contains("throttl") || lc.contains("toomanyrequests") {
        Some(
            "Microsoft Graph is throttling this app or mailbox (about 10,000 requests per 10 minutes and 4 concurrent \
             requests per mailbox): the message is retried after the Retry-After delay. Lower \
             relay.limits.messages_per_minute or relay.transport.max_connections if it keeps happening."
                .into(),
        )
    } else if lc.contains("errorinvalidrecipients") {
        Some("Exchange refused the recipients: check the addresses.".into())
    } else if status >= 500 {
        Some("Microsoft Graph is temporarily unavailable; the message is retried.".into())
    } else {
        super::explain(Some(status), &message)
    };
    DeliveryError {
        class,
        code: Some(status),
        message,
        hint,
        retry_after: reply.retry_after,
    }
}

impl Transport for GraphTransport {
    fn send<'a>(
        &'a self,
        _env_from: &'a str,
        recipients: &'a [String],
        message: &'a [u8],
    ) -> BoxFuture<'a, Result<Delivered, DeliveryError>> {
        Box::pin(self.send_inner(recipients, message))
    }

    fn describe(&self) -> String {
        format!(
            "Microsoft Graph sendMail {} as {}",
            self.url(),
            self.api.user()
        )
    }

    fn max_connections(&self) -> usize {
        self.max_connections
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reply(status: u16, body: &str) -> Reply {
        Reply {
            status,
            body: body.into(),
            retry_after: None,
            request_id: Some("r-1".into()),
        }
    }

    #[test]
    fn graph_errors_are_classified_and_explained() {
        let e = classify(
            &reply(
                403,
                r#"{"error":{"code":"ErrorSendAsDenied","message":"The user account which was used to submit this request does not have the right to send mail on behalf of the specified sending account., Cannot submit message."}}"#,
            ),
            "privacy@example.org",
        );
        assert_eq!((e.class, e.code), (Class::Permanent, Some(403)));
        assert!(e.message.contains("ErrorSendAsDenied") && e.message.contains("request-id r-1"));
        assert!(e.hint.unwrap().contains("Add-RecipientPermission"));

        let e = classify(
            &reply(
                403,
                r#"{"error":{"code":"ErrorAccessDenied","message":"Access is denied. Check credentials and try again."}}"#,
            ),
            "m@x",
        );
        assert!(e.hint.unwrap().contains("Mail.Send"));

        let e = classify(
            &reply(
                429,
                r#"{"error":{"code":"ApplicationThrottled","message":"Application is over its MailboxConcurrency limit."}}"#,
            ),
            "m@x",
        );
        assert_eq!(e.class, Class::Temporary);
        let e = classify(&reply(503, "<html>Service Unavailable</html>"), "m@x");
        assert_eq!(e.class, Class::Temporary);
        assert!(e.message.contains("Service Unavailable"));
        let e = classify(
            &reply(
                400,
                r#"{"error":{"code":"ErrorMimeContentInvalidBase64String","message":"Invalid base64 string for MIME content."}}"#,
            ),
            "m@x",
        );
        assert_eq!(e.class, Class::Permanent);
        assert!(e.hint.unwrap().contains("MIME"));
    }

    #[test]
    fn draft_steps_explain_mail_read_write_and_keep_the_classes() {
        let denied = reply(
            403,
            r#"{"error":{"code":"ErrorAccessDenied","message":"Access is denied. Check credentials and try again."}}"#,
        );
        let e = step_error(Step::Draft, &denied, "m@x");
        assert_eq!((e.class, e.code), (Class::Permanent, Some(403)));
        assert!(e.message.starts_with(
            "creating the draft: Microsoft Graph answered HTTP 403 ErrorAccessDenied"
        ));
        assert!(e.hint.as_deref().unwrap().contains("Mail.ReadWrite"), "{e}");
        // Sending the draft: the sendMail explanation (Mail.Send), SendAs stays SendAs.
        let e = step_error(Step::Send, &denied, "m@x");
        assert!(
            !e.hint.as_deref().unwrap().contains("Mail.ReadWrite"),
            "{e}"
        );
        let e = step_error(
            Step::Send,
            &reply(
                403,
                r#"{"error":{"code":"ErrorSendAsDenied","message":"The user account which was used to submit this request does not have the right to send mail on behalf of the specified sending account., Cannot submit message."}}"#,
            ),
            "m@x",
        );
        assert!(e.hint.unwrap().contains("Add-RecipientPermission"));
        let mut busy = reply(
            503,
            r#"{"error":{"code":"ServiceUnavailable","message":"Service Unavailable"}}"#,
        );
        busy.retry_after = Some(std::time::Duration::from_secs(9));
        let e = step_error(Step::Upload, &busy, "m@x");
        assert_eq!(
            (e.class, e.retry_after),
            (Class::Temporary, Some(std::time::Duration::from_secs(9)))
        );
        assert!(e.message.starts_with("uploading an attachment: "), "{e}");
        let e = step_error(Step::Draft, &reply(429, "{}"), "m@x");
        assert_eq!(e.class, Class::Temporary);
        let e = step_error(
            Step::UploadSession,
            &reply(
                400,
                r#"{"error":{"code":"ErrorInvalidRequest","message":"bad"}}"#,
            ),
            "m@x",
        );
        assert_eq!(e.class, Class::Permanent);

        assert_eq!(next_expected(r#"{"nextExpectedRanges":["0-"]}"#), Some(0));
        assert_eq!(
            next_expected(r#"{"nextExpectedRanges":["3932160"]}"#),
            Some(3_932_160)
        );
        assert_eq!(
            next_expected(r#"{"nextExpectedRanges":["10-19","30-"]}"#),
            Some(10)
        );
        assert_eq!(next_expected(r#"{"nextExpectedRanges":[]}"#), None);
    }

    fn transport(max_request_bytes: usize, max_message_bytes: usize) -> GraphTransport {
        let tokens = Arc::new(crate::oauth::StaticToken {
            user: "privacy@example.org".into(),
            token: crate::secret::SecretString::new("t"),
        });
        // Nothing listens there: these errors come before any request.
        let mut t = GraphTransport::new(tokens, Some("http://127.0.0.1:9"), None).unwrap();
        t.max_request_bytes = max_request_bytes;
        t.max_message_bytes = max_message_bytes;
        t
    }

    fn with_attachment(size: usize) -> Vec<u8> {
        let data = base64::engine::general_purpose::STANDARD.encode(vec![7u8; size]);
        format!(
            "From: <privacy@example.org>\r\nTo: dpo@customer.test\r\nSubject: big\r\n\
             Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nhello\r\n\
             --b\r\nContent-Type: application/pdf; name=r.pdf\r\nContent-Transfer-Encoding: base64\r\n\r\n{data}\r\n--b--\r\n"
        )
        .into_bytes()
    }

    #[tokio::test]
    async fn messages_over_the_exchange_cap_fail_permanently_before_any_request() {
        // The cap is 150 MB; a smaller one stands for it here.
        let t = transport(GRAPH_MAX_REQUEST_BYTES, 100_000);
        let m = with_attachment(90_000);
        assert!(m.len() > 100_000);
        let e = t
            .send("privacy@example.org", &["dpo@customer.test".into()], &m)
            .await
            .unwrap_err();
        assert_eq!((e.class, e.code), (Class::Permanent, None), "{e}");
        assert!(
            e.message.contains(&format!(
                "the message is {} bytes, over the 100000 bytes",
                m.len()
            )),
            "{e}"
        );
        assert!(e.hint.as_deref().unwrap().contains("MaxSendSize"), "{e}");
        assert_eq!(GRAPH_MAX_MESSAGE_BYTES, 157_286_400);
    }

    #[tokio::test]
    async fn text_over_the_request_limit_fails_permanently_before_any_request() {
        let t = transport(10_000, GRAPH_MAX_MESSAGE_BYTES);
        let line = format!("{}\r\n", "x".repeat(76));
        let m = format!(
            "From: <privacy@example.org>\r\nTo: dpo@customer.test\r\nSubject: long\r\n\r\n{}",
            line.repeat(200)
        );
        let e = t
            .send(
                "privacy@example.org",
                &["dpo@customer.test".into()],
                m.as_bytes(),
            )
            .await
            .unwrap_err();
        assert_eq!(e.class, Class::Permanent, "{e}");
        assert!(e.message.contains("without its attachments"), "{e}");
        assert!(
            e.hint.as_deref().unwrap().contains("type = \"smtp\""),
            "{e}"
        );
    }
}
