//! Rights exercised (DSR purposes), legal references, negation, the incident hint and the
//! locale, all from the lexicon.

use std::collections::{BTreeMap, HashSet};

use super::lexicon::{Lexicon, Target};
use super::text::Token;
use super::text::{Match, PatternSet};
use super::{Evidence, EvidenceSource, Purpose};

/// Upper bound on the words tokenised per text (a long letter is a few thousand).
pub(crate) const MAX_TOKENS: usize = 30_000;

/// Words of a body read for rights: its beginning…
pub(crate) const SCAN_HEAD_TOKENS: usize = 4_000;
/// …and its end, where long letters state what they ask ("Therefore I ask you to…").
pub(crate) const SCAN_TAIL_TOKENS: usize = 1_000;

/// Bytes at the end of a long letter tokenised to find its last [`SCAN_TAIL_TOKENS`] words.
const TAIL_BYTES: usize = 32 * 1024;

/// The words of a body read for rights, bounded on very long letters: the first
/// [`SCAN_HEAD_TOKENS`] and the last [`SCAN_TAIL_TOKENS`] words (the middle of a 200 KB letter
/// is neither tokenised nor scanned). The tail's sentence and clause numbers are moved past
/// the head's so that no pattern or negation reaches across the cut.
pub(crate) fn scan_tokens(lex: &Lexicon, text: &str) -> Vec<Token> {
    let mut toks = lex.tokenize(text, SCAN_HEAD_TOKENS + SCAN_TAIL_TOKENS + 1);
    if toks.len() <= SCAN_HEAD_TOKENS + SCAN_TAIL_TOKENS {
        return toks;
    }
    toks.truncate(SCAN_HEAD_TOKENS);
    let mut from = text.len().saturating_sub(TAIL_BYTES);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    // Start on a word boundary.
    if let Some(ws) = text[from..].find(char::is_whitespace) {
        from += ws;
    }
    let mut tail = lex.tokenize(&text[from..], MAX_TOKENS);
    let tail = tail.split_off(tail.len().saturating_sub(SCAN_TAIL_TOKENS));
    let (s0, c0) = toks
        .last()
        .map_or((0, 0), |t| (t.sentence + 1, t.clause + 1));
    let (s1, c1) = tail.first().map_or((0, 0), |t| (t.sentence, t.clause));
    toks.extend(tail.into_iter().map(|mut t| {
        t.sentence = t.sentence - s1 + s0;
        t.clause = t.clause - c1 + c0;
        t
    }));
    toks
}

/// How many words after a match a post-negation cue ("niet", "nicht") may stand: verb,
/// subject, cue ("… brauche ich nicht", "… heb ik niet nodig").
const POST_WINDOW: usize = 3;

/// What the text says.
#[derive(Debug, Clone, Default)]
pub(crate) struct Reading {
    /// Confident purposes, in enum order; empty when nothing is confident.
    pub purposes: Vec<Purpose>,
    pub evidence: Vec<Evidence>,
    /// Score of the strongest purpose.
    pub best_purpose_score: f32,
    /// Other people's data described (the shape of a breach report); weighed by the caller,
    /// who knows whether a colleague wrote.
    pub exposure: super::exposure::Exposure,
    pub incident_score: f32,
    /// How much the text reads as work asked of the privacy team (a task).
    pub task_score: f32,
    /// How much the text reads as a scam (money, urgency, bank details, prizes).
    pub scam_score: f32,
    /// The scam patterns that matched (the lexicon's text, never the body's), for the
    /// guard's reason.
    pub scam_matches: Vec<String>,
}

/// Detects the language of `toks` from the lexicon's marker words.
pub(crate) fn detect_locale(lex: &Lexicon, toks: &[Token]) -> Option<String> {
    ranked_language(lex, toks, &[&lex.markers])
}

/// The language negation is read in: the detected locale, else a language of
/// `[negation.markers]` (one without an acknowledgement of its own) that wins over every
/// language of either list.
pub(crate) fn reading_language(
    lex: &Lexicon,
    toks: &[Token],
    detected: Option<&str>,
) -> Option<String> {
    if let Some(l) = detected {
        return Some(l.to_string());
    }
    ranked_language(lex, toks, &[&lex.markers, &lex.reading_markers])
        .filter(|l| lex.reading_markers.contains_key(l))
}

/// The language with the most marker words in `toks` (at least `locale_min_markers`, and
/// strictly more than any other).
fn ranked_language(
    lex: &Lexicon,
    toks: &[Token],
    lists: &[&BTreeMap<String, HashSet<String>>],
) -> Option<String> {
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for t in toks.iter().take(5_000) {
        for (lang, set) in lists.iter().flat_map(|m| m.iter()) {
            if set.contains(&t.text) {
                *counts.entry(lang.as_str()).or_default() += 1;
            }
        }
    }
    let mut ranked: Vec<(&str, usize)> = counts.into_iter().collect();
    ranked.sort_by_key(|r| std::cmp::Reverse(r.1));
    match ranked.as_slice() {
        [(lang, n), rest @ ..]
            if *n >= lex.settings.locale_min_markers && rest.first().is_none_or(|(_, m)| m < n) =>
        {
            Some((*lang).to_string())
        }
        _ => None,
    }
}

struct Scope<'a> {
    toks: &'a [Token],
    /// Token positions whose negation cues are neutralised by a pseudo-negation.
    neutral: HashSet<usize>,
    cues: HashSet<&'a str>,
    context: HashSet<&'a str>,
    post_cues: HashSet<&'a str>,
    post_stops: HashSet<&'a str>,
    post_subjects: HashSet<&'a str>,
    scope_verbs: HashSet<&'a str>,
    window: usize,
}

impl<'a> Scope<'a> {
    fn new(lex: &'a Lexicon, toks: &'a [Token], locale: Option<&str>) -> Self {
        let pick = |m: &'a BTreeMap<String, HashSet<String>>| -> HashSet<&'a str> {
            m.iter()
                .filter(|(lang, _)| locale.is_none_or(|l| l == lang.as_str()))
                .flat_map(|(_, set)| set.iter().map(String::as_str))
                .collect()
        };
        let mut neutral = HashSet::new();
        let fuzz = lex.fuzz();
        // A pseudo-negation is one phrase ("nicht nur", "not only"): never across a comma
        // ("eine Kopie brauche ich nicht, nur die Informationen").
        for m in lex.pseudo.find_all(toks, fuzz).into_iter().flatten() {
            let clause = |p: &usize| toks.get(*p).map(|t| t.clause);
            if m.literals
                .windows(2)
                .all(|w| clause(&w[0]) == clause(&w[1]))
            {
                neutral.extend(m.literals);
            }
        }
        Scope {
            toks,
            neutral,
            cues: pick(&lex.cues),
            context: pick(&lex.context),
            post_cues: pick(&lex.post_cues),
            post_stops: pick(&lex.post_stops),
            post_subjects: pick(&lex.post_subjects),
            scope_verbs: pick(&lex.scope_verbs),
            window: lex.settings.negation_window,
        }
    }

    /// Why a match does not count, if it does not.
    fn cancelled(&self, m: &Match) -> Option<&'static str> {
        let clause = self.toks.get(m.start)?.clause;
        // A pattern that is itself a refusal ("non voglio che …", "no quiero que …") is not
        // undone by an earlier "no" ("No me parece bien, no quiero que se use mi imagen").
        let negative_pattern = m
            .literals
            .first()
            .and_then(|&p| self.toks.get(p))
            .is_some_and(|t| self.cues.contains(t.text.as_str()));
        let from = if negative_pattern {
            m.start
        } else {
            m.start.saturating_sub(self.window)
        };
        for p in from..m.end {
            let Some(t) = self.toks.get(p) else { break };
            if p < m.start && t.clause != clause {
                continue;
            }
            if m.literals.contains(&p) || self.neutral.contains(&p) {
                continue;
            }
            if self.cues.contains(t.text.as_str()) {
                return Some(NEGATED);
            }
        }
        // A cue on the verb of asking ("I'm not asking you to close or delete my account", "je
        // ne demande pas que…") negates what is asked, the whole rest of the clause.
        // A refusal pattern has its own cue: no earlier one reaches it.
        let mut p = m.start.saturating_sub(self.window);
        while p > 0 && !negative_pattern {
            p -= 1;
            let Some(t) = self.toks.get(p) else { break };
            if t.clause != clause {
                break;
            }
            let is_cue = self.cues.contains(t.text.as_str()) && !self.neutral.contains(&p);
            if is_cue
                && (p + 1..=p + 2).any(|q| {
                    q < m.start
                        && self
                            .toks
                            .get(q)
                            .is_some_and(|v| self.scope_verbs.contains(v.text.as_str()))
                })
            {
                return Some(NEGATED);
            }
        }
        // Cues that follow the verb's object (Dutch, German): the next three words of the
        // clause ("eine Kopie meiner Daten brauche ich nicht"), unless a new subject opens
        // right after the match ("sperren Sie das so lange, ich will nicht, dass …").
        // A refusal pattern already carries its cue ("…nicht verwendet werden, insbesondere
        // nicht bei…").
        let post = if negative_pattern { 0 } else { POST_WINDOW };
        for p in m.end..m.end + post {
            let Some(t) = self.toks.get(p) else { break };
            if t.clause != clause
                || self.post_stops.contains(t.text.as_str())
                || (p == m.end && self.post_subjects.contains(t.text.as_str()))
            {
                break;
            }
            if !self.neutral.contains(&p) && self.post_cues.contains(t.text.as_str()) {
                return Some(NEGATED);
            }
        }
        // Context words reach the whole clause before the match.
        let mut p = m.start;
        while p > 0 {
            p -= 1;
            let Some(t) = self.toks.get(p) else { break };
            if t.clause != clause {
                break;
            }
            if self.context.contains(t.text.as_str()) {
                return Some("context");
            }
        }
        None
    }
}

/// One pattern that matched (and counted, unless `cancelled`).
struct Hit<T> {
    target: T,
    pattern: String,
    weight: f32,
    cancelled: Option<&'static str>,
    matched: String,
    source: EvidenceSource,
}

/// One token stream to score: the subject or the body.
struct Stream<'a> {
    toks: &'a [Token],
    scope: Scope<'a>,
    source: EvidenceSource,
    /// Multiplies weights (the subject counts more).
    boost: f32,
}

fn joined(toks: &[Token]) -> String {
    toks.iter()
        .map(|t| t.text.as_str())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Documents a writer offers to send ("I can send a copy of the death certificate", "je joins
/// une copie de ma pièce d'identité"): a copy of one of these is proof, not a copy of data.
#[rustfmt::skip]
const OFFERED_DOCUMENTS: &[&str] = &[
    "certificate", "certificat", "certificado", "certificato", "certificaat", "akte",
    "sterbeurkunde", "overlijdensakte", "acte", "passport", "passeport", "paspoort",
    "pasaporte", "passaporto", "id", "identity", "identite", "identiteitsbewijs", "ausweis",
    "personalausweis", "dni", "probate", "jugement", "judgment", "judgement", "decreto",
    "beschikking", "vollmacht", "volmacht", "procuration", "procura", "poder", "authority",
    "mandat", "mandate", "erbschein", "testament", "will", "licence", "license", "rijbewijs",
    "fuhrerschein", "carnet", "identita", "identidad", "sentenza", "urteil", "vonnis",
    "reisepass", "deed", "urkunde", "geburtsurkunde", "heiratsurkunde", "acta", "trouwakte",
    "geboorteakte", "bescheinigung", "attestation", "meldezettel", "identiteitskaart",
];

/// The next `n` words after a match, within its clause.
fn following_in_clause<'t>(
    toks: &'t [Token],
    m: &Match,
    n: usize,
) -> impl Iterator<Item = &'t Token> {
    let clause = toks.get(m.start).map(|t| t.clause);
    toks.iter()
        .skip(m.end)
        .take(n)
        .take_while(move |t| Some(t.clause) == clause)
}

/// Why a match did not count: a negation cue reaches it.
const NEGATED: &str = "negated";

/// Lists one is taken off ("bórrenme de sus listas", "remove me from your mailing list"):
/// an objection to the mailing, not an erasure of the data.
#[rustfmt::skip]
const LIST_WORDS: &[&str] = &[
    "list", "lists", "mailing", "mailinglist", "liste", "listes", "lista", "listas",
    "lijst", "lijsten", "mailinglijst", "verteiler", "verteilern", "verteilerliste",
    "adressliste", "elenchi", "elenco", "listy", "liscie", "mailingowej", "mailingowa",
];

/// Whether the erasure asked is taking someone off a list: a list word in the match or in the
/// next four words of its clause, after "from/de/van/aus/da".
fn off_a_list(toks: &[Token], m: &Match) -> bool {
    let near = || {
        toks.get(m.start..m.end.min(toks.len()))
            .unwrap_or_default()
            .iter()
            .chain(following_in_clause(toks, m, 6))
    };
    // Files kept for canvassing ("rayez mon numéro de vos fichiers de prospection") are a
    // list too, whatever the store word.
    near().any(|t| CANVASS_WORDS.contains(&t.text.as_str()))
        || near().any(|t| LIST_WORDS.contains(&t.text.as_str()))
            && !near().any(|t| STORE_WORDS.contains(&t.text.as_str()))
}

/// Canvassing, whose files and lists one asks to be taken off.
#[rustfmt::skip]
const CANVASS_WORDS: &[&str] = &[
    "prospection", "prospecting", "prospeccion", "telemarketing", "demarchage", "akquise",
    "kaltakquise", "colddialing", "acquisitie",
];

/// Where data is kept ("from your mailing lists and systems"): taken off those too is an
/// erasure.
#[rustfmt::skip]
const STORE_WORDS: &[&str] = &[
    "system", "systems", "database", "databases", "records", "files", "fichiers", "fichier",
    "systemen", "systeem", "bestanden", "datenbank", "sistemas", "sistema",
    "sistemi", "archivos", "archivi", "base", "account", "compte", "cuenta", "konto",
];

/// How long data is kept, asked as a question ("Nach welcher Frist werden die Aufnahmen
/// automatisch gelöscht?", "combien de temps vous le gardez une fois que je ferme mon
/// compte"): the deletion it names is the answer asked for, a question of Information.
#[rustfmt::skip]
const RETENTION_QUESTIONS: &[&[&str]] = &[
    &["how", "long"], &["combien", "de", "temps"], &["cuanto", "tiempo"],
    &["quanto", "tempo"], &["per", "quanto"], &["hoe", "lang"], &["wie", "lange"],
    &["welcher", "frist"], &["welche", "frist"], &["after", "how", "many"],
    &["au", "bout", "de", "combien"], &["nach", "wie", "vielen"],
];

/// Whether a retention question stands before the match in its sentence, with no "and"
/// between them.
fn retention_question(toks: &[Token], m: &Match) -> bool {
    let Some(sentence) = toks.get(m.start).map(|t| t.sentence) else {
        return false;
    };
    let from = m.start.saturating_sub(16);
    let before: Vec<&str> = toks[from..m.start]
        .iter()
        .filter(|t| t.sentence == sentence)
        .map(|t| t.text.as_str())
        .collect();
    // "… durante quanto tempo, e que apaguem os restantes dados": a second request follows.
    let asked = |q: &&[&str]| {
        (0..before.len().saturating_sub(q.len() - 1)).any(|i| {
            before[i..i + q.len()] == **q
                && !before[i + q.len()..].iter().any(|w| AND_THEN.contains(w))
        })
    };
    RETENTION_QUESTIONS.iter().any(asked)
}

/// Words that ask where data came from ("aus welcher Quelle Sie meine Daten haben", "de qué
/// fuente han obtenido mis datos"): a question of Information, not the data asked for.
#[rustfmt::skip]
const SOURCE_WORDS: &[&str] = &[
    "quelle", "herkunft", "fuente", "source", "bron", "fonte", "origine", "origen", "origin",
];

/// Whether the match's first words, or the word before it, ask where the data came from.
fn source_asked(toks: &[Token], m: &Match) -> bool {
    toks.get(m.start.saturating_sub(1)..(m.start + 2).min(m.end).min(toks.len()))
        .unwrap_or_default()
        .iter()
        .any(|t| SOURCE_WORDS.contains(&t.text.as_str()))
}

/// Whether a document of [`OFFERED_DOCUMENTS`] is what the match asks a copy of: inside the
/// match ("kopie van mijn rijbewijs en mijn andere gegevens") or closely after it (same
/// clause).
/// Only a match that asks a copy: "qué información mía guardáis (ficha, certificado …)"
/// lists what is held, it offers no document.
fn copy_of_a_document(toks: &[Token], m: &Match) -> bool {
    let inside = || {
        toks.get(m.start..m.end.min(toks.len()))
            .unwrap_or_default()
            .iter()
    };
    inside().any(|t| COPY_WORDS.contains(&t.text.as_str()))
        && inside()
            .skip(1)
            .chain(following_in_clause(toks, m, 4))
            .any(|t| OFFERED_DOCUMENTS.contains(&t.text.as_str()))
}

/// Words for a copy, in the languages of [`OFFERED_DOCUMENTS`].
#[rustfmt::skip]
const COPY_WORDS: &[&str] = &[
    "copy", "copies", "copie", "kopie", "kopien", "copia", "copias", "scan", "scans",
    "photocopy", "photocopie", "fotokopie", "fotocopia", "fotocopie", "duplicate",
];

/// Verbs of erasure: a copy followed by one is the thing to delete ("diese Kopie zu löschen",
/// "the copy of my passport, please destroy it"), not a copy asked for.
#[rustfmt::skip]
const ERASURE_VERBS: &[&str] = &[
    "delete", "deleted", "remove", "removed", "destroy", "destroyed", "erase", "erased",
    "shred", "shredded", "loschen", "geloscht", "vernichten", "vernichtet", "entfernen",
    "supprimer", "supprime", "supprimee", "supprimez", "detruire", "effacer", "verwijderen",
    "verwijderd", "vernietigen", "wissen", "borrar", "borren", "eliminar", "eliminen",
    "destruir", "cancellare", "cancellate", "eliminare", "eliminate", "distruggere",
    "gewist", "verwijder", "effacez", "efface", "effacee", "suprimir", "suprimid", "cancellata",
    "cancellati", "deleting", "erasing",
];

/// Whether an erasure verb stands just before the match in its clause ("d'effacer tout ce que
/// vous savez sur moi", "delete everything you hold on me"): what is held is the object of
/// the erasure, not a question.
fn held_to_delete(toks: &[Token], m: &Match) -> bool {
    let Some(clause) = toks.get(m.start).map(|t| t.clause) else {
        return false;
    };
    toks.get(m.start.saturating_sub(2)..m.start)
        .unwrap_or_default()
        .iter()
        // Dutch "wissen" (erase) is German "wissen" (know): "wissen, welche Daten …" asks.
        .any(|t| {
            t.clause == clause && t.text != "wissen" && ERASURE_VERBS.contains(&t.text.as_str())
        })
}

/// Conjunctions that start a second request in the same clause ("a copy and then delete").
#[rustfmt::skip]
const AND_THEN: &[&str] = &[
    "and", "then", "und", "dann", "et", "puis", "en", "daarna", "dan", "y", "luego", "e", "poi",
];

/// Whether an erasure verb follows the match closely in its clause, with no "and then"
/// between: the copy is to be deleted.
/// An erasure verb inside the match counts too ("bitte löschen Sie diese Kopie": the request
/// word and the copy, with the deletion between).
fn copy_to_delete(toks: &[Token], m: &Match) -> bool {
    let inside = toks
        .get(m.start..m.end)
        .unwrap_or_default()
        .iter()
        .skip(1)
        .take_while(|t| !AND_THEN.contains(&t.text.as_str()))
        .any(|t| t.text != "wissen" && ERASURE_VERBS.contains(&t.text.as_str()));
    inside
        || following_in_clause(toks, m, 3)
            .take_while(|t| !AND_THEN.contains(&t.text.as_str()))
            .any(|t| ERASURE_VERBS.contains(&t.text.as_str()))
}

/// Scores one token stream against a set of targeted patterns.
fn score_stream<T: Copy>(
    lex: &Lexicon,
    targets: &[Target<T>],
    set: &PatternSet,
    st: &Stream<'_>,
    negatable: impl Fn(T) -> bool,
    also: impl Fn(T, &Match) -> Option<&'static str>,
) -> Vec<Hit<T>> {
    let mut hits = Vec::new();
    for (t, matches) in targets.iter().zip(set.find_all(st.toks, lex.fuzz())) {
        // The first match that counts, else the first cancelled one (for the evidence).
        let mut chosen: Option<(&Match, Option<&'static str>)> = None;
        for m in &matches {
            let why = st
                .scope
                .cancelled(m)
                .filter(|why| *why != NEGATED || negatable(t.target));
            match why.or_else(|| also(t.target, m)) {
                None => {
                    chosen = Some((m, None));
                    break;
                }
                Some(why) if chosen.is_none() => chosen = Some((m, Some(why))),
                Some(_) => {}
            }
        }
        let Some((m, why)) = chosen else { continue };
        hits.push(Hit {
            target: t.target,
            pattern: t.pattern.source.clone(),
            weight: t.pattern.weight * st.boost,
            cancelled: why,
            matched: joined(&st.toks[m.start..m.end.min(st.toks.len())]),
            source: st.source,
        });
    }
    hits
}

/// Adds `weight` for (key) unless a heavier match of the same key already counted; returns
/// what was added.
fn count_once<K: Ord>(counted: &mut BTreeMap<K, f32>, key: K, weight: f32) -> f32 {
    let e = counted.entry(key).or_insert(0.0);
    if weight > *e {
        let added = weight - *e;
        *e = weight;
        added
    } else {
        0.0
    }
}

/// Finds legal references ("art. 17 RGPD", "Artikel 15 AVG", "articles 15 et 20 du RGPD").
/// Words naming a national law right after an article number ("de la Ley Orgánica",
/// "BDSG", "de la loi Informatique et Libertés", "van de UAVG", "del Codice").
#[rustfmt::skip]
const NATIONAL_LAW_WORDS: &[&str] = &[
    "ley", "lopdgdd", "lopd", "loi", "bdsg", "tkg", "ttdsg", "tdddg", "wet", "uavg", "legge",
    "codice", "decreto", "lei", "ustawy", "zakona", "act", "dpa",
];

fn legal_refs(lex: &Lexicon, toks: &[Token]) -> Vec<(Purpose, usize, usize, u32)> {
    let mut out = Vec::new();
    let is_num = |s: &str| !s.is_empty() && s.len() <= 3 && s.bytes().all(|b| b.is_ascii_digit());
    let mut i = 0;
    while i < toks.len() {
        if !lex.article_words.contains(&toks[i].text) {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        let mut nums: Vec<u32> = Vec::new();
        let mut ranged = false;
        while let Some(t) = toks.get(j) {
            let w = t.text.as_str();
            if is_num(w) {
                if let Ok(n) = w.parse() {
                    nums.push(n);
                }
                j += 1;
            } else if nums.is_empty() {
                break;
            } else if lex.paragraph_words.contains(w) {
                // "Abs. 3", "al. 2": skip the word and its number.
                j += if toks
                    .get(j + 1)
                    .is_some_and(|t| is_num(&t.text) || t.text.len() == 1)
                {
                    2
                } else {
                    1
                };
            } else if (lex.connectors.contains(w) || lex.range_words.contains(w))
                && toks.get(j + 1).is_some_and(|t| is_num(&t.text))
            {
                ranged |= lex.range_words.contains(w);
                j += 1;
            } else {
                break;
            }
        }
        if nums.is_empty() {
            i += 1;
            continue;
        }
        // "artículo 15 de la Ley Orgánica 3/2018", "§ 34 BDSG": a national law's article, even
        // beside a GDPR reference.
        if toks
            .get(j..(j + 3).min(toks.len()))
            .unwrap_or_default()
            .iter()
            .any(|t| NATIONAL_LAW_WORDS.contains(&t.text.as_str()))
        {
            i = j.max(i + 1);
            continue;
        }
        let lo = i.saturating_sub(6);
        let hi = (j + 8).min(toks.len());
        let regulated = toks[lo..hi]
            .iter()
            .any(|t| lex.regulation_words.contains(&t.text));
        let mapped: Vec<(Purpose, u32)> = nums
            .iter()
            .filter_map(|n| lex.articles.get(n).map(|p| (*p, *n)))
            .collect();
        // A range ("articles 15 à 22") or a long list is a description of rights, not a request.
        if regulated && !ranged && mapped.len() <= 3 {
            for (p, n) in mapped {
                out.push((p, i, j, n));
            }
        }
        i = j.max(i + 1);
    }
    out
}

/// Rights that include others, as a DPO logs them:
/// * access (Art. 15) already answers the questions of the right to information (purposes,
///   recipients, retention), so Information next to Access is dropped;
/// * post-mortem directives say what shall become of the data (its erasure, its
///   communication to an heir): those words are the directive's content, not other requests.
pub(crate) fn subsume(purposes: &mut Vec<Purpose>) {
    if purposes.contains(&Purpose::AdvanceDirectives) {
        purposes.retain(|p| *p == Purpose::AdvanceDirectives);
    }
    if purposes.contains(&Purpose::Access) {
        purposes.retain(|p| *p != Purpose::Information);
    }
    // Restriction is asked instead of erasure ("don't delete it, freeze it") and while an
    // objection or a dispute is examined: its words name the other rights as context. In
    // every labelled set (58 restriction requests) it never came with erasure, once with
    // an objection.
    if purposes.contains(&Purpose::Restriction) {
        purposes.retain(|p| !matches!(p, Purpose::Erasure | Purpose::Opposition));
    }
}

impl Reading {
    /// The text reads as an incident: enough incident words, more than any right.
    pub(crate) fn reads_as_incident(&self, s: &super::lexicon::LexiconSettings) -> bool {
        self.incident_score >= s.incident_threshold && self.incident_score > self.best_purpose_score
    }

    /// The text reads as work asked of the privacy team, at least as much as any right.
    pub(crate) fn reads_as_task(&self, s: &super::lexicon::LexiconSettings) -> bool {
        self.task_score >= s.task_threshold && self.task_score >= self.best_purpose_score
    }
}

/// Reads the purposes and the incident score from a subject and a body.
pub(crate) fn read(
    lex: &Lexicon,
    subject: &[Token],
    body: &[Token],
    locale: Option<&str>,
) -> Reading {
    let s = &lex.settings;
    let streams = [
        Stream {
            toks: subject,
            scope: Scope::new(lex, subject, locale),
            source: EvidenceSource::Subject,
            boost: s.subject_boost,
        },
        Stream {
            toks: body,
            scope: Scope::new(lex, body, locale),
            source: EvidenceSource::Body,
            boost: 1.0,
        },
    ];

    // Each distinct pattern counts once per purpose (its heavier match: subject or body).
    let mut scores: BTreeMap<Purpose, f32> = BTreeMap::new();
    let mut counted: BTreeMap<(Purpose, String), f32> = BTreeMap::new();
    let mut evidence = Vec::new();
    for st in &streams {
        for h in score_stream(
            lex,
            &lex.purposes,
            &lex.purpose_set,
            st,
            // Restriction is said with negations ("until it is cleared up, do not use it", "do
            // not delete it, just block it"): a negation cue never cancels it.
            |p| p != Purpose::Restriction,
            |p, m| {
                if p == Purpose::Erasure && off_a_list(st.toks, m) {
                    Some("taken off a list")
                } else if p == Purpose::Erasure && retention_question(st.toks, m) {
                    Some("how long it is kept, asked")
                } else if p != Purpose::Access {
                    None
                } else if copy_of_a_document(st.toks, m) {
                    Some("document offered")
                } else if held_to_delete(st.toks, m) {
                    Some("what is held, to delete")
                } else if copy_to_delete(st.toks, m) {
                    Some("copy to delete")
                } else if source_asked(st.toks, m) {
                    Some("where the data came from")
                } else {
                    None
                }
            },
        ) {
            if h.cancelled.is_none() {
                *scores.entry(h.target).or_default() +=
                    count_once(&mut counted, (h.target, h.pattern.clone()), h.weight);
            }
            evidence.push(Evidence {
                purpose: Some(h.target),
                incident: false,
                pattern: h.pattern,
                matched: h.matched,
                source: h.source,
                weight: if h.cancelled.is_some() { 0.0 } else { h.weight },
                cancelled: h.cancelled.map(str::to_string),
            });
        }
    }

    for st in &streams {
        let mut seen = HashSet::new();
        for (p, a, b, n) in legal_refs(lex, st.toks) {
            if !seen.insert(p) {
                continue;
            }
            let w = s.legal_weight * st.boost;
            *scores.entry(p).or_default() +=
                count_once(&mut counted, (p, format!("article {n}")), w);
            evidence.push(Evidence {
                purpose: Some(p),
                incident: false,
                pattern: format!("article {n} (legal reference)"),
                matched: joined(&st.toks[a..b.min(st.toks.len())]),
                source: st.source,
                weight: w,
                cancelled: None,
            });
        }
    }

    let mut incident_score = 0.0f32;
    let mut incident_counted: BTreeMap<String, f32> = BTreeMap::new();
    for st in &streams {
        for h in score_stream(
            lex,
            &lex.incident,
            &lex.incident_set,
            st,
            |_| true,
            |_, _| None,
        ) {
            if h.cancelled.is_none() {
                incident_score += count_once(&mut incident_counted, h.pattern.clone(), h.weight);
            }
            evidence.push(Evidence {
                purpose: None,
                incident: true,
                pattern: h.pattern,
                matched: h.matched,
                source: h.source,
                weight: if h.cancelled.is_some() { 0.0 } else { h.weight },
                cancelled: h.cancelled.map(str::to_string),
            });
        }
    }

    let mut task_score = 0.0f32;
    let mut task_counted: BTreeMap<String, f32> = BTreeMap::new();
    let mut scam_score = 0.0f32;
    let mut scam_counted: BTreeMap<String, f32> = BTreeMap::new();
    let mut scam_matches = Vec::new();
    for st in &streams {
        for h in score_stream(lex, &lex.task, &lex.task_set, st, |_| true, |_, _| None) {
            if h.cancelled.is_none() {
                task_score += count_once(&mut task_counted, h.pattern.clone(), h.weight);
            }
        }
        for h in score_stream(lex, &lex.scam, &lex.scam_set, st, |_| true, |_, _| None) {
            if h.cancelled.is_none() {
                let added = count_once(&mut scam_counted, h.pattern.clone(), h.weight);
                // The lexicon's pattern, not the matched words: the reason is logged and
                // must not carry text from the body.
                if added > 0.0 && !scam_matches.contains(&h.pattern) {
                    scam_matches.push(h.pattern.clone());
                }
                scam_score += added;
            }
        }
    }

    let mut purposes: Vec<Purpose> = scores
        .iter()
        .filter(|(_, v)| **v >= s.threshold - 1e-4)
        .map(|(p, _)| *p)
        .collect();
    subsume(&mut purposes);
    // Contesting an automated decision objects to it ("ik maak bezwaar tegen deze automatische
    // afwijzing"): in every labelled set (65 such requests) no objection came beside it. An
    // objection to profiling that outweighs the decision's words stays one.
    let score = |p: Purpose| scores.get(&p).copied().unwrap_or(0.0);
    if purposes.contains(&Purpose::AutomatedDecision)
        && score(Purpose::AutomatedDecision) >= score(Purpose::Opposition)
    {
        purposes.retain(|p| *p != Purpose::Opposition);
    }
    let best = scores.values().copied().fold(0.0f32, f32::max);
    Reading {
        purposes,
        evidence,
        best_purpose_score: best,
        incident_score,
        task_score,
        scam_score,
        scam_matches,
        exposure: super::exposure::read(body),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn purposes(text: &str) -> Vec<Purpose> {
        purposes_subject("", text)
    }

    fn purposes_subject(subject: &str, text: &str) -> Vec<Purpose> {
        let lex = Lexicon::default();
        let st = lex.tokenize(subject, MAX_TOKENS);
        let bt = scan_tokens(&lex, text);
        let mut all = st.clone();
        all.extend(bt.iter().cloned());
        let locale = detect_locale(&lex, &all);
        let reading = reading_language(&lex, &all, locale.as_deref());
        read(&lex, &st, &bt, reading.as_deref()).purposes
    }

    fn incident(text: &str) -> f32 {
        let lex = Lexicon::default();
        let bt = lex.tokenize(text, MAX_TOKENS);
        let locale = detect_locale(&lex, &bt);
        read(&lex, &[], &bt, locale.as_deref()).incident_score
    }

    use Purpose::*;

    #[test]
    fn one_liners_in_four_languages() {
        assert_eq!(purposes("Supprimez mes données svp."), [Erasure]);
        assert_eq!(purposes("Please delete my account."), [Erasure]);
        assert_eq!(purposes("Verwijder al mijn gegevens aub"), [Erasure]);
        assert_eq!(purposes("Bitte löschen Sie meine Daten."), [Erasure]);
        assert_eq!(purposes("Bitte loeschen Sie meine Daten."), [Erasure]);
        assert_eq!(purposes("Je souhaite exercer mon droit d'accès."), [Access]);
        assert_eq!(
            purposes("I would like a copy of all the personal data you hold about me."),
            [Access]
        );
        assert_eq!(
            purposes("Graag ontvang ik een kopie van mijn persoonsgegevens."),
            [Access]
        );
        assert_eq!(
            purposes("Ich bitte um Auskunft über meine gespeicherten Daten."),
            [Access]
        );
        assert_eq!(
            purposes("Mon adresse est erronée, merci de la corriger."),
            [Rectification]
        );
        assert_eq!(
            purposes("My surname is misspelled in your records, please correct my name."),
            [Rectification]
        );
        assert_eq!(
            purposes("Mijn adres is onjuist, wilt u het aanpassen?"),
            [Rectification]
        );
        assert_eq!(
            purposes("Meine Adresse ist falsch, bitte korrigieren."),
            [Rectification]
        );
        assert_eq!(
            purposes("Je ne veux plus recevoir vos publicités."),
            [Opposition]
        );
        assert_eq!(purposes("Please unsubscribe me."), [Opposition]);
        assert_eq!(
            purposes("Ik wil geen nieuwsbrieven meer ontvangen."),
            [Opposition]
        );
        assert_eq!(
            purposes("Ich widerspreche der Nutzung meiner Daten für Werbung."),
            [Opposition]
        );
        assert_eq!(
            purposes("Je demande la portabilité de mes données."),
            [Portability]
        );
        assert_eq!(
            purposes("Ich verlange die Einschränkung der Verarbeitung meiner Daten."),
            [Restriction]
        );
        assert_eq!(
            purposes("I want a human review of the automated decision on my loan."),
            [AutomatedDecision]
        );
        assert_eq!(purposes("Quiero que borren mis datos."), [Erasure]);
        assert_eq!(
            purposes("Chiedo la cancellazione dei miei dati."),
            [Erasure]
        );
    }

    #[test]
    fn typos_and_missing_accents() {
        assert_eq!(
            purposes("Merci de suprimer mes donnees personelles"),
            [Erasure]
        );
        assert_eq!(purposes("I want acess to my data"), [Access]);
        assert_eq!(purposes("droit d acces a mes donnees"), [Access]);
        assert_eq!(purposes("Please delte my acount"), [Erasure]);
    }

    #[test]
    fn negation() {
        assert_eq!(
            purposes("I do not want my data deleted, only a copy of it."),
            [Access]
        );
        assert_eq!(
            purposes("I don't want you to delete my account. Please send me a copy of my data."),
            [Access]
        );
        assert_eq!(
            purposes(
                "Je ne souhaite pas que mes données soient supprimées, je veux seulement une copie de mes données."
            ),
            [Access]
        );
        assert_eq!(
            purposes(
                "Ik wil niet dat mijn gegevens worden verwijderd, maar ik wil wel een kopie van mijn gegevens."
            ),
            [Access]
        );
        assert_eq!(
            purposes(
                "Ich möchte nicht, dass meine Daten gelöscht werden, sondern eine Kopie meiner Daten."
            ),
            [Access]
        );
        // Pseudo-negations do not negate.
        assert_eq!(
            purposes("Please delete my data without undue delay."),
            [Erasure]
        );
        assert_eq!(
            purposes("Merci de supprimer mes données sans délai."),
            [Erasure]
        );
        assert_eq!(purposes("Don't hesitate to delete my account."), [Erasure]);
        // Fully negated → nothing.
        assert_eq!(purposes("I am not asking you to delete my data."), []);
    }

    #[test]
    fn second_round_rules() {
        // A negated verb of asking covers the whole clause.
        assert_eq!(
            purposes(
                "I'm not asking you to close or delete my account, I just don't want your newsletters."
            ),
            [Opposition]
        );
        // Access already answers the questions of Information.
        assert_eq!(
            purposes("Who do you share my data with? Please send me a copy of my data."),
            [Access]
        );
        assert_eq!(
            purposes("Met wie delen jullie mijn persoonsgegevens?"),
            [Information]
        );
        // A possessive pointing back at the data; enclitic correction verbs.
        assert_eq!(
            purposes("Je souhaite une copie de mes données, puis leur suppression."),
            [Access, Erasure]
        );
        assert_eq!(
            purposes("El DNI es incorrecto. ¿Pueden rectificarlo?"),
            [Rectification]
        );
        assert_eq!(purposes("Quiero cambiarme de compañía."), []);
        // Directives are exclusive: their content names other rights.
        assert_eq!(
            purposes(
                "Voici mes directives sur l'effacement et la communication de mes données après mon décès."
            ),
            [AdvanceDirectives]
        );
    }

    /// Seventh round: rights in other words, and second rights, in several languages.
    /// Tenth round: a post cue three words on ("eine Kopie meiner Daten brauche ich nicht"),
    /// a pseudo-negation never across a comma ("… nicht, nur die Informationen"), and a new
    /// subject right after a match keeps its own cue ("sperren Sie das so lange, ich will
    /// nicht, dass …").
    #[test]
    fn tenth_round_negation_after_the_object() {
        assert_eq!(
            purposes(
                "Eine Kopie meiner Daten brauche ich nicht, nur die Informationen: an wen werden \
                 meine Daten weitergegeben und wie lange speichern Sie sie?"
            ),
            [Information]
        );
        assert_eq!(
            purposes(
                "Een kopie van mijn gegevens hoef ik niet. Hoe lang bewaren jullie mijn gegevens?"
            ),
            [Information]
        );
        assert_eq!(
            purposes(
                "Bitte sperren Sie mein Profil so lange, ich will nicht, dass es weitergegeben wird."
            ),
            [Restriction]
        );
        assert_eq!(
            purposes(
                "Ich möchte nicht nur eine Kopie meiner Daten, sondern auch wissen, wer sie bekommt."
            ),
            [Access]
        );
    }

    /// Tenth round: an export beside a copy is the second right (Portability).
    #[test]
    fn tenth_round_an_export_beside_a_copy() {
        assert_eq!(
            purposes(
                "Graag een kopie van mijn gegevens en een export van al die gegevens in een gangbaar formaat."
            ),
            [Access, Portability]
        );
        assert_eq!(
            purposes("Ich hätte gern eine Kopie meiner Daten und meine Buchungen als CSV-Export."),
            [Access, Portability]
        );
        assert_eq!(
            purposes(
                "Please send me a copy of my data, and my claims history in a standard format to my new insurer."
            ),
            [Access, Portability]
        );
        assert_eq!(purposes("Please send me a copy of my data."), [Access]);
    }

    /// Tenth round: "until it is corrected, do not use or pass it on" is Restriction beside
    /// the correction, in every language.
    #[test]
    fn tenth_round_correct_it_and_do_not_use_it_meanwhile() {
        assert_eq!(
            purposes(
                "My invoice history shows a debt I never had. Please fix my record. Until you \
                 have checked it, please don't use or share that debt with anyone."
            ),
            [Rectification, Restriction]
        );
        assert_eq!(
            purposes(
                "Merci de corriger cet historique. Jusqu'à la vérification, ne transmettez pas \
                 ces données à votre service de recouvrement."
            ),
            [Rectification, Restriction]
        );
        assert_eq!(
            purposes("Please fix my record, the address is wrong."),
            [Rectification]
        );
    }

    /// Tenth round: a copy or scan to delete is Erasure, not a copy asked for; "a copy and
    /// then delete" stays both.
    #[test]
    fn tenth_round_a_copy_to_delete() {
        assert_eq!(
            purposes(
                "Beim Check-in wurde mein Ausweis gescannt. Ich bitte Sie, diese Kopie zu löschen."
            ),
            [Erasure]
        );
        assert_eq!(
            purposes("The front desk scanned my passport. I'd like that scan deleted, please."),
            [Erasure]
        );
        assert_eq!(
            purposes("I want the review I wrote in 2023 removed from your website."),
            [Erasure]
        );
        assert_eq!(
            purposes("Please send me a copy of my data and then delete my account."),
            [Access, Erasure]
        );
    }

    /// Eleventh round (development sets 10–12): Restriction is said with negations, which never
    /// cancel it; a copy of an ID named inside the match is the document to delete; everyday
    /// wordings of objection, recipients, sources, recordings and comments taken offline.
    #[test]
    fn eleventh_round_restriction_objection_recipients_and_more() {
        assert_eq!(
            purposes(
                "Tant que ce n'est pas réglé, je vous demande de ne plus utiliser ce rapport. Ne le supprimez pas."
            ),
            [Restriction]
        );
        assert_eq!(
            purposes("Niet weggooien alsjeblieft, gewoon blokkeren tot het uitgezocht is."),
            [Restriction]
        );
        assert_eq!(
            purposes("Jag vill att ni begränsar behandlingen av mina uppgifter."),
            [Restriction]
        );
        assert_eq!(
            purposes(
                "Graag wil ik dat de kopie van mijn paspoort en mijn andere gegevens worden gewist."
            ),
            [Erasure]
        );
        assert_eq!(
            purposes("Nous nous opposons à toute transmission de ses coordonnées."),
            [Opposition]
        );
        assert_eq!(
            purposes("Dejad de usar mi número para vuestras campañas."),
            [Opposition]
        );
        assert_eq!(
            purposes("Bitte tragen Sie mich aus sämtlichen Listen aus."),
            [Opposition]
        );
        assert_eq!(
            purposes("À quels partenaires transmettez-vous les données de vos clients ?"),
            [Information]
        );
        assert_eq!(
            purposes("Woher haben Sie eigentlich meine private E-Mail-Adresse?"),
            [Information]
        );
        assert_eq!(
            purposes("Me gustaría recibir las grabaciones de mis llamadas al servicio técnico."),
            [Access]
        );
        assert_eq!(purposes("can u take my cv off ur system pls"), [Erasure]);
        assert_eq!(
            purposes("Ik wil dat mijn reacties onder jullie artikelen offline gehaald worden."),
            [Erasure]
        );
        // Someone else receiving the recordings is a question, not a copy asked for.
        assert_ne!(
            purposes("Who receives the recordings of the calls?"),
            [Access]
        );
    }

    /// Twelfth round: rights in twelve more languages, and negation read in the mail's own
    /// language when it is one of them (Swedish "ni" is "you"; Romanian "nu" is "not").
    #[test]
    fn twelfth_round_other_languages_and_their_negation() {
        let cases: [(&str, &[Purpose]); 12] = [
            (
                "Hej, till vilka lämnar ni ut mina uppgifter och hur länge sparas ansökan?",
                &[Information],
            ),
            (
                "Bună ziua, aș dori să știu cui le transmiteți datele. Nu solicit o copie a datelor mele, doar aceste informații.",
                &[Information],
            ),
            (
                "pozdrav molim vas da obrisete moj korisnicki racun i sve moje podatke hvala",
                &[Erasure],
            ),
            (
                "Spoštovani, zahtevam omejitev obdelave mojih osebnih podatkov. Lep pozdrav",
                &[Restriction],
            ),
            (
                "Labdien! Vēlos saņemt kopiju no visiem maniem personas datiem.",
                &[Access],
            ),
            (
                "Bom dia, peço que me enviem tudo o que têm registado em meu nome. Obrigado",
                &[Access],
            ),
            (
                "Dobrý den, nesouhlasím s tím, abyste vytvářeli můj profil. Účet si chci ponechat.",
                &[Opposition],
            ),
            (
                "Szeretném megtudni, honnan szerezték meg az adataimat.",
                &[Information],
            ),
            (
                "Tražim da odluku, koja je donesena automatski, preispita zaposlenik.",
                &[AutomatedDecision],
            ),
            (
                "Hyvä asiakaspalvelu, poistakaa tilini ja kaikki tietoni. Kiitos",
                &[Erasure],
            ),
            (
                "Please close his account and make sure he is taken off every mailing list.",
                &[Opposition],
            ),
            // A German "Abmeldung" (deregistration) is no Danish "afmeld" by a typo.
            (
                "Abmeldung Jonas: bitte löschen Sie sämtliche Daten von Jonas.",
                &[Erasure],
            ),
        ];
        for (text, want) in cases {
            assert_eq!(purposes(text), want, "{text}");
        }
    }

    /// Every text reads exactly its rights; the failures are listed together.
    fn assert_reads(cases: &[(&str, &[Purpose])]) {
        let wrong: Vec<String> = cases
            .iter()
            .filter(|(text, want)| purposes(text) != *want)
            .map(|(text, want)| format!("{text}: {:?}, want {want:?}", purposes(text)))
            .collect();
        assert!(wrong.is_empty(), "{wrong:#?}");
    }

    /// Thirteenth round: the everyday words of every right, and the places they must not
    /// match (a meter replaced, German "wie" = how, the data held as an erasure's object).
    #[test]
    fn thirteenth_round_everyday_words_and_their_limits() {
        let cases: [(&str, &[Purpose]); 28] = [
            ("bitte keine Werbepost mehr, danke", &[Opposition]),
            ("no me llaméis más por favor", &[Opposition]),
            (
                "Can you take me off the weekly offers emails?",
                &[Opposition],
            ),
            ("wot data have u got on me", &[Access]),
            ("Wat staat er bij jullie over mij geregistreerd?", &[Access]),
            (
                "Ich möchte wissen, was über mich gespeichert ist.",
                &[Access],
            ),
            // The data held is the object of an erasure, not a question.
            ("Cancellate tutti i dati che avete su di me.", &[Erasure]),
            ("Rayez-moi de vos fichiers.", &[Erasure]),
            ("Kunnen jullie alles van mij weggooien?", &[Erasure]),
            ("Please destroy all the details you have.", &[Erasure]),
            (
                "My surname is spelt wrong, please fix it on the account.",
                &[Rectification],
            ),
            (
                "Merci de remplacer mon adresse e-mail par celle-ci.",
                &[Rectification],
            ),
            // A meter, not personal data.
            (
                "Pouvez-vous remplacer mon ancien compteur par un neuf ?",
                &[],
            ),
            (
                "Hej, mitt efternamn är felstavat i era brev. Kan ni rätta det? Tack",
                &[Rectification],
            ),
            (
                "Pyydän, että rajoitatte tietojeni käsittelyä.",
                &[Restriction],
            ),
            (
                "Ik wil dat mijn gegevens op slot gaan tot de klacht is behandeld.",
                &[Restriction],
            ),
            (
                "Could you send my order history in a structured file I can import elsewhere?",
                &[Portability],
            ),
            (
                "Trasmettete i documenti al mio nuovo avvocato in formato elettronico.",
                &[Portability],
            ),
            (
                "Foi o sistema que decidiu. Quero que uma pessoa reanalise.",
                &[AutomatedDecision],
            ),
            ("¿Quién os ha dado mi número?", &[Information]),
            (
                "In welche Länder gehen meine Daten? Und wer bekommt sie?",
                &[Information],
            ),
            // "wie" is German "how": no recipient question.
            ("Wie bekomme ich eine Rechnung?", &[]),
            ("Where do the double charges come from?", &[]),
            ("Do you pass my details to advertisers?", &[Information]),
            // After held-out set 9's run: the second right of a two-step request.
            (
                "Bitte tragen Sie mich aus allen Verteilern aus und entfernen Sie danach meine Adresse aus Ihrer Datenbank.",
                &[Erasure, Opposition],
            ),
            (
                "I no longer agree to you using my answers for segments. Please stop.",
                &[Opposition],
            ),
            (
                "I'd like an overview of everything you hold on me before I leave.",
                &[Access],
            ),
            (
                "Me podéis pasar el fichero .csv que se pueda importar en otros sitios?",
                &[Portability],
            ),
        ];
        assert_reads(&cases);
    }

    /// Fourteenth round (from the leave-one-set-out misses): the second right of "a copy, and
    /// my number has changed", said with a pronoun after the detail; the enclitic forms are
    /// exact words ("cambiado" is no "cambiadlo"); what is held, listed, is no document
    /// offered; the objection beside an erasure.
    #[test]
    fn fourteenth_round_the_detail_then_the_fix() {
        let cases: [(&str, &[Purpose]); 27] = [
            (
                "The email address on my account is my old work address - please replace it with this one.",
                &[Rectification],
            ),
            (
                "Mon numéro de GSM a changé, ce n'est plus le 0475 mais le 0498. Merci de le mettre à jour.",
                &[Rectification],
            ),
            (
                "L'indirizzo di consegna è ancora quello vecchio. Per favore aggiornatelo.",
                &[Rectification],
            ),
            (
                "Mi celular cambió, el nuevo es el 612 345 678, por favor cámbienlo en su sistema.",
                &[Rectification],
            ),
            ("Además mi DNI está mal en la ficha.", &[Rectification]),
            (
                "Mein Geburtsdatum ist mit 12.03.1976 angegeben; richtig ist 21.03.1976.",
                &[Rectification],
            ),
            ("Wilt u dat in uw systeem rechtzetten?", &[Rectification]),
            // Limit: a changed mind.
            ("He cambiado de opinión sobre el estudio.", &[]),
            // The objection beside an erasure.
            (
                "Je voudrais être effacé de vos fichiers, et qu'on ne me recontacte plus.",
                &[Erasure, Opposition],
            ),
            (
                "Je souhaite que vous cessiez de m'envoyer vos offres par SMS.",
                &[Opposition],
            ),
            ("aretez de m apelez pour vos offre", &[Opposition]),
            ("Vi chiedo di togliermi dalla newsletter.", &[Opposition]),
            (
                "Quiero que me den de baja de todas sus listas de correo.",
                &[Opposition],
            ),
            (
                "Dat er vanaf nu geen beelden van Noor meer online worden gezet.",
                &[Opposition],
            ),
            (
                "Ensuite je vous demande d'effacer ce qui n'est plus nécessaire.",
                &[Erasure],
            ),
            (
                "Und danach entfernen Sie meine Daten bitte aus Ihren Listen.",
                &[Erasure],
            ),
            ("Il mio numero preferirei che lo cancellaste.", &[Erasure]),
            (
                "Vi chiedo di non contattarla più per proposte commerciali.",
                &[Opposition],
            ),
            (
                "Außerdem untersage ich jede weitere Werbeansprache meiner Mutter.",
                &[Opposition],
            ),
            (
                "Ich möchte wissen, an welche Unternehmen mein Profil in den letzten zwölf Monaten übermittelt wurde.",
                &[Information],
            ),
            (
                "I'd like to know whether my number has been passed to anyone outside your company.",
                &[Information],
            ),
            // A credit bureau (Auskunftei) is no access request; a national law's article 15
            // is not the GDPR's; what is held, to delete, is no question; a passport copy
            // offered is proof.
            (
                "Bitte sperren Sie meine Daten und melden Sie nichts an Auskunfteien, bis der Streit geklärt ist.",
                &[Restriction],
            ),
            (
                "Al amparo del artículo 17 del Reglamento (UE) 2016/679 y del artículo 15 de la Ley Orgánica 3/2018, solicito la supresión de mis datos.",
                &[Erasure],
            ),
            (
                "Je vous demande de fermer mon compte et d'effacer tout ce que vous savez sur moi.",
                &[Erasure],
            ),
            (
                "Ich möchte wissen, welche Daten Sie über mich gespeichert haben.",
                &[Access],
            ),
            (
                "Das Geburtsdatum ist falsch. Bitte korrigieren, Kopie vom Reisepass kann ich schicken.",
                &[Rectification],
            ),
            (
                "Me gustaría saber qué información mía guardáis (ficha, certificado de delitos, formación) y recibir una copia.",
                &[Access],
            ),
        ];
        assert_reads(&cases);
    }

    /// Eighteenth round (held-out set 13 after its blind run): what is stored against my name,
    /// a surname wrong, a grade to correct, records kept frozen, Croatian portability, wishes
    /// for after my death in Italian, Turkish in capitals; and an address changed is no
    /// objection.
    #[test]
    fn eighteenth_round_stored_against_my_name_and_frozen_records() {
        let cases: [(&str, &[Purpose]); 10] = [
            (
                "I'd like to see exactly what is stored against my name.",
                &[Access],
            ),
            (
                "Apellido mal en la entrada. Me lo podéis cambiar en mis datos?",
                &[Rectification],
            ),
            (
                "ik had een 7,2, kan dat verbeterd worden??",
                &[Rectification],
            ),
            (
                "Mientras lo averiguáis, os pido que los dejéis congelados.",
                &[Restriction],
            ),
            (
                "molim vas da mi dostavite moje podatke u strojno čitljivom formatu",
                &[Portability],
            ),
            (
                "nessuno deve poter accedere ai miei dati dopo la propria morte",
                &[AdvanceDirectives],
            ),
            ("HESABIMI VE BÜTÜN BİLGİLERİMİ HEMEN SİLİN.", &[Erasure]),
            (
                "non voglio cancellare l'account, voglio solo che l'indirizzo registrato sul mio profilo diventi questo",
                &[Rectification],
            ),
            // Limits: a stored file asked about, a grade reported without a request.
            ("My bike is stored against the wall of the garage.", &[]),
            ("Il mio voto è stato registrato ieri.", &[]),
        ];
        assert_reads(&cases);
    }

    /// Twentieth round (held-out set 15 after its blind run): everything held, asked for a
    /// child and in Austrian German, a record sent "as it is stored", "wipe the lot", Flemish
    /// "wis die", records kept blocked, transfers and recipients asked in Italian, Dutch,
    /// French and Greek, and a Greek "I do not ask for deletion".
    #[test]
    fn twentieth_round_everything_held_blocked_and_transferred() {
        let cases: [(&str, &[Purpose]); 17] = [
            (
                "I would like you to tell me everything you hold about Leo.",
                &[Access],
            ),
            ("I'd like to see everything you've kept on me.", &[Access]),
            (
                "Envoyez-moi l'ensemble des données que vous avez sur moi.",
                &[Access],
            ),
            (
                "ich ersuche um eine Aufstellung, was bei Ihnen zu meiner Person aufliegt",
                &[Access],
            ),
            (
                "Ich bitte darum, mir den Fragebogen so zu übersenden, wie er bei Ihnen gespeichert ist.",
                &[Access],
            ),
            ("Once I've had a look, please wipe the lot.", &[Erasure]),
            ("Bitte löscht mein Spenderkonto in der App.", &[Erasure]),
            (
                "Get my phone number out of your systems altogether.",
                &[Erasure],
            ),
            ("wis die alstublieft", &[Erasure]),
            ("teneteli bloccati finché non vi dirò io", &[Restriction]),
            (
                "Bis zur Klärung soll der Eintrag gesperrt werden.",
                &[Restriction],
            ),
            (
                "I video vengono salvati negli Stati Uniti? Con quali garanzie?",
                &[Information],
            ),
            (
                "Kunt ge mij laten weten aan welke instanties of labo's die gaan?",
                &[Information],
            ),
            (
                "Qui sont-ils et qu'est-ce que vous leur transmettez exactement ?",
                &[Information],
            ),
            (
                "Θα ήθελα να μάθω για πόσο καιρό κρατάτε τα στοιχεία μου. Δεν ζητώ διαγραφή, μόνο ενημέρωση.",
                &[Information],
            ),
            // Limits: an account that was blocked is a complaint, not a restriction asked; a
            // name out of a newspaper is no system of ours.
            ("Mein Konto wurde gestern gesperrt.", &[]),
            ("Can you get my name out of the newspaper article?", &[]),
        ];
        assert_reads(&cases);
    }

    /// Twentieth round: misdirected mail in Dutch, another household's data in the app,
    /// Czech backers' addresses visible.
    #[test]
    fn twentieth_round_incidents() {
        for text in [
            "Mail ontvangen die niet voor mij is. Ik ken deze mevrouw niet.",
            "zie ik het verbruik van een ander adres met de naam van de bewoner",
            "jsou vidět celé e-mailové adresy všech přispěvatelů",
        ] {
            assert!(incident(text) >= 1.5, "{text}: {}", incident(text));
        }
    }

    /// Nineteenth round (held-out set 14 after its blind run): what is held asked with typos
    /// and in the third person, deletions said as "dass … gelöscht werden" and "take down",
    /// a correction by "but it should be", a restriction to storage alone, exports to import
    /// elsewhere, a German post-mortem instruction, recipients asked in Italian, and a
    /// prospecting file or a Polish mailing list one is taken off (an objection).
    #[test]
    fn nineteenth_round_typos_third_persons_and_imports() {
        let cases: [(&str, &[Purpose]); 20] = [
            ("can u tell me wat else u have on me thx", &[Access]),
            (
                "we request copies of all personal data you hold about her",
                &[Access],
            ),
            (
                "Je voudrais savoir ce que vous avez collecté sur elle.",
                &[Access],
            ),
            ("vorrei sape che dati tenete di me nel app", &[Access]),
            (
                "Ich will, dass sämtliche Fahrtaufzeichnungen gelöscht werden.",
                &[Erasure],
            ),
            ("Bitte löschen Sie außerdem das Leseprofil.", &[Erasure]),
            ("Can you take down my comment on the page?", &[Erasure]),
            (
                "Mag ik u vragen om mijn volledige geschiedenis te wissen?",
                &[Erasure],
            ),
            (
                "My date of birth says 1967 but it should be 1976.",
                &[Rectification],
            ),
            (
                "Je demande que mes données ne soient utilisées à aucune autre fin que leur simple conservation.",
                &[Restriction],
            ),
            (
                "j'aimerais récupérer mes sorties pour les importer sur ma nouvelle appli",
                &[Portability],
            ),
            (
                "vorrei esportare le playlist in un formato che possa importare nel mio account",
                &[Portability],
            ),
            (
                "Für den Fall meines Todes verfüge ich, dass nichts herausgegeben wird.",
                &[AdvanceDirectives],
            ),
            ("A chi date il mio numero di cellulare?", &[Information]),
            ("RAYEZ MON NUMÉRO DE VOS FICHIERS DE PROSPECTION.", &[]),
            (
                "proszę o usunięcie mojego adresu z Państwa listy mailingowej",
                &[],
            ),
            // Limits: a deletion asked not to happen, a photo's permission withdrawn, a link
            // nobody sent, a stored bike.
            (
                "Bitte löschen Sie die Aufnahmen nicht, bevor Sie sie mir geschickt haben.",
                &[],
            ),
            ("Nobody has sent us the link yet.", &[]),
            ("Please take the picture down from the brochure.", &[]),
            ("I want them transferred to the US office.", &[Information]),
        ];
        assert_reads(&cases);
    }

    /// Nineteenth round: someone else's wedding photos in Czech, strangers in the family plan,
    /// a previous owner's history on a second-hand watch.
    #[test]
    fn nineteenth_round_incidents() {
        for text in [
            "v galerii vidím fotky z úplně cizí svatby",
            "me aparecen otras personas que no conozco",
            "je vois l'historique complet de l'ancien propriétaire",
        ] {
            assert!(incident(text) >= 1.5, "{text}: {}", incident(text));
        }
    }

    /// Eighteenth round: a visitors' list left in view, another person's tickets in Greek,
    /// another child's grades in the parent app.
    #[test]
    fn eighteenth_round_incidents() {
        for text in [
            "C'era un mucchio di fogli con l'elenco dei visitatori lasciato in vista. Chiunque poteva prenderli.",
            "εμφανίστηκαν εισιτήρια και στοιχεία ενός άλλου ατόμου",
            "Ik zag niet zijn resultaten maar de cijfers van een ander kind.",
        ] {
            assert!(incident(text) >= 1.5, "{text}: {}", incident(text));
        }
    }

    /// Seventeenth round (held-out set 12 after its blind run): samples destroyed, histories
    /// and recordings asked for, who sees a code, the objection beside another right, an
    /// address changed as a second right, and where the words say something else.
    #[test]
    fn seventeenth_round_samples_histories_and_second_rights() {
        let cases: [(&str, &[Purpose]); 28] = [
            ("Need my visit history for 2025.", &[Access]),
            (
                "je voudrais la liste de tous mes passages a la piscine",
                &[Access],
            ),
            (
                "Je voudrais savoir précisément ce que vous conservez sur moi.",
                &[Access],
            ),
            (
                "Können Sie mir die Aufnahmen der Einfahrtskamera vom 14.11. zwischen 1 und 4 Uhr zur Verfügung stellen?",
                &[Access],
            ),
            (
                "welche daten habt ihr zu meiner mailadresse gespeichert",
                &[Access],
            ),
            (
                "Hakkımda hangi kişisel verileri sakladığınızı öğrenmek istiyorum.",
                &[Access],
            ),
            (
                "Please destroy the saliva sample I posted in last year.",
                &[Erasure],
            ),
            (
                "Je vous prie de détruire mon prélèvement de salive.",
                &[Erasure],
            ),
            (
                "Pues ahora quiero que esa foto la quitéis de en medio.",
                &[Erasure],
            ),
            ("HAAL AL MIJN GEGEVENS UIT UW COMPUTER.", &[Erasure]),
            (
                "Wer genau bei Ihnen kann diesen Code sehen?",
                &[Information],
            ),
            (
                "me gustaría que alguien me explicara a qué empresas les pasan mis datos",
                &[Information],
            ),
            ("also can u stop the student offer emails", &[Opposition]),
            (
                "merci de mettre a jour mon dossier et arrêter de menvoyé les prospectus",
                &[Rectification, Opposition],
            ),
            (
                "que no me llegue ni un correo más de ofertas",
                &[Opposition],
            ),
            ("STUUR MIJ NIETS MEER.", &[Opposition]),
            (
                "Je reviens sur cet accord, avec effet immédiat.",
                &[Opposition],
            ),
            (
                "Jeg frabeder mig alle tilbud fra jeres samarbejdspartnere.",
                &[Opposition],
            ),
            (
                "os pido que arregléis el nombre en mi perfil",
                &[Rectification],
            ),
            (
                "Ich bitte Sie, die Korrespondenzanschrift auf mein Büro zu ändern.",
                &[Rectification],
            ),
            (
                "Bitte korrigieren Sie das. Solange das nicht geschehen ist, nichts weitergeben.",
                &[Rectification, Restriction],
            ),
            (
                "I want my family tree as files I can load somewhere else.",
                &[Portability],
            ),
            (
                "Kérem, hogy az eredményt egy ember vizsgálja felül.",
                &[AutomatedDecision],
            ),
            // Limits: how long data is kept, asked (the deletion is the answer, no erasure);
            // "a question, and delete"; emails that do not stop; a transaction history is no
            // visit log.
            (
                "Nach welcher Frist werden die Aufnahmen automatisch gelöscht?",
                &[],
            ),
            (
                "Pis combien de temps vous le gardez une fois que je ferme mon compte?",
                &[Information],
            ),
            (
                "Solicito que me informem durante quanto tempo, e que apaguem os restantes dados.",
                &[Erasure],
            ),
            ("The emails don't stop coming.", &[]),
            ("I want my transaction history as a CSV file.", &[]),
        ];
        assert_reads(&cases);
    }

    /// Sixteenth round (held-out set 11 after its blind run): recordings of me, the data a
    /// score used, the whole of what is recorded, destroying what you hold, stopping the
    /// sending, and where the words say something else.
    #[test]
    fn sixteenth_round_recordings_scores_and_what_you_hold() {
        let cases: [(&str, &[Purpose]); 16] = [
            (
                "Außerdem möchte ich die Aufnahmen von mir vom Dienstag haben.",
                &[Access],
            ),
            (
                "Als er beelden van mij zijn, wil ik die graag zien.",
                &[Access],
            ),
            (
                "Please send me the data your checks actually used on me.",
                &[Access],
            ),
            (
                "Je veux recevoir la totalité de ce que vous avez enregistré à mon sujet.",
                &[Access],
            ),
            (
                "mi mandate il report completo con il feedback dei recruiter?",
                &[Access],
            ),
            (
                "Namens cliënt verzoek ik u mij een afschrift te doen toekomen van alle persoonsgegevens.",
                &[Access],
            ),
            ("Prašau pateikti visus mano asmens duomenis.", &[Access]),
            (
                "Anschließend bitte ich um Vernichtung dieser Finanzunterlagen.",
                &[Erasure],
            ),
            ("Bitte löschen Sie die Ausweiskopie.", &[Erasure]),
            ("AND DESTROY WHATEVER YOU HAVE ON ME.", &[Erasure]),
            (
                "I want nothing left on your computers about me.",
                &[Erasure],
            ),
            (
                "pretendo che smettiate di mandarmi pubblicità.",
                &[Opposition],
            ),
            (
                "Les pido que cesen la remisión de mi CV a otras empresas.",
                &[Opposition],
            ),
            // Limits: who watches the recordings (a question), a report on the service, a bill.
            ("Wer sieht sich die Aufnahmen an?", &[Information]),
            ("Can you send me the report of the installation?", &[]),
            ("La totalité de la facture a été payée.", &[]),
        ];
        assert_reads(&cases);
    }

    /// Fifteenth round (held-out set 10 after its blind run): papers destroyed, "who gave you
    /// my number" in Italian and German, everything you keep sent to me, stopping sales calls,
    /// and where the same words say something else (a firm's practice, data for portability).
    #[test]
    fn fifteenth_round_papers_destroyed_and_who_gave_it() {
        let cases: [(&str, &[Purpose]); 18] = [
            (
                "Meine Bewerbungsunterlagen brauchen Sie nicht mehr. Ich bitte darum, diese zu vernichten.",
                &[Erasure],
            ),
            (
                "Willen jullie alles wat ik heb aangeleverd (kopie paspoort) vernietigen?",
                &[Erasure],
            ),
            (
                "Please shred my application and the copies of my ID.",
                &[Erasure],
            ),
            (
                "Daarna wil ik dat jullie mij volledig uit jullie bestanden schrappen.",
                &[Erasure],
            ),
            ("pls bin my profile + everything linked to it", &[Erasure]),
            ("chi ve l'ha dato il mio numero??", &[Information]),
            ("Da chi avete avuto il mio indirizzo?", &[Information]),
            ("Wer hat Ihnen meine Handynummer gegeben?", &[Information]),
            (
                "Os pido que me mandéis todo lo que tenéis guardado de ese trayecto.",
                &[Access],
            ),
            (
                "Quiero que me enviéis las fotos que se compararon.",
                &[Access],
            ),
            (
                "Ik ben benieuwd wat jullie allemaal bijhouden in mijn profiel.",
                &[Access],
            ),
            (
                "Ik verzoek u per direct te stoppen met deze verkoopgesprekken.",
                &[Opposition],
            ),
            (
                "Que no le envíen ni una sola comunicación comercial más.",
                &[Opposition],
            ),
            (
                "Lo único que quiero es dejar de recibir los correos de ofertas.",
                &[Opposition],
            ),
            // Limits: a firm's practice, data asked for portability, a mere complaint.
            (
                "A friend told me law firms destroy files after six years.",
                &[],
            ),
            (
                "Solicito que me envíen los datos personales que les he facilitado en un formato estructurado y de lectura mecánica.",
                &[Portability],
            ),
            ("No he recibido ni una sola comunicación de ustedes.", &[]),
            ("Who is the data protection officer?", &[]),
        ];
        assert_reads(&cases);
    }

    /// Eleventh round: objection said as a refusal ("que no me vuelvan a llamar", "niet langer
    /// gecontacteerd"), where the data came from is no copy asked for, the noun of a
    /// rectification with its object, a passive erasure wished for.
    #[test]
    fn eleventh_round_refusals_sources_and_nouns() {
        assert_eq!(
            purposes("Y que no me vuelvan a llamar para ofrecerme nada."),
            [Opposition]
        );
        assert_eq!(
            purposes("Je ne veux plus recevoir d'offres : ne m'envoyez plus rien."),
            [Opposition]
        );
        assert_eq!(
            purposes("Ik wens niet langer gecontacteerd te worden voor reclame."),
            [Opposition]
        );
        assert_eq!(
            purposes("Ich bitte um Mitteilung, aus welcher Quelle Sie meine Daten haben."),
            [Information]
        );
        assert_eq!(
            purposes("Solicito la rectificación de su fecha de nacimiento en el contrato."),
            [Rectification]
        );
        assert_eq!(
            purposes("Ensuite je voudrais que tout soit effacé."),
            [Erasure]
        );
        assert_ne!(
            purposes("Envoyez-moi les images avant qu'elles soient effacées."),
            [Access, Erasure]
        );
        // Taken off a list: an objection to the mailing, not an erasure of the data.
        assert_eq!(
            purposes("BORRENME DE SUS LISTAS DE LLAMADAS YA"),
            [Opposition]
        );
        assert_eq!(
            purposes("Please remove my email address from your mailing list."),
            [Opposition]
        );
        assert_eq!(
            purposes("Please delete my account and all my data."),
            [Erasure]
        );
    }

    /// Eleventh round: Hungarian, Greek, Norwegian, Finnish, Bulgarian in Latin letters,
    /// Lithuanian and Estonian; a short foreign word never matches a family name by a typo.
    #[test]
    fn eleventh_round_other_languages() {
        assert_eq!(
            purposes("Kérem, hogy küldjék meg részemre az összes személyes adatot."),
            [Access]
        );
        assert_eq!(
            purposes("Θα ήθελα να διαγράψετε τον λογαριασμό μου."),
            [Erasure]
        );
        assert_eq!(
            purposes("Hvor lenge lagrer dere posisjonene mine?"),
            [Information]
        );
        assert_eq!(
            purposes("Haluan ajotietoni koneluettavassa muodossa."),
            [Portability]
        );
        assert_eq!(
            purposes("molya iztriite vsichki moi lichni danni"),
            [Erasure]
        );
        assert_eq!(
            purposes("Prašau paaiškinti, iš kur gavote mano duomenis."),
            [Information]
        );
        assert_eq!(
            purposes("Palun lõpetage mulle uudiskirja saatmine."),
            [Opposition]
        );
        assert_eq!(
            purposes("Quiero que una persona revise la solicitud.\n\nAlejandro Torres Vega"),
            [AutomatedDecision]
        );
    }

    /// Eleventh round: someone else's data in a genitive or in other languages, a work laptop
    /// lost or stolen in Finnish and Slovak.
    #[test]
    fn eleventh_round_incidents() {
        for text in [
            "In der Mappe lag auch der Vertrag einer anderen Kundin mit ihrer IBAN.",
            "Hoje apareceu o telefone e a localização de outra usuária.",
            // Portuguese "no" ("in the") is no negation.
            "Apareceu no meu perfil o telefone de outra usuária.",
            "V aplikaci vidím fakturu jiného zákazníka.",
            "Faturamda başka bir müşterinin adresi var.",
            "Arvel oli teise kliendi nimi ja aadress.",
            "Unohdin työkannettavani junaan eilen.",
            "Včera mi ukradli služobný notebook s dátami kandidátov.",
        ] {
            assert!(incident(text) >= 1.5, "{text}: {}", incident(text));
        }
    }

    /// Seventeenth round: a letter for a different member, wrong post received, other pupils'
    /// names seen on a shared screen; a neighbourhood break-in named in a question is not one.
    #[test]
    fn seventeenth_round_incidents() {
        for text in [
            "Inside was a renewal letter for a different member, with his bank details. Thought you'd want to know.",
            "Ich habe falsche Post bekommen.",
            "La tutora compartió pantalla y se vio una hoja con los nombres y correos de otros alumnos.",
        ] {
            assert!(incident(text) >= 1.5, "{text}: {}", incident(text));
        }
        assert!(incident("Soll ich die Unterlagen zurückschicken oder vernichten?") >= 1.0);
        assert!(incident("I got a letter for a different member.") < 1.5);
    }

    /// Tenth round: Danish, Greek in Latin letters, a Czech verb negated by its prefix.
    #[test]
    fn tenth_round_danish_greeklish_and_czech() {
        assert_eq!(
            purposes("Jeg vil gerne have indsigt i de personoplysninger, I har om mig."),
            [Access]
        );
        assert_eq!(
            purposes("Hvem deler I mine oplysninger med, og hvor længe gemmer I dem?"),
            [Information]
        );
        assert_eq!(
            purposes("thelo na diagrapsete ton logariasmo mou kai ola ta stoixeia mou"),
            [Erasure]
        );
        assert_eq!(
            purposes(
                "Komu předáváte moje údaje a jak dlouho je uchováváte? Kopii údajů nepotřebuji."
            ),
            [Information]
        );
    }

    /// After held-out set 7: Swedish and Turkish, the two languages it brought that the
    /// lexicon had no word of.
    #[test]
    fn swedish_and_turkish() {
        assert_eq!(
            purposes("Vänligen uppdatera min adress i era register."),
            [Rectification]
        );
        assert_eq!(
            purposes("Radera mitt konto och alla mina uppgifter."),
            [Erasure]
        );
        assert_eq!(
            purposes("Hakkımda tuttuğunuz tüm kişisel verilerin bir kopyasını talep ediyorum."),
            [Access]
        );
        assert_eq!(
            purposes("Hesabımın ve verilerimin silinmesini istiyorum."),
            [Erasure]
        );
    }

    #[test]
    fn seventh_round_second_rights_and_other_words() {
        for (text, want) in [
            (
                "Wilt u dat corrigeren? Ik zou ook graag een overzicht krijgen van wat er verder over mij is vastgelegd.",
                vec![Access, Rectification],
            ),
            (
                "Quiero que corrijan ese dato y que me envíen una copia de toda la información que tienen registrada sobre mí.",
                vec![Access, Rectification],
            ),
            (
                "Please tell me what personal data you still have about me, and after that delete them.",
                vec![Access, Erasure],
            ),
            (
                "Bitte löschen Sie sein Konto und stellen Sie jegliche Zusendung von Werbung an ihn ein.",
                vec![Erasure, Opposition],
            ),
            (
                "Mientras se resuelve el recurso les pido que limiten el tratamiento de mis datos.",
                vec![Restriction],
            ),
            (
                "Could you send their full records to the new practice? An electronic export is fine.",
                vec![Portability],
            ),
            (
                "d'où vient mon numéro ? qui vous l'a donné ?",
                vec![Information],
            ),
            // Other EU languages: the plain words.
            (
                "Dzień dobry, proszę o usunięcie moich danych i konta.",
                vec![Erasure],
            ),
            (
                "Dobrý den, žádám o kopii všech osobních údajů, které o mně zpracováváte.",
                vec![Access],
            ),
            (
                "Meu nome está errado. Vocês podem corrigir o meu nome, por favor?",
                vec![Rectification],
            ),
            (
                "Mijn aanvraag is automatisch afgewezen door het systeem. Ik maak bezwaar en wil dat een medewerker mijn aanvraag beoordeelt.",
                vec![AutomatedDecision],
            ),
        ] {
            let mut got = purposes(text);
            got.sort();
            let mut want = want;
            want.sort();
            assert_eq!(got, want, "{text}");
        }
    }

    #[test]
    fn third_round_families() {
        for (text, want) in [
            // Where the data came from, asked alone, is Information (fifth round); with a
            // copy asked for, Access covers it.
            ("Woher haben Sie meine Handynummer?", vec![Information]),
            (
                "Woher haben Sie meine Handynummer? Schicken Sie mir eine Kopie meiner Daten.",
                vec![Access],
            ),
            ("Do you sell my data to other companies?", vec![Information]),
            (
                "Can you export my contract data as a file, CSV or JSON?",
                vec![Portability],
            ),
            (
                "Bitte ändern Sie meinen Namen im Kundenkonto.",
                vec![Rectification],
            ),
            (
                "Keep my data for the court case, but do not use it for anything else.",
                vec![Restriction],
            ),
            ("Je suis inscrit sur Bloctel.", vec![Opposition]),
            ("Mr Robinson asked me to write.", vec![]),
        ] {
            assert_eq!(purposes(text), want, "{text}");
        }
    }

    #[test]
    fn negation_after_the_object_in_dutch_and_german() {
        assert_eq!(
            purposes("Verwijder mijn account niet, maar stuur me geen reclame meer."),
            [Opposition]
        );
        assert_eq!(purposes("Bitte löschen Sie meine Daten nicht."), []);
        assert_eq!(purposes("Bitte löschen Sie meine Daten."), [Erasure]);
        // A cue in a following subordinate clause is that clause's.
        assert_eq!(
            purposes("Daarna graag alles verwijderen wat niet wettelijk bewaard hoeft te worden."),
            [Erasure]
        );
        assert_eq!(
            purposes("Bitte löschen Sie alle Daten, die nicht aufbewahrt werden müssen."),
            [Erasure]
        );
    }

    #[test]
    fn very_long_letters_are_read_at_both_ends() {
        // Longer than MAX_TOKENS: the end is found without tokenising the middle.
        let filler =
            "Je suis client depuis longtemps et vos services me conviennent bien. ".repeat(3_000);
        assert!(filler.split_whitespace().count() > SCAN_HEAD_TOKENS + SCAN_TAIL_TOKENS);
        // The request at the end is still read; the one at the start too.
        assert_eq!(
            purposes(&format!(
                "{filler}\n\nJe vous demande de supprimer mes données."
            )),
            [Erasure]
        );
        assert_eq!(
            purposes(&format!("Je demande une copie de mes données.\n\n{filler}")),
            [Access]
        );
        // No pattern reaches across the cut: words far apart never join.
        let lex = Lexicon::default();
        let text = format!("supprimer {} données", "mot ".repeat(20_000));
        let toks = scan_tokens(&lex, &text);
        assert_eq!(toks.len(), SCAN_HEAD_TOKENS + SCAN_TAIL_TOKENS);
        let seam = SCAN_HEAD_TOKENS;
        assert!(toks[seam].sentence > toks[seam - 1].sentence);
        assert!(toks[seam].clause > toks[seam - 1].clause);
        assert_eq!(read(&lex, &[], &toks, Some("fr")).purposes, []);
    }

    #[test]
    fn legal_references() {
        assert_eq!(
            purposes("Conformément à l'article 15 du RGPD, merci de me répondre."),
            [Access]
        );
        assert_eq!(purposes("Request under Art. 17 GDPR."), [Erasure]);
        assert_eq!(
            purposes("Verzoek op grond van artikel 16 AVG."),
            [Rectification]
        );
        assert_eq!(purposes("Gemäß Art. 21 Abs. 2 DSGVO."), [Opposition]);
        assert_eq!(purposes("Gemäß Art. 18 DS-GVO."), [Restriction]);
        assert_eq!(purposes("articles 15 et 20 du RGPD"), [Access, Portability]);
        assert_eq!(purposes("art. 22 GDPR"), [AutomatedDecision]);
        // No regulation named, a range, or an unrelated article: not a reference.
        assert_eq!(purposes("See article 17 of our terms."), []);
        assert_eq!(
            purposes("Vous disposez des droits prévus aux articles 15 à 22 du RGPD."),
            []
        );
        assert_eq!(purposes("Article 6 GDPR"), []);
    }

    #[test]
    fn several_purposes_and_context() {
        assert_eq!(
            purposes("Please send me a copy of my data and then delete my account."),
            [Access, Erasure]
        );
        // Describing the rights (art. 15(1)(e)) is not exercising them.
        assert_eq!(
            purposes(
                "I want a copy of my data, and information on the existence of the right to request rectification or erasure."
            ),
            [Access]
        );
    }

    #[test]
    fn subject_counts_more() {
        assert_eq!(purposes_subject("Droit à l'effacement", ""), [Erasure]);
        assert_eq!(purposes_subject("Suppression", ""), []);
        assert_eq!(
            purposes_subject(
                "Auskunftsersuchen nach Art. 15 DSGVO",
                "Sehr geehrte Damen und Herren"
            ),
            [Access]
        );
    }

    #[test]
    fn unknown_when_unsure() {
        assert_eq!(purposes("Hello, I have a question about my order."), []);
        assert_eq!(purposes("Bonjour, pouvez-vous me rappeler ?"), []);
        assert_eq!(purposes(""), []);
    }

    #[test]
    fn incidents() {
        assert!(incident("Hi, I received someone else's payslip in my mailbox today.") >= 1.5);
        assert!(
            incident("Nous avons constaté une fuite de données chez notre sous-traitant.") >= 1.5
        );
        assert!(incident("Er is een datalek ontstaan.") >= 1.5);
        assert!(incident("Wir melden eine Datenpanne.") >= 1.5);
        assert!(incident("An employee lost a laptop on the train.") >= 1.5);
        assert!(incident("Phishing attempt reported by a user") >= 1.5);
        assert!(incident("Please delete my data.") < 1.5);
        assert!(incident("This is not a data breach.") < 1.5);
    }

    #[test]
    fn locale() {
        let lex = Lexicon::default();
        let d = |s: &str| detect_locale(&lex, &lex.tokenize(s, MAX_TOKENS));
        assert_eq!(
            d("Bonjour, je souhaite supprimer mes données. Merci"),
            Some("fr".into())
        );
        assert_eq!(d("Hello, please delete my data. Thanks"), Some("en".into()));
        assert_eq!(
            d("Hallo, verwijder mijn gegevens. Bedankt"),
            Some("nl".into())
        );
        assert_eq!(
            d("Hallo, bitte löschen Sie meine Daten. Danke"),
            Some("de".into())
        );
        assert_eq!(
            d("Hola, quiero que borren mis datos. Gracias"),
            Some("es".into())
        );
        assert_eq!(
            d("Buongiorno, vorrei la cancellazione dei miei dati. Grazie"),
            Some("it".into())
        );
        assert_eq!(d("ok"), None);
    }
}
