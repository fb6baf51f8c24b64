//! `/balie/kandidaten/nieuw` and `/balie/kandidaten/{id}/bewerken`: the candidate form.
//! Registration also asks for the consent; later changes to consent are made on the
//! candidate's page, so their history stays complete.

use super::text as t;
use super::{candidate_form, CandidateFormData, SaveCandidate};
use crate::auth::CsrfField;
use crate::domain::candidates::{group_field, sector_field};
use crate::domain::kinds::{
    CandidateStatus, ConsentScope, DutchLevel, EducationLevel, Motivation, Sector, TargetGroup,
};
use crate::i18n::{msg, tr};
use crate::ui::forms::{
    choices, CheckboxField, CheckboxGroup, ChoiceField, ErrorSummary, SelectField, TextArea,
    TextField,
};
use crate::ui::page::{Loaded, PageTitle};
use leptos::prelude::*;

#[component]
pub fn NewCandidatePage() -> impl IntoView {
    let data = Resource::new(|| None, candidate_form);
    view! {
        <PageTitle text=t::NEW_TITLE/>
        <h1>{tr(t::NEW_TITLE)}</h1>
        <Loaded data=data then={|d: CandidateFormData| view! { <CandidateFormView data=d/> }}/>
    }
}

#[component]
pub fn EditCandidatePage() -> impl IntoView {
    let id = crate::ui::page::id_param();
    let data = Resource::new(move || Some(id()), candidate_form);
    view! {
        <PageTitle text=t::EDIT_TITLE/>
        <h1>{tr(t::EDIT_TITLE)}</h1>
        <Loaded data=data then={|d: CandidateFormData| view! {
            <p><a href=format!("/balie/kandidaten/{}", d.id.unwrap_or_default())>{format!("{} {}", d.form.first_name, d.form.last_name)}</a></p>
            <CandidateFormView data=d/>
        }}/>
    }
}

#[component]
fn CandidateFormView(data: CandidateFormData) -> impl IntoView {
    let save = ServerAction::<SaveCandidate>::new();
    let error = Signal::derive(move || save.value().get().and_then(|r| r.err()));
    let f = data.form;
    let consultants: Vec<(String, String)> = data
        .consultants
        .into_iter()
        .map(|(id, name)| (id.to_string(), name))
        .collect();
    let is_new = data.id.is_none();
    let sectors = Sector::ALL
        .iter()
        .map(|s| {
            let name = sector_field(*s);
            view! { <CheckboxField name=name label=s.label() checked=f.is_ticked(name) error=error/> }
        })
        .collect_view();
    let groups = TargetGroup::ALL
        .iter()
        .map(|g| {
            let name = group_field(*g);
            view! { <CheckboxField name=name label=g.label() checked=f.is_ticked(name) error=error/> }
        })
        .collect_view();
    view! {
        <ErrorSummary error=error/>
        <ActionForm action=save attr:class="form wide-form" attr:novalidate=true>
            <CsrfField/>
            {data.id.map(|id| view! { <input type="hidden" name="id" value=id.to_string()/> })}
            <fieldset>
                <legend>{tr(t::PERSON)}</legend>
                <TextField name="client_number" label=t::FIELD_CLIENT_NUMBER hint=t::FIELD_CLIENT_NUMBER_HINT value=f.client_number.clone() error=error/>
                <TextField name="first_name" label=t::FIELD_FIRST_NAME autocomplete="off" value=f.first_name.clone() error=error/>
                <TextField name="last_name" label=t::FIELD_LAST_NAME autocomplete="off" value=f.last_name.clone() error=error/>
                <TextField name="email" label=t::FIELD_EMAIL_OPTIONAL input_type="email" autocomplete="off" value=f.email.clone() error=error/>
                <TextField name="phone" label=t::FIELD_PHONE_OPTIONAL input_type="tel" autocomplete="off" value=f.phone.clone() error=error/>
                <TextField name="municipality" label=msg::FIELD_MUNICIPALITY value=f.municipality.clone() error=error/>
                <TextField name="postcode" label=msg::FIELD_POSTCODE hint=msg::FIELD_POSTCODE_HINT value=f.postcode.clone() error=error/>
                <TextField name="birth_year" label=t::FIELD_BIRTH_YEAR input_type="number" hint=t::FIELD_BIRTH_YEAR_HINT value=f.birth_year.clone() error=error/>
                <SelectField name="education_level" label=t::FIELD_EDUCATION options=choices(EducationLevel::ALL, EducationLevel::as_str, EducationLevel::label) value=f.education_level.clone() error=error/>
                <SelectField name="dutch_level" label=msg::FIELD_DUTCH_LEVEL options=choices(DutchLevel::ALL, DutchLevel::as_str, DutchLevel::label) value=f.dutch_level.clone() error=error/>
                <CheckboxField name="driving_licence" label=t::FIELD_HAS_LICENCE checked=f.is_ticked("driving_licence") error=error/>
            </fieldset>
            <fieldset>
                <legend>{tr(t::WORK_WANTED)}</legend>
                <TextField name="hours_available" label=t::FIELD_HOURS_AVAILABLE input_type="number" value=f.hours_available.clone() error=error/>
                <CheckboxGroup name="sectors_wanted" legend=t::FIELD_SECTORS_WANTED error=error>{sectors}</CheckboxGroup>
                <TextField name="occupations_wanted" label=t::FIELD_OCCUPATIONS hint=t::FIELD_OCCUPATIONS_HINT value=f.occupations_wanted.clone() error=error/>
                <CheckboxGroup name="target_groups" legend=t::FIELD_GROUPS hint=t::FIELD_GROUPS_HINT error=error>{groups}</CheckboxGroup>
            </fieldset>
            <fieldset>
                <legend>{tr(t::ABOUT)}</legend>
                <TextArea name="skills" label=t::FIELD_SKILLS value=f.skills.clone() error=error/>
                <TextArea name="talents" label=t::FIELD_TALENTS value=f.talents.clone() error=error/>
                <TextArea name="hobbies" label=t::FIELD_HOBBIES value=f.hobbies.clone() error=error/>
                <TextArea name="ambitions" label=t::FIELD_AMBITIONS value=f.ambitions.clone() error=error/>
            </fieldset>
            <fieldset>
                <legend>{tr(t::GUIDANCE)}</legend>
                <ChoiceField name="consultant" label=t::FIELD_CONSULTANT options=consultants value=f.consultant.clone() error=error/>
                <SelectField name="status" label=msg::COL_STATUS options=choices(CandidateStatus::ALL, CandidateStatus::as_str, CandidateStatus::label) value=f.status.clone() error=error/>
                <SelectField name="motivation" label=t::FIELD_MOTIVATION options=choices(Motivation::ALL, Motivation::as_str, Motivation::label) value=f.motivation.clone() error=error/>
                <TextArea name="motivation_note" label=t::FIELD_MOTIVATION_NOTE value=f.motivation_note.clone() error=error/>
                <TextArea name="personal_plan" label=t::FIELD_PLAN value=f.personal_plan.clone() error=error/>
            </fieldset>
            <fieldset class="special-data">
                <legend>{tr(t::OBSTACLES)}</legend>
                <p class="field-hint">{tr(t::OBSTACLES_HINT)}</p>
                <CheckboxField name="obstacle_debts" label=t::OBSTACLE_DEBTS checked=f.is_ticked("obstacle_debts") error=error/>
                <CheckboxField name="obstacle_childcare" label=t::OBSTACLE_CHILDCARE checked=f.is_ticked("obstacle_childcare") error=error/>
                <CheckboxField name="obstacle_health" label=t::OBSTACLE_HEALTH checked=f.is_ticked("obstacle_health") error=error/>
                <CheckboxField name="obstacle_housing" label=t::OBSTACLE_HOUSING checked=f.is_ticked("obstacle_housing") error=error/>
                <TextArea name="obstacle_notes" label=t::OBSTACLE_NOTES value=f.obstacle_notes.clone() error=error/>
            </fieldset>
            {is_new.then(|| view! {
                <fieldset>
                    <legend>{tr(t::CONSENT)}</legend>
                    <p class="field-hint">{tr(t::CONSENT_HINT)}</p>
                    <SelectField name="consent_scope" label=t::CONSENT_SCOPE options=choices(ConsentScope::ALL, ConsentScope::as_str, ConsentScope::label) value=f.consent_scope.clone() error=error/>
                    <TextField name="consent_date" label=t::CONSENT_DATE input_type="date" value=f.consent_date.clone() error=error/>
                </fieldset>
            })}
            <div class="button-row">
                <button type="submit" class="button primary">{tr(t::SAVE)}</button>
            </div>
        </ActionForm>
    }
}
