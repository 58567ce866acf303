//! `status`: asks the running daemon (its admin listener) how it is doing.

use crate::cli::{Cli, StatusArgs};
use crate::exit::{self, CliError};

pub fn run(cli: &Cli, args: &StatusArgs) -> Result<u8, CliError> {
    let settings = crate::cmd::load_settings(cli)?;
    let Some(addr) = settings.admin else {
        return Err(CliError::config(
            "the admin listener is disabled ([admin] enabled = false): `status` has nobody to ask",
        ));
    };
    let (code, body) = crate::admin::get(addr, "/status").map_err(|e| {
        CliError::unavailable(format!("the daemon does not answer on http://{addr}/status ({e}); is `dastra-mailgate run` running?"))
    })?;
    if code != 200 {
        return Err(CliError::unavailable(format!(
            "the daemon answered HTTP {code} on /status"
        )));
    }
    let v: serde_json::Value = serde_json::from_str(&body)
        .map_err(|e| CliError::unavailable(format!("unreadable /status answer: {e}")))?;
    if args.json {
        println!("{v}");
        return Ok(exit::OK);
    }
    println!("dastra-mailgate {}", v["version"].as_str().unwrap_or("?"));
    let now = chrono::Utc::now().timestamp();
    for m in v["mailboxes"].as_array().into_iter().flatten() {
        let last = m["last_success_unix"]
            .as_i64()
            .map(|t| format!("{} s ago", now - t))
            .unwrap_or_else(|| "never".into());
        println!(
            "  mailbox {}: {} — last success {last}; {} processed, {} ignored, {} failed",
            m["name"].as_str().unwrap_or("?"),
            m["state"].as_str().unwrap_or("?"),
            m["processed"],
            m["ignored"],
            m["failed"]
        );
        if let Some(e) = m["last_error"].as_str() {
            println!("    last error: {e}");
        }
    }
    if v["spool"].is_object() {
        let s = &v["spool"];
        let oldest = s["oldest_queued_secs"]
            .as_u64()
            .map(|a| format!(", oldest {a} s"))
            .unwrap_or_default();
        println!(
            "  relay spool: {} queued, {} failed{oldest}",
            s["queued"], s["failed"]
        );
    }
    let problems: Vec<&str> = v["problems"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|p| p.as_str())
        .collect();
    if problems.is_empty() {
        println!("  no problems");
        Ok(exit::OK)
    } else {
        for p in &problems {
            println!("  PROBLEM: {p}");
        }
        Ok(exit::UNAVAILABLE)
    }
}
