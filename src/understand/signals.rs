//! Who really sent it and whether it is a scam: the inbound `Authentication-Results`
//! (SPF, DKIM, DMARC) and the spam guard's signals beyond the lexicon (anti-spam verdict
//! headers, a Reply-To on another domain, a failed DMARC check), combined with the scam
//! vocabulary score of `rights::read`.

use serde::Serialize;

use super::guards::{Guard, GuardReason};
use super::mime::Headers;

/// The results of the sender checks our receiving server recorded (RFC 8601), from the
/// topmost `Authentication-Results` header that has them.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct AuthResults {
    /// `spf=` result (pass, fail, softfail, neutral, none, temperror, permerror).
    pub spf: Option<String>,
    /// `dkim=` result.
    pub dkim: Option<String>,
    /// `dmarc=` result.
    pub dmarc: Option<String>,
    /// The server that wrote the header (its authserv-id).
    pub authserv_id: Option<String>,
}

impl AuthResults {
    /// Reads the first `Authentication-Results` header with an spf, dkim or dmarc result.
    pub(crate) fn from_headers(h: &Headers) -> Option<AuthResults> {
        h.all("authentication-results").find_map(parse)
    }

    /// Whether DMARC failed: the From domain is not the one that sent the mail.
    pub fn dmarc_failed(&self) -> bool {
        self.dmarc.as_deref() == Some("fail")
    }

    /// "SPF pass, DKIM pass, DMARC fail (checked by mx.example.org)": for the DSR description,
    /// so a DPO sees whether the From address can be trusted before disclosing data.
    pub fn summary(&self) -> String {
        let one = |name: &str, v: &Option<String>| {
            format!("{name} {}", v.as_deref().unwrap_or("not checked"))
        };
        let mut s = format!(
            "{}, {}, {}",
            one("SPF", &self.spf),
            one("DKIM", &self.dkim),
            one("DMARC", &self.dmarc)
        );
        if let Some(id) = &self.authserv_id {
            s.push_str(&format!(" (checked by {id})"));
        }
        if self.dmarc_failed() {
            s.push_str(": the From address may be forged, verify the requester's identity");
        }
        s
    }
}

fn parse(v: &str) -> Option<AuthResults> {
    let mut out = AuthResults::default();
    let mut parts = v.split(';');
    let id = parts.next().unwrap_or("").trim();
    let id: String = id
        .split_whitespace()
        .next()
        .unwrap_or("")
        .chars()
        .take(100)
        .collect();
    if !id.is_empty() && !id.contains('=') {
        out.authserv_id = Some(id);
    }
    for p in v.split(';') {
        let p = p.trim();
        let Some((method, rest)) = p.split_once('=') else {
            continue;
        };
        let method = method.trim().to_ascii_lowercase();
        let result: String = rest
            .trim()
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect::<String>()
            .to_ascii_lowercase();
        if result.is_empty() {
            continue;
        }
        let slot = match method.as_str() {
            "spf" => &mut out.spf,
            "dkim" => &mut out.dkim,
            "dmarc" => &mut out.dmarc,
            _ => continue,
        };
        // The first result of a method counts (a second DKIM signature does not hide a fail).
        if slot.is_none() {
            *slot = Some(result);
        }
    }
    (out.spf.is_some() || out.dkim.is_some() || out.dmarc.is_some()).then_some(out)
}

/// What the spam guard looks at.
pub(crate) struct SpamInput<'a> {
    pub headers: &'a Headers,
    pub from: Option<&'a str>,
    pub reply_to: &'a [String],
    pub auth: Option<&'a AuthResults>,
    /// The scam vocabulary score and what matched.
    pub scam_score: f32,
    pub scam_matches: &'a [String],
    pub threshold: f32,
    /// Mail from one of our own domains that passed DMARC (or was not checked).
    pub internal: bool,
    /// The score of the strongest right the text exercises.
    pub rights_score: f32,
    /// The sender is a named person (given and family name) who signs the text.
    pub signed_by_sender: bool,
    /// Our own domain that the sender's domain imitates ("acme-corp-mailsecure.example" for
    /// "acme-corp.example"), when it does.
    pub imitates: Option<&'a str>,
}

/// Which of `own` domains the sender's domain imitates: it carries the domain's first label
/// (of 4 or more characters) but is neither that domain nor one of its subdomains. Phishing
/// dresses as the organisation's own IT ("acme-corp-mailsecure.example").
pub(crate) fn imitated<'a>(sender_domain: &str, own: &'a [String]) -> Option<&'a str> {
    // A relay sending from a public mailbox ("…@gmail.com") owns no name: every
    // "gmail.co.uk" customer would look like an imitation.
    const PUBLIC: &[&str] = &[
        "gmail",
        "googlemail",
        "outlook",
        "hotmail",
        "live",
        "yahoo",
        "icloud",
        "proton",
        "protonmail",
        "aol",
        "mail",
        "yandex",
        "zoho",
        "orange",
        "free",
        "laposte",
        "web",
    ];
    let s = sender_domain.to_ascii_lowercase();
    own.iter().map(String::as_str).find(|o| {
        let o = o.to_ascii_lowercase();
        let label = o.split('.').next().unwrap_or_default();
        label.len() >= 4
            && !PUBLIC.contains(&label)
            && s != o
            && !s.ends_with(&format!(".{o}"))
            && s.contains(label)
    })
}

fn domain(a: &str) -> &str {
    a.rsplit_once('@').map_or("", |(_, d)| d)
}

/// The anti-spam verdict of the receiving server, when it says spam.
fn verdict(h: &Headers) -> Option<String> {
    for name in ["x-spam-flag", "x-spam"] {
        if let Some(v) = h.first(name)
            && v.trim().to_ascii_lowercase().starts_with("yes")
        {
            return Some(format!("{name}: {}", v.trim()));
        }
    }
    if let Some(v) = h.first("x-spam-status")
        && v.trim().to_ascii_lowercase().starts_with("yes")
    {
        let short: String = v.trim().chars().take(40).collect();
        return Some(format!("X-Spam-Status: {short}"));
    }
    None
}

/// Guards a mail as spam when the receiving server's verdict says so, or when the scam
/// vocabulary plus the header signals reach the threshold. The vocabulary must be there:
/// headers alone (a family Reply-To, a broken forwarder's DMARC) never make a request spam.
pub(crate) fn check(s: &SpamInput<'_>) -> Option<Guard> {
    if let Some(v) = verdict(s.headers) {
        return Some(Guard {
            reason: GuardReason::Spam,
            detail: format!("the receiving server marked it as spam ({v})"),
        });
    }
    if s.scam_score < 1.0 || s.internal {
        return None;
    }
    let mut score = s.scam_score;
    let mut why = vec![format!(
        "scam vocabulary ({})",
        s.scam_matches
            .iter()
            .take(4)
            .map(|m| format!("\"{m}\""))
            .collect::<Vec<_>>()
            .join(", ")
    )];
    if let Some(from) = s.from
        && let Some(rt) = s.reply_to.iter().find(|r| domain(r) != domain(from))
    {
        score += 1.5;
        why.push(format!(
            "Reply-To on another domain ({} vs {})",
            domain(rt),
            domain(from)
        ));
    }
    if let (Some(from), Some(own)) = (s.from, s.imitates) {
        score += 2.0;
        why.push(format!(
            "the sender's domain imitates ours ({} vs {own})",
            domain(from)
        ));
    }
    if let Some(a) = s.auth {
        if a.dmarc_failed() {
            score += 2.5;
            why.push("DMARC fail".into());
        } else if a.spf.as_deref() == Some("fail") && a.dkim.as_deref() != Some("pass") {
            score += 1.5;
            why.push("SPF fail without a DKIM pass".into());
        }
    }
    // The vocabulary alone, no header against the sender, a named person who signs, and the
    // rights read more strongly than the scam words: a customer whose account was blocked
    // ("Konto gesperrt", "wallet") asking to correct the address that blocked it. Ignoring it
    // as spam would miss a legal deadline; letting it through costs one request a person
    // closes.
    if why.len() == 1 && s.signed_by_sender && s.rights_score > s.scam_score {
        return None;
    }
    (score >= s.threshold - 1e-4).then(|| Guard {
        reason: GuardReason::Spam,
        detail: format!("scam signals, score {score:.1}: {}", why.join("; ")),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(raw: &str) -> Headers {
        let msg = mail_parser::MessageParser::default()
            .parse(raw.as_bytes())
            .expect("parses");
        Headers::from_part(&msg.raw_message, &msg.parts[0].headers)
    }

    #[test]
    fn authentication_results_are_read_and_summarised() {
        let h = headers(
            "Authentication-Results: mx.acme.example; spf=pass smtp.mailfrom=a.example;\r\n dkim=fail header.d=a.example; dmarc=fail (p=reject) header.from=a.example\r\nFrom: a@a.example\r\n\r\nx",
        );
        let a = AuthResults::from_headers(&h).expect("results");
        assert_eq!(a.spf.as_deref(), Some("pass"));
        assert_eq!(a.dkim.as_deref(), Some("fail"));
        assert_eq!(a.dmarc.as_deref(), Some("fail"));
        assert_eq!(a.authserv_id.as_deref(), Some("mx.acme.example"));
        let s = a.summary();
        assert!(s.starts_with("SPF pass, DKIM fail, DMARC fail (checked by mx.acme.example)"));
        assert!(s.contains("may be forged"), "{s}");
        let none = headers("Authentication-Results: mx.acme.example; none\r\n\r\nx");
        assert_eq!(AuthResults::from_headers(&none), None);
    }

    #[test]
    fn verdict_headers_and_signals_decide_with_a_reason() {
        let h = headers("X-Spam-Status: Yes, score=9.1 required=5.0\r\n\r\nx");
        let input = |h, score, rt: &'static [String], auth| SpamInput {
            headers: h,
            from: Some("a@lawyer.example"),
            reply_to: rt,
            auth,
            scam_score: score,
            scam_matches: &[],
            threshold: 3.0,
            internal: false,
            rights_score: 0.0,
            signed_by_sender: true,
            imitates: None,
        };
        let g = check(&input(&h, 0.0, &[], None)).expect("verdict");
        assert_eq!(g.reason, GuardReason::Spam);
        assert!(g.detail.contains("X-Spam-Status: Yes"), "{}", g.detail);

        let clean = headers("X-Spam-Status: No, score=-1.0\r\n\r\nx");
        assert_eq!(check(&input(&clean, 2.0, &[], None)), None);
        static RT: std::sync::LazyLock<Vec<String>> =
            std::sync::LazyLock::new(|| vec!["b@freemail.example".to_string()]);
        let g = check(&input(&clean, 2.0, &RT, None)).expect("vocabulary + Reply-To");
        assert!(
            g.detail.contains("Reply-To on another domain"),
            "{}",
            g.detail
        );
        // Headers alone never make a mail spam.
        let failed = AuthResults {
            dmarc: Some("fail".into()),
            ..AuthResults::default()
        };
        assert_eq!(check(&input(&clean, 0.5, &RT, Some(&failed))), None);

        // Scam words alone lose to a right read more strongly; with a header against the
        // sender they do not.
        let strong_rights = SpamInput {
            rights_score: 5.0,
            ..input(&clean, 4.0, &[], None)
        };
        assert_eq!(check(&strong_rights), None);
        let with_reply_to = SpamInput {
            rights_score: 5.0,
            ..input(&clean, 4.0, &RT, None)
        };
        assert!(check(&with_reply_to).is_some());
        let weak_rights = SpamInput {
            rights_score: 1.0,
            ..input(&clean, 4.0, &[], None)
        };
        assert!(check(&weak_rights).is_some());
        // A "data protection service" named like a brand does not sign as a person.
        let unsigned = SpamInput {
            rights_score: 5.0,
            signed_by_sender: false,
            ..input(&clean, 4.0, &[], None)
        };
        assert!(check(&unsigned).is_some());

        // Scam words from a domain dressed as ours: the imitation is a signal with its reason.
        let own = ["acme-corp.example".to_string()];
        let fake = imitated("acme-corp-mailsecure.example", &own);
        assert_eq!(fake, Some("acme-corp.example"));
        let g = check(&SpamInput {
            imitates: fake,
            ..input(&clean, 1.5, &[], None)
        })
        .expect("vocabulary + imitated domain");
        assert!(g.detail.contains("imitates ours"), "{}", g.detail);
        assert_eq!(check(&input(&clean, 1.5, &[], None)), None);
    }

    #[test]
    fn a_domain_imitates_ours_only_when_it_is_not_ours() {
        let own = ["acme-corp.example".to_string(), "mx.example".to_string()];
        assert_eq!(
            imitated("acme-corp-mail.example-login.example", &own),
            Some("acme-corp.example")
        );
        assert_eq!(imitated("ACME-CORP.EXAMPLE", &own), None);
        assert_eq!(imitated("eu.acme-corp.example", &own), None);
        assert_eq!(imitated("gmail.example", &own), None);
        // A label shorter than four letters says nothing ("mx" is in many names).
        assert_eq!(imitated("mxmail.example", &own), None);
        // Nor does a public mailbox's: a relay may send from one.
        let public = ["dpo.acme@gmail.com".rsplit_once('@').unwrap().1.to_string()];
        assert_eq!(imitated("gmail.co.uk", &public), None);
    }
}
