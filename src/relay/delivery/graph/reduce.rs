//! The MIME side of large Graph messages: the message without its biggest attachments, so
//! that its base64 form fits in one request, and those attachments decoded, to be uploaded
//! to the draft separately.
//!
//! The structure is found by walking the multipart boundaries on the raw bytes (part headers
//! are read with mail-parser), and the reduced message is put together from slices of the
//! original: the header section and every part that stays are byte for byte the same. A
//! removed part goes with the delimiter line in front of it. A multipart left with no part
//! at all gets an empty `text/plain` one, since MIME wants at least one.

use std::collections::HashSet;

use mail_parser::MimeHeaders as _;

/// Nesting deeper than this is not walked (the parts below stay where they are).
const MAX_DEPTH: usize = 32;

/// One attachment taken out of the message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Removed {
    /// The file name (`Content-Disposition` `filename` or `Content-Type` `name`), or one
    /// made up from the type.
    pub name: String,
    /// `type/subtype`, without parameters.
    pub content_type: String,
    /// `Content-ID` without the angle brackets, when the part has one.
    pub content_id: Option<String>,
    /// Shown in the body (it has a `Content-ID` and is not marked `attachment`).
    pub is_inline: bool,
    /// The content, transfer encoding undone.
    pub bytes: Vec<u8>,
}

/// The message to create as a draft, and what must be attached to it afterwards.
#[derive(Debug)]
pub struct Reduced {
    pub mime: Vec<u8>,
    pub removed: Vec<Removed>,
}

/// Why the message cannot be brought under the limit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReduceError {
    /// Even without any attachment its base64 form is this long.
    StillTooLarge { base64_bytes: usize },
}

/// The length of the standard base64 form of `n` bytes.
pub fn base64_len(n: usize) -> usize {
    n.div_ceil(3) * 4
}

/// `message` with attachments removed, biggest first, until its base64 form is at most
/// `max_base64` bytes. A message already small enough comes back unchanged with nothing
/// removed.
pub fn reduce(message: &[u8], max_base64: usize) -> Result<Reduced, ReduceError> {
    if base64_len(message.len()) <= max_base64 {
        return Ok(Reduced {
            mime: message.to_vec(),
            removed: Vec::new(),
        });
    }
    let root = parse_part(message, 0, message.len(), 0);
    let mut leaves = Vec::new();
    root.leaves(&mut leaves);
    // Candidates: attachments (not the root, not body text) that decode.
    let mut candidates: Vec<(&Part, Removed)> = leaves
        .into_iter()
        .filter(|p| p.start != 0)
        .filter_map(|p| attachment(message, p).map(|r| (p, r)))
        .collect();
    // Biggest first; the earlier part first among equals (a stable order).
    candidates.sort_by_key(|(p, _)| (std::cmp::Reverse(p.end - p.start), p.start));

    let mut taken: HashSet<usize> = HashSet::new();
    let mut removed = Vec::new();
    let mut estimate = message.len();
    let mut iter = candidates.into_iter();
    let mut mime = Vec::new();
    loop {
        // Pick by estimate (the part and its delimiter line), then check the real length.
        while base64_len(estimate) > max_base64 {
            let Some((p, r)) = iter.next() else { break };
            estimate = estimate.saturating_sub(p.end - p.delim);
            taken.insert(p.start);
            removed.push(r);
        }
        if taken.is_empty() {
            return Err(ReduceError::StillTooLarge {
                base64_bytes: base64_len(message.len()),
            });
        }
        mime.clear();
        root.write(message, &taken, &mut mime);
        if base64_len(mime.len()) <= max_base64 {
            return Ok(Reduced { mime, removed });
        }
        let Some((p, r)) = iter.next() else {
            return Err(ReduceError::StillTooLarge {
                base64_bytes: base64_len(mime.len()),
            });
        };
        estimate = mime.len().saturating_sub(p.end - p.delim);
        taken.insert(p.start);
        removed.push(r);
    }
}

/// A MIME part as byte offsets into the message.
#[derive(Debug)]
struct Part {
    /// Where its delimiter line starts, with the line break before it (the root: 0).
    delim: usize,
    /// First byte of its header section.
    start: usize,
    /// First byte of its body.
    body: usize,
    /// One past its last byte (the line break before the next delimiter is not its own).
    end: usize,
    kind: Kind,
}

#[derive(Debug)]
enum Kind {
    Leaf,
    Multipart {
        boundary: Vec<u8>,
        children: Vec<Part>,
        /// Where the close delimiter starts (with its line break), or `end` without one.
        close: usize,
    },
}

impl Part {
    fn leaves<'a>(&'a self, out: &mut Vec<&'a Part>) {
        match &self.kind {
            Kind::Leaf => out.push(self),
            Kind::Multipart { children, .. } => children.iter().for_each(|c| c.leaves(out)),
        }
    }

    fn write(&self, raw: &[u8], taken: &HashSet<usize>, out: &mut Vec<u8>) {
        match &self.kind {
            Kind::Leaf => out.extend_from_slice(&raw[self.start..self.end]),
            Kind::Multipart {
                boundary,
                children,
                close,
            } => {
                let first = children.first().map_or(*close, |c| c.delim);
                out.extend_from_slice(&raw[self.start..first]);
                let mut kept = 0;
                for c in children.iter().filter(|c| !taken.contains(&c.start)) {
                    out.extend_from_slice(&raw[c.delim..c.start]);
                    c.write(raw, taken, out);
                    kept += 1;
                }
                if kept == 0 {
                    out.extend_from_slice(b"\r\n--");
                    out.extend_from_slice(boundary);
                    out.extend_from_slice(
                        b"\r\nContent-Type: text/plain; charset=us-ascii\r\n\r\n",
                    );
                }
                out.extend_from_slice(&raw[*close..self.end]);
            }
        }
    }
}

/// The part in `raw[start..end]`, its delimiter starting at `delim`.
fn parse_part(raw: &[u8], start: usize, end: usize, depth: usize) -> Part {
    parse_part_at(raw, start, start, end, depth)
}

fn parse_part_at(raw: &[u8], delim: usize, start: usize, end: usize, depth: usize) -> Part {
    let body = body_start(raw, start, end);
    let leaf = Part {
        delim,
        start,
        body,
        end,
        kind: Kind::Leaf,
    };
    if depth >= MAX_DEPTH || body == start {
        return leaf;
    }
    let Some(headers) = mail_parser::MessageParser::default().parse_headers(&raw[start..body])
    else {
        return leaf;
    };
    let Some(boundary) = headers
        .content_type()
        .filter(|ct| ct.c_type.eq_ignore_ascii_case("multipart"))
        .and_then(|ct| ct.attribute("boundary"))
        .filter(|b| !b.is_empty())
        .map(|b| b.as_bytes().to_vec())
    else {
        return leaf;
    };
    // Delimiter lines: (start with the line break before it, start of the next line, close?).
    let mut delims: Vec<(usize, usize, bool)> = Vec::new();
    let mut line = body;
    while line < end {
        let next = raw[line..end]
            .iter()
            .position(|&b| b == b'\n')
            .map_or(end, |i| line + i + 1);
        if let Some(close) = delimiter(&raw[line..next], &boundary) {
            let with_break = if line >= body + 2 && &raw[line - 2..line] == b"\r\n" {
                line - 2
            } else if line > body && raw[line - 1] == b'\n' {
                line - 1
            } else {
                line
            };
            delims.push((with_break, next, close));
            if close {
                break;
            }
        }
        line = next;
    }
    let first_close = delims.iter().position(|d| d.2).unwrap_or(delims.len());
    let opening = &delims[..first_close];
    if opening.is_empty() {
        return leaf;
    }
    let close = delims.get(first_close).map_or(end, |d| d.0);
    let children = opening
        .iter()
        .enumerate()
        .map(|(i, &(d, s, _))| {
            let e = opening.get(i + 1).map_or(close, |n| n.0);
            parse_part_at(raw, d, s.min(e), e, depth + 1)
        })
        .collect();
    Part {
        kind: Kind::Multipart {
            boundary,
            children,
            close,
        },
        ..leaf
    }
}

/// `Some(is_close)` when `line` is a delimiter line for `boundary`.
fn delimiter(line: &[u8], boundary: &[u8]) -> Option<bool> {
    let rest = line.strip_prefix(b"--")?.strip_prefix(boundary)?;
    if rest.starts_with(b"--") {
        return Some(true);
    }
    rest.iter()
        .all(|b| matches!(b, b' ' | b'\t' | b'\r' | b'\n'))
        .then_some(false)
}

/// Where the body of the part starting at `start` begins: after the empty line that ends
/// its header section (a part that starts with an empty line has no headers).
fn body_start(raw: &[u8], start: usize, end: usize) -> usize {
    let s = &raw[start..end];
    if s.starts_with(b"\r\n") {
        return start + 2;
    }
    if s.starts_with(b"\n") {
        return start + 1;
    }
    let mut i = 0;
    while let Some(p) = s[i..].iter().position(|&b| b == b'\n') {
        let at = i + p + 1;
        if s[at..].starts_with(b"\r\n") {
            return start + at + 2;
        }
        if s[at..].starts_with(b"\n") {
            return start + at + 1;
        }
        i = at;
    }
    end
}

/// The part as an attachment to upload, or `None` when it is body text (or cannot be
/// decoded, so it stays in the message as it is).
fn attachment(raw: &[u8], p: &Part) -> Option<Removed> {
    let headers = mail_parser::MessageParser::default().parse_headers(&raw[p.start..p.body])?;
    let (c_type, c_subtype) = headers
        .content_type()
        .map(|ct| {
            (
                ct.c_type.to_ascii_lowercase(),
                ct.c_subtype
                    .as_deref()
                    .unwrap_or("octet-stream")
                    .to_ascii_lowercase(),
            )
        })
        .unwrap_or_else(|| ("text".into(), "plain".into()));
    if c_type == "multipart" {
        return None;
    }
    let disposition = headers
        .content_disposition()
        .map(|d| d.c_type.to_ascii_lowercase());
    let name = headers
        .attachment_name()
        .map(|n| n.trim().to_string())
        .filter(|n| !n.is_empty());
    let body_text = c_type == "text" && (c_subtype == "plain" || c_subtype == "html");
    if body_text && name.is_none() && disposition.as_deref() != Some("attachment") {
        return None;
    }
    let content = &raw[p.body..p.end];
    let encoding = headers
        .content_transfer_encoding()
        .map(|e| e.trim().to_ascii_lowercase());
    let bytes = match encoding.as_deref() {
        Some("base64") => mail_parser::decoders::base64::base64_decode(content)?,
        Some("quoted-printable") => {
            mail_parser::decoders::quoted_printable::quoted_printable_decode(content)?
        }
        _ => content.to_vec(),
    };
    let content_id = headers
        .content_id()
        .map(|c| c.trim().trim_matches(['<', '>']).to_string())
        .filter(|c| !c.is_empty());
    let is_inline = content_id.is_some() && disposition.as_deref() != Some("attachment");
    let ext: String = c_subtype
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric())
        .collect();
    Some(Removed {
        name: name
            .unwrap_or_else(|| format!("attachment.{}", if ext.is_empty() { "bin" } else { &ext })),
        content_type: format!("{c_type}/{c_subtype}"),
        content_id,
        is_inline,
        bytes,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use base64::Engine as _;

    fn b64_lines(data: &[u8]) -> String {
        let s = base64::engine::general_purpose::STANDARD.encode(data);
        s.as_bytes()
            .chunks(76)
            .map(|c| format!("{}\r\n", std::str::from_utf8(c).unwrap()))
            .collect()
    }

    fn blob(n: usize, seed: u8) -> Vec<u8> {
        (0..n)
            .map(|i| (i as u8).wrapping_mul(31).wrapping_add(seed) ^ (i >> 8) as u8)
            .collect()
    }

    const HEAD: &str = "From: \"Privacy\" <privacy@example.org>\r\nTo: dpo@customer.test\r\n\
        Subject: =?UTF-8?B?UmFwcG9ydA==?=\r\nMessage-ID: <r1@example.org>\r\nMIME-Version: 1.0\r\n\
        X-Custom: kept\r\n";

    /// text + html alternative, an inline image (related), then the given attachments.
    fn message(attachments: &[(&str, &str, &[u8])]) -> Vec<u8> {
        let mut m = format!(
            "{HEAD}Content-Type: multipart/mixed; boundary=\"outer\"\r\n\r\n\
             This is a multi-part message in MIME format.\r\n\
             --outer\r\nContent-Type: multipart/related; boundary=\"rel\"\r\n\r\n\
             --rel\r\nContent-Type: multipart/alternative; boundary=\"alt\"\r\n\r\n\
             --alt\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n\
             Bonjour, voir le rapport ci-joint =C3=A9t=C3=A9.\r\n\
             --alt\r\nContent-Type: text/html; charset=utf-8\r\n\r\n\
             <p>Bonjour <img src=\"cid:logo@x\"></p>\r\n\
             --alt--\r\n\
             --rel\r\nContent-Type: image/png\r\nContent-ID: <logo@x>\r\nContent-Transfer-Encoding: base64\r\n\r\n{}\
             --rel--\r\n",
            b64_lines(&blob(3000, 9))
        );
        for (name, ct, data) in attachments {
            m.push_str(&format!(
                "--outer\r\nContent-Type: {ct}; name=\"{name}\"\r\n\
                 Content-Disposition: attachment; filename=\"{name}\"\r\n\
                 Content-Transfer-Encoding: base64\r\n\r\n{}",
                b64_lines(data)
            ));
        }
        m.push_str("--outer--\r\nepilogue\r\n");
        m.into_bytes()
    }

    fn head(m: &[u8]) -> &[u8] {
        let i = m.windows(4).position(|w| w == b"\r\n\r\n").unwrap();
        &m[..i + 4]
    }

    #[test]
    fn small_messages_are_unchanged() {
        let m = message(&[("a.pdf", "application/pdf", &blob(10_000, 1))]);
        let r = reduce(&m, 1_000_000).unwrap();
        assert_eq!(r.mime, m);
        assert!(r.removed.is_empty());
        // A message that only just fits: base64 length exactly the limit.
        let r = reduce(&m, base64_len(m.len())).unwrap();
        assert!(r.removed.is_empty());
    }

    #[test]
    fn the_biggest_attachments_go_first_and_only_as_many_as_needed() {
        let big = blob(600_000, 2);
        let mid = blob(300_000, 3);
        let small = blob(20_000, 4);
        let m = message(&[
            ("small.csv", "text/csv", &small),
            ("big.pdf", "application/pdf", &big),
            ("mid.zip", "application/zip", &mid),
        ]);
        // Room for everything but the big one.
        let limit = base64_len(m.len() - 700_000);
        let r = reduce(&m, limit).unwrap();
        assert_eq!(r.removed.len(), 1);
        assert_eq!(r.removed[0].name, "big.pdf");
        assert_eq!(r.removed[0].content_type, "application/pdf");
        assert!(!r.removed[0].is_inline && r.removed[0].content_id.is_none());
        assert_eq!(r.removed[0].bytes, big);
        assert!(base64_len(r.mime.len()) <= limit);
        // Headers byte for byte; the rest parses with the other parts intact.
        assert_eq!(head(&r.mime), head(&m));
        let parsed = mail_parser::MessageParser::default()
            .parse(&r.mime)
            .unwrap();
        assert!(
            parsed
                .body_text(0)
                .unwrap()
                .contains("Bonjour, voir le rapport ci-joint été.")
        );
        assert!(parsed.body_html(0).unwrap().contains("cid:logo@x"));
        let names: Vec<_> = parsed
            .attachments()
            .filter_map(|a| a.attachment_name())
            .collect();
        assert_eq!(names, ["small.csv", "mid.zip"]);
        let mid_part = parsed
            .attachments()
            .find(|a| a.attachment_name() == Some("mid.zip"))
            .unwrap();
        assert_eq!(mid_part.contents(), &mid[..]);
        assert_eq!(parsed.header_raw("X-Custom"), Some(" kept\r\n"));
        assert!(r.mime.ends_with(b"--outer--\r\nepilogue\r\n"));

        // Tighter: the big and the mid one, still not the small one nor the inline image.
        let limit = base64_len(m.len() - 950_000);
        let r = reduce(&m, limit).unwrap();
        let names: Vec<_> = r.removed.iter().map(|x| x.name.as_str()).collect();
        assert_eq!(names, ["big.pdf", "mid.zip"]);
        assert_eq!(head(&r.mime), head(&m));
        let parsed = mail_parser::MessageParser::default()
            .parse(&r.mime)
            .unwrap();
        assert_eq!(parsed.attachments().count(), 2, "the image and small.csv");
    }

    #[test]
    fn inline_parts_keep_their_content_id_and_an_emptied_multipart_stays_valid() {
        let img = blob(500_000, 5);
        let m = format!(
            "{HEAD}Content-Type: multipart/related; boundary=rel\r\n\r\n\
             --rel\r\nContent-Type: text/html\r\n\r\n<img src=\"cid:chart\">\r\n\
             --rel\r\nContent-Type: image/png\r\nContent-ID: <chart>\r\nContent-Transfer-Encoding: base64\r\n\r\n{}\
             --rel--\r\n",
            b64_lines(&img)
        )
        .into_bytes();
        let r = reduce(&m, 10_000).unwrap();
        assert_eq!(r.removed.len(), 1);
        let x = &r.removed[0];
        assert_eq!(
            (
                x.name.as_str(),
                x.content_type.as_str(),
                x.content_id.as_deref(),
                x.is_inline
            ),
            ("attachment.png", "image/png", Some("chart"), true)
        );
        assert_eq!(x.bytes, img);
        assert_eq!(
            String::from_utf8(r.mime).unwrap(),
            format!(
                "{HEAD}Content-Type: multipart/related; boundary=rel\r\n\r\n\
                 --rel\r\nContent-Type: text/html\r\n\r\n<img src=\"cid:chart\">\r\n--rel--\r\n"
            )
        );

        // Only an attachment, no text: an empty text part keeps the multipart valid.
        let pdf = blob(400_000, 6);
        let m = format!(
            "{HEAD}Content-Type: multipart/mixed; boundary=\"b\"\r\n\r\n\
             --b\r\nContent-Type: application/pdf\r\nContent-Disposition: attachment; filename=r.pdf\r\n\
             Content-Transfer-Encoding: base64\r\n\r\n{}--b--\r\n",
            b64_lines(&pdf)
        )
        .into_bytes();
        let r = reduce(&m, 10_000).unwrap();
        assert_eq!(r.removed[0].bytes, pdf);
        let parsed = mail_parser::MessageParser::default()
            .parse(&r.mime)
            .unwrap();
        assert_eq!(parsed.attachments().count(), 0);
        assert_eq!(parsed.text_body.len(), 1);
        assert_eq!(head(&r.mime), head(&m));
    }

    #[test]
    fn bodies_and_single_part_messages_are_never_removed() {
        let line = format!("{}\r\n", "x".repeat(76));
        let text = line.repeat(20_000);
        let m = format!("{HEAD}Content-Type: text/plain\r\n\r\n{text}").into_bytes();
        assert_eq!(
            reduce(&m, 100_000).unwrap_err(),
            ReduceError::StillTooLarge {
                base64_bytes: base64_len(m.len())
            }
        );
        // A big text body next to a small attachment: the attachment goes, still too big.
        let m = format!(
            "{HEAD}Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\n{text}\
             --b\r\nContent-Type: application/pdf\r\nContent-Transfer-Encoding: base64\r\n\r\n{}--b--\r\n",
            b64_lines(&blob(1000, 7))
        )
        .into_bytes();
        assert!(matches!(
            reduce(&m, 100_000),
            Err(ReduceError::StillTooLarge { base64_bytes }) if base64_bytes > 100_000
        ));
    }

    #[test]
    fn unix_line_endings_and_8bit_parts() {
        let data = blob(200_000, 8);
        let mut m = b"From: a@x.test\nTo: b@y.test\nContent-Type: multipart/mixed; boundary=zz\n\n--zz\nContent-Type: text/plain\n\nhello\n--zz\nContent-Type: application/octet-stream; name=\"raw.bin\"\nContent-Transfer-Encoding: binary\n\n".to_vec();
        m.extend_from_slice(&data);
        m.extend_from_slice(b"\n--zz--\n");
        let r = reduce(&m, 50_000).unwrap();
        assert_eq!(r.removed.len(), 1);
        assert_eq!(r.removed[0].name, "raw.bin");
        assert_eq!(r.removed[0].bytes, data);
        assert_eq!(
            r.mime,
            b"From: a@x.test\nTo: b@y.test\nContent-Type: multipart/mixed; boundary=zz\n\n--zz\nContent-Type: text/plain\n\nhello\n--zz--\n"
        );
    }
}
