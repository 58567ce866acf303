//! The journal: what happened to every message, for the people who run the service.
//!
//! One record per ingested message (mailbox, when we received it, the outcome: object
//! created with its kind, id and a link into Dastra; follow-up; ignored or failed with the
//! reason; retrying with the next try) and one per relayed message (recipients, the
//! provider's reply, attempts). It lives in `<state_dir>/journal.redb`, next to the ledger
//! but separate from it: the ledger is the exactly-once machinery, the journal is an audit
//! aid, and losing a journal write never stops a message.
//!
//! **No bodies, no subjects**: only what the operator needs to follow a message. Addresses
//! are masked (`j***@e***.org`) when they are written, unless `journal.mask_addresses =
//! false`; addresses inside free text (reasons, provider replies) are masked too.
//!
//! Records are updated in place (a message that was `retrying` becomes `created`) and are
//! purged once they have not changed for `retention.journal_days`.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Condvar, LazyLock, Mutex, Weak};

use chrono::{DateTime, NaiveDate, Utc};
use redb::{Database, ReadableDatabase, ReadableTable, ReadableTableMetadata, TableDefinition};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

/// The file under the state directory.
pub const FILE: &str = "journal.redb";
/// Rows returned when a query names no limit.
pub const DEFAULT_LIMIT: usize = 200;
/// The most rows one query returns.
pub const MAX_LIMIT: usize = 5000;

const RECORDS: TableDefinition<u64, &[u8]> = TableDefinition::new("records");
const KEYS: TableDefinition<&str, u64> = TableDefinition::new("keys");
const META: TableDefinition<&str, u64> = TableDefinition::new("meta");

#[derive(Debug, thiserror::Error)]
pub enum JournalError {
    #[error("cannot open the journal {path}")]
    Open {
        path: String,
        #[source]
        source: redb::DatabaseError,
    },
    #[error("journal storage error")]
    Storage(#[from] redb::StorageError),
    #[error("journal table error")]
    Table(#[from] redb::TableError),
    #[error("journal transaction error")]
    Transaction(#[from] redb::TransactionError),
    #[error("journal commit failed")]
    Commit(#[from] redb::CommitError),
    #[error("journal record is corrupt")]
    Corrupt(#[from] serde_json::Error),
    #[error("journal write failed (committed together with other records)")]
    Grouped,
}

/// Which pipeline a record belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Flow {
    /// A message fetched from a collection mailbox.
    Mail,
    /// A notification handed to the relay.
    Relay,
}

impl Flow {
    pub fn label(self) -> &'static str {
        match self {
            Flow::Mail => "mail",
            Flow::Relay => "relay",
        }
    }

    pub fn parse(s: &str) -> Option<Flow> {
        match s {
            "mail" => Some(Flow::Mail),
            "relay" => Some(Flow::Relay),
            _ => None,
        }
    }
}

/// Where a message ended up (so far).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    /// A new Dastra object (request, task or incident).
    Created,
    /// Added as a message to an existing request.
    FollowUp,
    /// Deliberately not turned into anything (auto-reply, newsletter, rule, rate guard).
    Ignored,
    /// Permanently failed (mail: moved to the failed folder; relay: dead letter).
    Failed,
    /// A temporary failure; tried again at `next_try`.
    Retrying,
    /// Relay: waiting for its first delivery attempt.
    Queued,
    /// Relay: the provider accepted it for every recipient.
    Delivered,
    /// Relay: some recipients delivered, others not (yet).
    Partial,
}

impl Outcome {
    pub const ALL: [Outcome; 8] = [
        Outcome::Created,
        Outcome::FollowUp,
        Outcome::Ignored,
        Outcome::Failed,
        Outcome::Retrying,
        Outcome::Queued,
        Outcome::Delivered,
        Outcome::Partial,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Outcome::Created => "created",
            Outcome::FollowUp => "follow_up",
            Outcome::Ignored => "ignored",
            Outcome::Failed => "failed",
            Outcome::Retrying => "retrying",
            Outcome::Queued => "queued",
            Outcome::Delivered => "delivered",
            Outcome::Partial => "partial",
        }
    }

    pub fn parse(s: &str) -> Option<Outcome> {
        Outcome::ALL.into_iter().find(|o| o.label() == s)
    }
}

/// One message's journal record.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Record {
    pub id: u64,
    pub flow: Flow,
    /// The collection mailbox (mail only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mailbox: Option<String>,
    /// When we first saw the message (fetched, or accepted by the relay).
    pub received_at: DateTime<Utc>,
    /// Last change of this record; retention counts from here.
    pub updated_at: DateTime<Utc>,
    pub outcome: Outcome,
    /// `request`, `task` or `incident` (the request for a follow-up).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object_kind: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object_id: Option<String>,
    /// The object in Dastra's web application.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub link: Option<String>,
    /// Why it was ignored, failed or is retrying.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_try: Option<DateTime<Utc>>,
    /// Mail: the sender (masked unless configured otherwise).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<String>,
    /// Relay: the recipients (masked unless configured otherwise).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub recipients: Vec<String>,
    /// Relay: the provider's last reply.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub provider_reply: Option<String>,
    /// Relay: delivery attempts; mail: processing attempts that hit a temporary failure.
    #[serde(default)]
    pub attempts: u32,
    /// Relay: the spool id (for `queue show`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub spool_id: Option<String>,
    /// Mail: when the organisation received it (the mail's date or arrival): the legal
    /// clocks run from here.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub received: Option<DateTime<Utc>>,
    /// Mail: what the receiving server checked of the sender (SPF, DKIM, DMARC), in words.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sender_checks: Option<String>,
    /// Mail: the Dastra workspace of the object.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub workspace: Option<i64>,
    /// Mail: the relay spool id of the acknowledgement sent for it (its own relay record).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ack_spool_id: Option<String>,
    /// The message's history, oldest first (at most [`MAX_EVENTS`]).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub events: Vec<Event>,
}

/// The most history lines kept per record (the oldest go first).
pub const MAX_EVENTS: usize = 60;

/// One step in a message's history.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Event {
    pub at: DateTime<Utc>,
    pub what: String,
}

impl Record {
    /// Appends a history line.
    pub fn push_event(&mut self, at: DateTime<Utc>, what: String) {
        self.events.push(Event { at, what });
        if self.events.len() > MAX_EVENTS {
            let extra = self.events.len() - MAX_EVENTS;
            self.events.drain(..extra);
        }
    }
}

impl Record {
    fn new(id: u64, flow: Flow, now: DateTime<Utc>) -> Record {
        Record {
            id,
            flow,
            mailbox: None,
            received_at: now,
            updated_at: now,
            outcome: match flow {
                Flow::Mail => Outcome::Retrying,
                Flow::Relay => Outcome::Queued,
            },
            object_kind: None,
            object_id: None,
            link: None,
            reason: None,
            next_try: None,
            from: None,
            recipients: Vec::new(),
            provider_reply: None,
            attempts: 0,
            spool_id: None,
            received: None,
            sender_checks: None,
            workspace: None,
            ack_spool_id: None,
            events: Vec::new(),
        }
    }
}

/// What to list.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filter {
    pub mailbox: Option<String>,
    pub flow: Option<Flow>,
    pub outcome: Option<Outcome>,
    /// Received on or after this day (UTC).
    pub from: Option<NaiveDate>,
    /// Received on or before this day (UTC).
    pub to: Option<NaiveDate>,
    /// At most this many records, newest first (0: [`DEFAULT_LIMIT`]).
    pub limit: usize,
}

impl Filter {
    /// Parses a URL query string: `mailbox=…&flow=mail|relay&outcome=…&from=YYYY-MM-DD&to=YYYY-MM-DD&limit=N`.
    /// Empty values mean "any"; unknown parameters are ignored.
    pub fn from_query(query: &str) -> Result<Filter, String> {
        let mut f = Filter::default();
        for pair in query.split('&').filter(|p| !p.is_empty()) {
            let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
            let v = percent_decode(v);
            if v.is_empty() {
                continue;
            }
            match k {
                "mailbox" => f.mailbox = Some(v),
                "flow" => {
                    f.flow = Some(Flow::parse(&v).ok_or(format!("unknown flow \"{v}\""))?);
                }
                "outcome" => {
                    f.outcome = Some(Outcome::parse(&v).ok_or(format!("unknown outcome \"{v}\""))?);
                }
                "from" => f.from = Some(parse_day(&v)?),
                "to" => f.to = Some(parse_day(&v)?),
                "limit" => {
                    f.limit = v
                        .parse()
                        .map_err(|_| format!("limit \"{v}\" is not a number"))?;
                }
                _ => {}
            }
        }
        Ok(f)
    }

    /// The query string for this filter (for `journal` asking the daemon).
    pub fn to_query(&self) -> String {
        let mut parts = Vec::new();
        if let Some(m) = &self.mailbox {
            parts.push(format!("mailbox={}", percent_encode(m)));
        }
        if let Some(f) = self.flow {
            parts.push(format!("flow={}", f.label()));
        }
        if let Some(o) = self.outcome {
            parts.push(format!("outcome={}", o.label()));
        }
        if let Some(d) = self.from {
            parts.push(format!("from={d}"));
        }
        if let Some(d) = self.to {
            parts.push(format!("to={d}"));
        }
        if self.limit > 0 {
            parts.push(format!("limit={}", self.limit));
        }
        parts.join("&")
    }

    pub fn matches(&self, r: &Record) -> bool {
        if let Some(m) = &self.mailbox
            && r.mailbox.as_deref() != Some(m.as_str())
        {
            return false;
        }
        if self.flow.is_some_and(|f| f != r.flow) || self.outcome.is_some_and(|o| o != r.outcome) {
            return false;
        }
        let day = r.received_at.date_naive();
        !(self.from.is_some_and(|d| day < d) || self.to.is_some_and(|d| day > d))
    }

    fn effective_limit(&self) -> usize {
        match self.limit {
            0 => DEFAULT_LIMIT,
            n => n.min(MAX_LIMIT),
        }
    }
}

pub fn parse_day(s: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .map_err(|_| format!("\"{s}\" is not a date (YYYY-MM-DD)"))
}

/// Decodes `%XX` and `+` (form encoding).
pub fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => {
                let hex = |c: u8| (c as char).to_digit(16);
                match (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                    (Some(h), Some(l)) => {
                        out.push((h * 16 + l) as u8);
                        i += 2;
                    }
                    _ => out.push(b'%'),
                }
            }
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Encodes everything but unreserved characters.
pub fn percent_encode(s: &str) -> String {
    let mut out = String::new();
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

static EMAIL: LazyLock<regex::Regex> = LazyLock::new(|| {
    // Cannot fail: a constant, tested pattern.
    regex::Regex::new(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}").expect("valid regex")
});

/// The journal store. Share it behind an `Arc` ([`Journal::open_shared`]).
pub struct Journal {
    db: Database,
    /// `journal.mask_addresses`; a reload changes it ([`Journal::set_masking`]).
    mask: std::sync::atomic::AtomicBool,
    path: PathBuf,
    /// Group commit of [`Journal::record_grouped`].
    group: Mutex<Group>,
    group_done: Condvar,
}

/// One record waiting for the group commit.
type Pending = (
    Flow,
    String,
    DateTime<Utc>,
    // Only when the message has no record yet (`Journal::record_new_grouped`).
    bool,
    Box<dyn FnOnce(&mut Record) + Send>,
);

#[derive(Default)]
struct Group {
    queue: Vec<Pending>,
    /// Tickets handed out, one per record.
    queued: u64,
    /// Every ticket up to this one is in a finished write transaction.
    committed: u64,
    running: bool,
    /// Ticket ranges `(after, upto]` whose transaction failed (rare; kept small).
    failed: Vec<(u64, u64)>,
}

static OPEN: LazyLock<Mutex<HashMap<PathBuf, Weak<Journal>>>> =
    LazyLock::new(|| Mutex::new(HashMap::new()));

impl Journal {
    /// Opens (or creates) `dir/journal.redb`. `mask`: mask addresses when recording.
    pub fn open(dir: &Path, mask: bool) -> Result<Journal, JournalError> {
        let path = dir.join(FILE);
        let db = Database::create(&path).map_err(|source| JournalError::Open {
            path: path.display().to_string(),
            source,
        })?;
        let tx = db.begin_write()?;
        tx.open_table(RECORDS)?;
        tx.open_table(KEYS)?;
        tx.open_table(META)?;
        tx.commit()?;
        Ok(Journal {
            db,
            mask: std::sync::atomic::AtomicBool::new(mask),
            path,
            group: Mutex::default(),
            group_done: Condvar::new(),
        })
    }

    /// One journal per file and process (redb allows one handle per file), for the one-shot
    /// commands whose parts each ask for it. The daemon opens it once and hands it to its
    /// parts (`app.rs`).
    pub fn open_shared(dir: &Path, mask: bool) -> Result<Arc<Journal>, JournalError> {
        let path = dir.join(FILE);
        let mut open = OPEN.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(j) = open.get(&path).and_then(Weak::upgrade) {
            return Ok(j);
        }
        let j = Arc::new(Journal::open(dir, mask)?);
        open.insert(path, Arc::downgrade(&j));
        Ok(j)
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// `journal.mask_addresses` changed by a reload: from the next record on.
    pub fn set_masking(&self, mask: bool) {
        self.mask.store(mask, std::sync::atomic::Ordering::Relaxed);
    }

    /// Whether addresses are masked when recorded (`journal.mask_addresses`).
    pub fn masking(&self) -> bool {
        self.mask.load(std::sync::atomic::Ordering::Relaxed)
    }

    /// An address as it is stored: masked unless configured otherwise.
    pub fn addr(&self, a: &str) -> String {
        if self.masking() {
            crate::redact::mask_email(a)
        } else {
            crate::redact::escape(a)
        }
    }

    /// Free text (a reason, a provider reply) as it is stored: addresses inside masked.
    pub fn text(&self, t: &str) -> String {
        let t = crate::redact::escape(t);
        if self.masking() {
            EMAIL
                .replace_all(&t, |c: &regex::Captures<'_>| {
                    crate::redact::mask_email(&c[0])
                })
                .into_owned()
        } else {
            t
        }
    }

    /// Creates or updates the record of `(flow, key)` at `now`; returns it as written.
    /// `key` identifies the message (mailbox + dedupe key, or the spool id); it is stored
    /// hashed, since a Message-ID can name a person.
    pub fn record(
        &self,
        flow: Flow,
        key: &str,
        now: DateTime<Utc>,
        f: impl FnOnce(&mut Record),
    ) -> Result<Record, JournalError> {
        let tx = self.db.begin_write()?;
        let (record, _) = Self::upsert(&tx, flow, key, now, false, f)?;
        tx.commit()?;
        Ok(record)
    }

    /// [`Journal::record`] for callers that do not need the record back: concurrent
    /// callers share one write transaction (one commit, one fsync) instead of queueing
    /// for one each. Returns once the record is committed (or its transaction failed).
    pub fn record_grouped(
        &self,
        flow: Flow,
        key: &str,
        now: DateTime<Utc>,
        f: impl FnOnce(&mut Record) + Send + 'static,
    ) -> Result<(), JournalError> {
        self.grouped(flow, key, now, false, Box::new(f))
    }

    /// Like [`Journal::record_grouped`], but only when the message has no record yet (a
    /// "queued" note must never overwrite a delivery recorded first). The relay's note of
    /// each submission so shares a commit with the others and with the delivery records,
    /// instead of a commit (two fsyncs) of its own.
    pub fn record_new_grouped(
        &self,
        flow: Flow,
        key: &str,
        now: DateTime<Utc>,
        f: impl FnOnce(&mut Record) + Send + 'static,
    ) -> Result<(), JournalError> {
        self.grouped(flow, key, now, true, Box::new(f))
    }

    fn grouped(
        &self,
        flow: Flow,
        key: &str,
        now: DateTime<Utc>,
        only_new: bool,
        f: Box<dyn FnOnce(&mut Record) + Send>,
    ) -> Result<(), JournalError> {
        let mut g = self.group.lock().unwrap_or_else(|e| e.into_inner());
        g.queue.push((flow, key.to_string(), now, only_new, f));
        g.queued += 1;
        let ticket = g.queued;
        loop {
            if g.committed >= ticket {
                return if g.failed.iter().any(|&(a, b)| a < ticket && ticket <= b) {
                    Err(JournalError::Grouped)
                } else {
                    Ok(())
                };
            }
            if !g.running {
                g.running = true;
                let batch = std::mem::take(&mut g.queue);
                let (after, upto) = (g.committed, g.queued);
                drop(g);
                let result = (|| {
                    let tx = self.db.begin_write()?;
                    for (flow, key, now, only_new, f) in batch {
                        Self::upsert(&tx, flow, &key, now, only_new, f)?;
                    }
                    tx.commit()?;
                    Ok(())
                })();
                g = self.group.lock().unwrap_or_else(|e| e.into_inner());
                g.running = false;
                g.committed = upto;
                if result.is_err() {
                    g.failed.push((after, upto));
                    if g.failed.len() > 64 {
                        g.failed.remove(0);
                    }
                }
                self.group_done.notify_all();
                return result;
            }
            g = self.group_done.wait(g).unwrap_or_else(|e| e.into_inner());
        }
    }

    /// The record id of `(flow, key)`, if it has one.
    pub fn id_of(&self, flow: Flow, key: &str) -> Result<Option<u64>, JournalError> {
        let tx = self.db.begin_read()?;
        let keys = tx.open_table(KEYS)?;
        Ok(keys
            .get(Self::hashed(flow, key).as_str())?
            .map(|v| v.value()))
    }

    /// One record by id.
    pub fn get(&self, id: u64) -> Result<Option<Record>, JournalError> {
        let tx = self.db.begin_read()?;
        let records = tx.open_table(RECORDS)?;
        Ok(records
            .get(id)?
            .map(|v| serde_json::from_slice::<Record>(v.value()))
            .transpose()?)
    }

    fn hashed(flow: Flow, key: &str) -> String {
        format!(
            "{}:{}",
            flow.label(),
            &hex::encode(Sha256::digest(key.as_bytes()))[..32]
        )
    }

    /// Creates or updates one record inside `tx`.
    fn upsert(
        tx: &redb::WriteTransaction,
        flow: Flow,
        key: &str,
        now: DateTime<Utc>,
        only_new: bool,
        f: impl FnOnce(&mut Record),
    ) -> Result<(Record, bool), JournalError> {
        let hkey = Self::hashed(flow, key);
        let record = {
            let mut keys = tx.open_table(KEYS)?;
            let mut records = tx.open_table(RECORDS)?;
            let existing = match keys.get(hkey.as_str())?.map(|v| v.value()) {
                Some(id) => records
                    .get(id)?
                    .map(|v| serde_json::from_slice::<Record>(v.value()))
                    .transpose()?,
                None => None,
            };
            let mut record = match existing {
                Some(r) if only_new => return Ok((r, false)),
                Some(r) => r,
                None => {
                    let mut meta = tx.open_table(META)?;
                    let id = meta.get("next_id")?.map(|v| v.value()).unwrap_or(1);
                    meta.insert("next_id", id + 1)?;
                    keys.insert(hkey.as_str(), id)?;
                    Record::new(id, flow, now)
                }
            };
            f(&mut record);
            record.updated_at = now;
            records.insert(record.id, serde_json::to_vec(&record)?.as_slice())?;
            record
        };
        Ok((record, true))
    }

    /// Records matching `filter`, newest first.
    pub fn query(&self, filter: &Filter) -> Result<Vec<Record>, JournalError> {
        let tx = self.db.begin_read()?;
        let records = tx.open_table(RECORDS)?;
        newest_matching(&records, filter)
    }

    /// Number of records.
    pub fn len(&self) -> Result<u64, JournalError> {
        let tx = self.db.begin_read()?;
        Ok(tx.open_table(RECORDS)?.len()?)
    }

    pub fn is_empty(&self) -> Result<bool, JournalError> {
        Ok(self.len()? == 0)
    }

    /// Removes every record last changed before `cutoff`; returns how many.
    pub fn purge(&self, cutoff: DateTime<Utc>) -> Result<usize, JournalError> {
        let tx = self.db.begin_write()?;
        let removed = {
            let mut records = tx.open_table(RECORDS)?;
            let mut old = Vec::new();
            for item in records.iter()? {
                let (k, v) = item?;
                let r: Record = serde_json::from_slice(v.value())?;
                if r.updated_at < cutoff {
                    old.push(k.value());
                }
            }
            for id in &old {
                records.remove(*id)?;
            }
            if !old.is_empty() {
                let old: std::collections::HashSet<u64> = old.iter().copied().collect();
                let mut keys = tx.open_table(KEYS)?;
                keys.retain(|_, id| !old.contains(&id))?;
            }
            old.len()
        };
        tx.commit()?;
        Ok(removed)
    }
}

/// The process's journal for these settings: `None` when disabled, or when the file cannot
/// be opened (another process holds it, e.g. `ingest -` while the daemon runs), which is
/// logged and does not stop anything.
pub fn for_settings(settings: &crate::config::Settings) -> Option<Arc<Journal>> {
    let j = &settings.ops.journal;
    if !j.enabled {
        return None;
    }
    match Journal::open_shared(&settings.state_dir, j.mask_addresses) {
        Ok(j) => Some(j),
        Err(e) => {
            tracing::warn!(error = %crate::exit::chain(&e), "Journal unavailable; messages are processed without journal records.");
            None
        }
    }
}

/// Reads the journal of a state directory directly (the daemon is not running, or has
/// no admin listener). Fails while a daemon holds the file.
pub fn read_from_state_dir(dir: &Path, filter: &Filter) -> Result<Vec<Record>, JournalError> {
    let path = dir.join(FILE);
    let open_err = |source| JournalError::Open {
        path: path.display().to_string(),
        source,
    };
    // Read-only first; a file left by a killed daemon needs a repair, which only a
    // read-write open does (and only when no daemon holds the file).
    let ro;
    let rw;
    let tx = match redb::ReadOnlyDatabase::open(&path) {
        Ok(db) => {
            ro = db;
            ro.begin_read()?
        }
        Err(redb::DatabaseError::DatabaseAlreadyOpen) => {
            return Err(open_err(redb::DatabaseError::DatabaseAlreadyOpen));
        }
        Err(_) => {
            rw = Database::open(&path).map_err(open_err)?;
            rw.begin_read()?
        }
    };
    let records = match tx.open_table(RECORDS) {
        Ok(t) => t,
        Err(redb::TableError::TableDoesNotExist(_)) => return Ok(Vec::new()),
        Err(e) => return Err(e.into()),
    };
    newest_matching(&records, filter)
}

/// Records of `records` matching `filter`, newest first, at most its limit.
fn newest_matching(
    records: &impl redb::ReadableTable<u64, &'static [u8]>,
    filter: &Filter,
) -> Result<Vec<Record>, JournalError> {
    let limit = filter.effective_limit();
    let mut out = Vec::new();
    for item in records.iter()?.rev() {
        let (_, v) = item?;
        let r: Record = serde_json::from_slice(v.value())?;
        if filter.matches(&r) {
            out.push(r);
            if out.len() >= limit {
                break;
            }
        }
    }
    Ok(out)
}

/// A link to an object in Dastra's web application, from `journal.link_template`
/// (`{workspace}`, `{kind}` (`dsr`, `task`, `breach`) and `{id}` are replaced).
pub fn dastra_link(template: &str, workspace: Option<i64>, kind: &str, id: &str) -> Option<String> {
    if template.is_empty() || id.is_empty() {
        return None;
    }
    let kind = match kind {
        "request" | "follow_up" => "dsr",
        "task" => "task",
        "incident" => "breach",
        _ => return None,
    };
    if template.contains("{workspace}") && workspace.is_none() {
        return None;
    }
    Some(
        template
            .replace(
                "{workspace}",
                &workspace.map(|w| w.to_string()).unwrap_or_default(),
            )
            .replace("{kind}", kind)
            .replace("{id}", &percent_encode(id)),
    )
}

/// Records journal entries for the ingestion pipeline and the relay; a failure to write is
/// logged and never stops a message.
pub fn note<T>(result: Result<T, JournalError>) {
    if let Err(e) = result {
        tracing::warn!(error = %crate::exit::chain(&e), "Journal: cannot record an entry (the message itself is not affected).");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(s: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
    }

    #[test]
    fn grouped_records_from_concurrent_threads_are_all_committed() {
        let dir = tempfile::tempdir().unwrap();
        let j = Arc::new(Journal::open(dir.path(), true).unwrap());
        let threads: Vec<_> = (0..6)
            .map(|k| {
                let j = j.clone();
                std::thread::spawn(move || {
                    for i in 0..20 {
                        j.record_grouped(
                            Flow::Relay,
                            &format!("m{k}-{i}"),
                            t("2026-03-01T10:00:00Z"),
                            |r| r.outcome = Outcome::Delivered,
                        )
                        .unwrap();
                    }
                    // Updating an existing record in a group works like `record`.
                    j.record_grouped(
                        Flow::Relay,
                        &format!("m{k}-0"),
                        t("2026-03-01T10:01:00Z"),
                        |r| r.attempts = 2,
                    )
                    .unwrap();
                })
            })
            .collect();
        for th in threads {
            th.join().unwrap();
        }
        let rows = j
            .query(&Filter {
                limit: 1000,
                ..Filter::default()
            })
            .unwrap();
        assert_eq!(rows.len(), 120);
        assert!(rows.iter().all(|r| r.outcome == Outcome::Delivered));
        assert_eq!(rows.iter().filter(|r| r.attempts == 2).count(), 6);
    }

    #[test]
    fn records_update_in_place_and_filter() {
        let dir = tempfile::tempdir().unwrap();
        let j = Journal::open(dir.path(), true).unwrap();
        let r = j
            .record(
                Flow::Mail,
                "privacy\0mid:a@b",
                t("2026-03-01T10:00:00Z"),
                |r| {
                    r.mailbox = Some("privacy".into());
                    r.outcome = Outcome::Retrying;
                    r.reason = Some(j.text("Dastra answered 503 for jane.doe@example.org"));
                },
            )
            .unwrap();
        assert_eq!(r.id, 1);
        assert_eq!(
            r.reason.as_deref(),
            Some("Dastra answered 503 for j***@e***.org")
        );
        let r2 = j
            .record(
                Flow::Mail,
                "privacy\0mid:a@b",
                t("2026-03-01T10:05:00Z"),
                |r| {
                    r.outcome = Outcome::Created;
                    r.object_id = Some("42".into());
                },
            )
            .unwrap();
        assert_eq!(r2.id, 1, "same message, same record");
        assert_eq!(r2.received_at, t("2026-03-01T10:00:00Z"));
        j.record(
            Flow::Relay,
            "20260302T000000000-aa",
            t("2026-03-02T09:00:00Z"),
            |r| {
                r.outcome = Outcome::Delivered;
                r.recipients = vec![j.addr("bob@example.net")];
            },
        )
        .unwrap();
        assert_eq!(j.len().unwrap(), 2);
        let all = j.query(&Filter::default()).unwrap();
        assert_eq!(all[0].flow, Flow::Relay, "newest first");
        assert_eq!(all[0].recipients, vec!["b***@e***.net".to_string()]);
        let f = Filter::from_query("mailbox=privacy&outcome=created&from=2026-03-01&to=2026-03-01")
            .unwrap();
        assert_eq!(j.query(&f).unwrap().len(), 1);
        let f = Filter::from_query("outcome=failed").unwrap();
        assert!(j.query(&f).unwrap().is_empty());
        let f = Filter::from_query("from=2026-03-02").unwrap();
        assert_eq!(j.query(&f).unwrap()[0].flow, Flow::Relay);
        assert_eq!(
            Filter::from_query(&f.to_query()).unwrap(),
            f,
            "query strings round-trip"
        );
        assert!(Filter::from_query("outcome=nope").is_err());
        assert!(Filter::from_query("from=yesterday").is_err());
    }

    #[test]
    fn purge_by_last_change() {
        let dir = tempfile::tempdir().unwrap();
        let j = Journal::open(dir.path(), false).unwrap();
        j.record(Flow::Mail, "a", t("2026-01-01T00:00:00Z"), |_| {})
            .unwrap();
        j.record(Flow::Mail, "b", t("2026-01-01T00:00:00Z"), |_| {})
            .unwrap();
        j.record(Flow::Mail, "b", t("2026-02-01T00:00:00Z"), |_| {})
            .unwrap();
        assert_eq!(j.purge(t("2026-01-15T00:00:00Z")).unwrap(), 1);
        assert_eq!(j.len().unwrap(), 1);
        // The purged key starts a new record.
        let again = j
            .record(Flow::Mail, "a", t("2026-02-02T00:00:00Z"), |_| {})
            .unwrap();
        assert_eq!(again.id, 3);
        assert_eq!(j.addr("jane@example.org"), "jane@example.org");
        // A late "queued" note never overwrites what is already recorded.
        let before = j
            .record(Flow::Relay, "s1", t("2026-02-03T00:00:00Z"), |r| {
                r.outcome = Outcome::Delivered;
            })
            .unwrap();
        j.record_new_grouped(Flow::Relay, "s1", t("2026-02-03T00:00:01Z"), |r| {
            r.outcome = Outcome::Queued;
        })
        .unwrap();
        let rows = j.query(&Filter::from_query("flow=relay").unwrap()).unwrap();
        assert_eq!(rows, vec![before]);
        j.record_new_grouped(Flow::Relay, "s2", t("2026-02-03T00:00:02Z"), |r| {
            r.outcome = Outcome::Queued;
        })
        .unwrap();
        let rows = j.query(&Filter::from_query("flow=relay").unwrap()).unwrap();
        assert_eq!(rows.len(), 2);
        assert!(rows.iter().any(|r| r.outcome == Outcome::Queued));
    }

    #[test]
    fn shared_handles_and_read_only_access() {
        let dir = tempfile::tempdir().unwrap();
        {
            let a = Journal::open_shared(dir.path(), true).unwrap();
            let b = Journal::open_shared(dir.path(), true).unwrap();
            assert!(Arc::ptr_eq(&a, &b));
            a.record(Flow::Mail, "k", Utc::now(), |r| {
                r.mailbox = Some("m".into())
            })
            .unwrap();
        }
        let rows = read_from_state_dir(dir.path(), &Filter::default()).unwrap();
        assert_eq!(rows.len(), 1);
    }

    #[test]
    fn links_and_encoding() {
        let tpl = "https://app.dastra.eu/workspace/{workspace}/{kind}/{id}";
        assert_eq!(
            dastra_link(tpl, Some(7), "incident", "12").as_deref(),
            Some("https://app.dastra.eu/workspace/7/breach/12")
        );
        assert_eq!(dastra_link(tpl, None, "request", "12"), None);
        assert_eq!(dastra_link("", Some(1), "task", "1"), None);
        assert_eq!(percent_decode("a%20b+c%2Fd%zz"), "a b c/d%zz");
        assert_eq!(percent_encode("a b/é"), "a%20b%2F%C3%A9");
    }
}
