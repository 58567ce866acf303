//! Forwards and quoted history in plain text: subject prefixes ("Fwd:", "TR:", "Doorst:",
//! "WG:"), separator lines ("---------- Forwarded message ---------", "-------- Message
//! transféré --------", "-----Ursprüngliche Nachricht-----"), inline header blocks ("From: … /
//! Sent: …", "De : … / Envoyé : …", "Van: … / Verzonden: …", "Von: … / Gesendet: …") and
//! reply attributions ("On … wrote:", "Le … a écrit :").

use super::identity::parse_text_sender;
use super::lexicon::Lexicon;
use super::text::{fold, words};

/// What a subject's leading prefixes say.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct SubjectPrefixes {
    /// The subject without its "Re:"/"Fwd:" prefixes (and bracket tags before them).
    pub rest: String,
    pub forward: bool,
    pub reply: bool,
}

/// Strips "Re:", "Fwd:", "TR :", "AW:", "Re[2]:", "[EXT]" … from the start of a subject.
pub(crate) fn subject_prefixes(subject: &str, lex: &Lexicon) -> SubjectPrefixes {
    let mut out = SubjectPrefixes::default();
    let mut rest = subject.trim_start();
    for _ in 0..20 {
        // A bracket tag such as "[EXT]" before a prefix.
        if rest.starts_with('[')
            && let Some(close) = rest.find(']')
            && close < 40
        {
            let after = rest[close + 1..].trim_start();
            if prefix_word(after, lex).is_some() {
                rest = after;
                continue;
            }
            break;
        }
        match prefix_word(rest, lex) {
            Some((is_fwd, len)) => {
                if is_fwd {
                    out.forward = true;
                } else {
                    out.reply = true;
                }
                rest = rest[len..].trim_start();
            }
            None => break,
        }
    }
    out.rest = rest.trim().to_string();
    out
}

/// A "word:" prefix at the start of `s`: (is a forward prefix, byte length including the colon).
fn prefix_word(s: &str, lex: &Lexicon) -> Option<(bool, usize)> {
    let colon = s.find([':', '：'])?;
    if colon > 12 {
        return None;
    }
    let head = s[..colon].trim();
    // "Re[2]", "AW(3)", "RE 2"
    let word = head
        .trim_end_matches(|c: char| c.is_ascii_digit() || matches!(c, '[' | ']' | '(' | ')' | ' '));
    if word.is_empty() || !word.chars().all(char::is_alphabetic) {
        return None;
    }
    let f = fold(word);
    let len = colon + s[colon..].chars().next().map_or(1, char::len_utf8);
    if lex.fwd_prefixes.contains(&f) {
        Some((true, len))
    } else if lex.reply_prefixes.contains(&f) {
        Some((false, len))
    } else {
        None
    }
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Label {
    From,
    Subject,
    Other,
}

/// "From: value" → (label kind, value).
fn label_line(line: &str, lex: &Lexicon) -> Option<(Label, String)> {
    let l = line.trim().trim_start_matches('*').trim_start();
    let colon = l.find([':', '：'])?;
    if colon == 0 || colon > 40 {
        return None;
    }
    let label = words(&fold(l[..colon].trim().trim_end_matches('*'))).join(" ");
    if label.is_empty() {
        return None;
    }
    let value = l[colon..]
        .chars()
        .skip(1)
        .collect::<String>()
        .trim()
        .trim_start_matches('*')
        .trim()
        .to_string();
    let kind = if lex.from_labels.contains(&label) {
        Label::From
    } else if lex.subject_labels.contains(&label) {
        Label::Subject
    } else if lex.other_labels.contains(&label) {
        Label::Other
    } else {
        return None;
    };
    Some((kind, value))
}

/// An inline header block ("From: …", "Sent: …", "To: …", "Subject: …").
#[derive(Debug, Clone, Default)]
pub(crate) struct HeaderBlock {
    /// Line after the block.
    pub end: usize,
    pub from: Option<String>,
    pub subject: Option<String>,
}

/// A header block starting at line `i` (blank lines allowed between its fields).
fn header_block(lines: &[&str], i: usize, lex: &Lexicon) -> Option<HeaderBlock> {
    let mut b = HeaderBlock {
        end: i,
        ..Default::default()
    };
    let mut labels = 0;
    let mut others = 0;
    let mut j = i;
    let mut last_was_recipients = false;
    while j < lines.len() && j < i + 40 {
        let line = lines[j];
        if line.trim().is_empty() {
            // A blank line ends the block unless another field follows right after it.
            if lines
                .get(j + 1)
                .is_some_and(|n| label_line(n, lex).is_some())
                && labels > 0
            {
                j += 1;
                continue;
            }
            break;
        }
        match label_line(line, lex) {
            Some((kind, value)) => {
                labels += 1;
                match kind {
                    Label::From if b.from.is_none() => b.from = Some(value),
                    Label::From => break,
                    Label::Subject => {
                        b.subject.get_or_insert(value);
                        others += 1;
                    }
                    Label::Other => others += 1,
                }
                last_was_recipients = kind == Label::Other && line.contains('@');
            }
            None if labels > 0
                && last_was_recipients
                && (line.contains('@') || line.contains(';')) => {}
            None => break,
        }
        j += 1;
        b.end = j;
    }
    (b.from.is_some() && labels >= 2 && others >= 1).then_some(b)
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum BoundaryKind {
    /// "Forwarded message", "Message transféré", "Begin forwarded message:".
    Forward,
    /// "Original Message", "Message d'origine", a line of underscores, or a bare header block.
    Original,
    /// "On … wrote:", "Le … a écrit :".
    Attribution,
}

/// Where earlier mail starts inside a text.
#[derive(Debug, Clone)]
pub(crate) struct Boundary {
    pub kind: BoundaryKind,
    /// First line of the boundary (separator or attribution or header block).
    pub line: usize,
    pub block: Option<HeaderBlock>,
    /// First line of the earlier message's text.
    pub body_start: usize,
}

fn separator_kind(line: &str, lex: &Lexicon) -> Option<BoundaryKind> {
    let t = line.trim();
    if t.len() >= 8 && t.chars().all(|c| c == '_') {
        return Some(BoundaryKind::Original);
    }
    let core = t.trim_matches(|c: char| {
        matches!(
            c,
            '-' | '_' | '=' | '*' | '<' | '>' | ' ' | ':' | '\u{2014}' | '\u{2013}'
        )
    });
    if core.is_empty() || core.chars().count() > 60 {
        return None;
    }
    let phrase = words(&fold(core)).join(" ");
    if lex
        .forward_separators
        .iter()
        .any(|s| phrase == *s || phrase.starts_with(&format!("{s} ")))
    {
        return Some(BoundaryKind::Forward);
    }
    if lex.original_separators.contains(&phrase) {
        return Some(BoundaryKind::Original);
    }
    None
}

fn is_attribution(lines: &[&str], i: usize, lex: &Lexicon) -> Option<usize> {
    let one = fold(lines[i].trim());
    if one.is_empty() || one.starts_with('>') {
        return None;
    }
    if lex.reply_headers.iter().any(|r| r.is_match(&one)) {
        return Some(i + 1);
    }
    // Attributions wrapped over two lines.
    if let Some(next) = lines.get(i + 1) {
        let two = format!("{one} {}", fold(next.trim()));
        if two.len() < 400 && lex.reply_headers.iter().any(|r| r.is_match(&two)) {
            return Some(i + 2);
        }
    }
    None
}

/// The first boundary in `lines`, scanning at most `max_lines`.
pub(crate) fn first_boundary(lines: &[&str], lex: &Lexicon) -> Option<Boundary> {
    for i in 0..lines.len().min(5_000) {
        let line = lines[i];
        if line.trim().is_empty() || line.trim_start().starts_with('>') {
            continue;
        }
        if let Some(kind) = separator_kind(line, lex) {
            // The header block, if any, follows within a few lines.
            let mut j = i + 1;
            let mut seen = 0;
            let mut block = None;
            while j < lines.len() && seen < 3 {
                if !lines[j].trim().is_empty() {
                    block = header_block(lines, j, lex);
                    seen += 1;
                    if block.is_some() {
                        break;
                    }
                }
                j += 1;
            }
            // An underscore line alone is only a rule, not a boundary.
            if kind == BoundaryKind::Original && block.is_none() && line.trim().starts_with('_') {
                continue;
            }
            let body_start = block.as_ref().map_or(i + 1, |b| b.end);
            return Some(Boundary {
                kind,
                line: i,
                block,
                body_start,
            });
        }
        if let Some(block) = header_block(lines, i, lex) {
            return Some(Boundary {
                kind: BoundaryKind::Original,
                line: i,
                body_start: block.end,
                block: Some(block),
            });
        }
        if let Some(body_start) = is_attribution(lines, i, lex) {
            return Some(Boundary {
                kind: BoundaryKind::Attribution,
                line: i,
                block: None,
                body_start,
            });
        }
    }
    None
}

/// A message forwarded inline, found in a text.
#[derive(Debug, Clone, Default)]
pub(crate) struct InlineForward {
    /// What the forwarder wrote above the forwarded message.
    pub note: String,
    pub from_name: Option<String>,
    pub from_address: Option<String>,
    pub subject: Option<String>,
    /// The forwarded message's text.
    pub text: String,
}

fn join(lines: &[&str]) -> String {
    lines.join("\n").trim().to_string()
}

/// Finds an inline forward in `text` (whose subject carries `prefixes`), following forwards of
/// forwards up to three levels.
pub(crate) fn inline_forward(
    text: &str,
    prefixes: &SubjectPrefixes,
    lex: &Lexicon,
) -> Option<InlineForward> {
    let mut found: Option<InlineForward> = None;
    let mut cur_text = text.to_string();
    let mut cur_prefixes = prefixes.clone();
    for _ in 0..3 {
        let lines: Vec<&str> = cur_text.lines().collect();
        let Some(b) = first_boundary(&lines, lex) else {
            break;
        };
        let Some(block) = &b.block else { break };
        let note = join(&lines[..b.line]);
        let is_forward = match b.kind {
            BoundaryKind::Forward => true,
            BoundaryKind::Original => {
                cur_prefixes.forward || (!cur_prefixes.reply && note.is_empty())
            }
            BoundaryKind::Attribution => false,
        };
        if !is_forward {
            break;
        }
        let (from_name, from_address) = block
            .from
            .as_deref()
            .map(parse_text_sender)
            .unwrap_or_default();
        let next = InlineForward {
            note: found.as_ref().map_or(note, |f| f.note.clone()),
            from_name,
            from_address,
            subject: block.subject.clone(),
            text: join(&lines[b.body_start.min(lines.len())..]),
        };
        cur_prefixes = subject_prefixes(next.subject.as_deref().unwrap_or(""), lex);
        cur_text = next.text.clone();
        found = Some(next);
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lex() -> Lexicon {
        Lexicon::default()
    }

    #[test]
    fn prefixes() {
        let l = lex();
        let p = subject_prefixes("TR: RE: Fwd: Demande", &l);
        assert_eq!(
            (p.rest.as_str(), p.forward, p.reply),
            ("Demande", true, true)
        );
        for s in [
            "Fwd: x",
            "FW: x",
            "Tr : x",
            "Doorst: x",
            "WG: x",
            "RV: x",
            "I: x",
            "[EXT] Fwd: x",
        ] {
            let p = subject_prefixes(s, &l);
            assert!(p.forward && !p.reply && p.rest == "x", "{s}: {p:?}");
        }
        for s in ["Re: x", "AW: x", "Antw: x", "RE[2]: x", "Réf : x"] {
            let p = subject_prefixes(s, &l);
            assert!(p.reply && !p.forward && p.rest == "x", "{s}: {p:?}");
        }
        let p = subject_prefixes("Demande : accès", &l);
        assert_eq!(
            (p.rest.as_str(), p.forward, p.reply),
            ("Demande : accès", false, false)
        );
        let p = subject_prefixes("[DSR-1042] Re: x", &l);
        assert!(p.reply && p.rest == "x");
        let p = subject_prefixes("[DSR-1042] Demande", &l);
        assert!(!p.reply && p.rest == "[DSR-1042] Demande");
    }

    fn fwd(subject: &str, body: &str) -> Option<InlineForward> {
        let l = lex();
        inline_forward(body, &subject_prefixes(subject, &l), &l)
    }

    #[test]
    fn gmail_forward() {
        let f = fwd(
            "Fwd: Delete my data",
            "FYI\n\n---------- Forwarded message ---------\nFrom: Jane Doe <jane@example.com>\nDate: Mon, 3 Mar 2025 at 10:00\nSubject: Delete my data\nTo: <privacy@acme.test>\n\n\nPlease delete my data.\n",
        )
        .unwrap();
        assert_eq!(f.note, "FYI");
        assert_eq!(f.from_address.as_deref(), Some("jane@example.com"));
        assert_eq!(f.from_name.as_deref(), Some("Jane Doe"));
        assert_eq!(f.subject.as_deref(), Some("Delete my data"));
        assert_eq!(f.text, "Please delete my data.");
    }

    #[test]
    fn french_thunderbird_and_outlook_forwards() {
        let f = fwd(
            "TR: Demande",
            "\n-------- Message transféré --------\nSujet : \tDemande\nDate : \tlun. 3 mars 2025\nDe : \tMarie Dupont <marie@example.fr>\nPour : \tcontact@acme.test\n\nBonjour, supprimez mes données.",
        );
        let f = f.unwrap();
        assert_eq!(f.from_address.as_deref(), Some("marie@example.fr"));
        assert_eq!(f.text, "Bonjour, supprimez mes données.");

        let f = fwd(
            "TR: Demande",
            "Pour traitement.\n\n________________________________\nDe : Marie Dupont <marie@example.fr>\nEnvoyé : lundi 3 mars 2025 10:00\nÀ : Contact <contact@acme.test>\nObjet : Demande\n\nBonjour",
        )
        .unwrap();
        assert_eq!(f.note, "Pour traitement.");
        assert_eq!(f.from_address.as_deref(), Some("marie@example.fr"));
        assert_eq!(f.text, "Bonjour");
    }

    #[test]
    fn dutch_german_and_apple_forwards() {
        let f = fwd("Doorst: verzoek", "Van: Jan de Vries [mailto:jan@example.nl]\nVerzonden: maandag 3 maart 2025 10:00\nAan: privacy@acme.test\nOnderwerp: verzoek\n\nGraag inzage.").unwrap();
        assert_eq!(f.from_address.as_deref(), Some("jan@example.nl"));
        assert_eq!(f.from_name.as_deref(), Some("Jan de Vries"));
        let f = fwd("WG: Anfrage", "-----Ursprüngliche Nachricht-----\nVon: Jürgen Müller <j@example.de>\nGesendet: Montag, 3. März 2025 10:00\nAn: datenschutz@acme.test\nBetreff: Anfrage\n\nBitte löschen.").unwrap();
        assert_eq!(f.from_address.as_deref(), Some("j@example.de"));
        assert_eq!(f.text, "Bitte löschen.");
        let f = fwd("Fwd: x", "Begin forwarded message:\n\nFrom: Jane <jane@example.com>\nSubject: x\nDate: 3 March 2025\nTo: a@b.c\n\nHello").unwrap();
        assert_eq!(f.from_address.as_deref(), Some("jane@example.com"));
        assert_eq!(f.text, "Hello");
    }

    #[test]
    fn forward_of_forward() {
        let f = fwd(
            "Fwd: Fwd: x",
            "---------- Forwarded message ---------\nFrom: Colleague <c@acme.test>\nDate: today\nSubject: Fwd: x\n\n---------- Forwarded message ---------\nFrom: Jane <jane@example.com>\nDate: yesterday\nSubject: x\n\nDelete me",
        )
        .unwrap();
        assert_eq!(f.from_address.as_deref(), Some("jane@example.com"));
        assert_eq!(f.text, "Delete me");
    }

    #[test]
    fn replies_are_not_forwards() {
        assert!(fwd("RE: Demande", "Merci.\n\n-----Message d'origine-----\nDe : Acme <privacy@acme.test>\nEnvoyé : lundi\nObjet : Demande\n\nold").is_none());
        assert!(
            fwd(
                "Re: x",
                "Thanks\n\nOn Mon, 3 Mar 2025, Acme <p@acme.test> wrote:\n> old"
            )
            .is_none()
        );
        assert!(fwd("Hello", "Please delete my data.\nFrom: Paris\nThanks").is_none());
        // No prefix, nothing above the block: a forward without comment.
        assert!(
            fwd(
                "Demande",
                "De : Marie <marie@example.fr>\nEnvoyé : lundi\nObjet : Demande\n\nBonjour"
            )
            .is_some()
        );
    }

    #[test]
    fn boundaries() {
        let l = lex();
        let text = "Thanks!\n\nOn Mon, 3 Mar 2025 at 10:00, Privacy Team <privacy@acme.test>\nwrote:\n> old";
        let lines: Vec<&str> = text.lines().collect();
        let b = first_boundary(&lines, &l).unwrap();
        assert_eq!(
            (b.kind, b.line, b.body_start),
            (BoundaryKind::Attribution, 2, 4)
        );
        let text = "Merci\nLe lun. 3 mars 2025 à 10:00, Acme <p@acme.test> a écrit :\n> x";
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(first_boundary(&lines, &l).unwrap().line, 1);
        let text = "Danke\nAm 03.03.2025 um 10:00 schrieb Acme <p@acme.test>:\n> x";
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(first_boundary(&lines, &l).unwrap().line, 1);
        let text = "Bedankt\nOp ma 3 mrt 2025 om 10:00 schreef Acme <p@acme.test>:\n> x";
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(first_boundary(&lines, &l).unwrap().line, 1);
        let lines: Vec<&str> = "a\n__________\nb".lines().collect();
        assert!(first_boundary(&lines, &l).is_none());
    }
}
