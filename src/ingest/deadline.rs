//! The legal clocks. A request must be answered "without undue delay and in any event within
//! one month of receipt" (GDPR Art. 12(3)), extendable by two further months; a breach must be
//! notified "not later than 72 hours after having become aware of it" (Art. 33(1)). Both run
//! from when the mail reached the organisation, never from when we processed it.

use chrono::{DateTime, Duration, FixedOffset, Months, Utc};

/// How far a Date header may be ahead of the mail's arrival (clock skew) and still be used.
const MAX_AHEAD: Duration = Duration::minutes(15);
/// How far behind the arrival a Date header may be and still be believed (a mail stuck in a
/// queue for days is fine; a 2019 Date on a mail that arrived today is not).
const MAX_BEHIND: Duration = Duration::days(30);

/// When the organisation received the message: the mail's `Date` when it is plausible (not
/// after the arrival, allowing for clock skew; not weeks before it), otherwise the arrival
/// (IMAP INTERNALDATE, or when we read it). Whole seconds.
pub fn received_at(
    date_header: Option<DateTime<FixedOffset>>,
    arrival: DateTime<Utc>,
) -> DateTime<Utc> {
    let chosen = match date_header.map(|d| d.with_timezone(&Utc)) {
        Some(d) if d <= arrival + MAX_AHEAD && d >= arrival - MAX_BEHIND => d.min(arrival),
        _ => arrival,
    };
    whole_seconds(chosen)
}

pub fn whole_seconds(t: DateTime<Utc>) -> DateTime<Utc> {
    DateTime::from_timestamp(t.timestamp(), 0).unwrap_or(t)
}

/// One month after receipt (the same day of the next month, or its last day).
pub fn request_deadline(received: DateTime<Utc>) -> DateTime<Utc> {
    received
        .checked_add_months(Months::new(1))
        .unwrap_or(received + Duration::days(31))
}

/// The latest date with the Art. 12(3) extension (two further months).
pub fn request_extended_deadline(received: DateTime<Utc>) -> DateTime<Utc> {
    received
        .checked_add_months(Months::new(3))
        .unwrap_or(received + Duration::days(92))
}

/// 72 hours after awareness.
pub fn breach_deadline(aware: DateTime<Utc>) -> DateTime<Utc> {
    aware + Duration::hours(72)
}

/// The deadline of an object kind (`request`, `incident`), if it has one.
pub fn deadline_for(kind: &str, received: DateTime<Utc>) -> Option<DateTime<Utc>> {
    match kind {
        "request" => Some(request_deadline(received)),
        "incident" => Some(breach_deadline(received)),
        _ => None,
    }
}

/// A line for people: "deadline 2027-01-06 12:00 UTC (31 days left; ...)".
pub fn describe(kind: &str, received: DateTime<Utc>, now: DateTime<Utc>) -> Option<String> {
    let due = deadline_for(kind, received)?;
    let left = due - now;
    let left_text = if left < Duration::zero() {
        let over = -left;
        if kind != "incident" && over.num_days() >= 1 {
            format!("{} days overdue", over.num_days())
        } else {
            format!("{} hours overdue", over.num_hours())
        }
    } else if kind == "incident" || left.num_days() < 2 {
        format!("{} hours left", left.num_hours())
    } else {
        format!("{} days left", left.num_days())
    };
    Some(match kind {
        "request" => format!(
            "answer due {} ({left_text}; Art. 12(3): one month from receipt, extendable by two further months to {} if the requester is told within the first month)",
            due.format("%Y-%m-%d %H:%M UTC"),
            request_extended_deadline(received).format("%Y-%m-%d")
        ),
        _ => format!(
            "notification to the supervisory authority due {} ({left_text}; Art. 33: 72 hours from awareness)",
            due.format("%Y-%m-%d %H:%M UTC")
        ),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(s: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
    }

    #[test]
    fn received_is_the_plausible_date_header_else_the_arrival() {
        let arrival = t("2026-12-06T10:00:00.123456Z");
        let hdr = DateTime::parse_from_rfc2822("Thu, 3 Dec 2026 09:30:00 +0100").unwrap();
        assert_eq!(received_at(Some(hdr), arrival), t("2026-12-03T08:30:00Z"));
        // Far in the future, or years back: the arrival, without its fraction of a second.
        let future = DateTime::parse_from_rfc2822("Fri, 1 Jan 2027 00:00:00 +0000").unwrap();
        assert_eq!(
            received_at(Some(future), arrival),
            t("2026-12-06T10:00:00Z")
        );
        let ancient = DateTime::parse_from_rfc2822("Tue, 1 Jan 2019 00:00:00 +0000").unwrap();
        assert_eq!(
            received_at(Some(ancient), arrival),
            t("2026-12-06T10:00:00Z")
        );
        assert_eq!(received_at(None, arrival), t("2026-12-06T10:00:00Z"));
        // A few minutes ahead (skew): the arrival, never a date after it.
        let skew = DateTime::parse_from_rfc2822("Sun, 6 Dec 2026 10:05:00 +0000").unwrap();
        assert_eq!(received_at(Some(skew), arrival), t("2026-12-06T10:00:00Z"));
    }

    #[test]
    fn one_month_and_72_hours() {
        assert_eq!(
            request_deadline(t("2026-01-31T09:00:00Z")),
            t("2026-02-28T09:00:00Z")
        );
        assert_eq!(
            request_deadline(t("2026-12-06T09:00:00Z")),
            t("2027-01-06T09:00:00Z")
        );
        assert_eq!(
            request_extended_deadline(t("2026-12-06T09:00:00Z")),
            t("2027-03-06T09:00:00Z")
        );
        assert_eq!(
            breach_deadline(t("2026-12-06T09:00:00Z")),
            t("2026-12-09T09:00:00Z")
        );
        let line = describe(
            "request",
            t("2026-12-06T09:00:00Z"),
            t("2026-12-16T09:00:00Z"),
        )
        .unwrap();
        assert!(
            line.contains("2027-01-06") && line.contains("21 days left"),
            "{line}"
        );
        let line = describe(
            "incident",
            t("2026-12-06T09:00:00Z"),
            t("2026-12-10T09:00:00Z"),
        )
        .unwrap();
        assert!(line.contains("24 hours overdue"), "{line}");
        assert_eq!(
            describe("task", t("2026-12-06T09:00:00Z"), t("2026-12-06T09:00:00Z")),
            None
        );
    }
}
