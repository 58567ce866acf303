//! The notification relay: local SMTP listener → durable spool → delivery through the
//! organisation's own provider account.
//!
//! * [`listener`] + `session`: the SMTP submission server (smtp-proto + our own tokio loop);
//! * [`rewrite`]: From / Reply-To / Message-ID / marker headers;
//! * [`spool`]: one message file + one metadata file per message, per-recipient status,
//!   leases, recovery;
//! * [`delivery`]: the transports (SMTP with XOAUTH2 through lettre, Microsoft Graph
//!   `sendMail`, the Gmail API), reply classification,
//!   pacing and the scheduler.

pub mod delivery;
pub mod listener;
pub mod outbox;
pub mod password;
pub mod rewrite;
pub mod session;
pub mod spool;
pub mod throttle;

use std::collections::BTreeMap;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use tokio_util::sync::CancellationToken;
use tokio_util::task::TaskTracker;

use crate::config::{RelaySettings, Settings, TransportKind};
use crate::oauth::TokenSource;
use delivery::Transport;
use delivery::gmail_api::GmailApiTransport;
use delivery::graph::GraphTransport;
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
    let ca_pem = match &t.ca_file {
        Some(p) => Some(
            std::fs::read(p)
                .map_err(|e| format!("relay.transport.ca_file {}: {e}", p.display()))?,
        ),
        None => None,
    };
    let api_tokens = || {
        tokens.clone().ok_or_else(|| {
            "relay.transport.oauth_account: Graph and the Gmail API need an OAuth account"
                .to_string()
        })
    };
    match t.kind {
        TransportKind::Smtp => {
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
                idle_timeout: t.idle_timeout,
            };
            Ok(Arc::new(SmtpTransport::new(params, tokens)?))
        }
        TransportKind::Graph => Ok(Arc::new(
            GraphTransport::new(api_tokens()?, t.endpoint.as_deref(), ca_pem.as_deref())?
                .with_max_connections(t.max_connections),
        )),
        TransportKind::GmailApi => Ok(Arc::new(
            GmailApiTransport::new(api_tokens()?, t.endpoint.as_deref(), ca_pem.as_deref())?
                .with_max_connections(t.max_connections),
        )),
    }
}

/// What [`start`] checks of the relay's configuration, without opening the spool or
/// binding: the transport (CA file, password) and the listener (TLS files, clients). A
/// reload checks the new relay with it before it stops the running one.
pub fn validate(settings: &Settings, tokens: Option<Arc<dyn TokenSource>>) -> Result<(), String> {
    let r = settings
        .relay
        .as_ref()
        .ok_or("the relay is not enabled ([relay] enabled = true)")?;
    transport(r, tokens)?;
    ListenerConfig::from_settings(r)?;
    Ok(())
}

/// Starts the relay on `tracker`: recovers the spool, binds the listener, starts the
/// delivery scheduler. Returns the listening address.
pub async fn start(
    settings: &Settings,
    tokens: Option<Arc<dyn TokenSource>>,
    cancel: CancellationToken,
    tracker: &TaskTracker,
    board: &StatusBoard,
    journal: Option<Arc<crate::journal::Journal>>,
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
        journal: journal.clone(),
    });
    let transport_description = transport.describe();
    let scheduler = Scheduler::new(
        spool,
        transport,
        retry_policy(r),
        Pacer::with_daily_messages(
            r.limits.messages_per_minute.unwrap_or(0),
            r.limits.recipients_per_day.unwrap_or(0),
            r.limits.messages_per_day.unwrap_or(0),
        ),
    );
    let mut scheduler = scheduler;
    scheduler.recipients_per_message = r.limits.recipients_per_message.unwrap_or(0) as usize;
    scheduler.record = delivery::scheduler::Recording {
        journal,
        keep_delivered: !settings.ops.retention.delivered_spool.is_zero(),
    };
    let c = cancel.clone();
    tracker.spawn(async move {
        scheduler.run(rx, c).await;
        drop(daemon_lock);
    });
    board.set(RelayStatus {
        listen: addr.to_string(),
        transport: transport_description,
        ..RelayStatus::default()
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

/// The relay's OAuth token source, when its transport needs one: the token manager of
/// `relay.transport.oauth_account` in `accounts` (the daemon's, shared with mailboxes using
/// the same account). Microsoft: the SASL `user=` and the Graph user is `relay.sender` (for app-only
/// tokens it names the mailbox, for a delegate's token a shared mailbox it may send from).
/// Google: the account's `user` (Gmail sends as the signed-in account; the sender may be
/// one of its "Send mail as" aliases).
///
/// Transports call [`TokenSource::invalidate`] when the provider refuses a token (535,
/// Gmail's 334 challenge, HTTP 401) and retry once with a fresh one.
pub fn token_source(
    settings: &Settings,
    accounts: &crate::oauth::Accounts,
) -> Result<Option<Arc<dyn TokenSource>>, String> {
    let Some(r) = &settings.relay else {
        return Ok(None);
    };
    let needs = r.transport.kind != TransportKind::Smtp
        || r.transport.auth == crate::config::SmtpAuth::XOAuth2;
    if !needs {
        return Ok(None);
    }
    let account = r
        .transport
        .oauth_account
        .as_deref()
        .ok_or("relay.transport.oauth_account: missing (XOAUTH2, Graph and the Gmail API need an OAuth account)")?;
    let manager = accounts
        .get(account)
        .ok_or_else(|| {
            format!("relay.transport.oauth_account: no [[oauth_account]] named \"{account}\"")
        })?
        .map_err(|e| format!("relay.transport.oauth_account \"{account}\": {e}"))?;
    // Delegated grants are kept alive while the relay holds the manager.
    manager.spawn_keepalive();
    // Google sends as the signed-in account (a sender alias is not a login), so the
    // account's own user; Microsoft names the mailbox to send from (shared mailboxes,
    // app-only access), which is the sender.
    let user = match manager.account().provider {
        crate::config::Provider::Google => manager
            .account()
            .user
            .clone()
            .unwrap_or_else(|| r.sender.clone()),
        crate::config::Provider::Microsoft => r.sender.clone(),
    };
    Ok(Some(Arc::new(crate::oauth::ForUser::new(manager, user))))
}

/// What `/status` shows about the relay.
#[derive(Debug, Clone, Default, serde::Serialize)]
pub struct RelayStatus {
    /// The listener's address.
    pub listen: String,
    /// The delivery transport, e.g. `SMTP smtp.office365.com:587 (STARTTLS, XOAUTH2 as …)`.
    pub transport: String,
    /// Spool entries by state (`queued`, `deferred`, `partial`, `failed`, `mixed`).
    pub spool: BTreeMap<String, u64>,
    /// Age of the oldest entry still waiting for delivery.
    pub oldest_pending_age_secs: Option<u64>,
    /// Delivery attempts since start, by result.
    pub deliveries: BTreeMap<String, u64>,
}

/// The relay part of `/status`, shared by the relay (its listener and transport, set at
/// start) and the daemon's health scan (the spool figures). The daemon (`app.rs`) owns one
/// and hands it to both; a relay stopped by a reload clears it, a restarted one replaces it.
#[derive(Clone, Default)]
pub struct StatusBoard(Arc<Mutex<Option<RelayStatus>>>);

impl StatusBoard {
    fn set(&self, s: RelayStatus) {
        if let Ok(mut c) = self.0.lock() {
            *c = Some(s);
        }
    }

    /// No relay runs (any more).
    pub fn clear(&self) {
        if let Ok(mut c) = self.0.lock() {
            *c = None;
        }
    }

    /// The relay part of `/status`, when a relay runs.
    pub fn json(&self) -> Option<serde_json::Value> {
        let mut s = self.0.lock().ok()?.clone()?;
        for result in ["delivered", "deferred", "failed", "expired"] {
            s.deliveries.insert(
                result.into(),
                crate::metrics::counter("mailgate_deliveries_total", &[("result", result)]),
            );
        }
        serde_json::to_value(s).ok()
    }

    /// Publishes a listing of the spool (taken by the daemon's health scan, the one place that
    /// reads the spool periodically): the `mailgate_spool_messages{state}` and
    /// `mailgate_spool_oldest_age_seconds` gauges and the `/status` figures.
    pub fn publish_spool(&self, entries: &[spool::Entry], now: chrono::DateTime<chrono::Utc>) {
        let mut by_state: BTreeMap<String, u64> =
            ["queued", "deferred", "partial", "failed", "mixed"]
                .iter()
                .map(|l| (l.to_string(), 0))
                .collect();
        let mut oldest: Option<chrono::DateTime<chrono::Utc>> = None;
        for e in entries {
            *by_state.entry(e.state_label().to_string()).or_default() += 1;
            if e.is_pending() {
                oldest = Some(oldest.map_or(e.created_at, |o| o.min(e.created_at)));
            }
        }
        for (state, n) in &by_state {
            crate::metrics::set("mailgate_spool_messages", &[("state", state)], *n as f64);
        }
        let age = oldest.map(|t| (now - t).num_seconds().max(0) as u64);
        crate::metrics::set(
            "mailgate_spool_oldest_age_seconds",
            &[],
            age.unwrap_or(0) as f64,
        );
        if let Ok(mut c) = self.0.lock()
            && let Some(st) = c.as_mut()
        {
            st.spool = by_state;
            st.oldest_pending_age_secs = age;
        }
    }
}
