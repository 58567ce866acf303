//! `queue list|show|retry|delete|flush [--json]`: the relay spool, read and changed in
//! place (the spool is plain files under a lock, so this works while the daemon runs; the
//! daemon notices changes at once through the spool's kick marker).

use chrono::Utc;

use crate::cli::{Cli, QueueAction, QueueArgs};
use crate::exit::{self, CliError};
use crate::relay::spool::{Entry, Spool, Status, Update};

pub fn run(cli: &Cli, args: &QueueArgs) -> Result<u8, CliError> {
    let settings = crate::cmd::load_settings(cli)?;
    let dir = crate::relay::spool_dir(&settings);
    let spool = match Spool::open_existing(&dir) {
        Ok(s) => Some(s),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
        Err(e) => return Err(CliError::tempfail(format!("spool {}: {e}", dir.display()))),
    };
    let io = |e: std::io::Error| CliError::tempfail(format!("spool {}: {e}", dir.display()));
    let not_found =
        |id: &str| CliError::usage(format!("no message {id} in the spool ({})", dir.display()));
    match &args.action {
        QueueAction::List => {
            let entries = match &spool {
                Some(s) => s.list().map_err(io)?,
                None => Vec::new(),
            };
            if args.json {
                println!(
                    "{}",
                    serde_json::to_string_pretty(&entries).unwrap_or_default()
                );
            } else {
                print_list(&entries);
            }
            Ok(exit::OK)
        }
        QueueAction::Show { id } => {
            let spool = spool.ok_or_else(|| not_found(id))?;
            let entry = spool.load(id).map_err(io)?.ok_or_else(|| not_found(id))?;
            let headers = spool
                .message(id)
                .map(|m| header_block(&m))
                .unwrap_or_else(|e| format!("(message file unreadable: {e})"));
            if args.json {
                let mut v = serde_json::to_value(&entry).unwrap_or_default();
                v["headers"] = serde_json::Value::String(headers);
                println!("{}", serde_json::to_string_pretty(&v).unwrap_or_default());
            } else {
                print_entry(&entry);
                println!("\nHeaders as they will be sent:\n{headers}");
            }
            Ok(exit::OK)
        }
        QueueAction::Retry { id } => {
            let spool = spool.ok_or_else(|| not_found(id))?;
            let e = spool
                .update(id, |e| requeue(e, true))
                .map_err(io)?
                .ok_or_else(|| not_found(id))?;
            spool.kick().map_err(io)?;
            report(args.json, "retry", &[e.id]);
            Ok(exit::OK)
        }
        QueueAction::Delete { id } => {
            let spool = spool.ok_or_else(|| not_found(id))?;
            if !spool.remove(id).map_err(io)? {
                return Err(not_found(id));
            }
            spool.kick().map_err(io)?;
            report(args.json, "deleted", std::slice::from_ref(id));
            Ok(exit::OK)
        }
        QueueAction::Flush => {
            let mut ids = Vec::new();
            if let Some(spool) = &spool {
                for e in spool.list().map_err(io)? {
                    let deferred = e
                        .recipients
                        .iter()
                        .any(|r| matches!(r.status, Status::Deferred { .. }));
                    if deferred
                        && spool
                            .update(&e.id, |e| requeue(e, false))
                            .map_err(io)?
                            .is_some()
                    {
                        ids.push(e.id);
                    }
                }
                spool.kick().map_err(io)?;
            }
            report(args.json, "flush", &ids);
            Ok(exit::OK)
        }
    }
}

/// Deferred recipients (and failed ones too when `failed`) become queued: due now.
fn requeue(e: &mut Entry, failed: bool) -> Update {
    let mut changed = false;
    for r in &mut e.recipients {
        let again = match r.status {
            Status::Deferred { .. } => true,
            Status::Failed { .. } => failed,
            _ => false,
        };
        if again {
            r.status = Status::Queued;
            changed = true;
        }
    }
    if changed { Update::Write } else { Update::Keep }
}

fn report(json: bool, action: &str, ids: &[String]) {
    if json {
        println!("{}", serde_json::json!({ "action": action, "ids": ids }));
    } else if ids.is_empty() {
        println!("Nothing to {action}.");
    } else {
        for id in ids {
            println!(
                "{id}: {}",
                if action == "deleted" {
                    "deleted"
                } else {
                    "queued for delivery now"
                }
            );
        }
    }
}

fn age(e: &Entry) -> String {
    let secs = (Utc::now() - e.created_at).num_seconds().max(0);
    match secs {
        s if s < 120 => format!("{s}s"),
        s if s < 7200 => format!("{}m", s / 60),
        s if s < 172_800 => format!("{}h", s / 3600),
        s => format!("{}d", s / 86_400),
    }
}

fn print_list(entries: &[Entry]) {
    if entries.is_empty() {
        println!("The relay queue is empty.");
        return;
    }
    println!(
        "{:<32} {:<9} {:>5}  {:<30} RECIPIENTS",
        "ID", "STATE", "AGE", "FROM"
    );
    let mut counts = std::collections::BTreeMap::<&str, usize>::new();
    for e in entries {
        *counts.entry(e.state_label()).or_default() += 1;
        let rcpts: Vec<&str> = e.recipients.iter().map(|r| r.address.as_str()).collect();
        println!(
            "{:<32} {:<9} {:>5}  {:<30} {}",
            e.id,
            e.state_label(),
            age(e),
            e.mail_from,
            rcpts.join(", ")
        );
        if let Some(err) = e.last_error() {
            println!("{:<32} └ {}", "", err);
        }
    }
    let summary: Vec<String> = counts.iter().map(|(k, v)| format!("{v} {k}")).collect();
    println!("{} message(s): {}", entries.len(), summary.join(", "));
}

fn print_entry(e: &Entry) {
    println!("Message {}", e.id);
    println!(
        "  accepted:    {} ({} ago) from {}",
        e.created_at.to_rfc3339(),
        age(e),
        e.client
    );
    println!(
        "  MAIL FROM:   {} (delivered as {})",
        e.mail_from, e.env_from
    );
    if let Some(m) = &e.message_id {
        println!("  Message-ID:  <{m}>");
    }
    if let Some(s) = &e.subject {
        println!("  Subject:     {s}");
    }
    println!("  size:        {} bytes, {} attempt(s)", e.size, e.attempts);
    if let Some(l) = &e.lease {
        println!("  lease:       {} until {}", l.owner, l.until.to_rfc3339());
    }
    let count = |label: &str| {
        e.recipients
            .iter()
            .filter(|r| r.status.label() == label)
            .count()
    };
    println!(
        "  recipients:  {} — {} delivered, {} queued, {} deferred, {} failed",
        e.state_label(),
        count("delivered"),
        count("queued"),
        count("deferred"),
        count("failed")
    );
    for r in &e.recipients {
        match &r.status {
            Status::Queued => println!("    {}: queued", r.address),
            Status::Delivered { at, response } => {
                println!(
                    "    {}: delivered at {} ({response})",
                    r.address,
                    at.to_rfc3339()
                )
            }
            Status::Deferred {
                attempts,
                next_try,
                last_error,
            } => println!(
                "    {}: deferred after {attempts} attempt(s), next try {}\n      last error: {last_error}",
                r.address,
                next_try.to_rfc3339()
            ),
            Status::Failed { at, reason } => {
                println!(
                    "    {}: FAILED at {}\n      {reason}",
                    r.address,
                    at.to_rfc3339()
                )
            }
        }
    }
}

/// The header block of a message, as text.
fn header_block(m: &[u8]) -> String {
    let end = m
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .or_else(|| m.windows(2).position(|w| w == b"\n\n"))
        .unwrap_or(m.len());
    String::from_utf8_lossy(&m[..end]).replace("\r\n", "\n")
}
