//! The candidate pool: profiles, their obstacles (a table of their own, read only for the
//! desk's candidate page), consents with their history, and the searches of the pool.

use super::Db;
use opstap_core::domain::candidates::{CandidateContent, Obstacles};
use opstap_core::domain::ids::CandidateId;
use opstap_core::domain::kinds::{
    join_codes, split_codes, CandidateStatus, ConsentScope, Motivation, Sector, TargetGroup,
};
use opstap_core::sql::Flag;
use opstap_core::wire::candidates::{
    CandidateLine, CandidateProposal, CandidateRecord, ConsentLine,
};
use sqlx::{Any, FromRow, Row, Transaction};

const COLUMNS: &str = "c.id, c.client_number, c.first_name, c.last_name, c.email, c.phone, c.municipality, \
    c.postcode, c.birth_year, c.education_level, c.dutch_level, c.driving_licence, c.hours_available, \
    c.sectors_wanted, c.occupations_wanted, c.skills, c.talents, c.hobbies, c.ambitions, c.target_groups, \
    c.personal_plan, c.motivation, c.motivation_note, c.consultant_id, c.status, c.registered_on, c.exited_on, \
    c.created_at, c.updated_at, u.display_name AS consultant_name";

fn from_row(r: &sqlx::any::AnyRow) -> Result<CandidateRecord, sqlx::Error> {
    let text = |c: &str| -> Result<String, sqlx::Error> { r.try_get(c) };
    Ok(CandidateRecord {
        id: r.try_get("id")?,
        consultant_name: r.try_get("consultant_name")?,
        registered_on: text("registered_on")?,
        exited_on: r.try_get("exited_on")?,
        created_at: r.try_get("created_at")?,
        updated_at: r.try_get("updated_at")?,
        content: CandidateContent {
            client_number: text("client_number")?,
            first_name: text("first_name")?,
            last_name: text("last_name")?,
            email: text("email")?,
            phone: text("phone")?,
            municipality: text("municipality")?,
            postcode: text("postcode")?,
            birth_year: r.try_get("birth_year")?,
            education_level: r.try_get("education_level")?,
            dutch_level: r.try_get("dutch_level")?,
            driving_licence: r.try_get::<Flag, _>("driving_licence")?.into(),
            hours_available: r.try_get("hours_available")?,
            sectors_wanted: split_codes(&text("sectors_wanted")?, Sector::parse),
            occupations_wanted: text("occupations_wanted")?,
            skills: text("skills")?,
            talents: text("talents")?,
            hobbies: text("hobbies")?,
            ambitions: text("ambitions")?,
            target_groups: split_codes(&text("target_groups")?, TargetGroup::parse),
            personal_plan: text("personal_plan")?,
            motivation: Motivation::parse(&text("motivation")?).unwrap_or(Motivation::Unknown),
            motivation_note: text("motivation_note")?,
            consultant_id: r.try_get("consultant_id")?,
            status: r.try_get("status")?,
        },
    })
}

type AnyQuery<'q> = sqlx::query::Query<'q, Any, sqlx::any::AnyArguments<'q>>;

/// The 23 profile columns set from `$1`…`$23`, in [`bind_content`]'s order.
const SET_PROFILE: &str = "client_number = $1, first_name = $2, last_name = $3, email = $4, phone = $5, \
         municipality = $6, postcode = $7, birth_year = $8, education_level = $9, dutch_level = $10, \
         driving_licence = $11, hours_available = $12, sectors_wanted = $13, occupations_wanted = $14, \
         skills = $15, talents = $16, hobbies = $17, ambitions = $18, target_groups = $19, personal_plan = $20, \
         motivation = $21, motivation_note = $22, consultant_id = $23";

/// Binds the 23 profile columns in the order the statements below list them.
fn bind_content<'q>(query: AnyQuery<'q>, c: &'q CandidateContent) -> AnyQuery<'q> {
    query
        .bind(&c.client_number)
        .bind(&c.first_name)
        .bind(&c.last_name)
        .bind(&c.email)
        .bind(&c.phone)
        .bind(&c.municipality)
        .bind(&c.postcode)
        .bind(c.birth_year)
        .bind(c.education_level)
        .bind(c.dutch_level)
        .bind(i64::from(c.driving_licence))
        .bind(c.hours_available)
        .bind(join_codes(&c.sectors_wanted, Sector::as_str))
        .bind(&c.occupations_wanted)
        .bind(&c.skills)
        .bind(&c.talents)
        .bind(&c.hobbies)
        .bind(&c.ambitions)
        .bind(join_codes(&c.target_groups, TargetGroup::as_str))
        .bind(&c.personal_plan)
        .bind(c.motivation)
        .bind(&c.motivation_note)
        .bind(c.consultant_id)
}

/// Stores a new candidate and their obstacles; a client number already known is a
/// duplicate error.
pub async fn insert(
    tx: &mut Transaction<'_, Any>,
    c: &CandidateContent,
    obstacles: &Obstacles,
    registered_on: &str,
    now: i64,
) -> Result<CandidateId, sqlx::Error> {
    super::read_cache::people_changed();
    let query = sqlx::query(
        "INSERT INTO candidates (client_number, first_name, last_name, email, phone, municipality, postcode, \
         birth_year, education_level, dutch_level, driving_licence, hours_available, sectors_wanted, \
         occupations_wanted, skills, talents, hobbies, ambitions, target_groups, personal_plan, motivation, \
         motivation_note, consultant_id, status, registered_on, exited_on, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, \
         $21, $22, $23, $24, $25, CASE WHEN $24 = 'exited' THEN $25 ELSE NULL END, $26, $26) RETURNING id",
    );
    let row = bind_content(query, c)
        .bind(c.status)
        .bind(registered_on)
        .bind(now)
        .fetch_one(&mut **tx)
        .await?;
    let id: CandidateId = row.try_get("id")?;
    save_obstacles(tx, id, obstacles, now).await?;
    Ok(id)
}

/// Replaces a candidate's profile and obstacles. Leaving the service (`exited`) records
/// the day; coming back clears it.
pub async fn update(
    tx: &mut Transaction<'_, Any>,
    id: CandidateId,
    c: &CandidateContent,
    obstacles: &Obstacles,
    today: &str,
    now: i64,
) -> Result<(), sqlx::Error> {
    super::read_cache::people_changed();
    let sql = format!(
        "UPDATE candidates SET {SET_PROFILE}, \
         exited_on = CASE WHEN $24 <> 'exited' THEN NULL WHEN status = 'exited' THEN exited_on ELSE $25 END, \
         status = $24, updated_at = $26 WHERE id = $27"
    );
    let query = sqlx::query(&sql);
    bind_content(query, c)
        .bind(c.status)
        .bind(today)
        .bind(now)
        .bind(id)
        .execute(&mut **tx)
        .await?;
    save_obstacles(tx, id, obstacles, now).await
}

async fn save_obstacles(
    tx: &mut Transaction<'_, Any>,
    id: CandidateId,
    o: &Obstacles,
    now: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO candidate_obstacles (candidate_id, debts, childcare, health, housing, notes, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (candidate_id) DO UPDATE SET debts = excluded.debts, \
         childcare = excluded.childcare, health = excluded.health, housing = excluded.housing, \
         notes = excluded.notes, updated_at = excluded.updated_at",
    )
    .bind(id)
    .bind(i64::from(o.debts))
    .bind(i64::from(o.childcare))
    .bind(i64::from(o.health))
    .bind(i64::from(o.housing))
    .bind(&o.notes)
    .bind(now)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// Moves a candidate to `to` if their status is one of `from`.
pub async fn set_status<'e, E>(
    executor: E,
    id: CandidateId,
    from: &[CandidateStatus],
    to: CandidateStatus,
    now: i64,
) -> Result<bool, sqlx::Error>
where
    E: sqlx::Executor<'e, Database = Any>,
{
    let list: Vec<String> = (0..from.len()).map(|i| format!("${}", i + 4)).collect();
    let sql = format!(
        "UPDATE candidates SET status = $2, updated_at = $3 WHERE id = $1 AND status IN ({})",
        list.join(", ")
    );
    let mut query = sqlx::query(&sql).bind(id).bind(to).bind(now);
    for status in from {
        query = query.bind(*status);
    }
    let done = query.execute(executor).await?;
    Ok(done.rows_affected() == 1)
}

pub async fn find(db: &Db, id: CandidateId) -> Result<Option<CandidateRecord>, sqlx::Error> {
    find_in(db.pool(), id).await
}

/// [`find`] inside a transaction (or on any executor).
pub async fn find_in<'e, E>(
    executor: E,
    id: CandidateId,
) -> Result<Option<CandidateRecord>, sqlx::Error>
where
    E: sqlx::Executor<'e, Database = Any>,
{
    let row = sqlx::query(&format!(
        "SELECT {COLUMNS} FROM candidates c LEFT JOIN users u ON u.id = c.consultant_id WHERE c.id = $1"
    ))
    .bind(id)
    .fetch_optional(executor)
    .await?;
    row.as_ref().map(from_row).transpose()
}

/// Writes an anonymised profile (see `domain::retention::anonymised`) and removes the
/// obstacles. A candidate who had not left yet gets `today` as their leaving day.
pub async fn overwrite_anonymised(
    tx: &mut Transaction<'_, Any>,
    id: CandidateId,
    c: &CandidateContent,
    today: &str,
    now: i64,
) -> Result<(), sqlx::Error> {
    super::read_cache::people_changed();
    let sql = format!(
        "UPDATE candidates SET {SET_PROFILE}, status = $24, \
         exited_on = COALESCE(exited_on, $25), updated_at = $26 WHERE id = $27"
    );
    let query = sqlx::query(&sql);
    bind_content(query, c)
        .bind(c.status)
        .bind(today)
        .bind(now)
        .bind(id)
        .execute(&mut **tx)
        .await?;
    sqlx::query("DELETE FROM candidate_obstacles WHERE candidate_id = $1")
        .bind(id)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

/// The id of the candidate with this client number.
pub async fn id_of_client_number(
    db: &Db,
    number: &str,
) -> Result<Option<CandidateId>, sqlx::Error> {
    sqlx::query_scalar("SELECT id FROM candidates WHERE client_number = $1")
        .bind(number)
        .fetch_optional(db.pool())
        .await
}

pub async fn obstacles(db: &Db, id: CandidateId) -> Result<Obstacles, sqlx::Error> {
    let row = sqlx::query_as(
        "SELECT debts, childcare, health, housing, notes FROM candidate_obstacles WHERE candidate_id = $1",
    )
    .bind(id)
    .fetch_optional(db.pool())
    .await?;
    Ok(row.unwrap_or_default())
}

/// Records a consent given on `given_on`, by `by`.
pub async fn add_consent<'e, E>(
    executor: E,
    id: CandidateId,
    scope: ConsentScope,
    given_on: &str,
    by: i64,
    now: i64,
) -> Result<(), sqlx::Error>
where
    E: sqlx::Executor<'e, Database = Any>,
{
    sqlx::query(
        "INSERT INTO consents (candidate_id, scope, given_on, recorded_by, created_at) VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(id)
    .bind(scope)
    .bind(given_on)
    .bind(by)
    .bind(now)
    .execute(executor)
    .await?;
    Ok(())
}

/// Withdraws every consent in force; false when there was none.
pub async fn withdraw_consent<'e, E>(
    executor: E,
    id: CandidateId,
    on: &str,
) -> Result<bool, sqlx::Error>
where
    E: sqlx::Executor<'e, Database = Any>,
{
    let done = sqlx::query(
        "UPDATE consents SET withdrawn_on = $2 WHERE candidate_id = $1 AND withdrawn_on IS NULL",
    )
    .bind(id)
    .bind(on)
    .execute(executor)
    .await?;
    Ok(done.rows_affected() > 0)
}

/// Every consent of a candidate, newest first.
pub async fn consents(db: &Db, id: CandidateId) -> Result<Vec<ConsentLine>, sqlx::Error> {
    sqlx::query_as(
        "SELECT k.id, k.scope, k.given_on, u.display_name AS recorded_by, k.withdrawn_on FROM consents k \
         LEFT JOIN users u ON u.id = k.recorded_by WHERE k.candidate_id = $1 ORDER BY k.given_on DESC, k.id DESC",
    )
    .bind(id)
    .fetch_all(db.pool())
    .await
}

/// The scope of the consent in force, if any.
pub async fn consent_in_force<'e, E>(
    executor: E,
    id: CandidateId,
) -> Result<Option<ConsentScope>, sqlx::Error>
where
    E: sqlx::Executor<'e, Database = Any>,
{
    sqlx::query_scalar(
        "SELECT scope FROM consents WHERE candidate_id = $1 AND withdrawn_on IS NULL ORDER BY given_on DESC, id DESC LIMIT 1",
    )
    .bind(id)
    .fetch_optional(executor)
    .await
}

/// The proposals of one candidate, newest first.
pub async fn proposals(db: &Db, id: CandidateId) -> Result<Vec<CandidateProposal>, sqlx::Error> {
    sqlx::query_as(
        "SELECT p.id, p.opening_id, o.title AS opening_title, e.name AS employer_name, p.status, p.updated_at \
         FROM proposals p JOIN openings o ON o.id = p.opening_id JOIN employers e ON e.id = o.employer_id \
         WHERE p.candidate_id = $1 ORDER BY p.updated_at DESC, p.id DESC",
    )
    .bind(id)
    .fetch_all(db.pool())
    .await
}

/// A value to bind to a search.
#[derive(Clone)]
enum Bind {
    T(String),
    I(i64),
}

/// Filters of the pool: each is ignored when empty.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PoolFilter {
    pub text: String,
    pub municipality: String,
    pub sector: Option<Sector>,
    pub group: Option<TargetGroup>,
    pub statuses: Vec<CandidateStatus>,
    pub consultant: Option<i64>,
    pub min_hours: Option<i64>,
    pub only_with_consent: bool,
}

const CONSENT_IN_FORCE: &str =
    "EXISTS (SELECT 1 FROM consents k WHERE k.candidate_id = c.id AND k.withdrawn_on IS NULL)";

fn where_clause(f: &PoolFilter) -> (String, Vec<Bind>) {
    let mut conditions: Vec<String> = Vec::new();
    let mut binds: Vec<Bind> = Vec::new();
    let next = |b: Bind, binds: &mut Vec<Bind>| {
        binds.push(b);
        format!("${}", binds.len())
    };
    let text = f.text.trim();
    if !text.is_empty() {
        let name = next(Bind::T(format!("%{}%", text.to_lowercase())), &mut binds);
        let number = next(
            Bind::T(format!("{}%", text.to_uppercase().replace(' ', ""))),
            &mut binds,
        );
        conditions.push(format!(
            "(LOWER(c.first_name || ' ' || c.last_name) LIKE {name} OR c.client_number LIKE {number})"
        ));
    }
    if !f.municipality.trim().is_empty() {
        let p = next(Bind::T(f.municipality.trim().to_lowercase()), &mut binds);
        conditions.push(format!("LOWER(c.municipality) = {p}"));
    }
    if let Some(s) = f.sector {
        let p = next(Bind::T(format!("%,{},%", s.as_str())), &mut binds);
        conditions.push(format!("(',' || c.sectors_wanted || ',') LIKE {p}"));
    }
    if let Some(g) = f.group {
        let p = next(Bind::T(format!("%,{},%", g.as_str())), &mut binds);
        conditions.push(format!("(',' || c.target_groups || ',') LIKE {p}"));
    }
    if !f.statuses.is_empty() {
        let list: Vec<String> = f
            .statuses
            .iter()
            .map(|s| next(Bind::T(s.as_str().to_string()), &mut binds))
            .collect();
        conditions.push(format!("c.status IN ({})", list.join(", ")));
    }
    if let Some(id) = f.consultant {
        let p = next(Bind::I(id), &mut binds);
        conditions.push(format!("c.consultant_id = {p}"));
    }
    if let Some(h) = f.min_hours {
        let p = next(Bind::I(h), &mut binds);
        conditions.push(format!("c.hours_available >= {p}"));
    }
    if f.only_with_consent {
        conditions.push(CONSENT_IN_FORCE.to_string());
    }
    let clause = if conditions.is_empty() {
        String::new()
    } else {
        format!("WHERE {}", conditions.join(" AND "))
    };
    (clause, binds)
}

fn bind_all<'q>(mut query: AnyQuery<'q>, binds: Vec<Bind>) -> AnyQuery<'q> {
    for b in binds {
        query = match b {
            Bind::T(t) => query.bind(t),
            Bind::I(i) => query.bind(i),
        };
    }
    query
}

/// One page of the pool matching `f`, by last name; and how many match in all. The count
/// comes with the page's rows (a subquery the database runs once), so a page is one
/// round trip; only a page past the end asks again.
pub async fn search(
    db: &Db,
    f: &PoolFilter,
    limit: i64,
    offset: i64,
) -> Result<(i64, Vec<CandidateLine>), sqlx::Error> {
    let (clause, binds) = where_clause(f);
    let sql = format!(
        "SELECT c.id, c.client_number, c.first_name || ' ' || c.last_name AS name, c.municipality, c.status, \
         u.display_name AS consultant, CASE WHEN {CONSENT_IN_FORCE} THEN 1 ELSE 0 END AS consent, \
         (SELECT COUNT(*) FROM candidates c {clause}) AS total \
         FROM candidates c LEFT JOIN users u ON u.id = c.consultant_id {clause} \
         ORDER BY c.last_name, c.first_name, c.id LIMIT {limit} OFFSET {offset}"
    );
    let rows = bind_all(sqlx::query(&sql), binds.clone())
        .fetch_all(db.pool())
        .await?;
    let total: i64 = match rows.first() {
        Some(row) => row.try_get("total")?,
        None => {
            let sql = format!("SELECT COUNT(*) AS count FROM candidates c {clause}");
            bind_all(sqlx::query(&sql), binds)
                .fetch_one(db.pool())
                .await?
                .try_get("count")?
        }
    };
    let lines = rows
        .iter()
        .map(CandidateLine::from_row)
        .collect::<Result<Vec<_>, sqlx::Error>>()?;
    Ok((total, lines))
}

/// The ids of the candidates `f` asks for (for the matching pool in memory, when the
/// filter asks for a name or a consultant, which the pool does not hold).
pub async fn ids(db: &Db, f: &PoolFilter) -> Result<Vec<CandidateId>, sqlx::Error> {
    let (clause, binds) = where_clause(f);
    let sql = format!("SELECT c.id FROM candidates c {clause}");
    let rows = bind_all(sqlx::query(&sql), binds)
        .fetch_all(db.pool())
        .await?;
    rows.iter().map(|r| r.try_get("id")).collect()
}

/// The municipalities candidates live in, for the filters (kept a moment, see
/// `read_cache`: the scan of 30,000 candidates was half the candidate list's database time).
pub async fn municipalities(db: &Db) -> Result<Vec<String>, sqlx::Error> {
    db.lists_cache()
        .get_or_load("municipalities", || {
            sqlx::query_scalar("SELECT DISTINCT municipality FROM candidates ORDER BY municipality")
                .fetch_all(db.pool())
        })
        .await
}

/// Desk staff who can be a candidate's consultant: `(id, name)` (kept a moment, like
/// [`municipalities`]).
pub async fn consultants(db: &Db) -> Result<Vec<(i64, String)>, sqlx::Error> {
    db.lists_cache()
        .get_or_load("consultants", || async {
            sqlx::query_as(
                "SELECT id, display_name FROM users WHERE role IN ('desk', 'admin') AND active = 1 ORDER BY display_name",
            )
            .fetch_all(db.pool())
            .await
        })
        .await
}
