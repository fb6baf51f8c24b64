//! Buddy pairings: which buddy follows which placement, from when, in what rhythm.

use super::Db;
use opstap_core::domain::buddies::{next_checkin_due, Pairing};
use opstap_core::domain::dates::parse_iso_date;
use opstap_core::domain::ids::{PairingId, PlacementId};
use opstap_core::domain::kinds::Rhythm;
use opstap_core::sql::Flag;
use sqlx::{Any, Transaction};

/// A pairing as stored.
#[derive(Clone, Debug, PartialEq, Eq, sqlx::FromRow)]
pub struct PairingRecord {
    pub id: PairingId,
    pub placement_id: PlacementId,
    pub buddy_id: i64,
    pub buddy_name: String,
    pub start_date: String,
    pub end_date: Option<String>,
    pub rhythm: Rhythm,
    /// The latest check-in's date and the next date it planned.
    pub last_held: Option<String>,
    pub planned_next: Option<String>,
    /// Who at the desk made the pairing.
    pub created_by: Option<i64>,
}

impl PairingRecord {
    /// The day the next check-in is due (domain `next_checkin_due`), `None` when the
    /// stored start cannot be read.
    pub fn next_due(&self) -> Option<i64> {
        let start = parse_iso_date(&self.start_date)?;
        Some(next_checkin_due(
            start,
            self.rhythm,
            self.last_held.as_deref().and_then(parse_iso_date),
            self.planned_next.as_deref().and_then(parse_iso_date),
        ))
    }

    /// Whether the pairing's end lies before `today`.
    pub fn has_ended(&self, today: i64) -> bool {
        self.end_date
            .as_deref()
            .and_then(parse_iso_date)
            .is_some_and(|end| end < today)
    }
}

const COLUMNS: &str = "bp.id, bp.placement_id, bp.buddy_id, u.display_name AS buddy_name, bp.start_date, \
     bp.end_date, bp.rhythm, (SELECT MAX(k.held_on) FROM checkins k WHERE k.pairing_id = bp.id) AS last_held, \
     (SELECT k.next_on FROM checkins k WHERE k.pairing_id = bp.id ORDER BY k.held_on DESC, k.id DESC LIMIT 1) \
     AS planned_next, bp.created_by";

pub async fn insert(
    tx: &mut Transaction<'_, Any>,
    placement_id: PlacementId,
    p: &Pairing,
    by: i64,
    now: i64,
) -> Result<PairingId, sqlx::Error> {
    sqlx::query_scalar(
        "INSERT INTO buddy_pairings (placement_id, buddy_id, start_date, end_date, rhythm, created_by, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
    )
    .bind(placement_id)
    .bind(p.buddy_id)
    .bind(&p.start_date)
    .bind(&p.end_date)
    .bind(p.rhythm)
    .bind(by)
    .bind(now)
    .fetch_one(&mut **tx)
    .await
}

/// Ends the placement's pairings that run past `day` (a new buddy takes over, or the
/// placement ended).
pub async fn end_running(
    tx: &mut Transaction<'_, Any>,
    placement_id: PlacementId,
    day: &str,
) -> Result<u64, sqlx::Error> {
    let done = sqlx::query(
        "UPDATE buddy_pairings SET end_date = $2 WHERE placement_id = $1 AND (end_date IS NULL OR end_date > $2)",
    )
    .bind(placement_id)
    .bind(day)
    .execute(&mut **tx)
    .await?;
    Ok(done.rows_affected())
}

pub async fn find(db: &Db, id: PairingId) -> Result<Option<PairingRecord>, sqlx::Error> {
    sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM buddy_pairings bp JOIN users u ON u.id = bp.buddy_id WHERE bp.id = $1"
    ))
    .bind(id)
    .fetch_optional(db.pool())
    .await
}

/// Every pairing of a placement, newest first.
pub async fn of_placement(
    db: &Db,
    placement_id: PlacementId,
) -> Result<Vec<PairingRecord>, sqlx::Error> {
    sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM buddy_pairings bp JOIN users u ON u.id = bp.buddy_id \
         WHERE bp.placement_id = $1 ORDER BY bp.id DESC"
    ))
    .bind(placement_id)
    .fetch_all(db.pool())
    .await
}

/// A running pairing with what a buddy's home and the follow-up job need.
#[derive(Clone, Debug, PartialEq, Eq, sqlx::FromRow)]
pub struct RunningPairing {
    #[sqlx(flatten)]
    pub pairing: PairingRecord,
    pub first_name: String,
    pub employer_name: String,
    pub buddy_email: String,
    /// Who hears about this person at the desk: the consultant, else who paired.
    pub desk_user: Option<i64>,
}

/// The pairings running on `today` (started, not ended, buddy account active); of one
/// buddy, or all when `buddy_id` is `None`.
pub async fn running(
    db: &Db,
    buddy_id: Option<i64>,
    today: &str,
) -> Result<Vec<RunningPairing>, sqlx::Error> {
    sqlx::query_as(&format!(
        "SELECT {COLUMNS}, c.first_name, e.name AS employer_name, u.email AS buddy_email, \
         COALESCE(c.consultant_id, bp.created_by) AS desk_user \
         FROM buddy_pairings bp JOIN users u ON u.id = bp.buddy_id \
         JOIN placements p ON p.id = bp.placement_id \
         JOIN candidates c ON c.id = p.candidate_id JOIN employers e ON e.id = p.employer_id \
         WHERE ($1 = 0 OR bp.buddy_id = $1) AND u.active = 1 AND bp.start_date <= $2 \
         AND (bp.end_date IS NULL OR bp.end_date >= $2) ORDER BY bp.id"
    ))
    .bind(buddy_id.unwrap_or(0))
    .bind(today)
    .fetch_all(db.pool())
    .await
}

/// The buddies: (id, name, e-mail, has set a password, active, running pairings).
pub async fn buddies(
    db: &Db,
    today: &str,
) -> Result<Vec<(i64, String, String, bool, bool, i64)>, sqlx::Error> {
    let rows: Vec<(i64, String, String, Flag, Flag, i64)> = sqlx::query_as(
        "SELECT u.id, u.display_name, u.email, CASE WHEN u.password_hash IS NULL THEN 0 ELSE 1 END, u.active, \
         (SELECT COUNT(*) FROM buddy_pairings bp WHERE bp.buddy_id = u.id AND bp.start_date <= $1 \
          AND (bp.end_date IS NULL OR bp.end_date >= $1)) \
         FROM users u WHERE u.role = 'buddy' ORDER BY u.display_name, u.id",
    )
    .bind(today)
    .fetch_all(db.pool())
    .await?;
    Ok(rows
        .into_iter()
        .map(|(id, name, email, has_password, active, running)| {
            (id, name, email, has_password.into(), active.into(), running)
        })
        .collect())
}
