//! Retention: the daemon purges personal data once it is older than configured.
//!
//! | data | where | key | default |
//! |---|---|---|---|
//! | journal records | `<state_dir>/journal.redb` | `retention.journal_days` | 90 days |
//! | finished ledger records, thread links | `<state_dir>/ledger.redb` | `retention.ledger_days` | 180 days |
//! | raw copies of failed mail | `<state_dir>/failed/<mailbox>/*.eml` | `retention.failed_mail_days` | 30 days |
//! | delivered relay messages | `<state_dir>/spool/q/` | `retention.delivered_spool_days` | 0 (removed on delivery) |
//!
//! [`purge`] takes the current time as an argument, so tests inject a clock instead of
//! sleeping; [`run`] calls it every `retention.purge_interval_secs` with the real time.

use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

use chrono::{DateTime, Utc};
use tokio_util::sync::CancellationToken;

use crate::config::Settings;
use crate::ingest::ledger::Ledger;
use crate::journal::Journal;

/// What one purge removed.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct Purged {
    pub journal: usize,
    pub ledger: usize,
    pub failed_mail: usize,
    pub delivered_spool: usize,
}

impl Purged {
    pub fn total(&self) -> usize {
        self.journal + self.ledger + self.failed_mail + self.delivered_spool
    }
}

fn cutoff(now: DateTime<Utc>, keep: Duration) -> DateTime<Utc> {
    now - chrono::Duration::from_std(keep).unwrap_or(chrono::Duration::MAX / 2)
}

/// Removes everything older than its retention at `now`. Each store is purged on its own:
/// a failure in one is logged and the others still run.
pub fn purge(
    settings: &Settings,
    ledger: Option<&Ledger>,
    journal: Option<&Journal>,
    now: DateTime<Utc>,
) -> Purged {
    let r = &settings.ops.retention;
    let mut out = Purged::default();
    if let Some(j) = journal {
        match j.purge(cutoff(now, r.journal)) {
            Ok(n) => out.journal = n,
            Err(e) => {
                tracing::warn!(error = %crate::exit::chain(&e), "Retention: cannot purge the journal.")
            }
        }
    }
    if let Some(l) = ledger {
        match l.purge_finished(cutoff(now, r.ledger).timestamp()) {
            Ok(n) => out.ledger = n,
            Err(e) => {
                tracing::warn!(error = %crate::exit::chain(&e), "Retention: cannot purge the ledger.")
            }
        }
    }
    match purge_files(
        &settings.state_dir.join("failed"),
        cutoff(now, r.failed_mail),
    ) {
        Ok(n) => out.failed_mail = n,
        Err(e) => tracing::warn!(error = %e, "Retention: cannot purge raw copies of failed mail."),
    }
    if settings.relay.is_some() || crate::relay::spool_dir(settings).is_dir() {
        match crate::relay::spool::Spool::open_existing(crate::relay::spool_dir(settings)) {
            Ok(spool) => match spool.purge_delivered(cutoff(now, r.delivered_spool)) {
                Ok(n) => out.delivered_spool = n,
                Err(e) => {
                    tracing::warn!(error = %e, "Retention: cannot purge delivered spool entries.")
                }
            },
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => tracing::warn!(error = %e, "Retention: cannot open the spool."),
        }
    }
    out
}

/// Removes the `.eml` files under `dir` (one level of mailbox folders) last modified
/// before `cutoff`.
pub fn purge_files(dir: &Path, cutoff: DateTime<Utc>) -> std::io::Result<usize> {
    let mut removed = 0;
    let top = match std::fs::read_dir(dir) {
        Ok(d) => d,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(0),
        Err(e) => return Err(e),
    };
    for sub in top {
        let sub = sub?;
        if !sub.file_type()?.is_dir() {
            continue;
        }
        for f in std::fs::read_dir(sub.path())? {
            let f = f?;
            let meta = f.metadata()?;
            let is_eml = f.path().extension().is_some_and(|e| e == "eml");
            if !meta.is_file() || !is_eml {
                continue;
            }
            let modified: DateTime<Utc> = meta.modified()?.into();
            if modified < cutoff {
                std::fs::remove_file(f.path())?;
                removed += 1;
            }
        }
    }
    Ok(removed)
}

/// The daemon's purge task: once at start, then every `retention.purge_interval_secs`.
pub async fn run(
    settings: Arc<Settings>,
    ledger: Option<Arc<Ledger>>,
    journal: Option<Arc<Journal>>,
    cancel: CancellationToken,
) {
    loop {
        let (s, l, j) = (settings.clone(), ledger.clone(), journal.clone());
        let purged =
            tokio::task::spawn_blocking(move || purge(&s, l.as_deref(), j.as_deref(), Utc::now()))
                .await
                .unwrap_or_default();
        for (store, n) in [
            ("journal", purged.journal),
            ("ledger", purged.ledger),
            ("failed_mail", purged.failed_mail),
            ("delivered_spool", purged.delivered_spool),
        ] {
            crate::metrics::inc_by(
                "mailgate_retention_purged_total",
                &[("store", store)],
                n as u64,
            );
        }
        if purged.total() > 0 {
            tracing::info!(
                journal = purged.journal,
                ledger = purged.ledger,
                failed_mail = purged.failed_mail,
                delivered_spool = purged.delivered_spool,
                "Retention: purged old records."
            );
        }
        if crate::ingest::source::mailbox::sleep_or_cancel(
            settings.ops.retention.purge_interval,
            &cancel,
        )
        .await
        {
            return;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::journal::Flow;
    use crate::relay::spool::{NewEntry, Spool, Status, Update};

    fn settings(dir: &Path) -> Settings {
        let text = format!(
            "[state]\ndir = \"{}\"\n[retention]\njournal_days = 10\nledger_days = 20\nfailed_mail_days = 5\ndelivered_spool_days = 2\n",
            dir.display()
        );
        crate::config::load_str(&text, Path::new("t.toml"))
            .unwrap()
            .0
    }

    #[test]
    fn each_store_is_purged_after_its_own_retention() {
        let dir = tempfile::tempdir().unwrap();
        let s = settings(dir.path());
        let now = Utc::now();
        let day = chrono::Duration::days(1);

        // Journal: one record last changed 11 days ago, one 9 days ago.
        let j = Journal::open(dir.path(), true).unwrap();
        j.record(Flow::Mail, "old", now - day * 11, |_| {}).unwrap();
        j.record(Flow::Mail, "recent", now - day * 9, |_| {})
            .unwrap();

        // Ledger: a finished record; purged only when "now" is 21 days ahead.
        let l = Ledger::open(dir.path()).unwrap();
        let mut e = crate::ingest::ledger::Entry::new("m", "k", 1, 1, "00");
        e.state = crate::ingest::ledger::State::Done {
            outcome: crate::ingest::ledger::Outcome::Failed,
        };
        l.put(&e).unwrap();

        // Raw copies: one back-dated 6 days, one fresh.
        let failed = dir.path().join("failed/privacy");
        std::fs::create_dir_all(&failed).unwrap();
        let old = failed.join("1-1-aaaa.eml");
        std::fs::write(&old, b"x").unwrap();
        let f = std::fs::File::options().write(true).open(&old).unwrap();
        f.set_modified((now - day * 6).into()).unwrap();
        std::fs::write(failed.join("1-2-bbbb.eml"), b"y").unwrap();

        // Spool: one entry delivered 3 days ago, one pending.
        let spool = Spool::open(dir.path().join("spool")).unwrap();
        let new = |r: &str| NewEntry {
            client: "t".into(),
            mail_from: "a@x.test".into(),
            env_from: "a@x.test".into(),
            message_id: None,
            subject: None,
            recipients: vec![r.into()],
        };
        let delivered = spool.store(b"m", new("b@x.test")).unwrap();
        spool
            .update(&delivered.id, |e| {
                e.recipients[0].status = Status::Delivered {
                    at: now - day * 3,
                    response: "250 ok".into(),
                };
                Update::Write
            })
            .unwrap();
        let pending = spool.store(b"m", new("c@x.test")).unwrap();

        let p = purge(&s, Some(&l), Some(&j), now);
        assert_eq!(
            p,
            Purged {
                journal: 1,
                ledger: 0,
                failed_mail: 1,
                delivered_spool: 1
            }
        );
        assert_eq!(j.len().unwrap(), 1);
        assert!(!old.exists() && failed.join("1-2-bbbb.eml").exists());
        assert!(spool.load(&delivered.id).unwrap().is_none());
        assert!(spool.load(&pending.id).unwrap().is_some(), "pending: kept");
        assert!(l.get("m", "k").unwrap().is_some());

        // The injected clock moves 21 days on: the ledger record and the rest go too.
        let p = purge(&s, Some(&l), Some(&j), now + day * 21);
        assert_eq!(p.ledger, 1);
        assert_eq!(p.journal, 1);
        assert_eq!(p.failed_mail, 1);
        assert!(
            spool.load(&pending.id).unwrap().is_some(),
            "never delivered: kept"
        );
        assert!(j.is_empty().unwrap());
    }
}
