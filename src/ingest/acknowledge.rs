//! The acknowledgement stage: after a request is created, an optional reply to the data
//! subject (texts in [`super::ack`]). Ingestion decides whether and what to send; the
//! sending goes through an [`Outbox`], a small trait ingestion defines and the relay
//! implements ([`crate::relay::outbox::SpoolOutbox`]), so ingestion never reaches into the
//! relay's spool or rewrite code.
//!
//! Steps are recorded in `entry.uploads_done` (`?ack` while queueing, then `ack:<queue id>`,
//! or `!ack:<why>` when none is sent). Idempotent: a finished step is never repeated; a
//! resumed `?ack` is looked up in the outbox by its Message-ID before it is queued again.

use super::ack::{
    AckExtras, AckInput, build_with, fill, header_safe, message_id, never_reply_to, reference,
    safe_address, template_for,
};
use super::decide::plan::PlanContext;
use super::ledger::{Entry, Ledger, LedgerError};
use crate::config::Settings;
use crate::redact::Addr;
use crate::understand::Understanding;

/// One acknowledgement, ready to queue.
#[derive(Debug, Clone)]
pub struct OutgoingAck {
    pub raw: Vec<u8>,
    /// The envelope sender and From (the relay's sender address).
    pub from: String,
    /// With angle brackets.
    pub message_id: String,
    pub subject: String,
    pub to: String,
}

/// Where acknowledgements go. Implemented by the relay (its durable spool).
pub trait Outbox: Send + Sync {
    /// Is a message with this Message-ID (without brackets) already queued?
    fn contains(&self, message_id: &str) -> std::io::Result<bool>;
    /// Queues one message durably (on disk when this returns) and wakes the sender; returns
    /// its queue id.
    fn submit(&self, ack: OutgoingAck) -> std::io::Result<String>;
}

/// Why queueing an acknowledgement failed (the mail is retried; the request exists).
#[derive(Debug, thiserror::Error)]
pub enum AckError {
    #[error("cannot queue the acknowledgement: {0}")]
    Io(#[from] std::io::Error),
    #[error(transparent)]
    Ledger(#[from] LedgerError),
}

/// What happened to the acknowledgement, for the message's history.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AckResult {
    /// Queued now, with the relay's queue id.
    Queued(String),
    /// Done before (nothing to do).
    AlreadyDone,
    /// None sent, and why.
    Skipped(String),
}

/// Everything the stage needs.
pub struct AckStage<'a> {
    pub settings: &'a Settings,
    pub plan: &'a PlanContext,
    pub ledger: &'a Ledger,
    pub outbox: Option<std::sync::Arc<dyn Outbox>>,
}

impl AckStage<'_> {
    /// Sends the acknowledgement of created request `request_id`, if the mailbox wants one.
    pub async fn acknowledge(
        &self,
        entry: &mut Entry,
        request_id: &str,
        u: &Understanding,
    ) -> Result<AckResult, AckError> {
        if entry
            .uploads_done
            .iter()
            .any(|d| d == "ack" || d.starts_with("ack:") || d.starts_with("!ack"))
        {
            return Ok(AckResult::AlreadyDone);
        }
        let Some(mb) = self
            .settings
            .mailboxes
            .iter()
            .find(|m| m.name == entry.mailbox)
        else {
            return Ok(AckResult::AlreadyDone);
        };
        let Some(cfg) = &mb.acknowledge else {
            return Ok(AckResult::AlreadyDone);
        };
        let ledger = self.ledger;
        let skip = |entry: &mut Entry, why: &str| -> Result<AckResult, AckError> {
            entry.uploads_done.retain(|d| d != "?ack");
            entry.uploads_done.push(format!("!ack:{why}"));
            ledger.put(entry)?;
            Ok(AckResult::Skipped(why.to_string()))
        };
        let (Some(relay), Some(outbox)) = (&self.settings.relay, self.outbox.clone()) else {
            return skip(entry, "no relay");
        };
        let Some(to) = u.data_subject.email.as_deref().and_then(safe_address) else {
            return skip(entry, "no address");
        };
        let opts = &self.plan.understand;
        let own = opts
            .own_addresses
            .iter()
            .any(|a| a.eq_ignore_ascii_case(&to))
            || to.eq_ignore_ascii_case(&relay.sender);
        if u.guard.is_some()
            || own
            || never_reply_to(&to)
            || opts.deny_senders.iter().any(|r| r.is_match(&to))
        {
            tracing::info!(mailbox = %entry.mailbox, to = %Addr(&to), "No acknowledgement to this address.");
            return skip(entry, "address");
        }
        let domain = relay
            .sender
            .rsplit_once('@')
            .map(|(_, d)| d.to_string())
            .unwrap_or_else(|| "localhost".into());
        let secret = &self.plan.understand.own_id_secret;
        let secret = (!secret.is_empty()).then_some(secret.as_slice());
        let ack_id = message_id(&entry.key, &domain, secret);

        if entry.uploads_done.iter().any(|d| d == "?ack") {
            let (o, id) = (outbox.clone(), ack_id.clone());
            if blocking(move || o.contains(&id)).await? {
                entry.uploads_done.retain(|d| d != "?ack");
                entry.uploads_done.push("ack".into());
                ledger.put(entry)?;
                return Ok(AckResult::AlreadyDone);
            }
        } else {
            let now = chrono::Utc::now().timestamp();
            if !ledger.ack_allow(&to, cfg.max_per_recipient_per_day, now)? {
                tracing::info!(mailbox = %entry.mailbox, to = %Addr(&to), limit = cfg.max_per_recipient_per_day, "Acknowledgement limit reached for this recipient today; none sent.");
                crate::metrics::inc(
                    "mailgate_acks_total",
                    &[("mailbox", &mb.name), ("outcome", "rate_limited")],
                );
                return skip(entry, "rate_limited");
            }
            entry.uploads_done.push("?ack".into());
            ledger.put(entry)?;
        }

        let template = template_for(&cfg.templates, &u.locale);
        let input = AckInput {
            from: &relay.sender,
            from_name: relay.alias.as_deref(),
            to: &to,
            to_name: u.data_subject.display_name.as_deref(),
            given_name: u.data_subject.given_name.as_deref(),
            locale: &u.locale,
            request_id,
            reference_format: &cfg.reference_format,
            original_subject: u.subject.as_deref().unwrap_or(""),
            original_message_id: u.message_id.as_deref(),
            original_references: &u.follow_up.references,
            key: &entry.key,
            message_id_domain: &domain,
            id_secret: secret,
            date: chrono::Utc::now(),
        };
        // `{received}` is when the organisation received the mail (the legal clock's start),
        // `{organisation}` the relay's display name.
        let extras = AckExtras {
            received: entry
                .received_at
                .and_then(|t| chrono::DateTime::from_timestamp(t, 0))
                .map(|d| d.fixed_offset()),
            organisation: relay.alias.as_deref(),
        };
        let Some(raw) = build_with(&input, &extras, &template) else {
            return skip(entry, "address");
        };
        let subject = header_safe(
            &fill(
                &template.subject,
                &[
                    ("reference", &reference(&cfg.reference_format, request_id)),
                    ("id", request_id),
                ],
            ),
            120,
        );
        let ack = OutgoingAck {
            raw,
            from: relay.sender.clone(),
            message_id: format!("<{ack_id}>"),
            subject,
            to: to.clone(),
        };
        let queued = blocking(move || outbox.submit(ack)).await?;
        entry.uploads_done.retain(|d| d != "?ack");
        entry.uploads_done.push(format!("ack:{queued}"));
        ledger.put(entry)?;
        crate::metrics::inc(
            "mailgate_acks_total",
            &[("mailbox", &mb.name), ("outcome", "spooled")],
        );
        tracing::info!(mailbox = %entry.mailbox, to = %Addr(&to), queue_id = %queued, "Acknowledgement queued for the relay.");
        Ok(AckResult::Queued(queued))
    }
}

/// Spool I/O (fsyncs) runs on the blocking pool.
async fn blocking<T: Send + 'static>(
    f: impl FnOnce() -> std::io::Result<T> + Send + 'static,
) -> std::io::Result<T> {
    tokio::task::spawn_blocking(f)
        .await
        .map_err(std::io::Error::other)?
}
