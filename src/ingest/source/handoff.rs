//! The hand-off directory (`<state.dir>/handoff/`): how a second process talks to the one
//! that holds the ledger (the daemon). The ledger and journal are single-writer databases;
//! instead of failing with "locked" (exit 75 — an MTA then defers, and bounces the data
//! subject's mail after five days), pipe mode, `ingest --once` and `mail retry|forget` leave
//! a request here and the holder carries it out.
//!
//! A request is durable before it is announced: its body (`<id>.eml`) and then its
//! description (`<id>.json`) are written to temporary names, fsynced, renamed, and the
//! directory fsynced. The holder answers with `<id>.reply.json` (same care) and removes the
//! request; the sender reads and removes the reply. A request no process answers stays until
//! one does: the daemon scans the directory every second, `ingest --once` and pipe mode at
//! their end.

use std::fs;
use std::io::{self, Write};
use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt};
use std::path::{Path, PathBuf};
use std::time::Duration;

use serde::{Deserialize, Serialize};

/// What is asked.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Request {
    /// A message (the body file) for this mailbox's rules, as pipe mode would handle it.
    Pipe { mailbox: String },
    /// Try this journal record's message again.
    Retry { record: u64 },
    /// Stop counting this journal record's message as needing attention.
    Forget { record: u64 },
    /// Sweep these mailboxes now (all when `None`).
    Sweep { mailbox: Option<String> },
}

/// The holder's answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Reply {
    /// The exit code the asking command should end with.
    pub code: u8,
    pub message: String,
}

#[derive(Debug, Clone)]
pub struct Handoff {
    dir: PathBuf,
}

impl Handoff {
    /// The hand-off directory of a state directory (created 0700).
    pub fn open(state_dir: &Path) -> io::Result<Handoff> {
        let dir = state_dir.join("handoff");
        fs::DirBuilder::new()
            .recursive(true)
            .mode(0o700)
            .create(&dir)?;
        Ok(Handoff { dir })
    }

    /// Leaves a request (and the message it carries); returns its id once it is durable.
    pub fn submit(&self, req: &Request, body: Option<&[u8]>) -> io::Result<String> {
        let id = format!(
            "{}-{}",
            chrono::Utc::now().format("%Y%m%dT%H%M%S%.6f"),
            uuid::Uuid::new_v4().simple()
        );
        if let Some(b) = body {
            self.write_durable(&format!("{id}.eml"), b)?;
        }
        let json = serde_json::to_vec(req).map_err(io::Error::other)?;
        self.write_durable(&format!("{id}.json"), &json)?;
        fsync_dir(&self.dir)?;
        Ok(id)
    }

    /// Requests waiting, oldest first.
    pub fn pending(&self) -> io::Result<Vec<(String, Request)>> {
        let mut out = Vec::new();
        for e in fs::read_dir(&self.dir)? {
            let name = e?.file_name().to_string_lossy().into_owned();
            let Some(id) = name.strip_suffix(".json") else {
                continue;
            };
            if id.ends_with(".reply") || name.starts_with('.') {
                continue;
            }
            match fs::read(self.dir.join(&name))
                .ok()
                .and_then(|b| serde_json::from_slice::<Request>(&b).ok())
            {
                Some(r) => out.push((id.to_string(), r)),
                None => tracing::warn!(file = %name, "Unreadable hand-off request left alone."),
            }
        }
        out.sort_by(|a, b| a.0.cmp(&b.0));
        Ok(out)
    }

    /// The message a request carries.
    pub fn body(&self, id: &str) -> io::Result<Vec<u8>> {
        fs::read(self.dir.join(format!("{id}.eml")))
    }

    /// Answers a request but keeps it (the holder carries it on: a message it retries).
    pub fn answer(&self, id: &str, reply: &Reply) -> io::Result<()> {
        let json = serde_json::to_vec(reply).map_err(io::Error::other)?;
        self.write_durable(&format!("{id}.reply.json"), &json)
    }

    /// Answers a request and removes it.
    pub fn reply(&self, id: &str, reply: &Reply) -> io::Result<()> {
        self.answer(id, reply)?;
        let _ = fs::remove_file(self.dir.join(format!("{id}.json")));
        let _ = fs::remove_file(self.dir.join(format!("{id}.eml")));
        fsync_dir(&self.dir)
    }

    /// Waits up to `timeout` for the answer to `id` (and removes it).
    pub fn wait_reply(&self, id: &str, timeout: Duration) -> Option<Reply> {
        let path = self.dir.join(format!("{id}.reply.json"));
        let deadline = std::time::Instant::now() + timeout;
        loop {
            if let Ok(b) = fs::read(&path)
                && let Ok(r) = serde_json::from_slice::<Reply>(&b)
            {
                let _ = fs::remove_file(&path);
                return Some(r);
            }
            if std::time::Instant::now() >= deadline {
                return None;
            }
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    /// Removes answers nobody collected (the asker gave up waiting) older than a day.
    pub fn purge_replies(&self) {
        let Ok(rd) = fs::read_dir(&self.dir) else {
            return;
        };
        for e in rd.flatten() {
            let old = e
                .metadata()
                .and_then(|m| m.modified())
                .ok()
                .and_then(|t| t.elapsed().ok())
                .is_some_and(|age| age > Duration::from_secs(86_400));
            if old && e.file_name().to_string_lossy().ends_with(".reply.json") {
                let _ = fs::remove_file(e.path());
            }
        }
    }

    fn write_durable(&self, name: &str, bytes: &[u8]) -> io::Result<()> {
        let tmp = self.dir.join(format!(".{name}.tmp"));
        let mut f = fs::OpenOptions::new()
            .create(true)
            .truncate(true)
            .write(true)
            .mode(0o600)
            .open(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
        fs::rename(&tmp, self.dir.join(name))
    }
}

fn fsync_dir(dir: &Path) -> io::Result<()> {
    fs::File::open(dir)?.sync_all()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_request_round_trip() {
        let d = tempfile::tempdir().unwrap();
        let h = Handoff::open(d.path()).unwrap();
        let id = h
            .submit(
                &Request::Pipe {
                    mailbox: "m".into(),
                },
                Some(b"mail"),
            )
            .unwrap();
        let pending = h.pending().unwrap();
        assert_eq!(
            pending,
            vec![(
                id.clone(),
                Request::Pipe {
                    mailbox: "m".into()
                }
            )]
        );
        assert_eq!(h.body(&id).unwrap(), b"mail");
        h.reply(
            &id,
            &Reply {
                code: 0,
                message: "ok".into(),
            },
        )
        .unwrap();
        assert!(h.pending().unwrap().is_empty());
        assert_eq!(
            h.wait_reply(&id, Duration::from_millis(10))
                .unwrap()
                .message,
            "ok"
        );
        assert!(h.wait_reply(&id, Duration::from_millis(10)).is_none());
    }
}
