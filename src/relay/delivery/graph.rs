//! Microsoft Graph `sendMail` with the MIME message (providers.md §2.4):
//! `POST {endpoint}/v1.0/users/{sender}/sendMail`, the whole RFC 5322 message base64
//! encoded as `Content-Type: text/plain`; `202 Accepted` means Exchange took it.
//!
//! No SMTP AUTH is involved, so this works where the tenant disabled it (5.7.139). The
//! token must be issued for `https://graph.microsoft.com` (`Mail.Send`); an SMTP token is
//! the wrong audience. Requests are limited to about 4 MB, so a message whose base64 form
//! is larger fails permanently with an explanation (the SMTP transport takes up to 150 MB).
//!
//! Errors come as `{"error": {"code": "ErrorSendAsDenied", "message": "…"}}`; they are
//! classified by status (429, 5xx, network → retried, honouring `Retry-After`; other 4xx →
//! failed) and explained by code.

use std::sync::Arc;

use base64::Engine as _;

use super::http_api::{self, ApiClient, Reply};
use super::{Class, Delivered, DeliveryError, Transport};
use crate::oauth::{BoxFuture, TokenSource};

/// The public Graph endpoint (national clouds: `https://graph.microsoft.us`, …).
pub const GRAPH_ENDPOINT: &str = "https://graph.microsoft.com";

/// Graph's request size limit for `sendMail` (about 4 MB) [unverified exact figure].
pub const GRAPH_MAX_REQUEST_BYTES: usize = 4 * 1024 * 1024;

pub struct GraphTransport {
    api: ApiClient,
    endpoint: String,
    /// Concurrent requests (1–4; the APIs allow 4 per mailbox).
    max_connections: usize,
    max_request_bytes: usize,
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
        })
    }

    /// Concurrent requests (`relay.transport.max_connections`), between 1 and 4.
    pub fn with_max_connections(mut self, n: u32) -> Self {
        self.max_connections = (n as usize).clamp(1, 4);
        self
    }

    fn url(&self) -> String {
        format!(
            "{}/v1.0/users/{}/sendMail",
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
        let body = base64::engine::general_purpose::STANDARD.encode(&mime);
        if body.len() > self.max_request_bytes {
            return Err(DeliveryError {
                class: Class::Permanent,
                code: None,
                message: format!(
                    "the message is {} bytes ({} bytes base64), over Microsoft Graph's sendMail request limit of {} bytes",
                    mime.len(),
                    body.len(),
                    self.max_request_bytes
                ),
                hint: Some(format!(
                    "Graph's MIME sendMail takes requests up to about {} MB (about {} MB of message once base64 encoded). \
                     Send large messages through relay.transport type = \"smtp\" (Exchange Online accepts up to 150 MB over SMTP), \
                     or make them smaller (links instead of attachments).",
                    self.max_request_bytes / (1024 * 1024),
                    self.max_request_bytes * 3 / 4 / (1024 * 1024)
                )),
                retry_after: None,
            });
        }
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
            });
        }
        Err(classify(&reply, self.api.user()))
    }
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
}
