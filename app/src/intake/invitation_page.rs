//! `/balie/intake/uitnodigingen/{id}`: one invitation — the person, the appointment and the
//! letter for those without e-mail; how it ended (held, did not come, exempted with a
//! reason); a new appointment (moved, or again after not coming); and after a no-show
//! every try to get back in touch.

use super::campaigns::{invitation, InvitationView, NewAppointment, RecordAttempt, RecordOutcome};
use super::text as t;
use crate::auth::CsrfField;
use crate::domain::campaigns::{AttemptMode, ExemptionReason, InvitationChannel, InvitationStatus};
use crate::domain::dates::{display_date, iso_moment};
use crate::i18n::{msg, tr, use_lang, Lang};
use crate::ui::forms::{
    choices, CheckboxField, ErrorSummary, RadioGroup, SelectField, TextArea, TextField,
};
use crate::ui::page::{id_param, Loaded, PageTitle};
use crate::ui::tables::ScrollRegion;
use leptos::prelude::*;

#[component]
pub fn InvitationPage() -> impl IntoView {
    let id = id_param();
    let data = Resource::new(id, invitation);
    view! {
        <PageTitle text=t::INVITATION_TITLE/>
        <Loaded data=data then=invitation_view/>
    }
}

fn invitation_view(v: InvitationView) -> AnyView {
    let lang = use_lang();
    let i = &v.invitation;
    let when = t::WHEN_TEXT.fill(
        lang,
        &[
            ("day", &display_date(&i.appointment_day)),
            ("time", &i.appointment_time),
            ("minutes", &i.minutes.to_string()),
        ],
    );
    let recorded = match (&i.outcome_by, i.outcome_at, i.status) {
        (Some(who), Some(at), s) if s != InvitationStatus::Planned => {
            Some(t::OUTCOME_RECORDED.fill(
                lang,
                &[
                    ("status", s.label().get(lang)),
                    ("who", who),
                    ("when", &iso_moment(at)),
                ],
            ))
        }
        _ => None,
    };
    let reason = i
        .exemption_reason
        .as_deref()
        .map(|r| t::EXEMPTION.fill(lang, &[("reason", &ExemptionReason::label_of(r, lang))]));
    let no_show = i
        .no_show_at
        .map(|at| t::NO_SHOW_ON.fill(lang, &[("when", &iso_moment(at))]));
    let letter = (i.channel == InvitationChannel::Letter && i.status == InvitationStatus::Planned)
        .then(|| format!("/balie/intake/uitnodigingen/{}/brief", i.id));
    let state = t::STATE_IN_CAMPAIGN.fill(lang, &[("state", v.state.label().get(lang))]);
    view! {
        <p><a href=format!("/balie/intake/campagnes/{}", i.campaign_id)>{i.campaign_name.clone()}</a></p>
        <h1>{tr(t::INVITATION_TITLE)} ": " {i.client_name.clone()}</h1>
        <section class="card">
            <h2>{tr(t::APPOINTMENT)}</h2>
            <dl class="facts">
                <dt>{tr(t::LETTER_WHEN)}</dt><dd>{when}</dd>
                <dt>{tr(t::LETTER_WHERE)}</dt><dd>{i.place.clone()}</dd>
                <dt>{tr(t::LETTER_WITH)}</dt><dd>{i.consultant.clone()}</dd>
                <dt>{tr(t::COL_CHANNEL)}</dt><dd>{i.channel.label().get(lang)}</dd>
                <dt>{tr(msg::COL_STATUS)}</dt><dd>{i.status.label().get(lang)}</dd>
            </dl>
            {letter.map(|href| view! { <p><a class="button secondary" href=href>{tr(t::LETTER_LINK)}</a></p> })}
            {recorded.map(|r| view! { <p role="status">{r}</p> })}
            {no_show.map(|n| view! { <p>{n}</p> })}
            {reason.map(|r| view! { <p>{r}</p> })}
            {(!i.note.is_empty()).then(|| view! { <p class="note">{i.note.clone()}</p> })}
            <p>{state}</p>
        </section>
        <section class="card">
            <h2>{tr(t::PERSON)}</h2>
            <dl class="facts">
                <dt>{tr(msg::COL_NAME)}</dt><dd>{i.client_name.clone()}</dd>
                <dt>{tr(t::COL_CLIENT_NUMBER)}</dt><dd>{i.client_number.clone()}</dd>
                <dt>{tr(msg::FIELD_ADDRESS)}</dt><dd>{format!("{}, {} {}", i.address, i.postcode, i.municipality)}</dd>
                <dt>{tr(t::FIELD_EMAIL)}</dt><dd>{if i.email.is_empty() { "–".to_string() } else { i.email.clone() }}</dd>
            </dl>
        </section>
        {(i.status == InvitationStatus::Held).then(|| {
            let (label, class) = if v.intake_recorded {
                (super::record_text::INTAKE_CHANGE_LINK, "button secondary")
            } else {
                (super::record_text::INTAKE_LINK, "button primary")
            };
            view! {
                <section class="card">
                    <h2>{tr(super::record_text::RECORD_TITLE)}</h2>
                    <p><a class=class href=format!("/balie/intake/uitnodigingen/{}/intake", i.id)>{tr(label)}</a></p>
                </section>
            }
        })}
        {v.newer.map(|n| view! {
            <section class="card" aria-labelledby="nieuwer-h">
                <h2 id="nieuwer-h">{tr(t::NEWER_INVITATION)}</h2>
                <p><a class="button primary" href=format!("/balie/intake/uitnodigingen/{n}")>{tr(t::TO_NEWEST)}</a></p>
            </section>
        })}
        {(!v.may.is_empty()).then(|| outcome_form(&v))}
        {v.may_plan.then(|| appointment_form(&v))}
        {(i.status == InvitationStatus::NoShow || !v.attempts.is_empty()).then(|| attempts_section(&v, lang))}
        {history(&v, lang)}
    }
    .into_any()
}

fn outcome_form(v: &InvitationView) -> impl IntoView {
    let record = ServerAction::<RecordOutcome>::new();
    let error = Signal::derive(move || record.value().get().and_then(|r| r.err()));
    let options: Vec<(&'static str, crate::i18n::T)> =
        v.may.iter().map(|s| (s.as_str(), s.label())).collect();
    let id = v.invitation.id;
    view! {
        <section class="card">
            <h2>{tr(t::OUTCOME)}</h2>
            <ErrorSummary error=error/>
            <ActionForm action=record attr:class="form" attr:novalidate=true>
                <CsrfField/>
                <input type="hidden" name="id" value=id.to_string()/>
                <RadioGroup name="outcome" legend=t::FIELD_OUTCOME options=options error=error/>
                <SelectField name="reason" label=t::FIELD_REASON hint=t::FIELD_REASON_HINT options=choices(&ExemptionReason::choices(), ExemptionReason::as_str, ExemptionReason::label) error=error/>
                <TextArea name="note" label=t::FIELD_NOTE error=error/>
                <div class="button-row">
                    <button type="submit" class="button primary">{tr(t::SAVE_OUTCOME)}</button>
                </div>
            </ActionForm>
        </section>
    }
}

fn appointment_form(v: &InvitationView) -> impl IntoView {
    let plan = ServerAction::<NewAppointment>::new();
    let error = Signal::derive(move || plan.value().get().and_then(|r| r.err()));
    let i = &v.invitation;
    let intro = if i.status == InvitationStatus::Planned {
        t::NEW_APPOINTMENT_MOVE
    } else {
        t::NEW_APPOINTMENT_AGAIN
    };
    let (id, today, time, place) = (
        i.id.to_string(),
        v.today.clone(),
        i.appointment_time.clone(),
        i.place.clone(),
    );
    view! {
        <section class="card">
            <h2>{tr(t::NEW_APPOINTMENT)}</h2>
            <p>{tr(intro)}</p>
            <ErrorSummary error=error/>
            <ActionForm action=plan attr:class="form" attr:novalidate=true>
                <CsrfField/>
                <input type="hidden" name="id" value=id/>
                <TextField name="day" label=t::FIELD_DAY input_type="date" value=today error=error/>
                <TextField name="time" label=t::FIELD_TIME input_type="time" value=time error=error/>
                <TextField name="place" label=t::COL_PLACE value=place error=error/>
                <div class="button-row">
                    <button type="submit" class="button primary">{tr(t::SAVE_APPOINTMENT)}</button>
                </div>
            </ActionForm>
        </section>
    }
}

fn attempts_section(v: &InvitationView, lang: Lang) -> impl IntoView {
    let record = ServerAction::<RecordAttempt>::new();
    let error = Signal::derive(move || record.value().get().and_then(|r| r.err()));
    let attempts = v.attempts.clone();
    let count = t::ATTEMPT_COUNT.fill(lang, &[("count", &attempts.len().to_string())]);
    let (id, today) = (v.invitation.id.to_string(), v.today.clone());
    // Tries are recorded while the person is a no-show; afterwards they stay visible.
    let open = v.invitation.status == InvitationStatus::NoShow && v.newer.is_none();
    let shown = v.attempts.len().to_string();
    view! {
        <section class="card">
            <h2>{tr(t::ATTEMPTS)} " (" {count} ")"</h2>
            {if attempts.is_empty() {
                view! { <p>{tr(t::NO_ATTEMPTS)}</p> }.into_any()
            } else {
                view! {
                    <ScrollRegion caption=tr(t::ATTEMPTS).to_string()>
                    <table>
                        <caption class="visually-hidden">{tr(t::ATTEMPTS)}</caption>
                        <thead><tr>
                            <th scope="col">{tr(t::FIELD_MADE_ON)}</th>
                            <th scope="col">{tr(t::FIELD_MODE)}</th>
                            <th scope="col">{tr(t::FIELD_REACHED)}</th>
                            <th scope="col">{tr(t::FIELD_NOTE)}</th>
                            <th scope="col">{tr(msg::COL_WHO)}</th>
                        </tr></thead>
                        <tbody>
                            {attempts.into_iter().map(|a| view! {
                                <tr>
                                    <td>{display_date(&a.made_on)}</td>
                                    <td>{a.mode.label().get(lang)}</td>
                                    <td>{tr(if a.reached { msg::YES } else { msg::NO })}</td>
                                    <td>{a.note}</td>
                                    <td>{a.recorded_by}</td>
                                </tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                    </ScrollRegion>
                }.into_any()
            }}
            {open.then(|| view! {
            <ErrorSummary error=error/>
            <ActionForm action=record attr:class="form" attr:novalidate=true>
                <CsrfField/>
                <input type="hidden" name="id" value=id/>
                <input type="hidden" name="after" value=shown/>
                <TextField name="made_on" label=t::FIELD_MADE_ON input_type="date" value=today error=error/>
                <SelectField name="mode" label=t::FIELD_MODE options=choices(AttemptMode::ALL, AttemptMode::as_str, AttemptMode::label) error=error/>
                <CheckboxField name="reached" label=t::FIELD_REACHED error=error/>
                <TextArea name="note" label=t::FIELD_NOTE error=error/>
                <div class="button-row">
                    <button type="submit" class="button primary">{tr(t::SAVE_ATTEMPT)}</button>
                </div>
            </ActionForm>
            })}
        </section>
    }
}

fn history(v: &InvitationView, lang: Lang) -> impl IntoView {
    let lines = v.history.clone();
    let this = v.invitation.id;
    (lines.len() > 1).then(|| view! {
        <section class="card">
            <h2>{tr(t::HISTORY_IN_CAMPAIGN)}</h2>
            <ul>
                {lines.into_iter().map(|l| {
                    let text = format!("{} {} — {}", display_date(&l.appointment_day), l.appointment_time, l.status.label().get(lang));
                    if l.id == this {
                        view! { <li aria-current="true"><strong>{text}</strong></li> }.into_any()
                    } else {
                        view! { <li><a href=format!("/balie/intake/uitnodigingen/{}", l.id)>{text}</a></li> }.into_any()
                    }
                }).collect_view()}
            </ul>
        </section>
    })
}
