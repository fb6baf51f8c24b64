//! `opstap bench matching`: times ranking a region's candidate pool for one opening, on the
//! database configured (load a region first with `opstap demo --scale N`). Reports the
//! whole step the matching page takes (reading the pool's profiles and ranking them) and
//! the in-memory ranking alone, as median and worst of several openings.

use app::matching::ssr::{best, filter_of, rank_for_opening};
use app::matching::{MatchQuery, SHOWN};
use app::store::{candidates, openings, Db};
use std::time::{Duration, Instant};

/// What one benchmark run measured.
pub struct MatchingReport {
    pub candidates: usize,
    pub openings: usize,
    pub whole: Vec<Duration>,
    pub ranking_only: Vec<Duration>,
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

/// `(median, worst)` in milliseconds.
pub fn summary(times: &[Duration]) -> (f64, f64) {
    let mut sorted: Vec<Duration> = times.to_vec();
    sorted.sort();
    let median = sorted.get(sorted.len() / 2).copied().unwrap_or_default();
    let worst = sorted.last().copied().unwrap_or_default();
    (ms(median), ms(worst))
}

/// Ranks the pool for up to `runs` published openings, after one warm-up.
pub async fn matching(db: &Db, runs: usize) -> Result<MatchingReport, sqlx::Error> {
    let published = openings::with_status(db, "published").await?;
    let filter = filter_of(&MatchQuery::default());
    let pool = candidates::pool(db, &filter).await?;
    let chosen: Vec<_> = published.iter().take(runs.max(1)).collect();
    if let Some(first) = chosen.first() {
        rank_for_opening(db, first, &filter).await?;
    }
    let mut whole = Vec::new();
    let mut ranking_only = Vec::new();
    for opening in &chosen {
        let started = Instant::now();
        rank_for_opening(db, opening, &filter).await?;
        whole.push(started.elapsed());
        let started = Instant::now();
        std::hint::black_box(best(&pool, opening, SHOWN));
        ranking_only.push(started.elapsed());
    }
    Ok(MatchingReport {
        candidates: pool.len(),
        openings: chosen.len(),
        whole,
        ranking_only,
    })
}
