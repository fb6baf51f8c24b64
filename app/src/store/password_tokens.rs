//! Single-use links to set a password. Only a SHA-256 of the token is stored.

use super::Db;
use sqlx::{Any, Row, Transaction};

/// How long a welcome or invitation link stays valid.
pub const WELCOME_SECONDS: i64 = 7 * 24 * 3600;

pub async fn create(
    tx: &mut Transaction<'_, Any>,
    token_hash: &str,
    user_id: i64,
    purpose: &str,
    now: i64,
    valid_for: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO password_tokens (token_hash, user_id, purpose, created_at, expires_at) VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(token_hash)
    .bind(user_id)
    .bind(purpose)
    .bind(now)
    .bind(now + valid_for)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// The user a token is for, when it is unused and not expired.
pub async fn valid_user(db: &Db, token_hash: &str, now: i64) -> Result<Option<i64>, sqlx::Error> {
    let row = sqlx::query("SELECT user_id FROM password_tokens WHERE token_hash = $1 AND used_at IS NULL AND expires_at > $2")
        .bind(token_hash)
        .bind(now)
        .fetch_optional(db.pool())
        .await?;
    row.map(|r| r.try_get(0)).transpose()
}

/// Uses a token up; false when it was already used or expired (another tab was faster).
pub async fn consume(
    tx: &mut Transaction<'_, Any>,
    token_hash: &str,
    now: i64,
) -> Result<Option<i64>, sqlx::Error> {
    let row = sqlx::query(
        "UPDATE password_tokens SET used_at = $2 WHERE token_hash = $1 AND used_at IS NULL AND expires_at > $2 \
         RETURNING user_id",
    )
    .bind(token_hash)
    .bind(now)
    .fetch_optional(&mut **tx)
    .await?;
    row.map(|r| r.try_get(0)).transpose()
}
