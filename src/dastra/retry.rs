//! [`Backoff`] (exponential with full jitter) and [`with_retries`], for callers that decide to
//! retry Dastra calls. The client itself never loops.

use std::future::Future;
use std::time::Duration;

use super::error::DastraError;

/// Exponential backoff with full jitter: attempt `n` (from 0) waits a uniformly random delay in
/// `[0, min(max, initial × multiplier^n)]` (the "full jitter" of the AWS architecture blog),
/// so that many workers failing together spread out instead of retrying in lockstep.
#[derive(Debug, Clone)]
pub struct Backoff {
    initial: Duration,
    multiplier: f64,
    max: Duration,
    attempt: u32,
}

impl Backoff {
    /// `initial` delay cap, growing by `multiplier` (values below 1 are treated as 1) per
    /// attempt up to `max`.
    pub fn new(initial: Duration, multiplier: f64, max: Duration) -> Self {
        let multiplier = if multiplier.is_finite() && multiplier >= 1.0 {
            multiplier
        } else {
            1.0
        };
        Self {
            initial,
            multiplier,
            max: max.max(initial),
            attempt: 0,
        }
    }

    /// The ceiling of the next delay, before jitter.
    pub fn current_cap(&self) -> Duration {
        let factor = self.multiplier.powi(self.attempt.min(1000) as i32);
        let secs = self.initial.as_secs_f64() * factor;
        if !secs.is_finite() || secs >= self.max.as_secs_f64() {
            self.max
        } else {
            Duration::from_secs_f64(secs)
        }
    }

    /// The next delay to wait (random in `[0, cap]`), and advances the schedule.
    pub fn next_delay(&mut self) -> Duration {
        let cap = self.current_cap();
        self.attempt = self.attempt.saturating_add(1);
        let cap_ms = cap.as_millis().min(u64::MAX as u128) as u64;
        if cap_ms == 0 {
            return Duration::ZERO;
        }
        Duration::from_millis(rand::random_range(0..=cap_ms))
    }

    /// Attempts made since the last reset.
    pub fn attempts(&self) -> u32 {
        self.attempt
    }

    /// After a success: start again from `initial`.
    pub fn reset(&mut self) {
        self.attempt = 0;
    }
}

impl Default for Backoff {
    /// 1 s, ×2, up to 5 min.
    fn default() -> Self {
        Self::new(Duration::from_secs(1), 2.0, Duration::from_secs(300))
    }
}

/// Runs `op` up to `max_attempts` times (at least once) while it fails with a
/// [retryable](DastraError::is_retryable) error, sleeping between attempts: the server's
/// `Retry-After` when it sent one, otherwise the next [`Backoff`] delay. Permanent errors and
/// [`DastraError::Unauthorized`] are returned at once; so is the last error once attempts run out.
///
/// **Only wrap operations that are safe to repeat**: reads, lookups, or a create that is
/// preceded by a lookup of its dedupe key. A create can fail with a transient error *after*
/// Dastra committed it (5xx or dropped connection after commit).
pub async fn with_retries<T, F, Fut>(
    mut op: F,
    max_attempts: u32,
    mut backoff: Backoff,
) -> Result<T, DastraError>
where
    F: FnMut() -> Fut,
    Fut: Future<Output = Result<T, DastraError>>,
{
    let max_attempts = max_attempts.max(1);
    let mut attempt = 1;
    loop {
        match op().await {
            Ok(v) => return Ok(v),
            Err(e) if e.is_retryable() && attempt < max_attempts => {
                let computed = backoff.next_delay();
                let delay = e.retry_after().unwrap_or(computed);
                tracing::debug!(
                    attempt,
                    delay_ms = delay.as_millis() as u64,
                    error = %e,
                    "Dastra call failed, retrying."
                );
                tokio::time::sleep(delay).await;
                attempt += 1;
            }
            Err(e) => return Err(e),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicU32, Ordering};

    #[test]
    fn full_jitter_stays_under_a_growing_cap() {
        let mut b = Backoff::new(Duration::from_millis(100), 2.0, Duration::from_secs(1));
        let caps: Vec<u64> = (0..6)
            .map(|_| {
                let cap = b.current_cap();
                let d = b.next_delay();
                assert!(d <= cap, "{d:?} > {cap:?}");
                cap.as_millis() as u64
            })
            .collect();
        assert_eq!(caps, vec![100, 200, 400, 800, 1000, 1000]);
        assert_eq!(b.attempts(), 6);
        b.reset();
        assert_eq!(b.current_cap(), Duration::from_millis(100));
    }

    #[test]
    fn odd_parameters_are_tamed() {
        let mut b = Backoff::new(Duration::from_secs(1), f64::NAN, Duration::ZERO);
        assert_eq!(b.current_cap(), Duration::from_secs(1));
        for _ in 0..5000 {
            assert!(b.next_delay() <= Duration::from_secs(1));
        }
    }

    fn unavailable(retry_after: Option<Duration>) -> DastraError {
        DastraError::Unavailable {
            op: "test",
            status: 503,
            retry_after,
            message: "down".into(),
        }
    }

    #[tokio::test]
    async fn retries_transient_errors_and_honours_retry_after() {
        let calls = AtomicU32::new(0);
        let start = std::time::Instant::now();
        let out = with_retries(
            || async {
                let n = calls.fetch_add(1, Ordering::SeqCst);
                if n < 2 {
                    Err(unavailable(Some(Duration::from_millis(60))))
                } else {
                    Ok(n)
                }
            },
            5,
            Backoff::new(Duration::from_millis(1), 2.0, Duration::from_millis(2)),
        )
        .await;
        assert_eq!(out.unwrap(), 2);
        // Two waits of the server's 60 ms, not the 1-2 ms backoff.
        assert!(start.elapsed() >= Duration::from_millis(120));
    }

    #[tokio::test]
    async fn stops_on_permanent_unauthorized_and_exhaustion() {
        let calls = AtomicU32::new(0);
        let out: Result<(), _> = with_retries(
            || async {
                calls.fetch_add(1, Ordering::SeqCst);
                Err(DastraError::Rejected {
                    op: "t",
                    status: 400,
                    message: "bad".into(),
                })
            },
            5,
            Backoff::default(),
        )
        .await;
        assert!(out.is_err());
        assert_eq!(calls.swap(0, Ordering::SeqCst), 1);

        let out: Result<(), _> = with_retries(
            || async {
                calls.fetch_add(1, Ordering::SeqCst);
                Err(DastraError::Unauthorized {
                    op: "t",
                    status: 401,
                    message: "no".into(),
                })
            },
            5,
            Backoff::default(),
        )
        .await;
        assert!(out.unwrap_err().is_unauthorized());
        assert_eq!(calls.swap(0, Ordering::SeqCst), 1);

        let out: Result<(), _> = with_retries(
            || async {
                calls.fetch_add(1, Ordering::SeqCst);
                Err(unavailable(None))
            },
            3,
            Backoff::new(Duration::from_millis(1), 2.0, Duration::from_millis(5)),
        )
        .await;
        assert!(out.unwrap_err().is_transient());
        assert_eq!(calls.load(Ordering::SeqCst), 3);
    }
}
