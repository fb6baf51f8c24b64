//! `opstap user add`: creating accounts from the command line, e.g. the first administrator
//! of a fresh installation. The password is read from standard input, never an argument
//! (arguments end up in shell history and process lists).

use app::domain::ids::EmployerId;
use app::domain::{EmailAddress, Role};
use app::store::{users, Db};

#[derive(Debug, thiserror::Error)]
pub enum AccountError {
    #[error("{0}")]
    Invalid(String),
    #[error("an account with e-mail address {0} already exists")]
    Exists(String),
    #[error("employer {0} does not exist")]
    NoSuchEmployer(i64),
    #[error("database error: {0}")]
    Database(#[from] sqlx::Error),
}

pub struct NewAccount {
    pub role: Role,
    pub email: String,
    pub name: Option<String>,
    pub employer_id: Option<i64>,
    pub password: String,
}

/// Checks and stores a new account; returns its id.
pub async fn add_user(db: &Db, account: NewAccount) -> Result<i64, AccountError> {
    let email =
        EmailAddress::parse(&account.email).map_err(|e| AccountError::Invalid(e.to_string()))?;
    match (account.role, account.employer_id) {
        (Role::Employer, None) => {
            return Err(AccountError::Invalid(
                "an employer user needs --employer ID".into(),
            ))
        }
        (Role::Employer, Some(id)) if !users::employer_exists(db, EmployerId(id)).await? => {
            return Err(AccountError::NoSuchEmployer(id))
        }
        (role, Some(_)) if role != Role::Employer => {
            return Err(AccountError::Invalid(
                "only employer users belong to an employer".into(),
            ))
        }
        _ => {}
    }
    // The same rules as the set-password form (length, lists, zxcvbn).
    let name = account.name.clone().unwrap_or_default();
    if let Err(messages) = app::domain::password::check_new(
        &account.password,
        &account.password,
        email.as_str(),
        &name,
    ) {
        let why = messages.first().map(|m| m.en.clone()).unwrap_or_default();
        return Err(AccountError::Invalid(format!("password refused: {why}")));
    }
    if users::find_by_email(db, &email).await?.is_some() {
        return Err(AccountError::Exists(email.as_str().to_string()));
    }
    let hash = app::auth::passwords::hash_password(account.password)
        .await
        .map_err(|_| AccountError::Invalid("password hashing failed".into()))?;
    let name = account.name.unwrap_or_else(|| {
        email
            .as_str()
            .split('@')
            .next()
            .unwrap_or_default()
            .to_string()
    });
    let id = users::insert(
        db.pool(),
        users::NewUser {
            email: &email,
            display_name: &name,
            role: account.role,
            employer_id: account.employer_id.map(EmployerId),
            password_hash: Some(&hash),
            created_at: app::clock::now(),
        },
    )
    .await?;
    tracing::info!(user = id, role = %account.role, "account created");
    Ok(id)
}
