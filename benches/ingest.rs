//! Ingestion benchmarks (issue 3, "Benchmark"): a real Dovecot, the Dastra double, the real
//! pipeline. Results and the machine they were measured on are in `BENCHMARKS.md`.
//!
//! ```sh
//! cargo bench --bench ingest                      # backlog 1000, idle 200, rss 50 (~4 minutes)
//! cargo bench --bench ingest -- backlog 10000     # the issue's backlog size
//! cargo bench --bench ingest -- idle 200          # APPEND → first Dastra request, p50/p99
//! cargo bench --bench ingest -- rss 50            # peak RSS of the binary, 50 MB attachment
//! cargo bench --bench ingest -- rate 150          # 500/min limit for 150 s (>= 2 full minutes)
//! cargo bench --bench ingest -- all               # everything, at the issue's sizes
//! ```
//!
//! Scenarios (each starts its own Dovecot and Dastra double; the double has no latency):
//!
//! * `backlog [N=1000]`: N realistic messages (2–200 KB, log-uniform body sizes, about 6 %
//!   with attachments) appended to INBOX; one fetch-only pass of the connector (connect,
//!   select, uids, then `fetch_meta` + `fetch_raw` per UID, one at a time: the IMAP limit),
//!   twice (cold, warm); one fetch + `move_to` pass (then everything is moved back); then the
//!   real pipeline (`MailboxWorker::run_once`, in process). Prints messages/s of each, the
//!   ratio pipeline / fetch-only (target >= 0.8) and pipeline / fetch+move, and a breakdown
//!   (`understand()` by size, ledger commit cost, time inside the double).
//! * `idle [N=200]`: the worker's daemon loop in IDLE mode; N messages appended one at a
//!   time (the next once the previous is done); latency from the APPEND call returning to
//!   the first Dastra request and to the create POST (the double's request log `at`).
//!   Target p99 < 1 s. Then 10 trials of a message appended while the worker is sweeping
//!   (after its UID SEARCH): how many are handled within 3 s.
//! * `rss [MB=50]`: the real binary (`ingest --once`, then the `run` daemon) on a message
//!   with an MB-megabyte attachment (uploaded too: the limits are raised for it); peak RSS
//!   of `ingest --once` from GNU time (`/usr/bin/time`, `apt-get install time`), and the
//!   daemon's VmHWM/VmRSS from `/proc`. Target < 3x the message size, and < 64 MB steady
//!   state.
//! * `faults [N=100] [PCT=20] [LATENCY_MS=0]`: the `run` daemon (poll mode, 1 s) on an
//!   N-message backlog, first with a healthy double, then (fresh Dovecot, fresh double) with
//!   every k-th Dastra call answered 500 (k = 100 / PCT); each Dastra call delayed by
//!   LATENCY_MS (a real API answers in tens of milliseconds, the double at once). Prints the wall time until every message is in its
//!   final folder, the ratio (target <= 3x), and the IMAP logins (Dovecot's log).
//! * `rate [SECS=150]`: the double limits to 500 requests/min, the daemon's
//!   `max_requests_per_min = 500`; a backlog large enough to keep it busy for SECS seconds.
//!   Prints requests per full minute and per sliding 60 s window, and the 429 count.
//!   Target >= 95 % of the limit, zero 429s.
//!
//! Without `--bench` (e.g. `cargo test --all-targets` running this target) it does a tiny
//! smoke run (20 messages) that checks the plumbing, and never looks at the clock.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant, SystemTime};

use dastra_mailgate::app;
use dastra_mailgate::config::{self, ImapAuth, MailboxSettings, Settings};
use dastra_mailgate::ingest::decide::plan::PlanContext;
use dastra_mailgate::ingest::ledger::{Entry, Ledger};
use dastra_mailgate::ingest::source::imap::{self, Credentials};
use dastra_mailgate::ingest::source::mailbox::MailboxWorker;
use testbench::dastra::{DastraDouble, DastraDoubleOptions, Fault, LoggedRequest};
use testbench::dovecot::{Dovecot, DovecotOptions};
use testbench::mailgen::{self, Expect, Rng};
use tokio_util::sync::CancellationToken;

const USER: &str = "collect@example.test";
const PASS: &str = "collect-pw";
const MB: f64 = 1024.0 * 1024.0;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let bench = args.iter().any(|a| a == "--bench");
    let words: Vec<&str> = args
        .iter()
        .filter(|a| !a.starts_with('-'))
        .map(String::as_str)
        .collect();
    if !bench {
        smoke();
        return;
    }
    let num = |i: usize, default: u64| -> u64 {
        words.get(i).and_then(|w| w.parse().ok()).unwrap_or(default)
    };
    print_machine();
    match words.first().copied() {
        None => {
            backlog(1000);
            idle(200);
            rss(50);
        }
        Some("backlog") => backlog(num(1, 1000) as usize),
        Some("idle") => idle(num(1, 200) as usize),
        Some("rss") => rss(num(1, 50) as usize),
        Some("rate") => rate(num(1, 150)),
        Some("faults") => faults(num(1, 100) as usize, num(2, 20), num(3, 0)),
        Some("all") => {
            backlog(10_000);
            idle(200);
            rss(50);
            rate(150);
        }
        Some(other) => {
            eprintln!(
                "unknown scenario {other:?}: backlog [N] | idle [N] | rss [MB] | rate [SECS] | faults [N] [PCT] | all"
            );
            std::process::exit(64);
        }
    }
}

// ---------------------------------------------------------------------------------------
// The bench environment
// ---------------------------------------------------------------------------------------

struct Env {
    dovecot: Dovecot,
    dastra: DastraDouble,
    dir: tempfile::TempDir,
}

/// Knobs of the generated configuration.
struct Conf<'a> {
    mode: &'a str,
    max_requests_per_min: u32,
    /// Extra keys for the `[[mailbox]]`.
    mailbox: &'a str,
    /// Extra keys for `[understanding]`.
    understanding: &'a str,
    log_level: &'a str,
    poll_interval_secs: u64,
}

impl Default for Conf<'_> {
    fn default() -> Self {
        Conf {
            mode: "poll",
            max_requests_per_min: 0,
            mailbox: "",
            understanding: "",
            log_level: "info",
            poll_interval_secs: 300,
        }
    }
}

impl Env {
    fn new(dastra: DastraDoubleOptions) -> Self {
        // INGEST_BENCH_MAIL_FORMAT=sdbox: Dovecot's single-dbox format instead of maildir.
        let format = std::env::var("INGEST_BENCH_MAIL_FORMAT").unwrap_or_else(|_| "maildir".into());
        let dovecot = Dovecot::start(
            DovecotOptions::new()
                .with_user(USER, PASS)
                .with_mail_format(format),
        );
        let dastra = DastraDouble::start(dastra);
        let dir = tempfile::tempdir().expect("tempdir");
        Env {
            dovecot,
            dastra,
            dir,
        }
    }

    fn secret(&self, name: &str, value: &str) -> PathBuf {
        use std::os::unix::fs::PermissionsExt;
        let p = self.dir.path().join(name);
        std::fs::write(&p, value).expect("write secret");
        std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o600)).expect("chmod secret");
        p
    }

    /// Writes the configuration (state in `state_name` under the temp dir) and returns its path.
    fn config(&self, state_name: &str, c: &Conf) -> PathBuf {
        let key = self.secret("dastra-key", self.dastra.api_key());
        let pw = self.secret("imap-pw", PASS);
        let text = format!(
            r#"
[dastra]
base_url = "{base}"
token_url = "{token}"
api_key = "file:{key}"
workspace_id = 1
area_id = 1
max_requests_per_min = {rpm}
request_timeout_secs = 120

[state]
dir = "{state}"

[logging]
level = "{log_level}"

[admin]
enabled = false

[understanding]
max_per_sender_per_hour = 0
{understanding}

[[mailbox]]
name = "collect"
host = "127.0.0.1"
port = {port}
tls = "implicit"
ca_file = "{ca}"
username = "{USER}"
password = "file:{pw}"
mode = "{mode}"
poll_interval_secs = {poll}
command_timeout_secs = 60
auto_kind = false
{mailbox}
{rules}
"#,
            base = self.dastra.base_url(),
            token = self.dastra.token_url(),
            key = key.display(),
            rpm = c.max_requests_per_min,
            state = self.dir.path().join(state_name).display(),
            log_level = c.log_level,
            understanding = c.understanding,
            port = self.dovecot.imaps_port(),
            ca = self.dovecot.ca_path().display(),
            pw = pw.display(),
            mode = c.mode,
            poll = c.poll_interval_secs,
            mailbox = c.mailbox,
            rules = mailgen::ROUTING_RULES,
        );
        let p = self.dir.path().join(format!("{state_name}.toml"));
        std::fs::write(&p, text).expect("write config");
        p
    }

    fn settings(&self, cfg: &Path) -> Arc<Settings> {
        match config::load(cfg) {
            Ok((s, _warnings)) => Arc::new(s),
            Err(e) => panic!("bench config invalid: {e}"),
        }
    }

    fn worker(&self, settings: &Arc<Settings>) -> Arc<MailboxWorker> {
        let pipeline =
            app::pipeline(settings.clone()).unwrap_or_else(|e| panic!("pipeline: {}", e.message));
        let mut workers = app::workers(settings, &pipeline, None)
            .unwrap_or_else(|e| panic!("workers: {}", e.message));
        workers.remove(0)
    }

    fn count(&self, folder: &str) -> u32 {
        self.dovecot.count(USER, folder)
    }
}

fn runtime() -> tokio::runtime::Runtime {
    // The daemon's runtime: multi-threaded, one worker per core.
    tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .expect("runtime")
}

fn done_count(w: &MailboxWorker) -> u64 {
    let s = w.status.lock().expect("status");
    s.processed + s.ignored + s.failed
}

// ---------------------------------------------------------------------------------------
// Workload
// ---------------------------------------------------------------------------------------

/// Message `i` of the backlog: a `mailgen::message` with a body of 2–200 KB (log-uniform, so
/// most mail is small and a few are large); one in 100 is instead a request carrying a 20–150 KB
/// PDF (`with_big_attachment`).
fn backlog_message(seed: u64, i: usize) -> mailgen::Generated {
    let mut rng = Rng::new(seed.wrapping_add(i as u64).wrapping_mul(31) ^ 0xb4c0);
    if rng.below(100) == 0 {
        let size = 20_000 + rng.below(130_000) as usize;
        return mailgen::with_big_attachment(1_000_000 * seed + i as u64, size);
    }
    // 2 KB · 100^u, u uniform in [0, 1).
    let u = rng.below(1_000_000) as f64 / 1_000_000.0;
    let body = (2048.0 * 100f64.powf(u)) as usize;
    mailgen::message(seed, i, body)
}

/// Appends `n` messages (in chunks, over one session per chunk); returns the expectations,
/// the total size and how many carry an attachment.
fn fill(
    env: &Env,
    seed: u64,
    n: usize,
    gen_fn: impl Fn(u64, usize) -> mailgen::Generated,
) -> (Vec<Expect>, u64, usize) {
    let mut expects = Vec::with_capacity(n);
    let mut bytes = 0u64;
    let mut with_attachments = 0;
    let mut i = 0;
    while i < n {
        let chunk: Vec<mailgen::Generated> =
            (i..(i + 250).min(n)).map(|j| gen_fn(seed, j)).collect();
        let raws: Vec<Vec<u8>> = chunk.iter().map(|g| g.raw.clone()).collect();
        bytes += raws.iter().map(|r| r.len() as u64).sum::<u64>();
        env.dovecot.append_many(USER, "INBOX", &raws);
        expects.extend(chunk.iter().map(|g| g.expect));
        with_attachments += raws
            .iter()
            .filter(|r| {
                r.windows(31)
                    .any(|w| w == b"Content-Disposition: attachment")
            })
            .count();
        i += chunk.len();
    }
    (expects, bytes, with_attachments)
}

// ---------------------------------------------------------------------------------------
// Measurement helpers
// ---------------------------------------------------------------------------------------

/// Busy and total jiffies of all CPUs (`/proc/stat`), to tell CPU-bound from waiting.
fn cpu_jiffies() -> (u64, u64) {
    let text = std::fs::read_to_string("/proc/stat").unwrap_or_default();
    let Some(line) = text.lines().next() else {
        return (0, 0);
    };
    let v: Vec<u64> = line
        .split_whitespace()
        .skip(1)
        .filter_map(|x| x.parse().ok())
        .collect();
    if v.len() < 5 {
        return (0, 0);
    }
    let total: u64 = v.iter().sum();
    let idle = v[3] + v[4]; // idle + iowait
    (total - idle, total)
}

/// CPU seconds (user + system) used by this process so far.
fn self_cpu() -> f64 {
    let mut ru: libc::rusage = unsafe { std::mem::zeroed() };
    unsafe { libc::getrusage(libc::RUSAGE_SELF, &mut ru) };
    let tv = |t: libc::timeval| t.tv_sec as f64 + t.tv_usec as f64 / 1e6;
    tv(ru.ru_utime) + tv(ru.ru_stime)
}

/// Measures a closure: wall seconds, machine CPU utilisation (0..=nproc), this process's CPU s.
fn measured<T>(f: impl FnOnce() -> T) -> (T, f64, f64, f64) {
    let (b0, t0) = cpu_jiffies();
    let c0 = self_cpu();
    let start = Instant::now();
    let r = f();
    let wall = start.elapsed().as_secs_f64();
    let (b1, t1) = cpu_jiffies();
    let cores = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(1) as f64;
    let util = if t1 > t0 {
        (b1 - b0) as f64 / (t1 - t0) as f64 * cores
    } else {
        0.0
    };
    (r, wall, util, self_cpu() - c0)
}

fn percentile(sorted: &[f64], p: f64) -> f64 {
    if sorted.is_empty() {
        return f64::NAN;
    }
    let rank = ((p / 100.0) * sorted.len() as f64).ceil() as usize;
    sorted[rank.clamp(1, sorted.len()) - 1]
}

/// The 1/5/15-minute load averages: other work on the machine skews every figure.
fn load() -> String {
    let text = std::fs::read_to_string("/proc/loadavg").unwrap_or_default();
    format!(
        "load average {}",
        text.split_whitespace()
            .take(3)
            .collect::<Vec<_>>()
            .join(" ")
    )
}

fn print_machine() {
    let cpuinfo = std::fs::read_to_string("/proc/cpuinfo").unwrap_or_default();
    let model = cpuinfo
        .lines()
        .find(|l| l.starts_with("model name"))
        .and_then(|l| l.split(':').nth(1))
        .map(str::trim)
        .unwrap_or("?");
    let meminfo = std::fs::read_to_string("/proc/meminfo").unwrap_or_default();
    let mem = meminfo
        .lines()
        .next()
        .unwrap_or("MemTotal: ?")
        .split_whitespace()
        .nth(1)
        .unwrap_or("?")
        .to_string();
    let cores = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(1);
    println!("machine: {cores} CPUs, {model}, MemTotal {mem} kB");
    println!(
        "dovecot mail format: {} (INGEST_BENCH_MAIL_FORMAT)",
        std::env::var("INGEST_BENCH_MAIL_FORMAT").unwrap_or_else(|_| "maildir".into())
    );
}

// ---------------------------------------------------------------------------------------
// 1. Backlog: pipeline vs fetch-only
// ---------------------------------------------------------------------------------------

fn password_credentials(mb: &MailboxSettings) -> Credentials {
    match &mb.auth {
        ImapAuth::Password(r) => Credentials::Password(r.resolve().expect("password")),
        ImapAuth::OAuth(_) => panic!("the bench uses a password"),
    }
}

/// The connector alone, exactly as the pipeline drives it, without moving anything.
/// Returns (messages, bytes).
async fn fetch_only(mb: &MailboxSettings) -> (u64, u64) {
    fetch_pass(mb, None).await
}

/// The connector's fetch, plus `move_to(folder)` per message when `move_to` is set (the
/// IMAP work the pipeline cannot avoid). Returns (messages, bytes).
async fn fetch_pass(mb: &MailboxSettings, move_to: Option<&str>) -> (u64, u64) {
    let creds = password_credentials(mb);
    let mut conn = imap::connect(mb, &creds).await.expect("connect");
    if let Some(folder) = move_to {
        conn.ensure_folders(&[folder]).await.expect("create folder");
    }
    conn.select(&mb.folders.inbox).await.expect("select");
    let uids = conn.uids().await.expect("uids");
    let (mut n, mut bytes) = (0u64, 0u64);
    for uid in uids {
        let Some(dastra_mailgate::ingest::source::imap::Meta { size, .. }) =
            conn.fetch_meta(uid).await.expect("fetch_meta")
        else {
            continue;
        };
        let raw = conn
            .fetch_raw(uid, size)
            .await
            .expect("fetch_raw")
            .expect("message vanished");
        if let Some(folder) = move_to {
            conn.move_to(uid, folder).await.expect("move");
        }
        n += 1;
        bytes += raw.len() as u64;
    }
    conn.logout().await;
    (n, bytes)
}

fn backlog(n: usize) {
    println!("\n== backlog: {n} messages, real pipeline vs fetch-only ==");
    println!("({})", load());
    let env = Env::new(DastraDoubleOptions::default());
    let ((expects, bytes, with_att), secs, _, _) =
        measured(|| fill(&env, 2026, n, backlog_message));
    println!(
        "appended {n} messages, {:.1} MB in {secs:.1} s (append_many)",
        bytes as f64 / MB
    );
    let created = expects.iter().filter(|e| **e != Expect::Ignored).count();
    println!(
        "mix: {created} create an object, {} ignored, {with_att} carry attachments",
        n - created
    );

    let cfg = env.config("state", &Conf::default());
    let settings = env.settings(&cfg);
    let mb = settings.mailboxes[0].clone();
    let rt = runtime();

    let mut fetch_rates = Vec::new();
    for pass in ["cold", "warm"] {
        let ((m, b), wall, util, cpu) = measured(|| rt.block_on(fetch_only(&mb)));
        assert_eq!(m as usize, n, "fetch-only saw {m} of {n} messages");
        let rate = m as f64 / wall;
        fetch_rates.push(rate);
        println!(
            "fetch-only ({pass}): {m} msgs, {:.1} MB in {wall:.2} s = {rate:.0} msg/s, {:.1} MB/s; machine CPU {util:.2}/{} cores, bench process {cpu:.1} CPU s",
            b as f64 / MB,
            b as f64 / MB / wall,
            std::thread::available_parallelism()
                .map(|n| n.get())
                .unwrap_or(1)
        );
    }
    let fetch_rate = fetch_rates.iter().cloned().fold(0.0, f64::max);

    // Fetch + UID MOVE per message, then everything back to INBOX in one command.
    let ((m, _), wall, util, _) = measured(|| rt.block_on(fetch_pass(&mb, Some("Bench/Moved"))));
    assert_eq!(m as usize, n);
    println!(
        "fetch + move (the IMAP work the pipeline must do): {m} msgs in {wall:.2} s = {:.0} msg/s; machine CPU {util:.2} cores",
        m as f64 / wall
    );
    let fetch_move_rate = m as f64 / wall;
    let mut s = env.dovecot.session(USER);
    let back = s
        .command("SELECT \"Bench/Moved\"")
        .and_then(|_| s.command("UID MOVE 1:* INBOX"));
    assert!(
        back.is_ok_and(|r| r.is_ok()),
        "moving the backlog back to INBOX failed"
    );
    s.logout();
    assert_eq!(env.count("INBOX") as usize, n);

    let worker = env.worker(&settings);
    let cancel = CancellationToken::new();
    // Progress every tenth of the backlog: does the rate hold as the folders fill up?
    let progress = {
        let (w, stop) = (
            worker.clone(),
            Arc::new(std::sync::atomic::AtomicBool::new(false)),
        );
        let stop2 = stop.clone();
        let handle = std::thread::spawn(move || {
            let start = Instant::now();
            let (mut last_n, mut last_t, mut marks) = (0u64, 0f64, Vec::new());
            let step = (n as u64 / 10).max(1);
            while !stop2.load(std::sync::atomic::Ordering::Relaxed) {
                std::thread::sleep(Duration::from_millis(50));
                let done = done_count(&w);
                if done >= last_n + step {
                    let t = start.elapsed().as_secs_f64();
                    marks.push(format!(
                        "{done}: {:.0}",
                        (done - last_n) as f64 / (t - last_t)
                    ));
                    (last_n, last_t) = (done, t);
                }
            }
            marks
        });
        (stop, handle)
    };
    let (report, wall, util, cpu) = measured(|| {
        rt.block_on(worker.run_once(&cancel))
            .expect("pipeline pass")
    });
    progress.0.store(true, std::sync::atomic::Ordering::Relaxed);
    let marks = progress.1.join().unwrap_or_default();
    let rate = report.seen as f64 / wall;
    let s = worker.status.lock().expect("status").clone();
    println!(
        "pipeline: {} msgs ({} processed, {} ignored, {} failed) in {wall:.2} s = {rate:.0} msg/s, {:.1} MB/s; machine CPU {util:.2} cores, bench process (pipeline + double) {cpu:.1} CPU s",
        report.seen,
        s.processed,
        s.ignored,
        s.failed,
        bytes as f64 / MB / wall
    );
    let reqs = env.dastra.request_log();
    println!(
        "Dastra requests: {} ({:.2} per message, {:.0} req/s)",
        reqs.len(),
        reqs.len() as f64 / n as f64,
        reqs.len() as f64 / wall
    );
    println!(
        "RATIO pipeline / fetch-only (best pass) = {:.2}  (target >= 0.80: {})",
        rate / fetch_rate,
        if rate / fetch_rate >= 0.8 {
            "met"
        } else {
            "NOT met"
        }
    );
    println!(
        "pipeline rate as it goes (messages done: msg/s over the last tenth): {}",
        marks.join(", ")
    );
    println!(
        "ratio pipeline / fetch+move = {:.2}",
        rate / fetch_move_rate
    );
    assert_eq!(env.count("INBOX"), 0, "the pipeline left mail in the inbox");
    assert_eq!(s.processed as usize, created, "processed count");
    assert_eq!(s.failed, 0);
    drop(rt);
    breakdown(&env, &settings, n, wall, n as f64 / fetch_move_rate);
}

/// Where the pipeline's time goes: the steps it adds to the fetch, measured alone.
fn breakdown(env: &Env, settings: &Arc<Settings>, n: usize, pipeline_wall: f64, fetch_wall: f64) {
    println!("-- breakdown (steps measured alone, single-threaded) --");
    // Understanding: every message, or a sample of at most 1000 of them, by size.
    let ctx = PlanContext::from_settings(settings).expect("plan context");
    let step = n.div_ceil(1000).max(1);
    let buckets = [
        ("< 16 KB", 0usize, 16 * 1024),
        ("16-64 KB", 16 * 1024, 64 * 1024),
        (">= 64 KB", 64 * 1024, usize::MAX),
    ];
    let mut per_bucket = [(0usize, 0f64); 3];
    for i in (0..n).step_by(step) {
        let g = backlog_message(2026, i);
        let start = Instant::now();
        let u = ctx.understand(&g.raw);
        let t = start.elapsed().as_secs_f64();
        std::hint::black_box(u);
        let b = buckets
            .iter()
            .position(|(_, lo, hi)| g.raw.len() >= *lo && g.raw.len() < *hi)
            .unwrap_or(2);
        per_bucket[b].0 += 1;
        per_bucket[b].1 += t;
    }
    let (cnt, secs) = per_bucket
        .iter()
        .fold((0, 0.0), |a, b| (a.0 + b.0, a.1 + b.1));
    let understand_total = secs / cnt as f64 * n as f64;
    for ((name, _, _), (c, t)) in buckets.iter().zip(per_bucket) {
        if c > 0 {
            println!(
                "understand() {name}: {c} msgs, {:.1} ms/msg",
                t / c as f64 * 1000.0
            );
        }
    }
    println!(
        "understand() overall: {:.1} ms/msg = {:.0} msg/s alone; x {n} msgs = {understand_total:.1} s of the pipeline's {pipeline_wall:.1} s",
        secs / cnt as f64 * 1000.0,
        cnt as f64 / secs
    );
    // Ledger commits (each one an fsync), on the same disk as the real state dir.
    let dir = tempfile::tempdir_in(env.dir.path()).expect("tempdir");
    let ledger = Ledger::open(dir.path()).expect("ledger");
    let commits = 300;
    let start = Instant::now();
    for i in 0..commits {
        let e = Entry::new(
            "collect",
            &format!("mid:bench-{i}@x"),
            1,
            i,
            "0123456789abcdef",
        );
        ledger.put(&e).expect("put");
    }
    let per_commit = start.elapsed().as_secs_f64() / f64::from(commits);
    // Commits the pipeline made, from what it sent: create = Creating + Created + Done, a DSR
    // also links its thread, each upload = in flight + done, an ignored message = Done.
    let log = env.dastra.request_log();
    let creates = log.iter().filter(|r| is_create(r)).count();
    let dsrs = log
        .iter()
        .filter(|r| {
            r.method == "POST"
                && r.path
                    .to_ascii_lowercase()
                    .ends_with("/datasubjectrequests")
        })
        .count();
    let uploads = log
        .iter()
        .filter(|r| {
            r.method == "POST"
                && r.path
                    .to_ascii_lowercase()
                    .contains("/datasubjectattachments/")
        })
        .count();
    let ignored = n.saturating_sub(creates);
    let est_commits = 3 * creates + dsrs + 2 * uploads + ignored;
    println!(
        "ledger commit (fsync): {:.2} ms; about {est_commits} commits ({:.1}/msg) = {:.1} s",
        per_commit * 1000.0,
        est_commits as f64 / n as f64,
        est_commits as f64 * per_commit
    );
    let server: f64 = log.iter().map(|r| r.duration.as_secs_f64()).sum();
    println!(
        "Dastra double: {} requests ({creates} creates, {uploads} uploads), {server:.1} s inside the double (client and HTTP overhead not included)",
        log.len()
    );
    let rest =
        pipeline_wall - fetch_wall - understand_total - est_commits as f64 * per_commit - server;
    println!(
        "fetch + move (measured alone): {fetch_wall:.1} s; the rest (planning, dedupe, HTTP client, runtime): {rest:.1} s"
    );
}

// ---------------------------------------------------------------------------------------
// 2. IDLE latency
// ---------------------------------------------------------------------------------------

fn is_create(r: &LoggedRequest) -> bool {
    let p = r.path.to_ascii_lowercase();
    r.method == "POST"
        && [
            "/datasubjectrequests",
            "/tasks",
            "/databreachs",
            "/datasubjectmessages",
        ]
        .iter()
        .any(|s| p.ends_with(s))
}

fn ms_since(t: SystemTime, at: SystemTime) -> f64 {
    match at.duration_since(t) {
        Ok(d) => d.as_secs_f64() * 1000.0,
        Err(e) => -e.duration().as_secs_f64() * 1000.0,
    }
}

fn wait_until(timeout: Duration, mut f: impl FnMut() -> bool) -> bool {
    let start = Instant::now();
    while start.elapsed() < timeout {
        if f() {
            return true;
        }
        std::thread::sleep(Duration::from_millis(1));
    }
    false
}

fn idle(n: usize) {
    println!("\n== idle: {n} messages, APPEND -> first Dastra request ==");
    println!("({})", load());
    let env = Env::new(DastraDoubleOptions::default());
    // The default poll interval: the safety net behind IDLE.
    let cfg = env.config(
        "state",
        &Conf {
            mode: "idle",
            poll_interval_secs: 60,
            ..Conf::default()
        },
    );
    let settings = env.settings(&cfg);
    let worker = env.worker(&settings);
    let rt = runtime();
    let cancel = CancellationToken::new();
    {
        let (w, c) = (worker.clone(), cancel.clone());
        rt.spawn(async move { w.run(c).await });
    }
    let idle_state = || {
        worker
            .status
            .lock()
            .map(|s| s.state == "idle")
            .unwrap_or(false)
    };
    assert!(
        wait_until(Duration::from_secs(20), idle_state),
        "the worker never reached IDLE"
    );
    std::thread::sleep(Duration::from_millis(200));

    let msgs: Vec<_> = (0..n * 3)
        .map(|i| mailgen::message(4242, i, 0))
        .filter(|m| m.expect != Expect::Ignored)
        .take(n)
        .collect();
    let mut rng = Rng::new(7);
    let (mut first, mut create) = (Vec::new(), Vec::new());
    for m in &msgs {
        let before_log = env.dastra.request_log().len();
        let before_done = done_count(&worker);
        env.dovecot.append(USER, "INBOX", &m.raw);
        let appended = SystemTime::now();
        let mut seen: Option<(SystemTime, SystemTime)> = None;
        let ok = wait_until(Duration::from_secs(30), || {
            let log = env.dastra.request_log();
            let new = &log[before_log.min(log.len())..];
            if let (Some(f), Some(c)) = (new.first(), new.iter().find(|r| is_create(r))) {
                seen = Some((f.at, c.at));
                true
            } else {
                false
            }
        });
        assert!(ok, "no create request for {} within 30 s", m.message_id);
        let (f, c) = seen.expect("seen");
        first.push(ms_since(appended, f));
        create.push(ms_since(appended, c));
        // Let the message finish and the worker go back to IDLE, then a small random gap.
        assert!(
            wait_until(Duration::from_secs(30), || done_count(&worker)
                > before_done
                && idle_state()),
            "message not finished"
        );
        std::thread::sleep(Duration::from_millis(20 + rng.below(80)));
    }
    let (mut during, missed) = idle_during_sweep(&env, &worker, 10, 8);
    let stranded = env.count("INBOX");
    cancel.cancel();
    for (what, v) in [("first request", &mut first), ("create POST", &mut create)] {
        v.sort_by(f64::total_cmp);
        println!(
            "APPEND -> {what}: p50 {:.1} ms, p90 {:.1} ms, p99 {:.1} ms, max {:.1} ms, min {:.1} ms (n = {})",
            percentile(v, 50.0),
            percentile(v, 90.0),
            percentile(v, 99.0),
            v.last().copied().unwrap_or(f64::NAN),
            v.first().copied().unwrap_or(f64::NAN),
            v.len()
        );
    }
    let p99 = percentile(&first, 99.0);
    println!(
        "IDLE p99 = {p99:.1} ms (target < 1000 ms: {})",
        if p99 < 1000.0 { "met" } else { "NOT met" }
    );
    during.sort_by(f64::total_cmp);
    println!(
        "mail arriving during a sweep (after its UID SEARCH), {} trials: handled within 3 s in {} (APPEND -> create POST p50 {:.1} ms, max {:.1} ms); NOT noticed within 3 s in {missed} (they wait for the next wake-up: the poll sweep, up to poll_interval = 60 s); {stranded} message(s) still in INBOX at the end",
        during.len() + missed,
        during.len(),
        percentile(&during, 50.0),
        during.last().copied().unwrap_or(f64::NAN)
    );
    rt.shutdown_timeout(Duration::from_secs(5));
}

/// Mail arriving while the worker is busy: each trial appends a batch of `batch` messages,
/// waits until the worker starts sweeping them, then appends one more (the probe), which
/// lands after the sweep's UID SEARCH. Returns the probe latencies (APPEND -> create POST)
/// of the trials where the probe was handled within 3 s, and the number of trials where it
/// was not (it then waits for the next wake-up: the poll sweep, or the next trial's batch).
fn idle_during_sweep(
    env: &Env,
    worker: &MailboxWorker,
    trials: usize,
    batch: usize,
) -> (Vec<f64>, usize) {
    let mut pool = (0..)
        .map(|i| mailgen::message(4343, i, 0))
        .filter(|m| m.expect != Expect::Ignored);
    let (mut latencies, mut missed) = (Vec::new(), 0);
    let mut owed = 0; // probes not handled yet: their creates come with the next sweep
    for _ in 0..trials {
        let before_log = env.dastra.request_log().len();
        let raws: Vec<Vec<u8>> = pool.by_ref().take(batch).map(|m| m.raw).collect();
        env.dovecot.append_many(USER, "INBOX", &raws);
        let sweeping = wait_until(Duration::from_secs(10), || {
            worker
                .status
                .lock()
                .map(|s| s.state == "sweeping")
                .unwrap_or(false)
        });
        assert!(sweeping, "the batch did not wake the worker");
        std::thread::sleep(Duration::from_millis(10));
        let probe = pool.next().expect("probe");
        env.dovecot.append(USER, "INBOX", &probe.raw);
        let appended = SystemTime::now();
        let want = owed + batch + 1;
        let mut at = None;
        wait_until(Duration::from_secs(3), || {
            let log = env.dastra.request_log();
            let creates: Vec<&LoggedRequest> =
                log[before_log..].iter().filter(|r| is_create(r)).collect();
            at = creates.get(want - 1).map(|r| r.at);
            at.is_some()
        });
        match at {
            Some(at) => {
                latencies.push(ms_since(appended, at));
                owed = 0;
            }
            None => {
                missed += 1;
                owed = 1;
            }
        }
        // Let the worker settle in IDLE before the next trial.
        wait_until(Duration::from_secs(10), || {
            worker
                .status
                .lock()
                .map(|s| s.state == "idle")
                .unwrap_or(false)
        });
        std::thread::sleep(Duration::from_millis(100));
    }
    (latencies, missed)
}

// ---------------------------------------------------------------------------------------
// 3. Peak RSS with a big attachment (the real binary)
// ---------------------------------------------------------------------------------------

fn proc_status_kb(pid: u32, key: &str) -> Option<u64> {
    let text = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    text.lines()
        .find(|l| l.starts_with(key))?
        .split_whitespace()
        .nth(1)?
        .parse()
        .ok()
}

/// How the peak RSS of a run was measured.
const GNU_TIME: &str = "/usr/bin/time";

/// Runs the binary to completion; returns (exit code, peak RSS in kB, wall s, stderr tail).
///
/// The peak comes from GNU time's `%M` (its own fork + exec, then `wait4`). Our own `wait4`
/// would be wrong: the kernel carries the high-water mark of the image a process `exec`s from
/// into `ru_maxrss`, and this bench process (Dovecot fixture, the double holding uploads) is
/// much bigger than the daemon. Without GNU time, VmHWM is sampled from `/proc` every 5 ms
/// (a lower bound). `INGEST_BENCH_WRAP="heaptrack -o /tmp/h"` runs the binary under a
/// profiler instead (then the figure is the profiler's, not the daemon's).
fn run_measured(cfg: &Path, args: &[&str]) -> (i32, u64, f64, String) {
    let start = Instant::now();
    let bin = env!("CARGO_BIN_EXE_dastra-mailgate");
    let wrap: Vec<String> = std::env::var("INGEST_BENCH_WRAP")
        .map(|w| w.split_whitespace().map(str::to_string).collect())
        .unwrap_or_default();
    let time_out = tempfile::NamedTempFile::new().expect("tempfile");
    let use_time = wrap.is_empty() && Path::new(GNU_TIME).exists();
    let mut cmd = if !wrap.is_empty() {
        let mut c = Command::new(&wrap[0]);
        c.args(&wrap[1..]).arg(bin);
        c
    } else if use_time {
        let mut c = Command::new(GNU_TIME);
        c.args(["-f", "%M", "-o"]).arg(time_out.path()).arg(bin);
        c
    } else {
        Command::new(bin)
    };
    let mut child = cmd
        .arg("-c")
        .arg(cfg)
        .args(args)
        .env("DASTRA_MAILGATE_LOG", "info")
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn dastra-mailgate");
    let pid = child.id();
    let stderr = child.stderr.take();
    let reader = std::thread::spawn(move || {
        let mut s = String::new();
        if let Some(mut e) = stderr {
            use std::io::Read;
            let _ = e.read_to_string(&mut s);
        }
        s
    });
    let mut hwm_kb = 0;
    let status = loop {
        if let Some(st) = child.try_wait().expect("wait") {
            break st;
        }
        hwm_kb = hwm_kb.max(proc_status_kb(pid, "VmHWM").unwrap_or(0));
        std::thread::sleep(Duration::from_millis(5));
    };
    let wall = start.elapsed().as_secs_f64();
    let log = reader.join().unwrap_or_default();
    let tail: String = log
        .lines()
        .rev()
        .take(5)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect::<Vec<_>>()
        .join("\n");
    let peak_kb = if use_time {
        std::fs::read_to_string(time_out.path())
            .ok()
            .and_then(|t| t.lines().last().and_then(|l| l.trim().parse().ok()))
            .unwrap_or(0)
    } else {
        hwm_kb
    };
    (status.code().unwrap_or(-1), peak_kb, wall, tail)
}

fn rss(mb_size: usize) {
    println!("\n== rss: one message with a {mb_size} MB attachment, the real binary ==");
    println!("({})", load());
    let env = Env::new(DastraDoubleOptions {
        max_upload_bytes: 1 << 30,
        ..DastraDoubleOptions::default()
    });
    // Let the message and its attachment through (defaults: 50 MiB message, 25 MiB attachment).
    let conf = Conf {
        mailbox: "max_message_bytes = 1073741824\n",
        understanding: "max_attachment_bytes = 1073741824\n",
        ..Conf::default()
    };
    let big = mailgen::with_big_attachment(50, mb_size * 1024 * 1024);
    let msg_mb = big.raw.len() as f64 / MB;
    println!(
        "message: {:.1} MB raw ({mb_size} MiB attachment, base64)",
        msg_mb
    );
    println!(
        "peak RSS of `ingest --once` from {}",
        if std::env::var_os("INGEST_BENCH_WRAP").is_some() {
            "nothing (INGEST_BENCH_WRAP is set: the figures below are not the daemon's)"
        } else if Path::new(GNU_TIME).exists() {
            "GNU time %M"
        } else {
            "VmHWM sampled every 5 ms (install `time` for an exact figure)"
        }
    );

    // Baseline: one pass over an empty mailbox, then a small message.
    let cfg = env.config("state-once", &conf);
    let (code, empty_kb, _, _) = run_measured(&cfg, &["ingest", "--once"]);
    assert_eq!(code, 0);
    let small = mailgen::message(50, 0, 0);
    env.dovecot.append(USER, "INBOX", &small.raw);
    let (code, small_kb, _, _) = run_measured(&cfg, &["ingest", "--once"]);
    assert_eq!(code, 0);
    println!(
        "ingest --once baseline: empty mailbox peak RSS {:.1} MB; one small message {:.1} MB",
        empty_kb as f64 / 1024.0,
        small_kb as f64 / 1024.0
    );

    env.dovecot.append(USER, "INBOX", &big.raw);
    let (code, peak_kb, wall, tail) = run_measured(&cfg, &["ingest", "--once"]);
    assert_eq!(code, 0, "ingest --once failed:\n{tail}");
    assert_eq!(
        env.count("INBOX"),
        0,
        "the big message is still in the inbox:\n{tail}"
    );
    let uploaded: Vec<(String, usize)> = env
        .dastra
        .dsrs_by_ref_id(1, &format!("mid:{}", big.message_id.to_ascii_lowercase()))
        .first()
        .map(|d| {
            env.dastra
                .attachments(1, d["id"].as_i64().expect("dsr id") as i32)
                .into_iter()
                .map(|a| (a.file_name, a.bytes.len()))
                .collect()
        })
        .unwrap_or_default();
    let peak_mb = peak_kb as f64 / 1024.0;
    println!(
        "uploaded: {}",
        uploaded
            .iter()
            .map(|(n, s)| format!("{n} ({:.1} MB)", *s as f64 / MB))
            .collect::<Vec<_>>()
            .join(", ")
    );
    println!(
        "ingest --once: peak RSS {peak_mb:.1} MB in {wall:.1} s = {:.2}x the message ({:.2}x the attachment); target < 3x: {}",
        peak_mb / msg_mb,
        peak_mb / mb_size as f64,
        if peak_mb < 3.0 * msg_mb {
            "met"
        } else {
            "NOT met"
        }
    );

    // Steady state: the daemon, before and after the big message.
    // A short poll: mail appended while the daemon is busy can wait for the poll sweep
    // (see the idle scenario's figure for mail arriving during a sweep).
    let cfg = env.config(
        "state-run",
        &Conf {
            mode: "idle",
            poll_interval_secs: 2,
            ..conf
        },
    );
    let mut child = Command::new(env!("CARGO_BIN_EXE_dastra-mailgate"))
        .arg("-c")
        .arg(&cfg)
        .arg("run")
        .env("DASTRA_MAILGATE_LOG", "info")
        .stdout(Stdio::null())
        .stderr(std::fs::File::create(env.dir.path().join("daemon.log")).expect("daemon log"))
        .spawn()
        .expect("spawn daemon");
    let daemon_log =
        || std::fs::read_to_string(env.dir.path().join("daemon.log")).unwrap_or_default();
    let pid = child.id();
    let kb = |key: &str| proc_status_kb(pid, key).unwrap_or(0) as f64 / 1024.0;
    // Warm-up: a few small messages so the idle figure is of a daemon that has done work.
    for i in 1..=5 {
        env.dovecot
            .append(USER, "INBOX", &mailgen::message(51, i, 0).raw);
    }
    assert!(
        wait_until(Duration::from_secs(30), || env.count("INBOX") == 0),
        "daemon did not drain the warm-up:\n{}",
        daemon_log()
    );
    std::thread::sleep(Duration::from_secs(3));
    let idle_before = kb("VmRSS");
    let big2 = mailgen::with_big_attachment(52, mb_size * 1024 * 1024);
    env.dovecot.append(USER, "INBOX", &big2.raw);
    assert!(
        wait_until(Duration::from_secs(120), || env.count("INBOX") == 0),
        "daemon did not take the big message:\n{}",
        daemon_log()
    );
    let hwm = kb("VmHWM");
    std::thread::sleep(Duration::from_secs(3));
    let after = kb("VmRSS");
    for i in 6..=25 {
        env.dovecot
            .append(USER, "INBOX", &mailgen::message(51, i, 0).raw);
    }
    assert!(
        wait_until(Duration::from_secs(30), || env.count("INBOX") == 0),
        "daemon did not drain:\n{}",
        daemon_log()
    );
    std::thread::sleep(Duration::from_secs(5));
    let steady = kb("VmRSS");
    unsafe { libc::kill(pid as i32, libc::SIGTERM) };
    let _ = child.wait();
    println!(
        "daemon (run, IDLE): RSS idle before {idle_before:.1} MB; peak (VmHWM) {hwm:.1} MB = {:.2}x the message; 3 s after the big message {after:.1} MB; after 20 more small messages + 5 s {steady:.1} MB (steady-state target < 64 MB: {})",
        hwm / msg_mb,
        if steady < 64.0 { "met" } else { "NOT met" }
    );
}

// ---------------------------------------------------------------------------------------
// 4. Rate limit
// ---------------------------------------------------------------------------------------

fn rate(secs: u64) {
    let limit = 500u32;
    let secs = secs.max(61);
    let minutes = secs / 60;
    println!("\n== rate: double and daemon at {limit}/min, {secs} s ==");
    println!("({})", load());
    let env = Env::new(DastraDoubleOptions {
        rate_limit_per_min: Some(limit),
        ..DastraDoubleOptions::default()
    });
    // Enough work even at one request per message.
    let n = ((minutes + 1) * u64::from(limit)) as usize;
    let _ = fill(&env, 77, n, |s, i| mailgen::message(s, i, 2048));
    let cfg = env.config(
        "state",
        &Conf {
            max_requests_per_min: limit,
            ..Conf::default()
        },
    );
    let settings = env.settings(&cfg);
    let worker = env.worker(&settings);
    let rt = runtime();
    let cancel = CancellationToken::new();
    {
        let (w, c) = (worker.clone(), cancel.clone());
        rt.spawn(async move { w.run_once(&c).await });
    }
    std::thread::sleep(Duration::from_secs(secs));
    cancel.cancel();
    let log: Vec<SystemTime> = env
        .dastra
        .request_log()
        .iter()
        .filter(|r| !r.path.contains("/connect/token"))
        .map(|r| r.at)
        .collect();
    rt.shutdown_timeout(Duration::from_millis(100));
    let Some(&t0) = log.first() else {
        panic!("no request reached the double");
    };
    let rel: Vec<f64> = log
        .iter()
        .map(|t| t.duration_since(t0).unwrap_or_default().as_secs_f64())
        .collect();
    for m in 0..minutes {
        let c = rel
            .iter()
            .filter(|&&t| t >= (m * 60) as f64 && t < ((m + 1) * 60) as f64)
            .count();
        println!("minute {}: {c} requests", m + 1);
    }
    let full = rel.iter().filter(|&&t| t < (minutes * 60) as f64).count();
    let per_min = full as f64 / minutes as f64;
    // Sliding windows [t_i, t_i + 60 s) starting at each request within the measured span.
    let span = (minutes * 60) as f64;
    let windows: Vec<usize> = rel
        .iter()
        .filter(|&&t| t + 60.0 <= span)
        .map(|&t| rel.iter().filter(|&&u| u >= t && u < t + 60.0).count())
        .collect();
    let (wmin, wmax) = (
        windows.iter().min().copied().unwrap_or(0),
        windows.iter().max().copied().unwrap_or(0),
    );
    let limited = env.dastra.rate_limited_count();
    println!(
        "sustained over {minutes} full minute(s) from the first request: {per_min:.1} req/min = {:.1} % of {limit}; sliding 60 s windows: min {wmin}, max {wmax}; 429s: {limited}; messages done: {}",
        per_min / f64::from(limit) * 100.0,
        done_count(&worker)
    );
    println!("statuses: {:?}", env.dastra.requests_by_status());
    println!(
        "target >= 95 % and zero 429: {}",
        if per_min >= 0.95 * f64::from(limit) && limited == 0 {
            "met"
        } else {
            "NOT met"
        }
    );
}

// ---------------------------------------------------------------------------------------
// Smoke (test mode)
// ---------------------------------------------------------------------------------------

/// `cargo test --all-targets`: the bench plumbing on 20 messages; no timing is asserted.
/// The daemon on an `n`-message backlog, every `k`-th Dastra call failing (k = 0: none):
/// (seconds until the inbox is empty and every message is in its folder, IMAP logins).
fn faults_run(n: usize, every: u32, latency_ms: u64) -> (f64, usize) {
    let env = Env::new(DastraDoubleOptions::default());
    let (expects, _, _) = fill(&env, 3030, n, |s, i| mailgen::message(s, i, 0));
    let created = expects.iter().filter(|e| **e != Expect::Ignored).count();
    if latency_ms > 0 {
        env.dastra.faults().push(
            Fault::delay(Duration::from_millis(latency_ms))
                .path_prefix("/v1/")
                .always(),
        );
    }
    if every > 0 {
        env.dastra.faults().push(
            Fault::status_before(500)
                .path_prefix("/v1/")
                .every_nth(every),
        );
    }
    let cfg = env.config(
        "state",
        &Conf {
            poll_interval_secs: 1,
            ..Conf::default()
        },
    );
    let start = Instant::now();
    let mut child = Command::new(env!("CARGO_BIN_EXE_dastra-mailgate"))
        .arg("-c")
        .arg(&cfg)
        .arg("run")
        .env(
            "DASTRA_MAILGATE_LOG",
            std::env::var("INGEST_BENCH_DAEMON_LOG_LEVEL").unwrap_or_else(|_| "warn".into()),
        )
        .stdout(Stdio::null())
        .stderr(match std::env::var("INGEST_BENCH_DAEMON_LOG") {
            Ok(path) => Stdio::from(std::fs::File::create(path).expect("daemon log file")),
            Err(_) => Stdio::null(),
        })
        .spawn()
        .expect("spawn dastra-mailgate run");
    let done = wait_until(Duration::from_secs(1800), || {
        env.count("INBOX") == 0 && env.dovecot.count(USER, "Dastra/Processed") as usize == created
    });
    let secs = start.elapsed().as_secs_f64();
    let _ = child.kill();
    let _ = child.wait();
    assert!(done, "the backlog did not finish within 30 minutes");
    assert_eq!(
        env.dovecot.count(USER, "Dastra/Failed"),
        0,
        "a message was parked"
    );
    let logins = env
        .dovecot
        .log()
        .lines()
        // The daemon's logins (implicit TLS); the bench's own checks log in without it.
        .filter(|l| l.contains("imap-login: Info: Login: user=<collect@") && l.contains(", TLS,"))
        .count();
    (secs, logins)
}

fn faults(n: usize, pct: u64, latency_ms: u64) {
    let every = (100 / pct.clamp(1, 100)) as u32;
    println!(
        "\n== faults: {n} messages, the daemon, 1 Dastra call in {every} failing (500), {latency_ms} ms per Dastra call =="
    );
    println!("({})", load());
    let (clean, clean_logins) = faults_run(n, 0, latency_ms);
    println!("fault-free: {clean:.1} s, {clean_logins} IMAP login(s)");
    let (faulty, faulty_logins) = faults_run(n, every, latency_ms);
    println!(
        "with faults: {faulty:.1} s, {faulty_logins} IMAP login(s); ratio {:.2}x (target <= 3x)",
        faulty / clean
    );
}

fn smoke() {
    let n = 20;
    let env = Env::new(DastraDoubleOptions::default());
    // Natural-size messages: `cargo test` builds this without optimisations.
    let (expects, _, _) = fill(&env, 1, n, |s, i| mailgen::message(s, i, 0));
    let cfg = env.config("state", &Conf::default());
    let settings = env.settings(&cfg);
    let mb = settings.mailboxes[0].clone();
    let rt = runtime();
    let (m, _) = rt.block_on(fetch_only(&mb));
    assert_eq!(m as usize, n);
    let worker = env.worker(&settings);
    let report = rt
        .block_on(worker.run_once(&CancellationToken::new()))
        .expect("pipeline pass");
    assert_eq!(report.seen as usize, n);
    assert_eq!(env.count("INBOX"), 0);
    let created = expects.iter().filter(|e| **e != Expect::Ignored).count() as u64;
    assert_eq!(worker.status.lock().expect("status").processed, created);
    println!(
        "ingest bench smoke: {n} messages through fetch-only and the pipeline (run `cargo bench --bench ingest` for figures)"
    );
}
