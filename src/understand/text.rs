//! Text normalisation and the small pattern language of the lexicon.
//!
//! Text and patterns go through the same [`fold`]: lowercase, diacritics removed, typographic
//! apostrophes unified. [`tokenize`] then cuts the folded text into words, remembering sentence
//! and clause boundaries (patterns never match across a sentence; negation never reaches
//! across a clause). The pattern syntax is documented at the top of `lexicon.toml`.

use std::collections::{HashMap, HashSet};

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
        'ì' | 'í' | 'î' | 'ï' | 'ī' | 'į' | 'ı' | 'ĩ' | 'Ì' | 'Í' | 'Î' | 'Ï' | 'Ī' | 'İ' => {
            "i"
        }
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
        '\u{200B}'..='\u{200F}'
        | '\u{202A}'..='\u{202E}'
        | '\u{2066}'..='\u{2069}'
        | '\u{FEFF}' => "",
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
    /// Which letters occur ([`letter_mask`]).
    pub mask: u32,
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
        let chars: Vec<char> = text.chars().collect();
        toks.push(Token {
            mask: letter_mask(&chars),
            chars,
            text,
            sentence,
            clause: *clause,
        });
    };

    let all: Vec<char> = folded.chars().collect();
    for (at, &c) in all.iter().enumerate() {
        if toks.len() >= max_tokens {
            break;
        }
        // "30.000", "1.500.000": a thousands separator, not a sentence end.
        if c == '.'
            && word.chars().last().is_some_and(|d| d.is_ascii_digit())
            && all.get(at + 1).is_some_and(|d| d.is_ascii_digit())
        {
            flush(&mut word, &mut toks, sentence, &mut clause);
            continue;
        }
        // "vom 14.11. zwischen 1 und 4 Uhr": the dot closing a day.month date.
        if c == '.' && closes_day_month(&all, at, &word) {
            flush(&mut word, &mut toks, sentence, &mut clause);
            continue;
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

/// Whether the dot at `at` closes a "14.11." date: `word` (just before it) is a month of one
/// or two digits, preceded by a dot and a day of one or two digits.
fn closes_day_month(all: &[char], at: usize, word: &str) -> bool {
    let n = word.chars().count();
    let digits = |s: &[char]| !s.is_empty() && s.len() <= 2 && s.iter().all(char::is_ascii_digit);
    if n == 0 || n > 2 || !word.chars().all(|c| c.is_ascii_digit()) || at < n + 2 {
        return false;
    }
    let dot = at - n - 1;
    if all[dot] != '.' {
        return false;
    }
    let day_start = all[..dot]
        .iter()
        .rposition(|c| !c.is_ascii_digit())
        .map_or(0, |i| i + 1);
    digits(&all[day_start..dot])
        && all
            .get(at + 1)
            .is_some_and(|c| c.is_whitespace() || *c == ',')
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
        let starts_in_word = rest[..pos]
            .chars()
            .next_back()
            .is_some_and(|c| c.is_alphanumeric());
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
    folded
        .split(|c: char| !c.is_alphanumeric() && c != '§')
        .filter(|w| !w.is_empty())
        .collect()
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
    /// Letter masks of `words`.
    pub masks: Vec<u32>,
    /// The last word is a prefix (`word*`).
    pub prefix: bool,
    /// No typo tolerance (`=word`).
    pub exact: bool,
    /// `#`: any number ("about # ~2 customers").
    pub number: bool,
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
            return Err(format!(
                "pattern \"{src}\": weight must be a positive number"
            ));
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
                if alt == "#" {
                    if terms.is_empty() {
                        return Err(format!(
                            "pattern \"{src}\": a number (#) cannot start a pattern"
                        ));
                    }
                    alts.push(Alt {
                        words: vec!["#".into()],
                        chars: vec![vec!['#']],
                        masks: vec![0],
                        prefix: false,
                        exact: true,
                        number: true,
                    });
                    continue;
                }
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
                    return Err(format!(
                        "pattern \"{src}\": prefix \"{alt}\" is too short (3 letters at least)"
                    ));
                }
                let chars: Vec<Vec<char>> = ws.iter().map(|w| w.chars().collect()).collect();
                alts.push(Alt {
                    masks: chars.iter().map(|c| letter_mask(c)).collect(),
                    chars,
                    words: ws,
                    prefix,
                    exact,
                    number: false,
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

    /// Every non-overlapping match, left to right (the unindexed reference for [`PatternSet`]).
    #[cfg(test)]
    pub(crate) fn find_all(&self, toks: &[Token], fuzz: Fuzz) -> Vec<Match> {
        let mut out = Vec::new();
        let mut i = 0;
        while i < toks.len() {
            let mut lits = Vec::new();
            if let Some(end) = match_terms(&self.terms, toks, i, toks[i].sentence, fuzz, &mut lits)
            {
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
}

/// Patterns indexed by their first word, so that a text is scanned once for all of them
/// instead of once per pattern.
#[derive(Debug, Clone, Default)]
pub(crate) struct PatternSet {
    pub patterns: Vec<Pattern>,
    /// First words matched exactly (no typo tolerance) → pattern ids.
    exact: HashMap<String, Vec<u32>>,
    /// Short prefixes (no typo tolerance) → pattern ids.
    prefixes: HashMap<String, Vec<u32>>,
    /// First words with one-typo tolerance, and each of their one-letter deletions → ids.
    fuzzy: HashMap<String, Vec<u32>>,
    /// Typo-tolerant prefixes and two-typo words, by first letter (typos never touch the
    /// first letter).
    by_first: HashMap<char, Vec<u32>>,
    max_prefix_chars: usize,
}

impl PatternSet {
    pub(crate) fn new(patterns: Vec<Pattern>, fuzz: Fuzz) -> PatternSet {
        let mut set = PatternSet {
            patterns,
            ..PatternSet::default()
        };
        for (id, p) in set.patterns.iter().enumerate() {
            let id = id as u32;
            let Some(Term::Word(alts)) = p.terms.first() else {
                continue;
            };
            for alt in alts {
                let Some(w) = alt.words.first() else { continue };
                let len = w.chars().count();
                let is_prefix = alt.prefix && alt.words.len() == 1;
                let tolerant = !alt.exact && len >= fuzz.min_len;
                let push = |m: &mut HashMap<String, Vec<u32>>, k: String| {
                    let v = m.entry(k).or_default();
                    if v.last() != Some(&id) {
                        v.push(id);
                    }
                };
                if is_prefix && !tolerant {
                    set.max_prefix_chars = set.max_prefix_chars.max(len);
                    push(&mut set.prefixes, w.clone());
                } else if is_prefix || (tolerant && len >= fuzz.min_len2) {
                    if let Some(c) = w.chars().next() {
                        let v = set.by_first.entry(c).or_default();
                        if v.last() != Some(&id) {
                            v.push(id);
                        }
                    }
                } else if tolerant {
                    push(&mut set.fuzzy, w.clone());
                    for d in deletions(w) {
                        push(&mut set.fuzzy, d);
                    }
                } else {
                    push(&mut set.exact, w.clone());
                }
            }
        }
        set
    }

    /// Whether pattern `id`'s first word can match `tok`: a necessary condition for a match
    /// starting at `tok` (patterns never start with a gap).
    fn first_word_matches(&self, id: u32, tok: &Token, fuzz: Fuzz) -> bool {
        let Some(Term::Word(alts)) = self.patterns[id as usize].terms.first() else {
            return false;
        };
        alts.iter().any(|alt| {
            let (Some(w), Some(wc), Some(wm)) =
                (alt.words.first(), alt.chars.first(), alt.masks.first())
            else {
                return false;
            };
            word_matches(
                Word {
                    s: w,
                    chars: wc,
                    mask: *wm,
                },
                Word {
                    s: &tok.text,
                    chars: &tok.chars,
                    mask: tok.mask,
                },
                alt.prefix && alt.words.len() == 1,
                alt.exact,
                fuzz,
            )
        })
    }

    /// The patterns whose first word matches `tok`, from the indexes (exact words, short
    /// prefixes, one-typo words and their deletions, then typo-tolerant prefixes by first
    /// letter), each checked against the token.
    fn candidates(&self, tok: &Token, fuzz: Fuzz, stamp: &mut [usize], i: usize) -> Vec<u32> {
        let mut cands: Vec<u32> = Vec::new();
        {
            let mut add = |ids: Option<&Vec<u32>>| {
                for &id in ids.into_iter().flatten() {
                    if stamp[id as usize] != i {
                        stamp[id as usize] = i;
                        cands.push(id);
                    }
                }
            };
            add(self.exact.get(&tok.text));
            for (k, (b, _)) in tok.text.char_indices().enumerate().skip(1) {
                if k > self.max_prefix_chars {
                    break;
                }
                add(self.prefixes.get(&tok.text[..b]));
            }
            add(self.prefixes.get(&tok.text));
            // One-typo words have min_len..min_len2-1 letters: only tokens one letter shorter
            // or longer can be near them.
            let n = tok.chars.len();
            if n + 1 >= fuzz.min_len
                && n <= fuzz.min_len2
                && !tok.chars.iter().any(|c| c.is_ascii_digit())
            {
                add(self.fuzzy.get(&tok.text));
                for d in deletions(&tok.text) {
                    add(self.fuzzy.get(&d));
                }
            }
            if let Some(c) = tok.chars.first() {
                add(self.by_first.get(c));
            }
        }
        cands.retain(|&id| self.first_word_matches(id, tok, fuzz));
        cands
    }

    /// For each pattern (same order as `patterns`), its non-overlapping matches, left to right.
    ///
    /// The candidate patterns of a word depend only on the word, so they are worked out once
    /// per distinct word of the text (a long letter repeats its words): the typo-tolerant
    /// comparisons, the expensive part, are not repeated for every occurrence.
    pub(crate) fn find_all(&self, toks: &[Token], fuzz: Fuzz) -> Vec<Vec<Match>> {
        let n = self.patterns.len();
        let mut out: Vec<Vec<Match>> = vec![Vec::new(); n];
        let mut next_start = vec![0usize; n];
        let mut stamp = vec![usize::MAX; n];
        let mut memo: HashMap<&str, Vec<u32>> = HashMap::new();
        for (i, tok) in toks.iter().enumerate() {
            if !memo.contains_key(tok.text.as_str()) {
                let c = self.candidates(tok, fuzz, &mut stamp, i);
                memo.insert(tok.text.as_str(), c);
            }
            let cands = &memo[tok.text.as_str()];
            if cands.is_empty() {
                continue;
            }
            for &id in cands {
                let id = id as usize;
                if i < next_start[id] {
                    continue;
                }
                let mut lits = Vec::new();
                if let Some(end) = match_terms(
                    &self.patterns[id].terms,
                    toks,
                    i,
                    tok.sentence,
                    fuzz,
                    &mut lits,
                ) {
                    next_start[id] = end.max(i + 1);
                    out[id].push(Match {
                        start: i,
                        end,
                        literals: lits,
                    });
                }
            }
        }
        out
    }

    /// Whether any pattern matches anywhere.
    pub(crate) fn any_match(&self, toks: &[Token], fuzz: Fuzz) -> bool {
        self.find_all(toks, fuzz).iter().any(|m| !m.is_empty())
    }
}

/// Every string obtained by deleting one character of `w`.
fn deletions(w: &str) -> Vec<String> {
    let idx: Vec<usize> = w.char_indices().map(|(i, _)| i).collect();
    idx.iter()
        .enumerate()
        .map(|(k, &b)| {
            let end = idx.get(k + 1).copied().unwrap_or(w.len());
            format!("{}{}", &w[..b], &w[end..])
        })
        .collect()
}

fn match_terms(
    terms: &[Term],
    toks: &[Token],
    i: usize,
    sentence: u32,
    fuzz: Fuzz,
    lits: &mut Vec<usize>,
) -> Option<usize> {
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
    if alt.number {
        let tok = toks.get(i).filter(|t| t.sentence == sentence)?;
        return tok.text.chars().all(|c| c.is_ascii_digit()).then_some(1);
    }
    let n = alt.words.len();
    for (k, ((w, wc), wm)) in alt.words.iter().zip(&alt.chars).zip(&alt.masks).enumerate() {
        let tok = toks.get(i + k).filter(|t| t.sentence == sentence)?;
        let prefix = alt.prefix && k + 1 == n;
        if !word_matches(
            Word {
                s: w,
                chars: wc,
                mask: *wm,
            },
            Word {
                s: &tok.text,
                chars: &tok.chars,
                mask: tok.mask,
            },
            prefix,
            alt.exact,
            fuzz,
        ) {
            return None;
        }
    }
    Some(n)
}

/// A word with its characters and letter mask.
#[derive(Clone, Copy)]
pub(crate) struct Word<'a> {
    pub s: &'a str,
    pub chars: &'a [char],
    pub mask: u32,
}

/// One bit per letter a–z, one for anything else: two words within one edit differ in at
/// most two bits, within two edits in at most four (a cheap filter before the real check).
pub(crate) fn letter_mask(cs: &[char]) -> u32 {
    cs.iter().fold(0u32, |m, c| {
        m | match c {
            'a'..='z' => 1 << (*c as u32 - 'a' as u32),
            _ => 1 << 26,
        }
    })
}

/// Whether token `t` matches pattern word `w`.
pub(crate) fn word_matches(
    w: Word<'_>,
    t: Word<'_>,
    prefix: bool,
    exact: bool,
    fuzz: Fuzz,
) -> bool {
    if prefix {
        if t.s.starts_with(w.s) {
            return true;
        }
    } else if t.s == w.s {
        return true;
    }
    let (wc, tc) = (w.chars, t.chars);
    let wl = wc.len();
    if exact
        || wl < fuzz.min_len
        || tc.len() < 2
        || tc.first() != wc.first()
        || t.mask & (1 << 26) != 0 && tc.iter().any(|c| c.is_ascii_digit())
    {
        return false;
    }
    if prefix {
        // Compare the token's beginning (one letter shorter or longer) with the stem.
        if tc.len() + 1 < wl {
            return false;
        }
        let lo = letter_mask(&tc[..(wl - 1).min(tc.len())]);
        let hi = letter_mask(&tc[..(wl + 1).min(tc.len())]);
        if (w.mask & !hi).count_ones() > 1 || (lo & !w.mask).count_ones() > 1 {
            return false;
        }
        (wl - 1..=wl + 1)
            .filter(|&k| k <= tc.len())
            .any(|k| within_distance(&tc[..k], wc, 1))
    } else {
        let max = if wl >= fuzz.min_len2 { 2 } else { 1 };
        if tc.len().abs_diff(wl) > max || (t.mask ^ w.mask).count_ones() > 2 * max as u32 {
            return false;
        }
        within_distance(tc, wc, max)
    }
}

/// Optimal-string-alignment distance (Levenshtein plus adjacent transpositions) ≤ `max`.
/// Words longer than 63 letters only match exactly.
pub(crate) fn within_distance(a: &[char], b: &[char], max: usize) -> bool {
    const N: usize = 64;
    if a.len().abs_diff(b.len()) > max {
        return false;
    }
    if max <= 1 {
        return within_one(a, b, max);
    }
    if a.len() >= N || b.len() >= N {
        return a == b;
    }
    let n = b.len();
    // Three rolling rows (i-2, i-1, i) in one stack buffer.
    let mut rows = [[0usize; N]; 3];
    for (j, v) in rows[0].iter_mut().enumerate().take(n + 1) {
        *v = j;
    }
    for i in 1..=a.len() {
        let (cur_i, prev_i, prev2_i) = (i % 3, (i + 2) % 3, (i + 1) % 3);
        rows[cur_i][0] = i;
        let mut row_min = i;
        for j in 1..=n {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut v = (rows[prev_i][j] + 1)
                .min(rows[cur_i][j - 1] + 1)
                .min(rows[prev_i][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                v = v.min(rows[prev2_i][j - 2] + 1);
            }
            rows[cur_i][j] = v;
            row_min = row_min.min(v);
        }
        if row_min > max {
            return false;
        }
    }
    rows[a.len() % 3][n] <= max
}

/// Distance ≤ `max` (0 or 1) without a table: after the common beginning, the rest must line
/// up after one substitution, deletion, insertion or transposition.
fn within_one(a: &[char], b: &[char], max: usize) -> bool {
    let i = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    if i == a.len() && i == b.len() {
        return true;
    }
    if max == 0 {
        return false;
    }
    let (ra, rb) = (&a[i..], &b[i..]);
    match ra.len().cmp(&rb.len()) {
        std::cmp::Ordering::Equal => {
            ra[1..] == rb[1..]
                || (ra.len() >= 2 && ra[0] == rb[1] && ra[1] == rb[0] && ra[2..] == rb[2..])
        }
        std::cmp::Ordering::Greater => ra[1..] == *rb,
        std::cmp::Ordering::Less => *ra == rb[1..],
    }
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

    #[test]
    fn numbers_in_patterns_and_thousands_separators() {
        let none = HashSet::new();
        let fuzz = Fuzz {
            min_len: 6,
            min_len2: 12,
        };
        let p = Pattern::parse("about|circa ~2 # ~3 customers|records", 1.0, 4).unwrap();
        for (text, hit) in [
            ("It reached about 1,700 customers.", true),
            ("Dentro c'erano circa 30.000 record clienti.", true),
            ("A question about the customers.", false),
            ("about 12. Customers were told.", false),
        ] {
            let toks = tokenize(text, &none, 1000);
            assert_eq!(!p.find_all(&toks, fuzz).is_empty(), hit, "{text}");
        }
        assert!(Pattern::parse("# customers", 1.0, 4).is_err());
    }

    use super::*;

    const FUZZ: Fuzz = Fuzz {
        min_len: 6,
        min_len2: 11,
    };

    fn toks(s: &str) -> Vec<Token> {
        tokenize(
            s,
            &HashSet::from(["but".to_string(), "seulement".to_string()]),
            10_000,
        )
    }

    #[test]
    fn fold_strips_accents_and_unifies_apostrophes() {
        assert_eq!(
            fold("Droit d’ACCÈS à mes données"),
            "droit d'acces a mes donnees"
        );
        assert_eq!(
            fold("Löschung – Straße – Œuvre"),
            "loschung – strasse – oeuvre"
        );
        assert_eq!(fold("e\u{301}te\u{301}"), "ete");
        assert_eq!(fold("a\u{202E}b\u{200B}c"), "abc");
    }

    #[test]
    fn tokenize_tracks_sentences_and_clauses() {
        let t = toks("I don't want it deleted, but a copy. Next one\n\nPara");
        let words: Vec<&str> = t.iter().map(|t| t.text.as_str()).collect();
        assert_eq!(
            words,
            [
                "i", "do", "not", "want", "it", "deleted", "but", "a", "copy", "next", "one",
                "para"
            ]
        );
        assert_eq!(t[5].clause, t[0].clause);
        assert_ne!(t[6].clause, t[5].clause);
        assert_eq!(t[6].sentence, t[5].sentence);
        assert_ne!(t[9].sentence, t[8].sentence);
        assert_ne!(t[11].sentence, t[10].sentence);
    }

    #[test]
    fn a_day_month_date_does_not_end_the_sentence() {
        let t = toks("Die Aufnahmen vom 14.11. zwischen 1 und 4 Uhr. Danke");
        let at = |w: &str| t.iter().find(|t| t.text == w).unwrap().sentence;
        assert_eq!(at("aufnahmen"), at("zwischen"));
        assert_eq!(at("aufnahmen"), at("uhr"));
        assert_ne!(at("uhr"), at("danke"));
        // A number ending a sentence still ends it; a year after the date too.
        let t = toks("Ich bin 34. Bitte um 2.5. Am 1.2.2026. Danke");
        let at = |w: &str| t.iter().find(|t| t.text == w).unwrap().sentence;
        assert_ne!(at("ich"), at("bitte"));
        assert_ne!(at("am"), at("danke"));
    }

    #[test]
    fn contractions() {
        assert_eq!(
            expand_negative_contractions("don't isn't can't n't"),
            "do not is not ca not n't"
        );
    }

    #[test]
    fn distance() {
        let c = |s: &str| s.chars().collect::<Vec<_>>();
        assert!(within_distance(&c("suppresion"), &c("suppression"), 1));
        assert!(within_distance(&c("acecss"), &c("access"), 1));
        assert!(!within_distance(&c("access"), &c("accuse"), 1));
        assert!(within_distance(&c(""), &c("a"), 1));
        assert!(within_distance(&c("abc"), &c("abc"), 0));
        assert!(!within_distance(&c("abc"), &c("abd"), 0));
        assert!(within_distance(
            &c("verwijderingsverzoek"),
            &c("verwijderingverzoek"),
            2
        ));
        assert!(within_distance(
            &c("verwijderingsverzoek"),
            &c("verwijdreingsverzoke"),
            2
        ));
        assert!(!within_distance(
            &c("verwijderingsverzoek"),
            &c("verwijdreingsvrezoke"),
            2
        ));
        // The table-free check agrees with the table on every pair of short strings.
        let alphabet = ['a', 'b', 'c'];
        let mut words: Vec<Vec<char>> = vec![vec![]];
        for len in 1..=4 {
            let mut n = 0usize;
            while n < 3usize.pow(len) {
                let mut x = n;
                words.push(
                    (0..len)
                        .map(|_| {
                            let c = alphabet[x % 3];
                            x /= 3;
                            c
                        })
                        .collect(),
                );
                n += 1;
            }
        }
        for a in &words {
            for b in &words {
                let table = {
                    // Plain OSA table.
                    let (n, m) = (a.len(), b.len());
                    let mut d = vec![vec![0usize; m + 1]; n + 1];
                    for (i, row) in d.iter_mut().enumerate() {
                        row[0] = i;
                    }
                    for (j, v) in d[0].iter_mut().enumerate() {
                        *v = j;
                    }
                    for i in 1..=n {
                        for j in 1..=m {
                            let cost = usize::from(a[i - 1] != b[j - 1]);
                            d[i][j] = (d[i - 1][j] + 1)
                                .min(d[i][j - 1] + 1)
                                .min(d[i - 1][j - 1] + cost);
                            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                                d[i][j] = d[i][j].min(d[i - 2][j - 2] + 1);
                            }
                        }
                    }
                    d[n][m]
                };
                assert_eq!(within_distance(a, b, 1), table <= 1, "{a:?} {b:?}");
                assert_eq!(within_distance(a, b, 2), table <= 2, "{a:?} {b:?}");
            }
        }
    }

    #[test]
    fn patterns_match_with_gaps_prefixes_typos() {
        let p = Pattern::parse("supprim* ~ données", 1.0, 4).unwrap();
        assert_eq!(
            p.find_all(&toks("Merci de supprimer toutes mes données."), FUZZ)
                .len(),
            1
        );
        assert_eq!(
            p.find_all(&toks("Merci de suprimer mes donnees"), FUZZ)
                .len(),
            1
        );
        assert!(
            p.find_all(&toks("Merci de supprimer. Mes données"), FUZZ)
                .is_empty()
        );
        assert!(
            p.find_all(&toks("supprimer a b c d e données"), FUZZ)
                .is_empty()
        );
        let p = Pattern::parse("droit d'accès", 1.0, 4).unwrap();
        assert_eq!(p.terms.len(), 2);
        assert_eq!(p.find_all(&toks("mon DROIT D'ACCES"), FUZZ).len(), 1);
        let p = Pattern::parse("e-mail|email ~ =me", 1.0, 4).unwrap();
        assert_eq!(p.find_all(&toks("e-mail me"), FUZZ).len(), 1);
        assert_eq!(p.find_all(&toks("email to me"), FUZZ).len(), 1);
        assert!(p.find_all(&toks("email to mo"), FUZZ).is_empty());
        let m = &Pattern::parse("data ~ deleted", 1.0, 4)
            .unwrap()
            .find_all(&toks("my data to be deleted"), FUZZ)[0];
        assert_eq!((m.start, m.end, m.literals.clone()), (1, 5, vec![1, 4]));
    }

    #[test]
    fn pattern_set_agrees_with_single_patterns() {
        let srcs = [
            "supprim* ~ données",
            "droit d'accès",
            "=me",
            "deleted",
            "access|acess ~ data",
            "verwijderingsverzoek",
            "portabil*",
            "e-mail|email",
        ];
        let pats: Vec<Pattern> = srcs
            .iter()
            .map(|s| Pattern::parse(s, 1.0, 4).unwrap())
            .collect();
        let set = PatternSet::new(pats.clone(), FUZZ);
        for text in [
            "Merci de suprimer toutes mes données. droit d'acces",
            "me, deleted delted deletde deleteed, acess to my data",
            "verwijderingsverzoek verwijderingverzoek portabilité prtabilite e-mail",
            "",
        ] {
            let t = toks(text);
            let all = set.find_all(&t, FUZZ);
            for (p, got) in pats.iter().zip(&all) {
                let want = p.find_all(&t, FUZZ);
                let key = |v: &[Match]| v.iter().map(|m| (m.start, m.end)).collect::<Vec<_>>();
                assert_eq!(key(got), key(&want), "{} in {text:?}", p.source);
            }
        }
        assert_eq!(deletions("abc"), ["bc", "ac", "ab"]);
        assert_eq!(deletions("é"), [""]);
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
