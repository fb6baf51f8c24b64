//! `opstap bench …`: times a step on the database configured (load a region first with
//! `opstap demo --scale N`).
//! - `matching`: ranking the candidate pool for one opening — the whole step the matching
//!   page takes (the pool from memory, ranked, with reasons), the same just after the pool
//!   changed (that candidate read again), and the ranking alone, as median and worst
//!   of several openings.
//! - `reports`: the whole reports page as the desk's browser gets it.

use app::matching::ssr::{best, filter_of, rank_for_opening};
use app::matching::{MatchQuery, SHOWN};
use app::state::AppState;
use app::store::{matching_pool, openings, sessions, Db};
use std::time::{Duration, Instant};

/// What one benchmark run measured.
pub struct MatchingReport {
    pub candidates: usize,
    pub openings: usize,
    pub whole: Vec<Duration>,
    pub ranking_only: Vec<Duration>,
    /// Reading the whole pool the first time (at start, or far behind).
    pub first_read: Duration,
    /// The whole step just after one candidate changed (read again from the database).
    pub after_a_change: Vec<Duration>,
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
    let published = openings::with_status(db, app::domain::kinds::OpeningStatus::Published).await?;
    let filter = filter_of(&MatchQuery::default());
    // The first read of this portal: the whole pool from the database.
    let started = Instant::now();
    let pool = matching_pool::pool(db, &filter).await?;
    let first_read = started.elapsed();
    let pool: Vec<&matching_pool::PoolEntry> = pool.iter().collect();
    let chosen: Vec<_> = published.iter().take(runs.max(1)).collect();
    if let Some(first) = chosen.first() {
        rank_for_opening(db, first, &filter).await?;
    }
    let mut whole = Vec::new();
    let mut ranking_only = Vec::new();
    let mut after_a_change = Vec::new();
    for opening in chosen.iter().take(5) {
        // One candidate changed (as a desk member's save does): the portal reads them again.
        let mut tx = db.write().await?;
        sqlx::query(
            "UPDATE candidates SET hours_available = hours_available WHERE id = (SELECT MIN(id) FROM candidates)",
        )
        .execute(&mut **tx)
        .await?;
        tx.commit().await?;
        let started = Instant::now();
        rank_for_opening(db, opening, &filter).await?;
        after_a_change.push(started.elapsed());
    }
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
        first_read,
        after_a_change,
    })
}

/// What `opstap bench reports` measured: the whole reports page, as the desk's browser
/// gets it (session, report figures from the database, server-rendered HTML with charts).
pub struct ReportsPageReport {
    pub candidates: i64,
    pub placements: i64,
    pub bytes: usize,
    pub times: Vec<Duration>,
    /// The figures alone (the database reads and the sums), without the page.
    pub figures: Vec<Duration>,
    /// Each of the page's queries alone, one after the other: (name, median, rows).
    pub queries: Vec<(&'static str, Duration, usize)>,
}

/// Renders `path` `runs` times, after one warm-up, through the portal's own router with a
/// desk session made for the run; every answer must be 200 and contain `marker`. The size
/// of the answer and the times.
async fn time_page(
    state: AppState,
    path: &str,
    marker: &str,
    runs: usize,
) -> Result<(usize, Vec<Duration>), String> {
    use app::auth::cookies::SESSION_COOKIE;
    use app::auth::tokens::{random_token, sha256_hex};
    use axum::body::Body;
    use axum::extract::ConnectInfo;
    use axum::http::{header, Request, StatusCode};
    use tower::ServiceExt;

    let db = state.db.clone();
    let fail = |e: sqlx::Error| e.to_string();
    let desk = app::store::users::first_active_of_role(&db, app::domain::Role::Desk)
        .await
        .map_err(fail)?
        .ok_or("no desk account: load a region first with `opstap demo --scale N`")?;
    let token = random_token();
    let hash = sha256_hex(&token);
    sessions::create(&db, &hash, desk, app::clock::now())
        .await
        .map_err(fail)?;
    let router = crate::web::router(state);
    let mut times = Vec::new();
    let mut bytes = 0;
    for run in 0..=runs.max(1) {
        let request = Request::get(path)
            .header(header::ACCEPT, "text/html")
            .header(header::COOKIE, format!("{SESSION_COOKIE}={token}"))
            .extension(ConnectInfo(std::net::SocketAddr::from(([127, 0, 0, 1], 0))))
            .body(Body::empty())
            .map_err(|e| e.to_string())?;
        let started = Instant::now();
        let response = router
            .clone()
            .oneshot(request)
            .await
            .map_err(|e| e.to_string())?;
        let status = response.status();
        let body = axum::body::to_bytes(response.into_body(), 64 * 1024 * 1024)
            .await
            .map_err(|e| e.to_string())?;
        let took = started.elapsed();
        if status != StatusCode::OK || !String::from_utf8_lossy(&body).contains(marker) {
            return Err(format!("{path} answered {status} without the whole page"));
        }
        bytes = body.len();
        if run > 0 {
            times.push(took);
        }
    }
    sessions::delete(&db, &hash).await.map_err(fail)?;
    Ok((bytes, times))
}

/// Renders `/balie/rapportages` (this year, the whole region) `runs` times, after one
/// warm-up, through the portal's own router with a desk session made for the run.
pub async fn reports_page(state: AppState, runs: usize) -> Result<ReportsPageReport, String> {
    let db = state.db.clone();
    let fail = |e: sqlx::Error| e.to_string();
    let count = |sql: &'static str| {
        let db = db.clone();
        async move { sqlx::query_scalar::<_, i64>(sql).fetch_one(db.pool()).await }
    };
    let candidates = count("SELECT COUNT(*) FROM candidates")
        .await
        .map_err(fail)?;
    let placements = count("SELECT COUNT(*) FROM placements")
        .await
        .map_err(fail)?;
    let (bytes, times) = time_page(state, "/balie/rapportages", "rapport-besparing", runs).await?;
    let year = app::domain::dates::civil_from_days(app::domain::dates::day_of(app::clock::now())).0;
    let mut figures = Vec::new();
    for _ in 0..runs.max(1) {
        let started = Instant::now();
        app::reports::ssr::compute(
            &db,
            &app::domain::reports::Period::year(year),
            None,
            app::domain::dates::day_of(app::clock::system_now()),
        )
        .await
        .map_err(|e| e.to_string())?;
        figures.push(started.elapsed());
    }
    let queries = report_queries(&db, &app::domain::reports::Period::year(year), runs)
        .await
        .map_err(fail)?;
    Ok(ReportsPageReport {
        candidates,
        placements,
        bytes,
        times,
        figures,
        queries,
    })
}

/// The reports page's queries timed one by one (median of `runs`), with the rows each
/// returns: what a row costs shows in the ratio of time to rows.
async fn report_queries(
    db: &Db,
    period: &app::domain::reports::Period,
    runs: usize,
) -> Result<Vec<(&'static str, Duration, usize)>, sqlx::Error> {
    use app::store::reports as r;
    let mut out = Vec::new();
    macro_rules! time {
        ($name:literal, $call:expr, $rows:expr) => {{
            let mut times = Vec::new();
            let mut rows = 0;
            for _ in 0..runs.max(1) {
                let started = Instant::now();
                let value = $call.await?;
                times.push(started.elapsed());
                rows = $rows(&value);
            }
            times.sort();
            out.push(($name, times[times.len() / 2], rows));
        }};
    }
    time!(
        "placements started, grouped (the page)",
        r::placement_groups(db, period, None),
        |v: &Vec<_>| v.len()
    );
    time!(
        "  one row a placement, native driver",
        r::placements_started(db, period, None),
        |v: &Vec<_>| v.len()
    );
    time!(
        "  the same through Any",
        r::placements_started_through_any(db, period, None),
        |v: &Vec<_>| v.len()
    );
    time!(
        "working in the period",
        r::working_in(db, period, None),
        |v: &Vec<_>| v.len()
    );
    time!(
        "first placements",
        r::first_placements(db, period, None),
        |v: &Vec<_>| v.len()
    );
    time!(
        "proposal histories",
        r::proposal_histories(db, period, None),
        |v: &Vec<_>| v.len()
    );
    time!(
        "days to hire",
        r::days_to_hire(db, period, None),
        |v: &Vec<_>| v.len()
    );
    time!(
        "checkpoints due",
        r::checkpoints_due(db, period, None),
        |v: &Vec<_>| v.len()
    );
    time!(
        "check-ins held",
        r::checkins_held(db, period, None),
        |_: &r::CheckinTotals| 1
    );
    time!(
        "pairings running",
        r::pairings_running(db, period, None),
        |_: &i64| 1
    );
    time!("municipalities", r::municipalities(db), |v: &Vec<_>| v
        .len());
    let (from, to) = (period.from_iso(), period.to_iso());
    time!(
        "campaigns against their target",
        app::store::campaigns::progress(db, &from, &to, ""),
        |v: &Vec<_>| v.len()
    );
    time!(
        "invitation outcomes, grouped",
        app::store::campaigns::outcome_rows(db, &from, &to, ""),
        |v: &Vec<_>| v.len()
    );
    time!(
        "ladder: everyone's latest step, grouped",
        app::store::intakes::latest_steps(db, &to, ""),
        |v: &Vec<_>| v.len()
    );
    time!(
        "ladder: movement in the period, grouped",
        app::store::intakes::movement_pairs(db, &from, &to, ""),
        |v: &Vec<_>| v.len()
    );
    Ok(out)
}

/// What `opstap bench coverage` measured: a campaign's page (coverage chart and tables,
/// waves, the first page of invitations) as the desk's browser gets it, beside `/healthz`
/// through the same router in the same run.
pub struct CoveragePageReport {
    pub members: i64,
    pub invitations: i64,
    pub bytes: usize,
    pub times: Vec<Duration>,
    pub healthz: Vec<Duration>,
}

/// Renders the largest campaign's page `runs` times (after a warm-up).
pub async fn coverage_page(state: AppState, runs: usize) -> Result<CoveragePageReport, String> {
    let db = state.db.clone();
    let fail = |e: sqlx::Error| e.to_string();
    let (campaign, members): (i64, i64) = sqlx::query_as(
        "SELECT campaign_id, COUNT(*) AS n FROM campaign_members GROUP BY campaign_id ORDER BY n DESC LIMIT 1",
    )
    .fetch_optional(db.pool())
    .await
    .map_err(fail)?
    .ok_or("no campaign: load a region first with `opstap demo --scale N`")?;
    let invitations: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM invitations WHERE campaign_id = $1")
            .bind(campaign)
            .fetch_one(db.pool())
            .await
            .map_err(fail)?;
    let (bytes, times) = time_page(
        state.clone(),
        &format!("/balie/intake/campagnes/{campaign}"),
        "dekking-h",
        runs,
    )
    .await?;
    let (_, healthz) = time_page(state, "/healthz", "ok", runs).await?;
    Ok(CoveragePageReport {
        members,
        invitations,
        bytes,
        times,
        healthz,
    })
}
