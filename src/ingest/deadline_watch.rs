//! The deadline alert: `ingest.deadline_alert_days` before a request's legal deadline (one
//! month from receipt, Art. 12(3)), while the request is still open in Dastra, an alert says
//! so. The requests come from the journal (created requests with their received date); their
//! state is read from Dastra (`GET DataSubjectRequests/{id}`: `state`), so a request answered
//! and closed in Dastra raises nothing. Checked at start and then hourly.

use std::sync::Arc;
use std::time::Duration;

use chrono::{DateTime, Utc};
use tokio_util::sync::CancellationToken;

use super::deadline::request_deadline;
use crate::dastra::{DastraClient, DsrId};
use crate::journal::{Filter, Flow, Journal, Outcome};

/// One request close to (or past) its deadline and still open.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DueSoon {
    pub request: String,
    pub due: DateTime<Utc>,
    pub message: String,
}

/// How often the check runs.
pub const EVERY: Duration = Duration::from_secs(3600);

/// The open requests whose deadline is within `days` of `now` (or past).
pub async fn check(
    journal: &Journal,
    client: &DastraClient,
    default_workspace: i64,
    days: u32,
    now: DateTime<Utc>,
) -> Vec<DueSoon> {
    let filter = Filter {
        flow: Some(Flow::Mail),
        outcome: Some(Outcome::Created),
        limit: crate::journal::MAX_LIMIT,
        ..Filter::default()
    };
    let Ok(rows) = journal.query(&filter) else {
        return Vec::new();
    };
    let horizon = now + chrono::Duration::days(i64::from(days));
    let mut out = Vec::new();
    for r in rows {
        if r.object_kind.as_deref() != Some("request") {
            continue;
        }
        let (Some(id), Some(received)) = (r.object_id.clone(), r.received) else {
            continue;
        };
        let due = request_deadline(received);
        // Only the window before the deadline and a while after (then it is overdue).
        if due > horizon || due < now - chrono::Duration::days(90) {
            continue;
        }
        let ws = r.workspace.unwrap_or(default_workspace);
        let state = match client.get_dsr(ws, &DsrId::new(id.clone())).await {
            Ok(d) => d.state,
            Err(e) => {
                tracing::debug!(request = %id, error = %crate::exit::chain(&e), "Deadline check: cannot read the request's state.");
                continue;
            }
        };
        if state
            .as_deref()
            .is_some_and(|s| s.eq_ignore_ascii_case("Closed"))
        {
            continue;
        }
        let left = due - now;
        let when = if left < chrono::Duration::zero() {
            format!(
                "was due {} ({} days ago)",
                due.format("%Y-%m-%d"),
                -left.num_days()
            )
        } else {
            format!(
                "is due {} ({} days left)",
                due.format("%Y-%m-%d"),
                left.num_days()
            )
        };
        out.push(DueSoon {
            request: id.clone(),
            due,
            message: format!(
                "request {id} (received {}) {when} and is still {} in Dastra: answer it, or tell the requester of the two-month extension (Art. 12(3))",
                received.format("%Y-%m-%d"),
                state.as_deref().unwrap_or("open")
            ),
        });
    }
    out
}

/// The daemon's loop.
pub async fn run(
    journal: Arc<Journal>,
    client: DastraClient,
    default_workspace: i64,
    days: u32,
    health: Arc<crate::health::Health>,
    cancel: CancellationToken,
) {
    if days == 0 {
        return;
    }
    loop {
        let due = check(&journal, &client, default_workspace, days, Utc::now()).await;
        health.set_due_requests(due);
        tokio::select! {
            _ = tokio::time::sleep(EVERY) => {}
            _ = cancel.cancelled() => return,
        }
    }
}
