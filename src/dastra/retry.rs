//! [`Backoff`] (exponential with full jitter) and [`with_retries`], for callers that decide to
//! retry Dastra calls. The client itself never loops.

use std::future::Future;

use super::error::DastraError;

pub use crate::retry::Backoff;

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
    use std::time::Duration;

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
