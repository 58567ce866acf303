//! The double's mutable state and the token bookkeeping shared by both
//! providers.

use std::collections::{BTreeSet, HashMap, VecDeque};
use std::time::{Duration, SystemTime};

use rand::Rng as _;
use rand::distr::Alphanumeric;

use super::keys::{PublicKey, SigningKey};
use super::{
    AuthorizeMode, AuthorizeRequest, Counters, DeviceStatus, GoogleClient, MsClient,
    OAuthDoubleOptions, Provider, RecordedRequest, RefreshExpiry, TokenInfo,
};

/// A random string of `len` ASCII letters and digits.
pub(crate) fn random_alnum(len: usize) -> String {
    rand::rng()
        .sample_iter(&Alphanumeric)
        .take(len)
        .map(char::from)
        .collect()
}

/// A random string of `len` upper-case letters and digits (device user codes).
pub(crate) fn random_upper(len: usize) -> String {
    const SET: &[u8] = b"ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    let mut rng = rand::rng();
    (0..len)
        .map(|_| char::from(SET[rng.random_range(0..SET.len())]))
        .collect()
}

/// An issued access token.
#[derive(Clone, Debug)]
pub(crate) struct AccessRecord {
    pub info: TokenInfo,
    pub revoked: bool,
    /// The grant (refresh-token family) it came from, if any.
    pub grant_id: Option<String>,
}

/// Life-cycle of a refresh token.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum RtStatus {
    Live,
    /// Replaced by a newer refresh token (Microsoft rotation).
    Rotated,
    Expired(RefreshExpiry),
}

/// An issued refresh token.
#[derive(Clone, Debug)]
pub(crate) struct RefreshRecord {
    pub provider: Provider,
    pub client_id: String,
    pub tenant: Option<String>,
    pub user: String,
    pub scopes: Vec<String>,
    /// When this token was minted.
    pub issued_at: SystemTime,
    /// When the user originally signed in (kept across rotations).
    pub auth_time: SystemTime,
    pub last_used: SystemTime,
    pub status: RtStatus,
    pub grant_id: String,
    /// Issued to a Google app whose consent screen is in "Testing".
    pub google_testing: bool,
}

/// An authorization code.
#[derive(Clone, Debug)]
pub(crate) struct CodeRecord {
    pub provider: Provider,
    pub tenant: Option<String>,
    pub client_id: String,
    pub redirect_uri: String,
    pub scopes: Vec<String>,
    pub challenge: Option<String>,
    pub challenge_method: String,
    pub user: String,
    pub created_at: SystemTime,
    pub redeemed: bool,
    /// Google: `access_type=offline` (or a Desktop client).
    pub offline: bool,
}

/// A device-code flow.
#[derive(Clone, Debug)]
pub(crate) struct DeviceRecord {
    pub device_code: String,
    pub user_code: String,
    pub tenant: String,
    pub client_id: String,
    pub scopes: Vec<String>,
    pub expires_at: SystemTime,
    pub status: DeviceStatus,
    pub last_poll: Option<SystemTime>,
    /// When the device authorization was issued (the first poll is due one interval later).
    pub issued_at: SystemTime,
    pub interval: Duration,
    pub queued_slow_downs: u32,
    pub polls: u32,
}

/// An authorize request parked in [`AuthorizeMode::Manual`].
#[derive(Clone, Debug)]
pub(crate) struct PendingAuthorization {
    pub provider: Provider,
    pub key: String,
    pub tenant: Option<String>,
    pub client_id: String,
    pub redirect_uri: String,
    pub state: Option<String>,
    pub scopes: Vec<String>,
    pub challenge: Option<String>,
    pub challenge_method: String,
    pub offline: bool,
}

/// A registered Google service account.
#[derive(Clone, Debug)]
pub(crate) struct RegisteredServiceAccount {
    pub client_email: String,
    pub client_id: String,
    pub key_id: String,
    pub key: PublicKey,
    pub delegated_users: Vec<String>,
    pub delegated_scopes: Vec<String>,
}

/// A Microsoft client with its certificates parsed.
#[derive(Clone, Debug)]
pub(crate) struct RegisteredMsClient {
    pub client: MsClient,
    pub certificates: Vec<PublicKey>,
}

/// A canned answer queued by [`super::OAuthDouble::fail_next_token_requests`].
#[derive(Clone, Debug)]
pub(crate) struct InjectedFailure {
    pub status: u16,
    pub body: String,
    pub retry_after: Option<u64>,
}

/// Everything the double knows.
pub(crate) struct State {
    pub options: OAuthDoubleOptions,
    pub base_url: String,
    pub clock_offset: Duration,
    pub ms_clients: Vec<RegisteredMsClient>,
    pub google_clients: Vec<GoogleClient>,
    pub service_accounts: Vec<RegisteredServiceAccount>,
    pub users: BTreeSet<String>,
    pub access_tokens: HashMap<String, AccessRecord>,
    pub refresh_tokens: HashMap<String, RefreshRecord>,
    pub codes: HashMap<String, CodeRecord>,
    pub devices: Vec<DeviceRecord>,
    pub authorize_mode: AuthorizeMode,
    pub authorize_requests: Vec<AuthorizeRequest>,
    pub pending_authorizations: Vec<PendingAuthorization>,
    pub counters: Counters,
    pub requests: Vec<RecordedRequest>,
    pub injected_failures: VecDeque<InjectedFailure>,
    pub token_delay: Duration,
    pub app_mailboxes: HashMap<String, BTreeSet<String>>,
    pub mailbox_delegates: HashMap<String, BTreeSet<String>>,
    pub id_token_key: Option<SigningKey>,
}

impl State {
    pub(crate) fn new(options: OAuthDoubleOptions) -> State {
        State {
            options,
            base_url: String::new(),
            clock_offset: Duration::ZERO,
            ms_clients: Vec::new(),
            google_clients: Vec::new(),
            service_accounts: Vec::new(),
            users: BTreeSet::new(),
            access_tokens: HashMap::new(),
            refresh_tokens: HashMap::new(),
            codes: HashMap::new(),
            devices: Vec::new(),
            authorize_mode: AuthorizeMode::LoginHint,
            authorize_requests: Vec::new(),
            pending_authorizations: Vec::new(),
            counters: Counters::default(),
            requests: Vec::new(),
            injected_failures: VecDeque::new(),
            token_delay: Duration::ZERO,
            app_mailboxes: HashMap::new(),
            mailbox_delegates: HashMap::new(),
            id_token_key: None,
        }
    }

    /// The double's clock: wall time plus [`super::OAuthDouble::advance_time`].
    pub(crate) fn now(&self) -> SystemTime {
        SystemTime::now() + self.clock_offset
    }

    /// Mints an access token. `prefix` mimics the provider's token shape;
    /// tokens stay ≤ 40 characters (Dovecot submission limits lines to 512 bytes).
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn issue_access(
        &mut self,
        provider: Option<Provider>,
        user: Option<String>,
        client_id: Option<String>,
        tenant: Option<String>,
        scopes: Vec<String>,
        lifetime: Duration,
        grant_id: Option<String>,
    ) -> String {
        let prefix = match provider {
            Some(Provider::Microsoft) => "EwB",
            Some(Provider::Google) => "ya29.a0",
            None => "tok.",
        };
        let token = format!("{prefix}{}", random_alnum(40 - prefix.len()));
        let now = self.now();
        let info = TokenInfo {
            provider,
            app_only: user.is_none(),
            user,
            client_id,
            tenant,
            scopes,
            issued_at: now,
            expires_at: now + lifetime,
        };
        self.access_tokens.insert(
            token.clone(),
            AccessRecord {
                info,
                revoked: false,
                grant_id,
            },
        );
        token
    }

    /// Mints a refresh token for a new or existing grant.
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn issue_refresh(
        &mut self,
        provider: Provider,
        client_id: &str,
        tenant: Option<String>,
        user: &str,
        scopes: Vec<String>,
        grant_id: String,
        auth_time: SystemTime,
        google_testing: bool,
    ) -> String {
        let token = match provider {
            Provider::Microsoft => format!("0.AX{}", random_alnum(84)),
            Provider::Google => format!("1//0{}", random_alnum(99)),
        };
        let now = self.now();
        self.refresh_tokens.insert(
            token.clone(),
            RefreshRecord {
                provider,
                client_id: client_id.to_string(),
                tenant,
                user: user.to_string(),
                scopes,
                issued_at: now,
                auth_time,
                last_used: now,
                status: RtStatus::Live,
                grant_id,
                google_testing,
            },
        );
        token
    }

    /// Looks up a live, unexpired access token.
    pub(crate) fn live_access(&self, token: &str) -> Option<&AccessRecord> {
        let now = self.now();
        self.access_tokens
            .get(token)
            .filter(|r| !r.revoked && r.info.expires_at > now)
    }

    /// Revokes a whole grant: its refresh tokens and the access tokens minted from it.
    pub(crate) fn revoke_grant(&mut self, grant_id: &str) {
        for rt in self.refresh_tokens.values_mut() {
            if rt.grant_id == grant_id {
                rt.status = RtStatus::Expired(RefreshExpiry::Revoked);
            }
        }
        for at in self.access_tokens.values_mut() {
            if at.grant_id.as_deref() == Some(grant_id) {
                at.revoked = true;
            }
        }
    }

    /// Finds a Microsoft client by id, honouring the tenant segment of the URL
    /// (`common` / `organizations` match any tenant).
    pub(crate) fn ms_client(&self, tenant: &str, client_id: &str) -> Option<&RegisteredMsClient> {
        self.ms_clients
            .iter()
            .find(|c| c.client.client_id == client_id && tenant_matches(tenant, &c.client.tenant))
    }

    /// Whether any Microsoft client is registered under `tenant`.
    pub(crate) fn ms_tenant_known(&self, tenant: &str) -> bool {
        is_multi_tenant_alias(tenant)
            || self
                .ms_clients
                .iter()
                .any(|c| c.client.tenant.eq_ignore_ascii_case(tenant))
    }

    pub(crate) fn google_client(&self, client_id: &str) -> Option<&GoogleClient> {
        self.google_clients
            .iter()
            .find(|c| c.client_id == client_id)
    }

    /// The lazily generated key the double signs `id_token`s with.
    pub(crate) fn id_token_key(&mut self) -> &SigningKey {
        self.id_token_key.get_or_insert_with(SigningKey::generate)
    }
}

/// `common`, `organizations` and `consumers` are not tenants.
pub(crate) fn is_multi_tenant_alias(tenant: &str) -> bool {
    ["common", "organizations", "consumers"]
        .iter()
        .any(|a| a.eq_ignore_ascii_case(tenant))
}

fn tenant_matches(url_tenant: &str, client_tenant: &str) -> bool {
    is_multi_tenant_alias(url_tenant) || url_tenant.eq_ignore_ascii_case(client_tenant)
}

/// Splits a space-separated scope string.
pub(crate) fn split_scopes(scope: &str) -> Vec<String> {
    scope.split_whitespace().map(str::to_string).collect()
}
