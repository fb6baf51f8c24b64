//! `/werkgever/vacatures/nieuw` and `/werkgever/vacatures/{id}/bewerken`: the opening form.
//! One form for every kind; the kind is its first choice.

use super::{opening, OpeningDetail, SaveOpening};
use crate::auth::CsrfField;
use crate::domain::kinds::{ContractType, DutchLevel, OpeningKind, Sector, TargetGroup};
use crate::domain::openings::OpeningForm;
use crate::i18n::{msg, tr};
use crate::ui::forms::{
    choices, CheckboxField, CheckboxGroup, ChoiceField, ErrorSummary, SelectField, TextArea,
    TextField,
};
use crate::ui::page::{Loaded, PageTitle};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

#[component]
pub fn NewOpeningPage() -> impl IntoView {
    let query = use_query_map();
    let kind = query.read_untracked().get("soort").unwrap_or_default();
    let form = OpeningForm {
        kind,
        positions: "1".into(),
        ..OpeningForm::default()
    };
    let access = Resource::new(|| (), |_| super::may_post_opening());
    view! {
        <PageTitle text=msg::OPENING_NEW_TITLE/>
        <Loaded data=access then={move |()| view! {
            <h1>{tr(msg::OPENING_NEW_TITLE)}</h1>
            <OpeningFormView id=None form=form.clone()/>
        }}/>
    }
}

/// `/balie/vacatures/nieuw`: the desk posts on behalf of an employer it chooses.
#[component]
pub fn DeskNewOpeningPage() -> impl IntoView {
    let query = use_query_map();
    let kind = query.read_untracked().get("soort").unwrap_or_default();
    let chosen = query.read_untracked().get("werkgever").unwrap_or_default();
    let employers = Resource::new(|| (), |_| super::active_employers());
    view! {
        <PageTitle text=msg::OPENING_NEW_TITLE/>
        <h1>{tr(msg::OPENING_NEW_TITLE)}</h1>
        <Loaded data=employers then={move |list: Vec<(crate::domain::ids::EmployerId, String)>| {
            let form = OpeningForm { kind: kind.clone(), positions: "1".into(), ..OpeningForm::default() };
            view! { <OpeningFormView id=None form=form employers=(list, chosen.clone())/> }
        }}/>
    }
}

#[component]
pub fn EditOpeningPage() -> impl IntoView {
    let id = crate::ui::page::id_param();
    let data = Resource::new(id, opening);
    view! {
        <PageTitle text=msg::OPENING_EDIT_TITLE/>
        <Loaded data=data then=edit_view/>
    }
}

fn edit_view(d: OpeningDetail) -> AnyView {
    let form = OpeningForm::from_content(&d.opening.content);
    view! {
        <h1>{tr(msg::OPENING_EDIT_TITLE)}</h1>
        <p>{d.opening.content.title.clone()}</p>
        <OpeningFormView id=Some(d.opening.id.0) form=form/>
    }
    .into_any()
}

#[component]
fn OpeningFormView(
    id: Option<i64>,
    form: OpeningForm,
    /// For the desk: the employers to choose from, and the one chosen.
    #[prop(optional)]
    employers: Option<(Vec<(crate::domain::ids::EmployerId, String)>, String)>,
) -> impl IntoView {
    let save = ServerAction::<SaveOpening>::new();
    let error = Signal::derive(move || save.value().get().and_then(|r| r.err()));
    let f = form;
    let tick = |v: &Option<String>| v.is_some();
    view! {
        <ErrorSummary error=error/>
        <ActionForm action=save attr:class="form wide-form" attr:novalidate=true>
            <CsrfField/>
            {id.map(|id| view! { <input type="hidden" name="id" value=id.to_string()/> })}
            {employers.map(|(list, chosen)| {
                let options: Vec<(String, String)> = list.into_iter().map(|(id, name)| (id.to_string(), name)).collect();
                view! { <ChoiceField name="employer" label=msg::COL_EMPLOYER options=options value=chosen error=error/> }
            })}
            <fieldset>
                <legend>{tr(msg::OPENING_WHAT)}</legend>
                <SelectField name="kind" label=msg::FIELD_KIND options=choices(OpeningKind::ALL, OpeningKind::as_str, OpeningKind::label) value=f.kind.clone() error=error/>
                <TextField name="title" label=msg::COL_TITLE value=f.title.clone() error=error/>
                <TextArea name="description" label=msg::FIELD_DESCRIPTION hint=msg::FIELD_DESCRIPTION_HINT value=f.description.clone() error=error/>
                <SelectField name="sector" label=msg::FIELD_SECTOR options=choices(Sector::ALL, Sector::as_str, Sector::label) value=f.sector.clone() error=error/>
                <TextField name="municipality" label=msg::FIELD_MUNICIPALITY value=f.municipality.clone() error=error/>
                <TextField name="postcode" label=msg::FIELD_POSTCODE hint=msg::FIELD_POSTCODE_HINT value=f.postcode.clone() error=error/>
            </fieldset>
            <fieldset>
                <legend>{tr(msg::OPENING_WHEN)}</legend>
                <TextField name="hours_min" label=msg::FIELD_HOURS_MIN input_type="number" value=f.hours_min.clone() error=error/>
                <TextField name="hours_max" label=msg::FIELD_HOURS_MAX input_type="number" value=f.hours_max.clone() error=error/>
                <TextField name="positions" label=msg::FIELD_POSITIONS input_type="number" value=f.positions.clone() error=error/>
                <TextField name="start_date" label=msg::FIELD_START_DATE input_type="date" hint=msg::FIELD_DATE_HINT value=f.start_date.clone() error=error/>
                <TextField name="closing_date" label=msg::FIELD_CLOSING_DATE input_type="date" hint=msg::FIELD_DATE_HINT value=f.closing_date.clone() error=error/>
                <SelectField name="contract_type" label=msg::FIELD_CONTRACT options=choices(ContractType::ALL, ContractType::as_str, ContractType::label) value=f.contract_type.clone() error=error/>
                <TextField name="salary_min" label=msg::FIELD_SALARY_MIN input_type="number" hint=msg::FIELD_SALARY_HINT value=f.salary_min.clone() error=error/>
                <TextField name="salary_max" label=msg::FIELD_SALARY_MAX input_type="number" value=f.salary_max.clone() error=error/>
            </fieldset>
            <fieldset>
                <legend>{tr(msg::OPENING_REQUIREMENTS)}</legend>
                <SelectField name="dutch_level" label=msg::FIELD_DUTCH_LEVEL options=choices(DutchLevel::ALL, DutchLevel::as_str, DutchLevel::label) value=f.dutch_level.clone() error=error/>
                <CheckboxField name="diploma_required" label=msg::FIELD_DIPLOMA checked=tick(&f.diploma_required) error=error/>
                <CheckboxField name="driving_licence" label=msg::FIELD_DRIVING_LICENCE checked=tick(&f.driving_licence) error=error/>
            </fieldset>
            <CheckboxGroup name="support" legend=msg::FIELD_SUPPORT error=error>
                <CheckboxField name="support_job_coach" label=msg::SUPPORT_JOB_COACH checked=tick(&f.support_job_coach) error=error/>
                <CheckboxField name="support_training" label=msg::SUPPORT_TRAINING checked=tick(&f.support_training) error=error/>
                <CheckboxField name="support_adapted_hours" label=msg::SUPPORT_ADAPTED_HOURS checked=tick(&f.support_adapted_hours) error=error/>
                <CheckboxField name="wage_subsidy" label=msg::FIELD_WAGE_SUBSIDY checked=tick(&f.wage_subsidy) error=error/>
            </CheckboxGroup>
            <CheckboxGroup name="target_groups" legend=msg::FIELD_TARGET_GROUPS hint=msg::FIELD_TARGET_GROUPS_HINT error=error>
                <CheckboxField name="group_long_term" label=TargetGroup::LongTermUnemployed.label() checked=tick(&f.group_long_term) error=error/>
                <CheckboxField name="group_over_50" label=TargetGroup::Over50.label() checked=tick(&f.group_over_50) error=error/>
                <CheckboxField name="group_status_holder" label=TargetGroup::StatusHolder.label() checked=tick(&f.group_status_holder) error=error/>
                <CheckboxField name="group_young" label=TargetGroup::Young.label() checked=tick(&f.group_young) error=error/>
                <CheckboxField name="group_work_limitation" label=TargetGroup::WorkLimitation.label() checked=tick(&f.group_work_limitation) error=error/>
            </CheckboxGroup>
            <div class="button-row">
                <button type="submit" class="button primary" name="submit" value="1">{tr(msg::OPENING_SUBMIT)}</button>
                <button type="submit" class="button secondary">{tr(msg::OPENING_SAVE_DRAFT)}</button>
            </div>
        </ActionForm>
    }
}
