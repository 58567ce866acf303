//! The lexicon: every word list and pattern the understanding step uses, as data.
//!
//! The shipped defaults live in `lexicon.toml` (compiled in, parsed once). A user file of the
//! same shape is merged into them ([`Lexicon::from_toml_str`]); see the top of `lexicon.toml`
//! for the format and the pattern language.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::sync::{Arc, OnceLock};

use regex::Regex;
use serde::Deserialize;

use super::Purpose;
use super::text::{Fuzz, Pattern, PatternSet, Token, fold, tokenize, words};

/// The shipped lexicon source.
pub const DEFAULT_LEXICON_TOML: &str = include_str!("lexicon.toml");

/// Why a lexicon could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum LexiconError {
    /// The file is not valid TOML, or has an unknown key or a value of the wrong type.
    #[error("lexicon: {0}")]
    Toml(String),
    /// A purpose name that Dastra does not know.
    #[error("lexicon: unknown purpose \"{name}\" in {key} (expected one of {expected})")]
    UnknownPurpose {
        /// Where it was found.
        key: String,
        /// The unknown name.
        name: String,
        /// The valid names.
        expected: String,
    },
    /// A pattern that does not compile.
    #[error("lexicon: {key}: {message}")]
    Pattern {
        /// Where it was found, e.g. `purposes.Access.fr[3]`.
        key: String,
        /// What is wrong.
        message: String,
    },
    /// A regular expression that does not compile.
    #[error("lexicon: {key}: invalid regular expression: {message}")]
    Regex {
        /// Where it was found.
        key: String,
        /// The regex engine's message.
        message: String,
    },
    /// A setting out of range.
    #[error("lexicon: settings.{key}: {message}")]
    Setting {
        /// The setting.
        key: String,
        /// What is wrong.
        message: String,
    },
}

// ── Raw (serde) shape ───────────────────────────────────────────────────────────────────────

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawLexicon {
    extends_default: Option<bool>,
    #[serde(default)]
    disable: Vec<String>,
    #[serde(default)]
    settings: RawSettings,
    #[serde(default)]
    languages: BTreeMap<String, RawLanguage>,
    #[serde(default)]
    purposes: BTreeMap<String, BTreeMap<String, Vec<RawPattern>>>,
    #[serde(default)]
    legal: RawLegal,
    #[serde(default)]
    negation: RawNegation,
    #[serde(default)]
    incident: BTreeMap<String, Vec<RawPattern>>,
    #[serde(default)]
    task: BTreeMap<String, Vec<RawPattern>>,
    #[serde(default)]
    scam: BTreeMap<String, Vec<RawPattern>>,
    #[serde(default)]
    out_of_office: BTreeMap<String, Vec<RawPattern>>,
    #[serde(default)]
    ticket_acknowledgement: BTreeMap<String, Vec<RawPattern>>,
    #[serde(default)]
    forward: RawForward,
    #[serde(default)]
    followup: RawFollowup,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSettings {
    typo_min_len: Option<usize>,
    typo2_min_len: Option<usize>,
    max_gap: Option<usize>,
    negation_window: Option<usize>,
    threshold: Option<f32>,
    subject_boost: Option<f32>,
    legal_weight: Option<f32>,
    incident_threshold: Option<f32>,
    task_threshold: Option<f32>,
    scam_threshold: Option<f32>,
    locale_min_markers: Option<usize>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawLanguage {
    #[serde(default)]
    markers: Vec<String>,
    fallback_title: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(untagged)]
enum RawPattern {
    Plain(String),
    Weighted {
        pattern: String,
        #[serde(default = "one")]
        weight: f32,
    },
}

fn one() -> f32 {
    1.0
}

impl RawPattern {
    fn text(&self) -> &str {
        match self {
            RawPattern::Plain(s) => s,
            RawPattern::Weighted { pattern, .. } => pattern,
        }
    }
    fn weight(&self) -> f32 {
        match self {
            RawPattern::Plain(_) => 1.0,
            RawPattern::Weighted { weight, .. } => *weight,
        }
    }
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawLegal {
    #[serde(default)]
    article_words: Vec<String>,
    #[serde(default)]
    connectors: Vec<String>,
    #[serde(default)]
    range_words: Vec<String>,
    #[serde(default)]
    paragraph_words: Vec<String>,
    #[serde(default)]
    regulation_words: Vec<String>,
    #[serde(default)]
    articles: BTreeMap<String, String>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawNegation {
    #[serde(default)]
    cues: BTreeMap<String, Vec<String>>,
    #[serde(default)]
    breakers: BTreeMap<String, Vec<String>>,
    #[serde(default)]
    pseudo: BTreeMap<String, Vec<RawPattern>>,
    #[serde(default)]
    context: BTreeMap<String, Vec<String>>,
    #[serde(default)]
    post_cues: BTreeMap<String, Vec<String>>,
    #[serde(default)]
    post_stops: BTreeMap<String, Vec<String>>,
    #[serde(default)]
    post_subjects: BTreeMap<String, Vec<String>>,
    #[serde(default)]
    scope_verbs: BTreeMap<String, Vec<String>>,
    #[serde(default)]
    markers: BTreeMap<String, Vec<String>>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawForward {
    #[serde(default)]
    subject_prefixes: Vec<String>,
    #[serde(default)]
    reply_prefixes: Vec<String>,
    #[serde(default)]
    forward_separators: Vec<String>,
    #[serde(default)]
    original_separators: Vec<String>,
    #[serde(default)]
    from_labels: Vec<String>,
    #[serde(default)]
    other_labels: Vec<String>,
    #[serde(default)]
    subject_labels: Vec<String>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFollowup {
    #[serde(default)]
    reply_headers: Vec<String>,
    #[serde(default)]
    signature_markers: Vec<String>,
}

// ── Merge ───────────────────────────────────────────────────────────────────────────────────

fn append<T: PartialEq + Clone>(base: &mut Vec<T>, extra: &[T]) {
    for e in extra {
        if !base.contains(e) {
            base.push(e.clone());
        }
    }
}

fn append_map<T: PartialEq + Clone>(
    base: &mut BTreeMap<String, Vec<T>>,
    extra: &BTreeMap<String, Vec<T>>,
) {
    for (k, v) in extra {
        append(base.entry(k.clone()).or_default(), v);
    }
}

impl RawLexicon {
    fn merge(&mut self, o: &RawLexicon) {
        append(&mut self.disable, &o.disable);
        let s = &mut self.settings;
        let u = &o.settings;
        s.typo_min_len = u.typo_min_len.or(s.typo_min_len);
        s.typo2_min_len = u.typo2_min_len.or(s.typo2_min_len);
        s.max_gap = u.max_gap.or(s.max_gap);
        s.negation_window = u.negation_window.or(s.negation_window);
        s.threshold = u.threshold.or(s.threshold);
        s.subject_boost = u.subject_boost.or(s.subject_boost);
        s.legal_weight = u.legal_weight.or(s.legal_weight);
        s.incident_threshold = u.incident_threshold.or(s.incident_threshold);
        s.task_threshold = u.task_threshold.or(s.task_threshold);
        s.scam_threshold = u.scam_threshold.or(s.scam_threshold);
        s.locale_min_markers = u.locale_min_markers.or(s.locale_min_markers);
        for (k, l) in &o.languages {
            let e = self.languages.entry(k.clone()).or_default();
            append(&mut e.markers, &l.markers);
            if l.fallback_title.is_some() {
                e.fallback_title.clone_from(&l.fallback_title);
            }
        }
        for (p, langs) in &o.purposes {
            append_map(self.purposes.entry(p.clone()).or_default(), langs);
        }
        let (l, ul) = (&mut self.legal, &o.legal);
        append(&mut l.article_words, &ul.article_words);
        append(&mut l.connectors, &ul.connectors);
        append(&mut l.range_words, &ul.range_words);
        append(&mut l.paragraph_words, &ul.paragraph_words);
        append(&mut l.regulation_words, &ul.regulation_words);
        for (k, v) in &ul.articles {
            l.articles.insert(k.clone(), v.clone());
        }
        append_map(&mut self.negation.cues, &o.negation.cues);
        append_map(&mut self.negation.breakers, &o.negation.breakers);
        append_map(&mut self.negation.pseudo, &o.negation.pseudo);
        append_map(&mut self.negation.context, &o.negation.context);
        append_map(&mut self.negation.post_cues, &o.negation.post_cues);
        append_map(&mut self.negation.post_stops, &o.negation.post_stops);
        append_map(&mut self.negation.post_subjects, &o.negation.post_subjects);
        append_map(&mut self.negation.scope_verbs, &o.negation.scope_verbs);
        append_map(&mut self.negation.markers, &o.negation.markers);
        append_map(&mut self.incident, &o.incident);
        append_map(&mut self.task, &o.task);
        append_map(&mut self.scam, &o.scam);
        append_map(&mut self.out_of_office, &o.out_of_office);
        append_map(&mut self.ticket_acknowledgement, &o.ticket_acknowledgement);
        let (f, uf) = (&mut self.forward, &o.forward);
        append(&mut f.subject_prefixes, &uf.subject_prefixes);
        append(&mut f.reply_prefixes, &uf.reply_prefixes);
        append(&mut f.forward_separators, &uf.forward_separators);
        append(&mut f.original_separators, &uf.original_separators);
        append(&mut f.from_labels, &uf.from_labels);
        append(&mut f.other_labels, &uf.other_labels);
        append(&mut f.subject_labels, &uf.subject_labels);
        append(&mut self.followup.reply_headers, &o.followup.reply_headers);
        append(
            &mut self.followup.signature_markers,
            &o.followup.signature_markers,
        );
    }
}

// ── Compiled shape ──────────────────────────────────────────────────────────────────────────

/// Tunable numbers of the lexicon (`[settings]`).
#[derive(Debug, Clone, PartialEq)]
pub struct LexiconSettings {
    /// Words of at least this many letters tolerate one typo.
    pub typo_min_len: usize,
    /// Words of at least this many letters tolerate two typos.
    pub typo2_min_len: usize,
    /// What a bare `~` may skip.
    pub max_gap: usize,
    /// How many words before a match a negation cue reaches.
    pub negation_window: usize,
    /// Minimum score for a purpose to be reported.
    pub threshold: f32,
    /// Multiplier for matches in the subject.
    pub subject_boost: f32,
    /// Weight of a legal reference ("art. 17 GDPR").
    pub legal_weight: f32,
    /// Minimum score for the text to suggest an incident.
    pub incident_threshold: f32,
    /// Minimum score for internal mail to suggest a task (review a contract, a DPIA, …).
    pub task_threshold: f32,
    /// Minimum score of scam signals (vocabulary and headers) for a mail to be guarded as spam.
    pub scam_threshold: f32,
    /// Minimum number of marker words for a language to be detected.
    pub locale_min_markers: usize,
}

/// A pattern aimed at something (a purpose, the incident kind, …).
#[derive(Debug, Clone)]
pub(crate) struct Target<T> {
    pub target: T,
    pub pattern: Pattern,
}

/// A compiled lexicon. Cheap to share: hand it around in an `Arc`.
#[derive(Debug, Clone)]
pub struct Lexicon {
    /// The numbers from `[settings]`.
    pub settings: LexiconSettings,
    pub(crate) markers: BTreeMap<String, HashSet<String>>,
    pub(crate) fallback_titles: BTreeMap<String, String>,
    pub(crate) purposes: Vec<Target<Purpose>>,
    pub(crate) purpose_set: PatternSet,
    pub(crate) incident: Vec<Target<()>>,
    pub(crate) incident_set: PatternSet,
    pub(crate) task: Vec<Target<()>>,
    pub(crate) task_set: PatternSet,
    pub(crate) scam: Vec<Target<()>>,
    pub(crate) scam_set: PatternSet,
    pub(crate) out_of_office: PatternSet,
    /// Subjects of a ticket system's acknowledgement, read only outside our own threads.
    pub(crate) ticket_acknowledgement: PatternSet,
    pub(crate) article_words: HashSet<String>,
    pub(crate) connectors: HashSet<String>,
    pub(crate) range_words: HashSet<String>,
    pub(crate) paragraph_words: HashSet<String>,
    pub(crate) regulation_words: HashSet<String>,
    pub(crate) articles: HashMap<u32, Purpose>,
    pub(crate) cues: BTreeMap<String, HashSet<String>>,
    pub(crate) breakers: HashSet<String>,
    pub(crate) pseudo: PatternSet,
    pub(crate) context: BTreeMap<String, HashSet<String>>,
    /// Negation cues that follow the match ("verwijder mijn account niet").
    pub(crate) post_cues: BTreeMap<String, HashSet<String>>,
    /// Words that open a subordinate clause after the match ("wat", "die", "dass"): a
    /// post-negation cue beyond one belongs to that clause ("alles verwijderen wat niet
    /// bewaard hoeft te worden" is an erasure).
    pub(crate) post_stops: BTreeMap<String, HashSet<String>>,
    /// Subject pronouns that open a new clause right after a match ("…, ich will nicht"):
    /// a post cue beyond one is that clause's.
    pub(crate) post_subjects: BTreeMap<String, HashSet<String>>,
    /// Verbs of asking: a negation cue right before one ("I'm not asking you to…")
    /// negates the whole rest of its clause, however far the right's words stand.
    pub(crate) scope_verbs: BTreeMap<String, HashSet<String>>,
    /// Marker words of languages read without an acknowledgement of their own (Portuguese,
    /// Swedish, Polish, …): a mail in one of them reads negation with that language's cues
    /// only (Swedish "ni" is "you", not Spanish "neither"), and keeps its locale.
    pub(crate) reading_markers: BTreeMap<String, HashSet<String>>,
    pub(crate) fwd_prefixes: HashSet<String>,
    pub(crate) reply_prefixes: HashSet<String>,
    /// Folded, words joined by one space.
    pub(crate) forward_separators: Vec<String>,
    pub(crate) original_separators: Vec<String>,
    pub(crate) from_labels: HashSet<String>,
    pub(crate) other_labels: HashSet<String>,
    pub(crate) subject_labels: HashSet<String>,
    pub(crate) reply_headers: Vec<Regex>,
    pub(crate) signature_markers: Vec<String>,
}

static DEFAULT: OnceLock<Arc<Lexicon>> = OnceLock::new();

impl Default for Lexicon {
    /// The shipped lexicon (parsed once per process).
    fn default() -> Self {
        Lexicon::shared_default().as_ref().clone()
    }
}

impl Lexicon {
    /// The shipped lexicon, shared (parsed and compiled once per process).
    pub fn shared_default() -> Arc<Lexicon> {
        DEFAULT
            .get_or_init(|| {
                // The shipped file is part of the program and covered by tests; failing to load
                // it is a build defect, not an input error.
                let raw = parse_raw(DEFAULT_LEXICON_TOML).expect("the shipped lexicon.toml parses");
                Arc::new(compile(&raw).expect("the shipped lexicon.toml compiles"))
            })
            .clone()
    }

    /// Loads a user lexicon. Unless it says `extends_default = false`, it is merged into the
    /// shipped one (lists appended, settings replaced, `disable` entries removed).
    pub fn from_toml_str(s: &str) -> Result<Lexicon, LexiconError> {
        let user = parse_raw(s)?;
        if user.extends_default.unwrap_or(true) {
            let mut base = parse_raw(DEFAULT_LEXICON_TOML)?;
            base.merge(&user);
            compile(&base)
        } else {
            compile(&user)
        }
    }

    /// The fallback DSR title for a locale (`languages.<locale>.fallback_title`).
    pub fn fallback_title(&self, locale: &str) -> Option<&str> {
        self.fallback_titles.get(locale).map(String::as_str)
    }

    /// The locales the lexicon can detect.
    pub fn locales(&self) -> impl Iterator<Item = &str> {
        self.markers.keys().map(String::as_str)
    }

    pub(crate) fn fuzz(&self) -> Fuzz {
        Fuzz {
            min_len: self.settings.typo_min_len,
            min_len2: self.settings.typo2_min_len,
        }
    }

    /// Tokenizes with this lexicon's clause breakers.
    pub(crate) fn tokenize(&self, text: &str, max_tokens: usize) -> Vec<Token> {
        tokenize(text, &self.breakers, max_tokens)
    }
}

fn parse_raw(s: &str) -> Result<RawLexicon, LexiconError> {
    toml::from_str::<RawLexicon>(s)
        .map_err(|e| LexiconError::Toml(e.to_string().trim_end().to_string()))
}

fn folded_set<'a>(items: impl IntoIterator<Item = &'a String>) -> HashSet<String> {
    items
        .into_iter()
        .map(|s| fold(s).trim().to_string())
        .filter(|s| !s.is_empty())
        .collect()
}

fn folded_phrase(s: &str) -> String {
    words(&fold(s)).join(" ")
}

fn compile(raw: &RawLexicon) -> Result<Lexicon, LexiconError> {
    let disabled: HashSet<&str> = raw.disable.iter().map(String::as_str).collect();
    let on = |s: &str| !disabled.contains(s);
    let st = &raw.settings;
    let settings = LexiconSettings {
        typo_min_len: st.typo_min_len.unwrap_or(6),
        typo2_min_len: st.typo2_min_len.unwrap_or(11),
        max_gap: st.max_gap.unwrap_or(4),
        negation_window: st.negation_window.unwrap_or(5),
        threshold: st.threshold.unwrap_or(1.0),
        subject_boost: st.subject_boost.unwrap_or(1.5),
        legal_weight: st.legal_weight.unwrap_or(2.0),
        incident_threshold: st.incident_threshold.unwrap_or(1.5),
        task_threshold: st.task_threshold.unwrap_or(1.5),
        scam_threshold: st.scam_threshold.unwrap_or(3.0),
        locale_min_markers: st.locale_min_markers.unwrap_or(2),
    };
    for (key, v) in [
        ("threshold", settings.threshold),
        ("subject_boost", settings.subject_boost),
        ("legal_weight", settings.legal_weight),
        ("incident_threshold", settings.incident_threshold),
        ("task_threshold", settings.task_threshold),
        ("scam_threshold", settings.scam_threshold),
    ] {
        if !v.is_finite() || v <= 0.0 {
            return Err(LexiconError::Setting {
                key: key.to_string(),
                message: "must be a number greater than 0".to_string(),
            });
        }
    }
    if settings.typo_min_len < 3 {
        return Err(LexiconError::Setting {
            key: "typo_min_len".to_string(),
            message: "must be at least 3 (shorter words would match almost anything)".to_string(),
        });
    }
    if settings.max_gap > 30 {
        return Err(LexiconError::Setting {
            key: "max_gap".to_string(),
            message: "must be at most 30".to_string(),
        });
    }
    let gap = settings.max_gap;
    let pat = |key: String, p: &RawPattern| -> Result<Pattern, LexiconError> {
        Pattern::parse(p.text(), p.weight(), gap)
            .map_err(|message| LexiconError::Pattern { key, message })
    };

    let mut markers = BTreeMap::new();
    let mut fallback_titles = BTreeMap::new();
    for (lang, l) in &raw.languages {
        markers.insert(lang.clone(), folded_set(l.markers.iter().filter(|m| on(m))));
        if let Some(t) = &l.fallback_title {
            fallback_titles.insert(lang.clone(), t.clone());
        }
    }

    let mut purposes = Vec::new();
    for (name, langs) in &raw.purposes {
        let purpose = Purpose::from_name(name)
            .filter(|p| *p != Purpose::Unknown)
            .ok_or_else(|| LexiconError::UnknownPurpose {
                key: format!("purposes.{name}"),
                name: name.clone(),
                expected: Purpose::NAMES[1..].join(", "),
            })?;
        for (lang, list) in langs {
            for (i, p) in list.iter().enumerate().filter(|(_, p)| on(p.text())) {
                let key = format!("purposes.{name}.{lang}[{i}]");
                purposes.push(Target {
                    target: purpose,
                    pattern: pat(key, p)?,
                });
            }
        }
    }

    let mut incident = Vec::new();
    for (lang, list) in &raw.incident {
        for (i, p) in list.iter().enumerate().filter(|(_, p)| on(p.text())) {
            let key = format!("incident.{lang}[{i}]");
            incident.push(Target {
                target: (),
                pattern: pat(key, p)?,
            });
        }
    }

    let weighted = |section: &str,
                    m: &BTreeMap<String, Vec<RawPattern>>|
     -> Result<Vec<Target<()>>, LexiconError> {
        let mut out = Vec::new();
        for (lang, list) in m {
            for (i, p) in list.iter().enumerate().filter(|(_, p)| on(p.text())) {
                out.push(Target {
                    target: (),
                    pattern: pat(format!("{section}.{lang}[{i}]"), p)?,
                });
            }
        }
        Ok(out)
    };
    let task = weighted("task", &raw.task)?;
    let scam = weighted("scam", &raw.scam)?;

    let mut out_of_office = Vec::new();
    for (lang, list) in &raw.out_of_office {
        for (i, p) in list.iter().enumerate().filter(|(_, p)| on(p.text())) {
            out_of_office.push(pat(format!("out_of_office.{lang}[{i}]"), p)?);
        }
    }

    let mut ticket_acknowledgement = Vec::new();
    for (lang, list) in &raw.ticket_acknowledgement {
        for (i, p) in list.iter().enumerate().filter(|(_, p)| on(p.text())) {
            ticket_acknowledgement.push(pat(format!("ticket_acknowledgement.{lang}[{i}]"), p)?);
        }
    }

    let mut pseudo = Vec::new();
    for (lang, list) in &raw.negation.pseudo {
        for (i, p) in list.iter().enumerate().filter(|(_, p)| on(p.text())) {
            pseudo.push(pat(format!("negation.pseudo.{lang}[{i}]"), p)?);
        }
    }

    let mut articles = HashMap::new();
    for (num, name) in &raw.legal.articles {
        let key = format!("legal.articles.{num}");
        let n: u32 = num.trim().parse().map_err(|_| LexiconError::Pattern {
            key: key.clone(),
            message: format!("\"{num}\" is not an article number"),
        })?;
        let p = Purpose::from_name(name).ok_or_else(|| LexiconError::UnknownPurpose {
            key,
            name: name.clone(),
            expected: Purpose::NAMES.join(", "),
        })?;
        articles.insert(n, p);
    }

    let per_lang = |m: &BTreeMap<String, Vec<String>>| -> BTreeMap<String, HashSet<String>> {
        m.iter()
            .map(|(k, v)| (k.clone(), folded_set(v.iter().filter(|s| on(s)))))
            .collect()
    };

    let mut reply_headers = Vec::new();
    for (i, r) in raw
        .followup
        .reply_headers
        .iter()
        .enumerate()
        .filter(|(_, r)| on(r))
    {
        reply_headers.push(Regex::new(r).map_err(|e| LexiconError::Regex {
            key: format!("followup.reply_headers[{i}]"),
            message: e.to_string(),
        })?);
    }

    let f = &raw.forward;
    let phrases = |v: &Vec<String>| -> Vec<String> {
        v.iter()
            .filter(|s| on(s))
            .map(|s| folded_phrase(s))
            .filter(|s| !s.is_empty())
            .collect()
    };
    let phrase_set = |v: &Vec<String>| -> HashSet<String> { phrases(v).into_iter().collect() };
    let l = &raw.legal;
    let fuzz = Fuzz {
        min_len: settings.typo_min_len,
        min_len2: settings.typo2_min_len,
    };
    Ok(Lexicon {
        purpose_set: PatternSet::new(purposes.iter().map(|t| t.pattern.clone()).collect(), fuzz),
        incident_set: PatternSet::new(incident.iter().map(|t| t.pattern.clone()).collect(), fuzz),
        task_set: PatternSet::new(task.iter().map(|t| t.pattern.clone()).collect(), fuzz),
        scam_set: PatternSet::new(scam.iter().map(|t| t.pattern.clone()).collect(), fuzz),
        task,
        scam,
        out_of_office: PatternSet::new(out_of_office, fuzz),
        ticket_acknowledgement: PatternSet::new(ticket_acknowledgement, fuzz),
        pseudo: PatternSet::new(pseudo, fuzz),
        settings,
        markers,
        fallback_titles,
        purposes,
        incident,
        article_words: folded_set(l.article_words.iter().filter(|s| on(s))),
        connectors: folded_set(l.connectors.iter().filter(|s| on(s))),
        range_words: folded_set(l.range_words.iter().filter(|s| on(s))),
        paragraph_words: folded_set(l.paragraph_words.iter().filter(|s| on(s))),
        regulation_words: folded_set(l.regulation_words.iter().filter(|s| on(s))),
        articles,
        cues: per_lang(&raw.negation.cues),
        breakers: per_lang(&raw.negation.breakers)
            .into_values()
            .flatten()
            .collect(),
        context: per_lang(&raw.negation.context),
        post_cues: per_lang(&raw.negation.post_cues),
        post_stops: per_lang(&raw.negation.post_stops),
        post_subjects: per_lang(&raw.negation.post_subjects),
        scope_verbs: per_lang(&raw.negation.scope_verbs),
        reading_markers: per_lang(&raw.negation.markers),
        fwd_prefixes: phrase_set(&f.subject_prefixes),
        reply_prefixes: phrase_set(&f.reply_prefixes),
        forward_separators: phrases(&f.forward_separators),
        original_separators: phrases(&f.original_separators),
        from_labels: phrase_set(&f.from_labels),
        other_labels: phrase_set(&f.other_labels),
        subject_labels: phrase_set(&f.subject_labels),
        reply_headers,
        signature_markers: phrases(&raw.followup.signature_markers),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shipped_lexicon_compiles() {
        let l = Lexicon::default();
        assert!(l.purposes.len() > 100);
        assert!(l.locales().any(|x| x == "nl"));
        assert_eq!(l.articles.get(&17), Some(&Purpose::Erasure));
        assert_eq!(
            l.fallback_title("de"),
            Some("Per E-Mail eingegangene Anfrage")
        );
        assert!(l.fwd_prefixes.contains("doorst"));
        assert!(l.from_labels.contains("expediteur"));
    }

    /// A space inside an alternative starts the next word position: "why|por qué|porque ~5
    /// need" is [why|por] [qué|porque] ~5 [need], which never matches "why … need". Phrases
    /// in alternatives are written with hyphens ("por-qué"); two positions that are both
    /// alternatives are written with "~0" between them, so the intent is visible.
    #[test]
    fn shipped_patterns_write_phrases_in_alternatives_with_hyphens() {
        let l = Lexicon::default();
        let sources = l
            .purposes
            .iter()
            .map(|t| &t.pattern.source)
            .chain(l.incident.iter().map(|t| &t.pattern.source))
            .chain(l.task.iter().map(|t| &t.pattern.source))
            .chain(l.scam.iter().map(|t| &t.pattern.source));
        let mut bad = Vec::new();
        for src in sources {
            let toks: Vec<&str> = src.split_whitespace().collect();
            if toks
                .windows(2)
                .any(|w| w[0].contains('|') && w[1].contains('|'))
            {
                bad.push(src.clone());
            }
        }
        assert!(
            bad.is_empty(),
            "spaced phrases inside alternatives: {bad:#?}"
        );
        // A hyphenated phrase matches the words; "~0" keeps two positions adjacent.
        let fuzz = l.fuzz();
        let toks = l.tokenize("Pourquoi ? Por qué necesitan mi fecha de nacimiento", 100);
        let p = Pattern::parse("why|porqué|por-qué ~5 necesitan", 1.0, 4).unwrap();
        assert_eq!(p.find_all(&toks, fuzz).len(), 1);
        let p = Pattern::parse("=la|=lo ~0 =borren", 1.0, 4).unwrap();
        assert_eq!(
            p.find_all(&l.tokenize("por favor la borren", 100), fuzz)
                .len(),
            1
        );
        assert!(
            p.find_all(&l.tokenize("la quiero y borren", 100), fuzz)
                .is_empty()
        );
    }

    #[test]
    fn user_lexicon_merges_and_disables() {
        let l = Lexicon::from_toml_str(
            r#"
            disable = ["portabil*"]
            [settings]
            threshold = 2.0
            [purposes.Erasure]
            pt = ["apagar ~ dados"]
            [languages.pt]
            markers = ["os", "meus"]
            fallback_title = "Pedido recebido por e-mail"
            "#,
        )
        .unwrap();
        assert_eq!(l.settings.threshold, 2.0);
        assert!(
            l.purposes
                .iter()
                .any(|t| t.pattern.source == "apagar ~ dados" && t.target == Purpose::Erasure)
        );
        assert!(!l.purposes.iter().any(|t| t.pattern.source == "portabil*"));
        assert!(
            l.purposes
                .iter()
                .any(|t| t.pattern.source == "droit d'accès")
        );
        assert_eq!(l.fallback_title("pt"), Some("Pedido recebido por e-mail"));
        assert_eq!(l.fallback_title("fr"), Some("Demande reçue par e-mail"));
    }

    #[test]
    fn standalone_user_lexicon() {
        let l = Lexicon::from_toml_str(
            "extends_default = false\n[purposes.Access]\nen = [\"gimme ~ data\"]\n",
        )
        .unwrap();
        assert_eq!(l.purposes.len(), 1);
        assert!(l.markers.is_empty());
    }

    #[test]
    fn errors_are_clear() {
        let e = Lexicon::from_toml_str("[purposes.Deletion]\nen = [\"x\"]")
            .unwrap_err()
            .to_string();
        assert!(e.contains("unknown purpose \"Deletion\""), "{e}");
        assert!(e.contains("Erasure"), "{e}");
        let e = Lexicon::from_toml_str("[purposes.Erasure]\nen = [\"~ x\"]")
            .unwrap_err()
            .to_string();
        assert!(
            e.contains("purposes.Erasure.en[") && e.contains("starts with a gap"),
            "{e}"
        );
        let e = Lexicon::from_toml_str("[settingz]\nx = 1")
            .unwrap_err()
            .to_string();
        assert!(e.contains("settingz"), "{e}");
        let e = Lexicon::from_toml_str("[followup]\nreply_headers = [\"(\"]")
            .unwrap_err()
            .to_string();
        assert!(e.contains("followup.reply_headers[7]"), "{e}");
        let e = Lexicon::from_toml_str("[settings]\nthreshold = 0")
            .unwrap_err()
            .to_string();
        assert!(e.contains("settings.threshold"), "{e}");
        let e = Lexicon::from_toml_str("[legal.articles]\nfoo = \"Access\"")
            .unwrap_err()
            .to_string();
        assert!(e.contains("not an article number"), "{e}");
        let e = Lexicon::from_toml_str("purposes = 3")
            .unwrap_err()
            .to_string();
        assert!(e.starts_with("lexicon:"), "{e}");
    }
}
