//! `journal`: the journal from the running daemon (admin listener), else from the state
//! directory.

use crate::cli::{Cli, JournalArgs};
use crate::exit::{self, CliError};
use crate::journal::{Filter, Flow, Outcome, Record, parse_day};

pub fn run(cli: &Cli, args: &JournalArgs) -> Result<u8, CliError> {
    let settings = crate::cmd::load_settings(cli)?;
    let filter = Filter {
        mailbox: args.mailbox.clone(),
        flow: args.flow.as_deref().and_then(Flow::parse),
        outcome: args.outcome.as_deref().and_then(Outcome::parse),
        from: args
            .from
            .as_deref()
            .map(parse_day)
            .transpose()
            .map_err(CliError::usage)?,
        to: args
            .to
            .as_deref()
            .map(parse_day)
            .transpose()
            .map_err(CliError::usage)?,
        limit: args.limit,
    };
    let rows = fetch(&settings, &filter, args.offline)?;
    if args.json {
        println!(
            "{}",
            serde_json::to_string_pretty(&rows).map_err(|e| CliError::tempfail(e.to_string()))?
        );
    } else {
        print!("{}", text(&rows));
    }
    Ok(exit::OK)
}

/// The records: from the daemon when one answers, else from the state directory.
pub fn fetch(
    settings: &crate::config::Settings,
    filter: &Filter,
    offline: bool,
) -> Result<Vec<Record>, CliError> {
    if !offline && let Some(addr) = settings.admin {
        let token = crate::cmd::status::admin_token(settings)?;
        let path = format!("/journal.json?{}", filter.to_query());
        match crate::admin::get_with_token(addr, &path, token.as_ref().map(|t| t.expose())) {
            Ok((200, body)) => {
                return serde_json::from_str(&body).map_err(|e| {
                    CliError::unavailable(format!("unreadable answer from the daemon: {e}"))
                });
            }
            Ok((code, body)) => {
                return Err(CliError::unavailable(format!(
                    "the daemon answered HTTP {code} on /journal.json: {}",
                    body.trim()
                )));
            }
            Err(_) => {} // no daemon: read the file
        }
    }
    if !settings.state_dir.join(crate::journal::FILE).exists() {
        return Ok(Vec::new());
    }
    crate::journal::read_from_state_dir(&settings.state_dir, filter).map_err(|e| {
        let hint = match settings.admin {
            Some(addr) if !offline => format!(
                "a daemon holds the journal but does not answer on http://{addr}/ (still starting?); try again"
            ),
            Some(_) => "a daemon holds the journal: leave out --offline to ask it".to_string(),
            None => "is a daemon running without admin listener? enable [admin] to read the journal while it runs".to_string(),
        };
        CliError::unavailable(format!("{} ({hint})", crate::exit::chain(&e)))
    })
}

/// One line per record.
pub fn text(rows: &[Record]) -> String {
    use std::fmt::Write;
    let mut out = String::new();
    if rows.is_empty() {
        out.push_str("no journal records match\n");
        return out;
    }
    for r in rows {
        let place = match r.flow {
            Flow::Mail => format!("mail  {}", r.mailbox.as_deref().unwrap_or("?")),
            Flow::Relay => "relay".to_string(),
        };
        let who = match r.flow {
            Flow::Mail => r.from.clone().unwrap_or_default(),
            Flow::Relay => format!("to {}", r.recipients.join(", ")),
        };
        let _ = write!(
            out,
            "{:>6}  {}  {:<20} {:<10} {}",
            r.id,
            r.received_at.format("%Y-%m-%d %H:%M:%S"),
            place,
            r.outcome.label(),
            who
        );
        if let (Some(k), Some(id)) = (&r.object_kind, &r.object_id) {
            let _ = write!(out, "  {k} {id}");
            if let Some(l) = &r.link {
                let _ = write!(out, " <{l}>");
            }
        }
        if let Some(reason) = &r.reason {
            let _ = write!(out, "  — {reason}");
        }
        if r.flow == Flow::Relay {
            if let Some(reply) = &r.provider_reply {
                let _ = write!(out, "  [provider: {reply}]");
            }
            let _ = write!(out, "  attempts {}", r.attempts);
        }
        if let Some(t) = r.next_try {
            let _ = write!(out, "  next try {}", t.format("%Y-%m-%d %H:%M:%S"));
        }
        out.push('\n');
    }
    out
}
