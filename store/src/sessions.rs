//! Login sessions, stored in the database so they survive restarts and are shared by every
//! server instance. Only a SHA-256 hash of the cookie's token is stored.

use super::Db;
use opstap_core::domain::Role;
use opstap_core::wire::auth::SessionUser;
use sqlx::Row;

/// A session ends after this long without a request...
pub const IDLE_SECONDS: i64 = 12 * 3600;
/// ...and in any case this long after login.
pub const ABSOLUTE_SECONDS: i64 = 7 * 24 * 3600;

pub async fn create(db: &Db, token_hash: &str, user_id: i64, now: i64) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO sessions (token_hash, user_id, created_at, last_seen_at, expires_at) \
         VALUES ($1, $2, $3, $3, $4)",
    )
    .bind(token_hash)
    .bind(user_id)
    .bind(now)
    .bind(now + ABSOLUTE_SECONDS)
    .execute(db.writer())
    .await?;
    Ok(())
}

/// The user of a live session, refreshing its idle timer at most once a minute.
pub async fn find_user(
    db: &Db,
    token_hash: &str,
    now: i64,
) -> Result<Option<SessionUser>, sqlx::Error> {
    let row = sqlx::query(
        "SELECT s.last_seen_at, u.id, u.email, u.display_name, u.role, u.employer_id, e.name AS employer_name \
         FROM sessions s JOIN users u ON u.id = s.user_id \
         LEFT JOIN employers e ON e.id = u.employer_id \
         WHERE s.token_hash = $1 AND s.expires_at > $2 AND s.last_seen_at > $3 AND u.active = 1",
    )
    .bind(token_hash)
    .bind(now)
    .bind(now - IDLE_SECONDS)
    .fetch_optional(db.pool())
    .await?;
    let Some(row) = row else { return Ok(None) };
    let last_seen: i64 = row.try_get("last_seen_at")?;
    if now - last_seen > 60 {
        sqlx::query("UPDATE sessions SET last_seen_at = $1 WHERE token_hash = $2")
            .bind(now)
            .bind(token_hash)
            .execute(db.writer())
            .await?;
    }
    let role: String = row.try_get("role")?;
    let Some(role) = Role::parse(&role) else {
        return Ok(None);
    };
    Ok(Some(SessionUser {
        id: row.try_get("id")?,
        email: row.try_get("email")?,
        name: row.try_get("display_name")?,
        role,
        employer_id: row.try_get("employer_id")?,
        employer_name: row.try_get("employer_name")?,
    }))
}

pub async fn delete(db: &Db, token_hash: &str) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM sessions WHERE token_hash = $1")
        .bind(token_hash)
        .execute(db.writer())
        .await?;
    Ok(())
}

pub async fn delete_expired(db: &Db, now: i64) -> Result<u64, sqlx::Error> {
    let done = sqlx::query("DELETE FROM sessions WHERE expires_at <= $1 OR last_seen_at <= $2")
        .bind(now)
        .bind(now - IDLE_SECONDS)
        .execute(db.writer())
        .await?;
    Ok(done.rows_affected())
}

pub async fn count_for_user(db: &Db, user_id: i64) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar("SELECT COUNT(*) FROM sessions WHERE user_id = $1")
        .bind(user_id)
        .fetch_one(db.pool())
        .await
}

/// Ends every session of a user (logout everywhere, a new password).
pub async fn delete_for_user<'e, E>(executor: E, user_id: i64) -> Result<u64, sqlx::Error>
where
    E: sqlx::Executor<'e, Database = sqlx::Any>,
{
    let done = sqlx::query("DELETE FROM sessions WHERE user_id = $1")
        .bind(user_id)
        .execute(executor)
        .await?;
    Ok(done.rows_affected())
}
