//! A short-lived cache for what every visitor of the public board sees alike (the board's
//! result pages). The load test showed the board spending its time on the same three
//! queries for every visitor; with this cache most board requests read nothing at all.
//!
//! Freshness: every write to openings in this process bumps [`openings_changed`], which
//! makes every cached board page stale at once; writes by *another* instance (several
//! portals on one PostgreSQL) show after at most [`TTL`]. One database per cache: the cache
//! lives in the [`super::Db`], so test portals in one process never share entries.

use std::any::Any;
use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// How long an entry may be served without a write having been seen.
pub const TTL: Duration = Duration::from_secs(2);
/// Entries kept at most (filters × pages); the cache is emptied when it is full.
const MAX_ENTRIES: usize = 512;

static OPENINGS_GENERATION: AtomicU64 = AtomicU64::new(0);

/// Called by every function that writes openings: cached board pages are stale from now.
pub fn openings_changed() {
    OPENINGS_GENERATION.fetch_add(1, Ordering::SeqCst);
}

/// The current generation; read it *before* querying, and store the result under it.
pub fn openings_generation() -> u64 {
    OPENINGS_GENERATION.load(Ordering::SeqCst)
}

struct Entry {
    at: Instant,
    generation: u64,
    value: Arc<dyn Any + Send + Sync>,
}

#[derive(Default)]
pub struct ReadCache {
    entries: Mutex<HashMap<String, Entry>>,
}

impl std::fmt::Debug for ReadCache {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("ReadCache")
    }
}

impl ReadCache {
    /// The value under `key` when it is younger than [`TTL`] and no opening changed since.
    pub fn get<T: Clone + 'static>(&self, key: &str) -> Option<T> {
        let entries = self.entries.lock().ok()?;
        let entry = entries.get(key)?;
        if entry.generation != openings_generation() || entry.at.elapsed() > TTL {
            return None;
        }
        entry.value.downcast_ref::<T>().cloned()
    }

    /// Keeps `value` under `key`, read at `generation`.
    pub fn put<T: Send + Sync + 'static>(&self, key: String, generation: u64, value: T) {
        if let Ok(mut entries) = self.entries.lock() {
            if entries.len() >= MAX_ENTRIES {
                entries.clear();
            }
            entries.insert(
                key,
                Entry {
                    at: Instant::now(),
                    generation,
                    value: Arc::new(value),
                },
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_change_to_openings_makes_entries_stale() {
        let cache = ReadCache::default();
        cache.put("board".into(), openings_generation(), 7_i64);
        assert_eq!(cache.get::<i64>("board"), Some(7));
        assert_eq!(cache.get::<String>("board"), None, "another type");
        openings_changed();
        assert_eq!(cache.get::<i64>("board"), None);
    }

    #[test]
    fn an_entry_read_before_a_change_is_never_served() {
        let cache = ReadCache::default();
        let before = openings_generation();
        openings_changed();
        cache.put("board".into(), before, 1_i64);
        assert_eq!(cache.get::<i64>("board"), None);
    }
}
