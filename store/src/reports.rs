//! The rows the reports are computed from, for a period and optionally one municipality
//! (the candidate's). Each function is one query; the figures are worked out by the plain
//! functions in `domain::reports`.

use super::Db;
use opstap_core::domain::ids::EmployerId;
use opstap_core::domain::reports::Period;
use sqlx::any::AnyArguments;
use sqlx::{Any, Row};

/// The municipality filter: empty for the whole region.
fn place(municipality: Option<&str>) -> String {
    municipality.unwrap_or("").trim().to_string()
}

/// The municipality filter on a table's candidate column, for `$3`: the candidates are
/// looked up once (an index), not joined to every row — joining `candidates` only to filter
/// doubled the time of most report queries at scale 50.
fn of_place(candidate_column: &str) -> String {
    format!(
        "($3 = '' OR {candidate_column} IN (SELECT id FROM candidates WHERE municipality = $3))"
    )
}

/// A query whose `$1` and `$2` are the period's first and last day and `$3` the
/// municipality filter.
fn in_period<'q>(
    sql: &'q str,
    period: &Period,
    municipality: Option<&str>,
) -> sqlx::query::Query<'q, Any, AnyArguments<'q>> {
    sqlx::query(sql)
        .bind(period.from_iso())
        .bind(period.to_iso())
        .bind(place(municipality))
}

/// A placement that started in the period.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlacementRow {
    pub start_date: String,
    pub kind: String,
    /// The candidate's target groups, comma-separated codes.
    pub target_groups: String,
    /// The opening's sector, else the employer's.
    pub sector: String,
    pub municipality: String,
    pub employer: String,
    pub sroi_value: i64,
}

/// The SQL of [`placements_started`]: `$1`/`$2` the period, `$3` the municipality.
const PLACEMENTS_STARTED: &str = "SELECT p.start_date, p.kind, c.target_groups, COALESCE(o.sector, e.sector), \
     c.municipality, e.name, p.sroi_value \
     FROM placements p JOIN candidates c ON c.id = p.candidate_id JOIN employers e ON e.id = p.employer_id \
     LEFT JOIN openings o ON o.id = p.opening_id \
     WHERE p.start_date BETWEEN $1 AND $2 AND ($3 = '' OR c.municipality = $3) ORDER BY p.start_date, p.id";

/// Every placement that started in the period, one row each, through the backend's own
/// driver (see `Reader`). The page counts [`placement_groups`] instead; this stays for
/// `opstap bench reports`, which prints what a row costs on each driver.
pub async fn placements_started(
    db: &Db,
    period: &Period,
    municipality: Option<&str>,
) -> Result<Vec<PlacementRow>, sqlx::Error> {
    let (from, to, place) = (period.from_iso(), period.to_iso(), place(municipality));
    crate::on_reader!(db, |pool| {
        sqlx::query(PLACEMENTS_STARTED)
            .bind(&from)
            .bind(&to)
            .bind(&place)
            .fetch_all(pool)
            .await?
            .iter()
            .map(placement_row)
            .collect()
    })
}

/// The same query through the `Any` driver, for `opstap bench reports` to show what a row
/// costs each way.
pub async fn placements_started_through_any(
    db: &Db,
    period: &Period,
    municipality: Option<&str>,
) -> Result<Vec<PlacementRow>, sqlx::Error> {
    in_period(PLACEMENTS_STARTED, period, municipality)
        .fetch_all(db.pool())
        .await?
        .iter()
        .map(placement_row)
        .collect()
}

/// A row of [`PLACEMENTS_STARTED`], from any driver's row.
fn placement_row<R>(r: &R) -> Result<PlacementRow, sqlx::Error>
where
    R: Row,
    usize: sqlx::ColumnIndex<R>,
    for<'r> String: sqlx::Decode<'r, R::Database> + sqlx::Type<R::Database>,
    for<'r> i64: sqlx::Decode<'r, R::Database> + sqlx::Type<R::Database>,
{
    Ok(PlacementRow {
        start_date: r.try_get(0)?,
        kind: r.try_get(1)?,
        target_groups: r.try_get(2)?,
        sector: r.try_get(3)?,
        municipality: r.try_get(4)?,
        employer: r.try_get(5)?,
        sroi_value: r.try_get(6)?,
    })
}

/// What the placements started in the period are counted by, each a group of
/// [`placement_groups`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PlacementDimension {
    /// By start day (`YYYY-MM-DD`), for the months against the target.
    Day,
    Kind,
    /// By the candidate's target groups as stored: comma-separated codes.
    TargetGroups,
    /// The opening's sector, else the employer's.
    Sector,
    /// The candidate's.
    Municipality,
    /// By employer name, with the social-return value summed.
    Employer,
}

impl PlacementDimension {
    /// Each dimension with the column of `started` it groups by, which also names its
    /// groups in the answer.
    const ALL: [(PlacementDimension, &'static str); 6] = [
        (PlacementDimension::Day, "start_date"),
        (PlacementDimension::Kind, "kind"),
        (PlacementDimension::TargetGroups, "target_groups"),
        (PlacementDimension::Sector, "sector"),
        (PlacementDimension::Municipality, "municipality"),
        (PlacementDimension::Employer, "employer"),
    ];

    fn of_column(column: &str) -> Option<PlacementDimension> {
        Self::ALL.iter().find(|d| d.1 == column).map(|d| d.0)
    }
}

/// One group of the placements started in the period: how many, and their social-return
/// value together.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlacementGroup {
    pub dimension: PlacementDimension,
    pub key: String,
    pub count: i64,
    pub sroi_value: i64,
}

/// The placements started in the period, counted by each [`PlacementDimension`] in one
/// query: the rows are selected once and only the groups travel — a few hundred rows instead
/// of one per placement, which at scale 50 (2,745 placements) took most of the report's
/// time. The common table expression is `MATERIALIZED` (SQLite ≥ 3.35, PostgreSQL ≥ 12):
/// without it, recent SQLite runs the joins once for each of the six groupings (measured at
/// scale 50 with SQLite 3.51: 42 ms against 12 ms; through sqlx 78 ms).
pub async fn placement_groups(
    db: &Db,
    period: &Period,
    municipality: Option<&str>,
) -> Result<Vec<PlacementGroup>, sqlx::Error> {
    let groups = PlacementDimension::ALL
        .iter()
        .map(|(_, column)| {
            format!(
                "SELECT '{column}' AS dimension, {column} AS grouped, CAST(COUNT(*) AS BIGINT), \
                 CAST(SUM(sroi_value) AS BIGINT) FROM started GROUP BY {column}"
            )
        })
        .collect::<Vec<_>>()
        .join(" UNION ALL ");
    let sql = format!(
        "WITH started AS MATERIALIZED (SELECT p.start_date AS start_date, p.kind AS kind, \
         c.target_groups AS target_groups, COALESCE(o.sector, e.sector) AS sector, \
         c.municipality AS municipality, e.name AS employer, p.sroi_value AS sroi_value \
         FROM placements p JOIN candidates c ON c.id = p.candidate_id JOIN employers e ON e.id = p.employer_id \
         LEFT JOIN openings o ON o.id = p.opening_id \
         WHERE p.start_date BETWEEN $1 AND $2 AND ($3 = '' OR c.municipality = $3)) {groups}"
    );
    let rows = in_period(&sql, period, municipality)
        .fetch_all(db.pool())
        .await?;
    let mut out = Vec::with_capacity(rows.len());
    for r in &rows {
        let column: String = r.try_get(0)?;
        let Some(dimension) = PlacementDimension::of_column(&column) else {
            continue;
        };
        out.push(PlacementGroup {
            dimension,
            key: r.try_get(1)?,
            count: r.try_get(2)?,
            sroi_value: r.try_get(3)?,
        });
    }
    Ok(out)
}

/// Placements at work during some of the period that took someone (partly) off
/// assistance, grouped: (start, ended on, benefit exit, how many). Those still on
/// assistance save nothing and are left out here.
pub async fn working_in(
    db: &Db,
    period: &Period,
    municipality: Option<&str>,
) -> Result<Vec<(String, Option<String>, String, i64)>, sqlx::Error> {
    let sql = format!(
        "SELECT p.start_date, p.ended_on, p.benefit_exit, CAST(COUNT(*) AS BIGINT) FROM placements p \
         WHERE p.start_date <= $2 AND (p.ended_on IS NULL OR p.ended_on >= $1) AND p.benefit_exit <> 'none' \
         AND {} GROUP BY p.start_date, p.ended_on, p.benefit_exit",
        of_place("p.candidate_id")
    );
    let rows = in_period(&sql, period, municipality)
        .fetch_all(db.pool())
        .await?;
    rows.iter()
        .map(|r| Ok((r.try_get(0)?, r.try_get(1)?, r.try_get(2)?, r.try_get(3)?)))
        .collect()
}

/// For candidates whose first placement started in the period: the days from
/// registration to that start, grouped: (days, how many). Dates are ISO text on both
/// databases; only the day arithmetic differs.
pub async fn first_placements(
    db: &Db,
    period: &Period,
    municipality: Option<&str>,
) -> Result<Vec<(i64, i64)>, sqlx::Error> {
    let days = match db.backend() {
        super::Backend::Sqlite => "CAST(julianday(f.first) - julianday(c.registered_on) AS BIGINT)",
        super::Backend::Postgres => {
            "CAST(CAST(f.first AS DATE) - CAST(c.registered_on AS DATE) AS BIGINT)"
        }
    };
    let sql = format!(
        "SELECT {days}, CAST(COUNT(*) AS BIGINT) FROM (SELECT candidate_id, MIN(start_date) AS first FROM placements \
         GROUP BY candidate_id HAVING MIN(start_date) BETWEEN $1 AND $2) f \
         JOIN candidates c ON c.id = f.candidate_id WHERE ($3 = '' OR c.municipality = $3) GROUP BY {days}"
    );
    let rows = in_period(&sql, period, municipality)
        .fetch_all(db.pool())
        .await?;
    rows.iter()
        .map(|r| Ok((r.try_get(0)?, r.try_get(1)?)))
        .collect()
}

/// Unix seconds of the first and after the last (Dutch) day of the period.
fn instants(period: &Period) -> (i64, i64) {
    use opstap_core::domain::dates::start_of_day;
    (start_of_day(period.from), start_of_day(period.to + 1))
}

/// The funnel stages a proposal can pass, as the columns of [`proposal_histories`].
const STAGES: [&str; 5] = ["proposed", "seen", "interview", "trial", "hired"];

/// The proposals made in the period, grouped by the stages they went through and their
/// decline reason: (stages reached, decline reason, how many proposals). Grouped in the
/// database because a region makes tens of thousands of proposal steps a year, and
/// passing each as a row costs more than the whole page may take.
pub async fn proposal_histories(
    db: &Db,
    period: &Period,
    municipality: Option<&str>,
) -> Result<Vec<(Vec<String>, Option<String>, i64)>, sqlx::Error> {
    let (from, to) = instants(period);
    let reached = STAGES
        .iter()
        .map(|s| {
            format!("CAST(MAX(CASE WHEN ev.status = '{s}' THEN 1 ELSE 0 END) AS BIGINT) AS {s}")
        })
        .collect::<Vec<_>>()
        .join(", ");
    let sql = format!(
        "SELECT {cols}, reason, COUNT(*) FROM (\
         SELECT p.id, {reached}, p.decline_reason AS reason FROM proposals p \
         JOIN proposal_events ev ON ev.proposal_id = p.id \
         WHERE p.created_at >= $1 AND p.created_at < $2 AND {place} \
         GROUP BY p.id, p.decline_reason) h GROUP BY {cols}, reason",
        cols = STAGES.join(", "),
        place = of_place("p.candidate_id"),
    );
    let rows = sqlx::query(&sql)
        .bind(from)
        .bind(to)
        .bind(place(municipality))
        .fetch_all(db.pool())
        .await?;
    rows.iter()
        .map(|r| {
            let mut stages = Vec::new();
            for (i, stage) in STAGES.iter().enumerate() {
                if super::flag(r.try_get(i)?) {
                    stages.push(stage.to_string());
                }
            }
            Ok((
                stages,
                r.try_get(STAGES.len())?,
                r.try_get(STAGES.len() + 1)?,
            ))
        })
        .collect()
}

/// Whole days from proposal to hire, for hires in the period, grouped: (days, how many).
/// A hire always follows its proposal, so the division (which truncates on both
/// databases) rounds down.
pub async fn days_to_hire(
    db: &Db,
    period: &Period,
    municipality: Option<&str>,
) -> Result<Vec<(i64, i64)>, sqlx::Error> {
    let (from, to) = instants(period);
    let sql = format!(
        "SELECT (ev.at - p.created_at) / 86400, CAST(COUNT(*) AS BIGINT) \
         FROM proposal_events ev JOIN proposals p ON p.id = ev.proposal_id \
         WHERE ev.status = 'hired' AND ev.at >= $1 AND ev.at < $2 AND {} \
         GROUP BY (ev.at - p.created_at) / 86400",
        of_place("p.candidate_id")
    );
    sqlx::query_as(&sql)
        .bind(from)
        .bind(to)
        .bind(place(municipality))
        .fetch_all(db.pool())
        .await
}

/// Retention checkpoints due in the period: (months, `None` while unconfirmed, else still
/// working, how many).
pub async fn checkpoints_due(
    db: &Db,
    period: &Period,
    municipality: Option<&str>,
) -> Result<Vec<(i64, Option<bool>, i64)>, sqlx::Error> {
    let sql = format!(
        "SELECT r.months, CASE WHEN r.confirmed_at IS NULL THEN NULL ELSE r.still_working END AS answer, COUNT(*) \
         FROM retention_checks r JOIN placements p ON p.id = r.placement_id \
         WHERE r.due_on BETWEEN $1 AND $2 AND {} GROUP BY r.months, answer",
        of_place("p.candidate_id")
    );
    let rows = in_period(&sql, period, municipality)
        .fetch_all(db.pool())
        .await?;
    checkpoint_answers(&rows)
}

/// The check-ins held in the period, counted: how many, by how many buddies on how many
/// pairings, how many needed the desk (asked for it, or scored 2 or lower) and of those how
/// many were handled. One row: the database counts the distinct buddies and pairings.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct CheckinTotals {
    pub checkins: i64,
    pub buddies: i64,
    pub pairings: i64,
    pub flags_raised: i64,
    pub flags_handled: i64,
}

pub async fn checkins_held(
    db: &Db,
    period: &Period,
    municipality: Option<&str>,
) -> Result<CheckinTotals, sqlx::Error> {
    const ATTENTION: &str = "(k.needs_desk = 1 OR k.score <= 2)";
    let sql = format!(
        "SELECT CAST(COUNT(*) AS BIGINT), CAST(COUNT(DISTINCT bp.buddy_id) AS BIGINT), \
         CAST(COUNT(DISTINCT bp.id) AS BIGINT), \
         CAST(COALESCE(SUM(CASE WHEN {ATTENTION} THEN 1 ELSE 0 END), 0) AS BIGINT), \
         CAST(COALESCE(SUM(CASE WHEN {ATTENTION} AND k.flag_handled_at IS NOT NULL THEN 1 ELSE 0 END), 0) AS BIGINT) \
         FROM checkins k JOIN buddy_pairings bp ON bp.id = k.pairing_id \
         JOIN placements p ON p.id = bp.placement_id \
         WHERE k.held_on BETWEEN $1 AND $2 AND {}",
        of_place("p.candidate_id")
    );
    let r = in_period(&sql, period, municipality)
        .fetch_one(db.pool())
        .await?;
    Ok(CheckinTotals {
        checkins: r.try_get(0)?,
        buddies: r.try_get(1)?,
        pairings: r.try_get(2)?,
        flags_raised: r.try_get(3)?,
        flags_handled: r.try_get(4)?,
    })
}

/// Pairings running during some of the period.
pub async fn pairings_running(
    db: &Db,
    period: &Period,
    municipality: Option<&str>,
) -> Result<i64, sqlx::Error> {
    let sql = format!(
        "SELECT COUNT(*) FROM buddy_pairings bp JOIN placements p ON p.id = bp.placement_id \
         WHERE bp.start_date <= $2 AND (bp.end_date IS NULL OR bp.end_date >= $1) AND {}",
        of_place("p.candidate_id")
    );
    in_period(&sql, period, municipality)
        .fetch_one(db.pool())
        .await?
        .try_get(0)
}

/// The municipalities candidates live in, for the filter.
pub async fn municipalities(db: &Db) -> Result<Vec<String>, sqlx::Error> {
    super::candidates::municipalities(db).await
}

/// A placement of one employer, as their results page lists it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EmployerPlacementRow {
    pub first_name: String,
    pub last_name: String,
    pub opening: Option<String>,
    pub kind: String,
    pub start_date: String,
    pub outcome: String,
    pub sroi_value: i64,
}

/// The employer's placements that started in the period, oldest first.
pub async fn employer_placements(
    db: &Db,
    employer_id: EmployerId,
    period: &Period,
) -> Result<Vec<EmployerPlacementRow>, sqlx::Error> {
    let rows = sqlx::query(
        "SELECT c.first_name, c.last_name, o.title, p.kind, p.start_date, p.outcome, p.sroi_value \
         FROM placements p JOIN candidates c ON c.id = p.candidate_id LEFT JOIN openings o ON o.id = p.opening_id \
         WHERE p.employer_id = $3 AND p.start_date BETWEEN $1 AND $2 ORDER BY p.start_date, p.id",
    )
    .bind(period.from_iso())
    .bind(period.to_iso())
    .bind(employer_id)
    .fetch_all(db.pool())
    .await?;
    rows.iter()
        .map(|r| {
            Ok(EmployerPlacementRow {
                first_name: r.try_get(0)?,
                last_name: r.try_get(1)?,
                opening: r.try_get(2)?,
                kind: r.try_get(3)?,
                start_date: r.try_get(4)?,
                outcome: r.try_get(5)?,
                sroi_value: r.try_get(6)?,
            })
        })
        .collect()
}

/// The employer's retention checkpoints due in the period, as [`checkpoints_due`].
pub async fn employer_checkpoints_due(
    db: &Db,
    employer_id: EmployerId,
    period: &Period,
) -> Result<Vec<(i64, Option<bool>, i64)>, sqlx::Error> {
    let rows = sqlx::query(
        "SELECT r.months, CASE WHEN r.confirmed_at IS NULL THEN NULL ELSE r.still_working END AS answer, COUNT(*) \
         FROM retention_checks r JOIN placements p ON p.id = r.placement_id \
         WHERE p.employer_id = $3 AND r.due_on BETWEEN $1 AND $2 GROUP BY r.months, answer",
    )
    .bind(period.from_iso())
    .bind(period.to_iso())
    .bind(employer_id)
    .fetch_all(db.pool())
    .await?;
    checkpoint_answers(&rows)
}

/// (months, `None` while unconfirmed, else still working, how many) from rows of
/// `months, answer, COUNT(*)`.
fn checkpoint_answers(
    rows: &[sqlx::any::AnyRow],
) -> Result<Vec<(i64, Option<bool>, i64)>, sqlx::Error> {
    rows.iter()
        .map(|r| {
            let answer: Option<i64> = r.try_get(1)?;
            Ok((r.try_get(0)?, answer.map(super::flag), r.try_get(2)?))
        })
        .collect()
}
