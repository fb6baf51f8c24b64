//! Check-ins the buddies log, and the flags the desk handles. A check-in needs the desk
//! when the buddy ticked "needs the desk" or scored it 1–2; it stays an open flag until
//! someone at the desk marks it handled with a note.

use super::Db;
use opstap_core::domain::buddies::{needs_attention, Checkin};
use opstap_core::domain::ids::{CheckinId, PairingId, PlacementId};
use opstap_core::sql::Flag;
use opstap_core::wire::placements::{CheckinLine, FlagLine};
use sqlx::{Any, Row, Transaction};

/// The condition of an open flag, for `checkins k`.
const OPEN_FLAG: &str = "k.flag_handled_at IS NULL AND (k.needs_desk = 1 OR k.score <= 2)";

pub async fn insert(
    tx: &mut Transaction<'_, Any>,
    pairing_id: PairingId,
    c: &Checkin,
    now: i64,
) -> Result<CheckinId, sqlx::Error> {
    sqlx::query_scalar(
        "INSERT INTO checkins (pairing_id, held_on, mode, score, notes_work, notes_home, needs_desk, next_on, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id",
    )
    .bind(pairing_id)
    .bind(&c.held_on)
    .bind(c.mode)
    .bind(c.score)
    .bind(&c.notes_work)
    .bind(&c.notes_home)
    .bind(i64::from(c.needs_desk))
    .bind(&c.next_on)
    .bind(now)
    .fetch_one(&mut **tx)
    .await
}

/// Whether the same check-in was logged already (a form posted twice).
pub async fn exists(db: &Db, pairing_id: PairingId, c: &Checkin) -> Result<bool, sqlx::Error> {
    let n: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM checkins WHERE pairing_id = $1 AND held_on = $2 AND mode = $3 AND score = $4 \
         AND notes_work = $5 AND notes_home = $6",
    )
    .bind(pairing_id)
    .bind(&c.held_on)
    .bind(c.mode)
    .bind(c.score)
    .bind(&c.notes_work)
    .bind(&c.notes_home)
    .fetch_one(db.pool())
    .await?;
    Ok(n > 0)
}

const COLUMNS: &str =
    "k.id, k.pairing_id, u.display_name AS buddy_name, k.held_on, k.mode, k.score, k.notes_work, \
     k.notes_home, k.needs_desk, k.next_on, k.flag_handled_at, h.display_name AS handled_by, k.flag_note";

const FROM: &str = "FROM checkins k JOIN buddy_pairings bp ON bp.id = k.pairing_id \
     JOIN users u ON u.id = bp.buddy_id LEFT JOIN users h ON h.id = k.flag_handled_by";

fn from_row(r: &sqlx::any::AnyRow) -> Result<CheckinLine, sqlx::Error> {
    let score: i64 = r.try_get("score")?;
    let needs_desk = r.try_get::<Flag, _>("needs_desk")?.into();
    Ok(CheckinLine {
        id: r.try_get("id")?,
        pairing_id: r.try_get("pairing_id")?,
        buddy_name: r.try_get("buddy_name")?,
        held_on: r.try_get("held_on")?,
        mode: r.try_get("mode")?,
        score,
        notes_work: r.try_get("notes_work")?,
        notes_home: r.try_get("notes_home")?,
        needs_desk,
        next_on: r.try_get("next_on")?,
        attention: needs_attention(score, needs_desk),
        handled_at: r.try_get("flag_handled_at")?,
        handled_by: r.try_get("handled_by")?,
        flag_note: r.try_get("flag_note")?,
    })
}

/// The check-ins of one pairing, newest first.
pub async fn of_pairing(db: &Db, pairing_id: PairingId) -> Result<Vec<CheckinLine>, sqlx::Error> {
    newest_first(db, "k.pairing_id", pairing_id.0).await
}

/// The check-ins of every pairing of a placement, newest first.
pub async fn of_placement(
    db: &Db,
    placement_id: PlacementId,
) -> Result<Vec<CheckinLine>, sqlx::Error> {
    newest_first(db, "bp.placement_id", placement_id.0).await
}

/// One check-in.
pub async fn find(db: &Db, id: CheckinId) -> Result<Option<CheckinLine>, sqlx::Error> {
    Ok(newest_first(db, "k.id", id.0).await?.pop())
}

/// Check-ins where `column` (one of the three above, never input) equals `id`.
async fn newest_first(db: &Db, column: &str, id: i64) -> Result<Vec<CheckinLine>, sqlx::Error> {
    let rows = sqlx::query(&format!(
        "SELECT {COLUMNS} {FROM} WHERE {column} = $1 ORDER BY k.held_on DESC, k.id DESC"
    ))
    .bind(id)
    .fetch_all(db.pool())
    .await?;
    rows.iter().map(from_row).collect()
}

/// The placement a check-in belongs to.
pub async fn placement_of(
    db: &Db,
    checkin_id: CheckinId,
) -> Result<Option<PlacementId>, sqlx::Error> {
    sqlx::query_scalar(
        "SELECT bp.placement_id FROM checkins k JOIN buddy_pairings bp ON bp.id = k.pairing_id WHERE k.id = $1",
    )
    .bind(checkin_id)
    .fetch_optional(db.pool())
    .await
}

/// Open flags, the oldest first.
pub async fn open_flags(db: &Db, limit: i64) -> Result<Vec<FlagLine>, sqlx::Error> {
    let rows = sqlx::query(&format!(
        "SELECT k.id, bp.placement_id, c.first_name, c.last_name, u.display_name AS buddy_name, k.held_on, \
         k.score, k.needs_desk \
         FROM checkins k JOIN buddy_pairings bp ON bp.id = k.pairing_id JOIN users u ON u.id = bp.buddy_id \
         JOIN placements p ON p.id = bp.placement_id JOIN candidates c ON c.id = p.candidate_id \
         WHERE {OPEN_FLAG} ORDER BY k.held_on, k.id LIMIT $1"
    ))
    .bind(limit)
    .fetch_all(db.pool())
    .await?;
    rows.iter()
        .map(|r| {
            let first: String = r.try_get("first_name")?;
            let last: String = r.try_get("last_name")?;
            Ok(FlagLine {
                checkin_id: r.try_get("id")?,
                placement_id: r.try_get("placement_id")?,
                name: format!("{first} {last}"),
                buddy_name: r.try_get("buddy_name")?,
                held_on: r.try_get("held_on")?,
                score: r.try_get("score")?,
                needs_desk: r.try_get::<Flag, _>("needs_desk")?.into(),
            })
        })
        .collect()
}

pub async fn count_open_flags(db: &Db) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar(&format!(
        "SELECT COUNT(*) FROM checkins k WHERE {OPEN_FLAG}"
    ))
    .fetch_one(db.pool())
    .await
}

/// Marks a flag handled with the desk's note; false when it was handled already.
pub async fn handle_flag(
    tx: &mut Transaction<'_, Any>,
    checkin_id: CheckinId,
    by: i64,
    note: &str,
    now: i64,
) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "UPDATE checkins SET flag_handled_at = $2, flag_handled_by = $3, flag_note = $4 \
         WHERE id = $1 AND flag_handled_at IS NULL",
    )
    .bind(checkin_id)
    .bind(now)
    .bind(by)
    .bind(note)
    .execute(&mut **tx)
    .await?;
    Ok(done.rows_affected() > 0)
}
