//! A private, real Dovecot 2.3 for tests.
//!
//! [`Dovecot::start`] writes its own configuration into a fresh temporary
//! directory, generates a test CA and a `CA:FALSE` server certificate for
//! `localhost` / `127.0.0.1`, and runs `dovecot -F -c <conf>` as a child
//! process with IMAP (plain, port-143 style) and IMAPS (implicit TLS)
//! listeners on free loopback ports. Everything is torn down when the
//! [`Dovecot`] is dropped (also when the test panics), and the Dovecot master
//! gets `SIGKILL` if the test process dies (`PR_SET_PDEATHSIG`).
//!
//! Authentication: the users in [`DovecotOptions::users`] live in a
//! `passwd-file` (mechanisms `PLAIN`/`LOGIN`); with
//! [`DovecotOptions::introspection_url`] set, an `oauth2` passdb verifies
//! `XOAUTH2` / `OAUTHBEARER` tokens against that RFC 7662 endpoint
//! (`introspection_mode = post`), e.g. the OAuth double's
//! [`introspection_url`](crate::oauth). The userdb is static, so any user
//! name that authenticates gets a maildir under [`Dovecot::dir`]`/mail/<user>`.
//!
//! The helper methods ([`Dovecot::append`], [`Dovecot::fetch_all`],
//! [`Dovecot::count`], ...) are blocking and talk IMAP over the plain loopback
//! port with a tiny built-in client, logging in through a generated Dovecot
//! *master user* so they work for every user, including OAuth-only ones. They
//! open a new connection per call, need no async runtime, and may be called
//! from `#[test]` and `#[tokio::test]` alike (inside a multi-threaded tokio
//! runtime they briefly block a worker thread, which is fine for tests). They
//! panic with a descriptive message on failure, as a test fixture should.
//!
//! ```no_run
//! use testbench::dovecot::{Dovecot, DovecotOptions, DEFAULT_PASSWORD, DEFAULT_USER};
//! let dc = Dovecot::start(DovecotOptions::default());
//! let uid = dc.append(DEFAULT_USER, "INBOX", b"Subject: hi\r\n\r\nbody\r\n");
//! assert_eq!(dc.fetch_all(DEFAULT_USER, "INBOX")[0].0, uid);
//! // connect your client to dc.host():dc.imaps_port(), trusting dc.ca_pem()
//! # let _ = DEFAULT_PASSWORD;
//! ```
//!
//! Mailbox names in this API are ordinary Rust strings; they are converted to
//! and from IMAP's modified UTF-7 on the wire. The hierarchy separator is `/`.
//!
//! Dovecot stores messages with LF line endings (`mail_save_crlf = no`) and
//! always returns CRLF, so a message appended with CRLF line endings comes
//! back byte for byte, while bare LFs come back as CRLF.
//!
//! Configuration notes (see `dovecot.conf` in [`Dovecot::dir`]):
//! * `auth_failure_delay = 0` **and** the anvil auth penalty disabled, so
//!   failed logins are answered at once (otherwise Dovecot delays later
//!   logins from 127.0.0.1 by 2-15 s after a failure).
//! * `auth_master_user_separator = *`: a login name containing `*` is a
//!   master-user login, so test users must not contain `*`.
//! * `mail_max_userip_connections = 1000` (default 10 per user and IP).
//! * Maildir++ under `mail/<user>`, owned by `nobody:nogroup`; one namespace
//!   with `separator = /` and `inbox = yes`.
//! * Optionally an SMTP submission service
//!   ([`DovecotOptions::submission_relay`]).

use std::collections::BTreeSet;
use std::fmt;
use std::fs;
use std::io::{self, BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::os::unix::fs::PermissionsExt;
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::sync::{Arc, Mutex, MutexGuard, OnceLock};
use std::thread;
use std::time::{Duration, Instant};

use base64::Engine as _;

/// The user in [`DovecotOptions::default`].
pub const DEFAULT_USER: &str = "alice@example.test";
/// The password of [`DEFAULT_USER`] in [`DovecotOptions::default`].
pub const DEFAULT_PASSWORD: &str = "alice-password";

/// The loopback address every listener binds to.
const HOST: &str = "127.0.0.1";
/// Name of the generated Dovecot master user the helpers log in as.
const MASTER_USER: &str = "testbench-master";
/// Separator between the target user and the master user in a master login.
const MASTER_SEPARATOR: &str = "*";
/// How long a socket read or write of the helper client may block.
const IO_TIMEOUT: Duration = Duration::from_secs(30);
/// How long one start attempt may take before Dovecot counts as failed.
const START_TIMEOUT: Duration = Duration::from_secs(20);
/// How long to keep retrying a start after a stop (address / pid still busy).
const RESTART_RETRY: Duration = Duration::from_secs(30);

/// The capabilities Dovecot 2.3.19 advertises after login with the default
/// `imap_capability`, minus `MOVE`; used by [`DovecotOptions::disable_move`].
/// (`imap_capability = +X` can only add; removing one needs the full list.)
const CAPABILITIES_WITHOUT_MOVE: &str = "IMAP4rev1 SASL-IR LOGIN-REFERRALS ID ENABLE IDLE SORT \
     SORT=DISPLAY THREAD=REFERENCES THREAD=REFS THREAD=ORDEREDSUBJECT MULTIAPPEND URL-PARTIAL \
     CATENATE UNSELECT CHILDREN NAMESPACE UIDPLUS LIST-EXTENDED I18NLEVEL=1 CONDSTORE QRESYNC \
     ESEARCH ESORT SEARCHRES WITHIN CONTEXT=SEARCH LIST-STATUS BINARY SNIPPET=FUZZY \
     PREVIEW=FUZZY PREVIEW STATUS=SIZE SAVEDATE LITERAL+ NOTIFY";

/// How to configure a [`Dovecot`].
#[derive(Debug, Clone)]
pub struct DovecotOptions {
    /// `(user, password)` pairs for the `passwd-file` passdb (`PLAIN` and
    /// `LOGIN`). Neither part may contain `:` or a line break, and user
    /// names may not contain `*` (the master-user separator). The default
    /// is one user, [`DEFAULT_USER`] with [`DEFAULT_PASSWORD`].
    pub users: Vec<(String, String)>,
    /// RFC 7662 token introspection endpoint for Dovecot's `oauth2` passdb
    /// (`introspection_mode = post`, `username_attribute = username`,
    /// `active_attribute = active`, `active_value = true`,
    /// `force_introspection = yes`). When `Some`, `XOAUTH2` and
    /// `OAUTHBEARER` are offered and verified by Dovecot itself; when `None`
    /// (the default), there is no oauth2 passdb and neither mechanism is
    /// offered.
    pub introspection_url: Option<String>,
    /// Do not advertise the `MOVE` capability (RFC 6851), so a client's
    /// `COPY` + `STORE \Deleted` + `UID EXPUNGE` fallback can be tested.
    /// Note that Dovecot still *accepts* a `MOVE` command; only the
    /// advertisement changes.
    pub disable_move: bool,
    /// When set, also run Dovecot's SMTP submission service (RFC 6409) on
    /// two more loopback ports, [`Dovecot::submission_port`] (plain, with
    /// `STARTTLS`) and [`Dovecot::submissions_port`] (implicit TLS), with the
    /// same authentication as IMAP, relaying every accepted message to this
    /// SMTP server (`submission_relay_trusted = yes`, no relay auth). Dovecot
    /// connects to the relay when a client starts a transaction, so the
    /// relay must be listening by then. Default `None`: no submission.
    pub submission_relay: Option<SocketAddr>,
    /// Extra lines appended to `dovecot.conf` (later settings override
    /// earlier ones), e.g. `"auth_debug = yes"`.
    pub extra_config: Vec<String>,
    /// Extra lines appended to the oauth2 passdb's `oauth2.conf.ext`, e.g.
    /// `"client_id = x"`; ignored without an introspection URL.
    pub oauth2_extra_config: Vec<String>,
    /// Mailbox format of `mail_location`: `maildir` (the default; needed by
    /// [`Dovecot::reset_uidvalidity`]), or `sdbox`/`mdbox` (benchmarks: a
    /// MOVE there does not rescan the folder the way maildir's uidlist sync does).
    pub mail_format: String,
}

impl Default for DovecotOptions {
    fn default() -> Self {
        DovecotOptions {
            users: vec![(DEFAULT_USER.to_string(), DEFAULT_PASSWORD.to_string())],
            introspection_url: None,
            disable_move: false,
            submission_relay: None,
            extra_config: Vec::new(),
            oauth2_extra_config: Vec::new(),
            mail_format: "maildir".to_string(),
        }
    }
}

impl DovecotOptions {
    /// Same as [`DovecotOptions::default`].
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds a `passwd-file` user (in addition to the ones already listed).
    pub fn with_user(mut self, user: impl Into<String>, password: impl Into<String>) -> Self {
        self.users.push((user.into(), password.into()));
        self
    }

    /// Enables the `oauth2` passdb against this introspection URL.
    pub fn with_introspection_url(mut self, url: impl Into<String>) -> Self {
        self.introspection_url = Some(url.into());
        self
    }

    /// Sets [`DovecotOptions::disable_move`].
    pub fn with_disable_move(mut self, disable: bool) -> Self {
        self.disable_move = disable;
        self
    }

    /// Enables the submission service, relaying to `relay`
    /// ([`DovecotOptions::submission_relay`]).
    pub fn with_submission_relay(mut self, relay: SocketAddr) -> Self {
        self.submission_relay = Some(relay);
        self
    }

    /// Sets the mailbox format (`maildir`, `sdbox`, `mdbox`).
    pub fn with_mail_format(mut self, format: impl Into<String>) -> Self {
        self.mail_format = format.into();
        self
    }

    /// Appends one line to `dovecot.conf`.
    pub fn with_config(mut self, line: impl Into<String>) -> Self {
        self.extra_config.push(line.into());
        self
    }
}

/// A running private Dovecot instance. See the [module docs](self).
///
/// All methods take `&self` (the child process lives behind a mutex), so a
/// `Dovecot` can be shared through an `Arc` and still be restarted.
pub struct Dovecot {
    dir: tempfile::TempDir,
    options: DovecotOptions,
    ports: Mutex<Ports>,
    ca_pem: Vec<u8>,
    ca_der: Vec<u8>,
    ca_path: PathBuf,
    master_password: String,
    child: Mutex<Option<Child>>,
}

#[derive(Debug, Clone, Copy)]
struct Ports {
    imap: u16,
    imaps: u16,
    /// `(submission, submissions)` when a submission relay is configured.
    submission: Option<(u16, u16)>,
}

impl Ports {
    /// Every listening port.
    fn all(&self) -> Vec<u16> {
        let mut v = vec![self.imap, self.imaps];
        if let Some((a, b)) = self.submission {
            v.extend([a, b]);
        }
        v
    }
}

impl fmt::Debug for Dovecot {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Dovecot")
            .field("dir", &self.dir.path())
            .field("imap_port", &self.imap_port())
            .field("imaps_port", &self.imaps_port())
            .field("pid", &self.pid())
            .finish()
    }
}

impl Dovecot {
    /// Writes the configuration, users and certificates into a new temporary
    /// directory, starts `dovecot -F` on free loopback ports and waits until
    /// both listeners accept connections (the plain one must send its
    /// `* OK` greeting).
    ///
    /// # Panics
    ///
    /// If Dovecot is not installed (`apt-get install dovecot-imapd`, plus
    /// `dovecot-submissiond` for a submission relay), if the test does not
    /// run as root (Dovecot's master must), or if Dovecot does not come up;
    /// the message then includes Dovecot's log.
    pub fn start(options: DovecotOptions) -> Dovecot {
        let dovecot_bin = find_binary("dovecot").unwrap_or_else(|| {
            panic!(
                "testbench::dovecot: the `dovecot` binary was not found in PATH, /usr/sbin or \
                 /usr/local/sbin; install it with \
                 `apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y dovecot-imapd`"
            )
        });
        if options.submission_relay.is_some()
            && !Path::new("/usr/lib/dovecot/submission").exists()
            && !Path::new("/usr/libexec/dovecot/submission").exists()
        {
            panic!(
                "testbench::dovecot: a submission relay was requested but Dovecot's submission \
                 service is missing; install it with \
                 `DEBIAN_FRONTEND=noninteractive apt-get install -y dovecot-submissiond`"
            );
        }
        // SAFETY: geteuid has no preconditions and cannot fail.
        if unsafe { libc::geteuid() } != 0 {
            panic!(
                "testbench::dovecot: the test must run as root (found {}): Dovecot's master \
                 process must start as root to switch to the mail user `nobody`",
                dovecot_bin.display()
            );
        }
        for (user, password) in &options.users {
            assert!(
                !user.is_empty()
                    && !format!("{user}{password}").contains([':', '\n', '\r'])
                    && !user.contains(MASTER_SEPARATOR),
                "testbench::dovecot: user {user:?} / its password may not be empty or contain \
                 ':', '{MASTER_SEPARATOR}' or line breaks"
            );
        }

        let dir = tempfile::Builder::new()
            .prefix("testbench-dovecot-")
            .tempdir()
            .expect("create a temporary directory for Dovecot");
        // The mail processes run as `nobody` and must traverse the directory.
        fs::set_permissions(dir.path(), fs::Permissions::from_mode(0o755))
            .expect("chmod the Dovecot directory");
        let root = dir.path().to_path_buf();
        for sub in ["run", "state", "tls", "mail"] {
            fs::create_dir_all(root.join(sub)).expect("create Dovecot subdirectory");
        }
        let (uid, gid) = nobody_ids();
        std::os::unix::fs::chown(root.join("mail"), Some(uid), Some(gid))
            .expect("chown the mail directory to nobody:nogroup");

        let tls = generate_tls();
        let ca_path = root.join("tls/ca.pem");
        write_file(&ca_path, tls.ca_pem.as_bytes(), 0o644);
        write_file(&root.join("tls/cert.pem"), tls.cert_pem.as_bytes(), 0o644);
        write_file(&root.join("tls/key.pem"), tls.key_pem.as_bytes(), 0o600);

        let master_password = format!("{:032x}", rand::random::<u128>());
        let mut users = String::new();
        for (user, password) in &options.users {
            users.push_str(&format!("{user}:{{PLAIN}}{password}::::::\n"));
        }
        // The auth process runs as `dovecot` and reads these files.
        write_auth_file(&root.join("users"), users.as_bytes());
        write_auth_file(
            &root.join("master-users"),
            format!("{MASTER_USER}:{{PLAIN}}{master_password}::::::\n").as_bytes(),
        );
        if let Some(url) = &options.introspection_url {
            let mut conf = format!(
                "introspection_mode = post\n\
                 introspection_url = {url}\n\
                 force_introspection = yes\n\
                 username_attribute = username\n\
                 active_attribute = active\n\
                 active_value = true\n"
            );
            for line in &options.oauth2_extra_config {
                conf.push_str(line);
                conf.push('\n');
            }
            write_auth_file(&root.join("oauth2.conf.ext"), conf.as_bytes());
        }

        let dovecot = Dovecot {
            ca_path,
            ca_pem: tls.ca_pem.into_bytes(),
            ca_der: tls.ca_der,
            dir,
            options,
            ports: Mutex::new(Ports {
                imap: 0,
                imaps: 0,
                submission: None,
            }),
            master_password,
            child: Mutex::new(None),
        };

        // Free ports are picked by binding port 0 and closing the socket, so
        // another process may grab one before Dovecot binds it: pick again.
        let mut last_error = String::new();
        for _ in 0..4 {
            let picked = free_ports(4);
            *lock(&dovecot.ports) = Ports {
                imap: picked[0],
                imaps: picked[1],
                submission: dovecot
                    .options
                    .submission_relay
                    .map(|_| (picked[2], picked[3])),
            };
            dovecot.write_config();
            let mut child = lock(&dovecot.child);
            match dovecot.launch(&mut child, Duration::ZERO) {
                Ok(()) => {
                    drop(child);
                    return dovecot;
                }
                Err(e) => {
                    last_error = e;
                    let log = dovecot.log();
                    if !log.contains("Address already in use") {
                        break;
                    }
                    // Move the log aside so the next attempt's check is fresh.
                    let _ = fs::rename(
                        dovecot.dir().join("dovecot.log"),
                        dovecot.dir().join("dovecot.log.failed"),
                    );
                }
            }
        }
        panic!(
            "testbench::dovecot: Dovecot did not start: {last_error}\n--- log ---\n{}",
            dovecot.log()
        );
    }

    /// Always `"127.0.0.1"`: every listener binds to loopback only.
    pub fn host(&self) -> &str {
        HOST
    }

    /// Port of the plain IMAP listener (port-143 style: `STARTTLS` offered,
    /// plaintext `LOGIN` allowed).
    pub fn imap_port(&self) -> u16 {
        lock(&self.ports).imap
    }

    /// Port of the implicit-TLS IMAPS listener (port-993 style). Its
    /// certificate is valid for `localhost` and `127.0.0.1` and is signed by
    /// the CA in [`Dovecot::ca_pem`].
    pub fn imaps_port(&self) -> u16 {
        lock(&self.ports).imaps
    }

    /// Port of the plain submission listener (port-587 style, `STARTTLS`
    /// offered, `AUTH` allowed without TLS on loopback); `None` without
    /// [`DovecotOptions::submission_relay`].
    pub fn submission_port(&self) -> Option<u16> {
        lock(&self.ports).submission.map(|(plain, _)| plain)
    }

    /// Port of the implicit-TLS submission listener (port-465 style); `None`
    /// without [`DovecotOptions::submission_relay`].
    pub fn submissions_port(&self) -> Option<u16> {
        lock(&self.ports).submission.map(|(_, tls)| tls)
    }

    /// The test CA certificate (PEM) that signed the server certificate.
    pub fn ca_pem(&self) -> &[u8] {
        &self.ca_pem
    }

    /// The test CA certificate (DER).
    pub fn ca_der(&self) -> &[u8] {
        &self.ca_der
    }

    /// Path of the PEM file holding the test CA certificate.
    pub fn ca_path(&self) -> &Path {
        &self.ca_path
    }

    /// A rustls client configuration (aws-lc-rs provider) that trusts only
    /// the test CA, for IMAPS connections from tests.
    pub fn rustls_client_config(&self) -> Arc<rustls::ClientConfig> {
        let mut roots = rustls::RootCertStore::empty();
        roots
            .add(rustls::pki_types::CertificateDer::from(self.ca_der.clone()))
            .expect("add the test CA to a root store");
        let config = rustls::ClientConfig::builder_with_provider(Arc::new(
            rustls::crypto::aws_lc_rs::default_provider(),
        ))
        .with_safe_default_protocol_versions()
        .expect("rustls protocol versions")
        .with_root_certificates(roots)
        .with_no_client_auth();
        Arc::new(config)
    }

    /// The instance's directory: `dovecot.conf`, `dovecot.log`, `users`,
    /// `tls/`, `mail/<user>/` (maildirs), `run/` (base_dir), `state/`.
    pub fn dir(&self) -> &Path {
        self.dir.path()
    }

    /// Path of the generated `dovecot.conf`.
    pub fn config_path(&self) -> PathBuf {
        self.dir().join("dovecot.conf")
    }

    /// The options this instance was started with.
    pub fn options(&self) -> &DovecotOptions {
        &self.options
    }

    /// PID of the Dovecot master process, `None` while stopped.
    pub fn pid(&self) -> Option<u32> {
        lock(&self.child).as_ref().map(Child::id)
    }

    /// Whether the master process is running.
    pub fn is_running(&self) -> bool {
        let mut child = lock(&self.child);
        match child.as_mut() {
            Some(c) => matches!(c.try_wait(), Ok(None)),
            None => false,
        }
    }

    /// Dovecot's log (`dovecot.log`) followed by anything the master wrote
    /// to stdout/stderr, for debugging and for asserting on log lines.
    pub fn log(&self) -> String {
        let mut text = fs::read_to_string(self.dir().join("dovecot.log")).unwrap_or_default();
        let stderr = fs::read_to_string(self.dir().join("dovecot.stderr")).unwrap_or_default();
        if !stderr.trim().is_empty() {
            text.push_str("--- dovecot stdout/stderr ---\n");
            text.push_str(&stderr);
        }
        text
    }

    /// Stops Dovecot and waits until its ports no longer accept connections:
    /// `SIGTERM` to all its processes (open connections get
    /// `* BYE Server shutting down.`), then `SIGKILL` for anything still
    /// running after 500 ms. The mail store is kept; [`Dovecot::restart`]
    /// starts it again. Does nothing if already stopped.
    pub fn stop(&self) {
        let mut child = lock(&self.child);
        self.stop_locked(&mut child, true);
    }

    /// Simulates a crash: `SIGKILL` to the master and all its processes at
    /// once, so clients see their connections reset without a `BYE`.
    /// [`Dovecot::restart`] starts it again (same ports and mail store).
    pub fn kill(&self) {
        let mut child = lock(&self.child);
        self.stop_locked(&mut child, false);
    }

    /// Stops Dovecot (if running) and starts it again on the same ports with
    /// the same mail store, retrying for up to 30 s while the old instance's
    /// sockets are still busy. Open client connections are dropped.
    ///
    /// # Panics
    ///
    /// If Dovecot does not come back; the message includes the log.
    pub fn restart(&self) {
        let mut child = lock(&self.child);
        self.stop_locked(&mut child, true);
        if let Err(e) = self.launch(&mut child, RESTART_RETRY) {
            drop(child);
            panic!(
                "testbench::dovecot: restart failed: {e}\n--- log ---\n{}",
                self.log()
            );
        }
    }

    /// Makes Dovecot assign a new UIDVALIDITY to `folder` of `user`: stops
    /// Dovecot, deletes the folder's `dovecot-uidlist` and index files (and
    /// the user's mailbox list index), and starts Dovecot again. The messages
    /// stay but get new UIDs (from 1). Open connections are dropped.
    /// Returns the new UIDVALIDITY.
    ///
    /// # Panics
    ///
    /// If the folder does not exist or the UIDVALIDITY did not change.
    pub fn reset_uidvalidity(&self, user: &str, folder: &str) -> u32 {
        let before = self.uid_validity(user, folder);
        let user_root = self.dir().join("mail").join(user);
        let folder_dir = if folder.eq_ignore_ascii_case("INBOX") {
            user_root.clone()
        } else {
            user_root.join(format!(".{}", mutf7_encode(folder).replace('/', ".")))
        };
        assert!(
            folder_dir.is_dir(),
            "testbench::dovecot: maildir {} of {user}/{folder} not found",
            folder_dir.display()
        );
        let mut child = lock(&self.child);
        self.stop_locked(&mut child, true);
        remove_matching(&folder_dir, |name| {
            name == "dovecot-uidlist" || name.starts_with("dovecot.index")
        });
        remove_matching(&user_root, |name| name.starts_with("dovecot.list.index"));
        if let Err(e) = self.launch(&mut child, RESTART_RETRY) {
            drop(child);
            panic!(
                "testbench::dovecot: restart after the UIDVALIDITY reset failed: {e}\n\
                 --- log ---\n{}",
                self.log()
            );
        }
        drop(child);
        let after = self.uid_validity(user, folder);
        assert_ne!(
            before, after,
            "testbench::dovecot: UIDVALIDITY of {user}/{folder} did not change"
        );
        after
    }

    /// Disconnects every IMAP client of every user (`doveadm kick '*'`)
    /// without restarting Dovecot; the clients see their connection closed.
    /// Returns `doveadm`'s output (the kicked users).
    ///
    /// # Panics
    ///
    /// If `doveadm` fails.
    pub fn kill_connections(&self) -> String {
        self.kick("*")
    }

    /// Disconnects all IMAP clients of users matching `user_mask` (`*` and
    /// `?` wildcards) with `doveadm kick`. Returns `doveadm`'s output.
    ///
    /// # Panics
    ///
    /// If `doveadm` fails.
    pub fn kick(&self, user_mask: &str) -> String {
        let doveadm = find_binary("doveadm").expect("doveadm not found (dovecot-core)");
        let out = Command::new(doveadm)
            .arg("-c")
            .arg(self.config_path())
            .arg("kick")
            .arg(user_mask)
            .output()
            .expect("run doveadm kick");
        let text = format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        // doveadm exits 68 (EX_NOUSER) if nobody matched: not an error here.
        assert!(
            out.status.success() || out.status.code() == Some(68),
            "testbench::dovecot: doveadm kick failed ({}): {text}",
            out.status
        );
        text
    }

    /// Logs in on the plain IMAP port with `LOGIN user password`. Returns the
    /// logged-in session, or the server's tagged reply (e.g.
    /// `NO [AUTHENTICATIONFAILED] Authentication failed.`) as the error.
    pub fn login(&self, user: &str, password: &str) -> Result<ImapSession, String> {
        let mut session = ImapSession::connect(HOST, self.imap_port())
            .map_err(|e| format!("connect to {HOST}:{}: {e}", self.imap_port()))?;
        session.login(user, password)?;
        Ok(session)
    }

    /// A logged-in session on the plain IMAP port for any `user`, through the
    /// generated master user (`user*testbench-master`). Nothing in the user's
    /// passdb entry is needed, so this also works for OAuth-only users.
    ///
    /// # Panics
    ///
    /// If the connection or login fails.
    pub fn session(&self, user: &str) -> ImapSession {
        let login = format!("{user}{MASTER_SEPARATOR}{MASTER_USER}");
        self.login(&login, &self.master_password)
            .unwrap_or_else(|e| panic!("testbench::dovecot: master login as {user}: {e}"))
    }

    /// The capabilities advertised to `user` after login (`CAPABILITY`).
    pub fn capabilities(&self, user: &str) -> Vec<String> {
        self.session(user).capabilities()
    }

    /// Appends `raw` (a complete RFC 5322 message) to `folder` of `user` and
    /// returns its UID from the `APPENDUID` response code. The folder must
    /// exist (INBOX always does; see [`Dovecot::create_folder`]).
    pub fn append(&self, user: &str, folder: &str, raw: &[u8]) -> u32 {
        self.append_with_flags(user, folder, &[], raw)
    }

    /// Like [`Dovecot::append`], with initial flags such as `"\\Seen"`.
    pub fn append_with_flags(&self, user: &str, folder: &str, flags: &[&str], raw: &[u8]) -> u32 {
        let mut s = self.session(user);
        let parts = vec![
            Part::Text(format!("APPEND {}", quote_mailbox(folder))),
            Part::Text(if flags.is_empty() {
                " ".to_string()
            } else {
                format!(" ({}) ", flags.join(" "))
            }),
            Part::Literal(raw.to_vec()),
        ];
        let reply = s.run(parts).expect("APPEND i/o");
        let reply = reply.expect_ok(&format!("APPEND to {user}/{folder}"));
        let code = response_code(&reply.tagged, "APPENDUID").unwrap_or_else(|| {
            panic!(
                "testbench::dovecot: no APPENDUID in {:?}",
                reply.tagged_text()
            )
        });
        let mut it = code.split_whitespace();
        let _uidvalidity = it.next();
        it.next()
            .and_then(|u| u.parse().ok())
            .unwrap_or_else(|| panic!("testbench::dovecot: bad APPENDUID code {code:?}"))
    }

    /// Appends every message of `raws` to `folder` of `user` over **one**
    /// session (one login instead of one per message, for benchmark
    /// backlogs) and returns their UIDs in order.
    pub fn append_many(&self, user: &str, folder: &str, raws: &[Vec<u8>]) -> Vec<u32> {
        let mut s = self.session(user);
        // The literal's closing CRLF is a small write after a large one: without this,
        // Nagle + delayed ACK add tens of milliseconds per message.
        let _ = s.writer.set_nodelay(true);
        raws.iter()
            .map(|raw| {
                let parts = vec![
                    Part::Text(format!("APPEND {} ", quote_mailbox(folder))),
                    Part::Literal(raw.clone()),
                ];
                let reply = s.run(parts).expect("APPEND i/o");
                let reply = reply.expect_ok(&format!("APPEND to {user}/{folder}"));
                let code = response_code(&reply.tagged, "APPENDUID").unwrap_or_else(|| {
                    panic!(
                        "testbench::dovecot: no APPENDUID in {:?}",
                        reply.tagged_text()
                    )
                });
                code.split_whitespace()
                    .nth(1)
                    .and_then(|u| u.parse().ok())
                    .unwrap_or_else(|| panic!("testbench::dovecot: bad APPENDUID code {code:?}"))
            })
            .collect()
    }

    /// Creates folder `name` for `user` (`/` separates levels). Succeeds if
    /// the folder already exists. Missing parents only appear as
    /// non-selectable hierarchy levels (maildir++), not as folders.
    pub fn create_folder(&self, user: &str, name: &str) {
        let reply = self
            .session(user)
            .command(&format!("CREATE {}", quote_mailbox(name)))
            .expect("CREATE i/o");
        if !reply.is_ok() && response_code(&reply.tagged, "ALREADYEXISTS").is_none() {
            panic!(
                "testbench::dovecot: CREATE {user}/{name}: {}",
                reply.tagged_text()
            );
        }
    }

    /// Deletes folder `name` of `user` (with its messages).
    pub fn delete_folder(&self, user: &str, name: &str) {
        self.session(user)
            .command(&format!("DELETE {}", quote_mailbox(name)))
            .expect("DELETE i/o")
            .expect_ok(&format!("DELETE {user}/{name}"));
    }

    /// Every selectable folder of `user` with its message count (`LIST`,
    /// then `STATUS (MESSAGES)` per folder), sorted by name.
    pub fn folders(&self, user: &str) -> Vec<(String, u32)> {
        let mut s = self.session(user);
        let mut out = Vec::new();
        for name in s.list() {
            let count = s
                .status(&name, "MESSAGES")
                .unwrap_or_else(|e| panic!("testbench::dovecot: STATUS {user}/{name}: {e}"));
            out.push((name, count));
        }
        out.sort();
        out
    }

    /// Whether `folder` of `user` exists (and is selectable).
    pub fn folder_exists(&self, user: &str, folder: &str) -> bool {
        self.session(user).status(folder, "MESSAGES").is_ok()
    }

    /// Number of messages in `folder` of `user` (`STATUS (MESSAGES)`).
    ///
    /// # Panics
    ///
    /// If the folder does not exist.
    pub fn count(&self, user: &str, folder: &str) -> u32 {
        self.status_item(user, folder, "MESSAGES")
    }

    /// UIDVALIDITY of `folder` of `user` (`STATUS (UIDVALIDITY)`).
    pub fn uid_validity(&self, user: &str, folder: &str) -> u32 {
        self.status_item(user, folder, "UIDVALIDITY")
    }

    /// UIDNEXT of `folder` of `user` (`STATUS (UIDNEXT)`).
    pub fn uid_next(&self, user: &str, folder: &str) -> u32 {
        self.status_item(user, folder, "UIDNEXT")
    }

    fn status_item(&self, user: &str, folder: &str, item: &str) -> u32 {
        self.session(user)
            .status(folder, item)
            .unwrap_or_else(|e| panic!("testbench::dovecot: STATUS {user}/{folder} ({item}): {e}"))
    }

    /// Every message of `folder` of `user` as `(uid, raw bytes)`, in UID
    /// order (`EXAMINE`, so `\Seen` and `\Recent` are not touched).
    pub fn fetch_all(&self, user: &str, folder: &str) -> Vec<(u32, Vec<u8>)> {
        self.fetch(user, folder, true)
            .into_iter()
            .map(|m| (m.uid, m.body.unwrap_or_default()))
            .collect()
    }

    /// The flags of every message of `folder` of `user` as `(uid, flags)`,
    /// in UID order, e.g. `(3, vec!["\\Seen"])` (`\Recent` is left out).
    pub fn flags(&self, user: &str, folder: &str) -> Vec<(u32, Vec<String>)> {
        self.fetch(user, folder, false)
            .into_iter()
            .map(|m| (m.uid, m.flags))
            .collect()
    }

    fn fetch(&self, user: &str, folder: &str, body: bool) -> Vec<FetchedMessage> {
        let mut s = self.session(user);
        let reply = s
            .command(&format!("EXAMINE {}", quote_mailbox(folder)))
            .expect("EXAMINE i/o")
            .expect_ok(&format!("EXAMINE {user}/{folder}"));
        let exists = reply.untagged.iter().any(|line| {
            let toks = tokenize(line);
            matches!(toks.get(2), Some(Tok::Atom(a)) if a.eq_ignore_ascii_case(b"EXISTS"))
                && !matches!(toks.get(1), Some(Tok::Atom(n)) if n == b"0")
        });
        if !exists {
            return Vec::new();
        }
        let items = if body {
            "(UID FLAGS BODY.PEEK[])"
        } else {
            "(UID FLAGS)"
        };
        let reply = s
            .command(&format!("UID FETCH 1:* {items}"))
            .expect("UID FETCH i/o")
            .expect_ok(&format!("UID FETCH {user}/{folder}"));
        let mut out: Vec<FetchedMessage> = reply
            .untagged
            .iter()
            .filter_map(|line| parse_fetch(line))
            .filter(|m| !body || m.body.is_some())
            .collect();
        out.sort_by_key(|m| m.uid);
        out.dedup_by_key(|m| m.uid);
        out
    }

    /// Polls [`Dovecot::count`] every 100 ms until `folder` of `user` holds
    /// exactly `n` messages (a missing folder counts as 0).
    ///
    /// # Panics
    ///
    /// After `timeout`, with the last count and the user's folders.
    pub fn wait_for_count(&self, user: &str, folder: &str, n: u32, timeout: Duration) {
        let deadline = Instant::now() + timeout;
        loop {
            let count = self.session(user).status(folder, "MESSAGES").unwrap_or(0);
            if count == n {
                return;
            }
            if Instant::now() >= deadline {
                panic!(
                    "testbench::dovecot: {user}/{folder} has {count} messages, expected {n} \
                     within {timeout:?}; folders: {:?}",
                    self.folders(user)
                );
            }
            thread::sleep(Duration::from_millis(100));
        }
    }

    // ----- process management ---------------------------------------------

    fn write_config(&self) {
        let root = self.dir().display().to_string();
        let ports = *lock(&self.ports);
        let oauth = self.options.introspection_url.is_some();
        let mut conf = format!(
            "# generated by testbench::dovecot
protocols = imap{submission}
listen = {HOST}
base_dir = {root}/run
state_dir = {root}/state
instance_name = testbench-{imap}
log_path = {root}/dovecot.log
info_log_path = {root}/dovecot.log
debug_log_path = {root}/dovecot.log
ssl = yes
ssl_cert = <{root}/tls/cert.pem
ssl_key = <{root}/tls/key.pem
disable_plaintext_auth = no
auth_failure_delay = 0
auth_mechanisms = plain login{oauth_mechs}
auth_verbose = yes
auth_master_user_separator = {MASTER_SEPARATOR}
mail_location = {mail_format}:{root}/mail/%u
first_valid_uid = 1
mail_uid = nobody
mail_gid = nogroup
default_login_user = dovenull
default_internal_user = dovecot
mail_max_userip_connections = 1000
namespace inbox {{
  inbox = yes
  separator = /
  prefix =
}}
passdb {{
  driver = passwd-file
  master = yes
  args = scheme=PLAIN username_format=%u {root}/master-users
}}
passdb {{
  driver = passwd-file
  mechanisms = plain login
  args = scheme=PLAIN username_format=%u {root}/users
}}
",
            imap = ports.imap,
            mail_format = self.options.mail_format,
            oauth_mechs = if oauth { " xoauth2 oauthbearer" } else { "" },
            submission = if ports.submission.is_some() {
                " submission"
            } else {
                ""
            },
        );
        if oauth {
            conf.push_str(&format!(
                "passdb {{
  driver = oauth2
  mechanisms = xoauth2 oauthbearer
  args = {root}/oauth2.conf.ext
}}
"
            ));
        }
        conf.push_str(&format!(
            "userdb {{
  driver = static
  args = uid=nobody gid=nogroup home={root}/mail/%u
}}
# No per-IP auth penalty (up to 15 s after failed logins, on top of
# auth_failure_delay): tests fail logins on purpose from 127.0.0.1.
service anvil {{
  unix_listener anvil-auth-penalty {{
    mode = 0
  }}
}}
service imap-login {{
  inet_listener imap {{
    address = {HOST}
    port = {imap}
  }}
  inet_listener imaps {{
    address = {HOST}
    port = {imaps}
    ssl = yes
  }}
}}
",
            imap = ports.imap,
            imaps = ports.imaps,
        ));
        if let (Some((plain, tls)), Some(relay)) = (ports.submission, self.options.submission_relay)
        {
            conf.push_str(&format!(
                "hostname = localhost
submission_relay_host = {relay_host}
submission_relay_port = {relay_port}
submission_relay_trusted = yes
service submission-login {{
  inet_listener submission {{
    address = {HOST}
    port = {plain}
  }}
  inet_listener submissions {{
    address = {HOST}
    port = {tls}
    ssl = yes
  }}
}}
",
                relay_host = relay.ip(),
                relay_port = relay.port(),
            ));
        }
        if self.options.disable_move {
            conf.push_str(&format!("imap_capability = {CAPABILITIES_WITHOUT_MOVE}\n"));
        }
        for line in &self.options.extra_config {
            conf.push_str(line);
            conf.push('\n');
        }
        write_file(&self.config_path(), conf.as_bytes(), 0o644);
    }

    /// Starts the master and waits until it serves. While `retry_for` has not
    /// elapsed, a master that exits early (old sockets or pid still around)
    /// is started again.
    fn launch(&self, slot: &mut Option<Child>, retry_for: Duration) -> Result<(), String> {
        let dovecot_bin = find_binary("dovecot").ok_or("dovecot binary not found")?;
        let first = Instant::now();
        loop {
            let stderr = fs::OpenOptions::new()
                .create(true)
                .append(true)
                .open(self.dir().join("dovecot.stderr"))
                .map_err(|e| format!("open dovecot.stderr: {e}"))?;
            let stdout = stderr
                .try_clone()
                .map_err(|e| format!("dup dovecot.stderr: {e}"))?;
            let mut cmd = Command::new(&dovecot_bin);
            cmd.arg("-F")
                .arg("-c")
                .arg(self.config_path())
                // Own process group, so stop() can kill the whole tree.
                .process_group(0)
                .stdin(Stdio::null())
                .stdout(stdout)
                .stderr(stderr);
            let mut child = spawn_with_parent_death_signal(cmd)
                .map_err(|e| format!("spawn {}: {e}", dovecot_bin.display()))?;
            match self.wait_ready(&mut child) {
                Ok(()) => {
                    *slot = Some(child);
                    return Ok(());
                }
                Err(e) => {
                    let _ = child.kill();
                    let _ = child.wait();
                    if first.elapsed() >= retry_for {
                        return Err(e);
                    }
                    thread::sleep(Duration::from_millis(250));
                }
            }
        }
    }

    fn wait_ready(&self, child: &mut Child) -> Result<(), String> {
        let ports = *lock(&self.ports);
        let deadline = Instant::now() + START_TIMEOUT;
        loop {
            if let Ok(Some(status)) = child.try_wait() {
                return Err(format!("dovecot exited early with {status}"));
            }
            if greets(ports.imap) && ports.all().into_iter().all(connects) {
                // The master may still die right after binding (e.g. a
                // listener it could not bind); make sure it is alive.
                if let Ok(Some(status)) = child.try_wait() {
                    return Err(format!("dovecot exited early with {status}"));
                }
                return Ok(());
            }
            if Instant::now() >= deadline {
                return Err(format!(
                    "dovecot did not accept connections on {HOST} ports {:?} within \
                     {START_TIMEOUT:?}",
                    ports.all()
                ));
            }
            thread::sleep(Duration::from_millis(50));
        }
    }

    /// Stops the whole process group: with `graceful`, `SIGTERM` first
    /// (clients get `* BYE Server shutting down.`) and up to 500 ms for the
    /// master to exit; then `SIGKILL` for whatever is left. The master alone
    /// may take 1-6 s to finish a graceful shutdown, and `imap` processes of
    /// open connections outlive it, hence the group kill.
    fn stop_locked(&self, slot: &mut Option<Child>, graceful: bool) {
        if let Some(mut child) = slot.take() {
            let group = -(child.id() as libc::pid_t);
            if graceful && matches!(child.try_wait(), Ok(None)) {
                // SAFETY: kill(2) on the process group led by our child.
                unsafe {
                    libc::kill(group, libc::SIGTERM);
                }
                let deadline = Instant::now() + Duration::from_millis(500);
                while matches!(child.try_wait(), Ok(None)) && Instant::now() < deadline {
                    thread::sleep(Duration::from_millis(10));
                }
            }
            // SAFETY: as above; the group still exists while any member
            // does, even after the master was reaped.
            unsafe {
                libc::kill(group, libc::SIGKILL);
            }
            let _ = child.kill();
            let _ = child.wait();
        }
        // Wait until the listening sockets are really gone.
        let ports = *lock(&self.ports);
        let deadline = Instant::now() + Duration::from_secs(10);
        while ports.all().into_iter().any(connects) && Instant::now() < deadline {
            thread::sleep(Duration::from_millis(20));
        }
    }
}

impl Drop for Dovecot {
    fn drop(&mut self) {
        let mut slot = self.child.lock().unwrap_or_else(|p| p.into_inner());
        self.stop_locked(&mut slot, false);
        drop(slot);
        if thread::panicking() {
            let log = self.log();
            let tail: Vec<&str> = log.lines().rev().take(40).collect();
            eprintln!(
                "--- testbench::dovecot log tail ({}) ---",
                self.dir().display()
            );
            for line in tail.iter().rev() {
                eprintln!("{line}");
            }
        }
        if std::env::var_os("TESTBENCH_KEEP_DOVECOT").is_some() {
            self.dir.disable_cleanup(true);
            eprintln!("testbench::dovecot: keeping {}", self.dir().display());
        }
    }
}

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|p| p.into_inner())
}

/// Spawns `cmd` from a process-wide thread that never exits, with
/// `PR_SET_PDEATHSIG = SIGKILL`. The death signal fires when the *thread*
/// that forked the child exits, so forking from the (short-lived) test thread
/// would kill Dovecot as soon as that thread ends.
fn spawn_with_parent_death_signal(mut cmd: Command) -> io::Result<Child> {
    type Job = (Command, mpsc::Sender<io::Result<Child>>);
    static SPAWNER: OnceLock<mpsc::Sender<Job>> = OnceLock::new();
    let parent = std::process::id();
    // SAFETY: the closure runs between fork and exec and only calls the
    // async-signal-safe prctl(2), getppid(2) and _exit(2).
    unsafe {
        cmd.pre_exec(move || {
            if libc::prctl(
                libc::PR_SET_PDEATHSIG,
                libc::SIGKILL as libc::c_ulong,
                0,
                0,
                0,
            ) != 0
            {
                return Err(io::Error::last_os_error());
            }
            // The parent may have died before prctl took effect.
            if libc::getppid() as u32 != parent {
                libc::_exit(1);
            }
            Ok(())
        });
    }
    let spawner = SPAWNER.get_or_init(|| {
        let (tx, rx) = mpsc::channel::<Job>();
        thread::Builder::new()
            .name("testbench-dovecot-spawner".into())
            .spawn(move || {
                for (mut cmd, reply) in rx {
                    let _ = reply.send(cmd.spawn());
                }
            })
            .expect("start the Dovecot spawner thread");
        tx
    });
    let (tx, rx) = mpsc::channel();
    spawner
        .send((cmd, tx))
        .map_err(|_| io::Error::other("Dovecot spawner thread is gone"))?;
    rx.recv()
        .map_err(|_| io::Error::other("Dovecot spawner thread is gone"))?
}

fn find_binary(name: &str) -> Option<PathBuf> {
    let path = std::env::var_os("PATH").unwrap_or_default();
    std::env::split_paths(&path)
        .chain(["/usr/sbin", "/usr/local/sbin", "/sbin", "/usr/bin"].map(PathBuf::from))
        .map(|d| d.join(name))
        .find(|p| p.is_file())
}

/// Numeric id (third field) of `name` in `/etc/passwd` or `/etc/group`.
fn lookup_id(file: &str, name: &str) -> Option<u32> {
    fs::read_to_string(file).ok()?.lines().find_map(|l| {
        let f: Vec<&str> = l.split(':').collect();
        (f.first() == Some(&name))
            .then(|| f.get(2)?.parse().ok())
            .flatten()
    })
}

/// uid of `nobody` and gid of `nogroup` (Debian).
fn nobody_ids() -> (u32, u32) {
    let uid = lookup_id("/etc/passwd", "nobody").unwrap_or(65534);
    let gid = lookup_id("/etc/group", "nogroup").unwrap_or(65534);
    (uid, gid)
}

fn write_file(path: &Path, data: &[u8], mode: u32) {
    fs::write(path, data).unwrap_or_else(|e| panic!("write {}: {e}", path.display()));
    fs::set_permissions(path, fs::Permissions::from_mode(mode))
        .unwrap_or_else(|e| panic!("chmod {}: {e}", path.display()));
}

/// Writes a file only root and the `dovecot` group (the auth process) may read.
fn write_auth_file(path: &Path, data: &[u8]) {
    write_file(path, data, 0o640);
    let gid = lookup_id("/etc/group", "dovecot").unwrap_or(0);
    std::os::unix::fs::chown(path, Some(0), Some(gid))
        .unwrap_or_else(|e| panic!("chown {}: {e}", path.display()));
}

fn remove_matching(dir: &Path, pred: impl Fn(&str) -> bool) {
    if let Ok(entries) = fs::read_dir(dir) {
        for entry in entries.flatten() {
            if entry.file_name().to_str().is_some_and(&pred) {
                let _ = fs::remove_file(entry.path());
            }
        }
    }
}

/// `n` distinct free loopback ports (bound at the same time, then closed).
fn free_ports(n: usize) -> Vec<u16> {
    let listeners: Vec<TcpListener> = (0..n)
        .map(|_| TcpListener::bind((HOST, 0)).expect("bind a free port"))
        .collect();
    listeners
        .iter()
        .map(|l| l.local_addr().expect("local addr").port())
        .collect()
}

fn connect(port: u16) -> io::Result<TcpStream> {
    let addr: SocketAddr = format!("{HOST}:{port}").parse().expect("loopback address");
    TcpStream::connect_timeout(&addr, Duration::from_secs(2))
}

fn connects(port: u16) -> bool {
    connect(port).is_ok()
}

/// Whether the plain IMAP port answers with a `* OK` greeting.
fn greets(port: u16) -> bool {
    let Ok(stream) = connect(port) else {
        return false;
    };
    let _ = stream.set_read_timeout(Some(Duration::from_secs(5)));
    let mut line = String::new();
    BufReader::new(stream).read_line(&mut line).is_ok() && line.starts_with("* OK")
}

// ----- TLS material ---------------------------------------------------------

struct TlsMaterial {
    ca_pem: String,
    ca_der: Vec<u8>,
    cert_pem: String,
    key_pem: String,
}

/// A CA (`CA:TRUE`) and a server leaf (`CA:FALSE`, SAN `localhost` and
/// `127.0.0.1`, EKU serverAuth) signed by it. rustls rejects a self-signed
/// `CA:TRUE` certificate used as the server certificate (`CaUsedAsEndEntity`).
fn generate_tls() -> TlsMaterial {
    use rcgen::{
        BasicConstraints, CertificateParams, DnType, ExtendedKeyUsagePurpose, IsCa, Issuer,
        KeyPair, KeyUsagePurpose,
    };
    let ca_key = KeyPair::generate().expect("generate CA key");
    let mut ca_params = CertificateParams::new(Vec::<String>::new()).expect("CA params");
    ca_params.distinguished_name.push(
        DnType::CommonName,
        format!("testbench Dovecot test CA {:08x}", rand::random::<u32>()),
    );
    ca_params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
    ca_params.key_usages = vec![
        KeyUsagePurpose::KeyCertSign,
        KeyUsagePurpose::CrlSign,
        KeyUsagePurpose::DigitalSignature,
    ];
    let ca_cert = ca_params.self_signed(&ca_key).expect("self-sign the CA");
    let issuer = Issuer::new(ca_params, ca_key);

    let leaf_key = KeyPair::generate().expect("generate server key");
    let mut leaf_params = CertificateParams::new(vec!["localhost".to_string(), HOST.to_string()])
        .expect("server cert params");
    leaf_params
        .distinguished_name
        .push(DnType::CommonName, "localhost");
    leaf_params.is_ca = IsCa::ExplicitNoCa;
    leaf_params.key_usages = vec![
        KeyUsagePurpose::DigitalSignature,
        KeyUsagePurpose::KeyEncipherment,
    ];
    leaf_params.extended_key_usages = vec![ExtendedKeyUsagePurpose::ServerAuth];
    leaf_params.use_authority_key_identifier_extension = true;
    let leaf = leaf_params
        .signed_by(&leaf_key, &issuer)
        .expect("sign the server certificate");
    TlsMaterial {
        ca_pem: ca_cert.pem(),
        ca_der: ca_cert.der().to_vec(),
        cert_pem: leaf.pem(),
        key_pem: leaf_key.serialize_pem(),
    }
}

// ----- tiny blocking IMAP client --------------------------------------------

/// A minimal blocking IMAP client over plain TCP, enough for the fixture's
/// helpers and for tests that want to poke at the server directly. Each
/// socket operation times out after 30 s.
pub struct ImapSession {
    reader: BufReader<TcpStream>,
    writer: TcpStream,
    next_tag: u32,
    greeting: String,
}

impl fmt::Debug for ImapSession {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ImapSession")
            .field("peer", &self.writer.peer_addr().ok())
            .field("greeting", &self.greeting)
            .finish()
    }
}

/// The result of one IMAP command.
#[derive(Debug, Clone)]
pub struct Reply {
    /// Untagged responses (`* ...`) in order, without the trailing CRLF.
    /// Literals are kept inline as `{n}\r\n<n bytes>`.
    pub untagged: Vec<Vec<u8>>,
    /// The tagged status line without the tag, e.g. `OK [APPENDUID 1 2] Append completed.`
    pub tagged: Vec<u8>,
}

impl Reply {
    /// Whether the tagged status is `OK`.
    pub fn is_ok(&self) -> bool {
        self.tagged.len() >= 2 && self.tagged[..2].eq_ignore_ascii_case(b"OK")
    }

    /// The tagged status line as text.
    pub fn tagged_text(&self) -> String {
        String::from_utf8_lossy(&self.tagged).into_owned()
    }

    /// Returns `self` if the status is `OK`, else panics naming `what`.
    pub fn expect_ok(self, what: &str) -> Reply {
        if !self.is_ok() {
            panic!("testbench::dovecot: {what}: {}", self.tagged_text());
        }
        self
    }
}

enum Part {
    Text(String),
    Literal(Vec<u8>),
}

impl ImapSession {
    /// Connects to `host:port` (plain TCP) and reads the greeting.
    pub fn connect(host: &str, port: u16) -> io::Result<ImapSession> {
        let stream = TcpStream::connect((host, port))?;
        stream.set_read_timeout(Some(IO_TIMEOUT))?;
        stream.set_write_timeout(Some(IO_TIMEOUT))?;
        let writer = stream.try_clone()?;
        let mut session = ImapSession {
            reader: BufReader::new(stream),
            writer,
            next_tag: 1,
            greeting: String::new(),
        };
        let greeting = session.read_response()?;
        session.greeting = String::from_utf8_lossy(&greeting).into_owned();
        if !session.greeting.starts_with("* OK") {
            return Err(io::Error::other(format!(
                "unexpected IMAP greeting {:?}",
                session.greeting
            )));
        }
        Ok(session)
    }

    /// The server greeting line.
    pub fn greeting(&self) -> &str {
        &self.greeting
    }

    /// `LOGIN user password`; the error is the tagged reply (or i/o error).
    pub fn login(&mut self, user: &str, password: &str) -> Result<Reply, String> {
        let reply = self
            .run(vec![
                Part::Text("LOGIN ".into()),
                astring(user.as_bytes()),
                Part::Text(" ".into()),
                astring(password.as_bytes()),
            ])
            .map_err(|e| format!("LOGIN i/o: {e}"))?;
        if reply.is_ok() {
            Ok(reply)
        } else {
            Err(reply.tagged_text())
        }
    }

    /// Sends one command line (without tag and CRLF) and collects the
    /// responses up to the tagged one. Use only for commands without
    /// literals; mailbox names must be quoted by the caller. A continuation
    /// request (`+ ...`) is answered with an empty line, which is what
    /// `AUTHENTICATE XOAUTH2 <initial response>` needs after a failure.
    pub fn command(&mut self, command: &str) -> io::Result<Reply> {
        self.run(vec![Part::Text(command.to_string())])
    }

    /// `CAPABILITY`: the advertised capabilities, as sent.
    pub fn capabilities(&mut self) -> Vec<String> {
        let reply = self
            .command("CAPABILITY")
            .expect("CAPABILITY i/o")
            .expect_ok("CAPABILITY");
        reply
            .untagged
            .iter()
            .filter_map(|l| l.strip_prefix(b"* CAPABILITY "))
            .flat_map(|l| {
                String::from_utf8_lossy(l)
                    .split_whitespace()
                    .map(str::to_string)
                    .collect::<Vec<_>>()
            })
            .collect()
    }

    /// Names of all selectable mailboxes (`LIST "" "*"`), decoded from
    /// modified UTF-7.
    pub fn list(&mut self) -> Vec<String> {
        let reply = self
            .command("LIST \"\" \"*\"")
            .expect("LIST i/o")
            .expect_ok("LIST");
        let mut names = BTreeSet::new();
        for line in &reply.untagged {
            let toks = tokenize(line);
            if !matches!(toks.get(1), Some(Tok::Atom(a)) if a.eq_ignore_ascii_case(b"LIST")) {
                continue;
            }
            let noselect = match toks.get(2) {
                Some(Tok::List(attrs)) => attrs.iter().any(|a| {
                    matches!(a, Tok::Atom(x) if x.eq_ignore_ascii_case(b"\\Noselect")
                        || x.eq_ignore_ascii_case(b"\\NonExistent"))
                }),
                _ => false,
            };
            if noselect {
                continue;
            }
            if let Some(name) = toks.get(4).and_then(Tok::as_bytes) {
                names.insert(mutf7_decode(&String::from_utf8_lossy(name)));
            }
        }
        names.into_iter().collect()
    }

    /// `STATUS mailbox (item)` for one numeric item such as `MESSAGES`,
    /// `UIDVALIDITY`, `UIDNEXT` or `UNSEEN`. The error is the tagged reply.
    pub fn status(&mut self, mailbox: &str, item: &str) -> Result<u32, String> {
        let reply = self
            .command(&format!("STATUS {} ({item})", quote_mailbox(mailbox)))
            .map_err(|e| format!("STATUS i/o: {e}"))?;
        if !reply.is_ok() {
            return Err(reply.tagged_text());
        }
        for line in &reply.untagged {
            let toks = tokenize(line);
            if !matches!(toks.get(1), Some(Tok::Atom(a)) if a.eq_ignore_ascii_case(b"STATUS")) {
                continue;
            }
            if let Some(Tok::List(items)) = toks.get(3) {
                for pair in items.chunks(2) {
                    if let [Tok::Atom(k), Tok::Atom(v)] = pair
                        && k.eq_ignore_ascii_case(item.as_bytes())
                    {
                        return std::str::from_utf8(v)
                            .ok()
                            .and_then(|v| v.parse().ok())
                            .ok_or_else(|| format!("bad STATUS value in {line:?}"));
                    }
                }
            }
        }
        Err(format!("no STATUS {item} in the reply"))
    }

    /// `LOGOUT`.
    pub fn logout(mut self) {
        let _ = self.command("LOGOUT");
    }

    fn run(&mut self, parts: Vec<Part>) -> io::Result<Reply> {
        let tag = format!("t{}", self.next_tag);
        self.next_tag += 1;
        let mut untagged = Vec::new();
        self.writer.write_all(format!("{tag} ").as_bytes())?;
        for part in parts {
            match part {
                Part::Text(t) => self.writer.write_all(t.as_bytes())?,
                Part::Literal(data) => {
                    // Synchronizing literal: wait for the continuation.
                    self.writer
                        .write_all(format!("{{{}}}\r\n", data.len()).as_bytes())?;
                    self.writer.flush()?;
                    loop {
                        let resp = self.read_response()?;
                        if resp.starts_with(b"+") {
                            break;
                        }
                        if let Some(rest) = strip_tag(&resp, &tag) {
                            return Ok(Reply {
                                untagged,
                                tagged: rest.to_vec(),
                            });
                        }
                        untagged.push(resp);
                    }
                    self.writer.write_all(&data)?;
                }
            }
        }
        self.writer.write_all(b"\r\n")?;
        self.writer.flush()?;
        loop {
            let resp = self.read_response()?;
            if let Some(rest) = strip_tag(&resp, &tag) {
                return Ok(Reply {
                    untagged,
                    tagged: rest.to_vec(),
                });
            }
            if resp.starts_with(b"+") {
                // A continuation request after the whole command was sent,
                // e.g. XOAUTH2's error challenge: answer with an empty line.
                self.writer.write_all(b"\r\n")?;
                self.writer.flush()?;
            } else {
                untagged.push(resp);
            }
        }
    }

    /// Writes `bytes` as they are (for protocol steps the helpers do not
    /// cover, e.g. `t IDLE\r\n` ... `DONE\r\n`).
    pub fn write_raw(&mut self, bytes: &[u8]) -> io::Result<()> {
        self.writer.write_all(bytes)?;
        self.writer.flush()
    }

    /// Reads one response, including any literals (`{n}\r\n` + n bytes,
    /// kept inline), without the final CRLF. Blocks up to 30 s.
    pub fn read_response(&mut self) -> io::Result<Vec<u8>> {
        let mut out = Vec::new();
        loop {
            let start = out.len();
            let n = self.reader.read_until(b'\n', &mut out)?;
            if n == 0 {
                return Err(io::Error::new(
                    io::ErrorKind::UnexpectedEof,
                    "IMAP server closed the connection",
                ));
            }
            if let Some(len) = literal_len(&out[start..]) {
                let old = out.len();
                out.resize(old + len, 0);
                self.reader.read_exact(&mut out[old..])?;
                continue;
            }
            while out.last().is_some_and(|b| *b == b'\n' || *b == b'\r') {
                out.pop();
            }
            return Ok(out);
        }
    }
}

fn strip_tag<'a>(resp: &'a [u8], tag: &str) -> Option<&'a [u8]> {
    resp.strip_prefix(tag.as_bytes())?.strip_prefix(b" ")
}

/// If `line` (ending in LF) ends with a literal announcement `{n}` or
/// `{n+}`, returns n.
fn literal_len(line: &[u8]) -> Option<usize> {
    let l = line.strip_suffix(b"\n")?;
    let l = l.strip_suffix(b"\r").unwrap_or(l);
    let l = l.strip_suffix(b"}")?;
    let open = l.iter().rposition(|&b| b == b'{')?;
    let digits = &l[open + 1..];
    let digits = digits.strip_suffix(b"+").unwrap_or(digits);
    if digits.is_empty() || !digits.iter().all(u8::is_ascii_digit) {
        return None;
    }
    std::str::from_utf8(digits).ok()?.parse().ok()
}

/// The argument of response code `[name ...]` in a tagged status line.
fn response_code(tagged: &[u8], name: &str) -> Option<String> {
    let text = String::from_utf8_lossy(tagged);
    let open = text.find('[')?;
    let close = text[open..].find(']')? + open;
    let code = &text[open + 1..close];
    let (key, rest) = code.split_once(' ').unwrap_or((code, ""));
    key.eq_ignore_ascii_case(name).then(|| rest.to_string())
}

/// An IMAP astring argument: a quoted string if possible, else a literal.
fn astring(value: &[u8]) -> Part {
    let quotable = value
        .iter()
        .all(|&b| (0x01..0x80).contains(&b) && b != b'\r' && b != b'\n');
    if quotable {
        Part::Text(quote(&String::from_utf8_lossy(value)))
    } else {
        Part::Literal(value.to_vec())
    }
}

fn quote(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        if c == '"' || c == '\\' {
            out.push('\\');
        }
        out.push(c);
    }
    out.push('"');
    out
}

/// A mailbox name as a quoted modified-UTF-7 string.
fn quote_mailbox(name: &str) -> String {
    quote(&mutf7_encode(name))
}

#[derive(Debug, Clone, PartialEq)]
enum Tok {
    Atom(Vec<u8>),
    Str(Vec<u8>),
    Nil,
    List(Vec<Tok>),
}

impl Tok {
    /// The bytes of an atom or string.
    fn as_bytes(&self) -> Option<&[u8]> {
        match self {
            Tok::Atom(a) | Tok::Str(a) => Some(a),
            _ => None,
        }
    }
}

/// Splits one response (as returned by `read_response`) into tokens:
/// atoms (a `[...]` section is part of its atom), quoted strings, literals,
/// `NIL` and parenthesized lists.
fn tokenize(resp: &[u8]) -> Vec<Tok> {
    let mut pos = 0;
    tokenize_inner(resp, &mut pos)
}

fn tokenize_inner(b: &[u8], pos: &mut usize) -> Vec<Tok> {
    let mut out = Vec::new();
    while *pos < b.len() {
        match b[*pos] {
            b' ' | b'\r' | b'\n' => *pos += 1,
            b'(' => {
                *pos += 1;
                out.push(Tok::List(tokenize_inner(b, pos)));
            }
            b')' => {
                *pos += 1;
                return out;
            }
            b'"' => {
                *pos += 1;
                let mut s = Vec::new();
                while *pos < b.len() && b[*pos] != b'"' {
                    if b[*pos] == b'\\' && *pos + 1 < b.len() {
                        *pos += 1;
                    }
                    s.push(b[*pos]);
                    *pos += 1;
                }
                *pos += 1;
                out.push(Tok::Str(s));
            }
            b'{' => {
                let close = b[*pos..].iter().position(|&c| c == b'}').map(|i| i + *pos);
                let len = close.and_then(|c| {
                    let d = &b[*pos + 1..c];
                    let d = d.strip_suffix(b"+").unwrap_or(d);
                    std::str::from_utf8(d).ok()?.parse::<usize>().ok()
                });
                match (close, len) {
                    (Some(c), Some(len)) => {
                        let mut start = c + 1;
                        if b.get(start) == Some(&b'\r') {
                            start += 1;
                        }
                        if b.get(start) == Some(&b'\n') {
                            start += 1;
                        }
                        let end = (start + len).min(b.len());
                        out.push(Tok::Str(b[start..end].to_vec()));
                        *pos = end;
                    }
                    _ => {
                        out.push(Tok::Atom(b[*pos..].to_vec()));
                        *pos = b.len();
                    }
                }
            }
            _ => {
                let start = *pos;
                let mut depth = 0usize;
                while *pos < b.len() {
                    let c = b[*pos];
                    if c == b'[' {
                        depth += 1;
                    } else if c == b']' {
                        depth = depth.saturating_sub(1);
                    } else if depth == 0 && matches!(c, b' ' | b'(' | b')' | b'\r' | b'\n') {
                        break;
                    }
                    *pos += 1;
                }
                let atom = &b[start..*pos];
                out.push(if atom.eq_ignore_ascii_case(b"NIL") {
                    Tok::Nil
                } else {
                    Tok::Atom(atom.to_vec())
                });
            }
        }
    }
    out
}

struct FetchedMessage {
    uid: u32,
    flags: Vec<String>,
    body: Option<Vec<u8>>,
}

/// Parses `* n FETCH (UID u FLAGS (...) BODY[] {len}...)`.
fn parse_fetch(resp: &[u8]) -> Option<FetchedMessage> {
    let toks = tokenize(resp);
    if !matches!(toks.get(2), Some(Tok::Atom(a)) if a.eq_ignore_ascii_case(b"FETCH")) {
        return None;
    }
    let Some(Tok::List(items)) = toks.get(3) else {
        return None;
    };
    let mut uid = None;
    let mut flags = Vec::new();
    let mut body = None;
    for pair in items.chunks(2) {
        let [Tok::Atom(key), value] = pair else {
            continue;
        };
        if key.eq_ignore_ascii_case(b"UID") {
            uid = value
                .as_bytes()
                .and_then(|v| std::str::from_utf8(v).ok()?.parse().ok());
        } else if key.eq_ignore_ascii_case(b"FLAGS") {
            if let Tok::List(fs) = value {
                flags = fs
                    .iter()
                    .filter_map(Tok::as_bytes)
                    .map(|f| String::from_utf8_lossy(f).into_owned())
                    .filter(|f| !f.eq_ignore_ascii_case("\\Recent"))
                    .collect();
            }
        } else if key.eq_ignore_ascii_case(b"BODY[]") {
            body = Some(match value {
                Tok::Str(s) => s.clone(),
                _ => Vec::new(),
            });
        }
    }
    Some(FetchedMessage {
        uid: uid?,
        flags,
        body,
    })
}

// ----- modified UTF-7 (RFC 3501 section 5.1.3) --------------------------------

fn mutf7_engine() -> base64::engine::GeneralPurpose {
    base64::engine::GeneralPurpose::new(
        &base64::alphabet::IMAP_MUTF7,
        base64::engine::general_purpose::NO_PAD,
    )
}

/// Encodes a mailbox name in IMAP's modified UTF-7.
pub fn mutf7_encode(name: &str) -> String {
    let mut out = String::new();
    let mut pending: Vec<u16> = Vec::new();
    let flush = |pending: &mut Vec<u16>, out: &mut String| {
        if pending.is_empty() {
            return;
        }
        let bytes: Vec<u8> = pending.iter().flat_map(|u| u.to_be_bytes()).collect();
        out.push('&');
        out.push_str(&mutf7_engine().encode(bytes));
        out.push('-');
        pending.clear();
    };
    for c in name.chars() {
        if (' '..='~').contains(&c) {
            flush(&mut pending, &mut out);
            if c == '&' {
                out.push_str("&-");
            } else {
                out.push(c);
            }
        } else {
            let mut buf = [0u16; 2];
            pending.extend_from_slice(c.encode_utf16(&mut buf));
        }
    }
    flush(&mut pending, &mut out);
    out
}

/// Decodes a mailbox name from IMAP's modified UTF-7 (invalid sequences are
/// kept as they are).
pub fn mutf7_decode(name: &str) -> String {
    let mut out = String::new();
    let mut rest = name;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        let after = &rest[amp + 1..];
        let Some(dash) = after.find('-') else {
            out.push_str(&rest[amp..]);
            return out;
        };
        let encoded = &after[..dash];
        if encoded.is_empty() {
            out.push('&');
        } else {
            let decoded = mutf7_engine().decode(encoded).ok().and_then(|bytes| {
                let units: Vec<u16> = bytes
                    .chunks(2)
                    .map(|c| u16::from_be_bytes([c[0], *c.get(1).unwrap_or(&0)]))
                    .collect();
                String::from_utf16(&units).ok()
            });
            match decoded {
                Some(s) => out.push_str(&s),
                None => out.push_str(&rest[amp..amp + 2 + dash]),
            }
        }
        rest = &after[dash + 1..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mutf7_round_trip() {
        assert_eq!(mutf7_encode("INBOX"), "INBOX");
        assert_eq!(mutf7_encode("A&B"), "A&-B");
        assert_eq!(mutf7_encode("Traité"), "Trait&AOk-");
        assert_eq!(mutf7_encode("日本語"), "&ZeVnLIqe-");
        for s in ["Traité/Été", "A&B", "日本語", "x😀y", "plain"] {
            assert_eq!(mutf7_decode(&mutf7_encode(s)), s);
        }
    }

    #[test]
    fn literal_detection() {
        assert_eq!(literal_len(b"* 1 FETCH (BODY[] {12}\r\n"), Some(12));
        assert_eq!(literal_len(b"a APPEND x {3+}\r\n"), Some(3));
        assert_eq!(literal_len(b"* OK {x}\r\n"), None);
        assert_eq!(literal_len(b"* OK done\r\n"), None);
    }

    #[test]
    fn fetch_parsing_uses_byte_counts() {
        let resp = b"* 1 FETCH (UID 7 BODY[] {9}\r\na)b\r\n\"c{1 FLAGS (\\Seen \\Recent))";
        let m = parse_fetch(resp).expect("parsed");
        assert_eq!(m.uid, 7);
        assert_eq!(m.flags, vec!["\\Seen".to_string()]);
        assert_eq!(m.body.as_deref(), Some(&b"a)b\r\n\"c{1"[..]));
    }
}
