//! Single-use links to set a password. Only a SHA-256 of the token is stored.

use super::Db;
use sqlx::{Any, Transaction};

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
    sqlx::query_scalar("SELECT user_id FROM password_tokens WHERE token_hash = $1 AND used_at IS NULL AND expires_at > $2")
        .bind(token_hash)
        .bind(now)
        .fetch_optional(db.pool())
        .await
}

/// Uses a token up; false when it was already used or expired (another tab was faster).
pub async fn consume(
    tx: &mut Transaction<'_, Any>,
    token_hash: &str,
    now: i64,
) -> Result<Option<i64>, sqlx::Error> {
    sqlx::query_scalar(
        "UPDATE password_tokens SET used_at = $2 WHERE token_hash = $1 AND used_at IS NULL AND expires_at > $2 \
         RETURNING user_id",
    )
    .bind(token_hash)
    .bind(now)
    .fetch_optional(&mut **tx)
    .await
}

/// Marks every unused link of a user used (after a password was set, older links are void).
pub async fn use_up_all(
    tx: &mut Transaction<'_, Any>,
    user_id: i64,
    now: i64,
) -> Result<u64, sqlx::Error> {
    let done = sqlx::query(
        "UPDATE password_tokens SET used_at = $2 WHERE user_id = $1 AND used_at IS NULL",
    )
    .bind(user_id)
    .bind(now)
    .execute(&mut **tx)
    .await?;
    Ok(done.rows_affected())
}

/// How many links of `purpose` a user was sent since `since` (to limit reset mails).
pub async fn count_since(
    db: &Db,
    user_id: i64,
    purpose: &str,
    since: i64,
) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar(
        "SELECT COUNT(*) FROM password_tokens WHERE user_id = $1 AND purpose = $2 AND created_at > $3",
    )
    .bind(user_id)
    .bind(purpose)
    .bind(since)
    .fetch_one(db.pool())
    .await
}
