//! Header rewrite of relayed mail: the organisation's sender and alias in From, the original
//! author in Reply-To, our marker header, and nothing else.
//!
//! * `From:` becomes `"<alias>" <sender>` (without an alias, the original display name is
//!   kept: `"Jane Doe" <sender>`);
//! * the original From goes to `Reply-To:` when `reply_to_original` is set, the author is not
//!   the sender already, and the message has no Reply-To of its own;
//! * `Sender:` is removed (it would name a mailbox we do not send as);
//! * `Message-ID:` is kept, or created on the sender's domain; `Date:` is added when missing;
//! * `Auto-Submitted: auto-generated` is added unless the message already says how it was
//!   submitted, and [`OWN_HEADER`]`: relay` always (any copy from the client is dropped), so
//!   the ingestion side never turns our notifications into requests;
//! * every other header line passes through with its line ends made CRLF (bare CR and NUL
//!   dropped), and the whole MIME body byte for byte.
//!
//! Values that come from the configuration are stripped of control characters, so they can
//! never inject a header line; non-ASCII display names are RFC 2047 encoded.

use crate::understand::OWN_HEADER;

/// The value of [`OWN_HEADER`] on relayed mail.
pub const OWN_HEADER_VALUE: &str = "relay";

/// How to rewrite (from `[relay]`).
#[derive(Debug, Clone)]
pub struct RewriteOptions {
    pub sender: String,
    pub alias: Option<String>,
    pub reply_to_original: bool,
}

/// The rewritten message and what the spool lists about it.
#[derive(Debug, Clone)]
pub struct Rewritten {
    pub bytes: Vec<u8>,
    /// The original author's address (From), if any.
    pub original_from: Option<String>,
    /// Without angle brackets.
    pub message_id: String,
    pub subject: Option<String>,
}

/// One header field: its name and the raw bytes of the whole field (continuation lines and
/// the final line break included).
struct Field<'a> {
    name: String,
    raw: &'a [u8],
}

/// Splits `raw` into header fields and the body (which starts after the empty line; the
/// empty line itself is not part of either).
fn split(raw: &[u8]) -> (Vec<Field<'_>>, &[u8]) {
    let mut fields: Vec<Field<'_>> = Vec::new();
    let mut pos = 0;
    while pos < raw.len() {
        let end = raw[pos..]
            .iter()
            .position(|&b| b == b'\n')
            .map_or(raw.len(), |i| pos + i + 1);
        let line = &raw[pos..end];
        let content = line
            .strip_suffix(b"\n")
            .map(|l| l.strip_suffix(b"\r").unwrap_or(l))
            .unwrap_or(line);
        if content.is_empty() {
            return (fields, &raw[end..]);
        }
        if matches!(line[0], b' ' | b'\t') {
            if let Some(last) = fields.last_mut() {
                // Extend the previous field's slice over this continuation line.
                let start = last.raw.as_ptr() as usize - raw.as_ptr() as usize;
                last.raw = &raw[start..end];
            }
            pos = end;
            continue;
        }
        let name = match content.iter().position(|&b| b == b':') {
            // The name as it goes out: `crlf_field` drops NUL and CR bytes, so
            // `X-Dastra-Mailgate<NUL>:` must be recognised as the marker it becomes.
            Some(i) => String::from_utf8_lossy(&content[..i])
                .replace(['\0', '\r'], "")
                .trim()
                .to_string(),
            None => {
                // Not a header line: the message has no header/body separator here; treat
                // the rest as body.
                return (fields, &raw[pos..]);
            }
        };
        fields.push(Field {
            name,
            raw: &raw[pos..end],
        });
        pos = end;
    }
    (fields, &[])
}

/// The value of a field (after the colon), unfolded and trimmed.
fn value(f: &Field<'_>) -> String {
    let raw = String::from_utf8_lossy(f.raw);
    let v = raw.split_once(':').map_or("", |(_, v)| v);
    v.replace("\r\n", "").replace('\n', "").trim().to_string()
}

/// Removes control characters (CR, LF, NUL …) so a configured value stays on one line.
fn one_line(s: &str) -> String {
    s.chars().filter(|c| !c.is_control()).collect()
}

/// A display name as a header phrase: a quoted string, or RFC 2047 encoded words when it is
/// not plain ASCII.
pub fn display_name(name: &str) -> String {
    let name = one_line(name);
    if name.is_ascii() {
        let escaped = name.replace('\\', "\\\\").replace('"', "\\\"");
        return format!("\"{escaped}\"");
    }
    crate::rfc2047::encoded_words(&name)
}

/// Rewrites `raw` (a complete RFC 5322 message) for delivery.
pub fn rewrite(raw: &[u8], opts: &RewriteOptions) -> Rewritten {
    let parsed = mail_parser::MessageParser::default().parse_headers(raw);
    let (orig_name, orig_addr) = parsed
        .as_ref()
        .and_then(|m| m.from())
        .and_then(|a| a.first())
        .map(|a| {
            (
                a.name().map(str::to_string),
                a.address().map(str::to_string),
            )
        })
        .unwrap_or((None, None));
    let subject = parsed.as_ref().and_then(|m| m.subject()).map(one_line);

    let (fields, body) = split(raw);
    let has = |n: &str| fields.iter().any(|f| f.name.eq_ignore_ascii_case(n));
    let sender = one_line(&opts.sender);
    let domain = sender.rsplit_once('@').map_or("localhost", |(_, d)| d);
    let existing_mid = fields
        .iter()
        .find(|f| f.name.eq_ignore_ascii_case("Message-ID"))
        .map(value)
        .map(|v| one_line(v.trim_matches(['<', '>'])))
        .filter(|v| !v.is_empty());

    let mut out: Vec<u8> = Vec::with_capacity(raw.len() + 256);
    let name = opts.alias.as_deref().or(orig_name.as_deref());
    match name.map(one_line).filter(|n| !n.trim().is_empty()) {
        Some(n) => out.extend(format!("From: {} <{sender}>\r\n", display_name(&n)).as_bytes()),
        None => out.extend(format!("From: <{sender}>\r\n").as_bytes()),
    }
    let author_is_sender = orig_addr
        .as_deref()
        .is_some_and(|a| a.eq_ignore_ascii_case(&sender));
    if opts.reply_to_original && orig_addr.is_some() && !author_is_sender && !has("Reply-To") {
        // The original From field, renamed: keeps its display name and encoding as written.
        if let Some(f) = fields.iter().find(|f| f.name.eq_ignore_ascii_case("From")) {
            let rest = &f.raw[f.raw.iter().position(|&b| b == b':').map_or(0, |i| i + 1)..];
            out.extend(b"Reply-To:");
            out.extend(crlf_field(rest));
        }
    }
    let message_id = match existing_mid {
        Some(m) => m,
        None => {
            let m = format!("{}@{domain}", uuid::Uuid::new_v4().simple());
            out.extend(format!("Message-ID: <{m}>\r\n").as_bytes());
            m
        }
    };
    if !has("Date") {
        out.extend(format!("Date: {}\r\n", chrono::Utc::now().to_rfc2822()).as_bytes());
    }
    if !has("Auto-Submitted") {
        out.extend(b"Auto-Submitted: auto-generated\r\n");
    }
    out.extend(format!("{OWN_HEADER}: {OWN_HEADER_VALUE}\r\n").as_bytes());
    for f in &fields {
        let n = f.name.as_str();
        if n.eq_ignore_ascii_case("From")
            || n.eq_ignore_ascii_case("Sender")
            || n.eq_ignore_ascii_case(OWN_HEADER)
        {
            continue;
        }
        // Byte for byte except line ends: CRLF only, so the header section we send has one
        // unambiguous end (a bare LF or CR could make a downstream parser see a different
        // header/body boundary than we did).
        out.extend(crlf_field(f.raw));
    }
    out.extend(b"\r\n");
    out.extend(body);
    Rewritten {
        bytes: out,
        original_from: orig_addr,
        message_id,
        subject,
    }
}

/// A field body we copy into a header of our own, with CRLF line ends only: folding is kept,
/// a bare CR or LF from the client never ends up inside our header.
fn crlf_field(rest: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(rest.len() + 2);
    for (i, line) in rest.split(|&b| b == b'\n').enumerate() {
        let line = line.strip_suffix(b"\r").unwrap_or(line);
        if i > 0 {
            if line.is_empty() {
                continue;
            }
            out.extend(b"\r\n");
        }
        out.extend(line.iter().filter(|&&b| b != b'\r' && b != 0));
    }
    out.extend(b"\r\n");
    out
}

/// Converts bare LF line endings to CRLF (mail piped to `sendmail` usually has LF).
pub fn to_crlf(raw: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(raw.len() + raw.len() / 40);
    let mut prev = 0u8;
    for &b in raw {
        if b == b'\n' && prev != b'\r' {
            out.push(b'\r');
        }
        out.push(b);
        prev = b;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn opts(alias: Option<&str>) -> RewriteOptions {
        RewriteOptions {
            sender: "privacy@example.org".into(),
            alias: alias.map(str::to_string),
            reply_to_original: true,
        }
    }

    fn headers(bytes: &[u8]) -> String {
        let s = String::from_utf8_lossy(bytes);
        s.split("\r\n\r\n").next().unwrap().to_string()
    }

    const MSG: &[u8] = b"From: \"App Robot\" <robot@app.example.org>\r\nSender: bounce@app.example.org\r\nTo: dpo@customer.test\r\nSubject: Your request\r\nMessage-ID: <abc@app.example.org>\r\nDate: Mon, 1 Jan 2024 10:00:00 +0000\r\nX-Dastra-Mailgate: forged\r\nMIME-Version: 1.0\r\nContent-Type: multipart/alternative;\r\n boundary=\"b1\"\r\n\r\n--b1\r\nContent-Type: text/plain\r\n\r\nFrom: not a header\r\n--b1--\r\n";

    #[test]
    fn rewrites_from_reply_to_and_marks() {
        let r = rewrite(MSG, &opts(Some("Example Privacy Team")));
        let h = headers(&r.bytes);
        assert!(
            h.starts_with("From: \"Example Privacy Team\" <privacy@example.org>\r\n"),
            "{h}"
        );
        assert!(
            h.contains("Reply-To: \"App Robot\" <robot@app.example.org>\r\n"),
            "{h}"
        );
        assert!(h.contains("Auto-Submitted: auto-generated\r\n"));
        assert!(h.contains("X-Dastra-Mailgate: relay\r\n"));
        assert!(!h.contains("forged"));
        assert!(!h.contains("Sender:"));
        assert!(h.contains("Message-ID: <abc@app.example.org>"));
        assert!(h.contains("Content-Type: multipart/alternative;\r\n boundary=\"b1\""));
        assert_eq!(h.matches("From:").count(), 1);
        assert_eq!(r.message_id, "abc@app.example.org");
        assert_eq!(r.original_from.as_deref(), Some("robot@app.example.org"));
        assert_eq!(r.subject.as_deref(), Some("Your request"));
        // The body is untouched, byte for byte.
        let body_at = MSG.windows(4).position(|w| w == b"\r\n\r\n").unwrap() + 4;
        assert!(r.bytes.ends_with(&MSG[body_at..]));
    }

    #[test]
    fn a_marker_forged_with_nul_or_cr_in_its_name_is_dropped() {
        // Found by the rewrite fuzz target: the NULs were dropped on the way out, so the
        // client's line became a second `X-Dastra-Mailgate:` header.
        for name in [
            &b"X-Dastra-Mailgate\0\0\0"[..],
            b"X-Dastra\0-Mailgate",
            b"X-Dastra-Mailgate\r",
            b"Sender\0",
        ] {
            let mut raw = b"From: robot@app.example.org\r\n".to_vec();
            raw.extend_from_slice(name);
            raw.extend_from_slice(b": forged\r\nSubject: s\r\n\r\nbody\r\n");
            let h = headers(&rewrite(&raw, &opts(None)).bytes);
            assert!(!h.contains("forged"), "{h}");
            assert_eq!(h.matches("X-Dastra-Mailgate:").count(), 1, "{h}");
        }
    }

    #[test]
    fn keeps_display_name_without_alias_and_existing_reply_to() {
        let msg = b"From: Jane Doe <jane@app.test>\r\nReply-To: help@app.test\r\nSubject: x\r\n\r\nhi\r\n";
        let r = rewrite(msg, &opts(None));
        let h = headers(&r.bytes);
        assert!(
            h.starts_with("From: \"Jane Doe\" <privacy@example.org>\r\n"),
            "{h}"
        );
        assert!(h.contains("Reply-To: help@app.test"));
        assert_eq!(h.matches("Reply-To").count(), 1);
        // A Message-ID on the sender's domain and a Date were added.
        assert!(r.message_id.ends_with("@example.org"));
        assert!(h.contains(&format!("Message-ID: <{}>", r.message_id)));
        assert!(h.contains("Date: "));
    }

    #[test]
    fn no_reply_to_when_the_author_is_the_sender_or_disabled() {
        let msg = b"From: privacy@example.org\r\nSubject: x\r\n\r\nhi\r\n";
        let h = headers(&rewrite(msg, &opts(Some("P"))).bytes);
        assert!(!h.contains("Reply-To"));
        let msg = b"From: a@b.test\r\nSubject: x\r\n\r\nhi\r\n";
        let mut o = opts(None);
        o.reply_to_original = false;
        let h = headers(&rewrite(msg, &o).bytes);
        assert!(!h.contains("Reply-To"));
        assert!(h.starts_with("From: <privacy@example.org>\r\n"));
    }

    #[test]
    fn config_values_cannot_inject_headers() {
        let mut o = opts(Some("Evil\r\nBcc: victim@x.test"));
        o.sender = "privacy@example.org\r\nX-Injected: 1".into();
        let h = headers(&rewrite(b"Subject: x\r\n\r\nhi\r\n", &o).bytes);
        assert!(
            !h.lines()
                .any(|l| l.starts_with("Bcc:") || l.starts_with("X-Injected:")),
            "{h}"
        );
        assert_eq!(display_name("a\"b\\c"), "\"a\\\"b\\\\c\"");
    }

    #[test]
    fn non_ascii_alias_is_encoded() {
        let h = headers(
            &rewrite(
                b"Subject: x\r\n\r\nhi\r\n",
                &opts(Some(
                    "Équipe Protection des données personnelles de l'entreprise",
                )),
            )
            .bytes,
        );
        let from = h.lines().next().unwrap();
        assert!(from.starts_with("From: =?UTF-8?B?"), "{h}");
        assert!(h.is_ascii());
        let parsed = mail_parser::MessageParser::default()
            .parse(h.as_bytes())
            .unwrap();
        let f = parsed.from().unwrap().first().unwrap();
        assert_eq!(
            f.name(),
            Some("Équipe Protection des données personnelles de l'entreprise")
        );
        assert_eq!(f.address(), Some("privacy@example.org"));
    }

    #[test]
    fn headers_only_and_lf_messages() {
        let r = rewrite(b"Subject: only headers\r\n", &opts(None));
        assert!(String::from_utf8_lossy(&r.bytes).ends_with("Subject: only headers\r\n\r\n"));
        assert_eq!(to_crlf(b"a\nb\r\nc\n"), b"a\r\nb\r\nc\r\n");
    }
}
