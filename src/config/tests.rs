use super::*;

const MINIMAL: &str = r#"
[dastra]
api_key = "env:DASTRA_API_KEY"
workspace_id = 1
area_id = 2

[state]
dir = "/var/lib/dastra-mailgate"

[[mailbox]]
name = "privacy"
host = "imap.example.org"
username = "privacy@example.org"
password = "env:IMAP_PASSWORD"
"#;

fn load(text: &str) -> Result<(Settings, Vec<Issue>), ConfigError> {
    load_str(text, Path::new("/etc/dastra-mailgate/config.toml"))
}

#[test]
fn minimal_config_is_valid_with_defaults() {
    let (s, warnings) = load(MINIMAL).expect("valid");
    assert!(warnings.is_empty(), "{warnings:?}");
    let m = &s.mailboxes[0];
    assert_eq!(m.port, 993);
    assert_eq!(m.tls, TlsMode::Implicit);
    assert_eq!(m.mode, FetchMode::Idle);
    assert_eq!(m.folders.processed, "Dastra/Processed");
    let d = s.dastra.as_ref().unwrap();
    assert_eq!(d.max_requests_per_min, 500);
    assert_eq!(d.tags, vec!["email entrant".to_string()]);
    assert!(matches!(d.auth, DastraAuthSettings::ApiKey(_)));
    assert!(
        s.understanding.learned_model,
        "the learned model is on by default"
    );
}

#[test]
fn learned_model_can_be_turned_off_and_reaches_the_understanding_options() {
    let text = format!("{MINIMAL}\n[understanding]\nlearned_model = false\n");
    let (s, _) = load(&text).expect("valid");
    assert!(!s.understanding.learned_model);
    let o = crate::understand::UnderstandOptions::from_settings(
        &s.understanding,
        true,
        crate::understand::Lexicon::shared_default(),
    );
    assert!(!o.use_model);
    let err = load(&format!(
        "{MINIMAL}\n[understanding]\nlearned_model = \"no\"\n"
    ))
    .expect_err("a string is not a boolean");
    assert!(err.to_string().contains("learned_model"), "{err}");
}

#[test]
fn reports_every_error_with_line_col_and_hint() {
    let text = r#"
[dastra]
api_key = "plaintext-key"
workspace_id = 1
area_id = 2

[[mailbox]]
name = "privacy"
host = "imap.example.org"
username = "privacy@example.org"
password = "env:IMAP_PASSWORD"
mode = "push"

[[mailbox.rule]]
subject = "([unclosed"
kind = "incident"

[relay]
enabled = true
sender = "notifications@"
transport.oauth_account = "m365"
"#;
    let err = load(text).unwrap_err();
    let errors: Vec<&Issue> = err.errors().collect();
    let find = |p: &str| {
        errors
            .iter()
            .find(|i| i.path == p)
            .unwrap_or_else(|| panic!("no error for {p}: {errors:#?}"))
    };
    let key = find("dastra.api_key");
    assert_eq!((key.line, key.col), (Some(3), Some(11)));
    assert!(key.hint.as_deref().unwrap().contains("env:"));
    let mode = find("mailbox[0].mode");
    assert_eq!(mode.line, Some(12));
    assert!(mode.hint.as_deref().unwrap().contains("\"idle\""));
    let re = find("mailbox[0].rule[0].subject");
    assert_eq!(re.line, Some(15));
    assert!(re.message.contains("invalid regular expression"));
    let sender = find("relay.sender");
    assert_eq!(
        sender.to_string().lines().next().unwrap(),
        "relay.sender: \"notifications@\" is not an email address (line 20, col 10)"
    );
    find("relay.transport.oauth_account");
    let shown = err.to_string();
    assert!(
        shown.contains("/etc/dastra-mailgate/config.toml"),
        "{shown}"
    );
    assert!(shown.contains("5 errors"), "{shown}");
}

#[test]
fn unknown_keys_are_all_rejected_with_suggestions() {
    let text = format!("{MINIMAL}\nworkspace = 3\n[logging]\nformt = \"json\"\n");
    let err = load(&text).unwrap_err();
    let paths: Vec<&str> = err.errors().map(|i| i.path.as_str()).collect();
    assert!(paths.contains(&"mailbox[0].workspace"), "{paths:?}");
    assert!(paths.contains(&"logging.formt"), "{paths:?}");
    let formt = err.errors().find(|i| i.path == "logging.formt").unwrap();
    assert!(formt.hint.as_deref().unwrap().contains("`format`"));
    assert_eq!(formt.line, Some(18));
}

#[test]
fn syntax_and_type_errors_have_positions() {
    let err = load("[dastra\nworkspace_id = 1\n").unwrap_err();
    let e = err.errors().next().unwrap();
    assert!(e.message.contains("TOML syntax error"), "{e}");
    assert_eq!(e.line, Some(1));

    let err = load("[dastra]\nworkspace_id = \"one\"\n").unwrap_err();
    let e = err.errors().next().unwrap();
    assert_eq!(e.line, Some(2), "{e}");
}

#[test]
fn insecure_transport_needs_explicit_opt_in() {
    let text = MINIMAL.replace(
        "password = \"env:IMAP_PASSWORD\"",
        "password = \"env:IMAP_PASSWORD\"\ntls = \"none\"",
    );
    let err = load(&text).unwrap_err();
    assert!(err.errors().any(|i| i.path == "mailbox[0].tls"));
    let text = text.replace("tls = \"none\"", "tls = \"none\"\nallow_insecure = true");
    let (s, _) = load(&text).unwrap();
    assert_eq!(s.mailboxes[0].port, 143);
}

#[test]
fn secrets_never_appear_in_debug_output() {
    // SAFETY: tests in this module do not read this variable concurrently.
    unsafe { std::env::set_var("MAILGATE_TEST_SECRET", "s3cr3t-value-xyz") };
    let text = MINIMAL.replace("env:DASTRA_API_KEY", "env:MAILGATE_TEST_SECRET");
    let (s, _) = load(&text).unwrap();
    let DastraAuthSettings::ApiKey(r) = &s.dastra.as_ref().unwrap().auth else {
        panic!()
    };
    let resolved = r.resolve().unwrap();
    assert_eq!(resolved.expose(), "s3cr3t-value-xyz");
    let dump = format!("{s:?} {resolved:?} {resolved}");
    assert!(!dump.contains("s3cr3t-value-xyz"));
}

#[test]
fn check_secrets_reports_missing_and_loose_files() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let secret = dir.path().join("key");
    std::fs::write(&secret, "k").unwrap();
    std::fs::set_permissions(&secret, std::fs::Permissions::from_mode(0o644)).unwrap();
    let text = MINIMAL
        .replace("env:DASTRA_API_KEY", &format!("file:{}", secret.display()))
        .replace("env:IMAP_PASSWORD", "env:MAILGATE_SURELY_UNSET_VAR");
    let cfg = dir.path().join("config.toml");
    std::fs::write(&cfg, &text).unwrap();
    let (s, _) = super::load(&cfg).unwrap();
    let issues = check_secrets(&s);
    assert!(issues.iter().any(|i| i.severity == Severity::Warning
        && i.path == "dastra.api_key"
        && i.hint.as_deref().unwrap().contains("chmod 600")));
    let missing = issues
        .iter()
        .find(|i| i.path == "mailbox[0].password")
        .unwrap();
    assert_eq!(missing.severity, Severity::Error);
    assert_eq!(missing.line, Some(14));
}

#[test]
fn config_path_resolution_order() {
    assert_eq!(
        resolve_path(Some(Path::new("/x.toml"))),
        PathBuf::from("/x.toml")
    );
}

#[test]
fn example_config_is_valid() {
    let text = include_str!("../../config.example.toml");
    let (s, _) = load(text).unwrap_or_else(|e| panic!("{e}"));
    assert!(!s.mailboxes.is_empty());
    assert!(s.relay.is_some());
    // Every key the DTOs know appears in the example (no silent omissions).
    for key in [
        "base_url",
        "token_url",
        "api_key",
        "workspace_id",
        "area_id",
        "max_requests_per_min",
        "request_timeout_secs",
        "connect_timeout_secs",
        "task_deadline_days",
        "send_notification",
        "poll_interval_secs",
        "idle_renew_secs",
        "command_timeout_secs",
        "max_message_bytes",
        "default_kind",
        "auto_kind",
        "move_processed",
        "sender_domain",
        "header_value",
        "assignee",
        "refresh_before_expiry_secs",
        "allowed_sender_domains",
        "allow_unauthenticated_loopback",
        "password_hash",
        "messages_per_minute",
        "recipients_per_day",
        "messages_per_day",
        "data_timeout_secs",
        "retry_schedule_secs",
        "max_age_secs",
        "redact_addresses",
        "log_bodies",
        "lexicon_file",
        "subject_tag_pattern",
        "ignore_mailing_lists",
        "own_message_id_domains",
        "dastra_attachment_policy",
        "min_image_bytes",
        "max_attachment_bytes",
        "max_per_sender_per_hour",
        "learned_model",
        "prefer_reply_to",
        "auth_token",
        "mask_addresses",
        "link_template",
        "journal_days",
        "ledger_days",
        "failed_mail_days",
        "delivered_spool_days",
        "purge_interval_secs",
    ] {
        assert!(text.contains(key), "config.example.toml lacks {key}");
    }
}

#[test]
fn api_transports_check_their_account_and_endpoint() {
    let relay = |kind: &str, provider: &str, endpoint: &str, insecure: bool| {
        format!(
            "[state]\ndir = \"/var/lib/dastra-mailgate\"\n\n[relay]\nenabled = true\nsender = \"privacy@example.org\"\n\n[relay.transport]\ntype = \"{kind}\"\noauth_account = \"acc\"\nendpoint = \"{endpoint}\"\nallow_insecure = {insecure}\n\n[[oauth_account]]\nname = \"acc\"\nprovider = \"{provider}\"\nflow = \"client_credentials\"\ntenant = \"t\"\nclient_id = \"c\"\nclient_secret = \"env:X\"\nuser = \"privacy@example.org\"\n"
        )
    };
    let (s, _) = load(&relay(
        "graph",
        "microsoft",
        "https://graph.microsoft.us",
        false,
    ))
    .unwrap();
    let t = &s.relay.unwrap().transport;
    assert_eq!(
        (t.kind, t.endpoint.as_deref()),
        (TransportKind::Graph, Some("https://graph.microsoft.us"))
    );

    let err = load(&relay(
        "graph",
        "google",
        "https://graph.microsoft.com",
        false,
    ))
    .unwrap_err();
    let e = err
        .errors()
        .find(|i| i.path == "relay.transport.oauth_account")
        .unwrap_or_else(|| panic!("{err}"));
    assert!(e.message.contains("Google account"), "{e}");
    assert!(e.hint.as_deref().unwrap().contains("gmail_api"), "{e}");
    assert_eq!(e.line, Some(10), "{e}");

    let err = load(&relay(
        "gmail_api",
        "microsoft",
        "http://127.0.0.1:8080",
        false,
    ))
    .unwrap_err();
    let paths: Vec<&str> = err.errors().map(|i| i.path.as_str()).collect();
    assert!(
        paths.contains(&"relay.transport.oauth_account"),
        "{paths:?}"
    );
    let e = err
        .errors()
        .find(|i| i.path == "relay.transport.endpoint")
        .unwrap_or_else(|| panic!("{err}"));
    assert!(e.hint.as_deref().unwrap().contains("allow_insecure"), "{e}");
    assert_eq!(e.line, Some(11), "{e}");
}

#[test]
fn acknowledgements_need_the_relay_and_an_id_in_the_reference() {
    let text = format!(
        "{MINIMAL}[mailbox.acknowledge]\nreference_format = \"[REF]\"\n[mailbox.acknowledge.templates.fr]\nsubject = \"Reçu {{reference}}\"\nbody = \"\"\n"
    );
    let err = load(&text).unwrap_err();
    let paths: Vec<&str> = err.errors().map(|i| i.path.as_str()).collect();
    assert!(paths.contains(&"mailbox[0].acknowledge"), "{paths:?}");
    assert!(
        paths.contains(&"mailbox[0].acknowledge.reference_format"),
        "{paths:?}"
    );
    assert!(
        paths.contains(&"mailbox[0].acknowledge.templates.fr"),
        "{paths:?}"
    );
    // Off by default; `enabled = false` is off too.
    let (s, _) = load(MINIMAL).unwrap();
    assert!(s.mailboxes[0].acknowledge.is_none());
    let (s, _) = load(&format!(
        "{MINIMAL}[mailbox.acknowledge]\nenabled = false\n"
    ))
    .unwrap();
    assert!(s.mailboxes[0].acknowledge.is_none());
}

#[test]
fn pacing_defaults_follow_the_provider_unless_configured() {
    let relay = |transport: &str, limits: &str| {
        format!(
            "[state]\ndir = \"/var/lib/dastra-mailgate\"\n\n[relay]\nenabled = true\nsender = \"privacy@example.org\"\n\n[relay.transport]\n{transport}\n\n[relay.limits]\n{limits}\n"
        )
    };
    let limits = |text: &str| {
        let (s, _) = load(text).unwrap_or_else(|e| panic!("{e}"));
        let l = s.relay.unwrap().limits;
        (
            l.messages_per_minute.unwrap(),
            l.recipients_per_day.unwrap(),
            l.messages_per_day.unwrap(),
            l.recipients_per_message.unwrap(),
        )
    };
    let plain = "auth = \"plain\"\nusername = \"u\"\npassword = \"env:P\"";
    // Exchange Online (the default host): 30 a minute, 10,000 recipients a day.
    assert_eq!(limits(&relay(plain, "")), (30, 10_000, 0, 500));
    // Gmail: 2,000 messages and 10,000 recipients a day.
    assert_eq!(
        limits(&relay(&format!("host = \"smtp.gmail.com\"\n{plain}"), "")),
        (0, 10_000, 2_000, 100)
    );
    // Any other server: no pacing unless configured.
    assert_eq!(
        limits(&relay(
            &format!("host = \"relay.corp.example\"\n{plain}"),
            ""
        )),
        (0, 0, 0, 0)
    );
    // What the file says wins, 0 included.
    assert_eq!(
        limits(&relay(
            &format!("host = \"smtp.gmail.com\"\n{plain}"),
            "messages_per_minute = 5\nmessages_per_day = 0\nrecipients_per_message = 50"
        )),
        (5, 10_000, 0, 50)
    );
}
