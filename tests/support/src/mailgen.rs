//! Realistic test mail, generated deterministically from a seed: requests in several
//! languages, incidents to a plus-address, tasks from a department, auto-replies, bounces,
//! newsletters, attachments (PDF, signature images), forwards and malformed MIME.

use base64::Engine;

/// What a generated message should become.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Expect {
    /// A data subject request.
    Request,
    /// A task (routed by the sender's domain in [`ROUTING_RULES`]).
    Task,
    /// A data breach (sent to the `+incident` plus-address).
    Incident,
    /// Guarded: auto-reply, bounce, newsletter.
    Ignored,
}

/// A generated message.
#[derive(Debug, Clone)]
pub struct Generated {
    pub message_id: String,
    pub raw: Vec<u8>,
    pub expect: Expect,
    /// Attachments the mail carries that Dastra's policy keeps (names).
    pub kept_attachments: Vec<String>,
}

/// Mailbox rules that match what this generator produces (append to a `[[mailbox]]`).
pub const ROUTING_RULES: &str = r#"
[[mailbox.rule]]
name = "incidents"
recipient = "collect+incident@example.test"
kind = "incident"

[[mailbox.rule]]
name = "hr tasks"
sender_domain = "hr.example.test"
kind = "task"
"#;

/// A small deterministic PRNG (xorshift), so runs are reproducible without extra crates.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Self(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }

    pub fn next_u64(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }

    pub fn below(&mut self, n: u64) -> u64 {
        self.next_u64() % n.max(1)
    }
}

const REQUESTS: &[(&str, &str, &str)] = &[
    (
        "Demande d'accès à mes données",
        "Bonjour,\n\nConformément à l'article 15 du RGPD, je souhaite obtenir une copie de toutes les données personnelles que vous détenez à mon sujet.\n\nCordialement,",
        "fr",
    ),
    (
        "Request to delete my data",
        "Hello,\n\nUnder Article 17 GDPR I ask you to erase all personal data you hold about me and confirm once done.\n\nRegards,",
        "en",
    ),
    (
        "Verzoek om inzage",
        "Beste,\n\nIk wil graag inzage in mijn persoonsgegevens op grond van artikel 15 AVG.\n\nMet vriendelijke groet,",
        "nl",
    ),
    (
        "Auskunftsersuchen nach Art. 15 DSGVO",
        "Sehr geehrte Damen und Herren,\n\nbitte teilen Sie mir mit, welche personenbezogenen Daten Sie über mich speichern.\n\nMit freundlichen Grüßen",
        "de",
    ),
    (
        "Opposition à la prospection",
        "Bonjour, je m'oppose au traitement de mes données à des fins de prospection commerciale. Merci.",
        "fr",
    ),
];

const NAMES: &[(&str, &str)] = &[
    ("Jeanne", "Martin"),
    ("John", "Smith"),
    ("Sanne", "de Vries"),
    ("Lukas", "Müller"),
    ("Amélie", "Dubois"),
    ("Ana", "García"),
];

fn b64_wrapped(data: &[u8]) -> String {
    let s = base64::engine::general_purpose::STANDARD.encode(data);
    s.as_bytes()
        .chunks(76)
        .map(|c| String::from_utf8_lossy(c).into_owned())
        .collect::<Vec<_>>()
        .join("\r\n")
}

/// Generates message number `i` of a run with `seed`. `body_bytes` pads the text part to
/// roughly that size (0 = natural size), for benchmarks of 2–200 KB messages.
pub fn message(seed: u64, i: usize, body_bytes: usize) -> Generated {
    let mut rng = Rng::new(seed ^ (i as u64).wrapping_mul(0x2545_F491_4F6C_DD1D));
    let roll = rng.below(100);
    let (given, family) = NAMES[rng.below(NAMES.len() as u64) as usize];
    let mid = format!("gen-{seed}-{i}@client.example.net");
    let date = "Sun, 22 Nov 2026 08:00:00 +0100";
    let sender_local = format!(
        "{}.{}{}",
        given.to_lowercase(),
        family.to_lowercase().replace(' ', ""),
        i
    );
    let sender_local: String = sender_local
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '.')
        .collect();
    let pad = |text: &str| -> String {
        let mut t = text.to_string();
        let filler = "\nLorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt.";
        while t.len() < body_bytes {
            t.push_str(filler);
        }
        t
    };

    let (subject, text, to, from, expect, extra_headers) = if roll < 55 {
        let (s, t, _) = REQUESTS[rng.below(REQUESTS.len() as u64) as usize];
        (
            s.to_string(),
            format!("{t}\n{given} {family}"),
            "collect@example.test".to_string(),
            format!("\"{given} {family}\" <{sender_local}@mail.example.net>"),
            Expect::Request,
            String::new(),
        )
    } else if roll < 70 {
        (
            "Fuite de données : fichier clients envoyé par erreur".to_string(),
            "Bonjour, un collaborateur a envoyé par erreur le fichier clients à un prestataire externe. Merci de traiter cet incident.".to_string(),
            "collect+incident@example.test".to_string(),
            format!("\"{given} {family}\" <{sender_local}@corp.example.test>"),
            Expect::Incident,
            String::new(),
        )
    } else if roll < 82 {
        (
            format!("Mise à jour du registre — traitement {i}"),
            "Merci de mettre à jour la fiche du traitement paie dans le registre avant la fin du mois.".to_string(),
            "collect@example.test".to_string(),
            format!("\"{given} {family}\" <{sender_local}@hr.example.test>"),
            Expect::Task,
            String::new(),
        )
    } else if roll < 90 {
        (
            "Absence du bureau".to_string(),
            "Je suis absent jusqu'au 30 novembre. / I am out of the office.".to_string(),
            "collect@example.test".to_string(),
            format!("<{sender_local}@mail.example.net>"),
            Expect::Ignored,
            "Auto-Submitted: auto-replied\r\nX-Autoreply: yes\r\n".to_string(),
        )
    } else if roll < 95 {
        (
            "Notre lettre d'information de novembre".to_string(),
            "Découvrez nos nouveautés du mois.".to_string(),
            "collect@example.test".to_string(),
            "\"Newsletter\" <news@shop.example.net>".to_string(),
            Expect::Ignored,
            "Precedence: bulk\r\nList-Unsubscribe: <mailto:unsubscribe@shop.example.net>\r\nList-Id: <news.shop.example.net>\r\n".to_string(),
        )
    } else {
        // A request with a PDF attachment and a small signature image.
        (
            "Droit à la portabilité de mes données".to_string(),
            format!(
                "Bonjour, je demande la portabilité de mes données (article 20 RGPD). Ci-joint ma pièce d'identité.\n{given} {family}"
            ),
            "collect@example.test".to_string(),
            format!("\"{given} {family}\" <{sender_local}@mail.example.net>"),
            Expect::Request,
            String::new(),
        )
    };
    let text = pad(&text);
    let with_attachments = roll >= 95;
    let mut kept = Vec::new();
    let mut raw = format!(
        "Return-Path: <{sender_local}@mail.example.net>\r\nFrom: {from}\r\nTo: <{to}>\r\nSubject: {}\r\nDate: {date}\r\nMessage-ID: <{mid}>\r\nMIME-Version: 1.0\r\n{extra_headers}",
        encode_subject(&subject)
    );
    if with_attachments {
        let pdf = pdf_bytes(6000 + rng.below(4000) as usize, i);
        let logo = vec![0x89u8; 900];
        kept.push("piece-identite.pdf".to_string());
        raw.push_str("Content-Type: multipart/mixed; boundary=\"b1\"\r\n\r\n");
        raw.push_str("--b1\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n");
        raw.push_str(&text.replace('\n', "\r\n"));
        raw.push_str("\r\n--b1\r\nContent-Type: application/pdf; name=\"piece-identite.pdf\"\r\nContent-Disposition: attachment; filename=\"piece-identite.pdf\"\r\nContent-Transfer-Encoding: base64\r\n\r\n");
        raw.push_str(&b64_wrapped(&pdf));
        raw.push_str("\r\n--b1\r\nContent-Type: image/png; name=\"logo.png\"\r\nContent-Disposition: inline; filename=\"logo.png\"\r\nContent-ID: <logo@x>\r\nContent-Transfer-Encoding: base64\r\n\r\n");
        raw.push_str(&b64_wrapped(&logo));
        raw.push_str("\r\n--b1--\r\n");
    } else {
        raw.push_str(
            "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n",
        );
        raw.push_str(&text.replace('\n', "\r\n"));
        raw.push_str("\r\n");
    }
    Generated {
        message_id: mid,
        raw: raw.into_bytes(),
        expect,
        kept_attachments: kept,
    }
}

/// A message with one large binary attachment of `size` bytes (benchmarks, memory tests).
pub fn with_big_attachment(seed: u64, size: usize) -> Generated {
    let mid = format!("big-{seed}@client.example.net");
    let data = pdf_bytes(size, seed as usize);
    let raw = format!(
        "From: \"Jane Doe\" <jane@mail.example.net>\r\nTo: <collect@example.test>\r\nSubject: Access request with documents\r\nDate: Sun, 22 Nov 2026 08:00:00 +0100\r\nMessage-ID: <{mid}>\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"b1\"\r\n\r\n--b1\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nPlease send me a copy of my personal data (article 15 GDPR).\r\n--b1\r\nContent-Type: application/pdf; name=\"documents.pdf\"\r\nContent-Disposition: attachment; filename=\"documents.pdf\"\r\nContent-Transfer-Encoding: base64\r\n\r\n{}\r\n--b1--\r\n",
        b64_wrapped(&data)
    );
    Generated {
        message_id: mid,
        raw: raw.into_bytes(),
        expect: Expect::Request,
        kept_attachments: vec!["documents.pdf".into()],
    }
}

fn encode_subject(s: &str) -> String {
    if s.is_ascii() {
        s.to_string()
    } else {
        format!(
            "=?UTF-8?B?{}?=",
            base64::engine::general_purpose::STANDARD.encode(s)
        )
    }
}

fn pdf_bytes(size: usize, salt: usize) -> Vec<u8> {
    let mut v = b"%PDF-1.4\n".to_vec();
    let mut x = salt as u64 | 1;
    while v.len() < size {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        v.push((x & 0xff) as u8);
    }
    v.truncate(size.max(9));
    v
}

/// Hostile and broken messages: each must end in the given folder without a crash.
/// Returns `(name, raw, expected outcome)` where the outcome is `processed`, `failed` or `ignored`.
pub fn malformed() -> Vec<(&'static str, Vec<u8>, &'static str)> {
    let mut huge_header = String::from(
        "From: <huge@mail.example.net>\r\nTo: <collect@example.test>\r\nMessage-ID: <huge-header@x>\r\nSubject: ",
    );
    huge_header.push_str(&"A".repeat(200_000));
    huge_header.push_str("\r\n\r\nPlease delete my data.\r\n");
    let mut garbage = b"From: <bin@mail.example.net>\r\nTo: <collect@example.test>\r\nSubject: \xff\xfe\xfd garbage\r\nMessage-ID: <garbage@x>\r\nContent-Type: text/plain; charset=unknown-8bit\r\n\r\n".to_vec();
    garbage.extend((0..2000u32).map(|i| (i * 7 % 256) as u8));
    vec![
        (
            "broken multipart",
            b"From: \"Broken\" <broken@mail.example.net>\r\nTo: <collect@example.test>\r\nSubject: Suppression de mes donnees\r\nMessage-ID: <broken-mime@x>\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"never-closed\"\r\n\r\n--never-closed\r\nContent-Type: text/plain\r\n\r\nJe veux que vous supprimiez mes donnees.\r\n--never-closed\r\nContent-Type: application/pdf\r\nContent-Transfer-Encoding: base64\r\n\r\n!!!not base64!!!\r\n".to_vec(),
            "processed",
        ),
        (
            "empty body",
            b"From: <empty@mail.example.net>\r\nTo: <collect@example.test>\r\nSubject: \r\nMessage-ID: <empty-body@x>\r\n\r\n".to_vec(),
            "processed",
        ),
        ("huge header", huge_header.into_bytes(), "processed"),
        ("8-bit garbage", garbage, "processed"),
        (
            "missing Message-ID",
            b"From: \"No Id\" <noid@mail.example.net>\r\nTo: <collect@example.test>\r\nSubject: Request for access\r\n\r\nPlease send me my data.\r\n".to_vec(),
            "processed",
        ),
        (
            "bounce",
            b"From: MAILER-DAEMON@mail.example.net\r\nTo: <collect@example.test>\r\nSubject: Undelivered Mail Returned to Sender\r\nMessage-ID: <dsn-1@x>\r\nMIME-Version: 1.0\r\nContent-Type: multipart/report; report-type=delivery-status; boundary=\"r\"\r\n\r\n--r\r\nContent-Type: text/plain\r\n\r\nDelivery failed.\r\n--r\r\nContent-Type: message/delivery-status\r\n\r\nStatus: 5.1.1\r\n--r--\r\n".to_vec(),
            "ignored",
        ),
    ]
}
