//! `reload`: SIGHUP to the running daemon, then its verdict (what `systemctl reload` needs
//! to fail on a refused file: `ExecReload=/bin/kill -HUP` always succeeds).
//!
//! The daemon writes the verdict of every reload to `reload.status` (see
//! [`crate::app::reload_status_path`]): its pid, a generation counter, applied or not, and
//! the sentence it logged. This command reads it before signalling and waits for a newer
//! one from that pid.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use crate::app::ReloadVerdict;
use crate::cli::{Cli, ReloadArgs};
use crate::config;
use crate::exit::{self, CliError};

pub fn run(cli: &Cli, args: &ReloadArgs) -> Result<u8, CliError> {
    let pid = args.pid.filter(|p| *p > 0).ok_or_else(|| {
        CliError::usage(
            "which daemon? pass --pid PID (under systemd, `systemctl reload dastra-mailgate` passes $MAINPID)",
        )
    })?;
    let path = config::resolve_path(cli.config.as_deref());
    let status = crate::app::reload_status_path(&state_dir_of(&path));
    let before = read(&status);
    // SAFETY: kill(2) with a signal number; no memory is involved.
    if unsafe { libc::kill(pid as libc::pid_t, libc::SIGHUP) } != 0 {
        let e = std::io::Error::last_os_error();
        return Err(CliError::new(
            exit::UNAVAILABLE,
            format!(
                "cannot signal process {pid}: {e}; is the daemon running (systemctl status dastra-mailgate)?"
            ),
        ));
    }
    let deadline = Instant::now() + Duration::from_secs(args.timeout_secs);
    loop {
        if let Some(v) = read(&status)
            && v.pid == pid
            && Some(&v) != before.as_ref()
        {
            if v.applied {
                println!("{}", v.message);
                return Ok(exit::OK);
            }
            eprintln!("error: {}", v.message);
            eprintln!("`dastra-mailgate check` lists every problem of the file.");
            return Ok(exit::CONFIG);
        }
        if Instant::now() >= deadline {
            return Err(CliError::tempfail(format!(
                "process {pid} got SIGHUP but gave no verdict within {} s in {} (is it dastra-mailgate, with this configuration's state directory?); see journalctl -u dastra-mailgate",
                args.timeout_secs,
                status.display()
            )));
        }
        std::thread::sleep(Duration::from_millis(100));
    }
}

fn read(path: &Path) -> Option<ReloadVerdict> {
    serde_json::from_str(&std::fs::read_to_string(path).ok()?).ok()
}

/// The state directory the file names, read leniently: the new file may be the broken one
/// being reloaded, and the verdict must still be found.
fn state_dir_of(path: &Path) -> PathBuf {
    let text = std::fs::read_to_string(path).unwrap_or_default();
    let parsed = text
        .parse::<toml::Table>()
        .ok()
        .and_then(|t| t.get("state")?.get("dir")?.as_str().map(PathBuf::from));
    parsed
        .or_else(|| state_dir_by_lines(&text))
        .unwrap_or_else(|| PathBuf::from(config::defaults::STATE_DIR))
}

/// `dir = "..."` under `[state]`, for a file TOML cannot parse.
fn state_dir_by_lines(text: &str) -> Option<PathBuf> {
    let mut in_state = false;
    for line in text.lines().map(str::trim) {
        if line.starts_with('[') {
            in_state = line == "[state]";
        } else if in_state
            && let Some((k, v)) = line.split_once('=')
            && k.trim() == "dir"
        {
            let v = v.trim().trim_matches('"');
            return (!v.is_empty()).then(|| PathBuf::from(v));
        }
    }
    None
}
