//! `/balie/intake/campagnes/nieuw`: a new campaign — its name and period, who is in it,
//! the target and the consultants taking part. Saving fixes who is in it.

use super::campaigns::{campaign_form, CampaignFormData, CreateCampaign};
use super::text as t;
use crate::auth::CsrfField;
use crate::domain::campaigns::criteria::SELECTABLE;
use crate::domain::kinds::TargetGroup;
use crate::i18n::{msg, tr, use_lang};
use crate::ui::forms::{CheckboxGroup, ChoiceField, ErrorSummary, SelectField, TextField};
use crate::ui::page::{Loaded, PageTitle};
use leptos::prelude::*;

#[component]
pub fn NewCampaignPage() -> impl IntoView {
    let data = Resource::new(|| (), |_| campaign_form());
    view! {
        <PageTitle text=t::NEW_CAMPAIGN/>
        <p><a href="/balie/intake">{tr(t::INTAKE_TITLE)}</a></p>
        <h1>{tr(t::NEW_CAMPAIGN)}</h1>
        <p>{tr(t::NEW_CAMPAIGN_INTRO)}</p>
        <Loaded data=data then=form_view/>
    }
}

fn form_view(d: CampaignFormData) -> impl IntoView {
    let lang = use_lang();
    let save = ServerAction::<CreateCampaign>::new();
    let error = Signal::derive(move || save.value().get().and_then(|r| r.err()));
    let places: Vec<(String, String)> = d
        .municipalities
        .iter()
        .map(|m| (m.clone(), m.clone()))
        .collect();
    let groups: Vec<(&'static str, crate::i18n::T)> = SELECTABLE
        .iter()
        .map(|g: &TargetGroup| (g.as_str(), g.label()))
        .collect();
    let consultants = consultant_boxes(&d.consultants, error, &[]);
    view! {
        <p>{t::CLIENTS_IN_CASELOAD.fill(lang, &[("count", &d.clients.to_string())])}</p>
        <ErrorSummary error=error/>
        <ActionForm action=save attr:class="form wide-form" attr:novalidate=true>
            <CsrfField/>
            <input type="hidden" name="key" value=d.key.clone()/>
            <fieldset>
                <legend>{tr(t::CAMPAIGN_WHAT)}</legend>
                <TextField name="name" label=t::FIELD_CAMPAIGN_NAME error=error/>
                <TextField name="starts_on" label=t::FIELD_STARTS_ON input_type="date" error=error/>
                <TextField name="ends_on" label=t::FIELD_ENDS_ON input_type="date" error=error/>
                <TextField name="target" label=t::FIELD_TARGET input_type="number" error=error/>
            </fieldset>
            <fieldset>
                <legend>{tr(t::CAMPAIGN_WHO)}</legend>
                <p class="field-hint">{tr(t::CAMPAIGN_WHO_HINT)}</p>
                <ChoiceField name="municipality" label=msg::FIELD_MUNICIPALITY options=places error=error/>
                <TextField name="postcode_from" label=t::FIELD_POSTCODE_FROM hint=t::FIELD_POSTCODE_AREA_HINT error=error/>
                <TextField name="postcode_to" label=t::FIELD_POSTCODE_TO hint=t::FIELD_POSTCODE_AREA_HINT error=error/>
                <TextField name="district" label=t::FIELD_DISTRICT error=error/>
                <SelectField name="group" label=t::FIELD_GROUP hint=t::FIELD_GROUP_HINT options=groups error=error/>
                <TextField name="min_benefit_months" label=t::FIELD_MIN_MONTHS input_type="number" error=error/>
            </fieldset>
            <CheckboxGroup name="consultants" legend=t::FIELD_CONSULTANTS error=error>{consultants}</CheckboxGroup>
            <div class="button-row">
                <button type="submit" class="button primary">{tr(t::SAVE_CAMPAIGN)}</button>
            </div>
        </ActionForm>
    }
}

/// The consultants' checkboxes (`consultants[i]`): after a refusal ticked as posted,
/// before it as `before`.
pub(super) fn consultant_boxes(
    consultants: &[(i64, String)],
    error: Signal<Option<crate::error::AppError>>,
    before: &[i64],
) -> impl IntoView {
    let ticked: Vec<i64> = match error.get_untracked() {
        Some(crate::error::AppError::Invalid { values, .. }) => values
            .into_iter()
            .filter(|(k, _)| k == "consultants")
            .filter_map(|(_, v)| v.parse().ok())
            .collect(),
        _ => before.to_vec(),
    };
    consultants
        .iter()
        .enumerate()
        .map(|(i, (id, name))| {
            let box_id = format!("field-consultant-{id}");
            view! {
                <div class="checkbox">
                    <input type="checkbox" id=box_id.clone() name=format!("consultants[{i}]") value=id.to_string() checked=ticked.contains(id)/>
                    <label for=box_id>{name.clone()}</label>
                </div>
            }
        })
        .collect_view()
}
