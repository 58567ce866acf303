//! One module per subcommand.

pub mod ack;
pub mod authorize;
pub mod check;
pub mod connect;
pub mod describe;
pub mod hash_password;
pub mod ingest;
pub mod journal;
pub mod mail;
pub mod man;
pub mod queue;
pub mod reload;
pub mod run;
pub mod sendmail;
pub mod status;
pub mod test_send;

use crate::cli::{Cli, Command};
use crate::config::{self, Settings};
use crate::exit::CliError;

/// Runs the parsed command line; returns the exit code.
pub fn dispatch(cli: Cli) -> Result<u8, CliError> {
    match &cli.command {
        Command::Check(args) => check::run(&cli, args),
        Command::Ingest(args) => ingest::run(&cli, args),
        Command::Run => run::run(&cli),
        Command::Authorize(args) => authorize::run(&cli, args),
        Command::TestSend(args) => test_send::run(&cli, args),
        Command::Queue(args) => queue::run(&cli, args),
        Command::Sendmail(args) => sendmail::run(&cli, args),
        Command::HashPassword => hash_password::run(),
        Command::Status(args) => status::run(&cli, args),
        Command::Reload(args) => reload::run(&cli, args),
        Command::Journal(args) => journal::run(&cli, args),
        Command::Mail(args) => mail::run(&cli, args),
        Command::Ack(args) => ack::run(&cli, args),
        Command::Describe => describe::run(&cli),
        Command::Man(args) => man::man(args),
        Command::Completions(args) => man::completions(args),
    }
}

/// Loads and validates the configuration named on the command line, printing warnings.
pub fn load_settings(cli: &Cli) -> Result<Settings, CliError> {
    let path = config::resolve_path(cli.config.as_deref());
    let (settings, warnings) = config::load(&path)?;
    for w in &warnings {
        eprintln!("warning: {}: {w}", path.display());
    }
    Ok(settings)
}

/// Sets up logging from the settings and the command line.
pub fn init_logging(cli: &Cli, settings: Option<&Settings>) {
    use crate::cli::LogFormatArg;
    use crate::config::LogFormat;
    let format = match cli.log_format {
        Some(LogFormatArg::Json) => LogFormat::Json,
        Some(LogFormatArg::Text) => LogFormat::Text,
        None => settings.map_or(LogFormat::Text, |s| s.logging.format),
    };
    let level = settings.map_or("info", |s| s.logging.level.as_str());
    let redact = settings.is_none_or(|s| s.logging.redact_addresses);
    crate::telemetry::init(format, level, redact);
}
