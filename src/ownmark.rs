//! Recognising our own mail by what only we write. Acknowledgements carry a Message-ID whose
//! local part ends in a keyed tag (`ack-<24 hex>.<16 hex>@domain`, the tag a SHA-256 over an
//! installation secret and the rest of the local part), plus the `X-Dastra-Mailgate` marker
//! that the relay also adds to everything it sends. A colleague's mail on the organisation's
//! own domain carries neither, so it is never taken for ours (matching Message-ID domains
//! did exactly that). The secret lives in `<state.dir>/instance.key` (0600), made on first use.

use std::io::Write;
use std::os::unix::fs::OpenOptionsExt;
use std::path::Path;

use sha2::{Digest, Sha256};

const FILE: &str = "instance.key";

/// The keyed tag of a local part.
pub fn tag(base: &str, secret: &[u8]) -> String {
    let mut h = Sha256::new();
    h.update(b"dastra-mailgate own message-id\0");
    h.update(secret);
    h.update([0]);
    h.update(base.as_bytes());
    hex::encode(h.finalize())[..16].to_string()
}

/// The local part with its tag appended.
pub fn mint(base: &str, secret: &[u8]) -> String {
    format!("{base}.{}", tag(base, secret))
}

/// True when `message_id` (with or without brackets) is one we minted with `secret`.
pub fn is_own(message_id: &str, secret: &[u8]) -> bool {
    if secret.is_empty() {
        return false;
    }
    let id = message_id
        .trim()
        .trim_start_matches('<')
        .trim_end_matches('>');
    let Some((local, _)) = id.rsplit_once('@') else {
        return false;
    };
    let Some((base, t)) = local.rsplit_once('.') else {
        return false;
    };
    t.len() == 16 && tag(base, secret).eq_ignore_ascii_case(t)
}

/// The installation secret, if one was made.
pub fn load(state_dir: &Path) -> Option<Vec<u8>> {
    std::fs::read(state_dir.join(FILE))
        .ok()
        .filter(|k| k.len() >= 32)
}

/// The installation secret, made (32 random bytes, 0600) when missing.
pub fn ensure(state_dir: &Path) -> std::io::Result<Vec<u8>> {
    if let Some(k) = load(state_dir) {
        return Ok(k);
    }
    let key: [u8; 32] = rand::random();
    let tmp = state_dir.join(format!(".{FILE}.tmp"));
    let mut f = std::fs::OpenOptions::new()
        .create(true)
        .truncate(true)
        .write(true)
        .mode(0o600)
        .open(&tmp)?;
    f.write_all(&key)?;
    f.sync_all()?;
    std::fs::rename(&tmp, state_dir.join(FILE))?;
    Ok(key.to_vec())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_our_keyed_ids_are_ours() {
        let k = [7u8; 32];
        let id = format!("<{}@example.org>", mint("ack-0123456789abcdef01234567", &k));
        assert!(is_own(&id, &k));
        assert!(!is_own(&id, &[8u8; 32]), "another installation's key");
        assert!(!is_own(
            "<ack-0123456789abcdef01234567.0000000000000000@example.org>",
            &k
        ));
        assert!(
            !is_own("<CAF=abc.def@mail.example.org>", &k),
            "a colleague's mail"
        );
        assert!(!is_own(&id, &[]));
        let d = tempfile::tempdir().unwrap();
        assert!(load(d.path()).is_none());
        let made = ensure(d.path()).unwrap();
        assert_eq!(ensure(d.path()).unwrap(), made);
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(d.path().join(FILE))
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600);
    }
}
