//! Failed logins, counted per account and per address to slow down password guessing. Kept
//! in the database so the limit holds across restarts and server instances.

use super::Db;

/// The window over which failures are counted.
pub const WINDOW_SECONDS: i64 = 15 * 60;
/// Failures per account within the window before logins to it are refused.
pub const MAX_PER_ACCOUNT: i64 = 5;
/// Failures per address within the window before logins from it are refused.
pub const MAX_PER_ADDRESS: i64 = 20;

/// Has this account or address failed too often recently?
pub async fn is_limited(
    db: &Db,
    account: &str,
    address: &str,
    now: i64,
) -> Result<bool, sqlx::Error> {
    let since = now - WINDOW_SECONDS;
    let per_account: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM login_attempts WHERE account = $1 AND at > $2")
            .bind(account)
            .bind(since)
            .fetch_one(db.pool())
            .await?;
    if per_account >= MAX_PER_ACCOUNT {
        return Ok(true);
    }
    let per_address: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM login_attempts WHERE address = $1 AND at > $2")
            .bind(address)
            .bind(since)
            .fetch_one(db.pool())
            .await?;
    Ok(per_address >= MAX_PER_ADDRESS)
}

pub async fn record_failure(
    db: &Db,
    account: &str,
    address: &str,
    now: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query("INSERT INTO login_attempts (account, address, at) VALUES ($1, $2, $3)")
        .bind(account)
        .bind(address)
        .bind(now)
        .execute(db.pool())
        .await?;
    sqlx::query("DELETE FROM login_attempts WHERE at <= $1")
        .bind(now - WINDOW_SECONDS)
        .execute(db.pool())
        .await?;
    Ok(())
}

/// A successful login forgives the account's earlier failures.
pub async fn clear_account(db: &Db, account: &str) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM login_attempts WHERE account = $1")
        .bind(account)
        .execute(db.pool())
        .await?;
    Ok(())
}
