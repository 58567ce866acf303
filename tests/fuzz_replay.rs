//! Replays every fuzz seed and every regression input (`fuzz/seeds/<target>/`,
//! `fuzz/regressions/<target>/`) through the same functions the fuzz targets call, so the
//! normal test run keeps every crash the fuzzer ever found fixed without needing cargo-fuzz
//! or a nightly toolchain. Long runs: `scripts/fuzz` (see FUZZING.md).

use std::path::{Path, PathBuf};

use dastra_mailgate::fuzzing;

fn inputs(target: &str) -> Vec<(PathBuf, Vec<u8>)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz");
    let mut out = Vec::new();
    for kind in ["seeds", "regressions"] {
        let dir = root.join(kind).join(target);
        let Ok(rd) = std::fs::read_dir(&dir) else {
            continue;
        };
        for e in rd {
            let path = e.expect("dir entry").path();
            if path.is_file() && path.file_name().is_some_and(|n| n != ".gitkeep") {
                let bytes = std::fs::read(&path).expect("readable input");
                out.push((path, bytes));
            }
        }
    }
    out.sort();
    out
}

fn replay(target: &str, min_seeds: usize, f: impl Fn(&[u8])) {
    let all = inputs(target);
    assert!(
        all.len() >= min_seeds,
        "{target}: expected at least {min_seeds} inputs, found {}",
        all.len()
    );
    for (path, bytes) in &all {
        let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| f(bytes)));
        assert!(r.is_ok(), "{target}: {} fails", path.display());
    }
}

#[test]
fn understand_inputs() {
    replay("understand", 20, fuzzing::understand_message);
}

#[test]
fn smtp_session_inputs() {
    replay("smtp_session", 15, |b| {
        fuzzing::smtp_session(b);
    });
}

#[test]
fn config_inputs() {
    replay("config", 3, fuzzing::config_text);
}

#[test]
fn rewrite_inputs() {
    replay("rewrite", 20, fuzzing::rewrite_message);
}

/// The SMTP seeds do what their names say: the transcript proves the driver reaches AUTH,
/// DATA and the spool (a fuzz corpus that never got past EHLO would be worthless).
#[test]
fn smtp_seeds_reach_the_deep_states() {
    let seed = |name: &str| {
        let p = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("fuzz/seeds/smtp_session")
            .join(name);
        let out = fuzzing::smtp_session(&std::fs::read(p).unwrap());
        String::from_utf8_lossy(&out).into_owned()
    };
    let t = seed("auth_plain_data");
    assert!(
        t.contains("235 2.7.0") && t.contains("250 2.0.0 Ok: queued"),
        "{t}"
    );
    let t = seed("auth_login");
    assert!(
        t.contains("235 2.7.0") && t.contains("250 2.0.0 Ok: queued"),
        "{t}"
    );
    let t = seed("loopback_open");
    assert!(t.contains("250 2.0.0 Ok: queued"), "{t}");
    // Issue 13: a bare LF (or CR) before a dot line is data, not the end of DATA; the
    // would-be second transaction after it is never served.
    for name in ["bare_lf_dot", "bare_cr_dot"] {
        let t = seed(name);
        assert_eq!(t.matches("250 2.0.0 Ok: queued").count(), 1, "{name}: {t}");
        // (a reply line starting with 503; a queue id may contain those digits)
        assert!(!t.lines().any(|l| l.starts_with("503")), "{name}: {t}");
    }
    let t = seed("pregreet");
    assert!(t.starts_with("554 5.5.1") && !t.contains("\r\n220"), "{t}");
    assert_eq!(t.lines().count(), 1, "{t}");
    let t = seed("http_post");
    assert!(t.contains("521 5.5.1") && !t.contains("250 2.1.0"), "{t}");
    let t = seed("long_data_line");
    assert!(t.contains("550 5.6.0") && !t.contains("Ok: queued"), "{t}");
    let t = seed("remote_no_auth");
    assert!(t.contains("538 5.7.11") && t.contains("530 5.7.0"), "{t}");
    assert!(!t.contains("Ok: queued"), "{t}");
    let t = seed("remote_loopback_flag");
    assert!(t.contains("530 5.7.0") && !t.contains("Ok: queued"), "{t}");
    let t = seed("rcpt_flood");
    assert_eq!(t.matches("452 4.5.3").count(), 3, "{t}");
    let t = seed("oversize");
    assert_eq!(t.matches("552 5.3.4").count(), 2, "{t}");
}
