//! Secrets: references in the config (`env:NAME`, `file:/path`, `credential:NAME`) and the
//! in-memory [`SecretString`] that never prints its value.

use std::fmt;
use std::path::{Path, PathBuf};

use zeroize::Zeroize;

/// A secret value held in memory. `Debug` and `Display` print `[redacted]`; the buffer is
/// zeroed on drop. Read it with [`SecretString::expose`] at the one place that needs it.
#[derive(Clone, PartialEq, Eq)]
pub struct SecretString(String);

impl SecretString {
    pub fn new(value: impl Into<String>) -> Self {
        Self(value.into())
    }

    /// The secret itself. Call only where the value leaves the process (a header, a SASL line).
    pub fn expose(&self) -> &str {
        &self.0
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl Drop for SecretString {
    fn drop(&mut self) {
        self.0.zeroize();
    }
}

impl fmt::Debug for SecretString {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("SecretString([redacted])")
    }
}

impl fmt::Display for SecretString {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("[redacted]")
    }
}

impl From<&str> for SecretString {
    fn from(s: &str) -> Self {
        Self::new(s)
    }
}

/// Keeps secrets out of core dumps: the core size limit becomes 0 and the process is marked
/// non-dumpable (no core file, no `ptrace` attach by other processes of the same user, and
/// `/proc/<pid>/mem` closed to them). Called first thing in `main`.
pub fn forbid_core_dumps() {
    let zero = libc::rlimit {
        rlim_cur: 0,
        rlim_max: 0,
    };
    // SAFETY: plain system calls on this process with a valid, initialised argument.
    unsafe {
        libc::setrlimit(libc::RLIMIT_CORE, &zero);
        libc::prctl(libc::PR_SET_DUMPABLE, 0, 0, 0, 0);
    }
}

/// Where a secret comes from. Parsed from strings of the form `env:NAME`, `file:/path` or
/// `credential:NAME` (systemd `LoadCredential=`, read from `$CREDENTIALS_DIRECTORY`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SecretRef {
    Env(String),
    File(PathBuf),
    Credential(String),
}

/// Why a secret reference could not be parsed or resolved.
#[derive(Debug, thiserror::Error)]
pub enum SecretError {
    #[error(
        "secret must be a reference: \"env:NAME\", \"file:/path\" or \"credential:NAME\" (inline secrets are not accepted)"
    )]
    NotAReference,
    #[error("secret reference `{0}` has an empty name")]
    Empty(String),
    #[error("environment variable `{0}` is not set")]
    EnvMissing(String),
    #[error("cannot read secret file `{path}`")]
    File {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error(
        "systemd credential `{0}` requested but $CREDENTIALS_DIRECTORY is not set (add LoadCredential= to the unit)"
    )]
    NoCredentialsDirectory(String),
    #[error("secret from `{0}` is empty")]
    EmptyValue(String),
}

impl SecretRef {
    pub fn parse(s: &str) -> Result<Self, SecretError> {
        let (scheme, rest) = s.split_once(':').ok_or(SecretError::NotAReference)?;
        let rest = rest.trim();
        let r = match scheme {
            "env" => SecretRef::Env(rest.to_string()),
            "file" => SecretRef::File(PathBuf::from(rest)),
            "credential" => SecretRef::Credential(rest.to_string()),
            _ => return Err(SecretError::NotAReference),
        };
        if rest.is_empty() {
            return Err(SecretError::Empty(s.to_string()));
        }
        Ok(r)
    }

    /// Reads the secret. Trailing newlines of files are trimmed (editors add one).
    pub fn resolve(&self) -> Result<SecretString, SecretError> {
        let value = match self {
            SecretRef::Env(name) => {
                std::env::var(name).map_err(|_| SecretError::EnvMissing(name.clone()))?
            }
            SecretRef::File(path) => read_file(path)?,
            SecretRef::Credential(name) => {
                let dir = std::env::var_os("CREDENTIALS_DIRECTORY")
                    .ok_or_else(|| SecretError::NoCredentialsDirectory(name.clone()))?;
                read_file(&Path::new(&dir).join(name))?
            }
        };
        let value = value.trim_end_matches(['\r', '\n']).to_string();
        if value.is_empty() {
            return Err(SecretError::EmptyValue(self.to_string()));
        }
        Ok(SecretString(value))
    }

    /// For `file:` references: the file, so callers can warn about loose permissions.
    pub fn file_path(&self) -> Option<&Path> {
        match self {
            SecretRef::File(p) => Some(p),
            _ => None,
        }
    }
}

fn read_file(path: &Path) -> Result<String, SecretError> {
    std::fs::read_to_string(path).map_err(|source| SecretError::File {
        path: path.to_path_buf(),
        source,
    })
}

impl fmt::Display for SecretRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SecretRef::Env(n) => write!(f, "env:{n}"),
            SecretRef::File(p) => write!(f, "file:{}", p.display()),
            SecretRef::Credential(n) => write!(f, "credential:{n}"),
        }
    }
}

/// True when `path` can be read by its group or by others (mode & 0o077 != 0 for read bits).
pub fn readable_by_others(path: &Path) -> bool {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(path)
        .map(|m| m.permissions().mode() & 0o044 != 0)
        .unwrap_or(false)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secret_string_never_prints_value() {
        let s = SecretString::new("hunter2-very-secret");
        assert!(!format!("{s:?}").contains("hunter2"));
        assert!(!format!("{s}").contains("hunter2"));
        assert_eq!(s.expose(), "hunter2-very-secret");
    }

    #[test]
    fn parses_references_and_rejects_inline() {
        assert_eq!(
            SecretRef::parse("env:DASTRA_KEY").unwrap(),
            SecretRef::Env("DASTRA_KEY".into())
        );
        assert_eq!(
            SecretRef::parse("file:/run/x").unwrap(),
            SecretRef::File("/run/x".into())
        );
        assert_eq!(
            SecretRef::parse("credential:dastra").unwrap(),
            SecretRef::Credential("dastra".into())
        );
        assert!(matches!(
            SecretRef::parse("hunter2"),
            Err(SecretError::NotAReference)
        ));
        assert!(matches!(
            SecretRef::parse("env:"),
            Err(SecretError::Empty(_))
        ));
    }

    #[test]
    fn resolves_files_and_credentials() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("k"), "abc\n").unwrap();
        let r = SecretRef::File(dir.path().join("k"));
        assert_eq!(r.resolve().unwrap().expose(), "abc");
        let missing = SecretRef::File(dir.path().join("nope"));
        assert!(matches!(missing.resolve(), Err(SecretError::File { .. })));
    }
}
