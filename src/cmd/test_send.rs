//! `test-send --to ADDRESS [--verify-imap MAILBOX]`: one real message through the
//! configured relay transport, all the way through DATA (Exchange refuses a disallowed From
//! only after DATA), with the provider's answer printed in plain words.
//!
//! On Gmail (the `gmail_api` transport, or SMTP with a Google account) it first checks the
//! sender against the account's "Send mail as" addresses and warns: Gmail rewrites an
//! unknown From instead of refusing it, so the send itself would look fine.
//!
//! `--verify-imap MAILBOX` then logs in to that configured `[[mailbox]]`, searches its
//! inbox folder for the message's unique token (`UID SEARCH SUBJECT`) every 2 s, and
//! reports the delay between the provider's acceptance and the arrival.
//!
//! **With a daemon running** on the same spool (it holds `daemon.lock`), the test message
//! is queued in the spool and delivered by the daemon, over its connections: a second
//! sender would compete with the daemon for the provider's connections (Exchange Online
//! allows 3 per mailbox and answers a 4th with `432 4.3.2`). test-send waits for the
//! daemon's outcome and prints it; the test message is removed from the spool afterwards
//! whatever happened (it is never retried).
//!
//! Exit 0 when accepted (and, with `--verify-imap`, arrived), 75 on a temporary failure or
//! when the message did not arrive in time, 69 on a refusal.

use std::sync::Arc;
use std::time::{Duration, Instant};

use crate::cli::{Cli, TestSendArgs};
use crate::config::{ImapAuth, MailboxSettings, Provider, RelaySettings, Settings, TransportKind};
use crate::exit::{self, CliError};
use crate::ingest::source::imap::{self, Credentials};
use crate::oauth::TokenSource;
use crate::relay::delivery::Class;
use crate::relay::spool::{NewEntry, Spool, Status};

/// How long test-send waits for a running daemon to deliver the test message.
const DAEMON_WAIT: Duration = Duration::from_secs(120);

/// Time between two IMAP searches while waiting for the message.
const VERIFY_POLL: Duration = Duration::from_secs(2);

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
    let verify = match &args.verify_imap {
        Some(name) => Some(
            settings
                .mailboxes
                .iter()
                .find(|m| m.name == *name)
                .cloned()
                .ok_or_else(|| {
                    CliError::usage(format!(
                        "--verify-imap {name}: no [[mailbox]] named \"{name}\" in the configuration"
                    ))
                })?,
        ),
        None => None,
    };
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(|e| CliError::new(exit::SOFTWARE, format!("cannot start the runtime: {e}")))?;
    rt.block_on(run_async(&settings, r, args, verify))
}

async fn run_async(
    settings: &Settings,
    r: &RelaySettings,
    args: &TestSendArgs,
    verify: Option<MailboxSettings>,
) -> Result<u8, CliError> {
    let token = uuid::Uuid::new_v4().simple().to_string();
    let raw = test_message(&r.sender, &args.to, &token);
    let rewritten = crate::relay::rewrite::rewrite(&raw, &crate::relay::rewrite_options(r));
    if let Some(spool) = running_daemon(settings) {
        return through_daemon(settings, r, args, verify, spool, rewritten, &token).await;
    }
    let tokens =
        crate::relay::token_source(settings, &crate::oauth::Accounts::for_settings(settings))
            .map_err(CliError::config)?;
    let transport = crate::relay::transport(r, tokens.clone()).map_err(CliError::config)?;
    println!(
        "Sending a test message through {}\n  from {} to {}\n  token {token}",
        transport.describe(),
        r.sender,
        args.to
    );
    if let Some(t) = tokens.as_ref().filter(|_| is_gmail(settings, r)) {
        check_gmail_send_as(r, t.clone()).await;
    }
    let to = vec![args.to.clone()];
    let result = transport.send(&r.sender, &to, &rewritten.bytes).await;
    // The transport's connection pool must be dropped inside the runtime.
    drop(transport);
    let accepted_at = Instant::now();
    match result {
        Ok(d) => {
            println!(
                "OK: the provider accepted the message.\n  It said: {}",
                d.response
            );
            match verify {
                Some(mb) => Ok(verify_arrival(settings, &mb, &token, accepted_at, args).await),
                None => Ok(exit::OK),
            }
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
            if e.class == Class::Temporary {
                println!(
                    "  test-send does not queue or retry its message: run it again later. No dastra-mailgate daemon was running on this spool ({}), so this connection was test-send's own.",
                    crate::relay::spool_dir(settings).display()
                );
            }
            Ok(code)
        }
    }
}

/// The spool, when a daemon holds its `daemon.lock` (it delivers from it).
fn running_daemon(settings: &Settings) -> Option<Spool> {
    let spool = Spool::open_existing(crate::relay::spool_dir(settings)).ok()?;
    let free = spool.lock_daemon().is_ok();
    (!free).then_some(spool)
}

/// Queues the test message for the running daemon and waits for its outcome.
async fn through_daemon(
    settings: &Settings,
    r: &RelaySettings,
    args: &TestSendArgs,
    verify: Option<MailboxSettings>,
    spool: Spool,
    rewritten: crate::relay::rewrite::Rewritten,
    token: &str,
) -> Result<u8, CliError> {
    let dir = spool.root().display().to_string();
    println!(
        "A dastra-mailgate daemon is running on the spool {dir}: the test message goes through it, over its connections to the provider (a second sender would compete with it for the mailbox's connections).\n  from {} to {}\n  token {token}",
        r.sender, args.to
    );
    let io = |e: std::io::Error| CliError::tempfail(format!("spool {dir}: {e}"));
    let new = NewEntry {
        client: "test-send".into(),
        mail_from: r.sender.clone(),
        env_from: r.sender.clone(),
        message_id: Some(rewritten.message_id),
        subject: rewritten.subject,
        recipients: vec![args.to.clone()],
    };
    let s2 = spool.clone();
    let bytes = rewritten.bytes;
    let entry = tokio::task::spawn_blocking(move || {
        let e = s2.store(&bytes, new)?;
        s2.kick()?;
        Ok::<_, std::io::Error>(e)
    })
    .await
    .map_err(|e| CliError::new(exit::SOFTWARE, e.to_string()))?
    .map_err(io)?;
    println!("  queued as {} …", entry.id);
    let started = Instant::now();
    let outcome = loop {
        let current = spool.load(&entry.id).map_err(io)?;
        let status = current
            .as_ref()
            .and_then(|e| e.recipients.first())
            .map(|x| x.status.clone());
        match status {
            // Delivered entries are removed unless retention keeps them.
            None => break Some(Status::Delivered {
                at: chrono::Utc::now(),
                response: "(the daemon delivered it and removed it from the spool; `dastra-mailgate journal` shows the provider's reply)".into(),
            }),
            Some(Status::Queued) => {}
            Some(Status::Deferred { .. }) | Some(Status::Failed { .. }) | Some(Status::Delivered { .. }) => {
                break status;
            }
        }
        if started.elapsed() >= DAEMON_WAIT {
            break None;
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    };
    // The test message is never retried nor kept as a dead letter.
    if outcome.is_some() {
        let _ = spool.remove(&entry.id);
        let _ = spool.kick();
    }
    let accepted_at = Instant::now();
    match outcome {
        Some(Status::Delivered { response, .. }) => {
            println!(
                "OK: the provider accepted the message (delivered by the daemon).\n  It said: {response}"
            );
            match verify {
                Some(mb) => Ok(verify_arrival(settings, &mb, token, accepted_at, args).await),
                None => Ok(exit::OK),
            }
        }
        Some(Status::Failed { reason, .. }) => {
            println!("FAILED: refused (the daemon's delivery attempt).\n  {reason}");
            Ok(exit::UNAVAILABLE)
        }
        Some(Status::Deferred { last_error, .. }) => {
            println!(
                "FAILED: temporary failure (the daemon's delivery attempt; a retry may succeed).\n  {last_error}\n  The test message was removed from the spool: run test-send again later."
            );
            Ok(exit::TEMPFAIL)
        }
        Some(Status::Queued) | None => {
            println!(
                "NOT SENT YET: the daemon has not tried the message within {} s (its pacing limits, or a backlog). It stays queued as {}: see `dastra-mailgate queue show {}`, or `queue delete {}`.",
                DAEMON_WAIT.as_secs(),
                entry.id,
                entry.id,
                entry.id
            );
            Ok(exit::TEMPFAIL)
        }
    }
}

/// The Gmail API, or SMTP with a Google account (or to smtp.gmail.com).
fn is_gmail(settings: &Settings, r: &RelaySettings) -> bool {
    let t = &r.transport;
    match t.kind {
        TransportKind::GmailApi => true,
        TransportKind::Graph => false,
        TransportKind::Smtp => {
            let google_account = t
                .oauth_account
                .as_deref()
                .and_then(|a| settings.oauth_account(a))
                .is_some_and(|a| a.provider == Provider::Google);
            let host = t.host.to_ascii_lowercase();
            google_account || host.ends_with("gmail.com") || host.ends_with("googlemail.com")
        }
    }
}

/// Warns when the sender is not one of the account's verified "Send mail as" addresses.
async fn check_gmail_send_as(r: &RelaySettings, tokens: Arc<dyn TokenSource>) {
    let account = tokens.user().to_string();
    let sender = r.sender.to_ascii_lowercase();
    let ca = r
        .transport
        .ca_file
        .as_ref()
        .and_then(|p| std::fs::read(p).ok());
    match crate::relay::delivery::gmail_api::send_as_addresses(
        tokens,
        r.transport.endpoint.as_deref(),
        ca.as_deref(),
    )
    .await
    {
        Ok(list) if list.contains(&sender) => println!(
            "  Gmail: {} is one of the account's \"Send mail as\" addresses.",
            r.sender
        ),
        Ok(list) => println!(
            "WARNING: {} is not one of the Gmail account's \"Send mail as\" addresses ({}).\n  Gmail does not refuse such mail: it replaces the From address with the account's own ({account}) and keeps the original in X-Google-Original-From.\n  Add and verify the address in Gmail (Settings → Accounts → Send mail as; Workspace: a user alias), or set relay.sender to one of the listed addresses.",
            r.sender,
            list.join(", ")
        ),
        Err(e) => println!(
            "WARNING: could not check the Gmail account's \"Send mail as\" addresses: {e}\n  (Reading them needs a scope such as https://www.googleapis.com/auth/gmail.settings.basic or https://mail.google.com/. Gmail rewrites an unknown From instead of refusing it: check the received message's From.)"
        ),
    }
}

/// Waits for the message in `mb`'s inbox folder; prints the delay. Returns the exit code.
async fn verify_arrival(
    settings: &Settings,
    mb: &MailboxSettings,
    token: &str,
    accepted_at: Instant,
    args: &TestSendArgs,
) -> u8 {
    let timeout = Duration::from_secs(args.verify_timeout_secs);
    let folder = &mb.folders.inbox;
    println!(
        "Waiting up to {} s for the message in mailbox \"{}\" ({folder})…",
        timeout.as_secs(),
        mb.name
    );
    let creds = match credentials(settings, mb) {
        Ok(c) => c,
        Err(e) => {
            println!("FAILED: cannot log in to mailbox \"{}\": {e}", mb.name);
            return exit::TEMPFAIL;
        }
    };
    let mut conn = None;
    let mut last_error = None;
    loop {
        if conn.is_none() {
            match imap::connect(mb, &creds).await {
                Ok(c) => conn = Some(c),
                Err(e) => last_error = Some(e.to_string()),
            }
        }
        if let Some(c) = conn.as_mut() {
            let found = match c.select(folder).await {
                Ok(_) => c.search_subject(token).await,
                Err(e) => Err(e),
            };
            match found {
                Ok(uids) if !uids.is_empty() => {
                    let delay = accepted_at.elapsed();
                    println!(
                        "ARRIVED: the message is in mailbox \"{}\" ({folder}, UID {}) {:.1} s after the provider accepted it.",
                        mb.name,
                        uids[0],
                        delay.as_secs_f64()
                    );
                    if let Some(c) = conn.take() {
                        c.logout().await;
                    }
                    return exit::OK;
                }
                Ok(_) => {}
                Err(e) => {
                    last_error = Some(e.to_string());
                    conn = None;
                }
            }
        }
        if accepted_at.elapsed() >= timeout {
            println!(
                "NOT ARRIVED: no message with the token in mailbox \"{}\" ({folder}) after {} s.{}\n  Look in its spam / junk folder, and at the provider's message trace.",
                mb.name,
                timeout.as_secs(),
                last_error
                    .map(|e| format!(" Last IMAP error: {e}."))
                    .unwrap_or_default()
            );
            if let Some(c) = conn.take() {
                c.logout().await;
            }
            return exit::TEMPFAIL;
        }
        tokio::time::sleep(VERIFY_POLL).await;
    }
}

/// The mailbox's IMAP credentials (its password, or its OAuth account's token manager).
fn credentials(settings: &Settings, mb: &MailboxSettings) -> Result<Credentials, String> {
    match &mb.auth {
        ImapAuth::Password(r) => r
            .resolve()
            .map(Credentials::Password)
            .map_err(|e| e.to_string()),
        ImapAuth::OAuth(account) => {
            let m = crate::oauth::TokenManager::for_account(settings, account)
                .ok_or_else(|| format!("no [[oauth_account]] named \"{account}\""))??;
            Ok(Credentials::OAuth(Arc::new(crate::oauth::ForUser::new(
                m,
                mb.username.clone(),
            ))))
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
