//! `/balie/werkgevers/nieuw`: the desk enters an employer itself (for instance after a
//! phone call). It is active at once; the contact can get a welcome mail with a password
//! link. Afterwards the desk can post an opening on the employer's behalf.

use super::register_page::RegistrationFields;
use super::CreateEmployer;
use crate::auth::CsrfField;
use crate::i18n::{msg, tr};
use crate::ui::forms::{CheckboxField, ErrorSummary};
use crate::ui::page::{Loaded, PageTitle};
use leptos::prelude::*;

#[component]
pub fn CreateEmployerPage() -> impl IntoView {
    let managers = Resource::new(|| (), |_| super::account_managers());
    view! {
        <PageTitle text=msg::CREATE_EMPLOYER_TITLE/>
        <div class="narrow">
            <h1>{tr(msg::CREATE_EMPLOYER_TITLE)}</h1>
            <Loaded data=managers then={move |list: Vec<(i64, String)>| view! { <CreateForm managers=list/> }}/>
        </div>
    }
}

#[component]
fn CreateForm(managers: Vec<(i64, String)>) -> impl IntoView {
    let create = ServerAction::<CreateEmployer>::new();
    let error = Signal::derive(move || create.value().get().and_then(|r| r.err()));
    let lang = crate::i18n::use_lang();
    let message = move || crate::ui::forms::field_message(&error.get(), "account_manager", lang);
    view! {
        <ErrorSummary error=error/>
        <ActionForm action=create attr:class="form" attr:novalidate=true>
            <CsrfField/>
            <RegistrationFields error=error/>
            <div class="field" class:field-invalid=move || message().is_some()>
                <label for="field-account_manager">{tr(msg::FIELD_ACCOUNT_MANAGER)}</label>
                {move || message().map(|m| view! { <p class="field-error" id="field-account_manager-error">{m}</p> })}
                <select id="field-account_manager" name="account_manager">
                    <option value="">{tr(msg::CHOOSE)}</option>
                    {managers.into_iter().map(|(id, name)| view! { <option value=id.to_string()>{name}</option> }).collect_view()}
                </select>
            </div>
            <CheckboxField name="invite_contact" label=msg::INVITE_CONTACT checked=true error=error/>
            <button type="submit" class="button primary">{tr(msg::CREATE_EMPLOYER_SUBMIT)}</button>
        </ActionForm>
    }
}
