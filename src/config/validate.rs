//! DTOs → [`Settings`]: a pure step (no network, no filesystem) that checks every value and
//! collects **every** problem, each with its key path and a hint.

use std::collections::HashSet;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::Duration;

use regex::Regex;

use super::dto::*;
use super::{Issue, Severity};
use crate::secret::SecretRef;

/// What a message becomes in Dastra.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    Request,
    Task,
    Incident,
}

impl Kind {
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Request => "request",
            Kind::Task => "task",
            Kind::Incident => "incident",
        }
    }
}

/// How the daemon reaches Dastra.
#[derive(Debug, Clone, PartialEq)]
pub enum DastraAuthSettings {
    ApiKey(SecretRef),
    ClientCredentials {
        public_key: String,
        private_key: SecretRef,
    },
}

#[derive(Debug, Clone, PartialEq)]
pub struct DastraSettings {
    pub base_url: String,
    pub token_url: String,
    pub auth: DastraAuthSettings,
    pub workspace_id: i64,
    pub area_id: i64,
    pub tags: Vec<String>,
    pub max_requests_per_min: u32,
    pub request_timeout: Duration,
    pub connect_timeout: Duration,
    pub ca_file: Option<PathBuf>,
    pub task_deadline_days: u32,
    pub send_notification: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TlsMode {
    Implicit,
    StartTls,
    None,
}

#[derive(Debug, Clone, PartialEq)]
pub enum ImapAuth {
    Password(SecretRef),
    OAuth(String),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FetchMode {
    Idle,
    Poll,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Folders {
    pub inbox: String,
    pub processed: String,
    pub failed: String,
    pub ignored: String,
}

/// A compiled routing rule.
#[derive(Debug, Clone)]
pub struct Rule {
    pub name: String,
    pub recipient: Option<String>,
    pub sender: Option<String>,
    pub sender_domain: Option<String>,
    pub subject: Option<Regex>,
    pub body: Option<Regex>,
    pub header: Option<(String, Option<Regex>)>,
    pub action: RuleAction,
    pub workspace_id: Option<i64>,
    pub area_id: Option<i64>,
    pub tags: Option<Vec<String>>,
    pub assignee: Option<i64>,
    /// Request fields set by the rule.
    pub request: RequestOverrides,
}

/// What a rule sets on a data subject request (later matching rules override earlier ones).
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct RequestOverrides {
    /// Dastra purpose names, replacing the rights read from the text.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub purposes: Option<Vec<String>>,
    /// Dastra `PersonCategoryType` (`Employee`, `Client`, …).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub person_category: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub locale: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub send_notification: Option<bool>,
}

impl RequestOverrides {
    /// Whether the rule sets nothing on requests.
    pub fn is_empty(&self) -> bool {
        *self == RequestOverrides::default()
    }

    /// `other`'s values over ours.
    pub fn merge(&mut self, other: &RequestOverrides) {
        if other.purposes.is_some() {
            self.purposes.clone_from(&other.purposes);
        }
        if other.person_category.is_some() {
            self.person_category.clone_from(&other.person_category);
        }
        if other.locale.is_some() {
            self.locale.clone_from(&other.locale);
        }
        if other.send_notification.is_some() {
            self.send_notification = other.send_notification;
        }
    }
}

/// Dastra's `PersonCategoryType` values (openapi.json).
pub const PERSON_CATEGORIES: [&str; 25] = [
    "Prospect",
    "Client",
    "FormerClient",
    "ParticularPerson",
    "Employee",
    "Candidate",
    "ExternalProvider",
    "ExternalServiceProvider",
    "Other",
    "TemporaryWorker",
    "Agent",
    "ElectedRepresentative",
    "PublicServiceUser",
    "Visitors",
    "OldEmployee",
    "EndUsers",
    "Citizen",
    "Patient",
    "HealthProfessional",
    "Students",
    "AgedPeople",
    "Member",
    "Beneficiary",
    "Child",
    "InternetUsers",
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RuleAction {
    Kind(Kind),
    /// Keep the kind chosen so far (a rule that only sets area, tags or assignee).
    Keep,
    Ignore,
}

#[derive(Debug, Clone, PartialEq)]
pub struct MailboxSettings {
    pub name: String,
    pub host: String,
    pub port: u16,
    pub tls: TlsMode,
    pub ca_file: Option<PathBuf>,
    pub username: String,
    pub auth: ImapAuth,
    pub mode: FetchMode,
    pub poll_interval: Duration,
    pub idle_renew: Duration,
    pub command_timeout: Duration,
    pub max_message_bytes: u64,
    pub folders: Folders,
    pub workspace_id: Option<i64>,
    pub area_id: Option<i64>,
    pub default_kind: Kind,
    pub auto_kind: bool,
    pub tags: Option<Vec<String>>,
    pub move_processed: bool,
    pub rules: Vec<Rule>,
    /// Acknowledgements to data subjects; `None` = off.
    pub acknowledge: Option<AckSettings>,
}

/// `[mailbox.acknowledge]`, validated.
#[derive(Debug, Clone, PartialEq)]
pub struct AckSettings {
    pub max_per_recipient_per_day: u32,
    pub reference_format: String,
    /// Overrides of the built-in templates, by lowercase locale.
    pub templates: std::collections::BTreeMap<String, AckTemplate>,
}

/// One acknowledgement template: `{reference}`, `{id}`, `{subject}` and `{name}` are filled in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AckTemplate {
    pub subject: String,
    pub body: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Provider {
    Microsoft,
    Google,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Flow {
    ClientCredentials,
    DeviceCode,
    AuthCode,
    ServiceAccount,
}

/// The configuration's own spellings (`provider = "microsoft"`, `flow = "client_credentials"`,
/// `type = "gmail_api"`, `auth = "xoauth2"`): what users read, never the Rust names.
impl std::fmt::Display for Provider {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Provider::Microsoft => "microsoft",
            Provider::Google => "google",
        })
    }
}

impl std::fmt::Display for Flow {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Flow::ClientCredentials => "client_credentials",
            Flow::DeviceCode => "device_code",
            Flow::AuthCode => "auth_code",
            Flow::ServiceAccount => "service_account",
        })
    }
}

impl std::fmt::Display for TransportKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            TransportKind::Smtp => "smtp",
            TransportKind::Graph => "graph",
            TransportKind::GmailApi => "gmail_api",
        })
    }
}

impl std::fmt::Display for SmtpAuth {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            SmtpAuth::XOAuth2 => "xoauth2",
            SmtpAuth::Plain => "plain",
            SmtpAuth::None => "none",
        })
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct OAuthAccountSettings {
    pub name: String,
    pub provider: Provider,
    pub flow: Flow,
    pub tenant: String,
    pub authority: String,
    pub client_id: Option<String>,
    pub client_secret: Option<SecretRef>,
    pub certificate_file: Option<PathBuf>,
    pub private_key: Option<SecretRef>,
    pub service_account_key: Option<SecretRef>,
    pub user: Option<String>,
    pub scopes: Option<Vec<String>>,
    pub token_url: Option<String>,
    pub auth_url: Option<String>,
    pub device_code_url: Option<String>,
    pub refresh_before_expiry: Duration,
    /// Refresh an idle grant at least this often (default one day).
    pub keepalive: Duration,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TransportKind {
    Smtp,
    Graph,
    GmailApi,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SmtpAuth {
    XOAuth2,
    Plain,
    None,
}

#[derive(Debug, Clone, PartialEq)]
pub struct TransportSettings {
    pub kind: TransportKind,
    pub host: String,
    pub port: u16,
    pub tls: TlsMode,
    pub auth: SmtpAuth,
    pub oauth_account: Option<String>,
    pub username: Option<String>,
    pub password: Option<SecretRef>,
    pub ca_file: Option<PathBuf>,
    pub endpoint: Option<String>,
    pub max_connections: u32,
    pub idle_timeout: Duration,
}

#[derive(Debug, Clone, PartialEq)]
pub struct RelayClient {
    pub username: String,
    pub password_hash: SecretRef,
}

#[derive(Debug, Clone, PartialEq)]
pub struct RelaySettings {
    pub listen: SocketAddr,
    pub hostname: Option<String>,
    pub tls_cert_file: Option<PathBuf>,
    pub tls_key_file: Option<PathBuf>,
    pub sender: String,
    pub alias: Option<String>,
    pub reply_to_original: bool,
    pub allowed_sender_domains: Vec<String>,
    pub allow_unauthenticated_loopback: bool,
    pub clients: Vec<RelayClient>,
    pub transport: TransportSettings,
    pub limits: RelayLimitsDto,
    pub retry_schedule: Vec<Duration>,
    pub max_age: Duration,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LogFormat {
    Text,
    Json,
}

#[derive(Debug, Clone, PartialEq)]
pub struct LoggingSettings {
    pub format: LogFormat,
    pub level: String,
    pub redact_addresses: bool,
    pub log_bodies: bool,
}

#[derive(Debug, Clone)]
pub struct UnderstandingSettings {
    pub lexicon_file: Option<PathBuf>,
    pub default_locale: String,
    pub prefer_reply_to: bool,
    pub subject_tag: Regex,
    pub ignore_mailing_lists: bool,
    pub ignore_senders: Vec<Regex>,
    pub own_message_id_domains: Vec<String>,
    pub dastra_attachment_policy: bool,
    pub min_image_bytes: u64,
    pub max_attachment_bytes: u64,
    pub max_per_sender_per_hour: u32,
    pub learned_model: bool,
}

impl RelaySettings {
    /// The sender domains the relay accepts in MAIL FROM, as the listener enforces them:
    /// `allowed_sender_domains` plus the domain of `sender`, lower-cased (`describe` shows
    /// this very list).
    pub fn enforced_sender_domains(&self) -> Vec<String> {
        let mut domains: Vec<String> = self
            .allowed_sender_domains
            .iter()
            .map(|d| d.to_ascii_lowercase())
            .collect();
        if let Some((_, d)) = self.sender.rsplit_once('@') {
            let d = d.to_ascii_lowercase();
            if !domains.contains(&d) {
                domains.push(d);
            }
        }
        domains
    }
}

/// Patterns compare by their source text (what the file said).
fn same_regex(a: &Regex, b: &Regex) -> bool {
    a.as_str() == b.as_str()
}

fn same_opt_regex(a: &Option<Regex>, b: &Option<Regex>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => same_regex(a, b),
        (None, None) => true,
        _ => false,
    }
}

impl PartialEq for Rule {
    fn eq(&self, o: &Self) -> bool {
        self.name == o.name
            && self.recipient == o.recipient
            && self.sender == o.sender
            && self.sender_domain == o.sender_domain
            && same_opt_regex(&self.subject, &o.subject)
            && same_opt_regex(&self.body, &o.body)
            && match (&self.header, &o.header) {
                (Some((a, ra)), Some((b, rb))) => a == b && same_opt_regex(ra, rb),
                (None, None) => true,
                _ => false,
            }
            && self.action == o.action
            && self.workspace_id == o.workspace_id
            && self.area_id == o.area_id
            && self.tags == o.tags
            && self.assignee == o.assignee
            && self.request == o.request
    }
}

impl PartialEq for UnderstandingSettings {
    fn eq(&self, o: &Self) -> bool {
        self.lexicon_file == o.lexicon_file
            && self.default_locale == o.default_locale
            && self.prefer_reply_to == o.prefer_reply_to
            && same_regex(&self.subject_tag, &o.subject_tag)
            && self.ignore_mailing_lists == o.ignore_mailing_lists
            && self.ignore_senders.len() == o.ignore_senders.len()
            && self
                .ignore_senders
                .iter()
                .zip(&o.ignore_senders)
                .all(|(a, b)| same_regex(a, b))
            && self.own_message_id_domains == o.own_message_id_domains
            && self.dastra_attachment_policy == o.dastra_attachment_policy
            && self.min_image_bytes == o.min_image_bytes
            && self.max_attachment_bytes == o.max_attachment_bytes
            && self.max_per_sender_per_hour == o.max_per_sender_per_hour
            && self.learned_model == o.learned_model
    }
}

/// The validated configuration.
#[derive(Debug, Clone, PartialEq)]
pub struct Settings {
    pub path: PathBuf,
    pub dastra: Option<DastraSettings>,
    pub state_dir: PathBuf,
    /// Key of the encrypted OAuth token store; `None`: `<state_dir>/token.key`, generated.
    pub token_key: Option<SecretRef>,
    pub mailboxes: Vec<MailboxSettings>,
    pub oauth_accounts: Vec<OAuthAccountSettings>,
    pub relay: Option<RelaySettings>,
    pub logging: LoggingSettings,
    pub admin: Option<SocketAddr>,
    pub alerts: AlertSettings,
    pub understanding: UnderstandingSettings,
    /// Journal, retention and admin authentication (`config::ops`).
    pub ops: super::ops::OpsSettings,
    pub ingest: IngestSettings,
}

/// `[ingest]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IngestSettings {
    pub max_attempts: u32,
    pub first_retry_delay: Duration,
    pub deadline_alert_days: u32,
    /// Lowercase.
    pub internal_domains: Vec<String>,
}

/// When conditions become alerts (logged at ERROR once per episode, shown in `/readyz`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AlertSettings {
    pub mailbox_failing_after: Duration,
    pub spool_age_after: Duration,
}

impl Settings {
    /// Every secret reference in the file, with its key path (for `check` to resolve).
    pub fn secret_refs(&self) -> Vec<(String, &SecretRef)> {
        let mut out = Vec::new();
        if let Some(d) = &self.dastra {
            match &d.auth {
                DastraAuthSettings::ApiKey(r) => out.push(("dastra.api_key".to_string(), r)),
                DastraAuthSettings::ClientCredentials { private_key, .. } => {
                    out.push(("dastra.private_key".to_string(), private_key))
                }
            }
        }
        for (i, m) in self.mailboxes.iter().enumerate() {
            if let ImapAuth::Password(r) = &m.auth {
                out.push((format!("mailbox[{i}].password"), r));
            }
        }
        if let Some(r) = &self.token_key {
            out.push(("state.token_key".to_string(), r));
        }
        if let Some(r) = &self.ops.admin_auth_token {
            out.push(("admin.auth_token".to_string(), r));
        }
        for (i, a) in self.oauth_accounts.iter().enumerate() {
            if let Some(r) = &a.client_secret {
                out.push((format!("oauth_account[{i}].client_secret"), r));
            }
            if let Some(r) = &a.private_key {
                out.push((format!("oauth_account[{i}].private_key_file"), r));
            }
            if let Some(r) = &a.service_account_key {
                out.push((format!("oauth_account[{i}].service_account_key"), r));
            }
        }
        if let Some(r) = &self.relay {
            for (i, c) in r.clients.iter().enumerate() {
                out.push((format!("relay.client[{i}].password_hash"), &c.password_hash));
            }
            if let Some(p) = &r.transport.password {
                out.push(("relay.transport.password".to_string(), p));
            }
        }
        out
    }

    pub fn oauth_account(&self, name: &str) -> Option<&OAuthAccountSettings> {
        self.oauth_accounts.iter().find(|a| a.name == name)
    }
}

/// Collects issues during validation.
pub(super) struct V {
    issues: Vec<Issue>,
}

impl V {
    pub(super) fn err(&mut self, path: impl Into<String>, message: impl Into<String>, hint: &str) {
        self.issues.push(Issue {
            severity: Severity::Error,
            path: path.into(),
            message: message.into(),
            hint: (!hint.is_empty()).then(|| hint.to_string()),
            line: None,
            col: None,
        });
    }

    pub(super) fn warn(&mut self, path: impl Into<String>, message: impl Into<String>, hint: &str) {
        self.issues.push(Issue {
            severity: Severity::Warning,
            path: path.into(),
            message: message.into(),
            hint: (!hint.is_empty()).then(|| hint.to_string()),
            line: None,
            col: None,
        });
    }

    pub(super) fn secret(&mut self, path: &str, value: &str) -> Option<SecretRef> {
        match SecretRef::parse(value) {
            Ok(r) => Some(r),
            Err(e) => {
                self.err(
                    path,
                    e.to_string(),
                    "store the secret outside the file and write e.g. \"env:NAME\", \"file:/etc/dastra-mailgate/secret\" or \"credential:NAME\"",
                );
                None
            }
        }
    }

    fn required_secret(
        &mut self,
        path: &str,
        value: &Option<String>,
        why: &str,
    ) -> Option<SecretRef> {
        match value {
            Some(v) => self.secret(path, v),
            None => {
                self.err(
                    path,
                    format!("missing ({why})"),
                    "add it as a secret reference, e.g. \"env:NAME\"",
                );
                None
            }
        }
    }

    fn one_of<T: Copy>(&mut self, path: &str, value: &str, choices: &[(&str, T)]) -> Option<T> {
        if let Some((_, t)) = choices.iter().find(|(name, _)| *name == value) {
            return Some(*t);
        }
        let names: Vec<String> = choices.iter().map(|(n, _)| format!("\"{n}\"")).collect();
        let plain: Vec<&str> = choices.iter().map(|(n, _)| *n).collect();
        let hint = match super::did_you_mean(value, &plain) {
            Some(k) => format!("did you mean \"{k}\"? The values are {}", names.join(", ")),
            None => format!("use one of {}", names.join(", ")),
        };
        self.err(path, format!("\"{value}\" is not a valid value"), &hint);
        None
    }

    /// Values that land in a header or a protocol line we write: no CR, LF, NUL or other
    /// control character (header and command injection).
    fn one_line(&mut self, path: &str, value: &str, hint: &str) {
        if value.chars().any(char::is_control) {
            self.err(
                path,
                format!(
                    "contains a line break or control character: \"{}\"",
                    value.escape_default()
                ),
                hint,
            );
        }
    }

    fn email(&mut self, path: &str, value: &str) {
        if !is_email(value) {
            self.err(
                path,
                format!("\"{value}\" is not an email address"),
                "write a full address such as notifications@example.org",
            );
        }
    }

    fn url(&mut self, path: &str, value: &str) {
        let ok = (value.starts_with("https://") || value.starts_with("http://"))
            && value.len() > "https://".len()
            && !value.contains(char::is_whitespace);
        if !ok {
            self.err(
                path,
                format!("\"{value}\" is not an http(s) URL"),
                "write an absolute URL such as https://api.dastra.eu",
            );
        } else if value.starts_with("http://") && !is_loopback_url(value) {
            self.err(
                path,
                format!("\"{value}\" is plain http to a remote host"),
                "use https:// (plain http is accepted only for 127.0.0.1/localhost test servers)",
            );
        }
    }

    fn regex(&mut self, path: &str, pattern: &str) -> Option<Regex> {
        match Regex::new(pattern) {
            Ok(r) => Some(r),
            Err(e) => {
                let first = e.to_string().lines().last().unwrap_or_default().to_string();
                self.err(
                    path,
                    format!("invalid regular expression: {first}"),
                    "check the syntax (Rust regex; escape [ ] ( ) . with a backslash, and double backslashes in \"...\" strings or use '...')",
                );
                None
            }
        }
    }

    fn socket(&mut self, path: &str, value: &str) -> Option<SocketAddr> {
        match value.parse::<SocketAddr>() {
            Ok(a) => Some(a),
            Err(_) => {
                self.err(
                    path,
                    format!("\"{value}\" is not an address:port"),
                    "write e.g. \"127.0.0.1:2525\"",
                );
                None
            }
        }
    }

    fn positive(&mut self, path: &str, value: u64) {
        if value == 0 {
            self.err(path, "must be greater than 0", "");
        }
    }

    fn path(&mut self, path: &str, value: &str) -> PathBuf {
        let p = PathBuf::from(value);
        if !p.is_absolute() {
            self.err(
                path,
                format!("\"{value}\" is not an absolute path"),
                "write an absolute path, e.g. /etc/dastra-mailgate/ca.pem",
            );
        }
        p
    }
}

/// True for `local@domain.tld` without spaces, brackets or line breaks.
pub fn is_email(s: &str) -> bool {
    let Some((local, domain)) = s.rsplit_once('@') else {
        return false;
    };
    let bad = |c: char| c.is_whitespace() || c.is_control() || "<>()[]\\,;:\"@".contains(c);
    !local.is_empty()
        && local.len() <= 64
        && !local
            .chars()
            .any(|c| c.is_whitespace() || c.is_control() || "<>()[]\\,;:\"".contains(c))
        && is_domain(domain)
        && !domain.chars().any(bad)
}

/// True for `example.org`, `sub.example.org`, `localhost`.
pub fn is_domain(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 253
        && (s.contains('.') || s == "localhost")
        && s.split('.').all(|label| {
            !label.is_empty()
                && label.len() <= 63
                && !label.starts_with('-')
                && !label.ends_with('-')
                && label.chars().all(|c| c.is_alphanumeric() || c == '-')
        })
}

fn is_loopback_url(url: &str) -> bool {
    let rest = url.trim_start_matches("http://");
    let host = rest.split(['/', ':']).next().unwrap_or_default();
    host == "127.0.0.1" || host == "localhost" || rest.starts_with("[::1]")
}

fn kind_choices() -> [(&'static str, Kind); 3] {
    [
        ("request", Kind::Request),
        ("task", Kind::Task),
        ("incident", Kind::Incident),
    ]
}

fn tls_choices() -> [(&'static str, TlsMode); 3] {
    [
        ("implicit", TlsMode::Implicit),
        ("starttls", TlsMode::StartTls),
        ("none", TlsMode::None),
    ]
}

/// Validates the whole file. Returns the settings and warnings, or every issue found.
pub fn validate(file: &ConfigFile, path: PathBuf) -> Result<(Settings, Vec<Issue>), Vec<Issue>> {
    let mut v = V { issues: Vec::new() };

    // OAuth accounts first: mailboxes and the relay refer to them by name.
    let mut oauth_accounts = Vec::new();
    let mut account_names = HashSet::new();
    for (i, a) in file.oauth_account.iter().enumerate() {
        let p = format!("oauth_account[{i}]");
        if a.name.trim().is_empty() {
            v.err(
                format!("{p}.name"),
                "missing",
                "give every account a short unique name, e.g. \"m365\"",
            );
        } else if !account_names.insert(a.name.clone()) {
            v.err(
                format!("{p}.name"),
                format!("duplicate account name \"{}\"", a.name),
                "names must be unique",
            );
        }
        let provider = v.one_of(
            &format!("{p}.provider"),
            &a.provider,
            &[
                ("microsoft", Provider::Microsoft),
                ("google", Provider::Google),
            ],
        );
        let flow = v.one_of(
            &format!("{p}.flow"),
            &a.flow,
            &[
                ("client_credentials", Flow::ClientCredentials),
                ("device_code", Flow::DeviceCode),
                ("auth_code", Flow::AuthCode),
                ("service_account", Flow::ServiceAccount),
            ],
        );
        if let (Some(Provider::Google), Some(Flow::ClientCredentials | Flow::DeviceCode)) =
            (provider, flow)
        {
            v.err(
                format!("{p}.flow"),
                format!("Google does not offer the \"{}\" flow for Gmail", a.flow),
                "use \"service_account\" (Workspace, domain-wide delegation) or \"auth_code\"",
            );
        }
        if let (Some(Provider::Microsoft), Some(Flow::ServiceAccount)) = (provider, flow) {
            v.err(
                format!("{p}.flow"),
                "Microsoft has no \"service_account\" flow",
                "use \"client_credentials\" (app-only), \"device_code\" or \"auth_code\"",
            );
        }
        let client_secret = a
            .client_secret
            .as_ref()
            .and_then(|s| v.secret(&format!("{p}.client_secret"), s));
        let private_key = a
            .private_key_file
            .as_ref()
            .and_then(|s| v.secret(&format!("{p}.private_key_file"), s));
        let service_account_key = a
            .service_account_key
            .as_ref()
            .and_then(|s| v.secret(&format!("{p}.service_account_key"), s));
        match flow {
            Some(Flow::ServiceAccount) if service_account_key.is_none() && a.service_account_key.is_none() => {
                v.err(
                    format!("{p}.service_account_key"),
                    "missing (required when flow = \"service_account\")",
                    "point it at the JSON key file: \"file:/etc/dastra-mailgate/sa.json\" or \"credential:google-sa\"",
                )
            }
            Some(Flow::ServiceAccount) => {}
            Some(_) if a.client_id.as_deref().unwrap_or("").is_empty() => v.err(
                format!("{p}.client_id"),
                format!("missing (required when flow = \"{}\")", a.flow),
                "copy the application (client) id from the app registration",
            ),
            _ => {}
        }
        if flow == Some(Flow::ClientCredentials)
            && a.client_secret.is_none()
            && a.certificate_file.is_none()
        {
            v.err(
                format!("{p}.client_secret"),
                "missing: client credentials need a client_secret or a certificate_file + private_key_file",
                "add client_secret = \"credential:m365-secret\" or a certificate",
            );
        }
        if a.certificate_file.is_some() != a.private_key_file.is_some() {
            v.err(
                format!("{p}.certificate_file"),
                "certificate_file and private_key_file go together",
                "give both, or neither",
            );
        }
        if let Some(user) = &a.user {
            v.email(&format!("{p}.user"), user);
        } else if matches!(flow, Some(Flow::ServiceAccount | Flow::ClientCredentials)) {
            v.err(
                format!("{p}.user"),
                "missing: app-only and service-account grants act as a mailbox",
                "set user = \"privacy@example.org\"",
            );
        }
        for (key, url) in [
            ("token_url", &a.token_url),
            ("auth_url", &a.auth_url),
            ("device_code_url", &a.device_code_url),
            ("authority", &a.authority),
        ] {
            if let Some(u) = url {
                v.url(&format!("{p}.{key}"), u);
            }
        }
        let certificate_file = a
            .certificate_file
            .as_ref()
            .map(|c| v.path(&format!("{p}.certificate_file"), c));
        if a.refresh_before_expiry_secs == Some(0) {
            v.err(
                format!("{p}.refresh_before_expiry_secs"),
                "must be greater than 0",
                "the default, 600, refreshes 10 minutes before expiry",
            );
        }
        if let Some(k) = a.keepalive_secs
            && k < 60
        {
            v.err(
                format!("{p}.keepalive_secs"),
                "must be at least 60",
                "the default, 86400, refreshes an idle grant once a day",
            );
        }
        if let (Some(provider), Some(flow)) = (provider, flow) {
            oauth_accounts.push(OAuthAccountSettings {
                name: a.name.clone(),
                provider,
                flow,
                tenant: a.tenant.clone().unwrap_or_else(|| "organizations".into()),
                authority: a.authority.clone().unwrap_or_else(|| match provider {
                    Provider::Microsoft => "https://login.microsoftonline.com".into(),
                    Provider::Google => "https://oauth2.googleapis.com".into(),
                }),
                client_id: a.client_id.clone(),
                client_secret,
                certificate_file,
                private_key,
                service_account_key,
                user: a.user.clone(),
                scopes: a.scopes.clone(),
                token_url: a.token_url.clone(),
                auth_url: a.auth_url.clone(),
                device_code_url: a.device_code_url.clone(),
                refresh_before_expiry: Duration::from_secs(
                    a.refresh_before_expiry_secs.unwrap_or(600),
                ),
                keepalive: Duration::from_secs(a.keepalive_secs.unwrap_or(86_400)),
            });
        }
    }
    let account_exists = |name: &str| file.oauth_account.iter().any(|a| a.name == name);
    let account_hint = |name: &str| {
        let names: Vec<&str> = file.oauth_account.iter().map(|a| a.name.as_str()).collect();
        match super::did_you_mean(name, &names) {
            Some(k) => {
                format!("did you mean \"{k}\"? Otherwise add an [[oauth_account]] named \"{name}\"")
            }
            None if names.is_empty() => {
                format!("add an [[oauth_account]] named \"{name}\" (there is none yet)")
            }
            None => format!(
                "add an [[oauth_account]] named \"{name}\", or name one of: {}",
                names
                    .iter()
                    .map(|n| format!("\"{n}\""))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        }
    };

    // Dastra.
    let dastra = match &file.dastra {
        None => {
            if !file.mailbox.is_empty() {
                v.err(
                    "dastra",
                    "missing: mailboxes need a [dastra] section",
                    "add [dastra] with api_key, workspace_id and area_id",
                );
            }
            None
        }
        Some(d) => {
            v.url("dastra.base_url", &d.base_url);
            v.url("dastra.token_url", &d.token_url);
            let auth = match (&d.api_key, &d.public_key, &d.private_key) {
                (Some(k), None, None) => v
                    .secret("dastra.api_key", k)
                    .map(DastraAuthSettings::ApiKey),
                (None, Some(public), Some(private)) => {
                    if public.trim().is_empty() {
                        v.err(
                            "dastra.public_key",
                            "is empty",
                            "copy the public part of the API key",
                        );
                    }
                    v.secret("dastra.private_key", private).map(|private_key| {
                        DastraAuthSettings::ClientCredentials {
                            public_key: public.clone(),
                            private_key,
                        }
                    })
                }
                (Some(_), _, _) => {
                    v.err("dastra.api_key", "api_key and public_key/private_key are both set", "keep one: api_key (X-API-Key) or the public/private pair (client credentials)");
                    None
                }
                (None, Some(_), None) => {
                    v.err(
                        "dastra.private_key",
                        "missing (public_key is set)",
                        "add private_key = \"credential:dastra-private-key\"",
                    );
                    None
                }
                (None, None, Some(_)) => {
                    v.err(
                        "dastra.public_key",
                        "missing (private_key is set)",
                        "add the public part of the API key",
                    );
                    None
                }
                (None, None, None) => {
                    v.err("dastra.api_key", "missing: no Dastra credentials", "set api_key = \"env:DASTRA_API_KEY\" (from app.dastra.eu → General settings → API), or public_key + private_key");
                    None
                }
            };
            let workspace_id = d.workspace_id.unwrap_or_else(|| {
                v.err(
                    "dastra.workspace_id",
                    "missing",
                    "find it with GET https://api.dastra.eu/v1/workspaces, e.g. workspace_id = 1",
                );
                0
            });
            let area_id = d.area_id.unwrap_or_else(|| {
                v.err(
                    "dastra.area_id",
                    "missing (data subject requests need an organizational unit)",
                    "find ids with GET /v1/ws/{workspace}/Areas, e.g. area_id = 1",
                );
                0
            });
            for (i, t) in d.tags.iter().enumerate() {
                if t.trim().is_empty() {
                    v.err(format!("dastra.tags[{i}]"), "empty tag", "remove it");
                }
            }
            v.positive("dastra.request_timeout_secs", d.request_timeout_secs);
            v.positive("dastra.connect_timeout_secs", d.connect_timeout_secs);
            let ca_file = d.ca_file.as_ref().map(|c| v.path("dastra.ca_file", c));
            auth.map(|auth| DastraSettings {
                base_url: d.base_url.trim_end_matches('/').to_string(),
                token_url: d.token_url.clone(),
                auth,
                workspace_id,
                area_id,
                tags: d.tags.clone(),
                max_requests_per_min: d.max_requests_per_min,
                request_timeout: Duration::from_secs(d.request_timeout_secs),
                connect_timeout: Duration::from_secs(d.connect_timeout_secs),
                ca_file,
                task_deadline_days: d.task_deadline_days,
                send_notification: d.send_notification,
            })
        }
    };

    // Mailboxes.
    let mut mailboxes = Vec::new();
    let mut mailbox_names = HashSet::new();
    for (i, m) in file.mailbox.iter().enumerate() {
        let p = format!("mailbox[{i}]");
        if m.name.trim().is_empty() {
            v.err(
                format!("{p}.name"),
                "missing",
                "give every mailbox a short unique name, e.g. name = \"privacy\"",
            );
        } else if !m
            .name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "-_.".contains(c))
        {
            v.err(
                format!("{p}.name"),
                format!(
                    "\"{}\" has characters other than letters, digits, - _ .",
                    m.name
                ),
                "use a short identifier such as \"privacy\"",
            );
        } else if !mailbox_names.insert(m.name.clone()) {
            v.err(
                format!("{p}.name"),
                format!("duplicate mailbox name \"{}\"", m.name),
                "names must be unique: the ledger is keyed by them",
            );
        }
        if m.host.trim().is_empty() {
            v.err(
                format!("{p}.host"),
                "missing",
                "e.g. host = \"outlook.office365.com\" or \"imap.gmail.com\"",
            );
        }
        let tls = v.one_of(&format!("{p}.tls"), &m.tls, &tls_choices());
        if tls == Some(TlsMode::None) && !m.allow_insecure {
            v.err(format!("{p}.tls"), "\"none\" sends the password in clear text", "use \"implicit\" or \"starttls\"; for a loopback test server add allow_insecure = true");
        }
        let port = m.port.unwrap_or(match tls {
            Some(TlsMode::Implicit) => 993,
            _ => 143,
        });
        if port == 0 {
            v.err(format!("{p}.port"), "must be greater than 0", "");
        }
        if m.username.trim().is_empty() {
            v.err(
                format!("{p}.username"),
                "missing",
                "the IMAP login, usually the mailbox address",
            );
        }
        // It goes into an IMAP command line: a line break would inject a command.
        v.one_line(
            &format!("{p}.username"),
            &m.username,
            "the IMAP login is one line of text",
        );
        let auth = match m.auth.as_str() {
            "password" => v
                .required_secret(&format!("{p}.password"), &m.password, "auth = \"password\"")
                .map(ImapAuth::Password),
            "oauth" => match &m.oauth_account {
                Some(a) if account_exists(a) => Some(ImapAuth::OAuth(a.clone())),
                Some(a) => {
                    v.err(
                        format!("{p}.oauth_account"),
                        format!("no [[oauth_account]] named \"{a}\""),
                        &account_hint(a),
                    );
                    None
                }
                None => {
                    v.err(
                        format!("{p}.oauth_account"),
                        "missing (required when auth = \"oauth\")",
                        "name an [[oauth_account]]",
                    );
                    None
                }
            },
            other => {
                v.err(
                    format!("{p}.auth"),
                    format!("\"{other}\" is not a valid value"),
                    "use \"password\" or \"oauth\"",
                );
                None
            }
        };
        let mode = v.one_of(
            &format!("{p}.mode"),
            &m.mode,
            &[("idle", FetchMode::Idle), ("poll", FetchMode::Poll)],
        );
        v.positive(&format!("{p}.poll_interval_secs"), m.poll_interval_secs);
        v.positive(&format!("{p}.command_timeout_secs"), m.command_timeout_secs);
        v.positive(&format!("{p}.max_message_bytes"), m.max_message_bytes);
        if m.idle_renew_secs == 0 || m.idle_renew_secs > 29 * 60 {
            v.err(
                format!("{p}.idle_renew_secs"),
                format!("{} is out of range", m.idle_renew_secs),
                "RFC 2177: re-issue IDLE at most every 29 minutes (1..=1740)",
            );
        }
        let f = &m.folders;
        for (key, name) in [
            ("inbox", &f.inbox),
            ("processed", &f.processed),
            ("failed", &f.failed),
            ("ignored", &f.ignored),
        ] {
            if name.trim().is_empty() {
                v.err(format!("{p}.folders.{key}"), "empty folder name", "");
            } else if name.contains(['\r', '\n', '"', '*', '%']) {
                v.err(
                    format!("{p}.folders.{key}"),
                    format!(
                        "\"{}\" contains characters IMAP does not allow in a folder name",
                        name.escape_debug()
                    ),
                    "",
                );
            }
        }
        let distinct: HashSet<&String> = [&f.inbox, &f.processed, &f.failed, &f.ignored]
            .into_iter()
            .collect();
        if distinct.len() < 4 {
            v.err(
                format!("{p}.folders"),
                "inbox, processed, failed and ignored must be four different folders",
                "",
            );
        }
        let default_kind = v.one_of(
            &format!("{p}.default_kind"),
            &m.default_kind,
            &kind_choices(),
        );
        let ca_file = m
            .ca_file
            .as_ref()
            .map(|c| v.path(&format!("{p}.ca_file"), c));
        let mut rules = Vec::new();
        for (j, r) in m.rules.iter().enumerate() {
            if let Some(rule) = validate_rule(&mut v, &format!("{p}.rule[{j}]"), j, r) {
                rules.push(rule);
            }
        }
        let acknowledge = m.acknowledge.as_ref().filter(|a| a.enabled).map(|a| {
            let ap = format!("{p}.acknowledge");
            if !a.reference_format.contains("{id}") {
                v.err(
                    format!("{ap}.reference_format"),
                    "must contain {id}",
                    "e.g. \"[DSR-{id}]\", matching understanding.subject_tag_pattern so replies thread back",
                );
            }
            if a.relay_missing(file) {
                v.err(
                    ap.clone(),
                    "acknowledgements are sent through the relay, which is not enabled",
                    "enable the [relay] section, or remove [mailbox.acknowledge]",
                );
            }
            let mut templates = std::collections::BTreeMap::new();
            for (lang, t) in &a.templates {
                if t.subject.trim().is_empty() || t.body.trim().is_empty() {
                    v.err(
                        format!("{ap}.templates.{lang}"),
                        "needs a subject and a body",
                        "both may use {reference}, {id}, {subject} and {name}",
                    );
                }
                templates.insert(
                    lang.to_lowercase(),
                    AckTemplate {
                        subject: t.subject.clone(),
                        body: t.body.clone(),
                    },
                );
            }
            AckSettings {
                max_per_recipient_per_day: a.max_per_recipient_per_day,
                reference_format: a.reference_format.clone(),
                templates,
            }
        });
        if let (Some(tls), Some(auth), Some(mode), Some(default_kind)) =
            (tls, auth, mode, default_kind)
        {
            mailboxes.push(MailboxSettings {
                name: m.name.clone(),
                host: m.host.clone(),
                port,
                tls,
                ca_file,
                username: m.username.clone(),
                auth,
                mode,
                poll_interval: Duration::from_secs(m.poll_interval_secs),
                idle_renew: Duration::from_secs(m.idle_renew_secs),
                command_timeout: Duration::from_secs(m.command_timeout_secs),
                max_message_bytes: m.max_message_bytes,
                folders: Folders {
                    inbox: f.inbox.clone(),
                    processed: f.processed.clone(),
                    failed: f.failed.clone(),
                    ignored: f.ignored.clone(),
                },
                workspace_id: m.workspace_id,
                area_id: m.area_id,
                default_kind,
                auto_kind: m.auto_kind,
                tags: m.tags.clone(),
                move_processed: m.move_processed,
                rules,
                acknowledge,
            });
        }
    }

    // Relay.
    let relay = match &file.relay {
        Some(r) if r.enabled => {
            let provider_of = |name: &str| {
                file.oauth_account
                    .iter()
                    .find(|a| a.name == name)
                    .map(|a| a.provider.to_ascii_lowercase())
            };
            validate_relay(&mut v, r, &account_exists, &account_hint, &provider_of)
        }
        _ => None,
    };

    // Logging and admin.
    let format = v.one_of(
        "logging.format",
        &file.logging.format,
        &[("text", LogFormat::Text), ("json", LogFormat::Json)],
    );
    if tracing_subscriber::EnvFilter::try_new(&file.logging.level).is_err() {
        v.err(
            "logging.level",
            format!("\"{}\" is not a log filter", file.logging.level),
            "use error, warn, info, debug or trace, or e.g. \"info,dastra_mailgate=debug\"",
        );
    }
    if file.logging.log_bodies {
        v.warn(
            "logging.log_bodies",
            "message bodies will be written to the logs",
            "this puts personal data in the journal; turn it off outside debugging",
        );
    }
    if !file.logging.redact_addresses {
        v.warn(
            "logging.redact_addresses",
            "e-mail addresses will be logged in full",
            "this puts personal data in the journal; keep it true outside debugging",
        );
    }
    let admin = if file.admin.enabled {
        v.socket("admin.listen", &file.admin.listen)
    } else {
        None
    };
    let ops = super::ops::validate(&mut v, file, admin);

    // Understanding.
    let u = &file.understanding;
    let subject_tag = v.regex("understanding.subject_tag_pattern", &u.subject_tag_pattern);
    if let Some(re) = &subject_tag
        && re.captures_len() < 2
    {
        v.err(
            "understanding.subject_tag_pattern",
            "has no capture group for the request id",
            "wrap the id in parentheses, e.g. \\[DSR-(\\d+)\\]",
        );
    }
    let ignore_senders = u
        .ignore_senders
        .iter()
        .enumerate()
        .filter_map(|(i, s)| v.regex(&format!("understanding.ignore_senders[{i}]"), s))
        .collect();
    for (i, dom) in u.own_message_id_domains.iter().enumerate() {
        if !is_domain(dom) {
            v.err(
                format!("understanding.own_message_id_domains[{i}]"),
                format!("\"{dom}\" is not a domain"),
                "e.g. \"example.org\"",
            );
        }
    }
    let lexicon_file = u
        .lexicon_file
        .as_ref()
        .map(|f| v.path("understanding.lexicon_file", f));
    if u.default_locale.is_empty() || u.default_locale.len() > 10 {
        v.err(
            "understanding.default_locale",
            "must be 1 to 10 characters (Dastra's locale field)",
            "e.g. \"fr\" or \"en\"",
        );
    }

    if file.ingest.max_attempts == 0 {
        v.err(
            "ingest.max_attempts",
            "must be at least 1",
            "the default, 12, parks a message after about five hours of failures",
        );
    }
    if file.ingest.first_retry_delay_secs == 0 || file.ingest.first_retry_delay_secs > 3600 {
        v.err(
            "ingest.first_retry_delay_secs",
            "must be between 1 and 3600",
            "the default is 10 (seconds)",
        );
    }
    let state_dir = v.path("state.dir", &file.state.dir);
    let token_key = file
        .state
        .token_key
        .as_ref()
        .and_then(|k| v.secret("state.token_key", k));

    if v.issues.iter().any(|i| i.severity == Severity::Error) {
        return Err(v.issues);
    }
    let (Some(format), Some(subject_tag)) = (format, subject_tag) else {
        return Err(v.issues);
    };
    let settings = Settings {
        path,
        dastra,
        state_dir,
        token_key,
        mailboxes,
        oauth_accounts,
        relay,
        logging: LoggingSettings {
            format,
            level: file.logging.level.clone(),
            redact_addresses: file.logging.redact_addresses,
            log_bodies: file.logging.log_bodies,
        },
        admin,
        ops,
        ingest: IngestSettings {
            max_attempts: file.ingest.max_attempts,
            first_retry_delay: Duration::from_secs(file.ingest.first_retry_delay_secs),
            deadline_alert_days: file.ingest.deadline_alert_days,
            internal_domains: file
                .ingest
                .internal_domains
                .iter()
                .map(|d| d.trim().trim_start_matches('@').to_ascii_lowercase())
                .collect(),
        },
        alerts: AlertSettings {
            mailbox_failing_after: Duration::from_secs(
                file.admin.alert_mailbox_failing_secs.max(1),
            ),
            spool_age_after: Duration::from_secs(file.admin.alert_spool_age_secs.max(1)),
        },
        understanding: UnderstandingSettings {
            lexicon_file,
            default_locale: u.default_locale.clone(),
            prefer_reply_to: u.prefer_reply_to,
            subject_tag,
            ignore_mailing_lists: u.ignore_mailing_lists,
            ignore_senders,
            own_message_id_domains: u
                .own_message_id_domains
                .iter()
                .map(|d| d.to_ascii_lowercase())
                .collect(),
            dastra_attachment_policy: u.dastra_attachment_policy,
            min_image_bytes: u.min_image_bytes,
            max_attachment_bytes: u.max_attachment_bytes,
            max_per_sender_per_hour: u.max_per_sender_per_hour,
            learned_model: u.learned_model,
        },
    };
    Ok((settings, v.issues))
}

/// The request fields a rule sets, checked: purposes and person category from Dastra's lists,
/// a short locale.
fn rule_request_overrides(v: &mut V, p: &str, r: &RuleDto) -> RequestOverrides {
    let purposes = r.purposes.as_ref().map(|list| {
        let mut out = Vec::new();
        for name in list {
            match crate::understand::Purpose::from_name(name.trim()) {
                Some(purpose) => out.push(purpose.as_str().to_string()),
                None => v.err(
                    format!("{p}.purposes"),
                    format!("\"{name}\" is not a Dastra purpose"),
                    &format!(
                        "use one of {}",
                        crate::understand::Purpose::NAMES.join(", ")
                    ),
                ),
            }
        }
        if list.is_empty() {
            v.err(
                format!("{p}.purposes"),
                "empty list",
                "name at least one purpose, e.g. purposes = [\"Access\"], or remove the key",
            );
        }
        out
    });
    let person_category = r.person_category.as_ref().and_then(|c| {
        let found = PERSON_CATEGORIES
            .iter()
            .find(|k| k.eq_ignore_ascii_case(c.trim()));
        if found.is_none() {
            v.err(
                format!("{p}.person_category"),
                format!("\"{c}\" is not a Dastra person category"),
                &format!("use one of {}", PERSON_CATEGORIES.join(", ")),
            );
        }
        found.map(|k| k.to_string())
    });
    let locale = r.locale.as_ref().and_then(|l| {
        let l = l.trim().to_ascii_lowercase();
        let ok = (2..=10).contains(&l.len())
            && l.chars()
                .all(|c| c.is_ascii_lowercase() || c == '-' || c == '_');
        if !ok {
            v.err(
                format!("{p}.locale"),
                format!("\"{l}\" is not a locale"),
                "use a language code such as \"fr\", \"en\" or \"de-ch\"",
            );
        }
        ok.then_some(l)
    });
    RequestOverrides {
        purposes,
        person_category,
        locale,
        send_notification: r.send_notification,
    }
}

fn validate_rule(v: &mut V, p: &str, index: usize, r: &RuleDto) -> Option<Rule> {
    let action = match r.kind.as_deref() {
        None => RuleAction::Keep,
        Some("ignore") => RuleAction::Ignore,
        Some(k) => match kind_choices().iter().find(|(n, _)| *n == k) {
            Some((_, kind)) => RuleAction::Kind(*kind),
            None => {
                v.err(
                    format!("{p}.kind"),
                    format!("\"{k}\" is not a valid value"),
                    "use \"request\", \"task\", \"incident\" or \"ignore\"",
                );
                return None;
            }
        },
    };
    if r.recipient.is_none()
        && r.sender.is_none()
        && r.sender_domain.is_none()
        && r.subject.is_none()
        && r.body.is_none()
        && r.header.is_none()
    {
        v.err(p.to_string(), "rule has no condition and would match every message", "add recipient, sender, sender_domain, subject, body or header; use the mailbox's default_kind for the default");
    }
    let request = rule_request_overrides(v, p, r);
    if action == RuleAction::Keep
        && r.workspace_id.is_none()
        && r.area_id.is_none()
        && r.tags.is_none()
        && r.assignee.is_none()
        && request.is_empty()
    {
        v.err(
            format!("{p}.kind"),
            "rule does nothing",
            "set kind, or at least one of area_id, workspace_id, tags, assignee, purposes, person_category, locale, send_notification",
        );
    }
    if let Some(addr) = &r.recipient {
        v.email(&format!("{p}.recipient"), addr);
    }
    if let Some(addr) = &r.sender {
        v.email(&format!("{p}.sender"), addr);
    }
    if let Some(dom) = &r.sender_domain
        && !is_domain(dom)
    {
        v.err(
            format!("{p}.sender_domain"),
            format!("\"{dom}\" is not a domain"),
            "e.g. \"example.org\"",
        );
    }
    let subject = r
        .subject
        .as_ref()
        .and_then(|s| v.regex(&format!("{p}.subject"), s));
    let body = r
        .body
        .as_ref()
        .and_then(|s| v.regex(&format!("{p}.body"), s));
    let header_value = r
        .header_value
        .as_ref()
        .and_then(|s| v.regex(&format!("{p}.header_value"), s));
    if r.header_value.is_some() && r.header.is_none() {
        v.err(
            format!("{p}.header_value"),
            "header_value without header",
            "add header = \"X-Header-Name\"",
        );
    }
    if let Some(h) = &r.header
        && (h.is_empty() || !h.chars().all(|c| c.is_ascii_graphic() && c != ':'))
    {
        v.err(
            format!("{p}.header"),
            format!("\"{}\" is not a header name", h.escape_debug()),
            "e.g. \"X-Priority\"",
        );
    }
    Some(Rule {
        name: r
            .name
            .clone()
            .unwrap_or_else(|| format!("rule {}", index + 1)),
        recipient: r.recipient.as_ref().map(|s| s.to_ascii_lowercase()),
        sender: r.sender.as_ref().map(|s| s.to_ascii_lowercase()),
        sender_domain: r.sender_domain.as_ref().map(|s| s.to_ascii_lowercase()),
        subject,
        body,
        header: r.header.clone().map(|h| (h, header_value)),
        action,
        workspace_id: r.workspace_id,
        area_id: r.area_id,
        tags: r.tags.clone(),
        assignee: r.assignee,
        request,
    })
}

/// Pacing defaults per provider: (messages per minute, recipients per day, messages per
/// day, recipients per message), 0 = unlimited. Exchange Online: 30 messages a minute,
/// 10,000 recipients a day, 500 recipients a message. Gmail / Google Workspace (SMTP and
/// API): 2,000 messages a day, 10,000 recipients a day, 100 recipients a message. Any other
/// SMTP server: no pacing unless configured.
pub fn pacing_defaults(provider: &str) -> (u32, u32, u32, u32) {
    match provider {
        "microsoft" => (
            crate::config::defaults::RELAY_MESSAGES_PER_MINUTE,
            crate::config::defaults::RELAY_RECIPIENTS_PER_DAY,
            0,
            500,
        ),
        "google" => (0, 10_000, 2_000, 100),
        _ => (0, 0, 0, 0),
    }
}

fn validate_relay(
    v: &mut V,
    r: &RelayDto,
    account_exists: &dyn Fn(&str) -> bool,
    account_hint: &dyn Fn(&str) -> String,
    provider_of: &dyn Fn(&str) -> Option<String>,
) -> Option<RelaySettings> {
    let listen = v.socket("relay.listen", &r.listen);
    if r.sender.is_empty() {
        v.err(
            "relay.sender",
            "missing",
            "the address notifications are sent from, e.g. sender = \"privacy@example.org\"",
        );
    } else {
        v.email("relay.sender", &r.sender);
    }
    if let Some(alias) = &r.alias {
        v.one_line("relay.alias", alias, "a display name is one line of text");
    }
    if let Some(h) = &r.hostname
        && !is_domain(h)
    {
        v.err(
            "relay.hostname",
            format!("\"{}\" is not a host name", h.escape_default()),
            "the name the listener greets with, e.g. \"relay.example.org\"",
        );
    }
    if let Some(u) = &r.transport.username {
        v.one_line("relay.transport.username", u, "a login is one line of text");
    }
    for (i, d) in r.allowed_sender_domains.iter().enumerate() {
        if !is_domain(d) {
            v.err(
                format!("relay.allowed_sender_domains[{i}]"),
                format!("\"{d}\" is not a domain"),
                "e.g. \"example.org\"",
            );
        }
    }
    let mut clients = Vec::new();
    for (i, c) in r.clients.iter().enumerate() {
        if c.username.is_empty() {
            v.err(format!("relay.client[{i}].username"), "missing", "");
        }
        v.one_line(
            &format!("relay.client[{i}].username"),
            &c.username,
            "a login is one line of text",
        );
        if let Some(h) = v.secret(
            &format!("relay.client[{i}].password_hash"),
            &c.password_hash,
        ) {
            clients.push(RelayClient {
                username: c.username.clone(),
                password_hash: h,
            });
        }
    }
    if let Some(l) = listen
        && !l.ip().to_canonical().is_loopback()
        && r.clients.is_empty()
    {
        v.err(
            "relay.client",
            format!("the listener {l} is not on loopback and no [[relay.client]] is configured"),
            "add clients that authenticate, or listen on 127.0.0.1",
        );
    }
    if r.tls_cert_file.is_some() != r.tls_key_file.is_some() {
        v.err(
            "relay.tls_cert_file",
            "tls_cert_file and tls_key_file go together",
            "give both, or neither",
        );
    }
    let t = &r.transport;
    let kind = v.one_of(
        "relay.transport.type",
        &t.kind,
        &[
            ("smtp", TransportKind::Smtp),
            ("graph", TransportKind::Graph),
            ("gmail_api", TransportKind::GmailApi),
        ],
    );
    let tls = v.one_of("relay.transport.tls", &t.tls, &tls_choices());
    let auth = v.one_of(
        "relay.transport.auth",
        &t.auth,
        &[
            ("xoauth2", SmtpAuth::XOAuth2),
            ("plain", SmtpAuth::Plain),
            ("none", SmtpAuth::None),
        ],
    );
    if (tls == Some(TlsMode::None) || auth == Some(SmtpAuth::None))
        && !t.allow_insecure
        && kind == Some(TransportKind::Smtp)
    {
        v.err("relay.transport", "plaintext or unauthenticated delivery", "use tls = \"starttls\"/\"implicit\" and auth = \"xoauth2\"; for a trusted on-premises relay set allow_insecure = true");
    }
    let needs_account = kind != Some(TransportKind::Smtp) || auth == Some(SmtpAuth::XOAuth2);
    match &t.oauth_account {
        Some(a) if !account_exists(a) => v.err(
            "relay.transport.oauth_account",
            format!("no [[oauth_account]] named \"{a}\""),
            &account_hint(a),
        ),
        None if needs_account => v.err(
            "relay.transport.oauth_account",
            "missing (XOAUTH2, Graph and the Gmail API need an OAuth account)",
            "name an [[oauth_account]]",
        ),
        Some(a) => match (kind, provider_of(a).as_deref()) {
            (Some(TransportKind::Graph), Some("google")) => v.err(
                "relay.transport.oauth_account",
                format!("\"{a}\" is a Google account, but type = \"graph\" is Microsoft Graph"),
                "use a provider = \"microsoft\" account, or type = \"gmail_api\"",
            ),
            (Some(TransportKind::GmailApi), Some("microsoft")) => v.err(
                "relay.transport.oauth_account",
                format!("\"{a}\" is a Microsoft account, but type = \"gmail_api\" is Google's"),
                "use a provider = \"google\" account, or type = \"graph\"",
            ),
            _ => {}
        },
        _ => {}
    }
    let password = if auth == Some(SmtpAuth::Plain) {
        v.required_secret("relay.transport.password", &t.password, "auth = \"plain\"")
    } else {
        None
    };
    let host = t
        .host
        .clone()
        .unwrap_or_else(|| "smtp.office365.com".into());
    let port = t.port.unwrap_or(match tls {
        Some(TlsMode::Implicit) => 465,
        Some(TlsMode::None) => 25,
        _ => 587,
    });
    if r.retry_schedule_secs.is_empty() {
        v.err(
            "relay.retry_schedule_secs",
            "empty",
            "e.g. [60, 300, 900, 3600]",
        );
    }
    v.positive("relay.max_age_secs", r.max_age_secs);
    v.positive("relay.limits.max_message_bytes", r.limits.max_message_bytes);
    v.positive(
        "relay.limits.max_recipients",
        u64::from(r.limits.max_recipients),
    );
    let ca_file = t
        .ca_file
        .as_ref()
        .map(|c| v.path("relay.transport.ca_file", c));
    if let Some(e) = &t.endpoint {
        let https = e.starts_with("https://") && e.len() > "https://".len();
        let http = e.starts_with("http://") && e.len() > "http://".len();
        if !(https || http && t.allow_insecure) {
            v.err(
                "relay.transport.endpoint",
                format!("\"{e}\" is not an https:// URL"),
                "the API's base URL, e.g. \"https://graph.microsoft.com\" or \"https://gmail.googleapis.com\" (http:// only with allow_insecure = true)",
            );
        }
    }
    let (listen, kind, tls, auth) = (listen?, kind?, tls?, auth?);
    let limits = {
        let provider = match &kind {
            TransportKind::Graph => "microsoft".to_string(),
            TransportKind::GmailApi => "google".to_string(),
            TransportKind::Smtp => {
                let h = host.to_ascii_lowercase();
                if h.ends_with("gmail.com") || h.ends_with("googlemail.com") {
                    "google".to_string()
                } else if h.ends_with("office365.com") || h.ends_with("outlook.com") {
                    "microsoft".to_string()
                } else {
                    String::new()
                }
            }
        };
        let (per_minute, rcpt_day, msg_day, rcpt_msg) = pacing_defaults(&provider);
        let mut l = r.limits.clone();
        l.messages_per_minute = Some(l.messages_per_minute.unwrap_or(per_minute));
        l.recipients_per_day = Some(l.recipients_per_day.unwrap_or(rcpt_day));
        l.messages_per_day = Some(l.messages_per_day.unwrap_or(msg_day));
        l.recipients_per_message = Some(l.recipients_per_message.unwrap_or(rcpt_msg));
        l
    };
    Some(RelaySettings {
        listen,
        hostname: r.hostname.clone(),
        tls_cert_file: r.tls_cert_file.as_ref().map(PathBuf::from),
        tls_key_file: r.tls_key_file.as_ref().map(PathBuf::from),
        sender: r.sender.clone(),
        alias: r.alias.clone(),
        reply_to_original: r.reply_to_original,
        allowed_sender_domains: r
            .allowed_sender_domains
            .iter()
            .map(|d| d.to_ascii_lowercase())
            .collect(),
        allow_unauthenticated_loopback: r.allow_unauthenticated_loopback,
        clients,
        transport: TransportSettings {
            kind,
            host,
            port,
            tls,
            auth,
            oauth_account: t.oauth_account.clone(),
            username: t.username.clone(),
            password,
            ca_file,
            endpoint: t.endpoint.clone(),
            max_connections: t.max_connections,
            idle_timeout: Duration::from_secs(t.idle_timeout_secs),
        },
        limits,
        retry_schedule: r
            .retry_schedule_secs
            .iter()
            .map(|s| Duration::from_secs(*s))
            .collect(),
        max_age: Duration::from_secs(r.max_age_secs),
    })
}
