//! Login attempts, counted to slow down password guessing. Kept in the database so the
//! limit holds across restarts and server instances.
//!
//! Every attempt is written *before* its password is checked, each in its own statement,
//! and only then counted: of any number of attempts sent at once, at most the limit see a
//! count within it (each one's count includes itself and every attempt written before it).
//! Limits:
//! - per account *from one address*: a few guesses, then that address waits;
//! - per address, over all accounts: someone trying many accounts;
//! - per account, over all addresses: a distributed guess (high, so a stranger cannot
//!   easily lock someone out; the per-address limits never block anyone else).

use super::Db;

/// The window over which attempts are counted.
pub const WINDOW_SECONDS: i64 = 15 * 60;
/// Attempts on one account from one address within the window.
pub const MAX_PER_ACCOUNT: i64 = 5;
/// Attempts from one address within the window, whatever the accounts.
pub const MAX_PER_ADDRESS: i64 = 20;
/// Attempts on one account from all addresses together within the window.
pub const MAX_PER_ACCOUNT_ANYWHERE: i64 = 100;

/// Records an attempt on `account` from `address`; answers whether it may go ahead (its
/// password be checked).
pub async fn admit(db: &Db, account: &str, address: &str, now: i64) -> Result<bool, sqlx::Error> {
    sqlx::query("INSERT INTO login_attempts (account, address, at) VALUES ($1, $2, $3)")
        .bind(account)
        .bind(address)
        .bind(now)
        .execute(db.writer())
        .await?;
    let since = now - WINDOW_SECONDS;
    let (here, from_address, anywhere): (i64, i64, i64) = sqlx::query_as(
        "SELECT \
           (SELECT COUNT(*) FROM login_attempts WHERE account = $1 AND address = $2 AND at > $3), \
           (SELECT COUNT(*) FROM login_attempts WHERE address = $2 AND at > $3), \
           (SELECT COUNT(*) FROM login_attempts WHERE account = $1 AND at > $3)",
    )
    .bind(account)
    .bind(address)
    .bind(since)
    .fetch_one(db.pool())
    .await?;
    Ok(here <= MAX_PER_ACCOUNT
        && from_address <= MAX_PER_ADDRESS
        && anywhere <= MAX_PER_ACCOUNT_ANYWHERE)
}

/// A successful login forgives what this address tried on this account (not what others
/// tried: a guesser elsewhere keeps their count).
pub async fn forgive(db: &Db, account: &str, address: &str) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM login_attempts WHERE account = $1 AND address = $2")
        .bind(account)
        .bind(address)
        .execute(db.writer())
        .await?;
    Ok(())
}

/// Attempts older than the window count for nothing (housekeeping).
pub async fn delete_old(db: &Db, now: i64) -> Result<u64, sqlx::Error> {
    let done = sqlx::query("DELETE FROM login_attempts WHERE at <= $1")
        .bind(now - WINDOW_SECONDS)
        .execute(db.writer())
        .await?;
    Ok(done.rows_affected())
}
