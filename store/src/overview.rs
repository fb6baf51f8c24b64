//! The queries behind each role's home page: counts and latest items. Each function takes
//! the scope it may show (an employer id, a buddy's user id) from the caller, which got it
//! from the session, never from the request.

use super::Db;
use opstap_core::domain::ids::EmployerId;
use opstap_core::domain::kinds::{OpeningKind, OpeningStatus};

/// `(code, count)` pairs of a `GROUP BY`.
pub type Counts = Vec<(String, i64)>;

async fn counts(db: &Db, sql: &str, scope: Option<i64>) -> Result<Counts, sqlx::Error> {
    let mut query = sqlx::query_as(sql);
    if let Some(scope) = scope {
        query = query.bind(scope);
    }
    query.fetch_all(db.pool()).await
}

async fn count(db: &Db, sql: &str, binds: &[&str]) -> Result<i64, sqlx::Error> {
    let mut query = sqlx::query_scalar(sql);
    for b in binds {
        query = query.bind(*b);
    }
    query.fetch_one(db.pool()).await
}

pub async fn users_by_role(db: &Db) -> Result<Counts, sqlx::Error> {
    counts(
        db,
        "SELECT role, COUNT(*) FROM users GROUP BY role ORDER BY role",
        None,
    )
    .await
}

pub async fn employers_by_status(db: &Db) -> Result<Counts, sqlx::Error> {
    counts(
        db,
        "SELECT status, COUNT(*) FROM employers GROUP BY status ORDER BY status",
        None,
    )
    .await
}

/// Newest accounts: `(name, email, role, created_at)`.
pub async fn newest_users(
    db: &Db,
    limit: i64,
) -> Result<Vec<(String, String, String, i64)>, sqlx::Error> {
    sqlx::query_as(
        "SELECT display_name, email, role, created_at FROM users ORDER BY created_at DESC, id DESC LIMIT $1",
    )
    .bind(limit)
    .fetch_all(db.pool())
    .await
}

/// The numbers on the desk's home page.
pub struct DeskCounts {
    pub pending_employers: i64,
    pub submitted_openings: i64,
    pub open_flags: i64,
    pub active_candidates: i64,
    pub placements_this_year: i64,
}

pub async fn desk_counts(db: &Db, first_day_of_year: &str) -> Result<DeskCounts, sqlx::Error> {
    Ok(DeskCounts {
        pending_employers: count(
            db,
            "SELECT COUNT(*) FROM employers WHERE status = 'pending'",
            &[],
        )
        .await?,
        submitted_openings: count(
            db,
            "SELECT COUNT(*) FROM openings WHERE status = 'submitted'",
            &[],
        )
        .await?,
        open_flags: count(
            db,
            "SELECT COUNT(*) FROM checkins WHERE flag_handled_at IS NULL AND (needs_desk = 1 OR score <= 2)",
            &[],
        )
        .await?,
        active_candidates: count(
            db,
            "SELECT COUNT(*) FROM candidates WHERE status IN ('active', 'proposed')",
            &[],
        )
        .await?,
        placements_this_year: count(
            db,
            "SELECT COUNT(*) FROM placements WHERE start_date >= $1",
            &[first_day_of_year],
        )
        .await?,
    })
}

pub async fn proposals_by_status(db: &Db) -> Result<Counts, sqlx::Error> {
    counts(
        db,
        "SELECT status, COUNT(*) FROM proposals GROUP BY status ORDER BY status",
        None,
    )
    .await
}

/// An opening in a short list: `(id, title, kind, status, employer name, updated_at)`.
pub type OpeningLine = (i64, String, OpeningKind, OpeningStatus, String, i64);

pub async fn newest_submitted_openings(
    db: &Db,
    limit: i64,
) -> Result<Vec<OpeningLine>, sqlx::Error> {
    sqlx::query_as(
        "SELECT o.id, o.title, o.kind, o.status, e.name, o.updated_at FROM openings o \
         JOIN employers e ON e.id = o.employer_id WHERE o.status = 'submitted' \
         ORDER BY o.updated_at DESC, o.id DESC LIMIT $1",
    )
    .bind(limit)
    .fetch_all(db.pool())
    .await
}

/// Proposals on this employer's openings still waiting for the employer's answer.
pub async fn employer_waiting_proposals(
    db: &Db,
    employer_id: EmployerId,
) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar(
        "SELECT COUNT(*) FROM proposals p JOIN openings o ON o.id = p.opening_id \
         WHERE o.employer_id = $1 AND p.status IN ('proposed', 'seen')",
    )
    .bind(employer_id)
    .fetch_one(db.pool())
    .await
}

pub async fn employer_current_placements(
    db: &Db,
    employer_id: EmployerId,
) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar(
        "SELECT COUNT(*) FROM placements WHERE employer_id = $1 AND outcome = 'working'",
    )
    .bind(employer_id)
    .fetch_one(db.pool())
    .await
}
