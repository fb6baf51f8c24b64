//! `/inloggen`: the login form. Works with and without JavaScript: without it the browser
//! posts to `/api/login` and is redirected, with an error encoded in the URL when it failed.

use super::{CsrfField, Login};
use crate::i18n::{msg, tr};
use crate::ui::forms::{ErrorSummary, TextField};
use crate::ui::page::PageTitle;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

#[component]
pub fn LoginPage() -> impl IntoView {
    let login = ServerAction::<Login>::new();
    super::refresh_user_when(move || matches!(login.value().get(), Some(Ok(()))));
    let query = use_query_map();
    let next = move || query.read().get("terug").unwrap_or_default();
    let error = Signal::derive(move || login.value().get().and_then(|r| r.err()));
    view! {
        <PageTitle text=msg::LOGIN_TITLE/>
        <crate::ui::page::Describe text=msg::LOGIN_DESCRIPTION/>
        <div class="narrow">
            <h1>{tr(msg::LOGIN_TITLE)}</h1>
            <p>{tr(msg::LOGIN_INTRO)}</p>
            <ErrorSummary error=error/>
            <ActionForm action=login attr:class="form" attr:novalidate=true>
                <CsrfField/>
                <input type="hidden" name="next" value=next/>
                <TextField name="email" label=msg::LOGIN_EMAIL input_type="email" autocomplete="username" error=error/>
                <TextField name="password" label=msg::LOGIN_PASSWORD input_type="password" autocomplete="current-password" error=error/>
                <button type="submit" class="button primary">{tr(msg::LOGIN_SUBMIT)}</button>
            </ActionForm>
            <p><a href="/wachtwoord-vergeten">{tr(msg::LOGIN_FORGOT)}</a></p>
        </div>
    }
}
