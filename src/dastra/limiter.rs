//! Client-side rate limiter: at most `max` requests in any sliding window (one minute for
//! Dastra's documented "500/min or 10000/10min"; staying under 500/min keeps the 10-minute
//! budget, 5000 < 10000, too).
//!
//! Each request holds a [`RatePermit`] while it is in flight. A slot is counted from the moment
//! the permit is taken and stays counted until one window after the permit is **released**
//! (the answer arrived or the request was abandoned). The server sees a request somewhere
//! between our send and its answer, so measuring from the release keeps the server's own
//! count under `max` whatever the network latency, at the price of a few percent of
//! throughput when requests are slow.
//!
//! Waiters are served in FIFO order (a fair async mutex is the turnstile); a waiter sleeps
//! until the oldest slot expires or until an in-flight request completes. No busy loop.

use std::collections::VecDeque;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use tokio::sync::Notify;
use tokio::time::Instant;

/// A sliding-window request limiter. Cheap to clone; clones share the same budget.
/// `max == 0` disables it.
#[derive(Clone, Debug)]
pub struct RateLimiter {
    inner: Option<Arc<Inner>>,
}

#[derive(Debug)]
struct Inner {
    max: usize,
    window: Duration,
    state: Mutex<State>,
    /// FIFO order among waiters: only the holder checks and sleeps.
    turnstile: tokio::sync::Mutex<()>,
    /// Signalled when an in-flight request releases its permit.
    released: Notify,
    /// Shutting down: waiters give up (nothing has been sent for them).
    closed: tokio_util::sync::CancellationToken,
}

#[derive(Debug, Default)]
struct State {
    /// Release times of completed requests still inside the window, oldest first.
    recent: VecDeque<Instant>,
    in_flight: usize,
}

/// Proof that a request may be sent. Drop it when the answer has been read.
#[derive(Debug)]
pub struct RatePermit {
    inner: Option<Arc<Inner>>,
}

impl RateLimiter {
    /// At most `max` requests per `window`; `max == 0` means no limit.
    pub fn new(max: u32, window: Duration) -> Self {
        if max == 0 {
            return Self::unlimited();
        }
        Self {
            inner: Some(Arc::new(Inner {
                max: max as usize,
                window,
                state: Mutex::new(State::default()),
                turnstile: tokio::sync::Mutex::new(()),
                released: Notify::new(),
                closed: tokio_util::sync::CancellationToken::new(),
            })),
        }
    }

    /// At most `max` requests per minute; `0` means no limit.
    pub fn per_minute(max: u32) -> Self {
        Self::new(max, Duration::from_secs(60))
    }

    /// A limiter that never waits.
    pub fn unlimited() -> Self {
        Self { inner: None }
    }

    /// Whether a limit is configured.
    pub fn is_enabled(&self) -> bool {
        self.inner.is_some()
    }

    /// Slots used right now (in flight + released within the window). For tests and metrics.
    pub fn used(&self) -> usize {
        match &self.inner {
            None => 0,
            Some(inner) => {
                let mut st = inner.lock();
                st.prune(inner.window, Instant::now());
                st.recent.len() + st.in_flight
            }
        }
    }

    /// Shutting down: every current and later wait for a slot ends with `None` at once
    /// (SIGTERM must not wait a minute for a slot for a request it will not send).
    pub fn close(&self) {
        if let Some(inner) = &self.inner {
            inner.closed.cancel();
        }
    }

    /// Waits for a free slot and takes it; `None` once [`RateLimiter::close`] was called.
    pub async fn acquire(&self) -> Option<RatePermit> {
        let Some(inner) = &self.inner else {
            return Some(RatePermit { inner: None });
        };
        tokio::select! {
            p = self.acquire_inner(inner) => Some(p),
            _ = inner.closed.cancelled() => None,
        }
    }

    /// The release times still inside the window (and requests in flight, as now), as Unix
    /// milliseconds: what a restarted process must still count.
    pub fn snapshot_unix_ms(&self) -> Vec<i64> {
        let Some(inner) = &self.inner else {
            return Vec::new();
        };
        let now = Instant::now();
        let wall = chrono::Utc::now().timestamp_millis();
        let mut st = inner.lock();
        st.prune(inner.window, now);
        let mut out: Vec<i64> = st
            .recent
            .iter()
            .map(|t| wall - now.saturating_duration_since(*t).as_millis() as i64)
            .collect();
        out.extend(std::iter::repeat_n(wall, st.in_flight));
        out
    }

    /// Counts requests another process (this one before a restart) made at these Unix
    /// milliseconds; those outside the window are skipped.
    pub fn seed_unix_ms(&self, times: &[i64]) {
        let Some(inner) = &self.inner else { return };
        let now = Instant::now();
        let wall = chrono::Utc::now().timestamp_millis();
        let window_ms = inner.window.as_millis() as i64;
        let mut st = inner.lock();
        let mut add: Vec<Instant> = times
            .iter()
            .filter(|t| wall - **t < window_ms && **t <= wall)
            .map(|t| {
                now.checked_sub(Duration::from_millis((wall - t) as u64))
                    .unwrap_or(now)
            })
            .collect();
        add.extend(st.recent.drain(..));
        add.sort();
        st.recent = add.into_iter().collect();
    }

    /// The configured maximum per window (0: unlimited).
    pub fn max(&self) -> usize {
        self.inner.as_ref().map_or(0, |i| i.max)
    }

    /// The window.
    pub fn window(&self) -> Duration {
        self.inner.as_ref().map_or(Duration::ZERO, |i| i.window)
    }

    async fn acquire_inner(&self, inner: &Arc<Inner>) -> RatePermit {
        let _turn = inner.turnstile.lock().await;
        loop {
            // Register interest before looking, so a release in between is not lost.
            let released = inner.released.notified();
            let wait = {
                let mut st = inner.lock();
                match st.try_take(inner.max, inner.window, Instant::now()) {
                    Ok(()) => {
                        return RatePermit {
                            inner: Some(Arc::clone(inner)),
                        };
                    }
                    Err(until) => until,
                }
            };
            match wait {
                Some(until) => {
                    tokio::select! {
                        _ = tokio::time::sleep_until(until) => {}
                        _ = released => {}
                    }
                }
                // Every slot is in flight: wait for one to come back.
                None => released.await,
            }
        }
    }
}

impl Inner {
    fn lock(&self) -> std::sync::MutexGuard<'_, State> {
        // The state is a counter and a queue; a panic elsewhere cannot leave it inconsistent.
        self.state.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

impl State {
    /// Forgets releases older than the window.
    fn prune(&mut self, window: Duration, now: Instant) {
        while let Some(front) = self.recent.front() {
            if *front + window <= now {
                self.recent.pop_front();
            } else {
                break;
            }
        }
    }

    /// Takes a slot, or says until when to wait: `Some(instant)` when the oldest release
    /// expires then, `None` when every slot is in flight (wait for a release).
    fn try_take(
        &mut self,
        max: usize,
        window: Duration,
        now: Instant,
    ) -> Result<(), Option<Instant>> {
        self.prune(window, now);
        if self.recent.len() + self.in_flight < max {
            self.in_flight += 1;
            Ok(())
        } else {
            Err(self.recent.front().map(|t| *t + window))
        }
    }

    fn release(&mut self, now: Instant) {
        self.in_flight = self.in_flight.saturating_sub(1);
        self.recent.push_back(now);
    }
}

impl Drop for RatePermit {
    fn drop(&mut self) {
        if let Some(inner) = self.inner.take() {
            {
                inner.lock().release(Instant::now());
            }
            inner.released.notify_one();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const W: Duration = Duration::from_secs(60);

    /// Drives the window logic with synthetic instants: no sleeping, no wall clock.
    #[test]
    fn never_more_than_max_in_a_window() {
        let t0 = Instant::now();
        let mut st = State::default();
        let mut now = t0;
        let mut grants = Vec::new();
        while grants.len() < 12 {
            match st.try_take(5, W, now) {
                Ok(()) => {
                    grants.push(now - t0);
                    st.release(now); // instant answers
                }
                Err(Some(until)) => now = until,
                Err(None) => unreachable!("nothing is in flight"),
            }
        }
        let secs: Vec<u64> = grants.iter().map(Duration::as_secs).collect();
        assert_eq!(secs, vec![0, 0, 0, 0, 0, 60, 60, 60, 60, 60, 120, 120]);
        for (i, t) in grants.iter().enumerate() {
            let in_window = grants[i..].iter().filter(|u| **u < *t + W).count();
            assert!(in_window <= 5, "window starting at {t:?} has {in_window}");
        }
    }

    #[test]
    fn in_flight_requests_hold_their_slot_until_one_window_after_release() {
        let t0 = Instant::now();
        let mut st = State::default();
        assert_eq!(st.try_take(2, W, t0), Ok(()));
        assert_eq!(st.try_take(2, W, t0), Ok(()));
        // Both in flight: no deadline to sleep to, wait for a release.
        assert_eq!(st.try_take(2, W, t0 + Duration::from_secs(300)), Err(None));
        let released = t0 + Duration::from_secs(300);
        st.release(released);
        assert_eq!(st.try_take(2, W, released), Err(Some(released + W)));
        assert_eq!(
            st.try_take(2, W, released + W - Duration::from_millis(1)),
            Err(Some(released + W))
        );
        assert_eq!(st.try_take(2, W, released + W), Ok(()));
    }

    #[tokio::test]
    async fn async_waiters_wake_on_release_and_in_order() {
        // Real time, tiny window; assertions are on order and counts.
        let lim = RateLimiter::new(2, Duration::from_millis(50));
        let order = Arc::new(Mutex::new(Vec::new()));
        let first = lim.acquire().await;
        let second = lim.acquire().await;
        assert_eq!(lim.used(), 2);
        let mut tasks = Vec::new();
        for i in 0..4 {
            let lim = lim.clone();
            let order = Arc::clone(&order);
            tasks.push(tokio::spawn(async move {
                let _p = lim.acquire().await;
                order.lock().unwrap().push(i);
            }));
            // Let each task queue up before the next one.
            tokio::time::sleep(Duration::from_millis(5)).await;
        }
        tokio::time::sleep(Duration::from_millis(120)).await;
        assert!(
            order.lock().unwrap().is_empty(),
            "nothing frees while all slots are in flight"
        );
        drop(first);
        drop(second);
        for t in tasks {
            t.await.unwrap();
        }
        assert_eq!(*order.lock().unwrap(), vec![0, 1, 2, 3]);
    }

    #[tokio::test]
    async fn zero_means_unlimited() {
        let lim = RateLimiter::per_minute(0);
        assert!(!lim.is_enabled());
        for _ in 0..10_000 {
            drop(lim.acquire().await);
        }
        assert_eq!(lim.used(), 0);
    }
}
