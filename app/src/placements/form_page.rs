//! `/balie/plaatsingen/nieuw?kandidaat={id}` records a placement that did not come through
//! a proposal; `/balie/plaatsingen/{id}/bewerken` changes the terms of any placement.

use super::text as t;
use super::{
    edit_placement_form, new_placement_form, EditPlacement, EditPlacementData, NewPlacementData,
    RecordPlacement,
};
use crate::auth::CsrfField;
use crate::domain::kinds::{BenefitExit, ContractType, OpeningKind};
use crate::domain::placements::PlacementForm;
use crate::error::AppError;
use crate::i18n::{msg, tr};
use crate::ui::forms::{choices, CheckboxField, ChoiceField, ErrorSummary, SelectField, TextField};
use crate::ui::page::{Loaded, PageTitle};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

#[component]
pub fn NewPlacementPage() -> impl IntoView {
    let query = use_query_map();
    let candidate = move || {
        query
            .read()
            .get("kandidaat")
            .and_then(|k| k.parse::<i64>().ok())
            .unwrap_or(-1)
    };
    let data = Resource::new(candidate, new_placement_form);
    let record = ServerAction::<RecordPlacement>::new();
    view! {
        <PageTitle text=t::RECORD_TITLE/>
        <h1>{tr(t::RECORD_TITLE)}</h1>
        <p>{tr(t::RECORD_INTRO)}</p>
        <Loaded data=data then={move |d: NewPlacementData| {
            let error = Signal::derive(move || record.value().get().and_then(|r| r.err()));
            let employers: Vec<(String, String)> = d.employers.iter().map(|(id, n)| (id.to_string(), n.clone())).collect();
            let form = PlacementForm {
                start_date: d.today.clone(),
                benefit_exit: BenefitExit::NotYet.as_str().into(),
                ..PlacementForm::default()
            };
            view! {
                <p><a href=format!("/balie/kandidaten/{}", d.candidate_id)>{d.candidate_name.clone()}</a></p>
                <ErrorSummary error=error/>
                <ActionForm action=record attr:class="form" attr:novalidate=true>
                    <CsrfField/>
                    <input type="hidden" name="candidate" value=d.candidate_id.to_string()/>
                    <ChoiceField name="employer" label=t::FIELD_EMPLOYER options=employers error=error/>
                    {terms_fields(&form, error)}
                    <button type="submit" class="button primary">{tr(t::RECORD_TITLE)}</button>
                </ActionForm>
            }
        }}/>
    }
}

#[component]
pub fn EditPlacementPage() -> impl IntoView {
    let id = crate::ui::page::id_param();
    let data = Resource::new(id, edit_placement_form);
    let edit = ServerAction::<EditPlacement>::new();
    view! {
        <PageTitle text=t::EDIT_TITLE/>
        <h1>{tr(t::EDIT_TITLE)}</h1>
        <Loaded data=data then={move |d: EditPlacementData| {
            let error = Signal::derive(move || edit.value().get().and_then(|r| r.err()));
            view! {
                <p><a href=format!("/balie/plaatsingen/{}", d.id)>{d.name.clone()}</a> " · " {d.employer_name.clone()}</p>
                <ErrorSummary error=error/>
                <ActionForm action=edit attr:class="form" attr:novalidate=true>
                    <CsrfField/>
                    <input type="hidden" name="id" value=d.id.to_string()/>
                    {terms_fields(&d.form, error)}
                    <button type="submit" class="button primary">{tr(t::SAVE)}</button>
                </ActionForm>
            }
        }}/>
    }
}

/// The fields of a placement's terms, shared by both forms.
fn terms_fields(f: &PlacementForm, error: Signal<Option<AppError>>) -> impl IntoView {
    view! {
        <SelectField name="kind" label=t::FIELD_KIND options=choices(OpeningKind::ALL, OpeningKind::as_str, OpeningKind::label) value=f.kind.clone() error=error/>
        <TextField name="start_date" label=t::FIELD_START input_type="date" value=f.start_date.clone() error=error/>
        <TextField name="planned_end_date" label=t::FIELD_PLANNED_END input_type="date" hint=t::FIELD_PLANNED_END_HINT value=f.planned_end_date.clone() error=error/>
        <TextField name="hours" label=t::FIELD_HOURS input_type="number" value=f.hours.clone() error=error/>
        <SelectField name="contract_type" label=msg::FIELD_CONTRACT options=choices(ContractType::ALL, ContractType::as_str, ContractType::label) value=f.contract_type.clone() error=error/>
        <CheckboxField name="wage_subsidy" label=t::FIELD_WAGE_SUBSIDY checked=f.wage_subsidy.is_some() error=error/>
        <TextField name="sroi_value" label=t::FIELD_SROI input_type="number" hint=t::FIELD_SROI_HINT value=f.sroi_value.clone() error=error/>
        <SelectField name="benefit_exit" label=t::FIELD_BENEFIT_EXIT options=choices(BenefitExit::ALL, BenefitExit::as_str, BenefitExit::label) value=f.benefit_exit.clone() error=error/>
    }
}
