//! `/balie/plaatsingen/{id}`: the whole story of one placement for the desk — its terms and
//! outcome, open flags, retention checkpoints, the buddy and every check-in, and the
//! proposal it came from.

use super::text as t;
use super::{placement_story, CheckinLine, ConfirmCheckpoint, PlacementStory, RecordOutcome};
use crate::auth::CsrfField;
use crate::buddies::PairBuddy;
use crate::domain::dates::display_date;
use crate::domain::kinds::{PlacementOutcome, RetentionSource, Rhythm};
use crate::domain::placements::CheckpointState;
use crate::i18n::{msg, tr, use_lang};
use crate::openings::Facts;
use crate::ui::forms::{
    choices, ChoiceField, ErrorSummary, RadioGroup, SelectField, TextArea, TextField,
};
use crate::ui::page::{Loaded, PageTitle};
use crate::ui::tables::{HistoryRow, HistoryTable};
use leptos::prelude::*;

#[component]
pub fn PlacementPage() -> impl IntoView {
    let id = crate::ui::page::id_param();
    let outcome = ServerAction::<RecordOutcome>::new();
    let confirm = ServerAction::<ConfirmCheckpoint>::new();
    let pair = ServerAction::<PairBuddy>::new();
    let data = Resource::new(
        move || {
            (
                id(),
                outcome.version().get(),
                confirm.version().get(),
                pair.version().get(),
            )
        },
        |(id, ..)| placement_story(id),
    );
    view! {
        <PageTitle text=t::PLACEMENT/>
        <Loaded data=data then={move |s: PlacementStory| view! { <Story s=s outcome=outcome confirm=confirm pair=pair/> }}/>
    }
}

#[component]
fn Story(
    s: PlacementStory,
    outcome: ServerAction<RecordOutcome>,
    confirm: ServerAction<ConfirmCheckpoint>,
    pair: ServerAction<PairBuddy>,
) -> impl IntoView {
    let lang = use_lang();
    let p = s.placement.clone();
    let id = p.id;
    let mut facts = vec![
        (t::FIELD_KIND, p.kind.label().get(lang).to_string()),
        (t::FIELD_START, display_date(&p.start_date)),
        (
            t::FIELD_PLANNED_END,
            p.planned_end_date
                .as_deref()
                .map(display_date)
                .unwrap_or_else(|| "–".into()),
        ),
        (t::FIELD_HOURS, p.hours.to_string()),
        (
            msg::FIELD_CONTRACT,
            p.contract_type.label().get(lang).to_string(),
        ),
        (
            t::FIELD_WAGE_SUBSIDY,
            tr(if p.wage_subsidy { t::YES } else { t::NO }).to_string(),
        ),
        (t::FIELD_SROI, format!("€ {}", p.sroi_value)),
        (
            t::FIELD_BENEFIT_EXIT,
            p.benefit_exit.label().get(lang).to_string(),
        ),
    ];
    let mut result = p.outcome.label().get(lang).to_string();
    if let Some(ended) = &p.ended_on {
        result.push_str(&format!(" ({})", display_date(ended)));
    }
    if let Some(reason) = &p.outcome_reason {
        result.push_str(&format!(": {reason}"));
    }
    facts.push((t::OUTCOME, result));
    let open_flags: Vec<CheckinLine> = s
        .checkins
        .iter()
        .filter(|c| c.attention && c.handled_at.is_none())
        .cloned()
        .collect();
    let history: Vec<HistoryRow> = s
        .proposal_events
        .iter()
        .map(|e| HistoryRow::of_proposal_step(e, lang))
        .collect();
    view! {
        <p>
            <a href=format!("/balie/kandidaten/{}", p.candidate_id)>{tr(t::TO_CANDIDATE)}</a>
            {p.proposal_id.map(|pr| view! { " · " <a href=format!("/balie/voordrachten/{pr}")>{tr(t::TO_PROPOSAL)}</a> })}
            " · " <a href=format!("/balie/plaatsingen/{id}/bewerken")>{tr(t::EDIT_TITLE)}</a>
        </p>
        <h1>{tr(t::PLACEMENT)} ": " {format!("{} {}", p.first_name, p.last_name)}</h1>
        <p>{p.employer_name.clone()} {p.opening_title.clone().map(|o| format!(" – {o}"))}</p>
        <Facts facts=facts/>
        {(!open_flags.is_empty()).then(|| view! {
            <section class="card attention" aria-labelledby="signalen-titel">
                <h2 id="signalen-titel">{tr(t::OPEN_FLAGS)}</h2>
                <ul class="link-list">
                    {open_flags.into_iter().map(|c| view! {
                        <li>
                            <a href=format!("/balie/signalen/{}", c.id)>
                                {format!("{} – {} – {} {}/5", display_date(&c.held_on), c.buddy_name, tr(t::SCORE), c.score)}
                            </a>
                        </li>
                    }).collect_view()}
                </ul>
            </section>
        })}
        <Checkpoints s=s.clone() confirm=confirm/>
        <Buddy s=s.clone() pair=pair/>
        <Checkins checkins=s.checkins.clone()/>
        <Outcome s=s.clone() outcome=outcome/>
        {if p.proposal_id.is_some() {
            view! { <HistoryTable rows=history note_heading=t::NOTE/> }.into_any()
        } else {
            view! { <section><h2>{tr(t::HISTORY)}</h2><p>{tr(t::NO_PROPOSAL)}</p></section> }.into_any()
        }}
    }
}

#[component]
fn Checkpoints(s: PlacementStory, confirm: ServerAction<ConfirmCheckpoint>) -> impl IntoView {
    let lang = use_lang();
    let error = Signal::derive(move || confirm.value().get().and_then(|r| r.err()));
    let open: Vec<(String, String)> = s
        .checkpoints
        .iter()
        .filter(|c| matches!(c.state, CheckpointState::Due | CheckpointState::Overdue))
        .map(|c| (c.months.to_string(), t::after_months(c.months)))
        .collect();
    let first_open = open.first().map(|o| o.0.clone()).unwrap_or_default();
    view! {
        <section id="behoud" aria-labelledby="behoud-titel">
            <h2 id="behoud-titel">{tr(t::CHECKPOINTS)}</h2>
            <p class="field-hint">{tr(t::CHECKPOINTS_HINT)}</p>
            <table>
                <caption class="visually-hidden">{tr(t::CHECKPOINTS)}</caption>
                <thead>
                    <tr>
                        <th scope="col">{tr(t::COL_CHECKPOINT)}</th>
                        <th scope="col">{tr(t::COL_DUE)}</th>
                        <th scope="col">{tr(msg::COL_STATUS)}</th>
                        <th scope="col">{tr(t::COL_ANSWER)}</th>
                    </tr>
                </thead>
                <tbody>
                    {s.checkpoints.iter().map(|c| {
                        let st = c.state;
                        let answer = match (c.still_working, &c.source) {
                            (Some(w), Some(src)) => format!(
                                "{} ({}{})",
                                tr(if w { t::YES } else { t::NO }),
                                src.label().get(lang),
                                c.confirmed_by.as_ref().map(|b| format!(", {b}")).unwrap_or_default()
                            ),
                            _ => "–".into(),
                        };
                        view! {
                            <tr class:overdue=st == CheckpointState::Overdue>
                                <th scope="row">{t::after_months(c.months)}</th>
                                <td>{display_date(&c.due_on)}</td>
                                <td>
                                    {if st == CheckpointState::Overdue {
                                        view! { <strong class="badge warn">{tr(st.label())}</strong> }.into_any()
                                    } else {
                                        view! { <span>{tr(st.label())}</span> }.into_any()
                                    }}
                                </td>
                                <td>{answer}</td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
            {(!open.is_empty()).then(|| view! {
                <div class="card">
                    <h3>{tr(t::CONFIRM)}</h3>
                    <ErrorSummary error=error/>
                    <ActionForm action=confirm attr:class="form" attr:novalidate=true>
                        <CsrfField/>
                        <input type="hidden" name="id" value=s.placement.id.to_string()/>
                        <ChoiceField name="months" label=t::COL_CHECKPOINT options=open.clone() value=first_open.clone() error=error/>
                        <RadioGroup name="still_working" legend=t::STILL_WORKING inline=true options=vec![("yes", t::YES), ("no", t::NO)] error=error/>
                        <SelectField name="source" label=t::SOURCE options=choices(RetentionSource::ALL, RetentionSource::as_str, RetentionSource::label) error=error/>
                        <button type="submit" class="button primary">{tr(t::CONFIRM)}</button>
                    </ActionForm>
                </div>
            })}
        </section>
    }
}

#[component]
fn Buddy(s: PlacementStory, pair: ServerAction<PairBuddy>) -> impl IntoView {
    let lang = use_lang();
    let error = Signal::derive(move || pair.value().get().and_then(|r| r.err()));
    let has_running = s.pairings.iter().any(|p| p.running);
    let title = if has_running {
        t::PAIR_AGAIN_TITLE
    } else {
        t::PAIR_TITLE
    };
    let buddies: Vec<(String, String)> = s
        .buddies
        .iter()
        .map(|b| (b.id.to_string(), b.name.clone()))
        .collect();
    let ended = s.placement.outcome != PlacementOutcome::Working;
    let start = if s.today > s.placement.start_date {
        s.today.clone()
    } else {
        s.placement.start_date.clone()
    };
    view! {
        <section id="buddy" aria-labelledby="buddy-titel">
            <h2 id="buddy-titel">{tr(t::PAIRINGS)}</h2>
            {if s.pairings.is_empty() {
                view! { <p>{tr(t::NO_BUDDY)}</p> }.into_any()
            } else {
                view! {
                    <table>
                        <caption class="visually-hidden">{tr(t::PAIRINGS)}</caption>
                        <thead>
                            <tr>
                                <th scope="col">{tr(t::BUDDY)}</th>
                                <th scope="col">{tr(t::FIELD_PAIR_START)}</th>
                                <th scope="col">{tr(t::FIELD_PAIR_END)}</th>
                                <th scope="col">{tr(msg::COL_RHYTHM)}</th>
                                <th scope="col">{tr(t::NEXT_CHECKIN)}</th>
                            </tr>
                        </thead>
                        <tbody>
                            {s.pairings.iter().map(|p| view! {
                                <tr>
                                    <th scope="row">{p.buddy_name.clone()} " (" {tr(if p.running { t::RUNNING } else { t::ENDED })} ")"</th>
                                    <td>{display_date(&p.start_date)}</td>
                                    <td>{p.end_date.as_deref().map(display_date).unwrap_or_else(|| "–".into())}</td>
                                    <td>{p.rhythm.label().get(lang)}</td>
                                    <td>
                                        {p.next_due.as_deref().map(display_date).unwrap_or_else(|| "–".into())}
                                        {p.overdue.then(|| view! { " " <strong class="badge warn">{tr(t::OVERDUE)}</strong> })}
                                    </td>
                                </tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                }.into_any()
            }}
            {(!ended).then(|| if buddies.is_empty() {
                view! { <p>{tr(t::NO_BUDDIES)} " " <a href="/balie/buddies">{tr(t::BUDDIES_LINK)}</a></p> }.into_any()
            } else {
                view! {
                    <div class="card">
                        <h3>{tr(title)}</h3>
                        <p class="field-hint">{tr(t::PAIR_HINT)}</p>
                        <ErrorSummary error=error/>
                        <ActionForm action=pair attr:class="form" attr:novalidate=true>
                            <CsrfField/>
                            <input type="hidden" name="placement" value=s.placement.id.to_string()/>
                            <ChoiceField name="buddy" label=t::FIELD_BUDDY options=buddies.clone() error=error/>
                            <TextField name="start_date" label=t::FIELD_PAIR_START input_type="date" value=start.clone() error=error/>
                            <TextField name="end_date" label=t::FIELD_PAIR_END input_type="date" hint=t::FIELD_PAIR_END_HINT value=s.placement.planned_end_date.clone().unwrap_or_default() error=error/>
                            <SelectField name="rhythm" label=t::FIELD_RHYTHM options=choices(Rhythm::ALL, Rhythm::as_str, Rhythm::label) value=Rhythm::Fortnightly.as_str() error=error/>
                            <button type="submit" class="button primary">{tr(t::PAIR_SUBMIT)}</button>
                        </ActionForm>
                    </div>
                }.into_any()
            })}
        </section>
    }
}

/// Every check-in of the placement, newest first, with the flags and how they were handled.
#[component]
pub fn Checkins(checkins: Vec<CheckinLine>) -> impl IntoView {
    let lang = use_lang();
    view! {
        <section id="contact" aria-labelledby="contact-titel">
            <h2 id="contact-titel">{tr(t::CHECKINS)}</h2>
            {if checkins.is_empty() {
                view! { <p>{tr(t::NO_CHECKINS)}</p> }.into_any()
            } else {
                view! {
                    <ul class="checkins">
                        {checkins.into_iter().map(|c| {
                            let flag = c.attention.then(|| {
                                let why = if c.needs_desk { t::FLAG_NEEDS_DESK } else { t::FLAG_LOW_SCORE };
                                match (&c.handled_at, &c.flag_note) {
                                    (Some(_), note) => view! {
                                        <p class="flag handled">
                                            <strong>{tr(t::FLAG_HANDLED)}</strong> " (" {tr(why)} "): "
                                            {note.clone().unwrap_or_default()}
                                            {c.handled_by.clone().map(|b| format!(" – {b}"))}
                                        </p>
                                    }.into_any(),
                                    (None, _) => view! {
                                        <p class="flag">
                                            <strong class="badge warn">{tr(why)}</strong> " "
                                            <a href=format!("/balie/signalen/{}", c.id)>{tr(t::HANDLE_TITLE)}</a>
                                        </p>
                                    }.into_any(),
                                }
                            });
                            view! {
                                <li class="card">
                                    <p>
                                        <strong>{display_date(&c.held_on)}</strong>
                                        {format!(" · {} · {} · {} {}/5", c.buddy_name, c.mode.label().get(lang), tr(t::SCORE), c.score)}
                                    </p>
                                    {(!c.notes_work.is_empty()).then(|| view! { <p><strong>{tr(t::WORK)} ": "</strong> {c.notes_work.clone()}</p> })}
                                    {(!c.notes_home.is_empty()).then(|| view! { <p><strong>{tr(t::HOME)} ": "</strong> {c.notes_home.clone()}</p> })}
                                    {flag}
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
        </section>
    }
}

#[component]
fn Outcome(s: PlacementStory, outcome: ServerAction<RecordOutcome>) -> impl IntoView {
    let error = Signal::derive(move || outcome.value().get().and_then(|r| r.err()));
    let p = s.placement;
    view! {
        <section class="card" aria-labelledby="afloop-titel">
            <h2 id="afloop-titel">{tr(t::OUTCOME_TITLE)}</h2>
            <p class="field-hint">{tr(t::OUTCOME_HINT)}</p>
            <ErrorSummary error=error/>
            <ActionForm action=outcome attr:class="form" attr:novalidate=true>
                <CsrfField/>
                <input type="hidden" name="id" value=p.id.to_string()/>
                <SelectField name="outcome" label=t::OUTCOME options=choices(PlacementOutcome::ALL, PlacementOutcome::as_str, PlacementOutcome::label) value=p.outcome.as_str() error=error/>
                <TextField name="ended_on" label=t::FIELD_ENDED_ON input_type="date" value=p.ended_on.clone().unwrap_or_default() error=error/>
                <TextArea name="reason" label=t::FIELD_REASON hint=t::FIELD_REASON_HINT value=p.outcome_reason.clone().unwrap_or_default() error=error/>
                <button type="submit" class="button primary">{tr(t::OUTCOME_TITLE)}</button>
            </ActionForm>
        </section>
    }
}
