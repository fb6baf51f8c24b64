//! Invitations: an account made without a password and a single-use link to set one.
//! Used by the desk (employers, buddies) and by employer users (colleagues); the caller
//! queues the mail in the same transaction.

use super::tokens::{random_token, sha256_hex};
use crate::domain::{EmailAddress, Role};
use crate::error::AppError;
use crate::store::{self, users};

/// Creates an account without a password and a single-use link (valid 7 days) to set one.
/// Answers the new user's id and the link, or `None` (nothing written) when the e-mail
/// address already has an account. The caller queues the mail in the same transaction.
pub async fn invite_account(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    user: users::NewUser<'_>,
    purpose: &str,
    public_url: &str,
    now: i64,
) -> Result<Option<(i64, String)>, AppError> {
    let id = match users::insert(&mut **tx, user).await {
        Ok(id) => id,
        Err(e) if store::employers::is_duplicate(&e) => return Ok(None),
        Err(e) => return Err(e.into()),
    };
    let token = random_token();
    store::password_tokens::create(
        tx,
        &sha256_hex(&token),
        id,
        purpose,
        now,
        store::password_tokens::WELCOME_SECONDS,
    )
    .await?;
    Ok(Some((id, format!("{public_url}/wachtwoord/{token}"))))
}

/// Someone invited from a form with `name` and `email` fields (a buddy, a colleague).
pub struct Invited {
    pub id: i64,
    pub name: String,
    pub address: EmailAddress,
    pub link: String,
}

/// The invitation step of the invitation forms: checks the name and the address, creates
/// the account (role `role`, of `employer_id`) with its link, and refuses an address that
/// has an account already next to the `email` field, showing what was typed again. The
/// caller queues the mail in the same transaction.
pub async fn invite_from_form(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    name: &str,
    email: &str,
    role: Role,
    employer_id: Option<crate::domain::ids::EmployerId>,
    public_url: &str,
    now: i64,
) -> Result<Invited, AppError> {
    let (checked_name, address) = crate::domain::registration::invitee(name, email)?;
    let new_user = users::NewUser {
        email: &address,
        display_name: &checked_name,
        role,
        employer_id,
        password_hash: None,
        created_at: now,
    };
    match invite_account(tx, new_user, "invite", public_url, now).await? {
        Some((id, link)) => Ok(Invited {
            id,
            name: checked_name,
            address,
            link,
        }),
        None => Err(AppError::invalid(
            vec![crate::error::FieldMessage::new(
                "email",
                crate::domain::registration::EMAIL_TAKEN,
            )],
            vec![("name".into(), name.into()), ("email".into(), email.into())],
        )),
    }
}
