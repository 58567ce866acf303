//! `test-send --to ADDRESS`: one real message through the configured relay transport, all
//! the way through DATA (Exchange refuses a disallowed From only after DATA), with the
//! provider's answer printed in plain words. Exit 0 when accepted, 75 on a temporary
//! failure, 69 on a permanent one.

use crate::cli::{Cli, TestSendArgs};
use crate::exit::{self, CliError};
use crate::relay::delivery::Class;

pub fn run(cli: &Cli, args: &TestSendArgs) -> Result<u8, CliError> {
    let settings = crate::cmd::load_settings(cli)?;
    crate::cmd::init_logging(cli, Some(&settings));
    let r = settings.relay.as_ref().ok_or_else(|| {
        CliError::config("the relay is not enabled: add [relay] with enabled = true")
    })?;
    if !args.to.contains('@') || args.to.contains(['\r', '\n', '<', '>']) {
        return Err(CliError::usage(format!(
            "--to {}: not an email address",
            args.to
        )));
    }
    let tokens = crate::relay::token_source(&settings).map_err(CliError::config)?;
    let transport = crate::relay::transport(r, tokens).map_err(CliError::config)?;
    let token = uuid::Uuid::new_v4().simple().to_string();
    let raw = test_message(&r.sender, &args.to, &token);
    let rewritten = crate::relay::rewrite::rewrite(&raw, &crate::relay::rewrite_options(r));
    println!(
        "Sending a test message through {}\n  from {} to {}\n  token {token}",
        transport.describe(),
        r.sender,
        args.to
    );
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(|e| CliError::new(exit::SOFTWARE, format!("cannot start the runtime: {e}")))?;
    let to = vec![args.to.clone()];
    // The transport's connection pool must be dropped inside the runtime.
    let result = rt.block_on(async move {
        let result = transport.send(&r.sender, &to, &rewritten.bytes).await;
        drop(transport);
        result
    });
    match result {
        Ok(d) => {
            println!(
                "OK: the provider accepted the message.\n  It said: {}",
                d.response
            );
            if args.verify {
                println!(
                    "  (--verify: arrival checks over IMAP are not available in this build yet; search the recipient's mailbox for the token above.)"
                );
            }
            Ok(exit::OK)
        }
        Err(e) => {
            let (what, code) = match e.class {
                Class::Temporary => ("temporary failure (a retry may succeed)", exit::TEMPFAIL),
                Class::Permanent => ("refused", exit::UNAVAILABLE),
            };
            println!("FAILED: {what}.");
            match e.code {
                Some(c) => println!("  The provider said: {c} {}", e.message),
                None => println!("  Error: {}", e.message),
            }
            if let Some(h) = &e.hint {
                println!("  What it means: {h}");
            }
            Ok(code)
        }
    }
}

/// A small plain-text message carrying the unique token in its subject and body.
pub fn test_message(sender: &str, to: &str, token: &str) -> Vec<u8> {
    let domain = sender.rsplit_once('@').map_or("localhost", |(_, d)| d);
    format!(
        "From: {sender}\r\nTo: {to}\r\nSubject: dastra-mailgate test message {token}\r\nDate: {date}\r\nMessage-ID: <test-{token}@{domain}>\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\nThis is a test message from dastra-mailgate's notification relay.\r\n\r\nToken: {token}\r\n\r\nIf you can read this, notifications sent through the relay reach this mailbox.\r\n",
        date = chrono::Utc::now().to_rfc2822(),
    )
    .into_bytes()
}
