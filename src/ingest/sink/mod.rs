//! The Dastra sink: executes a plan, one recorded step at a time, and says how it went:
//! [`SinkOutcome::Done`], [`SinkOutcome::Retry`] or [`SinkOutcome::Failed`].
//!
//! Every step is recorded in the ledger (fsynced) before the next one starts, so a crash at
//! any point resumes from the last recorded step. The only ambiguous moments are a create or
//! an upload whose answer was lost; both are resolved by looking in Dastra before doing it
//! again. A temporary failure is retried here, inside the pass, a few times with jitter (and
//! the server's `Retry-After`), resuming from the ledger; only then is it handed back.

use std::sync::Arc;
use std::time::Duration;

use tokio_util::sync::CancellationToken;

use super::decide::plan::{CreatePlan, Target, ref_line};
use super::ledger::{Entry, Ledger, LedgerError, State};
use crate::dastra::{self, DastraClient, DastraError};
use crate::retry::Backoff;
use crate::understand::Understanding;

/// How executing a plan went.
#[derive(Debug)]
pub enum SinkOutcome {
    /// The object exists and every upload is recorded (`entry.state == Created`).
    Done,
    /// A temporary failure (Dastra down, 429, timeout): try again later.
    Retry {
        after: Option<Duration>,
        reason: String,
        /// Dastra refused our credentials: an operator must act, not time.
        unauthorized: bool,
    },
    /// Dastra refused the object for good (validation): park the message.
    Failed { reason: String },
    /// The subject names a request that does not exist: plan again without the tag.
    UnknownRequest(String),
    /// The mail names a request whose data subject did not send it: plan it as new mail.
    NotTheDataSubject(String),
}

#[derive(Debug, thiserror::Error)]
pub enum SinkError {
    #[error(transparent)]
    Dastra(#[from] DastraError),
    #[error(transparent)]
    Ledger(#[from] LedgerError),
    #[error("request {0} named in the subject does not exist")]
    UnknownRequest(String),
    #[error("the sender of a mail about request {0} is not its data subject")]
    NotTheDataSubject(String),
}

/// Executes plans against Dastra.
pub struct DastraSink {
    pub client: DastraClient,
    pub ledger: Arc<Ledger>,
    /// `sendNotification` on created requests.
    pub send_notification: bool,
    /// Attempts of one message inside a pass before it is handed back as `Retry`.
    pub attempts_in_pass: u32,
    /// First delay between those attempts (full jitter, doubling: 0–100 ms, 0–200 ms, …, at
    /// most 8 s; one 5xx is usually a blip, retried at once), unless the
    /// server asks for more with `Retry-After`, up to `max_retry_after`).
    pub first_delay: Duration,
    /// Longest `Retry-After` honoured inside a pass; longer waits end the pass.
    pub max_retry_after: Duration,
    /// Staff domains that may add to any request (lowercase).
    pub internal_domains: Vec<String>,
}

impl DastraSink {
    pub fn new(client: DastraClient, ledger: Arc<Ledger>, send_notification: bool) -> Self {
        Self {
            client,
            ledger,
            send_notification,
            attempts_in_pass: 3,
            first_delay: Duration::from_millis(100),
            max_retry_after: Duration::from_secs(30),
            internal_domains: Vec::new(),
        }
    }

    /// Runs the plan from wherever the ledger record says we are; retries temporary
    /// failures inside the pass. Ledger errors (local storage) are returned as errors.
    pub async fn execute(
        &self,
        entry: &mut Entry,
        plan: &CreatePlan,
        u: &Understanding,
        raw: &bytes::Bytes,
        cancel: &CancellationToken,
    ) -> Result<SinkOutcome, LedgerError> {
        let mut backoff = Backoff::new(self.first_delay, 2.0, Duration::from_secs(8));
        let mut attempt = 0;
        loop {
            attempt += 1;
            let e = match create(self, entry, plan, u, raw).await {
                Ok(()) => return Ok(SinkOutcome::Done),
                Err(SinkError::Ledger(e)) => return Err(e),
                Err(SinkError::UnknownRequest(id)) => return Ok(SinkOutcome::UnknownRequest(id)),
                Err(SinkError::NotTheDataSubject(id)) => {
                    return Ok(SinkOutcome::NotTheDataSubject(id));
                }
                Err(SinkError::Dastra(e)) => e,
            };
            if !e.is_transient() {
                return Ok(SinkOutcome::Failed {
                    reason: format!(
                        "Dastra refused the {}: {}",
                        plan.kind_label(),
                        crate::exit::chain(&e)
                    ),
                });
            }
            let server_wait = e.retry_after();
            let too_long = server_wait.is_some_and(|w| w > self.max_retry_after);
            if attempt >= self.attempts_in_pass || !e.is_retryable() || too_long {
                return Ok(SinkOutcome::Retry {
                    after: server_wait,
                    reason: crate::exit::chain(&e),
                    unauthorized: e.is_unauthorized(),
                });
            }
            let wait = server_wait.unwrap_or_else(|| backoff.next_delay());
            tracing::debug!(mailbox = %entry.mailbox, attempt, wait_ms = wait.as_millis() as u64, error = %e, "Dastra call failed; retrying this message.");
            tokio::select! {
                _ = tokio::time::sleep(wait) => {}
                _ = cancel.cancelled() => {
                    return Ok(SinkOutcome::Retry { after: None, reason: format!("stopped while waiting to retry: {}", crate::exit::chain(&e)), unauthorized: false });
                }
            }
        }
    }
}

/// Runs the plan from wherever the ledger record says we are.
async fn create(
    p: &DastraSink,
    entry: &mut Entry,
    plan: &CreatePlan,
    u: &Understanding,
    raw: &bytes::Bytes,
) -> Result<(), SinkError> {
    let ws = plan.workspace_id;
    let client = &p.client;
    entry.kind = Some(plan.kind_label().to_string());

    // A request named by the mail must exist, and the mail must come from its data subject
    // (or our staff) before we add to it: request ids are sequential and shown in our
    // acknowledgements' subjects, so anyone could otherwise write into anyone's request.
    if entry.state == State::Seen
        && let Target::FollowUp {
            data_subject_request_id,
            ..
        } = &plan.target
    {
        match client
            .get_dsr(ws, &dastra::DsrId::new(data_subject_request_id.clone()))
            .await
        {
            Ok(dsr) => {
                if !may_add_to(
                    dsr.email.as_deref(),
                    u.sender.as_deref(),
                    &p.internal_domains,
                ) {
                    return Err(SinkError::NotTheDataSubject(
                        data_subject_request_id.clone(),
                    ));
                }
            }
            Err(e) if e.status() == Some(404) => {
                return Err(SinkError::UnknownRequest(data_subject_request_id.clone()));
            }
            Err(e) => return Err(e.into()),
        }
    }

    // 1. The object (or, for a follow-up, the message on the request).
    if matches!(entry.state, State::Seen | State::Creating) {
        let resumed = entry.state == State::Creating;
        entry.state = State::Creating;
        entry.attempts += 1;
        p.ledger.put(entry)?;
        let existing = if resumed || entry.attempts > 1 {
            find_existing(p, ws, &entry.key, plan).await?
        } else {
            None
        };
        let id = match existing {
            Some(id) => {
                tracing::info!(mailbox = %entry.mailbox, id = %id, "Found the object created before an interruption; not creating it again.");
                id
            }
            None => create_object(p, ws, &entry.key, plan, entry.received_at).await?,
        };
        entry.object_id = Some(id.clone());
        entry.state = State::Created;
        p.ledger.put(entry)?;
        // Threading: replies to this message (or to this follow-up) find the request.
        let dsr_id = match &plan.target {
            Target::DataSubjectRequest { .. } => Some(id.clone()),
            Target::FollowUp {
                data_subject_request_id,
                ..
            } => Some(data_subject_request_id.clone()),
            _ => None,
        };
        if let (Some(dsr), Some(mid)) = (dsr_id, &u.message_id) {
            p.ledger.link_thread(mid, &dsr)?;
        }
    }

    // 2. Uploads to the request, each recorded; an upload whose answer was lost is looked up.
    let dsr_id = match &plan.target {
        Target::DataSubjectRequest { .. } => entry.object_id.clone(),
        Target::FollowUp {
            data_subject_request_id,
            ..
        } => Some(data_subject_request_id.clone()),
        _ => None,
    };
    if let Some(dsr_id) = dsr_id {
        for up in &plan.uploads {
            let name = up.name.clone();
            if entry
                .uploads_done
                .iter()
                .any(|d| d == &name || d == &format!("!{name}"))
            {
                continue;
            }
            let in_flight = format!("?{name}");
            if entry.uploads_done.contains(&in_flight) {
                let present = client
                    .list_dsr_attachments(ws, &dastra::DsrId::new(dsr_id.clone()))
                    .await?
                    .iter()
                    .any(|a| {
                        a.file_name.as_deref() == Some(name.as_str())
                            && a.size.is_none_or(|s| s == up.size as i64)
                    });
                if present {
                    entry.uploads_done.retain(|d| d != &in_flight);
                    entry.uploads_done.push(name);
                    p.ledger.put(entry)?;
                    continue;
                }
            } else {
                entry.uploads_done.push(in_flight.clone());
                p.ledger.put(entry)?;
            }
            match client
                .upload_dsr_attachment(
                    ws,
                    &dastra::DsrId::new(dsr_id.clone()),
                    &name,
                    &up.content_type,
                    up.bytes(raw, u),
                )
                .await
            {
                Ok(_) => {
                    entry.uploads_done.retain(|d| d != &in_flight);
                    entry.uploads_done.push(name);
                }
                Err(e) if e.is_transient() => return Err(e.into()),
                Err(e) => {
                    // The object exists; one refused file must not fail the whole message.
                    tracing::warn!(mailbox = %entry.mailbox, file = %crate::redact::escape(&name), error = %crate::exit::chain(&e), "Dastra refused an attachment; skipped (it stays in the attached .eml).");
                    entry.uploads_done.retain(|d| d != &in_flight);
                    entry.uploads_done.push(format!("!{name}"));
                }
            }
            p.ledger.put(entry)?;
        }
    }
    Ok(())
}

/// May `sender` add to a request whose data subject is `subject`? Only the data subject
/// (same address, case-insensitively) or staff of an internal domain.
fn may_add_to(subject: Option<&str>, sender: Option<&str>, internal: &[String]) -> bool {
    let Some(sender) = sender.map(|s| s.trim().to_ascii_lowercase()) else {
        return false;
    };
    if subject.is_some_and(|s| s.trim().eq_ignore_ascii_case(&sender)) {
        return true;
    }
    sender
        .rsplit_once('@')
        .is_some_and(|(_, d)| internal.iter().any(|i| i == d))
}

fn parse_date(s: &str) -> chrono::DateTime<chrono::Utc> {
    chrono::DateTime::parse_from_rfc3339(s)
        .or_else(|_| chrono::DateTime::parse_from_rfc2822(s))
        .map(|d| d.with_timezone(&chrono::Utc))
        .unwrap_or_else(|_| chrono::Utc::now())
}

fn purposes(names: &[String]) -> Vec<dastra::DataSubjectPurpose> {
    let v: Vec<dastra::DataSubjectPurpose> = names
        .iter()
        .filter_map(|n| serde_json::from_value(serde_json::Value::String(n.clone())).ok())
        .filter(|p| *p != dastra::DataSubjectPurpose::Other)
        .collect();
    if v.is_empty() {
        vec![dastra::DataSubjectPurpose::Unknown]
    } else {
        v
    }
}

async fn create_object(
    p: &DastraSink,
    ws: i64,
    key: &str,
    plan: &CreatePlan,
    received_at: Option<i64>,
) -> Result<String, SinkError> {
    let received = received_at
        .and_then(|t| chrono::DateTime::from_timestamp(t, 0))
        .unwrap_or_else(|| super::deadline::whole_seconds(chrono::Utc::now()));
    let client = &p.client;
    let send_notification = p.send_notification;
    let id = match &plan.target {
        Target::DataSubjectRequest {
            title,
            locale,
            purposes: names,
            email,
            given_name,
            family_name,
            message,
            ref_id,
            operator_id,
        } => {
            let mut req = dastra::NewDataSubjectRequest::new(
                title.clone(),
                locale.clone(),
                plan.area_id,
                purposes(names),
            );
            req.email = email.clone();
            req.given_name = given_name.clone();
            req.family_name = family_name.clone();
            req.message = Some(message.clone());
            req.ref_id = Some(ref_id.clone());
            req.operator_id = *operator_id;
            let overrides = plan.route.as_ref().map(|r| &r.request);
            req.send_notification = Some(
                overrides
                    .and_then(|o| o.send_notification)
                    .unwrap_or(send_notification),
            );
            req.person_category = overrides.and_then(|o| o.person_category.clone());
            req.date_demand = Some(received);
            req.expiry_time = Some(super::deadline::request_deadline(received));
            req.tags = client
                .ensure_tags(ws, &plan.tags, dastra::TagType::DataSubject)
                .await?;
            req.fit_to_limits();
            client.create_dsr(ws, &req).await?.id.as_str().to_string()
        }
        Target::Task {
            label,
            description_html,
            deadline,
            assigned_to_user_id,
        } => {
            let mut req = dastra::NewTask::new(label);
            req.description_html = Some(dastra::with_dedupe_marker(description_html, key));
            req.deadline = Some(parse_date(deadline));
            req.area_id = Some(plan.area_id);
            req.assigned_to_user_id = *assigned_to_user_id;
            req.tags = client
                .ensure_tags(ws, &plan.tags, dastra::TagType::Task)
                .await?;
            let mut datas = serde_json::Map::new();
            datas.insert(
                dastra::DEDUPE_KEY_FIELD.into(),
                serde_json::Value::String(key.to_string()),
            );
            req.additional_datas = Some(datas);
            client.create_task(ws, &req).await?.id.to_string()
        }
        Target::DataBreach {
            label,
            start_date,
            description_html,
            operator_id,
        } => {
            let mut req = dastra::NewDataBreach::new(label, parse_date(start_date));
            req.description_html = Some(dastra::with_dedupe_marker(description_html, key));
            req.constatation_date = Some(received);
            req.area_id = Some(plan.area_id);
            req.operator_id = *operator_id;
            req.tags = client
                .ensure_tags(ws, &plan.tags, dastra::TagType::DataBreach)
                .await?;
            client.create_breach(ws, &req).await?.id
        }
        Target::FollowUp {
            data_subject_request_id,
            message,
            ..
        } => {
            let msg = dastra::NewDataSubjectMessage {
                data_subject_request_id: dastra::DsrId::new(data_subject_request_id.clone()),
                message: message.clone(),
            };
            client.create_dsr_message(ws, &msg).await?;
            data_subject_request_id.clone()
        }
    };
    Ok(id)
}

/// Crash recovery: was the object already created?
async fn find_existing(
    p: &DastraSink,
    ws: i64,
    key: &str,
    plan: &CreatePlan,
) -> Result<Option<String>, SinkError> {
    let client = &p.client;
    Ok(match &plan.target {
        Target::DataSubjectRequest { ref_id, .. } => client
            .find_dsrs_by_ref_id(ws, ref_id)
            .await?
            .into_iter()
            .next()
            .map(|d| d.id.as_str().to_string()),
        Target::Task { .. } => client
            .find_tasks_by_dedupe_key(ws, key)
            .await?
            .into_iter()
            .next()
            .map(|t| t.id.to_string()),
        Target::DataBreach { .. } => client
            .find_breaches_by_dedupe_key(ws, key)
            .await?
            .into_iter()
            .next()
            .map(|b| b.id),
        Target::FollowUp {
            data_subject_request_id,
            ..
        } => {
            let needle = ref_line(key);
            client
                .list_dsr_messages(ws, &dastra::DsrId::new(data_subject_request_id.clone()))
                .await?
                .iter()
                .any(|m| m.message.as_deref().is_some_and(|t| t.contains(&needle)))
                .then(|| data_subject_request_id.clone())
        }
    })
}
