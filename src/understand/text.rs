//! Text normalisation and the small pattern language of the lexicon.
//!
//! Text and patterns go through the same [`fold`]: lowercase, diacritics removed, typographic
//! apostrophes unified. [`tokenize`] then cuts the folded text into words, remembering sentence
//! and clause boundaries (patterns never match across a sentence; negation never reaches
//! across a clause). The pattern syntax is documented at the top of `lexicon.toml`.

use std::collections::HashSet;

/// Lowercases `s`, strips diacritics (é→e, ü→u, ß→ss, œ→oe), unifies apostrophes and odd spaces.
pub(crate) fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        fold_char(c, &mut out);
    }
    out
}

fn fold_char(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
        return;
    }
    let m: &str = match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' | 'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å'
        | 'Ā' | 'Ă' | 'Ą' => "a",
        'æ' | 'Æ' => "ae",
        'ç' | 'ć' | 'č' | 'ĉ' | 'ċ' | 'Ç' | 'Ć' | 'Č' => "c",
        'ď' | 'đ' | 'Ď' | 'Đ' | 'ð' | 'Ð' => "d",
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' | 'ĕ' | 'È' | 'É' | 'Ê' | 'Ë' | 'Ē' | 'Ė'
        | 'Ę' | 'Ě' => "e",
        'ğ' | 'ĝ' | 'ġ' | 'ģ' | 'Ğ' => "g",
        'ì' | 'í' | 'î' | 'ï' | 'ī' | 'į' | 'ı' | 'ĩ' | 'Ì' | 'Í' | 'Î' | 'Ï' | 'Ī' | 'İ' => "i",
        'ĳ' | 'Ĳ' => "ij",
        'ł' | 'ľ' | 'ĺ' | 'ļ' | 'Ł' | 'Ľ' => "l",
        'ñ' | 'ń' | 'ň' | 'ņ' | 'Ñ' | 'Ń' | 'Ň' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' | 'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' | 'Ø' | 'Ō'
        | 'Ő' => "o",
        'œ' | 'Œ' => "oe",
        'ŕ' | 'ř' | 'Ŕ' | 'Ř' => "r",
        'ś' | 'š' | 'ş' | 'ș' | 'Ś' | 'Š' | 'Ş' | 'Ș' => "s",
        'ß' | 'ẞ' => "ss",
        'ť' | 'ţ' | 'ț' | 'Ť' | 'Ţ' | 'Ț' => "t",
        'þ' | 'Þ' => "th",
        'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' | 'ų' | 'ũ' | 'Ù' | 'Ú' | 'Û' | 'Ü' | 'Ū' | 'Ů'
        | 'Ű' => "u",
        'ý' | 'ÿ' | 'Ý' | 'Ÿ' => "y",
        'ź' | 'ż' | 'ž' | 'Ź' | 'Ż' | 'Ž' => "z",
        'ﬁ' => "fi",
        'ﬂ' => "fl",
        '\u{2018}' | '\u{2019}' | '\u{201B}' | '\u{02BC}' | '\u{00B4}' | '\u{2032}' => "'",
        '\u{00A0}' | '\u{2000}'..='\u{200A}' | '\u{202F}' | '\u{205F}' | '\u{3000}' => " ",
        // Zero-width and bidi controls vanish.
        '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}' => "",
        // Combining diacritical marks (decomposed text) vanish.
        '\u{0300}'..='\u{036F}' => "",
        _ => {
            out.extend(c.to_lowercase());
            return;
        }
    };
    out.push_str(m);
}

/// One word of the analysed text.
#[derive(Debug, Clone)]
pub(crate) struct Token {
    pub text: String,
    /// `text` as characters (for typo tolerance).
    pub chars: Vec<char>,
    /// Sentence number: patterns match inside one sentence.
    pub sentence: u32,
    /// Clause number: negation reaches only inside one clause.
    pub clause: u32,
}

/// Cuts `text` into folded words. `breakers` are words that start a new clause ("but",
/// "seulement"); `max_tokens` bounds the work on huge letters.
pub(crate) fn tokenize(text: &str, breakers: &HashSet<String>, max_tokens: usize) -> Vec<Token> {
    let folded = expand_negative_contractions(&fold(text));
    let mut toks: Vec<Token> = Vec::new();
    let mut sentence = 0u32;
    let mut clause = 0u32;
    let mut word = String::new();
    let mut newlines = 0u32;
    let mut pending_break = false;

    let flush = |word: &mut String, toks: &mut Vec<Token>, sentence: u32, clause: &mut u32| {
        if word.is_empty() {
            return;
        }
        if breakers.contains(word.as_str()) && toks.last().is_some_and(|t| t.clause == *clause) {
            *clause += 1;
        }
        let text = std::mem::take(word);
        toks.push(Token {
            chars: text.chars().collect(),
            text,
            sentence,
            clause: *clause,
        });
    };

    for c in folded.chars() {
        if toks.len() >= max_tokens {
            break;
        }
        if c.is_alphanumeric() {
            if pending_break {
                sentence += 1;
                clause += 1;
                pending_break = false;
            }
            word.push(c);
            newlines = 0;
            continue;
        }
        flush(&mut word, &mut toks, sentence, &mut clause);
        match c {
            '.' | '!' | '?' | ';' => pending_break = true,
            '\n' => {
                newlines += 1;
                if newlines >= 2 {
                    pending_break = true;
                }
            }
            '§' => {
                if pending_break {
                    sentence += 1;
                    clause += 1;
                    pending_break = false;
                }
                word.push('§');
                flush(&mut word, &mut toks, sentence, &mut clause);
            }
            ' ' | '\t' | '\r' => {}
            _ => newlines = 0,
        }
    }
    if toks.len() < max_tokens {
        flush(&mut word, &mut toks, sentence, &mut clause);
    }
    toks
}

/// "don't" → "do not", "isn't" → "is not" (English negative contractions become a "not" word).
fn expand_negative_contractions(s: &str) -> String {
    if !s.contains("n't") {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len() + 8);
    let mut rest = s;
    while let Some(pos) = rest.find("n't") {
        let after = &rest[pos + 3..];
        let ends_word = after.chars().next().is_none_or(|c| !c.is_alphanumeric());
        let starts_in_word = rest[..pos].chars().next_back().is_some_and(|c| c.is_alphanumeric());
        if ends_word && starts_in_word {
            out.push_str(&rest[..pos]);
            out.push_str(" not");
        } else {
            out.push_str(&rest[..pos + 3]);
        }
        rest = after;
    }
    out.push_str(rest);
    out
}

/// Splits folded text into plain words (no sentence bookkeeping): for labels and prefixes.
pub(crate) fn words(folded: &str) -> Vec<&str> {
    folded.split(|c: char| !c.is_alphanumeric() && c != '§').filter(|w| !w.is_empty()).collect()
}

/// Typo tolerance settings.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Fuzz {
    /// Words of at least this many letters match with one edit.
    pub min_len: usize,
    /// Words of at least this many letters match with two edits.
    pub min_len2: usize,
}

/// One alternative of a term: a word, or a short sequence ("e-mail" → "e", "mail").
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Alt {
    pub words: Vec<String>,
    /// `words` as characters.
    pub chars: Vec<Vec<char>>,
    /// The last word is a prefix (`word*`).
    pub prefix: bool,
    /// No typo tolerance (`=word`).
    pub exact: bool,
}

/// One element of a pattern.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Term {
    Word(Vec<Alt>),
    Gap(usize),
}

/// A compiled pattern.
#[derive(Debug, Clone)]
pub(crate) struct Pattern {
    /// The pattern as written in the lexicon.
    pub source: String,
    pub terms: Vec<Term>,
    pub weight: f32,
}

/// Where a pattern matched.
#[derive(Debug, Clone)]
pub(crate) struct Match {
    pub start: usize,
    /// Exclusive.
    pub end: usize,
    /// Token positions matched by the pattern's own words (not by gaps).
    pub literals: Vec<usize>,
}

impl Pattern {
    /// Compiles `src`; `default_gap` is what a bare `~` may skip.
    pub(crate) fn parse(src: &str, weight: f32, default_gap: usize) -> Result<Pattern, String> {
        if !weight.is_finite() || weight < 0.0 {
            return Err(format!("pattern \"{src}\": weight must be a positive number"));
        }
        let mut terms: Vec<Term> = Vec::new();
        for raw in src.split_whitespace() {
            if let Some(n) = raw.strip_prefix('~') {
                let gap = if n.is_empty() {
                    default_gap
                } else {
                    n.parse::<usize>()
                        .ok()
                        .filter(|g| *g <= 30)
                        .ok_or_else(|| format!("pattern \"{src}\": \"{raw}\" is not a gap (use ~ or ~N with N ≤ 30)"))?
                };
                match terms.last_mut() {
                    Some(Term::Gap(g)) => *g += gap,
                    Some(_) => terms.push(Term::Gap(gap)),
                    None => return Err(format!("pattern \"{src}\" starts with a gap")),
                }
                continue;
            }
            let mut alts = Vec::new();
            for alt in raw.split('|') {
                let (exact, body) = match alt.strip_prefix('=') {
                    Some(b) => (true, b),
                    None => (false, alt),
                };
                let (prefix, body) = match body.strip_suffix('*') {
                    Some(b) => (true, b),
                    None => (false, body),
                };
                let folded = expand_negative_contractions(&fold(body));
                let ws: Vec<String> = words(&folded).into_iter().map(str::to_string).collect();
                if ws.is_empty() {
                    return Err(format!("pattern \"{src}\": empty alternative in \"{raw}\""));
                }
                if prefix && ws.last().is_some_and(|w| w.chars().count() < 3) {
                    return Err(format!("pattern \"{src}\": prefix \"{alt}\" is too short (3 letters at least)"));
                }
                alts.push(Alt {
                    chars: ws.iter().map(|w| w.chars().collect()).collect(),
                    words: ws,
                    prefix,
                    exact,
                });
            }
            terms.push(Term::Word(alts));
        }
        if terms.is_empty() {
            return Err("empty pattern".to_string());
        }
        if matches!(terms.last(), Some(Term::Gap(_))) {
            return Err(format!("pattern \"{src}\" ends with a gap"));
        }
        Ok(Pattern {
            source: src.to_string(),
            terms,
            weight,
        })
    }

    /// Every non-overlapping match, left to right.
    pub(crate) fn find_all(&self, toks: &[Token], fuzz: Fuzz) -> Vec<Match> {
        let mut out = Vec::new();
        let mut i = 0;
        while i < toks.len() {
            let mut lits = Vec::new();
            if let Some(end) = match_terms(&self.terms, toks, i, toks[i].sentence, fuzz, &mut lits) {
                out.push(Match {
                    start: i,
                    end,
                    literals: lits,
                });
                i = end.max(i + 1);
            } else {
                i += 1;
            }
        }
        out
    }

    /// Whether the pattern matches the whole of `toks` (for short labels such as subjects).
    pub(crate) fn matches_anywhere(&self, toks: &[Token], fuzz: Fuzz) -> bool {
        (0..toks.len()).any(|i| {
            let mut lits = Vec::new();
            match_terms(&self.terms, toks, i, toks[i].sentence, fuzz, &mut lits).is_some()
        })
    }
}

fn match_terms(terms: &[Term], toks: &[Token], i: usize, sentence: u32, fuzz: Fuzz, lits: &mut Vec<usize>) -> Option<usize> {
    let Some((first, rest)) = terms.split_first() else {
        return Some(i);
    };
    match first {
        Term::Gap(n) => {
            for k in 0..=*n {
                let j = i + k;
                if j > toks.len() {
                    break;
                }
                if k > 0 && toks.get(j - 1).is_none_or(|t| t.sentence != sentence) {
                    break;
                }
                let mark = lits.len();
                if let Some(end) = match_terms(rest, toks, j, sentence, fuzz, lits) {
                    return Some(end);
                }
                lits.truncate(mark);
            }
            None
        }
        Term::Word(alts) => {
            for alt in alts {
                if let Some(n) = alt_matches(alt, toks, i, sentence, fuzz) {
                    let mark = lits.len();
                    lits.extend(i..i + n);
                    if let Some(end) = match_terms(rest, toks, i + n, sentence, fuzz, lits) {
                        return Some(end);
                    }
                    lits.truncate(mark);
                }
            }
            None
        }
    }
}

/// Number of tokens consumed when `alt` matches at `i`.
fn alt_matches(alt: &Alt, toks: &[Token], i: usize, sentence: u32, fuzz: Fuzz) -> Option<usize> {
    let n = alt.words.len();
    for (k, (w, wc)) in alt.words.iter().zip(&alt.chars).enumerate() {
        let tok = toks.get(i + k).filter(|t| t.sentence == sentence)?;
        let prefix = alt.prefix && k + 1 == n;
        if !word_matches(w, wc, &tok.text, &tok.chars, prefix, alt.exact, fuzz) {
            return None;
        }
    }
    Some(n)
}

/// Whether token `tok` (`tc` as chars) matches pattern word `w` (`wc` as chars).
pub(crate) fn word_matches(w: &str, wc: &[char], tok: &str, tc: &[char], prefix: bool, exact: bool, fuzz: Fuzz) -> bool {
    if prefix {
        if tok.starts_with(w) {
            return true;
        }
    } else if tok == w {
        return true;
    }
    let wl = wc.len();
    if exact || wl < fuzz.min_len || tc.len() < 2 || tc.iter().any(|c| c.is_ascii_digit()) {
        return false;
    }
    if prefix {
        // Compare the token's beginning (one letter shorter or longer) with the stem.
        if tc.len() + 1 < wl || !near_start(tc, wc) {
            return false;
        }
        (wl - 1..=wl + 1).filter(|&k| k <= tc.len()).any(|k| within_distance(&tc[..k], wc, 1))
    } else {
        let max = if wl >= fuzz.min_len2 { 2 } else { 1 };
        if tc.len().abs_diff(wl) > max || (max == 1 && !near_start(tc, wc)) {
            return false;
        }
        within_distance(tc, wc, max)
    }
}

/// Necessary condition for a distance ≤ 1: the first two letters line up somehow.
fn near_start(a: &[char], b: &[char]) -> bool {
    match (a, b) {
        ([a0, a1, ..], [b0, b1, ..]) => a0 == b0 || a1 == b1 || a0 == b1 || a1 == b0,
        _ => true,
    }
}

/// Optimal-string-alignment distance (Levenshtein plus adjacent transpositions) ≤ `max`.
/// Words longer than 63 letters only match exactly.
pub(crate) fn within_distance(a: &[char], b: &[char], max: usize) -> bool {
    const N: usize = 64;
    if a.len().abs_diff(b.len()) > max {
        return false;
    }
    if a.len() >= N || b.len() >= N {
        return a == b;
    }
    let n = b.len();
    let mut prev2 = [0usize; N];
    let mut prev = [0usize; N];
    let mut cur = [0usize; N];
    for (j, p) in prev.iter_mut().enumerate().take(n + 1) {
        *p = j;
    }
    for i in 1..=a.len() {
        cur[0] = i;
        let mut row_min = cur[0];
        for j in 1..=n {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut v = (prev[j] + 1).min(cur[j - 1] + 1).min(prev[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                v = v.min(prev2[j - 2] + 1);
            }
            cur[j] = v;
            row_min = row_min.min(v);
        }
        if row_min > max {
            return false;
        }
        prev2 = prev;
        prev = cur;
    }
    prev[n] <= max
}

/// Cuts `s` to at most `max_units` UTF-16 code units (what .NET counts), on a char boundary.
pub(crate) fn cut_utf16(s: &str, max_units: usize) -> &str {
    let mut units = 0;
    for (i, c) in s.char_indices() {
        units += c.len_utf16();
        if units > max_units {
            return &s[..i];
        }
    }
    s
}

/// Cuts `s` to at most `max_chars` characters.
pub(crate) fn cut_chars(s: &str, max_chars: usize) -> &str {
    match s.char_indices().nth(max_chars) {
        Some((i, _)) => &s[..i],
        None => s,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const FUZZ: Fuzz = Fuzz { min_len: 6, min_len2: 11 };

    fn toks(s: &str) -> Vec<Token> {
        tokenize(s, &HashSet::from(["but".to_string(), "seulement".to_string()]), 10_000)
    }

    #[test]
    fn fold_strips_accents_and_unifies_apostrophes() {
        assert_eq!(fold("Droit d’ACCÈS à mes données"), "droit d'acces a mes donnees");
        assert_eq!(fold("Löschung – Straße – Œuvre"), "loschung – strasse – oeuvre");
        assert_eq!(fold("e\u{301}te\u{301}"), "ete");
        assert_eq!(fold("a\u{202E}b\u{200B}c"), "abc");
    }

    #[test]
    fn tokenize_tracks_sentences_and_clauses() {
        let t = toks("I don't want it deleted, but a copy. Next one\n\nPara");
        let words: Vec<&str> = t.iter().map(|t| t.text.as_str()).collect();
        assert_eq!(words, ["i", "do", "not", "want", "it", "deleted", "but", "a", "copy", "next", "one", "para"]);
        assert_eq!(t[5].clause, t[0].clause);
        assert_ne!(t[6].clause, t[5].clause);
        assert_eq!(t[6].sentence, t[5].sentence);
        assert_ne!(t[9].sentence, t[8].sentence);
        assert_ne!(t[11].sentence, t[10].sentence);
    }

    #[test]
    fn contractions() {
        assert_eq!(expand_negative_contractions("don't isn't can't n't"), "do not is not ca not n't");
    }

    #[test]
    fn distance() {
        let c = |s: &str| s.chars().collect::<Vec<_>>();
        assert!(within_distance(&c("suppresion"), &c("suppression"), 1));
        assert!(within_distance(&c("acecss"), &c("access"), 1));
        assert!(!within_distance(&c("access"), &c("accuse"), 1));
        assert!(within_distance(&c(""), &c("a"), 1));
    }

    #[test]
    fn patterns_match_with_gaps_prefixes_typos() {
        let p = Pattern::parse("supprim* ~ données", 1.0, 4).unwrap();
        assert_eq!(p.find_all(&toks("Merci de supprimer toutes mes données."), FUZZ).len(), 1);
        assert_eq!(p.find_all(&toks("Merci de suprimer mes donnees"), FUZZ).len(), 1);
        assert!(p.find_all(&toks("Merci de supprimer. Mes données"), FUZZ).is_empty());
        assert!(p.find_all(&toks("supprimer a b c d e données"), FUZZ).is_empty());
        let p = Pattern::parse("droit d'accès", 1.0, 4).unwrap();
        assert_eq!(p.terms.len(), 2);
        assert_eq!(p.find_all(&toks("mon DROIT D'ACCES"), FUZZ).len(), 1);
        let p = Pattern::parse("e-mail|email ~ =me", 1.0, 4).unwrap();
        assert_eq!(p.find_all(&toks("e-mail me"), FUZZ).len(), 1);
        assert_eq!(p.find_all(&toks("email to me"), FUZZ).len(), 1);
        assert!(p.find_all(&toks("email to mo"), FUZZ).is_empty());
        let m = &Pattern::parse("data ~ deleted", 1.0, 4).unwrap().find_all(&toks("my data to be deleted"), FUZZ)[0];
        assert_eq!((m.start, m.end, m.literals.clone()), (1, 5, vec![1, 4]));
    }

    #[test]
    fn bad_patterns_are_rejected() {
        assert!(Pattern::parse("", 1.0, 4).is_err());
        assert!(Pattern::parse("~ data", 1.0, 4).is_err());
        assert!(Pattern::parse("data ~", 1.0, 4).is_err());
        assert!(Pattern::parse("a*", 1.0, 4).is_err());
        assert!(Pattern::parse("data ~x", 1.0, 4).is_err());
        assert!(Pattern::parse("data||x", 1.0, 4).is_err());
        assert!(Pattern::parse("data", -1.0, 4).is_err());
    }

    #[test]
    fn cuts() {
        assert_eq!(cut_utf16("a😀b", 2), "a");
        assert_eq!(cut_utf16("a😀b", 3), "a😀");
        assert_eq!(cut_chars("héllo", 2), "hé");
    }
}
