//! Error pages in the site frame: not found (404), no access (403), something failed (500),
//! and [`Refused`], which turns a server function's refusal into the right one of these (or
//! a redirect to the login page).

use crate::domain::redirect::encode_query_value;
use crate::error::AppError;
use crate::i18n::{msg, tr, T};
use crate::ui::page::PageTitle;
use leptos::prelude::*;
use leptos_router::components::Redirect;
use leptos_router::hooks::use_location;

fn set_status(_status: u16) {
    #[cfg(feature = "ssr")]
    crate::request::set_page_status(_status);
}

/// A page that only says what happened, with a way back.
#[component]
fn Message(status: u16, title: T, text: T) -> impl IntoView {
    set_status(status);
    view! {
        <PageTitle text=title/>
        <h1>{tr(title)}</h1>
        <p>{tr(text)}</p>
        <p><a href="/">{tr(msg::BACK_HOME)}</a></p>
    }
}

#[component]
pub fn NotFound() -> impl IntoView {
    view! { <Message status=404 title=msg::NOT_FOUND_TITLE text=msg::NOT_FOUND_TEXT/> }
}

#[component]
pub fn NoAccess() -> impl IntoView {
    view! { <Message status=403 title=msg::NO_ACCESS_TITLE text=msg::NO_ACCESS_TEXT/> }
}

#[component]
pub fn ErrorPage() -> impl IntoView {
    view! { <Message status=500 title=msg::ERROR_TITLE text=msg::ERROR_TEXT/> }
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
        AppError::Gone => {
            view! { <Message status=410 title=msg::GONE_TITLE text=msg::GONE_TEXT/> }.into_any()
        }
        AppError::Anonymised => view! {
            <Message status=410 title=msg::ANONYMISED_TITLE text=msg::ANONYMISED_TEXT/>
        }
        .into_any(),
        _ => view! { <ErrorPage/> }.into_any(),
    }
}
