//! The Gmail API (providers.md §3.2): `POST {endpoint}/gmail/v1/users/me/messages/send`
//! with `{"raw": base64url(message)}`; messages over [`GMAIL_RAW_MAX_BYTES`] go through the
//! media upload `POST {endpoint}/upload/gmail/v1/users/me/messages/send?uploadType=media`
//! (`message/rfc822`, up to 35 MB).
//!
//! The Gmail API sends as the token's user. A `From` address that is not one of the
//! account's "Send mail as" addresses is **rewritten** to the primary address instead of
//! refused (§3.6), so nothing here can notice it: `test-send` checks the aliases
//! ([`send_as_addresses`]) and warns.
//!
//! Errors come as `{"error": {"code": 403, "message": "…", "errors": [{"reason": "…"}],
//! "status": "PERMISSION_DENIED"}}`.

use std::sync::Arc;

use base64::Engine as _;

use super::http_api::{self, ApiClient, Reply};
use super::{Class, Delivered, DeliveryError, Transport};
use crate::oauth::{BoxFuture, TokenSource};

/// The public Gmail API endpoint.
pub const GMAIL_ENDPOINT: &str = "https://gmail.googleapis.com";

/// Above this, the message goes through the upload endpoint rather than a JSON `raw`
/// field (metadata requests are meant to stay small) [unverified exact figure].
pub const GMAIL_RAW_MAX_BYTES: usize = 5 * 1024 * 1024;

/// The Gmail API's maximum message size (35 MB) [unverified exact figure].
pub const GMAIL_MAX_MESSAGE_BYTES: usize = 35 * 1024 * 1024;

pub struct GmailApiTransport {
    api: ApiClient,
    endpoint: String,
    /// Concurrent requests (1–4; the APIs allow 4 per mailbox).
    max_connections: usize,
}

impl GmailApiTransport {
    /// `endpoint` defaults to [`GMAIL_ENDPOINT`].
    pub fn new(
        tokens: Arc<dyn TokenSource>,
        endpoint: Option<&str>,
        ca_pem: Option<&[u8]>,
    ) -> Result<Self, String> {
        Ok(Self {
            api: ApiClient::new(tokens, ca_pem)?,
            endpoint: http_api::base(endpoint.unwrap_or(GMAIL_ENDPOINT)).to_string(),
            max_connections: 4,
        })
    }

    /// Concurrent requests (`relay.transport.max_connections`), between 1 and 4.
    pub fn with_max_connections(mut self, n: u32) -> Self {
        self.max_connections = (n as usize).clamp(1, 4);
        self
    }

    /// `me`: the token's own account, whatever address the sender is (an alias in the
    /// URL would be "Delegation denied").
    fn user_segment(&self) -> String {
        "me".into()
    }

    async fn send_inner(
        &self,
        recipients: &[String],
        message: &[u8],
    ) -> Result<Delivered, DeliveryError> {
        let mime = http_api::with_envelope_recipients(message, recipients);
        if mime.len() > GMAIL_MAX_MESSAGE_BYTES {
            return Err(DeliveryError {
                class: Class::Permanent,
                code: None,
                message: format!(
                    "the message is {} bytes, over the Gmail API's limit of {GMAIL_MAX_MESSAGE_BYTES} bytes",
                    mime.len()
                ),
                hint: Some(
                    "Gmail does not accept messages over 35 MB: make it smaller (links instead of attachments)."
                        .into(),
                ),
                retry_after: None,
            });
        }
        let reply = if mime.len() <= GMAIL_RAW_MAX_BYTES {
            let url = format!(
                "{}/gmail/v1/users/{}/messages/send",
                self.endpoint,
                self.user_segment()
            );
            let body = serde_json::json!({
                "raw": base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(&mime)
            });
            self.api.send(|c| c.post(&url).json(&body)).await?
        } else {
            let url = format!(
                "{}/upload/gmail/v1/users/{}/messages/send?uploadType=media",
                self.endpoint,
                self.user_segment()
            );
            let body = mime.into_owned();
            self.api
                .send(|c| {
                    c.post(&url)
                        .header(reqwest::header::CONTENT_TYPE, "message/rfc822")
                        .body(body.clone())
                })
                .await?
        };
        if (200..300).contains(&reply.status) {
            let id = serde_json::from_str::<serde_json::Value>(&reply.body)
                .ok()
                .and_then(|v| v.get("id")?.as_str().map(str::to_string));
            return Ok(Delivered {
                response: match id {
                    Some(id) => format!("{} OK (Gmail message id {id})", reply.status),
                    None => format!("{} OK", reply.status),
                },
                refused: Vec::new(),
            });
        }
        Err(classify(&reply, self.api.user()))
    }
}

impl GmailApiTransport {
    /// `check --connect`: proves that the Gmail API takes the token for `messages.send` as
    /// the sender without sending anything: the request has no `raw` message, which Google
    /// refuses with `400 INVALID_ARGUMENT` only after the token (401), the scope and the
    /// user (403) passed. Anything else is explained as a delivery would be.
    pub async fn probe(&self) -> Result<String, DeliveryError> {
        let url = format!(
            "{}/gmail/v1/users/{}/messages/send",
            self.endpoint,
            self.user_segment()
        );
        let body = serde_json::json!({});
        let reply = self.api.send(|c| c.post(&url).json(&body)).await?;
        if reply.status == 400
            && error_of(&reply.body).is_some_and(|(_, reason, status)| {
                status == "INVALID_ARGUMENT" || reason == "invalidArgument"
            })
        {
            return Ok(format!(
                "{} took the token for messages.send as {} (the probe had no message on purpose: nothing was sent)",
                self.endpoint,
                crate::redact::mask_email(self.api.user())
            ));
        }
        Err(classify(&reply, self.api.user()))
    }
}

/// Google's `{"error": {"code", "message", "errors": [{"reason"}], "status"}}` →
/// (message, reason, status).
fn error_of(body: &str) -> Option<(String, String, String)> {
    let v: serde_json::Value = serde_json::from_str(body).ok()?;
    let e = v.get("error")?;
    let s = |x: Option<&serde_json::Value>| x.and_then(|x| x.as_str()).unwrap_or("").to_string();
    Some((
        s(e.get("message")),
        s(e.get("errors")
            .and_then(|l| l.get(0))
            .and_then(|x| x.get("reason"))),
        s(e.get("status")),
    ))
}

/// A Gmail API answer other than 2xx → our classes, with Google's words explained.
pub fn classify(reply: &Reply, user: &str) -> DeliveryError {
    let status = reply.status;
    let (text, reason, gstatus) = error_of(&reply.body).unwrap_or_else(|| {
        (
            http_api::excerpt(&reply.body, 300),
            String::new(),
            String::new(),
        )
    });
    let mut message = format!("the Gmail API answered HTTP {status}");
    if !gstatus.is_empty() {
        message.push_str(&format!(" {gstatus}"));
    }
    if !reason.is_empty() {
        message.push_str(&format!(" ({reason})"));
    }
    message.push_str(&format!(": {text}"));
    let lc = format!("{reason} {text}").to_ascii_lowercase();
    let rate = status == 429
        || lc.contains("ratelimitexceeded")
        || lc.contains("dailylimitexceeded")
        || lc.contains("sending limit");
    let class = if rate || status == 408 || status >= 500 {
        Class::Temporary
    } else {
        Class::Permanent
    };
    let hint: Option<String> = if rate {
        Some(
            "Gmail's sending limits or API quota were reached (Workspace: 2,000 messages a day, 100 recipients a \
             message; exceeding them suspends sending for up to 24 h): the message is retried later. Lower \
             relay.limits.messages_per_minute / recipients_per_day."
                .into(),
        )
    } else if status == 401 {
        Some(
            "Google refused the access token even after a fresh one was fetched. It must carry the scope \
             https://www.googleapis.com/auth/gmail.send (or https://mail.google.com/); for a service account, the \
             domain-wide delegation must list that scope for its client ID, and `sub` must be the sender."
                .into(),
        )
    } else if lc.contains("delegation denied") {
        Some(format!(
            "The token's user may not send as {user}: the Gmail API sends as the signed-in user (or a service \
             account's `sub`). Set relay.sender to that account."
        ))
    } else if lc.contains("insufficient") || lc.contains("scope") {
        Some(
            "The token lacks the gmail.send scope: add https://www.googleapis.com/auth/gmail.send to the account's \
             scopes (and to the domain-wide delegation for a service account), then `dastra-mailgate authorize`."
                .into(),
        )
    } else if lc.contains("mail service not enabled") {
        Some(format!(
            "Gmail is not enabled for {user}: turn the Gmail service on for the user in the Admin console."
        ))
    } else if status == 403 {
        Some(format!(
            "Google refused to send as {user}: check that the Gmail API is enabled for the Cloud project and the \
             account may use it."
        ))
    } else if lc.contains("recipient address required") || lc.contains("invalid to header") {
        Some("Gmail found no valid recipient in the message.".into())
    } else if status == 413 || lc.contains("too large") {
        Some("The message is larger than Gmail accepts (35 MB).".into())
    } else if status >= 500 {
        Some("The Gmail API is temporarily unavailable; the message is retried.".into())
    } else {
        None
    };
    DeliveryError {
        class,
        code: Some(status),
        message,
        hint,
        retry_after: reply.retry_after,
    }
}

/// The account's "Send mail as" addresses (`users.settings.sendAs.list`), lower-cased.
/// Needs a scope that can read settings (`gmail.settings.basic`, `gmail.readonly`,
/// `gmail.modify` or `https://mail.google.com/`); `gmail.send` alone cannot.
pub async fn send_as_addresses(
    tokens: Arc<dyn TokenSource>,
    endpoint: Option<&str>,
    ca_pem: Option<&[u8]>,
) -> Result<Vec<String>, String> {
    let api = ApiClient::new(tokens, ca_pem)?;
    let url = format!(
        "{}/gmail/v1/users/me/settings/sendAs",
        http_api::base(endpoint.unwrap_or(GMAIL_ENDPOINT)),
    );
    let reply = api.send(|c| c.get(&url)).await.map_err(|e| e.to_string())?;
    if reply.status != 200 {
        return Err(classify(&reply, api.user()).to_string());
    }
    let v: serde_json::Value = serde_json::from_str(&reply.body)
        .map_err(|e| format!("the sendAs list is not JSON: {e}"))?;
    Ok(v.get("sendAs")
        .and_then(|l| l.as_array())
        .map(|l| {
            l.iter()
                .filter(|a| {
                    // Primary and Workspace aliases have no verificationStatus; external
                    // addresses count once verified.
                    a.get("verificationStatus")
                        .and_then(|s| s.as_str())
                        .is_none_or(|s| s == "accepted")
                })
                .filter_map(|a| a.get("sendAsEmail")?.as_str())
                .map(str::to_ascii_lowercase)
                .collect()
        })
        .unwrap_or_default())
}

impl Transport for GmailApiTransport {
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
            "Gmail API {}/gmail/v1/users/{}/messages/send as {}",
            self.endpoint,
            self.user_segment(),
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

    #[test]
    fn gmail_errors_are_classified_and_explained() {
        let r = |status: u16, body: &str| Reply {
            status,
            body: body.into(),
            retry_after: None,
            request_id: None,
        };
        let e = classify(
            &r(
                429,
                r#"{"error":{"code":429,"message":"User-rate limit exceeded.","errors":[{"message":"User-rate limit exceeded.","domain":"usageLimits","reason":"rateLimitExceeded"}],"status":"RESOURCE_EXHAUSTED"}}"#,
            ),
            "a@x",
        );
        assert_eq!(e.class, Class::Temporary);
        assert!(
            e.message.contains("RESOURCE_EXHAUSTED (rateLimitExceeded)"),
            "{e}"
        );
        let e = classify(
            &r(
                403,
                r#"{"error":{"code":403,"message":"Request had insufficient authentication scopes.","errors":[{"message":"Insufficient Permission","domain":"global","reason":"insufficientPermissions"}],"status":"PERMISSION_DENIED"}}"#,
            ),
            "a@x",
        );
        assert_eq!(e.class, Class::Permanent);
        assert!(e.hint.unwrap().contains("gmail.send"));
        let e = classify(&r(502, "Bad Gateway"), "a@x");
        assert_eq!(e.class, Class::Temporary);
    }
}
