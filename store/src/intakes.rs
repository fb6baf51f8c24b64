//! The intake tables: one record per held conversation and the participation ladder's
//! measurements. The candidate an intake creates or updates is written through
//! `store::candidates` in the same transaction (the matching pool follows through its
//! triggers); this module keeps what only the intake knows.

use super::{Backend, Db, WriteTx};
use opstap_core::domain::ids::CandidateId;
use opstap_core::domain::intake::form::IntakeContent;
use opstap_core::domain::intake::ladder::LadderEntry;
use opstap_core::domain::intake::Transport;
use opstap_core::domain::kinds::{join_codes, split_codes};
use opstap_core::wire::intake::{IntakeRecord, LadderLine};
use sqlx::FromRow;

/// A client of the caseload as an intake needs them.
#[derive(Clone, Debug, FromRow)]
pub struct ClientRow {
    pub id: i64,
    pub client_number: String,
    pub first_name: String,
    pub last_name: String,
    pub postcode: String,
    pub municipality: String,
    pub birth_year: i64,
    pub benefit_start: String,
    pub email: String,
    pub phone: String,
    pub candidate_id: Option<CandidateId>,
}

pub async fn client(db: &Db, id: i64) -> Result<Option<ClientRow>, sqlx::Error> {
    sqlx::query_as(
        "SELECT id, client_number, first_name, last_name, postcode, municipality, birth_year, benefit_start, \
         email, phone, candidate_id FROM caseload_clients WHERE id = $1",
    )
    .bind(id)
    .fetch_optional(db.pool())
    .await
}

/// On PostgreSQL, two desks completing the intake of one client take turns (SQLite's
/// write lock already serialises every write transaction), so one candidate is made.
pub async fn lock_client(tx: &mut WriteTx, backend: Backend, id: i64) -> Result<(), sqlx::Error> {
    if backend == Backend::Postgres {
        sqlx::query("SELECT id FROM caseload_clients WHERE id = $1 FOR UPDATE")
            .bind(id)
            .fetch_optional(&mut ***tx)
            .await?;
    }
    Ok(())
}

/// Whether candidate `id` may still be written to, asked inside the write: false once they
/// were anonymised. On PostgreSQL it first takes the candidate's row lock, which an
/// anonymisation also takes (it overwrites that row): a write that comes second sees the
/// anonymisation, and one that comes first is anonymised with the rest. SQLite's write
/// lock already puts the two one after the other.
pub async fn lock_unless_anonymised(
    tx: &mut WriteTx,
    backend: Backend,
    id: CandidateId,
) -> Result<bool, sqlx::Error> {
    if backend == Backend::Postgres {
        sqlx::query("SELECT id FROM candidates WHERE id = $1 FOR UPDATE")
            .bind(id)
            .fetch_optional(&mut ***tx)
            .await?;
    }
    Ok(!super::privacy::is_anonymised(&mut ***tx, id).await?)
}

/// The candidate the client became, read inside the write (after the lock).
pub async fn candidate_of_client(
    tx: &mut WriteTx,
    id: i64,
) -> Result<Option<CandidateId>, sqlx::Error> {
    sqlx::query_scalar::<_, Option<CandidateId>>(
        "SELECT candidate_id FROM caseload_clients WHERE id = $1",
    )
    .bind(id)
    .fetch_optional(&mut ***tx)
    .await
    .map(Option::flatten)
}

/// Notes that the client became this candidate.
pub async fn link_client(
    tx: &mut WriteTx,
    client: i64,
    candidate: CandidateId,
    now: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE caseload_clients SET candidate_id = $2, updated_at = $3 WHERE id = $1")
        .bind(client)
        .bind(candidate)
        .bind(now)
        .execute(&mut ***tx)
        .await?;
    Ok(())
}

/// What an intake stores besides the candidate.
pub struct NewIntake<'a> {
    pub invitation: i64,
    pub client: i64,
    pub candidate: CandidateId,
    pub held_on: &'a str,
    pub consultant: i64,
    pub content: &'a IntakeContent,
    pub by: i64,
    pub now: i64,
}

/// Stores the intake of an invitation, or changes the one stored: the same form posted
/// twice leaves one record. Answers its id.
pub async fn save(tx: &mut WriteTx, i: &NewIntake<'_>) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar(
        "INSERT INTO intakes (invitation_id, client_id, candidate_id, held_on, consultant_id, education, \
         work_experience, languages, language_course, transport, recorded_by, recorded_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $12) \
         ON CONFLICT (invitation_id) DO UPDATE SET candidate_id = excluded.candidate_id, held_on = excluded.held_on, \
         education = excluded.education, work_experience = excluded.work_experience, languages = excluded.languages, \
         language_course = excluded.language_course, transport = excluded.transport, updated_at = excluded.updated_at \
         RETURNING id",
    )
    .bind(i.invitation)
    .bind(i.client)
    .bind(i.candidate)
    .bind(i.held_on)
    .bind(i.consultant)
    .bind(&i.content.education)
    .bind(&i.content.work_experience)
    .bind(&i.content.languages)
    .bind(i64::from(i.content.language_course))
    .bind(join_codes(&i.content.transport, Transport::as_str))
    .bind(i.by)
    .bind(i.now)
    .fetch_one(&mut ***tx)
    .await
}

/// A measurement on the ladder. With `intake`, the one of that intake (recorded again, it
/// is changed, not added).
pub struct NewMeasurement<'a> {
    pub candidate: CandidateId,
    pub intake: Option<i64>,
    pub measured_on: &'a str,
    pub entry: &'a LadderEntry,
    pub by: i64,
    pub now: i64,
}

pub async fn measure(tx: &mut WriteTx, m: &NewMeasurement<'_>) -> Result<(), sqlx::Error> {
    let sql = if m.intake.is_some() {
        "INSERT INTO ladder_measurements (candidate_id, intake_id, measured_on, step, potential, note, measured_by, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (intake_id) DO UPDATE SET measured_on = excluded.measured_on, \
         step = excluded.step, potential = excluded.potential, note = excluded.note, measured_by = excluded.measured_by"
    } else {
        "INSERT INTO ladder_measurements (candidate_id, intake_id, measured_on, step, potential, note, measured_by, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)"
    };
    sqlx::query(sql)
        .bind(m.candidate)
        .bind(m.intake)
        .bind(m.measured_on)
        .bind(m.entry.step)
        .bind(m.entry.potential)
        .bind(&m.entry.note)
        .bind(m.by)
        .bind(m.now)
        .execute(&mut ***tx)
        .await?;
    Ok(())
}

/// A later measurement identical to one already stored for that day (a form posted
/// twice) is not added again. Asked inside the write, after
/// [`lock_unless_anonymised`], so two posts at the same moment add one.
pub async fn has_measurement(
    tx: &mut WriteTx,
    candidate: CandidateId,
    measured_on: &str,
    entry: &LadderEntry,
) -> Result<bool, sqlx::Error> {
    let n: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM ladder_measurements WHERE candidate_id = $1 AND measured_on = $2 AND step = $3 \
         AND potential = $4 AND note = $5 AND intake_id IS NULL",
    )
    .bind(candidate)
    .bind(measured_on)
    .bind(entry.step)
    .bind(entry.potential)
    .bind(&entry.note)
    .fetch_one(&mut ***tx)
    .await?;
    Ok(n > 0)
}

/// The intake recorded for an invitation, if any.
pub async fn of_invitation(
    db: &Db,
    invitation: i64,
) -> Result<Option<(IntakeContent, Option<LadderEntry>)>, sqlx::Error> {
    #[derive(FromRow)]
    struct Row {
        held_on: String,
        education: String,
        work_experience: String,
        languages: String,
        #[sqlx(try_from = "opstap_core::sql::Flag")]
        language_course: bool,
        transport: String,
        step: Option<i64>,
        potential: Option<i64>,
        note: Option<String>,
    }
    let row: Option<Row> = sqlx::query_as(
        "SELECT i.held_on, i.education, i.work_experience, i.languages, i.language_course, i.transport, \
         l.step, l.potential, l.note FROM intakes i LEFT JOIN ladder_measurements l ON l.intake_id = i.id \
         WHERE i.invitation_id = $1",
    )
    .bind(invitation)
    .fetch_optional(db.pool())
    .await?;
    Ok(row.map(|r| {
        let ladder = match (r.step, r.potential) {
            (Some(step), Some(potential)) => Some(LadderEntry {
                step,
                potential,
                note: r.note.unwrap_or_default(),
            }),
            _ => None,
        };
        (
            IntakeContent {
                held_on: opstap_core::domain::dates::parse_iso_date(&r.held_on).unwrap_or(0),
                education: r.education,
                work_experience: r.work_experience,
                languages: r.languages,
                language_course: r.language_course,
                transport: split_codes(&r.transport, Transport::parse),
            },
            ladder,
        )
    }))
}

/// A candidate's intakes, newest first.
pub async fn of_candidate(db: &Db, id: CandidateId) -> Result<Vec<IntakeRecord>, sqlx::Error> {
    sqlx::query_as(
        "SELECT i.id, i.invitation_id, c.name AS campaign_name, i.held_on, u.display_name AS consultant, \
         i.education, i.work_experience, i.languages, i.language_course, i.transport, i.recorded_at \
         FROM intakes i JOIN invitations v ON v.id = i.invitation_id JOIN campaigns c ON c.id = v.campaign_id \
         JOIN users u ON u.id = i.consultant_id WHERE i.candidate_id = $1 ORDER BY i.held_on DESC, i.id DESC",
    )
    .bind(id)
    .fetch_all(db.pool())
    .await
}

/// A candidate's ladder measurements, newest first.
pub async fn ladder(db: &Db, id: CandidateId) -> Result<Vec<LadderLine>, sqlx::Error> {
    sqlx::query_as(
        "SELECT l.id, l.measured_on, l.step, l.potential, l.note, u.display_name AS measured_by, \
         CASE WHEN l.intake_id IS NULL THEN 0 ELSE 1 END AS at_intake \
         FROM ladder_measurements l JOIN users u ON u.id = l.measured_by WHERE l.candidate_id = $1 \
         ORDER BY l.measured_on DESC, l.id DESC",
    )
    .bind(id)
    .fetch_all(db.pool())
    .await
}

/// The ladder's movement in a period (`YYYY-MM-DD`, both included): for everyone measured
/// at least twice in it (of `municipality` only, when given), their first step in it and
/// their last (measurements of one day in the order made), counted by the database as
/// `(from, to, people)` — a few dozen rows, however many people.
pub async fn movement_pairs(
    db: &Db,
    from: &str,
    to: &str,
    municipality: &str,
) -> Result<Vec<(i64, i64, i64)>, sqlx::Error> {
    let (join, filter) = municipality_filter(municipality, "$3");
    let sql = format!(
        "SELECT first_step, last_step, COUNT(*) FROM (SELECT \
         (SELECT f.step FROM ladder_measurements f WHERE f.candidate_id = g.candidate_id \
          AND f.measured_on >= $1 AND f.measured_on <= $2 ORDER BY f.measured_on, f.id LIMIT 1) AS first_step, \
         (SELECT f.step FROM ladder_measurements f WHERE f.candidate_id = g.candidate_id \
          AND f.measured_on >= $1 AND f.measured_on <= $2 ORDER BY f.measured_on DESC, f.id DESC LIMIT 1) AS last_step \
         FROM (SELECT l.candidate_id FROM ladder_measurements l {join} \
          WHERE l.measured_on >= $1 AND l.measured_on <= $2 {filter} \
          GROUP BY l.candidate_id HAVING COUNT(*) >= 2) g) x \
         GROUP BY first_step, last_step"
    );
    let mut q = sqlx::query_as(&sql).bind(from).bind(to);
    if !municipality.is_empty() {
        q = q.bind(municipality);
    }
    q.fetch_all(db.pool()).await
}

/// The join and condition that keep the measurements of one municipality's people; none
/// for the whole region (so the database need not look each person up).
fn municipality_filter(municipality: &str, mark: &str) -> (&'static str, String) {
    if municipality.is_empty() {
        ("", String::new())
    } else {
        (
            "JOIN candidates c ON c.id = l.candidate_id",
            format!("AND c.municipality = {mark}"),
        )
    }
}

/// Everyone's latest ladder step on `on` (`YYYY-MM-DD`), of `municipality` only when
/// given, counted per step by the database: `(step, people)`.
pub async fn latest_steps(
    db: &Db,
    on: &str,
    municipality: &str,
) -> Result<Vec<(i64, i64)>, sqlx::Error> {
    let (join, filter) = municipality_filter(municipality, "$2");
    let sql = format!(
        "SELECT step, COUNT(*) FROM (SELECT (SELECT m.step FROM ladder_measurements m \
         WHERE m.candidate_id = g.candidate_id AND m.measured_on <= $1 \
         ORDER BY m.measured_on DESC, m.id DESC LIMIT 1) AS step \
         FROM (SELECT DISTINCT l.candidate_id FROM ladder_measurements l {join} \
         WHERE l.measured_on <= $1 {filter}) g) x GROUP BY step"
    );
    let mut q = sqlx::query_as(&sql).bind(on);
    if !municipality.is_empty() {
        q = q.bind(municipality);
    }
    q.fetch_all(db.pool()).await
}

/// People still in the desk's care whose last measurement was on or before `before`
/// (`YYYY-MM-DD`): a new one is due. `(candidate, name, last measured on)`, oldest first.
pub async fn measurements_due(
    db: &Db,
    before: &str,
    limit: i64,
) -> Result<(i64, Vec<(CandidateId, String, String)>), sqlx::Error> {
    const FROM: &str = "FROM candidates c JOIN (SELECT candidate_id, MAX(measured_on) AS last_on \
         FROM ladder_measurements GROUP BY candidate_id) l ON l.candidate_id = c.id \
         WHERE c.status <> 'exited' AND l.last_on <= $1 \
         AND NOT EXISTS (SELECT 1 FROM anonymisations a WHERE a.candidate_id = c.id)";
    let total: i64 = sqlx::query_scalar(&format!("SELECT COUNT(*) {FROM}"))
        .bind(before)
        .fetch_one(db.pool())
        .await?;
    let lines = sqlx::query_as(&format!(
        "SELECT c.id, c.first_name || ' ' || c.last_name AS name, l.last_on {FROM} ORDER BY l.last_on, c.id LIMIT $2"
    ))
    .bind(before)
    .bind(limit)
    .fetch_all(db.pool())
    .await?;
    Ok((total, lines))
}
