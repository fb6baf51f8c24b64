//! `/wachtwoord/{token}`: setting a password with the single-use link from a welcome or
//! invitation e-mail. Afterwards the user is logged in and lands on their home page.

use super::{password_link, CsrfField, SetPassword};
use crate::i18n::{msg, tr};
use crate::ui::forms::{ErrorSummary, TextField};
use crate::ui::page::{Loaded, PageTitle};
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

#[component]
pub fn PasswordPage() -> impl IntoView {
    let params = use_params_map();
    let token = move || params.read().get("token").unwrap_or_default();
    let link = Resource::new(token, password_link);
    view! {
        <PageTitle text=msg::PASSWORD_TITLE/>
        <Loaded data=link then=move |email: String| view! { <PasswordForm email=email token=token()/> }/>
    }
}

#[component]
fn PasswordForm(email: String, token: String) -> impl IntoView {
    let set = ServerAction::<SetPassword>::new();
    super::refresh_user_when(move || matches!(set.value().get(), Some(Ok(()))));
    let error = Signal::derive(move || set.value().get().and_then(|r| r.err()));
    view! {
        <div class="narrow">
            <h1>{tr(msg::PASSWORD_TITLE)}</h1>
            <p>{tr(msg::PASSWORD_INTRO)} " " <strong>{email}</strong></p>
            <ErrorSummary error=error/>
            <ActionForm action=set attr:class="form" attr:novalidate=true>
                <CsrfField/>
                <input type="hidden" name="token" value=token/>
                <TextField name="password" label=msg::PASSWORD_NEW input_type="password" autocomplete="new-password" hint=msg::PASSWORD_HINT error=error/>
                <TextField name="password_repeat" label=msg::PASSWORD_REPEAT input_type="password" autocomplete="new-password" error=error/>
                <button type="submit" class="button primary">{tr(msg::PASSWORD_SUBMIT)}</button>
            </ActionForm>
        </div>
    }
}
