//! Maps a key path (`mailbox[0].rule[2].subject`) to a line and column in the file.

use std::ops::Range;

use toml::Spanned;
use toml::de::{DeTable, DeValue};

/// The parsed document with spans, kept next to the DTOs so errors can point into the file.
pub struct Locator<'a> {
    text: &'a str,
    root: Option<Spanned<DeTable<'a>>>,
}

/// One segment of a key path.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Seg {
    Key(String),
    Index(usize),
}

/// Splits `a.b[2].c` into segments.
pub fn split_path(path: &str) -> Vec<Seg> {
    let mut out = Vec::new();
    for part in path.split('.') {
        let mut rest = part;
        if let Some(open) = rest.find('[') {
            let key = &rest[..open];
            if !key.is_empty() {
                out.push(Seg::Key(key.to_string()));
            }
            rest = &rest[open..];
            while let Some(close) = rest.find(']') {
                if let Ok(i) = rest[1..close].parse() {
                    out.push(Seg::Index(i));
                }
                rest = &rest[close + 1..];
                if !rest.starts_with('[') {
                    break;
                }
            }
        } else if !rest.is_empty() {
            out.push(Seg::Key(rest.to_string()));
        }
    }
    out
}

impl<'a> Locator<'a> {
    pub fn new(text: &'a str) -> Self {
        Self {
            text,
            root: DeTable::parse(text).ok(),
        }
    }

    /// Line and column (1-based) of the value at `path`, or of the closest existing parent.
    pub fn locate(&self, path: &str) -> Option<(usize, usize)> {
        let span = self.span(path)?;
        Some(self.line_col(span.start))
    }

    /// Line and column (1-based) of a byte offset.
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        let offset = offset.min(self.text.len());
        let before = &self.text[..offset];
        let line = before.matches('\n').count() + 1;
        let col = before.rfind('\n').map_or(offset, |nl| offset - nl - 1) + 1;
        (line, col)
    }

    /// The key path of the value at byte `offset` (the innermost one), e.g.
    /// `dastra.area_id` or `mailbox[1].rule[0].subject`: type errors carry only a span.
    pub fn path_at(&self, offset: usize) -> Option<String> {
        fn walk<'a>(
            table: &DeTable<'a>,
            prefix: &str,
            offset: usize,
            best: &mut Option<(usize, String)>,
        ) {
            for (key, value) in table.iter() {
                let path = if prefix.is_empty() {
                    key.get_ref().to_string()
                } else {
                    format!("{prefix}.{}", key.get_ref())
                };
                visit(value, path, offset, best);
            }
        }
        fn visit<'a>(
            value: &Spanned<DeValue<'a>>,
            path: String,
            offset: usize,
            best: &mut Option<(usize, String)>,
        ) {
            let span = value.span();
            if span.contains(&offset) && best.as_ref().is_none_or(|(len, _)| span.len() < *len) {
                *best = Some((span.len(), path.clone()));
            }
            match value.get_ref() {
                DeValue::Table(t) => walk(t, &path, offset, best),
                DeValue::Array(items) => {
                    for (i, item) in items.iter().enumerate() {
                        visit(item, format!("{path}[{i}]"), offset, best);
                    }
                }
                _ => {}
            }
        }
        let root = self.root.as_ref()?;
        let mut best = None;
        walk(root.get_ref(), "", offset, &mut best);
        best.map(|(_, p)| p)
    }

    fn span(&self, path: &str) -> Option<Range<usize>> {
        let root = self.root.as_ref()?;
        let mut best: Option<Range<usize>> = None;
        let mut cur_table: Option<&DeTable<'a>> = Some(root.get_ref());
        let mut cur_value: Option<&Spanned<DeValue<'a>>> = None;
        for seg in split_path(path) {
            match seg {
                Seg::Key(k) => {
                    let table = match (cur_table, cur_value) {
                        (Some(t), None) => t,
                        (_, Some(v)) => match v.get_ref() {
                            DeValue::Table(t) => t,
                            _ => break,
                        },
                        (None, None) => break,
                    };
                    let Some((key, value)) = table.iter().find(|(key, _)| key.get_ref() == &k)
                    else {
                        break;
                    };
                    // Point at the value for leaves, at the key for tables.
                    best = Some(match value.get_ref() {
                        DeValue::Table(_) | DeValue::Array(_) => key.span(),
                        _ => value.span(),
                    });
                    cur_table = None;
                    cur_value = Some(value);
                }
                Seg::Index(i) => {
                    let Some(DeValue::Array(items)) = cur_value.map(|v| v.get_ref()) else {
                        break;
                    };
                    let Some(item) = items.get(i) else { break };
                    best = Some(item.span());
                    cur_value = Some(item);
                }
            }
        }
        best
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_paths() {
        assert_eq!(
            split_path("mailbox[1].rule[0].subject"),
            vec![
                Seg::Key("mailbox".into()),
                Seg::Index(1),
                Seg::Key("rule".into()),
                Seg::Index(0),
                Seg::Key("subject".into())
            ]
        );
    }

    #[test]
    fn finds_the_key_path_of_an_offset() {
        let text = "[dastra]\nworkspace_id = 1\narea_id = \"1\"\n\n[[mailbox]]\nname = \"a\"\n\n[[mailbox]]\nname = \"b\"\nport = \"x\"\nfolders = { inbox = 3 }\n";
        let loc = Locator::new(text);
        let at = |needle: &str| loc.path_at(text.find(needle).unwrap());
        assert_eq!(at("\"1\"").as_deref(), Some("dastra.area_id"));
        assert_eq!(at("\"x\"").as_deref(), Some("mailbox[1].port"));
        assert_eq!(at("3 }").as_deref(), Some("mailbox[1].folders.inbox"));
    }

    #[test]
    fn locates_values_in_arrays_of_tables() {
        let text = "[dastra]\nworkspace_id = 1\n\n[[mailbox]]\nname = \"a\"\n\n[[mailbox]]\nname = \"b\"\nhost = \"x\"\n";
        let loc = Locator::new(text);
        assert_eq!(loc.locate("dastra.workspace_id"), Some((2, 16)));
        assert_eq!(loc.locate("mailbox[1].host"), Some((9, 8)));
        // Missing key: falls back to the closest parent.
        assert_eq!(loc.locate("mailbox[1].port").map(|p| p.0), Some(7));
    }
}
