//! Who is logged in, and the forms that change it.
//!
//! Sessions live in the database (see `store::sessions`); the browser holds only a random
//! token in an `HttpOnly` cookie. Every form that changes something carries a CSRF token
//! (see [`CsrfField`]) that the server middleware checks before any handler runs, so the
//! protection also holds for forms posted without JavaScript.

mod account_page;
#[cfg(feature = "ssr")]
pub mod cookies;
#[cfg(feature = "ssr")]
pub mod invitations;
mod login_page;
mod password_page;
#[cfg(feature = "ssr")]
pub mod passwords;
mod reset_page;
#[cfg(feature = "ssr")]
pub mod ssr;
#[cfg(feature = "ssr")]
pub mod tokens;

pub use crate::wire::auth::SessionUser;
pub use account_page::{AccountInfo, AccountPage};
pub use login_page::LoginPage;
pub use password_page::PasswordPage;
pub use reset_page::ResetPage;

use crate::error::AppError;
use leptos::prelude::*;

/// The CSRF token of this browser, provided as context by the shell.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CsrfToken(pub String);

/// Bumped whenever the login state changes, so the header reloads the user.
#[derive(Clone, Copy)]
pub struct AuthVersion(pub RwSignal<u64>);

/// Reloads the user shown in the header once `done` turns true (after a login or a
/// password set through the hydrated page; without JavaScript the page reloads anyway).
pub fn refresh_user_when(done: impl Fn() -> bool + Send + Sync + 'static) {
    if let Some(AuthVersion(version)) = use_context::<AuthVersion>() {
        Effect::new(move |_| {
            if done() {
                version.update(|v| *v += 1);
            }
        });
    }
}

/// The hidden field every state-changing form carries.
#[component]
pub fn CsrfField() -> impl IntoView {
    let token = use_context::<CsrfToken>().unwrap_or_default().0;
    view! { <input type="hidden" name="csrf" value=token/> }
}

/// The logged-in user, if any.
#[server(name = CurrentUser, prefix = "/api", endpoint = "current_user", input = server_fn::codec::GetUrl)]
pub async fn current_user() -> Result<Option<SessionUser>, AppError> {
    Ok(crate::request::request_ctx().user)
}

/// Checks the e-mail address and password and starts a session.
///
/// The form's `csrf` field is checked by the middleware before this runs. `next` is where
/// to go afterwards (only local paths are followed).
#[server(name = Login, prefix = "/api", endpoint = "login")]
pub async fn login(email: String, password: String, next: Option<String>) -> Result<(), AppError> {
    crate::request::serve(|cx| ssr::login(cx, email, password, next)).await
}

/// Ends the session.
#[server(name = Logout, prefix = "/api", endpoint = "logout")]
pub async fn logout() -> Result<(), AppError> {
    crate::request::serve(ssr::logout).await
}

/// Ends every session of the logged-in user, on every device (this one included).
#[server(name = LogoutEverywhere, prefix = "/api", endpoint = "logout_everywhere")]
pub async fn logout_everywhere() -> Result<(), AppError> {
    crate::request::serve(ssr::logout_everywhere).await
}

/// The logged-in user's account, for `/account`.
#[server(name = GetMyAccount, prefix = "/api", endpoint = "my_account", input = server_fn::codec::GetUrl)]
pub async fn my_account() -> Result<AccountInfo, AppError> {
    crate::request::serve(ssr::my_account).await
}

/// Mails a single-use link (valid one hour) to set a new password, when `email` belongs to
/// an active account; answers the same either way.
#[server(name = RequestPasswordReset, prefix = "/api", endpoint = "request_password_reset")]
pub async fn request_password_reset(email: String) -> Result<(), AppError> {
    crate::request::serve(|cx| ssr::request_password_reset(cx, email)).await
}

/// The e-mail address a password link is for, when the link is valid (unused, not
/// expired); `NotFound` otherwise. Public: the token is the credential.
#[server(name = GetPasswordLink, prefix = "/api", endpoint = "password_link", input = server_fn::codec::GetUrl)]
pub async fn password_link(token: String) -> Result<String, AppError> {
    crate::request::serve(|cx| ssr::password_link(cx, token)).await
}

/// Sets the password of the link's account, uses the link up and logs the user in.
#[server(name = SetPassword, prefix = "/api", endpoint = "set_password")]
pub async fn set_password(
    token: String,
    password: String,
    password_repeat: String,
) -> Result<(), AppError> {
    crate::request::serve(|cx| ssr::set_password(cx, token, password, password_repeat)).await
}
