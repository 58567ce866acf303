//! `ingest`: one pass (`--once`), a message on stdin (MTA pipe mode) or a dry run.

use std::sync::Arc;

use tokio_util::sync::CancellationToken;

use crate::cli::{Cli, IngestArgs, OutputFormat};
use crate::config::{self, MailboxSettings, Settings};
use crate::exit::{self, CliError};
use crate::ingest::control::Control;
use crate::ingest::decide::plan::{self, Plan, PlanContext};
use crate::ingest::ledger::Outcome;
use crate::ingest::pipeline::{Incoming, Verdict};
use crate::ingest::source::handoff::{Handoff, Request};
use crate::ingest::source::local as source;

/// Upper bound of the runtime's blocking pool (see [`runtime`]).
pub const BLOCKING_THREADS: usize = 32;

pub fn runtime() -> Result<tokio::runtime::Runtime, CliError> {
    tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        // Blocking work is disk I/O (spool writes and fsyncs, ledger and journal commits) and
        // the understanding step. Tokio's default allows 512 threads; under a burst of
        // submissions the relay reached ~190, each with its stack and malloc arena, for no
        // gain on a disk that serialises fsyncs anyway.
        .max_blocking_threads(BLOCKING_THREADS)
        .build()
        .map_err(|e| CliError::new(exit::SOFTWARE, format!("cannot start the runtime: {e}")))
}

pub fn run(cli: &Cli, args: &IngestArgs) -> Result<u8, CliError> {
    if args.dry_run {
        return dry_run(cli, args);
    }
    let settings = Arc::new(crate::cmd::load_settings(cli)?);
    crate::cmd::init_logging(cli, Some(&settings));
    if !args.paths.is_empty() {
        let is_stdin = args.paths.len() == 1 && args.paths[0].as_os_str() == "-";
        if !is_stdin {
            return Err(CliError::usage(
                "only `-` (stdin, MTA pipe mode) is accepted without --dry-run; use --dry-run to read files",
            ));
        }
        return runtime()?.block_on(pipe(settings, args.mailbox.as_deref()));
    }
    if !args.once {
        return Err(CliError::usage(
            "say what to ingest: --once (one pass over the mailboxes), `-` (a message on stdin), or --dry-run PATH...",
        ));
    }
    runtime()?.block_on(once(settings, args.mailbox.as_deref()))
}

async fn once(settings: Arc<Settings>, only: Option<&str>) -> Result<u8, CliError> {
    let Some(pipeline) = crate::app::pipeline_unless_busy(settings.clone())? else {
        // The daemon holds the ledger and ingests these mailboxes itself: ask it to sweep.
        let mailbox = only.map(str::to_string);
        return ask_holder(&settings, &Request::Sweep { mailbox }, None, "a sweep");
    };
    let workers = crate::app::workers(&settings, &pipeline, only)?;
    let cancel = CancellationToken::new();
    let mut handles = Vec::new();
    for w in workers {
        let c = cancel.clone();
        handles.push(tokio::spawn(async move {
            (
                w.mailbox.name.clone(),
                w.run_once(&c).await,
                w.status.clone(),
            )
        }));
    }
    let mut code = exit::OK;
    for h in handles {
        let Ok((name, result, status)) = h.await else {
            code = exit::SOFTWARE;
            continue;
        };
        let s = status.lock().map(|s| s.clone()).unwrap_or_default();
        match result {
            Ok(r) => {
                eprintln!(
                    "{name}: {} message(s): {} processed, {} ignored, {} failed, {} waiting",
                    r.seen, s.processed, s.ignored, s.failed, r.waiting
                );
                if r.waiting > 0 {
                    eprintln!(
                        "{name}: {} message(s) left in the inbox for a later try (see `dastra-mailgate journal`)",
                        r.waiting
                    );
                    if code == exit::OK {
                        code = exit::TEMPFAIL;
                    }
                }
            }
            Err(e) => {
                eprintln!("{name}: {}", crate::exit::chain(&e));
                code = if e.is_transient() {
                    exit::TEMPFAIL
                } else {
                    exit::UNAVAILABLE
                };
            }
        }
    }
    run_handoffs(&pipeline).await;
    crate::dastra::window::save(&settings.state_dir, pipeline.sink.client.limiter(), true);
    Ok(code)
}

/// Requests other processes left while no daemon ran (this process holds the ledger now).
async fn run_handoffs(pipeline: &Arc<crate::ingest::pipeline::Pipeline>) {
    if let Ok(h) = Handoff::open(&pipeline.settings.state_dir) {
        Control::new(pipeline.clone(), h, None)
            .run_pending(&CancellationToken::new())
            .await;
    }
}

/// Hands a request to the process holding the ledger (the daemon) and waits a little for its
/// answer. The request is durable once handed in: the holder carries it out even when the
/// answer comes too late for us.
pub fn ask_holder(
    settings: &Settings,
    req: &Request,
    body: Option<&[u8]>,
    what: &str,
) -> Result<u8, CliError> {
    let h = Handoff::open(&settings.state_dir).map_err(|e| {
        CliError::tempfail(format!(
            "another process (the daemon) holds the ledger, and the hand-off directory under {} cannot be used: {e}",
            settings.state_dir.display()
        ))
    })?;
    let id = h.submit(req, body).map_err(|e| {
        CliError::tempfail(format!("cannot hand {what} to the running daemon: {e}"))
    })?;
    match h.wait_reply(&id, HANDOFF_WAIT) {
        Some(r) if r.code == exit::OK => {
            eprintln!("{}", r.message);
            Ok(exit::OK)
        }
        Some(r) => Err(CliError::new(r.code, r.message)),
        None => {
            eprintln!(
                "{what} was handed to the running daemon (hand-off {id}); it carries it out as soon as it can"
            );
            Ok(exit::OK)
        }
    }
}

/// How long a command waits for the daemon's answer to a hand-off.
const HANDOFF_WAIT: std::time::Duration = std::time::Duration::from_secs(20);

/// MTA pipe mode: one message on stdin. 0 done, 75 try again later, 65 permanently refused.
async fn pipe(settings: Arc<Settings>, only: Option<&str>) -> Result<u8, CliError> {
    let mb = pick_mailbox(&settings, only)?;
    let msgs = source::read_all(&["-".into()], mb.max_message_bytes)
        .map_err(|e| CliError::new(exit::DATAERR, e))?;
    let raw = bytes::Bytes::from(msgs.into_iter().next().map(|m| m.raw).unwrap_or_default());
    let Some(pipeline) = crate::app::pipeline_unless_busy(settings.clone())? else {
        // The daemon holds the ledger: hand the message to it (durable before we exit 0).
        let req = Request::Pipe {
            mailbox: mb.name.clone(),
        };
        return ask_holder(&settings, &req, Some(&raw), "the message");
    };
    let msg = Incoming::handed_in(&mb, &raw);
    let verdict = pipeline
        .handle_raw(msg, None, &CancellationToken::new())
        .await;
    run_handoffs(&pipeline).await;
    crate::dastra::window::save(&settings.state_dir, pipeline.sink.client.limiter(), true);
    match verdict {
        Ok(Verdict::Finished(Outcome::Failed)) => Err(CliError::new(
            exit::DATAERR,
            "message refused permanently; a raw copy is kept in the state directory (see `dastra-mailgate journal`)",
        )),
        Ok(Verdict::Finished(_)) => Ok(exit::OK),
        Ok(Verdict::Later { .. }) => Err(CliError::tempfail(
            "temporary failure, the MTA will retry (the reason is in the journal)",
        )),
        Err(e) => Err(CliError::tempfail(crate::exit::chain(&e))),
    }
}

fn pick_mailbox(settings: &Settings, only: Option<&str>) -> Result<MailboxSettings, CliError> {
    match only {
        Some(name) => settings
            .mailboxes
            .iter()
            .find(|m| m.name == name)
            .cloned()
            .ok_or_else(|| CliError::usage(format!("no [[mailbox]] named \"{name}\""))),
        None => settings.mailboxes.first().cloned().ok_or_else(|| {
            CliError::config("no [[mailbox]] configured: its rules decide what a message becomes")
        }),
    }
}

/// The configuration used by `--dry-run` when none is found: no server is contacted, so the
/// defaults of a single mailbox are enough to show what would be created.
const EMBEDDED_DRY_RUN_CONFIG: &str = r#"
[dastra]
api_key = "env:DASTRA_API_KEY"
workspace_id = 1
area_id = 1
[[mailbox]]
name = "dry-run"
host = "localhost"
username = "dry-run"
password = "env:UNUSED"
auto_kind = true
"#;

fn dry_run(cli: &Cli, args: &IngestArgs) -> Result<u8, CliError> {
    let path = config::resolve_path(cli.config.as_deref());
    let settings = if cli.config.is_none() && !path.exists() {
        eprintln!(
            "note: no configuration at {}; using built-in defaults (workspace 1, area 1, default kind request, incident detection on)",
            path.display()
        );
        config::load_str(EMBEDDED_DRY_RUN_CONFIG, std::path::Path::new("<built-in>"))?.0
    } else {
        crate::cmd::load_settings(cli)?
    };
    crate::cmd::init_logging(cli, Some(&settings));
    if args.paths.is_empty() {
        return Err(CliError::usage(
            "--dry-run needs .eml files, directories, or - for stdin",
        ));
    }
    let mb = pick_mailbox(&settings, args.mailbox.as_deref())?;
    let msgs = source::read_all(&args.paths, mb.max_message_bytes).map_err(CliError::usage)?;
    let ctx = PlanContext::from_settings(&settings).map_err(CliError::config)?;
    // A throwaway ledger: dry runs never touch the daemon's state.
    let tmp = tempfile::tempdir().map_err(|e| {
        CliError::new(
            exit::SOFTWARE,
            format!("cannot create a temporary directory: {e}"),
        )
    })?;
    let ledger = crate::ingest::ledger::Ledger::open(tmp.path())
        .map_err(|e| CliError::new(exit::SOFTWARE, crate::exit::chain(&e)))?;
    // Understand every file first: follow-ups may refer to any other file of the run, which
    // counts as already ingested (its would-be request id is `dry-run:<file>`).
    let understood: Vec<_> = msgs.iter().map(|m| ctx.understand(&m.raw)).collect();
    let mut keys = Vec::with_capacity(msgs.len());
    for (m, u) in msgs.iter().zip(&understood) {
        let key = crate::ingest::decide::dedupe_key(
            &ledger,
            &mb.name,
            u.message_id.as_deref(),
            &crate::ingest::decide::identity_hash(&m.raw),
        )
        .map_err(|e| CliError::new(exit::SOFTWARE, crate::exit::chain(&e)))?;
        keys.push(key);
    }
    for ((m, u), key) in msgs.iter().zip(&understood).zip(&keys) {
        let plan = plan::plan(&ctx, &ledger, &mb, u, &m.raw, key, true);
        if let (Plan::Create(c), Some(mid)) = (&plan, u.message_id.as_deref())
            && matches!(c.target, plan::Target::DataSubjectRequest { .. })
        {
            ledger
                .link_thread(mid, &format!("dry-run:{}", m.origin))
                .map_err(|e| CliError::new(exit::SOFTWARE, crate::exit::chain(&e)))?;
        }
    }
    for ((m, u), key) in msgs.iter().zip(&understood).zip(&keys) {
        let plan = plan::plan(&ctx, &ledger, &mb, u, &m.raw, key, true);
        match args.format {
            OutputFormat::Json => println!("{}", dry_run_json(&m.origin, key, &plan, u)),
            OutputFormat::Text => print_text(&m.origin, key, &plan),
        }
    }
    Ok(exit::OK)
}

/// One line of `ingest --dry-run --format json`: the flat fields scripts read, then the plan
/// and the full understanding for humans.
pub fn dry_run_json(
    origin: &str,
    key: &str,
    plan: &Plan,
    u: &crate::understand::Understanding,
) -> serde_json::Value {
    let (kind, follow_up_of, dastra) = match plan {
        Plan::Create(c) => {
            let follow = match &c.target {
                plan::Target::FollowUp {
                    data_subject_request_id,
                    ..
                } => Some(data_subject_request_id.clone()),
                _ => None,
            };
            (
                c.kind_label(),
                follow,
                serde_json::to_value(&c.target).unwrap_or_default(),
            )
        }
        Plan::Ignore { .. } | Plan::Fail { .. } => ("ignore", None, serde_json::Value::Null),
    };
    let ignore_reason = match plan {
        Plan::Ignore { .. } => Some(
            u.guard
                .as_ref()
                .map_or("rule", |g| g.reason.ignore_reason()),
        ),
        Plan::Fail { .. } => Some("failed"),
        Plan::Create(_) => None,
    };
    let purposes: Vec<&str> = match plan {
        Plan::Create(c) => match &c.target {
            plan::Target::DataSubjectRequest { purposes, .. } => {
                purposes.iter().map(String::as_str).collect()
            }
            _ => Vec::new(),
        },
        _ => Vec::new(),
    };
    serde_json::json!({
        "file": origin,
        "message_id": u.message_id,
        "kind": kind,
        "purposes": purposes,
        "email": u.data_subject.email,
        "given_name": u.data_subject.given_name,
        "family_name": u.data_subject.family_name,
        "locale": u.locale,
        "ignore_reason": ignore_reason,
        "follow_up_of": follow_up_of,
        "dastra": dastra,
        "dedupe_key": key,
        "plan": plan,
        "understanding": u,
    })
}

fn print_text(origin: &str, key: &str, plan: &Plan) {
    println!("── {origin}");
    match plan {
        Plan::Ignore { reason } => println!("   ignore: {reason}"),
        Plan::Fail { reason } => println!("   fail: {reason}"),
        Plan::Create(c) => {
            let why = c.route.as_ref().map(|r| r.why.as_str()).unwrap_or("");
            match &c.target {
                plan::Target::DataSubjectRequest {
                    title,
                    locale,
                    purposes,
                    email,
                    given_name,
                    family_name,
                    ..
                } => {
                    println!(
                        "   create data subject request in workspace {} area {} ({why})",
                        c.workspace_id, c.area_id
                    );
                    println!("     title: {title}");
                    println!("     purposes: {}   locale: {locale}", purposes.join(", "));
                    println!(
                        "     requester: {} {} <{}>",
                        given_name.as_deref().unwrap_or("-"),
                        family_name.as_deref().unwrap_or("-"),
                        email.as_deref().unwrap_or("-")
                    );
                }
                plan::Target::Task {
                    label, deadline, ..
                } => {
                    println!(
                        "   create task in workspace {} area {} ({why})",
                        c.workspace_id, c.area_id
                    );
                    println!("     label: {label}\n     deadline: {deadline}");
                }
                plan::Target::DataBreach {
                    label, start_date, ..
                } => {
                    println!(
                        "   create data breach in workspace {} area {} ({why})",
                        c.workspace_id, c.area_id
                    );
                    println!("     label: {label}\n     start date: {start_date}");
                }
                plan::Target::FollowUp {
                    data_subject_request_id,
                    found_by,
                    message,
                } => {
                    println!(
                        "   add a message to request {data_subject_request_id} (found by {found_by})"
                    );
                    println!("     {} characters", message.chars().count());
                }
            }
            if !c.tags.is_empty() {
                println!("     tags: {}", c.tags.join(", "));
            }
            for u in &c.uploads {
                println!(
                    "     attach: {} ({}, {} bytes)",
                    u.name, u.content_type, u.size
                );
            }
            for (name, why) in &c.skipped_attachments {
                println!("     skip attachment: {name} ({why})");
            }
        }
    }
    println!("     dedupe key: {key}");
}
