//! `check`: validate the configuration and print a summary; with `--connect`, probe every
//! target for real (see [`super::connect`]) and exit 69 when one fails.

use crate::cli::{CheckArgs, Cli};
use crate::config::{self, DastraAuthSettings, FetchMode, ImapAuth, Severity, TlsMode};
use crate::dnscheck::Level;
use crate::exit::{self, CliError};

pub fn run(cli: &Cli, args: &CheckArgs) -> Result<u8, CliError> {
    let path = config::resolve_path(cli.config.as_deref());
    let (settings, mut issues) = match config::load(&path) {
        Ok(ok) => ok,
        Err(e) => {
            if args.json {
                let out = serde_json::json!({"file": path, "valid": false, "issues": e.issues});
                println!("{out}");
                return Ok(exit::CONFIG);
            }
            return Err(e.into());
        }
    };
    // An unreadable secret is an error, as for `run` and a reload (exit 78: the unit's
    // ExecStartPre= stops there and RestartPreventExitStatus=78 keeps it from looping).
    // Only a `credential:` outside the service cannot be checked: systemd hands those to
    // the service alone ($CREDENTIALS_DIRECTORY), so that is a warning here and an error
    // under the unit.
    let outside_service = std::env::var_os("CREDENTIALS_DIRECTORY").is_none();
    for mut i in config::check_secrets(&settings) {
        if outside_service
            && i.severity == Severity::Error
            && settings
                .secret_refs()
                .iter()
                .any(|(p, r)| *p == i.path && matches!(r, crate::secret::SecretRef::Credential(_)))
        {
            i.severity = Severity::Warning;
            i.message.push_str(
                " (outside the service, systemd credentials cannot be checked; the unit's ExecStartPre= check does)",
            );
        }
        issues.push(i);
    }
    let usable = !issues.iter().any(|i| i.severity == Severity::Error);
    let credentials = credential_lines(&settings);
    if args.json {
        let mailboxes: Vec<_> = settings
            .mailboxes
            .iter()
            .map(|m| serde_json::json!({"name": m.name, "host": m.host, "port": m.port, "rules": m.rules.len()}))
            .collect();
        let mut out = serde_json::json!({
            "file": path, "valid": usable, "issues": issues, "mailboxes": mailboxes,
            "load_credentials": credentials,
            "relay": settings.relay.as_ref().map(|r| r.listen.to_string()),
            "oauth_accounts": settings.oauth_accounts.iter().map(|a| a.name.clone()).collect::<Vec<_>>(),
        });
        if args.connect {
            let targets = connect(&settings, args)?;
            let failed = targets.iter().any(|t| t.level == Level::Fail);
            out["targets"] = serde_json::to_value(&targets).unwrap_or_default();
            out["connect_ok"] = serde_json::Value::Bool(!failed);
            println!("{out}");
            return Ok(if !usable {
                exit::CONFIG
            } else if failed {
                exit::UNAVAILABLE
            } else {
                exit::OK
            });
        }
        println!("{out}");
        if !usable {
            return Ok(exit::CONFIG);
        }
    } else {
        for i in &issues {
            let level = match i.severity {
                Severity::Error => "error",
                Severity::Warning => "warning",
            };
            eprintln!("{level}: {}: {i}", path.display());
        }
        if !usable {
            eprintln!(
                "{}: the service would refuse to start with this configuration (exit 78): fix the errors above",
                path.display()
            );
            return Ok(exit::CONFIG);
        }
        println!("{}: configuration is valid", path.display());
        if !credentials.is_empty() {
            println!(
                "  systemd credentials: the unit needs one LoadCredential= per credential: reference (systemctl edit dastra-mailgate):"
            );
            for l in &credentials {
                println!("    {l}");
            }
        }
        if let Some(d) = &settings.dastra {
            let auth = match &d.auth {
                DastraAuthSettings::ApiKey(r) => format!("X-API-Key from {r}"),
                DastraAuthSettings::ClientCredentials { private_key, .. } => {
                    format!("client credentials, private key from {private_key}")
                }
            };
            println!(
                "  dastra: {} workspace {} area {} ({auth}, ≤{} req/min)",
                d.base_url, d.workspace_id, d.area_id, d.max_requests_per_min
            );
        }
        println!("  state: {}", settings.state_dir.display());
        for m in &settings.mailboxes {
            let tls = match m.tls {
                TlsMode::Implicit => "TLS",
                TlsMode::StartTls => "STARTTLS",
                TlsMode::None => "PLAINTEXT",
            };
            let auth = match &m.auth {
                ImapAuth::Password(r) => format!("password from {r}"),
                ImapAuth::OAuth(a) => format!("OAuth account {a}"),
            };
            let mode = match m.mode {
                FetchMode::Idle => "idle",
                FetchMode::Poll => "poll",
            };
            println!(
                "  mailbox {}: {}:{} {tls}, {auth}, {mode}, default {} , {} rule(s), folders {} → {} / {} / {}",
                m.name,
                m.host,
                m.port,
                m.default_kind.as_str(),
                m.rules.len(),
                m.folders.inbox,
                m.folders.processed,
                m.folders.failed,
                m.folders.ignored
            );
        }
        for a in &settings.oauth_accounts {
            println!(
                "  oauth account {}: provider {}, flow {}",
                a.name, a.provider, a.flow
            );
        }
        match &settings.relay {
            Some(r) => println!(
                "  relay: listen {} → {} {}:{} as {}{}",
                r.listen,
                r.transport.kind,
                r.transport.host,
                r.transport.port,
                r.sender,
                r.alias
                    .as_deref()
                    .map(|a| format!(" (\"{a}\")"))
                    .unwrap_or_default()
            ),
            None => println!("  relay: disabled"),
        }
        if let Some(r) = &settings.relay {
            println!("    {}", crate::relay::listener::loopback_policy(r));
        }
        if let Some(a) = settings.admin {
            println!("  admin: http://{a}/ (healthz, readyz, metrics)");
        }
    }
    if args.connect {
        let targets = connect(&settings, args)?;
        println!("connection checks:");
        print!("{}", super::connect::render_text(&targets));
        if targets.iter().any(|t| t.level == Level::Fail) {
            return Ok(exit::UNAVAILABLE);
        }
    }
    Ok(exit::OK)
}

/// One `LoadCredential=NAME:/etc/dastra-mailgate/credentials/NAME` line per distinct
/// `credential:NAME` reference in the configuration, in file order.
pub fn credential_lines(settings: &crate::config::Settings) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for (_, r) in settings.secret_refs() {
        if let crate::secret::SecretRef::Credential(n) = r {
            let line = format!("LoadCredential={n}:/etc/dastra-mailgate/credentials/{n}");
            if !out.contains(&line) {
                out.push(line);
            }
        }
    }
    out
}

/// Runs the `--connect` probes.
fn connect(
    settings: &crate::config::Settings,
    args: &CheckArgs,
) -> Result<Vec<super::connect::Target>, CliError> {
    let dns = args
        .dns_server
        .as_deref()
        .map(super::connect::parse_dns_server)
        .transpose()
        .map_err(CliError::usage)?;
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(|e| CliError::new(exit::SOFTWARE, format!("cannot start the runtime: {e}")))?;
    Ok(rt.block_on(super::connect::probe_all(settings, dns)))
}
