//! `[journal]`, `[retention]` and `admin.auth_token`: what the operations side keeps, for
//! how long, and who may read it.

use std::net::SocketAddr;
use std::time::Duration;

use super::dto::ConfigFile;
use super::validate::V;
use crate::secret::SecretRef;

/// The journal of processed and relayed messages.
#[derive(Debug, Clone, PartialEq)]
pub struct JournalSettings {
    pub enabled: bool,
    pub mask_addresses: bool,
    pub link_template: String,
}

/// How long each kind of personal data is kept before the daemon purges it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RetentionSettings {
    pub journal: Duration,
    pub ledger: Duration,
    pub failed_mail: Duration,
    /// Zero: delivered messages leave the spool at once.
    pub delivered_spool: Duration,
    pub purge_interval: Duration,
}

impl Default for RetentionSettings {
    fn default() -> Self {
        use super::defaults as d;
        let days = |n: u32| Duration::from_secs(u64::from(n) * 86_400);
        RetentionSettings {
            journal: days(d::RETENTION_JOURNAL_DAYS),
            ledger: days(d::RETENTION_LEDGER_DAYS),
            failed_mail: days(d::RETENTION_FAILED_MAIL_DAYS),
            delivered_spool: days(d::RETENTION_DELIVERED_SPOOL_DAYS),
            purge_interval: Duration::from_secs(d::RETENTION_PURGE_INTERVAL_SECS),
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct OpsSettings {
    pub journal: JournalSettings,
    pub retention: RetentionSettings,
    /// Token the admin listener requires (always when set; required off loopback).
    pub admin_auth_token: Option<SecretRef>,
}

pub(super) fn validate(v: &mut V, file: &ConfigFile, admin: Option<SocketAddr>) -> OpsSettings {
    let admin_auth_token = file
        .admin
        .auth_token
        .as_ref()
        .and_then(|t| v.secret("admin.auth_token", t));
    if let Some(a) = admin
        && !a.ip().is_loopback()
        && file.admin.auth_token.is_none()
    {
        v.err(
            "admin.auth_token",
            format!("missing: admin.listen = \"{a}\" is not a loopback address"),
            "the journal page and /status show personal data: set auth_token = \"env:ADMIN_TOKEN\" (or file:/credential:), or listen on 127.0.0.1",
        );
    }
    let j = &file.journal;
    if j.enabled && !j.link_template.is_empty() && !j.link_template.contains("{id}") {
        v.err(
            "journal.link_template",
            "has no {id} placeholder",
            "e.g. \"https://app.dastra.eu/workspace/{workspace}/{kind}/{id}\", or \"\" for no links",
        );
    }
    if !j.mask_addresses {
        v.warn(
            "journal.mask_addresses",
            "the journal will keep e-mail addresses in full",
            "this keeps personal data in the state directory and shows it on the admin page",
        );
    }
    let r = &file.retention;
    for (key, value) in [
        ("retention.journal_days", r.journal_days),
        ("retention.ledger_days", r.ledger_days),
        ("retention.failed_mail_days", r.failed_mail_days),
    ] {
        if value == 0 {
            v.err(key, "must be at least 1 day", "");
        }
    }
    if r.purge_interval_secs == 0 {
        v.err(
            "retention.purge_interval_secs",
            "must be greater than 0",
            "",
        );
    }
    let days = |n: u32| Duration::from_secs(u64::from(n) * 86_400);
    OpsSettings {
        journal: JournalSettings {
            enabled: j.enabled,
            mask_addresses: j.mask_addresses,
            link_template: j.link_template.clone(),
        },
        retention: RetentionSettings {
            journal: days(r.journal_days),
            ledger: days(r.ledger_days),
            failed_mail: days(r.failed_mail_days),
            delivered_spool: days(r.delivered_spool_days),
            purge_interval: Duration::from_secs(r.purge_interval_secs),
        },
        admin_auth_token,
    }
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    fn load(extra: &str) -> Result<crate::config::Settings, crate::config::ConfigError> {
        let text = format!("[state]\ndir = \"/tmp/x\"\n{extra}");
        crate::config::load_str(&text, Path::new("t.toml")).map(|(s, _)| s)
    }

    #[test]
    fn defaults_are_documented_values() {
        let s = load("").unwrap();
        assert_eq!(s.ops.retention, super::RetentionSettings::default());
        assert_eq!(s.ops.retention.journal.as_secs(), 90 * 86_400);
        assert_eq!(s.ops.retention.delivered_spool.as_secs(), 0);
        assert!(s.ops.journal.enabled && s.ops.journal.mask_addresses);
        assert!(s.ops.admin_auth_token.is_none());
    }

    #[test]
    fn off_loopback_admin_needs_a_token() {
        let e = load("[admin]\nlisten = \"0.0.0.0:9464\"\n").unwrap_err();
        let msg = e.to_string();
        assert!(msg.contains("admin.auth_token: missing"), "{msg}");
        let s =
            load("[admin]\nlisten = \"0.0.0.0:9464\"\nauth_token = \"env:ADMIN_TOKEN\"\n").unwrap();
        assert!(s.ops.admin_auth_token.is_some());
        let e = load("[admin]\nauth_token = \"hunter2\"\n").unwrap_err();
        assert!(e.to_string().contains("admin.auth_token"), "{e}");
    }

    #[test]
    fn retention_and_journal_are_checked() {
        let e = load("[retention]\njournal_days = 0\nfailed_mail_days = 0\n[journal]\nlink_template = \"https://x/\"\n")
            .unwrap_err()
            .to_string();
        assert!(e.contains("retention.journal_days"), "{e}");
        assert!(e.contains("retention.failed_mail_days"), "{e}");
        assert!(e.contains("journal.link_template"), "{e}");
        let s = load("[retention]\ndelivered_spool_days = 7\nledger_days = 30\n").unwrap();
        assert_eq!(s.ops.retention.delivered_spool.as_secs(), 7 * 86_400);
        assert_eq!(s.ops.retention.ledger.as_secs(), 30 * 86_400);
    }
}
