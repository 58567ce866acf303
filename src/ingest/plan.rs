//! From an understood message to a plan: what to create in Dastra (or why not).
//!
//! Pure: no I/O except ledger look-ups for follow-ups. `ingest --dry-run` prints plans.

use serde::Serialize;

use super::ledger::Ledger;
use super::route::{Route, RouteInput, route};
use crate::config::{DastraSettings, Kind, MailboxSettings, Settings};
use crate::understand::{self, Understanding, UnderstandOptions};

/// Dastra caps DataSubjectMessages at 3000 characters; the rest is in the attached .eml.
pub const MAX_MESSAGE_CHARS: usize = 3000;
/// Dastra caps task labels at 120 characters.
pub const MAX_TASK_LABEL_CHARS: usize = 120;

/// Settings the planner needs, prepared once.
pub struct PlanContext {
    pub understand: UnderstandOptions,
    pub dastra: Option<DastraSettings>,
}

impl PlanContext {
    pub fn from_settings(settings: &Settings) -> Result<Self, String> {
        Ok(Self {
            understand: crate::understand::options_from_settings(settings)?,
            dastra: settings.dastra.clone(),
        })
    }

    pub fn understand(&self, raw: &[u8]) -> Understanding {
        understand::understand(raw, &self.understand)
    }
}

/// A file to upload to the request.
#[derive(Debug, Clone, Serialize)]
pub struct Upload {
    pub name: String,
    pub content_type: String,
    #[serde(rename = "size")]
    #[serde(serialize_with = "ser_len")]
    pub bytes: Vec<u8>,
}

fn ser_len<S: serde::Serializer>(b: &[u8], s: S) -> Result<S::Ok, S::Error> {
    s.serialize_u64(b.len() as u64)
}

/// What to create.
#[derive(Debug, Clone, Serialize)]
#[serde(tag = "object", rename_all = "snake_case")]
pub enum Target {
    DataSubjectRequest {
        title: String,
        locale: String,
        purposes: Vec<String>,
        email: Option<String>,
        given_name: Option<String>,
        family_name: Option<String>,
        message: String,
        ref_id: String,
        operator_id: Option<i64>,
    },
    Task {
        label: String,
        description_html: String,
        deadline: String,
        assigned_to_user_id: Option<i64>,
        dedupe_key: String,
    },
    DataBreach {
        label: String,
        start_date: String,
        description_html: String,
        operator_id: Option<i64>,
        dedupe_key: String,
    },
    /// A message on an existing request.
    FollowUp {
        data_subject_request_id: String,
        message: String,
        found_by: String,
    },
}

#[derive(Debug, Clone, Serialize)]
pub struct CreatePlan {
    pub workspace_id: i64,
    pub area_id: i64,
    pub tags: Vec<String>,
    pub target: Target,
    pub route: Option<Route>,
    pub uploads: Vec<Upload>,
    /// Attachments left out, with the reason (policy, size).
    pub skipped_attachments: Vec<(String, String)>,
}

impl CreatePlan {
    pub fn kind_label(&self) -> &'static str {
        match self.target {
            Target::DataSubjectRequest { .. } => "request",
            Target::Task { .. } => "task",
            Target::DataBreach { .. } => "incident",
            Target::FollowUp { .. } => "follow_up",
        }
    }
}

#[derive(Debug, Clone, Serialize)]
#[serde(tag = "plan", rename_all = "snake_case")]
pub enum Plan {
    Ignore { reason: String },
    Fail { reason: String },
    Create(CreatePlan),
}

/// Cuts `s` to at most `max` characters, on a char boundary.
pub fn cut_chars(s: &str, max: usize) -> String {
    match s.char_indices().nth(max) {
        Some((i, _)) => s[..i].to_string(),
        None => s.to_string(),
    }
}

/// Escapes text for an HTML description.
pub fn html_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

/// The marker that lets crash recovery find a task or breach created for `key`.
pub fn marker(key: &str) -> String {
    format!("<!-- dastra-mailgate:{} -->", html_escape(key).replace("--", "&#45;&#45;"))
}

fn text_to_html(text: &str) -> String {
    text.split("\n\n")
        .filter(|p| !p.trim().is_empty())
        .map(|p| format!("<p>{}</p>", html_escape(p.trim()).replace('\n', "<br>")))
        .collect()
}

/// Decides what the message becomes.
pub fn plan(ctx: &PlanContext, ledger: &Ledger, mb: &MailboxSettings, u: &Understanding, raw: &[u8], key: &str) -> Plan {
    if let Some(problem) = &u.problem {
        return Plan::Fail {
            reason: format!("unusable message: {problem}"),
        };
    }
    if let Some(guard) = &u.guard {
        return Plan::Ignore { reason: guard.clone() };
    }
    let Some(dastra) = &ctx.dastra else {
        return Plan::Fail {
            reason: "no [dastra] section configured".into(),
        };
    };

    let header = |name: &str| u.header_values(raw, name);
    let input = RouteInput {
        recipients: &u.recipients,
        sender: u.sender.as_deref(),
        subject: &u.subject,
        body: &u.body_text,
        header: &header,
        kind_hint: u.kind_hint,
    };
    let r = route(mb, dastra, &input);
    let Some(kind) = r.kind else {
        return Plan::Ignore { reason: r.why };
    };

    let mut uploads = vec![Upload {
        name: "message.eml".into(),
        content_type: "message/rfc822".into(),
        bytes: raw.to_vec(),
    }];
    let mut skipped = Vec::new();
    for a in &u.attachments {
        if a.keep {
            uploads.push(Upload {
                name: a.name.clone(),
                content_type: a.content_type.clone(),
                bytes: a.data.clone(),
            });
        } else {
            skipped.push((a.name.clone(), a.reason.clone()));
        }
    }

    // Follow-up on a request we know: a DataSubjectMessage, not a new object.
    if let Some((dsr_id, found_by)) = find_thread(ledger, u) {
        let mut text = u.follow_up_text.clone();
        let reference = format!("\n\n[{}]", ref_line(key));
        text = cut_chars(&text, MAX_MESSAGE_CHARS - reference.chars().count());
        text.push_str(&reference);
        return Plan::Create(CreatePlan {
            workspace_id: r.workspace_id,
            area_id: r.area_id,
            tags: Vec::new(),
            target: Target::FollowUp {
                data_subject_request_id: dsr_id,
                message: text,
                found_by,
            },
            route: Some(r),
            uploads,
            skipped_attachments: skipped,
        });
    }

    let received = u.date.clone().unwrap_or_else(|| chrono::Utc::now().to_rfc3339());
    let from_line = match (&u.sender, &u.display_name) {
        (Some(a), Some(n)) => format!("{n} <{a}>"),
        (Some(a), None) => a.clone(),
        _ => "unknown sender".to_string(),
    };
    let description_html = format!(
        "<p><strong>From:</strong> {}<br><strong>Subject:</strong> {}<br><strong>Received:</strong> {}</p>{}{}",
        html_escape(&from_line),
        html_escape(&u.subject),
        html_escape(&received),
        text_to_html(&u.body_text),
        marker(key)
    );
    let target = match kind {
        Kind::Request => Target::DataSubjectRequest {
            title: cut_chars(&u.title, 255),
            locale: u.locale.clone(),
            purposes: if u.purposes.is_empty() { vec!["Unknown".into()] } else { u.purposes.clone() },
            email: u.subject_email.clone(),
            given_name: u.given_name.clone().map(|n| cut_chars(&n, 180)),
            family_name: u.family_name.clone().map(|n| cut_chars(&n, 180)),
            message: u.body_text.clone(),
            ref_id: cut_chars(key, 355),
            operator_id: r.assignee,
        },
        Kind::Task => Target::Task {
            label: cut_chars(&u.title, MAX_TASK_LABEL_CHARS),
            description_html,
            deadline: (chrono::Utc::now() + chrono::Duration::days(i64::from(dastra.task_deadline_days))).to_rfc3339(),
            assigned_to_user_id: r.assignee,
            dedupe_key: key.to_string(),
        },
        Kind::Incident => Target::DataBreach {
            label: cut_chars(&u.title, 255),
            start_date: received,
            description_html,
            operator_id: r.assignee,
            dedupe_key: key.to_string(),
        },
    };
    // Tasks and breaches have no upload endpoint in Dastra's API: the text is in the
    // description, and the attachments are named there (the mail stays in the processed folder).
    let uploads = if kind == Kind::Request { uploads } else { Vec::new() };
    Plan::Create(CreatePlan {
        workspace_id: r.workspace_id,
        area_id: r.area_id,
        tags: r.tags.clone(),
        target,
        route: Some(r),
        uploads,
        skipped_attachments: skipped,
    })
}

/// A short reference line put at the end of follow-up messages, so a retried create can be
/// recognised (and the DPO sees which mail it came from).
pub fn ref_line(key: &str) -> String {
    use sha2::{Digest, Sha256};
    format!("mailgate:{}", &hex::encode(Sha256::digest(key.as_bytes()))[..16])
}

/// The request this message follows up on: a known In-Reply-To/References Message-ID, or a
/// subject tag such as `[DSR-1042]`.
fn find_thread(ledger: &Ledger, u: &Understanding) -> Option<(String, String)> {
    for mid in u.in_reply_to.iter().chain(u.references.iter().rev()) {
        if let Ok(Some(id)) = ledger.thread(mid) {
            return Some((id, format!("In-Reply-To/References {mid}")));
        }
    }
    u.subject_tag_id
        .as_ref()
        .map(|id| (id.clone(), format!("subject tag {id}")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cuts_on_char_boundaries() {
        let s = "é".repeat(130);
        let cut = cut_chars(&s, MAX_TASK_LABEL_CHARS);
        assert_eq!(cut.chars().count(), 120);
        assert_eq!(cut_chars("abc", 10), "abc");
    }

    #[test]
    fn marker_cannot_close_the_comment() {
        let m = marker("mid:a-->b<c");
        assert!(m.starts_with("<!-- dastra-mailgate:"));
        assert_eq!(m.matches("-->").count(), 1);
    }
}
