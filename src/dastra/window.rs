//! The rate limiter's window survives a restart: the release times of the last minute are
//! written to `<state.dir>/dastra-rate-window.json` every few seconds and when the process
//! ends, and read when it starts. A restarted daemon (or an `ingest --once` after it) so does
//! not burst into the budget the previous process already used — the 429s after every
//! restart. The daemon writes only when the window changed (an idle daemon writes nothing).
//! For what a `kill -9` kept from being written (at most [`SAVE_EVERY`]), the load
//! counts a full interval's worth at the maximal rate, at the time of the last save.

use std::path::Path;
use std::time::Duration;

use serde::{Deserialize, Serialize};

use super::limiter::RateLimiter;

const FILE: &str = "dastra-rate-window.json";
/// How often the daemon writes the window.
pub const SAVE_EVERY: Duration = Duration::from_secs(5);

#[derive(Serialize, Deserialize)]
struct Saved {
    saved_at_ms: i64,
    /// Unix milliseconds of requests inside the window.
    times: Vec<i64>,
    /// Whether the process ended cleanly (nothing unsaved).
    clean: bool,
}

/// Seeds `limiter` from the file, if any.
pub fn load(state_dir: &Path, limiter: &RateLimiter) {
    if limiter.max() == 0 {
        return;
    }
    let Some(saved) = std::fs::read(state_dir.join(FILE))
        .ok()
        .and_then(|b| serde_json::from_slice::<Saved>(&b).ok())
    else {
        return;
    };
    let mut times = saved.times;
    if !saved.clean {
        // Requests after the last save are unknown: assume the maximal rate.
        let window_ms = limiter.window().as_millis().max(1) as i64;
        let per_interval = ((limiter.max() as i64 * SAVE_EVERY.as_millis() as i64 + window_ms - 1)
            / window_ms)
            .max(1);
        times.extend(std::iter::repeat_n(
            saved.saved_at_ms,
            per_interval as usize,
        ));
    }
    limiter.seed_unix_ms(&times);
}

/// Writes the window (atomically; errors are only logged: this is an optimisation).
pub fn save(state_dir: &Path, limiter: &RateLimiter, clean: bool) {
    if limiter.max() == 0 {
        return;
    }
    save_times(state_dir, limiter.snapshot_unix_ms(), clean);
}

/// Writes `times` (a [`RateLimiter::snapshot_unix_ms`]) as the window.
pub fn save_times(state_dir: &Path, times: Vec<i64>, clean: bool) {
    let saved = Saved {
        saved_at_ms: chrono::Utc::now().timestamp_millis(),
        times,
        clean,
    };
    let Ok(json) = serde_json::to_vec(&saved) else {
        return;
    };
    let tmp = state_dir.join(format!(".{FILE}.tmp"));
    let r = std::fs::write(&tmp, json).and_then(|_| std::fs::rename(&tmp, state_dir.join(FILE)));
    if let Err(e) = r {
        tracing::debug!(error = %e, "Cannot save the Dastra rate window.");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn a_restart_counts_the_last_minutes_requests() {
        let d = tempfile::tempdir().unwrap();
        let before = RateLimiter::per_minute(500);
        for _ in 0..120 {
            drop(before.acquire().await);
        }
        save(d.path(), &before, true);
        let after = RateLimiter::per_minute(500);
        load(d.path(), &after);
        assert_eq!(after.used(), 120);
        // Unclean end: a save interval's worth at 500/min (42) counted on top.
        save(d.path(), &before, false);
        let again = RateLimiter::per_minute(500);
        load(d.path(), &again);
        assert_eq!(again.used(), 120 + 42);
        // No file, or unlimited: nothing happens.
        let fresh = RateLimiter::per_minute(500);
        load(&d.path().join("none"), &fresh);
        assert_eq!(fresh.used(), 0);
    }

    #[tokio::test]
    async fn close_ends_a_wait_for_a_slot() {
        let l = RateLimiter::per_minute(1);
        let _held = l.acquire().await.unwrap();
        let l2 = l.clone();
        let waiter = tokio::spawn(async move { l2.acquire().await.is_none() });
        tokio::time::sleep(Duration::from_millis(50)).await;
        l.close();
        assert!(waiter.await.unwrap(), "the wait ended without a permit");
    }
}
