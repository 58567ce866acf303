//! Named defaults, one place for every number the config file can override.

pub const CONFIG_PATH: &str = "/etc/dastra-mailgate/config.toml";
pub const CONFIG_ENV: &str = "DASTRA_MAILGATE_CONFIG";
pub const STATE_DIR: &str = "/var/lib/dastra-mailgate";

pub const DASTRA_BASE_URL: &str = "https://api.dastra.eu";
pub const DASTRA_TOKEN_URL: &str = "https://account.dastra.eu/connect/token";
/// Dastra documents "500/min or 10000/10min".
pub const DASTRA_MAX_REQUESTS_PER_MIN: u32 = 500;
pub const DASTRA_REQUEST_TIMEOUT_SECS: u64 = 30;
pub const DASTRA_CONNECT_TIMEOUT_SECS: u64 = 10;
/// Dastra's own collection address tags objects "email entrant".
pub const DEFAULT_TAG: &str = "email entrant";
pub const TASK_DEADLINE_DAYS: u32 = 7;

pub const POLL_INTERVAL_SECS: u64 = 60;
/// RFC 2177 asks clients to re-issue IDLE at least every 29 minutes.
pub const IDLE_RENEW_SECS: u64 = 25 * 60;
pub const IMAP_COMMAND_TIMEOUT_SECS: u64 = 60;
pub const MAX_MESSAGE_BYTES: u64 = 50 * 1024 * 1024;

pub const SUBJECT_TAG_PATTERN: &str = r"\[DSR-(\d+)\]";
/// Dastra drops images under 5 KB (signature logos).
pub const MIN_IMAGE_BYTES: u64 = 5 * 1024;
pub const MAX_ATTACHMENT_BYTES: u64 = 25 * 1024 * 1024;
pub const MAX_PER_SENDER_PER_HOUR: u32 = 20;

pub const RELAY_LISTEN: &str = "127.0.0.1:2525";
pub const RELAY_MAX_MESSAGE_BYTES: u64 = 35 * 1024 * 1024;
/// Recipients accepted per submitted message (Exchange Online's own per-message limit);
/// delivery splits them into the provider's `recipients_per_message`.
pub const RELAY_MAX_RECIPIENTS: u32 = 500;
pub const RELAY_MAX_CONNECTIONS_IN: u32 = 50;
/// Exchange Online allows 3 concurrent SMTP connections per mailbox.
pub const RELAY_MAX_CONNECTIONS_OUT: u32 = 3;
/// Exchange Online: 30 messages per minute.
pub const RELAY_MESSAGES_PER_MINUTE: u32 = 30;
/// Exchange Online: 10,000 recipients per day.
pub const RELAY_RECIPIENTS_PER_DAY: u32 = 10_000;
pub const RELAY_COMMAND_TIMEOUT_SECS: u64 = 300;
pub const RELAY_DATA_TIMEOUT_SECS: u64 = 600;
/// Short: HTTP clients and SSRF payloads send at once (on loopback well within a
/// millisecond; input already there on accept is refused even with 0), and every connection
/// pays it (smtp-source and many apps connect per message: 10 sessions can then start at
/// most 10 / (5 ms + service time) messages a second).
pub const RELAY_GREETING_DELAY_MS: u64 = 5;
pub const RELAY_AUTH_BAN_AFTER: u32 = 10;
pub const RELAY_AUTH_BAN_SECS: u64 = 900;
/// Exchange Online allows 3 connections per mailbox: idle ones are closed quickly so that
/// `test-send` and other senders on the mailbox get one.
pub const RELAY_IDLE_TIMEOUT_SECS: u64 = 5;
pub const RETRY_SCHEDULE_SECS: [u64; 7] = [60, 300, 900, 3600, 7200, 14400, 28800];
/// Five days, like Postfix's maximal_queue_lifetime.
pub const RELAY_MAX_AGE_SECS: u64 = 5 * 24 * 3600;

pub const ADMIN_LISTEN: &str = "127.0.0.1:9464";

/// Dastra does not document its web application's URLs; adjust when they differ.
pub const JOURNAL_LINK_TEMPLATE: &str = "https://app.dastra.eu/workspace/{workspace}/{kind}/{id}";
pub const RETENTION_JOURNAL_DAYS: u32 = 90;
pub const RETENTION_LEDGER_DAYS: u32 = 180;
pub const RETENTION_FAILED_MAIL_DAYS: u32 = 30;
/// Delivered notifications leave the spool at once; the journal keeps the delivery record.
pub const RETENTION_DELIVERED_SPOOL_DAYS: u32 = 0;
pub const RETENTION_PURGE_INTERVAL_SECS: u64 = 3600;
/// A mailbox failing this long raises an alert and fails `/readyz`.
pub const ALERT_MAILBOX_FAILING_SECS: u64 = 10 * 60;
/// The oldest spooled message this old raises an alert and fails `/readyz`.
pub const ALERT_SPOOL_AGE_SECS: u64 = 30 * 60;
