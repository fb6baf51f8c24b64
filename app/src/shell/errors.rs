//! Error pages in the site frame: not found (404), no access (403), something failed (500),
//! and [`Refused`], which turns a server function's refusal into the right one of these (or
//! a redirect to the login page).

use super::encode_query_value;
use crate::error::AppError;
use crate::i18n::{msg, tr};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::Redirect;
use leptos_router::hooks::use_location;

fn set_status(_status: u16) {
    #[cfg(feature = "ssr")]
    crate::auth::ssr::set_page_status(_status);
}

#[component]
pub fn NotFound() -> impl IntoView {
    set_status(404);
    view! {
        <Title text=move || format!("{} – {}", tr(msg::NOT_FOUND_TITLE), tr(msg::APP_NAME))/>
        <h1>{tr(msg::NOT_FOUND_TITLE)}</h1>
        <p>{tr(msg::NOT_FOUND_TEXT)}</p>
        <p><a href="/">{tr(msg::BACK_HOME)}</a></p>
    }
}

#[component]
pub fn NoAccess() -> impl IntoView {
    set_status(403);
    view! {
        <Title text=move || format!("{} – {}", tr(msg::NO_ACCESS_TITLE), tr(msg::APP_NAME))/>
        <h1>{tr(msg::NO_ACCESS_TITLE)}</h1>
        <p>{tr(msg::NO_ACCESS_TEXT)}</p>
        <p><a href="/">{tr(msg::BACK_HOME)}</a></p>
    }
}

#[component]
pub fn ErrorPage() -> impl IntoView {
    set_status(500);
    view! {
        <Title text=move || format!("{} – {}", tr(msg::ERROR_TITLE), tr(msg::APP_NAME))/>
        <h1>{tr(msg::ERROR_TITLE)}</h1>
        <p>{tr(msg::ERROR_TEXT)}</p>
        <p><a href="/">{tr(msg::BACK_HOME)}</a></p>
    }
}

/// What a page shows when its data was refused: the login page for a visitor, "no access"
/// for a wrong role, "not found" for an unknown id, otherwise the error page.
#[component]
pub fn Refused(error: AppError) -> impl IntoView {
    match error {
        AppError::NotLoggedIn => {
            let location = use_location();
            let here = location.pathname.get_untracked();
            view! { <Redirect path=format!("/inloggen?terug={}", encode_query_value(&here))/> }
                .into_any()
        }
        AppError::Forbidden => view! { <NoAccess/> }.into_any(),
        AppError::NotFound => view! { <NotFound/> }.into_any(),
        _ => view! { <ErrorPage/> }.into_any(),
    }
}
