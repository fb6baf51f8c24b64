//! Server side of registration and review.

use super::{EmployerRecord, Review};
use crate::auth::invitations::invite_account;
use crate::clock::now;
use crate::domain::fields::REQUIRED;
use crate::domain::ids::EmployerId;
use crate::domain::registration::{RegistrationForm, KVK_TAKEN};
use crate::domain::Role;
use crate::error::AppError;
use crate::request::Cx;
use crate::store::{employers, outbox, users};

opstap_core::messages! { EMPLOYERS_SSR {
    MANAGER_REQUIRED =
        "Kies een accountmanager van het servicepunt."
        / "Choose an account manager from the desk.";
    CONTACT_HAS_ACCOUNT =
        "Het e-mailadres van de contactpersoon hoort al bij een account. Neem contact op met de beheerder."
        / "The contact's e-mail address already belongs to an account. Contact the administrator.";
    NOT_PENDING =
        "Deze aanmelding is al behandeld."
        / "This registration has already been handled.";
}}

/// Gives an employer's contact an account without a password and queues the welcome mail
/// with a single-use link to set one. False (and nothing written) when the address already
/// has an account.
async fn welcome_contact(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    public_url: &str,
    employer_id: EmployerId,
    employer_name: &str,
    email: &crate::domain::EmailAddress,
    contact_name: &str,
    now: i64,
) -> Result<bool, AppError> {
    let new_user = users::NewUser {
        email,
        display_name: contact_name,
        role: Role::Employer,
        employer_id: Some(employer_id),
        password_hash: None,
        created_at: now,
    };
    let Some((_, link)) = invite_account(tx, new_user, "welcome", public_url, now).await? else {
        return Ok(false);
    };
    let mail = crate::mail_texts::welcome(email.as_str(), contact_name, employer_name, &link);
    outbox::enqueue(&mut **tx, &mail, now).await?;
    Ok(true)
}

pub async fn register(cx: Cx, form: RegistrationForm) -> Result<(), AppError> {
    let registration = form.parse()?;
    let db = cx.db();
    match employers::insert_registration(db, &registration, now()).await {
        Ok(id) => {
            tracing::info!(employer = %id, "partner registration received");
            leptos_axum::redirect("/aanmelden/bedankt");
            Ok(())
        }
        Err(e) if employers::is_duplicate(&e) => Err(AppError::invalid(
            vec![crate::error::FieldMessage::new("kvk", KVK_TAKEN)],
            form.values(),
        )),
        Err(e) => Err(e.into()),
    }
}

pub async fn pending(cx: Cx) -> Result<Vec<EmployerRecord>, AppError> {
    cx.require(&[Role::Desk, Role::Admin])?;
    Ok(employers::pending(cx.db()).await?)
}

pub async fn review(cx: Cx, id: EmployerId) -> Result<Review, AppError> {
    cx.require(&[Role::Desk, Role::Admin])?;
    let db = cx.db();
    let employer = employers::find(db, id).await?.ok_or(AppError::NotFound)?;
    Ok(Review {
        employer,
        account_managers: employers::account_managers(db).await?,
    })
}

pub async fn approve(cx: Cx, id: EmployerId, account_manager: String) -> Result<(), AppError> {
    let user = cx.require(&[Role::Desk, Role::Admin])?;
    let state = &cx.state;
    let db = &state.db;
    let employer = employers::find(db, id).await?.ok_or(AppError::NotFound)?;
    let managers = employers::account_managers(db).await?;
    let Some(manager) = account_manager
        .trim()
        .parse::<i64>()
        .ok()
        .filter(|m| managers.iter().any(|(id, _)| id == m))
    else {
        return Err(AppError::invalid(
            vec![crate::error::FieldMessage::new(
                "account_manager",
                MANAGER_REQUIRED,
            )],
            Vec::new(),
        ));
    };
    let email = crate::domain::EmailAddress::parse(&employer.contact_email)
        .map_err(|_| AppError::Internal)?;
    let now = now();
    // One transaction: the employer becomes active, its contact gets an account and the
    // welcome mail is queued — all or nothing.
    let mut tx = db.write().await?;
    if !employers::approve(&mut tx, id, user.id, manager, now).await? {
        return Err(AppError::invalid(
            vec![crate::error::FieldMessage::new("status", NOT_PENDING)],
            Vec::new(),
        ));
    }
    let welcomed = welcome_contact(
        &mut tx,
        &state.public_url,
        id,
        &employer.name,
        &email,
        &employer.contact_name,
        now,
    )
    .await?;
    if !welcomed {
        return Err(AppError::invalid(
            vec![crate::error::FieldMessage::new(
                "status",
                CONTACT_HAS_ACCOUNT,
            )],
            Vec::new(),
        ));
    }
    tx.commit().await?;
    state.mail_wake.notify_one();
    tracing::info!(employer = %id, by = user.id, "employer approved");
    leptos_axum::redirect("/balie/aanmeldingen");
    Ok(())
}

pub async fn decline(cx: Cx, id: EmployerId, reason: String) -> Result<(), AppError> {
    let user = cx.require(&[Role::Desk, Role::Admin])?;
    let state = &cx.state;
    let reason = crate::domain::text::lines(&reason);
    if reason.is_empty() {
        return Err(AppError::invalid(
            vec![crate::error::FieldMessage::new("reason", REQUIRED)],
            vec![("reason".into(), reason)],
        ));
    }
    let employer = employers::find(&state.db, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let now = now();
    let mut tx = state.db.write().await?;
    if !employers::decline(&mut tx, id, user.id, &reason, now).await? {
        return Err(AppError::invalid(
            vec![crate::error::FieldMessage::new("status", NOT_PENDING)],
            Vec::new(),
        ));
    }
    let mail = crate::mail_texts::declined(
        &employer.contact_email,
        &employer.contact_name,
        &employer.name,
        &reason,
    );
    outbox::enqueue(&mut **tx, &mail, now).await?;
    tx.commit().await?;
    state.mail_wake.notify_one();
    tracing::info!(employer = %id, by = user.id, "employer declined");
    leptos_axum::redirect("/balie/aanmeldingen");
    Ok(())
}

pub async fn managers(cx: Cx) -> Result<Vec<(i64, String)>, AppError> {
    cx.require(&[Role::Desk, Role::Admin])?;
    Ok(employers::account_managers(cx.db()).await?)
}

pub async fn create(
    cx: Cx,
    account_manager: String,
    invite_contact: bool,
    form: RegistrationForm,
) -> Result<(), AppError> {
    let user = cx.require(&[Role::Desk, Role::Admin])?;
    let state = &cx.state;
    let managers = employers::account_managers(&state.db).await?;
    let manager = account_manager
        .trim()
        .parse::<i64>()
        .ok()
        .filter(|m| managers.iter().any(|(id, _)| id == m));
    let parsed = form.parse();
    let (registration, manager) = match (parsed, manager) {
        (Ok(r), Some(m)) => (r, m),
        (parsed, manager) => {
            let mut fields = match parsed {
                Err(AppError::Invalid { fields, .. }) => fields,
                _ => Vec::new(),
            };
            if manager.is_none() {
                fields.push(crate::error::FieldMessage::new(
                    "account_manager",
                    MANAGER_REQUIRED,
                ));
            }
            let mut values = form.values();
            if invite_contact {
                values.push(("invite_contact".into(), "on".into()));
            }
            return Err(AppError::invalid(fields, values));
        }
    };
    let now = now();
    let id = match employers::insert_active(&state.db, &registration, user.id, manager, now).await {
        Ok(id) => id,
        Err(e) if employers::is_duplicate(&e) => {
            return Err(AppError::invalid(
                vec![crate::error::FieldMessage::new("kvk", KVK_TAKEN)],
                form.values(),
            ))
        }
        Err(e) => return Err(e.into()),
    };
    if invite_contact {
        let mut tx = state.db.write().await?;
        let welcomed = welcome_contact(
            &mut tx,
            &state.public_url,
            id,
            &registration.name,
            &registration.email,
            &registration.contact_name,
            now,
        )
        .await?;
        if welcomed {
            tx.commit().await?;
            state.mail_wake.notify_one();
        } else {
            // The contact already has an account (e.g. at another employer): the employer
            // stays, without a second account.
            tracing::info!(employer = %id, "contact already has an account");
        }
    }
    tracing::info!(employer = %id, by = user.id, "employer entered by the desk");
    leptos_axum::redirect(&format!("/balie/vacatures/nieuw?werkgever={id}"));
    Ok(())
}
