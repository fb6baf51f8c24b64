//! Retention checkpoints: whether a placed person still works 1, 3, 6 and 12 months after
//! the start. The rows are created with the placement; the desk confirms them.

use super::Db;
use opstap_core::domain::dates::parse_iso_date;
use opstap_core::domain::ids::PlacementId;
use opstap_core::domain::kinds::RetentionSource;
use opstap_core::domain::placements::checkpoint_state;
use opstap_core::sql::Flag;
use opstap_core::wire::placements::{Checkpoint, CheckpointLine};
use sqlx::{Any, Row, Transaction};

/// The checkpoints of a placement with their state on `today`.
pub async fn of_placement(
    db: &Db,
    placement_id: PlacementId,
    today: i64,
    grace_days: i64,
) -> Result<Vec<Checkpoint>, sqlx::Error> {
    let rows = sqlx::query(
        "SELECT r.months, r.due_on, r.confirmed_at, r.still_working, r.source, u.display_name AS confirmed_by \
         FROM retention_checks r LEFT JOIN users u ON u.id = r.confirmed_by \
         WHERE r.placement_id = $1 ORDER BY r.months",
    )
    .bind(placement_id)
    .fetch_all(db.pool())
    .await?;
    rows.iter()
        .map(|r| {
            let due_on: String = r.try_get("due_on")?;
            let confirmed_at: Option<i64> = r.try_get("confirmed_at")?;
            let still: Option<Flag> = r.try_get("still_working")?;
            let due = parse_iso_date(&due_on).unwrap_or(today);
            Ok(Checkpoint {
                months: r.try_get("months")?,
                due_on,
                state: checkpoint_state(due, confirmed_at.is_some(), today, grace_days),
                still_working: still.map(bool::from),
                source: r.try_get("source")?,
                confirmed_by: r.try_get("confirmed_by")?,
                confirmed_at,
            })
        })
        .collect()
}

/// Records what the desk learnt at a checkpoint; false when the placement has no such
/// checkpoint. A second confirmation corrects the first.
pub async fn confirm(
    tx: &mut Transaction<'_, Any>,
    placement_id: PlacementId,
    months: i64,
    still_working: bool,
    source: RetentionSource,
    by: i64,
    now: i64,
) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "UPDATE retention_checks SET confirmed_at = $3, still_working = $4, source = $5, confirmed_by = $6 \
         WHERE placement_id = $1 AND months = $2",
    )
    .bind(placement_id)
    .bind(months)
    .bind(now)
    .bind(i64::from(still_working))
    .bind(source.as_str())
    .bind(by)
    .execute(&mut **tx)
    .await?;
    Ok(done.rows_affected() > 0)
}

/// Unconfirmed checkpoints due on or before `today`, the oldest first; `overdue` past
/// the grace period.
pub async fn to_confirm(
    db: &Db,
    today: i64,
    grace_days: i64,
    limit: i64,
) -> Result<Vec<CheckpointLine>, sqlx::Error> {
    let rows = sqlx::query(
        "SELECT r.placement_id, c.first_name, c.last_name, e.name AS employer_name, r.months, r.due_on \
         FROM retention_checks r JOIN placements p ON p.id = r.placement_id \
         JOIN candidates c ON c.id = p.candidate_id JOIN employers e ON e.id = p.employer_id \
         WHERE r.confirmed_at IS NULL AND r.due_on <= $1 ORDER BY r.due_on, r.id LIMIT $2",
    )
    .bind(opstap_core::domain::dates::iso_date(today))
    .bind(limit)
    .fetch_all(db.pool())
    .await?;
    rows.iter()
        .map(|r| {
            let first: String = r.try_get("first_name")?;
            let last: String = r.try_get("last_name")?;
            let due_on: String = r.try_get("due_on")?;
            let due = parse_iso_date(&due_on).unwrap_or(today);
            Ok(CheckpointLine {
                placement_id: r.try_get("placement_id")?,
                name: format!("{first} {last}"),
                employer_name: r.try_get("employer_name")?,
                months: r.try_get("months")?,
                overdue: today > due + grace_days,
                due_on,
            })
        })
        .collect()
}

/// How many checkpoints wait on `today`: (due within grace, overdue).
pub async fn counts(db: &Db, today: i64, grace_days: i64) -> Result<(i64, i64), sqlx::Error> {
    sqlx::query_as(
        "SELECT CAST(COALESCE(SUM(CASE WHEN due_on >= $2 THEN 1 ELSE 0 END), 0) AS BIGINT), \
         CAST(COALESCE(SUM(CASE WHEN due_on < $2 THEN 1 ELSE 0 END), 0) AS BIGINT) \
         FROM retention_checks WHERE confirmed_at IS NULL AND due_on <= $1",
    )
    .bind(opstap_core::domain::dates::iso_date(today))
    .bind(opstap_core::domain::dates::iso_date(today - grace_days))
    .fetch_one(db.pool())
    .await
}
