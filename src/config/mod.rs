//! The configuration: one TOML file.
//!
//! Loading runs in three steps:
//! 1. TOML syntax ([`toml::de::DeTable`], which keeps spans for every key and value);
//! 2. serde into the DTOs of [`dto`], recording **every** unknown key (through `serde_ignored`)
//!    instead of stopping at the first;
//! 3. [`validate::validate`], a pure step that checks every value and reports every problem.
//!
//! Every problem is an [`Issue`] with the key path, the line and column in the file and a hint.

pub mod defaults;
pub mod dto;
pub mod ops;
pub mod spans;
pub mod validate;

use std::fmt;
use std::path::{Path, PathBuf};

pub use validate::*;

use crate::secret;

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
}

/// One problem in the file, pinned to a key path and, when known, a line and column.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Issue {
    pub severity: Severity,
    pub path: String,
    pub message: String,
    pub hint: Option<String>,
    pub line: Option<usize>,
    pub col: Option<usize>,
}

impl fmt::Display for Issue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.path.is_empty() {
            write!(f, "{}", self.message)?;
        } else {
            write!(f, "{}: {}", self.path, self.message)?;
        }
        if let (Some(l), Some(c)) = (self.line, self.col) {
            write!(f, " (line {l}, col {c})")?;
        }
        if let Some(h) = &self.hint {
            write!(f, "\n      hint: {h}")?;
        }
        Ok(())
    }
}

/// The file could not be used: every error found, plus any warnings.
#[derive(Debug)]
pub struct ConfigError {
    pub file: PathBuf,
    pub issues: Vec<Issue>,
}

impl ConfigError {
    fn single(file: &Path, path: &str, message: String, hint: &str) -> Self {
        ConfigError {
            file: file.to_path_buf(),
            issues: vec![Issue {
                severity: Severity::Error,
                path: path.to_string(),
                message,
                hint: (!hint.is_empty()).then(|| hint.to_string()),
                line: None,
                col: None,
            }],
        }
    }

    pub fn errors(&self) -> impl Iterator<Item = &Issue> {
        self.issues.iter().filter(|i| i.severity == Severity::Error)
    }
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let n = self.errors().count();
        writeln!(
            f,
            "invalid configuration {}: {n} error{}",
            self.file.display(),
            if n == 1 { "" } else { "s" }
        )?;
        for issue in &self.issues {
            let tag = match issue.severity {
                Severity::Error => "error",
                Severity::Warning => "warning",
            };
            writeln!(f, "  {tag}: {issue}")?;
        }
        Ok(())
    }
}

impl std::error::Error for ConfigError {}

/// Where the configuration file is: `-c/--config`, else `$DASTRA_MAILGATE_CONFIG`, else
/// `/etc/dastra-mailgate/config.toml`.
pub fn resolve_path(cli: Option<&Path>) -> PathBuf {
    if let Some(p) = cli {
        return p.to_path_buf();
    }
    match std::env::var_os(defaults::CONFIG_ENV) {
        Some(p) if !p.is_empty() => PathBuf::from(p),
        _ => PathBuf::from(defaults::CONFIG_PATH),
    }
}

/// Reads and validates the file. On success returns the settings and any warnings.
pub fn load(path: &Path) -> Result<(Settings, Vec<Issue>), ConfigError> {
    let text = std::fs::read_to_string(path).map_err(|e| {
        ConfigError::single(
            path,
            "",
            format!("cannot read the configuration file: {e}"),
            "pass the file with -c/--config or DASTRA_MAILGATE_CONFIG; start from config.example.toml",
        )
    })?;
    load_str(&text, path)
}

/// Parses and validates configuration text; `path` is used for messages and relative lookups.
pub fn load_str(text: &str, path: &Path) -> Result<(Settings, Vec<Issue>), ConfigError> {
    let locator = spans::Locator::new(text);
    let fail = |mut issues: Vec<Issue>| {
        for i in &mut issues {
            if i.line.is_none()
                && let Some((l, c)) = locator.locate(&i.path)
            {
                i.line = Some(l);
                i.col = Some(c);
            }
        }
        ConfigError {
            file: path.to_path_buf(),
            issues,
        }
    };

    let table = toml::de::DeTable::parse(text).map_err(|e| {
        let (line, col) = e
            .span()
            .map(|s| locator.line_col(s.start))
            .map_or((None, None), |(l, c)| (Some(l), Some(c)));
        ConfigError {
            file: path.to_path_buf(),
            issues: vec![Issue {
                severity: Severity::Error,
                path: String::new(),
                message: format!("TOML syntax error: {}", e.message().trim()),
                hint: Some("check quotes, brackets and `key = value` pairs on that line".into()),
                line,
                col,
            }],
        }
    })?;

    let mut unknown = Vec::new();
    let de = toml::de::Deserializer::from(table);
    let parsed: Result<dto::ConfigFile, _> = serde_ignored::deserialize(de, |p| {
        unknown.push(serde_path(&p));
    });
    let mut issues: Vec<Issue> = unknown
        .into_iter()
        .map(|key| Issue {
            severity: Severity::Error,
            message: "unknown key".into(),
            hint: Some(unknown_key_hint(&key)),
            path: key,
            line: None,
            col: None,
        })
        .collect();
    let file = match parsed {
        Ok(f) => f,
        Err(e) => {
            let (line, col) = e
                .span()
                .map(|s| locator.line_col(s.start))
                .map_or((None, None), |(l, c)| (Some(l), Some(c)));
            let at = e
                .span()
                .and_then(|s| locator.path_at(s.start))
                .unwrap_or_default();
            let (path, message, hint) = plain_type_error(e.message(), &at);
            issues.push(Issue {
                severity: Severity::Error,
                path,
                message,
                hint: Some(hint),
                line,
                col,
            });
            return Err(fail(issues));
        }
    };
    match validate::validate(&file, path.to_path_buf()) {
        Ok((settings, warnings)) if issues.is_empty() => {
            let warnings = fail(warnings).issues;
            Ok((settings, warnings))
        }
        Ok((_, warnings)) => {
            issues.extend(warnings);
            Err(fail(issues))
        }
        Err(more) => {
            issues.extend(more);
            Err(fail(issues))
        }
    }
}

/// `serde_ignored` paths → our key-path syntax (`mailbox[0].rule[1].x`).
fn serde_path(p: &serde_ignored::Path<'_>) -> String {
    use serde_ignored::Path as P;
    match p {
        P::Root => String::new(),
        P::Seq { parent, index } => format!("{}[{index}]", serde_path(parent)),
        P::Map { parent, key } => {
            let parent = serde_path(parent);
            if parent.is_empty() {
                key.to_string()
            } else {
                format!("{parent}.{key}")
            }
        }
        P::Some { parent } | P::NewtypeStruct { parent } | P::NewtypeVariant { parent } => {
            serde_path(parent)
        }
    }
}

/// Suggests the nearest known key for a misspelling.
fn unknown_key_hint(path: &str) -> String {
    const KNOWN: &[&str] = &[
        "dastra",
        "state",
        "mailbox",
        "oauth_account",
        "relay",
        "logging",
        "admin",
        "understanding",
        "base_url",
        "token_url",
        "api_key",
        "public_key",
        "private_key",
        "workspace_id",
        "area_id",
        "tags",
        "max_requests_per_min",
        "request_timeout_secs",
        "connect_timeout_secs",
        "ca_file",
        "task_deadline_days",
        "send_notification",
        "dir",
        "name",
        "host",
        "port",
        "tls",
        "allow_insecure",
        "username",
        "auth",
        "password",
        "oauth_account",
        "mode",
        "poll_interval_secs",
        "idle_renew_secs",
        "command_timeout_secs",
        "max_message_bytes",
        "folders",
        "inbox",
        "processed",
        "failed",
        "ignored",
        "default_kind",
        "auto_kind",
        "move_processed",
        "rule",
        "acknowledge",
        "enabled",
        "max_per_recipient_per_day",
        "reference_format",
        "templates",
        "recipient",
        "sender",
        "sender_domain",
        "subject",
        "body",
        "header",
        "header_value",
        "kind",
        "assignee",
        "purposes",
        "person_category",
        "locale",
        "provider",
        "flow",
        "tenant",
        "authority",
        "client_id",
        "client_secret",
        "certificate_file",
        "private_key_file",
        "service_account_key",
        "user",
        "scopes",
        "auth_url",
        "device_code_url",
        "refresh_before_expiry_secs",
        "enabled",
        "listen",
        "hostname",
        "tls_cert_file",
        "tls_key_file",
        "alias",
        "reply_to_original",
        "allowed_sender_domains",
        "allow_unauthenticated_loopback",
        "client",
        "password_hash",
        "transport",
        "type",
        "endpoint",
        "max_connections",
        "limits",
        "max_recipients",
        "messages_per_minute",
        "recipients_per_day",
        "messages_per_day",
        "recipients_per_message",
        "data_timeout_secs",
        "greeting_delay_ms",
        "auth_ban_after",
        "auth_ban_secs",
        "idle_timeout_secs",
        "retry_schedule_secs",
        "max_age_secs",
        "format",
        "level",
        "redact_addresses",
        "log_bodies",
        "lexicon_file",
        "default_locale",
        "prefer_reply_to",
        "subject_tag_pattern",
        "ignore_mailing_lists",
        "ignore_senders",
        "own_message_id_domains",
        "dastra_attachment_policy",
        "min_image_bytes",
        "max_attachment_bytes",
        "max_per_sender_per_hour",
        "learned_model",
        // [journal], [retention], admin.auth_token
        "journal",
        "retention",
        "mask_addresses",
        "link_template",
        "journal_days",
        "ledger_days",
        "failed_mail_days",
        "delivered_spool_days",
        "purge_interval_secs",
        "auth_token",
        "alert_mailbox_failing_secs",
        "alert_spool_age_secs",
        // [ingest]
        "ingest",
        "max_attempts",
        "first_retry_delay_secs",
        "deadline_alert_days",
        "internal_domains",
    ];
    let last = path.rsplit('.').next().unwrap_or(path);
    let last = last.split('[').next().unwrap_or(last);
    if KNOWN.contains(&last) {
        let section = path.rsplit_once('.').map_or("the top level", |(s, _)| s);
        return format!(
            "`{last}` is valid elsewhere but not in {section}: TOML puts every key under the last [table] header above it, so move it up, before [[...]] sub-tables"
        );
    }
    let best = KNOWN
        .iter()
        .map(|k| (edit_distance(last, k), *k))
        .min()
        .filter(|(d, _)| *d <= 3 && *d < last.len());
    match best {
        Some((_, k)) => {
            format!("did you mean `{k}`? Otherwise remove it (see config.example.toml)")
        }
        None => "remove it; config.example.toml lists every key".into(),
    }
}

/// The candidate closest to `name` (at most 3 edits away and closer than the name's
/// length), for "did you mean" hints.
pub(crate) fn did_you_mean<'a>(name: &str, candidates: &[&'a str]) -> Option<&'a str> {
    candidates
        .iter()
        .map(|c| (edit_distance(&name.to_lowercase(), &c.to_lowercase()), *c))
        .filter(|(d, _)| *d <= 3 && *d < name.len().max(1))
        .min_by_key(|(d, _)| *d)
        .map(|(_, c)| c)
}

/// A serde/toml type error in plain words, with the key path it concerns (from the
/// error's span) and a hint. Rust type names (`i64`, `struct RelayDto`, `a sequence`)
/// never reach the user.
fn plain_type_error(message: &str, path: &str) -> (String, String, String) {
    let message = message.trim();
    let what = |t: &str| -> String {
        let t = t.trim().trim_end_matches('.');
        let int = [
            "i8", "i16", "i32", "i64", "u8", "u16", "u32", "u64", "usize", "isize",
        ];
        if int.contains(&t) {
            return if t.starts_with('u') {
                "a whole number of 0 or more (no quotes)".into()
            } else {
                "a whole number (no quotes)".into()
            };
        }
        match t {
            "f32" | "f64" | "a float" => "a number (no quotes)".into(),
            "a string" | "a borrowed string" | "a character" => "a string (in quotes)".into(),
            "a boolean" => "true or false (no quotes)".into(),
            "a sequence" => "a list, e.g. [\"a\", \"b\"]".into(),
            "a map" => "a table".into(),
            _ if t.starts_with("struct ") || t.starts_with("a map") => "a table".into(),
            _ if t.starts_with("enum ") => "one of the documented values".into(),
            _ => t.to_string(),
        }
    };
    let found = |t: &str| -> String {
        let t = t.trim();
        if let Some(v) = t.strip_prefix("string ") {
            return format!("the string {v}");
        }
        for (pre, name) in [
            ("integer ", "the number "),
            ("floating point ", "the number "),
            ("boolean ", ""),
        ] {
            if let Some(v) = t.strip_prefix(pre) {
                return format!("{name}{}", v.trim_matches('`'));
            }
        }
        match t {
            "sequence" => "a list".into(),
            "map" => "a table".into(),
            other => other.to_string(),
        }
    };
    let key = path.rsplit('.').next().unwrap_or(path);
    for pre in ["invalid type: ", "invalid value: "] {
        if let Some(rest) = message.strip_prefix(pre)
            && let Some((got, want)) = rest.split_once(", expected ")
        {
            let want = what(want);
            let bare = got
                .trim_start_matches("string ")
                .trim_matches('"')
                .to_string();
            let hint = if want.starts_with("true or false") {
                format!("write {key} = true or {key} = false (no quotes)")
            } else if want.starts_with("a list") && got.starts_with("string ") {
                format!("write {key} = [\"{bare}\"]")
            } else if want.contains("no quotes") && got.starts_with("string ") {
                format!("write {key} = {bare} (without the quotes)")
            } else if want.contains("in quotes") {
                format!("put the value in quotes: {key} = \"...\"")
            } else {
                "see config.example.toml for the expected type of this key".into()
            };
            return (
                path.to_string(),
                format!("expected {want}, found {}", found(got)),
                hint,
            );
        }
    }
    if let Some(rest) = message.strip_prefix("missing field `") {
        let field = rest.trim_end_matches('`');
        let p = if path.is_empty() {
            field.to_string()
        } else {
            format!("{path}.{field}")
        };
        return (p, "missing".into(), "see config.example.toml".into());
    }
    if let Some(rest) = message.strip_prefix("unknown variant `")
        && let Some((got, choices)) = rest.split_once("`, expected ")
    {
        let options: Vec<&str> = choices
            .trim_start_matches("one of ")
            .split(", ")
            .map(|c| c.trim_matches('`'))
            .collect();
        let hint = match did_you_mean(got, &options) {
            Some(k) => format!("did you mean \"{k}\"?"),
            None => format!(
                "use one of: {}",
                options
                    .iter()
                    .map(|o| format!("\"{o}\""))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        };
        return (path.to_string(), format!("unknown value \"{got}\""), hint);
    }
    (
        path.to_string(),
        message.to_string(),
        "see config.example.toml for the expected type of this key".into(),
    )
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut cur = vec![i + 1];
        for (j, cb) in b.iter().enumerate() {
            let cost = usize::from(ca != *cb);
            cur.push((prev[j] + cost).min(prev[j + 1] + 1).min(cur[j] + 1));
        }
        prev = cur;
    }
    prev[b.len()]
}

/// Resolves every secret reference (impure: reads env and files). Problems come back as
/// issues: unreadable or missing secrets, and `file:` secrets readable by group or others.
pub fn check_secrets(settings: &Settings) -> Vec<Issue> {
    let text = std::fs::read_to_string(&settings.path).unwrap_or_default();
    let locator = spans::Locator::new(&text);
    let mut out = Vec::new();
    for (path, r) in settings.secret_refs() {
        let (line, col) = locator
            .locate(&path)
            .map_or((None, None), |(l, c)| (Some(l), Some(c)));
        match r.resolve() {
            Ok(_) => {}
            Err(e) => out.push(Issue {
                severity: Severity::Error,
                path: path.clone(),
                message: format!("secret {r} cannot be read: {e}"),
                hint: Some(match r {
                    secret::SecretRef::Env(n) => {
                        format!("export {n}=... in the service environment (EnvironmentFile=)")
                    }
                    secret::SecretRef::File(p) => format!(
                        "create {} (mode 0600, owned by the service user)",
                        p.display()
                    ),
                    secret::SecretRef::Credential(n) => format!(
                        "put the secret in /etc/dastra-mailgate/credentials/{n} (mode 0600) and add LoadCredential={n}:/etc/dastra-mailgate/credentials/{n} to the unit (systemctl edit dastra-mailgate)"
                    ),
                }),
                line,
                col,
            }),
        }
        if let Some(p) = r.file_path()
            && secret::readable_by_others(p)
        {
            out.push(Issue {
                severity: Severity::Warning,
                path: path.clone(),
                message: format!("secret file {} is readable by group or others", p.display()),
                hint: Some(format!("chmod 600 {}", p.display())),
                line,
                col,
            });
        }
    }
    out
}

#[cfg(test)]
mod tests;
