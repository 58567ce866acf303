//! From an understood message to a plan: what to create in Dastra (or why not).
//!
//! Pure: no I/O except ledger look-ups for follow-ups. `ingest --dry-run` prints plans.

use bytes::Bytes;
use serde::Serialize;

use super::route::{Route, RouteInput, route};
use crate::config::{DastraSettings, Kind, MailboxSettings, Settings};
use crate::ingest::ledger::Ledger;
use crate::understand::{self, UnderstandOptions, Understanding};

/// Dastra caps DataSubjectMessages at 3000 characters; the rest is in the attached .eml.
pub const MAX_MESSAGE_CHARS: usize = 3000;
/// File name of the original message attached to every request.
pub const ORIGINAL_MESSAGE: &str = "original-message.eml";
/// Dastra caps task labels at 120 characters.
pub const MAX_TASK_LABEL_CHARS: usize = 120;

/// Settings the planner needs, prepared once.
pub struct PlanContext {
    pub understand: UnderstandOptions,
    pub dastra: Option<DastraSettings>,
}

impl PlanContext {
    pub fn from_settings(settings: &Settings) -> Result<Self, String> {
        let lexicon = match &settings.understanding.lexicon_file {
            Some(path) => {
                let text = std::fs::read_to_string(path)
                    .map_err(|e| format!("understanding.lexicon_file {}: {e}", path.display()))?;
                std::sync::Arc::new(
                    understand::Lexicon::from_toml_str(&text).map_err(|e| {
                        format!("understanding.lexicon_file {}: {e}", path.display())
                    })?,
                )
            }
            None => understand::Lexicon::shared_default(),
        };
        // The text's kind hint is always computed; each mailbox's `auto_kind` decides in routing
        // whether it counts.
        let mut opts = UnderstandOptions::from_settings(&settings.understanding, true, lexicon);
        opts.own_addresses = settings
            .mailboxes
            .iter()
            .map(|m| m.username.to_ascii_lowercase())
            .chain(settings.relay.iter().map(|r| r.sender.to_ascii_lowercase()))
            .filter(|a| a.contains('@'))
            .collect();
        opts.relay_sender = settings
            .relay
            .as_ref()
            .map(|r| r.sender.to_ascii_lowercase());
        opts.own_id_secret = crate::ownmark::load(&settings.state_dir).unwrap_or_default();
        if let Some(max) = settings.mailboxes.iter().map(|m| m.max_message_bytes).max() {
            opts.limits.max_message_bytes = opts.limits.max_message_bytes.max(max);
        }
        Ok(Self {
            understand: opts,
            dastra: settings.dastra.clone(),
        })
    }

    pub fn understand(&self, raw: &[u8]) -> Understanding {
        understand::understand(raw, &self.understand)
    }
}

/// Values of a header of the top-level message (for header rules).
pub fn header_values(raw: &[u8], name: &str) -> Vec<String> {
    let Some(msg) = mail_parser::MessageParser::default().parse_headers(raw) else {
        return Vec::new();
    };
    msg.headers()
        .iter()
        .filter(|h| h.name().eq_ignore_ascii_case(name))
        .filter_map(|h| {
            let start = h.offset_start() as usize;
            let end = h.offset_end() as usize;
            msg.raw_message()
                .get(start..end)
                .map(|v| String::from_utf8_lossy(v).trim().to_string())
        })
        .collect()
}

fn snake<T: Serialize>(v: &T) -> String {
    match serde_json::to_value(v) {
        Ok(serde_json::Value::String(s)) => s,
        _ => "unknown".into(),
    }
}

/// A file to upload to the request. The bytes are not copied into the plan: they are read
/// from the raw message or the understood attachment when uploading (a 50 MB attachment must
/// not exist five times in memory).
#[derive(Debug, Clone, Serialize)]
pub struct Upload {
    pub name: String,
    pub content_type: String,
    pub size: u64,
    #[serde(skip)]
    pub source: UploadSource,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UploadSource {
    /// The raw message, as received.
    Original,
    /// `Understanding.attachments[i].content`.
    Attachment(usize),
}

impl Upload {
    /// The bytes to send.
    /// The bytes to send: a reference-counted view, never a copy.
    pub fn bytes(&self, raw: &Bytes, u: &Understanding) -> Bytes {
        match self.source {
            UploadSource::Original => raw.clone(),
            UploadSource::Attachment(i) => u
                .attachments
                .get(i)
                .map_or_else(Bytes::new, |a| a.content.clone()),
        }
    }
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
    },
    DataBreach {
        label: String,
        start_date: String,
        description_html: String,
        operator_id: Option<i64>,
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
    Create(Box<CreatePlan>),
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

fn text_to_html(text: &str) -> String {
    text.split("\n\n")
        .filter(|p| !p.trim().is_empty())
        .map(|p| format!("<p>{}</p>", html_escape(p.trim()).replace('\n', "<br>")))
        .collect()
}

/// Decides what the message becomes. `use_thread = false` ignores a `[DSR-n]` subject tag and
/// the References (used when the named request turned out not to exist, or not to be the
/// sender's).
pub fn plan(
    ctx: &PlanContext,
    ledger: &Ledger,
    mb: &MailboxSettings,
    u: &Understanding,
    raw: &[u8],
    key: &str,
    use_thread: bool,
) -> Plan {
    if let Some(problem) = u.parked() {
        return Plan::Fail {
            reason: format!(
                "unusable message ({}): {}",
                snake(&problem.kind),
                problem.detail
            ),
        };
    }
    if let Some(guard) = &u.guard {
        return Plan::Ignore {
            reason: format!("{}: {}", snake(&guard.reason), guard.detail),
        };
    }
    let Some(dastra) = &ctx.dastra else {
        return Plan::Fail {
            reason: "no [dastra] section configured".into(),
        };
    };

    let recipients: Vec<String> =
        u.to.iter()
            .chain(&u.cc)
            .chain(&u.delivered_to)
            .cloned()
            .collect();
    let header = |name: &str| header_values(raw, name);
    let subject = u.subject.clone().unwrap_or_default();
    let input = RouteInput {
        recipients: &recipients,
        sender: u.sender.as_deref(),
        subject: &subject,
        body: &u.body,
        header: &header,
        kind_hint: u.kind.map(|k| match k {
            understand::KindHint::Incident => Kind::Incident,
            understand::KindHint::Request => Kind::Request,
            understand::KindHint::Task => Kind::Task,
        }),
    };
    let r = route(mb, dastra, &input);
    let Some(kind) = r.kind else {
        return Plan::Ignore { reason: r.why };
    };

    let mut uploads = vec![Upload {
        name: ORIGINAL_MESSAGE.into(),
        content_type: "message/rfc822".into(),
        size: raw.len() as u64,
        source: UploadSource::Original,
    }];
    let mut skipped = Vec::new();
    for (i, a) in u.attachments.iter().enumerate() {
        if a.keep {
            uploads.push(Upload {
                name: a.name.clone(),
                content_type: a.content_type.clone(),
                size: a.content.len() as u64,
                source: UploadSource::Attachment(i),
            });
        } else {
            skipped.push((a.name.clone(), snake(&a.reason)));
        }
    }

    // Follow-up on a request we know: a DataSubjectMessage, not a new object.
    if let Some((dsr_id, found_by)) = find_thread(ledger, u, use_thread) {
        let reference = format!("\n\n[{}]", ref_line(key));
        // Who wrote it, always: the request's page shows every message as the requester's.
        let sender = format!(
            "From: {}\n\n",
            crate::dastra::truncate_utf16(u.sender.as_deref().unwrap_or("unknown sender"), 200)
        );
        let room = MAX_MESSAGE_CHARS - reference.len() - sender.len();
        let mut text = crate::dastra::truncate_utf16(&u.follow_up.text, room).to_string();
        if text.trim().is_empty() {
            text = "(no text: see the attached message)".into();
        }
        text.insert_str(0, &sender);
        text.push_str(&reference);
        uploads[0].name = format!("reply-{}.eml", &ref_line(key)["mailgate:".len()..]);
        return Plan::Create(Box::new(CreatePlan {
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
        }));
    }

    let received = u
        .date
        .map(|d| d.to_rfc3339())
        .unwrap_or_else(|| chrono::Utc::now().to_rfc3339());
    let from_line = match (&u.sender, &u.data_subject.display_name) {
        (Some(a), Some(n)) => format!("{n} <{a}>"),
        (Some(a), None) => a.clone(),
        _ => "unknown sender".to_string(),
    };
    let mut description_html = format!(
        "<p><strong>From:</strong> {}<br><strong>Subject:</strong> {}<br><strong>Received:</strong> {}</p>{}",
        html_escape(&from_line),
        html_escape(&subject),
        html_escape(&received),
        text_to_html(&u.body),
    );
    if kind != Kind::Request && u.attachments.iter().any(|a| a.keep) {
        // Tasks and breaches have no upload endpoint in Dastra's API: name the files, which
        // stay with the mail in the processed folder.
        let names: Vec<String> = u
            .attachments
            .iter()
            .filter(|a| a.keep)
            .map(|a| html_escape(&a.name))
            .collect();
        description_html.push_str(&format!(
            "<p><strong>Attachments (kept with the mail in the mailbox):</strong> {}</p>",
            names.join(", ")
        ));
    }
    let purposes: Vec<String> = u.purposes.iter().map(|p| p.as_str().to_string()).collect();
    let target = match kind {
        Kind::Request => Target::DataSubjectRequest {
            title: cut_chars(&u.title, 255),
            locale: r.request.locale.clone().unwrap_or_else(|| u.locale.clone()),
            purposes: match &r.request.purposes {
                Some(p) => p.clone(),
                None if purposes.is_empty() => vec!["Unknown".into()],
                None => purposes,
            },
            email: u.data_subject.email.clone(),
            given_name: u.data_subject.given_name.clone(),
            family_name: u.data_subject.family_name.clone(),
            message: format!("{}{}", u.body, u.description_notes()),
            ref_id: key.to_string(),
            operator_id: r.assignee,
        },
        Kind::Task => Target::Task {
            label: crate::dastra::task_label(&u.title),
            description_html,
            deadline: (chrono::Utc::now()
                + chrono::Duration::days(i64::from(dastra.task_deadline_days)))
            .to_rfc3339(),
            assigned_to_user_id: r.assignee,
        },
        Kind::Incident => Target::DataBreach {
            label: cut_chars(&u.title, 255),
            start_date: received,
            description_html,
            operator_id: r.assignee,
        },
    };
    let uploads = if kind == Kind::Request {
        uploads
    } else {
        Vec::new()
    };
    Plan::Create(Box::new(CreatePlan {
        workspace_id: r.workspace_id,
        area_id: r.area_id,
        tags: r.tags.clone(),
        target,
        route: Some(r),
        uploads,
        skipped_attachments: skipped,
    }))
}

/// A short reference line put at the end of follow-up messages, so a retried create can be
/// recognised (and the DPO sees which mail it came from).
pub fn ref_line(key: &str) -> String {
    use sha2::{Digest, Sha256};
    format!(
        "mailgate:{}",
        &hex::encode(Sha256::digest(key.as_bytes()))[..16]
    )
}

/// The request this message follows up on: a known In-Reply-To/References Message-ID, or a
/// subject tag such as `[DSR-1042]`.
fn find_thread(ledger: &Ledger, u: &Understanding, use_thread: bool) -> Option<(String, String)> {
    if !use_thread {
        return None;
    }
    for mid in u.follow_up.candidate_ids() {
        if let Ok(Some(id)) = ledger.thread(mid) {
            return Some((id, "In-Reply-To/References".to_string()));
        }
    }
    u.follow_up
        .subject_tag
        .as_ref()
        .map(|id| (id.clone(), SUBJECT_TAG.to_string()))
}

/// `found_by` of a follow-up matched only by its subject tag (the request must be checked).
pub const SUBJECT_TAG: &str = "subject tag";

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
}
