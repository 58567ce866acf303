//! `hash-password`: an Argon2id PHC string for a relay client's password
//! (`[[relay.client]] password_hash`). The password comes from the terminal without echo
//! (asked twice), or from the first line of stdin when it is not a terminal
//! (`printf %s "$PW" | dastra-mailgate hash-password`). The hash goes to stdout, prompts and
//! errors to stderr.

use std::io::{BufRead, IsTerminal, Write};

use crate::exit::{self, CliError};
use crate::secret::SecretString;

pub fn run() -> Result<u8, CliError> {
    let stdin = std::io::stdin();
    let password = if stdin.is_terminal() {
        let first = prompt("Password: ")?;
        let again = prompt("Again: ")?;
        if first.expose() != again.expose() {
            return Err(CliError::usage(
                "the two passwords differ; nothing was hashed (run hash-password again)",
            ));
        }
        first
    } else {
        let mut line = String::new();
        stdin
            .lock()
            .read_line(&mut line)
            .map_err(|e| CliError::new(exit::SOFTWARE, format!("cannot read stdin: {e}")))?;
        SecretString::new(line.trim_end_matches(['\r', '\n']).to_string())
    };
    if password.expose().is_empty() {
        return Err(CliError::usage(
            "empty password: give the password on the terminal or as the first line of stdin",
        ));
    }
    let hash = crate::relay::password::hash_argon2(password.expose())
        .map_err(|e| CliError::new(exit::SOFTWARE, e))?;
    println!("{hash}");
    Ok(exit::OK)
}

/// Reads one line from the terminal with echo off (restored afterwards, also on error).
fn prompt(text: &str) -> Result<SecretString, CliError> {
    let io =
        |e: std::io::Error| CliError::new(exit::SOFTWARE, format!("cannot read the terminal: {e}"));
    let fd = libc::STDIN_FILENO;
    // SAFETY: tcgetattr/tcsetattr on stdin with a termios we own; echo is restored below.
    let mut saved: libc::termios = unsafe { std::mem::zeroed() };
    let have_tty = unsafe { libc::tcgetattr(fd, &mut saved) } == 0;
    if have_tty {
        let mut quiet = saved;
        quiet.c_lflag &= !libc::ECHO;
        quiet.c_lflag |= libc::ECHONL;
        unsafe { libc::tcsetattr(fd, libc::TCSANOW, &quiet) };
    }
    // The prompt only once echo is off: whatever is typed after it is not shown.
    eprint!("{text}");
    let _ = std::io::stderr().flush();
    let mut line = String::new();
    let read = std::io::stdin().lock().read_line(&mut line);
    if have_tty {
        unsafe { libc::tcsetattr(fd, libc::TCSANOW, &saved) };
    }
    read.map_err(io)?;
    Ok(SecretString::new(
        line.trim_end_matches(['\r', '\n']).to_string(),
    ))
}
