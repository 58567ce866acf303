//! Exit codes (sysexits.h) and the error type of the command-line edges.

use std::fmt;

pub const OK: u8 = 0;
/// Other failure.
pub const SOFTWARE: u8 = 1;
/// EX_USAGE: bad command line.
pub const USAGE: u8 = 64;
/// EX_DATAERR: the input (a message) is permanently unusable.
pub const DATAERR: u8 = 65;
/// EX_UNAVAILABLE: a service we need is unavailable (check --connect, test-send).
pub const UNAVAILABLE: u8 = 69;
/// EX_TEMPFAIL: try again later (an MTA retries on this).
pub const TEMPFAIL: u8 = 75;
/// EX_CONFIG: configuration error.
pub const CONFIG: u8 = 78;

/// An error that ends a command, with the exit code it maps to.
#[derive(Debug)]
pub struct CliError {
    pub code: u8,
    pub message: String,
}

impl CliError {
    pub fn new(code: u8, message: impl Into<String>) -> Self {
        Self {
            code,
            message: message.into(),
        }
    }

    pub fn config(message: impl Into<String>) -> Self {
        Self::new(CONFIG, message)
    }

    pub fn usage(message: impl Into<String>) -> Self {
        Self::new(USAGE, message)
    }

    pub fn tempfail(message: impl Into<String>) -> Self {
        Self::new(TEMPFAIL, message)
    }

    pub fn unavailable(message: impl Into<String>) -> Self {
        Self::new(UNAVAILABLE, message)
    }
}

impl fmt::Display for CliError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for CliError {}

impl From<crate::config::ConfigError> for CliError {
    fn from(e: crate::config::ConfigError) -> Self {
        CliError::config(e.to_string().trim_end().to_string())
    }
}

/// Renders an error chain on one line: `outer: cause: root cause`.
pub fn chain(e: &(dyn std::error::Error + 'static)) -> String {
    let mut s = e.to_string();
    let mut cur = e.source();
    while let Some(c) = cur {
        let part = c.to_string();
        if !s.contains(&part) {
            s.push_str(": ");
            s.push_str(&part);
        }
        cur = c.source();
    }
    if s.contains("No space left on device") {
        s.push_str(
            " (the disk is full: free space on the filesystem of state.dir; nothing was \
             acknowledged or moved that is not recorded, and the work is taken up again once \
             the state can be written)",
        );
    }
    s
}
