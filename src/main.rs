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
    match dastra_mailgate::cmd::dispatch(cli) {
        Ok(code) => ExitCode::from(code),
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::from(e.code)
        }
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
