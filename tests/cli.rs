//! Binary-level tests: the real executable, real files, exit codes.

use std::path::Path;
use std::process::{Command, Output};

fn bin() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_dastra-mailgate"));
    c.env_remove("DASTRA_MAILGATE_CONFIG")
        .env_remove("DASTRA_MAILGATE_LOG");
    c
}

fn run(args: &[&str]) -> Output {
    bin().args(args).output().expect("run binary")
}

fn text(o: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    )
}

#[test]
fn every_subcommand_has_real_help() {
    for sub in [
        "run",
        "check",
        "ingest",
        "authorize",
        "test-send",
        "queue",
        "status",
    ] {
        let o = run(&[sub, "--help"]);
        assert!(o.status.success(), "{sub} --help failed: {}", text(&o));
        let out = text(&o);
        assert!(out.contains("Usage:"), "{sub}: {out}");
        assert!(out.lines().count() > 4, "{sub} help is too thin: {out}");
    }
    let top = text(&run(&["--help"]));
    assert!(top.contains("Exit codes"), "{top}");
}

#[test]
fn usage_errors_exit_64() {
    assert_eq!(run(&["frobnicate"]).status.code(), Some(64));
    assert_eq!(run(&["check", "--bogus"]).status.code(), Some(64));
}

#[test]
fn check_accepts_the_example_config() {
    let example = Path::new(env!("CARGO_MANIFEST_DIR")).join("config.example.toml");
    let o = run(&["-c", example.to_str().unwrap(), "check"]);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o));
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(out.contains("configuration is valid"), "{out}");
    assert!(out.contains("mailbox privacy"), "{out}");
}

#[test]
fn check_reports_a_broken_config_with_file_line_key_and_hint() {
    let dir = tempfile::tempdir().unwrap();
    let cfg = dir.path().join("config.toml");
    std::fs::write(
        &cfg,
        "[dastra]\napi_key = \"inline-secret\"\nworkspace_id = 1\narea_id = 1\n\n[[mailbox]]\nname = \"privacy\"\nhost = \"imap.example.org\"\nusername = \"u\"\npassword = \"env:P\"\nmode = \"push\"\n",
    )
    .unwrap();
    let o = run(&["-c", cfg.to_str().unwrap(), "check"]);
    assert_eq!(o.status.code(), Some(78), "{}", text(&o));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains(cfg.to_str().unwrap()), "{err}");
    assert!(
        err.contains("dastra.api_key") && err.contains("(line 2, col 11)"),
        "{err}"
    );
    assert!(
        err.contains("mailbox[0].mode") && err.contains("(line 11, col 8)"),
        "{err}"
    );
    assert!(err.contains("hint:"), "{err}");
    assert!(
        !err.contains("inline-secret"),
        "the inline secret was echoed: {err}"
    );

    let o = run(&["-c", cfg.to_str().unwrap(), "check", "--json"]);
    assert_eq!(o.status.code(), Some(78));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["valid"], false);
    assert_eq!(v["issues"].as_array().unwrap().len(), 2);
}

#[test]
fn config_path_from_environment_and_missing_file() {
    let o = bin()
        .env("DASTRA_MAILGATE_CONFIG", "/nonexistent/dastra.toml")
        .arg("check")
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(78));
    assert!(
        text(&o).contains("/nonexistent/dastra.toml"),
        "{}",
        text(&o)
    );
}

#[test]
fn check_warns_about_loose_secret_files() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let key = dir.path().join("key");
    std::fs::write(&key, "k").unwrap();
    std::fs::set_permissions(&key, std::fs::Permissions::from_mode(0o644)).unwrap();
    let cfg = dir.path().join("config.toml");
    std::fs::write(
        &cfg,
        format!(
            "[dastra]\napi_key = \"file:{}\"\nworkspace_id = 1\narea_id = 1\n[state]\ndir = \"{}\"\n",
            key.display(),
            dir.path().display()
        ),
    )
    .unwrap();
    let o = run(&["-c", cfg.to_str().unwrap(), "check"]);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o));
    assert!(text(&o).contains("chmod 600"), "{}", text(&o));
}

#[test]
fn json_logs_on_stderr() {
    let dir = tempfile::tempdir().unwrap();
    let cfg = dir.path().join("config.toml");
    std::fs::write(
        &cfg,
        format!(
            "[dastra]\nbase_url = \"http://127.0.0.1:9\"\napi_key = \"env:MG_TEST_KEY\"\nworkspace_id = 1\narea_id = 1\n[state]\ndir = \"{}\"\n[[mailbox]]\nname = \"m\"\nhost = \"127.0.0.1\"\nport = 9\ntls = \"none\"\nallow_insecure = true\nusername = \"u@example.org\"\npassword = \"env:MG_TEST_KEY\"\ncommand_timeout_secs = 2\n",
            dir.path().join("state").display()
        ),
    )
    .unwrap();
    let o = bin()
        .env("MG_TEST_KEY", "k")
        .args([
            "-c",
            cfg.to_str().unwrap(),
            "--log-format",
            "json",
            "ingest",
            "--once",
        ])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(75), "{}", text(&o));
    let stderr = String::from_utf8_lossy(&o.stderr);
    let json_lines: Vec<serde_json::Value> = stderr
        .lines()
        .filter(|l| l.starts_with('{'))
        .map(|l| serde_json::from_str(l).expect("a JSON log line"))
        .collect();
    assert!(!json_lines.is_empty(), "{stderr}");
    assert!(
        json_lines
            .iter()
            .all(|l| l["level"].is_string() && l["message"].is_string()),
        "{stderr}"
    );
}

/// A relay-only configuration whose client password hash comes from `secret`.
fn relay_config(dir: &Path, secret: &str) -> std::path::PathBuf {
    let cfg = dir.join("config.toml");
    std::fs::write(
        &cfg,
        format!(
            "[state]\ndir = \"{}\"\n\n[relay]\nenabled = true\nlisten = \"127.0.0.1:0\"\nsender = \"privacy@example.org\"\n\n[[relay.client]]\nusername = \"app1\"\npassword_hash = \"{secret}\"\n\n[relay.transport]\ntype = \"smtp\"\nhost = \"127.0.0.1\"\nport = 2525\ntls = \"none\"\nauth = \"none\"\nallow_insecure = true\n",
            dir.join("state").display()
        ),
    )
    .unwrap();
    cfg
}

/// Issue 14 point 3: `check` says no (78, like `run`) when a `file:` secret cannot be read,
/// instead of "valid" followed by a service that exits 78 at every restart.
#[test]
fn check_fails_like_run_on_an_unreadable_secret() {
    let dir = tempfile::tempdir().unwrap();
    // A directory cannot be read as a file, even by root.
    let unreadable = dir.path().join("a-directory");
    std::fs::create_dir(&unreadable).unwrap();
    let cfg = relay_config(dir.path(), &format!("file:{}", unreadable.display()));
    let o = run(&["-c", cfg.to_str().unwrap(), "check"]);
    assert_eq!(o.status.code(), Some(78), "{}", text(&o));
    let out = text(&o);
    assert!(out.contains("error:"), "{out}");
    assert!(out.contains("relay.client[0].password_hash"), "{out}");
    assert!(out.contains("would refuse to start"), "{out}");
    assert!(!out.contains("configuration is valid"), "{out}");
    let o = run(&["-c", cfg.to_str().unwrap(), "check", "--json"]);
    assert_eq!(o.status.code(), Some(78), "{}", text(&o));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["valid"], false);

    // A readable one: valid.
    let hash = dir.path().join("hash");
    std::fs::write(
        &hash,
        "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g",
    )
    .unwrap();
    let cfg = relay_config(dir.path(), &format!("file:{}", hash.display()));
    let o = run(&["-c", cfg.to_str().unwrap(), "check"]);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o));

    // A systemd credential: not checkable outside the service (a warning, and the line the
    // unit needs); under the service (a $CREDENTIALS_DIRECTORY without it), an error.
    let cfg = relay_config(dir.path(), "credential:relay-app1-hash");
    let o = run(&["-c", cfg.to_str().unwrap(), "check"]);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o));
    assert!(
        text(&o).contains(
            "LoadCredential=relay-app1-hash:/etc/dastra-mailgate/credentials/relay-app1-hash"
        ),
        "{}",
        text(&o)
    );
    let creds = dir.path().join("creds");
    std::fs::create_dir(&creds).unwrap();
    let o = bin()
        .args(["-c", cfg.to_str().unwrap(), "check"])
        .env("CREDENTIALS_DIRECTORY", &creds)
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(78), "{}", text(&o));
    std::fs::copy(&hash, creds.join("relay-app1-hash")).unwrap();
    let o = bin()
        .args(["-c", cfg.to_str().unwrap(), "check"])
        .env("CREDENTIALS_DIRECTORY", &creds)
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(0), "{}", text(&o));
}

/// Issue 14 point 6: a type error names its key path and says what to write, an unknown
/// reference gets "did you mean", and no Rust name (`i64`, `ClientCredentials`, `Smtp`)
/// reaches the user.
#[test]
fn config_errors_name_the_key_path_in_plain_words() {
    let dir = tempfile::tempdir().unwrap();
    let check = |name: &str, body: &str| -> (Option<i32>, String) {
        let cfg = dir.path().join(name);
        std::fs::write(
            &cfg,
            format!("[state]\ndir = \"{}\"\n{body}", dir.path().display()),
        )
        .unwrap();
        let o = run(&["-c", cfg.to_str().unwrap(), "check"]);
        (o.status.code(), text(&o))
    };
    let internal = |out: &str| {
        for word in [
            "i64",
            "u32",
            "Dto",
            "sequence",
            "ClientCredentials",
            "Microsoft",
            "Smtp",
            "clientcredentials",
        ] {
            assert!(!out.contains(word), "{word:?} in {out}");
        }
    };

    let (code, out) = check(
        "a.toml",
        "[dastra]\napi_key = \"env:X\"\nworkspace_id = 1\narea_id = \"1\"\n",
    );
    assert_eq!(code, Some(78), "{out}");
    assert!(
        out.contains("dastra.area_id: expected a whole number"),
        "{out}"
    );
    assert!(out.contains("write area_id = 1"), "{out}");
    internal(&out);

    let relay = "[relay]\nenabled = true\nsender = \"a@example.org\"\n";
    let (code, out) = check(
        "b.toml",
        &format!("{relay}allowed_sender_domains = \"example.org\"\n"),
    );
    assert_eq!(code, Some(78), "{out}");
    assert!(
        out.contains("relay.allowed_sender_domains: expected a list"),
        "{out}"
    );
    assert!(out.contains("[\"example.org\"]"), "{out}");
    internal(&out);

    let secret = dir.path().join("secret");
    std::fs::write(&secret, "s3cret").unwrap();
    let account = format!(
        "[[oauth_account]]\nname = \"m365\"\nprovider = \"microsoft\"\nflow = \"client_credentials\"\ntenant = \"t\"\nclient_id = \"c\"\nclient_secret = \"file:{}\"\nuser = \"a@example.org\"\n",
        secret.display()
    );
    let transport = |kind: &str, account: &str| {
        format!(
            "[relay.transport]\ntype = \"{kind}\"\nhost = \"smtp.office365.com\"\nauth = \"xoauth2\"\noauth_account = \"{account}\"\n"
        )
    };
    let (code, out) = check(
        "c.toml",
        &format!("{account}{relay}{}", transport("smpt", "m356")),
    );
    assert_eq!(code, Some(78), "{out}");
    assert!(out.contains("did you mean \"smtp\""), "{out}");
    assert!(out.contains("did you mean \"m365\""), "{out}");
    internal(&out);

    let (code, out) = check(
        "d.toml",
        &format!("{account}{relay}{}", transport("smtp", "m365")),
    );
    assert_eq!(code, Some(0), "{out}");
    assert!(
        out.contains("oauth account m365: provider microsoft, flow client_credentials"),
        "{out}"
    );
    internal(&out);
}

/// Issue 14 point 10: dastra-mailgate.toml(5) is generated from config.example.toml (every
/// key of the example has its entry, groff reads it without a warning), and each
/// subcommand's page documents the global -c/--config and --log-format.
#[test]
fn man_pages_include_the_config_file_page_and_the_global_options() {
    let dir = tempfile::tempdir().unwrap();
    let o = run(&["man", "--out", dir.path().to_str().unwrap()]);
    assert!(o.status.success(), "{}", text(&o));
    let page = std::fs::read_to_string(dir.path().join("dastra-mailgate.toml.5")).unwrap();
    assert!(page.starts_with(".TH dastra-mailgate.toml 5"), "{page}");
    let example =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("config.example.toml"))
            .unwrap();
    let mut keys = 0;
    for line in example.lines() {
        if let Some((k, _)) = line.split_once(" = ")
            && !line.starts_with('#')
            && !line.starts_with(' ')
        {
            let entry = format!("\\fB{}\\fR", k.trim().replace('-', "\\-"));
            assert!(page.contains(&entry), "{entry} missing");
            keys += 1;
        }
    }
    assert!(keys > 50, "{keys}");
    for section in [".SH DASTRA API", ".SS [[mailbox]]", ".SS [relay.transport]"] {
        assert!(page.contains(section), "{section}");
    }
    let groff = Command::new("groff")
        .args(["-z", "-man", "-ww"])
        .arg(dir.path().join("dastra-mailgate.toml.5"))
        .output()
        .expect("groff (groff-base, with man-db)");
    assert!(
        groff.status.success() && groff.stderr.is_empty(),
        "{}",
        text(&groff)
    );
    for sub in ["check", "run", "reload"] {
        let p =
            std::fs::read_to_string(dir.path().join(format!("dastra-mailgate-{sub}.1"))).unwrap();
        assert!(p.contains("\\-\\-config"), "{sub}: {p}");
        assert!(p.contains("\\-\\-log\\-format"), "{sub}: {p}");
    }
}
