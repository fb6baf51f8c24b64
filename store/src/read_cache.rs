//! Short-lived caches for what many requests read alike: the public board's result pages
//! (every visitor sees the same), and the lists a filter offers (the municipalities
//! candidates live in, the desk's consultants). The load test showed the board spending its
//! time on the same three queries for every visitor, and the desk's candidate list half of
//! its database time on the filter's lists.
//!
//! Freshness: every write to openings in this process bumps [`openings_changed`], every
//! write of a candidate or an account [`people_changed`]; either makes the entries of its
//! cache stale at once. Writes by *another* instance (several portals on one PostgreSQL)
//! show after at most [`TTL`]. One database per cache: the caches live in the
//! [`super::Db`], so test portals in one process never share entries.

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
static PEOPLE_GENERATION: AtomicU64 = AtomicU64::new(0);

/// Called by every function that writes openings: cached board pages are stale from now.
pub fn openings_changed() {
    OPENINGS_GENERATION.fetch_add(1, Ordering::SeqCst);
}

/// The current generation; read it *before* querying, and store the result under it.
pub fn openings_generation() -> u64 {
    OPENINGS_GENERATION.load(Ordering::SeqCst)
}

/// Called by every function that writes a candidate or an account: cached filter lists
/// are stale from now.
pub fn people_changed() {
    PEOPLE_GENERATION.fetch_add(1, Ordering::SeqCst);
}

/// The generation of candidates and accounts (see [`openings_generation`]).
pub fn people_generation() -> u64 {
    PEOPLE_GENERATION.load(Ordering::SeqCst)
}

struct Entry {
    at: Instant,
    generation: u64,
    value: Arc<dyn Any + Send + Sync>,
}

pub struct ReadCache {
    entries: Mutex<HashMap<String, Entry>>,
    /// Which writes make entries stale: [`openings_generation`] or [`people_generation`].
    generation: fn() -> u64,
}

impl std::fmt::Debug for ReadCache {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("ReadCache")
    }
}

impl ReadCache {
    /// A cache whose entries go stale when openings change.
    pub fn of_openings() -> ReadCache {
        ReadCache {
            entries: Mutex::default(),
            generation: openings_generation,
        }
    }

    /// A cache whose entries go stale when a candidate or an account changes.
    pub fn of_people() -> ReadCache {
        ReadCache {
            entries: Mutex::default(),
            generation: people_generation,
        }
    }

    /// The generation to store a value under; read it *before* querying.
    pub fn generation(&self) -> u64 {
        (self.generation)()
    }

    /// The value under `key` when it is younger than [`TTL`] and nothing it depends on
    /// changed since.
    pub fn get<T: Clone + 'static>(&self, key: &str) -> Option<T> {
        let entries = self.entries.lock().ok()?;
        let entry = entries.get(key)?;
        if entry.generation != self.generation() || entry.at.elapsed() > TTL {
            return None;
        }
        entry.value.downcast_ref::<T>().cloned()
    }

    /// The value under `key`, or else what `load` reads, kept under the generation read
    /// *before* loading (so a write during the load makes the kept value stale at once).
    pub async fn get_or_load<T, E, Fut>(
        &self,
        key: &str,
        load: impl FnOnce() -> Fut,
    ) -> Result<T, E>
    where
        T: Clone + Send + Sync + 'static,
        Fut: std::future::Future<Output = Result<T, E>>,
    {
        if let Some(hit) = self.get::<T>(key) {
            return Ok(hit);
        }
        let generation = self.generation();
        let value = load().await?;
        self.put(key.to_string(), generation, value.clone());
        Ok(value)
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

    /// The generations are process-wide and these tests run in parallel: each takes turns,
    /// or one's change lands between another's `put` and `get` (seen once, 4 December 2026).
    static TURNS: std::sync::Mutex<()> = std::sync::Mutex::new(());

    fn turn() -> std::sync::MutexGuard<'static, ()> {
        TURNS.lock().unwrap_or_else(|e| e.into_inner())
    }

    #[test]
    fn a_change_to_openings_makes_entries_stale() {
        let _turn = turn();
        let cache = ReadCache::of_openings();
        cache.put("board".into(), openings_generation(), 7_i64);
        assert_eq!(cache.get::<i64>("board"), Some(7));
        assert_eq!(cache.get::<String>("board"), None, "another type");
        openings_changed();
        assert_eq!(cache.get::<i64>("board"), None);
    }

    #[test]
    fn each_cache_goes_stale_with_its_own_writes() {
        let _turn = turn();
        let people = ReadCache::of_people();
        people.put("lists".into(), people.generation(), 3_i64);
        openings_changed();
        assert_eq!(
            people.get::<i64>("lists"),
            Some(3),
            "openings do not matter here"
        );
        people_changed();
        assert_eq!(people.get::<i64>("lists"), None);
    }

    #[test]
    fn an_entry_read_before_a_change_is_never_served() {
        let _turn = turn();
        let cache = ReadCache::of_openings();
        let before = openings_generation();
        openings_changed();
        cache.put("board".into(), before, 1_i64);
        assert_eq!(cache.get::<i64>("board"), None);
    }
}
