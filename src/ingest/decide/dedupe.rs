//! A message's identity: the dedupe key (Message-ID, or a hash of its content when the id is
//! missing or reused) that keeps a redelivered copy from becoming a second object.

use sha2::{Digest, Sha256};

use crate::ingest::ledger::{Ledger, LedgerError, normalize_mid};

/// The dedupe key: the Message-ID, unless it is missing or already used by a message with
/// other content (broken mailers reuse ids); then `sha256:` of the message's identity.
/// `identity` is [`identity_hash`]: the same for a redelivered copy (other trace headers),
/// different for other content.
pub fn dedupe_key(
    ledger: &Ledger,
    mailbox: &str,
    message_id: Option<&str>,
    identity: &str,
) -> Result<String, LedgerError> {
    let sha_key = format!("sha256:{identity}");
    let Some(mid) = message_id
        .map(normalize_mid)
        .filter(|m| !m.is_empty() && m.len() <= 300)
    else {
        return Ok(sha_key);
    };
    let key = format!("mid:{mid}");
    match ledger.get(mailbox, &key)? {
        Some(e) if e.raw_sha256 != identity => Ok(sha_key),
        _ => Ok(key),
    }
}

/// SHA-256 over what identifies a message's content: From, Subject, Date and everything
/// below the header block. Received/Delivered-To lines added on the way do not change it.
pub fn identity_hash(raw: &[u8]) -> String {
    let split = raw
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .map(|i| i + 4)
        .or_else(|| raw.windows(2).position(|w| w == b"\n\n").map(|i| i + 2))
        .unwrap_or(raw.len());
    let (head, body) = raw.split_at(split);
    let mut h = Sha256::new();
    if let Some(m) = mail_parser::MessageParser::default().parse_headers(head) {
        for name in ["From", "Subject", "Date"] {
            if let Some(v) = m.header_raw(name) {
                h.update(name.as_bytes());
                h.update(v.trim().as_bytes());
            }
        }
    } else {
        h.update(head);
    }
    h.update(body);
    hex::encode(h.finalize())
}
