//! `check --connect` against the test bench: a real Dovecot, the Dastra double, the OAuth
//! double (Entra client credentials), the Office 365 SMTP double and a loopback DNS server.
//! Each target is reported correctly, failures included (wrong IMAP password, Dastra 401,
//! a refused token, SMTP AUTH disabled, a sender domain with bad SPF/DKIM/DMARC).

use std::path::{Path, PathBuf};
use std::process::Output;
use std::sync::Arc;

use testbench::daemon::{self, out};
use testbench::dastra::{DastraDouble, DastraDoubleOptions};
use testbench::dns::DnsServer;
use testbench::dovecot::{Dovecot, DovecotOptions};
use testbench::oauth::{OAuthDouble, OAuthDoubleOptions};
use testbench::smtp_provider::{Dialect, ProviderDouble};

const USER: &str = "collect@example.test";
const PASS: &str = "collect-pw";
const TENANT: &str = "contoso-tenant-id";
const APP: &str = "11111111-2222-3333-4444-555555555555";
const APP_SECRET: &str = "app-secret-value";
const SENDER_GOOD: &str = "privacy@example.org";
const SENDER_BAD: &str = "privacy@bad.example";

struct Bench {
    dovecot: Dovecot,
    dastra: DastraDouble,
    oauth: Arc<OAuthDouble>,
    smtp: ProviderDouble,
    dns: DnsServer,
    dir: tempfile::TempDir,
}

struct Knobs<'a> {
    imap_password: &'a str,
    dastra_key: &'a str,
    app_secret: &'a str,
    sender: &'a str,
}

impl Bench {
    fn new() -> Bench {
        let oauth = Arc::new(OAuthDouble::start(OAuthDoubleOptions::default()));
        oauth.register_ms_client(TENANT, APP, Some(APP_SECRET), None);
        oauth.grant_app_mailbox_access(APP, SENDER_GOOD);
        oauth.grant_app_mailbox_access(APP, SENDER_BAD);
        let o = oauth.clone();
        let smtp = ProviderDouble::start(
            Dialect::O365,
            Arc::new(move |user: &str, token: &str| o.token_can_act_for(token, user)),
        );
        let dns = DnsServer::start();
        // A well-configured Microsoft 365 sender domain...
        dns.add_txt(
            "example.org",
            "v=spf1 include:_spf.example.org include:spf.protection.outlook.com -all",
        );
        dns.add_txt("example.org", "google-site-verification=abc");
        dns.add_txt("_spf.example.org", "v=spf1 ip4:192.0.2.0/24 -all");
        dns.add_cname(
            "selector1._domainkey.example.org",
            "selector1-example-org._domainkey.contoso.onmicrosoft.com",
        );
        dns.add_cname(
            "selector2._domainkey.example.org",
            "selector2-example-org._domainkey.contoso.onmicrosoft.com",
        );
        dns.add_txt(
            "_dmarc.example.org",
            "v=DMARC1; p=quarantine; rua=mailto:dmarc@example.org",
        );
        // ...and one that is not: SPF without the provider, no DKIM, DMARC monitoring only.
        dns.add_txt("bad.example", "v=spf1 include:_spf.google.com ~all");
        dns.add_txt("_dmarc.bad.example", "v=DMARC1; p=none");
        Bench {
            dovecot: Dovecot::start(DovecotOptions::new().with_user(USER, PASS)),
            dastra: DastraDouble::start(DastraDoubleOptions::default()),
            oauth,
            smtp,
            dns,
            dir: tempfile::tempdir().unwrap(),
        }
    }

    fn secret(&self, name: &str, value: &str) -> PathBuf {
        daemon::secret_file(self.dir.path(), name, value)
    }

    /// Every credential right, a sender domain with good SPF/DKIM/DMARC.
    fn good_knobs(&self) -> Knobs<'_> {
        Knobs {
            imap_password: PASS,
            dastra_key: self.dastra.api_key(),
            app_secret: APP_SECRET,
            sender: SENDER_GOOD,
        }
    }

    fn config(&self, k: &Knobs) -> PathBuf {
        let key = self.secret("dastra-key", k.dastra_key);
        let pw = self.secret("imap-pw", k.imap_password);
        let app = self.secret("app-secret", k.app_secret);
        let text = format!(
            r#"{dastra}
[state]
dir = "{state}"

[admin]
enabled = false
{mailbox}
[[oauth_account]]
name = "m365"
provider = "microsoft"
flow = "client_credentials"
tenant = "{TENANT}"
authority = "{authority}"
client_id = "{APP}"
client_secret = "file:{app}"
user = "{sender}"

[relay]
enabled = true
listen = "127.0.0.1:0"
sender = "{sender}"

[relay.transport]
type = "smtp"
host = "127.0.0.1"
port = {smtp}
tls = "none"
auth = "xoauth2"
oauth_account = "m365"
allow_insecure = true
"#,
            dastra = daemon::dastra_section(&self.dastra, &key, Some(10)),
            state = self.dir.path().join("state").display(),
            mailbox = daemon::imap_mailbox(
                &self.dovecot,
                "collect",
                USER,
                &daemon::password_login(&pw),
                None
            ),
            authority = self.oauth.base_url(),
            app = app.display(),
            sender = k.sender,
            smtp = self.smtp.port(),
        );
        daemon::write_config(self.dir.path(), &text)
    }

    fn check(&self, cfg: &Path, json: bool) -> Output {
        let mut c = daemon::command(env!("CARGO_BIN_EXE_dastra-mailgate"), cfg);
        c.args(["check", "--connect", "--dns-server"])
            .arg(self.dns.addr().to_string());
        if json {
            c.arg("--json");
        }
        c.output().unwrap()
    }
}

/// target → (level, summary, fix)
fn targets(o: &Output) -> Vec<(String, String, String, String)> {
    let v: serde_json::Value =
        serde_json::from_slice(&o.stdout).unwrap_or_else(|e| panic!("{e}: {}", out(o)));
    v["targets"]
        .as_array()
        .unwrap_or_else(|| panic!("no targets: {}", out(o)))
        .iter()
        .map(|t| {
            (
                t["target"].as_str().unwrap().to_string(),
                t["level"].as_str().unwrap().to_string(),
                t["summary"].as_str().unwrap().to_string(),
                t["fix"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect()
}

fn find<'a>(
    t: &'a [(String, String, String, String)],
    name: &str,
) -> &'a (String, String, String, String) {
    t.iter()
        .find(|x| x.0 == name)
        .unwrap_or_else(|| panic!("no target {name}: {t:#?}"))
}

#[test]
fn a_healthy_setup_reports_every_target_ok() {
    let b = Bench::new();
    let cfg = b.config(&b.good_knobs());
    let o = b.check(&cfg, true);
    assert_eq!(o.status.code(), Some(0), "{}", out(&o));
    let t = targets(&o);
    for name in [
        "imap collect",
        "dastra api",
        "dastra workspace 1",
        "dastra area 1",
        "oauth m365",
        "relay transport",
        "dns spf example.org",
        "dns dkim selector1 example.org",
        "dns dkim selector2 example.org",
        "dns dmarc example.org",
    ] {
        let x = find(&t, name);
        assert_eq!(x.1, "ok", "{x:?}\n{}", out(&o));
    }
    assert!(
        find(&t, "imap collect")
            .2
            .contains("INBOX holds 0 message(s)")
    );
    assert!(find(&t, "relay transport").2.contains("AUTH XOAUTH2"));
    assert!(
        find(&t, "dns spf example.org")
            .2
            .contains("spf.protection.outlook.com")
    );
    // The SMTP double saw a real XOAUTH2 login with the app-only token.
    assert_eq!(b.smtp.auths(), [(SENDER_GOOD.to_string(), true)]);
    // Lookups went to our server, nowhere else.
    assert!(
        b.dns
            .queries()
            .iter()
            .any(|(n, t)| n.eq_ignore_ascii_case("_dmarc.example.org") && *t == 16)
    );
    // Addresses masked, no secret printed.
    let text = String::from_utf8_lossy(&o.stdout);
    assert!(!text.contains(USER) && !text.contains(PASS) && !text.contains(APP_SECRET));
    assert!(!text.contains(b.dastra.api_key()));
}

#[test]
fn failures_are_reported_per_target_with_the_fix() {
    let b = Bench::new();
    let cfg = b.config(&Knobs {
        imap_password: "wrong-password",
        dastra_key: "not-the-key",
        app_secret: "wrong-secret",
        sender: SENDER_BAD,
    });
    let o = b.check(&cfg, true);
    assert_eq!(o.status.code(), Some(69), "{}", out(&o));
    let t = targets(&o);
    let imap = find(&t, "imap collect");
    assert_eq!(imap.1, "fail");
    assert!(imap.2.contains("refused the login"), "{imap:?}");
    // The server's own words, not async-imap's Rust rendering of them.
    assert!(imap.2.contains("Authentication failed"), "{imap:?}");
    assert!(
        !imap.2.contains("code:") && !imap.2.contains("info:") && !imap.2.contains("Some("),
        "{imap:?}"
    );
    assert!(imap.3.contains("password"), "{imap:?}");
    let api = find(&t, "dastra api");
    assert_eq!(api.1, "fail");
    assert!(api.2.contains("refused the credentials"), "{api:?}");
    assert!(api.3.contains("app.dastra.eu"), "{api:?}");
    assert!(
        !t.iter().any(|x| x.0.starts_with("dastra workspace")),
        "no workspace probe after a refused key"
    );
    let oauth = find(&t, "oauth m365");
    assert_eq!(oauth.1, "fail", "{oauth:?}");
    let relay = find(&t, "relay transport");
    assert_eq!(relay.1, "fail", "{relay:?}");
    let spf = find(&t, "dns spf bad.example");
    assert_eq!(spf.1, "fail");
    assert!(
        spf.3.contains("include:spf.protection.outlook.com"),
        "{spf:?}"
    );
    let dkim = find(&t, "dns dkim selector1 bad.example");
    assert_eq!(dkim.1, "fail");
    assert!(dkim.3.contains("DKIM"), "{dkim:?}");
    let dmarc = find(&t, "dns dmarc bad.example");
    assert_eq!(dmarc.1, "warning");
    assert!(dmarc.2.contains("none"), "{dmarc:?}");
    let text = String::from_utf8_lossy(&o.stdout);
    assert!(!text.contains("wrong-password") && !text.contains("wrong-secret"));

    // The text report: one line per target, the fix under each failure, a tally.
    let o = b.check(&cfg, false);
    assert_eq!(o.status.code(), Some(69), "{}", out(&o));
    let text = String::from_utf8_lossy(&o.stdout);
    assert!(text.contains("FAIL imap collect:"), "{text}");
    assert!(text.contains("WARN dns dmarc bad.example:"), "{text}");
    assert!(text.contains("fix: "), "{text}");
    assert!(text.contains("failed"), "{text}");
}

#[test]
fn smtp_auth_disabled_for_the_tenant_is_explained() {
    let b = Bench::new();
    b.smtp.set_smtp_auth_disabled(true);
    let cfg = b.config(&b.good_knobs());
    let o = b.check(&cfg, true);
    assert_eq!(o.status.code(), Some(69), "{}", out(&o));
    let t = targets(&o);
    let relay = find(&t, "relay transport");
    assert_eq!(relay.1, "fail");
    assert!(relay.2.contains("5.7.139"), "{relay:?}");
    assert!(!relay.3.is_empty(), "{relay:?}");
    assert_eq!(find(&t, "oauth m365").1, "ok");
    assert_eq!(find(&t, "imap collect").1, "ok");
}

/// Issue 14 point 4: the relay probe logs in as the daemon would. For Microsoft the daemon
/// authenticates as relay.sender (the mailbox it sends from), not as the account's `user`:
/// here the app may act only for the sender, so a login as `user` would fail while the
/// daemon works (and the other way round used to say ok while test-send got 535).
#[test]
fn the_relay_probe_logs_in_as_the_sender_like_the_daemon() {
    let b = Bench::new();
    let cfg = b.config(&b.good_knobs());
    let text = std::fs::read_to_string(&cfg).unwrap();
    let other = text.replacen(
        &format!("\nuser = \"{SENDER_GOOD}\""),
        "\nuser = \"someone-else@example.org\"",
        1,
    );
    assert_ne!(text, other);
    std::fs::write(&cfg, other).unwrap();
    let o = b.check(&cfg, true);
    let t = targets(&o);
    let relay = find(&t, "relay transport");
    assert_eq!(relay.1, "ok", "{relay:?}\n{}", out(&o));
    assert_eq!(b.smtp.auths(), [(SENDER_GOOD.to_string(), true)]);
    let dastra_mailgate_user = relay.2.clone();
    assert!(
        dastra_mailgate_user.contains("AUTH XOAUTH2 as p***@e***.org"),
        "{relay:?}"
    );
}
