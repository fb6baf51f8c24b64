//! Accounts: who can log in, with which role, for which employer.

use super::Db;
use opstap_core::domain::ids::EmployerId;
use opstap_core::domain::{EmailAddress, Role};
use opstap_core::sql::Flag;

/// An account as stored, password hash included (never sent to a browser).
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct UserRecord {
    pub id: i64,
    pub email: String,
    pub display_name: String,
    pub role: Role,
    pub employer_id: Option<EmployerId>,
    pub password_hash: Option<String>,
    #[sqlx(try_from = "Flag")]
    pub active: bool,
}

pub struct NewUser<'a> {
    pub email: &'a EmailAddress,
    pub display_name: &'a str,
    pub role: Role,
    pub employer_id: Option<EmployerId>,
    pub password_hash: Option<&'a str>,
    /// Unix seconds (the caller's clock, so tests that move time see it).
    pub created_at: i64,
}

const COLUMNS: &str = "id, email, display_name, role, employer_id, password_hash, active";

pub async fn find_by_email(
    db: &Db,
    email: &EmailAddress,
) -> Result<Option<UserRecord>, sqlx::Error> {
    sqlx::query_as(&format!("SELECT {COLUMNS} FROM users WHERE email = $1"))
        .bind(email.as_str())
        .fetch_optional(db.pool())
        .await
}

pub async fn find_by_id(db: &Db, id: i64) -> Result<Option<UserRecord>, sqlx::Error> {
    sqlx::query_as(&format!("SELECT {COLUMNS} FROM users WHERE id = $1"))
        .bind(id)
        .fetch_optional(db.pool())
        .await
}

/// Inserts an account (pass a pool or a transaction); a duplicate e-mail address is a
/// unique-constraint error.
pub async fn insert<'e, E>(executor: E, user: NewUser<'_>) -> Result<i64, sqlx::Error>
where
    E: sqlx::Executor<'e, Database = sqlx::Any>,
{
    super::read_cache::people_changed();
    sqlx::query_scalar(
        "INSERT INTO users (email, display_name, role, employer_id, password_hash, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
    )
    .bind(user.email.as_str())
    .bind(user.display_name)
    .bind(user.role.as_str())
    .bind(user.employer_id)
    .bind(user.password_hash)
    .bind(user.created_at)
    .fetch_one(executor)
    .await
}

/// The first of `ids` that is an active account, as (name, e-mail): who hears about
/// something when the first choice has left.
pub async fn first_active(
    db: &Db,
    ids: &[Option<i64>],
) -> Result<Option<(String, String)>, sqlx::Error> {
    for id in ids.iter().flatten() {
        if let Some(u) = find_by_id(db, *id).await? {
            if u.active {
                return Ok(Some((u.display_name, u.email)));
            }
        }
    }
    Ok(None)
}

pub async fn count(db: &Db) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar("SELECT COUNT(*) FROM users")
        .fetch_one(db.pool())
        .await
}

/// The first active account of `role` (benchmarks and the load test act as this user).
pub async fn first_active_of_role(db: &Db, role: Role) -> Result<Option<i64>, sqlx::Error> {
    sqlx::query_scalar("SELECT id FROM users WHERE role = $1 AND active = 1 ORDER BY id LIMIT 1")
        .bind(role.as_str())
        .fetch_optional(db.pool())
        .await
}

/// Does an employer with this id exist? (For `opstap user add --employer`.)
pub async fn employer_exists(db: &Db, employer_id: EmployerId) -> Result<bool, sqlx::Error> {
    let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM employers WHERE id = $1")
        .bind(employer_id)
        .fetch_one(db.pool())
        .await?;
    Ok(n > 0)
}

/// Stores a new password hash for an account.
pub async fn set_password<'e, E>(executor: E, user_id: i64, hash: &str) -> Result<(), sqlx::Error>
where
    E: sqlx::Executor<'e, Database = sqlx::Any>,
{
    sqlx::query("UPDATE users SET password_hash = $2 WHERE id = $1")
        .bind(user_id)
        .bind(hash)
        .execute(executor)
        .await?;
    Ok(())
}

/// The accounts of one employer: `(name, email, has a password)`.
pub async fn of_employer(
    db: &Db,
    employer_id: EmployerId,
) -> Result<Vec<(String, String, bool)>, sqlx::Error> {
    let rows: Vec<(String, String, Flag)> = sqlx::query_as(
        "SELECT display_name, email, CASE WHEN password_hash IS NULL THEN 0 ELSE 1 END FROM users \
         WHERE employer_id = $1 AND active = 1 ORDER BY display_name",
    )
    .bind(employer_id)
    .fetch_all(db.pool())
    .await?;
    Ok(rows
        .into_iter()
        .map(|(name, email, has_password)| (name, email, has_password.into()))
        .collect())
}
