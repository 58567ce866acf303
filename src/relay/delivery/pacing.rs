//! Pacing per sending account: messages per rolling minute and recipients per rolling day
//! (Exchange Online: 30 / 10,000; Gmail: 2,000 messages a day, 100 recipients a message).
//! A limit of 0 means unlimited.
//!
//! The scheduler asks [`Pacer::try_acquire`] before it claims an entry; a refusal says how
//! long to wait, and the entry stays queued (no attempt is counted).

use std::collections::VecDeque;
use std::time::{Duration, Instant};

const MINUTE: Duration = Duration::from_secs(60);
const DAY: Duration = Duration::from_secs(24 * 3600);

#[derive(Debug)]
pub struct Pacer {
    messages_per_minute: u32,
    recipients_per_day: u32,
    messages_per_day: u32,
    /// Send times within the last minute.
    minute: VecDeque<Instant>,
    /// (send time, recipients) within the last day.
    day: VecDeque<(Instant, u32)>,
    day_total: u64,
}

impl Pacer {
    pub fn new(messages_per_minute: u32, recipients_per_day: u32) -> Self {
        Self::with_daily_messages(messages_per_minute, recipients_per_day, 0)
    }

    /// With a cap on messages per rolling day too (Gmail: 2,000).
    pub fn with_daily_messages(
        messages_per_minute: u32,
        recipients_per_day: u32,
        messages_per_day: u32,
    ) -> Self {
        Pacer {
            messages_per_minute,
            recipients_per_day,
            messages_per_day,
            minute: VecDeque::new(),
            day: VecDeque::new(),
            day_total: 0,
        }
    }

    fn expire(&mut self, now: Instant) {
        while self
            .minute
            .front()
            .is_some_and(|t| now.duration_since(*t) >= MINUTE)
        {
            self.minute.pop_front();
        }
        while let Some((t, n)) = self.day.front().copied() {
            if now.duration_since(t) < DAY {
                break;
            }
            self.day.pop_front();
            self.day_total -= u64::from(n);
        }
    }

    /// Records a send of `recipients` now, or says how long to wait first.
    pub fn try_acquire(&mut self, recipients: u32, now: Instant) -> Result<(), Duration> {
        self.expire(now);
        if self.messages_per_minute > 0 && self.minute.len() >= self.messages_per_minute as usize {
            let oldest = self.minute.front().copied().unwrap_or(now);
            return Err(MINUTE
                .saturating_sub(now.duration_since(oldest))
                .max(Duration::from_millis(10)));
        }
        if self.messages_per_day > 0 && self.day.len() >= self.messages_per_day as usize {
            let oldest = self.day.front().map_or(now, |(t, _)| *t);
            return Err(DAY
                .saturating_sub(now.duration_since(oldest))
                .max(Duration::from_millis(10)));
        }
        if self.recipients_per_day > 0
            && self.day_total + u64::from(recipients) > u64::from(self.recipients_per_day)
            && !self.day.is_empty()
        {
            // Wait until enough of the oldest sends leave the window.
            let mut freed = 0u64;
            let need = self.day_total + u64::from(recipients) - u64::from(self.recipients_per_day);
            for (t, n) in &self.day {
                freed += u64::from(*n);
                if freed >= need {
                    return Err(DAY
                        .saturating_sub(now.duration_since(*t))
                        .max(Duration::from_millis(10)));
                }
            }
        }
        self.minute.push_back(now);
        self.day.push_back((now, recipients));
        self.day_total += u64::from(recipients);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_per_minute() {
        let mut p = Pacer::new(2, 0);
        let t0 = Instant::now();
        assert!(p.try_acquire(1, t0).is_ok());
        assert!(p.try_acquire(1, t0 + Duration::from_secs(10)).is_ok());
        let wait = p.try_acquire(1, t0 + Duration::from_secs(20)).unwrap_err();
        assert_eq!(wait, Duration::from_secs(40));
        assert!(p.try_acquire(1, t0 + Duration::from_secs(60)).is_ok());
    }

    #[test]
    fn messages_per_day() {
        let mut p = Pacer::with_daily_messages(0, 0, 2);
        let t0 = Instant::now();
        assert!(p.try_acquire(1, t0).is_ok());
        assert!(p.try_acquire(1, t0 + Duration::from_secs(3600)).is_ok());
        let wait = p
            .try_acquire(1, t0 + Duration::from_secs(7200))
            .unwrap_err();
        assert_eq!(wait, Duration::from_secs(22 * 3600));
        assert!(
            p.try_acquire(1, t0 + Duration::from_secs(24 * 3600))
                .is_ok()
        );
    }

    #[test]
    fn recipients_per_day() {
        let mut p = Pacer::new(0, 10);
        let t0 = Instant::now();
        assert!(p.try_acquire(6, t0).is_ok());
        assert!(p.try_acquire(4, t0 + Duration::from_secs(1)).is_ok());
        let wait = p.try_acquire(1, t0 + Duration::from_secs(2)).unwrap_err();
        assert_eq!(wait, DAY - Duration::from_secs(2));
        assert!(p.try_acquire(5, t0 + DAY).is_ok());
    }

    #[test]
    fn unlimited() {
        let mut p = Pacer::new(0, 0);
        let t0 = Instant::now();
        for _ in 0..1000 {
            assert!(p.try_acquire(100, t0).is_ok());
        }
    }
}
