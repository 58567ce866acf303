//! Exponential backoff with full jitter, shared by every retry loop in the daemon.

use std::time::Duration;

/// `initial`, doubling up to `max`; each delay is drawn uniformly from [delay/2, delay]
/// so that many mailboxes failing together do not retry in lockstep.
#[derive(Debug, Clone)]
pub struct Backoff {
    initial: Duration,
    max: Duration,
    current: Duration,
}

impl Backoff {
    pub fn new(initial: Duration, max: Duration) -> Self {
        Self {
            initial,
            max,
            current: initial,
        }
    }

    /// The next delay to wait.
    pub fn next_delay(&mut self) -> Duration {
        let base = self.current;
        self.current = (self.current * 2).min(self.max);
        let half = base / 2;
        let spread = base.saturating_sub(half).as_millis() as u64;
        let jitter = if spread == 0 {
            0
        } else {
            rand::random_range(0..=spread)
        };
        half + Duration::from_millis(jitter)
    }

    /// After a success: start again from `initial`.
    pub fn reset(&mut self) {
        self.current = self.initial;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn grows_to_the_cap_with_jitter_and_resets() {
        let mut b = Backoff::new(Duration::from_secs(1), Duration::from_secs(8));
        let d: Vec<Duration> = (0..6).map(|_| b.next_delay()).collect();
        for (got, base) in d.iter().zip([1u64, 2, 4, 8, 8, 8]) {
            let base = Duration::from_secs(base);
            assert!(*got >= base / 2 && *got <= base, "{got:?} vs {base:?}");
        }
        b.reset();
        assert!(b.next_delay() <= Duration::from_secs(1));
    }
}
