//! Understanding a message: the pure step between IMAP and Dastra (no I/O).
//!
//! [`understand`] reads one raw RFC 5322 message and says what it is: who the data subject is
//! (From, Reply-To, or the original sender of a forward), which rights they exercise (DSR
//! `purposes`), in which language, whether the text suggests an incident, the readable body,
//! what a follow-up would be matched on (In-Reply-To, References, a subject tag such as
//! `[DSR-1042]`), which attachments Dastra's policy keeps, and whether a guard forbids
//! creating anything (auto-replies, bounces, bulk mail, our own relay's messages).
//!
//! It never panics and never does I/O: malformed MIME, 8-bit garbage, missing headers and
//! hostile structures give a best-effort result with [`Problem`]s; resource limits give a
//! *fatal* problem ([`Understanding::parked`]) instead of work.
//!
//! Every word list and pattern is data: `lexicon.toml` beside this file is the shipped
//! default, and a user file of the same shape can extend or replace it ([`Lexicon`]).
//!
//! Layout: `mime` (parsing, limits, bodies, parts) · `html` (HTML → text) · `text`
//! (normalisation, pattern engine) · `lexicon` (data) · `rights` (purposes, negation, legal
//! references, incident hint, locale) · `identity` (addresses, names) · `forward` (forwards,
//! quoted history) · `followup` (reply text) · `attachments` (policy, file names) · `guards`.

mod attachments;
mod exposure;
mod followup;
mod forward;
mod guards;
mod html;
mod identity;
mod lexicon;
mod mime;
pub mod model;
mod people;
mod rights;
mod signals;
mod text;

#[cfg(test)]
mod tests;

use std::panic::AssertUnwindSafe;
use std::sync::{Arc, OnceLock};

use chrono::{DateTime, FixedOffset, NaiveDate, TimeZone};
use mail_parser::{HeaderName, Message, MessageParser, PartType};
use regex::Regex;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

pub use attachments::{
    AttachmentPolicy, AttachmentReason, DASTRA_EXTENSIONS, MAX_NAME_BYTES, extension,
    sanitize_file_name,
};
pub use followup::FOLLOW_UP_MAX_CHARS;
pub use guards::{Guard, GuardReason};
pub use identity::split_name;
pub use lexicon::{DEFAULT_LEXICON_TOML, Lexicon, LexiconError, LexiconSettings};
pub use signals::AuthResults;

use forward::{InlineForward, SubjectPrefixes, inline_forward, subject_prefixes};
use identity::{addresses_in, normalize_address};
use mime::Headers;
use text::{cut_chars, fold};

/// The default follow-up subject tag: `[DSR-1042]` (group 1 is the request id).
pub const DEFAULT_SUBJECT_TAG: &str = r"\[DSR-(\d+)\]";

/// The header our relay adds to every message it sends.
pub const OWN_HEADER: &str = "X-Dastra-Mailgate";

/// A right exercised: Dastra's `DataSubjectPurposeType`, serialised as its Dastra name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Purpose {
    /// Nothing confident.
    Unknown,
    /// Right to be informed (art. 13–14).
    Information,
    /// Right of access (art. 15).
    Access,
    /// Right to rectification (art. 16).
    Rectification,
    /// Right to erasure (art. 17).
    Erasure,
    /// Right to restriction of processing (art. 18).
    Restriction,
    /// Right to object (art. 21).
    Opposition,
    /// Right to data portability (art. 20).
    Portability,
    /// Post-mortem directives (French law).
    AdvanceDirectives,
    /// Automated individual decision-making (art. 22).
    AutomatedDecision,
}

impl Purpose {
    /// Every purpose, in Dastra's order.
    pub const ALL: [Purpose; 10] = [
        Purpose::Unknown,
        Purpose::Information,
        Purpose::Access,
        Purpose::Rectification,
        Purpose::Erasure,
        Purpose::Restriction,
        Purpose::Opposition,
        Purpose::Portability,
        Purpose::AdvanceDirectives,
        Purpose::AutomatedDecision,
    ];

    /// Dastra's names, in the order of [`Purpose::ALL`].
    pub const NAMES: [&'static str; 10] = [
        "Unknown",
        "Information",
        "Access",
        "Rectification",
        "Erasure",
        "Restriction",
        "Opposition",
        "Portability",
        "AdvanceDirectives",
        "AutomatedDecision",
    ];

    /// Dastra's name for the purpose.
    pub fn as_str(self) -> &'static str {
        Purpose::NAMES[self as usize]
    }

    /// Parses a Dastra purpose name (case-insensitive).
    pub fn from_name(s: &str) -> Option<Purpose> {
        Purpose::ALL
            .iter()
            .copied()
            .find(|p| p.as_str().eq_ignore_ascii_case(s.trim()))
    }
}

/// The kind of Dastra object the text suggests (only with `auto_kind`; rules come first).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum KindHint {
    /// A data subject request: a right was recognised.
    Request,
    /// A task: internal mail (from one of our own domains) asking the privacy team to do
    /// something (review a processor contract, update the register, a DPIA).
    Task,
    /// A data breach / incident ("I received someone else's payslip").
    Incident,
}

/// Where the data subject's identity comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SubjectSource {
    /// The From header.
    From,
    /// The Reply-To header (it differs from From and `prefer_reply_to` is set).
    ReplyTo,
    /// The original sender of a forwarded message.
    ForwardedOriginal,
    /// Nobody usable.
    None,
}

/// The data subject.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DataSubject {
    /// Lowercase address.
    pub email: Option<String>,
    /// Given name from the display name.
    pub given_name: Option<String>,
    /// Family name from the display name.
    pub family_name: Option<String>,
    /// The display name as written (decoded).
    pub display_name: Option<String>,
    /// Where this comes from.
    pub source: SubjectSource,
    /// Someone acting for the data subject (a lawyer, a parent, a guardian, an employee
    /// passing a request on): the sender, when the text names the person it acts for. The
    /// names above are then the represented person's.
    pub representative: Option<String>,
}

/// Which part the body comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum BodySource {
    /// A text/plain part.
    Text,
    /// HTML converted to text.
    Html,
    /// No readable body.
    None,
}

/// What a follow-up would be matched on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FollowUp {
    /// The first In-Reply-To id, without angle brackets.
    pub in_reply_to: Option<String>,
    /// References ids (plus any further In-Reply-To ids), oldest first.
    pub references: Vec<String>,
    /// The request id captured by the subject tag pattern (group 1), e.g. "1042".
    pub subject_tag: Option<String>,
    /// Whether the mail presents itself as a reply ("Re:", In-Reply-To, or a subject tag).
    pub is_reply: bool,
    /// The reply's own text (quoted history and signature removed), cut to
    /// `follow_up_max_chars` UTF-16 units (Dastra: 3000) with a final "…" when cut.
    pub text: String,
}

impl FollowUp {
    /// The message ids to look up in the ledger, most specific first: In-Reply-To, then
    /// References from the newest to the oldest.
    pub fn candidate_ids(&self) -> Vec<&str> {
        let mut out: Vec<&str> = Vec::new();
        for id in self.in_reply_to.iter().chain(self.references.iter().rev()) {
            if !out.contains(&id.as_str()) {
                out.push(id);
            }
        }
        out
    }
}

/// How a forward was recognised.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ForwardMethod {
    /// An inline forwarded-header block in the text.
    Inline,
    /// An attached message/rfc822.
    Attachment,
}

/// Forward information.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Forwarded {
    /// The mail forwards someone else's message; the data subject is that message's sender.
    pub was_forwarded: bool,
    /// Who forwarded it (the From address), when forwarded.
    pub forwarder: Option<String>,
    /// How the forward was recognised.
    pub method: Option<ForwardMethod>,
    /// The subject carries a forward prefix ("Fwd:", "TR:", "Doorst:", "WG:", …).
    pub subject_prefix: bool,
    /// The forwarded message's subject.
    pub original_subject: Option<String>,
    /// What the forwarder wrote above the forwarded message.
    pub note: Option<String>,
}

/// One attachment and the policy's decision.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Attachment {
    /// Sanitised file name (a name is made up when the mail gave none).
    pub name: String,
    /// Lowercase MIME type.
    pub content_type: String,
    /// Decoded size in bytes.
    pub size: u64,
    /// Whether to upload it.
    pub keep: bool,
    /// Why.
    pub reason: AttachmentReason,
    /// Sent inline (Content-Disposition inline, e.g. a signature logo).
    pub inline: bool,
    /// It belongs to a message forwarded as an attachment.
    pub from_forwarded: bool,
    /// The decoded content, only when `keep` (not serialised).
    #[serde(skip)]
    pub content: bytes::Bytes,
}

/// Where a purpose or the incident hint was read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum EvidenceSource {
    /// The subject.
    Subject,
    /// The body.
    Body,
    /// The learned classifier (`understand::model`): `weight` is its probability.
    Model,
}

/// Why a purpose (or the incident hint) was, or was not, recognised: for `--dry-run` output.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Evidence {
    /// The purpose, or `None` for an incident pattern.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub purpose: Option<Purpose>,
    /// An incident pattern.
    pub incident: bool,
    /// The lexicon pattern.
    pub pattern: String,
    /// The normalised words it matched.
    pub matched: String,
    /// Subject or body.
    pub source: EvidenceSource,
    /// What it added to the score (0 when cancelled).
    pub weight: f32,
    /// "negated" or "context" when the match did not count.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cancelled: Option<String>,
}

/// What went wrong while reading the mail.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ProblemKind {
    /// No headers at all (empty input, binary garbage).
    Unparseable,
    /// Over `limits.max_message_bytes`.
    TooLarge,
    /// Over `limits.max_headers`.
    TooManyHeaders,
    /// Header section over `limits.max_header_bytes`.
    HeadersTooLarge,
    /// Over `limits.max_parts`.
    TooManyParts,
    /// Nesting over `limits.max_depth`.
    TooDeep,
    /// No Message-ID: the dedupe key is a hash of the raw bytes.
    MissingMessageId,
    /// A Message-ID too long for Dastra's refId: the dedupe key is its hash.
    MessageIdTooLong,
    /// No usable From address.
    MissingFrom,
    /// A body that was not valid in its declared charset was read as Windows-1252.
    CharsetFallback,
    /// A MIME part could not be decoded properly (kept as raw text).
    EncodingProblem,
    /// The body was cut to `limits.max_body_chars`.
    BodyTruncated,
    /// A bug: the understanding step failed internally (the mail must be parked).
    InternalError,
}

/// A problem met while reading the mail. A *fatal* problem means the mail must be parked
/// (moved to the failed folder with the reason), not processed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Problem {
    /// The class.
    pub kind: ProblemKind,
    /// Details for the operator.
    pub detail: String,
    /// The mail cannot be processed.
    pub fatal: bool,
}

impl Problem {
    fn fatal(kind: ProblemKind, detail: impl Into<String>) -> Problem {
        Problem {
            kind,
            detail: detail.into(),
            fatal: true,
        }
    }

    fn note(kind: ProblemKind, detail: impl Into<String>) -> Problem {
        Problem {
            kind,
            detail: detail.into(),
            fatal: false,
        }
    }
}

/// Everything the understanding step reads from one message. Serialised as-is for
/// `ingest --dry-run --format json`.
#[derive(Debug, Clone, Serialize)]
pub struct Understanding {
    /// The Message-ID without angle brackets.
    pub message_id: Option<String>,
    /// Identity for exactly-once: the normalised Message-ID, or `sha256:<hex>` of the raw bytes
    /// when it is missing (`mid-sha256:<hex>` of the id when it is too long for `refId`). The
    /// caller may override it when a Message-ID is reused.
    pub dedupe_key: String,
    /// The decoded subject.
    pub subject: Option<String>,
    /// The Date header.
    pub date: Option<DateTime<FixedOffset>>,
    /// The From address (lowercase): the sender as received, for rate limits and logs.
    pub sender: Option<String>,
    /// From addresses, lowercase.
    pub from: Vec<String>,
    /// Reply-To addresses, lowercase.
    pub reply_to: Vec<String>,
    /// To addresses, lowercase.
    pub to: Vec<String>,
    /// Cc addresses, lowercase.
    pub cc: Vec<String>,
    /// Delivered-To / X-Original-To / Envelope-To addresses, lowercase.
    pub delivered_to: Vec<String>,
    /// The data subject.
    pub data_subject: DataSubject,
    /// Locale for Dastra (fr, en, nl, de, es, it, or the configured default).
    pub locale: String,
    /// Whether the locale was detected from the text (else it is the default).
    pub locale_detected: bool,
    /// Rights exercised; `["Unknown"]` when nothing is confident.
    pub purposes: Vec<Purpose>,
    /// Kind suggested by the text (only with `auto_kind`).
    pub kind: Option<KindHint>,
    /// A title for the DSR: the subject without prefixes, or a localised fallback.
    pub title: String,
    /// The request text: the text part, or the HTML as text; for forwards, the forwarded
    /// message's text.
    pub body: String,
    /// Where `body` comes from.
    pub body_source: BodySource,
    /// Follow-up lookup and text.
    pub follow_up: FollowUp,
    /// Forward information.
    pub forwarded: Forwarded,
    /// Attachments and the policy's decisions.
    pub attachments: Vec<Attachment>,
    /// When set, nothing may be created from this mail.
    pub guard: Option<Guard>,
    /// The receiving server's sender checks (SPF, DKIM, DMARC), when it recorded them.
    pub authentication: Option<AuthResults>,
    /// Problems met; a fatal one parks the mail.
    pub problems: Vec<Problem>,
    /// Why the purposes and kind were (not) recognised.
    pub evidence: Vec<Evidence>,
    /// The text and context the learned classifier reads (not serialised).
    #[serde(skip)]
    pub model_input: model::ModelInput,
}

impl Understanding {
    /// Lines for the DSR description that the request's text does not carry: who acts for the
    /// data subject, and the receiving server's sender checks (a DPO verifies identity before
    /// disclosing data; a forged From matters). Empty when there is nothing to add. The
    /// pipeline appends it to the request's message.
    pub fn description_notes(&self) -> String {
        let mut out = String::new();
        if let Some(r) = &self.data_subject.representative {
            out.push_str(&format!(
                "\n\nSent by a representative: {r}, acting for {}. Check their authority (power of attorney, parental responsibility) before answering.",
                self.data_subject
                    .display_name
                    .as_deref()
                    .unwrap_or("the data subject")
            ));
        }
        if let Some(a) = &self.authentication {
            out.push_str(&format!("\n\nSender checks: {}.", a.summary()));
        }
        out
    }

    /// The first fatal problem: the mail must be parked (failed folder), not processed.
    pub fn parked(&self) -> Option<&Problem> {
        self.problems.iter().find(|p| p.fatal)
    }

    fn skeleton(raw: &[u8], opts: &UnderstandOptions) -> Understanding {
        let locale = opts.default_locale.clone();
        Understanding {
            message_id: None,
            dedupe_key: format!("sha256:{}", hex::encode(Sha256::digest(raw))),
            subject: None,
            date: None,
            sender: None,
            from: Vec::new(),
            reply_to: Vec::new(),
            to: Vec::new(),
            cc: Vec::new(),
            delivered_to: Vec::new(),
            data_subject: DataSubject {
                email: None,
                given_name: None,
                family_name: None,
                display_name: None,
                source: SubjectSource::None,
                representative: None,
            },
            title: opts
                .lexicon
                .fallback_title(&locale)
                .unwrap_or("E-mail")
                .to_string(),
            locale,
            locale_detected: false,
            purposes: vec![Purpose::Unknown],
            kind: None,
            body: String::new(),
            body_source: BodySource::None,
            follow_up: FollowUp {
                in_reply_to: None,
                references: Vec::new(),
                subject_tag: None,
                is_reply: false,
                text: String::new(),
            },
            forwarded: Forwarded {
                was_forwarded: false,
                forwarder: None,
                method: None,
                subject_prefix: false,
                original_subject: None,
                note: None,
            },
            attachments: Vec::new(),
            guard: None,
            authentication: None,
            problems: Vec::new(),
            evidence: Vec::new(),
            model_input: model::ModelInput::default(),
        }
    }
}

/// Resource limits: exceeding one parks the mail instead of processing it.
#[derive(Debug, Clone, PartialEq)]
pub struct Limits {
    /// Largest raw message.
    pub max_message_bytes: u64,
    /// Most top-level header fields.
    pub max_headers: usize,
    /// Largest top-level header section.
    pub max_header_bytes: usize,
    /// Most MIME parts (all levels).
    pub max_parts: usize,
    /// Deepest nesting of attached messages.
    pub max_depth: usize,
    /// Longest body kept and analysed, in characters.
    pub max_body_chars: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_message_bytes: 64 * 1024 * 1024,
            max_headers: 1000,
            max_header_bytes: 1024 * 1024,
            max_parts: 500,
            max_depth: 8,
            max_body_chars: 1_000_000,
        }
    }
}

/// How to understand mail. `Default` gives the documented defaults with the shipped lexicon.
#[derive(Debug, Clone)]
pub struct UnderstandOptions {
    /// Word lists and patterns.
    pub lexicon: Arc<Lexicon>,
    /// Locale when the text gives none.
    pub default_locale: String,
    /// Use Reply-To as the data subject when it differs from From.
    pub prefer_reply_to: bool,
    /// Suggest the kind (request / incident) from the text.
    pub auto_kind: bool,
    /// Follow-up tag in subjects; group 1 (else the whole match) is the request id.
    pub subject_tag: Regex,
    /// Guard mail with List-Id / List-Unsubscribe.
    pub ignore_mailing_lists: bool,
    /// Sender addresses (lowercase) matching one of these are guarded.
    pub deny_senders: Vec<Regex>,
    /// Domains of our own Message-IDs (lowercase).
    pub own_message_id_domains: Vec<String>,
    /// Our own addresses (collection mailboxes, relay sender): never a data subject.
    pub own_addresses: Vec<String>,
    /// The relay's sender address (in `own_addresses` for the acknowledgement, but mail from
    /// it is a person's unless it carries our marker).
    pub relay_sender: Option<String>,
    /// The installation secret keying our Message-IDs ([`crate::ownmark`]); empty: none.
    pub own_id_secret: Vec<u8>,
    /// The header our relay adds.
    pub own_header: String,
    /// Attachment policy.
    pub attachments: AttachmentPolicy,
    /// Resource limits.
    pub limits: Limits,
    /// Longest follow-up text, in UTF-16 units.
    pub follow_up_max_chars: usize,
    /// Combine the embedded learned classifier with the lexicon (`understand::model`).
    pub use_model: bool,
}

fn default_regexes() -> &'static (Regex, Vec<Regex>) {
    static R: OnceLock<(Regex, Vec<Regex>)> = OnceLock::new();
    R.get_or_init(|| {
        (
            Regex::new(DEFAULT_SUBJECT_TAG).expect("static regex"),
            vec![
                Regex::new(r"^(no-?reply|do-?not-?reply|donotreply|noreply-[^@]*)@")
                    .expect("static regex"),
            ],
        )
    })
}

impl Default for UnderstandOptions {
    fn default() -> Self {
        let (tag, deny) = default_regexes().clone();
        UnderstandOptions {
            lexicon: Lexicon::shared_default(),
            default_locale: "fr".to_string(),
            prefer_reply_to: false,
            auto_kind: false,
            subject_tag: tag,
            ignore_mailing_lists: true,
            deny_senders: deny,
            own_message_id_domains: Vec::new(),
            own_addresses: Vec::new(),
            own_id_secret: Vec::new(),
            relay_sender: None,
            own_header: OWN_HEADER.to_string(),
            attachments: AttachmentPolicy::default(),
            limits: Limits::default(),
            follow_up_max_chars: FOLLOW_UP_MAX_CHARS,
            use_model: true,
        }
    }
}

impl UnderstandOptions {
    /// Options from the validated `[understanding]` settings, a mailbox's `auto_kind` and a
    /// loaded lexicon (`Lexicon::shared_default()` or `Lexicon::from_toml_str` of the
    /// configured `lexicon_file`).
    pub fn from_settings(
        u: &crate::config::UnderstandingSettings,
        auto_kind: bool,
        lexicon: Arc<Lexicon>,
    ) -> Self {
        UnderstandOptions {
            lexicon,
            default_locale: u.default_locale.clone(),
            prefer_reply_to: u.prefer_reply_to,
            auto_kind,
            subject_tag: u.subject_tag.clone(),
            ignore_mailing_lists: u.ignore_mailing_lists,
            deny_senders: u.ignore_senders.clone(),
            own_message_id_domains: u.own_message_id_domains.clone(),
            attachments: AttachmentPolicy {
                dastra_policy: u.dastra_attachment_policy,
                min_image_bytes: u.min_image_bytes,
                max_bytes: u.max_attachment_bytes,
                ..AttachmentPolicy::default()
            },
            use_model: u.learned_model,
            ..UnderstandOptions::default()
        }
    }
}

/// Understands one raw message. Pure and total: never panics, never does I/O.
pub fn understand(raw: &[u8], opts: &UnderstandOptions) -> Understanding {
    match std::panic::catch_unwind(AssertUnwindSafe(|| understand_inner(raw, opts))) {
        Ok(u) => u,
        Err(_) => {
            let mut u = Understanding::skeleton(raw, opts);
            u.problems.push(Problem::fatal(
                ProblemKind::InternalError,
                "the understanding step failed on this message",
            ));
            u
        }
    }
}

fn understand_inner(raw: &[u8], opts: &UnderstandOptions) -> Understanding {
    let mut u = Understanding::skeleton(raw, opts);
    let lex = opts.lexicon.as_ref();

    if let Some(p) = mime::precheck(raw, opts) {
        // Headers are still read when only the body is the problem.
        if matches!(p.kind, ProblemKind::TooLarge | ProblemKind::TooManyParts)
            && let Some(msg) = MessageParser::default().parse_headers(raw)
            && !msg.parts.is_empty()
        {
            read_headers(&mut u, &msg);
        }
        u.problems.push(p);
        return u;
    }

    let Some(msg) = MessageParser::default()
        .parse(raw)
        .filter(|m| !m.parts.is_empty())
    else {
        u.problems.push(Problem::fatal(
            ProblemKind::Unparseable,
            "no message headers found",
        ));
        return u;
    };
    read_headers(&mut u, &msg);

    let (parts, depth) = mime::shape(&msg, opts.limits.max_depth);
    if parts > opts.limits.max_parts {
        u.problems.push(Problem::fatal(
            ProblemKind::TooManyParts,
            format!("{parts} MIME parts (limit {})", opts.limits.max_parts),
        ));
        return u;
    }
    if depth > opts.limits.max_depth {
        u.problems.push(Problem::fatal(
            ProblemKind::TooDeep,
            format!(
                "attached messages nested {depth} deep (limit {})",
                opts.limits.max_depth
            ),
        ));
        return u;
    }
    if msg.parts.iter().any(|p| p.is_encoding_problem) {
        u.problems.push(Problem::note(
            ProblemKind::EncodingProblem,
            "a MIME part could not be decoded and was read as raw text",
        ));
    }

    let headers = Headers::from_part(&msg.raw_message, &msg.parts[0].headers);
    let (body, body_source) = mime::body_text(&msg, opts, &mut u.problems);
    let subject = u.subject.clone().unwrap_or_default();
    let prefixes = subject_prefixes(&subject, lex);
    u.forwarded.subject_prefix = prefixes.forward;

    // Forwards: an attached message first, then an inline block.
    let mut request_body = body.clone();
    let mut request_subject = prefixes.rest.clone();
    let mut forwarded_from: Option<(Option<String>, Option<String>)> = None;
    let mut forwarded_attachments: Vec<Attachment> = Vec::new();
    if let Some(fwd) = attached_forward(&msg, &prefixes, &body, lex, opts, u.sender.as_deref()) {
        let inner_from = first_address(fwd, HeaderName::From);
        let inner_addr = inner_from.as_ref().map(|(_, a)| a.clone());
        if inner_addr.is_some() && inner_addr != u.sender {
            let (inner_body, _) = mime::body_text(fwd, opts, &mut u.problems);
            let inner_subject = root_text(fwd, HeaderName::Subject);
            u.forwarded.was_forwarded = true;
            u.forwarded.method = Some(ForwardMethod::Attachment);
            u.forwarded.note = Some(body.trim().to_string()).filter(|s| !s.is_empty());
            u.forwarded.original_subject = inner_subject.clone();
            request_body = inner_body;
            if let Some(s) = inner_subject {
                request_subject = subject_prefixes(&s, lex).rest;
            }
            forwarded_from = Some((inner_from.and_then(|(n, _)| n), inner_addr));
            forwarded_attachments = collect_attachments(fwd, opts, true, false).0;
        }
    } else if let Some(InlineForward {
        note,
        from_name,
        from_address,
        subject: orig_subject,
        text,
    }) = inline_forward(&body, &prefixes, lex)
    {
        let same_person = from_address.is_some() && from_address == u.sender;
        if !same_person && (from_address.is_some() || from_name.is_some()) {
            u.forwarded.was_forwarded = true;
            u.forwarded.method = Some(ForwardMethod::Inline);
            u.forwarded.note = Some(note).filter(|s| !s.is_empty());
            u.forwarded.original_subject = orig_subject.clone();
            request_body = text;
            if let Some(s) = orig_subject {
                let rest = subject_prefixes(&s, lex).rest;
                if !rest.is_empty() {
                    request_subject = rest;
                }
            }
            forwarded_from = Some((from_name, from_address));
        }
    }
    if u.forwarded.was_forwarded {
        u.forwarded.forwarder = u.sender.clone();
    }

    // A colleague who forwards a mail and says in the note that something happened ("I clicked
    // the link and typed my password", "I sent this to the wrong customer") reports an
    // incident: the colleague is who we deal with, and the forwarded mail (often the phishing
    // itself) is evidence, not spam to drop.
    let colleague_forward = u.forwarded.was_forwarded && is_internal(u.sender.as_deref(), opts);
    let note_reading = u
        .forwarded
        .note
        .as_deref()
        .filter(|_| colleague_forward)
        .map(|note| rights::read(lex, &[], &rights::scan_tokens(lex, note), None));
    let colleague_incident = note_reading
        .as_ref()
        .is_some_and(|r| r.reads_as_incident(&lex.settings));
    let forwarded_from = if colleague_incident {
        None
    } else {
        forwarded_from
    };

    // The data subject.
    u.data_subject = data_subject(&msg, forwarded_from, opts);
    if u.sender.is_none() && !u.forwarded.was_forwarded {
        u.problems.push(Problem::note(
            ProblemKind::MissingFrom,
            "no usable From address",
        ));
    }

    // What the text says: the request's own words (quoted history and signature removed).
    let own = followup::own_text(&request_body, lex);
    let subject_for_reading = opts
        .subject_tag
        .replace_all(&request_subject, " ")
        .into_owned();
    let subject_toks = lex.tokenize(&subject_for_reading, 200);
    let body_toks = rights::scan_tokens(lex, &own);
    let mut all = subject_toks.clone();
    all.extend(body_toks.iter().cloned());
    let detected = rights::detect_locale(lex, &all);
    u.locale_detected = detected.is_some();
    if let Some(l) = &detected {
        u.locale = l.clone();
    }
    let reading_language = rights::reading_language(lex, &all, detected.as_deref());
    let mut reading = rights::read(lex, &subject_toks, &body_toks, reading_language.as_deref());
    if !reading.purposes.is_empty() {
        u.purposes = reading.purposes.clone();
    }
    u.evidence = reading.evidence.clone();
    // A colleague who forwards a mail that exercises no right and asks in the note for work
    // ("could you fill in the partner's questionnaire?") gives the privacy team a task.
    let colleague_task = !colleague_incident
        && reading.purposes.is_empty()
        && note_reading
            .as_ref()
            .is_some_and(|r| r.reads_as_task(&lex.settings));
    if colleague_task {
        u.data_subject = data_subject(&msg, None, opts);
    }
    let internal =
        colleague_task || (!u.forwarded.was_forwarded && is_internal(u.sender.as_deref(), opts));
    u.authentication = AuthResults::from_headers(&headers);
    let signed = followup::own_text_with_signature(&request_body, lex);
    if !u.forwarded.was_forwarded {
        people::apply(
            &mut u.data_subject,
            &msg,
            &request_subject,
            &own,
            &signed,
            &reading.purposes,
        );
    } else if u.data_subject.source == SubjectSource::ForwardedOriginal {
        // The forwarded mail may itself be written for someone else (a parent for a child).
        let (name, addr) = (
            u.data_subject.display_name.clone(),
            u.data_subject.email.clone(),
        );
        people::apply_acting_for(
            &mut u.data_subject,
            name,
            addr,
            &request_subject,
            &own,
            &signed,
            &reading.purposes,
        );
    }
    // Spanish mail: a mail client shows one family name, the signature both ("Rocío Moreno"
    // signs "Rocío Moreno Cabello").
    if detected.as_deref() == Some("es")
        && u.data_subject.representative.is_none()
        && let Some(d) = u.data_subject.display_name.clone()
        && let Some(sig) = people::signature_name(&signed)
        && people::adds_a_family_name(&d, &sig)
    {
        u.data_subject.display_name = Some(sig);
    }
    if detected.as_deref() == Some("es")
        && let Some(name) = u.data_subject.display_name.as_deref()
        && let Some((given, family)) = identity::spanish_split(name)
    {
        u.data_subject.given_name = Some(given);
        u.data_subject.family_name = Some(family);
    }
    // The shape of a breach report (other people's data described): not when a colleague asks
    // for work (a processor contract for salaries is a task); beside a clear right only a hint.
    let exposure = if !reading.exposure.is_breach_shape()
        || (internal && reading.task_score >= lex.settings.task_threshold)
    {
        0.0
    } else if reading.best_purpose_score >= 1.5 {
        0.5
    } else {
        1.5
    };
    if exposure > 0.0 {
        reading.incident_score += exposure;
        u.evidence.push(Evidence {
            purpose: None,
            incident: true,
            pattern: "personal data of several people described".into(),
            matched: reading.exposure.describe(),
            source: EvidenceSource::Body,
            weight: exposure,
            cancelled: None,
        });
    }
    // Set where the kind is a task only by default: a colleague's mail the lexicon read
    // nothing in (no right, task or incident word), which the model may overrule.
    let mut kind_by_default = false;
    if opts.auto_kind {
        let s = &lex.settings;
        // A colleague asking for work that names an incident as a topic ("the questionnaire's
        // section on data breaches", "the datalekprocedure") gives a task when the work reads
        // more strongly than the incident.
        let work_over_incident =
            internal && reading.reads_as_task(s) && reading.task_score > reading.incident_score;
        u.kind = if colleague_incident || (reading.reads_as_incident(s) && !work_over_incident) {
            Some(KindHint::Incident)
        } else if internal && reading.reads_as_task(s) {
            Some(KindHint::Task)
        } else if !reading.purposes.is_empty() {
            Some(KindHint::Request)
        } else if internal {
            // Staff mail that exercises no right is the privacy team's work: an incident
            // when it reads as one at all, else a task (a colleague's own rights use the
            // words of a right and are requests above).
            if reading.incident_score > 0.0 && reading.incident_score >= reading.task_score {
                Some(KindHint::Incident)
            } else {
                kind_by_default = reading.task_score == 0.0 && reading.incident_score == 0.0;
                Some(KindHint::Task)
            }
        } else {
            None
        };
    }

    // Title.
    let title_src = request_subject.trim();
    u.title = if title_src.chars().any(char::is_alphanumeric) {
        clean_title(title_src)
    } else {
        lex.fallback_title(&u.locale)
            .or_else(|| lex.fallback_title(&opts.default_locale))
            .unwrap_or("E-mail")
            .to_string()
    };

    // Follow-up.
    let ids = |name| -> Vec<String> {
        mime::root_ids(&msg, name)
            .iter()
            .filter_map(|s| normalize_message_id(s))
            .collect()
    };
    let in_reply_to = ids(HeaderName::InReplyTo);
    let mut references = ids(HeaderName::References);
    for extra in in_reply_to.iter().skip(1) {
        if !references.contains(extra) {
            references.push(extra.clone());
        }
    }
    u.follow_up.in_reply_to = in_reply_to.first().cloned();
    u.follow_up.references = references;
    u.follow_up.subject_tag = opts
        .subject_tag
        .captures(&subject)
        .and_then(|c| c.get(1).or_else(|| c.get(0)))
        .map(|m| m.as_str().to_string());
    u.follow_up.is_reply =
        prefixes.reply || u.follow_up.in_reply_to.is_some() || u.follow_up.subject_tag.is_some();
    u.follow_up.text =
        followup::cut_for_dastra(&followup::own_text(&body, lex), opts.follow_up_max_chars);

    // Attachments.
    let (attachments, deferred) = collect_attachments(&msg, opts, false, true);
    u.attachments = attachments;
    u.attachments.extend(forwarded_attachments);

    // Guards.
    let root = &msg.parts[0];
    let root_ct = mime::content_type(root);
    let report_type = root
        .headers
        .iter()
        .find(|h| h.name == HeaderName::ContentType)
        .and_then(|h| h.value.as_content_type())
        .and_then(|c| c.attribute("report-type"))
        .map(str::to_string);
    let has_delivery_status = msg.parts.iter().any(|p| {
        let ct = mime::content_type(p);
        ct == "message/delivery-status" || ct == "message/global-delivery-status"
    });
    let effective_sender = match u.data_subject.source {
        SubjectSource::ReplyTo => u.data_subject.email.clone(),
        _ => u.sender.clone(),
    };
    let subject_toks_full = lex.tokenize(&subject, 200);
    let ooo = lex.out_of_office.any_match(&subject_toks_full, lex.fuzz())
        || (u.follow_up.subject_tag.is_none()
            && !prefixes.reply
            && lex
                .ticket_acknowledgement
                .any_match(&subject_toks_full, lex.fuzz()));
    u.guard = guards::check(
        &guards::GuardInput {
            headers: &headers,
            from: u.sender.as_deref(),
            effective_sender: effective_sender.as_deref(),
            message_id: u.message_id.as_deref(),
            content_type: &root_ct,
            report_type: report_type.as_deref(),
            has_delivery_status,
            subject_is_out_of_office: ooo,
            is_text_read_receipt: guards::is_text_read_receipt(&subject, &request_body),
        },
        opts,
    )
    .or_else(|| {
        // An out-of-office notice without the headers: a short text saying so, no right.
        // Not a person's reply in one of our request threads ("RE: [DSR-51230] …", "I got
        // nothing but this automatic message"): a mail system's own notice announces itself
        // in the subject ("Automatic reply:"), which the subject check reads.
        let our_thread_reply = prefixes.reply && u.follow_up.subject_tag.is_some();
        (reading.purposes.is_empty()
            && !our_thread_reply
            && own.split_whitespace().count() <= 60
            && lex.out_of_office.any_match(&body_toks, lex.fuzz()))
        .then(|| Guard {
            reason: GuardReason::AutoReply,
            detail: "out-of-office text (short, no right exercised)".into(),
        })
    })
    .or_else(|| {
        if colleague_incident {
            return None;
        }
        let dmarc_failed = u
            .authentication
            .as_ref()
            .is_some_and(AuthResults::dmarc_failed);
        // Only looked for when scam words were read (the check needs them to guard at all).
        let signed_by_sender =
            reading.scam_score >= 1.0 && people::signed_by(&u.data_subject, &signed);
        let own_domains: Vec<String> = opts
            .own_addresses
            .iter()
            .filter_map(|a| a.rsplit_once('@').map(|(_, d)| d.to_string()))
            .collect();
        let imitates = u
            .sender
            .as_deref()
            .and_then(|s| s.rsplit_once('@'))
            .and_then(|(_, d)| signals::imitated(d, &own_domains))
            .map(str::to_string);
        signals::check(&signals::SpamInput {
            headers: &headers,
            from: u.sender.as_deref(),
            reply_to: &u.reply_to,
            auth: u.authentication.as_ref(),
            scam_score: reading.scam_score,
            scam_matches: &reading.scam_matches,
            threshold: lex.settings.scam_threshold,
            internal: internal && !dmarc_failed,
            rights_score: reading.best_purpose_score,
            signed_by_sender,
            imitates: imitates.as_deref(),
        })
    });

    // The learned classifier beside the lexicon.
    let other_reply_domain = |a: &String| {
        let dom = |s: &str| s.rsplit_once('@').map(|(_, d)| d.to_string());
        u.sender.as_deref().and_then(dom) != dom(a)
    };
    u.model_input = model::ModelInput {
        subject: subject_for_reading,
        body: own,
        internal: internal || colleague_incident,
        kind_by_default,
        spam_signal: reading.scam_score > 0.0
            || u.authentication
                .as_ref()
                .is_some_and(AuthResults::dmarc_failed)
            || u.reply_to.iter().any(other_reply_domain),
    };
    if opts.use_model
        && let Some(m) = model::embedded()
    {
        let p = m.predict(&model::features(
            &u.model_input.subject,
            &u.model_input.body,
        ));
        let input = u.model_input.clone();
        model::combine(&mut u, &input, &p, &m.rules, opts.auto_kind);
    }

    u.body = request_body;
    u.body_source = body_source;
    let mut msg = msg;
    for (i, part) in deferred {
        u.attachments[i].content = mime::take_content(&mut msg, part);
    }
    u
}

/// Whether the sender is on the domain of one of our own addresses (a collection mailbox, the
/// relay's sender): a colleague, not a data subject writing in.
fn is_internal(sender: Option<&str>, opts: &UnderstandOptions) -> bool {
    let Some((_, dom)) = sender.and_then(|s| s.rsplit_once('@')) else {
        return false;
    };
    opts.own_addresses
        .iter()
        .filter_map(|a| a.rsplit_once('@'))
        .any(|(_, d)| d.eq_ignore_ascii_case(dom))
}

/// Message-ID, dedupe key, subject, date, addresses.
fn read_headers(u: &mut Understanding, msg: &Message<'_>) {
    let headers = Headers::from_part(&msg.raw_message, &msg.parts[0].headers);
    let mid = mime::root_ids(msg, HeaderName::MessageId)
        .first()
        .and_then(|s| normalize_message_id(s));
    match &mid {
        Some(id) if id.chars().count() <= 300 => u.dedupe_key = id.clone(),
        Some(id) => {
            u.dedupe_key = format!("mid-sha256:{}", hex::encode(Sha256::digest(id.as_bytes())));
            u.problems.push(Problem::note(
                ProblemKind::MessageIdTooLong,
                format!("{} characters", id.chars().count()),
            ));
        }
        None => u.problems.push(Problem::note(
            ProblemKind::MissingMessageId,
            "dedupe key is the SHA-256 of the raw message",
        )),
    }
    u.message_id = mid;

    u.subject = root_text(msg, HeaderName::Subject).map(|s| {
        let s = if s.contains('\u{FFFD}') {
            repair_header(msg, HeaderName::Subject).unwrap_or(s)
        } else {
            s
        };
        let s: String = s
            .chars()
            .map(|c| if c.is_control() { ' ' } else { c })
            .collect();
        cut_chars(s.trim(), 2000).to_string()
    });

    u.date = msg.parts[0]
        .headers
        .iter()
        .find(|h| h.name == HeaderName::Date)
        .and_then(|h| h.value.as_datetime())
        .and_then(to_chrono);

    let list = |name: HeaderName<'_>| -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        for h in msg.parts[0].headers.iter().filter(|h| h.name == name) {
            if let Some(a) = h.value.as_address() {
                for addr in a.iter() {
                    if let Some(n) = addr.address.as_deref().and_then(normalize_address)
                        && !out.contains(&n)
                        && out.len() < 1000
                    {
                        out.push(n);
                    }
                }
            }
        }
        out
    };
    u.from = list(HeaderName::From);
    u.reply_to = list(HeaderName::ReplyTo);
    u.to = list(HeaderName::To);
    u.cc = list(HeaderName::Cc);
    let mut delivered: Vec<String> = Vec::new();
    for name in ["delivered-to", "x-original-to", "envelope-to"] {
        for v in headers.all(name) {
            for a in addresses_in(v) {
                if !delivered.contains(&a) && delivered.len() < 1000 {
                    delivered.push(a);
                }
            }
        }
    }
    u.delivered_to = delivered;
    u.sender = u.from.first().cloned();
}

/// A root header as decoded text.
fn root_text(msg: &Message<'_>, name: HeaderName<'_>) -> Option<String> {
    let h = msg.parts.first()?.headers.iter().find(|h| h.name == name)?;
    match &h.value {
        mail_parser::HeaderValue::Text(t) => Some(t.to_string()),
        mail_parser::HeaderValue::TextList(l) => Some(l.join(" ")),
        _ => None,
    }
}

/// Re-reads a raw 8-bit header (without encoded words) as Windows-1252 when it is not UTF-8.
fn repair_header(msg: &Message<'_>, name: HeaderName<'_>) -> Option<String> {
    let h = msg.parts.first()?.headers.iter().find(|h| h.name == name)?;
    let raw = msg
        .raw_message
        .get(h.offset_start as usize..h.offset_end as usize)?;
    if std::str::from_utf8(raw).is_ok() || raw.windows(2).any(|w| w == b"=?") {
        return None;
    }
    let decode = mail_parser::decoders::charsets::map::charset_decoder(b"windows-1252")?;
    let text = decode(raw);
    Some(
        text.split(['\r', '\n'])
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .collect::<Vec<_>>()
            .join(" "),
    )
}

fn to_chrono(d: &mail_parser::DateTime) -> Option<DateTime<FixedOffset>> {
    let secs = (i32::from(d.tz_hour) * 3600 + i32::from(d.tz_minute) * 60)
        * if d.tz_before_gmt { -1 } else { 1 };
    let offset = FixedOffset::east_opt(secs)?;
    let naive = NaiveDate::from_ymd_opt(i32::from(d.year), u32::from(d.month), u32::from(d.day))?
        .and_hms_opt(u32::from(d.hour), u32::from(d.minute), u32::from(d.second))?;
    offset.from_local_datetime(&naive).single()
}

/// "<Abc@Example.COM>" → "Abc@example.com": no brackets, no whitespace or control characters,
/// the domain lowercased.
pub fn normalize_message_id(id: &str) -> Option<String> {
    let t: String = id
        .chars()
        .filter(|c| !c.is_whitespace() && !c.is_control())
        .collect();
    let t = t.trim_start_matches('<').trim_end_matches('>');
    if t.is_empty() {
        return None;
    }
    Some(match t.rsplit_once('@') {
        Some((l, d)) => format!("{l}@{}", d.to_lowercase()),
        None => t.to_string(),
    })
}

fn clean_title(s: &str) -> String {
    let s: String = s
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    let s = s.split_whitespace().collect::<Vec<_>>().join(" ");
    let cut = cut_chars(&s, 250);
    if cut.len() < s.len() {
        format!("{}…", cut_chars(&s, 249))
    } else {
        s
    }
}

/// The attached message a mail forwards, if it forwards one: the subject says "Fwd:", or the
/// mail has no text of its own, or its subject is the attached message's, or a colleague
/// attaches the mail of someone outside ("Ci-joint le mail du client", "Zie bijlage": the
/// customer's request reaching privacy@ through customer service, whatever the subject says).
fn attached_forward<'a>(
    msg: &'a Message<'a>,
    prefixes: &SubjectPrefixes,
    body: &str,
    lex: &Lexicon,
    opts: &UnderstandOptions,
    sender: Option<&str>,
) -> Option<&'a Message<'a>> {
    let inner = msg
        .attachments
        .iter()
        .filter_map(|id| msg.parts.get(*id as usize))
        .find_map(|p| match &p.body {
            PartType::Message(m) if !m.parts.is_empty() => Some(m),
            _ => None,
        })?;
    if prefixes.forward || followup::own_text(body, lex).trim().is_empty() {
        return Some(inner);
    }
    if is_internal(sender, opts) {
        let inner_from = first_address(inner, HeaderName::From);
        if inner_from.is_some_and(|(_, a)| !is_internal(Some(&a), opts)) {
            return Some(inner);
        }
    }
    let inner_subject =
        root_text(inner, HeaderName::Subject).map(|s| subject_prefixes(&s, lex).rest);
    (inner_subject.is_some_and(|s| !s.is_empty() && fold(&s) == fold(&prefixes.rest)))
        .then_some(inner)
}

/// The first usable address of a header of `msg`'s root, with its display name.
fn first_address(msg: &Message<'_>, name: HeaderName) -> Option<(Option<String>, String)> {
    mime::addr_list(mime::root_addresses(msg, name))
        .into_iter()
        .find_map(|(n, a)| a.as_deref().and_then(normalize_address).map(|a| (n, a)))
}

fn data_subject(
    msg: &Message<'_>,
    forwarded_from: Option<(Option<String>, Option<String>)>,
    opts: &UnderstandOptions,
) -> DataSubject {
    let make = |name: Option<String>, email: Option<String>, source| {
        let name = name
            .map(|n| {
                n.trim()
                    .trim_matches(|c| matches!(c, '"' | '\''))
                    .trim()
                    .to_string()
            })
            .filter(|n| !n.is_empty() && !n.contains('@'));
        let (given, family) = name.as_deref().map(split_name).unwrap_or_default();
        DataSubject {
            email,
            given_name: given,
            family_name: family,
            display_name: name,
            source,
            representative: None,
        }
    };
    if let Some((name, email)) = forwarded_from {
        return make(name, email, SubjectSource::ForwardedOriginal);
    }
    let from = first_address(msg, HeaderName::From);
    if opts.prefer_reply_to
        && let Some((n, a)) = first_address(msg, HeaderName::ReplyTo)
        && from.as_ref().is_none_or(|(_, f)| *f != a)
    {
        return make(n, Some(a), SubjectSource::ReplyTo);
    }
    match from {
        Some((n, a)) => make(n, Some(a), SubjectSource::From),
        None => make(None, None, SubjectSource::None),
    }
}

/// The attachments of `msg`. With `defer`, kept attachments get no content yet: their
/// indices and part ids come back in the second vector, and [`mime::take_content`] moves
/// the decoded bytes in once nothing else reads the message (no copy of a large file).
fn collect_attachments(
    msg: &Message<'_>,
    opts: &UnderstandOptions,
    from_forwarded: bool,
    defer: bool,
) -> (Vec<Attachment>, Vec<(usize, u32)>) {
    let mut out: Vec<Attachment> = Vec::new();
    let mut deferred = Vec::new();
    for (i, a) in mime::attachments(msg).into_iter().enumerate() {
        let ext = attachments::extension_for(&a.content_type);
        let fallback = || format!("attachment-{}.{ext}", i + 1);
        let mut name = a
            .name
            .as_deref()
            .and_then(sanitize_file_name)
            .unwrap_or_else(fallback);
        if attachments::extension(&name).is_none() && ext != "bin" && a.name.is_none() {
            name = format!("{name}.{ext}");
        }
        let size = a.content.len() as u64;
        let reason = opts.attachments.decide(&name, &a.content_type, size);
        let keep = reason == AttachmentReason::Allowed;
        out.push(Attachment {
            name,
            content_type: a.content_type,
            size,
            keep,
            reason,
            inline: a.inline,
            from_forwarded,
            content: if keep && !defer {
                bytes::Bytes::copy_from_slice(a.content)
            } else {
                bytes::Bytes::new()
            },
        });
        if keep && defer {
            deferred.push((out.len() - 1, a.part));
        }
        if out.len() >= opts.limits.max_parts {
            break;
        }
    }
    (out, deferred)
}
