//! `/aanmelden`: the public form on which an organisation asks to become a partner
//! employer, and `/aanmelden/bedankt`, where it lands afterwards.

use super::RegisterEmployer;
use crate::auth::CsrfField;
use crate::domain::kinds::Sector;
use crate::i18n::{msg, tr};
use crate::ui::forms::{ErrorSummary, SelectField, TextArea, TextField};
use crate::ui::page::PageTitle;
use leptos::prelude::*;

#[component]
pub fn RegisterPage() -> impl IntoView {
    let register = ServerAction::<RegisterEmployer>::new();
    let error = Signal::derive(move || register.value().get().and_then(|r| r.err()));
    view! {
        <PageTitle text=msg::REGISTER_TITLE/>
        <crate::ui::page::Describe text=msg::REGISTER_INTRO/>
        <div class="narrow">
            <h1>{tr(msg::REGISTER_TITLE)}</h1>
            <p>{tr(msg::REGISTER_INTRO)}</p>
            <ErrorSummary error=error/>
            <ActionForm action=register attr:class="form" attr:novalidate=true>
                <CsrfField/>
                <RegistrationFields error=error/>
                <button type="submit" class="button primary">{tr(msg::REGISTER_SUBMIT)}</button>
            </ActionForm>
        </div>
    }
}

#[component]
pub fn ThanksPage() -> impl IntoView {
    view! {
        <PageTitle text=msg::REGISTER_THANKS_TITLE/>
        <crate::ui::page::Describe text=msg::REGISTER_INTRO/>
        <div class="narrow">
            <h1>{tr(msg::REGISTER_THANKS_TITLE)}</h1>
            <p>{tr(msg::REGISTER_THANKS_TEXT)}</p>
            <p><a href="/">{tr(msg::BACK_HOME)}</a></p>
        </div>
    }
}

/// The fields of an employer registration, shared by the public form and the desk's.
#[component]
pub fn RegistrationFields(error: Signal<Option<crate::error::AppError>>) -> impl IntoView {
    let sectors: Vec<(&'static str, crate::i18n::T)> = Sector::ALL
        .iter()
        .map(|s| (s.as_str(), s.label()))
        .collect();
    view! {
                <fieldset>
            <legend>{tr(msg::REGISTER_ORGANISATION)}</legend>
            <TextField name="name" label=msg::FIELD_ORG_NAME autocomplete="organization" error=error/>
            <TextField name="kvk" label=msg::FIELD_KVK hint=msg::FIELD_KVK_HINT input_type="text" error=error/>
            <SelectField name="sector" label=msg::FIELD_SECTOR options=sectors error=error/>
            <TextField name="street" label=msg::FIELD_STREET autocomplete="address-line1" error=error/>
            <TextField name="house_number" label=msg::FIELD_HOUSE_NUMBER error=error/>
            <TextField name="postcode" label=msg::FIELD_POSTCODE hint=msg::FIELD_POSTCODE_HINT autocomplete="postal-code" error=error/>
            <TextField name="city" label=msg::FIELD_CITY autocomplete="address-level2" error=error/>
            <TextField name="municipality" label=msg::FIELD_MUNICIPALITY error=error/>
        </fieldset>
        <fieldset>
            <legend>{tr(msg::REGISTER_CONTACT)}</legend>
            <TextField name="contact_name" label=msg::FIELD_CONTACT_NAME autocomplete="name" error=error/>
            <TextField name="email" label=msg::LOGIN_EMAIL input_type="email" autocomplete="email" error=error/>
            <TextField name="phone" label=msg::FIELD_PHONE input_type="tel" autocomplete="tel" error=error/>
            <TextArea name="message" label=msg::FIELD_MESSAGE hint=msg::FIELD_MESSAGE_HINT error=error/>
        </fieldset>
    }
}
