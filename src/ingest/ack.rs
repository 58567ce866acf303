//! Acknowledgements: after a data subject request is created, an optional reply to the data
//! subject, sent through the relay.
//!
//! **Transport: the relay's spool, not its SMTP listener.** The acknowledgement is written
//! into the relay spool ([`crate::relay::spool::Spool::store`]: message and metadata fsynced,
//! then the directory) before the ledger records it as sent, and the spool is kicked so a
//! running relay delivers it at once. The spool is local and always writable: nothing is lost
//! when the relay is stopped, restarting, or when `ingest --once` runs from cron without it;
//! the relay's own retries, pacing and dead letters then apply. Submitting to the listener
//! would add a network hop that can refuse (relay down, auth, loopback policy) and would need
//! a second retry queue on our side.
//!
//! **Exactly once, as far as a crash allows:** the ledger entry carries `?ack` while the
//! message is being spooled and `ack` once it is; the acknowledgement's Message-ID is derived
//! from the dedupe key, and a resumed message whose `?ack` is found in the spool is not
//! spooled again. The remaining window (spooled, delivered and removed from the spool, then a
//! crash before the ledger write) can send a second copy: acknowledgements are at least once.
//!
//! **Safety:** never to guarded mail (only created requests are acknowledged), never to our
//! own addresses, to denied senders (`noreply@…`) or to `mailer-daemon`/`postmaster`; at most
//! `max_per_recipient_per_day` per recipient in any 24 hours, counted in the ledger so a
//! restart does not reset it. Every value taken from the mail is stripped of CR, LF and other
//! control characters and RFC 2047-encoded before it goes into a header; addresses and
//! Message-IDs are checked character by character.

use std::collections::BTreeMap;

use base64::Engine;
use sha2::{Digest, Sha256};

use crate::config::AckTemplate;

/// The locales with a built-in text: every language the understanding step detects.
pub const BUILT_IN_LOCALES: [&str; 6] = ["fr", "en", "nl", "de", "es", "it"];

/// The built-in templates, by locale. Placeholders: `{reference}` (the subject tag, e.g.
/// `[DSR-1042]`), `{id}` (the request id), `{subject}` (the original subject), `{name}` (the
/// data subject's given name; when there is none, the space before it goes too: "Hello
/// {name}," gives "Hello,"), `{received}` (the date the request was received: the mail's
/// Date header, else its arrival), `{deadline}` (received + one month, GDPR art. 12(3)),
/// `{organisation}` (a line holding only an empty `{organisation}` is dropped).
pub fn default_templates() -> BTreeMap<String, AckTemplate> {
    let t = |s: &str, b: &str| AckTemplate {
        subject: s.to_string(),
        body: b.to_string(),
    };
    BTreeMap::from([
        (
            "fr".to_string(),
            t(
                "Accusé de réception de votre demande {reference}",
                "Bonjour {name},\n\nNous avons bien reçu le {received} votre demande « {subject} ». Elle est enregistrée sous la référence {reference}.\n\nNous vous répondrons au plus tard le {deadline} (un mois, délai prolongeable dans certains cas prévus par le RGPD). Merci de conserver la référence {reference} dans l'objet de vos réponses.\n\nLe délégué à la protection des données\n{organisation}\n",
            ),
        ),
        (
            "en".to_string(),
            t(
                "We received your request {reference}",
                "Hello {name},\n\nWe received your request \"{subject}\" on {received}. Its reference is {reference}.\n\nWe will answer by {deadline} (one month, which the GDPR allows to extend in some cases). Please keep {reference} in the subject of your replies.\n\nThe Data Protection Officer\n{organisation}\n",
            ),
        ),
        (
            "nl".to_string(),
            t(
                "Ontvangstbevestiging van uw verzoek {reference}",
                "Beste {name},\n\nWij hebben uw verzoek \"{subject}\" op {received} ontvangen. Het is geregistreerd onder referentie {reference}.\n\nWij antwoorden uiterlijk op {deadline} (een maand, in sommige gevallen te verlengen volgens de AVG). Vermeld {reference} in het onderwerp van uw antwoorden.\n\nDe functionaris gegevensbescherming\n{organisation}\n",
            ),
        ),
        (
            "de".to_string(),
            t(
                "Eingangsbestätigung Ihrer Anfrage {reference}",
                "Guten Tag {name},\n\nwir haben Ihre Anfrage „{subject}“ am {received} erhalten. Sie ist unter dem Zeichen {reference} erfasst.\n\nWir antworten spätestens am {deadline} (ein Monat, nach der DSGVO in bestimmten Fällen verlängerbar). Bitte behalten Sie {reference} im Betreff Ihrer Antworten bei.\n\nDer Datenschutzbeauftragte\n{organisation}\n",
            ),
        ),
        (
            "es".to_string(),
            t(
                "Acuse de recibo de su solicitud {reference}",
                "Hola {name}:\n\nHemos recibido el {received} su solicitud «{subject}». Está registrada con la referencia {reference}.\n\nLe responderemos a más tardar el {deadline} (un mes, prorrogable en algunos casos según el RGPD). Mantenga {reference} en el asunto de sus respuestas.\n\nEl Delegado de Protección de Datos\n{organisation}\n",
            ),
        ),
        (
            "it".to_string(),
            t(
                "Conferma di ricezione della sua richiesta {reference}",
                "Buongiorno {name},\n\nabbiamo ricevuto il {received} la sua richiesta «{subject}». È registrata con il riferimento {reference}.\n\nLe risponderemo entro il {deadline} (un mese, prorogabile in alcuni casi secondo il GDPR). La preghiamo di mantenere {reference} nell'oggetto delle sue risposte.\n\nIl Responsabile della protezione dei dati\n{organisation}\n",
            ),
        ),
    ])
}

/// What the pipeline knows beyond [`AckInput`]: when the request was received and who we
/// are. `build` uses the defaults (received = the acknowledgement's date, no organisation);
/// the pipeline calls [`build_with`].
#[derive(Debug, Clone, Copy, Default)]
pub struct AckExtras<'a> {
    /// When the request was received: the mail's Date header, else its arrival.
    pub received: Option<chrono::DateTime<chrono::FixedOffset>>,
    /// The organisation's name for `{organisation}`.
    pub organisation: Option<&'a str>,
}

/// The answer deadline: received + one calendar month (GDPR art. 12(3)); the 31st of a
/// shorter month becomes its last day.
pub fn deadline(
    received: chrono::DateTime<chrono::FixedOffset>,
) -> chrono::DateTime<chrono::FixedOffset> {
    // One legal clock for the API, the journal and the text: computed in UTC, shown in the
    // mail's own offset.
    super::deadline::request_deadline(received.to_utc()).with_timezone(received.offset())
}

/// A date as the locale writes it: "16 November 2026", "16/11/2026", "16.11.2026",
/// "16-11-2026".
pub fn format_date(d: chrono::DateTime<chrono::FixedOffset>, locale: &str) -> String {
    match lang_of(locale).as_str() {
        "de" => d.format("%d.%m.%Y").to_string(),
        "nl" => d.format("%d-%m-%Y").to_string(),
        "fr" | "es" | "it" => d.format("%d/%m/%Y").to_string(),
        _ => d.format("%-d %B %Y").to_string(),
    }
}

fn lang_of(locale: &str) -> String {
    locale
        .split(['-', '_'])
        .next()
        .unwrap_or("en")
        .to_lowercase()
}

/// What one acknowledgement says and to whom.
#[derive(Debug, Clone)]
pub struct AckInput<'a> {
    /// The relay's sender address (From).
    pub from: &'a str,
    /// The relay's display name alias.
    pub from_name: Option<&'a str>,
    /// The data subject's address.
    pub to: &'a str,
    pub to_name: Option<&'a str>,
    pub given_name: Option<&'a str>,
    pub locale: &'a str,
    /// The request id in Dastra.
    pub request_id: &'a str,
    /// `[DSR-{id}]`-style reference format.
    pub reference_format: &'a str,
    pub original_subject: &'a str,
    pub original_message_id: Option<&'a str>,
    pub original_references: &'a [String],
    /// Identity of the acknowledged mail (the dedupe key): the acknowledgement's Message-ID
    /// is derived from it.
    pub key: &'a str,
    /// Domain of the acknowledgement's Message-ID.
    pub message_id_domain: &'a str,
    /// The installation secret keying the Message-ID ([`crate::ownmark`]).
    pub id_secret: Option<&'a [u8]>,
    pub date: chrono::DateTime<chrono::Utc>,
}

/// Header-safe text: control characters (CR, LF, TAB, …) become spaces, runs of spaces one.
pub fn header_safe(s: &str, max_chars: usize) -> String {
    let cleaned: String = s
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    let joined = cleaned.split_whitespace().collect::<Vec<_>>().join(" ");
    joined.chars().take(max_chars).collect()
}

/// A plain address we can put between angle brackets: printable ASCII, one `@`, nothing that
/// could end the header or the bracket.
pub fn safe_address(a: &str) -> Option<String> {
    let a = a.trim();
    let ok = !a.is_empty()
        && a.len() <= 254
        && a.matches('@').count() == 1
        && !a.starts_with('@')
        && !a.ends_with('@')
        && a.bytes()
            .all(|b| b.is_ascii_graphic() && !b"<>()[]\\,;:\"".contains(&b));
    ok.then(|| a.to_string())
}

/// A Message-ID body we can put between angle brackets.
fn safe_message_id(id: &str) -> Option<String> {
    let id = id.trim().trim_start_matches('<').trim_end_matches('>');
    let ok = !id.is_empty()
        && id.len() <= 300
        && id
            .bytes()
            .all(|b| b.is_ascii_graphic() && !b"<>\"\\".contains(&b));
    ok.then(|| id.to_string())
}

/// RFC 2047 encoded words (base64, UTF-8) when the text is not plain ASCII, each word under
/// the 75-character limit.
fn encode_words(s: &str) -> String {
    if s.bytes().all(|b| (0x20..0x7f).contains(&b)) {
        return s.to_string();
    }
    crate::rfc2047::encoded_words(s)
}

/// A display name and address: `"Name" <a@b>` (encoded when needed), or `<a@b>`.
fn mailbox(name: Option<&str>, addr: &str) -> String {
    match name.map(|n| header_safe(n, 120)).filter(|n| !n.is_empty()) {
        Some(n) if n.bytes().all(|b| (0x20..0x7f).contains(&b)) => {
            format!("\"{}\" <{addr}>", n.replace(['"', '\\'], ""))
        }
        Some(n) => format!("{} <{addr}>", encode_words(&n)),
        None => format!("<{addr}>"),
    }
}

/// The request reference for the subject tag: `[DSR-{id}]` with `{id}` replaced.
pub fn reference(format: &str, id: &str) -> String {
    header_safe(&format.replace("{id}", id), 100)
}

/// The acknowledgement's Message-ID (without brackets), derived from the acknowledged mail's
/// dedupe key: the same mail always gets the same id. With the installation secret, the local
/// part carries a keyed tag ([`crate::ownmark`]) by which our own mail is recognised.
pub fn message_id(key: &str, domain: &str, secret: Option<&[u8]>) -> String {
    let h = hex::encode(Sha256::digest(key.as_bytes()));
    let base = format!("ack-{}", &h[..24]);
    match secret {
        Some(s) if !s.is_empty() => format!("{}@{domain}", crate::ownmark::mint(&base, s)),
        _ => format!("{base}@{domain}"),
    }
}

pub(crate) fn fill(t: &str, vars: &[(&str, &str)]) -> String {
    let mut out = t.to_string();
    for (k, v) in vars {
        out = out.replace(&format!("{{{k}}}"), v);
    }
    out
}

/// Fills a template: `{name}` empty takes the space before it along ("Hello {name}," →
/// "Hello,"), a line holding only an empty placeholder is dropped.
fn fill_template(t: &str, vars: &[(&str, &str)]) -> String {
    let mut lines = Vec::new();
    for line in t.split('\n') {
        let empty_only = vars
            .iter()
            .any(|(k, v)| v.is_empty() && line.trim() == format!("{{{k}}}"));
        if empty_only {
            continue;
        }
        let mut l = line.to_string();
        for (k, v) in vars {
            let p = format!("{{{k}}}");
            if v.is_empty() {
                while let Some(i) = l.find(&p) {
                    let start = l[..i].trim_end_matches([' ', '\t']).len();
                    l.replace_range(start..i + p.len(), "");
                }
            } else {
                l = l.replace(&p, v);
            }
        }
        lines.push(l);
    }
    lines.join("\n")
}

/// Builds the acknowledgement (CRLF line ends). `None` when an address is unusable.
/// `{received}` is the acknowledgement's date; the pipeline uses [`build_with`].
pub fn build(input: &AckInput<'_>, template: &AckTemplate) -> Option<Vec<u8>> {
    build_with(input, &AckExtras::default(), template)
}

/// [`build`] with the received date and the organisation.
pub fn build_with(
    input: &AckInput<'_>,
    extras: &AckExtras<'_>,
    template: &AckTemplate,
) -> Option<Vec<u8>> {
    let from = safe_address(input.from)?;
    let to = safe_address(input.to)?;
    let domain = safe_address(&format!("x@{}", input.message_id_domain))
        .map(|_| input.message_id_domain.to_string())
        .unwrap_or_else(|| {
            from.rsplit_once('@')
                .map(|(_, d)| d.to_string())
                .unwrap_or_default()
        });
    let reference = reference(input.reference_format, input.request_id);
    let original_subject = header_safe(input.original_subject, 200);
    let name = input
        .given_name
        .map(|n| header_safe(n, 80))
        .unwrap_or_default();
    let received = extras.received.unwrap_or_else(|| input.date.fixed_offset());
    let received_text = format_date(received, input.locale);
    let deadline_text = format_date(deadline(received), input.locale);
    let organisation = extras
        .organisation
        .map(|o| header_safe(o, 120))
        .unwrap_or_default();
    let vars = [
        ("reference", reference.as_str()),
        ("id", input.request_id),
        ("subject", original_subject.as_str()),
        ("name", name.as_str()),
        ("received", received_text.as_str()),
        ("deadline", deadline_text.as_str()),
        ("organisation", organisation.as_str()),
    ];
    let subject = header_safe(&fill_template(&template.subject, &vars), 250);
    let body = fill_template(&template.body, &vars);
    let body = body.replace("\r\n", "\n").replace('\n', "\r\n");

    let mut h: Vec<String> = vec![
        format!("From: {}", mailbox(input.from_name, &from)),
        format!("To: {}", mailbox(input.to_name, &to)),
        format!("Subject: {}", encode_words(&subject)),
        format!("Date: {}", input.date.to_rfc2822()),
        format!(
            "Message-ID: <{}>",
            message_id(input.key, &domain, input.id_secret)
        ),
    ];
    let original = input.original_message_id.and_then(safe_message_id);
    if let Some(id) = &original {
        h.push(format!("In-Reply-To: <{id}>"));
    }
    let mut refs: Vec<String> = input
        .original_references
        .iter()
        .filter_map(|r| safe_message_id(r))
        .collect();
    if let Some(id) = original {
        refs.retain(|r| *r != id);
        refs.push(id);
    }
    // Keep the newest references when a thread is very long.
    let skip = refs.len().saturating_sub(20);
    if !refs.is_empty() {
        let list: Vec<String> = refs[skip..].iter().map(|r| format!("<{r}>")).collect();
        h.push(format!("References: {}", list.join("\r\n ")));
    }
    h.push("Auto-Submitted: auto-replied".into());
    h.push("X-Auto-Response-Suppress: All".into());
    h.push(format!("{}: ack", crate::understand::OWN_HEADER));
    h.push("MIME-Version: 1.0".into());
    h.push("Content-Type: text/plain; charset=utf-8".into());
    h.push("Content-Transfer-Encoding: base64".into());
    let encoded = base64::engine::general_purpose::STANDARD.encode(body.as_bytes());
    let lines: Vec<&str> = encoded
        .as_bytes()
        .chunks(76)
        .map(|c| std::str::from_utf8(c).unwrap_or_default())
        .collect();
    let mut out = h.join("\r\n");
    out.push_str("\r\n\r\n");
    out.push_str(&lines.join("\r\n"));
    out.push_str("\r\n");
    Some(out.into_bytes())
}

/// The template for a locale: the configured one for that language, else the built-in one
/// for that language (customising English does not turn French requesters' replies into
/// English), else the configured English one, else the built-in English one.
pub fn template_for(configured: &BTreeMap<String, AckTemplate>, locale: &str) -> AckTemplate {
    let lang = lang_of(locale);
    if let Some(t) = configured.get(&lang) {
        return t.clone();
    }
    let defaults = default_templates();
    defaults
        .get(&lang)
        .cloned()
        .or_else(|| configured.get("en").cloned())
        .or_else(|| defaults.get("en").cloned())
        .unwrap_or(AckTemplate {
            subject: "{reference}".into(),
            body: "{reference}\n".into(),
        })
}

/// Addresses that must never get an automatic reply.
pub fn never_reply_to(addr: &str) -> bool {
    let local = addr.split('@').next().unwrap_or("").to_ascii_lowercase();
    [
        "mailer-daemon",
        "postmaster",
        "noreply",
        "no-reply",
        "no_reply",
        "donotreply",
        "do-not-reply",
        "bounce",
        "bounces",
    ]
    .iter()
    .any(|p| {
        local == *p || local.starts_with(&format!("{p}-")) || local.starts_with(&format!("{p}+"))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input<'a>(subject: &'a str, name: Option<&'a str>, refs: &'a [String]) -> AckInput<'a> {
        AckInput {
            from: "privacy@acme.example",
            from_name: Some("Acme Privacy"),
            to: "jane@example.com",
            to_name: name,
            given_name: name,
            locale: "fr",
            request_id: "1042",
            reference_format: "[DSR-{id}]",
            original_subject: subject,
            original_message_id: Some("orig@example.com"),
            original_references: refs,
            key: "orig@example.com",
            message_id_domain: "mailgate.acme.example",
            id_secret: None,
            date: chrono::DateTime::from_timestamp(1_790_000_000, 0).unwrap(),
        }
    }

    fn headers(raw: &[u8]) -> String {
        let s = String::from_utf8(raw.to_vec()).unwrap();
        s.split("\r\n\r\n").next().unwrap().to_string()
    }

    #[test]
    fn headers_thread_and_mark_the_reply() {
        let refs = vec!["a@x".to_string(), "orig@example.com".to_string()];
        let raw = build(
            &input("Droit d'accès", Some("Jeanne"), &refs),
            &template_for(&BTreeMap::new(), "fr"),
        )
        .unwrap();
        let h = headers(&raw);
        assert!(h.contains("In-Reply-To: <orig@example.com>"), "{h}");
        assert!(
            h.contains("References: <a@x>\r\n <orig@example.com>"),
            "{h}"
        );
        assert!(h.contains("Auto-Submitted: auto-replied"));
        assert!(h.contains("X-Dastra-Mailgate: ack"));
        assert!(h.contains("From: \"Acme Privacy\" <privacy@acme.example>"));
        assert!(h.contains("Message-ID: <ack-"));
        assert!(h.contains("@mailgate.acme.example>"));
        let msg = mail_parser::MessageParser::default().parse(&raw).unwrap();
        assert_eq!(
            msg.subject(),
            Some("Accusé de réception de votre demande [DSR-1042]")
        );
        let body = msg.body_text(0).unwrap();
        assert!(body.contains("Bonjour Jeanne,"), "{body}");
        assert!(body.contains("« Droit d'accès »"), "{body}");
        // Same mail, same id.
        let again = build(
            &input("Droit d'accès", Some("Jeanne"), &refs),
            &template_for(&BTreeMap::new(), "fr"),
        )
        .unwrap();
        assert_eq!(raw, again);
    }

    #[test]
    fn nothing_from_the_mail_can_inject_a_header() {
        let refs = vec!["x@y>\r\nBcc: victim@evil.example".to_string()];
        let mut i = input(
            "Hello\r\nBcc: victim@evil.example\r\n\r\nbody",
            Some("Eve\r\nBcc: victim@evil.example"),
            &refs,
        );
        i.original_message_id = Some("m@x>\r\nBcc: v@evil.example");
        let raw = build(&i, &template_for(&BTreeMap::new(), "en")).unwrap();
        let h = headers(&raw);
        for line in h.split("\r\n") {
            assert!(
                !line.to_ascii_lowercase().starts_with("bcc"),
                "injected header line: {line:?}\n{h}"
            );
        }
        assert!(!h.contains("In-Reply-To"), "{h}");
        let msg = mail_parser::MessageParser::default().parse(&raw).unwrap();
        assert!(msg.header("Bcc").is_none());
        assert_eq!(
            msg.to().and_then(|a| a.first()).and_then(|a| a.address()),
            Some("jane@example.com")
        );
        // Bad addresses are refused outright.
        let mut i = input("x", None, &[]);
        i.to = "jane@example.com>\r\nBcc: v@evil.example";
        assert!(build(&i, &template_for(&BTreeMap::new(), "en")).is_none());
        i.to = "a@b@c";
        assert!(build(&i, &template_for(&BTreeMap::new(), "en")).is_none());
    }

    #[test]
    fn templates_per_locale_with_overrides() {
        let d = BTreeMap::new();
        assert!(
            template_for(&d, "nl")
                .subject
                .starts_with("Ontvangstbevestiging")
        );
        assert!(
            template_for(&d, "de-DE")
                .subject
                .starts_with("Eingangsbestätigung")
        );
        assert!(
            template_for(&d, "es")
                .subject
                .starts_with("Acuse de recibo")
        );
        assert!(template_for(&d, "it").subject.starts_with("Conferma"));
        assert!(template_for(&d, "pt").subject.starts_with("We received"));
        let mut c = BTreeMap::new();
        c.insert(
            "fr".to_string(),
            AckTemplate {
                subject: "Réf. {reference}".into(),
                body: "Merci {name}.".into(),
            },
        );
        assert_eq!(template_for(&c, "fr").subject, "Réf. {reference}");
        assert!(template_for(&c, "en").subject.starts_with("We received"));
        let raw = build(&input("s", None, &[]), &template_for(&c, "fr")).unwrap();
        let msg = mail_parser::MessageParser::default().parse(&raw).unwrap();
        assert_eq!(msg.subject(), Some("Réf. [DSR-1042]"));
    }

    fn body_of(raw: &[u8]) -> String {
        let msg = mail_parser::MessageParser::default().parse(raw).unwrap();
        msg.body_text(0).unwrap().to_string()
    }

    #[test]
    fn built_in_texts_for_every_detected_language() {
        let d = BTreeMap::new();
        let received = chrono::DateTime::parse_from_rfc3339("2026-01-31T10:00:00+01:00").unwrap();
        for (locale, greeting, received_text, deadline_text) in [
            ("fr", "Bonjour Ana,", "31/01/2026", "28/02/2026"),
            ("en", "Hello Ana,", "31 January 2026", "28 February 2026"),
            ("nl", "Beste Ana,", "31-01-2026", "28-02-2026"),
            ("de", "Guten Tag Ana,", "31.01.2026", "28.02.2026"),
            ("es", "Hola Ana:", "31/01/2026", "28/02/2026"),
            ("it", "Buongiorno Ana,", "31/01/2026", "28/02/2026"),
        ] {
            assert!(BUILT_IN_LOCALES.contains(&locale));
            let mut i = input("Mes données", Some("Ana"), &[]);
            i.locale = locale;
            let extras = AckExtras {
                received: Some(received),
                organisation: Some("Acme SA"),
            };
            let raw = build_with(&i, &extras, &template_for(&d, locale)).unwrap();
            let body = body_of(&raw);
            assert!(body.starts_with(greeting), "{locale}: {body}");
            assert!(body.contains(received_text), "{locale}: {body}");
            assert!(body.contains(deadline_text), "{locale}: {body}");
            assert!(body.contains("[DSR-1042]"), "{locale}: {body}");
            assert!(body.contains("Acme SA"), "{locale}: {body}");
            assert!(!body.contains('{'), "{locale}: {body}");
        }
    }

    #[test]
    fn a_greeting_without_a_name_and_no_empty_lines_left() {
        let d = BTreeMap::new();
        for (locale, greeting) in [("en", "Hello,"), ("fr", "Bonjour,"), ("es", "Hola:")] {
            let mut i = input("s", None, &[]);
            i.locale = locale;
            let body = body_of(&build(&i, &template_for(&d, locale)).unwrap());
            assert!(body.starts_with(greeting), "{body}");
            assert!(!body.contains(" ,") && !body.contains(" :"), "{body}");
            // No organisation: its line is dropped, the text ends with the signature.
            assert!(!body.ends_with("\r\n\r\n"), "{body:?}");
        }
        // A customised template gets the same care.
        let mut c = BTreeMap::new();
        c.insert(
            "en".to_string(),
            AckTemplate {
                subject: "{reference}".into(),
                body: "Dear {name}, thanks.\n{organisation}\nBye".into(),
            },
        );
        let mut i = input("s", None, &[]);
        i.locale = "en";
        let body = body_of(&build(&i, &template_for(&c, "en")).unwrap());
        assert_eq!(body, "Dear, thanks.\r\nBye");
    }

    #[test]
    fn customising_english_keeps_the_other_languages_built_in() {
        let mut c = BTreeMap::new();
        c.insert(
            "en".to_string(),
            AckTemplate {
                subject: "Custom {reference}".into(),
                body: "Custom.".into(),
            },
        );
        assert_eq!(template_for(&c, "en").subject, "Custom {reference}");
        for (l, start) in [
            ("fr", "Accusé"),
            ("nl", "Ontvangst"),
            ("de", "Eingang"),
            ("es", "Acuse"),
            ("it", "Conferma"),
        ] {
            assert!(template_for(&c, l).subject.starts_with(start), "{l}");
        }
        // A language without a built-in text gets the customised English one.
        assert_eq!(template_for(&c, "pt").subject, "Custom {reference}");
    }

    #[test]
    fn the_deadline_is_one_calendar_month_later() {
        let d = |s: &str| chrono::DateTime::parse_from_rfc3339(s).unwrap();
        assert_eq!(
            deadline(d("2026-03-15T09:00:00+01:00")),
            d("2026-04-15T09:00:00+01:00")
        );
        assert_eq!(
            deadline(d("2026-01-31T09:00:00+01:00")),
            d("2026-02-28T09:00:00+01:00")
        );
    }

    #[test]
    fn never_to_robots() {
        assert!(never_reply_to("MAILER-DAEMON@x.example"));
        assert!(never_reply_to("postmaster@x.example"));
        assert!(never_reply_to("noreply-billing@x.example"));
        assert!(never_reply_to("bounces+123@x.example"));
        assert!(!never_reply_to("jane@example.com"));
        assert!(!never_reply_to("noreen@example.com"));
    }
}
