//! One message, start to finish, as the ledger's state machine:
//! `Seen → Creating → Created(id) → uploads (each recorded) → Done(outcome)`, then the move.
//!
//! Every step is recorded (fsynced) before the next one starts, so a crash at any point
//! resumes from the last recorded step. The only ambiguous moments are a create or an upload
//! whose answer was lost; both are resolved by looking in Dastra before doing it again.

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use sha2::{Digest, Sha256};

use super::imap::{Connection, ImapError};
use super::ledger::{Entry, Ledger, LedgerError, Outcome, State};
use super::plan::{self, Plan, PlanContext};
use super::sink::{self, SinkError};
use crate::config::{MailboxSettings, Settings};
use crate::dastra::DastraClient;
use crate::journal::{self as jr, Journal};
use crate::redact::Addr;
use crate::understand::Understanding;

#[derive(Debug, thiserror::Error)]
pub enum ProcessError {
    #[error("IMAP error")]
    Imap(#[from] ImapError),
    #[error("Dastra is unavailable")]
    Transient {
        #[source]
        source: SinkError,
        retry_after: Option<Duration>,
    },
    #[error("ledger error")]
    Ledger(#[from] LedgerError),
    #[error("cannot keep a raw copy in {path}")]
    RawCopy {
        path: String,
        #[source]
        source: std::io::Error,
    },
}

impl ProcessError {
    pub fn is_transient(&self) -> bool {
        match self {
            ProcessError::Imap(e) => !e.is_auth(),
            ProcessError::Transient { .. } => true,
            ProcessError::Ledger(_) | ProcessError::RawCopy { .. } => false,
        }
    }

    pub fn retry_after(&self) -> Option<Duration> {
        match self {
            ProcessError::Transient { retry_after, .. } => *retry_after,
            _ => None,
        }
    }
}

/// Shared by every mailbox task.
pub struct Pipeline {
    pub settings: Arc<Settings>,
    pub ledger: Arc<Ledger>,
    pub dastra: DastraClient,
    pub plan: Arc<PlanContext>,
    /// Where raw copies of failed mail are kept.
    pub raw_dir: PathBuf,
    /// The journal (None: disabled, or held by another process).
    pub journal: Option<Arc<Journal>>,
    sender_counts: Mutex<HashMap<String, Vec<i64>>>,
    /// Per mailbox, the journal key of the message that last hit a temporary failure (the
    /// worker knows when it retries).
    retrying: Mutex<HashMap<String, String>>,
}

impl Pipeline {
    pub fn new(
        settings: Arc<Settings>,
        ledger: Arc<Ledger>,
        dastra: DastraClient,
        plan: PlanContext,
    ) -> Self {
        let raw_dir = settings.state_dir.join("failed");
        Self {
            settings,
            ledger,
            dastra,
            plan: Arc::new(plan),
            raw_dir,
            journal: None,
            sender_counts: Mutex::new(HashMap::new()),
            retrying: Mutex::new(HashMap::new()),
        }
    }

    /// Records journal entries from now on.
    pub fn with_journal(mut self, journal: Option<Arc<Journal>>) -> Self {
        self.journal = journal;
        self
    }

    /// Creates or updates the journal record of one message (failures are only logged).
    fn journal_mail(
        &self,
        mailbox: &str,
        key: &str,
        from: Option<&str>,
        f: impl FnOnce(&Journal, &mut jr::Record),
    ) {
        let Some(j) = &self.journal else { return };
        let jkey = format!("{mailbox}\0{key}");
        let written = j.record(jr::Flow::Mail, &jkey, chrono::Utc::now(), |r| {
            r.mailbox = Some(mailbox.to_string());
            if r.from.is_none() {
                r.from = from.filter(|a| !a.is_empty()).map(|a| j.addr(a));
            }
            r.reason = None;
            r.next_try = None;
            f(j, r);
        });
        let retrying = matches!(&written, Ok(r) if r.outcome == jr::Outcome::Retrying);
        jr::note(written);
        if let Ok(mut m) = self.retrying.lock() {
            if retrying {
                m.insert(mailbox.to_string(), jkey);
            } else if m.get(mailbox) == Some(&jkey) {
                m.remove(mailbox);
            }
        }
    }

    /// The worker decided when the mailbox is tried again after a temporary failure: the
    /// message that failed shows it as its next try.
    pub fn journal_next_try(&self, mailbox: &str, at: chrono::DateTime<chrono::Utc>) {
        let Some(j) = &self.journal else { return };
        let Some(jkey) = self
            .retrying
            .lock()
            .ok()
            .and_then(|mut m| m.remove(mailbox))
        else {
            return;
        };
        let current = j.record(jr::Flow::Mail, &jkey, chrono::Utc::now(), |r| {
            if r.outcome == jr::Outcome::Retrying {
                r.next_try = Some(at);
            }
        });
        jr::note(current);
    }

    /// Records the folder's UIDVALIDITY; a change means UIDs were renumbered: we log it and
    /// rescan (the dedupe keys keep already-handled messages from being created again).
    pub fn note_uidvalidity(
        &self,
        mb: &MailboxSettings,
        folder: &str,
        value: u32,
    ) -> Result<(), ProcessError> {
        let key = format!("{}/{}", mb.name, folder);
        match self.ledger.uidvalidity(&key)? {
            Some(old) if old == value => {}
            Some(old) => {
                tracing::warn!(mailbox = %mb.name, old, new = value, "UIDVALIDITY changed; rescanning the folder (dedupe keys prevent duplicates).");
                self.ledger.set_uidvalidity(&key, value)?;
            }
            None => self.ledger.set_uidvalidity(&key, value)?,
        }
        Ok(())
    }

    /// Per-sender guard: true when this sender already reached the hourly limit.
    fn sender_over_limit(&self, sender: &str) -> bool {
        let limit = self.settings.understanding.max_per_sender_per_hour;
        if limit == 0 {
            return false;
        }
        let now = chrono::Utc::now().timestamp();
        let Ok(mut map) = self.sender_counts.lock() else {
            return false;
        };
        let v = map.entry(sender.to_string()).or_default();
        v.retain(|t| now - t < 3600);
        if v.len() >= limit as usize {
            return true;
        }
        v.push(now);
        false
    }

    /// Keeps a raw copy of a message that could not be processed, under a generated name.
    fn keep_raw(
        &self,
        mb: &str,
        uidvalidity: u32,
        uid: u32,
        raw: &[u8],
    ) -> Result<PathBuf, ProcessError> {
        use std::io::Write;
        use std::os::unix::fs::OpenOptionsExt;
        let dir = self.raw_dir.join(sanitize_component(mb));
        let err = |source| ProcessError::RawCopy {
            path: dir.display().to_string(),
            source,
        };
        std::fs::create_dir_all(&dir).map_err(err)?;
        let path = dir.join(format!(
            "{uidvalidity}-{uid}-{}.eml",
            &hex::encode(Sha256::digest(raw))[..12]
        ));
        let mut f = std::fs::OpenOptions::new()
            .create(true)
            .truncate(true)
            .write(true)
            .mode(0o600)
            .open(&path)
            .map_err(err)?;
        f.write_all(raw).and_then(|_| f.sync_all()).map_err(err)?;
        Ok(path)
    }
}

fn sanitize_component(s: &str) -> String {
    s.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '_'
            }
        })
        .collect()
}

/// The dedupe key: the Message-ID, unless it is missing or already used by a message with
/// other content (broken mailers reuse ids); then `sha256:` of the message's identity.
/// `identity` is [`identity_hash`]: the same for a redelivered copy (other trace headers),
/// different for other content.
pub fn dedupe_key(
    ledger: &Ledger,
    mailbox: &str,
    message_id: Option<&str>,
    identity: &str,
) -> Result<String, LedgerError> {
    let sha_key = format!("sha256:{identity}");
    let Some(mid) = message_id
        .map(super::ledger::normalize_mid)
        .filter(|m| !m.is_empty() && m.len() <= 300)
    else {
        return Ok(sha_key);
    };
    let key = format!("mid:{mid}");
    match ledger.get(mailbox, &key)? {
        Some(e) if e.raw_sha256 != identity => Ok(sha_key),
        _ => Ok(key),
    }
}

/// SHA-256 over what identifies a message's content: From, Subject, Date and everything
/// below the header block. Received/Delivered-To lines added on the way do not change it.
pub fn identity_hash(raw: &[u8]) -> String {
    let split = raw
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .map(|i| i + 4)
        .or_else(|| raw.windows(2).position(|w| w == b"\n\n").map(|i| i + 2))
        .unwrap_or(raw.len());
    let (head, body) = raw.split_at(split);
    let mut h = Sha256::new();
    if let Some(m) = mail_parser::MessageParser::default().parse_headers(head) {
        for name in ["From", "Subject", "Date"] {
            if let Some(v) = m.header_raw(name) {
                h.update(name.as_bytes());
                h.update(v.trim().as_bytes());
            }
        }
    } else {
        h.update(head);
    }
    h.update(body);
    hex::encode(h.finalize())
}

fn folder_for(mb: &MailboxSettings, outcome: Outcome) -> &str {
    match outcome {
        Outcome::Processed => &mb.folders.processed,
        Outcome::Failed => &mb.folders.failed,
        Outcome::Ignored => &mb.folders.ignored,
    }
}

async fn finish(
    conn: &mut Connection,
    mb: &MailboxSettings,
    uid: u32,
    outcome: Outcome,
) -> Result<Option<Outcome>, ProcessError> {
    if mb.move_processed || outcome != Outcome::Processed {
        conn.move_to(uid, folder_for(mb, outcome)).await?;
    }
    Ok(Some(outcome))
}

/// Messages at most this big are fetched one step ahead, so that reading them overlaps the
/// previous message's Dastra calls and IMAP move. Larger ones are fetched only when their
/// turn comes: never two big messages in memory at once.
pub const LOOKAHEAD_MAX_BYTES: u32 = 2 * 1024 * 1024;

/// A message of the selected inbox, downloaded, with its understanding under way on the
/// blocking pool.
pub enum Fetched {
    /// The UID no longer exists (expunged meanwhile).
    Gone,
    /// Over `max_message_bytes`: handled from its headers alone.
    Oversize {
        uid: u32,
        size: u32,
        header: Vec<u8>,
    },
    /// Downloaded.
    Message {
        uid: u32,
        raw: bytes::Bytes,
        understanding: tokio::task::JoinHandle<Understanding>,
    },
}

/// Downloads one message and starts reading it.
pub async fn fetch(
    p: &Pipeline,
    mb: &MailboxSettings,
    conn: &mut Connection,
    uid: u32,
    meta: Option<(u32, Vec<u8>)>,
) -> Result<Fetched, ProcessError> {
    let Some((size, header)) = meta else {
        return Ok(Fetched::Gone);
    };
    if u64::from(size) > mb.max_message_bytes {
        return Ok(Fetched::Oversize { uid, size, header });
    }
    let Some(raw) = conn.fetch_raw(uid, size).await? else {
        return Ok(Fetched::Gone);
    };
    crate::metrics::inc("mailgate_mail_fetched_total", &[("mailbox", &mb.name)]);
    // From here on the message is shared, never copied: uploads stream the same buffer.
    let raw = bytes::Bytes::from(raw);
    let understanding = understand_task(p, &raw);
    Ok(Fetched::Message {
        uid,
        raw,
        understanding,
    })
}

/// Understanding is CPU work (tens of ms on long letters): off the async workers.
fn understand_task(p: &Pipeline, raw: &bytes::Bytes) -> tokio::task::JoinHandle<Understanding> {
    let (plan, raw) = (p.plan.clone(), raw.clone());
    tokio::task::spawn_blocking(move || plan.understand(&raw))
}

/// Finishes a fetched message: Dastra, ledger, move. Returns the outcome, or `None` when the
/// message vanished meanwhile. Transient errors leave the message where it is.
pub async fn complete(
    p: &Pipeline,
    mb: &MailboxSettings,
    conn: &mut Connection,
    uidvalidity: u32,
    fetched: Fetched,
) -> Result<Option<Outcome>, ProcessError> {
    match fetched {
        Fetched::Gone => Ok(None),
        Fetched::Oversize { uid, size, header } => {
            oversize(p, mb, conn, uidvalidity, uid, size, &header).await
        }
        Fetched::Message {
            uid,
            raw,
            understanding,
        } => {
            handle_understood(
                p,
                mb,
                &raw,
                understanding.await,
                uidvalidity,
                uid,
                Some(conn),
            )
            .await
        }
    }
}

#[allow(clippy::too_many_arguments)]
async fn oversize(
    p: &Pipeline,
    mb: &MailboxSettings,
    conn: &mut Connection,
    uidvalidity: u32,
    uid: u32,
    size: u32,
    header: &[u8],
) -> Result<Option<Outcome>, ProcessError> {
    let sha = hex::encode(Sha256::digest(header));
    let mid = mail_parser::MessageParser::default()
        .parse_headers(header)
        .and_then(|m| m.message_id().map(str::to_string));
    let key = dedupe_key(&p.ledger, &mb.name, mid.as_deref(), &sha)?;
    let mut entry = p
        .ledger
        .get(&mb.name, &key)?
        .unwrap_or_else(|| Entry::new(&mb.name, &key, uidvalidity, uid, &sha));
    if !matches!(entry.state, State::Done { .. }) {
        let path = p.keep_raw(&mb.name, uidvalidity, uid, header)?;
        entry.state = State::Done {
            outcome: Outcome::Failed,
        };
        entry.reason = Some(format!(
            "message is {size} bytes, over max_message_bytes = {}; headers kept in {}",
            mb.max_message_bytes,
            path.display()
        ));
        p.ledger.put(&entry)?;
        let reason = format!(
            "message is {size} bytes, over max_message_bytes = {}; headers kept",
            mb.max_message_bytes
        );
        p.journal_mail(&mb.name, &key, None, |_, r| {
            r.outcome = jr::Outcome::Failed;
            r.reason = Some(reason);
        });
        tracing::error!(mailbox = %mb.name, uid, size, "Message over the size limit moved to the failed folder without downloading it.");
    }
    finish(conn, mb, uid, Outcome::Failed).await
}

/// The part that does not need IMAP (pipe mode calls it with `conn = None`).
pub async fn handle_raw(
    p: &Pipeline,
    mb: &MailboxSettings,
    raw: &bytes::Bytes,
    uidvalidity: u32,
    uid: u32,
    conn: Option<&mut Connection>,
) -> Result<Option<Outcome>, ProcessError> {
    let understood = understand_task(p, raw).await;
    handle_understood(p, mb, raw, understood, uidvalidity, uid, conn).await
}

async fn handle_understood(
    p: &Pipeline,
    mb: &MailboxSettings,
    raw: &bytes::Bytes,
    understood: Result<Understanding, tokio::task::JoinError>,
    uidvalidity: u32,
    uid: u32,
    mut conn: Option<&mut Connection>,
) -> Result<Option<Outcome>, ProcessError> {
    let sha = identity_hash(raw);
    // A panic while reading (a bug, hostile input) fails this one message, not the mailbox.
    let understanding = match understood {
        Ok(u) => u,
        Err(e) => {
            let key = dedupe_key(&p.ledger, &mb.name, None, &sha)?;
            let mut entry = p
                .ledger
                .get(&mb.name, &key)?
                .unwrap_or_else(|| Entry::new(&mb.name, &key, uidvalidity, uid, &sha));
            let outcome = match entry.state {
                State::Done { outcome } => outcome,
                _ => {
                    let what = if e.is_panic() {
                        "crashed"
                    } else {
                        "was cancelled"
                    };
                    fail(
                        p,
                        mb,
                        &mut entry,
                        raw,
                        format!(
                            "reading this message {what} (an internal error; please report it with the raw copy)"
                        ),
                    )?
                }
            };
            return match conn {
                Some(c) => finish(c, mb, uid, outcome).await,
                None => Ok(Some(outcome)),
            };
        }
    };
    let key = dedupe_key(
        &p.ledger,
        &mb.name,
        understanding.message_id.as_deref(),
        &sha,
    )?;
    let mut entry = p
        .ledger
        .get(&mb.name, &key)?
        .unwrap_or_else(|| Entry::new(&mb.name, &key, uidvalidity, uid, &sha));
    if let State::Done { outcome } = entry.state {
        tracing::debug!(mailbox = %mb.name, uid, "Already handled; moving it on.");
        return match conn.as_deref_mut() {
            Some(c) => finish(c, mb, uid, outcome).await,
            None => Ok(Some(outcome)),
        };
    }
    entry.uidvalidity = uidvalidity;
    entry.uid = uid;

    let mut use_subject_tag = true;
    let mut workspace = None;
    let from = understanding.sender.as_deref();
    let outcome = loop {
        let mut plan = plan::plan(
            &p.plan,
            &p.ledger,
            mb,
            &understanding,
            raw,
            &key,
            use_subject_tag,
        );
        // The per-sender guard counts only new work, never a resumed message.
        if entry.state == State::Seen
            && let (Plan::Create(_), Some(sender)) = (&plan, understanding.sender.as_deref())
            && p.sender_over_limit(sender)
        {
            plan = Plan::Ignore {
                reason: format!(
                    "sender rate limit: more than {} messages in an hour from this sender",
                    p.settings.understanding.max_per_sender_per_hour
                ),
            };
        }
        break match plan {
            Plan::Ignore { reason } => {
                tracing::info!(mailbox = %mb.name, uid, reason = %reason, "Ignored.");
                entry.state = State::Done {
                    outcome: Outcome::Ignored,
                };
                entry.reason = Some(reason);
                p.ledger.put(&entry)?;
                Outcome::Ignored
            }
            Plan::Fail { reason } => fail(p, mb, &mut entry, raw, reason)?,
            Plan::Create(create) => {
                workspace = Some(create.workspace_id);
                match sink::create(p, &mut entry, &create, &understanding, raw).await {
                    Ok(()) => Outcome::Processed,
                    Err(SinkError::UnknownRequest(id)) if use_subject_tag => {
                        tracing::info!(mailbox = %mb.name, uid, request = %id, "The subject names a request that does not exist; treating the mail as new.");
                        use_subject_tag = false;
                        continue;
                    }
                    Err(e) if e.is_transient() => {
                        let retry_after = e.retry_after();
                        let reason = crate::exit::chain(&e);
                        p.journal_mail(&mb.name, &key, from, |j, r| {
                            r.outcome = jr::Outcome::Retrying;
                            r.attempts += 1;
                            r.reason = Some(j.text(&reason));
                            r.next_try = retry_after
                                .and_then(|d| chrono::Duration::from_std(d).ok())
                                .map(|d| chrono::Utc::now() + d);
                        });
                        return Err(ProcessError::Transient {
                            source: e,
                            retry_after,
                        });
                    }
                    Err(SinkError::Ledger(e)) => return Err(ProcessError::Ledger(e)),
                    Err(e) => fail(
                        p,
                        mb,
                        &mut entry,
                        raw,
                        format!(
                            "Dastra refused the {}: {}",
                            create.kind_label(),
                            crate::exit::chain(&e)
                        ),
                    )?,
                }
            }
        };
    };
    let outcome_label = match outcome {
        Outcome::Processed => "processed",
        Outcome::Ignored => "ignored",
        Outcome::Failed => "failed",
    };
    let link_template = &p.settings.ops.journal.link_template;
    p.journal_mail(&mb.name, &key, from, |j, r| {
        r.outcome = match (outcome, entry.kind.as_deref()) {
            (Outcome::Processed, Some("follow_up")) => jr::Outcome::FollowUp,
            (Outcome::Processed, _) => jr::Outcome::Created,
            (Outcome::Ignored, _) => jr::Outcome::Ignored,
            (Outcome::Failed, _) => jr::Outcome::Failed,
        };
        if outcome == Outcome::Processed {
            let kind = match entry.kind.as_deref() {
                Some("follow_up") | None => "request",
                Some(k) => k,
            };
            r.object_kind = Some(kind.to_string());
            r.object_id = entry.object_id.clone();
            r.link = entry
                .object_id
                .as_deref()
                .and_then(|id| jr::dastra_link(link_template, workspace, kind, id));
        } else {
            r.reason = entry.reason.as_deref().map(|t| j.text(t));
        }
    });
    crate::metrics::inc(
        "mailgate_mail_total",
        &[
            ("mailbox", &mb.name),
            ("outcome", outcome_label),
            ("kind", entry.kind.as_deref().unwrap_or("none")),
        ],
    );
    if outcome == Outcome::Processed {
        tracing::info!(
            mailbox = %mb.name,
            uid,
            kind = entry.kind.as_deref().unwrap_or("?"),
            id = entry.object_id.as_deref().unwrap_or("?"),
            from = %Addr(understanding.sender.as_deref().unwrap_or("")),
            "Message processed."
        );
    }
    match conn {
        Some(c) => finish(c, mb, uid, outcome).await,
        None => Ok(Some(outcome)),
    }
}

fn fail(
    p: &Pipeline,
    mb: &MailboxSettings,
    entry: &mut Entry,
    raw: &[u8],
    reason: String,
) -> Result<Outcome, ProcessError> {
    let path = p.keep_raw(&mb.name, entry.uidvalidity, entry.uid, raw)?;
    tracing::error!(mailbox = %mb.name, uid = entry.uid, reason = %reason, raw_copy = %path.display(), "Message failed permanently; moved to the failed folder.");
    entry.state = State::Done {
        outcome: Outcome::Failed,
    };
    entry.reason = Some(reason);
    p.ledger.put(entry)?;
    Ok(Outcome::Failed)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A panic while reading a message (a bug, hostile input) fails that one message: the
    /// ledger says so with the reason, a raw copy is kept, and nothing is created.
    #[tokio::test]
    async fn a_crash_while_reading_fails_only_that_message() {
        let dir = tempfile::tempdir().unwrap();
        let key = dir.path().join("k");
        std::fs::write(&key, "x").unwrap();
        let text = format!(
            "[dastra]\nbase_url = \"http://127.0.0.1:9\"\napi_key = \"file:{}\"\nworkspace_id = 1\narea_id = 1\n\n[state]\ndir = \"{}\"\n\n[[mailbox]]\nname = \"collect\"\nhost = \"imap.example.org\"\nusername = \"c@example.org\"\npassword = \"env:UNUSED\"\n",
            key.display(),
            dir.path().join("state").display()
        );
        let (settings, _) = crate::config::load_str(&text, &dir.path().join("c.toml")).unwrap();
        std::fs::create_dir_all(&settings.state_dir).unwrap();
        let settings = Arc::new(settings);
        let p = crate::app::pipeline(settings.clone()).unwrap();
        let mb = settings.mailboxes[0].clone();
        let raw = bytes::Bytes::from_static(b"From: a@example.com\r\nSubject: x\r\n\r\nhello\r\n");
        let crashed = tokio::task::spawn_blocking(|| -> Understanding {
            panic!("understanding crashed (test)")
        })
        .await;
        assert!(crashed.is_err());
        let out = handle_understood(&p, &mb, &raw, crashed, 7, 42, None)
            .await
            .unwrap();
        assert_eq!(out, Some(Outcome::Failed));
        let key = dedupe_key(&p.ledger, &mb.name, None, &identity_hash(&raw)).unwrap();
        let entry = p.ledger.get(&mb.name, &key).unwrap().unwrap();
        assert_eq!(
            entry.state,
            State::Done {
                outcome: Outcome::Failed
            }
        );
        assert!(
            entry.reason.as_deref().unwrap().contains("crashed"),
            "{:?}",
            entry.reason
        );
        let copies: Vec<_> = std::fs::read_dir(p.raw_dir.join("collect"))
            .unwrap()
            .collect();
        assert_eq!(copies.len(), 1);
        // Seen again (after a restart), it is recognised as done, not read again.
        let again = handle_understood(
            &p,
            &mb,
            &raw,
            tokio::task::spawn_blocking(|| -> Understanding { panic!("again (test)") }).await,
            7,
            42,
            None,
        )
        .await
        .unwrap();
        assert_eq!(again, Some(Outcome::Failed));
    }
}
