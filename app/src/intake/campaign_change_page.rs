//! `/balie/intake/campagnes/{id}/wijzigen`: a running campaign renamed, extended (or
//! shortened, never before an appointment made), its target and consultants changed. Who is
//! in it and its first day stay as made.

use super::campaigns::{campaign_change_form, CampaignChangeData, ChangeCampaign};
use super::text as t;
use crate::auth::CsrfField;
use crate::i18n::tr;
use crate::ui::forms::{CheckboxGroup, ErrorSummary, TextField};
use crate::ui::page::{id_param, Loaded, PageTitle};
use leptos::prelude::*;

#[component]
pub fn CampaignChangePage() -> impl IntoView {
    let id = id_param();
    let data = Resource::new(id, campaign_change_form);
    view! {
        <PageTitle text=t::CHANGE_CAMPAIGN/>
        <Loaded data=data then=form_view/>
    }
}

fn form_view(d: CampaignChangeData) -> impl IntoView {
    let save = ServerAction::<ChangeCampaign>::new();
    let error = Signal::derive(move || save.value().get().and_then(|r| r.err()));
    let c = d.campaign;
    // After a refusal the boxes show what was ticked; before, who takes part now.
    let consultants = super::campaign_form_page::consultant_boxes(&d.consultants, error, &d.chosen);
    view! {
        <p><a href=format!("/balie/intake/campagnes/{}", c.id)>{c.name.clone()}</a></p>
        <h1>{tr(t::CHANGE_CAMPAIGN)}</h1>
        <p>{tr(t::CHANGE_CAMPAIGN_INTRO)}</p>
        <ErrorSummary error=error/>
        <ActionForm action=save attr:class="form wide-form" attr:novalidate=true>
            <CsrfField/>
            <input type="hidden" name="id" value=c.id.to_string()/>
            <TextField name="name" label=t::FIELD_CAMPAIGN_NAME value=c.name.clone() error=error/>
            <TextField name="ends_on" label=t::FIELD_ENDS_ON input_type="date" value=c.ends_on.clone() error=error/>
            <TextField name="target" label=t::FIELD_TARGET input_type="number" value=c.target.to_string() error=error/>
            <CheckboxGroup name="consultants" legend=t::FIELD_CONSULTANTS error=error>{consultants}</CheckboxGroup>
            <div class="button-row">
                <button type="submit" class="button primary">{tr(t::SAVE_CHANGE)}</button>
            </div>
        </ActionForm>
    }
}
