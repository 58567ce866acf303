//! `dastra-mailgate ack preview --locale xx`: shows the acknowledgement a requester writing in
//! that language would get, with sample values, so a DPO can check the texts (built-in or
//! customised in `[mailbox.acknowledge.templates.xx]`) before turning acknowledgements on.

use clap::{Args, Subcommand};

use crate::cli::Cli;
use crate::exit::CliError;
use crate::ingest::ack;

#[derive(Debug, Args)]
pub struct AckArgs {
    #[command(subcommand)]
    pub action: AckAction,
}

#[derive(Debug, Subcommand)]
pub enum AckAction {
    /// Print the acknowledgement for a locale with sample values.
    ///
    /// Uses the templates of the configuration's mailbox (the first one with
    /// `[mailbox.acknowledge]`, or --mailbox) when a configuration is found, else the
    /// built-in texts (fr, en, nl, de, es, it). A language without a text of its own gets the
    /// English one.
    Preview(PreviewArgs),
}

#[derive(Debug, Args)]
pub struct PreviewArgs {
    /// The requester's language (fr, en, nl, de, es, it, …).
    #[arg(long, default_value = "en")]
    pub locale: String,
    /// The mailbox whose templates to use.
    #[arg(long)]
    pub mailbox: Option<String>,
    /// A sample given name; without it, the greeting has no name.
    #[arg(long)]
    pub name: Option<String>,
    /// A sample organisation name for `{organisation}`.
    #[arg(long)]
    pub organisation: Option<String>,
    /// Ignore the configuration: show the built-in text.
    #[arg(long)]
    pub built_in: bool,
}

/// Runs `ack preview`.
pub fn run(cli: &Cli, args: &AckArgs) -> Result<u8, CliError> {
    let AckAction::Preview(p) = &args.action;
    let (templates, reference_format, source) = if p.built_in {
        (
            Default::default(),
            "[DSR-{id}]".to_string(),
            "built-in texts".to_string(),
        )
    } else {
        configured(cli, p.mailbox.as_deref())?
    };
    let template = ack::template_for(&templates, &p.locale);
    let lang = p
        .locale
        .split(['-', '_'])
        .next()
        .unwrap_or("en")
        .to_lowercase();
    let origin = if templates.contains_key(&lang) {
        format!("customised text for \"{lang}\" ({source})")
    } else if ack::BUILT_IN_LOCALES.contains(&lang.as_str()) {
        format!("built-in text for \"{lang}\"")
    } else if templates.contains_key("en") {
        format!("no text for \"{lang}\": the customised English one ({source})")
    } else {
        format!("no text for \"{lang}\": the built-in English one")
    };
    let now = chrono::Utc::now();
    let input = ack::AckInput {
        from: "privacy@example.org",
        from_name: None,
        to: "requester@example.com",
        to_name: p.name.as_deref(),
        given_name: p.name.as_deref(),
        locale: &p.locale,
        request_id: "1042",
        reference_format: &reference_format,
        original_subject: "Sample request",
        original_message_id: None,
        original_references: &[],
        key: "preview",
        message_id_domain: "example.org",
        id_secret: None,
        date: now,
    };
    let extras = ack::AckExtras {
        received: Some(now.fixed_offset()),
        organisation: p.organisation.as_deref(),
    };
    let raw = ack::build_with(&input, &extras, &template).ok_or_else(|| {
        CliError::usage("the sample addresses were refused; this is a bug, please report it")
    })?;
    let msg = mail_parser::MessageParser::default()
        .parse(&raw)
        .ok_or_else(|| CliError::usage("the preview could not be read back; please report it"))?;
    println!("# {origin}");
    println!("Subject: {}", msg.subject().unwrap_or_default());
    println!();
    print!(
        "{}",
        msg.body_text(0).unwrap_or_default().replace("\r\n", "\n")
    );
    println!();
    Ok(0)
}

type Templates = std::collections::BTreeMap<String, crate::config::AckTemplate>;

fn configured(cli: &Cli, mailbox: Option<&str>) -> Result<(Templates, String, String), CliError> {
    let path = crate::config::resolve_path(cli.config.as_deref());
    if cli.config.is_none() && !path.exists() {
        return Ok((
            Templates::new(),
            "[DSR-{id}]".into(),
            "built-in texts".into(),
        ));
    }
    let settings = super::load_settings(cli)?;
    let mb = match mailbox {
        Some(name) => settings
            .mailboxes
            .iter()
            .find(|m| m.name == name)
            .ok_or_else(|| {
                CliError::usage(format!(
                    "no mailbox named \"{name}\" in {}; check [[mailbox]] name = …",
                    path.display()
                ))
            })?,
        None => match settings.mailboxes.iter().find(|m| m.acknowledge.is_some()) {
            Some(m) => m,
            None => {
                return Ok((
                    Templates::new(),
                    "[DSR-{id}]".into(),
                    "built-in texts".into(),
                ));
            }
        },
    };
    Ok(match &mb.acknowledge {
        Some(a) => (
            a.templates.clone(),
            a.reference_format.clone(),
            format!("mailbox \"{}\" in {}", mb.name, path.display()),
        ),
        None => (
            Templates::new(),
            "[DSR-{id}]".into(),
            "built-in texts".into(),
        ),
    })
}
