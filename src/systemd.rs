//! systemd notifications (`sd_notify`): READY, STATUS, RELOADING, STOPPING, WATCHDOG and
//! EXTEND_TIMEOUT_USEC. Without `$NOTIFY_SOCKET` every call is a no-op.
//!
//! The protocol is one datagram of `KEY=VALUE` lines to the socket named by
//! `$NOTIFY_SOCKET` (a path, or `@name` in the abstract namespace); see sd_notify(3).

use std::os::unix::net::UnixDatagram;
use std::time::Duration;

/// Sends `state` (e.g. `"READY=1\nSTATUS=2 mailboxes idle"`) to the service manager.
/// Returns false when not running under systemd or when sending failed.
pub fn notify(state: &str) -> bool {
    let Some(path) = std::env::var_os("NOTIFY_SOCKET") else {
        return false;
    };
    let Ok(sock) = UnixDatagram::unbound() else {
        return false;
    };
    let bytes = path.as_encoded_bytes();
    if let Some(name) = bytes.strip_prefix(b"@") {
        // Abstract socket namespace.
        use std::os::linux::net::SocketAddrExt;
        match std::os::unix::net::SocketAddr::from_abstract_name(name) {
            Ok(addr) => sock.send_to_addr(state.as_bytes(), &addr).is_ok(),
            Err(_) => false,
        }
    } else {
        sock.send_to(state.as_bytes(), std::path::Path::new(&path))
            .is_ok()
    }
}

pub fn ready(status: &str) -> bool {
    notify(&format!("READY=1\nSTATUS={status}"))
}

pub fn status(status: &str) -> bool {
    notify(&format!("STATUS={status}"))
}

pub fn stopping() -> bool {
    notify("STOPPING=1\nSTATUS=stopping: finishing the work in hand")
}

/// `RELOADING=1` with the `MONOTONIC_USEC` that `Type=notify-reload` expects; end it with
/// [`ready`].
pub fn reloading() -> bool {
    notify(&format!(
        "RELOADING=1\nMONOTONIC_USEC={}\nSTATUS=reloading the configuration",
        monotonic_usec()
    ))
}

/// One watchdog keep-alive.
pub fn watchdog() -> bool {
    notify("WATCHDOG=1")
}

/// Asks for `d` more before the start (or stop) times out: sent while recovery runs.
pub fn extend_timeout(d: Duration) -> bool {
    notify(&format!("EXTEND_TIMEOUT_USEC={}", d.as_micros()))
}

/// The watchdog period systemd expects (`WatchdogSec=`), when it is meant for this process.
/// Keep-alives go out at half of it.
pub fn watchdog_interval() -> Option<Duration> {
    let usec: u64 = std::env::var("WATCHDOG_USEC").ok()?.trim().parse().ok()?;
    if let Ok(pid) = std::env::var("WATCHDOG_PID")
        && pid.trim().parse::<u32>().ok() != Some(std::process::id())
    {
        return None;
    }
    (usec > 0).then(|| Duration::from_micros(usec))
}

/// CLOCK_MONOTONIC in microseconds (what systemd compares `MONOTONIC_USEC` with).
fn monotonic_usec() -> u64 {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: clock_gettime writes into the timespec we own; CLOCK_MONOTONIC always exists.
    unsafe { libc::clock_gettime(libc::CLOCK_MONOTONIC, &mut ts) };
    (ts.tv_sec as u64) * 1_000_000 + (ts.tv_nsec as u64) / 1_000
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sends_to_the_notify_socket() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("notify");
        let server = UnixDatagram::bind(&path).unwrap();
        // SAFETY: this test is the only one in the crate touching NOTIFY_SOCKET.
        unsafe { std::env::set_var("NOTIFY_SOCKET", &path) };
        assert!(ready("1 mailbox"));
        let mut buf = [0u8; 128];
        let n = server.recv(&mut buf).unwrap();
        assert_eq!(&buf[..n], b"READY=1\nSTATUS=1 mailbox");
        assert!(reloading());
        let n = server.recv(&mut buf).unwrap();
        let text = String::from_utf8_lossy(&buf[..n]).to_string();
        assert!(text.starts_with("RELOADING=1\nMONOTONIC_USEC="), "{text}");
        assert!(extend_timeout(Duration::from_secs(30)));
        let n = server.recv(&mut buf).unwrap();
        assert_eq!(&buf[..n], b"EXTEND_TIMEOUT_USEC=30000000");
        unsafe { std::env::remove_var("NOTIFY_SOCKET") };
        assert!(!stopping());
        assert!(!watchdog());
    }
}
