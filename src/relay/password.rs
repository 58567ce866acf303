//! Relay client password hashes.
//!
//! * `$argon2id$…` (also `$argon2i$`, `$argon2d$`): PHC strings, the recommended form;
//!   `dastra-mailgate hash-password` writes one (Argon2id, the `argon2` crate's defaults:
//!   19 MiB, 2 passes, 1 lane — OWASP's minimum).
//! * `$6$…` / `$5$…` (SHA-crypt, as in `/etc/shadow` and Dovecot's `{SHA512-CRYPT}`) and
//!   `$2b$…` / `$2a$…` / `$2y$…` (bcrypt, Dovecot's `{BLF-CRYPT}`): accepted so users can be
//!   moved from Dovecot or Postfix SASL without new passwords.
//! * `sha256:<64 hex>`: unsalted SHA-256, kept only for long random secrets (a generated
//!   token of 128 bits or more cannot be guessed from its hash); a warning is logged at start.

use sha2::{Digest, Sha256};

/// A parsed stored hash.
#[derive(Clone)]
pub enum StoredHash {
    Sha256([u8; 32]),
    Argon2(String),
    ShaCrypt(String),
    Bcrypt(String),
}

impl std::fmt::Debug for StoredHash {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.scheme())
    }
}

const FORMATS: &str = "expected a PHC string from `dastra-mailgate hash-password` ($argon2id$…), a SHA-crypt ($6$…, $5$…) or bcrypt ($2b$…) hash from Dovecot or /etc/shadow, or \"sha256:<64 hex digits>\" for a long random secret";

impl StoredHash {
    /// Parses `s`; the error says which forms are accepted.
    pub fn parse(s: &str) -> Result<StoredHash, String> {
        let s = s.trim();
        if let Some(hex_part) = s.strip_prefix("sha256:") {
            let bytes = hex::decode(hex_part.trim())
                .map_err(|e| format!("bad hex in the sha256: hash ({e}); {FORMATS}"))?;
            return bytes
                .try_into()
                .map(StoredHash::Sha256)
                .map_err(|_| format!("a sha256: hash has 64 hex digits; {FORMATS}"));
        }
        // Dovecot writes a scheme prefix: {ARGON2ID}$argon2id$…, {SHA512-CRYPT}$6$…
        let s = match s.strip_prefix('{').and_then(|r| r.split_once('}')) {
            Some((_, rest)) => rest,
            None => s,
        };
        if s.starts_with("$argon2") {
            argon2::PasswordHash::new(s)
                .map_err(|e| format!("not a valid Argon2 PHC string ({e}); {FORMATS}"))?;
            return Ok(StoredHash::Argon2(s.to_string()));
        }
        if s.starts_with("$6$") || s.starts_with("$5$") {
            sha_crypt::PasswordHashRef::new(s)
                .map_err(|e| format!("not a valid SHA-crypt hash ({e}); {FORMATS}"))?;
            return Ok(StoredHash::ShaCrypt(s.to_string()));
        }
        if ["$2b$", "$2a$", "$2y$"].iter().any(|p| s.starts_with(p)) {
            s.parse::<bcrypt::HashParts>()
                .map_err(|e| format!("not a valid bcrypt hash ({e}); {FORMATS}"))?;
            return Ok(StoredHash::Bcrypt(s.to_string()));
        }
        Err(format!("unsupported password hash: {FORMATS}"))
    }

    pub fn scheme(&self) -> &'static str {
        match self {
            StoredHash::Sha256(_) => "sha256",
            StoredHash::Argon2(_) => "argon2",
            StoredHash::ShaCrypt(_) => "sha-crypt",
            StoredHash::Bcrypt(_) => "bcrypt",
        }
    }

    /// Unsalted and fast: fine only for long random secrets.
    pub fn is_weak(&self) -> bool {
        matches!(self, StoredHash::Sha256(_))
    }

    /// Whether `password` matches (constant time in the hash comparison). Slow for the
    /// salted schemes on purpose: call it off the async runtime.
    pub fn verify(&self, password: &str) -> bool {
        use argon2::PasswordVerifier as _;
        match self {
            StoredHash::Sha256(expected) => {
                let digest: [u8; 32] = Sha256::digest(password.as_bytes()).into();
                expected
                    .iter()
                    .zip(digest.iter())
                    .fold(0u8, |acc, (a, b)| acc | (a ^ b))
                    == 0
            }
            StoredHash::Argon2(h) => argon2::Argon2::default()
                .verify_password(password.as_bytes(), h.as_str())
                .is_ok(),
            StoredHash::ShaCrypt(h) => sha_crypt::ShaCrypt::default()
                .verify_password(password.as_bytes(), h.as_str())
                .is_ok(),
            StoredHash::Bcrypt(h) => bcrypt::verify(password.as_bytes(), h).unwrap_or(false),
        }
    }
}

/// An Argon2id PHC string for `password` with a random salt.
pub fn hash_argon2(password: &str) -> Result<String, String> {
    use argon2::PasswordHasher as _;
    argon2::Argon2::default()
        .hash_password(password.as_bytes())
        .map(|h| h.to_string())
        .map_err(|e| format!("cannot hash the password: {e}"))
}

/// A hash to verify against when the user name is unknown, so that answering takes as long
/// as for a known user (no user-name oracle through timing).
pub fn decoy() -> &'static StoredHash {
    static D: std::sync::OnceLock<StoredHash> = std::sync::OnceLock::new();
    D.get_or_init(|| {
        let h = hash_argon2("decoy password that nobody has").unwrap_or_default();
        StoredHash::parse(&h).unwrap_or(StoredHash::Sha256([0; 32]))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_scheme_verifies_the_right_password_only() {
        let argon = hash_argon2("s3cret").unwrap();
        assert!(
            argon.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"),
            "{argon}"
        );
        let other = hash_argon2("s3cret").unwrap();
        assert_ne!(argon, other, "salted");
        // `openssl passwd -6 -salt saltsalt s3cret` and `openssl passwd -5 …`.
        let sha512 = "$6$saltsalt$As4wrv0kZlfch1du9WeH7qhskyLriQWySXrZzynnvi46nFnNxjdpl6ksRegrrKexvhIa/Iny8S8uF3fVWTMuC1";
        let sha256crypt = "$5$saltsalt$i1q2ZQzc.tl/BQ6CHiENAcVDvEY6nJ1OWlWXKh94b1.";
        let bcrypt = bcrypt::hash("s3cret", 4).unwrap();
        let sha = format!("sha256:{}", hex::encode(Sha256::digest(b"s3cret")));
        for text in [
            argon.as_str(),
            &format!("{{ARGON2ID}}{argon}"),
            sha512,
            &format!("{{SHA512-CRYPT}}{sha512}"),
            sha256crypt,
            bcrypt.as_str(),
            sha.as_str(),
        ] {
            let h = StoredHash::parse(text).unwrap_or_else(|e| panic!("{text}: {e}"));
            assert!(h.verify("s3cret"), "{text}");
            assert!(!h.verify("s3cret "), "{text}");
            assert!(!h.verify(""), "{text}");
        }
        assert!(StoredHash::parse(&sha).unwrap().is_weak());
        assert!(!StoredHash::parse(&argon).unwrap().is_weak());
        for bad in [
            "bcrypt:xyz",
            "sha256:abcd",
            "$argon2id$garbage",
            "$6$",
            "plain",
        ] {
            let e = StoredHash::parse(bad).err().unwrap();
            assert!(e.contains("hash-password"), "{bad}: {e}");
        }
        assert!(!decoy().verify("s3cret"));
    }
}
