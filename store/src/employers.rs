//! Partner employers: registrations, the desk's review, approval.

use super::Db;
use opstap_core::domain::ids::EmployerId;
use opstap_core::domain::kinds::EmployerStatus;
use opstap_core::domain::registration::Registration;
use opstap_core::wire::employers::EmployerRecord;
use sqlx::{Any, Transaction};

const COLUMNS: &str =
    "id, name, kvk, sector, street, house_number, postcode, city, municipality, contact_name, \
                       contact_email, contact_phone, message, status, decline_reason, created_at";

/// Is this a violation of a unique constraint (a duplicate)?
pub fn is_duplicate(error: &sqlx::Error) -> bool {
    matches!(error, sqlx::Error::Database(e) if e.is_unique_violation())
}

/// Stores a registration as pending; a KvK number already known is a duplicate error.
pub async fn insert_registration(
    db: &Db,
    r: &Registration,
    now: i64,
) -> Result<EmployerId, sqlx::Error> {
    insert(db, r, EmployerStatus::Pending, None, now).await
}

/// One employer row; `verified` is `(desk member, account manager)` for an active one.
async fn insert(
    db: &Db,
    r: &Registration,
    status: EmployerStatus,
    verified: Option<(i64, i64)>,
    now: i64,
) -> Result<EmployerId, sqlx::Error> {
    sqlx::query_scalar(
        "INSERT INTO employers (name, kvk, sector, street, house_number, postcode, city, municipality, \
         contact_name, contact_email, contact_phone, message, status, verified_by, verified_at, account_manager_id, \
         created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17) RETURNING id",
    )
    .bind(&r.name)
    .bind(r.kvk.as_str())
    .bind(r.sector)
    .bind(&r.street)
    .bind(&r.house_number)
    .bind(r.postcode.as_str())
    .bind(&r.city)
    .bind(&r.municipality)
    .bind(&r.contact_name)
    .bind(r.email.as_str())
    .bind(&r.phone)
    .bind(&r.message)
    .bind(status)
    .bind(verified.map(|v| v.0))
    .bind(verified.map(|_| now))
    .bind(verified.map(|v| v.1))
    .bind(now)
    .fetch_one(db.pool())
    .await
}

pub async fn find(db: &Db, id: EmployerId) -> Result<Option<EmployerRecord>, sqlx::Error> {
    sqlx::query_as(&format!("SELECT {COLUMNS} FROM employers WHERE id = $1"))
        .bind(id)
        .fetch_optional(db.pool())
        .await
}

/// Registrations waiting for the desk, oldest first.
pub async fn pending(db: &Db) -> Result<Vec<EmployerRecord>, sqlx::Error> {
    sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM employers WHERE status = 'pending' ORDER BY created_at, id"
    ))
    .fetch_all(db.pool())
    .await
}

/// Desk staff who can be an employer's account manager: `(id, name)`.
pub async fn account_managers(db: &Db) -> Result<Vec<(i64, String)>, sqlx::Error> {
    sqlx::query_as("SELECT id, display_name FROM users WHERE role = 'desk' AND active = 1 ORDER BY display_name")
        .fetch_all(db.pool())
        .await
}

/// Marks a pending employer active; false when it was not pending (any more).
pub async fn approve(
    tx: &mut Transaction<'_, Any>,
    id: EmployerId,
    by: i64,
    account_manager: i64,
    now: i64,
) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "UPDATE employers SET status = 'active', verified_by = $2, verified_at = $3, account_manager_id = $4 \
         WHERE id = $1 AND status = 'pending'",
    )
    .bind(id)
    .bind(by)
    .bind(now)
    .bind(account_manager)
    .execute(&mut **tx)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Declines a pending employer with a reason; false when it was not pending.
pub async fn decline(
    tx: &mut Transaction<'_, Any>,
    id: EmployerId,
    by: i64,
    reason: &str,
    now: i64,
) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "UPDATE employers SET status = 'declined', decline_reason = $2, verified_by = $3, verified_at = $4 \
         WHERE id = $1 AND status = 'pending'",
    )
    .bind(id)
    .bind(reason)
    .bind(by)
    .bind(now)
    .execute(&mut **tx)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Active employers, `(id, name)` by name (the desk's choice when posting on their behalf).
pub async fn active(db: &Db) -> Result<Vec<(EmployerId, String)>, sqlx::Error> {
    sqlx::query_as("SELECT id, name FROM employers WHERE status = 'active' ORDER BY name, id")
        .fetch_all(db.pool())
        .await
}

/// The desk enters an employer itself: active at once, verified by the desk member.
pub async fn insert_active(
    db: &Db,
    r: &Registration,
    by: i64,
    account_manager: i64,
    now: i64,
) -> Result<EmployerId, sqlx::Error> {
    insert(
        db,
        r,
        EmployerStatus::Active,
        Some((by, account_manager)),
        now,
    )
    .await
}
