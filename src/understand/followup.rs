//! Follow-ups: the text of a reply without its quoted history and signature, cut to what
//! Dastra's `DataSubjectMessages` accepts.

use super::forward::first_boundary;
use super::lexicon::Lexicon;
use super::text::{cut_utf16, fold, words};

/// Dastra's limit for `DataSubjectMessageCreationDto.message`.
pub const FOLLOW_UP_MAX_CHARS: usize = 3000;

/// The text a person wrote in a reply: quoted history (attribution lines, "Original Message"
/// blocks, inline header blocks, "> " lines) and the signature removed. When nothing remains,
/// the whole text is returned rather than nothing.
pub(crate) fn own_text(text: &str, lex: &Lexicon) -> String {
    let lines: Vec<&str> = text.lines().collect();
    let upto = first_boundary(&lines, lex).map_or(lines.len(), |b| b.line);
    let mut kept: Vec<&str> = lines[..upto]
        .iter()
        .copied()
        .filter(|l| !l.trim_start().starts_with('>'))
        .collect();
    // Signature: "-- " delimiter or a mobile client's line, after some content.
    let mut seen_content = false;
    for (i, l) in kept.iter().enumerate() {
        let t = l.trim();
        if seen_content
            && (t == "--" || t == "-- " || is_signature_marker(t, lex) || is_disclaimer(t))
        {
            kept.truncate(i);
            break;
        }
        seen_content |= !t.is_empty();
    }
    let out = kept.join("\n").trim().to_string();
    if out.is_empty() {
        text.trim().to_string()
    } else {
        collapse_blank_lines(&out)
    }
}

/// A legal footer ("CONFIDENTIALITY NOTICE: This e-mail and any attachments …"): its words
/// (unauthorised disclosure, delete this message, notify the sender) are nobody's request.
fn is_disclaimer(line: &str) -> bool {
    const MARKERS: &[&str] = &[
        "confidentiality notice",
        "confidentiality:",
        "disclaimer",
        "this e-mail and any attachment",
        "this email and any attachment",
        "this message and any attachment",
        "this email is confidential",
        "this e-mail is confidential",
        "this message is confidential",
        "the information contained in this",
        "ce message et toutes les pièces jointes",
        "ce message et ses pièces jointes",
        "ce courriel et ses pièces jointes",
        "avertissement de confidentialité",
        "dit e-mailbericht is",
        "dit bericht is uitsluitend",
        "dit e-mailbericht en eventuele bijlagen",
        "diese e-mail enthält vertrauliche",
        "diese nachricht enthält vertrauliche",
        "diese e-mail kann vertrauliche",
        "este mensaje y sus anexos",
        "este correo electrónico y sus anexos",
        "aviso de confidencialidad",
        "questo messaggio e i suoi allegati",
        "questa e-mail e gli eventuali allegati",
        "le informazioni contenute in questa",
        "questa email è riservata",
        "questa e-mail è riservata",
        "questo messaggio è riservato",
        "ce courriel est confidentiel",
        "ce message est confidentiel",
        "este correo es confidencial",
        "este mensaje es confidencial",
        "deze e-mail is vertrouwelijk",
        "dit bericht is vertrouwelijk",
        "diese e-mail ist vertraulich",
        "diese nachricht ist vertraulich",
        "der inhalt dieser e-mail ist vertraulich",
        "vertraulichkeitshinweis",
        "aviso legal:",
        "nota legal:",
        "legal notice:",
        "avis juridique :",
        "avis de confidentialité",
        "avviso di riservatezza",
        "clausola di riservatezza",
        "vertrouwelijkheidsclausule",
    ];
    // Every marker is short: lowercase only the start of the line (this runs on each line).
    let head: String = line.chars().take(48).flat_map(char::to_lowercase).collect();
    MARKERS.iter().any(|m| head.starts_with(m))
}

/// Like [`own_text`], but keeps what follows a "-- " delimiter: the signature, where a
/// person's name stands when the From header has none. A mobile client's line still ends it.
pub(crate) fn own_text_with_signature(text: &str, lex: &Lexicon) -> String {
    let lines: Vec<&str> = text.lines().collect();
    let upto = first_boundary(&lines, lex).map_or(lines.len(), |b| b.line);
    let mut kept: Vec<&str> = lines[..upto]
        .iter()
        .copied()
        .filter(|l| {
            let t = l.trim();
            !t.starts_with('>') && t != "--"
        })
        .collect();
    let mut seen_content = false;
    for (i, l) in kept.iter().enumerate() {
        let t = l.trim();
        if seen_content && (is_signature_marker(t, lex) || is_disclaimer(t)) {
            kept.truncate(i);
            break;
        }
        seen_content |= !t.is_empty();
    }
    kept.join("\n").trim().to_string()
}

fn is_signature_marker(line: &str, lex: &Lexicon) -> bool {
    if line.chars().count() > 80 {
        return false;
    }
    let phrase = words(&fold(line)).join(" ");
    lex.signature_markers
        .iter()
        .any(|m| phrase == *m || phrase.starts_with(&format!("{m} ")))
}

fn collapse_blank_lines(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut blank = 0;
    for l in s.lines() {
        if l.trim().is_empty() {
            blank += 1;
            if blank > 1 {
                continue;
            }
        } else {
            blank = 0;
        }
        out.push_str(l.trim_end());
        out.push('\n');
    }
    out.trim_end().to_string()
}

/// Cuts `text` to at most `max` UTF-16 units (what Dastra's .NET server counts), on a character
/// boundary, ending with "…" when something was cut.
pub(crate) fn cut_for_dastra(text: &str, max: usize) -> String {
    if cut_utf16(text, max).len() == text.len() {
        return text.to_string();
    }
    let head = cut_utf16(text, max.saturating_sub(1));
    // Prefer to cut at a word boundary when one is near.
    let head = match head.rfind(char::is_whitespace) {
        Some(i) if i + 200 > head.len() && i > 0 => &head[..i],
        _ => head,
    };
    format!("{}…", head.trim_end())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn own(s: &str) -> String {
        own_text(s, &Lexicon::default())
    }

    #[test]
    fn trims_quotes_and_signatures() {
        assert_eq!(
            own(
                "Thanks, here is my ID.\n\nOn Mon, 3 Mar 2025, Privacy <p@acme.test> wrote:\n> Please send your ID"
            ),
            "Thanks, here is my ID."
        );
        assert_eq!(own("Merci.\n-- \nJane Doe\n06 12 34 56 78"), "Merci.");
        assert_eq!(
            own("Ok\n\nEnvoyé de mon iPhone\n\nLe 3 mars, X a écrit :\n> y"),
            "Ok"
        );
        assert_eq!(
            own("Hier ist die Kopie.\n\nVon meinem iPhone gesendet"),
            "Hier ist die Kopie."
        );
        assert_eq!(
            own("Zie bijlage.\n\nVerzonden vanaf mijn iPhone"),
            "Zie bijlage."
        );
        assert_eq!(own("> only quoted\n> text"), "> only quoted\n> text");
        assert_eq!(
            own(
                "Yes.\n\n-----Original Message-----\nFrom: P <p@acme.test>\nSent: Monday\nSubject: x\n\nold"
            ),
            "Yes."
        );
        assert_eq!(own("Answer 1\n> q2\nAnswer 2"), "Answer 1\nAnswer 2");
        assert_eq!(own("Get Outlook for iOS"), "Get Outlook for iOS");
    }

    #[test]
    fn cut_respects_utf16_and_chars() {
        let s = "é".repeat(5000);
        let c = cut_for_dastra(&s, 3000);
        assert!(c.encode_utf16().count() <= 3000);
        assert!(c.ends_with('…'));
        let s = "😀".repeat(2000);
        let c = cut_for_dastra(&s, 3000);
        assert!(
            c.encode_utf16().count() <= 3000,
            "{}",
            c.encode_utf16().count()
        );
        assert_eq!(cut_for_dastra("short", 3000), "short");
        let words = "word ".repeat(1000);
        let c = cut_for_dastra(&words, 3000);
        assert!(c.ends_with("word…"));
    }
}
