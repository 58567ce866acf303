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
    issues.extend(config::check_secrets(&settings));
    // Unreadable secrets do not make the file invalid (the service may get them from
    // LoadCredential= at start), but they are reported loudly.
    for i in &mut issues {
        i.severity = Severity::Warning;
    }
    if args.json {
        let mailboxes: Vec<_> = settings
            .mailboxes
            .iter()
            .map(|m| serde_json::json!({"name": m.name, "host": m.host, "port": m.port, "rules": m.rules.len()}))
            .collect();
        let mut out = serde_json::json!({
            "file": path, "valid": true, "issues": issues, "mailboxes": mailboxes,
            "relay": settings.relay.as_ref().map(|r| r.listen.to_string()),
            "oauth_accounts": settings.oauth_accounts.iter().map(|a| a.name.clone()).collect::<Vec<_>>(),
        });
        if args.connect {
            let targets = connect(&settings, args)?;
            let failed = targets.iter().any(|t| t.level == Level::Fail);
            out["targets"] = serde_json::to_value(&targets).unwrap_or_default();
            out["connect_ok"] = serde_json::Value::Bool(!failed);
            println!("{out}");
            return Ok(if failed { exit::UNAVAILABLE } else { exit::OK });
        }
        println!("{out}");
    } else {
        for i in &issues {
            eprintln!("warning: {}: {i}", path.display());
        }
        println!("{}: configuration is valid", path.display());
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
            println!("  oauth account {}: {:?} {:?}", a.name, a.provider, a.flow);
        }
        match &settings.relay {
            Some(r) => println!(
                "  relay: listen {} → {:?} {}:{} as {}{}",
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
