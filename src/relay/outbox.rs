//! The relay's side of ingestion's acknowledgement [`Outbox`]: acknowledgements go into the
//! relay's durable spool, not through its SMTP listener.
//!
//! The spool is local and always writable: nothing is lost when the relay is stopped,
//! restarting, or when `ingest --once` runs from cron without it; the relay's own retries,
//! pacing and dead letters then apply. Submitting to the listener would add a hop that can
//! refuse (relay down, auth, loopback policy) and would need a second retry queue.

use std::path::PathBuf;

use crate::ingest::acknowledge::{Outbox, OutgoingAck};
use crate::relay::spool::{NewEntry, Spool};

/// Queues acknowledgements in the spool under `dir` and kicks a running relay.
pub struct SpoolOutbox {
    dir: PathBuf,
}

impl SpoolOutbox {
    pub fn new(dir: PathBuf) -> Self {
        Self { dir }
    }

    fn spool(&self) -> std::io::Result<Spool> {
        Spool::open(self.dir.clone())
    }
}

impl Outbox for SpoolOutbox {
    fn contains(&self, message_id: &str) -> std::io::Result<bool> {
        let wanted = message_id.trim_matches(['<', '>']);
        Ok(self
            .spool()?
            .list()?
            .iter()
            .any(|e| e.message_id.as_deref().map(|m| m.trim_matches(['<', '>'])) == Some(wanted)))
    }

    fn submit(&self, ack: OutgoingAck) -> std::io::Result<String> {
        let spool = self.spool()?;
        let entry = spool.store(
            &ack.raw,
            NewEntry {
                client: "mailgate-ack".into(),
                mail_from: ack.from.clone(),
                env_from: ack.from,
                message_id: Some(ack.message_id),
                subject: Some(ack.subject),
                recipients: vec![ack.to],
            },
        )?;
        spool.kick()?;
        Ok(entry.id)
    }
}
