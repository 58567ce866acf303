//! Exponential backoff with full jitter, shared by every retry loop in the daemon (IMAP
//! reconnects, Dastra calls).

use std::time::Duration;

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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn grows_to_the_cap_with_jitter_and_resets() {
        let mut b = Backoff::new(Duration::from_secs(1), 2.0, Duration::from_secs(8));
        for base in [1u64, 2, 4, 8, 8, 8] {
            assert_eq!(b.current_cap(), Duration::from_secs(base));
            assert!(b.next_delay() <= Duration::from_secs(base));
        }
        assert_eq!(b.attempts(), 6);
        b.reset();
        assert_eq!(b.current_cap(), Duration::from_secs(1));
    }
}
