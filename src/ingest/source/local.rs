//! Reading messages from the command line: .eml files, directories (maildir or plain) and
//! stdin, for `ingest --dry-run` and the MTA pipe mode.

use std::io::Read;
use std::path::{Path, PathBuf};

/// One message read from a file or stdin.
pub struct LocalMessage {
    pub origin: String,
    pub raw: Vec<u8>,
}

/// Expands the paths: `-` is stdin; a directory yields its files (a maildir's `cur/` and
/// `new/`), sorted by name; hidden files and the maildir `tmp/` are skipped.
pub fn read_all(paths: &[PathBuf], max_bytes: u64) -> Result<Vec<LocalMessage>, String> {
    let mut out = Vec::new();
    for p in paths {
        if p.as_os_str() == "-" {
            out.push(LocalMessage {
                origin: "stdin".into(),
                raw: read_stdin(max_bytes)?,
            });
            continue;
        }
        let meta = std::fs::metadata(p).map_err(|e| format!("{}: {e}", p.display()))?;
        if meta.is_dir() {
            let mut files = Vec::new();
            collect_dir(p, &mut files).map_err(|e| format!("{}: {e}", p.display()))?;
            files.sort();
            for f in files {
                out.push(read_file(&f, max_bytes)?);
            }
        } else {
            out.push(read_file(p, max_bytes)?);
        }
    }
    Ok(out)
}

fn collect_dir(dir: &Path, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
    let is_maildir = dir.join("cur").is_dir() && dir.join("new").is_dir();
    if is_maildir {
        for sub in ["cur", "new"] {
            collect_files(&dir.join(sub), out)?;
        }
        return Ok(());
    }
    collect_files(dir, out)
}

fn collect_files(dir: &Path, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let entry = entry?;
        let name = entry.file_name();
        let name = name.to_string_lossy();
        if name.starts_with('.') {
            continue;
        }
        let path = entry.path();
        let ft = entry.file_type()?;
        if ft.is_file() && !name.ends_with(".json") && !name.ends_with(".md") {
            out.push(path);
        }
    }
    Ok(())
}

fn read_file(p: &Path, max_bytes: u64) -> Result<LocalMessage, String> {
    let len = std::fs::metadata(p).map(|m| m.len()).unwrap_or(0);
    if len > max_bytes {
        return Err(format!(
            "{}: {len} bytes is over the {max_bytes}-byte limit",
            p.display()
        ));
    }
    let raw = std::fs::read(p).map_err(|e| format!("{}: {e}", p.display()))?;
    Ok(LocalMessage {
        origin: p.display().to_string(),
        raw,
    })
}

fn read_stdin(max_bytes: u64) -> Result<Vec<u8>, String> {
    let mut raw = Vec::new();
    std::io::stdin()
        .take(max_bytes + 1)
        .read_to_end(&mut raw)
        .map_err(|e| format!("stdin: {e}"))?;
    if raw.len() as u64 > max_bytes {
        return Err(format!("stdin: message over the {max_bytes}-byte limit"));
    }
    Ok(raw)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_maildirs_and_plain_dirs_sorted() {
        let d = tempfile::tempdir().unwrap();
        let md = d.path().join("md");
        for sub in ["cur", "new", "tmp"] {
            std::fs::create_dir_all(md.join(sub)).unwrap();
        }
        std::fs::write(md.join("new/2"), b"b").unwrap();
        std::fs::write(md.join("cur/1"), b"a").unwrap();
        std::fs::write(md.join("tmp/x"), b"partial").unwrap();
        let plain = d.path().join("plain");
        std::fs::create_dir_all(&plain).unwrap();
        std::fs::write(plain.join("b.eml"), b"2").unwrap();
        std::fs::write(plain.join("a.eml"), b"1").unwrap();
        std::fs::write(plain.join("a.expected.json"), b"{}").unwrap();
        std::fs::write(plain.join(".hidden"), b"x").unwrap();
        let got = read_all(&[md, plain], 1000).unwrap();
        let raws: Vec<&[u8]> = got.iter().map(|m| m.raw.as_slice()).collect();
        assert_eq!(raws, vec![b"a".as_slice(), b"b", b"1", b"2"]);
        assert!(read_all(&[d.path().join("nope")], 10).is_err());
    }
}
