//! Privacy in the database: anonymising a candidate (the retention job and erasure on
//! request share [`anonymise`]) and gathering everything held on one candidate for a
//! subject access request.

use super::{candidates, Db};
use opstap_core::domain::ids::CandidateId;
use opstap_core::domain::ids::PlacementId;
use opstap_core::domain::retention::{anonymised, Cause};
use opstap_core::wire::privacy::{
    AccessLogLine, AccessPairing, AccessPlacement, AccessProposal, Anonymisation,
};
use sqlx::{Any, Transaction};

/// Candidates who left before `cutoff` (`YYYY-MM-DD`) and still have their personal data,
/// longest gone first, at most `limit`.
pub async fn due(db: &Db, cutoff: &str, limit: i64) -> Result<Vec<CandidateId>, sqlx::Error> {
    sqlx::query_scalar(
        "SELECT c.id FROM candidates c WHERE c.status = 'exited' AND c.exited_on < $1 \
         AND NOT EXISTS (SELECT 1 FROM anonymisations a WHERE a.candidate_id = c.id) \
         ORDER BY c.exited_on, c.id LIMIT $2",
    )
    .bind(cutoff)
    .bind(limit)
    .fetch_all(db.pool())
    .await
}

/// Removes the personal data of candidate `id`, in the caller's transaction: the profile
/// (see `domain::retention::anonymised`), the obstacles, the motivations and notes of
/// their proposals, the reason a placement ended, the notes of check-ins. Proposals still
/// open are withdrawn and buddy pairings still running end `today`, so nobody is asked
/// about the person again. False (and nothing changed) when the candidate does not exist
/// or was anonymised before — the row in `anonymisations` makes this happen once, however
/// many instances try at the same moment.
pub async fn anonymise(
    tx: &mut Transaction<'_, Any>,
    id: CandidateId,
    cause: Cause,
    reason: &str,
    by: Option<i64>,
    today: &str,
    now: i64,
) -> Result<bool, sqlx::Error> {
    // The claim is the transaction's first statement and a write: on SQLite a transaction
    // that reads first and writes later fails at once ("database is locked") when another
    // connection wrote in between, whereas a first write waits its turn.
    let claimed = sqlx::query(
        "INSERT INTO anonymisations (candidate_id, cause, reason, by_user, at) \
         SELECT $1, $2, $3, $4, $5 WHERE EXISTS (SELECT 1 FROM candidates WHERE id = $1) \
         ON CONFLICT (candidate_id) DO NOTHING",
    )
    .bind(id)
    .bind(cause.as_str())
    .bind(reason)
    .bind(by)
    .bind(now)
    .execute(&mut **tx)
    .await?;
    if claimed.rows_affected() == 0 {
        return Ok(false);
    }
    let Some(record) = candidates::find_in(&mut **tx, id).await? else {
        return Ok(false);
    };
    candidates::overwrite_anonymised(tx, id, &anonymised(&record.content, id.0), today, now)
        .await?;

    let open: Vec<i64> = sqlx::query_scalar(
        "SELECT id FROM proposals WHERE candidate_id = $1 AND status IN ('proposed', 'seen', 'interview', 'trial')",
    )
    .bind(id)
    .fetch_all(&mut **tx)
    .await?;
    for proposal in &open {
        sqlx::query(
            "INSERT INTO proposal_events (proposal_id, status, by_user, note, at) VALUES ($1, 'withdrawn', $2, '', $3)",
        )
        .bind(proposal)
        .bind(by)
        .bind(now)
        .execute(&mut **tx)
        .await?;
    }
    // Each statement binds exactly the parameters it names (PostgreSQL refuses extra ones).
    sqlx::query(
        "UPDATE proposals SET motivation = '', decline_note = NULL, updated_at = $2, \
         status = CASE WHEN status IN ('proposed', 'seen', 'interview', 'trial') THEN 'withdrawn' ELSE status END \
         WHERE candidate_id = $1",
    )
    .bind(id)
    .bind(now)
    .execute(&mut **tx)
    .await?;
    // Appointments still to come are called off, and nobody waits for them in a campaign
    // any more: they count as exempted (data erased), never as silently gone.
    sqlx::query(
        "UPDATE invitations SET status = 'exempted', exemption_reason = 'erased', outcome_at = $2 \
         WHERE status = 'planned' AND client_id IN (SELECT id FROM caseload_clients WHERE candidate_id = $1)",
    )
    .bind(id)
    .bind(now)
    .execute(&mut **tx)
    .await?;
    sqlx::query(
        "UPDATE campaign_members SET state = 'exempted' WHERE state IN ('not_invited', 'invited') \
         AND client_id IN (SELECT id FROM caseload_clients WHERE candidate_id = $1)",
    )
    .bind(id)
    .execute(&mut **tx)
    .await?;
    for sql in [
        "UPDATE proposal_events SET note = '' WHERE proposal_id IN (SELECT id FROM proposals WHERE candidate_id = $1)",
        "UPDATE placements SET outcome_reason = NULL WHERE candidate_id = $1",
        "UPDATE checkins SET notes_work = '', notes_home = '', \
         flag_note = CASE WHEN flag_note IS NULL THEN NULL ELSE '' END \
         WHERE pairing_id IN (SELECT bp.id FROM buddy_pairings bp JOIN placements p ON p.id = bp.placement_id \
         WHERE p.candidate_id = $1)",
        // The road before the pool: what the intake recorded in words, the ladder's notes,
        // and the person as the caseload holds them. What the reports count by stays
        // coarse: municipality, district, the postcode's four digits, the birth year (the
        // age groups) and the benefit's start month. The client number becomes one no
        // import can make (imports write capitals), so the benefits system's next export
        // brings the person back as a new client, not into this row.
        "UPDATE intakes SET education = '', work_experience = '', languages = '' WHERE candidate_id = $1",
        "UPDATE ladder_measurements SET note = '' WHERE candidate_id = $1",
        // The plan in the person's words goes; what was done (kind, provider, dates, hours,
        // status) stays for the reports.
        "UPDATE plan_versions SET goals = '', person_commits = '', desk_commits = '', activities = '[]' \
         WHERE candidate_id = $1",
        "UPDATE plan_activities SET title = '', result = '' WHERE candidate_id = $1",
        "UPDATE invitations SET note = '' WHERE client_id IN (SELECT id FROM caseload_clients WHERE candidate_id = $1)",
        "UPDATE invitation_attempts SET note = '' WHERE invitation_id IN (SELECT i.id FROM invitations i \
         JOIN caseload_clients k ON k.id = i.client_id WHERE k.candidate_id = $1)",
        "UPDATE caseload_clients SET client_number = 'gewist-' || id, first_name = '', last_name = 'Geanonimiseerd', \
         address = '', email = '', phone = '', postcode = SUBSTR(postcode, 1, 4), \
         benefit_start = SUBSTR(benefit_start, 1, 7) || '-01' WHERE candidate_id = $1",
    ] {
        sqlx::query(sql).bind(id).execute(&mut **tx).await?;
    }
    sqlx::query(
        "UPDATE buddy_pairings SET end_date = $2 WHERE (end_date IS NULL OR end_date > $2) \
         AND placement_id IN (SELECT id FROM placements WHERE candidate_id = $1)",
    )
    .bind(id)
    .bind(today)
    .execute(&mut **tx)
    .await?;
    Ok(true)
}

/// Whether candidate `id` was anonymised.
pub async fn is_anonymised<'e, E>(executor: E, id: CandidateId) -> Result<bool, sqlx::Error>
where
    E: sqlx::Executor<'e, Database = Any>,
{
    let found: Option<i64> =
        sqlx::query_scalar("SELECT candidate_id FROM anonymisations WHERE candidate_id = $1")
            .bind(id)
            .fetch_optional(executor)
            .await?;
    Ok(found.is_some())
}

/// When, why and by whom candidate `id` was anonymised, if they were.
pub async fn anonymisation(db: &Db, id: CandidateId) -> Result<Option<Anonymisation>, sqlx::Error> {
    sqlx::query_as(
        "SELECT a.cause, a.reason, u.display_name AS \"by\", a.at FROM anonymisations a \
         LEFT JOIN users u ON u.id = a.by_user WHERE a.candidate_id = $1",
    )
    .bind(id)
    .fetch_optional(db.pool())
    .await
}

/// The candidate's proposals in full, with their history, oldest first.
pub async fn proposals(db: &Db, id: CandidateId) -> Result<Vec<AccessProposal>, sqlx::Error> {
    let mut proposals: Vec<AccessProposal> = sqlx::query_as(
        "SELECT p.id, o.title AS opening_title, e.name AS employer_name, p.status, p.motivation, \
         p.interview_at, p.interview_place, p.decline_reason, p.decline_note, p.created_at FROM proposals p \
         JOIN openings o ON o.id = p.opening_id JOIN employers e ON e.id = o.employer_id \
         WHERE p.candidate_id = $1 ORDER BY p.created_at, p.id",
    )
    .bind(id)
    .fetch_all(db.pool())
    .await?;
    for proposal in &mut proposals {
        proposal.events = sqlx::query_as(
            "SELECT status, note, at FROM proposal_events WHERE proposal_id = $1 ORDER BY at, id",
        )
        .bind(proposal.id)
        .fetch_all(db.pool())
        .await?;
    }
    Ok(proposals)
}

/// The candidate's placements, their buddy pairings and the check-ins, oldest first.
pub async fn placements(db: &Db, id: CandidateId) -> Result<Vec<AccessPlacement>, sqlx::Error> {
    let mut placements: Vec<AccessPlacement> = sqlx::query_as(
        "SELECT p.id, e.name AS employer_name, p.kind, p.start_date, p.planned_end_date, p.hours, \
         p.contract_type, p.outcome, p.outcome_reason, p.ended_on FROM placements p \
         JOIN employers e ON e.id = p.employer_id WHERE p.candidate_id = $1 ORDER BY p.start_date, p.id",
    )
    .bind(id)
    .fetch_all(db.pool())
    .await?;
    for placement in &mut placements {
        placement.pairings = pairings(db, placement.id).await?;
    }
    Ok(placements)
}

async fn pairings(db: &Db, placement: PlacementId) -> Result<Vec<AccessPairing>, sqlx::Error> {
    let mut pairings: Vec<AccessPairing> = sqlx::query_as(
        "SELECT bp.id, u.display_name AS buddy_name, bp.start_date, bp.end_date, bp.rhythm \
         FROM buddy_pairings bp JOIN users u ON u.id = bp.buddy_id WHERE bp.placement_id = $1 \
         ORDER BY bp.start_date, bp.id",
    )
    .bind(placement)
    .fetch_all(db.pool())
    .await?;
    for pairing in &mut pairings {
        pairing.checkins = sqlx::query_as(
            "SELECT held_on, mode, score, notes_work, notes_home, needs_desk FROM checkins \
             WHERE pairing_id = $1 ORDER BY held_on, id",
        )
        .bind(pairing.id)
        .fetch_all(db.pool())
        .await?;
    }
    Ok(pairings)
}

/// Who read or changed the candidate, their proposals or their placements, newest first
/// (at most `limit` lines).
pub async fn access_log(
    db: &Db,
    id: CandidateId,
    limit: i64,
) -> Result<Vec<AccessLogLine>, sqlx::Error> {
    sqlx::query_as(
        "SELECT l.at, u.display_name AS who, u.role, l.action, l.entity, l.entity_id FROM audit_log l \
         LEFT JOIN users u ON u.id = l.user_id \
         WHERE (l.entity = 'candidate' AND l.entity_id = $1) \
         OR (l.entity = 'proposal' AND l.entity_id IN (SELECT id FROM proposals WHERE candidate_id = $1)) \
         OR (l.entity = 'placement' AND l.entity_id IN (SELECT id FROM placements WHERE candidate_id = $1)) \
         ORDER BY l.at DESC, l.id DESC LIMIT $2",
    )
    .bind(id)
    .bind(limit)
    .fetch_all(db.pool())
    .await
}
