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
}

impl SinkError {
    pub fn is_transient(&self) -> bool {
        match self {
            SinkError::Dastra(e) => e.is_transient(),
            SinkError::Ledger(_) => false,
        }
    }

    pub fn retry_after(&self) -> Option<Duration> {
        match self {
            SinkError::Dastra(e) => e.retry_after(),
            SinkError::Ledger(_) => None,
        }
    }
}

/// Runs the plan from wherever the ledger record says we are.
pub async fn create(p: &Pipeline, entry: &mut Entry, plan: &CreatePlan, u: &Understanding) -> Result<(), SinkError> {
    let ws = plan.workspace_id;
    let client = &p.dastra;
    entry.kind = Some(plan.kind_label().to_string());

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
            None => create_object(p, ws, plan).await?,
        };
        entry.object_id = Some(id.clone());
        entry.state = State::Created;
        p.ledger.put(entry)?;
        // Threading: replies to this message (or to this follow-up) find the request.
        let dsr_id = match &plan.target {
            Target::DataSubjectRequest { .. } => Some(id.clone()),
            Target::FollowUp { data_subject_request_id, .. } => Some(data_subject_request_id.clone()),
            _ => None,
        };
        if let (Some(dsr), Some(mid)) = (dsr_id, &u.message_id) {
            p.ledger.link_thread(mid, &dsr)?;
        }
    }

    // 2. Uploads to the request, each recorded; an upload whose answer was lost is looked up.
    let dsr_id = match &plan.target {
        Target::DataSubjectRequest { .. } => entry.object_id.clone(),
        Target::FollowUp { data_subject_request_id, .. } => Some(data_subject_request_id.clone()),
        _ => None,
    };
    if let Some(dsr_id) = dsr_id {
        for (i, up) in plan.uploads.iter().enumerate() {
            let name = upload_name(i, &up.name, &entry.key, plan);
            if entry.uploads_done.iter().any(|d| d == &name || d == &format!("!{name}")) {
                continue;
            }
            let in_flight = format!("?{name}");
            if entry.uploads_done.contains(&in_flight) {
                let present = client
                    .list_dsr_attachments(ws, &dsr_id)
                    .await?
                    .iter()
                    .any(|a| a.file_name.as_deref() == Some(name.as_str()) && a.size.is_none_or(|s| s == up.bytes.len() as i64));
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
            match client.upload_dsr_attachment(ws, &dsr_id, &name, &up.content_type, up.bytes.clone()).await {
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
    entry.state = State::Done { outcome: Outcome::Processed };
    p.ledger.put(entry)?;
    Ok(())
}

/// File name of the i-th upload. The original message gets a name that carries the key's
/// reference, so the DPO can match it and recovery can find it.
fn upload_name(i: usize, name: &str, key: &str, plan: &CreatePlan) -> String {
    if i == 0 {
        match plan.target {
            Target::FollowUp { .. } => format!("reply-{}.eml", &ref_line(key)["mailgate:".len()..]),
            _ => "original-message.eml".to_string(),
        }
    } else {
        name.to_string()
    }
}

async fn create_object(p: &Pipeline, ws: i64, plan: &CreatePlan) -> Result<String, SinkError> {
    let client = &p.dastra;
    let d = p.plan.dastra.as_ref();
    let send_notification = d.is_some_and(|d| d.send_notification);
    let id = match &plan.target {
        Target::DataSubjectRequest {
            title,
            locale,
            purposes,
            email,
            given_name,
            family_name,
            message,
            ref_id,
            operator_id,
        } => {
            let tags = client.ensure_tags(ws, &plan.tags, dastra::TagType::DataSubject).await?;
            let req = dastra::CreateDsr {
                title: title.clone(),
                locale: locale.clone(),
                area_id: plan.area_id,
                purposes: purposes.clone(),
                email: email.clone(),
                given_name: given_name.clone(),
                family_name: family_name.clone(),
                message: Some(message.clone()),
                channel: Some("IncomingEmail".into()),
                ref_id: Some(ref_id.clone()),
                operator_id: *operator_id,
                send_notification: Some(send_notification),
                tags,
                ..Default::default()
            };
            client.create_dsr(ws, &req).await?.id
        }
        Target::Task {
            label,
            description_html,
            deadline,
            assigned_to_user_id,
            dedupe_key,
        } => {
            let tags = client.ensure_tags(ws, &plan.tags, dastra::TagType::Task).await?;
            let req = dastra::CreateTask {
                label: label.clone(),
                description_html: Some(description_html.clone()),
                deadline: Some(deadline.clone()),
                area_id: Some(plan.area_id),
                assigned_to_user_id: *assigned_to_user_id,
                tags,
                additional_datas: Some(dastra::dedupe_datas(dedupe_key)),
                ..Default::default()
            };
            client.create_task(ws, &req).await?.id
        }
        Target::DataBreach {
            label,
            start_date,
            description_html,
            operator_id,
            dedupe_key: _,
        } => {
            let tags = client.ensure_tags(ws, &plan.tags, dastra::TagType::DataBreach).await?;
            let req = dastra::CreateBreach {
                label: label.clone(),
                start_date: start_date.clone(),
                description_html: Some(description_html.clone()),
                area_id: Some(plan.area_id),
                operator_id: *operator_id,
                tags,
                ..Default::default()
            };
            client.create_breach(ws, &req).await?.id
        }
        Target::FollowUp {
            data_subject_request_id,
            message,
            ..
        } => {
            client.create_dsr_message(ws, data_subject_request_id, message).await?;
            data_subject_request_id.clone()
        }
    };
    Ok(id)
}

/// Crash recovery: was the object already created?
async fn find_existing(p: &Pipeline, ws: i64, key: &str, plan: &CreatePlan) -> Result<Option<String>, SinkError> {
    let client = &p.dastra;
    Ok(match &plan.target {
        Target::DataSubjectRequest { ref_id, .. } => client.find_dsrs_by_ref_id(ws, ref_id).await?.into_iter().next().map(|d| d.id),
        Target::Task { dedupe_key, .. } => client.find_task_by_key(ws, dedupe_key).await?.map(|t| t.id),
        Target::DataBreach { dedupe_key, .. } => client.find_breach_by_key(ws, dedupe_key).await?.map(|b| b.id),
        Target::FollowUp {
            data_subject_request_id,
            ..
        } => {
            let needle = ref_line(key);
            client
                .list_dsr_messages(ws, data_subject_request_id)
                .await?
                .iter()
                .any(|m| m.message.as_deref().is_some_and(|t| t.contains(&needle)))
                .then(|| data_subject_request_id.clone())
        }
    })
}
