//! `check --connect`: probe every target for real and report each, in plain words with the
//! fix.
//!
//! * `imap NAME`: login (password or OAuth), the inbox and the working folders;
//! * `dastra api` / `dastra workspace N` / `dastra area N`: `GET /me`, then the configured
//!   workspace and area ids (the [dastra] ones and each mailbox's own);
//! * `oauth NAME`: a token refresh for every account in use;
//! * `relay transport`: EHLO, STARTTLS and AUTH against the provider (nothing is sent);
//! * `dns spf|dkim SEL|dmarc DOMAIN`: the relay sender domain's SPF (includes the provider),
//!   DKIM selectors (Microsoft 365: selector1/selector2; Google: google) and DMARC policy.
//!
//! Each probe has its own timeout; probes run one after the other so the report is in a
//! stable order. Secrets and tokens never appear in the report, addresses are masked.

use std::net::{IpAddr, SocketAddr};
use std::sync::Arc;
use std::time::Duration;

use crate::config::{
    ImapAuth, MailboxSettings, Provider, RelaySettings, Settings, SmtpAuth, TlsMode, TransportKind,
};
use crate::dnscheck::{self, Dns, Level, MailProvider, Verdict};
use crate::oauth::{ForUser, TokenError, TokenManager, TokenSource};
use crate::redact::mask_email;

/// How long one probe may take.
const PROBE_TIMEOUT: Duration = Duration::from_secs(30);

/// One line of the report.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Target {
    /// e.g. `imap privacy`, `dastra api`, `dns spf example.org`.
    pub target: String,
    pub level: Level,
    pub summary: String,
    pub fix: Option<String>,
}

impl Target {
    fn new(target: impl Into<String>, v: Verdict) -> Self {
        Target {
            target: target.into(),
            level: v.level,
            summary: v.summary,
            fix: v.fix,
        }
    }
}

fn ok(summary: impl Into<String>) -> Verdict {
    Verdict {
        level: Level::Ok,
        summary: summary.into(),
        fix: None,
    }
}

fn fail(summary: impl Into<String>, fix: impl Into<String>) -> Verdict {
    Verdict {
        level: Level::Fail,
        summary: summary.into(),
        fix: Some(fix.into()),
    }
}

fn warn(summary: impl Into<String>, fix: impl Into<String>) -> Verdict {
    Verdict {
        level: Level::Warning,
        summary: summary.into(),
        fix: Some(fix.into()),
    }
}

/// `IP` or `IP:PORT` (port 53 by default).
pub fn parse_dns_server(s: &str) -> Result<SocketAddr, String> {
    if let Ok(a) = s.parse::<SocketAddr>() {
        return Ok(a);
    }
    s.parse::<IpAddr>()
        .map(|ip| SocketAddr::new(ip, 53))
        .map_err(|_| format!("--dns-server {s}: expected an IP address or IP:PORT"))
}

/// Runs every probe.
pub async fn probe_all(settings: &Settings, dns_server: Option<SocketAddr>) -> Vec<Target> {
    let mut out = Vec::new();
    for mb in &settings.mailboxes {
        let v = within(probe_imap(settings, mb)).await;
        out.push(Target::new(format!("imap {}", mb.name), v));
    }
    if settings.dastra.is_some() {
        out.extend(probe_dastra(settings).await);
    }
    for (name, manager) in crate::oauth::Accounts::for_settings(settings).all() {
        let v = match manager {
            Ok(m) => within(probe_oauth(&m)).await,
            Err(reason) => fail(
                format!("the account cannot be set up: {reason}"),
                "fix the [[oauth_account]] settings named above",
            ),
        };
        out.push(Target::new(format!("oauth {name}"), v));
    }
    if let Some(r) = &settings.relay {
        out.push(Target::new(
            "relay transport",
            within(probe_relay(settings, r)).await,
        ));
        out.extend(probe_dns(settings, r, dns_server).await);
    }
    out
}

async fn within(f: impl std::future::Future<Output = Verdict>) -> Verdict {
    tokio::time::timeout(PROBE_TIMEOUT, f)
        .await
        .unwrap_or_else(|_| {
            fail(
                format!("no answer within {} s", PROBE_TIMEOUT.as_secs()),
                "check that the host is reachable from this machine (firewall, proxy, DNS)",
            )
        })
}

/// The OAuth token source of `account`, acting as `user`.
fn token_source(
    settings: &Settings,
    account: &str,
    user: &str,
) -> Result<Arc<dyn TokenSource>, String> {
    match TokenManager::for_account(settings, account) {
        Some(Ok(m)) => Ok(Arc::new(ForUser::new(m, user.to_string()))),
        Some(Err(e)) => Err(e),
        None => Err(format!("no [[oauth_account]] named \"{account}\"")),
    }
}

async fn probe_imap(settings: &Settings, mb: &MailboxSettings) -> Verdict {
    use crate::ingest::source::imap::{self, Credentials};
    let user = mask_email(&mb.username);
    let creds = match &mb.auth {
        ImapAuth::Password(r) => match r.resolve() {
            Ok(p) => Credentials::Password(p),
            Err(e) => {
                return fail(
                    format!("the password {r} cannot be read: {e}"),
                    "make the secret readable by the service (see `dastra-mailgate check`)",
                );
            }
        },
        ImapAuth::OAuth(account) => match token_source(settings, account, &mb.username) {
            Ok(t) => Credentials::OAuth(t),
            Err(e) => return fail(e, "fix the [[oauth_account]] this mailbox uses"),
        },
    };
    let mut conn = match imap::connect(mb, &creds).await {
        Ok(c) => c,
        Err(e) => {
            let words = crate::exit::chain(&e);
            let fix = if e.is_auth() {
                match &mb.auth {
                    ImapAuth::Password(r) => format!(
                        "check username and the password in {r}; Microsoft 365 and Gmail refuse passwords: use auth = \"oauth\""
                    ),
                    ImapAuth::OAuth(a) => format!(
                        "run `dastra-mailgate authorize {a}`, and check the app's IMAP permission (Microsoft: IMAP.AccessAsUser.All or IMAP.AccessAsApp + Add-MailboxPermission; Google: https://mail.google.com/)"
                    ),
                }
            } else {
                format!(
                    "check host {}, port {} and tls for this server, and that it is reachable",
                    mb.host, mb.port
                )
            };
            return fail(words, fix);
        }
    };
    let folders = conn.list_folders().await.unwrap_or_default();
    let f = &mb.folders;
    let inbox = conn.select(&f.inbox).await;
    let missing: Vec<&str> = [&f.processed, &f.failed, &f.ignored]
        .into_iter()
        .filter(|n| {
            !folders
                .iter()
                .any(|e| *e == crate::ingest::source::imap::quote(n))
        })
        .map(|s| s.as_str())
        .collect();
    conn.logout().await;
    let state = match inbox {
        Ok(s) => s,
        Err(e) => {
            return fail(
                format!(
                    "logged in as {user}, but the folder {} cannot be opened: {}",
                    f.inbox,
                    crate::exit::chain(&e)
                ),
                "set folders.inbox to an existing folder",
            );
        }
    };
    let mut summary = format!(
        "logged in as {user}; {} holds {} message(s)",
        f.inbox, state.exists
    );
    if missing.is_empty() {
        summary.push_str("; working folders exist");
    } else {
        summary.push_str(&format!(
            "; {} will be created at the first run",
            missing.join(", ")
        ));
    }
    ok(summary)
}

async fn probe_dastra(settings: &Settings) -> Vec<Target> {
    let Some(d) = &settings.dastra else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let client = match crate::app::dastra_client(settings) {
        Ok(c) => c,
        Err(e) => {
            out.push(Target::new(
                "dastra api",
                fail(e.message, "fix the [dastra] settings named above"),
            ));
            return out;
        }
    };
    let key_ref = match &d.auth {
        crate::config::DastraAuthSettings::ApiKey(r) => r.to_string(),
        crate::config::DastraAuthSettings::ClientCredentials { private_key, .. } => {
            private_key.to_string()
        }
    };
    let me = tokio::time::timeout(PROBE_TIMEOUT, client.me()).await;
    let v = match me {
        Err(_) => fail(
            format!(
                "{} did not answer within {} s",
                d.base_url,
                PROBE_TIMEOUT.as_secs()
            ),
            "check dastra.base_url and the network path (proxy, firewall)",
        ),
        Ok(Err(e)) if e.is_unauthorized() || e.status() == Some(403) => fail(
            format!("Dastra refused the credentials: {}", crate::exit::chain(&e)),
            format!(
                "create an API key at https://app.dastra.eu/general-settings/api (scoped to the workspace) and put its private key in {key_ref}"
            ),
        ),
        Ok(Err(e)) => fail(
            crate::exit::chain(&e),
            "check dastra.base_url and that the API is reachable from this machine",
        ),
        Ok(Ok(u)) => {
            let who = u
                .email
                .as_deref()
                .map(mask_email)
                .or(u.display_name.clone())
                .unwrap_or_else(|| "the API key".into());
            ok(format!(
                "{} answers /me: authenticated as {who}",
                d.base_url
            ))
        }
    };
    let api_ok = v.level == Level::Ok;
    out.push(Target::new("dastra api", v));
    if !api_ok {
        return out;
    }
    // The workspace/area pairs in use: [dastra] and each mailbox's own.
    let mut pairs = vec![(d.workspace_id, d.area_id)];
    for m in &settings.mailboxes {
        let p = (
            m.workspace_id.unwrap_or(d.workspace_id),
            m.area_id.unwrap_or(d.area_id),
        );
        if !pairs.contains(&p) {
            pairs.push(p);
        }
    }
    let workspaces = match client.list_workspaces().await {
        Ok(w) => w,
        Err(e) => {
            out.push(Target::new(
                "dastra workspaces",
                fail(
                    format!("cannot list workspaces: {}", crate::exit::chain(&e)),
                    "give the API key access to the organisation's workspaces",
                ),
            ));
            return out;
        }
    };
    let mut checked_ws = Vec::new();
    for (ws, area) in pairs {
        if !checked_ws.contains(&ws) {
            checked_ws.push(ws);
            let v = match workspaces.iter().find(|w| w.id == ws) {
                Some(w) => ok(format!(
                    "workspace {ws} \"{}\" is visible to the key",
                    w.label.as_deref().unwrap_or("")
                )),
                None => fail(
                    format!(
                        "workspace {ws} is not visible to this key (visible: {})",
                        list_ids(workspaces.iter().map(|w| (w.id, w.label.clone())))
                    ),
                    "set dastra.workspace_id (or the mailbox's workspace_id) to one of these, or widen the key's scope",
                ),
            };
            out.push(Target::new(format!("dastra workspace {ws}"), v));
        }
        let v = match client.list_areas(ws).await {
            Ok(areas) => match areas.iter().find(|a| a.id == area) {
                Some(a) => ok(format!(
                    "area {area} \"{}\" exists in workspace {ws}",
                    a.label.as_deref().unwrap_or("")
                )),
                None => fail(
                    format!(
                        "area {area} does not exist in workspace {ws} (areas: {})",
                        list_ids(areas.iter().map(|a| (a.id, a.label.clone())))
                    ),
                    "set dastra.area_id (or the mailbox's area_id) to one of these",
                ),
            },
            Err(e) => fail(
                format!(
                    "cannot list the areas of workspace {ws}: {}",
                    crate::exit::chain(&e)
                ),
                "check the workspace id and the key's rights",
            ),
        };
        out.push(Target::new(format!("dastra area {area}"), v));
    }
    out
}

fn list_ids(items: impl Iterator<Item = (i64, Option<String>)>) -> String {
    let v: Vec<String> = items
        .map(|(id, label)| match label {
            Some(l) => format!("{id} \"{l}\""),
            None => id.to_string(),
        })
        .collect();
    if v.is_empty() {
        "none".into()
    } else {
        v.join(", ")
    }
}

async fn probe_oauth(m: &Arc<TokenManager>) -> Verdict {
    match m.force_refresh().await {
        Ok(_) => {
            let life = m
                .token_lifetime()
                .map(|d| format!(", valid {} s", d.as_secs()))
                .unwrap_or_default();
            ok(format!("token refreshed{life}"))
        }
        Err(TokenError::ReauthorizationNeeded { reason, .. }) => fail(
            format!("needs re-authorisation: {reason}"),
            format!("run `dastra-mailgate authorize {}`", m.name()),
        ),
        Err(TokenError::Temporary { reason, .. }) => fail(
            format!("cannot get a token now: {reason}"),
            "check that the token endpoint is reachable (proxy, firewall) and the client secret or certificate",
        ),
    }
}

async fn probe_relay(settings: &Settings, r: &RelaySettings) -> Verdict {
    use lettre::transport::smtp::authentication::{Credentials, Mechanism};
    use lettre::transport::smtp::client::{Certificate, Tls, TlsParameters};
    use lettre::transport::smtp::extension::ClientId;
    use lettre::{AsyncSmtpTransport, Tokio1Executor};

    let t = &r.transport;
    if t.kind != TransportKind::Smtp {
        return probe_http_api(settings, r).await;
    }
    let tls = match t.tls {
        TlsMode::None => Tls::None,
        mode => {
            let mut b = TlsParameters::builder(t.host.clone());
            if let Some(p) = &t.ca_file {
                let pem = match std::fs::read(p) {
                    Ok(p) => p,
                    Err(e) => {
                        return fail(
                            format!("relay.transport.ca_file {}: {e}", p.display()),
                            "fix the CA file path",
                        );
                    }
                };
                match Certificate::from_pem(&pem) {
                    Ok(c) => b = b.add_root_certificate(c),
                    Err(e) => {
                        return fail(format!("relay.transport.ca_file: {e}"), "use a PEM file");
                    }
                }
            }
            let params = match b.build_rustls() {
                Ok(p) => p,
                Err(e) => return fail(format!("TLS set-up: {e}"), "check relay.transport.tls"),
            };
            if mode == TlsMode::Implicit {
                Tls::Wrapper(params)
            } else {
                Tls::Required(params)
            }
        }
    };
    let (creds, mech, how) = match t.auth {
        SmtpAuth::None => (None, Mechanism::Plain, "no AUTH".to_string()),
        SmtpAuth::Plain => {
            let pass = match t.password.as_ref().map(|p| p.resolve()) {
                Some(Ok(p)) => p.expose().to_string(),
                Some(Err(e)) => {
                    return fail(
                        format!("relay.transport.password cannot be read: {e}"),
                        "make the secret readable by the service",
                    );
                }
                None => String::new(),
            };
            let user = t.username.clone().unwrap_or_default();
            (
                Some(Credentials::new(user.clone(), pass)),
                Mechanism::Plain,
                format!("AUTH PLAIN as {}", mask_email(&user)),
            )
        }
        SmtpAuth::XOAuth2 => {
            let Some(account) = t.oauth_account.as_deref() else {
                return fail(
                    "XOAUTH2 without relay.transport.oauth_account",
                    "name the [[oauth_account]] in relay.transport.oauth_account",
                );
            };
            // Exactly the daemon's token source, so the login is the daemon's: Microsoft
            // authenticates as relay.sender, Google as the account's user.
            let accounts = crate::oauth::Accounts::for_settings(settings);
            let source = match crate::relay::token_source(settings, &accounts) {
                Ok(Some(s)) => s,
                Ok(None) => {
                    return fail(
                        "XOAUTH2 without an OAuth account",
                        "name the [[oauth_account]] in relay.transport.oauth_account",
                    );
                }
                Err(e) => return fail(e, "fix the [[oauth_account]] of the relay"),
            };
            let user = source.user().to_string();
            let token = match source.token().await {
                Ok(t) => t,
                Err(e) => {
                    return fail(
                        format!("no token for the relay: {e}"),
                        format!("run `dastra-mailgate authorize {account}`"),
                    );
                }
            };
            (
                Some(Credentials::new(user.clone(), token.expose().to_string())),
                Mechanism::Xoauth2,
                format!("AUTH XOAUTH2 as {}", mask_email(&user)),
            )
        }
    };
    let hello = r
        .hostname
        .clone()
        .unwrap_or_else(crate::relay::listener::local_hostname);
    let mut b = AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(t.host.clone())
        .port(t.port)
        .tls(tls)
        .timeout(Some(Duration::from_secs(20)))
        .hello_name(ClientId::Domain(hello));
    if let Some(c) = creds {
        b = b.credentials(c).authentication(vec![mech]);
    }
    let transport: AsyncSmtpTransport<Tokio1Executor> = b.build();
    match transport.test_connection().await {
        Ok(true) => ok(format!(
            "{}:{} accepted EHLO{} and {how}",
            t.host,
            t.port,
            match t.tls {
                TlsMode::StartTls => ", STARTTLS",
                TlsMode::Implicit => " (implicit TLS)",
                TlsMode::None => "",
            }
        )),
        Ok(false) => fail(
            format!("{}:{} closed the connection", t.host, t.port),
            "check relay.transport host and port",
        ),
        Err(e) => {
            let d = crate::relay::delivery::smtp::classify(&e);
            let fix = d.hint.clone().unwrap_or_else(|| {
                "check relay.transport (host, port, tls, auth) and the account's SMTP AUTH permission".into()
            });
            fail(format!("{}:{}: {}", t.host, t.port, d.message), fix)
        }
    }
}

/// Graph or the Gmail API: the daemon's own transport (same token source, endpoint, CA),
/// asked to prove the token, the permission and the mailbox without sending anything.
/// Gmail: also whether the sender is one of the account's "Send mail as" addresses (Gmail
/// rewrites an unknown From rather than refusing it).
async fn probe_http_api(settings: &Settings, r: &RelaySettings) -> Verdict {
    use crate::relay::delivery::{gmail_api::GmailApiTransport, graph::GraphTransport};
    let t = &r.transport;
    let account = t.oauth_account.as_deref().unwrap_or("?");
    let accounts = crate::oauth::Accounts::for_settings(settings);
    let source = match crate::relay::token_source(settings, &accounts) {
        Ok(Some(s)) => s,
        Ok(None) => {
            return fail(
                format!("transport \"{}\" without an OAuth account", t.kind),
                "name the [[oauth_account]] in relay.transport.oauth_account",
            );
        }
        Err(e) => return fail(e, "fix the [[oauth_account]] of the relay"),
    };
    let ca = match &t.ca_file {
        Some(p) => match std::fs::read(p) {
            Ok(c) => Some(c),
            Err(e) => {
                return fail(
                    format!("relay.transport.ca_file {}: {e}", p.display()),
                    "fix the CA file path",
                );
            }
        },
        None => None,
    };
    if let Err(e) = source.token().await {
        return fail(
            format!("no token for the relay: {e}"),
            format!("run `dastra-mailgate authorize {account}`"),
        );
    }
    let proven = match t.kind {
        TransportKind::Graph => {
            match GraphTransport::new(source.clone(), t.endpoint.as_deref(), ca.as_deref()) {
                Ok(g) => g.probe().await,
                Err(e) => return fail(e, "check relay.transport"),
            }
        }
        _ => match GmailApiTransport::new(source.clone(), t.endpoint.as_deref(), ca.as_deref()) {
            Ok(g) => g.probe().await,
            Err(e) => return fail(e, "check relay.transport"),
        },
    };
    let summary = match proven {
        Ok(s) => s,
        Err(e) => {
            let fix = e
                .hint
                .clone()
                .unwrap_or_else(|| "check relay.transport and the account's permissions".into());
            return fail(e.message, fix);
        }
    };
    if t.kind != TransportKind::GmailApi {
        return ok(summary);
    }
    let sender = r.sender.to_ascii_lowercase();
    match crate::relay::delivery::gmail_api::send_as_addresses(
        source,
        t.endpoint.as_deref(),
        ca.as_deref(),
    )
    .await
    {
        Ok(list) if list.contains(&sender) => ok(format!(
            "{summary}; {} is one of its \"Send mail as\" addresses",
            mask_email(&r.sender)
        )),
        Ok(_) => warn(
            format!(
                "{summary}; but {} is not one of the account's \"Send mail as\" addresses: Gmail will replace the From with the account's own",
                mask_email(&r.sender)
            ),
            "add and verify the address in Gmail (Settings → Accounts → Send mail as; Workspace: a user alias), or set relay.sender to the account's address",
        ),
        Err(_) => ok(format!(
            "{summary} (the \"Send mail as\" list needs a settings scope such as gmail.settings.basic: not checked; `test-send` shows the From Gmail keeps)"
        )),
    }
}

/// Which provider sends for the relay.
fn relay_provider(settings: &Settings, r: &RelaySettings) -> Option<MailProvider> {
    let t = &r.transport;
    match t.kind {
        TransportKind::Graph => return Some(MailProvider::Microsoft365),
        TransportKind::GmailApi => return Some(MailProvider::Google),
        TransportKind::Smtp => {}
    }
    let host = t.host.to_ascii_lowercase();
    if host.ends_with("office365.com") || host.ends_with("outlook.com") {
        return Some(MailProvider::Microsoft365);
    }
    if host.ends_with("gmail.com") || host.ends_with("google.com") {
        return Some(MailProvider::Google);
    }
    let account = settings.oauth_account(t.oauth_account.as_deref()?)?;
    Some(match account.provider {
        Provider::Microsoft => MailProvider::Microsoft365,
        Provider::Google => MailProvider::Google,
    })
}

async fn probe_dns(
    settings: &Settings,
    r: &RelaySettings,
    server: Option<SocketAddr>,
) -> Vec<Target> {
    let Some((_, domain)) = r.sender.rsplit_once('@') else {
        return Vec::new();
    };
    let domain = domain.to_ascii_lowercase();
    let dns = match Dns::new(server) {
        Ok(d) => d,
        Err(e) => {
            return vec![Target::new(
                format!("dns {domain}"),
                fail(e, "check /etc/resolv.conf or pass --dns-server"),
            )];
        }
    };
    let provider = relay_provider(settings, r);
    let checks = tokio::time::timeout(
        PROBE_TIMEOUT,
        dnscheck::check_domain(&dns, &domain, provider),
    )
    .await;
    match checks {
        Ok(list) => {
            let mut out: Vec<Target> = list
                .into_iter()
                .map(|(aspect, v)| Target::new(format!("dns {aspect} {domain}"), v))
                .collect();
            if provider.is_none() {
                out.push(Target::new(
                    format!("dns dkim {domain}"),
                    warn(
                        "the provider is not known (not Microsoft 365 or Google): DKIM selectors not checked",
                        "check DKIM with your provider's instructions",
                    ),
                ));
            }
            out
        }
        Err(_) => vec![Target::new(
            format!("dns {domain}"),
            fail(
                "the DNS checks did not finish in time",
                "check that DNS resolution works from this machine",
            ),
        )],
    }
}

/// The text report: one line per target, its fix under it, and a tally.
pub fn render_text(targets: &[Target]) -> String {
    let mut out = String::new();
    for t in targets {
        let tag = match t.level {
            Level::Ok => "ok  ",
            Level::Warning => "WARN",
            Level::Fail => "FAIL",
        };
        out.push_str(&format!("  {tag} {}: {}\n", t.target, t.summary));
        if let Some(f) = &t.fix
            && t.level != Level::Ok
        {
            out.push_str(&format!("       fix: {f}\n"));
        }
    }
    let count = |l: Level| targets.iter().filter(|t| t.level == l).count();
    out.push_str(&format!(
        "{} ok, {} warning(s), {} failed\n",
        count(Level::Ok),
        count(Level::Warning),
        count(Level::Fail)
    ));
    out
}
