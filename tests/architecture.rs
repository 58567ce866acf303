//! The ingestion pipeline is one way: no import cycle between the modules of `src/ingest`,
//! and ingestion imports neither the relay nor the command-line layer (acknowledgements go
//! through the `Outbox` trait the relay implements). Read from the sources: every
//! `super::x` / `crate::ingest::x` path outside `#[cfg(test)]` code is an edge.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

fn files(dir: &Path, out: &mut Vec<PathBuf>) {
    for e in std::fs::read_dir(dir).unwrap().flatten() {
        let p = e.path();
        if p.is_dir() {
            files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

/// The top-level ingest module a file belongs to (`source/imap.rs` → `source`).
fn module_of(root: &Path, file: &Path) -> String {
    let rel = file.strip_prefix(root).unwrap();
    let first = rel
        .components()
        .next()
        .unwrap()
        .as_os_str()
        .to_string_lossy();
    first.trim_end_matches(".rs").to_string()
}

/// The code before the first `#[cfg(test)]` (tests may use anything).
fn shipped(text: &str) -> &str {
    text.find("#[cfg(test)]").map_or(text, |i| &text[..i])
}

fn names_after<'a>(text: &'a str, prefix: &str) -> Vec<&'a str> {
    text.match_indices(prefix)
        .map(|(i, _)| {
            let rest = &text[i + prefix.len()..];
            let end = rest
                .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
                .unwrap_or(rest.len());
            &rest[..end]
        })
        .filter(|n| !n.is_empty())
        .collect()
}

#[test]
fn ingestion_modules_import_one_way() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/ingest");
    let mut all = Vec::new();
    files(&root, &mut all);
    let modules: BTreeSet<String> = all
        .iter()
        .filter(|f| f.file_name().unwrap() != "mod.rs" || f.parent().unwrap() != root)
        .map(|f| module_of(&root, f))
        .collect();
    let mut edges: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for f in &all {
        if f.parent().unwrap() == root && f.file_name().unwrap() == "mod.rs" {
            continue;
        }
        let from = module_of(&root, f);
        let text = std::fs::read_to_string(f).unwrap();
        let code = shipped(&text);
        for bad in ["crate::relay", "crate::cmd", "crate::app"] {
            assert!(
                !code
                    .lines()
                    .any(|l| !l.trim_start().starts_with("//") && l.contains(bad)),
                "{} uses {bad}: ingestion must not depend on it",
                f.display()
            );
        }
        // `super::x` is a sibling module for files directly under src/ingest and for a
        // folder's `mod.rs`; in other files of a folder it is that folder (same module).
        let top_level = f.parent().unwrap() == root
            || (f.file_name().unwrap() == "mod.rs"
                && f.parent().unwrap().parent().unwrap() == root);
        let mut targets: Vec<&str> = names_after(code, "crate::ingest::");
        if top_level {
            targets.extend(names_after(code, "super::"));
        }
        for t in targets {
            if modules.contains(t) && t != from {
                edges.entry(from.clone()).or_default().insert(t.to_string());
            }
        }
    }
    // Depth-first search for a cycle.
    fn visit(
        n: &str,
        edges: &BTreeMap<String, BTreeSet<String>>,
        stack: &mut Vec<String>,
        done: &mut BTreeSet<String>,
    ) {
        if done.contains(n) {
            return;
        }
        if let Some(i) = stack.iter().position(|s| s == n) {
            panic!("import cycle: {} -> {n}", stack[i..].join(" -> "));
        }
        stack.push(n.to_string());
        for m in edges.get(n).into_iter().flatten() {
            visit(m, edges, stack, done);
        }
        stack.pop();
        done.insert(n.to_string());
    }
    let mut done = BTreeSet::new();
    for m in &modules {
        visit(m, &edges, &mut Vec::new(), &mut done);
    }
    // The shape: the source hands to the pipeline, never the other way round.
    assert!(
        edges.get("source").is_some_and(|e| e.contains("pipeline")),
        "{edges:?}"
    );
    assert!(
        !edges.get("pipeline").is_some_and(|e| e.contains("source")),
        "{edges:?}"
    );
    assert!(
        !edges.get("decide").is_some_and(|e| e.contains("sink")),
        "{edges:?}"
    );
    println!("{edges:#?}");
}
