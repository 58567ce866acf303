//! The daemon: builds the components from validated settings, runs one task per mailbox,
//! and handles signals.
//!
//! * **Start:** the ledger is opened and the relay spool recovered (with
//!   `EXTEND_TIMEOUT_USEC` sent while that runs), the relay and admin listeners are bound,
//!   the mailbox tasks started; only then `READY=1`.
//! * **Running:** a housekeeping tick scans the spool, evaluates the alerts
//!   ([`crate::health`]), keeps `STATUS=` current ("2 mailboxes idle, spool 3 queued") and,
//!   when the main loop and the runtime answer, sends `WATCHDOG=1`: a hung loop stops the
//!   keep-alives and systemd restarts the service (`WatchdogSec=`).
//! * **SIGTERM/SIGINT:** stop taking new work (the relay listener answers 421, IDLE ends,
//!   no new message is started), let the message in hand finish, flush, exit within
//!   [`SHUTDOWN_GRACE`]; a second signal exits at once. Nothing is lost either way: a
//!   message is acknowledged (250) only once durable in the spool, and an interrupted
//!   ingestion is still in the inbox with a ledger record saying how far it got.
//! * **SIGHUP:** re-read and validate the file. Invalid: one ERROR naming the file, line and
//!   key, and the daemon keeps the previous configuration. Valid: mailboxes added, removed
//!   or changed are started, stopped (after the message in hand) or restarted; a changed
//!   relay (limits, clients, transport, credentials) is restarted after its deliveries in
//!   flight; secrets are re-read, so rotated credentials take effect. Settings that need a
//!   restart (state directory, admin and relay listen addresses, logging) are named in a
//!   warning and keep their old values until then.

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use sha2::{Digest, Sha256};
use tokio::task::JoinHandle;

use tokio_util::sync::CancellationToken;
use tokio_util::task::TaskTracker;

use crate::config::MailboxSettings;
use crate::config::{DastraAuthSettings, Settings};
use crate::dastra::{DastraAuth, DastraClient, DastraClientOptions};
use crate::exit::{self, CliError};
use crate::health::Health;
use crate::ingest::decide::plan::PlanContext;
use crate::ingest::ledger::Ledger;
use crate::ingest::pipeline::Pipeline;
use crate::ingest::source::mailbox::{MailboxStatus, MailboxWorker};
use crate::oauth::Accounts;

/// How long a drain may take before we exit anyway.
pub const SHUTDOWN_GRACE: Duration = Duration::from_secs(30);

/// Creates the state directory (0700) and opens the ledger.
pub fn open_ledger(settings: &Settings) -> Result<Arc<Ledger>, CliError> {
    create_state_dir(settings)?;
    let ledger = Ledger::open(&settings.state_dir)
        .map(Arc::new)
        .map_err(|e| CliError::tempfail(crate::exit::chain(&e)))?;
    secure_state_dir(&settings.state_dir);
    Ok(ledger)
}

/// Creates the state directory (0700).
pub fn create_state_dir(settings: &Settings) -> Result<(), CliError> {
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
        })
}

/// The state directory holds personal data (ledger, journal, spool, tokens): it is 0700 and
/// the files directly in it 0600, whatever the umask they were created under (redb creates
/// its files 0666 & ~umask) or an earlier version left. Logs what it had to fix.
pub fn secure_state_dir(dir: &std::path::Path) {
    use std::os::unix::fs::PermissionsExt;
    let fix = |path: &std::path::Path, want: u32| {
        let Ok(meta) = std::fs::metadata(path) else {
            return;
        };
        let mode = meta.permissions().mode() & 0o777;
        if mode & 0o077 != 0 {
            match std::fs::set_permissions(path, std::fs::Permissions::from_mode(want)) {
                Ok(()) => tracing::info!(
                    path = %path.display(),
                    "Made {} {want:o} (was {mode:o}): state files are for the service user only.",
                    path.display()
                ),
                Err(e) => tracing::warn!(
                    path = %path.display(),
                    error = %e,
                    "Cannot restrict {} to {want:o} (it is {mode:o}): run chmod {want:o} on it as its owner.",
                    path.display()
                ),
            }
        }
    };
    fix(dir, 0o700);
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        match e.file_type() {
            Ok(t) if t.is_file() => fix(&e.path(), 0o600),
            Ok(t) if t.is_dir() => fix(&e.path(), 0o700),
            _ => {}
        }
    }
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
    let state_dir = settings.state_dir.clone();
    options.token_url = d.token_url.clone();
    options.request_timeout = d.request_timeout;
    options.connect_timeout = d.connect_timeout;
    options.max_requests_per_min = d.max_requests_per_min;
    options.extra_root_ca_pem = extra_root_ca_pem;
    let client = DastraClient::new(options)
        .map_err(|e| CliError::config(format!("dastra: {}", crate::exit::chain(&e))))?;
    // The requests an earlier process made in the last minute still count.
    crate::dastra::window::load(&state_dir, client.limiter());
    Ok(client)
}

/// Everything ingestion needs, shared by `run`, `ingest --once` and pipe mode.
pub fn pipeline(settings: Arc<Settings>) -> Result<Arc<Pipeline>, CliError> {
    let ledger = open_ledger(&settings)?;
    pipeline_with(settings, ledger)
}

/// [`pipeline`], or `None` when another process (the daemon) holds the ledger: then hand the
/// work to it through [`crate::ingest::source::handoff`].
pub fn pipeline_unless_busy(settings: Arc<Settings>) -> Result<Option<Arc<Pipeline>>, CliError> {
    create_state_dir(&settings)?;
    match Ledger::open(&settings.state_dir) {
        Ok(l) => pipeline_with(settings, Arc::new(l)).map(Some),
        Err(crate::ingest::ledger::LedgerError::Open {
            source: redb::DatabaseError::DatabaseAlreadyOpen,
            ..
        }) => Ok(None),
        Err(e) => Err(CliError::tempfail(crate::exit::chain(&e))),
    }
}

fn pipeline_with(settings: Arc<Settings>, ledger: Arc<Ledger>) -> Result<Arc<Pipeline>, CliError> {
    own_secret(&settings);
    let client = dastra_client(&settings)?;
    let plan = PlanContext::from_settings(&settings).map_err(CliError::config)?;
    let journal = crate::journal::for_settings(&settings);
    let outbox = outbox(&settings);
    secure_state_dir(&settings.state_dir);
    Ok(Arc::new(
        Pipeline::new(settings, ledger, client, plan)
            .with_journal(journal)
            .with_outbox(outbox),
    ))
}

/// Makes the installation secret that keys our Message-IDs (before the planner loads it).
fn own_secret(settings: &Settings) {
    if let Err(e) = crate::ownmark::ensure(&settings.state_dir) {
        tracing::warn!(error = %e, "Cannot make the installation secret; acknowledgements get unkeyed Message-IDs (still recognised by their marker header).");
    }
}

/// Where acknowledgements go: the relay's spool, when a relay is configured.
pub fn outbox(settings: &Settings) -> Option<Arc<dyn crate::ingest::acknowledge::Outbox>> {
    settings.relay.as_ref()?;
    Some(Arc::new(crate::relay::outbox::SpoolOutbox::new(
        crate::relay::spool_dir(settings),
    )))
}

/// Workers for the configured mailboxes (optionally only one), with token managers of
/// their own (one-shot commands; the daemon shares its [`Accounts`] through
/// [`workers_with`]).
pub fn workers(
    settings: &Settings,
    pipeline: &Arc<Pipeline>,
    only: Option<&str>,
) -> Result<Vec<Arc<MailboxWorker>>, CliError> {
    workers_with(settings, pipeline, only, &Accounts::for_settings(settings))
}

/// Workers for the configured mailboxes (optionally only one), taking each OAuth account's
/// token manager from `managers`.
pub fn workers_with(
    settings: &Settings,
    pipeline: &Arc<Pipeline>,
    only: Option<&str>,
    managers: &Accounts,
) -> Result<Vec<Arc<MailboxWorker>>, CliError> {
    use crate::config::ImapAuth;
    use crate::oauth::{ForUser, TokenError, TokenSource, manager::Unavailable};
    // One token manager per OAuth account, shared by every mailbox using it; the SASL user
    // is each mailbox's own username (shared mailboxes, app-only access to a mailbox).
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
                            reason,
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
        out.push(Arc::new(MailboxWorker::new(
            mb.clone(),
            pipeline.clone(),
            token_source,
            Arc::new(Mutex::new(MailboxStatus {
                name: mb.name.clone(),
                state: "starting".into(),
                ..Default::default()
            })),
        )));
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

/// How often the spool is scanned, alerts evaluated and `STATUS=` refreshed (and, at
/// most, how long between watchdog keep-alives).
pub const HOUSEKEEPING: Duration = Duration::from_secs(2);

/// How often `EXTEND_TIMEOUT_USEC` goes out while start-up recovery runs, and how much it asks for.
const EXTEND_EVERY: Duration = Duration::from_secs(10);
const EXTEND_BY: Duration = Duration::from_secs(30);

/// A running mailbox task.
struct RunningMailbox {
    fingerprint: MailboxKey,
    worker: Arc<MailboxWorker>,
    cancel: CancellationToken,
    handle: JoinHandle<()>,
}

/// The running relay (listener + scheduler) with its own stop switch.
struct RunningRelay {
    fingerprint: RelayKey,
    cancel: CancellationToken,
    tracker: TaskTracker,
}

/// Everything the daemon runs; rebuilt piecewise on reload.
struct Daemon {
    settings: Arc<Settings>,
    /// Fires on shutdown; every component's token is a child of it.
    cancel: CancellationToken,
    /// The admin listener.
    tracker: TaskTracker,
    ledger: Option<Arc<Ledger>>,
    pipeline: Option<(PipelineKey, Arc<Pipeline>)>,
    mailboxes: BTreeMap<String, RunningMailbox>,
    relay: Option<RunningRelay>,
    health: Arc<Health>,
    /// Each running mailbox's wake-up (for operators' retries and `ingest --once`).
    wakers: Arc<Mutex<BTreeMap<String, Arc<tokio::sync::Notify>>>>,
    /// Stops the hand-off task of the current pipeline.
    control: Option<CancellationToken>,
    /// The Dastra rate window as last written.
    rate_window_saved: Option<Vec<i64>>,
    /// The OAuth accounts' token managers, handed to the mailboxes, the relay, the health
    /// checks and the admin pages; reconciled per account on reload.
    accounts: Accounts,
    /// The admin pages' view of the settings (replaced on reload).
    web: Option<Arc<crate::web::PageContext>>,
    /// The journal (when enabled), opened once and handed to the pipeline, the relay, the
    /// admin pages and the retention purge.
    journal: Option<Arc<crate::journal::Journal>>,
}

/// SHA-256 prefixes of the secrets whose key path passes `pick`: a rotated secret (same
/// reference, new content) changes the fingerprint. Values never leave this function.
fn secrets_digest(settings: &Settings, pick: impl Fn(&str) -> bool) -> String {
    let mut out = String::new();
    for (path, r) in settings.secret_refs() {
        if !pick(&path) {
            continue;
        }
        let d = match r.resolve() {
            Ok(v) => hex::encode(&Sha256::digest(v.expose().as_bytes())[..8]),
            Err(_) => "unreadable".into(),
        };
        // The key without its index: moving a mailbox in the file does not restart it.
        let key = path.rsplit('.').next().unwrap_or(&path);
        out.push_str(&format!("{key}={d};"));
    }
    out
}

/// What the shared ingestion pipeline depends on (compared with `==`): the Dastra and
/// understanding settings, `[ingest]`, the journal's link template, the relay's sender and
/// alias (acknowledgements, own addresses), which mailboxes exist (operators' retries name
/// them; the size limit of the largest) and the Dastra secrets' content. A change rebuilds
/// the pipeline, and the mailboxes restart on the new one.
#[derive(Debug, Clone, PartialEq, Default)]
struct PipelineKey {
    dastra: Option<crate::config::DastraSettings>,
    understanding: Option<crate::config::UnderstandingSettings>,
    ingest: Option<crate::config::IngestSettings>,
    link_template: String,
    relay_sender: Option<(String, Option<String>)>,
    mailboxes: Vec<(String, u64)>,
    secrets: String,
}

fn pipeline_fingerprint(s: &Settings) -> PipelineKey {
    PipelineKey {
        dastra: s.dastra.clone(),
        understanding: Some(s.understanding.clone()),
        ingest: Some(s.ingest.clone()),
        link_template: s.ops.journal.link_template.clone(),
        relay_sender: s
            .relay
            .as_ref()
            .map(|r| (r.sender.clone(), r.alias.clone())),
        mailboxes: s
            .mailboxes
            .iter()
            .map(|m| (m.name.clone(), m.max_message_bytes))
            .collect(),
        secrets: secrets_digest(s, |p| p.starts_with("dastra.")),
    }
}

/// What one mailbox task depends on: its own settings, its OAuth account, the pipeline,
/// the content of its secrets. Compared with `==` (settings derive `PartialEq`).
#[derive(Debug, Clone, PartialEq, Default)]
struct MailboxKey {
    pipeline: PipelineKey,
    mailbox: Option<MailboxSettings>,
    account: Option<crate::config::OAuthAccountSettings>,
    secrets: String,
}

fn mailbox_fingerprint(s: &Settings, mb: &MailboxSettings) -> MailboxKey {
    let index = s.mailboxes.iter().position(|m| m.name == mb.name);
    let account = match &mb.auth {
        crate::config::ImapAuth::OAuth(a) => s.oauth_accounts.iter().position(|x| x.name == *a),
        crate::config::ImapAuth::Password(_) => None,
    };
    let mine = |p: &str| {
        index.is_some_and(|i| p.starts_with(&format!("mailbox[{i}].")))
            || account.is_some_and(|i| p.starts_with(&format!("oauth_account[{i}].")))
            || (account.is_some() && p == "state.token_key")
    };
    MailboxKey {
        pipeline: pipeline_fingerprint(s),
        mailbox: Some(mb.clone()),
        account: account.map(|i| s.oauth_accounts[i].clone()),
        secrets: secrets_digest(s, mine),
    }
}

/// What the relay depends on: its settings, its OAuth account, its secrets' content.
#[derive(Debug, Clone, PartialEq, Default)]
struct RelayKey {
    relay: Option<crate::config::RelaySettings>,
    account: Option<crate::config::OAuthAccountSettings>,
    secrets: String,
}

fn relay_fingerprint(s: &Settings) -> Option<RelayKey> {
    let r = s.relay.as_ref()?;
    let index = r
        .transport
        .oauth_account
        .as_deref()
        .and_then(|a| s.oauth_accounts.iter().position(|x| x.name == a));
    let mine = |p: &str| {
        p.starts_with("relay.")
            || index.is_some_and(|i| p.starts_with(&format!("oauth_account[{i}].")))
            || (index.is_some() && p == "state.token_key")
    };
    Some(RelayKey {
        relay: Some(r.clone()),
        account: index.map(|i| s.oauth_accounts[i].clone()),
        secrets: secrets_digest(s, mine),
    })
}

/// Settings a reload cannot change: `(key, old, new)` for each that differs.
fn needs_restart(old: &Settings, new: &Settings) -> Vec<(&'static str, String, String)> {
    let mut out = Vec::new();
    if old.state_dir != new.state_dir {
        out.push((
            "state.dir",
            old.state_dir.display().to_string(),
            new.state_dir.display().to_string(),
        ));
    }
    if old.admin != new.admin {
        let show = |a: Option<std::net::SocketAddr>| a.map_or("disabled".into(), |a| a.to_string());
        out.push(("admin.listen", show(old.admin), show(new.admin)));
    }
    if let (Some(o), Some(n)) = (&old.relay, &new.relay)
        && o.listen != n.listen
    {
        out.push(("relay.listen", o.listen.to_string(), n.listen.to_string()));
    }
    let (o, n) = (&old.ops.journal, &new.ops.journal);
    if o.enabled != n.enabled {
        out.push((
            "journal.enabled",
            o.enabled.to_string(),
            n.enabled.to_string(),
        ));
    }
    let (o, n) = (&old.logging, &new.logging);
    if o.format != n.format {
        out.push((
            "logging.format",
            format!("{:?}", o.format),
            format!("{:?}", n.format),
        ));
    }
    if o.level != n.level {
        out.push(("logging.level", o.level.clone(), n.level.clone()));
    }
    if o.redact_addresses != n.redact_addresses {
        out.push((
            "logging.redact_addresses",
            o.redact_addresses.to_string(),
            n.redact_addresses.to_string(),
        ));
    }
    out
}

/// Waits for `fut` for at most `limit`, sending watchdog keep-alives meanwhile (the main
/// loop is busy, not hung). Returns false on timeout.
async fn wait_alive<F: std::future::Future>(fut: F, limit: Duration) -> bool {
    let deadline = tokio::time::sleep(limit);
    tokio::pin!(fut, deadline);
    let mut tick = tokio::time::interval(Duration::from_secs(1));
    loop {
        tokio::select! {
            _ = &mut fut => return true,
            _ = &mut deadline => return false,
            _ = tick.tick() => {
                if crate::systemd::watchdog_interval().is_some() {
                    crate::systemd::watchdog();
                }
            }
        }
    }
}

impl Daemon {
    /// Builds everything from `settings`; returns once READY may be sent.
    async fn start(settings: Arc<Settings>, health: Arc<Health>) -> Result<Daemon, CliError> {
        let mut d = Daemon {
            settings: settings.clone(),
            cancel: CancellationToken::new(),
            tracker: TaskTracker::new(),
            ledger: None,
            pipeline: None,
            mailboxes: BTreeMap::new(),
            relay: None,
            health,
            wakers: Arc::new(Mutex::new(BTreeMap::new())),
            control: None,
            rate_window_saved: None,
            accounts: Accounts::for_settings(&settings),
            web: None,
            journal: None,
        };
        create_state_dir(&settings)?;
        d.journal = crate::journal::for_settings(&settings);
        crate::metrics::declare_known(&settings);
        if !settings.mailboxes.is_empty() {
            d.ensure_pipeline(&settings)?;
        }
        if settings.relay.is_some() {
            d.relay = Some(d.start_relay(&settings).await.map_err(CliError::config)?);
        }
        if let Some(addr) = settings.admin {
            let listener = crate::admin::bind(addr).await.map_err(|e| {
                CliError::config(format!("admin.listen {addr}: cannot listen: {e}"))
            })?;
            let web = crate::web::PageContext::new(settings.clone(), d.journal.clone())
                .map_err(CliError::config)?
                .with_accounts(d.accounts.clone());
            let web = Arc::new(web);
            d.web = Some(web.clone());
            let state =
                Arc::new(crate::admin::AdminState::new(d.health.clone()).with_web(Some(web)));
            tracing::info!(%addr, "Admin listener on http://{addr}/ (healthz, readyz, metrics, status).");
            d.tracker
                .spawn(crate::admin::serve(listener, state, d.cancel.clone()));
        }
        let names: Vec<String> = settings.mailboxes.iter().map(|m| m.name.clone()).collect();
        d.start_mailboxes(&settings, &names)?;
        // Retention purge (journal, ledger, raw copies of failed mail, delivered spool).
        d.tracker.spawn(crate::retention::run(
            settings.clone(),
            d.ledger.clone(),
            d.journal.clone(),
            d.cancel.clone(),
        ));
        d.watch();
        // Everything start-up opened (ledger, journal, spool) is in place now.
        secure_state_dir(&settings.state_dir);
        Ok(d)
    }

    /// The pipeline for `settings`, rebuilt when what it depends on changed.
    fn ensure_pipeline(&mut self, settings: &Arc<Settings>) -> Result<Arc<Pipeline>, CliError> {
        let fp = pipeline_fingerprint(settings);
        if let Some((old_fp, p)) = &self.pipeline
            && *old_fp == fp
        {
            return Ok(p.clone());
        }
        let ledger = match &self.ledger {
            Some(l) => l.clone(),
            None => {
                let l = open_ledger(settings)?;
                self.ledger = Some(l.clone());
                l
            }
        };
        let client = dastra_client(settings)?;
        own_secret(settings);
        let plan = PlanContext::from_settings(settings).map_err(CliError::config)?;
        let p = Arc::new(
            Pipeline::new(settings.clone(), ledger, client, plan)
                .with_journal(self.journal.clone())
                .with_outbox(outbox(settings)),
        );
        self.pipeline = Some((fp, p.clone()));
        self.start_control(&p);
        Ok(p)
    }

    async fn start_relay(&self, settings: &Settings) -> Result<RunningRelay, String> {
        let cancel = self.cancel.child_token();
        let tracker = TaskTracker::new();
        let tokens = crate::relay::token_source(settings, &self.accounts)?;
        crate::relay::start(
            settings,
            tokens,
            cancel.clone(),
            &tracker,
            self.health.relay_board(),
            self.journal.clone(),
        )
        .await?;
        tracker.close();
        Ok(RunningRelay {
            fingerprint: relay_fingerprint(settings).unwrap_or_default(),
            cancel,
            tracker,
        })
    }

    /// (Re)starts the task that carries out other processes' requests (pipe mode, `mail
    /// retry`, `ingest --once`) with this pipeline.
    fn start_control(&mut self, p: &Arc<Pipeline>) {
        if let Some(old) = self.control.take() {
            old.cancel();
        }
        let handoff = match crate::ingest::source::handoff::Handoff::open(&p.settings.state_dir) {
            Ok(h) => h,
            Err(e) => {
                tracing::error!(error = %e, "Cannot use the hand-off directory; pipe mode and `mail retry` cannot reach this daemon.");
                return;
            }
        };
        let wakers = self.wakers.clone();
        let wake: crate::ingest::control::Waker = Arc::new(move |only: Option<&str>| {
            if let Ok(w) = wakers.lock() {
                for (name, n) in w.iter() {
                    if only.is_none_or(|o| o == name) {
                        n.notify_one();
                    }
                }
            }
        });
        let control = Arc::new(crate::ingest::control::Control::new(
            p.clone(),
            handoff,
            Some(wake),
        ));
        let cancel = self.cancel.child_token();
        self.control = Some(cancel.clone());
        self.tracker.spawn(control.run(cancel.clone()));
        // The legal-deadline alert, from the journal's created requests.
        if let (Some(journal), Some(d)) = (p.events.journal.clone(), &p.settings.dastra) {
            self.tracker.spawn(crate::ingest::deadline_watch::run(
                journal,
                p.sink.client.clone(),
                d.workspace_id,
                p.settings.ingest.deadline_alert_days,
                self.health.clone(),
                cancel,
            ));
        }
    }

    /// Starts the named mailboxes of `settings`.
    fn start_mailboxes(
        &mut self,
        settings: &Arc<Settings>,
        names: &[String],
    ) -> Result<(), CliError> {
        if names.is_empty() {
            return Ok(());
        }
        let pipeline = self.ensure_pipeline(settings)?;
        for w in workers_with(settings, &pipeline, None, &self.accounts)? {
            let name = w.mailbox.name.clone();
            if !names.contains(&name) {
                continue;
            }
            let cancel = self.cancel.child_token();
            let (w2, c2) = (w.clone(), cancel.clone());
            if let Ok(mut wk) = self.wakers.lock() {
                wk.insert(name.clone(), w.wake.clone());
            }
            let handle = tokio::spawn(async move { w2.run(c2).await });
            self.mailboxes.insert(
                name,
                RunningMailbox {
                    fingerprint: mailbox_fingerprint(settings, &w.mailbox),
                    worker: w,
                    cancel,
                    handle,
                },
            );
        }
        Ok(())
    }

    /// Points the health checks at what runs now.
    fn watch(&self) {
        let s = &self.settings;
        let accounts = self.accounts.managers();
        self.health.watch(
            s.alerts.clone(),
            self.mailboxes
                .values()
                .map(|m| m.worker.status.clone())
                .collect(),
            accounts,
            s.relay.as_ref().map(|_| crate::relay::spool_dir(s)),
        );
    }

    /// Stops the named mailbox tasks, letting each finish its message in hand.
    async fn stop_mailboxes(&mut self, names: &[String]) {
        let mut handles = Vec::new();
        for n in names {
            if let Some(m) = self.mailboxes.remove(n) {
                m.cancel.cancel();
                handles.push(m.handle);
            }
        }
        if !handles.is_empty()
            && !wait_alive(futures::future::join_all(handles), SHUTDOWN_GRACE).await
        {
            tracing::warn!(
                "A stopped mailbox did not finish its message in time; it stays in the inbox and is taken up again."
            );
        }
    }

    async fn stop_relay(&mut self) {
        if let Some(r) = self.relay.take() {
            self.health.relay_board().clear();
            r.cancel.cancel();
            if !wait_alive(r.tracker.wait(), SHUTDOWN_GRACE).await {
                tracing::warn!(
                    "The relay did not finish its deliveries in flight in time; they stay in the spool and are retried."
                );
            }
        }
    }

    /// SIGHUP: see the module docs. Err: the new file was refused (already logged).
    async fn reload(&mut self) -> Result<String, String> {
        let path = self.settings.path.clone();
        let new = match crate::config::load(&path) {
            Ok((s, warnings)) => {
                for w in warnings {
                    tracing::warn!(file = %path.display(), "{w}");
                }
                s
            }
            Err(e) => {
                return Err(reject(&path, e.errors().cloned().collect()));
            }
        };
        let unreadable: Vec<crate::config::Issue> = crate::config::check_secrets(&new)
            .into_iter()
            .filter(|i| i.severity == crate::config::Severity::Error)
            .collect();
        if !unreadable.is_empty() {
            return Err(reject(&path, unreadable));
        }
        let old = self.settings.clone();
        let mut new = new;
        for (key, was, now) in needs_restart(&old, &new) {
            tracing::warn!(
                key,
                "{key} changed ({was} → {now}): this needs a restart (systemctl restart dastra-mailgate); still using {was} until then."
            );
        }
        // Pin what a reload cannot change.
        new.state_dir = old.state_dir.clone();
        new.admin = old.admin;
        new.logging = old.logging.clone();
        new.ops.journal.enabled = old.ops.journal.enabled;
        if let (Some(o), Some(n)) = (&old.relay, &mut new.relay) {
            n.listen = o.listen;
        }
        let new = Arc::new(new);

        // Check what can fail before stopping anything: a refused reload leaves the old
        // configuration running, whole.
        if new.relay.is_some() {
            let probe = Accounts::for_settings(&new);
            if let Err(e) = crate::relay::token_source(&new, &probe)
                .and_then(|tokens| crate::relay::validate(&new, tokens))
            {
                // "relay.transport.ca_file /x: No such file" → key, message.
                let key = e
                    .split([':', ' '])
                    .next()
                    .filter(|k| k.starts_with("relay"))
                    .unwrap_or("relay");
                return Err(reject_with(&path, key, None, &e));
            }
        }
        let previous_web = match &self.web {
            Some(web) => match web.reconfigure(new.clone()) {
                Ok(p) => Some(p),
                Err(e) => return Err(reject_with(&path, "admin.auth_token", None, &e)),
            },
            None => None,
        };
        if !new.mailboxes.is_empty()
            && let Err(e) = self.ensure_pipeline(&new)
        {
            if let (Some(web), Some(p)) = (&self.web, previous_web) {
                web.restore(p);
            }
            return Err(reject_with(&path, "", None, &e.message));
        }
        // `journal.mask_addresses` applies from the next record on.
        if let Some(j) = &self.journal {
            j.set_masking(new.ops.journal.mask_addresses);
        }

        // OAuth accounts: unchanged ones keep their manager and tokens; a changed one gets a
        // new manager, and whoever uses it is restarted below to take it.
        let accounts = self.accounts.reconcile(&new);
        let replaced = |account: Option<&str>| {
            account.is_some_and(|a| accounts.replaced.iter().any(|r| r == a))
        };

        // Mailboxes.
        let wanted: BTreeMap<String, MailboxKey> = new
            .mailboxes
            .iter()
            .map(|m| (m.name.clone(), mailbox_fingerprint(&new, m)))
            .collect();
        let removed: Vec<String> = self
            .mailboxes
            .keys()
            .filter(|n| !wanted.contains_key(*n))
            .cloned()
            .collect();
        let changed: Vec<String> = self
            .mailboxes
            .iter()
            .filter(|(n, m)| {
                wanted.get(*n).is_some_and(|fp| {
                    *fp != m.fingerprint
                        || replaced(match &m.worker.mailbox.auth {
                            crate::config::ImapAuth::OAuth(a) => Some(a.as_str()),
                            crate::config::ImapAuth::Password(_) => None,
                        })
                })
            })
            .map(|(n, _)| n.clone())
            .collect();
        let added: Vec<String> = wanted
            .keys()
            .filter(|n| !self.mailboxes.contains_key(*n))
            .cloned()
            .collect();
        let mut stopping = removed.clone();
        stopping.extend(changed.iter().cloned());
        self.stop_mailboxes(&stopping).await;
        let mut starting = added.clone();
        starting.extend(changed.iter().cloned());
        if let Err(e) = self.start_mailboxes(&new, &starting) {
            tracing::error!(error = %e.message, "Reload: cannot start mailboxes.");
        }

        // Relay.
        let relay_fp = relay_fingerprint(&new);
        let relay_account = new
            .relay
            .as_ref()
            .and_then(|r| r.transport.oauth_account.as_deref());
        let mut relay_failed: Option<String> = None;
        let relay_action = match (&self.relay, &relay_fp) {
            (None, None) => "off",
            (Some(r), Some(fp)) if r.fingerprint == *fp && !replaced(relay_account) => "unchanged",
            _ => {
                self.stop_relay().await;
                match &relay_fp {
                    None => "stopped",
                    Some(_) => match self.start_relay(&new).await {
                        Ok(r) => {
                            self.relay = Some(r);
                            "restarted"
                        }
                        Err(e) => {
                            tracing::error!(error = %e, "Reload: the relay cannot start with the new configuration; going back to the previous one.");
                            self.relay = self.start_relay(&old).await.ok();
                            relay_failed = Some(e);
                            "kept the previous configuration"
                        }
                    },
                }
            }
        };
        self.settings = new;
        crate::metrics::declare_known(&self.settings);
        self.watch();
        if let Some(e) = relay_failed {
            // The mailboxes took the new file, the relay did not: say so, and fail the
            // `reload` command, rather than report a reload that did not happen.
            return Err(format!(
                "{}: the relay could not start with the new configuration ({e}); it runs with the previous one. Fix the file and reload again.",
                path.display()
            ));
        }
        crate::metrics::inc("mailgate_config_reloads_total", &[("result", "applied")]);
        tracing::info!(
            file = %path.display(),
            added = ?added,
            removed = ?removed,
            restarted = ?changed,
            relay = relay_action,
            oauth_kept = ?accounts.kept,
            oauth_replaced = ?accounts.replaced,
            "Configuration reloaded."
        );
        Ok(format!(
            "configuration reloaded from {}: mailboxes added {added:?}, removed {removed:?}, restarted {changed:?}; relay {relay_action}; OAuth accounts replaced {:?}",
            path.display(),
            accounts.replaced
        ))
    }

    /// Takes up grants stored by `authorize` while the daemon runs: an account that needed
    /// re-authorisation is usable again at once, and its mailboxes (sleeping out their
    /// back-off after the refused login) are restarted so they log in now.
    async fn pick_up_new_grants(&mut self) {
        let renewed: Vec<String> = self
            .accounts
            .managers()
            .iter()
            .filter(|m| m.pick_up_new_grant())
            .map(|m| m.name().to_string())
            .collect();
        if renewed.is_empty() {
            return;
        }
        let names: Vec<String> = self
            .mailboxes
            .values()
            .filter(|m| {
                matches!(&m.worker.mailbox.auth, crate::config::ImapAuth::OAuth(a) if renewed.contains(a))
            })
            .map(|m| m.worker.mailbox.name.clone())
            .collect();
        if !names.is_empty() {
            tracing::info!(mailboxes = ?names, accounts = ?renewed, "Retrying the mailboxes of the re-authorised account(s) now.");
            self.stop_mailboxes(&names).await;
            let settings = self.settings.clone();
            if let Err(e) = self.start_mailboxes(&settings, &names) {
                tracing::error!(error = %e.message, "Cannot restart the mailboxes after a new grant.");
            }
        }
        // The relay needs no restart: its next delivery attempt asks the same manager,
        // which now uses the new grant.
        self.watch();
    }

    /// Shutdown: stop everything, wait (bounded) for the work in hand.
    /// Writes the Dastra rate window (see [`crate::dastra::window`]) when it changed since
    /// the last write, or at the end (`clean`).
    fn save_rate_window(&mut self, clean: bool) {
        let Some((_, p)) = &self.pipeline else { return };
        let limiter = p.sink.client.limiter();
        if limiter.max() == 0 {
            return;
        }
        let times = limiter.snapshot_unix_ms();
        if !clean && self.rate_window_saved.as_ref() == Some(&times) {
            return;
        }
        crate::dastra::window::save_times(&p.settings.state_dir, times.clone(), clean);
        self.rate_window_saved = Some(times);
    }

    async fn drain(&mut self) -> bool {
        // A message waiting for a rate-limit slot has sent nothing: it stops at once and
        // stays in the inbox, instead of holding the drain for up to a minute.
        if let Some((_, p)) = &self.pipeline {
            p.sink.client.limiter().close();
        }
        self.cancel.cancel();
        self.tracker.close();
        let boxes: Vec<JoinHandle<()>> = std::mem::take(&mut self.mailboxes)
            .into_values()
            .map(|m| m.handle)
            .collect();
        let relay = self.relay.take();
        let tracker = self.tracker.clone();
        wait_alive(
            async move {
                futures::future::join_all(boxes).await;
                if let Some(r) = relay {
                    r.tracker.wait().await;
                }
                tracker.wait().await;
            },
            SHUTDOWN_GRACE,
        )
        .await
    }
}

/// Logs a refused reload: ONE error naming the file, the line and the key of the first
/// problem (and how many more there are). Returns that sentence (for `reload`).
fn reject(path: &std::path::Path, issues: Vec<crate::config::Issue>) -> String {
    let Some(first) = issues.first() else {
        return reject_with(path, "", None, "the configuration is invalid");
    };
    let mut message = first.message.clone();
    if let Some(h) = &first.hint {
        message.push_str(&format!(" (hint: {h})"));
    }
    if issues.len() > 1 {
        message.push_str(&format!(
            "; and {} more error(s): run `dastra-mailgate check`",
            issues.len() - 1
        ));
    }
    let mut key = first.path.clone();
    if key.is_empty()
        && let Some(l) = first.line
    {
        // A type error names no key: take it from the line itself.
        key = std::fs::read_to_string(path)
            .ok()
            .and_then(|t| t.lines().nth(l.saturating_sub(1)).map(String::from))
            .and_then(|t| t.split_once('=').map(|(k, _)| k.trim().to_string()))
            .unwrap_or_default();
    }
    reject_with(path, &key, first.line, &message)
}

fn reject_with(path: &std::path::Path, key: &str, line: Option<usize>, message: &str) -> String {
    crate::metrics::inc("mailgate_config_reloads_total", &[("result", "rejected")]);
    let at = match line {
        Some(l) => format!("{}:{l}", path.display()),
        None => path.display().to_string(),
    };
    let key_text = if key.is_empty() { "-" } else { key };
    let sentence = format!(
        "configuration reload refused, still running on the previous configuration: {at}: {key_text}: {message}"
    );
    tracing::error!(
        file = %path.display(),
        line = line.unwrap_or(0),
        key = key_text,
        "Configuration reload refused, still running on the previous configuration: {at}: {key_text}: {message}"
    );
    sentence
}

/// Where the daemon leaves the verdict of each reload for `dastra-mailgate reload`:
/// `$RUNTIME_DIRECTORY/reload.status` under the unit (RuntimeDirectory=), else
/// `STATE_DIR/reload.status`.
pub fn reload_status_path(state_dir: &std::path::Path) -> std::path::PathBuf {
    match std::env::var_os("RUNTIME_DIRECTORY") {
        // systemd may pass several, colon-separated: the first is ours.
        Some(d) if !d.is_empty() => {
            let d = d.to_string_lossy().to_string();
            std::path::PathBuf::from(d.split(':').next().unwrap_or(&d)).join("reload.status")
        }
        _ => state_dir.join("reload.status"),
    }
}

/// The verdict of one reload, as `reload.status` holds it (JSON).
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize, PartialEq, Eq)]
pub struct ReloadVerdict {
    /// The daemon that answered.
    pub pid: u32,
    /// Counts the reloads of this daemon (1 for the first).
    pub generation: u64,
    pub applied: bool,
    pub message: String,
}

/// Writes the verdict atomically (a reader never sees half a file).
fn write_reload_status(state_dir: &std::path::Path, v: &ReloadVerdict) {
    let path = reload_status_path(state_dir);
    let tmp = path.with_extension("status.tmp");
    let text = serde_json::to_string(v).unwrap_or_default();
    if let Err(e) = std::fs::write(&tmp, text).and_then(|()| std::fs::rename(&tmp, &path)) {
        tracing::warn!(path = %path.display(), error = %e, "Cannot write the reload verdict; `dastra-mailgate reload` will time out.");
    }
}

/// `run`: the daemon until SIGTERM/SIGINT.
pub async fn run(settings: Arc<Settings>) -> Result<u8, CliError> {
    use tokio::signal::unix::{SignalKind, signal};
    if settings.mailboxes.is_empty() && settings.relay.is_none() {
        return Err(CliError::config(
            "nothing to do: no [[mailbox]] is configured and the relay is not enabled",
        ));
    }
    // Whatever the umask the daemon was started under (the unit sets UMask=0077; a shell
    // often has 0022), what it creates is for the service user only.
    // SAFETY: umask only changes this process's file-creation mask.
    unsafe { libc::umask(0o077) };
    // Signals first: a SIGTERM during recovery is honoured.
    let sig = |k: SignalKind| signal(k).map_err(|e| CliError::new(exit::SOFTWARE, e.to_string()));
    let mut term = sig(SignalKind::terminate())?;
    let mut int = sig(SignalKind::interrupt())?;
    let mut hup = sig(SignalKind::hangup())?;

    // Ledger and spool recovery can take a while: keep systemd's start timeout at bay.
    crate::systemd::status("starting: opening the ledger, recovering the spool");
    let extend = tokio::spawn(async {
        loop {
            crate::systemd::extend_timeout(EXTEND_BY);
            tokio::time::sleep(EXTEND_EVERY).await;
        }
    });
    let health = Arc::new(Health::new(settings.alerts.clone()));
    let started = tokio::select! {
        d = Daemon::start(settings.clone(), health.clone()) => d,
        _ = term.recv() => return Ok(exit::OK),
        _ = int.recv() => return Ok(exit::OK),
    };
    extend.abort();
    let mut daemon = started?;
    {
        let h = health.clone();
        let _ = tokio::task::spawn_blocking(move || h.scan_spool()).await;
    }
    health.evaluate();
    tracing::info!(
        mailboxes = daemon.mailboxes.len(),
        relay = daemon.relay.is_some(),
        "dastra-mailgate running."
    );
    let mut last_status = health.status_line();
    crate::systemd::ready(&last_status);

    let watchdog = crate::systemd::watchdog_interval();
    let period = watchdog.map_or(HOUSEKEEPING, |w| (w / 2).min(HOUSEKEEPING));
    let mut tick = tokio::time::interval(period);
    let mut reloads: u64 = 0;
    tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Skip);
    let signal_name = loop {
        tokio::select! {
            _ = term.recv() => break "SIGTERM",
            _ = int.recv() => break "SIGINT",
            _ = hup.recv() => {
                tracing::info!("SIGHUP: reloading the configuration.");
                crate::systemd::reloading();
                reloads += 1;
                let verdict = daemon.reload().await;
                write_reload_status(&daemon.settings.state_dir, &ReloadVerdict {
                    pid: std::process::id(),
                    generation: reloads,
                    applied: verdict.is_ok(),
                    message: verdict.unwrap_or_else(|e| e),
                });
                last_status = health.status_line();
                crate::systemd::ready(&last_status);
            }
            _ = tick.tick() => {
                daemon.save_rate_window(false);
                daemon.pick_up_new_grants().await;
                let h = health.clone();
                let scanned = tokio::time::timeout(
                    Duration::from_secs(10),
                    tokio::task::spawn_blocking(move || h.scan_spool()),
                )
                .await
                .is_ok_and(|r| r.is_ok());
                health.evaluate();
                let line = health.status_line();
                if line != last_status {
                    crate::systemd::status(&line);
                    last_status = line;
                }
                if watchdog.is_some() {
                    // Only a loop that still gets work done keeps the service alive.
                    let runtime_ok = tokio::time::timeout(Duration::from_secs(1), tokio::spawn(async {}))
                        .await
                        .is_ok_and(|r| r.is_ok());
                    if scanned && runtime_ok {
                        crate::systemd::watchdog();
                    } else {
                        tracing::warn!(scanned, runtime_ok, "Health check failed: no watchdog keep-alive this time.");
                    }
                }
            }
        }
    };
    tracing::info!(
        "{signal_name}: stopping; finishing the work in hand (a second signal exits at once)."
    );
    crate::systemd::stopping();
    let clean = tokio::select! {
        c = daemon.drain() => c,
        _ = term.recv() => forced("SIGTERM"),
        _ = int.recv() => forced("SIGINT"),
    };
    daemon.save_rate_window(true);
    if clean {
        tracing::info!("Stopped cleanly.");
    } else {
        tracing::warn!(
            "The drain took longer than {} s; exiting (unfinished messages stay in the inbox or the spool).",
            SHUTDOWN_GRACE.as_secs()
        );
    }
    Ok(exit::OK)
}

/// A second signal during the drain: exit now. Whatever was acknowledged is durable (spool,
/// ledger); an unfinished ingestion is still in the inbox.
fn forced(signal: &str) -> bool {
    tracing::warn!(
        "{signal} again: exiting at once; unfinished messages stay in the inbox or the spool."
    );
    use std::io::Write;
    let _ = std::io::stderr().flush();
    // _exit, not exit: no atexit handlers, no waiting for other threads' cleanup (exit(3)
    // can block behind them while the runtime keeps working).
    // SAFETY: _exit ends the process; nothing runs after it.
    unsafe { libc::_exit(i32::from(exit::TEMPFAIL)) }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn settings(dir: &std::path::Path, key: &std::path::Path, mode: &str) -> Settings {
        let text = format!(
            "[dastra]\napi_key = \"file:{}\"\nworkspace_id = 1\narea_id = 1\n[state]\ndir = \"{}\"\n[[mailbox]]\nname = \"a\"\nhost = \"imap.example.org\"\nusername = \"a@example.org\"\npassword = \"env:NOPE\"\nmode = \"{mode}\"\n[[mailbox]]\nname = \"b\"\nhost = \"imap.example.org\"\nusername = \"b@example.org\"\npassword = \"env:NOPE\"\n",
            key.display(),
            dir.display()
        );
        crate::config::load_str(&text, &dir.join("config.toml"))
            .unwrap()
            .0
    }

    #[test]
    fn fingerprints_follow_settings_and_rotated_secrets() {
        let dir = tempfile::tempdir().unwrap();
        let key = dir.path().join("key");
        std::fs::write(&key, "one").unwrap();
        let s1 = settings(dir.path(), &key, "idle");
        let s2 = settings(dir.path(), &key, "poll");
        let fp = |s: &Settings, i: usize| mailbox_fingerprint(s, &s.mailboxes[i]);
        // Only the changed mailbox differs.
        assert_ne!(fp(&s1, 0), fp(&s2, 0));
        assert_eq!(fp(&s1, 1), fp(&s2, 1));
        // A rotated secret (same reference, new content) changes what depends on it.
        let before = pipeline_fingerprint(&s1);
        std::fs::write(&key, "two").unwrap();
        assert_ne!(pipeline_fingerprint(&s1), before);
        std::fs::write(&key, "one").unwrap();
        assert_eq!(pipeline_fingerprint(&s1), before);
        // Settings a reload cannot change are named.
        let mut moved = s1.clone();
        moved.state_dir = dir.path().join("elsewhere");
        let keys: Vec<&str> = needs_restart(&s1, &moved).iter().map(|k| k.0).collect();
        assert_eq!(keys, ["state.dir"]);
    }

    /// What the pipeline reads on every message is part of its key: `[ingest]`, the journal
    /// link, a rule's request fields (per mailbox), the set of mailboxes.
    #[test]
    fn keys_cover_what_the_pipeline_and_rules_read() {
        let dir = tempfile::tempdir().unwrap();
        let key = dir.path().join("key");
        std::fs::write(&key, "one").unwrap();
        let s = settings(dir.path(), &key, "idle");
        let base = pipeline_fingerprint(&s);
        let mut t = s.clone();
        t.ingest.max_attempts += 1;
        assert_ne!(pipeline_fingerprint(&t), base);
        let mut t = s.clone();
        t.ingest.internal_domains.push("corp.example".into());
        assert_ne!(pipeline_fingerprint(&t), base);
        let mut t = s.clone();
        t.ops.journal.link_template = "https://x/{id}".into();
        assert_ne!(pipeline_fingerprint(&t), base);
        let mut t = s.clone();
        t.mailboxes.pop();
        assert_ne!(pipeline_fingerprint(&t), base);
        // Unrelated: the alert thresholds.
        let mut t = s.clone();
        t.alerts.mailbox_failing_after += Duration::from_secs(1);
        assert_eq!(pipeline_fingerprint(&t), base);

        let with_rule = |purposes: &str| {
            let text = format!(
                "[dastra]\napi_key = \"file:{}\"\nworkspace_id = 1\narea_id = 1\n[state]\ndir = \"{}\"\n[[mailbox]]\nname = \"a\"\nhost = \"imap.example.org\"\nusername = \"a@example.org\"\npassword = \"env:NOPE\"\n[[mailbox.rule]]\nname = \"r\"\nsender_domain = \"example.com\"\npurposes = [{purposes}]\n",
                key.display(),
                dir.path().display()
            );
            let s = crate::config::load_str(&text, &dir.path().join("config.toml"))
                .unwrap()
                .0;
            mailbox_fingerprint(&s, &s.mailboxes[0])
        };
        assert_ne!(with_rule("\"Access\""), with_rule("\"Erasure\""));
        assert_eq!(with_rule("\"Access\""), with_rule("\"Access\""));
    }
}
