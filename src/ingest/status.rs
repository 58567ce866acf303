//! What a mailbox is doing, for `status`, `/readyz`, the journal page and metrics.

use std::sync::{Arc, Mutex};

#[derive(Debug, Clone, Default, serde::Serialize)]
pub struct MailboxStatus {
    pub name: String,
    pub state: String,
    pub connected: bool,
    pub last_success_unix: Option<i64>,
    pub last_error: Option<String>,
    pub failing_since_unix: Option<i64>,
    pub processed: u64,
    pub ignored: u64,
    pub failed: u64,
    pub retries: u64,
    /// Messages waiting in the inbox for a later try (temporary failure, sender limit).
    #[serde(default)]
    pub waiting: u64,
    /// The oldest of them has been waiting since (Unix time).
    #[serde(default)]
    pub waiting_since_unix: Option<i64>,
    /// Messages parked in the failed folder that no operator has retried or forgotten.
    #[serde(default)]
    pub needs_attention: u64,
    /// Incidents recorded in the last 72 hours: (recorded, Dastra id, notification due), Unix
    /// times. The alert holds for 72 hours after recording, even when the mail's own date
    /// makes the notification overdue already (then it says so).
    #[serde(default)]
    pub recent_incidents: Vec<(i64, String, i64)>,
}

pub type SharedStatus = Arc<Mutex<MailboxStatus>>;

pub fn update(status: &SharedStatus, f: impl FnOnce(&mut MailboxStatus)) {
    if let Ok(mut s) = status.lock() {
        f(&mut s);
    }
}
