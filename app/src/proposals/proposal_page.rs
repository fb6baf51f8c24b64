//! `/werkgever/voordrachten/{id}` and `/balie/voordrachten/{id}`: one proposal. The employer
//! sees the minimal profile and answers (interview, trial, hire, decline); the desk sees the
//! same, can act on the employer's behalf, and withdraws. The history shows every step.

use super::text as t;
use super::{proposal, ChangeProposal, ProposalView};
use crate::auth::CsrfField;
use crate::domain::dates::display_date;
use crate::domain::kinds::{ContractType, DeclineReason};
use crate::i18n::{msg, tr, use_lang, Lang};
use crate::openings::Facts;
use crate::ui::forms::{choices, ErrorSummary, SelectField, TextArea, TextField};
use crate::ui::page::{Loaded, PageTitle};
use crate::ui::tables::{HistoryRow, HistoryTable};
use leptos::prelude::*;

#[component]
pub fn ProposalPage() -> impl IntoView {
    let id = crate::ui::page::id_param();
    let change = ServerAction::<ChangeProposal>::new();
    let data = Resource::new(
        move || (id(), change.version().get()),
        |(id, _)| proposal(id),
    );
    view! {
        <PageTitle text=t::PROPOSAL/>
        <Loaded data=data then={move |p: ProposalView| view! { <ProposalView p=p change=change/> }}/>
    }
}

#[component]
fn ProposalView(p: ProposalView, change: ServerAction<ChangeProposal>) -> impl IntoView {
    let lang = use_lang();
    let error = Signal::derive(move || change.value().get().and_then(|r| r.err()));
    let id = p.id;
    let can = |a: &str| p.actions.iter().any(|x| x == a);
    let opening_link = if p.desk {
        format!("/balie/vacatures/{}", p.opening_id)
    } else {
        format!("/werkgever/vacatures/{}#voordrachten", p.opening_id)
    };
    let mut facts = vec![
        (msg::COL_STATUS, p.status.label().get(lang).to_string()),
        (
            t::AVAILABILITY,
            format!("{} {}", p.hours_available, tr(t::HOURS_A_WEEK)),
        ),
    ];
    if let Some(i) = &p.interview {
        facts.push((
            t::INTERVIEW,
            format!("{} {} – {}", display_date(&i.date), i.time, i.place),
        ));
    }
    if let Some(reason) = &p.decline_reason {
        // Stored as a code; a text from before the codes is shown as it is.
        let text = DeclineReason::parse(reason)
            .map(|r| r.label().get(lang).to_string())
            .unwrap_or_else(|| reason.clone());
        let note = p.decline_note.clone().filter(|n| !n.is_empty());
        facts.push((
            t::DECLINE_REASON,
            match note {
                Some(n) => format!("{text}: {n}"),
                None => text,
            },
        ));
    }
    if let Some(pl) = &p.placement {
        let contract = pl.contract_type.label().get(lang);
        facts.push((
            t::PLACEMENT,
            format!(
                "{} {} · {} {} · {contract}",
                tr(t::PLACED_FROM),
                display_date(&pl.start_date),
                pl.hours,
                tr(t::HOURS_A_WEEK)
            ),
        ));
    }
    let hidden = move |action: &'static str| {
        view! {
            <CsrfField/>
            <input type="hidden" name="id" value=id.to_string()/>
            <input type="hidden" name="action" value=action/>
        }
    };
    let interview_title = if p.interview.is_some() {
        t::INTERVIEW_MOVE
    } else {
        t::INTERVIEW_PLAN
    };
    let interview = p.interview.clone();
    let history: Vec<HistoryRow> = p
        .events
        .iter()
        .map(|e| HistoryRow::of_proposal_step(e, lang))
        .collect();
    view! {
        <p><a href=opening_link>{p.opening_title.clone()}</a> " · " {p.employer_name.clone()}</p>
        <h1>{tr(t::PROPOSAL)} ": " {p.name.clone()}</h1>
        {p.candidate_id.map(|c| view! {
            <p>
                <a href=format!("/balie/kandidaten/{c}")>{tr(t::TO_CANDIDATE)}</a>
                {p.placement.as_ref().map(|pl| view! { " · " <a href=format!("/balie/plaatsingen/{}", pl.id)>{tr(crate::placements::text::PLACEMENT)}</a> })}
            </p>
        })}
        <ErrorSummary error=error/>
        <Facts facts=facts/>
        <section class="card">
            <h2>{tr(t::WHAT_FITS)}</h2>
            <ul class="reasons">
                {p.reasons.iter().map(|r| view! {
                    <li>{if lang == Lang::Nl { r.nl.clone() } else { r.en.clone() }}</li>
                }).collect_view()}
            </ul>
            <h2>{tr(t::DESK_MOTIVATION)}</h2>
            <p class="description">{p.motivation.clone()}</p>
        </section>
        <div class="cards">
            {can("interview").then(|| view! {
                <section class="card">
                    <h2>{tr(interview_title)}</h2>
                    <p class="field-hint">{tr(t::INTERVIEW_HINT)}</p>
                    <ActionForm action=change attr:class="form" attr:novalidate=true>
                        {hidden("interview")}
                        <TextField name="date" label=t::FIELD_DATE input_type="date" value=interview.as_ref().map(|i| i.date.clone()).unwrap_or_default() error=error/>
                        <TextField name="time" label=t::FIELD_TIME input_type="time" hint=t::FIELD_TIME_HINT value=interview.as_ref().map(|i| i.time.clone()).unwrap_or_default() error=error/>
                        <TextField name="place" label=t::FIELD_PLACE hint=t::FIELD_PLACE_HINT value=interview.as_ref().map(|i| i.place.clone()).unwrap_or_default() error=error/>
                        <button type="submit" class="button primary">{tr(interview_title)}</button>
                    </ActionForm>
                </section>
            })}
            {can("trial").then(|| view! {
                <section class="card">
                    <h2>{tr(t::TRIAL_START)}</h2>
                    <ActionForm action=change attr:class="form">
                        {hidden("trial")}
                        <button type="submit" class="button secondary">{tr(t::TRIAL_START)}</button>
                    </ActionForm>
                </section>
            })}
            {can("hire").then(|| view! {
                <section class="card">
                    <h2>{tr(t::HIRE)}</h2>
                    <p class="field-hint">{tr(t::HIRE_HINT)}</p>
                    <ActionForm action=change attr:class="form" attr:novalidate=true>
                        {hidden("hire")}
                        <TextField name="start_date" label=t::FIELD_START input_type="date" error=error/>
                        <TextField name="end_date" label=t::FIELD_END input_type="date" error=error/>
                        <TextField name="hours" label=t::FIELD_HOURS input_type="number" value=p.hours_available.to_string() error=error/>
                        <SelectField name="contract_type" label=msg::FIELD_CONTRACT options=choices(ContractType::ALL, ContractType::as_str, ContractType::label) error=error/>
                        <button type="submit" class="button primary">{tr(t::HIRE)}</button>
                    </ActionForm>
                </section>
            })}
            {can("decline").then(|| view! {
                <section class="card">
                    <h2>{tr(t::DECLINE)}</h2>
                    <ActionForm action=change attr:class="form" attr:novalidate=true>
                        {hidden("decline")}
                        <SelectField name="decline_reason" label=t::DECLINE_REASON options=choices(DeclineReason::ALL, DeclineReason::as_str, DeclineReason::label) error=error/>
                        <TextArea name="note" label=t::NOTE error=error/>
                        <button type="submit" class="button secondary">{tr(t::DECLINE)}</button>
                    </ActionForm>
                </section>
            })}
            {can("withdraw").then(|| view! {
                <section class="card">
                    <h2>{tr(t::WITHDRAW)}</h2>
                    <ActionForm action=change attr:class="form">
                        {hidden("withdraw")}
                        <TextArea name="withdraw_note" label=t::NOTE error=error/>
                        <button type="submit" class="button secondary">{tr(t::WITHDRAW)}</button>
                    </ActionForm>
                </section>
            })}
        </div>
        <HistoryTable rows=history note_heading=t::NOTE/>
    }
}
