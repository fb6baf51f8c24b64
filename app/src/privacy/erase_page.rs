//! `/balie/kandidaten/{id}/wissen`: an admin erases a candidate's personal data because
//! the person asked (AVG article 17). The form asks for the reason and the client number
//! typed again; a wrong field gets its message and nothing is erased. After the erasure the
//! candidate's page says so.

use super::text as t;
use super::{erasure_subject, EraseCandidate, ErasureSubject};
use crate::auth::CsrfField;
use crate::domain::dates::iso_moment;
use crate::i18n::{msg, tr};
use crate::ui::forms::{ErrorSummary, TextArea, TextField};
use crate::ui::page::{Loaded, PageTitle};
use leptos::prelude::*;

#[component]
pub fn ErasePage() -> impl IntoView {
    let id = crate::ui::page::id_param();
    let erase = ServerAction::<EraseCandidate>::new();
    let data = Resource::new(id, erasure_subject);
    view! {
        <PageTitle text=t::ERASE_TITLE/>
        <Loaded data=data then={move |s: ErasureSubject| view! { <EraseForm subject=s erase=erase/> }}/>
    }
}

#[component]
fn EraseForm(subject: ErasureSubject, erase: ServerAction<EraseCandidate>) -> impl IntoView {
    let error = Signal::derive(move || erase.value().get().and_then(|r| r.err()));
    let back = format!("/balie/kandidaten/{}", subject.id);
    view! {
        <p><a href=back>{tr(t::BACK_TO_CANDIDATE)}</a></p>
        <h1>{tr(t::ERASE_TITLE)} ": " {subject.name.clone()}</h1>
        {match subject.anonymisation.clone() {
            Some(a) => view! {
                <p class="notice" role="status">
                    {tr(t::ALREADY_ANONYMISED)} " ("
                    {a.cause_label(crate::i18n::use_lang())}
                    ", " {iso_moment(a.at)} ")"
                </p>
            }.into_any(),
            None => view! {
                <p>{tr(t::ERASE_INTRO)}</p>
                <p><strong>{tr(t::CLIENT_NUMBER)} ": "</strong> {subject.client_number.clone()}</p>
                <ErrorSummary error=error/>
                <ActionForm action=erase attr:class="form narrow" attr:novalidate=true>
                    <CsrfField/>
                    <input type="hidden" name="id" value=subject.id.to_string()/>
                    <TextArea name="reason" label=t::ERASE_REASON hint=t::ERASE_REASON_HINT error=error/>
                    <TextField name="confirm" label=t::ERASE_CONFIRM autocomplete="off" required=true error=error/>
                    <div class="button-row">
                        <button type="submit" class="button danger">{tr(t::ERASE_SUBMIT)}</button>
                        <a class="button secondary" href=format!("/balie/kandidaten/{}", subject.id)>{tr(msg::CANCEL)}</a>
                    </div>
                </ActionForm>
            }.into_any(),
        }}
    }
}
