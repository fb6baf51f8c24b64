//! The intake part of the candidate's page: the intake conversations held, and the
//! participation ladder — every measurement, when the next is due, and the form for it.

use super::intakes::RecordLadder;
use super::record_text as t;
use crate::auth::CsrfField;
use crate::domain::dates::display_date;
use crate::domain::intake::ladder::{step_label, step_options};
use crate::domain::intake::Transport;
use crate::domain::kinds::split_codes;
use crate::i18n::{msg, tr, use_lang};
use crate::ui::forms::{ErrorSummary, SelectField, TextArea, TextField};
use crate::ui::tables::ScrollRegion;
use crate::wire::intake::CandidateIntake;
use leptos::prelude::*;

#[component]
pub fn IntakeSection(
    candidate: i64,
    intake: CandidateIntake,
    today: String,
    anonymised: bool,
) -> impl IntoView {
    let lang = use_lang();
    let record = ServerAction::<RecordLadder>::new();
    let error = Signal::derive(move || record.value().get().and_then(|r| r.err()));
    let intakes = intake.intakes.clone();
    let ladder = intake.ladder.clone();
    let due = intake.ladder_due.clone().map(|day| {
        let template = if intake.ladder_overdue {
            t::LADDER_OVERDUE
        } else {
            t::LADDER_DUE
        };
        (
            intake.ladder_overdue,
            template.fill(lang, &[("day", &display_date(&day))]),
        )
    });
    view! {
        <section class="card" aria-labelledby="intakes-title">
            <h2 id="intakes-title">{tr(t::INTAKES)}</h2>
            {if intakes.is_empty() {
                view! { <p>{tr(t::NO_INTAKES)}</p> }.into_any()
            } else {
                intakes.into_iter().map(|i| {
                    let title = t::INTAKE_OF.fill(lang, &[("day", &display_date(&i.held_on)), ("campaign", &i.campaign_name), ("who", &i.consultant)]);
                    let transport: Vec<String> = split_codes(&i.transport, Transport::parse).into_iter().map(|m| m.label().get(lang).to_string()).collect();
                    let languages = match (i.languages.is_empty(), i.language_course) {
                        (true, false) => "–".to_string(),
                        (true, true) => t::LANGUAGE_COURSE_NEEDED.get(lang).to_string(),
                        (false, false) => i.languages.clone(),
                        (false, true) => format!("{}; {}", i.languages, t::LANGUAGE_COURSE_NEEDED.get(lang)),
                    };
                    let or_dash = |s: String| if s.trim().is_empty() { "–".to_string() } else { s };
                    view! {
                        <h3><a href=format!("/balie/intake/uitnodigingen/{}/intake", i.invitation_id)>{title}</a></h3>
                        <dl class="facts">
                            <dt>{tr(t::FIELD_EDUCATION_TEXT)}</dt><dd class="pre-line">{or_dash(i.education)}</dd>
                            <dt>{tr(t::FIELD_WORK_EXPERIENCE)}</dt><dd class="pre-line">{or_dash(i.work_experience)}</dd>
                            <dt>{tr(t::SECTION_LANGUAGE)}</dt><dd>{languages}</dd>
                            <dt>{tr(t::FIELD_TRANSPORT)}</dt><dd>{or_dash(transport.join(", "))}</dd>
                        </dl>
                    }
                }).collect_view().into_any()
            }}
        </section>
        <section class="card" aria-labelledby="ladder-title">
            <h2 id="ladder-title">{tr(t::LADDER)}</h2>
            {due.map(|(late, text)| view! { <p class="notice" class:warning=late role="note">{text}</p> })}
            {if ladder.is_empty() {
                view! { <p>{tr(t::NO_MEASUREMENTS)}</p> }.into_any()
            } else {
                view! {
                    <ScrollRegion caption=tr(t::LADDER).to_string()>
                    <table>
                        <caption class="visually-hidden">{tr(t::LADDER)}</caption>
                        <thead><tr>
                            <th scope="col">{tr(t::COL_MEASURED_ON)}</th>
                            <th scope="col">{tr(t::COL_STEP)}</th>
                            <th scope="col">{tr(t::COL_POTENTIAL)}</th>
                            <th scope="col">{tr(t::COL_AT)}</th>
                            <th scope="col">{tr(msg::COL_WHO)}</th>
                            <th scope="col">{tr(t::FIELD_LADDER_NOTE)}</th>
                        </tr></thead>
                        <tbody>
                            {ladder.into_iter().map(|l| view! {
                                <tr>
                                    <td>{display_date(&l.measured_on)}</td>
                                    <td>{step_label(l.step).get(lang)}</td>
                                    <td>{step_label(l.potential).get(lang)}</td>
                                    <td>{tr(if l.at_intake { t::AT_INTAKE } else { t::AT_REVIEW })}</td>
                                    <td>{l.measured_by}</td>
                                    <td>{l.note}</td>
                                </tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                    </ScrollRegion>
                }.into_any()
            }}
            {(!anonymised).then(|| view! {
                <h3>{tr(t::MEASURE_AGAIN)}</h3>
                <ErrorSummary error=error/>
                <ActionForm action=record attr:class="form" attr:novalidate=true>
                    <CsrfField/>
                    <input type="hidden" name="id" value=candidate.to_string()/>
                    <TextField name="measured_on" label=t::FIELD_MEASURED_ON input_type="date" value=today.clone() error=error/>
                    <SelectField name="step" label=t::FIELD_STEP options=step_options() error=error/>
                    <SelectField name="potential" label=t::FIELD_POTENTIAL options=step_options() error=error/>
                    <TextArea name="note" label=t::FIELD_LADDER_NOTE error=error/>
                    <div class="button-row">
                        <button type="submit" class="button primary">{tr(t::SAVE_MEASUREMENT)}</button>
                    </div>
                </ActionForm>
            })}
        </section>
    }
}
