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
    let token = admin_token(&settings)?;
    let (code, body) = crate::admin::get_with_token(addr, "/status", token.as_ref().map(|t| t.expose())).map_err(|e| {
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
        let (waiting, attention) = (
            m["waiting"].as_u64().unwrap_or(0),
            m["needs_attention"].as_u64().unwrap_or(0),
        );
        if waiting + attention > 0 {
            println!(
                "    {waiting} waiting in the inbox, {attention} parked needing attention (see `dastra-mailgate mail list`)"
            );
        }
    }
    if let Some(r) = v["relay"].as_object() {
        let n = |o: &serde_json::Value, k: &str| o[k].as_u64().unwrap_or(0);
        let (spool, del) = (&r["spool"], &r["deliveries"]);
        println!(
            "  relay on {}: {}\n    spool: {} queued, {} deferred, {} partial, {} failed (dead letters){}\n    deliveries since start: {} delivered, {} deferred, {} failed, {} expired",
            r["listen"].as_str().unwrap_or("?"),
            r["transport"].as_str().unwrap_or("?"),
            n(spool, "queued"),
            n(spool, "deferred"),
            n(spool, "partial"),
            n(spool, "failed") + n(spool, "mixed"),
            r["oldest_pending_age_secs"]
                .as_u64()
                .map(|a| format!("; oldest waiting {a} s"))
                .unwrap_or_default(),
            n(del, "delivered"),
            n(del, "deferred"),
            n(del, "failed"),
            n(del, "expired"),
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

/// The resolved `admin.auth_token`, to authenticate to the daemon's admin listener.
pub fn admin_token(
    settings: &crate::config::Settings,
) -> Result<Option<crate::secret::SecretString>, CliError> {
    settings
        .ops
        .admin_auth_token
        .as_ref()
        .map(|r| r.resolve())
        .transpose()
        .map_err(|e| CliError::config(format!("admin.auth_token: {e}")))
}
