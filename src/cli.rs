//! The command line: `dastra-mailgate [OPTIONS] <COMMAND>`.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

/// IMAP-to-Dastra ingestion and OAuth 2.0 notification relay for GDPR teams.
///
/// Watches collection mailboxes and turns every message into the right Dastra object
/// (data subject request, task, data breach, or a follow-up), exactly once; relays the
/// organisation's notification mail through its own Office 365 or Gmail account.
///
/// Exit codes (sysexits): 0 ok, 64 usage, 65 unusable input, 69 service unavailable,
/// 75 temporary failure (retry later), 78 configuration error.
#[derive(Debug, Parser)]
#[command(name = "dastra-mailgate", version, propagate_version = true)]
pub struct Cli {
    /// Configuration file [default: $DASTRA_MAILGATE_CONFIG, else /etc/dastra-mailgate/config.toml]
    #[arg(
        short = 'c',
        long = "config",
        global = true,
        value_name = "FILE",
        value_hint = clap::ValueHint::FilePath
    )]
    pub config: Option<PathBuf>,

    /// Log format on stderr [default: logging.format from the config, else text]
    #[arg(long, global = true, value_enum, env = "DASTRA_MAILGATE_LOG_FORMAT")]
    pub log_format: Option<LogFormatArg>,

    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum LogFormatArg {
    Text,
    Json,
}

#[derive(Debug, Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum OutputFormat {
    Text,
    Json,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Run the daemon: every mailbox concurrently, and the relay when enabled.
    ///
    /// Logs go to stderr. Under systemd (Type=notify) READY is sent once recovery is done.
    /// SIGTERM/SIGINT drain and stop; SIGHUP reloads the configuration.
    Run,

    /// Validate the configuration and print a short summary.
    ///
    /// Reports every problem at once, each with its key, line, column and a hint, and exits
    /// 78 when the file is invalid. Safe for ExecStartPre= and CI: it contacts nothing unless
    /// --connect is given.
    Check(CheckArgs),

    /// Process mail once, or understand .eml files without creating anything.
    ///
    /// `ingest --once` makes one pass over every mailbox and exits.
    /// `ingest --dry-run PATH|-...` reads .eml files, directories (maildir or plain) or stdin
    /// and prints the Dastra objects it would create.
    /// `ingest -` (without --dry-run) is the MTA pipe mode (Postfix alias
    /// `|dastra-mailgate ingest -`): exit 0 on success, 75 on a temporary failure (the MTA
    /// retries), 65 on a permanent one.
    Ingest(IngestArgs),

    /// Authorize an OAuth account (interactive flows) or prove its grant (app-only).
    Authorize(AuthorizeArgs),

    /// Send one test message through the configured relay transport and report the provider's answer.
    TestSend(TestSendArgs),

    /// Inspect and manage the relay spool.
    Queue(QueueArgs),

    /// Show the running daemon's state: mailboxes, last success, spool, accounts needing re-authorisation.
    Status(StatusArgs),

    /// Reload the running daemon's configuration and wait for its verdict.
    ///
    /// Sends SIGHUP to the daemon (--pid, or $MAINPID as systemd sets it for ExecReload=)
    /// and waits for its answer: exit 0 when the new configuration is applied, 78 when the
    /// daemon refused it (it keeps running on the previous one; the message names file, line
    /// and key), 75 when no answer came in time. The unit's ExecReload= runs it, so
    /// `systemctl reload dastra-mailgate` fails on a refused file.
    Reload(ReloadArgs),

    /// Show the journal: what happened to each message, newest first.
    ///
    /// Asks the running daemon's admin listener; when no daemon answers, reads the journal
    /// in the state directory. Addresses are shown as they were recorded (masked unless
    /// journal.mask_addresses = false). No bodies or subjects are ever recorded.
    Journal(JournalArgs),

    /// Messages that need a look: failed (parked), ignored and waiting ones, with their
    /// reasons, histories and legal deadlines; retry or forget one.
    ///
    /// `mail retry ID` brings a failed or ignored message back and processes it (an ignored
    /// one past the guards); `mail forget ID` stops counting it as needing attention. Works
    /// whether the daemon runs (it carries the action out) or not.
    Mail(MailArgs),
    /// Preview the acknowledgement texts: `ack preview --locale es`.
    Ack(crate::cmd::ack::AckArgs),

    /// Print the data flows as Markdown, for records of processing and audits.
    ///
    /// Which mailbox feeds which Dastra workspace, area and object types; what is kept
    /// where and for how long; which sender and provider carry notifications.
    Describe,

    /// Write the man pages (roff) into a directory.
    #[command(hide = true)]
    Man(ManArgs),

    /// Print a shell completion script (bash, zsh, fish, elvish, powershell).
    Completions(CompletionsArgs),

    /// Sendmail-compatible entry point: queue a message read on stdin on the relay.
    ///
    /// `dastra-mailgate sendmail -t -i` for applications that pipe mail (PHP's
    /// sendmail_path, cron, …). The message goes to the running relay's listener over
    /// loopback. Exit 0 once queued, 75 when the relay is unreachable (retry later).
    Sendmail(SendmailArgs),

    /// Print an Argon2id hash of a relay client's password, for [[relay.client]] password_hash.
    ///
    /// Reads the password from the terminal (not echoed, asked twice) or, when stdin is not a
    /// terminal, from its first line. Needs no configuration.
    HashPassword,
}

#[derive(Debug, Args)]
pub struct SendmailArgs {
    /// Read the recipients from the To, Cc and Bcc headers (Bcc is removed).
    #[arg(short = 't')]
    pub read_recipients: bool,
    /// Do not treat a line with a single dot as the end of the message (always the case here).
    #[arg(short = 'i')]
    pub ignore_dots: bool,
    /// Envelope sender [default: the From header, else relay.sender].
    #[arg(short = 'f', value_name = "FROM")]
    pub from: Option<String>,
    /// Full name of the sender (accepted for compatibility, ignored).
    #[arg(short = 'F', value_name = "NAME")]
    pub full_name: Option<String>,
    /// Sendmail options such as -oi (accepted for compatibility; -oi means -i).
    #[arg(short = 'o', value_name = "OPTION")]
    pub options: Vec<String>,
    /// Recipients (in addition to -t).
    #[arg(value_name = "RECIPIENT")]
    pub recipients: Vec<String>,
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Also connect: IMAP logins, Dastra API access, OAuth token refresh, SMTP.
    #[arg(long)]
    pub connect: bool,
    /// Print the result as JSON.
    #[arg(long)]
    pub json: bool,
    /// DNS server for the sender-domain checks of --connect, as IP or IP:PORT
    /// [default: the system resolver]
    #[arg(long, value_name = "IP[:PORT]", env = "DASTRA_MAILGATE_DNS_SERVER")]
    pub dns_server: Option<String>,
}

#[derive(Debug, Args)]
pub struct IngestArgs {
    /// One pass over every mailbox, then exit.
    #[arg(long, conflicts_with = "dry_run")]
    pub once: bool,
    /// Create nothing: print what would be created.
    #[arg(long)]
    pub dry_run: bool,
    /// Output format of --dry-run (json: one object per line).
    #[arg(long, value_enum, default_value = "text")]
    pub format: OutputFormat,
    /// Only this mailbox (for --once, and the rules used by --dry-run and pipe mode).
    #[arg(long, value_name = "NAME")]
    pub mailbox: Option<String>,
    /// .eml files, directories (maildir or plain), or - for stdin.
    #[arg(value_name = "PATH|-")]
    pub paths: Vec<PathBuf>,
}

#[derive(Debug, Args)]
pub struct AuthorizeArgs {
    /// The [[oauth_account]] name.
    pub account: String,
    /// Force the device-code flow.
    #[arg(long)]
    pub device: bool,
    /// Print the URL instead of opening a browser.
    #[arg(long)]
    pub no_browser: bool,
}

#[derive(Debug, Args)]
pub struct TestSendArgs {
    /// Recipient of the test message.
    #[arg(long)]
    pub to: String,
    /// Then wait for the message in this configured [[mailbox]] (IMAP SEARCH for the
    /// message's unique token in its inbox folder) and report the delay.
    #[arg(long, value_name = "MAILBOX")]
    pub verify_imap: Option<String>,
    /// How long --verify-imap waits for the message.
    #[arg(long, value_name = "SECS", default_value_t = 300)]
    pub verify_timeout_secs: u64,
}

#[derive(Debug, Args)]
pub struct QueueArgs {
    #[command(subcommand)]
    pub action: QueueAction,
    /// JSON output.
    #[arg(long, global = true)]
    pub json: bool,
}

#[derive(Debug, Subcommand)]
pub enum QueueAction {
    /// List spooled messages.
    List,
    /// Show one message and its per-recipient status.
    Show { id: String },
    /// Retry now.
    Retry { id: String },
    /// Remove from the spool.
    Delete { id: String },
    /// Retry everything now.
    Flush,
}

#[derive(Debug, Args)]
pub struct MailArgs {
    #[command(subcommand)]
    pub action: MailAction,
    /// JSON output.
    #[arg(long, global = true)]
    pub json: bool,
}

#[derive(Debug, Subcommand)]
pub enum MailAction {
    /// Failed, ignored and waiting messages (with --all: every message), newest first.
    List {
        /// Only this mailbox.
        #[arg(long, value_name = "NAME")]
        mailbox: Option<String>,
        /// Every message, also those recorded in Dastra.
        #[arg(long)]
        all: bool,
        /// At most this many.
        #[arg(long, default_value_t = 200)]
        limit: usize,
    },
    /// One message: its history, its object and its legal deadline.
    Show { id: u64 },
    /// Process a failed or ignored message again.
    Retry { id: u64 },
    /// A parked message no longer needs attention.
    Forget { id: u64 },
}

#[derive(Debug, Args)]
pub struct StatusArgs {
    /// JSON output.
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct ReloadArgs {
    /// The daemon's process id [default: $MAINPID, as systemd sets it for ExecReload=].
    #[arg(long, env = "MAINPID", value_name = "PID")]
    pub pid: Option<u32>,
    /// How long to wait for the verdict, in seconds.
    #[arg(long, default_value_t = 80, value_name = "SECS")]
    pub timeout_secs: u64,
}

#[derive(Debug, Args)]
pub struct JournalArgs {
    /// JSON output (an array of records).
    #[arg(long)]
    pub json: bool,
    /// Only this mailbox.
    #[arg(long, value_name = "NAME")]
    pub mailbox: Option<String>,
    /// Only mail (ingestion) or relay (notifications).
    #[arg(long, value_parser = ["mail", "relay"])]
    pub flow: Option<String>,
    /// Only this outcome.
    #[arg(long, value_parser = ["created", "follow_up", "ignored", "failed", "retrying", "queued", "delivered", "partial"])]
    pub outcome: Option<String>,
    /// Received on or after this day (YYYY-MM-DD, UTC).
    #[arg(long, value_name = "DATE")]
    pub from: Option<String>,
    /// Received on or before this day (YYYY-MM-DD, UTC).
    #[arg(long, value_name = "DATE")]
    pub to: Option<String>,
    /// At most this many records.
    #[arg(long, default_value_t = 200)]
    pub limit: usize,
    /// Read the state directory even if a daemon answers (fails while it holds the file).
    #[arg(long)]
    pub offline: bool,
}

#[derive(Debug, Args)]
pub struct ManArgs {
    /// Directory to write dastra-mailgate.1 and one page per subcommand into.
    #[arg(long, value_name = "DIR")]
    pub out: PathBuf,
}

#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell.
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}
