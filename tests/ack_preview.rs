//! `dastra-mailgate ack preview --locale xx` through the real binary: built-in texts in the
//! six detected languages, a customised English text that leaves the other languages
//! built-in, the nameless greeting and the date placeholders filled.

use std::path::Path;
use std::process::{Command, Output};

fn run(config: Option<&Path>, args: &[&str]) -> Output {
    let mut c = Command::new(env!("CARGO_BIN_EXE_dastra-mailgate"));
    c.env("DASTRA_API_KEY", "unused").env("UNUSED", "unused");
    match config {
        Some(p) => c.arg("-c").arg(p),
        None => c.arg("-c").arg("/nonexistent/dastra-mailgate.toml"),
    };
    c.args(["ack", "preview"])
        .args(args)
        .output()
        .expect("runs")
}

fn text(o: &Output) -> String {
    assert!(
        o.status.success(),
        "exit {:?}: {}",
        o.status.code(),
        String::from_utf8_lossy(&o.stderr)
    );
    String::from_utf8_lossy(&o.stdout).into_owned()
}

#[test]
fn built_in_texts_in_six_languages() {
    for (locale, subject, greeting) in [
        ("fr", "Accusé de réception", "Bonjour,"),
        ("en", "We received your request", "Hello,"),
        ("nl", "Ontvangstbevestiging", "Beste,"),
        ("de", "Eingangsbestätigung", "Guten Tag,"),
        ("es", "Acuse de recibo", "Hola:"),
        ("it", "Conferma di ricezione", "Buongiorno,"),
    ] {
        let out = text(&run(None, &["--built-in", "--locale", locale]));
        assert!(
            out.contains(&format!("built-in text for \"{locale}\"")),
            "{out}"
        );
        assert!(out.contains(&format!("Subject: {subject}")), "{out}");
        assert!(out.contains(&format!("\n{greeting}\n")), "{out}");
        assert!(out.contains("[DSR-1042]"), "{out}");
        assert!(!out.contains('{'), "unfilled placeholder: {out}");
    }
    let out = text(&run(
        None,
        &["--built-in", "--locale", "es", "--name", "Ana"],
    ));
    assert!(out.contains("\nHola Ana:\n"), "{out}");
}

#[test]
fn customising_english_does_not_change_the_other_languages() {
    let dir = tempfile::tempdir().unwrap();
    let cfg = dir.path().join("c.toml");
    let base = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/corpus.toml"),
    )
    .unwrap();
    let base = base.replace(
        "[understanding]",
        "[mailbox.acknowledge]\nenabled = true\n[mailbox.acknowledge.templates.en]\nsubject = \"Thanks {reference}\"\nbody = \"Dear {name}, thanks. Answer by {deadline}.\\n{organisation}\\n\"\n\n[understanding]",
    );
    let relay = "\n[relay]\nenabled = true\nsender = \"privacy@acme-corp.example\"\nallowed_sender_domains = [\"acme-corp.example\"]\n[relay.transport]\ntype = \"smtp\"\nhost = \"127.0.0.1\"\nport = 1\ntls = \"none\"\nauth = \"none\"\nallow_insecure = true\n";
    std::fs::write(&cfg, format!("{base}{relay}")).unwrap();

    let en = text(&run(Some(&cfg), &["--locale", "en"]));
    assert!(en.contains("customised text for \"en\""), "{en}");
    assert!(en.contains("Subject: Thanks [DSR-1042]"), "{en}");
    assert!(en.contains("\nDear, thanks. Answer by "), "{en}");
    let fr = text(&run(Some(&cfg), &["--locale", "fr"]));
    assert!(fr.contains("built-in text for \"fr\""), "{fr}");
    assert!(fr.contains("Subject: Accusé de réception"), "{fr}");
    let pt = text(&run(Some(&cfg), &["--locale", "pt"]));
    assert!(pt.contains("the customised English one"), "{pt}");
}
