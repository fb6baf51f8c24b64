//! `/balie/vacatures/{id}/voordragen?k=…`: the desk writes a motivation for each candidate
//! chosen on the matching page and proposes them in one go. Candidates without consent or
//! already proposed are shown but not sent.

use super::text as t;
use super::{propose_form, Propose, ProposeData};
use crate::auth::CsrfField;
use crate::domain::proposals::ALREADY_PROPOSED;
use crate::i18n::{tr, use_lang};
use crate::ui::forms::{echoed_value, field_message, ErrorSummary};
use crate::ui::page::{Loaded, PageTitle};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

#[component]
pub fn ProposePage() -> impl IntoView {
    let id = crate::ui::page::id_param();
    let query = use_query_map();
    let chosen = move || -> Vec<i64> {
        query
            .read()
            .get_all("k")
            .unwrap_or_default()
            .iter()
            .filter_map(|k| k.parse().ok())
            .collect()
    };
    let data = Resource::new(move || (id(), chosen()), |(id, k)| propose_form(id, k));
    let propose = ServerAction::<Propose>::new();
    view! {
        <PageTitle text=t::PROPOSE_TITLE/>
        <h1>{tr(t::PROPOSE_TITLE)}</h1>
        <Loaded data=data then={move |d: ProposeData| view! { <ProposeForm data=d action=propose/> }}/>
    }
}

#[component]
fn ProposeForm(data: ProposeData, action: ServerAction<Propose>) -> impl IntoView {
    let lang = use_lang();
    let error = Signal::derive(move || action.value().get().and_then(|r| r.err()));
    let opening = data.opening_id;
    let (sendable, held): (Vec<_>, Vec<_>) = data
        .candidates
        .into_iter()
        .partition(|c| c.consent && !c.already_proposed);
    let nothing = sendable.is_empty();
    view! {
        <p>
            <a href=format!("/balie/vacatures/{opening}")>{data.opening_title.clone()}</a>
            " · " {data.employer_name.clone()}
        </p>
        <p>{tr(t::PROPOSE_INTRO)}</p>
        <ErrorSummary error=error/>
        {(!held.is_empty()).then(|| view! {
            <ul class="notice">
                {held.into_iter().map(|c| {
                    let why = if c.already_proposed { ALREADY_PROPOSED } else { crate::domain::proposals::NO_CONSENT };
                    view! { <li><strong>{c.name}</strong> ": " {tr(why)}</li> }
                }).collect_view()}
            </ul>
        })}
        {if nothing {
            view! {
                <p>{tr(t::PROPOSE_NONE)}</p>
                <p><a href=format!("/balie/vacatures/{opening}/kandidaten")>{tr(t::FIND_CANDIDATES)}</a></p>
            }.into_any()
        } else {
            view! {
                <ActionForm action=action attr:class="form wide-form">
                    <CsrfField/>
                    <input type="hidden" name="opening" value=opening.to_string()/>
                    {sendable.into_iter().enumerate().map(|(i, c)| {
                        let field = format!("items[{i}][motivation]");
                        let id = format!("field-motivation-{i}");
                        let error_id = format!("{id}-error");
                        let value = echoed_value(&error.get_untracked(), &field).unwrap_or(c.draft.clone());
                        let message = {
                            let field = field.clone();
                            move || field_message(&error.get(), &field, lang)
                                .or_else(|| field_message(&error.get(), &format!("items[{i}][candidate]"), lang))
                        };
                        let message2 = message.clone();
                        let error_id2 = error_id.clone();
                        view! {
                            <fieldset class="card">
                                <legend>{c.name.clone()}</legend>
                                <input type="hidden" name=format!("items[{i}][candidate]") value=c.id.to_string()/>
                                <p class="field-legend">{tr(t::WHAT_FITS)}</p>
                                <ul class="reasons">
                                    {c.reasons.iter().map(|r| view! {
                                        <li>{if lang == crate::i18n::Lang::Nl { r.nl.clone() } else { r.en.clone() }} " (" {format!("{:+}", r.points)} ")"</li>
                                    }).collect_view()}
                                </ul>
                                <div class="field" class:field-invalid=move || message().is_some()>
                                    <label for=id.clone()>{tr(t::MOTIVATION_FOR_EMPLOYER)} " – " {c.name.clone()}</label>
                                    {move || message2().map(|m| view! { <p class="field-error" id=error_id2.clone()>{m}</p> })}
                                    <textarea id=id name=field rows="4">{value}</textarea>
                                </div>
                            </fieldset>
                        }
                    }).collect_view()}
                    <div class="button-row">
                        <button type="submit" class="button primary">{tr(t::PROPOSE_SUBMIT)}</button>
                        <a class="button secondary" href=format!("/balie/vacatures/{opening}/kandidaten")>{tr(t::FIND_CANDIDATES)}</a>
                    </div>
                </ActionForm>
            }.into_any()
        }}
    }
}
