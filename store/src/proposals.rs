//! Proposals and their history. Every status change writes an event in the same
//! transaction; a proposal is unique per opening and candidate, so a form posted twice
//! cannot create a second one.

use super::Db;
use opstap_core::domain::candidates::short_name;
use opstap_core::domain::ids::ProposalId;
use opstap_core::domain::ids::{CandidateId, OpeningId};
use opstap_core::domain::kinds::{DeclineReason, ProposalStatus};
use opstap_core::wire::proposals::{ProposalEvent, ProposalLine, ProposalRecord};
use sqlx::{Any, Row, Transaction};

const COLUMNS: &str = "p.id, p.opening_id, p.candidate_id, o.employer_id, o.title AS opening_title, \
    e.name AS employer_name, p.status, p.motivation, p.interview_at, p.interview_place, p.decline_reason, \
    p.decline_note, p.proposed_by, p.created_at, p.updated_at";
const FROM: &str =
    "FROM proposals p JOIN openings o ON o.id = p.opening_id JOIN employers e ON e.id = o.employer_id";

/// Stores a proposal unless this candidate was already proposed for this opening; `None`
/// when it was (nothing is written then).
pub async fn insert(
    tx: &mut Transaction<'_, Any>,
    opening_id: OpeningId,
    candidate_id: CandidateId,
    motivation: &str,
    by: i64,
    now: i64,
) -> Result<Option<ProposalId>, sqlx::Error> {
    let id: Option<ProposalId> = sqlx::query_scalar(
        "INSERT INTO proposals (opening_id, candidate_id, motivation, status, proposed_by, created_at, updated_at) \
         VALUES ($1, $2, $3, 'proposed', $4, $5, $5) ON CONFLICT (opening_id, candidate_id) DO NOTHING RETURNING id",
    )
    .bind(opening_id)
    .bind(candidate_id)
    .bind(motivation)
    .bind(by)
    .bind(now)
    .fetch_optional(&mut **tx)
    .await?;
    if let Some(id) = id {
        add_event(tx, id, ProposalStatus::Proposed, Some(by), "", now).await?;
    }
    Ok(id)
}

async fn add_event(
    tx: &mut Transaction<'_, Any>,
    id: ProposalId,
    status: ProposalStatus,
    by: Option<i64>,
    note: &str,
    now: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO proposal_events (proposal_id, status, by_user, note, at) VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(id)
    .bind(status)
    .bind(by)
    .bind(note)
    .bind(now)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// What a status change also stores.
pub enum Details<'a> {
    None,
    Interview {
        at: &'a str,
        place: &'a str,
    },
    Decline {
        reason: DeclineReason,
        note: &'a str,
    },
}

/// Moves a proposal from `from` to `to` (only if it is still in `from`) and records it.
#[allow(clippy::too_many_arguments)]
pub async fn set_status(
    tx: &mut Transaction<'_, Any>,
    id: ProposalId,
    from: ProposalStatus,
    to: ProposalStatus,
    details: Details<'_>,
    by: Option<i64>,
    note: &str,
    now: i64,
) -> Result<bool, sqlx::Error> {
    let (interview_at, interview_place, reason, decline_note) = match details {
        Details::None => (None, None, None, None),
        Details::Interview { at, place } => (Some(at), Some(place), None, None),
        Details::Decline { reason, note } => (None, None, Some(reason), Some(note)),
    };
    let done = sqlx::query(
        "UPDATE proposals SET status = $3, updated_at = $4, \
         interview_at = COALESCE($5, interview_at), interview_place = COALESCE($6, interview_place), \
         decline_reason = COALESCE($7, decline_reason), decline_note = COALESCE($8, decline_note) \
         WHERE id = $1 AND status = $2",
    )
    .bind(id)
    .bind(from)
    .bind(to)
    .bind(now)
    .bind(interview_at)
    .bind(interview_place)
    .bind(reason)
    .bind(decline_note)
    .execute(&mut **tx)
    .await?;
    if done.rows_affected() != 1 {
        return Ok(false);
    }
    add_event(tx, id, to, by, note, now).await?;
    Ok(true)
}

pub async fn find(db: &Db, id: ProposalId) -> Result<Option<ProposalRecord>, sqlx::Error> {
    sqlx::query_as(&format!("SELECT {COLUMNS} {FROM} WHERE p.id = $1"))
        .bind(id)
        .fetch_optional(db.pool())
        .await
}

pub async fn events(db: &Db, id: ProposalId) -> Result<Vec<ProposalEvent>, sqlx::Error> {
    sqlx::query_as(
        "SELECT ev.status, u.display_name AS \"by\", ev.note, ev.at FROM proposal_events ev \
         LEFT JOIN users u ON u.id = ev.by_user WHERE ev.proposal_id = $1 ORDER BY ev.at, ev.id",
    )
    .bind(id)
    .fetch_all(db.pool())
    .await
}

/// How many times an interview was planned (the invitation's SEQUENCE).
pub async fn interviews_planned(db: &Db, id: ProposalId) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar(
        "SELECT COUNT(*) FROM proposal_events WHERE proposal_id = $1 AND status = 'interview'",
    )
    .bind(id)
    .fetch_one(db.pool())
    .await
}

const LINE: &str = "SELECT p.id, p.opening_id, o.title AS opening_title, e.name AS employer_name, \
    c.first_name, c.last_name, p.status, p.updated_at, p.interview_at, p.interview_place \
    FROM proposals p JOIN openings o ON o.id = p.opening_id \
    JOIN employers e ON e.id = o.employer_id JOIN candidates c ON c.id = p.candidate_id";

fn line(r: &sqlx::any::AnyRow) -> Result<ProposalLine, sqlx::Error> {
    let first: String = r.try_get("first_name")?;
    let last: String = r.try_get("last_name")?;
    Ok(ProposalLine {
        id: r.try_get("id")?,
        opening_id: r.try_get("opening_id")?,
        opening_title: r.try_get("opening_title")?,
        employer_name: r.try_get("employer_name")?,
        name: short_name(&first, &last),
        status: r.try_get("status")?,
        updated_at: r.try_get("updated_at")?,
        interview_at: r.try_get("interview_at")?,
        interview_place: r.try_get("interview_place")?,
    })
}

/// The proposals for one opening, oldest first.
pub async fn for_opening(db: &Db, opening_id: OpeningId) -> Result<Vec<ProposalLine>, sqlx::Error> {
    let rows = sqlx::query(&format!(
        "{LINE} WHERE p.opening_id = $1 ORDER BY p.created_at, p.id"
    ))
    .bind(opening_id)
    .fetch_all(db.pool())
    .await?;
    rows.iter().map(line).collect()
}

/// The candidates already proposed for an opening.
pub async fn candidates_of_opening(
    db: &Db,
    opening_id: OpeningId,
) -> Result<Vec<CandidateId>, sqlx::Error> {
    sqlx::query_scalar("SELECT candidate_id FROM proposals WHERE opening_id = $1")
        .bind(opening_id)
        .fetch_all(db.pool())
        .await
}

/// Proposals still waiting for the employer (proposed or seen) since before `cutoff`.
pub async fn waiting_since(db: &Db, cutoff: i64) -> Result<Vec<ProposalLine>, sqlx::Error> {
    let rows = sqlx::query(&format!(
        "{LINE} WHERE p.status IN ('proposed', 'seen') AND p.updated_at < $1 ORDER BY p.updated_at, p.id"
    ))
    .bind(cutoff)
    .fetch_all(db.pool())
    .await?;
    rows.iter().map(line).collect()
}

/// Interviews planned from `from` up to (not including) `to`, both `YYYY-MM-DD`.
pub async fn interviews_between(
    db: &Db,
    from: &str,
    to: &str,
) -> Result<Vec<ProposalLine>, sqlx::Error> {
    let rows = sqlx::query(&format!(
        "{LINE} WHERE p.status = 'interview' AND p.interview_at >= $1 AND p.interview_at < $2 \
         ORDER BY p.interview_at, p.id"
    ))
    .bind(from)
    .bind(to)
    .fetch_all(db.pool())
    .await?;
    rows.iter().map(line).collect()
}

/// Proposals that ended in a hire since `since`.
pub async fn hired_since(db: &Db, since: i64) -> Result<Vec<ProposalLine>, sqlx::Error> {
    let rows = sqlx::query(&format!(
        "{LINE} WHERE p.status = 'hired' AND p.updated_at >= $1 ORDER BY p.updated_at DESC, p.id DESC"
    ))
    .bind(since)
    .fetch_all(db.pool())
    .await?;
    rows.iter().map(line).collect()
}

/// How many proposals of a candidate are still open.
pub async fn open_for_candidate<'e, E>(
    executor: E,
    candidate_id: CandidateId,
) -> Result<i64, sqlx::Error>
where
    E: sqlx::Executor<'e, Database = Any>,
{
    sqlx::query_scalar(
        "SELECT COUNT(*) FROM proposals WHERE candidate_id = $1 AND status IN ('proposed', 'seen', 'interview', 'trial')",
    )
    .bind(candidate_id)
    .fetch_one(executor)
    .await
}
