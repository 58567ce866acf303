//! HTML → readable text: block elements become line breaks, list items get a dash,
//! `<blockquote>` lines get a "> " prefix (so quoted history can be trimmed like plain text),
//! `<head>`, `<style>`, `<script>` are dropped, entities are decoded. Linear, no allocation per
//! tag beyond the tag name, bounded nesting bookkeeping: safe on hostile input.

/// Converts HTML to text.
pub(crate) fn html_to_text(html: &str) -> String {
    let mut out = Out::default();
    let bytes = html.as_bytes();
    let mut i = 0;
    let mut skip_until: Option<&'static str> = None;
    let mut pre = 0usize;
    while i < bytes.len() {
        let b = bytes[i];
        if b == b'<' {
            // Comments, doctype, CDATA.
            if html[i..].starts_with("<!--") {
                i = html[i + 4..]
                    .find("-->")
                    .map_or(bytes.len(), |e| i + 4 + e + 3);
                continue;
            }
            if html[i..].starts_with("<!") || html[i..].starts_with("<?") {
                i = html[i..].find('>').map_or(bytes.len(), |e| i + e + 1);
                continue;
            }
            let Some((tag, closing, end)) = parse_tag(html, i) else {
                if skip_until.is_none() {
                    out.text("<", pre > 0);
                }
                i += 1;
                continue;
            };
            i = end;
            if let Some(stop) = skip_until {
                if closing && tag == stop {
                    skip_until = None;
                }
                continue;
            }
            match tag.as_str() {
                "head" | "style" | "script" | "template" | "title" | "noscript" | "xml"
                    if !closing =>
                {
                    skip_until = Some(match tag.as_str() {
                        "head" => "head",
                        "style" => "style",
                        "script" => "script",
                        "template" => "template",
                        "title" => "title",
                        "xml" => "xml",
                        _ => "noscript",
                    });
                }
                "br" => out.newline(),
                "p" | "div" | "tr" | "table" | "ul" | "ol" | "h1" | "h2" | "h3" | "h4" | "h5"
                | "h6" | "section" | "article" | "header" | "footer" | "address" | "dl" | "dt"
                | "dd" | "form" | "fieldset" | "center" | "main" | "nav" | "aside" | "figure"
                | "figcaption" => out.block(),
                "hr" => {
                    out.block();
                    out.text("---", false);
                    out.block();
                }
                "li" => {
                    out.block();
                    if !closing {
                        out.text("- ", true);
                    }
                }
                "td" | "th" => out.space(),
                "blockquote" => {
                    out.block();
                    if closing {
                        out.quote = out.quote.saturating_sub(1);
                    } else {
                        out.quote = (out.quote + 1).min(20);
                    }
                }
                "pre" => {
                    out.block();
                    pre = if closing {
                        pre.saturating_sub(1)
                    } else {
                        (pre + 1).min(20)
                    };
                }
                _ => {}
            }
            continue;
        }
        if skip_until.is_some() {
            i += 1;
            continue;
        }
        if b == b'&'
            && let Some((s, len)) = entity(&html[i..])
        {
            out.text(&s, pre > 0);
            i += len;
            continue;
        }
        // Copy the run of plain text up to the next '<' or '&'.
        let next = html[i..]
            .find(['<', '&'])
            .map_or(bytes.len(), |e| i + e.max(1));
        out.text(&html[i..next], pre > 0);
        i = next;
    }
    out.finish()
}

/// Parses a tag starting at `at` ('<'): (lowercase name, is closing, index after '>').
fn parse_tag(html: &str, at: usize) -> Option<(String, bool, usize)> {
    let rest = html.get(at + 1..)?;
    let (closing, rest, skip) = match rest.strip_prefix('/') {
        Some(r) => (true, r, 2),
        None => (false, rest, 1),
    };
    let name_len = rest
        .find(|c: char| !c.is_ascii_alphanumeric())
        .unwrap_or(rest.len());
    if name_len == 0 || !rest.starts_with(|c: char| c.is_ascii_alphabetic()) {
        return None;
    }
    let name = rest[..name_len].to_ascii_lowercase();
    // Find the closing '>' outside quoted attribute values.
    let mut quote: Option<char> = None;
    for (k, c) in rest[name_len..].char_indices() {
        match (quote, c) {
            (Some(q), c) if c == q => quote = None,
            (Some(_), _) => {}
            (None, '"' | '\'') => quote = Some(c),
            (None, '>') => return Some((name, closing, at + skip + name_len + k + 1)),
            _ => {}
        }
    }
    Some((name, closing, html.len()))
}

/// Decodes an entity at the start of `s` ("&amp;", "&#233;", "&#x E9;"): (text, bytes consumed).
fn entity(s: &str) -> Option<(String, usize)> {
    let end = s
        .get(1..)?
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '#'))
        .map(|e| e + 1)?;
    if end <= 1 || end > 32 {
        return None;
    }
    let name = &s[1..end];
    let consumed = if s[end..].starts_with(';') {
        end + 1
    } else {
        end
    };
    if let Some(num) = name.strip_prefix('#') {
        let code = match num.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => num.parse::<u32>().ok()?,
        };
        let c = char::from_u32(code)
            .filter(|c| !c.is_control() || *c == '\n' || *c == '\t')
            .unwrap_or('\u{FFFD}');
        return Some((c.to_string(), consumed));
    }
    if !s[end..].starts_with(';') {
        // Only the few legacy entities without ';' that real mail uses.
        if !matches!(name, "nbsp" | "amp" | "lt" | "gt" | "quot") {
            return None;
        }
    }
    // Named entities: reuse mail-parser's table.
    let token = format!("&{name};");
    let mut buf = String::new();
    mail_parser::decoders::html::add_html_token(&mut buf, token.as_bytes(), false);
    (buf != token).then_some((buf, consumed))
}

#[derive(Default)]
struct Out {
    lines: Vec<String>,
    line: String,
    quote: usize,
    pending_space: bool,
}

impl Out {
    fn text(&mut self, s: &str, pre: bool) {
        for c in s.chars() {
            let c = if c == '\u{00A0}' { ' ' } else { c };
            if pre {
                if c == '\n' {
                    self.newline();
                } else if c != '\r' {
                    self.push(c);
                }
                continue;
            }
            if c.is_whitespace() {
                self.pending_space = true;
            } else {
                if self.pending_space && !self.line.is_empty() && !self.line.ends_with(' ') {
                    self.line.push(' ');
                }
                self.pending_space = false;
                self.push(c);
            }
        }
    }

    fn push(&mut self, c: char) {
        if self.line.is_empty() && self.quote > 0 {
            for _ in 0..self.quote {
                self.line.push_str("> ");
            }
        }
        self.line.push(c);
    }

    fn space(&mut self) {
        self.pending_space = true;
    }

    fn newline(&mut self) {
        let mut l = std::mem::take(&mut self.line);
        let trimmed = l.trim_end().len();
        l.truncate(trimmed);
        if l.is_empty() && self.quote > 0 {
            l = "> ".repeat(self.quote).trim_end().to_string();
        }
        self.lines.push(l);
        self.pending_space = false;
    }

    /// Ends the current block: one line break, and one blank line between blocks.
    fn block(&mut self) {
        if !self.line.trim().is_empty() {
            self.newline();
        } else {
            self.line.clear();
        }
        if self
            .lines
            .last()
            .is_some_and(|l| !l.trim_start_matches(['>', ' ']).is_empty())
        {
            self.lines.push(String::new());
        }
        self.pending_space = false;
    }

    fn finish(mut self) -> String {
        if !self.line.trim().is_empty() {
            self.newline();
        }
        // Collapse runs of blank lines.
        let mut out = String::new();
        let mut blank = 0;
        for l in &self.lines {
            let is_blank = l.trim_start_matches(['>', ' ']).is_empty();
            if is_blank {
                blank += 1;
                if blank > 1 {
                    continue;
                }
            } else {
                blank = 0;
            }
            out.push_str(l);
            out.push('\n');
        }
        out.trim().to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraphs_lists_entities() {
        let t = html_to_text(
            "<html><head><title>x</title><style>p{color:red}</style></head><body>\
             <p>Bonjour,</p><p>Je souhaite la <b>portabilit&eacute;</b> de mes donn&#233;es&nbsp;:</p>\
             <ul><li>commandes</li><li>factures</li></ul>Merci<br>Jane &amp; co &lt;3</body></html>",
        );
        assert_eq!(
            t,
            "Bonjour,\n\nJe souhaite la portabilité de mes données :\n\n- commandes\n\n- factures\n\nMerci\nJane & co <3"
        );
    }

    #[test]
    fn blockquotes_are_prefixed() {
        let t = html_to_text(
            "<div>Thanks!</div><div>On Mon, Jane wrote:</div><blockquote>old <b>text</b><br>more</blockquote>",
        );
        assert!(t.contains("Thanks!"));
        assert!(t.contains("> old text\n> more"), "{t}");
    }

    #[test]
    fn hostile_html() {
        for s in [
            "<",
            "<<<>>>",
            "<a href='>",
            "&",
            "&#xFFFFFFFF;",
            "&#0;",
            "<!--",
            "<script>alert(1)",
            "<p",
            "</",
            "a<b",
            "&unknown;",
        ] {
            let _ = html_to_text(s);
        }
        assert_eq!(html_to_text("a < b &unknown; c"), "a < b &unknown; c");
        assert_eq!(html_to_text("<script>x</script>y"), "y");
        assert_eq!(html_to_text("x<!-- hidden -->y"), "xy");
        assert_eq!(html_to_text("<pre>a\n  b</pre>"), "a\n  b");
        let deep = "<blockquote>".repeat(10_000) + "deep";
        assert!(html_to_text(&deep).ends_with("deep"));
    }
}
