//! `mail list|show|retry|forget`: the operator's view of single messages.

use std::sync::Arc;

use crate::cli::{Cli, MailAction, MailArgs};
use crate::exit::{self, CliError};
use crate::ingest::deadline;
use crate::ingest::source::handoff::Request;
use crate::journal::{Filter, Flow, Outcome, Record};

pub fn run(cli: &Cli, args: &MailArgs) -> Result<u8, CliError> {
    let settings = crate::cmd::load_settings(cli)?;
    match &args.action {
        MailAction::List {
            mailbox,
            all,
            limit,
        } => {
            let filter = Filter {
                mailbox: mailbox.clone(),
                flow: Some(Flow::Mail),
                limit: crate::journal::MAX_LIMIT,
                ..Filter::default()
            };
            let rows: Vec<Record> = super::journal::fetch(&settings, &filter, false)?
                .into_iter()
                .filter(|r| {
                    *all || matches!(
                        r.outcome,
                        Outcome::Failed | Outcome::Ignored | Outcome::Retrying
                    )
                })
                .take(*limit)
                .collect();
            if args.json {
                println!("{}", to_json(&rows)?);
            } else {
                print!("{}", list_text(&rows, chrono::Utc::now()));
            }
            Ok(exit::OK)
        }
        MailAction::Show { id } => {
            let filter = Filter {
                limit: crate::journal::MAX_LIMIT,
                ..Filter::default()
            };
            let rows = super::journal::fetch(&settings, &filter, false)?;
            let Some(r) = rows.iter().find(|r| r.id == *id && r.flow == Flow::Mail) else {
                return Err(CliError::new(
                    exit::DATAERR,
                    format!(
                        "no message with record id {id} (see `dastra-mailgate mail list --all`)"
                    ),
                ));
            };
            let ack = r.ack_spool_id.as_deref().and_then(|s| {
                rows.iter()
                    .find(|x| x.flow == Flow::Relay && x.spool_id.as_deref() == Some(s))
            });
            if args.json {
                println!(
                    "{}",
                    to_json(&serde_json::json!({"message": r, "acknowledgement": ack}))?
                );
            } else {
                print!("{}", show_text(r, ack, chrono::Utc::now()));
            }
            Ok(exit::OK)
        }
        MailAction::Retry { id } => act(settings, Request::Retry { record: *id }),
        MailAction::Forget { id } => act(settings, Request::Forget { record: *id }),
    }
}

fn to_json<T: serde::Serialize>(v: &T) -> Result<String, CliError> {
    serde_json::to_string_pretty(v).map_err(|e| CliError::tempfail(e.to_string()))
}

/// Carries the action out here, or hands it to the daemon when it holds the ledger.
fn act(settings: crate::config::Settings, req: Request) -> Result<u8, CliError> {
    let settings = Arc::new(settings);
    let rt = super::ingest::runtime()?;
    let Some(p) = rt.block_on(async { crate::app::pipeline_unless_busy(settings.clone()) })? else {
        return super::ingest::ask_holder(&settings, &req, None, "the request");
    };
    let is_retry = matches!(req, Request::Retry { .. });
    let reply = match req {
        Request::Retry { record } => crate::ingest::control::retry(&p, record),
        Request::Forget { record } => crate::ingest::control::forget(&p, record),
        Request::Pipe { .. } | Request::Sweep { .. } => {
            return Err(CliError::usage("not a message action"));
        }
    };
    drop(p);
    drop(rt);
    if reply.code != exit::OK {
        return Err(CliError::new(reply.code, reply.message));
    }
    eprintln!("{}", reply.message);
    if is_retry {
        eprintln!(
            "no daemon is running: the next `dastra-mailgate run` or `ingest --once` carries it out"
        );
    }
    Ok(exit::OK)
}

fn deadline_line(r: &Record, now: chrono::DateTime<chrono::Utc>) -> Option<String> {
    let kind = r.object_kind.as_deref()?;
    let received = r.received.unwrap_or(r.received_at);
    if r.outcome != Outcome::Created {
        return None;
    }
    deadline::describe(kind, received, now)
}

pub fn list_text(rows: &[Record], now: chrono::DateTime<chrono::Utc>) -> String {
    use std::fmt::Write;
    let mut out = String::new();
    if rows.is_empty() {
        out.push_str("nothing needs attention: no failed, ignored or waiting message\n");
        return out;
    }
    for r in rows {
        let received = r.received.unwrap_or(r.received_at);
        let _ = write!(
            out,
            "{:>6}  {}  {:<12} {:<9} {}",
            r.id,
            received.format("%Y-%m-%d %H:%M"),
            r.mailbox.as_deref().unwrap_or("?"),
            r.outcome.label(),
            r.from.as_deref().unwrap_or("")
        );
        if let (Some(k), Some(id)) = (&r.object_kind, &r.object_id) {
            let _ = write!(out, "  {k} {id}");
        }
        if let Some(reason) = &r.reason {
            let _ = write!(out, "  — {reason}");
        }
        if let Some(t) = r.next_try {
            let _ = write!(out, "  (next try {})", t.format("%Y-%m-%d %H:%M:%S"));
        }
        if let Some(d) = deadline_line(r, now) {
            let _ = write!(out, "  [{d}]");
        }
        out.push('\n');
    }
    out.push_str("\n`dastra-mailgate mail show ID` for a message's history; `mail retry ID` to process it again.\n");
    out
}

pub fn show_text(r: &Record, ack: Option<&Record>, now: chrono::DateTime<chrono::Utc>) -> String {
    use std::fmt::Write;
    let mut out = String::new();
    let received = r.received.unwrap_or(r.received_at);
    let _ = writeln!(out, "record    {}", r.id);
    let _ = writeln!(out, "mailbox   {}", r.mailbox.as_deref().unwrap_or("?"));
    let _ = writeln!(out, "from      {}", r.from.as_deref().unwrap_or(""));
    let _ = writeln!(
        out,
        "received  {}",
        received.format("%Y-%m-%d %H:%M:%S UTC")
    );
    let _ = writeln!(out, "outcome   {}", r.outcome.label());
    if let Some(c) = &r.sender_checks {
        let _ = writeln!(out, "sender    {c}");
    }
    if let (Some(k), Some(id)) = (&r.object_kind, &r.object_id) {
        let _ = write!(out, "object    {k} {id}");
        if let Some(l) = &r.link {
            let _ = write!(out, " <{l}>");
        }
        out.push('\n');
    }
    if let Some(d) = deadline_line(r, now) {
        let _ = writeln!(out, "deadline  {d}");
    }
    if let Some(reason) = &r.reason {
        let _ = writeln!(out, "reason    {reason}");
    }
    if let Some(t) = r.next_try {
        let _ = writeln!(out, "next try  {}", t.format("%Y-%m-%d %H:%M:%S UTC"));
    }
    if let Some(s) = &r.ack_spool_id {
        let state = ack.map_or("not in the journal (yet)".to_string(), |a| {
            let mut t = a.outcome.label().to_string();
            if let Some(p) = &a.provider_reply {
                t.push_str(&format!(" — provider: {p}"));
            }
            t
        });
        let _ = writeln!(out, "acknowledgement  spool id {s}: {state}");
    }
    out.push_str("history\n");
    for e in &r.events {
        let _ = writeln!(out, "  {}  {}", e.at.format("%Y-%m-%d %H:%M:%S"), e.what);
    }
    if let Some(a) = ack {
        let _ = writeln!(
            out,
            "  {}  acknowledgement {}",
            a.updated_at.format("%Y-%m-%d %H:%M:%S"),
            a.outcome.label()
        );
    }
    out
}
