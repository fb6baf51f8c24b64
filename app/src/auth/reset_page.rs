//! `/wachtwoord-vergeten`: asking for a link to set a new password. The answer is the same
//! whether or not the address has an account, so the form does not tell strangers who is
//! registered; the link (if any) works once and for an hour.

use super::{CsrfField, RequestPasswordReset};
use crate::i18n::{msg, tr};
use crate::ui::forms::{ErrorSummary, TextField};
use crate::ui::page::PageTitle;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

#[component]
pub fn ResetPage() -> impl IntoView {
    let request = ServerAction::<RequestPasswordReset>::new();
    let error = Signal::derive(move || request.value().get().and_then(|r| r.err()));
    let query = use_query_map();
    let sent = move || query.read().get("verstuurd").is_some();
    view! {
        <PageTitle text=msg::RESET_TITLE/>
        <crate::ui::page::Describe text=msg::RESET_INTRO/>
        <div class="narrow">
            <h1>{tr(msg::RESET_TITLE)}</h1>
            <Show
                when=sent
                fallback=move || view! {
                    <p>{tr(msg::RESET_INTRO)}</p>
                    <ErrorSummary error=error/>
                    <ActionForm action=request attr:class="form" attr:novalidate=true>
                        <CsrfField/>
                        <TextField name="email" label=msg::LOGIN_EMAIL input_type="email" autocomplete="username" error=error/>
                        <button type="submit" class="button primary">{tr(msg::RESET_SUBMIT)}</button>
                    </ActionForm>
                }
            >
                <p class="notice" role="status">{tr(msg::RESET_SENT)}</p>
                <p><a href="/inloggen">{tr(msg::RESET_BACK)}</a></p>
            </Show>
        </div>
    }
}
