//! `/buddy/koppelingen/{id}`: one person a buddy supports — what they need to get in touch
//! (first name, employer, workplace, phone only with consent), the check-in form made for
//! a phone, and the buddy's earlier check-ins.

use super::text as t;
use super::{pairing, BuddyCheckin, LogCheckin, PairingView};
use crate::auth::CsrfField;
use crate::domain::dates::display_date;
use crate::domain::kinds::CheckinMode;
use crate::i18n::{tr, use_lang};
use crate::openings::Facts;
use crate::ui::forms::{choices, CheckboxField, ErrorSummary, RadioGroup, TextArea, TextField};
use crate::ui::page::{Loaded, PageTitle};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

#[component]
pub fn PairingPage() -> impl IntoView {
    let id = crate::ui::page::id_param();
    let query = use_query_map();
    let saved = move || query.read().get("opgeslagen").is_some();
    let log = ServerAction::<LogCheckin>::new();
    let data = Resource::new(move || (id(), log.version().get()), |(id, _)| pairing(id));
    view! {
        <PageTitle text=t::PAIRING/>
        <p><a href="/buddy">{tr(t::BACK_HOME)}</a></p>
        <Loaded data=data then={move |p: PairingView| view! { <Pairing p=p log=log saved=saved()/> }}/>
    }
}

#[component]
fn Pairing(p: PairingView, log: ServerAction<LogCheckin>, saved: bool) -> impl IntoView {
    let lang = use_lang();
    let error = Signal::derive(move || log.value().get().and_then(|r| r.err()));
    let just_saved = move || saved || matches!(log.value().get(), Some(Ok(())));
    let rhythm = p.rhythm.label().get(lang);
    let mut next = p
        .next_due
        .as_deref()
        .map(display_date)
        .unwrap_or_else(|| "–".into());
    if p.overdue {
        next.push_str(&format!(" ({})", tr(t::OVERDUE)));
    }
    let facts = vec![
        (t::EMPLOYER, p.employer_name.clone()),
        (t::WORKPLACE, p.address.clone()),
        (
            t::PHONE,
            p.phone
                .clone()
                .unwrap_or_else(|| tr(t::NO_PHONE).to_string()),
        ),
        (t::SINCE, display_date(&p.start_date)),
        (t::RHYTHM, rhythm.to_string()),
        (t::NEXT, next),
    ];
    let scores = vec![
        ("1", t::SCORE_1),
        ("2", t::SCORE_2),
        ("3", t::SCORE_3),
        ("4", t::SCORE_4),
        ("5", t::SCORE_5),
    ];
    view! {
        <h1>{tr(t::PERSON)} " " {p.first_name.clone()}</h1>
        {move || just_saved().then(|| view! { <p class="notice" role="status">{tr(t::SAVED)}</p> })}
        <Facts facts=facts/>
        {if p.running {
            view! {
                <section class="card phone-form" aria-labelledby="log-titel">
                    <h2 id="log-titel">{tr(t::LOG_TITLE)}</h2>
                    <ErrorSummary error=error/>
                    <ActionForm action=log attr:class="form" attr:novalidate=true>
                        <CsrfField/>
                        <input type="hidden" name="pairing" value=p.id.to_string()/>
                        <TextField name="held_on" label=t::FIELD_HELD_ON input_type="date" value=p.today.clone() error=error/>
                        <RadioGroup name="mode" legend=t::FIELD_MODE options=choices(CheckinMode::ALL, CheckinMode::as_str, CheckinMode::label) error=error/>
                        <RadioGroup name="score" legend=t::FIELD_SCORE hint=t::FIELD_SCORE_HINT inline=true options=scores error=error/>
                        <TextArea name="notes_work" label=t::FIELD_NOTES_WORK hint=t::FIELD_NOTES_HINT error=error/>
                        <TextArea name="notes_home" label=t::FIELD_NOTES_HOME error=error/>
                        <CheckboxField name="needs_desk" label=t::FIELD_NEEDS_DESK error=error/>
                        <TextField name="next_on" label=t::FIELD_NEXT_ON input_type="date" hint=t::FIELD_NEXT_ON_HINT error=error/>
                        <button type="submit" class="button primary">{tr(t::LOG_SUBMIT)}</button>
                    </ActionForm>
                </section>
            }.into_any()
        } else {
            view! { <p class="notice">{tr(t::ENDED)}</p> }.into_any()
        }}
        <section aria-labelledby="history-titel">
            <h2 id="history-titel">{tr(t::HISTORY)}</h2>
            {if p.checkins.is_empty() {
                view! { <p>{tr(t::NO_HISTORY)}</p> }.into_any()
            } else {
                view! { <ul class="checkins">{p.checkins.into_iter().map(checkin).collect_view()}</ul> }.into_any()
            }}
        </section>
    }
}

fn checkin(c: BuddyCheckin) -> impl IntoView {
    let lang = use_lang();
    let mode = c.mode.label().get(lang);
    view! {
        <li class="card">
            <p><strong>{display_date(&c.held_on)}</strong> {format!(" · {mode} · {}/5", c.score)}</p>
            {(!c.notes_work.is_empty()).then(|| view! { <p>{c.notes_work.clone()}</p> })}
            {(!c.notes_home.is_empty()).then(|| view! { <p>{c.notes_home.clone()}</p> })}
            {c.attention.then(|| view! {
                <p class="flag">
                    <strong class="badge warn">{tr(if c.handled { t::FLAG_HANDLED } else { t::FLAGGED })}</strong>
                </p>
            })}
        </li>
    }
}
