//! Rules for sending queued e-mail: how often and how long to keep trying, and how long a
//! message is kept once it is out (mails name people: a buddy's person, a proposed
//! candidate).

/// Attempts before a message is marked failed (about nine hours of trying).
pub const MAX_ATTEMPTS: i64 = 15;

/// Days a sent or failed message stays in the outbox (for the desk's mail page and for
/// questions about delivery) before the hourly housekeeping removes it.
pub const KEEP_DAYS: i64 = 90;

/// Seconds to wait after the `attempt`-th failed attempt: 30 s, doubling, at most an hour.
pub fn retry_delay_seconds(attempt: i64) -> i64 {
    let exponent = (attempt.max(1) - 1).min(20) as u32;
    (30_i64 << exponent).min(3600)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_doubles_up_to_an_hour() {
        assert_eq!(retry_delay_seconds(1), 30);
        assert_eq!(retry_delay_seconds(2), 60);
        assert_eq!(retry_delay_seconds(3), 120);
        assert_eq!(retry_delay_seconds(8), 3600);
        assert_eq!(retry_delay_seconds(100), 3600);
        let total: i64 = (1..MAX_ATTEMPTS).map(retry_delay_seconds).sum();
        assert!(
            total > 6 * 3600,
            "keeps trying for hours, not minutes: {total}"
        );
    }
}
