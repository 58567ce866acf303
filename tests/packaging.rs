//! The Debian package: `scripts/build-deb` (cargo-deb, installed by scripts/test) packages the
//! binary under test, and `dpkg-deb` inspects what a server would get.

use std::path::Path;
use std::process::{Command, Output};

fn run(c: &mut Command) -> Output {
    let o = c.output().unwrap();
    assert!(
        o.status.success(),
        "{c:?}: {:?}\n{}{}",
        o.status.code(),
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    );
    o
}

#[test]
fn the_deb_holds_binary_unit_sysusers_conffile_man_pages_and_completions() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let out = tempfile::tempdir().unwrap();
    assert!(
        Command::new("cargo")
            .args(["deb", "--version"])
            .output()
            .is_ok_and(|o| o.status.success()),
        "cargo-deb is installed by scripts/test (cargo install cargo-deb --locked)"
    );
    run(Command::new(root.join("scripts/build-deb"))
        .env("PROFILE", "dev")
        .env("BIN", env!("CARGO_BIN_EXE_dastra-mailgate"))
        .env("CARGO_TARGET_DIR", out.path()));
    let debs: Vec<_> = std::fs::read_dir(out.path().join("debian"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "deb"))
        .collect();
    assert_eq!(debs.len(), 1, "{debs:?}");
    let deb = &debs[0];
    let name = deb.file_name().unwrap().to_string_lossy();
    assert!(
        name.starts_with(&format!("dastra-mailgate_{}-1_", env!("CARGO_PKG_VERSION"))),
        "{name}"
    );

    // Control data.
    let info = String::from_utf8(run(Command::new("dpkg-deb").arg("-I").arg(deb)).stdout).unwrap();
    for field in [
        "Package: dastra-mailgate",
        "Section: mail",
        "Depends: adduser, libc6",
        "Recommends: systemd",
    ] {
        assert!(info.contains(field), "{field} missing:\n{info}");
    }
    for script in ["postinst", "prerm", "postrm", "conffiles"] {
        assert!(info.contains(script), "{script} missing:\n{info}");
    }
    let conffiles =
        String::from_utf8(run(Command::new("dpkg-deb").arg("-I").arg(deb).arg("conffiles")).stdout)
            .unwrap();
    assert_eq!(conffiles.trim(), "/etc/dastra-mailgate/config.toml");

    // Contents, with modes.
    let list = String::from_utf8(run(Command::new("dpkg-deb").arg("-c").arg(deb)).stdout).unwrap();
    let entry = |path: &str| {
        list.lines()
            .find(|l| l.ends_with(path))
            .unwrap_or_else(|| panic!("{path} missing:\n{list}"))
            .to_string()
    };
    assert!(entry("./usr/bin/dastra-mailgate").starts_with("-rwxr-xr-x 0/0"));
    assert!(entry("./etc/dastra-mailgate/config.toml").starts_with("-rw-r----- 0/0"));
    for path in [
        "./usr/lib/systemd/system/dastra-mailgate.service",
        "./usr/lib/sysusers.d/dastra-mailgate.conf",
        "./usr/share/doc/dastra-mailgate/config.example.toml",
        "./usr/share/doc/dastra-mailgate/README.md",
        "./usr/share/man/man1/dastra-mailgate.1.gz",
        "./usr/share/man/man1/dastra-mailgate-run.1.gz",
        "./usr/share/man/man1/dastra-mailgate-journal.1.gz",
        "./usr/share/man/man1/dastra-mailgate-describe.1.gz",
        "./usr/share/man/man1/dastra-mailgate-reload.1.gz",
        "./usr/share/man/man5/dastra-mailgate.toml.5.gz",
        "./usr/share/bash-completion/completions/dastra-mailgate",
        "./usr/share/zsh/vendor-completions/_dastra-mailgate",
        "./usr/share/fish/vendor_completions.d/dastra-mailgate.fish",
        "./usr/share/dastra-mailgate/monitoring/dastra-mailgate.rules.yml",
        "./usr/share/dastra-mailgate/monitoring/dastra-mailgate.dashboard.json",
    ] {
        assert!(entry(path).starts_with("-rw-r--r-- 0/0"), "{path}");
    }

    // Unpacked: the unit runs the packaged binary, the config is the example, the man page
    // is roff, and the binary works.
    let x = out.path().join("x");
    run(Command::new("dpkg-deb").arg("-x").arg(deb).arg(&x));
    let unit =
        std::fs::read_to_string(x.join("usr/lib/systemd/system/dastra-mailgate.service")).unwrap();
    assert!(
        unit.contains("ExecStart=/usr/bin/dastra-mailgate "),
        "{unit}"
    );
    assert!(!unit.contains("/usr/local/bin"), "{unit}");
    assert_eq!(
        std::fs::read(x.join("etc/dastra-mailgate/config.toml")).unwrap(),
        std::fs::read(root.join("config.example.toml")).unwrap()
    );
    let man =
        run(Command::new("zcat").arg(x.join("usr/share/man/man1/dastra-mailgate.1.gz"))).stdout;
    let man = String::from_utf8(man).unwrap();
    assert!(man.contains(".TH dastra-mailgate 1"), "{man}");
    assert!(man.contains("journal"), "subcommands listed: {man}");
    let bash =
        std::fs::read_to_string(x.join("usr/share/bash-completion/completions/dastra-mailgate"))
            .unwrap();
    assert!(
        bash.contains("complete -F") && bash.contains("describe"),
        "{bash}"
    );
    let bin = x.join("usr/bin/dastra-mailgate");
    let v = run(Command::new(&bin).arg("--version")).stdout;
    assert_eq!(
        String::from_utf8(v).unwrap().trim(),
        format!("dastra-mailgate {}", env!("CARGO_PKG_VERSION"))
    );
    let md = run(Command::new(&bin)
        .arg("-c")
        .arg(x.join("etc/dastra-mailgate/config.toml"))
        .arg("describe"))
    .stdout;
    assert!(
        String::from_utf8(md)
            .unwrap()
            .starts_with("# Data flows of dastra-mailgate")
    );
}

fn monitoring(file: &str) -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("packaging/monitoring")
        .join(file)
}

fn promtool() -> Command {
    assert!(
        Command::new("promtool")
            .arg("--version")
            .output()
            .is_ok_and(|o| o.status.success()),
        "promtool is missing: apt-get install prometheus (scripts/test does it)"
    );
    Command::new("promtool")
}

/// The shipped Prometheus alert rules are valid and behave as their unit tests say
/// (`promtool test rules`: each alert fires when it should, not before, with its text).
#[test]
fn alert_rules_pass_promtool_check_and_their_tests() {
    let o = run(promtool()
        .args(["check", "rules"])
        .arg(monitoring("dastra-mailgate.rules.yml")));
    assert!(
        String::from_utf8_lossy(&o.stdout).contains("SUCCESS"),
        "{o:?}"
    );
    let o = run(promtool()
        .args(["test", "rules"])
        .arg(monitoring("dastra-mailgate.rules.test.yml")));
    assert!(
        String::from_utf8_lossy(&o.stdout).contains("SUCCESS"),
        "{o:?}"
    );
}

/// The rules and the Grafana dashboard only use metrics the daemon declares (a renamed
/// metric cannot leave a dead panel or a silent alert behind); the dashboard is JSON with
/// its panels in place.
#[test]
fn rules_and_dashboard_use_only_declared_metrics() {
    let re = regex::Regex::new(r"\b((?:mailgate|process)_[a-z_]+)").unwrap();
    let dashboard = std::fs::read_to_string(monitoring("dastra-mailgate.dashboard.json")).unwrap();
    let v: serde_json::Value = serde_json::from_str(&dashboard).unwrap();
    let panels = v["panels"].as_array().unwrap();
    assert!(panels.len() >= 10, "{}", panels.len());
    let mut exprs = Vec::new();
    for p in panels {
        for t in p["targets"].as_array().unwrap() {
            exprs.push(t["expr"].as_str().unwrap().to_string());
        }
    }
    let rules = std::fs::read_to_string(monitoring("dastra-mailgate.rules.yml")).unwrap();
    let rule_exprs: Vec<String> = rules
        .lines()
        .filter_map(|l| l.trim().strip_prefix("expr: "))
        .map(String::from)
        .collect();
    assert!(rule_exprs.len() >= 10);
    let mut seen = std::collections::BTreeSet::new();
    for e in exprs.iter().chain(&rule_exprs) {
        for c in re.captures_iter(e) {
            let name = &c[1];
            assert!(
                dastra_mailgate::metrics::declared(name).is_some(),
                "{name} (in {e}) is not a metric the daemon exports"
            );
            seen.insert(name.to_string());
        }
    }
    // Every declared metric is on the dashboard or in a rule.
    for m in dastra_mailgate::metrics::METRICS {
        assert!(
            seen.contains(m.name) || m.name == "mailgate_build_info",
            "{} is neither on the dashboard nor in a rule: add a panel to packaging/monitoring/dastra-mailgate.dashboard.json (or an alert rule)",
            m.name
        );
    }
}
