//! Openings and their history. Every status change writes a history row in the same
//! transaction, so the history is the full record of who did what when.

use super::Db;
use opstap_core::domain::ids::{EmployerId, OpeningId};
use opstap_core::domain::kinds::{join_codes, split_codes, OpeningStatus, TargetGroup};
use opstap_core::domain::openings::OpeningContent;
use opstap_core::sql::Flag;
use opstap_core::wire::openings::{HistoryLine, OpeningRow};
use sqlx::{Any, Row, Transaction};

pub(super) const COLUMNS: &str = "o.id, o.employer_id, e.name AS employer_name, o.kind, o.title, o.description, o.sector, \
    o.municipality, o.postcode, o.hours_min, o.hours_max, o.positions, o.start_date, o.closing_date, o.contract_type, \
    o.salary_min, o.salary_max, o.diploma_required, o.dutch_level, o.driving_licence, o.support_job_coach, \
    o.support_training, o.support_adapted_hours, o.target_groups, o.wage_subsidy, o.status, o.reject_reason, \
    o.created_at, o.updated_at, o.published_at";

pub(super) fn from_row(r: &sqlx::any::AnyRow) -> Result<OpeningRow, sqlx::Error> {
    let flag = |c: &str| -> Result<bool, sqlx::Error> { Ok(r.try_get::<Flag, _>(c)?.into()) };
    let salary_min: Option<i64> = r.try_get("salary_min")?;
    let salary_max: Option<i64> = r.try_get("salary_max")?;
    let groups: String = r.try_get("target_groups")?;
    Ok(OpeningRow {
        id: r.try_get("id")?,
        employer_id: r.try_get("employer_id")?,
        employer_name: r.try_get("employer_name")?,
        status: r.try_get("status")?,
        reject_reason: r.try_get("reject_reason")?,
        created_at: r.try_get("created_at")?,
        updated_at: r.try_get("updated_at")?,
        published_at: r.try_get("published_at")?,
        content: OpeningContent {
            kind: r.try_get("kind")?,
            title: r.try_get("title")?,
            description: r.try_get("description")?,
            sector: r.try_get("sector")?,
            municipality: r.try_get("municipality")?,
            postcode: r.try_get("postcode")?,
            hours_min: r.try_get("hours_min")?,
            hours_max: r.try_get("hours_max")?,
            positions: r.try_get("positions")?,
            start_date: r.try_get("start_date")?,
            closing_date: r.try_get("closing_date")?,
            contract_type: r.try_get("contract_type")?,
            salary: salary_min.zip(salary_max),
            diploma_required: flag("diploma_required")?,
            dutch_level: r.try_get("dutch_level")?,
            driving_licence: flag("driving_licence")?,
            support_job_coach: flag("support_job_coach")?,
            support_training: flag("support_training")?,
            support_adapted_hours: flag("support_adapted_hours")?,
            target_groups: split_codes(&groups, TargetGroup::parse),
            wage_subsidy: flag("wage_subsidy")?,
        },
    })
}

fn b(x: bool) -> i64 {
    i64::from(x)
}

type AnyQuery<'q> = sqlx::query::Query<'q, Any, sqlx::any::AnyArguments<'q>>;

/// Binds the 22 content columns, in the order both statements below list them.
fn bind_content<'q>(query: AnyQuery<'q>, c: &'q OpeningContent) -> AnyQuery<'q> {
    query
        .bind(c.kind)
        .bind(&c.title)
        .bind(&c.description)
        .bind(c.sector)
        .bind(&c.municipality)
        .bind(&c.postcode)
        .bind(c.hours_min)
        .bind(c.hours_max)
        .bind(c.positions)
        .bind(&c.start_date)
        .bind(&c.closing_date)
        .bind(c.contract_type)
        .bind(c.salary.map(|s| s.0))
        .bind(c.salary.map(|s| s.1))
        .bind(b(c.diploma_required))
        .bind(c.dutch_level)
        .bind(b(c.driving_licence))
        .bind(b(c.support_job_coach))
        .bind(b(c.support_training))
        .bind(b(c.support_adapted_hours))
        .bind(join_codes(&c.target_groups, TargetGroup::as_str))
        .bind(b(c.wage_subsidy))
}

/// Stores a new opening in `status` and its first history row.
pub async fn insert(
    tx: &mut Transaction<'_, Any>,
    employer_id: EmployerId,
    c: &OpeningContent,
    status: OpeningStatus,
    by: i64,
    now: i64,
) -> Result<OpeningId, sqlx::Error> {
    super::read_cache::openings_changed();
    let query = sqlx::query(
        "INSERT INTO openings (employer_id, kind, title, description, sector, municipality, postcode, hours_min, \
         hours_max, positions, start_date, closing_date, contract_type, salary_min, salary_max, diploma_required, \
         dutch_level, driving_licence, support_job_coach, support_training, support_adapted_hours, target_groups, \
         wage_subsidy, status, created_by, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, \
         $22, $23, $24, $25, $26, $26) RETURNING id",
    )
    .bind(employer_id);
    let row = bind_content(query, c)
        .bind(status)
        .bind(by)
        .bind(now)
        .fetch_one(&mut **tx)
        .await?;
    let id: OpeningId = row.try_get("id")?;
    add_history(tx, id, None, status, Some(by), "", now).await?;
    Ok(id)
}

/// Replaces an opening's content.
pub async fn update_content(
    tx: &mut Transaction<'_, Any>,
    id: OpeningId,
    c: &OpeningContent,
    now: i64,
) -> Result<(), sqlx::Error> {
    super::read_cache::openings_changed();
    let query = sqlx::query(
        "UPDATE openings SET kind = $2, title = $3, description = $4, sector = $5, municipality = $6, postcode = $7, \
         hours_min = $8, hours_max = $9, positions = $10, start_date = $11, closing_date = $12, contract_type = $13, \
         salary_min = $14, salary_max = $15, diploma_required = $16, dutch_level = $17, driving_licence = $18, \
         support_job_coach = $19, support_training = $20, support_adapted_hours = $21, target_groups = $22, \
         wage_subsidy = $23, updated_at = $24 WHERE id = $1",
    )
    .bind(id);
    bind_content(query, c).bind(now).execute(&mut **tx).await?;
    Ok(())
}

async fn add_history(
    tx: &mut Transaction<'_, Any>,
    id: OpeningId,
    from: Option<OpeningStatus>,
    to: OpeningStatus,
    by: Option<i64>,
    note: &str,
    now: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query("INSERT INTO opening_history (opening_id, from_status, to_status, by_user, note, at) VALUES ($1, $2, $3, $4, $5, $6)")
        .bind(id)
        .bind(from)
        .bind(to)
        .bind(by)
        .bind(note)
        .bind(now)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

/// Moves an opening from `from` to `to` (only if it is still in `from`) and records it.
pub async fn set_status(
    tx: &mut Transaction<'_, Any>,
    id: OpeningId,
    from: OpeningStatus,
    to: OpeningStatus,
    by: Option<i64>,
    note: &str,
    now: i64,
) -> Result<bool, sqlx::Error> {
    super::read_cache::openings_changed();
    let reason = (to == OpeningStatus::Rejected).then_some(note);
    let done = sqlx::query(
        "UPDATE openings SET status = $3, updated_at = $4, reject_reason = $5, \
         published_at = CASE WHEN $3 = 'published' THEN $4 ELSE published_at END \
         WHERE id = $1 AND status = $2",
    )
    .bind(id)
    .bind(from)
    .bind(to)
    .bind(now)
    .bind(reason)
    .execute(&mut **tx)
    .await?;
    if done.rows_affected() != 1 {
        return Ok(false);
    }
    add_history(tx, id, Some(from), to, by, note, now).await?;
    Ok(true)
}

pub async fn find(db: &Db, id: OpeningId) -> Result<Option<OpeningRow>, sqlx::Error> {
    let row = sqlx::query(&format!(
        "SELECT {COLUMNS} FROM openings o JOIN employers e ON e.id = o.employer_id WHERE o.id = $1"
    ))
    .bind(id)
    .fetch_optional(db.pool())
    .await?;
    row.as_ref().map(from_row).transpose()
}

pub async fn for_employer(
    db: &Db,
    employer_id: EmployerId,
) -> Result<Vec<OpeningRow>, sqlx::Error> {
    let rows = sqlx::query(&format!(
        "SELECT {COLUMNS} FROM openings o JOIN employers e ON e.id = o.employer_id \
         WHERE o.employer_id = $1 ORDER BY o.updated_at DESC, o.id DESC"
    ))
    .bind(employer_id)
    .fetch_all(db.pool())
    .await?;
    rows.iter().map(from_row).collect()
}

pub async fn with_status(db: &Db, status: OpeningStatus) -> Result<Vec<OpeningRow>, sqlx::Error> {
    let rows = sqlx::query(&format!(
        "SELECT {COLUMNS} FROM openings o JOIN employers e ON e.id = o.employer_id \
         WHERE o.status = $1 ORDER BY o.updated_at, o.id"
    ))
    .bind(status)
    .fetch_all(db.pool())
    .await?;
    rows.iter().map(from_row).collect()
}

pub async fn history(db: &Db, id: OpeningId) -> Result<Vec<HistoryLine>, sqlx::Error> {
    sqlx::query_as(
        "SELECT h.from_status AS \"from\", h.to_status AS \"to\", u.display_name AS \"by\", h.note, h.at \
         FROM opening_history h LEFT JOIN users u ON u.id = h.by_user WHERE h.opening_id = $1 ORDER BY h.at, h.id",
    )
    .bind(id)
    .fetch_all(db.pool())
    .await
}

/// Published openings whose closing date is before `today` (`YYYY-MM-DD`) become expired.
pub async fn expire_due(db: &Db, today: &str, now: i64) -> Result<u64, sqlx::Error> {
    super::read_cache::openings_changed();
    let due: Vec<OpeningId> = sqlx::query_scalar(
        "SELECT id FROM openings WHERE status = 'published' AND closing_date IS NOT NULL AND closing_date < $1",
    )
    .bind(today)
    .fetch_all(db.pool())
    .await?;
    let mut expired = 0;
    for id in due {
        let mut tx = db.write().await?;
        if set_status(
            &mut tx,
            id,
            OpeningStatus::Published,
            OpeningStatus::Expired,
            None,
            "",
            now,
        )
        .await?
        {
            expired += 1;
        }
        tx.commit().await?;
    }
    Ok(expired)
}
