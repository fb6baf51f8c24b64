//! Where "now" comes from. Rules never read the system's time: they take it as a
//! parameter. A running portal has one [`Clock`] (in the app's state), which tests can set
//! to see what a buddy at 00:30 Dutch time gets; jobs and middleware ask the system.

use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::Arc;

/// The system's time in Unix seconds (0 if the system clock is before 1970).
pub fn system_now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0)
}

/// A portal's "now": the system's time, unless a test set it. Shared by every clone.
#[derive(Clone, Debug, Default)]
pub struct Clock(Arc<AtomicI64>);

impl Clock {
    /// From now on the portal believes it is `unix_seconds` (0: the system's time again).
    pub fn set(&self, unix_seconds: i64) {
        self.0.store(unix_seconds, Ordering::Relaxed);
    }

    pub fn now(&self) -> i64 {
        match self.0.load(Ordering::Relaxed) {
            0 => system_now(),
            fixed => fixed,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_set_clock_is_seen_by_every_clone_until_reset() {
        let clock = Clock::default();
        let other = clock.clone();
        clock.set(1_800_000_000);
        assert_eq!(other.now(), 1_800_000_000);
        clock.set(0);
        assert!(other.now() > 1_700_000_000);
    }
}
