//! Placements: a person at work with an employer. Issue #4 creates them from a hire; the
//! follow-up (outcome, retention checkpoints, buddies) builds on this table.

use super::Db;
use crate::domain::proposals::Hire;
use crate::proposals::PlacementTerms;
use sqlx::{Any, Row, Transaction};

/// What a hire knows about the placement besides its terms.
pub struct FromHire<'a> {
    pub proposal_id: i64,
    pub candidate_id: i64,
    pub employer_id: i64,
    pub opening_id: i64,
    pub kind: &'a str,
    pub wage_subsidy: bool,
    pub by: i64,
}

/// Creates the placement of a hire; `None` when the proposal already has one (a hire
/// posted twice creates one placement).
pub async fn insert_for_hire(
    tx: &mut Transaction<'_, Any>,
    p: &FromHire<'_>,
    hire: &Hire,
    now: i64,
) -> Result<Option<i64>, sqlx::Error> {
    sqlx::query_scalar(
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
    .bind(hire.contract_type.as_str())
    .bind(i64::from(p.wage_subsidy))
    .bind(p.by)
    .bind(now)
    .fetch_optional(&mut **tx)
    .await
}

pub async fn of_proposal(db: &Db, proposal_id: i64) -> Result<Option<PlacementTerms>, sqlx::Error> {
    let row = sqlx::query(
        "SELECT id, start_date, planned_end_date, hours, contract_type FROM placements WHERE proposal_id = $1",
    )
    .bind(proposal_id)
    .fetch_optional(db.pool())
    .await?;
    row.map(|r| {
        Ok(PlacementTerms {
            id: r.try_get(0)?,
            start_date: r.try_get(1)?,
            planned_end_date: r.try_get(2)?,
            hours: r.try_get(3)?,
            contract_type: r.try_get(4)?,
        })
    })
    .transpose()
}

/// How many placements came from proposals of this opening (tests, reports).
pub async fn count_for_opening(db: &Db, opening_id: i64) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar("SELECT COUNT(*) FROM placements WHERE opening_id = $1")
        .bind(opening_id)
        .fetch_one(db.pool())
        .await
}
