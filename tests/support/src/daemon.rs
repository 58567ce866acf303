//! Running the real `dastra-mailgate` binary in end-to-end tests, and the pieces of its
//! TOML configuration that the test files share.
//!
//! The binary's path exists only in the main crate's tests
//! (`env!("CARGO_BIN_EXE_dastra-mailgate")`), so every function that runs it takes the path.

use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::time::{Duration, Instant};

use crate::dastra::DastraDouble;
use crate::dovecot::Dovecot;

/// A loopback port that was free a moment ago.
pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// A command's exit status, stdout and stderr, for assertion messages.
pub fn out(o: &Output) -> String {
    format!(
        "status {:?}\n--- stdout\n{}--- stderr\n{}",
        o.status.code(),
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    )
}

/// Writes `value` to `dir/name`, readable by the owner only (the daemon refuses looser
/// secret files), and returns the path.
pub fn secret_file(dir: &Path, name: &str, value: &str) -> PathBuf {
    use std::os::unix::fs::PermissionsExt;
    let p = dir.join(name);
    std::fs::write(&p, value).unwrap();
    std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o600)).unwrap();
    p
}

/// Writes `text` to `dir/config.toml` and returns the path.
pub fn write_config(dir: &Path, text: &str) -> PathBuf {
    let p = dir.join("config.toml");
    std::fs::write(&p, text).unwrap();
    p
}

/// `bin -c cfg`, ready for a subcommand.
pub fn command(bin: &str, cfg: &Path) -> Command {
    let mut c = Command::new(bin);
    c.arg("-c").arg(cfg);
    c
}

/// An appending handle on `log`, for a daemon's stderr.
pub fn log_file(log: &Path) -> Stdio {
    Stdio::from(
        std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(log)
            .unwrap(),
    )
}

/// The log file's text so far (empty when there is none yet).
pub fn read_log(log: &Path) -> String {
    std::fs::read_to_string(log).unwrap_or_default()
}

/// Polls until something accepts connections on the loopback `port`. Panics with the log
/// (`log()`) when `child` exits first or `timeout` passes, naming `what` in the latter.
pub fn wait_listening(
    child: &mut Child,
    port: u16,
    timeout: Duration,
    what: &str,
    log: impl Fn() -> String,
) {
    let start = Instant::now();
    while TcpStream::connect(("127.0.0.1", port)).is_err() {
        if let Ok(Some(s)) = child.try_wait() {
            panic!("the daemon exited ({s}):\n{}", log());
        }
        assert!(start.elapsed() < timeout, "{what}:\n{}", log());
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// Polls `f` every 200 ms until it holds; panics after `timeout`.
pub fn wait_until(what: &str, timeout: Duration, mut f: impl FnMut() -> bool) {
    let start = Instant::now();
    while start.elapsed() < timeout {
        if f() {
            return;
        }
        std::thread::sleep(Duration::from_millis(200));
    }
    panic!("timed out waiting for {what}");
}

/// A running daemon, killed (and reaped) when dropped so a failed test leaves none behind.
pub struct Daemon(pub Child);

impl Drop for Daemon {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

impl Daemon {
    /// Sends `sig` to the daemon.
    pub fn signal(&self, sig: libc::c_int) {
        unsafe { libc::kill(self.0.id() as i32, sig) };
    }

    /// Waits for the exit (generous deadline: a hung daemon fails the test, not the CI).
    pub fn wait_exit(&mut self) -> Option<i32> {
        let start = Instant::now();
        loop {
            if let Some(s) = self.0.try_wait().unwrap() {
                return s.code();
            }
            assert!(
                start.elapsed() < Duration::from_secs(90),
                "the daemon did not exit"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

/// How many objects in the Dastra double carry `mid` as their dedupe key: DSRs by refId,
/// tasks by `additionalDatas.mailgateDedupeKey`, breaches by the marker comment that
/// `dedupe_token` (the daemon's `dastra::dedupe_token`) makes of the key.
pub fn objects_for(dastra: &DastraDouble, mid: &str, dedupe_token: fn(&str) -> String) -> usize {
    let key = format!("mid:{}", mid.to_ascii_lowercase());
    let marker = format!("<!-- {} -->", dedupe_token(&key));
    dastra.count_by_ref_id(&key)
        + dastra
            .tasks(1)
            .iter()
            .filter(|t| t["additionalDatas"]["mailgateDedupeKey"].as_str() == Some(key.as_str()))
            .count()
        + dastra
            .breaches(1)
            .iter()
            .filter(|b| {
                b["descriptionHtml"]
                    .as_str()
                    .is_some_and(|d| d.contains(&marker))
            })
            .count()
}

/// `[dastra]` pointing at the double, workspace and area 1, no rate limit; with
/// `request_timeout_secs` when given.
pub fn dastra_section(
    dastra: &DastraDouble,
    key_file: &Path,
    request_timeout_secs: Option<u32>,
) -> String {
    let timeout = request_timeout_secs
        .map(|s| format!("request_timeout_secs = {s}\n"))
        .unwrap_or_default();
    format!(
        r#"
[dastra]
base_url = "{base}"
token_url = "{token}"
api_key = "file:{key}"
workspace_id = 1
area_id = 1
max_requests_per_min = 0
{timeout}"#,
        base = dastra.base_url(),
        token = dastra.token_url(),
        key = key_file.display(),
    )
}

/// [`dastra_section`], then `[state]` in `state_dir` and `info` logging: how the
/// configurations of the ingesting end-to-end tests begin.
pub fn ingest_head(
    dastra: &DastraDouble,
    key_file: &Path,
    request_timeout_secs: Option<u32>,
    state_dir: &Path,
) -> String {
    format!(
        r#"{dastra}
[state]
dir = "{state}"

[logging]
level = "info"
"#,
        dastra = dastra_section(dastra, key_file, request_timeout_secs),
        state = state_dir.display(),
    )
}

/// `password = "file:…"`: the login lines of a mailbox with a password file.
pub fn password_login(file: &Path) -> String {
    format!("password = \"file:{}\"", file.display())
}

/// A `[[mailbox]]` on the Dovecot's IMAPS port (trusting its CA) for `user`, logging in
/// with `login` (e.g. [`password_login`]), a 10 s command timeout, and with `mode` (then
/// polling every second) when given. More keys of the table may follow the returned text.
pub fn imap_mailbox(
    dovecot: &Dovecot,
    name: &str,
    user: &str,
    login: &str,
    mode: Option<&str>,
) -> String {
    let mode = mode
        .map(|m| format!("mode = \"{m}\"\npoll_interval_secs = 1\n"))
        .unwrap_or_default();
    format!(
        r#"
[[mailbox]]
name = "{name}"
host = "127.0.0.1"
port = {port}
tls = "implicit"
ca_file = "{ca}"
username = "{user}"
{login}
{mode}command_timeout_secs = 10
"#,
        port = dovecot.imaps_port(),
        ca = dovecot.ca_path().display(),
    )
}

/// `[relay.transport]` to a plain-text loopback SMTP server (a sink) on `port`, no auth.
/// More keys of the table may follow the returned text.
pub fn sink_transport(port: u16) -> String {
    format!(
        r#"
[relay.transport]
type = "smtp"
host = "127.0.0.1"
port = {port}
tls = "none"
auth = "none"
allow_insecure = true
"#
    )
}

/// A tmpfs of `size` (e.g. `"16m"`) mounted on `dir` for as long as this lives (lazily
/// unmounted on drop): a real filesystem that fills up, for full-disk tests. Needs root
/// (`scripts/test` and CI run as root); panics with that reason otherwise.
pub struct Tmpfs(PathBuf);

impl Tmpfs {
    pub fn mount(dir: &Path, size: &str) -> Tmpfs {
        std::fs::create_dir_all(dir).unwrap();
        let ok = Command::new("mount")
            .args([
                "-t",
                "tmpfs",
                "-o",
                &format!("size={size},mode=0700"),
                "tmpfs",
            ])
            .arg(dir)
            .status()
            .expect("mount")
            .success();
        assert!(
            ok,
            "mounting a tmpfs needs root (scripts/test and CI run as root)"
        );
        Tmpfs(dir.to_path_buf())
    }

    /// Fills the filesystem up to `leave` free bytes with a file it returns.
    pub fn fill(&self, leave: u64) -> PathBuf {
        use std::os::unix::ffi::OsStrExt;
        let path = std::ffi::CString::new(self.0.as_os_str().as_bytes()).unwrap();
        // SAFETY: a valid NUL-terminated path and a zeroed out-structure of the right type.
        let mut st: libc::statvfs = unsafe { std::mem::zeroed() };
        assert_eq!(
            unsafe { libc::statvfs(path.as_ptr(), &mut st) },
            0,
            "statvfs"
        );
        let free = st.f_bavail as u64 * st.f_frsize as u64;
        let filler = self.0.join("filler");
        std::fs::write(&filler, vec![0u8; free.saturating_sub(leave) as usize]).unwrap();
        filler
    }
}

impl Drop for Tmpfs {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg("-l").arg(&self.0).status();
    }
}
