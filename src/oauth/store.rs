//! The token store: one file per account, `<state_dir>/tokens/<account>.json.enc`, mode
//! 0600, encrypted at rest with XChaCha20-Poly1305.
//!
//! The key is 32 random bytes (64 hex characters, or base64), read from `[state] token_key`
//! (a secret reference: a systemd credential, a file, an environment variable). Without
//! that key, `<state_dir>/token.key` is generated on first use (0600) and the logs say so.
//!
//! File layout: `DMGT` `0x01` · 24-byte random nonce · ciphertext+tag. The account name is
//! authenticated as associated data, so a file copied to another account's name does not
//! decrypt. Writes are atomic: temp file, fsync, rename, fsync of the directory. The
//! plaintext is JSON and never leaves memory except through [`SecretString`].

use std::io::Write;
use std::os::unix::fs::MetadataExt as _;
use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt, PermissionsExt};
use std::path::{Path, PathBuf};

use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use rand::RngCore;
use zeroize::Zeroize;

use crate::secret::{SecretRef, SecretString};

const MAGIC: &[u8; 4] = b"DMGT";
const VERSION: u8 = 1;
const NONCE_LEN: usize = 24;
const AAD_PREFIX: &[u8] = b"dastra-mailgate token store v1\0";
/// File name of the generated key, in the state directory.
pub const GENERATED_KEY_FILE: &str = "token.key";

/// What is kept for an account.
#[derive(Clone, Debug)]
pub struct StoredGrant {
    /// The refresh token (rotated ones replace it before the old one is forgotten).
    pub refresh_token: SecretString,
    /// The scopes the grant was obtained for.
    pub scopes: Vec<String>,
    /// Provider and client the grant belongs to (a mismatch means a stale file).
    pub provider: String,
    pub client_id: String,
    /// The user who signed in, when known.
    pub user: Option<String>,
    /// When `authorize` obtained the grant (unix seconds).
    pub authorized_at: i64,
    /// Last successful refresh (unix seconds): drives the keep-alive refresh.
    pub refreshed_at: i64,
}

#[derive(serde::Serialize, serde::Deserialize)]
struct Plain {
    version: u32,
    account: String,
    provider: String,
    client_id: String,
    #[serde(default)]
    user: Option<String>,
    refresh_token: String,
    #[serde(default)]
    scopes: Vec<String>,
    authorized_at: i64,
    refreshed_at: i64,
}

impl Drop for Plain {
    fn drop(&mut self) {
        self.refresh_token.zeroize();
    }
}

/// Why the store cannot be used.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("token encryption key: {0}")]
    Key(String),
    #[error(
        "token file {path} cannot be decrypted ({detail}): it is corrupt or was written with another key; restore the key, or run `dastra-mailgate authorize {account}` again (this replaces the file)"
    )]
    Corrupt {
        path: PathBuf,
        account: String,
        detail: String,
    },
    #[error("token file {path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
}

fn io(path: &Path) -> impl FnOnce(std::io::Error) -> StoreError + '_ {
    move |source| StoreError::Io {
        path: path.to_path_buf(),
        source,
    }
}

/// The encrypted per-account token files of one state directory.
pub struct TokenStore {
    dir: PathBuf,
    cipher: XChaCha20Poly1305,
    /// `(uid, gid)` of the state directory when we run as root and it belongs to someone
    /// else (the service user): what we create is given to that owner, or the daemon could
    /// not read it (`sudo dastra-mailgate authorize`).
    owner: Option<(u32, u32)>,
}

impl std::fmt::Debug for TokenStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TokenStore")
            .field("dir", &self.dir)
            .finish()
    }
}

impl TokenStore {
    /// Opens (creating `tokens/`, 0700) the store of `state_dir` with the configured key, or
    /// the generated key file when none is configured.
    pub fn open(state_dir: &Path, key: Option<&SecretRef>) -> Result<Self, StoreError> {
        let dir = state_dir.join("tokens");
        std::fs::DirBuilder::new()
            .recursive(true)
            .mode(0o700)
            .create(&dir)
            .map_err(io(&dir))?;
        let key_bytes = match key {
            Some(r) => {
                let v = r
                    .resolve()
                    .map_err(|e| StoreError::Key(format!("{r}: {e}")))?;
                if let Some(p) = r.file_path()
                    && crate::secret::readable_by_others(p)
                {
                    tracing::warn!(path = %p.display(), "The token key file can be read by group or others; make it mode 0600.");
                }
                parse_key(v.expose()).map_err(|e| StoreError::Key(format!("{r}: {e}")))?
            }
            None => generated_key(state_dir)?,
        };
        let cipher = XChaCha20Poly1305::new_from_slice(&key_bytes)
            .map_err(|_| StoreError::Key("the key must be 32 bytes".into()))?;
        let owner = foreign_owner(state_dir);
        let store = Self { dir, cipher, owner };
        store.adopt(&store.dir);
        if key.is_none() {
            store.adopt(&state_dir.join(GENERATED_KEY_FILE));
        }
        Ok(store)
    }

    /// Gives `path` to the state directory's owner (see `owner`); says so when it did.
    fn adopt(&self, path: &Path) {
        let Some((uid, gid)) = self.owner else {
            return;
        };
        let Ok(meta) = std::fs::metadata(path) else {
            return;
        };
        if meta.uid() == uid && meta.gid() == gid {
            return;
        }
        match std::os::unix::fs::chown(path, Some(uid), Some(gid)) {
            Ok(()) => tracing::info!(
                path = %path.display(),
                uid,
                "Running as root: gave {} to the state directory's owner (uid {uid}) so the service can read it.",
                path.display()
            ),
            Err(e) => tracing::error!(
                path = %path.display(),
                error = %e,
                "Running as root, cannot give {} to the state directory's owner (uid {uid}): the service will not be able to read it. Run: chown {uid}:{gid} {}",
                path.display(),
                path.display()
            ),
        }
    }

    /// `<state_dir>/tokens/<account>.json.enc`.
    pub fn path(&self, account: &str) -> PathBuf {
        let safe = !account.is_empty()
            && account
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
            && !account.starts_with('.');
        let stem = if safe {
            account.to_string()
        } else {
            format!("x-{}", hex::encode(account.as_bytes()))
        };
        self.dir.join(format!("{stem}.json.enc"))
    }

    fn aad(account: &str) -> Vec<u8> {
        let mut a = AAD_PREFIX.to_vec();
        a.extend_from_slice(account.as_bytes());
        a
    }

    /// The stored grant, `None` when the account was never authorized. A file readable by
    /// group or others is reset to 0600 with a warning.
    pub fn load(&self, account: &str) -> Result<Option<StoredGrant>, StoreError> {
        let path = self.path(account);
        let meta = match std::fs::metadata(&path) {
            Ok(m) => m,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(e) => return Err(io(&path)(e)),
        };
        let mode = meta.permissions().mode() & 0o777;
        if mode & 0o077 != 0 {
            tracing::warn!(
                account,
                path = %path.display(),
                mode = format!("{mode:04o}"),
                "Token file was accessible to group/others (mode {mode:04o}); resetting it to 0600. Check who could read it: the tokens are encrypted, but the key may be nearby."
            );
            std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600))
                .map_err(io(&path))?;
        }
        let mut bytes = std::fs::read(&path).map_err(io(&path))?;
        let corrupt = |detail: &str| StoreError::Corrupt {
            path: path.clone(),
            account: account.to_string(),
            detail: detail.to_string(),
        };
        if bytes.len() < MAGIC.len() + 1 + NONCE_LEN + 16 || &bytes[..4] != MAGIC {
            return Err(corrupt("not a dastra-mailgate token file"));
        }
        if bytes[4] != VERSION {
            return Err(corrupt(&format!("unknown format version {}", bytes[4])));
        }
        let nonce = XNonce::try_from(&bytes[5..5 + NONCE_LEN]).map_err(|_| corrupt("bad nonce"))?;
        let aad = Self::aad(account);
        let mut plain = self
            .cipher
            .decrypt(
                &nonce,
                Payload {
                    msg: &bytes[5 + NONCE_LEN..],
                    aad: &aad,
                },
            )
            .map_err(|_| corrupt("authentication failed"))?;
        bytes.zeroize();
        let parsed: Result<Plain, _> = serde_json::from_slice(&plain);
        plain.zeroize();
        let p = parsed.map_err(|e| corrupt(&format!("unreadable content: {e}")))?;
        if p.account != account {
            return Err(corrupt("written for another account"));
        }
        Ok(Some(StoredGrant {
            refresh_token: SecretString::new(p.refresh_token.clone()),
            scopes: p.scopes.clone(),
            provider: p.provider.clone(),
            client_id: p.client_id.clone(),
            user: p.user.clone(),
            authorized_at: p.authorized_at,
            refreshed_at: p.refreshed_at,
        }))
    }

    /// Writes the grant atomically (temp file 0600, fsync, rename, fsync of the directory):
    /// after a crash the file holds either the old or the new grant, never a mix.
    pub fn save(&self, account: &str, g: &StoredGrant) -> Result<(), StoreError> {
        let path = self.path(account);
        let plain = Plain {
            version: 1,
            account: account.to_string(),
            provider: g.provider.clone(),
            client_id: g.client_id.clone(),
            user: g.user.clone(),
            refresh_token: g.refresh_token.expose().to_string(),
            scopes: g.scopes.clone(),
            authorized_at: g.authorized_at,
            refreshed_at: g.refreshed_at,
        };
        let mut json = serde_json::to_vec(&plain).map_err(|e| StoreError::Io {
            path: path.clone(),
            source: std::io::Error::other(e),
        })?;
        drop(plain);
        let mut nonce = [0u8; NONCE_LEN];
        rand::rng().fill_bytes(&mut nonce);
        let aad = Self::aad(account);
        let sealed = self
            .cipher
            .encrypt(
                &XNonce::from(nonce),
                Payload {
                    msg: &json,
                    aad: &aad,
                },
            )
            .map_err(|_| StoreError::Key("encryption failed".into()));
        json.zeroize();
        let sealed = sealed?;
        let mut out = Vec::with_capacity(5 + NONCE_LEN + sealed.len());
        out.extend_from_slice(MAGIC);
        out.push(VERSION);
        out.extend_from_slice(&nonce);
        out.extend_from_slice(&sealed);
        write_atomic(&path, &out)?;
        self.adopt(&path);
        Ok(())
    }

    /// Takes the account's lock file (`flock`, exclusive) without waiting: `None` when
    /// another holder has it. Refreshes hold it from reading the refresh token to saving its
    /// successor, so two managers (or two processes: `run` and `ingest --once`) never
    /// redeem the same refresh token twice, which rotation would punish.
    pub fn try_lock(&self, account: &str) -> Result<Option<StoreLock>, StoreError> {
        use std::os::fd::AsRawFd;
        let data = self.path(account);
        let name = data
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or("token")
            .trim_end_matches(".json.enc")
            .to_string();
        let path = self.dir.join(format!("{name}.lock"));
        let f = std::fs::OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .mode(0o600)
            .open(&path)
            .map_err(io(&path))?;
        self.adopt(&path);
        // SAFETY: flock on a descriptor we own; the lock goes with the file when dropped.
        let r = unsafe { libc::flock(f.as_raw_fd(), libc::LOCK_EX | libc::LOCK_NB) };
        if r == 0 {
            return Ok(Some(StoreLock(f)));
        }
        let e = std::io::Error::last_os_error();
        if e.raw_os_error() == Some(libc::EWOULDBLOCK) {
            Ok(None)
        } else {
            Err(io(&path)(e))
        }
    }

    /// Forgets an account's grant.
    pub fn remove(&self, account: &str) -> Result<(), StoreError> {
        let path = self.path(account);
        match std::fs::remove_file(&path) {
            Ok(()) => Ok(()),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
            Err(e) => Err(io(&path)(e)),
        }
    }
}

/// An exclusive lock on one account's token file, released when dropped.
#[derive(Debug)]
pub struct StoreLock(#[allow(dead_code)] std::fs::File);

/// The state directory's `(uid, gid)` when this process runs as root and the directory
/// belongs to another user.
fn foreign_owner(state_dir: &Path) -> Option<(u32, u32)> {
    // SAFETY: geteuid has no preconditions.
    if unsafe { libc::geteuid() } != 0 {
        return None;
    }
    let meta = std::fs::metadata(state_dir).ok()?;
    (meta.uid() != 0).then(|| (meta.uid(), meta.gid()))
}

/// Temp file in the same directory (0600, fsynced), renamed over `path`, then the
/// directory fsynced so the rename itself is durable.
pub fn write_atomic(path: &Path, data: &[u8]) -> Result<(), StoreError> {
    let dir = path.parent().unwrap_or(Path::new("."));
    let tmp = dir.join(format!(
        ".{}.tmp-{}-{}",
        path.file_name().and_then(|n| n.to_str()).unwrap_or("token"),
        std::process::id(),
        rand::rng().next_u32()
    ));
    let result = (|| {
        let mut f = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .mode(0o600)
            .open(&tmp)?;
        f.write_all(data)?;
        f.sync_all()?;
        drop(f);
        std::fs::rename(&tmp, path)?;
        std::fs::File::open(dir)?.sync_all()
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result.map_err(io(path))
}

/// 64 hex characters or base64 of exactly 32 bytes.
fn parse_key(s: &str) -> Result<[u8; 32], String> {
    use base64::Engine;
    let s = s.trim();
    let bytes = if s.len() == 64 && s.chars().all(|c| c.is_ascii_hexdigit()) {
        hex::decode(s).map_err(|e| e.to_string())?
    } else {
        base64::engine::general_purpose::STANDARD
            .decode(s)
            .map_err(|_| {
                "must be 32 random bytes written as 64 hex characters (e.g. `openssl rand -hex 32`) or base64"
                    .to_string()
            })?
    };
    <[u8; 32]>::try_from(bytes.as_slice()).map_err(|_| {
        format!(
            "must be 32 bytes (64 hex characters, e.g. `openssl rand -hex 32`), got {}",
            bytes.len()
        )
    })
}

/// Reads `<state_dir>/token.key`, creating it (0600, 32 random bytes as hex) when missing.
/// Creation is race-free: the key is written to a temp file and hard-linked into place, so a
/// second process either wins or reads the complete winner.
fn generated_key(state_dir: &Path) -> Result<[u8; 32], StoreError> {
    let path = state_dir.join(GENERATED_KEY_FILE);
    let read = |path: &Path| -> Result<[u8; 32], StoreError> {
        if crate::secret::readable_by_others(path) {
            tracing::warn!(path = %path.display(), "The token key file was readable by group/others; resetting it to 0600.");
            std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600))
                .map_err(io(path))?;
        }
        let text = std::fs::read_to_string(path).map_err(io(path))?;
        parse_key(&text).map_err(|e| StoreError::Key(format!("{}: {e}", path.display())))
    };
    if path.exists() {
        return read(&path);
    }
    let mut key = [0u8; 32];
    rand::rng().fill_bytes(&mut key);
    let mut text = hex::encode(key) + "\n";
    let tmp = state_dir.join(format!(".token.key.tmp-{}", std::process::id()));
    let created = (|| {
        let mut f = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .mode(0o600)
            .open(&tmp)?;
        f.write_all(text.as_bytes())?;
        f.sync_all()?;
        drop(f);
        let linked = std::fs::hard_link(&tmp, &path);
        let _ = std::fs::remove_file(&tmp);
        linked?;
        std::fs::File::open(state_dir)?.sync_all()
    })();
    text.zeroize();
    match created {
        Ok(()) => {
            tracing::info!(
                path = %path.display(),
                "Generated a new token encryption key (no [state] token_key configured). Back it up with the state directory, or set token_key to a systemd credential."
            );
            Ok(key)
        }
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
            key.zeroize();
            read(&path)
        }
        Err(e) => Err(io(&path)(e)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn grant(rt: &str) -> StoredGrant {
        StoredGrant {
            refresh_token: SecretString::new(rt),
            scopes: vec!["offline_access".into()],
            provider: "microsoft".into(),
            client_id: "app".into(),
            user: Some("u@example.org".into()),
            authorized_at: 1,
            refreshed_at: 2,
        }
    }

    #[test]
    fn round_trip_encrypted_and_private() {
        let dir = tempfile::tempdir().unwrap();
        let store = TokenStore::open(dir.path(), None).unwrap();
        assert!(store.load("m365").unwrap().is_none());
        store.save("m365", &grant("rt-secret-value")).unwrap();
        let path = store.path("m365");
        assert!(path.ends_with("tokens/m365.json.enc"));
        let raw = std::fs::read(&path).unwrap();
        assert!(!String::from_utf8_lossy(&raw).contains("rt-secret-value"));
        let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
        let key_mode = std::fs::metadata(dir.path().join(GENERATED_KEY_FILE))
            .unwrap()
            .permissions()
            .mode()
            & 0o777;
        assert_eq!(key_mode, 0o600);
        let g = store.load("m365").unwrap().unwrap();
        assert_eq!(g.refresh_token.expose(), "rt-secret-value");
        assert_eq!(g.user.as_deref(), Some("u@example.org"));
        // A second opening reuses the generated key.
        let again = TokenStore::open(dir.path(), None).unwrap();
        assert!(again.load("m365").unwrap().is_some());
        // Renamed to another account: refused.
        std::fs::copy(&path, store.path("other")).unwrap();
        assert!(matches!(
            store.load("other"),
            Err(StoreError::Corrupt { .. })
        ));
        // No temp files left behind.
        // The lock is exclusive, also between two openings in one process.
        let held = store.try_lock("m365").unwrap().unwrap();
        assert!(again.try_lock("m365").unwrap().is_none());
        drop(held);
        assert!(again.try_lock("m365").unwrap().is_some());
        let names: Vec<_> = std::fs::read_dir(dir.path().join("tokens"))
            .unwrap()
            .map(|e| e.unwrap().file_name().into_string().unwrap())
            .collect();
        assert!(
            names
                .iter()
                .all(|n| n.ends_with(".json.enc") || n.ends_with(".lock")),
            "{names:?}"
        );
    }

    #[test]
    fn corrupt_wrong_key_and_loose_permissions() {
        let dir = tempfile::tempdir().unwrap();
        let store = TokenStore::open(dir.path(), None).unwrap();
        store.save("a", &grant("x")).unwrap();
        let path = store.path("a");
        // Flip one byte: authentication fails, with a sentence that says what to do.
        let mut raw = std::fs::read(&path).unwrap();
        let last = raw.len() - 1;
        raw[last] ^= 1;
        std::fs::write(&path, &raw).unwrap();
        let e = store.load("a").unwrap_err().to_string();
        assert!(e.contains("cannot be decrypted"), "{e}");
        assert!(e.contains("authorize a"), "{e}");
        // Garbage.
        std::fs::write(&path, b"{\"refresh_token\":\"plain\"}").unwrap();
        assert!(matches!(store.load("a"), Err(StoreError::Corrupt { .. })));
        // Another key.
        store.save("a", &grant("x")).unwrap();
        let key_file = dir.path().join("k");
        std::fs::write(&key_file, "11".repeat(32)).unwrap();
        std::fs::set_permissions(&key_file, std::fs::Permissions::from_mode(0o600)).unwrap();
        let other = TokenStore::open(dir.path(), Some(&SecretRef::File(key_file))).unwrap();
        assert!(matches!(other.load("a"), Err(StoreError::Corrupt { .. })));
        // World-readable: loaded, and tightened.
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).unwrap();
        assert!(store.load("a").unwrap().is_some());
        let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
    }

    #[test]
    fn key_formats() {
        assert!(parse_key(&"ab".repeat(32)).is_ok());
        use base64::Engine;
        assert!(parse_key(&base64::engine::general_purpose::STANDARD.encode([7u8; 32])).is_ok());
        let e = parse_key("short").unwrap_err();
        assert!(e.contains("openssl rand -hex 32"), "{e}");
        assert!(parse_key(&"ab".repeat(16)).is_err());
    }

    #[test]
    fn odd_account_names_stay_inside_the_directory() {
        let dir = tempfile::tempdir().unwrap();
        let store = TokenStore::open(dir.path(), None).unwrap();
        let p = store.path("../../etc/passwd");
        assert_eq!(p.parent().unwrap(), dir.path().join("tokens"));
    }
}
