//! Password-guessing defence for the relay listener, per source address, shared by every
//! session (so reconnecting does not reset it):
//!
//! * each failed AUTH from a source is answered only after a delay that doubles with the
//!   source's recent failures (`base_delay`, 2×, 4×, … capped at `max_delay`);
//! * after `ban_after` failures in a row (none older than `ban` apart) the source is banned
//!   for `ban`: AUTH is refused with 421 and, for a remote source, the connection is refused
//!   at once (a loopback source can still submit without AUTH where that is allowed);
//! * a successful login clears the source;
//! * one summarised log line per source per minute (instead of one per guess), and the
//!   `mailgate_relay_refused_total{reason="auth_failure"|"banned"}` counter.

use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// Sources remembered at most (the oldest are forgotten first when full).
const MAX_SOURCES: usize = 10_000;
/// One log line per source per this period.
const LOG_PERIOD: Duration = Duration::from_secs(60);

#[derive(Debug, Clone)]
pub struct ThrottleSettings {
    pub base_delay: Duration,
    pub max_delay: Duration,
    /// Failures in a row that ban the source (0: never).
    pub ban_after: u32,
    pub ban: Duration,
}

impl Default for ThrottleSettings {
    fn default() -> Self {
        ThrottleSettings {
            base_delay: Duration::from_millis(250),
            max_delay: Duration::from_secs(8),
            ban_after: 10,
            ban: Duration::from_secs(900),
        }
    }
}

#[derive(Debug)]
struct Source {
    failures: u32,
    last_failure: Instant,
    banned_until: Option<Instant>,
    /// Start of the current log period, and what happened in it that is not logged yet.
    period_start: Option<Instant>,
    unlogged_failures: u64,
    unlogged_refusals: u64,
}

/// What a failed login leads to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Verdict {
    /// Wait this long before answering 535.
    pub delay: Duration,
    /// The source is now banned for this long.
    pub banned: Option<Duration>,
}

type Sources = Arc<Mutex<HashMap<IpAddr, Source>>>;

#[derive(Debug)]
pub struct AuthThrottle {
    settings: ThrottleSettings,
    sources: Sources,
}

impl AuthThrottle {
    /// With its own record of sources (tests, fuzzing).
    pub fn new(settings: ThrottleSettings) -> AuthThrottle {
        AuthThrottle {
            settings,
            sources: Sources::default(),
        }
    }

    /// With the process's record of sources, so that failures and bans survive the relay's
    /// restart on a configuration reload (SIGHUP).
    pub fn process_wide(settings: ThrottleSettings) -> AuthThrottle {
        static SOURCES: std::sync::OnceLock<Sources> = std::sync::OnceLock::new();
        AuthThrottle {
            settings,
            sources: SOURCES.get_or_init(Sources::default).clone(),
        }
    }

    /// The remaining ban of `ip`, if it is banned (counted and summarised as a refusal).
    pub fn banned(&self, ip: IpAddr) -> Option<Duration> {
        let now = Instant::now();
        let mut map = self.sources.lock().unwrap_or_else(|p| p.into_inner());
        let s = map.get_mut(&ip)?;
        let left = s.banned_until?.checked_duration_since(now)?;
        crate::metrics::inc("mailgate_relay_refused_total", &[("reason", "banned")]);
        s.unlogged_refusals += 1;
        summarise(ip, s, now, &self.settings);
        Some(left)
    }

    /// Records a failed login from `ip`.
    pub fn failure(&self, ip: IpAddr) -> Verdict {
        let now = Instant::now();
        crate::metrics::inc(
            "mailgate_relay_refused_total",
            &[("reason", "auth_failure")],
        );
        let mut map = self.sources.lock().unwrap_or_else(|p| p.into_inner());
        if map.len() >= MAX_SOURCES && !map.contains_key(&ip) {
            prune(&mut map, now, &self.settings);
        }
        let s = map.entry(ip).or_insert(Source {
            failures: 0,
            last_failure: now,
            banned_until: None,
            period_start: None,
            unlogged_failures: 0,
            unlogged_refusals: 0,
        });
        // Failures further apart than a ban period are not "in a row".
        if now.duration_since(s.last_failure) > self.settings.ban
            || s.banned_until.is_some_and(|b| b <= now)
        {
            s.failures = 0;
            s.banned_until = None;
        }
        s.failures = s.failures.saturating_add(1);
        s.last_failure = now;
        s.unlogged_failures += 1;
        let st = &self.settings;
        let banned = (st.ban_after > 0 && s.failures >= st.ban_after && s.banned_until.is_none())
            .then(|| {
                s.banned_until = Some(now + st.ban);
                st.ban
            });
        let factor = 1u32 << (s.failures - 1).min(16);
        let delay = st.base_delay.saturating_mul(factor).min(st.max_delay);
        summarise(ip, s, now, st);
        Verdict { delay, banned }
    }

    /// Logs the summaries still owed (events after a source's last line, once its minute is
    /// over): called every minute by the listener, so the tail of a burst is reported too.
    pub fn flush(&self) {
        self.flush_at(Instant::now());
    }

    fn flush_at(&self, now: Instant) {
        let mut map = self.sources.lock().unwrap_or_else(|p| p.into_inner());
        for (ip, s) in map.iter_mut() {
            if s.unlogged_failures + s.unlogged_refusals > 0 {
                summarise(*ip, s, now, &self.settings);
            }
        }
    }

    /// A successful login from `ip` clears its record.
    pub fn success(&self, ip: IpAddr) {
        let mut map = self.sources.lock().unwrap_or_else(|p| p.into_inner());
        if map.get(&ip).is_some_and(|s| s.banned_until.is_none()) {
            map.remove(&ip);
        }
    }
}

/// Logs what happened from `ip` at most once per [`LOG_PERIOD`]: the first event of a period
/// at once, the rest summed up with the first event of the next period.
fn summarise(ip: IpAddr, s: &mut Source, now: Instant, st: &ThrottleSettings) {
    if s.period_start
        .is_some_and(|p| now.duration_since(p) < LOG_PERIOD)
    {
        return;
    }
    s.period_start = Some(now);
    let (failures, refusals) = (s.unlogged_failures, s.unlogged_refusals);
    s.unlogged_failures = 0;
    s.unlogged_refusals = 0;
    let banned_secs = s
        .banned_until
        .and_then(|b| b.checked_duration_since(now))
        .map(|d| d.as_secs());
    tracing::warn!(
        source = %ip,
        failed_logins = failures,
        refused_while_banned = refusals,
        failures_in_a_row = s.failures,
        banned_for_secs = banned_secs,
        "Relay: failed logins from {ip} (at most one such line per source per minute). After {} failures in a row a source is banned for {} s; check the client's password, or block the address if it is guessing.",
        st.ban_after,
        st.ban.as_secs()
    );
}

/// Forgets sources that are neither banned nor recently failing; if still full, the oldest.
fn prune(map: &mut HashMap<IpAddr, Source>, now: Instant, st: &ThrottleSettings) {
    map.retain(|_, s| {
        s.banned_until.is_some_and(|b| b > now) || now.duration_since(s.last_failure) <= st.ban
    });
    while map.len() >= MAX_SOURCES {
        let Some(oldest) = map
            .iter()
            .min_by_key(|(_, s)| s.last_failure)
            .map(|(ip, _)| *ip)
        else {
            break;
        };
        map.remove(&oldest);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn delays_double_then_the_source_is_banned_and_others_are_not() {
        let t = AuthThrottle::new(ThrottleSettings {
            base_delay: Duration::from_millis(100),
            max_delay: Duration::from_millis(350),
            ban_after: 4,
            ban: Duration::from_secs(600),
        });
        let ip: IpAddr = "192.0.2.7".parse().unwrap();
        let delays: Vec<_> = (0..3).map(|_| t.failure(ip)).collect();
        assert_eq!(
            delays
                .iter()
                .map(|v| v.delay.as_millis())
                .collect::<Vec<_>>(),
            [100, 200, 350]
        );
        assert!(delays.iter().all(|v| v.banned.is_none()));
        assert!(t.banned(ip).is_none());
        assert_eq!(t.failure(ip).banned, Some(Duration::from_secs(600)));
        assert!(t.banned(ip).is_some());
        let other: IpAddr = "192.0.2.8".parse().unwrap();
        assert!(t.banned(other).is_none());
        // A success does not lift a ban; it clears a source that is not banned.
        t.success(ip);
        assert!(t.banned(ip).is_some());
        t.failure(other);
        t.success(other);
        assert_eq!(t.failure(other).delay, Duration::from_millis(100));
    }

    #[test]
    fn one_line_per_source_per_minute_and_the_tail_is_flushed() {
        let t = AuthThrottle::new(ThrottleSettings::default());
        let ip: IpAddr = "192.0.2.9".parse().unwrap();
        for _ in 0..5 {
            t.failure(ip);
        }
        let unlogged = |t: &AuthThrottle| {
            let map = t.sources.lock().unwrap();
            let s = &map[&ip];
            s.unlogged_failures
        };
        // The first failure was logged at once; four wait for the next line.
        assert_eq!(unlogged(&t), 4);
        t.flush_at(Instant::now());
        assert_eq!(unlogged(&t), 4, "not within the same minute");
        t.flush_at(Instant::now() + LOG_PERIOD + Duration::from_secs(1));
        assert_eq!(unlogged(&t), 0, "the tail is summarised after the minute");
    }
}
