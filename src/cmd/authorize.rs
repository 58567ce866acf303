//! `authorize ACCOUNT [--device] [--no-browser]`: runs the account's OAuth flow, stores the
//! grant (encrypted, in the state directory), and proves it by fetching an access token.

use std::io::Write;
use std::time::Duration;

use crate::cli::{AuthorizeArgs, Cli};
use crate::config::Flow;
use crate::exit::{self, CliError};
use crate::oauth::authorize::{self, AuthorizeError, AuthorizeOptions, Prompt, Step};

/// Prints the steps on stdout and, unless `--no-browser`, opens the URL with `xdg-open`.
struct Terminal {
    account: String,
    open_browser: bool,
}

impl Prompt for Terminal {
    fn show(&self, step: &Step) {
        let mut out = std::io::stdout().lock();
        match step {
            Step::OpenUrl { url, redirect_uri } => {
                let _ = writeln!(
                    out,
                    "To authorize account \"{}\", open this URL in a browser and sign in as the mailbox:\n\n  {url}\n",
                    self.account
                );
                let _ = writeln!(
                    out,
                    "The browser is sent back to {redirect_uri} on this machine. If the browser runs elsewhere, forward that port first (ssh -L PORT:127.0.0.1:PORT this-host), or use --device (Microsoft)."
                );
                if self.open_browser && open_browser(url) {
                    let _ = writeln!(out, "(A browser window was opened.)");
                }
                let _ = writeln!(out, "Waiting for the sign-in…");
            }
            Step::DeviceCode {
                verification_uri,
                user_code,
                expires_in,
                message,
            } => {
                let _ = writeln!(
                    out,
                    "To authorize account \"{}\", open {verification_uri} in any browser and enter the code\n\n  {user_code}\n\nthen sign in as the mailbox. The code is valid for {} minutes.",
                    self.account,
                    expires_in.as_secs().div_ceil(60)
                );
                if let Some(m) = message {
                    let _ = writeln!(out, "({m})");
                }
                let _ = writeln!(out, "Waiting for the sign-in…");
            }
        }
        let _ = out.flush();
    }
}

/// Best effort: a desktop session may have `xdg-open`; a server has none, which is fine.
fn open_browser(url: &str) -> bool {
    if std::env::var_os("DISPLAY").is_none() && std::env::var_os("WAYLAND_DISPLAY").is_none() {
        return false;
    }
    std::process::Command::new("xdg-open")
        .arg(url)
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .is_ok()
}

fn flow_name(f: Flow) -> &'static str {
    match f {
        Flow::ClientCredentials => "client credentials",
        Flow::DeviceCode => "device code",
        Flow::AuthCode => "authorization code + PKCE",
        Flow::ServiceAccount => "service account (domain-wide delegation)",
    }
}

pub fn run(cli: &Cli, args: &AuthorizeArgs) -> Result<u8, CliError> {
    let settings = crate::cmd::load_settings(cli)?;
    crate::cmd::init_logging(cli, Some(&settings));
    let prompt = Terminal {
        account: args.account.clone(),
        open_browser: !args.no_browser,
    };
    let options = AuthorizeOptions {
        force_device: args.device,
        timeout: Duration::from_secs(600),
    };
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| CliError::new(exit::SOFTWARE, e.to_string()))?;
    let outcome = runtime
        .block_on(authorize::authorize(
            &settings,
            &args.account,
            &options,
            &prompt,
        ))
        .map_err(|e| match e {
            AuthorizeError::Config(m) => CliError::config(m),
            AuthorizeError::Refused(m) => CliError::unavailable(m),
            AuthorizeError::Temporary(m) => CliError::tempfail(m),
        })?;
    let lifetime = outcome
        .proof_lifetime
        .map(|d| format!(" (valid for {} s)", d.as_secs()))
        .unwrap_or_default();
    if let Some(who) = &outcome.signed_in_as {
        println!("Signed in as {who}.");
    }
    if let (Some(who), Some(expected)) = (&outcome.signed_in_as, &outcome.expected) {
        eprintln!(
            "WARNING: account \"{}\" signed in as {who}, but the configuration expects {expected}.\n  The mail server will refuse {who}'s token for {expected}'s mailbox unless {who} has full access to it (a shared mailbox).\n  Fix: run `dastra-mailgate authorize {}` again and sign in as {expected} (in the browser, choose \"Use another account\"), or set user = \"{who}\" in [[oauth_account]] \"{}\" if that mailbox is the right one.",
            outcome.account, outcome.account, outcome.account
        );
    }
    match &outcome.stored_at {
        Some(path) => {
            println!(
                "Authorized account \"{}\" ({}, {}) for: {}.",
                outcome.account,
                outcome.provider,
                flow_name(outcome.flow),
                outcome.scopes.join(" ")
            );
            println!(
                "The grant is stored encrypted in {}; the daemon refreshes it from there.",
                path.display()
            );
            println!("Proof: a new access token was obtained with the stored grant{lifetime}.");
        }
        None => {
            println!(
                "Account \"{}\" ({}, {}) works: an access token for {} was obtained{lifetime}. Nothing to store: the daemon obtains its tokens itself.",
                outcome.account,
                outcome.provider,
                flow_name(outcome.flow),
                outcome.scopes.join(" ")
            );
        }
    }
    Ok(exit::OK)
}
