//! The admin listener's read-only web page: status of mailboxes, OAuth accounts and the
//! relay spool at the top, the journal below, filterable by mailbox, flow, outcome and date.
//!
//! Server-rendered HTML with inline CSS: no JavaScript, no external assets (the listener may
//! run on a host with no internet access, and nothing leaks to a CDN). Every value from mail
//! or from the configuration is HTML-escaped; links are emitted only for http(s) URLs. The
//! filter is a plain GET form, so a filtered view is a bookmarkable URL.
//!
//! Authentication: when `admin.auth_token` is set (required off loopback), every page but
//! `/healthz` needs `Authorization: Bearer <token>` or Basic with the token as password.

use std::fmt::Write as _;
use std::sync::{Arc, RwLock};

use chrono::{DateTime, Utc};

use crate::config::Settings;
use crate::ingest::status::MailboxStatus;
use crate::journal::{Filter, Flow, Journal, Outcome, Record};
use crate::secret::SecretString;

/// What the page needs besides the live mailbox status.
pub struct PageContext {
    /// The settings and the resolved `admin.auth_token`; a reload replaces both
    /// ([`Self::reconfigure`]).
    current: RwLock<(Arc<Settings>, Option<SecretString>)>,
    pub journal: Option<Arc<Journal>>,
    /// The OAuth accounts' token managers (the daemon's own, see [`Self::with_accounts`]).
    pub accounts: crate::oauth::Accounts,
}

/// The settings and token a [`PageContext::reconfigure`] replaced.
pub struct Previous((Arc<Settings>, Option<SecretString>));

fn resolve_token(settings: &Settings) -> Result<Option<SecretString>, String> {
    match &settings.ops.admin_auth_token {
        Some(r) => Ok(Some(
            r.resolve().map_err(|e| format!("admin.auth_token: {e}"))?,
        )),
        None => Ok(None),
    }
}

impl PageContext {
    /// From the settings; resolves the token (an unreadable token is a startup error).
    pub fn new(settings: Arc<Settings>, journal: Option<Arc<Journal>>) -> Result<Self, String> {
        let auth_token = resolve_token(&settings)?;
        Ok(PageContext {
            accounts: crate::oauth::Accounts::default(),
            current: RwLock::new((settings, auth_token)),
            journal,
        })
    }

    /// A reload: the page shows the new settings and the listener asks for the new
    /// `admin.auth_token` (a rotated token file takes effect). An unreadable token is an
    /// error and changes nothing. Returns what was there, for [`Self::restore`] when the
    /// reload is refused later on.
    pub fn reconfigure(&self, settings: Arc<Settings>) -> Result<Previous, String> {
        let token = resolve_token(&settings)?;
        let mut cur = self.current.write().unwrap_or_else(|e| e.into_inner());
        Ok(Previous(std::mem::replace(&mut *cur, (settings, token))))
    }

    /// Puts back what [`Self::reconfigure`] replaced (the token as it was resolved then).
    pub fn restore(&self, previous: Previous) {
        *self.current.write().unwrap_or_else(|e| e.into_inner()) = previous.0;
    }

    /// The settings the page shows.
    pub fn settings(&self) -> Arc<Settings> {
        self.current
            .read()
            .unwrap_or_else(|e| e.into_inner())
            .0
            .clone()
    }

    /// Shows the state of these token managers (the running daemon's).
    pub fn with_accounts(mut self, accounts: crate::oauth::Accounts) -> Self {
        self.accounts = accounts;
        self
    }

    /// True when the request head carries the token (or none is required).
    pub fn authorized(&self, head: &str) -> bool {
        let current = self.current.read().unwrap_or_else(|e| e.into_inner());
        let Some(token) = &current.1 else {
            return true;
        };
        let token = token.expose().as_bytes();
        head.lines()
            .filter_map(|l| l.split_once(':'))
            .filter(|(k, _)| k.trim().eq_ignore_ascii_case("authorization"))
            .any(|(_, v)| {
                let v = v.trim();
                let (scheme, cred) = v.split_once(' ').unwrap_or((v, ""));
                let cred = cred.trim();
                if scheme.eq_ignore_ascii_case("bearer") {
                    ct_eq(cred.as_bytes(), token)
                } else if scheme.eq_ignore_ascii_case("basic") {
                    use base64::Engine;
                    base64::engine::general_purpose::STANDARD
                        .decode(cred)
                        .ok()
                        .and_then(|d| {
                            let pos = d.iter().position(|b| *b == b':')?;
                            Some(ct_eq(&d[pos + 1..], token))
                        })
                        .unwrap_or(false)
                } else {
                    false
                }
            })
    }

    /// `/journal.json?…`: the records as a JSON array.
    pub fn journal_json(&self, query: &str) -> (&'static str, String) {
        let filter = match Filter::from_query(query) {
            Ok(f) => f,
            Err(e) => {
                return (
                    "400 Bad Request",
                    serde_json::json!({ "error": e }).to_string(),
                );
            }
        };
        match &self.journal {
            None => (
                "404 Not Found",
                serde_json::json!({ "error": "the journal is disabled ([journal] enabled = false)" })
                    .to_string(),
            ),
            Some(j) => match j.query(&filter) {
                Ok(rows) => ("200 OK", serde_json::to_string(&rows).unwrap_or_default()),
                Err(e) => (
                    "500 Internal Server Error",
                    serde_json::json!({ "error": crate::exit::chain(&e) }).to_string(),
                ),
            },
        }
    }

    /// The HTML page.
    pub fn page(&self, mailboxes: &[MailboxStatus], query: &str, now: DateTime<Utc>) -> String {
        let (filter, filter_error) = match Filter::from_query(query) {
            Ok(f) => (f, None),
            Err(e) => (Filter::default(), Some(e)),
        };
        let mut h = String::with_capacity(16 * 1024);
        h.push_str(HEAD);
        let _ = write!(
            h,
            "<header><h1>dastra-mailgate</h1><p class=muted>version {} · {}</p></header>",
            esc(env!("CARGO_PKG_VERSION")),
            esc(&fmt_time(now))
        );
        self.mailboxes_section(&mut h, mailboxes, now);
        self.accounts_section(&mut h);
        self.spool_section(&mut h, now);
        self.journal_section(&mut h, &filter, filter_error.as_deref());
        h.push_str("</body></html>\n");
        h
    }

    fn mailboxes_section(&self, h: &mut String, live: &[MailboxStatus], now: DateTime<Utc>) {
        h.push_str("<section id=mailboxes><h2>Mailboxes</h2>");
        let settings = self.settings();
        if settings.mailboxes.is_empty() {
            h.push_str("<p class=muted>No mailbox is configured.</p></section>");
            return;
        }
        h.push_str("<table><thead><tr><th>Mailbox</th><th>State</th><th>Last success</th><th>Processed</th><th>Ignored</th><th>Failed</th><th>Last error</th></tr></thead><tbody>");
        for mb in &settings.mailboxes {
            let st = live.iter().find(|s| s.name == mb.name);
            let state = st.map_or("not running", |s| s.state.as_str());
            let class = match st {
                Some(s) if s.failing_since_unix.is_some() => "bad",
                Some(s) if s.connected => "ok",
                _ => "muted",
            };
            let last = st
                .and_then(|s| s.last_success_unix)
                .map(|t| ago(now.timestamp() - t))
                .unwrap_or_else(|| "never".into());
            let _ = write!(
                h,
                "<tr data-mailbox=\"{n}\"><td>{n}</td><td class={class}>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
                esc(state),
                esc(&last),
                st.map_or(0, |s| s.processed),
                st.map_or(0, |s| s.ignored),
                st.map_or(0, |s| s.failed),
                esc(st.and_then(|s| s.last_error.as_deref()).unwrap_or("")),
                n = esc(&mb.name),
            );
        }
        h.push_str("</tbody></table></section>");
    }

    fn accounts_section(&self, h: &mut String) {
        h.push_str("<section id=accounts><h2>OAuth accounts</h2>");
        let s = &self.settings();
        if s.oauth_accounts.is_empty() {
            h.push_str("<p class=muted>No OAuth account is configured.</p></section>");
            return;
        }
        h.push_str("<table><thead><tr><th>Account</th><th>Provider</th><th>Flow</th><th>Used by</th><th>State</th></tr></thead><tbody>");
        for a in &s.oauth_accounts {
            let mut users: Vec<String> = s
                .mailboxes
                .iter()
                .filter(|m| matches!(&m.auth, crate::config::ImapAuth::OAuth(n) if *n == a.name))
                .map(|m| format!("mailbox {}", m.name))
                .collect();
            if s.relay
                .as_ref()
                .is_some_and(|r| r.transport.oauth_account.as_deref() == Some(a.name.as_str()))
            {
                users.push("relay".into());
            }
            let (class, state) = if users.is_empty() {
                ("muted", "not used".to_string())
            } else {
                account_state(&self.accounts, &a.name)
            };
            let _ = write!(
                h,
                "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td class={class}>{}</td></tr>",
                esc(&a.name),
                esc(&a.provider.to_string()),
                esc(&a.flow.to_string()),
                esc(&users.join(", ")),
                esc(&state)
            );
        }
        h.push_str("</tbody></table></section>");
    }

    fn spool_section(&self, h: &mut String, now: DateTime<Utc>) {
        h.push_str("<section id=spool><h2>Relay spool</h2>");
        let settings = self.settings();
        let Some(r) = &settings.relay else {
            h.push_str("<p class=muted>The relay is not enabled.</p></section>");
            return;
        };
        let dir = crate::relay::spool_dir(&settings);
        let entries = crate::relay::spool::Spool::open_existing(&dir).and_then(|s| s.list());
        match entries {
            Err(e) => {
                let _ = write!(
                    h,
                    "<p class=bad>Cannot read the spool: {}</p>",
                    esc(&e.to_string())
                );
            }
            Ok(entries) => {
                let count = |l: &str| entries.iter().filter(|e| e.state_label() == l).count();
                let oldest = entries
                    .iter()
                    .filter(|e| e.is_pending())
                    .map(|e| e.created_at)
                    .min()
                    .map(|t| ago((now - t).num_seconds()))
                    .unwrap_or_else(|| "none".into());
                let _ = write!(
                    h,
                    "<table><tbody><tr><th>Sender</th><td>{}</td></tr><tr><th>Listening on</th><td>{}</td></tr><tr><th>Queued</th><td id=spool-queued>{}</td></tr><tr><th>Retrying</th><td>{}</td></tr><tr><th>Dead letters</th><td class={}>{}</td></tr><tr><th>Delivered, kept</th><td>{}</td></tr><tr><th>Oldest pending</th><td>{}</td></tr></tbody></table>",
                    esc(&self.addr(&r.sender)),
                    esc(&r.listen.to_string()),
                    count("queued"),
                    count("deferred") + count("partial"),
                    if count("failed") + count("mixed") > 0 {
                        "bad"
                    } else {
                        "ok"
                    },
                    count("failed") + count("mixed"),
                    count("delivered"),
                    esc(&oldest),
                );
            }
        }
        h.push_str("</section>");
    }

    fn addr(&self, a: &str) -> String {
        if self.settings().ops.journal.mask_addresses {
            crate::redact::mask_email(a)
        } else {
            a.to_string()
        }
    }

    fn journal_section(&self, h: &mut String, f: &Filter, error: Option<&str>) {
        let settings = self.settings();
        h.push_str("<section id=journal-section><h2>Journal</h2>");
        // The filter form (GET, so the result is a URL).
        h.push_str("<form id=filter method=get action=\"/journal\">");
        h.push_str("<label>Mailbox <select name=mailbox><option value=\"\">all</option>");
        for mb in &settings.mailboxes {
            let sel = if f.mailbox.as_deref() == Some(mb.name.as_str()) {
                " selected"
            } else {
                ""
            };
            let _ = write!(
                h,
                "<option value=\"{n}\"{sel}>{n}</option>",
                n = esc(&mb.name)
            );
        }
        h.push_str(
            "</select></label> <label>Flow <select name=flow><option value=\"\">all</option>",
        );
        for fl in [Flow::Mail, Flow::Relay] {
            let sel = if f.flow == Some(fl) { " selected" } else { "" };
            let _ = write!(h, "<option value={0}{sel}>{0}</option>", fl.label());
        }
        h.push_str(
            "</select></label> <label>Outcome <select name=outcome><option value=\"\">all</option>",
        );
        for o in Outcome::ALL {
            let sel = if f.outcome == Some(o) {
                " selected"
            } else {
                ""
            };
            let _ = write!(h, "<option value={0}{sel}>{0}</option>", o.label());
        }
        let day = |d: Option<chrono::NaiveDate>| d.map(|d| d.to_string()).unwrap_or_default();
        let _ = write!(
            h,
            "</select></label> <label>From <input type=date name=from value=\"{}\"></label> <label>To <input type=date name=to value=\"{}\"></label> <button type=submit>Filter</button> <a href=\"/journal\">reset</a></form>",
            day(f.from),
            day(f.to)
        );
        if let Some(e) = error {
            let _ = write!(h, "<p class=bad id=filter-error>{}</p>", esc(e));
        }
        let Some(j) = &self.journal else {
            h.push_str(
                "<p class=muted>The journal is disabled ([journal] enabled = false).</p></section>",
            );
            return;
        };
        let rows = match j.query(f) {
            Ok(r) => r,
            Err(e) => {
                let _ = write!(
                    h,
                    "<p class=bad>Cannot read the journal: {}</p></section>",
                    esc(&crate::exit::chain(&e))
                );
                return;
            }
        };
        let _ = write!(
            h,
            "<p class=muted id=journal-count>{} record(s) shown, newest first. Kept {} days after their last change.</p>",
            rows.len(),
            self.settings().ops.retention.journal.as_secs() / 86_400
        );
        h.push_str("<table id=journal><thead><tr><th>#</th><th>Received (UTC)</th><th>Flow</th><th>Mailbox</th><th>From / to</th><th>Outcome</th><th>Object</th><th>Details</th><th>Next try</th><th>Attempts</th></tr></thead><tbody>");
        for r in &rows {
            row(h, r);
        }
        h.push_str("</tbody></table></section>");
    }
}

fn row(h: &mut String, r: &Record) {
    let who = match r.flow {
        Flow::Mail => r.from.clone().unwrap_or_default(),
        Flow::Relay => r.recipients.join(", "),
    };
    let object = match (&r.object_kind, &r.object_id) {
        (Some(k), Some(id)) => {
            let label = format!("{} {}", k, id);
            match r.link.as_deref().filter(|l| is_http(l)) {
                Some(l) => format!(
                    "<a href=\"{}\" rel=\"noreferrer noopener\" target=_blank>{}</a>",
                    esc(l),
                    esc(&label)
                ),
                None => esc(&label),
            }
        }
        _ => match &r.spool_id {
            Some(id) => format!("spool {}", esc(id)),
            None => String::new(),
        },
    };
    let details = match (&r.reason, &r.provider_reply) {
        (Some(reason), Some(reply)) if reason != reply => {
            format!("{} — provider: {}", esc(reason), esc(reply))
        }
        (_, Some(reply)) => format!("provider: {}", esc(reply)),
        (Some(reason), None) => esc(reason),
        (None, None) => String::new(),
    };
    let _ = write!(
        h,
        "<tr class=\"o-{o}\" data-outcome=\"{o}\" data-flow=\"{fl}\" data-mailbox=\"{mb}\"><td>{}</td><td>{}</td><td>{fl}</td><td>{mb}</td><td>{}</td><td class=outcome>{o}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
        r.id,
        esc(&fmt_time(r.received_at)),
        esc(&who),
        object,
        details,
        esc(&r.next_try.map(fmt_time).unwrap_or_default()),
        r.attempts,
        o = r.outcome.label(),
        fl = r.flow.label(),
        mb = esc(r.mailbox.as_deref().unwrap_or("")),
    );
}

/// The state of an OAuth account the daemon uses.
fn account_state(accounts: &crate::oauth::Accounts, name: &str) -> (&'static str, String) {
    match accounts.get(name) {
        None => ("bad", "not configured".into()),
        Some(Err(e)) => ("bad", format!("unusable: {e}")),
        Some(Ok(m)) => match m.problem() {
            Some(p) => ("bad", format!("re-authorisation needed: {p}")),
            None if m.token_lifetime().is_some() => ("ok", "token valid".into()),
            None => ("muted", "no token fetched yet".into()),
        },
    }
}

fn is_http(s: &str) -> bool {
    s.starts_with("https://") || s.starts_with("http://")
}

/// Constant-time comparison (for the token).
fn ct_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// HTML-escapes text for element content and quoted attribute values.
pub fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c if c.is_control() => out.push('\u{fffd}'),
            c => out.push(c),
        }
    }
    out
}

fn fmt_time(t: DateTime<Utc>) -> String {
    t.format("%Y-%m-%d %H:%M:%S").to_string()
}

fn ago(secs: i64) -> String {
    match secs {
        s if s < 0 => "just now".into(),
        s if s < 120 => format!("{s} s ago"),
        s if s < 7200 => format!("{} min ago", s / 60),
        s if s < 172_800 => format!("{} h ago", s / 3600),
        s => format!("{} days ago", s / 86_400),
    }
}

const HEAD: &str = "<!doctype html><html lang=en><head><meta charset=utf-8><meta name=viewport content=\"width=device-width, initial-scale=1\"><title>dastra-mailgate</title><style>
body{font:14px/1.4 system-ui,sans-serif;margin:1.5em;color:#1d2330;background:#fff}
h1{font-size:1.4em;margin:0}h2{font-size:1.1em;margin:1.4em 0 .4em;border-bottom:1px solid #d8dce4}
table{border-collapse:collapse;width:100%;margin:.3em 0}th,td{text-align:left;padding:.25em .5em;border-bottom:1px solid #eceef2;vertical-align:top}
th{background:#f4f6f9;font-weight:600}.muted{color:#6b7280}.ok{color:#13795b}.bad{color:#b42318;font-weight:600}
form{margin:.4em 0 .6em}label{margin-right:.6em}
.o-failed td.outcome{color:#b42318;font-weight:600}.o-retrying td.outcome,.o-partial td.outcome{color:#b54708}
.o-created td.outcome,.o-follow_up td.outcome,.o-delivered td.outcome{color:#13795b}.o-ignored td.outcome{color:#6b7280}
</style></head><body>";

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    fn ctx(dir: &Path, extra: &str) -> PageContext {
        let text = format!(
            "[state]\ndir = \"{}\"\n[dastra]\napi_key = \"env:X\"\nworkspace_id = 1\narea_id = 1\n[[mailbox]]\nname = \"privacy\"\nhost = \"imap.example.org\"\nusername = \"privacy@example.org\"\npassword = \"env:P\"\n{extra}",
            dir.display()
        );
        let s = crate::config::load_str(&text, Path::new("t.toml"))
            .unwrap()
            .0;
        let j = Journal::open_shared(dir, true).unwrap();
        PageContext::new(Arc::new(s), Some(j)).unwrap()
    }

    #[test]
    fn page_escapes_everything_from_mail() {
        let dir = tempfile::tempdir().unwrap();
        let c = ctx(dir.path(), "");
        let j = c.journal.clone().unwrap();
        j.record(Flow::Mail, "k", Utc::now(), |r| {
            r.mailbox = Some("privacy".into());
            r.outcome = Outcome::Ignored;
            r.reason = Some("<script>alert(1)</script> & \"quoted\"".into());
            r.from = Some(j.addr("x\"><img src=x>@example.org"));
        })
        .unwrap();
        j.record(Flow::Mail, "k2", Utc::now(), |r| {
            r.mailbox = Some("privacy".into());
            r.outcome = Outcome::Created;
            r.object_kind = Some("request".into());
            r.object_id = Some("42".into());
            r.link = Some("javascript:alert(1)".into());
        })
        .unwrap();
        let html = c.page(&[], "", Utc::now());
        assert!(!html.contains("<script>"), "{html}");
        assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quoted&quot;"));
        assert!(!html.contains("<img"));
        assert!(
            !html.contains("javascript:"),
            "non-http links are not linked"
        );
        assert!(html.contains("request 42"));
        assert!(!html.contains("src=\"http"), "no external assets");
        let filtered = c.page(&[], "outcome=created", Utc::now());
        assert!(filtered.contains("1 record(s) shown"));
        assert!(filtered.contains("<option value=created selected>"));
        let bad = c.page(&[], "from=not-a-date", Utc::now());
        assert!(bad.contains("id=filter-error"));
        let (code, json) = c.journal_json("mailbox=privacy&outcome=ignored");
        assert_eq!(code, "200 OK");
        let v: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert_eq!(v.as_array().unwrap().len(), 1);
        assert_eq!(v[0]["outcome"], "ignored");
    }

    #[test]
    fn token_checks() {
        let dir = tempfile::tempdir().unwrap();
        // SAFETY: tests in this module are the only users of this variable name.
        unsafe { std::env::set_var("MAILGATE_TEST_ADMIN_TOKEN_WEB", "s3cret") };
        let c = ctx(
            dir.path(),
            "[admin]\nauth_token = \"env:MAILGATE_TEST_ADMIN_TOKEN_WEB\"\n",
        );
        assert!(!c.authorized("GET / HTTP/1.1\r\nHost: x\r\n"));
        assert!(c.authorized("GET / HTTP/1.1\r\nAuthorization: Bearer s3cret\r\n"));
        assert!(!c.authorized("GET / HTTP/1.1\r\nAuthorization: Bearer s3cre\r\n"));
        // "admin:s3cret"
        assert!(c.authorized("GET / HTTP/1.1\r\nauthorization: Basic YWRtaW46czNjcmV0\r\n"));
        assert!(!c.authorized("GET / HTTP/1.1\r\nAuthorization: Basic YWRtaW46bm9wZQ==\r\n"));
    }
}
