//! Delivery: the [`Transport`] interface, reply classification with the providers' words
//! explained, pacing, and the scheduler that drives the spool.

pub mod gmail_api;
pub mod graph;
pub mod http_api;
pub mod pacing;
pub mod scheduler;
pub mod smtp;

use std::fmt;
use std::time::Duration;

use crate::oauth::BoxFuture;

/// The provider accepted the message.
#[derive(Debug, Clone)]
pub struct Delivered {
    /// The provider's reply, e.g. `250 2.0.0 OK <id> [Hostname=…]`.
    pub response: String,
    /// Recipients the provider refused (at `RCPT`) while it took the message for the
    /// others, each with its own error. Empty for the HTTP APIs (all or nothing).
    pub refused: Vec<(String, DeliveryError)>,
}

/// Whether trying again later can help.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Class {
    /// 4xx, 429, network, TLS, timeouts, token endpoint unreachable: deferred, retried.
    Temporary,
    /// 5xx: failed, kept as a dead letter with the explanation.
    Permanent,
}

/// A delivery that did not succeed.
#[derive(Debug, Clone)]
pub struct DeliveryError {
    pub class: Class,
    /// The SMTP reply code, when there was one.
    pub code: Option<u16>,
    /// What the provider (or the network) said, verbatim.
    pub message: String,
    /// What it means and what to do, in plain words.
    pub hint: Option<String>,
    /// The provider asked to wait at least this long (HTTP `Retry-After`).
    pub retry_after: Option<Duration>,
}

impl DeliveryError {
    pub fn temporary(message: impl Into<String>) -> Self {
        let message = message.into();
        let hint = explain(None, &message);
        Self {
            class: Class::Temporary,
            code: None,
            message,
            hint,
            retry_after: None,
        }
    }

    pub fn permanent(message: impl Into<String>) -> Self {
        let message = message.into();
        let hint = explain(None, &message);
        Self {
            class: Class::Permanent,
            code: None,
            message,
            hint,
            retry_after: None,
        }
    }

    /// From an SMTP reply code and text.
    pub fn from_reply(code: u16, message: impl Into<String>) -> Self {
        let message = message.into();
        Self {
            class: if code >= 500 {
                Class::Permanent
            } else {
                Class::Temporary
            },
            code: Some(code),
            hint: explain(Some(code), &message),
            message,
            retry_after: None,
        }
    }
}

impl fmt::Display for DeliveryError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.code {
            Some(c) if !self.message.starts_with(&c.to_string()) => {
                write!(f, "{c} {}", self.message)?
            }
            _ => f.write_str(&self.message)?,
        }
        if let Some(h) = &self.hint {
            write!(f, " — {h}")?;
        }
        Ok(())
    }
}

/// A way to hand a message to the provider.
pub trait Transport: Send + Sync {
    /// Sends `message` unchanged with this envelope, all the way through DATA.
    fn send<'a>(
        &'a self,
        env_from: &'a str,
        recipients: &'a [String],
        message: &'a [u8],
    ) -> BoxFuture<'a, Result<Delivered, DeliveryError>>;

    /// One line for logs and `test-send`: `smtp smtp.office365.com:587 starttls xoauth2`.
    fn describe(&self) -> String;

    /// How many deliveries may run at once.
    fn max_connections(&self) -> usize;
}

/// The SendAs hint with placeholders; [`send_as_hint`] fills them in when the addresses are
/// known.
const SEND_AS_DENIED: &str = "The account may not send as this From address. Grant it SendAs on the address \
         (Add-RecipientPermission <sender> -Trustee <account or service principal> -AccessRights SendAs), \
         or set relay.sender to the account's own address.";

/// The SendAs hint for `sender` (the From address, relay.sender) and `account` (the login:
/// the XOAUTH2 user or the PLAIN user name).
pub fn send_as_hint(sender: &str, account: &str) -> String {
    format!(
        "The account {account} may not send as {sender}. Grant it SendAs on the address \
         (Add-RecipientPermission {sender} -Trustee {account} -AccessRights SendAs; for an app-only \
         token the trustee is the app's Exchange service principal), or set relay.sender to {account}."
    )
}

/// Whether `e` is a SendAs refusal (its hint is [`SEND_AS_DENIED`]).
pub fn is_send_as_denied(e: &DeliveryError) -> bool {
    e.hint.as_deref() == Some(SEND_AS_DENIED)
}

/// The plain-words explanation of a provider reply (providers.md §2.5, §3.1).
pub fn explain(code: Option<u16>, message: &str) -> Option<String> {
    let m = message.to_ascii_lowercase();
    let has = |s: &str| m.contains(&s.to_ascii_lowercase());
    let text = if has("5.7.139") {
        "SMTP AUTH is disabled for this Microsoft 365 tenant or mailbox. Enable it for the sending mailbox \
         (Exchange Online PowerShell: Set-CASMailbox <mailbox> -SmtpClientAuthenticationDisabled $false, or \
         tenant-wide Set-TransportConfig -SmtpClientAuthenticationDisabled $false), or use \
         relay.transport type = \"graph\" (Microsoft Graph sendMail), which does not need SMTP AUTH."
    } else if has("5.2.252") || has("sendasdenied") || has("5.7.60") {
        SEND_AS_DENIED
    } else if has("5.7.30") || has("basic authentication is not supported") {
        "The provider no longer accepts passwords for SMTP (basic auth): use auth = \"xoauth2\" with an OAuth account."
    } else if has("5.5.127") || has("token will expire soon") {
        "The access token was too close to its expiry: refresh earlier (oauth_account refresh_before_expiry_secs ≥ 600)."
    } else if has("mapiexceptionlogonfailed") || has("4.2.0 storedrv") {
        "The app has no access to the mailbox: Add-MailboxPermission -Identity <mailbox> -User <service principal> \
         -AccessRights FullAccess."
    } else if has("4.3.2")
        || code == Some(432)
        || has("concurrent connections limit")
        || has("sender thread limit")
    {
        "Every connection this mailbox may have is in use (Exchange Online allows 3 at a time per \
         mailbox, counting every application that sends as it). The usual cause is another sender \
         on the same mailbox: a running dastra-mailgate daemon keeps its connections for \
         relay.transport.idle_timeout_secs after its last message (`test-send` goes through the \
         daemon when one is running), or another application. The daemon retries a queued message \
         later; keep relay.transport.max_connections at 3 minus what other senders use."
    } else if has("5.7.3")
        || has("does not expect a challenge")
        || has("5.7.8")
        || code == Some(535)
    {
        "The provider refused the OAuth token. Check: the token's audience (SMTP needs \
         https://outlook.office365.com/.default or https://outlook.office.com/SMTP.Send, not a Graph token; \
         Gmail needs https://mail.google.com/), the permission and admin consent (SMTP.SendAsApp for app-only), \
         the Exchange service principal (New-ServicePrincipal with the Enterprise Application's object id), \
         the tenant, and that the XOAUTH2 user is the mailbox. `dastra-mailgate authorize ACCOUNT` renews a \
         delegated grant."
    } else if has("5.7.57") || has("5.7.0 authentication required") || code == Some(530) {
        "The server requires authentication before sending: set relay.transport.auth."
    } else if code == Some(552) || has("5.3.4") {
        "The message is larger than the provider accepts."
    } else if code == Some(421) || code == Some(451) || code == Some(450) {
        "The provider is temporarily unavailable or throttling; the message is retried."
    } else {
        return None;
    };
    Some(text.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn explains_the_microsoft_catalogue() {
        let e = DeliveryError::from_reply(
            535,
            "5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled",
        );
        assert_eq!(e.class, Class::Permanent);
        assert!(e.hint.as_deref().unwrap().contains("Set-CASMailbox"));
        assert!(e.to_string().starts_with("535 5.7.139"));

        let e = DeliveryError::from_reply(
            554,
            "5.2.252 SendAsDenied; a@x not allowed to send as b@y; STOREDRV.Submission.Exception:SendAsDeniedException.MapiExceptionSendAsDenied",
        );
        assert!(e.hint.as_deref().unwrap().contains("SendAs"));
        assert_eq!(e.class, Class::Permanent);

        let e = DeliveryError::from_reply(535, "5.7.3 Authentication unsuccessful [HOST]");
        assert!(e.hint.as_deref().unwrap().contains("audience"));

        let e = DeliveryError::from_reply(432, "4.3.2 Concurrent connections limit exceeded");
        assert_eq!(e.class, Class::Temporary);
        assert!(e.hint.as_deref().unwrap().contains("max_connections"));

        let e = DeliveryError::permanent(
            "internal client error: This mechanism does not expect a challenge",
        );
        assert!(e.hint.as_deref().unwrap().contains("OAuth token"));
        assert!(explain(Some(250), "2.0.0 OK").is_none());
    }
}
