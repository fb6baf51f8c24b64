//! Placements: a person at work with an employer, created by a hire or recorded by the
//! desk; their terms, outcome and retention checkpoints.

use super::Db;
use opstap_core::domain::dates::{iso_date, parse_iso_date};
use opstap_core::domain::ids::{CandidateId, EmployerId, OpeningId};
use opstap_core::domain::ids::{PairingId, PlacementId, ProposalId};
use opstap_core::domain::kinds::{OpeningKind, PlacementOutcome};
use opstap_core::domain::placements::{checkpoint_days, Outcome, PlacementTerms as Terms};
use opstap_core::domain::proposals::Hire;
use opstap_core::wire::placements::{PlacementLine, PlacementRecord};
use opstap_core::wire::proposals::PlacementTerms;
use sqlx::{Any, Row, Transaction};

/// What a hire knows about the placement besides its terms.
pub struct FromHire {
    pub proposal_id: ProposalId,
    pub candidate_id: CandidateId,
    pub employer_id: EmployerId,
    pub opening_id: OpeningId,
    pub kind: OpeningKind,
    pub wage_subsidy: bool,
    pub by: i64,
}

/// Creates the placement of a hire with its retention checkpoints; `None` when the
/// proposal already has one (a hire posted twice creates one placement).
pub async fn insert_for_hire(
    tx: &mut Transaction<'_, Any>,
    p: &FromHire,
    hire: &Hire,
    now: i64,
) -> Result<Option<PlacementId>, sqlx::Error> {
    let id: Option<PlacementId> = sqlx::query_scalar(
        "INSERT INTO placements (candidate_id, employer_id, opening_id, proposal_id, kind, start_date, \
         planned_end_date, hours, contract_type, wage_subsidy, sroi_value, benefit_exit, outcome, created_by, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, 0, 'none', 'working', $11, $12) \
         ON CONFLICT (proposal_id) DO NOTHING RETURNING id",
    )
    .bind(p.candidate_id)
    .bind(p.employer_id)
    .bind(p.opening_id)
    .bind(p.proposal_id)
    .bind(p.kind)
    .bind(&hire.start_date)
    .bind(&hire.end_date)
    .bind(hire.hours)
    .bind(hire.contract_type)
    .bind(i64::from(p.wage_subsidy))
    .bind(p.by)
    .bind(now)
    .fetch_optional(&mut **tx)
    .await?;
    if let Some(id) = id {
        place_checkpoints(tx, id, &hire.start_date).await?;
    }
    Ok(id)
}

/// The retention checkpoints of a placement at 1, 3, 6 and 12 months after `start_date`:
/// created for a new placement; for a changed start, those not yet confirmed move.
async fn place_checkpoints(
    tx: &mut Transaction<'_, Any>,
    placement_id: PlacementId,
    start_date: &str,
) -> Result<(), sqlx::Error> {
    let Some(start) = parse_iso_date(start_date) else {
        return Ok(());
    };
    for (months, due) in checkpoint_days(start) {
        sqlx::query(
            "INSERT INTO retention_checks (placement_id, months, due_on) VALUES ($1, $2, $3) \
             ON CONFLICT (placement_id, months) DO UPDATE SET due_on = excluded.due_on \
             WHERE retention_checks.confirmed_at IS NULL",
        )
        .bind(placement_id)
        .bind(months)
        .bind(iso_date(due))
        .execute(&mut **tx)
        .await?;
    }
    Ok(())
}

/// Records a placement that did not come through a proposal.
pub async fn insert_direct(
    tx: &mut Transaction<'_, Any>,
    candidate_id: CandidateId,
    employer_id: EmployerId,
    t: &Terms,
    by: i64,
    now: i64,
) -> Result<PlacementId, sqlx::Error> {
    let id: PlacementId = sqlx::query_scalar(
        "INSERT INTO placements (candidate_id, employer_id, kind, start_date, planned_end_date, hours, \
         contract_type, wage_subsidy, sroi_value, benefit_exit, outcome, created_by, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, 'working', $11, $12) RETURNING id",
    )
    .bind(candidate_id)
    .bind(employer_id)
    .bind(t.kind)
    .bind(&t.start_date)
    .bind(&t.planned_end_date)
    .bind(t.hours)
    .bind(t.contract_type)
    .bind(i64::from(t.wage_subsidy))
    .bind(t.sroi_value)
    .bind(t.benefit_exit)
    .bind(by)
    .bind(now)
    .fetch_one(&mut **tx)
    .await?;
    place_checkpoints(tx, id, &t.start_date).await?;
    Ok(id)
}

/// Changes the terms; a moved start moves the checkpoints that are not confirmed yet.
pub async fn update_terms(
    tx: &mut Transaction<'_, Any>,
    id: PlacementId,
    t: &Terms,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE placements SET kind = $2, start_date = $3, planned_end_date = $4, hours = $5, \
         contract_type = $6, wage_subsidy = $7, sroi_value = $8, benefit_exit = $9 WHERE id = $1",
    )
    .bind(id)
    .bind(t.kind)
    .bind(&t.start_date)
    .bind(&t.planned_end_date)
    .bind(t.hours)
    .bind(t.contract_type)
    .bind(i64::from(t.wage_subsidy))
    .bind(t.sroi_value)
    .bind(t.benefit_exit)
    .execute(&mut **tx)
    .await?;
    place_checkpoints(tx, id, &t.start_date).await?;
    Ok(())
}

/// Records how the placement went (or that the person works again: the end is cleared).
pub async fn set_outcome(
    tx: &mut Transaction<'_, Any>,
    id: PlacementId,
    o: &Outcome,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE placements SET outcome = $2, ended_on = $3, outcome_reason = $4 WHERE id = $1",
    )
    .bind(id)
    .bind(o.outcome)
    .bind(&o.ended_on)
    .bind(&o.reason)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

const COLUMNS: &str = "p.id, p.candidate_id, c.first_name, c.last_name, c.consultant_id, p.employer_id, \
     e.name AS employer_name, p.opening_id, o.title AS opening_title, p.proposal_id, p.kind, p.start_date, \
     p.planned_end_date, p.hours, p.contract_type, p.wage_subsidy, p.sroi_value, p.benefit_exit, p.outcome, \
     p.outcome_reason, p.ended_on, p.created_at";

const FROM: &str = "FROM placements p JOIN candidates c ON c.id = p.candidate_id \
     JOIN employers e ON e.id = p.employer_id LEFT JOIN openings o ON o.id = p.opening_id";

pub async fn find(db: &Db, id: PlacementId) -> Result<Option<PlacementRecord>, sqlx::Error> {
    sqlx::query_as(&format!("SELECT {COLUMNS} {FROM} WHERE p.id = $1"))
        .bind(id)
        .fetch_optional(db.pool())
        .await
}

/// The placement of one pairing (the buddy's side).
pub async fn of_pairing(
    db: &Db,
    pairing_id: PairingId,
) -> Result<Option<PlacementRecord>, sqlx::Error> {
    sqlx::query_as(&format!(
        "SELECT {COLUMNS} {FROM} JOIN buddy_pairings bp ON bp.placement_id = p.id WHERE bp.id = $1"
    ))
    .bind(pairing_id)
    .fetch_optional(db.pool())
    .await
}

/// The desk's list: running placements (`outcome = working`) or all, newest start first.
pub async fn list(
    db: &Db,
    only_running: bool,
    limit: i64,
) -> Result<Vec<PlacementLine>, sqlx::Error> {
    let rows = sqlx::query(
        "SELECT p.id, c.first_name, c.last_name, e.name AS employer_name, p.kind, p.start_date, p.outcome, \
         (SELECT u.display_name FROM buddy_pairings bp JOIN users u ON u.id = bp.buddy_id \
          WHERE bp.placement_id = p.id ORDER BY bp.id DESC LIMIT 1) AS buddy, \
         (SELECT COUNT(*) FROM checkins k JOIN buddy_pairings bp ON bp.id = k.pairing_id \
          WHERE bp.placement_id = p.id AND k.flag_handled_at IS NULL AND (k.needs_desk = 1 OR k.score <= 2)) \
         AS open_flags \
         FROM placements p JOIN candidates c ON c.id = p.candidate_id JOIN employers e ON e.id = p.employer_id \
         WHERE ($1 = 0 OR p.outcome = 'working') ORDER BY p.start_date DESC, p.id DESC LIMIT $2",
    )
    .bind(i64::from(only_running))
    .bind(limit)
    .fetch_all(db.pool())
    .await?;
    rows.iter()
        .map(|r| {
            let first: String = r.try_get("first_name")?;
            let last: String = r.try_get("last_name")?;
            Ok(PlacementLine {
                id: r.try_get("id")?,
                name: format!("{first} {last}"),
                employer_name: r.try_get("employer_name")?,
                kind: r.try_get("kind")?,
                start_date: r.try_get("start_date")?,
                outcome: r.try_get("outcome")?,
                buddy: r.try_get("buddy")?,
                open_flags: r.try_get("open_flags")?,
            })
        })
        .collect()
}

/// The placements of one candidate, newest first: (id, employer, start, outcome).
pub async fn of_candidate(
    db: &Db,
    candidate_id: CandidateId,
) -> Result<Vec<(PlacementId, String, String, PlacementOutcome)>, sqlx::Error> {
    sqlx::query_as(
        "SELECT p.id, e.name, p.start_date, p.outcome FROM placements p JOIN employers e ON e.id = p.employer_id \
         WHERE p.candidate_id = $1 ORDER BY p.start_date DESC, p.id DESC",
    )
    .bind(candidate_id)
    .fetch_all(db.pool())
    .await
}

pub async fn of_proposal(
    db: &Db,
    proposal_id: ProposalId,
) -> Result<Option<PlacementTerms>, sqlx::Error> {
    sqlx::query_as(
        "SELECT id, start_date, planned_end_date, hours, contract_type FROM placements WHERE proposal_id = $1",
    )
    .bind(proposal_id)
    .fetch_optional(db.pool())
    .await
}

/// How many placements came from proposals of this opening (tests, reports).
pub async fn count_for_opening(db: &Db, opening_id: OpeningId) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar("SELECT COUNT(*) FROM placements WHERE opening_id = $1")
        .bind(opening_id)
        .fetch_one(db.pool())
        .await
}
