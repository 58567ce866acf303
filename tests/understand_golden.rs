//! Golden tests for the understanding step: every `examples/mail/<name>.eml` is understood and
//! compared with `examples/mail/<name>.expected.json`.
//!
//! The expected file lists only the fields that matter for that sample. Plain keys are compared
//! with the JSON serialisation of `Understanding` (objects as subsets, arrays element by
//! element, with objects inside arrays as subsets too). Special keys:
//! `parked` (bool), `ignore_reason`, `body_contains`, `body_not_contains`, `body_starts_with`,
//! `problems_include`, `candidate_ids`, `kept_content_starts_with` ({name: prefix}), and a
//! `dedupe_key` of `"sha256:<raw>"` (the hash of the file).
//!
//! Set `UNDERSTAND_GOLDEN_PRINT=1` to print every actual result.

use std::path::{Path, PathBuf};

use dastra_mailgate::understand::{UnderstandOptions, Understanding, understand};
use serde_json::Value;
use sha2::{Digest, Sha256};

fn options() -> UnderstandOptions {
    UnderstandOptions {
        auto_kind: true,
        default_locale: "fr".to_string(),
        own_message_id_domains: vec!["mailgate.acme-corp.example".to_string()],
        own_addresses: vec!["privacy@acme-corp.example".to_string()],
        ..UnderstandOptions::default()
    }
}

fn samples() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/mail");
    let mut v: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("examples/mail exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "eml"))
        .collect();
    v.sort();
    v
}

/// Compares `actual` with `expected` (objects as subsets); returns the mismatches.
fn compare(path: &str, expected: &Value, actual: &Value, out: &mut Vec<String>) {
    match (expected, actual) {
        (Value::Object(e), Value::Object(a)) => {
            for (k, ev) in e {
                let p = format!("{path}.{k}");
                match a.get(k) {
                    Some(av) => compare(&p, ev, av, out),
                    None => out.push(format!("{p}: missing (expected {ev})")),
                }
            }
        }
        (Value::Array(e), Value::Array(a)) => {
            if e.len() != a.len() {
                out.push(format!(
                    "{path}: expected {} items {expected}, got {} {actual}",
                    e.len(),
                    a.len()
                ));
                return;
            }
            for (i, (ev, av)) in e.iter().zip(a).enumerate() {
                compare(&format!("{path}[{i}]"), ev, av, out);
            }
        }
        (Value::Number(e), Value::Number(a)) if e.as_f64() == a.as_f64() => {}
        (e, a) if e == a => {}
        (e, a) => out.push(format!("{path}: expected {e}, got {a}")),
    }
}

fn check(name: &str, raw: &[u8], u: &Understanding, expected: &Value) -> Vec<String> {
    let actual = serde_json::to_value(u).expect("serialises");
    let mut errs = Vec::new();
    let Some(exp) = expected.as_object() else {
        return vec![format!("{name}: expected file is not an object")];
    };
    for (k, ev) in exp {
        match k.as_str() {
            "parked" => {
                if Value::Bool(u.parked().is_some()) != *ev {
                    errs.push(format!("parked: expected {ev}, got {:?}", u.parked()));
                }
            }
            "ignore_reason" => {
                let got = u.guard.as_ref().map(|g| g.reason.ignore_reason());
                if got != ev.as_str() {
                    errs.push(format!("ignore_reason: expected {ev}, got {got:?}"));
                }
            }
            "body_contains" | "body_not_contains" => {
                for s in ev
                    .as_array()
                    .into_iter()
                    .flatten()
                    .filter_map(Value::as_str)
                {
                    if u.body.contains(s) != (k == "body_contains") {
                        errs.push(format!("{k}: {s:?} (body: {:?})", u.body));
                    }
                }
            }
            "body_starts_with" => {
                if !u.body.starts_with(ev.as_str().unwrap_or("\u{0}")) {
                    errs.push(format!("body_starts_with: {ev} (body: {:?})", u.body));
                }
            }
            "problems_include" => {
                let kinds: Vec<Value> = actual["problems"]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .map(|p| p["kind"].clone())
                    .collect();
                for kind in ev.as_array().into_iter().flatten() {
                    if !kinds.contains(kind) {
                        errs.push(format!("problems_include: {kind} not in {kinds:?}"));
                    }
                }
            }
            "candidate_ids" => {
                let got: Vec<&str> = u.follow_up.candidate_ids();
                let want: Vec<&str> = ev
                    .as_array()
                    .into_iter()
                    .flatten()
                    .filter_map(Value::as_str)
                    .collect();
                if got != want {
                    errs.push(format!("candidate_ids: expected {want:?}, got {got:?}"));
                }
            }
            "kept_content_starts_with" => {
                for (file, prefix) in ev.as_object().into_iter().flatten() {
                    let prefix = prefix.as_str().unwrap_or_default().as_bytes();
                    match u.attachments.iter().find(|a| a.name == *file) {
                        Some(a)
                            if a.keep
                                && a.content.starts_with(prefix)
                                && a.content.len() as u64 == a.size => {}
                        other => errs.push(format!("kept_content_starts_with: {file} → {other:?}")),
                    }
                }
            }
            "dedupe_key" if ev == "sha256:<raw>" => {
                let want = format!("sha256:{}", hex::encode(Sha256::digest(raw)));
                if u.dedupe_key != want {
                    errs.push(format!("dedupe_key: expected {want}, got {}", u.dedupe_key));
                }
            }
            _ => match actual.get(k) {
                Some(av) => compare(k, ev, av, &mut errs),
                None => errs.push(format!("{k}: not a field of Understanding")),
            },
        }
    }
    errs.into_iter().map(|e| format!("{name}: {e}")).collect()
}

#[test]
fn every_sample_matches_its_expectations() {
    let opts = options();
    let files = samples();
    assert!(
        files.len() >= 12,
        "expected at least 12 samples, found {}",
        files.len()
    );
    let print = std::env::var_os("UNDERSTAND_GOLDEN_PRINT").is_some();
    let mut failures = Vec::new();
    for eml in &files {
        let name = eml
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or("?")
            .to_string();
        let raw = std::fs::read(eml).expect("sample readable");
        let u = understand(&raw, &opts);
        if print {
            println!(
                "===== {name}\n{}",
                serde_json::to_string_pretty(&u).unwrap_or_default()
            );
        }
        let exp_path = eml.with_extension("expected.json");
        let Ok(text) = std::fs::read_to_string(&exp_path) else {
            failures.push(format!("{name}: missing {}", exp_path.display()));
            continue;
        };
        let expected: Value = match serde_json::from_str(&text) {
            Ok(v) => v,
            Err(e) => {
                failures.push(format!("{name}: bad expected JSON: {e}"));
                continue;
            }
        };
        failures.extend(check(&name, &raw, &u, &expected));
    }
    assert!(
        failures.is_empty(),
        "{} mismatches:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn every_expectation_has_a_sample() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/mail");
    for e in std::fs::read_dir(&dir)
        .expect("examples/mail exists")
        .filter_map(Result::ok)
    {
        let p = e.path();
        let name = p
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default()
            .to_string();
        if let Some(stem) = name.strip_suffix(".expected.json") {
            assert!(
                dir.join(format!("{stem}.eml")).exists(),
                "{name} has no {stem}.eml"
            );
        }
    }
}

#[test]
fn guarded_samples_are_never_requests_and_the_rest_are_not_guarded() {
    let opts = options();
    for eml in samples() {
        let raw = std::fs::read(&eml).expect("sample readable");
        let u = understand(&raw, &opts);
        let name = eml
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default()
            .to_string();
        let guarded = ["auto-reply", "ooo-", "dsn-", "newsletter", "own-relay"]
            .iter()
            .any(|p| name.starts_with(p));
        assert_eq!(u.guard.is_some(), guarded, "{name}: guard {:?}", u.guard);
        assert!(u.parked().is_none(), "{name}: parked {:?}", u.parked());
        // The dry-run output serialises.
        let json = serde_json::to_string(&u).expect("serialises");
        assert!(json.contains("\"dedupe_key\""));
    }
}
