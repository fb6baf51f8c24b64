//! Server side of logging in and out and of passwords set from a link: the bodies of the
//! server functions in `auth`. Cookies, password hashing, tokens and invitations are in
//! the modules beside this one; the request context and role checks in `crate::request`.

use super::cookies::{append_cookie, session_cookie};
use super::passwords::{hash_password, verify_password};
use super::tokens::{random_token, sha256_hex};
use crate::domain::EmailAddress;
use crate::error::AppError;
use crate::i18n::msg;
use crate::request::Cx;
use crate::store::{self, login_attempts, sessions, users};

pub(super) async fn login(
    cx: Cx,
    email: String,
    password: String,
    next: Option<String>,
) -> Result<(), AppError> {
    let state = &cx.state;
    let ctx = &cx.request;
    let account = crate::domain::text::line(&email).to_lowercase();
    let now = crate::clock::now();
    let Ok(parsed) = EmailAddress::parse(&email) else {
        return Err(AppError::field(
            "email",
            crate::domain::email::INVALID_EMAIL,
        ));
    };
    if password.is_empty() {
        return Err(AppError::field("password", msg::LOGIN_PASSWORD_MISSING));
    }
    // Counted before the password is checked, so attempts sent at once cannot slip past
    // the limit (see `store::login_attempts`).
    if !login_attempts::admit(&state.db, &account, &ctx.address, now).await? {
        tracing::warn!(address = %ctx.address, "login refused: too many attempts");
        return Err(AppError::TooManyAttempts);
    }
    let user = users::find_by_email(&state.db, &parsed)
        .await?
        .filter(|u| u.active);
    let stored_hash = user.as_ref().and_then(|u| u.password_hash.clone());
    // Unknown accounts cost as much time as known ones, so timing does not tell them apart.
    let verified = verify_password(stored_hash, password).await;
    let user = match (user, verified) {
        (Some(user), true) => user,
        _ => {
            tracing::info!(address = %ctx.address, "login failed");
            return Err(AppError::LoginFailed);
        }
    };
    login_attempts::forgive(&state.db, &account, &ctx.address).await?;
    // A new token on every login, so a token planted before login is worthless.
    if let Some(old) = &ctx.session_hash {
        sessions::delete(&state.db, old).await?;
    }
    let token = random_token();
    sessions::create(&state.db, &sha256_hex(&token), user.id, now).await?;
    append_cookie(&session_cookie(
        &token,
        sessions::ABSOLUTE_SECONDS,
        ctx.secure,
    ));
    tracing::info!(user = user.id, role = %user.role, "logged in");
    let target = next
        .as_deref()
        .and_then(crate::domain::redirect::local_path)
        .filter(|p| p != "/inloggen" && !p.starts_with("/inloggen?"))
        .unwrap_or_else(|| user.role.home_path().to_string());
    leptos_axum::redirect(&target);
    Ok(())
}

pub(super) async fn logout(cx: Cx) -> Result<(), AppError> {
    let state = &cx.state;
    let ctx = &cx.request;
    if let Some(hash) = &ctx.session_hash {
        sessions::delete(&state.db, hash).await?;
    }
    append_cookie(&session_cookie("", 0, ctx.secure));
    leptos_axum::redirect("/");
    Ok(())
}

pub(super) async fn logout_everywhere(cx: Cx) -> Result<(), AppError> {
    let state = &cx.state;
    let ctx = &cx.request;
    let user = cx.logged_in()?;
    let ended = sessions::delete_for_user(state.db.writer(), user.id).await?;
    tracing::info!(
        user = user.id,
        sessions_ended = ended,
        "logged out everywhere"
    );
    append_cookie(&session_cookie("", 0, ctx.secure));
    leptos_axum::redirect("/inloggen");
    Ok(())
}

pub(super) async fn my_account(cx: Cx) -> Result<super::AccountInfo, AppError> {
    let state = &cx.state;
    let user = cx.logged_in()?;
    let sessions = sessions::count_for_user(&state.db, user.id).await?;
    Ok(super::AccountInfo {
        name: user.name,
        email: user.email,
        role: user.role,
        employer_name: user.employer_name,
        sessions,
    })
}

/// How long a reset link stays valid, and how many one account may be sent per hour.
pub const RESET_SECONDS: i64 = 3600;
pub const RESETS_PER_HOUR: i64 = 3;

pub(super) async fn request_password_reset(cx: Cx, email: String) -> Result<(), AppError> {
    let state = &cx.state;
    let now = crate::clock::now();
    let Ok(address) = EmailAddress::parse(&email) else {
        return Err(AppError::invalid(
            vec![crate::error::FieldMessage::new(
                "email",
                crate::domain::email::INVALID_EMAIL,
            )],
            vec![("email".into(), email)],
        ));
    };
    let account = users::find_by_email(&state.db, &address)
        .await?
        .filter(|u| u.active);
    if let Some(user) = account {
        let recent =
            store::password_tokens::count_since(&state.db, user.id, "reset", now - 3600).await?;
        if recent < RESETS_PER_HOUR {
            let token = random_token();
            let link = format!("{}/wachtwoord/{token}", state.public_url);
            let mut tx = state.db.write().await?;
            store::password_tokens::create(
                &mut tx,
                &sha256_hex(&token),
                user.id,
                "reset",
                now,
                RESET_SECONDS,
            )
            .await?;
            store::outbox::enqueue(
                &mut **tx,
                &crate::mail_texts::password_reset(&user.email, &user.display_name, &link),
                now,
            )
            .await?;
            tx.commit().await?;
            state.mail_wake.notify_one();
            tracing::info!(user = user.id, "password reset link sent");
        } else {
            tracing::warn!(user = user.id, "password reset refused: too many this hour");
        }
    }
    leptos_axum::redirect("/wachtwoord-vergeten?verstuurd=1");
    Ok(())
}

pub(super) async fn password_link(cx: Cx, token: String) -> Result<String, AppError> {
    let db = cx.db();
    let user_id = store::password_tokens::valid_user(db, &sha256_hex(&token), crate::clock::now())
        .await?
        .ok_or(AppError::NotFound)?;
    let user = users::find_by_id(db, user_id)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(user.email)
}

/// Sets the password of a link's account. The link is used up together with every other
/// unused link of the account, and every session of the account ends (a reset after a
/// stolen password locks the thief out); then the user is logged in afresh.
pub(super) async fn set_password(
    cx: Cx,
    token: String,
    password: String,
    repeat: String,
) -> Result<(), AppError> {
    let state = &cx.state;
    let ctx = &cx.request;
    let now = crate::clock::now();
    let token_hash = sha256_hex(&token);
    let user_id = store::password_tokens::valid_user(&state.db, &token_hash, now)
        .await?
        .ok_or(AppError::NotFound)?;
    let user = users::find_by_id(&state.db, user_id)
        .await?
        .ok_or(AppError::NotFound)?;
    crate::domain::password::check_new(&password, &repeat, &user.email, &user.display_name)
        .map_err(|fields| AppError::invalid(fields, Vec::new()))?;
    let hash = hash_password(password).await?;
    let mut tx = state.db.write().await?;
    if store::password_tokens::consume(&mut tx, &token_hash, now)
        .await?
        .is_none()
    {
        return Err(AppError::NotFound);
    }
    users::set_password(&mut **tx, user_id, &hash).await?;
    store::password_tokens::use_up_all(&mut tx, user_id, now).await?;
    let ended = sessions::delete_for_user(&mut **tx, user_id).await?;
    tx.commit().await?;
    tracing::info!(
        user = user_id,
        sessions_ended = ended,
        "password set from a link"
    );
    let session = random_token();
    sessions::create(&state.db, &sha256_hex(&session), user.id, now).await?;
    append_cookie(&session_cookie(
        &session,
        sessions::ABSOLUTE_SECONDS,
        ctx.secure,
    ));
    leptos_axum::redirect(user.role.home_path());
    Ok(())
}
