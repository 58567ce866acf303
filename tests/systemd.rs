//! The shipped systemd unit: `systemd-analyze verify` is clean and the sandboxing exposure
//! score stays at or below 2.0 ("OK").

use std::path::Path;
use std::process::Command;

fn unit_with_real_binary(dir: &Path) -> std::path::PathBuf {
    let unit = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("systemd/dastra-mailgate.service"),
    )
    .unwrap();
    let unit = unit.replace(
        "/usr/local/bin/dastra-mailgate",
        env!("CARGO_BIN_EXE_dastra-mailgate"),
    );
    let p = dir.join("dastra-mailgate.service");
    std::fs::write(&p, unit).unwrap();
    p
}

fn analyze(args: &[&str]) -> std::process::Output {
    Command::new("systemd-analyze")
        .args(args)
        .output()
        .expect("systemd-analyze is missing: apt-get install systemd (scripts/test does it)")
}

#[test]
fn unit_verifies_cleanly() {
    let dir = tempfile::tempdir().unwrap();
    let unit = unit_with_real_binary(dir.path());
    let o = analyze(&["verify", "--man=no", unit.to_str().unwrap()]);
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    );
    // verify may comment on units of the host; nothing may concern ours.
    let ours: Vec<&str> = text
        .lines()
        .filter(|l| l.contains("dastra-mailgate"))
        .collect();
    assert!(ours.is_empty(), "systemd-analyze verify: {text}");
}

#[test]
fn sandboxing_exposure_is_at_most_2() {
    let dir = tempfile::tempdir().unwrap();
    let unit = unit_with_real_binary(dir.path());
    let o = analyze(&[
        "security",
        "--offline=true",
        "--no-pager",
        unit.to_str().unwrap(),
    ]);
    let text = String::from_utf8_lossy(&o.stdout);
    let line = text
        .lines()
        .find(|l| l.contains("Overall exposure level"))
        .unwrap_or_else(|| {
            panic!(
                "no exposure line: {text}{}",
                String::from_utf8_lossy(&o.stderr)
            )
        });
    let score: f64 = line
        .split(':')
        .nth(1)
        .and_then(|r| r.split_whitespace().next())
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("cannot read the score: {line}"));
    assert!(score <= 2.0, "exposure {score} > 2.0: {text}");
}

/// A configuration error (78) is not retried every 5 s; the unit's credential comment and
/// `check`'s hint name the same directory as the README.
#[test]
fn config_errors_are_not_restarted_and_credentials_are_documented() {
    let unit = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("systemd/dastra-mailgate.service"),
    )
    .unwrap();
    assert!(
        unit.lines()
            .any(|l| l.trim() == "RestartPreventExitStatus=78"),
        "{unit}"
    );
    assert!(unit.contains("Restart=on-failure"));
    // A reload that can say no: the verdict, not `kill -HUP` (which always succeeds).
    assert!(
        unit.lines()
            .any(|l| l.starts_with("ExecReload=") && l.ends_with(" reload --pid $MAINPID")),
        "{unit}"
    );
    assert!(!unit.contains("kill -HUP"), "{unit}");
    assert!(unit.contains("RuntimeDirectory=dastra-mailgate"), "{unit}");
    for l in unit.lines().filter(|l| l.starts_with("LoadCredential=")) {
        let (name, path) = l["LoadCredential=".len()..].split_once(':').unwrap();
        assert_eq!(
            path,
            format!("/etc/dastra-mailgate/credentials/{name}"),
            "{l}"
        );
    }
    let readme =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md")).unwrap();
    assert!(readme.contains("/etc/dastra-mailgate/credentials/"));
}
