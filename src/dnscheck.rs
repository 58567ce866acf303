//! The sender domain's DNS, as `check --connect` sees it: SPF includes the provider, the
//! provider's DKIM selectors are published, and DMARC has a policy.
//!
//! Lookups go through hickory-resolver: the system resolver (`/etc/resolv.conf`), or a given
//! server (`check --dns-server`, used by the tests with a loopback DNS server). The verdicts
//! are pure functions of the records ([`spf_verdict`], [`dkim_verdict`], [`dmarc_verdict`]).

use std::net::SocketAddr;
use std::time::Duration;

use hickory_resolver::config::{NameServerConfig, ResolverConfig, ResolverOpts};
use hickory_resolver::net::runtime::TokioRuntimeProvider;
use hickory_resolver::proto::rr::{RData, RecordType};
use hickory_resolver::{Resolver, TokioResolver};

/// Which provider carries the mail, for what SPF and DKIM must say.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MailProvider {
    Microsoft365,
    Google,
}

impl MailProvider {
    pub fn spf_include(self) -> &'static str {
        match self {
            MailProvider::Microsoft365 => "spf.protection.outlook.com",
            MailProvider::Google => "_spf.google.com",
        }
    }

    pub fn dkim_selectors(self) -> &'static [&'static str] {
        match self {
            MailProvider::Microsoft365 => &["selector1", "selector2"],
            MailProvider::Google => &["google"],
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            MailProvider::Microsoft365 => "Microsoft 365",
            MailProvider::Google => "Google Workspace",
        }
    }
}

/// ok / warning / fail, with words and a fix.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    Ok,
    Warning,
    Fail,
}

/// One verdict on one aspect of the domain.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Verdict {
    pub level: Level,
    pub summary: String,
    pub fix: Option<String>,
}

impl Verdict {
    fn ok(summary: impl Into<String>) -> Self {
        Verdict {
            level: Level::Ok,
            summary: summary.into(),
            fix: None,
        }
    }
    fn warn(summary: impl Into<String>, fix: impl Into<String>) -> Self {
        Verdict {
            level: Level::Warning,
            summary: summary.into(),
            fix: Some(fix.into()),
        }
    }
    fn fail(summary: impl Into<String>, fix: impl Into<String>) -> Self {
        Verdict {
            level: Level::Fail,
            summary: summary.into(),
            fix: Some(fix.into()),
        }
    }
}

/// A DNS client for the checks.
pub struct Dns {
    resolver: TokioResolver,
}

impl Dns {
    /// The system resolver, or `server` (IP and port) only.
    pub fn new(server: Option<SocketAddr>) -> Result<Dns, String> {
        let mut opts = ResolverOpts::default();
        opts.timeout = Duration::from_secs(3);
        opts.attempts = 2;
        let builder = match server {
            Some(addr) => {
                let mut ns = NameServerConfig::udp(addr.ip());
                for c in &mut ns.connections {
                    c.port = addr.port();
                }
                Resolver::builder_with_config(
                    ResolverConfig::from_parts(None, vec![], vec![ns]),
                    TokioRuntimeProvider::default(),
                )
            }
            None => TokioResolver::builder_tokio()
                .map_err(|e| format!("cannot read the system resolver configuration: {e}"))?,
        };
        let resolver = builder
            .with_options(opts)
            .build()
            .map_err(|e| format!("cannot set up the DNS resolver: {e}"))?;
        Ok(Dns { resolver })
    }

    fn fqdn(name: &str) -> String {
        if name.ends_with('.') {
            name.to_string()
        } else {
            format!("{name}.")
        }
    }

    /// TXT strings at `name` (each record's strings joined); empty when there are none.
    pub async fn txt(&self, name: &str) -> Result<Vec<String>, String> {
        match self.resolver.txt_lookup(Self::fqdn(name)).await {
            Ok(l) => Ok(l
                .answers()
                .iter()
                .filter_map(|r| match &r.data {
                    RData::TXT(t) => Some(
                        t.txt_data
                            .iter()
                            .map(|s| String::from_utf8_lossy(s).to_string())
                            .collect::<String>(),
                    ),
                    _ => None,
                })
                .collect()),
            Err(e) if e.is_no_records_found() || e.is_nx_domain() => Ok(Vec::new()),
            Err(e) => Err(format!("DNS lookup of {name} TXT failed: {e}")),
        }
    }

    /// The CNAME target at `name`, if any.
    pub async fn cname(&self, name: &str) -> Result<Option<String>, String> {
        match self
            .resolver
            .lookup(Self::fqdn(name), RecordType::CNAME)
            .await
        {
            Ok(l) => Ok(l.answers().iter().find_map(|r| match &r.data {
                RData::CNAME(c) => Some(c.0.to_string().trim_end_matches('.').to_string()),
                _ => None,
            })),
            Err(e) if e.is_no_records_found() || e.is_nx_domain() => Ok(None),
            Err(e) => Err(format!("DNS lookup of {name} CNAME failed: {e}")),
        }
    }
}

/// The `v=spf1` records among TXT strings.
fn spf_records(txt: &[String]) -> Vec<&String> {
    txt.iter()
        .filter(|t| {
            let t = t.trim_start().to_ascii_lowercase();
            t == "v=spf1" || t.starts_with("v=spf1 ")
        })
        .collect()
}

/// `include:` and `redirect=` targets of an SPF record.
pub fn spf_targets(record: &str) -> Vec<String> {
    record
        .split_whitespace()
        .filter_map(|term| {
            let t = term.trim_start_matches(['+', '?', '~']);
            let lower = t.to_ascii_lowercase();
            lower
                .strip_prefix("include:")
                .or_else(|| lower.strip_prefix("redirect="))
                .map(|d| d.trim_end_matches('.').to_string())
        })
        .collect()
}

/// SPF of `domain`: exactly one record, which includes the provider (directly or through
/// nested includes, at most 10 lookups as RFC 7208 allows).
pub async fn spf(dns: &Dns, domain: &str, provider: Option<MailProvider>) -> Verdict {
    let txt = match dns.txt(domain).await {
        Ok(t) => t,
        Err(e) => return Verdict::fail(e, "check that the domain's DNS servers answer"),
    };
    let records = spf_records(&txt);
    let suggestion = provider.map_or_else(
        || "v=spf1 include:<your provider's SPF domain> -all".to_string(),
        |p| format!("v=spf1 include:{} -all", p.spf_include()),
    );
    let record = match records.as_slice() {
        [] => {
            return Verdict::fail(
                format!(
                    "{domain} publishes no SPF record: receivers cannot tell that your provider may send for it"
                ),
                format!("add a TXT record at {domain}: \"{suggestion}\""),
            );
        }
        [one] => (*one).clone(),
        _ => {
            return Verdict::fail(
                format!(
                    "{domain} publishes {} SPF records: SPF fails (permerror) for every message",
                    records.len()
                ),
                format!("merge them into one TXT record, e.g. \"{suggestion}\""),
            );
        }
    };
    let Some(p) = provider else {
        return Verdict::ok(format!("SPF: {record}"));
    };
    // Breadth-first through includes.
    let mut queue = spf_targets(&record);
    let mut seen = 0;
    while let Some(target) = queue.first().cloned() {
        queue.remove(0);
        if target.eq_ignore_ascii_case(p.spf_include()) {
            return Verdict::ok(format!("SPF includes {} ({record})", p.spf_include()));
        }
        seen += 1;
        if seen >= 10 {
            break;
        }
        if let Ok(txt) = dns.txt(&target).await
            && let Some(r) = spf_records(&txt).first()
        {
            queue.extend(spf_targets(r));
        }
    }
    Verdict::fail(
        format!(
            "SPF of {domain} does not include {} ({record}): {} may be rejected or marked as spam",
            p.spf_include(),
            p.name()
        ),
        format!(
            "add include:{} to the record, before its final -all/~all",
            p.spf_include()
        ),
    )
}

/// One DKIM selector: a CNAME (Microsoft 365 points selector1/2 at the tenant's keys) or
/// a TXT record with a public key.
pub fn dkim_verdict(
    domain: &str,
    selector: &str,
    cname: Option<&str>,
    txt: &[String],
    provider: MailProvider,
) -> Verdict {
    let name = format!("{selector}._domainkey.{domain}");
    if let Some(target) = cname {
        return Verdict::ok(format!("DKIM {name} → {target}"));
    }
    let key = txt
        .iter()
        .find(|t| t.to_ascii_lowercase().contains("p=") && !t.contains("p=;"));
    match key {
        Some(_) => Verdict::ok(format!("DKIM {name} publishes a key")),
        None => {
            let fix = match provider {
                MailProvider::Microsoft365 => format!(
                    "in the Microsoft Defender portal (Email authentication settings → DKIM) publish the two CNAMEs it shows for {domain} (selector1 and selector2), then enable signing"
                ),
                MailProvider::Google => format!(
                    "in the Google Admin console (Apps → Gmail → Authenticate email) generate a key for {domain} and publish it as TXT at {name}, then start authentication"
                ),
            };
            Verdict::fail(
                format!(
                    "no DKIM key at {name}: {} cannot sign mail from {domain}",
                    provider.name()
                ),
                fix,
            )
        }
    }
}

/// DMARC at `_dmarc.<domain>`: missing → fail, `p=none` → warning, quarantine/reject → ok.
pub fn dmarc_verdict(domain: &str, txt: &[String]) -> Verdict {
    let name = format!("_dmarc.{domain}");
    let records: Vec<&String> = txt
        .iter()
        .filter(|t| t.trim_start().to_ascii_lowercase().starts_with("v=dmarc1"))
        .collect();
    let fix_add = format!(
        "add a TXT record at {name}: \"v=DMARC1; p=quarantine; rua=mailto:dmarc-reports@{domain}\" (start with p=none to watch the reports first)"
    );
    let record = match records.as_slice() {
        [] => {
            return Verdict::fail(
                format!(
                    "{domain} has no DMARC policy: Gmail and Yahoo reject or junk bulk mail without one"
                ),
                fix_add,
            );
        }
        [one] => one.to_string(),
        _ => {
            return Verdict::fail(
                format!(
                    "{name} has {} DMARC records: receivers ignore them all",
                    records.len()
                ),
                "keep exactly one v=DMARC1 record",
            );
        }
    };
    let policy = record
        .split(';')
        .filter_map(|t| t.trim().split_once('='))
        .find(|(k, _)| k.trim().eq_ignore_ascii_case("p"))
        .map(|(_, v)| v.trim().to_ascii_lowercase());
    match policy.as_deref() {
        Some("reject") | Some("quarantine") => Verdict::ok(format!(
            "DMARC policy {} ({record})",
            policy.unwrap_or_default()
        )),
        Some("none") => Verdict::warn(
            format!("DMARC policy is none ({record}): reports only, spoofed mail is not stopped"),
            "once the reports show only legitimate senders, move to p=quarantine, then p=reject",
        ),
        _ => Verdict::fail(
            format!("DMARC record without a valid p= tag ({record})"),
            fix_add,
        ),
    }
}

/// Every check of `domain`: (aspect, verdict), aspect being `spf`, `dkim <selector>`, `dmarc`.
pub async fn check_domain(
    dns: &Dns,
    domain: &str,
    provider: Option<MailProvider>,
) -> Vec<(String, Verdict)> {
    let mut out = vec![("spf".to_string(), spf(dns, domain, provider).await)];
    if let Some(p) = provider {
        for sel in p.dkim_selectors() {
            let name = format!("{sel}._domainkey.{domain}");
            let v = match dns.cname(&name).await {
                Err(e) => Verdict::fail(e, "check that the domain's DNS servers answer"),
                Ok(Some(target)) => dkim_verdict(domain, sel, Some(&target), &[], p),
                Ok(None) => match dns.txt(&name).await {
                    Ok(txt) => dkim_verdict(domain, sel, None, &txt, p),
                    Err(e) => Verdict::fail(e, "check that the domain's DNS servers answer"),
                },
            };
            out.push((format!("dkim {sel}"), v));
        }
    }
    let dmarc = match dns.txt(&format!("_dmarc.{domain}")).await {
        Ok(txt) => dmarc_verdict(domain, &txt),
        Err(e) => Verdict::fail(e, "check that the domain's DNS servers answer"),
    };
    out.push(("dmarc".to_string(), dmarc));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spf_targets_and_records() {
        assert_eq!(
            spf_targets(
                "v=spf1 ip4:192.0.2.1 include:spf.protection.outlook.com ~include:_spf.example.org redirect=_spf.example.net -all"
            ),
            [
                "spf.protection.outlook.com",
                "_spf.example.org",
                "_spf.example.net"
            ]
        );
        let txt = vec![
            "google-site-verification=x".to_string(),
            "v=spf1 -all".into(),
        ];
        assert_eq!(spf_records(&txt).len(), 1);
    }

    #[test]
    fn dmarc_policies() {
        let d = "example.org";
        assert_eq!(dmarc_verdict(d, &[]).level, Level::Fail);
        assert_eq!(
            dmarc_verdict(d, &["v=DMARC1; p=none; rua=mailto:x@example.org".into()]).level,
            Level::Warning
        );
        assert_eq!(
            dmarc_verdict(d, &["v=DMARC1; p=reject".into()]).level,
            Level::Ok
        );
        assert_eq!(
            dmarc_verdict(d, &["v=DMARC1; p=reject".into(), "v=DMARC1; p=none".into()]).level,
            Level::Fail
        );
    }

    #[test]
    fn dkim_by_cname_or_key() {
        let p = MailProvider::Microsoft365;
        assert_eq!(
            dkim_verdict(
                "example.org",
                "selector1",
                Some("selector1-example-org._domainkey.contoso.onmicrosoft.com"),
                &[],
                p
            )
            .level,
            Level::Ok
        );
        assert_eq!(
            dkim_verdict(
                "example.org",
                "google",
                None,
                &["v=DKIM1; k=rsa; p=MIIB".into()],
                MailProvider::Google
            )
            .level,
            Level::Ok
        );
        let v = dkim_verdict("example.org", "selector2", None, &[], p);
        assert_eq!(v.level, Level::Fail);
        assert!(v.fix.unwrap().contains("Defender"));
    }
}
