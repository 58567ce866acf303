//! The notification relay: local SMTP listener → durable spool → delivery through the
//! organisation's own provider account.
//!
//! * [`listener`] + `session`: the SMTP submission server (smtp-proto + our own tokio loop);
//! * [`rewrite`]: From / Reply-To / Message-ID / marker headers;
//! * [`spool`]: one message file + one metadata file per message, per-recipient status,
//!   leases, recovery;
//! * [`delivery`]: the transports (SMTP with XOAUTH2 through lettre), reply classification,
//!   pacing and the scheduler.

pub mod delivery;
pub mod listener;
pub mod rewrite;
mod session;
pub mod spool;

use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;

use tokio_util::sync::CancellationToken;
use tokio_util::task::TaskTracker;

use crate::config::{RelaySettings, Settings, TransportKind};
use crate::oauth::TokenSource;
use delivery::Transport;
use delivery::pacing::Pacer;
use delivery::scheduler::Scheduler;
use delivery::smtp::{SMTP_TIMEOUT, SmtpParams, SmtpTransport};
use listener::{ListenerConfig, Submitter};
use rewrite::RewriteOptions;
use spool::{RetryPolicy, Spool};

/// The spool directory under the state directory.
pub fn spool_dir(settings: &Settings) -> PathBuf {
    settings.state_dir.join("spool")
}

pub fn rewrite_options(r: &RelaySettings) -> RewriteOptions {
    RewriteOptions {
        sender: r.sender.clone(),
        alias: r.alias.clone(),
        reply_to_original: r.reply_to_original,
    }
}

pub fn retry_policy(r: &RelaySettings) -> RetryPolicy {
    RetryPolicy {
        schedule: r.retry_schedule.clone(),
        max_age: r.max_age,
    }
}

/// The configured delivery transport. `tokens` is the relay's OAuth account (needed for
/// XOAUTH2, Graph and the Gmail API).
pub fn transport(
    r: &RelaySettings,
    tokens: Option<Arc<dyn TokenSource>>,
) -> Result<Arc<dyn Transport>, String> {
    let t = &r.transport;
    match t.kind {
        TransportKind::Smtp => {
            let ca_pem = match &t.ca_file {
                Some(p) => Some(
                    std::fs::read(p)
                        .map_err(|e| format!("relay.transport.ca_file {}: {e}", p.display()))?,
                ),
                None => None,
            };
            let password = match &t.password {
                Some(p) => Some(
                    p.resolve()
                        .map_err(|e| format!("relay.transport.password: {e}"))?,
                ),
                None => None,
            };
            let params = SmtpParams {
                host: t.host.clone(),
                port: t.port,
                tls: t.tls,
                auth: t.auth,
                username: t.username.clone(),
                password,
                ca_pem,
                max_connections: t.max_connections,
                hello_name: r.hostname.clone().unwrap_or_else(listener::local_hostname),
                timeout: SMTP_TIMEOUT,
            };
            Ok(Arc::new(SmtpTransport::new(params, tokens)?))
        }
        TransportKind::Graph | TransportKind::GmailApi => Err(
            "relay.transport type = \"graph\" / \"gmail_api\" is not available in this build yet; use type = \"smtp\""
                .into(),
        ),
    }
}

/// Starts the relay on `tracker`: recovers the spool, binds the listener, starts the
/// delivery scheduler. Returns the listening address.
pub async fn start(
    settings: &Settings,
    tokens: Option<Arc<dyn TokenSource>>,
    cancel: CancellationToken,
    tracker: &TaskTracker,
) -> Result<SocketAddr, String> {
    let r = settings
        .relay
        .as_ref()
        .ok_or("the relay is not enabled ([relay] enabled = true)")?;
    let dir = spool_dir(settings);
    let spool = Spool::open(&dir).map_err(|e| format!("spool {}: {e}", dir.display()))?;
    let daemon_lock = spool.lock_daemon().map_err(|e| {
        format!(
            "spool {}: another dastra-mailgate daemon is delivering from it ({e})",
            dir.display()
        )
    })?;
    let s2 = spool.clone();
    let recovery = tokio::task::spawn_blocking(move || s2.recover())
        .await
        .map_err(|e| e.to_string())?
        .map_err(|e| format!("spool recovery in {}: {e}", dir.display()))?;
    tracing::info!(
        entries = recovery.entries,
        leases_released = recovery.leases_released,
        orphans_removed = recovery.orphans_removed,
        "Relay spool recovered."
    );
    let transport = transport(r, tokens)?;
    let config = Arc::new(ListenerConfig::from_settings(r)?);
    let listener = listener::bind(r.listen)
        .await
        .map_err(|e| format!("relay.listen {}: cannot listen: {e}", r.listen))?;
    let addr = listener.local_addr().map_err(|e| e.to_string())?;
    if !addr.ip().is_loopback() && config.tls.is_none() {
        tracing::warn!(%addr, "The relay listens off loopback without TLS: clients cannot authenticate (AUTH needs STARTTLS there). Set relay.tls_cert_file and tls_key_file.");
    }
    let (tx, rx) = tokio::sync::mpsc::unbounded_channel();
    let submitter = Arc::new(Submitter {
        spool: spool.clone(),
        rewrite: rewrite_options(r),
        notify: Some(tx),
        journal: crate::journal::for_settings(settings),
    });
    let scheduler = Scheduler::new(
        spool,
        transport,
        retry_policy(r),
        Pacer::new(r.limits.messages_per_minute, r.limits.recipients_per_day),
    );
    let mut scheduler = scheduler;
    scheduler.record = delivery::scheduler::Recording {
        journal: crate::journal::for_settings(settings),
        keep_delivered: !settings.ops.retention.delivered_spool.is_zero(),
    };
    let c = cancel.clone();
    tracker.spawn(async move {
        scheduler.run(rx, c).await;
        drop(daemon_lock);
    });
    tracker.spawn(listener::serve(
        listener,
        config,
        submitter,
        cancel,
        tracker.clone(),
    ));
    tracing::info!(%addr, "Relay listening for SMTP submissions on {addr}.");
    Ok(addr)
}

/// The relay's OAuth token source, when its transport needs one.
///
/// The token manager (`crate::oauth`) is wired in here; until it is part of the build, a
/// transport that needs an OAuth account is refused with a clear message, and PLAIN / no
/// auth transports work.
pub fn token_source(settings: &Settings) -> Result<Option<Arc<dyn TokenSource>>, String> {
    let Some(r) = &settings.relay else {
        return Ok(None);
    };
    let needs = r.transport.kind != TransportKind::Smtp
        || r.transport.auth == crate::config::SmtpAuth::XOAuth2;
    if !needs {
        return Ok(None);
    }
    Err(format!(
        "relay.transport: OAuth account \"{}\" cannot be used yet: the OAuth token manager is not in this build (auth = \"plain\" or \"none\" work)",
        r.transport.oauth_account.as_deref().unwrap_or("?")
    ))
}
