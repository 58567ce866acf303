//! Measured quality of the understanding step on the labelled corpus in
//! `tests/fixtures/corpus/` (hand-written messages in FR/EN/NL/DE/ES/IT, each with a
//! `<name>.expected.json` saying what a DPO would make of it).
//!
//! The corpus goes through the real binary, `ingest --dry-run --format json`, with
//! `tests/fixtures/corpus.toml` (one mailbox with automatic kind, a task address, Reply-To
//! preferred). The test prints the scores and fails below the bar:
//!
//! * kind accuracy ≥ 95 % (request / task / incident / follow_up / ignore; an ignore must
//!   have the right `ignore_reason`, a follow-up the right request),
//! * exact `purposes` match ≥ 90 % on mail labelled `request`,
//! * email 100 % on well-formed mail that is not ignored,
//! * no guarded mail turned into anything (guard recall 100 %).
//!
//! Names (given and family, compared case-insensitively) and guard precision are printed;
//! names are scored on requests only, the only objects that carry them.
//!
//! Labels: `scripts/corpus.py` writes the files from `scripts/corpus_part*.py`.

use std::collections::BTreeMap;
use std::path::Path;
use std::process::Command;

use serde_json::Value;

struct Score {
    ok: usize,
    n: usize,
}

impl Score {
    fn new() -> Self {
        Score { ok: 0, n: 0 }
    }
    fn add(&mut self, ok: bool) {
        self.n += 1;
        self.ok += usize::from(ok);
    }
    fn pct(&self) -> f64 {
        if self.n == 0 {
            100.0
        } else {
            100.0 * self.ok as f64 / self.n as f64
        }
    }
    fn show(&self) -> String {
        format!("{:.1} % ({}/{})", self.pct(), self.ok, self.n)
    }
}

fn opt_str(v: &Value) -> String {
    v.as_str().unwrap_or_default().to_lowercase()
}

fn sorted(v: &Value) -> Vec<String> {
    let mut out: Vec<String> = v
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|x| x.as_str().map(str::to_string))
        .collect();
    out.sort();
    out
}

/// `dry-run:<path>` (a file of the same run) → `file:<name>`; a subject tag id stays as it is.
fn follow_up_of(v: &Value) -> Option<String> {
    let s = v.as_str()?;
    Some(match s.strip_prefix("dry-run:") {
        Some(p) => format!(
            "file:{}",
            Path::new(p).file_name()?.to_string_lossy().into_owned()
        ),
        None => s.to_string(),
    })
}

/// The scores of one labelled set (`dir`) run with `config`.
struct Report {
    files: usize,
    outputs: usize,
    kind: Score,
    purposes: Score,
    email: Score,
    names: Score,
    #[allow(dead_code)]
    representative: Score,
    guarded_turned_into_objects: Vec<String>,
}

fn measure(set: &str, config: &str) -> Report {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir = root.join(set);
    // CORPUS_LEXICON_ONLY=1 measures the lexicon alone (`understanding.learned_model = false`),
    // to see what the lexicon reads before the model fills in; the floor tests use the default.
    let mut config = root.join(config);
    let lexicon_only = std::env::var_os("CORPUS_LEXICON_ONLY").is_some();
    let _tmp;
    if lexicon_only {
        let text = std::fs::read_to_string(&config).expect("config");
        assert!(
            text.contains("[understanding]\n"),
            "{config:?} needs an [understanding] section for CORPUS_LEXICON_ONLY"
        );
        let tmp = tempfile::tempdir().expect("tempdir");
        let path = tmp.path().join("config.toml");
        std::fs::write(
            &path,
            text.replace(
                "[understanding]\n",
                "[understanding]\nlearned_model = false\n",
            ),
        )
        .expect("write config");
        config = path;
        _tmp = tmp;
    }
    let o = Command::new(env!("CARGO_BIN_EXE_dastra-mailgate"))
        .env("DASTRA_API_KEY", "unused")
        .env("UNUSED", "unused")
        .arg("-c")
        .arg(&config)
        .args(["ingest", "--dry-run", "--format", "json"])
        .arg(&dir)
        .output()
        .expect("binary runs");
    assert!(
        o.status.success(),
        "dry run failed: {}",
        String::from_utf8_lossy(&o.stderr)
    );
    let mut actual: BTreeMap<String, Value> = BTreeMap::new();
    for line in String::from_utf8_lossy(&o.stdout).lines() {
        let v: Value = serde_json::from_str(line).expect("one JSON object per line");
        let stem = Path::new(v["file"].as_str().expect("file"))
            .file_stem()
            .expect("file name")
            .to_string_lossy()
            .into_owned();
        actual.insert(stem, v);
    }

    let mut kind = Score::new();
    let mut purposes = Score::new();
    let mut email = Score::new();
    let mut names = Score::new();
    let mut representative = Score::new();
    let (mut guard_tp, mut guard_fp, mut guard_fn) = (0usize, 0usize, 0usize);
    let mut guarded_turned_into_objects = Vec::new();
    let mut misses = Vec::new();
    let mut expected_files = 0;
    let mut entries: Vec<_> = std::fs::read_dir(&dir)
        .expect("corpus directory")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.to_string_lossy().ends_with(".expected.json"))
        .collect();
    entries.sort();
    for path in entries {
        expected_files += 1;
        let name = path
            .file_name()
            .unwrap()
            .to_string_lossy()
            .trim_end_matches(".expected.json")
            .to_string();
        let exp: Value =
            serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).expect("label JSON");
        let Some(a) = actual.get(&name) else {
            misses.push(format!("{name}: no dry-run output"));
            continue;
        };
        let ek = exp["kind"].as_str().expect("kind label");
        let ak = a["kind"].as_str().unwrap_or("?");
        let mut kind_ok = ek == ak;
        match ek {
            "ignore" => kind_ok &= a["ignore_reason"] == exp["ignore_reason"],
            "follow_up" => {
                kind_ok &=
                    follow_up_of(&a["follow_up_of"]).as_deref() == exp["follow_up_of"].as_str()
            }
            _ => {}
        }
        kind.add(kind_ok);
        if !kind_ok {
            misses.push(format!(
                "{name}: kind {ek} {} / got {ak} {} {}",
                exp.get("ignore_reason")
                    .or(exp.get("follow_up_of"))
                    .unwrap_or(&Value::Null),
                a["ignore_reason"],
                a["follow_up_of"]
            ));
        }

        let exp_guarded = ek == "ignore";
        let got_guarded = ak == "ignore" && !a["ignore_reason"].is_null();
        match (exp_guarded, got_guarded) {
            (true, true) => guard_tp += 1,
            (false, true) => guard_fp += 1,
            (true, false) => {
                guard_fn += 1;
                if ak != "ignore" {
                    guarded_turned_into_objects.push(format!("{name} → {ak}"));
                }
            }
            (false, false) => {}
        }

        if ek == "request" {
            let ok = sorted(&exp["purposes"]) == sorted(&a["purposes"]);
            purposes.add(ok);
            if !ok {
                misses.push(format!(
                    "{name}: purposes {} / got {}",
                    exp["purposes"], a["purposes"]
                ));
            }
            let ok = opt_str(&exp["given_name"]) == opt_str(&a["given_name"])
                && opt_str(&exp["family_name"]) == opt_str(&a["family_name"]);
            if exp["well_formed"] != false {
                names.add(ok);
                if !ok {
                    misses.push(format!(
                        "{name}: names {} {} / got {} {}",
                        exp["given_name"], exp["family_name"], a["given_name"], a["family_name"]
                    ));
                }
            }
            if !exp["representative"].is_null() {
                let got = &a["understanding"]["data_subject"]["representative"];
                let ok = opt_str(&exp["representative"]) == opt_str(got);
                representative.add(ok);
                if !ok {
                    misses.push(format!(
                        "{name}: representative {} / got {}",
                        exp["representative"], got
                    ));
                }
            }
        }
        if exp["well_formed"] != false && ek != "ignore" {
            let ok = exp["email"] == a["email"];
            email.add(ok);
            if !ok {
                misses.push(format!(
                    "{name}: email {} / got {}",
                    exp["email"], a["email"]
                ));
            }
        }
    }

    let precision = if guard_tp + guard_fp == 0 {
        100.0
    } else {
        100.0 * guard_tp as f64 / (guard_tp + guard_fp) as f64
    };
    let recall = if guard_tp + guard_fn == 0 {
        100.0
    } else {
        100.0 * guard_tp as f64 / (guard_tp + guard_fn) as f64
    };
    println!("{set}: {expected_files} labelled messages");
    println!("  kind accuracy          {}", kind.show());
    println!("  exact purposes         {}", purposes.show());
    println!("  email (well-formed)    {}", email.show());
    println!("  names (requests)       {}", names.show());
    println!("  representative         {}", representative.show());
    println!(
        "  guard precision        {precision:.1} % ({guard_tp}/{})",
        guard_tp + guard_fp
    );
    println!(
        "  guard recall           {recall:.1} % ({guard_tp}/{})",
        guard_tp + guard_fn
    );
    println!(
        "  guarded mail turned into an object: {}",
        guarded_turned_into_objects.len()
    );
    for m in &misses {
        println!("  miss: {m}");
    }

    Report {
        files: expected_files,
        outputs: actual.len(),
        kind,
        purposes,
        email,
        names,
        representative,
        guarded_turned_into_objects,
    }
}

/// The targets of issue 15: kind ≥ 97 %, exact purposes ≥ 92 %, names ≥ 95 %, no guarded
/// or spam mail turned into an object; every message labelled, at least `min_files`.
fn assert_targets(r: &Report, what: &str, min_files: usize) {
    assert!(r.files >= min_files, "{what} has {} messages", r.files);
    assert_eq!(r.outputs, r.files, "every .eml has a label");
    assert!(r.kind.pct() >= 97.0, "kind accuracy {}", r.kind.show());
    assert!(
        r.purposes.pct() >= 92.0,
        "exact purposes {}",
        r.purposes.show()
    );
    assert!(r.names.pct() >= 95.0, "names {}", r.names.show());
    assert!(
        r.guarded_turned_into_objects.is_empty(),
        "guarded or spam mail turned into objects: {:?}",
        r.guarded_turned_into_objects
    );
}

/// The tuning corpus: written while tuning the lexicon, it checks nothing regressed.
#[test]
fn corpus_meets_the_quality_bar() {
    let r = measure("tests/fixtures/corpus", "tests/fixtures/corpus.toml");
    assert!(r.files >= 150, "the corpus has {} messages", r.files);
    assert_eq!(r.outputs, r.files, "every .eml has a label");
    assert!(r.kind.pct() >= 95.0, "kind accuracy {}", r.kind.show());
    assert!(
        r.purposes.pct() >= 90.0,
        "exact purposes {}",
        r.purposes.show()
    );
    assert_eq!(r.email.ok, r.email.n, "email {}", r.email.show());
    assert!(
        r.guarded_turned_into_objects.is_empty(),
        "guarded mail turned into objects: {:?}",
        r.guarded_turned_into_objects
    );
}

/// The frozen evaluation set (`tests/fixtures/eval/`, `scripts/eval/`): written blind before
/// any tuning, never tuned on; tasks and incidents come by text alone (no task address).
/// The targets of issue 15.
#[test]
fn eval_set_meets_the_targets() {
    let r = measure("tests/fixtures/eval", "tests/fixtures/eval.toml");
    assert_targets(&r, "the evaluation set", 300);
}

/// The development set (`tests/fixtures/dev/`, `scripts/dev/`): written and labelled before
/// running the code on it, then used to find general rules (the second round of issue 15); same
/// configuration as the evaluation set, same targets.
#[test]
fn dev_set_meets_the_targets() {
    let r = measure("tests/fixtures/dev", "tests/fixtures/eval.toml");
    assert_targets(&r, "the development set", 150);
}

/// Held-out set 1 (`tests/fixtures/holdout1/`, `scripts/holdout1/`): written blind by a
/// writer who read no code and committed before the code ever ran on it. Its first run (kind
/// 90.4 %, purposes 75.4 %, names 90.8 %, 11 guarded/spam → object) was below the targets, so
/// it became development data: the third round of rules was written from its misses and the
/// learned classifier (`src/understand/model.rs`) is trained on it. Its scores here are no
/// longer a held-out measure (the out-of-fold figures are printed by `cargo run --release
/// --example train_model`); it guards against regressions at the targets.
#[test]
fn holdout1_meets_the_targets() {
    let r = measure("tests/fixtures/holdout1", "tests/fixtures/eval.toml");
    assert_targets(&r, "held-out set 1", 300);
}

/// What a held-out set scored at its one blind run: kind %, exact purposes %, names %, and
/// how many guarded or spam messages became objects.
struct BlindRun {
    commit: &'static str,
    kind: f64,
    purposes: f64,
    names: f64,
    guarded_objects: usize,
}

/// A held-out set that did not reach the targets at its blind run: the test fails below
/// that run (a regression) and prints the distance to the targets; it never claims them.
fn assert_not_below(r: &Report, what: &str, min_files: usize, run: &BlindRun) {
    assert!(r.files >= min_files, "{what} has {} messages", r.files);
    assert_eq!(r.outputs, r.files, "every .eml has a label");
    println!(
        "{what}: blind run at {} — kind {:.1} %, purposes {:.1} %, names {:.1} %, {} guarded → object; targets 97 / 92 / 95 / 0",
        run.commit, run.kind, run.purposes, run.names, run.guarded_objects
    );
    assert!(r.kind.pct() >= run.kind - 0.05, "kind {}", r.kind.show());
    assert!(
        r.purposes.pct() >= run.purposes - 0.05,
        "exact purposes {}",
        r.purposes.show()
    );
    assert!(
        r.names.pct() >= run.names - 0.05,
        "names {}",
        r.names.show()
    );
    assert!(
        r.guarded_turned_into_objects.len() <= run.guarded_objects,
        "guarded or spam mail turned into objects: {:?}",
        r.guarded_turned_into_objects
    );
}

/// Held-out set 2 (`tests/fixtures/holdout2/`, `scripts/holdout2/`): written blind by a second
/// writer (other sectors), committed before the code ever ran on it, sealed while the third
/// round of rules and the model were built (neither read nor trained on it), then run once:
/// the figures below. Names reached the target; kind, purposes and spam did not.
#[test]
fn holdout2_is_not_below_its_blind_run() {
    let r = measure("tests/fixtures/holdout2", "tests/fixtures/eval.toml");
    assert_not_below(
        &r,
        "held-out set 2",
        300,
        &BlindRun {
            commit: "89c6274",
            kind: 93.9,
            purposes: 83.5,
            names: 95.3,
            guarded_objects: 7,
        },
    );
}

/// Held-out set 3 (`tests/fixtures/holdout3/`, `scripts/holdout3/`, 340 messages): written
/// blind by a third writer (municipality, marketplace, airline/travel, gym, real estate, car
/// dealer), committed at 554c70c before the code ever ran on it, sealed while the fifth round
/// of rules and the model were built on dev2–4, then run once at 114080f: the figures below.
/// Names reached the target; kind (−0.2), purposes (−0.4) and spam (4 parcel and
/// authority phishing mails became requests) did not. After that run it became development
/// data (the sixth round of rules and the model are built on it), so its scores here are no
/// measure; the test fails below the blind run and never claims the targets.
#[test]
fn holdout3_is_not_below_its_blind_run() {
    let r = measure("tests/fixtures/holdout3", "tests/fixtures/eval.toml");
    assert_not_below(
        &r,
        "held-out set 3",
        300,
        &BlindRun {
            commit: "114080f",
            kind: 96.8,
            purposes: 91.6,
            names: 98.5,
            guarded_objects: 4,
        },
    );
}

/// Held-out set 4 (`tests/fixtures/holdout4/`, `scripts/holdout4/`, 318 messages): written
/// blind by three writers (public transport, online bookshop, veterinary clinics, language
/// school, coworking, football club), committed at e48c2d2 before the code ever ran on it,
/// run once with the code of b8430ed (sixth round, model on nine sets): the figures below,
/// short of the targets on all four. The test fails below that run and never claims them.
/// After the run its misses were read: it became development data for the seventh round
/// and training data for the model, so its figures now measure nothing unseen.
#[test]
fn holdout4_is_not_below_its_blind_run() {
    let r = measure("tests/fixtures/holdout4", "tests/fixtures/eval.toml");
    assert_not_below(
        &r,
        "held-out set 4",
        300,
        &BlindRun {
            commit: "b8430ed",
            kind: 96.5,
            purposes: 85.3,
            names: 93.2,
            guarded_objects: 2,
        },
    );
}

/// Development sets 2–4 (`tests/fixtures/dev{2,3,4}/`, `scripts/dev{2,3,4}/`): written blind by
/// three more writers following `scripts/BLIND-WRITER.md` (other sectors), committed before the
/// code ever ran on them. Their first run (code at 799b8de, never tuned on them) is a blind
/// measure like held-out set 2's: below the targets on all three. Then they became
/// development data (fifth round) and training data; the tests fail below that first run.
#[test]
fn dev2_is_not_below_its_first_run() {
    let r = measure("tests/fixtures/dev2", "tests/fixtures/eval.toml");
    assert_not_below(
        &r,
        "development set 2",
        240,
        &BlindRun {
            commit: "799b8de",
            kind: 93.3,
            purposes: 80.9,
            names: 93.6,
            guarded_objects: 2,
        },
    );
}

#[test]
fn dev3_is_not_below_its_first_run() {
    let r = measure("tests/fixtures/dev3", "tests/fixtures/eval.toml");
    assert_not_below(
        &r,
        "development set 3",
        240,
        &BlindRun {
            commit: "799b8de",
            kind: 93.9,
            purposes: 80.3,
            names: 90.8,
            guarded_objects: 2,
        },
    );
}

#[test]
fn dev4_is_not_below_its_first_run() {
    let r = measure("tests/fixtures/dev4", "tests/fixtures/eval.toml");
    assert_not_below(
        &r,
        "development set 4",
        240,
        &BlindRun {
            commit: "799b8de",
            kind: 90.8,
            purposes: 72.6,
            names: 94.5,
            guarded_objects: 2,
        },
    );
}

/// Rule actions on requests reach the plan: purposes and locale replace what the text says,
/// the person category and send_notification are carried for the Dastra call.
#[test]
fn rule_actions_set_request_fields_in_the_dry_run() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir = tempfile::tempdir().unwrap();
    let cfg = dir.path().join("rules.toml");
    let base = std::fs::read_to_string(root.join("tests/fixtures/eval.toml")).unwrap();
    let rule = "[[mailbox.rule]]\nname = \"customers\"\nrecipient = \"privacy@acme-corp.example\"\npurposes = [\"Access\", \"Erasure\"]\nperson_category = \"Client\"\nlocale = \"nl\"\nsend_notification = true\n\n[understanding]";
    std::fs::write(&cfg, base.replace("[understanding]", rule)).unwrap();
    let o = Command::new(env!("CARGO_BIN_EXE_dastra-mailgate"))
        .env("DASTRA_API_KEY", "unused")
        .env("UNUSED", "unused")
        .arg("-c")
        .arg(&cfg)
        .args(["ingest", "--dry-run", "--format", "json"])
        .arg(root.join("tests/fixtures/eval/ev-en-01-oneliner-remove.eml"))
        .output()
        .expect("binary runs");
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let v: Value = serde_json::from_slice(&o.stdout).expect("JSON");
    assert_eq!(v["kind"], "request");
    assert_eq!(sorted(&v["purposes"]), ["Access", "Erasure"]);
    assert_eq!(v["dastra"]["locale"], "nl");
    let plan = v["plan"].to_string();
    assert!(plan.contains("\"person_category\":\"Client\""), "{plan}");
    assert!(plan.contains("\"send_notification\":true"), "{plan}");
}

/// Held-out set 5 (`tests/fixtures/holdout5/`, `scripts/holdout5/`, 321 messages): written
/// blind by three writers (mobile operator and debt collection, car sharing and dental
/// practices, recruitment agency, food delivery and childcare), committed at 4177d92 before
/// the code ever ran on it, run once with the code of 3123d7f (seventh round, model on ten
/// sets): the figures below, short of the targets on all four. The test fails below that run
/// and never claims them. After the run its misses were read: it became development data
/// for the eighth round and training data for the model.
#[test]
fn holdout5_is_not_below_its_blind_run() {
    let r = measure("tests/fixtures/holdout5", "tests/fixtures/eval.toml");
    assert_not_below(
        &r,
        "held-out set 5",
        300,
        &BlindRun {
            commit: "3123d7f",
            kind: 96.0,
            purposes: 88.1,
            names: 89.1,
            guarded_objects: 3,
        },
    );
}

/// Held-out set 6 (`tests/fixtures/holdout6/`, `scripts/holdout6/`, 316 messages): written
/// blind by three writers (online bank and insurance, social landlord and energy utility,
/// fashion marketplace, hospital group and sports federation), committed at a569990 before
/// the code ever ran on it, run once with the code of 69edb8f (eighth round, model on eleven
/// sets): the figures below, short of the targets on all four. The test fails below that run
/// and never claims them. After the run its misses were read: it became development data
/// for the ninth round and training data for the model.
#[test]
fn holdout6_is_not_below_its_blind_run() {
    let r = measure("tests/fixtures/holdout6", "tests/fixtures/eval.toml");
    assert_not_below(
        &r,
        "held-out set 6",
        300,
        &BlindRun {
            commit: "69edb8f",
            kind: 96.8,
            purposes: 82.5,
            names: 92.1,
            guarded_objects: 2,
        },
    );
}

/// Development sets 5–9 (`tests/fixtures/dev5/` … `dev9/`, `scripts/dev5/` …, 1,071
/// messages): each written blind by one writer (hotels and travel; public transport and bike
/// rental; university and student housing; online pharmacy and fitness app; supermarket
/// loyalty card and home-insurance broker), committed at 4c1323e before the code ever ran on
/// them, run once with that code (the ninth round, model on twelve sets): the figures below.
/// Then their misses were read: they are development data for the tenth round and training
/// data for the model. Each test fails below its first run.
#[test]
fn dev5_is_not_below_its_first_run() {
    let r = measure("tests/fixtures/dev5", "tests/fixtures/eval.toml");
    assert_not_below(
        &r,
        "development set 5",
        200,
        &BlindRun {
            commit: "4c1323e",
            kind: 97.3,
            purposes: 90.6,
            names: 88.4,
            guarded_objects: 2,
        },
    );
}

#[test]
fn dev6_is_not_below_its_first_run() {
    let r = measure("tests/fixtures/dev6", "tests/fixtures/eval.toml");
    assert_not_below(
        &r,
        "development set 6",
        200,
        &BlindRun {
            commit: "4c1323e",
            kind: 97.2,
            purposes: 89.2,
            names: 93.8,
            guarded_objects: 3,
        },
    );
}

#[test]
fn dev7_is_not_below_its_first_run() {
    let r = measure("tests/fixtures/dev7", "tests/fixtures/eval.toml");
    assert_not_below(
        &r,
        "development set 7",
        200,
        &BlindRun {
            commit: "4c1323e",
            kind: 98.1,
            purposes: 86.4,
            names: 87.2,
            guarded_objects: 2,
        },
    );
}

#[test]
fn dev8_is_not_below_its_first_run() {
    let r = measure("tests/fixtures/dev8", "tests/fixtures/eval.toml");
    assert_not_below(
        &r,
        "development set 8",
        200,
        &BlindRun {
            commit: "4c1323e",
            kind: 95.7,
            purposes: 88.0,
            names: 91.2,
            guarded_objects: 2,
        },
    );
}

#[test]
fn dev9_is_not_below_its_first_run() {
    let r = measure("tests/fixtures/dev9", "tests/fixtures/eval.toml");
    assert_not_below(
        &r,
        "development set 9",
        200,
        &BlindRun {
            commit: "4c1323e",
            kind: 99.5,
            purposes: 85.0,
            names: 89.0,
            guarded_objects: 0,
        },
    );
}

/// Development sets 10–12 (`scripts/dev1{0,1,2}/`, 653 messages: mobile operator and home
/// internet provider; car dealer with telematics and a dating app; recruitment agency and a
/// newspaper group), each written blind by one writer, committed before the code ran on them
/// and first run with the code of 2eccdc3 (model on eighteen sets): the figures below. They
/// are tuned on afterwards; the tests fail below their first run and claim no target.
#[test]
fn dev10_is_not_below_its_first_run() {
    let r = measure("tests/fixtures/dev10", "tests/fixtures/eval.toml");
    assert_not_below(
        &r,
        "development set 10",
        200,
        &BlindRun {
            commit: "2eccdc3",
            kind: 97.2,
            purposes: 88.2,
            names: 96.1,
            guarded_objects: 2,
        },
    );
}

#[test]
fn dev11_is_not_below_its_first_run() {
    let r = measure("tests/fixtures/dev11", "tests/fixtures/eval.toml");
    assert_not_below(
        &r,
        "development set 11",
        200,
        &BlindRun {
            commit: "2eccdc3",
            kind: 97.0,
            purposes: 79.5,
            names: 91.8,
            guarded_objects: 0,
        },
    );
}

#[test]
fn dev12_is_not_below_its_first_run() {
    let r = measure("tests/fixtures/dev12", "tests/fixtures/eval.toml");
    assert_not_below(
        &r,
        "development set 12",
        200,
        &BlindRun {
            commit: "2eccdc3",
            kind: 98.6,
            purposes: 79.5,
            names: 92.9,
            guarded_objects: 0,
        },
    );
}

/// Development sets 13–20 (`scripts/dev13/` … `dev20/`, 1,743 messages, eight sectors) and
/// 21–24 (`scripts/dev21/` … `dev24/`, 889 messages: public transport, veterinary clinics,
/// coworking, a school group): each written blind by one writer following
/// `scripts/BLIND-WRITER.md`, committed before the code ever ran on it, and first run with
/// the code named in its test (16b8ecc for 13–20, 7a20fdb for 21–24). Their first-run
/// figures are the floors; after that run they are used for tuning and training.
#[test]
fn dev13_is_not_below_its_first_run() {
    let r = measure("tests/fixtures/dev13", "tests/fixtures/eval.toml");
    assert_not_below(
        &r,
        "development set 13",
        200,
        &BlindRun {
            commit: "16b8ecc",
            kind: 97.3,
            purposes: 76.5,
            names: 96.3,
            guarded_objects: 1,
        },
    );
}

#[test]
fn dev14_is_not_below_its_first_run() {
    let r = measure("tests/fixtures/dev14", "tests/fixtures/eval.toml");
    assert_not_below(
        &r,
        "development set 14",
        200,
        &BlindRun {
            commit: "16b8ecc",
            kind: 99.1,
            purposes: 81.7,
            names: 98.6,
            guarded_objects: 0,
        },
    );
}

#[test]
fn dev15_is_not_below_its_first_run() {
    let r = measure("tests/fixtures/dev15", "tests/fixtures/eval.toml");
    assert_not_below(
        &r,
        "development set 15",
        200,
        &BlindRun {
            commit: "16b8ecc",
            kind: 98.6,
            purposes: 83.8,
            names: 93.1,
            guarded_objects: 0,
        },
    );
}

#[test]
fn dev16_is_not_below_its_first_run() {
    let r = measure("tests/fixtures/dev16", "tests/fixtures/eval.toml");
    assert_not_below(
        &r,
        "development set 16",
        200,
        &BlindRun {
            commit: "16b8ecc",
            kind: 99.1,
            purposes: 80.4,
            names: 97.1,
            guarded_objects: 1,
        },
    );
}

#[test]
fn dev17_is_not_below_its_first_run() {
    let r = measure("tests/fixtures/dev17", "tests/fixtures/eval.toml");
    assert_not_below(
        &r,
        "development set 17",
        200,
        &BlindRun {
            commit: "16b8ecc",
            kind: 99.5,
            purposes: 85.3,
            names: 92.2,
            guarded_objects: 0,
        },
    );
}

#[test]
fn dev18_is_not_below_its_first_run() {
    let r = measure("tests/fixtures/dev18", "tests/fixtures/eval.toml");
    assert_not_below(
        &r,
        "development set 18",
        200,
        &BlindRun {
            commit: "16b8ecc",
            kind: 98.1,
            purposes: 75.4,
            names: 96.0,
            guarded_objects: 1,
        },
    );
}

#[test]
fn dev19_is_not_below_its_first_run() {
    let r = measure("tests/fixtures/dev19", "tests/fixtures/eval.toml");
    assert_not_below(
        &r,
        "development set 19",
        200,
        &BlindRun {
            commit: "16b8ecc",
            kind: 99.1,
            purposes: 79.0,
            names: 96.4,
            guarded_objects: 1,
        },
    );
}

#[test]
fn dev20_is_not_below_its_first_run() {
    let r = measure("tests/fixtures/dev20", "tests/fixtures/eval.toml");
    assert_not_below(
        &r,
        "development set 20",
        200,
        &BlindRun {
            commit: "16b8ecc",
            kind: 98.1,
            purposes: 75.4,
            names: 95.2,
            guarded_objects: 1,
        },
    );
}

#[test]
fn dev21_is_not_below_its_first_run() {
    let r = measure("tests/fixtures/dev21", "tests/fixtures/eval.toml");
    assert_not_below(
        &r,
        "development set 21",
        200,
        &BlindRun {
            commit: "7a20fdb",
            kind: 97.0,
            purposes: 78.8,
            names: 94.5,
            guarded_objects: 0,
        },
    );
}

#[test]
fn dev22_is_not_below_its_first_run() {
    let r = measure("tests/fixtures/dev22", "tests/fixtures/eval.toml");
    assert_not_below(
        &r,
        "development set 22",
        200,
        &BlindRun {
            commit: "7a20fdb",
            kind: 99.6,
            purposes: 82.1,
            names: 92.4,
            guarded_objects: 0,
        },
    );
}

#[test]
fn dev23_is_not_below_its_first_run() {
    let r = measure("tests/fixtures/dev23", "tests/fixtures/eval.toml");
    assert_not_below(
        &r,
        "development set 23",
        200,
        &BlindRun {
            commit: "7a20fdb",
            kind: 99.1,
            purposes: 91.5,
            names: 97.7,
            guarded_objects: 0,
        },
    );
}

#[test]
fn dev24_is_not_below_its_first_run() {
    let r = measure("tests/fixtures/dev24", "tests/fixtures/eval.toml");
    assert_not_below(
        &r,
        "development set 24",
        200,
        &BlindRun {
            commit: "7a20fdb",
            kind: 99.1,
            purposes: 82.7,
            names: 98.5,
            guarded_objects: 0,
        },
    );
}

/// Held-out set 7 (`tests/fixtures/holdout7/`, `scripts/holdout7/`, 333 messages): written
/// blind by three writers (pension fund and smart-home devices, cinema chain and e-learning
/// platform, parking/toll operator and charity), committed at 161727d before the code ever ran
/// on it, run once with the code of e91ccb6 (tenth round, model on seventeen sets): the
/// figures below — names above their target for the first time on a blind set, kind and
/// purposes short of theirs. The test fails below that run and claims no target.
#[test]
fn holdout7_is_not_below_its_blind_run() {
    let r = measure("tests/fixtures/holdout7", "tests/fixtures/eval.toml");
    assert_not_below(
        &r,
        "held-out set 7",
        300,
        &BlindRun {
            commit: "e91ccb6",
            kind: 96.7,
            purposes: 84.5,
            names: 96.5,
            guarded_objects: 3,
        },
    );
}

/// Held-out set 8 (`tests/fixtures/holdout8/`, `scripts/holdout8/`, 340 messages): written
/// blind by three writers (online video games and veterinary clinics with pet insurance,
/// real-estate agencies and childcare centres, an airline and a food-delivery app), committed
/// at 667146b before the code ever ran on it, run once with the code of f2966bf (eleventh
/// round, model on twenty-one sets): the figures below — kind and spam at their targets for the
/// first time on a blind set, names a point short, exact purposes far short (its writers were
/// asked for wide paraphrase and more second rights). The test fails below that run.
#[test]
fn holdout8_is_not_below_its_blind_run() {
    let r = measure("tests/fixtures/holdout8", "tests/fixtures/eval.toml");
    assert_not_below(
        &r,
        "held-out set 8",
        300,
        &BlindRun {
            commit: "f2966bf",
            kind: 98.2,
            purposes: 78.5,
            names: 94.1,
            guarded_objects: 0,
        },
    );
}

/// Held-out set 9 (`tests/fixtures/holdout9/`, `scripts/holdout9/`, 350 messages): written
/// blind by three writers (museum/theatre ticketing and a paid survey panel, crowdfunding and
/// peer-to-peer payments with photo printing, DNA testing/genealogy and home alarms),
/// committed at 3ae0dd0 before the code ever ran on it, run once with the code of 0695b2c
/// (thirteenth round, model on thirty-four sets). The test fails below that run and claims no
/// target.
#[test]
fn holdout9_is_not_below_its_blind_run() {
    let r = measure("tests/fixtures/holdout9", "tests/fixtures/eval.toml");
    assert_not_below(
        &r,
        "held-out set 9",
        300,
        &BlindRun {
            commit: "0695b2c",
            kind: 98.3,
            purposes: 85.4,
            names: 97.7,
            guarded_objects: 1,
        },
    );
}

/// Held-out set 10 (`tests/fixtures/holdout10/`, `scripts/holdout10/`, 360 messages): written
/// blind by three writers (a dating app with a wedding marketplace and a hotel chain's loyalty
/// programme, a private university with student housing and an online pharmacy with
/// hearing-aid shops, ride-hailing/e-scooters, a regional newspaper's podcast subscription and
/// a lottery/betting operator), committed at d3fcbff before the code ever ran on it, run once
/// with the code of fc13ca7 (fourteenth round, model on thirty-four sets). The test fails below
/// that run and claims no target.
#[test]
fn holdout10_is_not_below_its_blind_run() {
    let r = measure("tests/fixtures/holdout10", "tests/fixtures/eval.toml");
    assert_not_below(
        &r,
        "held-out set 10",
        300,
        &BlindRun {
            commit: "fc13ca7",
            kind: 97.5,
            purposes: 88.4,
            names: 95.8,
            guarded_objects: 2,
        },
    );
}

/// Held-out set 11 (`tests/fixtures/holdout11/`, `scripts/holdout11/`, 364 messages): written
/// blind by three writers (a solar-panel and heat-pump installer with a letting agency, a
/// car-sharing and private-lease company with dental clinics, a funeral cooperative, a
/// recruitment agency and a gaming platform), committed at 3ed3728 before the code ever ran on
/// it, run once with the code of 1e264d1 (fifteenth round, model on thirty-six sets). The test
/// fails below that run and claims no target.
#[test]
fn holdout11_is_not_below_its_blind_run() {
    let r = measure("tests/fixtures/holdout11", "tests/fixtures/eval.toml");
    assert_not_below(
        &r,
        "held-out set 11",
        300,
        &BlindRun {
            commit: "1e264d1",
            kind: 98.6,
            purposes: 85.8,
            names: 92.7,
            guarded_objects: 2,
        },
    );
}

/// Held-out set 12 (`tests/fixtures/holdout12/`, `scripts/holdout12/`, 364 messages): written
/// blind by three writers (leisure centres and swimming pools with a DNA-ancestry service, a
/// home-care nursing agency with a home-alarm company, a language app, a wine club and a
/// frequent-flyer programme), committed at 41163a3 before the code ever ran on it, run once
/// with the code of 58aa386 (sixteenth round, model on thirty-seven sets). The test fails
/// below that run and claims no target.
#[test]
fn holdout12_is_not_below_its_blind_run() {
    let r = measure("tests/fixtures/holdout12", "tests/fixtures/eval.toml");
    assert_not_below(
        &r,
        "held-out set 12",
        300,
        &BlindRun {
            commit: "58aa386",
            kind: 98.4,
            purposes: 79.5,
            names: 95.4,
            guarded_objects: 0,
        },
    );
}

/// Held-out set 13 (`tests/fixtures/holdout13/`, `scripts/holdout13/`, 367 messages): written
/// blind by three writers (an e-scooter and bike-sharing app with veterinary clinics, a hotel
/// chain with an online tutoring platform, an online pharmacy, a coworking chain and an
/// event-ticketing platform), committed at 68a5f4e before the code ever ran on it, run once
/// with the code of 1e5435a (seventeenth round, model on thirty-eight sets). The test fails below
/// that run and claims no target.
#[test]
fn holdout13_is_not_below_its_blind_run() {
    let r = measure("tests/fixtures/holdout13", "tests/fixtures/eval.toml");
    assert_not_below(
        &r,
        "held-out set 13",
        300,
        &BlindRun {
            commit: "1e5435a",
            kind: 97.8,
            purposes: 84.9,
            names: 95.9,
            guarded_objects: 4,
        },
    );
}

/// Held-out set 14 (`tests/fixtures/holdout14/`, `scripts/holdout14/`, 357 messages): written
/// blind by three writers (a funeral-services company with a smartwatch maker, a car-leasing
/// company with a network of public libraries, dental clinics with a music-streaming service
/// and a wedding-planning marketplace), committed at 3b485e4 before the code ever ran on it, run
/// once with the code of 6140389 (eighteenth round, model on thirty-eight sets). The test fails
/// below that run and claims no target.
#[test]
fn holdout14_is_not_below_its_blind_run() {
    let r = measure("tests/fixtures/holdout14", "tests/fixtures/eval.toml");
    assert_not_below(
        &r,
        "held-out set 14",
        300,
        &BlindRun {
            commit: "6140389",
            kind: 98.3,
            purposes: 88.7,
            names: 91.5,
            guarded_objects: 1,
        },
    );
}

/// Held-out set 15 (`tests/fixtures/holdout15/`, `scripts/holdout15/`, 358 messages): written
/// blind by three writers (a ski resort with a dating app, a solar installer with an
/// energy-monitoring app and a blood-donation service, a language-school chain with a
/// parcel-locker network and a crowdfunding platform), committed at 1943855 before the code ever
/// ran on it, run once with the code of 36d391a (nineteenth round, model on forty sets). The test
/// fails below that run and claims no target.
#[test]
fn holdout15_is_not_below_its_blind_run() {
    let r = measure("tests/fixtures/holdout15", "tests/fixtures/eval.toml");
    assert_not_below(
        &r,
        "held-out set 15",
        300,
        &BlindRun {
            commit: "36d391a",
            kind: 98.3,
            purposes: 89.5,
            names: 98.2,
            guarded_objects: 1,
        },
    );
}
