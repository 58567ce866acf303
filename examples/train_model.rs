//! Trains the learned classifier of the understanding step (`src/understand/model.rs`) and
//! writes `src/understand/model.bin`.
//!
//! `cargo run --release --example train_model` reads the labelled sets of `SETS` (40) under
//! `tests/fixtures/` (each held-out set only after its one blind run; development sets after
//! their first, blind, run; never a set not yet run once), runs the real
//! `understand()` with the model off, and trains one-vs-rest logistic regression over
//! `model::features` of the text that step prepared (deterministic: fixed order and seed, L2,
//! few epochs). Before the final training it measures:
//!
//! 1. thresholds by 5-fold cross-validation over corpus+eval+dev, a model trained on those
//!    three, measured on holdout1 (which it never saw);
//! 2. leave-one-set-out probabilities (each set predicted by a model trained on all the
//!    others: the closest to a new writer's mail; `--random-folds` for 5-fold CV), which
//!    choose the combination rules stored in the model file — but for `add`, pinned
//!    (`ADD_PINNED`), and `RULES_SETS=a,b` to choose on some sets only.
//!
//! `--dry` measures without writing the file; `--misses` prints every request the
//! out-of-set reading gets wrong (with the lexicon's reading and the model's probabilities);
//! `OOF_CACHE=/tmp/oof.cache` keeps the leave-one-set-out probabilities between runs (see
//! `cached_by_set`), so a change to the purpose patterns or to `model::combine` is measured
//! in a minute.

use std::collections::BTreeMap;
use std::path::Path;

use dastra_mailgate::understand::model::{
    self, H_INCIDENT, H_REQUEST, H_SPAM, H_TASK, HEADS, Model, PURPOSE_HEADS, Rules,
};
use dastra_mailgate::understand::{
    GuardReason, KindHint, Purpose, UnderstandOptions, Understanding, understand,
};
use serde_json::Value;

const SETS: [&str; 40] = [
    "corpus",
    "eval",
    "dev",
    "holdout1",
    "holdout2",
    "dev2",
    "dev3",
    "dev4",
    "holdout3",
    "holdout4",
    "holdout5",
    "holdout6",
    "dev5",
    "dev6",
    "dev7",
    "dev8",
    "dev9",
    "holdout7",
    "dev10",
    "dev11",
    "dev12",
    "holdout8",
    "dev13",
    "dev14",
    "dev15",
    "dev16",
    "dev17",
    "dev18",
    "dev19",
    "dev20",
    "dev21",
    "dev22",
    "dev23",
    "dev24",
    "holdout9",
    "holdout10",
    "holdout11",
    "holdout12",
    "holdout13",
    "holdout14",
];
const FOLDS: usize = 5;
/// The lowest probability at which the model fills in a right the lexicon did not find.
const FILL_FLOOR: f32 = 0.4;
/// The model adds a right the lexicon did not find at this probability. Chosen where the
/// lexicon's reading was still unseen by tuning: development sets 5–9 at their first run
/// (4c1323e), leave-one-set-out probabilities, rules chosen on dev5–7 and scored on dev8–9
/// and the reverse: +5 and +4 exact purposes over the rules chosen on the tuned sets (which
/// never add: there the lexicon is right in-sample, so any addition looks like a loss).
const ADD_PINNED: Option<f32> = Some(0.7);
fn env_f(name: &str, default: f32) -> f32 {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}
const SEED: u64 = 0x5eed_2026;

struct Sample {
    set: usize,
    name: String,
    feats: Vec<u32>,
    lexicon: Understanding,
    /// Label per head: None = not trained on for that head.
    y: [Option<bool>; HEADS],
    kind: String,
    purposes: Vec<Purpose>,
}

fn opts() -> UnderstandOptions {
    UnderstandOptions {
        auto_kind: true,
        prefer_reply_to: true,
        own_message_id_domains: vec!["mailgate.acme-corp.example".into()],
        own_addresses: vec!["privacy@acme-corp.example".into()],
        use_model: false,
        ..UnderstandOptions::default()
    }
}

fn load(root: &Path) -> Vec<Sample> {
    let o = opts();
    let mut out = Vec::new();
    for (si, set) in SETS.iter().enumerate() {
        let dir = root.join("tests/fixtures").join(set);
        let mut names: Vec<String> = std::fs::read_dir(&dir)
            .expect("labelled set")
            .filter_map(Result::ok)
            .filter_map(|e| {
                e.file_name()
                    .to_string_lossy()
                    .strip_suffix(".expected.json")
                    .map(str::to_string)
            })
            .collect();
        names.sort();
        for name in names {
            let exp: Value = serde_json::from_str(
                &std::fs::read_to_string(dir.join(format!("{name}.expected.json"))).unwrap(),
            )
            .expect("label JSON");
            let raw = std::fs::read(dir.join(format!("{name}.eml"))).expect("eml");
            let u = understand(&raw, &o);
            let feats = model::features(&u.model_input.subject, &u.model_input.body);
            let kind = exp["kind"].as_str().unwrap_or("").to_string();
            let reason = exp["ignore_reason"].as_str().unwrap_or("");
            let purposes: Vec<Purpose> = exp["purposes"]
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(|p| p.as_str().and_then(Purpose::from_name))
                .collect();
            let mut y = [None; HEADS];
            if kind == "request" {
                for (h, p) in PURPOSE_HEADS.iter().enumerate() {
                    y[h] = Some(purposes.contains(p));
                }
            }
            let k = match (kind.as_str(), reason) {
                ("ignore", "spam") => "spam",
                (k, _) => k,
            };
            if matches!(k, "request" | "task" | "incident" | "spam") {
                y[H_REQUEST] = Some(k == "request");
                y[H_TASK] = Some(k == "task");
                y[H_INCIDENT] = Some(k == "incident");
            }
            // Every mail that is not spam teaches the spam head what a person writes.
            y[H_SPAM] = Some(k == "spam");
            let kind = if k == "ignore" {
                "ignore_other".into()
            } else {
                k.to_string()
            };
            out.push(Sample {
                set: si,
                name,
                feats,
                lexicon: u,
                y,
                kind,
                purposes,
            });
        }
    }
    out
}

/// Mail to the privacy address that exercises no right (customer-service questions): the
/// labelled sets have almost none, so without these the model reads any question as a
/// request for Information. Written for this purpose; used only for training (every purpose
/// head negative), never measured.
const OFF_TOPIC: [(&str, &str); 24] = [
    ("Question", "When do you open?"),
    ("Opening hours", "What are your opening hours on Saturday?"),
    ("My parcel", "Where is my parcel? It was due yesterday."),
    (
        "Invoice",
        "The amount on my last invoice looks too high, can you check it?",
    ),
    ("Job", "Do you have any vacancies for a warehouse job?"),
    ("Product", "Is this jacket available in size M?"),
    ("Horaires", "Quels sont vos horaires d'ouverture ?"),
    (
        "Colis",
        "Mon colis n'est toujours pas arrivé, pouvez-vous vérifier ?",
    ),
    (
        "Facture",
        "Pouvez-vous m'envoyer un duplicata de ma facture de mars ?",
    ),
    ("Livraison", "Livrez-vous en Belgique ?"),
    ("Openingstijden", "Wanneer is de winkel open op zondag?"),
    ("Pakket", "Mijn pakket is nog niet geleverd, wat nu?"),
    (
        "Bestelling",
        "Kan ik mijn bestelling nog wijzigen naar een andere kleur?",
    ),
    ("Öffnungszeiten", "Wann haben Sie am Samstag geöffnet?"),
    ("Lieferung", "Meine Bestellung ist noch nicht angekommen."),
    (
        "Rechnung",
        "Können Sie mir die Rechnung noch einmal schicken?",
    ),
    ("Horario", "¿A qué hora abren los sábados?"),
    (
        "Pedido",
        "Mi pedido no ha llegado todavía, ¿pueden revisarlo?",
    ),
    ("Talla", "¿Tienen esta chaqueta en talla M?"),
    ("Orari", "Quali sono i vostri orari di apertura?"),
    ("Pacco", "Il mio pacco non è ancora arrivato."),
    ("Fattura", "Potete mandarmi di nuovo la fattura di marzo?"),
    ("Thanks", "Thank you for the quick delivery, great service!"),
    ("Merci", "Merci pour votre accueil en magasin hier."),
];

fn off_topic() -> Vec<Sample> {
    let o = opts();
    OFF_TOPIC
        .iter()
        .enumerate()
        .map(|(i, (subject, body))| {
            let raw = format!(
                "From: Customer {i} <customer{i}@example.net>\r\nTo: privacy@acme-corp.example\r\nSubject: {subject}\r\nMessage-ID: <off-topic-{i}@example.net>\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n{body}\r\n"
            );
            let u = understand(raw.as_bytes(), &o);
            let mut y = [None; HEADS];
            for slot in y.iter_mut().take(PURPOSE_HEADS.len()) {
                *slot = Some(false);
            }
            y[H_SPAM] = Some(false);
            Sample {
                set: usize::MAX,
                name: format!("off-topic-{i}"),
                feats: model::features(&u.model_input.subject, &u.model_input.body),
                lexicon: u,
                y,
                kind: "request".into(),
                purposes: vec![Purpose::Unknown],
            }
        })
        .collect()
}

struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
}

fn train(samples: &[&Sample]) -> Model {
    let mut m = Model::zero(Rules::OFF);
    let mut order: Vec<usize> = (0..samples.len()).collect();
    let mut rng = Rng(SEED);
    let (epochs, lambda, lr0, pos_w) = (
        env_f("EPOCHS", 20.0) as usize,
        env_f("LAMBDA", 1e-5),
        env_f("LR", 2.0),
        env_f("POSW", 2.0),
    );
    for epoch in 0..epochs {
        for i in (1..order.len()).rev() {
            let j = (rng.next() % (i as u64 + 1)) as usize;
            order.swap(i, j);
        }
        let lr = lr0 / (1.0 + epoch as f32 * 0.5);
        for &i in &order {
            let s = samples[i];
            let p = m.predict(&s.feats);
            let v = 1.0 / (s.feats.len().max(1) as f32).sqrt();
            let mut g = [0f32; HEADS];
            for ((gh, ph), y) in g.iter_mut().zip(&p).zip(&s.y) {
                if let Some(y) = *y {
                    *gh = ph - f32::from(u8::from(y));
                    if y {
                        *gh *= pos_w;
                    }
                }
            }
            for (b, gh) in m.bias.iter_mut().zip(&g) {
                *b -= lr * 0.1 * gh;
            }
            for &f in &s.feats {
                let row = &mut m.weights[f as usize];
                for ((w, gh), y) in row.iter_mut().zip(&g).zip(&s.y) {
                    if y.is_some() {
                        *w -= lr * (gh * v + lambda * *w);
                    }
                }
            }
        }
    }
    m
}

/// Out-of-fold probabilities for `idx` (fold by position in the sorted order).
fn cross_validate(
    all: &[Sample],
    idx: &[usize],
    extra: &[Sample],
) -> BTreeMap<usize, [f32; HEADS]> {
    let mut out = BTreeMap::new();
    for fold in 0..FOLDS {
        let train_set: Vec<&Sample> = idx
            .iter()
            .enumerate()
            .filter(|(k, _)| k % FOLDS != fold)
            .map(|(_, i)| &all[*i])
            .chain(extra)
            .collect();
        let m = train(&train_set);
        for (k, i) in idx.iter().enumerate() {
            if k % FOLDS == fold {
                out.insert(*i, m.predict(&all[*i].feats));
            }
        }
    }
    out
}

/// Out-of-set probabilities: each set is predicted by a model trained on all the others
/// (leave one set out), the closest this script gets to "a new writer's mail".
fn cross_validate_by_set(all: &[Sample], extra: &[Sample]) -> BTreeMap<usize, [f32; HEADS]> {
    let mut out = BTreeMap::new();
    for si in 0..SETS.len() {
        let train_set: Vec<&Sample> = all.iter().filter(|s| s.set != si).chain(extra).collect();
        let m = train(&train_set);
        for (i, s) in all.iter().enumerate() {
            if s.set == si {
                out.insert(i, m.predict(&s.feats));
            }
        }
    }
    out
}

/// `cross_validate_by_set`, kept in the file named by `OOF_CACHE` when set: the trainings, one per set,
/// take minutes, and a change to the lexicon's purpose patterns or to `model::combine` does
/// not change them. The file is used only when every sample's name, features and labels hash
/// the same as when it was written (FNV-1a over all of them); else it is recomputed.
fn cached_by_set(all: &[Sample], extra: &[Sample]) -> BTreeMap<usize, [f32; HEADS]> {
    let Ok(path) = std::env::var("OOF_CACHE") else {
        return cross_validate_by_set(all, extra);
    };
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let mut eat = |b: &[u8]| {
        for x in b {
            h = (h ^ u64::from(*x)).wrapping_mul(0x100_0000_01b3);
        }
    };
    for s in all.iter().chain(extra) {
        eat(s.name.as_bytes());
        for f in &s.feats {
            eat(&f.to_le_bytes());
        }
        for y in &s.y {
            eat(&[y.map_or(2, u8::from)]);
        }
    }
    let key = format!("{h:016x} {}", all.len());
    if let Ok(text) = std::fs::read_to_string(&path)
        && let Some((first, rest)) = text.split_once('\n')
        && first == key
    {
        let mut out = BTreeMap::new();
        for line in rest.lines() {
            let v: Vec<f32> = line.split(' ').filter_map(|x| x.parse().ok()).collect();
            let (Some(&i), Ok(p)) = (v.first(), <[f32; HEADS]>::try_from(&v[1..])) else {
                continue;
            };
            out.insert(i as usize, p);
        }
        if out.len() == all.len() {
            println!("  (out-of-set probabilities read from {path})");
            return out;
        }
    }
    let out = cross_validate_by_set(all, extra);
    let mut text = key + "\n";
    for (i, p) in &out {
        text += &format!("{i}");
        for q in p {
            text += &format!(" {q}");
        }
        text += "\n";
    }
    if let Err(e) = std::fs::write(&path, text) {
        eprintln!("OOF_CACHE {path}: {e}");
    }
    out
}

#[derive(Default, Clone, Copy)]
struct Metrics {
    kind_ok: usize,
    kind_n: usize,
    purp_ok: usize,
    purp_n: usize,
    /// A mail that is not spam that the model guarded as spam.
    spam_fp: usize,
    /// A follow-up the model turned into something else.
    follow_up_changed: usize,
}

impl Metrics {
    fn kind(&self) -> f64 {
        100.0 * self.kind_ok as f64 / self.kind_n.max(1) as f64
    }
    fn purp(&self) -> f64 {
        100.0 * self.purp_ok as f64 / self.purp_n.max(1) as f64
    }
    fn show(&self) -> String {
        format!(
            "kind {:.1} % ({}/{}), exact purposes {:.1} % ({}/{}), spam false positives {}, follow-ups changed {}",
            self.kind(),
            self.kind_ok,
            self.kind_n,
            self.purp(),
            self.purp_ok,
            self.purp_n,
            self.spam_fp,
            self.follow_up_changed
        )
    }
}

fn apply(s: &Sample, p: &[f32; HEADS], rules: &Rules) -> Understanding {
    let mut u = s.lexicon.clone();
    model::combine(&mut u, &s.lexicon.model_input, p, rules, true);
    u
}

fn predicted_kind(u: &Understanding) -> &'static str {
    match (&u.guard, u.kind) {
        (Some(g), _) if g.reason == GuardReason::Spam => "spam",
        (Some(_), _) => "ignore_other",
        (None, Some(KindHint::Task)) => "task",
        (None, Some(KindHint::Incident)) => "incident",
        _ => "request",
    }
}

fn measure(all: &[Sample], probs: &BTreeMap<usize, [f32; HEADS]>, rules: &Rules) -> Metrics {
    let mut m = Metrics::default();
    for (&i, p) in probs {
        let s = &all[i];
        let u = apply(s, p, rules);
        let model_spam = u.evidence.iter().any(|e| e.matched == "kind: spam");
        if s.kind == "follow_up" {
            if predicted_kind(&u) != predicted_kind(&s.lexicon) {
                m.follow_up_changed += 1;
            }
            continue;
        }
        if model_spam && s.kind != "spam" {
            m.spam_fp += 1;
        }
        m.kind_n += 1;
        m.kind_ok += usize::from(predicted_kind(&u) == s.kind);
        if s.kind == "request" {
            m.purp_n += 1;
            let mut got = u.purposes.clone();
            got.sort();
            let mut want = s.purposes.clone();
            want.sort();
            m.purp_ok += usize::from(got == want);
        }
    }
    m
}

/// Chooses the rules on out-of-fold probabilities: purposes first, then task/incident, then
/// spam with no false positive and no follow-up changed. Ties go to the higher threshold.
fn choose(all: &[Sample], probs: &BTreeMap<usize, [f32; HEADS]>) -> Rules {
    let grid: Vec<f32> = (1..=19).map(|i| i as f32 * 0.05).chain([2.0]).collect();
    let mut r = Rules::OFF;
    // The "add a right" threshold is pinned (ADD_PINNED; `ADD=x` overrides, `ADD=choose`
    // lets the grid decide); `fill` is chosen given it. Ties go to the higher thresholds.
    let adds = match std::env::var("ADD").as_deref() {
        Ok("choose") => grid.clone(),
        Ok(v) => vec![v.parse::<f32>().expect("ADD is a number or 'choose'")],
        Err(_) => ADD_PINNED.map_or_else(|| grid.clone(), |a| vec![a]),
    };
    let mut best = 0usize;
    for &add in &adds {
        // Floor FILL_FLOOR for filling in: a customer-service question that asks nothing of
        // its data ("When do you open?", trained as a negative) scored 0.38 for Information
        // with the model on thirty-four sets, so `fill` (every right over it) and `fill_top`
        // (the most likely right alone, when nothing reaches `fill`) are chosen together: a
        // lone most likely right at 0.3–0.4 is right far more often than a second one is.
        for &fill in grid.iter().filter(|f| **f >= FILL_FLOOR - 1e-4) {
            for &fill_top in grid
                .iter()
                .filter(|t| (**t >= FILL_FLOOR - 1e-4 && **t < fill) || **t > 1.0)
            {
                let m = measure(
                    all,
                    probs,
                    &Rules {
                        add,
                        fill,
                        fill_top,
                        ..r
                    },
                );
                let higher = add + fill + fill_top >= r.add + r.fill + r.fill_top;
                if m.purp_ok > best || (m.purp_ok == best && higher) {
                    best = m.purp_ok;
                    (r.add, r.fill, r.fill_top) = (add, fill, fill_top);
                }
            }
        }
    }
    // Veto: 0 is off; ties keep it off.
    let mut best = measure(all, probs, &r).purp_ok;
    for veto in [0.01f32, 0.02, 0.05, 0.1, 0.15, 0.2, 0.3] {
        let m = measure(all, probs, &Rules { veto, ..r });
        if m.purp_ok > best {
            best = m.purp_ok;
            r.veto = veto;
        }
    }
    let mut best = 0usize;
    let mut pick = (r.task, r.incident);
    for &task in &grid {
        for &incident in &grid {
            let t = Rules {
                task,
                incident,
                ..r
            };
            let m = measure(all, probs, &t);
            if m.follow_up_changed > 0 {
                continue;
            }
            if m.kind_ok > best || (m.kind_ok == best && task + incident >= pick.0 + pick.1) {
                best = m.kind_ok;
                pick = (task, incident);
            }
        }
    }
    r.task = pick.0;
    r.incident = pick.1;
    // An outsider's mail with no right found: an incident (ties: the higher threshold).
    let mut best = measure(all, probs, &r).kind_ok;
    for &outsider_incident in grid.iter().rev() {
        let m = measure(
            all,
            probs,
            &Rules {
                outsider_incident,
                ..r
            },
        );
        if m.follow_up_changed == 0 && m.kind_ok > best {
            best = m.kind_ok;
            r.outsider_incident = outsider_incident;
        }
    }
    let mut best = 0usize;
    let mut pick = (r.spam_with_signal, r.spam_alone);
    // Guard precision: a real request must never be dropped as spam, so the model guards
    // alone only when very confident (>= 0.9), with another spam signal from 0.5.
    for &with in grid.iter().filter(|t| **t >= 0.5) {
        for &alone in grid.iter().filter(|t| **t >= 0.9) {
            if alone < with {
                continue;
            }
            let t = Rules {
                spam_with_signal: with,
                spam_alone: alone,
                ..r
            };
            let m = measure(all, probs, &t);
            if m.spam_fp > 0 || m.follow_up_changed > 0 {
                continue;
            }
            if m.kind_ok > best || (m.kind_ok == best && with + alone >= pick.0 + pick.1) {
                best = m.kind_ok;
                pick = (with, alone);
            }
        }
    }
    r.spam_with_signal = pick.0;
    r.spam_alone = pick.1;
    r
}

/// The probabilities of the samples whose set passes `keep`.
fn of_sets(
    all: &[Sample],
    probs: &BTreeMap<usize, [f32; HEADS]>,
    keep: impl Fn(usize) -> bool,
) -> BTreeMap<usize, [f32; HEADS]> {
    probs
        .iter()
        .filter(|(i, _)| keep(all[**i].set))
        .map(|(i, p)| (*i, *p))
        .collect()
}

fn per_set(all: &[Sample], probs: &BTreeMap<usize, [f32; HEADS]>, rules: &Rules, label: &str) {
    for (si, set) in SETS.iter().enumerate() {
        let sub = of_sets(all, probs, |set| set == si);
        if sub.is_empty() {
            continue;
        }
        println!("  {label:<8} {set:<9} {}", measure(all, &sub, rules).show());
    }
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if let [_, flag, subject, body] = args.as_slice()
        && flag == "--probe"
    {
        // The committed model's probabilities for one text.
        let m = model::embedded().expect("committed model");
        let p = m.predict(&model::features(subject, body));
        for (h, q) in p.iter().enumerate() {
            let name = PURPOSE_HEADS
                .get(h)
                .map(|p| p.as_str())
                .unwrap_or_else(|| model::KIND_HEADS[h - PURPOSE_HEADS.len()]);
            println!("{name:<18} {q:.3}");
        }
        return;
    }
    let dry = args.iter().any(|a| a == "--dry");
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let all = load(root);
    let extra = off_topic();
    println!(
        "{} labelled messages from {:?}, {} off-topic texts for training only",
        all.len(),
        SETS,
        extra.len()
    );

    // 1. Holdout1 unseen: rules by CV over the three other sets, model trained on them.
    let three: Vec<usize> = (0..all.len()).filter(|i| all[*i].set < 3).collect();
    let oof3 = cross_validate(&all, &three, &extra);
    let rules3 = choose(&all, &oof3);
    println!("\n1. rules chosen by 5-fold CV on corpus+eval+dev: {rules3:?}");
    per_set(&all, &oof3, &Rules::OFF, "lexicon");
    per_set(&all, &oof3, &rules3, "cv");
    let m3 = train(
        &three
            .iter()
            .map(|i| &all[*i])
            .chain(&extra)
            .collect::<Vec<_>>(),
    );
    let h1: BTreeMap<usize, [f32; HEADS]> = (0..all.len())
        .filter(|i| all[*i].set == 3)
        .map(|i| (i, m3.predict(&all[i].feats)))
        .collect();
    println!("  holdout1, model trained without it:");
    println!(
        "    lexicon alone  {}",
        measure(&all, &h1, &Rules::OFF).show()
    );
    println!("    with the model {}", measure(&all, &h1, &rules3).show());
    let mut misses = Vec::new();
    for (&i, p) in &h1 {
        let s = &all[i];
        let u = apply(s, p, &rules3);
        let mut got = u.purposes.clone();
        got.sort();
        let mut want = s.purposes.clone();
        want.sort();
        if predicted_kind(&u) != s.kind && s.kind != "follow_up" {
            misses.push(format!(
                "{}: kind {} / got {}",
                s.name,
                s.kind,
                predicted_kind(&u)
            ));
        } else if s.kind == "request" && got != want {
            misses.push(format!("{}: purposes {want:?} / got {got:?}", s.name));
        }
    }
    if std::env::args().any(|a| a == "--misses") {
        for m in misses {
            println!("    miss: {m}");
        }
    }

    // 2. 5-fold CV over all the sets: chooses the shipped rules.
    let every: Vec<usize> = (0..all.len()).collect();
    let oof = if args.iter().any(|a| a == "--random-folds") {
        cross_validate(&all, &every, &extra)
    } else {
        cached_by_set(&all, &extra)
    };
    // RULES_SETS=a,b: choose the rules on those sets only (sets whose lexicon reading is
    // still unseen by tuning: their first, blind, run), the others train the weights.
    let rules = match std::env::var("RULES_SETS") {
        Ok(list) => {
            let pick: Vec<usize> = list
                .split(',')
                .map(|n| {
                    SETS.iter()
                        .position(|s| *s == n)
                        .expect("RULES_SETS names a set")
                })
                .collect();
            choose(&all, &of_sets(&all, &oof, |set| pick.contains(&set)))
        }
        Err(_) => choose(&all, &oof),
    };
    println!(
        "\n2. rules chosen on out-of-set probabilities (each set predicted by a model trained on the others): {rules:?}"
    );
    println!(
        "  all       lexicon   {}",
        measure(&all, &oof, &Rules::OFF).show()
    );
    println!(
        "  all       cv        {}",
        measure(&all, &oof, &rules).show()
    );
    for (si, set) in SETS.iter().enumerate() {
        let (mut ok, mut n) = (0, 0);
        for (&i, p) in &oof {
            let s = &all[i];
            if s.set != si || s.kind != "request" {
                continue;
            }
            n += 1;
            let mut got: Vec<Purpose> = PURPOSE_HEADS
                .iter()
                .enumerate()
                .filter(|(h, _)| p[*h] >= 0.5)
                .map(|(_, q)| *q)
                .collect();
            if got.is_empty() {
                got.push(Purpose::Unknown);
            }
            let mut want = s.purposes.clone();
            want.sort();
            ok += usize::from(got == want);
        }
        println!("  model alone (p >= 0.5) {set:<9} exact purposes {ok}/{n}");
    }
    per_set(&all, &oof, &rules, "cv");
    if args.iter().any(|a| a == "--misses") {
        for (&i, p) in &oof {
            let s = &all[i];
            let u = apply(s, p, &rules);
            let mut got = u.purposes.clone();
            got.sort();
            let mut want = s.purposes.clone();
            want.sort();
            if s.kind == "request" && got != want {
                let probs: Vec<String> = PURPOSE_HEADS
                    .iter()
                    .zip(p)
                    .filter(|(_, q)| **q >= 0.1)
                    .map(|(h, q)| format!("{}={q:.2}", h.as_str()))
                    .collect();
                println!(
                    "    out-of-fold miss: {}: {want:?} / got {got:?} (lexicon {:?}; model {})",
                    s.name,
                    s.lexicon.purposes,
                    probs.join(" ")
                );
            }
        }
    }
    // `DUMP=<file>`: every request's out-of-set reading as JSON lines (want, got, the lexicon's
    // reading with its evidence weights, the model's probabilities), for offline analysis.
    if let Ok(path) = std::env::var("DUMP") {
        let mut out = String::new();
        for (&i, p) in &oof {
            let s = &all[i];
            if s.kind != "request" {
                continue;
            }
            let u = apply(s, p, &rules);
            let ev: Vec<Value> = s
                .lexicon
                .evidence
                .iter()
                .map(|e| {
                    serde_json::json!({
                        "purpose": e.purpose.map(|q| q.as_str()),
                        "weight": e.weight,
                        "cancelled": e.cancelled,
                        "source": format!("{:?}", e.source),
                    })
                })
                .collect();
            let line = serde_json::json!({
                "set": SETS[s.set],
                "name": s.name,
                "want": s.purposes.iter().map(|q| q.as_str()).collect::<Vec<_>>(),
                "got": u.purposes.iter().map(|q| q.as_str()).collect::<Vec<_>>(),
                "lexicon": s.lexicon.purposes.iter().map(|q| q.as_str()).collect::<Vec<_>>(),
                "words": s.lexicon.model_input.body.split_whitespace().count(),
                "evidence": ev,
                "p": PURPOSE_HEADS.iter().zip(p).map(|(h, q)| (h.as_str(), *q)).collect::<BTreeMap<_, _>>(),
            });
            out.push_str(&line.to_string());
            out.push('\n');
        }
        std::fs::write(&path, out).expect("DUMP file written");
    }
    println!(
        "  holdout1, weights trained without it, these rules (its labels chose the thresholds only):\n    {}",
        measure(&all, &h1, &rules).show()
    );

    // 3. The shipped model: all the sets.
    let mut m = train(&all.iter().chain(&extra).collect::<Vec<_>>());
    m.rules = rules;
    let bytes = m.to_bytes();
    let back = Model::from_bytes(&bytes).expect("round trip");
    println!(
        "\n3. final model: {} bytes, {} buckets with a weight",
        bytes.len(),
        back.non_zero()
    );
    if !dry {
        let path = root.join("src/understand/model.bin");
        std::fs::write(&path, &bytes).expect("write model.bin");
        println!("  wrote {}", path.display());
    }
}
