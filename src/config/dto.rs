//! The TOML file as written by the operator: plain serde DTOs with defaults.
//!
//! Nothing here is trusted: [`super::validate`] turns these into [`super::Settings`], checking
//! every value and reporting every problem at once by key path.

use serde::Deserialize;

use super::defaults as d;

/// The whole file.
#[derive(Debug, Clone, Deserialize, Default)]
#[serde(default)]
pub struct ConfigFile {
    /// Dastra API access.
    pub dastra: Option<DastraDto>,
    /// Where the ledger, spool and tokens live.
    pub state: StateDto,
    /// Collection mailboxes watched over IMAP (`[[mailbox]]`).
    pub mailbox: Vec<MailboxDto>,
    /// OAuth 2.0 accounts (`[[oauth_account]]`), referenced by mailboxes and the relay.
    pub oauth_account: Vec<OAuthAccountDto>,
    /// The notification relay.
    pub relay: Option<RelayDto>,
    /// Logging.
    pub logging: LoggingDto,
    /// Admin listener: health, readiness, metrics, status.
    pub admin: AdminDto,
    /// Understanding: lexicon overrides and guards shared by all mailboxes.
    pub understanding: UnderstandingDto,
    /// The journal of processed and relayed messages (admin page, `journal`).
    pub journal: JournalDto,
    /// How long personal data is kept: journal, ledger, raw copies, delivered spool entries.
    pub retention: RetentionDto,
    /// Retries of failing messages and the legal-deadline alert.
    pub ingest: IngestDto,
}

/// `[ingest]`: what happens to a message whose Dastra calls keep failing, and when to warn
/// about a request's legal deadline.
#[derive(Debug, Clone, Deserialize)]
#[serde(default)]
pub struct IngestDto {
    /// Tries (passes with a temporary failure) before a message is parked with an alert.
    pub max_attempts: u32,
    /// Delay after the first failed try; doubles each time, at most an hour.
    pub first_retry_delay_secs: u64,
    /// Alert this many days before a request's deadline while it is still open in Dastra
    /// (0: never).
    pub deadline_alert_days: u32,
    /// Domains whose staff may add to any request (a `[DSR-n]` subject or a reply in its
    /// thread); anyone else only to their own.
    pub internal_domains: Vec<String>,
}

impl Default for IngestDto {
    fn default() -> Self {
        Self {
            max_attempts: 12,
            first_retry_delay_secs: 10,
            deadline_alert_days: 7,
            internal_domains: Vec::new(),
        }
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(default)]
pub struct DastraDto {
    pub base_url: String,
    pub token_url: String,
    /// `X-API-Key` private key, as a secret reference.
    pub api_key: Option<String>,
    /// Public key of the API key pair (not a secret), for the client-credentials token.
    pub public_key: Option<String>,
    /// Private key of the pair, as a secret reference.
    pub private_key: Option<String>,
    pub workspace_id: Option<i64>,
    pub area_id: Option<i64>,
    pub tags: Vec<String>,
    pub max_requests_per_min: u32,
    pub request_timeout_secs: u64,
    pub connect_timeout_secs: u64,
    /// Extra CA certificate (PEM) to trust, e.g. a TLS-inspecting proxy.
    pub ca_file: Option<String>,
    /// Task deadline, in days after reception.
    pub task_deadline_days: u32,
    /// Create DSRs with `sendNotification` (Dastra emails the requester).
    pub send_notification: bool,
}

impl Default for DastraDto {
    fn default() -> Self {
        Self {
            base_url: d::DASTRA_BASE_URL.into(),
            token_url: d::DASTRA_TOKEN_URL.into(),
            api_key: None,
            public_key: None,
            private_key: None,
            workspace_id: None,
            area_id: None,
            tags: vec![d::DEFAULT_TAG.into()],
            max_requests_per_min: d::DASTRA_MAX_REQUESTS_PER_MIN,
            request_timeout_secs: d::DASTRA_REQUEST_TIMEOUT_SECS,
            connect_timeout_secs: d::DASTRA_CONNECT_TIMEOUT_SECS,
            ca_file: None,
            task_deadline_days: d::TASK_DEADLINE_DAYS,
            send_notification: false,
        }
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(default)]
pub struct StateDto {
    pub dir: String,
    /// Key encrypting the OAuth token store, as a secret reference (32 random bytes as 64
    /// hex characters). Default: a key file generated in the state directory.
    pub token_key: Option<String>,
}

impl Default for StateDto {
    fn default() -> Self {
        Self {
            dir: d::STATE_DIR.into(),
            token_key: None,
        }
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(default)]
pub struct MailboxDto {
    pub name: String,
    pub host: String,
    pub port: Option<u16>,
    /// `implicit` (993), `starttls` (143) or `none` (needs `allow_insecure`).
    pub tls: String,
    pub allow_insecure: bool,
    /// Extra CA certificate (PEM) to trust for this server.
    pub ca_file: Option<String>,
    pub username: String,
    /// `password` or `oauth`.
    pub auth: String,
    pub password: Option<String>,
    pub oauth_account: Option<String>,
    /// `idle` or `poll`.
    pub mode: String,
    pub poll_interval_secs: u64,
    pub idle_renew_secs: u64,
    pub command_timeout_secs: u64,
    pub max_message_bytes: u64,
    pub folders: FoldersDto,
    pub workspace_id: Option<i64>,
    pub area_id: Option<i64>,
    /// `request`, `task` or `incident`.
    pub default_kind: String,
    /// Detect incidents from the text when no rule matched.
    pub auto_kind: bool,
    pub tags: Option<Vec<String>>,
    /// Move messages after processing (false = leave them, for debugging).
    pub move_processed: bool,
    #[serde(rename = "rule")]
    pub rules: Vec<RuleDto>,
    /// Acknowledge created requests to the data subject through the relay
    /// (`[mailbox.acknowledge]`).
    pub acknowledge: Option<AcknowledgeDto>,
}

/// `[mailbox.acknowledge]`: the optional reply to the data subject.
#[derive(Debug, Clone, Deserialize)]
#[serde(default)]
pub struct AcknowledgeDto {
    pub enabled: bool,
    /// At most this many acknowledgements per recipient in 24 hours.
    pub max_per_recipient_per_day: u32,
    /// The request reference in the subject; `{id}` is the request id.
    pub reference_format: String,
    /// Per-locale overrides of the built-in fr/en/nl/de templates (`[mailbox.acknowledge.templates.fr]`).
    pub templates: std::collections::BTreeMap<String, AckTemplateDto>,
}

impl AcknowledgeDto {
    pub(crate) fn relay_missing(&self, file: &ConfigFile) -> bool {
        file.relay.as_ref().is_none_or(|r| !r.enabled)
    }
}

impl Default for AcknowledgeDto {
    fn default() -> Self {
        Self {
            enabled: true,
            max_per_recipient_per_day: 3,
            reference_format: "[DSR-{id}]".into(),
            templates: std::collections::BTreeMap::new(),
        }
    }
}

#[derive(Debug, Clone, Deserialize, Default)]
#[serde(default)]
pub struct AckTemplateDto {
    pub subject: String,
    pub body: String,
}

impl Default for MailboxDto {
    fn default() -> Self {
        Self {
            name: String::new(),
            host: String::new(),
            port: None,
            tls: "implicit".into(),
            allow_insecure: false,
            ca_file: None,
            username: String::new(),
            auth: "password".into(),
            password: None,
            oauth_account: None,
            mode: "idle".into(),
            poll_interval_secs: d::POLL_INTERVAL_SECS,
            idle_renew_secs: d::IDLE_RENEW_SECS,
            command_timeout_secs: d::IMAP_COMMAND_TIMEOUT_SECS,
            max_message_bytes: d::MAX_MESSAGE_BYTES,
            folders: FoldersDto::default(),
            workspace_id: None,
            area_id: None,
            default_kind: "request".into(),
            auto_kind: false,
            tags: None,
            move_processed: true,
            rules: Vec::new(),
            acknowledge: None,
        }
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(default)]
pub struct FoldersDto {
    pub inbox: String,
    pub processed: String,
    pub failed: String,
    pub ignored: String,
}

impl Default for FoldersDto {
    fn default() -> Self {
        Self {
            inbox: "INBOX".into(),
            processed: "Dastra/Processed".into(),
            failed: "Dastra/Failed".into(),
            ignored: "Dastra/Ignored".into(),
        }
    }
}

/// One routing rule: every condition given must match; the first matching rule wins.
#[derive(Debug, Clone, Deserialize, Default)]
#[serde(default)]
pub struct RuleDto {
    pub name: Option<String>,
    /// Recipient address (To, Cc, Delivered-To); `privacy+incident@example.org` matches exactly.
    pub recipient: Option<String>,
    /// Sender address, exact (case-insensitive).
    pub sender: Option<String>,
    /// Sender domain, exact or a parent domain.
    pub sender_domain: Option<String>,
    /// Regex on the subject.
    pub subject: Option<String>,
    /// Regex on the body text.
    pub body: Option<String>,
    /// Header name that must be present...
    pub header: Option<String>,
    /// ...and match this regex (when given).
    pub header_value: Option<String>,
    /// `request`, `task`, `incident` or `ignore`.
    pub kind: Option<String>,
    pub workspace_id: Option<i64>,
    pub area_id: Option<i64>,
    pub tags: Option<Vec<String>>,
    /// Dastra user id of the assignee (operator / assignedToUserId).
    pub assignee: Option<i64>,
    /// Requests only: the rights, replacing those read from the text (`["Access"]`).
    pub purposes: Option<Vec<String>>,
    /// Requests only: Dastra's person category (`Employee`, `Client`, `Candidate`, …).
    pub person_category: Option<String>,
    /// Requests only: the locale, replacing the detected one (`"fr"`).
    pub locale: Option<String>,
    /// Requests only: whether Dastra emails the requester (overrides `dastra.send_notification`).
    pub send_notification: Option<bool>,
}

#[derive(Debug, Clone, Deserialize, Default)]
#[serde(default)]
pub struct OAuthAccountDto {
    pub name: String,
    /// `microsoft` or `google`.
    pub provider: String,
    /// `client_credentials`, `device_code`, `auth_code` or `service_account`.
    pub flow: String,
    pub tenant: Option<String>,
    pub authority: Option<String>,
    pub client_id: Option<String>,
    pub client_secret: Option<String>,
    pub certificate_file: Option<String>,
    pub private_key_file: Option<String>,
    pub service_account_key: Option<String>,
    /// The mailbox this account acts as (IMAP user, sender, `sub` of a service account).
    pub user: Option<String>,
    pub scopes: Option<Vec<String>>,
    pub token_url: Option<String>,
    pub auth_url: Option<String>,
    pub device_code_url: Option<String>,
    pub refresh_before_expiry_secs: Option<u64>,
    /// Refresh an idle account's grant at least this often, so inactivity never expires it.
    pub keepalive_secs: Option<u64>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(default)]
pub struct RelayDto {
    pub enabled: bool,
    pub listen: String,
    pub hostname: Option<String>,
    pub tls_cert_file: Option<String>,
    pub tls_key_file: Option<String>,
    pub sender: String,
    pub alias: Option<String>,
    pub reply_to_original: bool,
    pub allowed_sender_domains: Vec<String>,
    /// Clients allowed to connect without AUTH (loopback only).
    pub allow_unauthenticated_loopback: bool,
    #[serde(rename = "client")]
    pub clients: Vec<RelayClientDto>,
    pub transport: TransportDto,
    pub limits: RelayLimitsDto,
    pub retry_schedule_secs: Vec<u64>,
    pub max_age_secs: u64,
}

impl Default for RelayDto {
    fn default() -> Self {
        Self {
            enabled: false,
            listen: d::RELAY_LISTEN.into(),
            hostname: None,
            tls_cert_file: None,
            tls_key_file: None,
            sender: String::new(),
            alias: None,
            reply_to_original: true,
            allowed_sender_domains: Vec::new(),
            allow_unauthenticated_loopback: true,
            clients: Vec::new(),
            transport: TransportDto::default(),
            limits: RelayLimitsDto::default(),
            retry_schedule_secs: d::RETRY_SCHEDULE_SECS.to_vec(),
            max_age_secs: d::RELAY_MAX_AGE_SECS,
        }
    }
}

#[derive(Debug, Clone, Deserialize, Default)]
#[serde(default)]
pub struct RelayClientDto {
    pub username: String,
    /// A secret reference holding the client's password hash (a PHC string from `hash-password`, SHA-crypt, bcrypt, or `sha256:<hex>`).
    pub password_hash: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(default)]
pub struct TransportDto {
    /// `smtp`, `graph` or `gmail_api`.
    #[serde(rename = "type")]
    pub kind: String,
    pub host: Option<String>,
    pub port: Option<u16>,
    /// `starttls`, `implicit` or `none`.
    pub tls: String,
    /// `xoauth2`, `plain` or `none`.
    pub auth: String,
    pub oauth_account: Option<String>,
    pub username: Option<String>,
    pub password: Option<String>,
    pub allow_insecure: bool,
    pub ca_file: Option<String>,
    pub endpoint: Option<String>,
    pub max_connections: u32,
    /// Close an SMTP connection to the provider after this many seconds without a message.
    pub idle_timeout_secs: u64,
}

impl Default for TransportDto {
    fn default() -> Self {
        Self {
            kind: "smtp".into(),
            host: None,
            port: None,
            tls: "starttls".into(),
            auth: "xoauth2".into(),
            oauth_account: None,
            username: None,
            password: None,
            allow_insecure: false,
            ca_file: None,
            endpoint: None,
            max_connections: d::RELAY_MAX_CONNECTIONS_OUT,
            idle_timeout_secs: d::RELAY_IDLE_TIMEOUT_SECS,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(default)]
pub struct RelayLimitsDto {
    pub max_message_bytes: u64,
    pub max_recipients: u32,
    pub max_connections: u32,
    /// Unset: the provider's default (see `validate::pacing_defaults`); 0 = unlimited.
    pub messages_per_minute: Option<u32>,
    pub recipients_per_day: Option<u32>,
    pub messages_per_day: Option<u32>,
    /// Recipients per outgoing transaction; a message with more is sent in several
    /// (Exchange 500, Gmail 100). Unset: the provider's; 0 = all at once.
    pub recipients_per_message: Option<u32>,
    pub command_timeout_secs: u64,
    pub data_timeout_secs: u64,
    /// Milliseconds to wait before the greeting: a client that talks first (an HTTP request
    /// or a `gopher://` SSRF, which never wait for a banner) is refused. 0: no wait.
    pub greeting_delay_ms: u64,
    /// Failed logins in a row from one address that ban it (0: never).
    pub auth_ban_after: u32,
    /// How long such a ban lasts.
    pub auth_ban_secs: u64,
}

impl Default for RelayLimitsDto {
    fn default() -> Self {
        Self {
            max_message_bytes: d::RELAY_MAX_MESSAGE_BYTES,
            max_recipients: d::RELAY_MAX_RECIPIENTS,
            max_connections: d::RELAY_MAX_CONNECTIONS_IN,
            messages_per_minute: None,
            recipients_per_day: None,
            messages_per_day: None,
            recipients_per_message: None,
            command_timeout_secs: d::RELAY_COMMAND_TIMEOUT_SECS,
            data_timeout_secs: d::RELAY_DATA_TIMEOUT_SECS,
            greeting_delay_ms: d::RELAY_GREETING_DELAY_MS,
            auth_ban_after: d::RELAY_AUTH_BAN_AFTER,
            auth_ban_secs: d::RELAY_AUTH_BAN_SECS,
        }
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(default)]
pub struct LoggingDto {
    /// `text` or `json`.
    pub format: String,
    /// A tracing filter, e.g. `info` or `dastra_mailgate=debug`.
    pub level: String,
    pub redact_addresses: bool,
    pub log_bodies: bool,
}

impl Default for LoggingDto {
    fn default() -> Self {
        Self {
            format: "text".into(),
            level: "info".into(),
            redact_addresses: true,
            log_bodies: false,
        }
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(default)]
pub struct AdminDto {
    pub enabled: bool,
    pub listen: String,
    /// Token required by the admin listener (Bearer, or Basic with any user name), as a
    /// secret reference. Required when `listen` is not a loopback address.
    pub auth_token: Option<String>,
    /// Alert (ERROR log, `/readyz` 503) when a mailbox has been failing this long.
    pub alert_mailbox_failing_secs: u64,
    /// Alert when the oldest message in the relay spool is this old.
    pub alert_spool_age_secs: u64,
}

impl Default for AdminDto {
    fn default() -> Self {
        Self {
            enabled: true,
            listen: d::ADMIN_LISTEN.into(),
            auth_token: None,
            alert_mailbox_failing_secs: d::ALERT_MAILBOX_FAILING_SECS,
            alert_spool_age_secs: d::ALERT_SPOOL_AGE_SECS,
        }
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(default)]
pub struct UnderstandingDto {
    /// A TOML file with lexicon overrides (same shape as the shipped lexicon).
    pub lexicon_file: Option<String>,
    /// Default locale when the text says nothing.
    pub default_locale: String,
    /// Let Reply-To win over From for the data subject's address when they differ.
    pub prefer_reply_to: bool,
    /// Regex finding a request reference in a subject; group 1 is the DSR id.
    pub subject_tag_pattern: String,
    /// Treat List-Id / List-Unsubscribe mail as newsletters and ignore it.
    pub ignore_mailing_lists: bool,
    /// Sender address regexes that are always ignored.
    pub ignore_senders: Vec<String>,
    /// Domains of our own Message-IDs (mail from our own relay is never ingested).
    pub own_message_id_domains: Vec<String>,
    /// Keep attachments only under Dastra's own policy (extension allow-list, images >= 5 KB).
    pub dastra_attachment_policy: bool,
    pub min_image_bytes: u64,
    pub max_attachment_bytes: u64,
    /// At most this many messages per sender per hour become objects; the rest are ignored.
    pub max_per_sender_per_hour: u32,
    /// Combine the embedded learned classifier with the lexicon; false reads with the lexicon
    /// alone (every kind and right then traces back to a lexicon rule).
    pub learned_model: bool,
}

impl Default for UnderstandingDto {
    fn default() -> Self {
        Self {
            lexicon_file: None,
            default_locale: "fr".into(),
            prefer_reply_to: false,
            subject_tag_pattern: d::SUBJECT_TAG_PATTERN.into(),
            ignore_mailing_lists: true,
            ignore_senders: Vec::new(),
            own_message_id_domains: Vec::new(),
            dastra_attachment_policy: true,
            min_image_bytes: d::MIN_IMAGE_BYTES,
            max_attachment_bytes: d::MAX_ATTACHMENT_BYTES,
            max_per_sender_per_hour: d::MAX_PER_SENDER_PER_HOUR,
            learned_model: true,
        }
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(default)]
pub struct JournalDto {
    /// Keep a journal of every message (no bodies, no subjects).
    pub enabled: bool,
    /// Store addresses masked (`j***@e***.org`); false keeps them in full.
    pub mask_addresses: bool,
    /// Link to an object in Dastra; `{workspace}`, `{kind}` (dsr, task, breach), `{id}`.
    pub link_template: String,
}

impl Default for JournalDto {
    fn default() -> Self {
        Self {
            enabled: true,
            mask_addresses: true,
            link_template: d::JOURNAL_LINK_TEMPLATE.into(),
        }
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(default)]
pub struct RetentionDto {
    /// Journal records, counted from their last change.
    pub journal_days: u32,
    /// Finished ledger records (the exactly-once memory of a message).
    pub ledger_days: u32,
    /// Raw copies of failed mail under `<state_dir>/failed/`.
    pub failed_mail_days: u32,
    /// Delivered relay messages kept in the spool (0: removed as soon as delivered).
    pub delivered_spool_days: u32,
    /// How often the daemon purges.
    pub purge_interval_secs: u64,
}

impl Default for RetentionDto {
    fn default() -> Self {
        Self {
            journal_days: d::RETENTION_JOURNAL_DAYS,
            ledger_days: d::RETENTION_LEDGER_DAYS,
            failed_mail_days: d::RETENTION_FAILED_MAIL_DAYS,
            delivered_spool_days: d::RETENTION_DELIVERED_SPOOL_DAYS,
            purge_interval_secs: d::RETENTION_PURGE_INTERVAL_SECS,
        }
    }
}
