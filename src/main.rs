use std::process::ExitCode;

use clap::Parser;
use dastra_mailgate::cli::Cli;
use dastra_mailgate::exit;

fn main() -> ExitCode {
    dastra_mailgate::secret::forbid_core_dumps();
    limit_malloc_arenas();
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let _ = e.print();
            return match e.kind() {
                clap::error::ErrorKind::DisplayHelp | clap::error::ErrorKind::DisplayVersion => {
                    ExitCode::SUCCESS
                }
                _ => ExitCode::from(exit::USAGE),
            };
        }
    };
    if prints_only(&cli) {
        quiet_on_closed_pipe();
    }
    match dastra_mailgate::cmd::dispatch(cli) {
        Ok(code) => ExitCode::from(code),
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::from(e.code)
        }
    }
}

/// Commands that only print (no sockets of their own besides one admin request).
fn prints_only(cli: &Cli) -> bool {
    use dastra_mailgate::cli::Command;
    matches!(
        cli.command,
        Command::Journal(_)
            | Command::Mail(_)
            | Command::Queue(_)
            | Command::Status(_)
            | Command::Describe
            | Command::Completions(_)
    )
}

/// `journal --json | head`: like other command-line tools, end quietly when the reader goes
/// away (the default SIGPIPE action) instead of panicking in `println!` (exit 101). Only for
/// printing commands: the daemon keeps SIGPIPE ignored and handles EPIPE on its sockets.
fn quiet_on_closed_pipe() {
    // SAFETY: called in main before any other thread exists; restores the default action.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
}

/// glibc gives each thread that allocates its own malloc arena (up to 8 per core), and
/// memory freed in one arena is not reused by the others: under a submission burst the
/// daemon's ~35 threads held 15–20 MiB more than with two arenas, for no measurable gain
/// (BENCHMARKS.md, relay). `MALLOC_ARENA_MAX` in the environment still wins.
fn limit_malloc_arenas() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    if std::env::var_os("MALLOC_ARENA_MAX").is_none() {
        // SAFETY: called first thing in main, before any other thread exists.
        unsafe {
            libc::mallopt(libc::M_ARENA_MAX, 2);
        }
    }
}
