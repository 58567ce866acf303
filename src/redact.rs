//! Personal data in logs: e-mail addresses are redacted unless the operator turned it off,
//! and strings that come from mail are escaped so they cannot forge log lines.

use std::fmt;
use std::sync::atomic::{AtomicBool, Ordering};

static REDACT: AtomicBool = AtomicBool::new(true);

/// Turns address redaction on or off for the whole process (from `logging.redact_addresses`).
pub fn set_redaction(on: bool) {
    REDACT.store(on, Ordering::Relaxed);
}

pub fn redaction_enabled() -> bool {
    REDACT.load(Ordering::Relaxed)
}

/// `jane.doe@example.org` → `j***@e***.org`. Keeps enough to tell addresses apart in a log
/// without naming the person. Input that is not an address is masked as a whole.
pub fn mask_email(addr: &str) -> String {
    let Some((local, domain)) = addr.rsplit_once('@') else {
        return mask_word(addr);
    };
    let (host, tld) = domain.rsplit_once('.').unwrap_or((domain, ""));
    let mut out = mask_word(local);
    out.push('@');
    out.push_str(&mask_word(host));
    if !tld.is_empty() {
        out.push('.');
        out.push_str(&escape(tld));
    }
    out
}

fn mask_word(w: &str) -> String {
    match w.chars().next() {
        Some(c) if !c.is_control() => format!("{c}***"),
        _ => "***".to_string(),
    }
}

/// Escapes control characters (CR, LF, ESC, …) so a mail-controlled string stays on one line.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if c.is_control() || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}') {
            out.extend(c.escape_default());
        } else {
            out.push(c);
        }
    }
    out
}

/// Display wrapper for an address in logs: masked when redaction is on, escaped always.
pub struct Addr<'a>(pub &'a str);

impl fmt::Display for Addr<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if redaction_enabled() {
            f.write_str(&mask_email(self.0))
        } else {
            f.write_str(&escape(self.0))
        }
    }
}

/// Display wrapper for free text from mail (a subject): escaped; masked entirely when
/// redaction is on, since subjects often carry names.
pub struct Text<'a>(pub &'a str);

impl fmt::Display for Text<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if redaction_enabled() {
            write!(f, "[{} chars]", self.0.chars().count())
        } else {
            f.write_str(&escape(self.0))
        }
    }
}

/// Display wrapper for our own text that may quote addresses (a provider's reply such as
/// `5.2.252 SendAsDenied; a@x not allowed to send as b@y`, a transport description): every
/// address in it is masked when redaction is on; escaped always.
pub struct Quoted<'a>(pub &'a str);

impl fmt::Display for Quoted<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = escape(self.0);
        if !redaction_enabled() {
            return f.write_str(&text);
        }
        static RE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
        let re = RE.get_or_init(|| {
            regex::Regex::new(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+[A-Za-z0-9]")
                .expect("valid regex")
        });
        f.write_str(&re.replace_all(&text, |c: &regex::Captures<'_>| mask_email(&c[0])))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn masks_addresses_inside_text() {
        let t = "554 5.2.252 SendAsDenied; robot@example.org not allowed to send as <ceo@example.org>; x";
        let shown = Quoted(t).to_string();
        if redaction_enabled() {
            assert_eq!(
                shown,
                "554 5.2.252 SendAsDenied; r***@e***.org not allowed to send as <c***@e***.org>; x"
            );
        }
        assert_eq!(Quoted("no address 5.7.3").to_string(), "no address 5.7.3");
    }

    #[test]
    fn masks_addresses() {
        assert_eq!(mask_email("jane.doe@example.org"), "j***@e***.org");
        assert_eq!(mask_email("x@localhost"), "x***@l***");
        assert_eq!(mask_email("not an address"), "n***");
        assert_eq!(mask_email(""), "***");
    }

    #[test]
    fn escapes_log_injection() {
        assert_eq!(escape("a\r\nINFO forged"), "a\\r\\nINFO forged");
        assert_eq!(escape("x\u{202e}gpj.exe"), "x\\u{202e}gpj.exe");
    }
}
