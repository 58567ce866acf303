//! Guards: mail that must never become a Dastra object (auto-replies, bounces, bulk mail,
//! mailing lists, our own relay's messages, denied senders). Detection and reason only;
//! moving the mail is the ingest pipeline's job.

use serde::Serialize;

use super::UnderstandOptions;
use super::mime::Headers;

/// Why a mail is guarded.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum GuardReason {
    /// RFC 3834 `Auto-Submitted`, `X-Autoreply`, `X-Autorespond`, `X-Auto-Response-Suppress`,
    /// `Precedence: auto_reply`, a read receipt, or an out-of-office subject.
    AutoReply,
    /// A delivery status notification: `multipart/report; report-type=delivery-status`,
    /// MAILER-DAEMON / postmaster sender, or an empty `Return-Path: <>`.
    Bounce,
    /// `Precedence: bulk | junk | list`.
    Bulk,
    /// `List-Id` / `List-Unsubscribe` (newsletters), when configured.
    MailingList,
    /// Our own relay's message: the `X-Dastra-Mailgate` header, a Message-ID on one of our
    /// domains, or a sender that is one of our own addresses.
    OwnMessage,
    /// The sender matches a configured deny pattern (noreply@…).
    DeniedSender,
    /// Spam or a scam: the receiving server's verdict (`X-Spam-Status: Yes`), or scam
    /// vocabulary (money, prizes, bank details, urgency) with header signals (a Reply-To on
    /// another domain, DMARC fail). The detail says which.
    Spam,
}

impl GuardReason {
    /// The `ignore_reason` vocabulary of `ingest --dry-run --format json`:
    /// `auto_reply | bounce | bulk | own_message | spam`.
    pub fn ignore_reason(self) -> &'static str {
        match self {
            GuardReason::AutoReply => "auto_reply",
            GuardReason::Bounce => "bounce",
            GuardReason::Bulk | GuardReason::MailingList => "bulk",
            GuardReason::OwnMessage => "own_message",
            GuardReason::DeniedSender | GuardReason::Spam => "spam",
        }
    }
}

/// A guard verdict: never create anything from this mail.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Guard {
    /// The reason class.
    pub reason: GuardReason,
    /// What triggered it, e.g. `Auto-Submitted: auto-replied`.
    pub detail: String,
}

fn guard(reason: GuardReason, detail: impl Into<String>) -> Option<Guard> {
    Some(Guard {
        reason,
        detail: detail.into(),
    })
}

/// Facts the guards look at, gathered from the parsed mail.
pub(crate) struct GuardInput<'a> {
    pub headers: &'a Headers,
    pub from: Option<&'a str>,
    /// The address the sender-deny patterns apply to (From, or Reply-To when it is the data
    /// subject).
    pub effective_sender: Option<&'a str>,
    pub message_id: Option<&'a str>,
    /// Root content type, lowercase "type/subtype".
    pub content_type: &'a str,
    pub report_type: Option<&'a str>,
    /// Whether any part is `message/delivery-status`.
    pub has_delivery_status: bool,
    pub subject_is_out_of_office: bool,
    /// A read receipt written as text (Outlook's "Read: …" / "Gelesen: …" notices).
    pub is_text_read_receipt: bool,
}

/// Outlook (and others) send read receipts as plain text, without the MDN report type: a
/// subject "Read: …", "Gelesen: …", "Lu : …", "Gelezen: …", "Leído: …", "Letto: …" over a
/// body saying the message "was read on …" ("wurde am … gelesen", "a été lu le …"…). Both
/// must hold: a person may well start a subject with "Read:".
pub(crate) fn is_text_read_receipt(subject: &str, body: &str) -> bool {
    let s = subject.trim_start().to_lowercase();
    let prefixed = [
        "read:", "gelesen:", "lu :", "lu:", "gelezen:", "leído:", "leido:", "letto:", "lido:",
    ]
    .iter()
    .any(|p| s.starts_with(p));
    if !prefixed {
        return false;
    }
    let b: String = body.chars().take(2_000).collect::<String>().to_lowercase();
    let b = b.split_whitespace().collect::<Vec<_>>().join(" ");
    [
        "was read on",
        "was read at",
        "gelesen.",
        "gelesen am",
        "a été lu",
        "a ete lu",
        "is gelezen",
        "werd gelezen",
        "fue leído",
        "fue leido",
        "ha sido leído",
        "è stato letto",
        "e stato letto",
        "foi lida",
    ]
    .iter()
    .any(|p| b.contains(p))
}

/// The first guard that applies, in order: own message, bounce, auto-reply headers, bulk,
/// mailing list, denied sender, out-of-office subject.
pub(crate) fn check(g: &GuardInput<'_>, opts: &UnderstandOptions) -> Option<Guard> {
    let h = g.headers;
    let lc = |s: &str| s.trim().to_ascii_lowercase();

    // Our own relay.
    if let Some(v) = h.first(&opts.own_header) {
        return guard(
            GuardReason::OwnMessage,
            format!("{}: {}", opts.own_header, shorten(v)),
        );
    }
    if let Some(mid) = g.message_id
        && crate::ownmark::is_own(mid, &opts.own_id_secret)
    {
        return guard(
            GuardReason::OwnMessage,
            "Message-ID minted by this installation".to_string(),
        );
    }
    if let Some(mid) = g.message_id
        && let Some((_, dom)) = mid.rsplit_once('@')
    {
        let dom = dom.trim_end_matches('>').to_ascii_lowercase();
        if opts
            .own_message_id_domains
            .iter()
            .any(|d| dom == *d || dom.ends_with(&format!(".{d}")))
        {
            return guard(
                GuardReason::OwnMessage,
                format!("Message-ID on our domain {dom}"),
            );
        }
    }
    // Mail *from* a collection mailbox's own account (a loop). The relay's sender address is
    // often a person's or a team's real mailbox: its mail is only ours with the marker.
    if let Some(from) = g.from
        && opts
            .own_addresses
            .iter()
            .any(|a| a.eq_ignore_ascii_case(from))
        && !opts
            .relay_sender
            .as_deref()
            .is_some_and(|s| s.eq_ignore_ascii_case(from))
    {
        return guard(
            GuardReason::OwnMessage,
            format!("sent by our own address {from}"),
        );
    }

    // Delivery status notifications.
    if g.content_type == "multipart/report" {
        let rt = g.report_type.map(lc).unwrap_or_default();
        if rt == "disposition-notification" {
            return guard(
                GuardReason::AutoReply,
                "read receipt (multipart/report; report-type=disposition-notification)",
            );
        }
        return guard(
            GuardReason::Bounce,
            format!(
                "multipart/report; report-type={}",
                if rt.is_empty() { "?" } else { &rt }
            ),
        );
    }
    if g.has_delivery_status || g.content_type == "message/delivery-status" {
        return guard(GuardReason::Bounce, "message/delivery-status part");
    }
    // A bounce by its sender alone, unless the sender failed authentication: "Postmaster"
    // announcing a full mailbox with a login link is phishing, and the scam checks read it.
    let failed_auth = h.all("authentication-results").any(|v| {
        let l = lc(v);
        l.contains("dmarc=fail") || l.contains("spf=fail")
    });
    if let Some(from) = g.from
        && !failed_auth
    {
        let local = from.split('@').next().unwrap_or("");
        if matches!(
            local,
            "mailer-daemon" | "postmaster" | "mail-daemon" | "mailerdaemon"
        ) {
            return guard(GuardReason::Bounce, format!("sender {from}"));
        }
    }
    if let Some(rp) = h.first("return-path") {
        let t: String = rp.chars().filter(|c| !c.is_whitespace()).collect();
        if t == "<>" {
            return guard(GuardReason::Bounce, "Return-Path: <>");
        }
    }

    // RFC 3834 and vendor auto-reply headers.
    for v in h.all("auto-submitted").chain(h.all("autosubmitted")) {
        let token = lc(v.split(';').next().unwrap_or(""));
        if !token.is_empty() && token != "no" {
            return guard(
                GuardReason::AutoReply,
                format!("Auto-Submitted: {}", shorten(v)),
            );
        }
    }
    for name in [
        "x-autoreply",
        "x-autorespond",
        "x-auto-response-suppress",
        "x-autogenerated",
        "x-autoreply-from",
        "x-mail-autoreply",
    ] {
        if let Some(v) = h.first(name) {
            let l = lc(v);
            if name == "x-autoreply" && (l == "no" || l == "false") {
                continue;
            }
            return guard(
                GuardReason::AutoReply,
                format!("{}: {}", header_case(name), shorten(v)),
            );
        }
    }
    for v in h.all("precedence").chain(h.all("x-precedence")) {
        match lc(v).as_str() {
            "auto_reply" | "auto-reply" => {
                return guard(
                    GuardReason::AutoReply,
                    format!("Precedence: {}", shorten(v)),
                );
            }
            "bulk" | "junk" | "list" => {
                return guard(GuardReason::Bulk, format!("Precedence: {}", shorten(v)));
            }
            _ => {}
        }
    }
    if opts.ignore_mailing_lists {
        for name in ["list-id", "list-unsubscribe"] {
            if let Some(v) = h.first(name) {
                return guard(
                    GuardReason::MailingList,
                    format!("{}: {}", header_case(name), shorten(v)),
                );
            }
        }
    }

    if let Some(s) = g.effective_sender
        && let Some(re) = opts.deny_senders.iter().find(|re| re.is_match(s))
    {
        return guard(
            GuardReason::DeniedSender,
            format!("sender {s} matches {}", re.as_str()),
        );
    }

    if g.subject_is_out_of_office {
        return guard(GuardReason::AutoReply, "out-of-office subject");
    }
    if g.is_text_read_receipt {
        return guard(GuardReason::AutoReply, "read receipt (text)");
    }
    None
}

fn header_case(lower: &str) -> String {
    match lower {
        "list-id" => "List-Id".to_string(),
        other => other
            .split('-')
            .map(|w| {
                let mut c = w.chars();
                c.next()
                    .map(|f| f.to_ascii_uppercase().to_string() + c.as_str())
                    .unwrap_or_default()
            })
            .collect::<Vec<_>>()
            .join("-"),
    }
}

fn shorten(v: &str) -> String {
    let t = v.trim();
    let cut = super::text::cut_chars(t, 120);
    if cut.len() < t.len() {
        format!("{cut}…")
    } else {
        cut.to_string()
    }
}

#[cfg(test)]
mod receipt_tests {
    use super::is_text_read_receipt;

    #[test]
    fn text_read_receipts_need_the_prefix_and_the_notice() {
        assert!(is_text_read_receipt(
            "Read: [DSR-4470] Your data access request",
            "Your message\n\nTo: Owen\nSubject: x\n\nwas read on Monday, 16 November 2026 07:58:40."
        ));
        assert!(is_text_read_receipt(
            "Gelesen: [DSR-3951] Ihre Anfrage",
            "Ihre Nachricht\n\n  An: x\n\nwurde am Montag, 16. November 2026 08:40:11 (UTC+01:00) gelesen."
        ));
        assert!(is_text_read_receipt(
            "Lu : Votre demande",
            "Votre message a été lu le lundi 16 novembre 2026."
        ));
        // A person's subject, or the notice's words in a person's mail: not a receipt.
        assert!(!is_text_read_receipt(
            "Read: my letter of 3 May",
            "Please delete my data."
        ));
        assert!(!is_text_read_receipt(
            "Your reply",
            "Your message was read on Monday; now delete my data."
        ));
    }
}
