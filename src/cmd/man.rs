//! `man --out DIR` (hidden, for packaging) and `completions SHELL`: generated from the
//! command-line definition, so they cannot drift from it.

use clap::CommandFactory;

use crate::cli::{Cli, CompletionsArgs, ManArgs};
use crate::exit::{self, CliError};

/// Writes `dastra-mailgate.1` and `dastra-mailgate-<sub>.1` for every visible subcommand.
pub fn man(args: &ManArgs) -> Result<u8, CliError> {
    let written = write_man_pages(&args.out).map_err(|e| {
        CliError::new(
            exit::SOFTWARE,
            format!("cannot write man pages to {}: {e}", args.out.display()),
        )
    })?;
    for p in written {
        println!("{}", p.display());
    }
    Ok(exit::OK)
}

/// The pages, written into `dir` (created); returns their paths.
pub fn write_man_pages(dir: &std::path::Path) -> std::io::Result<Vec<std::path::PathBuf>> {
    std::fs::create_dir_all(dir)?;
    let mut cmd = Cli::command();
    // Propagates the global options (-c/--config, --log-format) into every subcommand, so
    // each subcommand's page documents them.
    cmd.build();
    let mut out = Vec::new();
    let mut buf = Vec::new();
    clap_mangen::Man::new(cmd.clone()).render(&mut buf)?;
    let top = dir.join("dastra-mailgate.1");
    std::fs::write(&top, &buf)?;
    out.push(top);
    for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set()) {
        // clap names are 'static; this runs once per subcommand in a short-lived command.
        let name: &'static str =
            Box::leak(format!("dastra-mailgate-{}", sub.get_name()).into_boxed_str());
        let sub = sub.clone().name(name);
        let mut buf = Vec::new();
        clap_mangen::Man::new(sub).render(&mut buf)?;
        let p = dir.join(format!("{name}.1"));
        std::fs::write(&p, &buf)?;
        out.push(p);
    }
    let p = dir.join("dastra-mailgate.toml.5");
    std::fs::write(&p, config_man_page())?;
    out.push(p);
    Ok(out)
}

/// The annotated example configuration, the one source of the file's documentation.
pub const CONFIG_EXAMPLE: &str = include_str!("../../config.example.toml");

/// Escapes text for roff: backslashes, hyphens, non-ASCII, and a leading `.` or `'`
/// (control characters).
fn roff(text: &str) -> String {
    let mut t = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => t.push_str("\\e"),
            '-' => t.push_str("\\-"),
            // Non-ASCII as groff's Unicode escape: the page reads the same without preconv.
            c if !c.is_ascii() => t.push_str(&format!("\\[u{:04X}]", c as u32)),
            c => t.push(c),
        }
    }
    if t.starts_with('.') || t.starts_with('\'') {
        format!("\\&{t}")
    } else {
        t
    }
}

/// A `key = value` line (or its commented-out example, `# key = value`).
fn key_line(line: &str) -> Option<(&str, &str, bool)> {
    let (commented, body) = match line.strip_prefix("# ") {
        Some(b) => (true, b),
        None => (false, line),
    };
    let (k, v) = body.split_once(" = ")?;
    let k = k.trim();
    (!k.is_empty()
        && k.chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '.'))
    .then_some((k, v.trim(), commented))
}

/// dastra-mailgate.toml(5), generated from [`CONFIG_EXAMPLE`]: the header comment is the
/// description, each `# ─── Title ───` a section, each `[table]` a subsection, each key an
/// entry with the comment lines above it.
pub fn config_man_page() -> String {
    let mut out = String::new();
    out.push_str(&format!(
        ".TH dastra-mailgate.toml 5 \"\" \"dastra-mailgate {}\" \"File Formats\"\n",
        env!("CARGO_PKG_VERSION")
    ));
    out.push_str(".SH NAME\ndastra\\-mailgate.toml \\- configuration of dastra\\-mailgate\n");
    out.push_str(".SH SYNOPSIS\n/etc/dastra\\-mailgate/config.toml\n.SH DESCRIPTION\n");
    let mut pending: Vec<String> = Vec::new();
    let mut in_header = true;
    let flush = |out: &mut String, pending: &mut Vec<String>| {
        if !pending.is_empty() {
            out.push_str(&roff(&pending.join(" ")));
            out.push('\n');
            pending.clear();
        }
    };
    for raw in CONFIG_EXAMPLE.lines() {
        let line = raw.trim_end();
        if let Some(title) = line.strip_prefix("# ─── ") {
            in_header = false;
            pending.clear();
            let title = title.trim_end_matches(['─', ' ']);
            out.push_str(&format!(".SH {}\n", roff(&title.to_uppercase())));
        } else if line.starts_with('[') {
            in_header = false;
            flush(&mut out, &mut pending);
            out.push_str(&format!(".SS {}\n", roff(line)));
        } else if let Some((k, v, commented)) = key_line(line)
            && !in_header
        {
            out.push_str(&format!(
                ".TP\n\\fB{}\\fR = {}{}\n",
                roff(k),
                roff(v),
                if commented {
                    " (example; off by default)"
                } else {
                    ""
                }
            ));
            flush(&mut out, &mut pending);
        } else if let Some(c) = line.strip_prefix('#') {
            let c = c.trim();
            if c.is_empty() {
                if in_header {
                    flush(&mut out, &mut pending);
                    out.push_str(".PP\n");
                }
            } else if in_header && c.starts_with('"') {
                // The list of secret references: one per line.
                flush(&mut out, &mut pending);
                out.push_str(&format!(".br\n{}\n", roff(c)));
            } else {
                pending.push(c.to_string());
            }
        } else if line.is_empty() {
            if in_header {
                flush(&mut out, &mut pending);
            } else {
                pending.clear();
            }
        }
    }
    flush(&mut out, &mut pending);
    out.push_str(".SH FILES\n/etc/dastra\\-mailgate/config.toml, /usr/share/doc/dastra\\-mailgate/config.example.toml\n");
    out.push_str(".SH SEE ALSO\n\\fBdastra\\-mailgate\\fR(1), \\fBdastra\\-mailgate\\-check\\fR(1), \\fBsystemd.exec\\fR(5)\n");
    out
}

pub fn completions(args: &CompletionsArgs) -> Result<u8, CliError> {
    let mut cmd = Cli::command();
    clap_complete::generate(
        args.shell,
        &mut cmd,
        "dastra-mailgate",
        &mut std::io::stdout(),
    );
    Ok(exit::OK)
}
