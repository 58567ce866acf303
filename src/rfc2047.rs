//! RFC 2047 encoded words for display names and subjects, shared by the relay's From
//! rewrite and ingestion's acknowledgements (neither imports the other).

use base64::Engine;

/// `s` as RFC 2047 encoded words (base64, UTF-8), folded: each word at most 75 characters
/// (45 bytes of UTF-8 → 60 base64 characters). Breaks fall after the whitespace between
/// words (each encoded word carries whole words and its trailing space, so a reader that
/// decodes encoded words one by one — or shows them undecoded — never sees a word cut);
/// a single word longer than 45 bytes is cut between characters, never inside one nor
/// between a character and its combining marks.
pub fn encoded_words(s: &str) -> String {
    const MAX: usize = 45;
    let mut words: Vec<String> = Vec::new();
    let mut chunk = String::new();
    for token in words_with_space(s) {
        if chunk.len() + token.len() <= MAX {
            chunk.push_str(token);
            continue;
        }
        if !chunk.is_empty() {
            words.push(std::mem::take(&mut chunk));
        }
        if token.len() <= MAX {
            chunk.push_str(token);
            continue;
        }
        for cluster in clusters(token) {
            if chunk.len() + cluster.len() > MAX && !chunk.is_empty() {
                words.push(std::mem::take(&mut chunk));
            }
            chunk.push_str(cluster);
        }
    }
    if !chunk.is_empty() {
        words.push(chunk);
    }
    words
        .iter()
        .map(|w| {
            format!(
                "=?UTF-8?B?{}?=",
                base64::engine::general_purpose::STANDARD.encode(w.as_bytes())
            )
        })
        .collect::<Vec<_>>()
        .join("\r\n ")
}

/// `"a b  c"` → `["a ", "b  ", "c"]`: each word with the whitespace after it.
fn words_with_space(s: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut in_space = false;
    for (i, c) in s.char_indices() {
        let space = c.is_whitespace();
        if in_space && !space {
            out.push(&s[start..i]);
            start = i;
        }
        in_space = space;
    }
    if start < s.len() {
        out.push(&s[start..]);
    }
    out
}

/// A character with the combining marks, variation selectors and zero-width-joined
/// characters that belong to it.
fn clusters(s: &str) -> Vec<&str> {
    let joins = |c: char| {
        matches!(c as u32,
            0x0300..=0x036F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF
            | 0xFE00..=0xFE0F | 0xFE20..=0xFE2F | 0x200D | 0x1F3FB..=0x1F3FF | 0xE0100..=0xE01EF)
    };
    let mut out = Vec::new();
    let mut start = 0;
    let mut prev_zwj = false;
    for (i, c) in s.char_indices() {
        if i > 0 && !joins(c) && !prev_zwj {
            out.push(&s[start..i]);
            start = i;
        }
        prev_zwj = c == '\u{200D}';
    }
    if start < s.len() {
        out.push(&s[start..]);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encoded_words_break_between_words_and_never_inside_a_character() {
        let b64 = base64::engine::general_purpose::STANDARD;
        let decode = |enc: &str| -> Vec<String> {
            enc.split("\r\n ")
                .map(|w| {
                    let inner = w
                        .strip_prefix("=?UTF-8?B?")
                        .and_then(|x| x.strip_suffix("?="))
                        .unwrap();
                    assert!(w.len() <= 75, "{w}");
                    String::from_utf8(b64.decode(inner).unwrap()).expect("whole characters")
                })
                .collect()
        };
        let name = "Équipe Protection des données personnelles de l'entreprise Müller-Lüdenscheidt";
        let parts = decode(&encoded_words(name));
        assert!(parts.len() > 1);
        assert_eq!(parts.concat(), name);
        for p in &parts[..parts.len() - 1] {
            assert!(p.ends_with(' '), "a break inside a word: {parts:?}");
        }
        // One word longer than an encoded word: cut between characters, the combining
        // accent (e + U+0301) and the joined emoji stay whole.
        let long = "e\u{301}".repeat(20) + &"👩\u{200D}💻".repeat(5);
        let parts = decode(&encoded_words(&long));
        assert_eq!(parts.concat(), long);
        for p in &parts {
            assert!(
                !p.starts_with('\u{301}') && !p.starts_with('\u{200D}'),
                "{parts:?}"
            );
            assert!(!p.ends_with('\u{200D}'), "{parts:?}");
        }
    }
}
