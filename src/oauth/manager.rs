//! The token manager: one per account, shared (`Arc`) by every user of the account.
//!
//! * Concurrent callers trigger one refresh (an async mutex, re-checked after waiting).
//! * A token is refreshed `refresh_before_expiry` before it expires (at most half its
//!   lifetime before, for short-lived tokens).
//! * A rotated refresh token is saved (atomically, see [`super::store`]) before the old one
//!   is forgotten; if saving fails, the new one is kept in memory and saved at the next
//!   refresh, and the logs say so.
//! * Idle delegated grants are refreshed every `keepalive` so inactivity never kills them.
//! * [`TokenSource::invalidate`] (a server refused the token) forces one refresh; a token
//!   from that refresh refused again is not refreshed again until it expires (the grant
//!   works, the server refuses it: a permission problem, logged as such).
//! * A dead grant gives [`TokenError::ReauthorizationNeeded`] with a sentence saying what
//!   to do, for this account only; the manager stops calling the provider until the stored
//!   grant changes (`authorize` run again, even while the daemon runs).

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, Weak};
use std::time::{Duration, Instant};

use super::explain::{self, EndpointError};
use super::provider::{OAuthClient, Tokens, Usage, is_delegated};
use super::store::{StoreError, StoreLock, StoredGrant, TokenStore};
use super::{BoxFuture, TokenError, TokenSource};
use crate::config::{OAuthAccountSettings, Provider, Settings};
use crate::secret::SecretString;

struct Cached {
    token: SecretString,
    expires_at: Instant,
    lifetime: Duration,
    /// Obtained because the server refused the previous token.
    after_rejection: bool,
}

struct Dead {
    reason: String,
    /// The refresh token that was refused (None: app-only or nothing stored).
    refresh_token: Option<SecretString>,
}

#[derive(Default)]
struct State {
    access: Option<Cached>,
    /// The latest refresh token (may be newer than the file if a save failed).
    refresh_token: Option<SecretString>,
    /// What the store holds (metadata for the next save).
    grant: Option<StoredGrant>,
    /// A rotated refresh token not yet on disk.
    unsaved: bool,
    /// The next fetch follows a rejection by a server.
    force_next_after_rejection: bool,
    dead: Option<Dead>,
    last_refresh: Option<Instant>,
    last_failure: Option<Instant>,
    /// The token file's modification time when last looked at ([`TokenManager::pick_up_new_grant`]).
    seen_mtime: Option<std::time::SystemTime>,
}

/// Gives access tokens for one account; see the module docs.
pub struct TokenManager {
    client: OAuthClient,
    user: String,
    delegated: bool,
    store: Option<Arc<TokenStore>>,
    state: Mutex<State>,
    refresh_lock: tokio::sync::Mutex<()>,
    requests: AtomicU64,
    keepalive_started: std::sync::atomic::AtomicBool,
}

impl std::fmt::Debug for TokenManager {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TokenManager")
            .field("account", &self.client.account.name)
            .finish()
    }
}

fn unix_now() -> i64 {
    chrono::Utc::now().timestamp()
}

impl TokenManager {
    /// A manager for `account`, used as `usage` says (scopes). Delegated flows need the
    /// store; app-only flows keep their tokens in memory only.
    pub fn new(
        account: OAuthAccountSettings,
        usage: Usage,
        store: Option<Arc<TokenStore>>,
    ) -> Result<Self, String> {
        let delegated = is_delegated(account.flow);
        if delegated && store.is_none() {
            return Err(format!(
                "account `{}` needs the token store (delegated flow)",
                account.name
            ));
        }
        let user = account.user.clone().unwrap_or_default();
        let client = OAuthClient::new(account, usage)?;
        let m = Self {
            client,
            user,
            delegated,
            store,
            state: Mutex::new(State::default()),
            refresh_lock: tokio::sync::Mutex::new(()),
            requests: AtomicU64::new(0),
            keepalive_started: std::sync::atomic::AtomicBool::new(false),
        };
        if let Some(store) = &m.store
            && let Ok(Some(g)) = store.load(m.name())
        {
            let mut st = m.lock();
            st.refresh_token = Some(g.refresh_token.clone());
            st.grant = Some(g);
        }
        Ok(m)
    }

    /// A new manager of `account` as `settings` configure it, not shared with anyone
    /// (one-shot commands; the daemon keeps its managers in [`Accounts`]). `None` when the
    /// configuration has no such account.
    pub fn for_account(
        settings: &Settings,
        account: &str,
    ) -> Option<Result<Arc<TokenManager>, String>> {
        settings.oauth_account(account)?;
        Some(Self::build(settings, account))
    }

    fn build(settings: &Settings, account: &str) -> Result<Arc<TokenManager>, String> {
        let a = settings
            .oauth_account(account)
            .ok_or_else(|| format!("no [[oauth_account]] named \"{account}\""))?;
        let store = if is_delegated(a.flow) {
            Some(Arc::new(
                TokenStore::open(&settings.state_dir, settings.token_key.as_ref())
                    .map_err(|e| e.to_string())?,
            ))
        } else {
            None
        };
        TokenManager::new(a.clone(), Usage::of(settings, account), store).map(Arc::new)
    }

    pub fn name(&self) -> &str {
        &self.client.account.name
    }

    pub fn account(&self) -> &OAuthAccountSettings {
        &self.client.account
    }

    pub fn scopes(&self) -> &[String] {
        &self.client.scopes
    }

    /// Token-endpoint requests made so far (tests, metrics).
    pub fn requests(&self) -> u64 {
        self.requests.load(Ordering::Relaxed)
    }

    /// Lifetime of the current access token, if one is held.
    pub fn token_lifetime(&self) -> Option<Duration> {
        self.lock().access.as_ref().map(|c| c.lifetime)
    }

    /// Why the account cannot get tokens, when its grant is dead.
    pub fn problem(&self) -> Option<String> {
        self.lock().dead.as_ref().map(|d| d.reason.clone())
    }

    fn lock(&self) -> MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn margin(&self, lifetime: Duration) -> Duration {
        self.client.account.refresh_before_expiry.min(lifetime / 2)
    }

    fn cached(&self) -> Option<SecretString> {
        let st = self.lock();
        let c = st.access.as_ref()?;
        (Instant::now() + self.margin(c.lifetime) < c.expires_at).then(|| c.token.clone())
    }

    /// A valid access token, refreshed first when it is about to expire.
    pub async fn access_token(&self) -> Result<SecretString, TokenError> {
        if let Some(t) = self.cached() {
            return Ok(t);
        }
        let _g = self.refresh_lock.lock().await;
        if let Some(t) = self.cached() {
            return Ok(t);
        }
        self.fetch().await
    }

    /// Fetches a new access token now, whatever the cache holds (`authorize` proves a
    /// grant this way; the keep-alive uses it too).
    pub async fn force_refresh(&self) -> Result<SecretString, TokenError> {
        let _g = self.refresh_lock.lock().await;
        self.fetch().await
    }

    fn reauth(&self, reason: impl Into<String>) -> TokenError {
        TokenError::ReauthorizationNeeded {
            account: self.name().to_string(),
            reason: reason.into(),
        }
    }

    /// The refresh token to use: the file's (it may have been replaced by `authorize`),
    /// unless a newer rotated one could not be saved yet.
    fn current_refresh_token(&self) -> Result<SecretString, TokenError> {
        let store = self
            .store
            .as_ref()
            .expect("delegated accounts have a store");
        let loaded = store.load(self.name());
        let mut st = self.lock();
        match loaded {
            Ok(Some(g)) => {
                let acc = &self.client.account;
                let provider = provider_name(acc.provider);
                let client_id = acc.client_id.clone().unwrap_or_default();
                if g.provider != provider || g.client_id != client_id {
                    return Err(self.reauth(format!(
                        "the stored grant was obtained for {} client {}, but the account now uses {provider} client {client_id}; run `dastra-mailgate authorize {}`",
                        g.provider,
                        g.client_id,
                        self.name()
                    )));
                }
                if !(st.unsaved && st.refresh_token.is_some()) {
                    st.refresh_token = Some(g.refresh_token.clone());
                }
                st.grant = Some(g);
            }
            Ok(None) if st.unsaved && st.refresh_token.is_some() => {}
            Ok(None) => {
                return Err(self.reauth(format!(
                    "not authorized yet: run `dastra-mailgate authorize {}`",
                    self.name()
                )));
            }
            Err(e @ StoreError::Corrupt { .. }) => return Err(self.reauth(e.to_string())),
            Err(e) if st.unsaved && st.refresh_token.is_some() => {
                tracing::warn!(account = %self.name(), error = %e, "Cannot read the token file; using the refresh token in memory.");
            }
            Err(e) => {
                return Err(TokenError::Temporary {
                    account: self.name().to_string(),
                    reason: e.to_string(),
                });
            }
        }
        let rt = st.refresh_token.clone().expect("set above");
        if let Some(d) = &st.dead
            && d.refresh_token.as_ref() == Some(&rt)
        {
            return Err(self.reauth(d.reason.clone()));
        }
        Ok(rt)
    }

    /// Waits (up to a minute) for the account's lock file: see [`TokenStore::try_lock`].
    async fn lock_store(&self) -> Result<Option<StoreLock>, TokenError> {
        let Some(store) = &self.store else {
            return Ok(None);
        };
        let start = Instant::now();
        loop {
            match store.try_lock(self.name()) {
                Ok(Some(l)) => return Ok(Some(l)),
                Ok(None) if start.elapsed() < Duration::from_secs(60) => {
                    tokio::time::sleep(Duration::from_millis(50)).await;
                }
                Ok(None) => {
                    return Err(TokenError::Temporary {
                        account: self.name().to_string(),
                        reason: "another process has held the token file lock for a minute".into(),
                    });
                }
                Err(e) => {
                    return Err(TokenError::Temporary {
                        account: self.name().to_string(),
                        reason: e.to_string(),
                    });
                }
            }
        }
    }

    /// One request to the token endpoint (the caller holds `refresh_lock`).
    async fn fetch(&self) -> Result<SecretString, TokenError> {
        let _file_lock = self.lock_store().await?;
        let after_rejection = std::mem::take(&mut self.lock().force_next_after_rejection);
        let used_rt = if self.delegated {
            match self.current_refresh_token() {
                Ok(rt) => Some(rt),
                Err(e) => {
                    self.note_failure(&e, None);
                    return Err(e);
                }
            }
        } else {
            // A refused app-only grant is retried (a new secret may have been put in
            // place), but not more than once a minute.
            let recent_dead = {
                let st = self.lock();
                match (&st.dead, st.last_failure) {
                    (Some(d), Some(t)) if t.elapsed() < Duration::from_secs(60) => {
                        Some(d.reason.clone())
                    }
                    _ => None,
                }
            };
            if let Some(reason) = recent_dead {
                return Err(self.reauth(reason));
            }
            None
        };
        self.requests.fetch_add(1, Ordering::Relaxed);
        let result = match &used_rt {
            Some(rt) => self.client.refresh(rt).await,
            None => self.client.app_only().await,
        };
        match result {
            Ok(tokens) => Ok(self.accept(tokens, used_rt, after_rejection)),
            Err(e) => {
                let te = explain::token_error(
                    self.name(),
                    self.client.account.provider,
                    self.client.account.flow,
                    &e,
                );
                self.note_failure(&te, used_rt);
                log_endpoint_error(self.name(), &e);
                Err(te)
            }
        }
    }

    fn note_failure(&self, e: &TokenError, used_rt: Option<SecretString>) {
        let mut st = self.lock();
        st.last_failure = Some(Instant::now());
        crate::metrics::inc(
            "mailgate_oauth_token_failures_total",
            &[("account", self.name())],
        );
        if let TokenError::ReauthorizationNeeded { reason, .. } = e {
            let first = st.dead.as_ref().is_none_or(|d| d.reason != *reason);
            st.dead = Some(Dead {
                reason: reason.clone(),
                refresh_token: used_rt,
            });
            st.access = None;
            drop(st);
            crate::metrics::set(
                "mailgate_oauth_reauthorization_needed",
                &[("account", self.name())],
                1.0,
            );
            if first {
                tracing::error!(account = %self.name(), "OAuth account needs re-authorisation: {reason}");
            }
        } else {
            tracing::warn!(account = %self.name(), error = %e, "Cannot get an OAuth token right now; will retry.");
        }
    }

    /// Saves a rotated refresh token before forgetting the old one, then caches the access token.
    fn accept(
        &self,
        tokens: Tokens,
        used_rt: Option<SecretString>,
        after_rejection: bool,
    ) -> SecretString {
        if let (Some(store), Some(used)) = (&self.store, &used_rt) {
            let new_rt = tokens.refresh_token.clone().unwrap_or_else(|| used.clone());
            let rotated = &new_rt != used;
            let base = self.lock().grant.clone();
            let acc = &self.client.account;
            let grant = StoredGrant {
                refresh_token: new_rt.clone(),
                scopes: tokens
                    .scopes
                    .clone()
                    .or_else(|| base.as_ref().map(|b| b.scopes.clone()))
                    .unwrap_or_else(|| self.client.scopes.clone()),
                provider: provider_name(acc.provider).to_string(),
                client_id: acc.client_id.clone().unwrap_or_default(),
                user: base.as_ref().and_then(|b| b.user.clone()),
                authorized_at: base.as_ref().map_or_else(unix_now, |b| b.authorized_at),
                refreshed_at: unix_now(),
            };
            let saved = store.save(self.name(), &grant);
            let mut st = self.lock();
            match saved {
                Ok(()) => {
                    st.unsaved = false;
                    if rotated {
                        tracing::debug!(account = %self.name(), "Refresh token rotated; the new one is saved.");
                    }
                }
                Err(e) => {
                    st.unsaved = rotated || st.unsaved;
                    tracing::error!(account = %self.name(), error = %e, "Cannot save the refresh token: it is kept in memory and saved at the next refresh; if the service stops before that, the account will need `dastra-mailgate authorize` again.");
                }
            }
            st.refresh_token = Some(new_rt);
            st.grant = Some(grant);
        }
        let lifetime = tokens.expires_in.max(Duration::from_secs(1));
        let mut st = self.lock();
        let was_dead = st.dead.take().is_some();
        st.access = Some(Cached {
            token: tokens.access_token.clone(),
            expires_at: Instant::now() + lifetime,
            lifetime,
            after_rejection,
        });
        st.last_refresh = Some(Instant::now());
        st.last_failure = None;
        drop(st);
        crate::metrics::inc(
            "mailgate_oauth_token_refreshes_total",
            &[("account", self.name())],
        );
        if was_dead {
            crate::metrics::set(
                "mailgate_oauth_reauthorization_needed",
                &[("account", self.name())],
                0.0,
            );
            tracing::info!(account = %self.name(), "OAuth account works again.");
        }
        tracing::debug!(account = %self.name(), expires_in_s = lifetime.as_secs(), "Access token obtained.");
        tokens.access_token
    }

    /// Notices a grant stored by `authorize` while this account is dead (the token file
    /// changed and holds another refresh token than the refused one): forgets the refusal
    /// so the next use fetches a token at once, and returns true so the daemon can retry the
    /// users of the account now instead of after their back-off. Cheap when nothing changed
    /// (one `stat`); the daemon calls it every few seconds.
    pub fn pick_up_new_grant(&self) -> bool {
        let Some(store) = &self.store else {
            return false;
        };
        let mtime = std::fs::metadata(store.path(self.name()))
            .and_then(|m| m.modified())
            .ok();
        {
            let mut st = self.lock();
            if st.seen_mtime == mtime {
                return false;
            }
            st.seen_mtime = mtime;
            if st.dead.is_none() {
                return false;
            }
        }
        let Ok(Some(g)) = store.load(self.name()) else {
            return false;
        };
        let mut st = self.lock();
        let Some(dead) = &st.dead else {
            return false;
        };
        if dead.refresh_token.as_ref() == Some(&g.refresh_token) {
            return false;
        }
        st.dead = None;
        st.last_failure = None;
        st.access = None;
        st.unsaved = false;
        st.refresh_token = Some(g.refresh_token.clone());
        st.grant = Some(g);
        drop(st);
        crate::metrics::set(
            "mailgate_oauth_reauthorization_needed",
            &[("account", self.name())],
            0.0,
        );
        tracing::info!(account = %self.name(), "A new grant was stored (`authorize`): using it now.");
        true
    }

    /// A server refused the current token: the next call fetches a new one, once.
    pub fn reject_current(&self) {
        let mut st = self.lock();
        match &st.access {
            Some(c) if c.after_rejection => {
                tracing::warn!(
                    account = %self.name(),
                    "A freshly obtained token was refused too: the grant works, but the server refuses it. Check the permissions (Microsoft: IMAP.AccessAsUser.All / SMTP.Send delegated, or IMAP.AccessAsApp / SMTP.SendAsApp plus Add-MailboxPermission for app-only; Google: the https://mail.google.com/ scope) and that IMAP / SMTP AUTH is enabled for the mailbox."
                );
            }
            Some(_) => {
                st.access = None;
                st.force_next_after_rejection = true;
            }
            None => {}
        }
    }

    /// How long until the next keep-alive check.
    fn keepalive_wait(&self) -> Duration {
        let st = self.lock();
        let keepalive = self.client.account.keepalive;
        if st.dead.is_some() {
            // Look for a new grant (`authorize` run while the daemon runs) once a minute;
            // no request is made while the stored grant is the refused one.
            return Duration::from_secs(60).min(keepalive);
        }
        if st.last_failure.is_some() {
            return Duration::from_secs(300).min(keepalive);
        }
        let since = match (st.last_refresh, &st.grant) {
            (Some(t), _) => t.elapsed(),
            (None, Some(g)) => Duration::from_secs((unix_now() - g.refreshed_at).max(0) as u64),
            (None, None) => return Duration::from_secs(60).min(keepalive),
        };
        keepalive
            .saturating_sub(since)
            .clamp(Duration::from_millis(200), Duration::from_secs(3600))
    }

    fn keepalive_due(&self) -> bool {
        let st = self.lock();
        let keepalive = self.client.account.keepalive;
        match (st.last_refresh, &st.grant) {
            (Some(t), _) => t.elapsed() >= keepalive,
            (None, Some(g)) => unix_now() - g.refreshed_at >= keepalive.as_secs() as i64,
            (None, None) => true,
        }
    }

    /// Runs the keep-alive for a delegated account in the background, as long as someone
    /// holds the manager. Returns `None` for app-only accounts, outside a runtime, or when
    /// it already runs (every user of a shared manager may call this).
    pub fn spawn_keepalive(self: &Arc<Self>) -> Option<tokio::task::JoinHandle<()>> {
        if !self.delegated {
            return None;
        }
        let rt = tokio::runtime::Handle::try_current().ok()?;
        if self.keepalive_started.swap(true, Ordering::SeqCst) {
            return None;
        }
        let weak: Weak<Self> = Arc::downgrade(self);
        Some(rt.spawn(async move {
            loop {
                let wait = match weak.upgrade() {
                    Some(m) => m.keepalive_wait(),
                    None => return,
                };
                tokio::time::sleep(wait).await;
                let Some(m) = weak.upgrade() else { return };
                if m.keepalive_due() || m.lock().last_failure.is_some() {
                    let _g = m.refresh_lock.lock().await;
                    if (m.keepalive_due() || m.lock().last_failure.is_some())
                        && m.fetch().await.is_ok()
                    {
                        tracing::info!(account = %m.name(), "Refreshed the idle account's grant (keep-alive).");
                    }
                }
            }
        }))
    }
}

/// The token managers of the accounts a configuration uses (by a mailbox or the relay
/// transport): one per account, shared by every user of it. The daemon (`app.rs`) owns one
/// and hands the managers to each component; a clone is a handle on the same set (the admin
/// pages read it). No process-wide registry: a reload [reconciles](Accounts::reconcile) it.
#[derive(Clone, Default)]
pub struct Accounts {
    inner: Arc<Mutex<BTreeMap<String, Managed>>>,
}

struct Managed {
    key: AccountKey,
    manager: Result<Arc<TokenManager>, String>,
}

/// Everything a manager is built from: equal keys keep the manager (and its tokens).
#[derive(PartialEq)]
struct AccountKey {
    account: OAuthAccountSettings,
    usage: Usage,
    state_dir: PathBuf,
    token_key: Option<crate::secret::SecretRef>,
    /// The token key's content (digest), for delegated accounts: a rotated key file
    /// reopens the store.
    token_key_digest: Option<String>,
}

impl AccountKey {
    fn of(settings: &Settings, account: &OAuthAccountSettings) -> AccountKey {
        let delegated = is_delegated(account.flow);
        let token_key = settings.token_key.clone().filter(|_| delegated);
        let token_key_digest = token_key.as_ref().map(|r| match r.resolve() {
            Ok(v) => {
                use sha2::Digest as _;
                hex::encode(&sha2::Sha256::digest(v.expose().as_bytes())[..8])
            }
            Err(_) => "unreadable".into(),
        });
        AccountKey {
            account: account.clone(),
            usage: Usage::of(settings, &account.name),
            state_dir: settings.state_dir.clone(),
            token_key,
            token_key_digest,
        }
    }
}

/// What [`Accounts::reconcile`] did, by account name.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Reconciled {
    /// Same settings: the running manager and its tokens are kept.
    pub kept: Vec<String>,
    /// Changed settings: a new manager replaces the old one.
    pub replaced: Vec<String>,
    pub added: Vec<String>,
    pub removed: Vec<String>,
}

impl Accounts {
    /// The managers of every account `settings` use.
    pub fn for_settings(settings: &Settings) -> Accounts {
        let a = Accounts::default();
        a.reconcile(settings);
        a
    }

    fn lock(&self) -> MutexGuard<'_, BTreeMap<String, Managed>> {
        self.inner.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Brings the set in line with `settings`, per account: an account whose settings
    /// (and token key) are unchanged keeps its manager and tokens; a changed one gets a new
    /// manager (its users must take the new one: the daemon restarts them); accounts no
    /// longer used are dropped. An account that cannot be set up (e.g. an unreadable token
    /// key) holds its reason instead, so the others still run.
    pub fn reconcile(&self, settings: &Settings) -> Reconciled {
        let mut out = Reconciled::default();
        let mut map = self.lock();
        let used: Vec<&OAuthAccountSettings> = settings
            .oauth_accounts
            .iter()
            .filter(|a| Usage::of(settings, &a.name) != Usage::default())
            .collect();
        let names: Vec<String> = map.keys().cloned().collect();
        for name in names {
            if !used.iter().any(|a| a.name == name) {
                map.remove(&name);
                out.removed.push(name);
            }
        }
        for a in used {
            let key = AccountKey::of(settings, a);
            match map.get(&a.name) {
                Some(m) if m.key == key && m.manager.is_ok() => {
                    out.kept.push(a.name.clone());
                    continue;
                }
                Some(_) => out.replaced.push(a.name.clone()),
                None => out.added.push(a.name.clone()),
            }
            let manager = TokenManager::build(settings, &a.name);
            map.insert(a.name.clone(), Managed { key, manager });
        }
        out
    }

    /// The manager of `account`; `None` when no mailbox nor the relay uses it.
    pub fn get(&self, account: &str) -> Option<Result<Arc<TokenManager>, String>> {
        self.lock().get(account).map(|m| m.manager.clone())
    }

    /// Every account with its manager (or why it cannot be set up), by name.
    pub fn all(&self) -> Vec<(String, Result<Arc<TokenManager>, String>)> {
        self.lock()
            .iter()
            .map(|(n, m)| (n.clone(), m.manager.clone()))
            .collect()
    }

    /// The managers that could be set up.
    pub fn managers(&self) -> Vec<Arc<TokenManager>> {
        self.lock()
            .values()
            .filter_map(|m| m.manager.clone().ok())
            .collect()
    }
}

fn provider_name(p: Provider) -> &'static str {
    match p {
        Provider::Microsoft => "microsoft",
        Provider::Google => "google",
    }
}

fn log_endpoint_error(account: &str, e: &EndpointError) {
    tracing::debug!(account, status = ?e.status, error = %e, "Token endpoint refused.");
}

impl TokenSource for TokenManager {
    fn user(&self) -> &str {
        &self.user
    }

    fn token(&self) -> BoxFuture<'_, Result<SecretString, TokenError>> {
        Box::pin(self.access_token())
    }

    fn invalidate(&self) {
        self.reject_current();
    }
}

/// A shared manager seen as another user: the SASL `user=` is the mailbox (a shared
/// mailbox accessed with a delegate's token, or an app-only token acting for a mailbox).
pub struct ForUser {
    inner: Arc<TokenManager>,
    user: String,
}

impl ForUser {
    pub fn new(inner: Arc<TokenManager>, user: impl Into<String>) -> Self {
        Self {
            inner,
            user: user.into(),
        }
    }
}

impl TokenSource for ForUser {
    fn user(&self) -> &str {
        &self.user
    }

    fn token(&self) -> BoxFuture<'_, Result<SecretString, TokenError>> {
        self.inner.token()
    }

    fn invalidate(&self) {
        self.inner.invalidate();
    }
}

/// The token source of an account that could not be set up: every call says why.
pub struct Unavailable {
    pub user: String,
    pub error: TokenError,
}

impl TokenSource for Unavailable {
    fn user(&self) -> &str {
        &self.user
    }

    fn token(&self) -> BoxFuture<'_, Result<SecretString, TokenError>> {
        let e = self.error.clone();
        Box::pin(async move { Err(e) })
    }

    fn invalidate(&self) {}
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The relay uses `relay`, a mailbox uses `imap`; `spare` is used by nobody.
    fn settings(dir: &std::path::Path, relay_client: &str, imap_client: &str) -> Settings {
        let text = format!(
            r#"[dastra]
api_key = "env:NOPE"
workspace_id = 1
area_id = 1
[state]
dir = "{state}"
[[mailbox]]
name = "box"
host = "imap.example.org"
username = "box@example.org"
auth = "oauth"
oauth_account = "imap"
[relay]
enabled = true
sender = "privacy@example.org"
[relay.transport]
type = "smtp"
host = "smtp.office365.com"
auth = "xoauth2"
oauth_account = "relay"
[[oauth_account]]
name = "relay"
provider = "microsoft"
flow = "client_credentials"
tenant = "t"
client_id = "{relay_client}"
client_secret = "env:NOPE"
user = "privacy@example.org"
[[oauth_account]]
name = "imap"
provider = "microsoft"
flow = "client_credentials"
tenant = "t"
client_id = "{imap_client}"
client_secret = "env:NOPE"
user = "box@example.org"
[[oauth_account]]
name = "spare"
provider = "microsoft"
flow = "client_credentials"
tenant = "t"
client_id = "c"
client_secret = "env:NOPE"
user = "spare@example.org"
"#,
            state = dir.display()
        );
        crate::config::load_str(&text, &dir.join("config.toml"))
            .unwrap_or_else(|e| panic!("{e}"))
            .0
    }

    #[test]
    fn reconcile_keeps_unchanged_accounts_and_replaces_changed_ones() {
        let dir = tempfile::tempdir().unwrap();
        let accounts = Accounts::for_settings(&settings(dir.path(), "r1", "i1"));
        let names: Vec<String> = accounts.all().into_iter().map(|(n, _)| n).collect();
        assert_eq!(names, ["imap", "relay"], "unused accounts get no manager");
        let relay = accounts.get("relay").unwrap().unwrap();
        let imap = accounts.get("imap").unwrap().unwrap();

        let r = accounts.reconcile(&settings(dir.path(), "r2", "i1"));
        assert_eq!(r.kept, ["imap"]);
        assert_eq!(r.replaced, ["relay"]);
        assert!(r.added.is_empty() && r.removed.is_empty());
        let imap_after = accounts.get("imap").unwrap().unwrap();
        assert!(Arc::ptr_eq(&imap, &imap_after), "unchanged: same manager");
        let relay_after = accounts.get("relay").unwrap().unwrap();
        assert!(!Arc::ptr_eq(&relay, &relay_after));
        assert_eq!(relay_after.account().client_id.as_deref(), Some("r2"));

        // Same settings again: nothing changes.
        let r = accounts.reconcile(&settings(dir.path(), "r2", "i1"));
        assert_eq!(r.kept, ["relay", "imap"]);
        assert!(r.replaced.is_empty());
        assert!(Arc::ptr_eq(
            &relay_after,
            &accounts.get("relay").unwrap().unwrap()
        ));
    }
}
