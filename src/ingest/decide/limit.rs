//! The per-sender guard: at most `max_per_sender_per_hour` new objects from one sender in any
//! hour. Mail over the limit is never discarded: it waits in the inbox and is taken when the
//! sender's oldest counted message leaves the window. Follow-ups are not limited (the
//! caller decides what counts). The window is kept in the ledger: a restart, or an
//! `ingest --once` from cron, does not reset it.

use crate::ingest::ledger::{Ledger, LedgerError};

const WINDOW_SECS: i64 = 3600;

pub struct SenderLimit {
    max: u32,
}

impl SenderLimit {
    /// `max == 0` disables the guard.
    pub fn new(max: u32) -> Self {
        Self { max }
    }

    pub fn max_per_hour(&self) -> u32 {
        self.max
    }

    /// Counts `key` for `sender` at `now` and returns `None`, or — when the sender is over the
    /// limit — returns when the next slot frees and counts nothing. A key already counted
    /// (the same message seen again) is not counted twice.
    pub fn check(
        &self,
        ledger: &Ledger,
        sender: &str,
        key: &str,
        now: i64,
    ) -> Result<Option<i64>, LedgerError> {
        if self.max == 0 {
            return Ok(None);
        }
        ledger.sender_slot(
            &sender.to_ascii_lowercase(),
            key,
            self.max,
            now,
            WINDOW_SECS,
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn over_the_limit_waits_for_the_next_slot_and_nothing_is_counted_twice() {
        let d = tempfile::tempdir().unwrap();
        let ledger = Ledger::open(d.path()).unwrap();
        let l = SenderLimit::new(2);
        {
            let c = |s, k, t| l.check(&ledger, s, k, t).unwrap();
            assert_eq!(c("A@x.org", "k1", 1000), None);
            assert_eq!(c("a@x.org", "k1", 1001), None, "same message again");
            assert_eq!(c("a@x.org", "k2", 1002), None);
            assert_eq!(c("a@x.org", "k3", 1003), Some(1000 + 3600));
            assert_eq!(c("b@x.org", "k4", 1003), None, "another sender");
        }
        // A restart keeps the count (the ledger holds it).
        drop(ledger);
        let ledger = Ledger::open(d.path()).unwrap();
        assert_eq!(l.check(&ledger, "a@x.org", "k3", 1004).unwrap(), Some(4600));
        // Once the first one leaves the window, the waiting one is taken.
        assert_eq!(l.check(&ledger, "a@x.org", "k3", 4600).unwrap(), None);
        assert_eq!(
            SenderLimit::new(0)
                .check(&ledger, "a@x.org", "k", 0)
                .unwrap(),
            None
        );
    }
}
