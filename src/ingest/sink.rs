//! Executing a plan against Dastra, one recorded step at a time.

use std::time::Duration;

use super::ledger::{Entry, LedgerError, Outcome, State};
use super::plan::{CreatePlan, Target, ref_line};
use super::process::Pipeline;
use crate::dastra::{self, DastraError};
use crate::understand::Understanding;

#[derive(Debug, thiserror::Error)]
pub enum SinkError {
    #[error(transparent)]
    Dastra(#[from] DastraError),
    #[error(transparent)]
    Ledger(#[from] LedgerError),
    #[error("request {0} named in the subject does not exist")]
    UnknownRequest(String),
    /// The acknowledgement could not be written to the relay spool (disk): retried.
    #[error(transparent)]
    Ack(#[from] super::ack::AckError),
}

impl SinkError {
    pub fn is_transient(&self) -> bool {
        match self {
            SinkError::Dastra(e) => e.is_transient(),
            SinkError::Ack(_) => true,
            SinkError::Ledger(_) | SinkError::UnknownRequest(_) => false,
        }
    }

    pub fn retry_after(&self) -> Option<Duration> {
        match self {
            SinkError::Dastra(e) => e.retry_after(),
            SinkError::Ack(_) | SinkError::Ledger(_) | SinkError::UnknownRequest(_) => None,
        }
    }
}

/// Runs the plan from wherever the ledger record says we are.
pub async fn create(
    p: &Pipeline,
    entry: &mut Entry,
    plan: &CreatePlan,
    u: &Understanding,
    raw: &bytes::Bytes,
) -> Result<(), SinkError> {
    let ws = plan.workspace_id;
    let client = &p.dastra;
    entry.kind = Some(plan.kind_label().to_string());

    // A request named only by a subject tag must exist before we add to it.
    if entry.state == State::Seen
        && let Target::FollowUp {
            data_subject_request_id,
            found_by,
            ..
        } = &plan.target
        && found_by == super::plan::SUBJECT_TAG
    {
        match client
            .get_dsr(ws, &dastra::DsrId::new(data_subject_request_id.clone()))
            .await
        {
            Ok(_) => {}
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
            None => create_object(p, ws, &entry.key, plan).await?,
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
    // 3. The acknowledgement to the data subject (optional, per mailbox).
    if let (Target::DataSubjectRequest { .. }, Some(id)) = (&plan.target, entry.object_id.clone()) {
        super::ack::acknowledge(p, entry, &id, u).await?;
    }
    entry.state = State::Done {
        outcome: Outcome::Processed,
    };
    p.ledger.put(entry)?;
    Ok(())
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
    p: &Pipeline,
    ws: i64,
    key: &str,
    plan: &CreatePlan,
) -> Result<String, SinkError> {
    let client = &p.dastra;
    let send_notification = p.plan.dastra.as_ref().is_some_and(|d| d.send_notification);
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
            req.constatation_date = Some(chrono::Utc::now());
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
    p: &Pipeline,
    ws: i64,
    key: &str,
    plan: &CreatePlan,
) -> Result<Option<String>, SinkError> {
    let client = &p.dastra;
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
