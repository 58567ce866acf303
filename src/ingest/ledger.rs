//! The ingestion ledger: one durable record per message, in redb (ACID, fsync on commit).
//!
//! Per message: `Seen → Creating → Created(id) → (attachments, each recorded) → Done(outcome)`,
//! after which the message is moved on the server. The record is keyed by mailbox and
//! dedupe key (Message-ID, or a SHA-256 of the raw bytes when it is missing or reused), so a
//! message seen again — after a crash, a UIDVALIDITY reset or a second delivery — is never
//! turned into a second object.
//!
//! A second table maps every Message-ID we turned into a request (and every follow-up's) to
//! the request id, for threading replies.

use std::path::Path;

use redb::{Database, ReadableDatabase, ReadableTable, TableDefinition};
use serde::{Deserialize, Serialize};

const ENTRIES: TableDefinition<&str, &[u8]> = TableDefinition::new("entries");
const THREADS: TableDefinition<&str, &str> = TableDefinition::new("threads");
const UIDVALIDITY: TableDefinition<&str, u32> = TableDefinition::new("uidvalidity");
/// When each thread link was made (unix seconds), for retention.
const THREAD_AT: TableDefinition<&str, i64> = TableDefinition::new("thread_at");
/// Acknowledgements sent per recipient: lowercase address → JSON list of Unix times (24 h).
const ACKS: TableDefinition<&str, &[u8]> = TableDefinition::new("acks");
/// The per-sender hourly window: lowercase address → JSON list of (Unix time, dedupe key).
const SENDERS: TableDefinition<&str, &[u8]> = TableDefinition::new("senders");
/// Retries an operator asked for and the mailbox task has not carried out yet: entry key → "".
const RETRY: TableDefinition<&str, &str> = TableDefinition::new("retry");
/// Parked messages no operator has retried or forgotten: entry key → reason.
const ATTENTION: TableDefinition<&str, &str> = TableDefinition::new("attention");

#[derive(Debug, thiserror::Error)]
pub enum LedgerError {
    #[error("cannot open the ledger {path}")]
    Open {
        path: String,
        #[source]
        source: redb::DatabaseError,
    },
    #[error("ledger storage error")]
    Storage(#[from] redb::StorageError),
    #[error("ledger table error")]
    Table(#[from] redb::TableError),
    #[error("ledger transaction error")]
    Transaction(#[from] redb::TransactionError),
    #[error("ledger commit failed")]
    Commit(#[from] redb::CommitError),
    #[error("ledger record is corrupt")]
    Corrupt(#[from] serde_json::Error),
}

/// Where a message is in its life.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "state", rename_all = "snake_case")]
pub enum State {
    /// Fetched and understood; nothing sent to Dastra yet.
    Seen,
    /// A create request may be in flight: on recovery, look the object up before creating.
    Creating,
    /// The object exists in Dastra.
    Created,
    /// Finished; the message only needs moving to the folder of its outcome.
    Done { outcome: Outcome },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    Processed,
    Failed,
    Ignored,
}

/// One message's record.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entry {
    pub mailbox: String,
    pub key: String,
    pub uidvalidity: u32,
    pub uid: u32,
    #[serde(flatten)]
    pub state: State,
    /// `request`, `task`, `incident` or `follow_up`.
    pub kind: Option<String>,
    /// Dastra id of the created object (or of the request a follow-up was added to).
    pub object_id: Option<String>,
    /// Names of the uploads already done (`message.eml`, then `NN-name`).
    pub uploads_done: Vec<String>,
    /// SHA-256 of the raw message, to tell a reused Message-ID from a redelivery.
    pub raw_sha256: String,
    pub reason: Option<String>,
    pub attempts: u32,
    pub updated_at: i64,
    /// When the message was received (its Date, or its arrival): the legal clock's start.
    #[serde(default)]
    pub received_at: Option<i64>,
    /// Passes that ended in a temporary failure for this message (its attempt budget).
    #[serde(default)]
    pub failures: u32,
    /// A message waiting (temporary failure, sender limit) is not tried before this time.
    #[serde(default)]
    pub next_try: Option<i64>,
    /// An operator asked to try this finished message again (`mail retry`).
    #[serde(default)]
    pub retry_requested: bool,
    /// An operator retried an ignored message: the guards no longer apply to it.
    #[serde(default)]
    pub forced: bool,
    /// Where the raw copy of a parked message is kept.
    #[serde(default)]
    pub raw_copy: Option<String>,
}

impl Entry {
    pub fn new(mailbox: &str, key: &str, uidvalidity: u32, uid: u32, raw_sha256: &str) -> Self {
        Self {
            mailbox: mailbox.into(),
            key: key.into(),
            uidvalidity,
            uid,
            state: State::Seen,
            kind: None,
            object_id: None,
            uploads_done: Vec::new(),
            raw_sha256: raw_sha256.into(),
            reason: None,
            attempts: 0,
            updated_at: chrono::Utc::now().timestamp(),
            received_at: None,
            failures: 0,
            next_try: None,
            retry_requested: false,
            forced: false,
            raw_copy: None,
        }
    }
}

/// The ledger. Cheap to share behind an `Arc`; every write is its own fsynced transaction.
pub struct Ledger {
    db: Database,
}

fn entry_key(mailbox: &str, key: &str) -> String {
    format!("{mailbox}\u{0}{key}")
}

impl Ledger {
    /// Opens (or creates) `dir/ledger.redb`.
    pub fn open(dir: &Path) -> Result<Self, LedgerError> {
        let path = dir.join("ledger.redb");
        let db = Database::create(&path).map_err(|source| LedgerError::Open {
            path: path.display().to_string(),
            source,
        })?;
        let tx = db.begin_write()?;
        tx.open_table(ENTRIES)?;
        tx.open_table(THREADS)?;
        tx.open_table(UIDVALIDITY)?;
        tx.open_table(THREAD_AT)?;
        tx.open_table(ACKS)?;
        tx.open_table(ATTENTION)?;
        tx.open_table(RETRY)?;
        tx.open_table(SENDERS)?;
        tx.commit()?;
        Ok(Self { db })
    }

    pub fn get(&self, mailbox: &str, key: &str) -> Result<Option<Entry>, LedgerError> {
        let tx = self.db.begin_read()?;
        let table = tx.open_table(ENTRIES)?;
        match table.get(entry_key(mailbox, key).as_str())? {
            Some(v) => Ok(Some(serde_json::from_slice(v.value())?)),
            None => Ok(None),
        }
    }

    /// Writes the record durably (the transaction is fsynced before this returns).
    pub fn put(&self, entry: &Entry) -> Result<(), LedgerError> {
        let mut e = entry.clone();
        e.updated_at = chrono::Utc::now().timestamp();
        let bytes = serde_json::to_vec(&e)?;
        let tx = self.db.begin_write()?;
        {
            let mut table = tx.open_table(ENTRIES)?;
            table.insert(entry_key(&e.mailbox, &e.key).as_str(), bytes.as_slice())?;
        }
        tx.commit()?;
        Ok(())
    }

    /// Records that `message_id` belongs to the request `dsr_id` (for follow-ups).
    pub fn link_thread(&self, message_id: &str, dsr_id: &str) -> Result<(), LedgerError> {
        let tx = self.db.begin_write()?;
        {
            let mut table = tx.open_table(THREADS)?;
            table.insert(normalize_mid(message_id).as_str(), dsr_id)?;
            let mut at = tx.open_table(THREAD_AT)?;
            at.insert(
                normalize_mid(message_id).as_str(),
                chrono::Utc::now().timestamp(),
            )?;
        }
        tx.commit()?;
        Ok(())
    }

    /// The request a Message-ID belongs to, if we know it.
    pub fn thread(&self, message_id: &str) -> Result<Option<String>, LedgerError> {
        let tx = self.db.begin_read()?;
        let table = tx.open_table(THREADS)?;
        Ok(table
            .get(normalize_mid(message_id).as_str())?
            .map(|v| v.value().to_string()))
    }

    /// Last UIDVALIDITY seen for a mailbox folder.
    pub fn uidvalidity(&self, folder_key: &str) -> Result<Option<u32>, LedgerError> {
        let tx = self.db.begin_read()?;
        let table = tx.open_table(UIDVALIDITY)?;
        Ok(table.get(folder_key)?.map(|v| v.value()))
    }

    pub fn set_uidvalidity(&self, folder_key: &str, value: u32) -> Result<(), LedgerError> {
        let tx = self.db.begin_write()?;
        {
            let mut table = tx.open_table(UIDVALIDITY)?;
            table.insert(folder_key, value)?;
        }
        tx.commit()?;
        Ok(())
    }

    /// Counts one acknowledgement to `recipient` at `now` (Unix seconds) unless `max` were
    /// already sent in the 24 hours before; returns whether it may be sent. Check and count
    /// are one fsynced transaction, so the limit survives restarts.
    pub fn ack_allow(&self, recipient: &str, max: u32, now: i64) -> Result<bool, LedgerError> {
        let key = recipient.to_ascii_lowercase();
        let tx = self.db.begin_write()?;
        let allowed = {
            let mut table = tx.open_table(ACKS)?;
            let mut times: Vec<i64> = match table.get(key.as_str())? {
                Some(v) => serde_json::from_slice(v.value()).unwrap_or_default(),
                None => Vec::new(),
            };
            times.retain(|t| now - t < 24 * 3600 && *t <= now);
            let allowed = times.len() < max as usize;
            if allowed {
                times.push(now);
            }
            let bytes = serde_json::to_vec(&times)?;
            table.insert(key.as_str(), bytes.as_slice())?;
            allowed
        };
        tx.commit()?;
        Ok(allowed)
    }

    /// Marks a parked message as needing attention.
    pub fn set_attention(&self, mailbox: &str, key: &str, reason: &str) -> Result<(), LedgerError> {
        let tx = self.db.begin_write()?;
        tx.open_table(ATTENTION)?
            .insert(entry_key(mailbox, key).as_str(), reason)?;
        tx.commit()?;
        Ok(())
    }

    /// An operator retried or forgot the message.
    pub fn clear_attention(&self, mailbox: &str, key: &str) -> Result<(), LedgerError> {
        self.unmark(ATTENTION, mailbox, key)
    }

    /// Counts `key` for `sender` in its hourly window unless the window already holds `max`
    /// others; returns when the oldest counted one leaves the window in that case. Kept in the
    /// ledger, so a restart or a separate `ingest --once` does not reset the count.
    pub fn sender_slot(
        &self,
        sender: &str,
        key: &str,
        max: u32,
        now: i64,
        window: i64,
    ) -> Result<Option<i64>, LedgerError> {
        let tx = self.db.begin_write()?;
        let verdict = {
            let mut t = tx.open_table(SENDERS)?;
            let mut v: Vec<(i64, String)> = match t.get(sender)? {
                Some(b) => serde_json::from_slice(b.value())?,
                None => Vec::new(),
            };
            v.retain(|(at, _)| now - at < window);
            if v.iter().any(|(_, k)| k == key) {
                None
            } else if v.len() >= max as usize {
                Some(v.iter().map(|(t, _)| *t).min().unwrap_or(now) + window)
            } else {
                v.push((now, key.to_string()));
                t.insert(sender, serde_json::to_vec(&v)?.as_slice())?;
                None
            }
        };
        tx.commit()?;
        Ok(verdict)
    }

    /// Records an operator's retry request for the mailbox task (it brings the message back
    /// to the inbox).
    pub fn request_retry(&self, entry: &Entry) -> Result<(), LedgerError> {
        let tx = self.db.begin_write()?;
        {
            let mut entries = tx.open_table(ENTRIES)?;
            let k = entry_key(&entry.mailbox, &entry.key);
            entries.insert(k.as_str(), serde_json::to_vec(entry)?.as_slice())?;
            tx.open_table(RETRY)?.insert(k.as_str(), "")?;
            tx.open_table(ATTENTION)?.remove(k.as_str())?;
        }
        tx.commit()?;
        Ok(())
    }

    /// Retry requests still to carry out for `mailbox`.
    pub fn retry_requests(&self, mailbox: &str) -> Result<Vec<Entry>, LedgerError> {
        let tx = self.db.begin_read()?;
        let retry = tx.open_table(RETRY)?;
        let entries = tx.open_table(ENTRIES)?;
        let mut out = Vec::new();
        for row in retry.iter()? {
            let (k, _) = row?;
            if k.value()
                .split_once('\u{0}')
                .is_some_and(|(m, _)| m == mailbox)
                && let Some(v) = entries.get(k.value())?
            {
                out.push(serde_json::from_slice(v.value())?);
            }
        }
        Ok(out)
    }

    /// The mailbox task carried out (or gave up on) a retry request.
    pub fn clear_retry(&self, mailbox: &str, key: &str) -> Result<(), LedgerError> {
        self.unmark(RETRY, mailbox, key)
    }

    /// Removes the mark of one message from `table` (committed only when there was one).
    fn unmark(
        &self,
        table: TableDefinition<&str, &str>,
        mailbox: &str,
        key: &str,
    ) -> Result<(), LedgerError> {
        let tx = self.db.begin_write()?;
        let removed = tx
            .open_table(table)?
            .remove(entry_key(mailbox, key).as_str())?
            .is_some();
        if removed {
            tx.commit()?;
        } else {
            tx.abort()?;
        }
        Ok(())
    }

    /// Parked messages needing attention, per mailbox: (mailbox, key, reason).
    pub fn attention(&self) -> Result<Vec<(String, String, String)>, LedgerError> {
        let tx = self.db.begin_read()?;
        let t = tx.open_table(ATTENTION)?;
        let mut out = Vec::new();
        for row in t.iter()? {
            let (k, v) = row?;
            let (mb, key) = k.value().split_once('\u{0}').unwrap_or(("", k.value()));
            out.push((mb.to_string(), key.to_string(), v.value().to_string()));
        }
        Ok(out)
    }

    /// Every record (for status, tests and tools).
    pub fn entries(&self) -> Result<Vec<Entry>, LedgerError> {
        let tx = self.db.begin_read()?;
        let table = tx.open_table(ENTRIES)?;
        let mut out = Vec::new();
        for item in table.iter()? {
            let (_, v) = item?;
            out.push(serde_json::from_slice(v.value())?);
        }
        Ok(out)
    }
}

impl Ledger {
    /// Retention: removes finished records (`Done`) last changed before `cutoff` (unix
    /// seconds), and thread links made before it. Records of messages still in progress
    /// are never removed: crash recovery needs them. Returns how many records went.
    pub fn purge_finished(&self, cutoff: i64) -> Result<usize, LedgerError> {
        let tx = self.db.begin_write()?;
        let removed = {
            let mut entries = tx.open_table(ENTRIES)?;
            let mut old = Vec::new();
            for item in entries.iter()? {
                let (k, v) = item?;
                let e: Entry = serde_json::from_slice(v.value())?;
                if matches!(e.state, State::Done { .. }) && e.updated_at < cutoff {
                    old.push(k.value().to_string());
                }
            }
            for k in &old {
                entries.remove(k.as_str())?;
            }
            let mut at = tx.open_table(THREAD_AT)?;
            let mut threads = tx.open_table(THREADS)?;
            let mut stale = Vec::new();
            for item in at.iter()? {
                let (k, v) = item?;
                if v.value() < cutoff {
                    stale.push(k.value().to_string());
                }
            }
            for k in &stale {
                at.remove(k.as_str())?;
                threads.remove(k.as_str())?;
            }
            old.len()
        };
        tx.commit()?;
        Ok(removed)
    }
}

/// Message-IDs compare without angle brackets, whitespace or case.
pub fn normalize_mid(mid: &str) -> String {
    mid.trim()
        .trim_start_matches('<')
        .trim_end_matches('>')
        .trim()
        .to_ascii_lowercase()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn records_survive_reopen() {
        let dir = tempfile::tempdir().unwrap();
        {
            let l = Ledger::open(dir.path()).unwrap();
            let mut e = Entry::new("privacy", "mid:a@b", 7, 42, "00");
            e.state = State::Creating;
            l.put(&e).unwrap();
            l.link_thread("<A@B>", "1042").unwrap();
            l.set_uidvalidity("privacy/INBOX", 7).unwrap();
        }
        let l = Ledger::open(dir.path()).unwrap();
        let e = l.get("privacy", "mid:a@b").unwrap().unwrap();
        assert_eq!(e.state, State::Creating);
        assert_eq!(e.uid, 42);
        assert_eq!(l.thread("a@b").unwrap().as_deref(), Some("1042"));
        assert_eq!(l.uidvalidity("privacy/INBOX").unwrap(), Some(7));
        assert!(l.get("other", "mid:a@b").unwrap().is_none());
        assert_eq!(l.entries().unwrap().len(), 1);
    }

    #[test]
    fn purge_keeps_messages_in_progress() {
        let dir = tempfile::tempdir().unwrap();
        let l = Ledger::open(dir.path()).unwrap();
        let mut done = Entry::new("m", "done", 1, 1, "00");
        done.state = State::Done {
            outcome: Outcome::Processed,
        };
        l.put(&done).unwrap();
        let mut busy = Entry::new("m", "busy", 1, 2, "00");
        busy.state = State::Creating;
        l.put(&busy).unwrap();
        l.link_thread("<t@x>", "7").unwrap();
        let now = chrono::Utc::now().timestamp();
        // Nothing is old yet.
        assert_eq!(l.purge_finished(now - 86_400).unwrap(), 0);
        // An injected "now" 200 days ahead with a 180-day retention.
        let later = now + 200 * 86_400;
        assert_eq!(l.purge_finished(later - 180 * 86_400).unwrap(), 1);
        assert!(l.get("m", "done").unwrap().is_none());
        assert!(l.get("m", "busy").unwrap().is_some(), "in progress: kept");
        assert!(l.thread("t@x").unwrap().is_none());
    }

    #[test]
    fn done_state_round_trips() {
        let dir = tempfile::tempdir().unwrap();
        let l = Ledger::open(dir.path()).unwrap();
        let mut e = Entry::new("m", "k", 1, 1, "00");
        e.state = State::Done {
            outcome: Outcome::Ignored,
        };
        e.reason = Some("auto-reply".into());
        l.put(&e).unwrap();
        let back = l.get("m", "k").unwrap().unwrap();
        assert_eq!(
            back.state,
            State::Done {
                outcome: Outcome::Ignored
            }
        );
    }
}
