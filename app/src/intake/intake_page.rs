//! `/balie/intake/uitnodigingen/{id}/intake`: the intake record of a held conversation.
//! The profile part has the candidate form's fields (so the person lands in the pool
//! through the same checks); who they are comes from the caseload and is shown, not typed.

use super::intakes::{intake_form, IntakeFormData, SaveIntake};
use super::record_text as t;
use crate::auth::CsrfField;
use crate::candidates::text as ct;
use crate::domain::candidates::{group_field, sector_field};
use crate::domain::dates::display_date;
use crate::domain::intake::ladder::step_options;
use crate::domain::intake::{transport_field, Transport};
use crate::domain::kinds::{
    ConsentScope, DutchLevel, EducationLevel, Motivation, Sector, TargetGroup,
};
use crate::i18n::{msg, tr};
use crate::ui::forms::{
    choices, CheckboxField, CheckboxGroup, ErrorSummary, SelectField, TextArea, TextField,
};
use crate::ui::page::{id_param, Loaded, PageTitle};
use leptos::prelude::*;

#[component]
pub fn IntakeRecordPage() -> impl IntoView {
    let id = id_param();
    let data = Resource::new(id, intake_form);
    view! {
        <PageTitle text=t::RECORD_TITLE/>
        <Loaded data=data then={|d: IntakeFormData| view! { <IntakeFormView data=d/> }}/>
    }
}

#[component]
fn IntakeFormView(data: IntakeFormData) -> impl IntoView {
    let back = format!("/balie/intake/uitnodigingen/{}", data.invitation_id);
    let heading = view! {
        <p><a href=format!("/balie/intake/campagnes/{}", data.campaign_id)>{data.campaign_name.clone()}</a></p>
        <h1>{tr(t::RECORD_TITLE)} ": " {data.client_name.clone()}</h1>
    };
    if !data.held {
        return view! {
            {heading}
            <p class="notice" role="note">{tr(t::NOT_HELD)}</p>
            <p><a class="button secondary" href=back>{tr(super::text::INVITATION_TITLE)}</a></p>
        }
        .into_any();
    }
    let save = ServerAction::<SaveIntake>::new();
    let error = Signal::derive(move || save.value().get().and_then(|r| r.err()));
    let f = data.form;
    let p = f.profile.clone();
    // Which boxes are ticked, worked out before the view takes the form apart.
    let on: std::collections::HashSet<String> = f
        .values()
        .into_iter()
        .filter(|(name, value)| value == "on" && f.is_ticked(name))
        .map(|(name, _)| name)
        .collect();
    let ticked = move |name: &str| on.contains(name);
    let sectors = Sector::ALL
        .iter()
        .map(|s| {
            let name = sector_field(*s);
            view! { <CheckboxField name=name label=s.label() checked=ticked(name) error=error/> }
        })
        .collect_view();
    let transport = Transport::ALL
        .iter()
        .map(|m| {
            let name = transport_field(*m);
            view! { <CheckboxField name=name label=m.label() checked=ticked(name) error=error/> }
        })
        .collect_view();
    // Young, over 50 and long on assistance follow from the caseload; the conversation can
    // only reveal these two.
    let groups = [TargetGroup::StatusHolder, TargetGroup::WorkLimitation]
        .into_iter()
        .map(|g| {
            let name = group_field(g);
            view! { <CheckboxField name=name label=g.label() checked=ticked(name) error=error/> }
        })
        .collect_view();
    let consent_hint = data
        .consent_in_force
        .as_deref()
        .and_then(ConsentScope::parse)
        .map(|_| t::CONSENT_KEEP)
        .unwrap_or(ct::CONSENT_HINT);
    view! {
        {heading}
        <p>{tr(t::RECORD_INTRO)}</p>
        <dl class="facts">
            <dt>{tr(super::text::COL_CLIENT_NUMBER)}</dt><dd>{data.client_number.clone()}</dd>
            <dt>{tr(super::text::LETTER_WHEN)}</dt><dd>{display_date(&data.appointment_day)}</dd>
        </dl>
        {data.recorded.then(|| view! { <p class="notice" role="note">{tr(t::RECORDED_ALREADY)}</p> })}
        {data.candidate_id.map(|c| view! {
            <p class="notice" role="note">{tr(t::KNOWN_CANDIDATE)} " "
                <a href=format!("/balie/kandidaten/{c}")>{tr(t::CANDIDATE_LINK)}</a>
            </p>
        })}
        <ErrorSummary error=error/>
        <ActionForm action=save attr:class="form wide-form" attr:novalidate=true>
            <CsrfField/>
            <input type="hidden" name="id" value=data.invitation_id.to_string()/>
            <fieldset>
                <legend>{tr(ct::PERSON)}</legend>
                <TextField name="held_on" label=t::FIELD_HELD_ON input_type="date" value=f.held_on.clone() error=error/>
                <TextField name="email" label=ct::FIELD_EMAIL_OPTIONAL input_type="email" autocomplete="off" value=p.email.clone() error=error/>
                <TextField name="phone" label=ct::FIELD_PHONE_OPTIONAL input_type="tel" autocomplete="off" value=p.phone.clone() error=error/>
            </fieldset>
            <fieldset>
                <legend>{tr(t::SECTION_EDUCATION)}</legend>
                <SelectField name="education_level" label=ct::FIELD_EDUCATION options=choices(EducationLevel::ALL, EducationLevel::as_str, EducationLevel::label) value=p.education_level.clone() error=error/>
                <TextArea name="education" label=t::FIELD_EDUCATION_TEXT value=f.education.clone() error=error/>
                <TextArea name="work_experience" label=t::FIELD_WORK_EXPERIENCE value=f.work_experience.clone() error=error/>
                <TextArea name="skills" label=ct::FIELD_SKILLS value=p.skills.clone() error=error/>
            </fieldset>
            <fieldset>
                <legend>{tr(t::SECTION_LANGUAGE)}</legend>
                <SelectField name="dutch_level" label=msg::FIELD_DUTCH_LEVEL options=choices(DutchLevel::ALL, DutchLevel::as_str, DutchLevel::label) value=p.dutch_level.clone() error=error/>
                <CheckboxField name="language_course" label=t::FIELD_LANGUAGE_COURSE checked=ticked("language_course") error=error/>
                <TextField name="languages" label=t::FIELD_LANGUAGES value=f.languages.clone() error=error/>
            </fieldset>
            <fieldset>
                <legend>{tr(t::SECTION_AVAILABLE)}</legend>
                <TextField name="hours_available" label=ct::FIELD_HOURS_AVAILABLE input_type="number" value=p.hours_available.clone() error=error/>
                <CheckboxField name="driving_licence" label=ct::FIELD_HAS_LICENCE checked=ticked("driving_licence") error=error/>
                <CheckboxGroup name="transport" legend=t::FIELD_TRANSPORT error=error>{transport}</CheckboxGroup>
            </fieldset>
            <fieldset>
                <legend>{tr(t::SECTION_WISHES)}</legend>
                <CheckboxGroup name="sectors_wanted" legend=ct::FIELD_SECTORS_WANTED error=error>{sectors}</CheckboxGroup>
                <TextField name="occupations_wanted" label=ct::FIELD_OCCUPATIONS hint=ct::FIELD_OCCUPATIONS_HINT value=p.occupations_wanted.clone() error=error/>
                <TextArea name="talents" label=ct::FIELD_TALENTS value=p.talents.clone() error=error/>
                <TextArea name="hobbies" label=ct::FIELD_HOBBIES value=p.hobbies.clone() error=error/>
                <TextArea name="ambitions" label=ct::FIELD_AMBITIONS value=p.ambitions.clone() error=error/>
                <CheckboxGroup name="target_groups" legend=ct::FIELD_GROUPS error=error>{groups}</CheckboxGroup>
            </fieldset>
            <fieldset>
                <legend>{tr(t::SECTION_MOTIVATION)}</legend>
                <SelectField name="motivation" label=ct::FIELD_MOTIVATION options=choices(Motivation::ALL, Motivation::as_str, Motivation::label) value=p.motivation.clone() error=error/>
                <TextArea name="motivation_note" label=ct::FIELD_MOTIVATION_NOTE value=p.motivation_note.clone() error=error/>
            </fieldset>
            <fieldset class="special-data">
                <legend>{tr(t::STRESS)}</legend>
                <p class="field-hint">{tr(t::STRESS_HINT)}</p>
                <CheckboxField name="obstacle_debts" label=ct::OBSTACLE_DEBTS checked=ticked("obstacle_debts") error=error/>
                <CheckboxField name="obstacle_childcare" label=ct::OBSTACLE_CHILDCARE checked=ticked("obstacle_childcare") error=error/>
                <CheckboxField name="obstacle_health" label=ct::OBSTACLE_HEALTH checked=ticked("obstacle_health") error=error/>
                <CheckboxField name="obstacle_housing" label=ct::OBSTACLE_HOUSING checked=ticked("obstacle_housing") error=error/>
                <TextArea name="obstacle_notes" label=ct::OBSTACLE_NOTES value=p.obstacle_notes.clone() error=error/>
            </fieldset>
            <fieldset>
                <legend>{tr(t::LADDER)}</legend>
                <p class="field-hint">{tr(t::LADDER_HINT)}</p>
                <SelectField name="ladder_step" label=t::FIELD_STEP options=step_options() value=f.ladder_step.clone() error=error/>
                <SelectField name="ladder_potential" label=t::FIELD_POTENTIAL options=step_options() value=f.ladder_potential.clone() error=error/>
                <TextArea name="ladder_note" label=t::FIELD_LADDER_NOTE value=f.ladder_note.clone() error=error/>
            </fieldset>
            <fieldset>
                <legend>{tr(ct::CONSENT)}</legend>
                <p class="field-hint">{tr(consent_hint)}</p>
                <SelectField name="consent_scope" label=ct::CONSENT_SCOPE options=choices(ConsentScope::ALL, ConsentScope::as_str, ConsentScope::label) error=error/>
                <TextField name="consent_date" label=ct::CONSENT_DATE input_type="date" value=p.consent_date.clone() error=error/>
            </fieldset>
            <div class="button-row">
                <button type="submit" class="button primary">{tr(t::SAVE_INTAKE)}</button>
                <a class="button secondary" href=back>{tr(msg::CANCEL)}</a>
            </div>
        </ActionForm>
    }
    .into_any()
}
