//! MIME plumbing on top of mail-parser: resource limits before and after parsing, raw header
//! access, body text (with a Windows-1252 fallback for broken 8-bit mail), and the part walk
//! for attachments.

use mail_parser::{Address, Header, HeaderValue, Message, MessagePart, MimeHeaders, PartType};

use super::html::html_to_text;
use super::text::cut_chars;
use super::{BodySource, Problem, ProblemKind, UnderstandOptions};

/// A mail's headers as (lowercase name, unfolded raw value), in order.
#[derive(Debug, Clone, Default)]
pub(crate) struct Headers(Vec<(String, String)>);

impl Headers {
    pub(crate) fn from_part(raw: &[u8], headers: &[Header<'_>]) -> Headers {
        Headers(
            headers
                .iter()
                .map(|h| {
                    let name = h.name().to_ascii_lowercase();
                    let value = raw
                        .get(h.offset_start as usize..h.offset_end as usize)
                        .map(|b| unfold(&String::from_utf8_lossy(b)))
                        .unwrap_or_default();
                    (name, value)
                })
                .collect(),
        )
    }

    pub(crate) fn first(&self, name: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    pub(crate) fn all<'a>(&'a self, name: &'a str) -> impl Iterator<Item = &'a str> + 'a {
        self.0
            .iter()
            .filter(move |(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

fn unfold(s: &str) -> String {
    s.split(['\r', '\n'])
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Cheap checks on the raw bytes, before parsing: size, header section, part count bound.
pub(crate) fn precheck(raw: &[u8], opts: &UnderstandOptions) -> Option<Problem> {
    if raw.len() as u64 > opts.limits.max_message_bytes {
        return Some(Problem::fatal(
            ProblemKind::TooLarge,
            format!(
                "{} bytes (limit {})",
                raw.len(),
                opts.limits.max_message_bytes
            ),
        ));
    }
    // The top-level header section: up to the first empty line.
    let mut count = 0usize;
    let mut header_bytes = 0usize;
    for line in raw.split(|b| *b == b'\n') {
        let l = line.strip_suffix(b"\r").unwrap_or(line);
        let Some(first) = l.first() else { break };
        header_bytes += line.len() + 1;
        if *first != b' ' && *first != b'\t' {
            count += 1;
        }
        if count > opts.limits.max_headers {
            return Some(Problem::fatal(
                ProblemKind::TooManyHeaders,
                format!("more than {} header fields", opts.limits.max_headers),
            ));
        }
        if header_bytes > opts.limits.max_header_bytes {
            return Some(Problem::fatal(
                ProblemKind::HeadersTooLarge,
                format!("header section over {} bytes", opts.limits.max_header_bytes),
            ));
        }
    }
    // Every MIME part or nested message needs a Content-Type line (or a digest parent): their
    // number bounds the part count and the nesting depth, so counting them first keeps the
    // parser (and the recursive drop of nested messages) away from pathological input.
    let mut ct = 0usize;
    let mut at_line_start = true;
    let mut i = 0usize;
    while i < raw.len() {
        if at_line_start
            && raw.len() - i >= 13
            && raw[i..i + 13].eq_ignore_ascii_case(b"content-type:")
        {
            ct += 1;
            if ct > opts.limits.max_parts * 2 + 10 {
                return Some(Problem::fatal(
                    ProblemKind::TooManyParts,
                    format!("more than {} MIME parts", opts.limits.max_parts),
                ));
            }
        }
        at_line_start = raw[i] == b'\n';
        i += 1;
    }
    None
}

/// Counts parts and nesting depth of a parsed message (iteratively).
pub(crate) fn shape(msg: &Message<'_>, max_depth: usize) -> (usize, usize) {
    let mut parts = 0usize;
    let mut depth = 0usize;
    let mut stack: Vec<(&Message<'_>, usize)> = vec![(msg, 1)];
    while let Some((m, d)) = stack.pop() {
        depth = depth.max(d);
        parts += m.parts.len();
        if d > max_depth + 1 {
            continue;
        }
        for p in &m.parts {
            if let PartType::Message(inner) = &p.body {
                stack.push((inner, d + 1));
            }
        }
    }
    (parts, depth)
}

/// The (lowercase) content type of a part, "type/subtype".
pub(crate) fn content_type(part: &MessagePart<'_>) -> String {
    match part.content_type() {
        Some(ct) => match ct.subtype() {
            Some(st) => format!("{}/{}", ct.ctype(), st).to_ascii_lowercase(),
            None => ct.ctype().to_ascii_lowercase(),
        },
        None => "text/plain".to_string(),
    }
}

/// All addresses of an address header value, as given by mail-parser.
pub(crate) fn addr_list<'a>(v: Option<&'a Address<'a>>) -> Vec<(Option<String>, Option<String>)> {
    match v {
        Some(a) => a
            .iter()
            .map(|x| {
                (
                    x.name.as_ref().map(|n| n.to_string()),
                    x.address.as_ref().map(|a| a.to_string()),
                )
            })
            .collect(),
        None => Vec::new(),
    }
}

/// The value of a root header as an address list, looking it up by name.
pub(crate) fn root_addresses<'a>(
    msg: &'a Message<'a>,
    name: mail_parser::HeaderName<'a>,
) -> Option<&'a Address<'a>> {
    msg.parts
        .first()?
        .headers
        .iter()
        .find(|h| h.name == name)
        .and_then(|h| h.value.as_address())
}

/// A root header parsed as a text or id list.
pub(crate) fn root_ids(msg: &Message<'_>, name: mail_parser::HeaderName<'_>) -> Vec<String> {
    let Some(h) = msg
        .parts
        .first()
        .and_then(|p| p.headers.iter().find(|h| h.name == name))
    else {
        return Vec::new();
    };
    match &h.value {
        HeaderValue::Text(t) => vec![t.to_string()],
        HeaderValue::TextList(l) => l.iter().map(|t| t.to_string()).collect(),
        _ => Vec::new(),
    }
}

/// The decoded text of a text part; when mail-parser had to replace bytes (mislabelled 8-bit
/// mail) and the part claims UTF-8/ASCII or no charset, the raw bytes are re-read as
/// Windows-1252 instead.
pub(crate) fn part_text(
    msg: &Message<'_>,
    part: &MessagePart<'_>,
    text: &str,
    problems: &mut Vec<Problem>,
) -> String {
    if !text.contains('\u{FFFD}') {
        return text.to_string();
    }
    let charset = part
        .content_type()
        .and_then(|c| c.attribute("charset"))
        .unwrap_or("")
        .to_ascii_lowercase();
    if !(charset.is_empty() || charset == "utf-8" || charset == "utf8" || charset == "us-ascii") {
        return text.to_string();
    }
    let Some(raw) = msg
        .raw_message
        .get(part.offset_body as usize..part.offset_end as usize)
    else {
        return text.to_string();
    };
    let decoded = match part.encoding {
        mail_parser::Encoding::Base64 => mail_parser::decoders::base64::base64_decode(raw),
        mail_parser::Encoding::QuotedPrintable => {
            mail_parser::decoders::quoted_printable::quoted_printable_decode(raw)
        }
        mail_parser::Encoding::None => Some(raw.to_vec()),
    };
    let Some(bytes) = decoded else {
        return text.to_string();
    };
    if std::str::from_utf8(&bytes).is_ok() {
        return text.to_string();
    }
    match mail_parser::decoders::charsets::map::charset_decoder(b"windows-1252") {
        Some(decode) => {
            problems.push(Problem::note(
                ProblemKind::CharsetFallback,
                "invalid UTF-8 body read as Windows-1252",
            ));
            decode(&bytes)
        }
        None => text.to_string(),
    }
}

/// The readable body of a message: its text part(s), else its HTML converted to text.
pub(crate) fn body_text(
    msg: &Message<'_>,
    opts: &UnderstandOptions,
    problems: &mut Vec<Problem>,
) -> (String, BodySource) {
    let mut text = String::new();
    let mut source = BodySource::None;
    for id in &msg.text_body {
        let Some(part) = msg.parts.get(*id as usize) else {
            continue;
        };
        match &part.body {
            PartType::Text(t) => {
                push_para(&mut text, &part_text(msg, part, t, problems));
                source = BodySource::Text;
            }
            PartType::Html(h) => {
                push_para(&mut text, &html_to_text(&part_text(msg, part, h, problems)));
                if source == BodySource::None {
                    source = BodySource::Html;
                }
            }
            _ => {}
        }
    }
    if text.trim().is_empty() {
        text.clear();
        source = BodySource::None;
        for id in &msg.html_body {
            let Some(part) = msg.parts.get(*id as usize) else {
                continue;
            };
            if let PartType::Html(h) = &part.body {
                push_para(&mut text, &html_to_text(&part_text(msg, part, h, problems)));
                source = BodySource::Html;
            }
        }
    }
    let text = normalize_newlines(&text);
    let max = opts.limits.max_body_chars;
    if text.chars().count() > max {
        problems.push(Problem::note(
            ProblemKind::BodyTruncated,
            format!("body cut to {max} characters"),
        ));
        return (cut_chars(&text, max).to_string(), source);
    }
    (text, source)
}

fn push_para(out: &mut String, s: &str) {
    if s.trim().is_empty() {
        return;
    }
    if !out.is_empty() {
        out.push_str("\n\n");
    }
    out.push_str(s);
}

fn normalize_newlines(s: &str) -> String {
    let s = s.replace("\r\n", "\n").replace('\r', "\n");
    let lines: Vec<&str> = s.lines().map(str::trim_end).collect();
    lines.join("\n").trim_matches('\n').trim_end().to_string()
}

/// A leaf part that is (or is treated as) an attachment.
pub(crate) struct RawAttachment<'a> {
    /// Index into the message's `parts`.
    pub part: u32,
    pub name: Option<String>,
    pub content_type: String,
    pub content: &'a [u8],
    pub inline: bool,
}

/// The attachments of a message (not descending into attached messages, which are attachments
/// themselves).
pub(crate) fn attachments<'a>(msg: &'a Message<'a>) -> Vec<RawAttachment<'a>> {
    let mut out = Vec::new();
    for id in &msg.attachments {
        let Some(part) = msg.parts.get(*id as usize) else {
            continue;
        };
        let ct = content_type(part);
        let content: &[u8] = match &part.body {
            PartType::Binary(b) | PartType::InlineBinary(b) => b.as_ref(),
            PartType::Text(t) | PartType::Html(t) => t.as_bytes(),
            PartType::Message(m) => message_bytes(m, part),
            PartType::Multipart(_) => continue,
        };
        out.push(RawAttachment {
            part: *id,
            name: part.attachment_name().map(str::to_string),
            content_type: ct,
            content,
            inline: matches!(part.body, PartType::InlineBinary(_))
                || part
                    .content_disposition()
                    .is_some_and(|d| d.ctype().eq_ignore_ascii_case("inline")),
        });
    }
    out
}

/// Takes the content of attachment part `id` out of `msg` (the part is left empty): a
/// decoded body moves without a copy; an undecoded one (a slice of the raw message) is
/// copied.
pub(crate) fn take_content(msg: &mut Message<'_>, id: u32) -> bytes::Bytes {
    let Some(part) = msg.parts.get_mut(id as usize) else {
        return bytes::Bytes::new();
    };
    let owned = |c: std::borrow::Cow<'_, [u8]>| match c {
        std::borrow::Cow::Owned(v) => bytes::Bytes::from(v),
        std::borrow::Cow::Borrowed(s) => bytes::Bytes::copy_from_slice(s),
    };
    match &part.body {
        PartType::Binary(_) | PartType::InlineBinary(_) => {
            match std::mem::replace(&mut part.body, PartType::Binary(Default::default())) {
                PartType::Binary(b) | PartType::InlineBinary(b) => owned(b),
                _ => bytes::Bytes::new(),
            }
        }
        PartType::Text(t) | PartType::Html(t) => bytes::Bytes::copy_from_slice(t.as_bytes()),
        PartType::Message(m) => bytes::Bytes::copy_from_slice(message_bytes(m, part)),
        PartType::Multipart(_) => bytes::Bytes::new(),
    }
}

/// The bytes of an attached message (its own raw bytes, not the enclosing mail's).
fn message_bytes<'a>(m: &'a Message<'a>, part: &MessagePart<'_>) -> &'a [u8] {
    let raw: &[u8] = m.raw_message.as_ref();
    // For an unencoded attached message mail-parser keeps the enclosing raw message; the part's
    // offsets delimit the attached one.
    match raw.get(part.offset_body as usize..part.offset_end as usize) {
        Some(slice) if part.encoding == mail_parser::Encoding::None && !slice.is_empty() => slice,
        _ => raw,
    }
}
