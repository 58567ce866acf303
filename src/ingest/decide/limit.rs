//! The per-sender guard: at most `max_per_sender_per_hour` new objects from one sender in any
//! hour. Mail over the limit is never discarded: it waits in the inbox and is taken when the
//! sender's oldest counted message leaves the window. Follow-ups are not limited (the
//! caller decides what counts).

use std::collections::HashMap;
use std::sync::Mutex;

const WINDOW_SECS: i64 = 3600;

pub struct SenderLimit {
    max: u32,
    /// Lowercase sender → (unix time, dedupe key) of each counted message in the window.
    seen: Mutex<HashMap<String, Vec<(i64, String)>>>,
}

impl SenderLimit {
    /// `max == 0` disables the guard.
    pub fn new(max: u32) -> Self {
        Self {
            max,
            seen: Mutex::new(HashMap::new()),
        }
    }

    pub fn max_per_hour(&self) -> u32 {
        self.max
    }

    /// Counts `key` for `sender` at `now` and returns `None`, or — when the sender is over the
    /// limit — returns when the next slot frees and counts nothing. A key already counted
    /// (the same message seen again) is not counted twice.
    pub fn check(&self, sender: &str, key: &str, now: i64) -> Option<i64> {
        if self.max == 0 {
            return None;
        }
        let mut map = self.seen.lock().unwrap_or_else(|p| p.into_inner());
        let v = map.entry(sender.to_ascii_lowercase()).or_default();
        v.retain(|(t, _)| now - t < WINDOW_SECS);
        if v.iter().any(|(_, k)| k == key) {
            return None;
        }
        if v.len() >= self.max as usize {
            let oldest = v.iter().map(|(t, _)| *t).min().unwrap_or(now);
            return Some(oldest + WINDOW_SECS);
        }
        v.push((now, key.to_string()));
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn over_the_limit_waits_for_the_next_slot_and_nothing_is_counted_twice() {
        let l = SenderLimit::new(2);
        assert_eq!(l.check("A@x.org", "k1", 1000), None);
        assert_eq!(l.check("a@x.org", "k1", 1001), None, "same message again");
        assert_eq!(l.check("a@x.org", "k2", 1002), None);
        assert_eq!(l.check("a@x.org", "k3", 1003), Some(1000 + 3600));
        assert_eq!(l.check("b@x.org", "k4", 1003), None, "another sender");
        // Once the first one leaves the window, the waiting one is taken.
        assert_eq!(l.check("a@x.org", "k3", 4600), None);
        assert_eq!(SenderLimit::new(0).check("a@x.org", "k", 0), None);
    }
}
