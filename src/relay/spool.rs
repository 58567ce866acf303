//! The durable spool: one message file and one metadata file per accepted message.
//!
//! Layout under `<state_dir>/spool/`:
//!
//! * `q/<id>.eml`: the message as it will be delivered (already rewritten);
//! * `q/<id>.json`: the [`Entry`]: envelope, per-recipient [`Status`], lease;
//! * `lock`: `flock`ed around every read-modify-write of a metadata file, by the daemon and
//!   by `queue` alike, so both can work on the spool at the same time;
//! * `daemon.lock`: held (`flock`, non-blocking) by the one daemon that delivers;
//! * `kick`: rewritten by `queue retry|flush|delete` so the daemon rescans at once.
//!
//! **Why files and not redb:** redb allows one process per database, and `queue list` must
//! work while the daemon runs. Plain files also make a message inspectable with `cat`, and
//! the spool is small (a few hundred entries at most in steady state).
//!
//! **Durability:** [`Spool::store`] writes the message to a temporary file, fsyncs it,
//! renames it into place, does the same for the metadata, and fsyncs the directory: only
//! then does the listener answer 250. The metadata file is the commit point: a message file
//! without one (a crash between the two renames) was never acknowledged and is removed by
//! [`Spool::recover`], as are temporary files. The directory fsync is a group commit
//! ([`DirSync`]): submissions and outcome updates that commit at the same time share one
//! directory fsync, and each returns only after an fsync that started after its rename.
//!
//! **Claims:** the scheduler claims an entry in memory ([`Spool::claim`]) before
//! delivering: only the daemon holding `daemon.lock` delivers, so no durable write is
//! needed. A crash drops every claim; on start, [`Spool::recover`] also clears any lease
//! an older version wrote into the metadata, and every pending recipient is delivered
//! again. Delivery is therefore *at least once*.

use std::collections::HashSet;
use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::os::fd::AsRawFd;
use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Condvar, Mutex};
use std::time::Duration;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// How long a claimed entry stays ours without being released (longer than any delivery
/// attempt, which is bounded by the transport timeouts).
pub const LEASE: Duration = Duration::from_secs(10 * 60);

/// One accepted message.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entry {
    pub id: String,
    pub created_at: DateTime<Utc>,
    /// Who submitted it: the authenticated client, or `loopback`, plus the peer address.
    pub client: String,
    /// The envelope sender the client gave (MAIL FROM).
    pub mail_from: String,
    /// The envelope sender used for delivery (the configured sender).
    pub env_from: String,
    pub message_id: Option<String>,
    pub subject: Option<String>,
    /// Size in bytes of the spooled (rewritten) message.
    pub size: u64,
    pub recipients: Vec<Recipient>,
    /// Delivery attempts made for this entry (all recipients).
    #[serde(default)]
    pub attempts: u32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lease: Option<Lease>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Recipient {
    pub address: String,
    #[serde(flatten)]
    pub status: Status,
}

/// Where one recipient is.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "status", rename_all = "snake_case")]
pub enum Status {
    /// Not tried yet (or retried by the operator): due now.
    Queued,
    /// The provider accepted it.
    Delivered { at: DateTime<Utc>, response: String },
    /// A temporary failure; tried again at `next_try`.
    Deferred {
        attempts: u32,
        next_try: DateTime<Utc>,
        last_error: String,
    },
    /// A permanent failure, or too old: a dead letter until the operator deletes or retries it.
    Failed { at: DateTime<Utc>, reason: String },
}

impl Status {
    pub fn label(&self) -> &'static str {
        match self {
            Status::Queued => "queued",
            Status::Delivered { .. } => "delivered",
            Status::Deferred { .. } => "deferred",
            Status::Failed { .. } => "failed",
        }
    }

    pub fn is_pending(&self) -> bool {
        matches!(self, Status::Queued | Status::Deferred { .. })
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Lease {
    pub owner: String,
    pub until: DateTime<Utc>,
}

impl Entry {
    /// When the entry should next be tried: the earliest due pending recipient; `None`
    /// when nothing is pending.
    pub fn next_due(&self) -> Option<DateTime<Utc>> {
        self.recipients
            .iter()
            .filter_map(|r| match &r.status {
                Status::Queued => Some(self.created_at),
                Status::Deferred { next_try, .. } => Some(*next_try),
                _ => None,
            })
            .min()
    }

    /// Recipients due at `now`.
    pub fn due_recipients(&self, now: DateTime<Utc>) -> Vec<String> {
        self.recipients
            .iter()
            .filter(|r| match &r.status {
                Status::Queued => true,
                Status::Deferred { next_try, .. } => *next_try <= now,
                _ => false,
            })
            .map(|r| r.address.clone())
            .collect()
    }

    pub fn is_pending(&self) -> bool {
        self.recipients.iter().any(|r| r.status.is_pending())
    }

    /// One word for the whole entry: `queued`, `deferred`, `failed`, `delivered`, or `mixed`.
    pub fn state_label(&self) -> &'static str {
        let mut labels: Vec<&str> = self.recipients.iter().map(|r| r.status.label()).collect();
        labels.sort_unstable();
        labels.dedup();
        match labels.as_slice() {
            [one] => one,
            _ if self.is_pending() => "partial",
            _ => "mixed",
        }
    }

    /// The last error of any recipient (for listings).
    pub fn last_error(&self) -> Option<&str> {
        self.recipients.iter().find_map(|r| match &r.status {
            Status::Deferred { last_error, .. } => Some(last_error.as_str()),
            Status::Failed { reason, .. } => Some(reason.as_str()),
            _ => None,
        })
    }

    pub fn lease_active(&self, now: DateTime<Utc>) -> bool {
        self.lease.as_ref().is_some_and(|l| l.until > now)
    }
}

/// What a new entry needs besides its message bytes.
#[derive(Debug, Clone)]
pub struct NewEntry {
    pub client: String,
    pub mail_from: String,
    pub env_from: String,
    pub message_id: Option<String>,
    pub subject: Option<String>,
    pub recipients: Vec<String>,
}

/// When to try again after a temporary failure, and when to give up.
#[derive(Debug, Clone)]
pub struct RetryPolicy {
    /// Delay after the 1st, 2nd, … failure; the last one repeats.
    pub schedule: Vec<Duration>,
    /// Past this age (since acceptance) a temporary failure becomes permanent.
    pub max_age: Duration,
}

impl RetryPolicy {
    /// The next try after failure number `attempts` (1-based), capped at the maximum age;
    /// `None` once the maximum age is reached.
    pub fn next_try(
        &self,
        created_at: DateTime<Utc>,
        attempts: u32,
        now: DateTime<Utc>,
    ) -> Option<DateTime<Utc>> {
        let i = (attempts.max(1) - 1) as usize;
        let delay = self
            .schedule
            .get(i)
            .or(self.schedule.last())
            .copied()
            .unwrap_or(Duration::from_secs(300));
        let next = now + chrono::Duration::from_std(delay).ok()?;
        let deadline = created_at + chrono::Duration::from_std(self.max_age).ok()?;
        // One last try at the deadline rather than giving up early.
        (now < deadline).then_some(next.min(deadline))
    }
}

/// What [`Spool::update`]'s closure decides.
pub enum Update {
    /// Leave the file as it is.
    Keep,
    /// Write the changed entry.
    Write,
    /// Remove the entry and its message (everything delivered, or deleted by the operator).
    Remove,
}

/// What recovery found.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Recovery {
    pub entries: usize,
    pub leases_released: usize,
    pub orphans_removed: usize,
    pub temp_removed: usize,
}

/// The spool directory. Every method is blocking (file I/O with fsync): call it from
/// `spawn_blocking` in async code.
#[derive(Debug, Clone)]
pub struct Spool {
    root: PathBuf,
    q: PathBuf,
    /// Group commit of `q`'s directory fsync, shared by every clone.
    dir_sync: Arc<DirSync>,
    /// Entries being delivered by this process (see [`Spool::claim`]), shared by every clone.
    claims: Arc<Mutex<HashSet<String>>>,
}

/// An entry claimed for delivery by this process; released on drop.
pub struct Claim {
    claims: Arc<Mutex<HashSet<String>>>,
    id: String,
}

impl Drop for Claim {
    fn drop(&mut self) {
        self.claims
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .remove(&self.id);
    }
}

/// Group commit for one directory's fsync: every caller returns only after an fsync of the
/// directory that *started* after it called (so it covers the caller's renames and
/// unlinks), but concurrent callers share one fsync instead of queueing one each. A
/// failed fsync fails every caller it was meant to cover.
#[derive(Debug, Default)]
pub struct DirSync {
    state: Mutex<SyncState>,
    done: Condvar,
}

#[derive(Debug, Default)]
struct SyncState {
    /// Tickets handed out (one per caller).
    requested: u64,
    /// Every ticket up to this one is covered by a finished fsync (successful or not).
    completed: u64,
    /// An fsync is running.
    running: bool,
    /// Ticket ranges `(after, upto]` whose fsync failed (rare; kept small below).
    failed: Vec<(u64, u64)>,
    /// fsyncs actually made (for tests and curiosity).
    fsyncs: u64,
}

impl DirSync {
    /// Makes `dir`'s entries (renames, unlinks done before this call) durable.
    pub fn sync(&self, dir: &Path) -> io::Result<()> {
        let mut st = self.state.lock().unwrap_or_else(|e| e.into_inner());
        st.requested += 1;
        let ticket = st.requested;
        loop {
            if st.completed >= ticket {
                return if st.failed.iter().any(|&(a, b)| a < ticket && ticket <= b) {
                    Err(io::Error::other("fsync of the spool directory failed"))
                } else {
                    Ok(())
                };
            }
            if !st.running {
                // Lead: one fsync for every ticket handed out so far.
                st.running = true;
                let (after, upto) = (st.completed, st.requested);
                drop(st);
                let result = sync_dir(dir);
                st = self.state.lock().unwrap_or_else(|e| e.into_inner());
                st.running = false;
                st.completed = upto;
                st.fsyncs += 1;
                if result.is_err() {
                    st.failed.push((after, upto));
                    if st.failed.len() > 64 {
                        st.failed.remove(0);
                    }
                }
                self.done.notify_all();
                return result;
            }
            st = self.done.wait(st).unwrap_or_else(|e| e.into_inner());
        }
    }

    /// How many fsyncs were made.
    pub fn fsyncs(&self) -> u64 {
        self.state.lock().unwrap_or_else(|e| e.into_inner()).fsyncs
    }
}

/// An exclusive `flock` released on drop.
pub struct FileLock {
    _file: File,
}

impl Spool {
    /// Opens (creating, mode 0700) `root` and `root/q`.
    pub fn open(root: impl Into<PathBuf>) -> io::Result<Spool> {
        let root = root.into();
        let q = root.join("q");
        fs::DirBuilder::new()
            .recursive(true)
            .mode(0o700)
            .create(&q)?;
        Ok(Spool {
            root,
            q,
            dir_sync: Arc::default(),
            claims: Arc::default(),
        })
    }

    /// Opens an existing spool without creating anything (for `queue`).
    pub fn open_existing(root: impl Into<PathBuf>) -> io::Result<Spool> {
        let root = root.into();
        let q = root.join("q");
        if !q.is_dir() {
            return Err(io::Error::new(
                io::ErrorKind::NotFound,
                format!("no spool at {}", root.display()),
            ));
        }
        Ok(Spool {
            root,
            q,
            dir_sync: Arc::default(),
            claims: Arc::default(),
        })
    }

    /// fsync of the queue directory, shared with concurrent callers (group commit).
    fn sync_q(&self) -> io::Result<()> {
        self.dir_sync.sync(&self.q)
    }

    /// Claims an entry for delivery, in memory: `None` while another delivery in this
    /// process holds it. Only the process holding `daemon.lock` delivers, so this is
    /// exclusive without a durable write; a crash drops every claim at once, and the next
    /// start delivers every pending recipient again (at least once).
    pub fn claim(&self, id: &str) -> Option<Claim> {
        let mut claims = self.claims.lock().unwrap_or_else(|e| e.into_inner());
        claims.insert(id.to_string()).then(|| Claim {
            claims: self.claims.clone(),
            id: id.to_string(),
        })
    }

    /// How many directory fsyncs this spool (and its clones) made.
    pub fn dir_fsyncs(&self) -> u64 {
        self.dir_sync.fsyncs()
    }

    pub fn root(&self) -> &Path {
        &self.root
    }

    fn meta_path(&self, id: &str) -> PathBuf {
        self.q.join(format!("{id}.json"))
    }

    fn msg_path(&self, id: &str) -> PathBuf {
        self.q.join(format!("{id}.eml"))
    }

    /// Stores a message durably and returns its entry. When this returns `Ok`, the message
    /// survives a crash or a power loss; the caller may answer 250.
    pub fn store(&self, message: &[u8], new: NewEntry) -> io::Result<Entry> {
        let now = Utc::now();
        let id = new_id(now);
        let entry = Entry {
            id: id.clone(),
            created_at: now,
            client: new.client,
            mail_from: new.mail_from,
            env_from: new.env_from,
            message_id: new.message_id,
            subject: new.subject,
            size: message.len() as u64,
            recipients: new
                .recipients
                .into_iter()
                .map(|address| Recipient {
                    address,
                    status: Status::Queued,
                })
                .collect(),
            attempts: 0,
            lease: None,
        };
        let json = serde_json::to_vec_pretty(&entry).map_err(io::Error::other)?;
        // Both files are written before either is synced: the first fsync's journal commit
        // carries both (ext4 ordered mode writes the data of every file in it), so the
        // second costs little. The message is renamed into place first (an entry without
        // metadata is not an entry; recovery removes it), and both renames are made
        // durable by one directory fsync, shared with the other submissions committing
        // at the same time (group commit).
        let committed = write_pair(
            &self.q,
            (&self.msg_path(&id), message),
            (&self.meta_path(&id), &json),
        )
        .and_then(|()| self.sync_q());
        if let Err(e) = committed {
            let _ = fs::remove_file(self.meta_path(&id));
            let _ = fs::remove_file(self.msg_path(&id));
            return Err(e);
        }
        Ok(entry)
    }

    /// Reads one entry; `None` when it does not exist (delivered or deleted).
    pub fn load(&self, id: &str) -> io::Result<Option<Entry>> {
        if !valid_id(id) {
            return Ok(None);
        }
        match fs::read(self.meta_path(id)) {
            Ok(bytes) => serde_json::from_slice(&bytes)
                .map(Some)
                .map_err(|e| io::Error::new(io::ErrorKind::InvalidData, format!("{id}: {e}"))),
            Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// The spooled message bytes.
    pub fn message(&self, id: &str) -> io::Result<Vec<u8>> {
        if !valid_id(id) {
            return Err(io::Error::new(io::ErrorKind::NotFound, "no such entry"));
        }
        fs::read(self.msg_path(id))
    }

    /// Every entry, oldest first. Unreadable metadata files are skipped with a warning.
    pub fn list(&self) -> io::Result<Vec<Entry>> {
        let mut out = Vec::new();
        for id in self.ids()? {
            match self.load(&id) {
                Ok(Some(e)) => out.push(e),
                Ok(None) => {}
                Err(e) => tracing::warn!(%id, error = %e, "Unreadable spool entry skipped."),
            }
        }
        out.sort_by(|a, b| a.created_at.cmp(&b.created_at).then(a.id.cmp(&b.id)));
        Ok(out)
    }

    fn ids(&self) -> io::Result<Vec<String>> {
        let mut ids = Vec::new();
        for d in fs::read_dir(&self.q)? {
            let name = d?.file_name();
            let name = name.to_string_lossy();
            if let Some(id) = name.strip_suffix(".json")
                && valid_id(id)
            {
                ids.push(id.to_string());
            }
        }
        ids.sort();
        Ok(ids)
    }

    /// Takes the spool-wide metadata lock.
    pub fn lock(&self) -> io::Result<FileLock> {
        let file = OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .mode(0o600)
            .open(self.root.join("lock"))?;
        flock(&file, libc::LOCK_EX)?;
        Ok(FileLock { _file: file })
    }

    /// Takes the daemon lock without waiting: `Err(WouldBlock)` when another daemon
    /// already delivers from this spool.
    pub fn lock_daemon(&self) -> io::Result<FileLock> {
        let file = OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .mode(0o600)
            .open(self.root.join("daemon.lock"))?;
        flock(&file, libc::LOCK_EX | libc::LOCK_NB)?;
        Ok(FileLock { _file: file })
    }

    /// Read-modify-write of one entry under the spool lock. Returns the entry as written
    /// (`None` if it did not exist or was removed).
    pub fn update(
        &self,
        id: &str,
        f: impl FnOnce(&mut Entry) -> Update,
    ) -> io::Result<Option<Entry>> {
        let lock = self.lock()?;
        let Some(mut entry) = self.load(id)? else {
            return Ok(None);
        };
        let result = match f(&mut entry) {
            Update::Keep => return Ok(Some(entry)),
            Update::Write => {
                let json = serde_json::to_vec_pretty(&entry).map_err(io::Error::other)?;
                write_durably(&self.q, &self.meta_path(id), &json, false)?;
                Some(entry)
            }
            Update::Remove => {
                self.unlink_files(id)?;
                None
            }
        };
        // The change is visible to everyone once renamed or unlinked; the directory fsync
        // that makes it durable runs outside the lock, shared with concurrent updates.
        drop(lock);
        self.sync_q()?;
        Ok(result)
    }

    /// Removes an entry (metadata first, so a crash in between leaves an orphan message
    /// file that recovery deletes, never an entry without its message).
    pub fn remove(&self, id: &str) -> io::Result<bool> {
        let _lock = self.lock()?;
        if self.load(id)?.is_none() {
            return Ok(false);
        }
        self.remove_files(id)?;
        Ok(true)
    }

    fn remove_files(&self, id: &str) -> io::Result<()> {
        self.unlink_files(id)?;
        self.sync_q()
    }

    /// Unlinks an entry's files; durable after the next directory fsync.
    fn unlink_files(&self, id: &str) -> io::Result<()> {
        match fs::remove_file(self.meta_path(id)) {
            Ok(()) => {}
            Err(e) if e.kind() == io::ErrorKind::NotFound => {}
            Err(e) => return Err(e),
        }
        let _ = fs::remove_file(self.msg_path(id));
        Ok(())
    }

    /// Start-up recovery, with the daemon lock held: removes temporary files and message
    /// files without metadata (never acknowledged), and releases every lease (their owner
    /// is dead). Entries whose message file is missing are marked failed.
    pub fn recover(&self) -> io::Result<Recovery> {
        let _lock = self.lock()?;
        let mut report = Recovery::default();
        for d in fs::read_dir(&self.q)? {
            let d = d?;
            let name = d.file_name().to_string_lossy().into_owned();
            if name.starts_with(".tmp-") {
                fs::remove_file(d.path())?;
                report.temp_removed += 1;
            } else if let Some(id) = name.strip_suffix(".eml")
                && !self.meta_path(id).exists()
            {
                fs::remove_file(d.path())?;
                report.orphans_removed += 1;
            }
        }
        for id in self.ids()? {
            let Some(mut e) = self.load(&id)? else {
                continue;
            };
            report.entries += 1;
            let mut changed = false;
            if e.lease.take().is_some() {
                report.leases_released += 1;
                changed = true;
            }
            if !self.msg_path(&id).exists() && e.is_pending() {
                let now = Utc::now();
                for r in e.recipients.iter_mut().filter(|r| r.status.is_pending()) {
                    r.status = Status::Failed {
                        at: now,
                        reason: "the spooled message file is missing".into(),
                    };
                }
                changed = true;
            }
            if changed {
                let json = serde_json::to_vec_pretty(&e).map_err(io::Error::other)?;
                write_durably(&self.q, &self.meta_path(&id), &json, false)?;
            }
        }
        sync_dir(&self.q)?;
        Ok(report)
    }

    /// Retention: removes entries delivered to every recipient before `cutoff` (kept only
    /// when `retention.delivered_spool_days` > 0). Returns how many.
    pub fn purge_delivered(&self, cutoff: DateTime<Utc>) -> io::Result<usize> {
        let _lock = self.lock()?;
        let mut removed = 0;
        for id in self.ids()? {
            let Some(e) = self.load(&id)? else { continue };
            let last = e
                .recipients
                .iter()
                .map(|r| match &r.status {
                    Status::Delivered { at, .. } => Some(*at),
                    _ => None,
                })
                .collect::<Option<Vec<_>>>()
                .and_then(|ats| ats.into_iter().max());
            if last.is_some_and(|at| at < cutoff) {
                self.remove_files(&id)?;
                removed += 1;
            }
        }
        Ok(removed)
    }

    /// Tells a running daemon to rescan the spool (after `queue retry|flush|delete`).
    pub fn kick(&self) -> io::Result<()> {
        fs::write(
            self.root.join("kick"),
            Utc::now().timestamp_nanos_opt().unwrap_or(0).to_string(),
        )
    }

    /// The current kick marker (compare successive values to notice a kick).
    pub fn kick_marker(&self) -> Option<String> {
        fs::read_to_string(self.root.join("kick")).ok()
    }
}

/// `20260101T120000-<12 hex>`: sortable by time, unique, safe as a file name.
fn new_id(now: DateTime<Utc>) -> String {
    let r: u64 = rand::random();
    format!(
        "{}-{:012x}",
        now.format("%Y%m%dT%H%M%S%3f"),
        r & 0xffff_ffff_ffff
    )
}

/// Ids are ours: letters, digits and `-` only (no path tricks from `queue show ../x`).
pub fn valid_id(id: &str) -> bool {
    !id.is_empty() && id.len() <= 64 && id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
}

fn flock(file: &File, op: libc::c_int) -> io::Result<()> {
    loop {
        // SAFETY: flock on a valid, open file descriptor owned by `file`.
        let rc = unsafe { libc::flock(file.as_raw_fd(), op) };
        if rc == 0 {
            return Ok(());
        }
        let e = io::Error::last_os_error();
        if e.kind() != io::ErrorKind::Interrupted {
            return Err(e);
        }
    }
}

fn sync_dir(dir: &Path) -> io::Result<()> {
    File::open(dir)?.sync_all()
}

/// Temp file in `dir`, write, fsync, rename over `path`, and (when `sync`) fsync `dir`.
/// Writes two new files, fsyncs both, then renames them into place in order (no directory
/// fsync: the caller makes the renames durable).
fn write_pair(dir: &Path, first: (&Path, &[u8]), second: (&Path, &[u8])) -> io::Result<()> {
    let tmps = [
        dir.join(format!(".tmp-{:016x}", rand::random::<u64>())),
        dir.join(format!(".tmp-{:016x}", rand::random::<u64>())),
    ];
    let result = (|| {
        let mut files = Vec::with_capacity(2);
        for (tmp, bytes) in tmps.iter().zip([first.1, second.1]) {
            let mut f = OpenOptions::new()
                .write(true)
                .create_new(true)
                .mode(0o600)
                .open(tmp)?;
            f.write_all(bytes)?;
            files.push(f);
        }
        for f in &files {
            f.sync_all()?;
        }
        fs::rename(&tmps[0], first.0)?;
        fs::rename(&tmps[1], second.0)
    })();
    if result.is_err() {
        for tmp in &tmps {
            let _ = fs::remove_file(tmp);
        }
    }
    result
}

fn write_durably(dir: &Path, path: &Path, bytes: &[u8], sync: bool) -> io::Result<()> {
    let tmp = dir.join(format!(".tmp-{:016x}", rand::random::<u64>()));
    let result = (|| {
        let mut f = OpenOptions::new()
            .write(true)
            .create_new(true)
            .mode(0o600)
            .open(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
        fs::rename(&tmp, path)
    })();
    if result.is_err() {
        let _ = fs::remove_file(&tmp);
    }
    result?;
    if sync {
        sync_dir(dir)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn new_entry(rcpts: &[&str]) -> NewEntry {
        NewEntry {
            client: "test".into(),
            mail_from: "app@example.org".into(),
            env_from: "privacy@example.org".into(),
            message_id: Some("m1@example.org".into()),
            subject: Some("hello".into()),
            recipients: rcpts.iter().map(|s| s.to_string()).collect(),
        }
    }

    #[test]
    fn store_load_update_remove() {
        let dir = tempfile::tempdir().unwrap();
        let spool = Spool::open(dir.path().join("spool")).unwrap();
        let e = spool
            .store(
                b"Subject: x\r\n\r\nbody\r\n",
                new_entry(&["a@x.test", "b@x.test"]),
            )
            .unwrap();
        assert_eq!(spool.message(&e.id).unwrap(), b"Subject: x\r\n\r\nbody\r\n");
        let loaded = spool.load(&e.id).unwrap().unwrap();
        assert_eq!(loaded, e);
        assert_eq!(loaded.state_label(), "queued");
        assert_eq!(loaded.next_due(), Some(e.created_at));
        let now = Utc::now();
        spool
            .update(&e.id, |e| {
                e.recipients[0].status = Status::Delivered {
                    at: now,
                    response: "250 ok".into(),
                };
                e.recipients[1].status = Status::Deferred {
                    attempts: 1,
                    next_try: now + chrono::Duration::seconds(60),
                    last_error: "421 busy".into(),
                };
                Update::Write
            })
            .unwrap();
        let loaded = spool.load(&e.id).unwrap().unwrap();
        assert_eq!(loaded.state_label(), "partial");
        assert_eq!(loaded.due_recipients(now), Vec::<String>::new());
        assert_eq!(loaded.last_error(), Some("421 busy"));
        assert_eq!(spool.list().unwrap().len(), 1);
        assert!(spool.remove(&e.id).unwrap());
        assert!(spool.load(&e.id).unwrap().is_none());
        assert!(spool.message(&e.id).is_err());
        assert!(!spool.remove(&e.id).unwrap());
    }

    #[test]
    fn recovery_removes_orphans_and_releases_leases() {
        let dir = tempfile::tempdir().unwrap();
        let spool = Spool::open(dir.path()).unwrap();
        let e = spool.store(b"x", new_entry(&["a@x.test"])).unwrap();
        spool
            .update(&e.id, |e| {
                e.lease = Some(Lease {
                    owner: "dead".into(),
                    until: Utc::now() + chrono::Duration::hours(1),
                });
                Update::Write
            })
            .unwrap();
        // A crash between the two renames, and one in the middle of a write.
        fs::write(
            dir.path().join("q/20990101T000000000-0000000000aa.eml"),
            b"y",
        )
        .unwrap();
        fs::write(dir.path().join("q/.tmp-0123"), b"z").unwrap();
        // An entry whose message vanished.
        let lost = spool.store(b"w", new_entry(&["c@x.test"])).unwrap();
        fs::remove_file(dir.path().join(format!("q/{}.eml", lost.id))).unwrap();

        let r = spool.recover().unwrap();
        assert_eq!(
            r,
            Recovery {
                entries: 2,
                leases_released: 1,
                orphans_removed: 1,
                temp_removed: 1
            }
        );
        assert!(spool.load(&e.id).unwrap().unwrap().lease.is_none());
        assert_eq!(
            spool.load(&lost.id).unwrap().unwrap().state_label(),
            "failed"
        );
        assert_eq!(spool.list().unwrap().len(), 2);
    }

    #[test]
    fn retry_policy_follows_the_schedule_then_gives_up() {
        let p = RetryPolicy {
            schedule: vec![Duration::from_secs(60), Duration::from_secs(300)],
            max_age: Duration::from_secs(3600),
        };
        let t0 = Utc::now();
        assert_eq!(
            p.next_try(t0, 1, t0),
            Some(t0 + chrono::Duration::seconds(60))
        );
        assert_eq!(
            p.next_try(t0, 2, t0),
            Some(t0 + chrono::Duration::seconds(300))
        );
        assert_eq!(
            p.next_try(t0, 9, t0),
            Some(t0 + chrono::Duration::seconds(300))
        );
        let late = t0 + chrono::Duration::seconds(3500);
        assert_eq!(
            p.next_try(t0, 3, late),
            Some(t0 + chrono::Duration::seconds(3600))
        );
        let expired = t0 + chrono::Duration::seconds(3600);
        assert_eq!(p.next_try(t0, 4, expired), None);
    }

    #[test]
    fn ids_are_safe() {
        assert!(valid_id(&new_id(Utc::now())));
        assert!(!valid_id("../etc/passwd"));
        assert!(!valid_id(""));
    }

    #[test]
    fn concurrent_commits_share_directory_fsyncs() {
        let dir = tempfile::tempdir().unwrap();
        let spool = Spool::open(dir.path()).unwrap();
        let threads: Vec<_> = (0..8)
            .map(|_| {
                let spool = spool.clone();
                std::thread::spawn(move || {
                    for _ in 0..10 {
                        spool.store(b"x", new_entry(&["a@x.test"])).unwrap();
                    }
                })
            })
            .collect();
        for t in threads {
            t.join().unwrap();
        }
        assert_eq!(spool.list().unwrap().len(), 80);
        assert!(spool.dir_fsyncs() >= 1 && spool.dir_fsyncs() <= 80);
    }

    #[test]
    fn claims_are_exclusive_until_dropped() {
        let dir = tempfile::tempdir().unwrap();
        let spool = Spool::open(dir.path()).unwrap();
        let c = spool.claim("a").unwrap();
        assert!(spool.clone().claim("a").is_none());
        assert!(spool.claim("b").is_some());
        drop(c);
        assert!(spool.claim("a").is_some());
    }

    #[test]
    fn daemon_lock_is_exclusive() {
        let dir = tempfile::tempdir().unwrap();
        let spool = Spool::open(dir.path()).unwrap();
        let held = spool.lock_daemon().unwrap();
        assert!(spool.lock_daemon().is_err());
        drop(held);
        assert!(spool.lock_daemon().is_ok());
    }
}
