//! Server side of authentication: the request context the middleware builds, role checks,
//! password hashing and tokens.

use super::SessionUser;
use crate::domain::{EmailAddress, Role};
use crate::error::AppError;
use crate::i18n::{msg, Lang};
use crate::state::AppState;
use crate::store::{self, login_attempts, sessions, users};
use argon2::password_hash::rand_core::{OsRng, RngCore};
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::Argon2;
use hmac::{Hmac, Mac};
use http::request::Parts;
use http::{header, HeaderValue, StatusCode};
use leptos::prelude::*;
use leptos_axum::ResponseOptions;
use sha2::{Digest, Sha256};
use std::sync::OnceLock;

/// Cookie holding the session token.
pub const SESSION_COOKIE: &str = "opstap_session";
/// Cookie holding the random seed the CSRF token is derived from.
pub const CSRF_COOKIE: &str = "opstap_csrf";
/// Cookie holding the chosen language.
pub const LANG_COOKIE: &str = "opstap_lang";

/// What the middleware learned about a request before any handler runs.
#[derive(Clone, Debug, Default)]
pub struct RequestCtx {
    pub user: Option<SessionUser>,
    /// SHA-256 of the session cookie, when one was sent and is live.
    pub session_hash: Option<String>,
    pub csrf_token: String,
    pub lang: Lang,
    /// The client address, for the login rate limit.
    pub address: String,
    /// Whether cookies must be `Secure` (the site is reached over HTTPS).
    pub secure: bool,
}

/// The context of the current request (empty outside a request).
pub fn request_ctx() -> RequestCtx {
    use_context::<Parts>()
        .and_then(|parts| parts.extensions.get::<RequestCtx>().cloned())
        .unwrap_or_default()
}

/// The shared state: database and configuration.
pub fn app_state() -> Result<AppState, AppError> {
    use_context::<AppState>().ok_or_else(|| {
        tracing::error!("AppState missing from the server function context");
        AppError::Internal
    })
}

/// Sets the HTTP status for an error answered to a script. A form posted without
/// JavaScript is redirected back to its page instead, so its status is left alone.
pub fn fail(error: AppError) -> AppError {
    let wants_html = use_context::<Parts>()
        .and_then(|p| {
            p.headers
                .get(header::ACCEPT)
                .and_then(|v| v.to_str().ok())
                .map(|v| v.contains("text/html"))
        })
        .unwrap_or(false);
    if !wants_html {
        if let (Some(res), Ok(status)) = (
            use_context::<ResponseOptions>(),
            StatusCode::from_u16(error.status()),
        ) {
            res.set_status(status);
        }
    }
    error
}

/// The logged-in user when their role is one of `roles`; otherwise the error to answer.
pub fn require_role(roles: &[Role]) -> Result<SessionUser, AppError> {
    let user = request_ctx()
        .user
        .ok_or_else(|| fail(AppError::NotLoggedIn))?;
    if roles.contains(&user.role) {
        Ok(user)
    } else {
        tracing::info!(user = user.id, role = %user.role, "refused: wrong role");
        Err(fail(AppError::Forbidden))
    }
}

/// Writes an audit-log entry for the current request: who (`user`), what (`action`) on
/// which record (`entity`, `id`), from which address.
pub async fn audit<'e, E>(
    executor: E,
    user: &SessionUser,
    action: &str,
    entity: &str,
    id: i64,
) -> Result<(), AppError>
where
    E: sqlx::Executor<'e, Database = sqlx::Any>,
{
    let address = request_ctx().address;
    store::audit::record(
        executor,
        &store::audit::Entry {
            user_id: Some(user.id),
            action,
            entity,
            entity_id: id,
            address: &address,
            at: crate::clock::now(),
        },
    )
    .await?;
    Ok(())
}

/// Sets the status of a page being rendered (404, 403, ...).
pub fn set_page_status(status: u16) {
    if let (Some(res), Ok(status)) = (
        use_context::<ResponseOptions>(),
        StatusCode::from_u16(status),
    ) {
        res.set_status(status);
    }
}

pub(super) async fn login(
    email: String,
    password: String,
    next: Option<String>,
) -> Result<(), AppError> {
    let state = app_state()?;
    let ctx = request_ctx();
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

pub(super) async fn logout() -> Result<(), AppError> {
    let state = app_state()?;
    let ctx = request_ctx();
    if let Some(hash) = &ctx.session_hash {
        sessions::delete(&state.db, hash).await?;
    }
    append_cookie(&session_cookie("", 0, ctx.secure));
    leptos_axum::redirect("/");
    Ok(())
}

pub(super) async fn logout_everywhere() -> Result<(), AppError> {
    let state = app_state()?;
    let ctx = request_ctx();
    let user = ctx.user.ok_or(AppError::NotLoggedIn)?;
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

pub(super) async fn my_account() -> Result<super::AccountInfo, AppError> {
    let state = app_state()?;
    let user = request_ctx().user.ok_or(AppError::NotLoggedIn)?;
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

pub(super) async fn request_password_reset(email: String) -> Result<(), AppError> {
    let state = app_state()?;
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

pub(super) async fn password_link(token: String) -> Result<String, AppError> {
    let db = app_state()?.db;
    let user_id = store::password_tokens::valid_user(&db, &sha256_hex(&token), crate::clock::now())
        .await?
        .ok_or(AppError::NotFound)?;
    let user = users::find_by_id(&db, user_id)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(user.email)
}

/// Sets the password of a link's account. The link is used up together with every other
/// unused link of the account, and every session of the account ends (a reset after a
/// stolen password locks the thief out); then the user is logged in afresh.
pub(super) async fn set_password(
    token: String,
    password: String,
    repeat: String,
) -> Result<(), AppError> {
    let state = app_state()?;
    let ctx = request_ctx();
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

fn append_cookie(cookie: &str) {
    if let (Some(res), Ok(value)) = (
        use_context::<ResponseOptions>(),
        HeaderValue::from_str(cookie),
    ) {
        res.append_header(header::SET_COOKIE, value);
    }
}

/// The name of the session cookie: with the `__Host-` prefix over HTTPS, which browsers
/// accept only from this host, `Secure`, for the whole site — so no subdomain or plain-HTTP
/// page can set or overwrite it.
pub fn session_cookie_name(secure: bool) -> &'static str {
    if secure {
        "__Host-opstap_session"
    } else {
        SESSION_COOKIE
    }
}

/// The name of the CSRF seed cookie (see [`session_cookie_name`]).
pub fn csrf_cookie_name(secure: bool) -> &'static str {
    if secure {
        "__Host-opstap_csrf"
    } else {
        CSRF_COOKIE
    }
}

/// The `Set-Cookie` value of the session cookie (`max_age` 0 removes it).
pub fn session_cookie(token: &str, max_age: i64, secure: bool) -> String {
    let name = session_cookie_name(secure);
    let secure = if secure { "; Secure" } else { "" };
    format!("{name}={token}; Path=/; HttpOnly; SameSite=Lax; Max-Age={max_age}{secure}")
}

/// Hashes a password with argon2id, off the async threads.
pub async fn hash_password(password: String) -> Result<String, AppError> {
    tokio::task::spawn_blocking(move || hash_password_blocking(&password))
        .await
        .map_err(|error| {
            tracing::error!(%error, "hashing task failed");
            AppError::Internal
        })?
}

/// Hashes a password with argon2id on the calling thread (for the CLI and the demo loader).
pub fn hash_password_blocking(password: &str) -> Result<String, AppError> {
    let salt = SaltString::generate(&mut OsRng);
    Argon2::default()
        .hash_password(password.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|error| {
            tracing::error!(%error, "password hashing failed");
            AppError::Internal
        })
}

/// Checks a password against a stored hash, off the async threads. Without a stored hash
/// a dummy hash is checked, so the answer takes as long either way.
pub async fn verify_password(stored: Option<String>, password: String) -> bool {
    tokio::task::spawn_blocking(move || {
        let hash = match &stored {
            Some(hash) => hash.as_str(),
            None => dummy_hash(),
        };
        let ok = PasswordHash::new(hash)
            .map(|parsed| {
                Argon2::default()
                    .verify_password(password.as_bytes(), &parsed)
                    .is_ok()
            })
            .unwrap_or(false);
        ok && stored.is_some()
    })
    .await
    .unwrap_or(false)
}

fn dummy_hash() -> &'static str {
    static DUMMY: OnceLock<String> = OnceLock::new();
    DUMMY.get_or_init(|| hash_password_blocking(&random_token()).unwrap_or_default())
}

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
    employer_id: Option<i64>,
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

/// 32 random bytes as hex, for session tokens and secrets.
pub fn random_token() -> String {
    let mut bytes = [0u8; 32];
    OsRng.fill_bytes(&mut bytes);
    hex(&bytes)
}

pub fn sha256_hex(text: &str) -> String {
    hex(&Sha256::digest(text.as_bytes()))
}

/// What a CSRF token is bound to: the session once someone is logged in, before that the
/// browser's random seed cookie. A token seen before login is worthless after it.
#[derive(Clone, Copy, Debug)]
pub enum CsrfBinding<'a> {
    /// The SHA-256 of the session cookie.
    Session(&'a str),
    /// The seed cookie of a browser without a session.
    Seed(&'a str),
}

/// The CSRF token of a browser: an HMAC under the server secret over what it is bound to
/// (a signed double-submit token, so nothing has to be stored per browser).
pub fn csrf_token_for(secret: &str, binding: CsrfBinding) -> String {
    let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(secret.as_bytes())
        .expect("HMAC takes keys of any length");
    match binding {
        CsrfBinding::Session(hash) => {
            mac.update(b"opstap-csrf:session:");
            mac.update(hash.as_bytes());
        }
        CsrfBinding::Seed(seed) => {
            mac.update(b"opstap-csrf:seed:");
            mac.update(seed.as_bytes());
        }
    }
    hex(&mac.finalize().into_bytes())
}

/// The token as written into one page: XOR-ed with a fresh random mask, the mask in
/// front (`mask ‖ token ⊕ mask`, hex). Every page then carries different bytes, so a
/// compressed page's size tells nothing about the token (BREACH). Only pages of a logged-
/// in user are masked: a visitor's page must stay the same to be revalidated (`304`).
pub fn mask_csrf_token(token: &str) -> String {
    let mask = random_token();
    let (Some(t), Some(m)) = (unhex(token), unhex(&mask)) else {
        return token.to_string();
    };
    let masked: Vec<u8> = t.iter().zip(m.iter()).map(|(a, b)| a ^ b).collect();
    format!("{mask}{}", hex(&masked))
}

/// Whether `sent` (plain or masked, see [`mask_csrf_token`]) is `expected`, compared in
/// constant time.
pub fn csrf_token_matches(sent: &str, expected: &str) -> bool {
    let plain = match sent.len() {
        64 => sent.to_string(),
        128 => {
            let (mask, masked) = sent.split_at(64);
            match (unhex(mask), unhex(masked)) {
                (Some(m), Some(x)) => hex(&m
                    .iter()
                    .zip(x.iter())
                    .map(|(a, b)| a ^ b)
                    .collect::<Vec<u8>>()),
                _ => return false,
            }
        }
        _ => return false,
    };
    constant_time_eq(&plain, expected)
}

fn unhex(text: &str) -> Option<Vec<u8>> {
    if !text.len().is_multiple_of(2) {
        return None;
    }
    (0..text.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(text.get(i..i + 2)?, 16).ok())
        .collect()
}

/// Compares two secrets in time independent of where they differ.
pub fn constant_time_eq(a: &str, b: &str) -> bool {
    a.len() == b.len()
        && a.bytes()
            .zip(b.bytes())
            .fold(0u8, |acc, (x, y)| acc | (x ^ y))
            == 0
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csrf_tokens_depend_on_secret_and_binding() {
        use CsrfBinding::{Seed, Session};
        let a = csrf_token_for("secret", Seed("seed"));
        assert_eq!(a, csrf_token_for("secret", Seed("seed")));
        assert_ne!(a, csrf_token_for("other", Seed("seed")));
        assert_ne!(a, csrf_token_for("secret", Seed("seed2")));
        assert_ne!(a, csrf_token_for("secret", Session("seed")));
        // Masked copies differ per page and still match; a changed byte does not.
        let one = mask_csrf_token(&a);
        let two = mask_csrf_token(&a);
        assert_ne!(one, two);
        assert!(csrf_token_matches(&one, &a) && csrf_token_matches(&two, &a));
        assert!(csrf_token_matches(&a, &a));
        let mut broken = one.clone().into_bytes();
        broken[100] = if broken[100] == b'0' { b'1' } else { b'0' };
        assert!(!csrf_token_matches(&String::from_utf8(broken).unwrap(), &a));
        assert!(!csrf_token_matches("", &a) && !csrf_token_matches(&"z".repeat(128), &a));
        assert_eq!(a.len(), 64);
    }

    #[test]
    fn constant_time_eq_compares() {
        assert!(constant_time_eq("abc", "abc"));
        assert!(!constant_time_eq("abc", "abd"));
        assert!(!constant_time_eq("abc", "abcd"));
    }

    #[tokio::test]
    async fn passwords_verify_only_against_their_hash() {
        let hash = hash_password("correct horse".into()).await.unwrap();
        assert!(hash.starts_with("$argon2id$"));
        assert!(verify_password(Some(hash.clone()), "correct horse".into()).await);
        assert!(!verify_password(Some(hash), "wrong horse".into()).await);
        assert!(!verify_password(None, "anything".into()).await);
    }

    #[test]
    fn session_cookie_is_locked_down() {
        let c = session_cookie("tok", 60, true);
        assert!(c.contains("HttpOnly") && c.contains("SameSite=Lax") && c.contains("Secure"));
        assert!(!session_cookie("tok", 60, false).contains("Secure"));
    }
}
