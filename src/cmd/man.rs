//! `man --out DIR` (hidden, for packaging) and `completions SHELL`: generated from the
//! command-line definition, so they cannot drift from it.

use clap::CommandFactory;

use crate::cli::{Cli, CompletionsArgs, ManArgs};
use crate::exit::{self, CliError};

/// Writes `dastra-mailgate.1` and `dastra-mailgate-<sub>.1` for every visible subcommand.
pub fn man(args: &ManArgs) -> Result<u8, CliError> {
    let written = write_man_pages(&args.out).map_err(|e| {
        CliError::new(
            exit::SOFTWARE,
            format!("cannot write man pages to {}: {e}", args.out.display()),
        )
    })?;
    for p in written {
        println!("{}", p.display());
    }
    Ok(exit::OK)
}

/// The pages, written into `dir` (created); returns their paths.
pub fn write_man_pages(dir: &std::path::Path) -> std::io::Result<Vec<std::path::PathBuf>> {
    std::fs::create_dir_all(dir)?;
    let cmd = Cli::command();
    let mut out = Vec::new();
    let mut buf = Vec::new();
    clap_mangen::Man::new(cmd.clone()).render(&mut buf)?;
    let top = dir.join("dastra-mailgate.1");
    std::fs::write(&top, &buf)?;
    out.push(top);
    for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set()) {
        // clap names are 'static; this runs once per subcommand in a short-lived command.
        let name: &'static str =
            Box::leak(format!("dastra-mailgate-{}", sub.get_name()).into_boxed_str());
        let sub = sub.clone().name(name);
        let mut buf = Vec::new();
        clap_mangen::Man::new(sub).render(&mut buf)?;
        let p = dir.join(format!("{name}.1"));
        std::fs::write(&p, &buf)?;
        out.push(p);
    }
    Ok(out)
}

pub fn completions(args: &CompletionsArgs) -> Result<u8, CliError> {
    let mut cmd = Cli::command();
    clap_complete::generate(
        args.shell,
        &mut cmd,
        "dastra-mailgate",
        &mut std::io::stdout(),
    );
    Ok(exit::OK)
}
