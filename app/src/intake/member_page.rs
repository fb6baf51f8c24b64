//! `/balie/intake/campagnes/{id}/deelnemers/{client}`: one member of a campaign — who they
//! are as the campaign counts them, where they stand, their invitations; exempting them
//! before an invitation (with a reason), and undoing that while nobody invited them.

use super::members::{campaign_member, ExemptMember, MemberView, RestoreMember};
use super::text as t;
use crate::auth::CsrfField;
use crate::domain::campaigns::ExemptionReason;
use crate::domain::dates::{display_date, iso_moment};
use crate::i18n::{msg, tr, use_lang};
use crate::ui::forms::{choices, ErrorSummary, SelectField, TextArea};
use crate::ui::page::{id_param, DocumentTitle, Loaded};
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

#[component]
pub fn CampaignMemberPage() -> impl IntoView {
    let id = id_param();
    let params = use_params_map();
    let client = move || {
        params
            .read()
            .get("client")
            .and_then(|c| c.parse::<i64>().ok())
            .unwrap_or(-1)
    };
    let data = Resource::new(move || (id(), client()), |(id, c)| campaign_member(id, c));
    view! {
        <Loaded data=data then=member_view/>
    }
}

fn member_view(v: MemberView) -> AnyView {
    let lang = use_lang();
    let m = &v.member;
    let id = v.campaign_id;
    let state = match m.exemption_reason {
        Some(r) => format!("{} ({})", m.state.label().get(lang), r.label().get(lang)),
        None => m.state.label().get(lang).to_string(),
    };
    let groups: Vec<&str> = [
        (m.young, crate::domain::kinds::TargetGroup::Young),
        (m.over_50, crate::domain::kinds::TargetGroup::Over50),
        (
            m.long_term,
            crate::domain::kinds::TargetGroup::LongTermUnemployed,
        ),
    ]
    .into_iter()
    .filter(|(yes, _)| *yes)
    .map(|(_, g)| g.label().get(lang))
    .collect();
    view! {
        <DocumentTitle text=format!("{} – {}", m.name, tr(msg::APP_NAME))/>
        <p><a href=format!("/balie/intake/campagnes/{id}/deelnemers")>{format!("{} – {}", tr(t::MEMBERS_TITLE), v.campaign_name)}</a></p>
        <h1>{m.name.clone()}</h1>
        <dl class="facts">
            <dt>{tr(t::COL_CLIENT_NUMBER)}</dt><dd>{m.client_number.clone()}</dd>
            <dt>{tr(msg::COL_MUNICIPALITY)}</dt><dd>{m.municipality.clone()}</dd>
            <dt>{tr(t::COL_BIRTH_YEAR)}</dt><dd>{m.birth_year}</dd>
            <dt>{tr(t::COL_BENEFIT_START)}</dt><dd>
                {display_date(&m.benefit_start)}
                {m.left_on.as_deref().map(|d| view! { " · " {t::CLIENT_LEFT.fill(lang, &[("day", &display_date(d))])} })}
            </dd>
            <dt>{tr(crate::candidates::text::FIELD_GROUPS)}</dt><dd>{if groups.is_empty() { "–".to_string() } else { groups.join(", ") }}</dd>
            <dt>{tr(t::MEMBER_STATE)}</dt><dd>{state}</dd>
        </dl>
        {m.exempted_by.clone().zip(m.exempted_at).map(|(by, at)| view! {
            <p>{t::MEMBER_EXEMPTED_BY.fill(lang, &[("name", &by), ("date", &iso_moment(at))])}</p>
        })}
        {(!m.exemption_note.is_empty()).then(|| view! { <p>{m.exemption_note.clone()}</p> })}
        <section class="card" aria-labelledby="uitnodigingen-h">
            <h2 id="uitnodigingen-h">{tr(t::HISTORY_IN_CAMPAIGN)}</h2>
            {if v.invitations.is_empty() {
                view! { <p>{tr(t::MEMBER_NO_INVITATIONS)}</p> }.into_any()
            } else {
                view! {
                    <ul>
                        {v.invitations.iter().map(|l| {
                            let text = format!("{} {} — {}", display_date(&l.appointment_day), l.appointment_time, l.status.label().get(lang));
                            view! { <li><a href=format!("/balie/intake/uitnodigingen/{}", l.id)>{text}</a></li> }
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
        </section>
        {v.may_exempt.then(|| exempt_form(id, m.client_id))}
        {v.may_restore.then(|| restore_form(id, m.client_id))}
    }
    .into_any()
}

fn exempt_form(id: i64, client: i64) -> impl IntoView {
    let exempt = ServerAction::<ExemptMember>::new();
    let error = Signal::derive(move || exempt.value().get().and_then(|r| r.err()));
    view! {
        <section class="card" aria-labelledby="vrijstellen-h">
            <h2 id="vrijstellen-h">{tr(t::EXEMPT_TITLE)}</h2>
            <p>{tr(t::EXEMPT_INTRO)}</p>
            <ErrorSummary error=error/>
            <ActionForm action=exempt attr:class="form" attr:novalidate=true>
                <CsrfField/>
                <input type="hidden" name="id" value=id.to_string()/>
                <input type="hidden" name="client" value=client.to_string()/>
                <SelectField name="reason" label=t::FIELD_REASON options=choices(&ExemptionReason::choices(), ExemptionReason::as_str, ExemptionReason::label) error=error/>
                <TextArea name="note" label=t::FIELD_NOTE error=error/>
                <div class="button-row">
                    <button type="submit" class="button primary">{tr(t::EXEMPT_BUTTON)}</button>
                </div>
            </ActionForm>
        </section>
    }
}

fn restore_form(id: i64, client: i64) -> impl IntoView {
    let restore = ServerAction::<RestoreMember>::new();
    let error = Signal::derive(move || restore.value().get().and_then(|r| r.err()));
    view! {
        <section class="card" aria-labelledby="terugdraaien-h">
            <h2 id="terugdraaien-h">{tr(t::RESTORE_TITLE)}</h2>
            <p>{tr(t::RESTORE_INTRO)}</p>
            <ErrorSummary error=error/>
            <ActionForm action=restore attr:class="form">
                <CsrfField/>
                <input type="hidden" name="id" value=id.to_string()/>
                <input type="hidden" name="client" value=client.to_string()/>
                <div class="button-row">
                    <button type="submit" class="button secondary">{tr(t::RESTORE_BUTTON)}</button>
                </div>
            </ActionForm>
        </section>
    }
}
