//! `run`: the daemon.

use std::sync::Arc;

use crate::cli::Cli;
use crate::exit::CliError;

pub fn run(cli: &Cli) -> Result<u8, CliError> {
    let settings = Arc::new(super::load_settings(cli)?);
    super::init_logging(cli, Some(&settings));
    super::ingest::runtime()?.block_on(crate::app::run(settings))
}
