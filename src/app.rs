//! The daemon: builds the components from validated settings, runs one task per mailbox,
//! and handles signals.
//!
//! SIGTERM/SIGINT: stop taking new work (IDLE ends, no new message is started), let the
//! message in hand finish, flush, exit within `SHUTDOWN_GRACE`; a second signal exits at once.
//! Nothing is lost either way: an interrupted message is still in the inbox and its ledger
//! record says how far it got.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio_util::sync::CancellationToken;
use tokio_util::task::TaskTracker;

use crate::config::{DastraAuthSettings, Settings};
use crate::dastra::{DastraAuth, DastraClient, DastraClientOptions};
use crate::exit::{self, CliError};
use crate::ingest::ledger::Ledger;
use crate::ingest::plan::PlanContext;
use crate::ingest::process::Pipeline;
use crate::ingest::worker::{MailboxStatus, MailboxWorker};

/// How long a drain may take before we exit anyway.
pub const SHUTDOWN_GRACE: Duration = Duration::from_secs(30);

/// Creates the state directory (0700) and opens the ledger.
pub fn open_ledger(settings: &Settings) -> Result<Arc<Ledger>, CliError> {
    use std::os::unix::fs::DirBuilderExt;
    let dir = &settings.state_dir;
    std::fs::DirBuilder::new()
        .recursive(true)
        .mode(0o700)
        .create(dir)
        .map_err(|e| {
            CliError::new(
                exit::CONFIG,
                format!("cannot create the state directory {}: {e}", dir.display()),
            )
        })?;
    Ledger::open(dir)
        .map(Arc::new)
        .map_err(|e| CliError::tempfail(crate::exit::chain(&e)))
}

/// The Dastra client from the settings (resolves the secret now).
pub fn dastra_client(settings: &Settings) -> Result<DastraClient, CliError> {
    let d = settings
        .dastra
        .as_ref()
        .ok_or_else(|| CliError::config("the configuration has no [dastra] section"))?;
    let auth = match &d.auth {
        DastraAuthSettings::ApiKey(r) => DastraAuth::ApiKey(
            r.resolve()
                .map_err(|e| CliError::config(format!("dastra.api_key: {e}")))?,
        ),
        DastraAuthSettings::ClientCredentials {
            public_key,
            private_key,
        } => DastraAuth::ClientCredentials {
            public_key: public_key.clone(),
            private_key: private_key
                .resolve()
                .map_err(|e| CliError::config(format!("dastra.private_key: {e}")))?,
        },
    };
    let extra_root_ca_pem = match &d.ca_file {
        Some(p) => Some(
            std::fs::read(p)
                .map_err(|e| CliError::config(format!("dastra.ca_file {}: {e}", p.display())))?,
        ),
        None => None,
    };
    let mut options = DastraClientOptions::new(d.base_url.clone(), auth);
    options.token_url = d.token_url.clone();
    options.request_timeout = d.request_timeout;
    options.connect_timeout = d.connect_timeout;
    options.max_requests_per_min = d.max_requests_per_min;
    options.extra_root_ca_pem = extra_root_ca_pem;
    DastraClient::new(options)
        .map_err(|e| CliError::config(format!("dastra: {}", crate::exit::chain(&e))))
}

/// Everything ingestion needs, shared by `run`, `ingest --once` and pipe mode.
pub fn pipeline(settings: Arc<Settings>) -> Result<Arc<Pipeline>, CliError> {
    let ledger = open_ledger(&settings)?;
    let client = dastra_client(&settings)?;
    let plan = PlanContext::from_settings(&settings).map_err(CliError::config)?;
    let journal = crate::journal::for_settings(&settings);
    Ok(Arc::new(
        Pipeline::new(settings, ledger, client, plan).with_journal(journal),
    ))
}

/// Workers for the configured mailboxes (optionally only one).
pub fn workers(
    settings: &Settings,
    pipeline: &Arc<Pipeline>,
    only: Option<&str>,
) -> Result<Vec<Arc<MailboxWorker>>, CliError> {
    use crate::config::ImapAuth;
    use crate::oauth::{ForUser, TokenError, TokenSource, manager::Unavailable};
    // One token manager per OAuth account, shared by every mailbox using it; the SASL user
    // is each mailbox's own username (shared mailboxes, app-only access to a mailbox).
    let managers = crate::oauth::TokenManager::for_settings(settings);
    let mut out = Vec::new();
    for mb in &settings.mailboxes {
        if only.is_some_and(|o| o != mb.name) {
            continue;
        }
        let token_source: Option<Arc<dyn TokenSource>> = match &mb.auth {
            ImapAuth::OAuth(account) => Some(match managers.get(account) {
                Some(Ok(m)) => {
                    m.spawn_keepalive(); // once per account, however many mailboxes share it
                    Arc::new(ForUser::new(m.clone(), mb.username.clone()))
                }
                Some(Err(reason)) => {
                    tracing::error!(mailbox = %mb.name, account = %account, "OAuth account unusable: {reason}");
                    Arc::new(Unavailable {
                        user: mb.username.clone(),
                        error: TokenError::Temporary {
                            account: account.clone(),
                            reason: reason.clone(),
                        },
                    })
                }
                None => Arc::new(Unavailable {
                    user: mb.username.clone(),
                    error: TokenError::Temporary {
                        account: account.clone(),
                        reason: "no such [[oauth_account]]".into(),
                    },
                }),
            }),
            ImapAuth::Password(_) => None,
        };
        out.push(Arc::new(MailboxWorker {
            mailbox: mb.clone(),
            pipeline: pipeline.clone(),
            token_source,
            status: Arc::new(Mutex::new(MailboxStatus {
                name: mb.name.clone(),
                state: "starting".into(),
                ..Default::default()
            })),
        }));
    }
    if let Some(o) = only
        && out.is_empty()
    {
        return Err(CliError::usage(format!(
            "no [[mailbox]] named \"{o}\" in the configuration"
        )));
    }
    Ok(out)
}

/// `run`: the daemon until SIGTERM/SIGINT.
pub async fn run(settings: Arc<Settings>) -> Result<u8, CliError> {
    use tokio::signal::unix::{SignalKind, signal};
    if settings.mailboxes.is_empty() && settings.relay.is_none() {
        return Err(CliError::config(
            "nothing to do: no [[mailbox]] is configured and the relay is not enabled",
        ));
    }
    let workers = if settings.mailboxes.is_empty() {
        Vec::new()
    } else {
        let pipeline = pipeline(settings.clone())?;
        workers(&settings, &pipeline, None)?
    };
    let cancel = CancellationToken::new();
    let tracker = TaskTracker::new();
    if settings.relay.is_some() {
        let tokens = crate::relay::token_source(&settings).map_err(CliError::config)?;
        crate::relay::start(&settings, tokens, cancel.clone(), &tracker)
            .await
            .map_err(CliError::config)?;
    }
    if let Some(addr) = settings.admin {
        let listener = crate::admin::bind(addr)
            .await
            .map_err(|e| CliError::config(format!("admin.listen {addr}: cannot listen: {e}")))?;
        let web =
            crate::web::PageContext::new(settings.clone(), crate::journal::for_settings(&settings))
                .map_err(CliError::config)?;
        let state = Arc::new(crate::admin::AdminState {
            mailboxes: workers.iter().map(|w| w.status.clone()).collect(),
            web: Some(Arc::new(web)),
        });
        tracing::info!(%addr, "Admin listener on http://{addr}/ (healthz, readyz, metrics, status).");
        tracker.spawn(crate::admin::serve(listener, state, cancel.clone()));
    }
    for w in &workers {
        let w = w.clone();
        let c = cancel.clone();
        tracker.spawn(async move { w.run(c).await });
    }
    tracker.spawn(crate::retention::run(
        settings.clone(),
        workers.first().map(|w| w.pipeline.ledger.clone()),
        crate::journal::for_settings(&settings),
        cancel.clone(),
    ));
    tracker.close();
    tracing::info!(
        mailboxes = workers.len(),
        relay = settings.relay.is_some(),
        "dastra-mailgate running."
    );
    crate::systemd::ready(&format!(
        "{} mailbox(es) started{}",
        workers.len(),
        if settings.relay.is_some() {
            ", relay listening"
        } else {
            ""
        }
    ));

    let mut term = signal(SignalKind::terminate())
        .map_err(|e| CliError::new(exit::SOFTWARE, e.to_string()))?;
    let mut int = signal(SignalKind::interrupt())
        .map_err(|e| CliError::new(exit::SOFTWARE, e.to_string()))?;
    let mut hup =
        signal(SignalKind::hangup()).map_err(|e| CliError::new(exit::SOFTWARE, e.to_string()))?;
    loop {
        tokio::select! {
            _ = term.recv() => break,
            _ = int.recv() => break,
            _ = hup.recv() => {
                tracing::warn!("SIGHUP received: configuration reload is not in this build yet; restart the service to apply changes.");
            }
            _ = tracker.wait() => {
                tracing::error!("Every task ended; stopping.");
                return Ok(exit::SOFTWARE);
            }
        }
    }
    tracing::info!("Stopping: finishing the message in hand.");
    crate::systemd::stopping();
    cancel.cancel();
    tokio::select! {
        _ = tracker.wait() => {
            tracing::info!("Stopped cleanly.");
            Ok(exit::OK)
        }
        _ = tokio::time::sleep(SHUTDOWN_GRACE) => {
            tracing::warn!("Drain took longer than {} s; exiting (unfinished messages stay in the inbox).", SHUTDOWN_GRACE.as_secs());
            Ok(exit::OK)
        }
        _ = term.recv() => Ok(exit::OK),
        _ = int.recv() => Ok(exit::OK),
    }
}
