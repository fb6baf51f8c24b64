//! `/balie/kandidaten/{id}/plan`: a person's plan — as last agreed, its activities as they
//! stand (each with the step it may take next), the form for a new activity and for a new
//! version, and every earlier version as it was agreed.

use super::text as t;
use super::{plan, AddActivity, ChangeActivity, PlanVersionView, PlanView, SavePlanVersion};
use crate::auth::CsrfField;
use crate::domain::dates::{display_date, iso_moment};
use crate::domain::plans::activities::may_become;
use crate::domain::plans::{ActivityKind, ActivityStatus, AgreedHow, StopReason};
use crate::i18n::{msg, tr, use_lang, Lang};
use crate::ui::forms::{choices, ChoiceField, ErrorSummary, SelectField, TextArea, TextField};
use crate::ui::page::{id_param, DocumentTitle, Loaded};
use crate::wire::plans::ActivityLine;
use leptos::prelude::*;

#[component]
pub fn PlanPage() -> impl IntoView {
    let id = id_param();
    let data = Resource::new(id, plan);
    view! {
        <Loaded data=data then=plan_view/>
    }
}

fn period(from: &str, to: Option<&str>, lang: Lang) -> String {
    match to {
        Some(to) => t::PERIOD_FROM_TO.fill(
            lang,
            &[("from", &display_date(from)), ("to", &display_date(to))],
        ),
        None => t::PERIOD_FROM.fill(lang, &[("from", &display_date(from))]),
    }
}

fn plan_view(v: PlanView) -> AnyView {
    let lang = use_lang();
    let id = v.candidate_id;
    let title = t::PLAN_OF.fill(lang, &[("name", &v.name)]);
    let current = v.versions.first().cloned();
    let earlier: Vec<PlanVersionView> = v.versions.iter().skip(1).cloned().collect();
    let open = !v.anonymised;
    view! {
        <DocumentTitle text=format!("{title} – {}", tr(msg::APP_NAME))/>
        <p><a href=format!("/balie/kandidaten/{id}")>{v.name.clone()}</a></p>
        <h1>{title}</h1>
        {v.anonymised.then(|| view! { <p class="notice" role="note">{tr(t::ANONYMISED)}</p> })}
        {v.review_due.then(|| view! { <p class="notice" role="note">{tr(t::REVIEW_DUE)}</p> })}
        {match current.clone() {
            Some(c) => current_version(c, lang).into_any(),
            None => view! { <p>{tr(t::NO_VERSION_YET)}</p> }.into_any(),
        }}
        <section class="card" aria-labelledby="activiteiten-h">
            <h2 id="activiteiten-h">{tr(t::ACTIVITIES)}</h2>
            {if v.activities.is_empty() {
                view! { <p>{tr(t::NO_ACTIVITIES)}</p> }.into_any()
            } else {
                view! {
                    <ul class="board-list">
                        {v.activities.iter().map(|a| {
                            let unagreed = v.changed_since.contains(&a.id);
                            activity_item(a.clone(), unagreed, lang)
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
        </section>
        {open.then(|| status_form(&v, lang)).flatten()}
        {open.then(|| activity_form(&v))}
        {open.then(|| version_form(&v, current.as_ref()))}
        {(!earlier.is_empty()).then(|| view! {
            <section class="card" aria-labelledby="versies-h">
                <h2 id="versies-h">{tr(t::EARLIER_VERSIONS)}</h2>
                {earlier.into_iter().map(|e| earlier_version(e, lang)).collect_view()}
            </section>
        })}
    }
    .into_any()
}

fn commitments(c: &PlanVersionView) -> impl IntoView {
    view! {
        <h3>{tr(t::GOALS)}</h3>
        <p class="pre-line">{c.goals.clone()}</p>
        <h3>{tr(t::PERSON_COMMITS)}</h3>
        <p class="pre-line">{c.person_commits.clone()}</p>
        <h3>{tr(t::DESK_COMMITS)}</h3>
        <p class="pre-line">{c.desk_commits.clone()}</p>
    }
}

fn agreed_line(c: &PlanVersionView, lang: Lang) -> String {
    t::AGREED_LINE.fill(
        lang,
        &[
            ("date", &display_date(&c.agreed_on)),
            ("how", c.agreed_how.label().get(lang)),
            ("who", &c.made_by),
        ],
    )
}

fn current_version(c: PlanVersionView, lang: Lang) -> impl IntoView {
    view! {
        <section class="card" aria-labelledby="versie-h">
            <h2 id="versie-h">{t::CURRENT_VERSION.fill(lang, &[("number", &c.number.to_string())])}</h2>
            <p role="status">{agreed_line(&c, lang)}</p>
            {commitments(&c)}
        </section>
    }
}

fn earlier_version(c: PlanVersionView, lang: Lang) -> impl IntoView {
    let summary = t::VERSION_SUMMARY.fill(
        lang,
        &[
            ("number", &c.number.to_string()),
            ("date", &display_date(&c.agreed_on)),
        ],
    );
    view! {
        <details>
            <summary>{summary}</summary>
            <p>{agreed_line(&c, lang)} " " {iso_moment(c.made_at)}</p>
            {commitments(&c)}
            <h3>{tr(t::ACTIVITIES_THEN)}</h3>
            <ul>
                {c.activities.iter().map(|a| {
                    let what = if a.title.is_empty() { a.kind.label().get(lang).to_string() } else { format!("{} – {}", a.kind.label().get(lang), a.title) };
                    let by = if a.provider.is_empty() { tr(t::DESK_ITSELF).to_string() } else { a.provider.clone() };
                    view! {
                        <li>{format!("{what} · {by} · {} · {}", period(&a.starts_on, a.ends_on.as_deref(), lang), a.status.label().get(lang))}</li>
                    }
                }).collect_view()}
            </ul>
        </details>
    }
}

fn activity_item(a: ActivityLine, unagreed: bool, lang: Lang) -> impl IntoView {
    let what = if a.title.is_empty() {
        a.kind.label().get(lang).to_string()
    } else {
        format!("{} – {}", a.kind.label().get(lang), a.title)
    };
    let by = a
        .provider
        .clone()
        .unwrap_or_else(|| tr(t::DESK_ITSELF).to_string());
    let status = match a.stop_reason {
        Some(r) => format!("{} ({})", a.status.label().get(lang), r.label().get(lang)),
        None => a.status.label().get(lang).to_string(),
    };
    view! {
        <li class="card">
            <h3>{what}</h3>
            <p>
                {by} " · " {period(&a.starts_on, a.ends_on.as_deref(), lang)} " · "
                {t::HOURS_A_WEEK.fill(lang, &[("hours", &a.hours_per_week.to_string())])}
            </p>
            <p><strong>{status}</strong>{unagreed.then(|| view! { " · " <em>{tr(t::NOT_IN_VERSION)}</em> })}</p>
            {(!a.result.is_empty()).then(|| view! { <p class="pre-line">{t::RESULT_LINE.fill(lang, &[("result", &a.result)])}</p> })}
        </li>
    }
}

/// One form for a step of any activity still open (one form: its fields' ids stay unique
/// on the page, and its message stands beside it).
fn status_form(v: &PlanView, lang: Lang) -> Option<impl IntoView> {
    let open: Vec<(String, String)> = v
        .activities
        .iter()
        .filter(|a| {
            ActivityStatus::ALL
                .iter()
                .any(|to| may_become(a.status, *to))
        })
        .map(|a| {
            let what = if a.title.is_empty() {
                a.kind.label().get(lang).to_string()
            } else {
                format!("{} – {}", a.kind.label().get(lang), a.title)
            };
            (
                a.id.to_string(),
                format!("{what} ({})", a.status.label().get(lang)),
            )
        })
        .collect();
    if open.is_empty() {
        return None;
    }
    let change = ServerAction::<ChangeActivity>::new();
    let error = Signal::derive(move || change.value().get().and_then(|r| r.err()));
    let steps = vec![
        (
            ActivityStatus::Running.as_str(),
            ActivityStatus::Running.label(),
        ),
        (
            ActivityStatus::Completed.as_str(),
            ActivityStatus::Completed.label(),
        ),
        (
            ActivityStatus::Stopped.as_str(),
            ActivityStatus::Stopped.label(),
        ),
    ];
    Some(view! {
        <section class="card" aria-labelledby="stand-h">
            <h2 id="stand-h">{tr(t::CHANGE_STATUS)}</h2>
            <ErrorSummary error=error/>
            <ActionForm action=change attr:class="form" attr:novalidate=true>
                <CsrfField/>
                <ChoiceField name="id" label=t::FIELD_ACTIVITY options=open error=error/>
                <SelectField name="status" label=t::FIELD_NEXT_STATUS options=steps error=error/>
                <SelectField name="reason" label=t::FIELD_STOP_REASON hint=t::FIELD_STOP_REASON_HINT options=choices(StopReason::ALL, StopReason::as_str, StopReason::label) error=error/>
                <TextArea name="result" label=t::FIELD_RESULT error=error/>
                <div class="button-row">
                    <button type="submit" class="button secondary">{tr(t::SAVE_STATUS)}</button>
                </div>
            </ActionForm>
        </section>
    })
}

fn activity_form(v: &PlanView) -> impl IntoView {
    let add = ServerAction::<AddActivity>::new();
    let error = Signal::derive(move || add.value().get().and_then(|r| r.err()));
    let providers: Vec<(String, String)> = v
        .providers
        .iter()
        .map(|(id, name)| (id.to_string(), name.clone()))
        .collect();
    let (candidate, key, today) = (v.candidate_id.to_string(), v.key.clone(), v.today.clone());
    view! {
        <section class="card" aria-labelledby="activiteit-h">
            <h2 id="activiteit-h">{tr(t::ADD_ACTIVITY)}</h2>
            <ErrorSummary error=error/>
            <ActionForm action=add attr:class="form" attr:novalidate=true>
                <CsrfField/>
                <input type="hidden" name="id" value=candidate/>
                <input type="hidden" name="key" value=key/>
                <SelectField name="kind" label=t::FIELD_KIND options=choices(ActivityKind::ALL, ActivityKind::as_str, ActivityKind::label) error=error/>
                <TextField name="title" label=t::FIELD_TITLE error=error/>
                <ChoiceField name="provider" label=t::FIELD_PROVIDER hint=t::FIELD_PROVIDER_HINT options=providers error=error/>
                <TextField name="starts_on" label=t::FIELD_STARTS_ON input_type="date" value=today required=true error=error/>
                <TextField name="ends_on" label=t::FIELD_ENDS_ON input_type="date" error=error/>
                <TextField name="hours_per_week" label=t::FIELD_HOURS input_type="number" required=true error=error/>
                <div class="button-row">
                    <button type="submit" class="button primary">{tr(t::SAVE_ACTIVITY)}</button>
                </div>
            </ActionForm>
        </section>
    }
}

fn version_form(v: &PlanView, current: Option<&PlanVersionView>) -> impl IntoView {
    let save = ServerAction::<SavePlanVersion>::new();
    let error = Signal::derive(move || save.value().get().and_then(|r| r.err()));
    let (goals, person, desk, after) = match current {
        Some(c) => (
            c.goals.clone(),
            c.person_commits.clone(),
            c.desk_commits.clone(),
            c.number,
        ),
        None => (String::new(), String::new(), String::new(), 0),
    };
    let (candidate, today) = (v.candidate_id.to_string(), v.today.clone());
    view! {
        <section class="card" aria-labelledby="nieuwe-versie-h">
            <h2 id="nieuwe-versie-h">{tr(t::NEW_VERSION)}</h2>
            <p>{tr(t::NEW_VERSION_INTRO)}</p>
            <ErrorSummary error=error/>
            <ActionForm action=save attr:class="form" attr:novalidate=true>
                <CsrfField/>
                <input type="hidden" name="id" value=candidate/>
                <input type="hidden" name="after" value=after.to_string()/>
                <TextArea name="goals" label=t::GOALS value=goals error=error/>
                <TextArea name="person_commits" label=t::PERSON_COMMITS value=person error=error/>
                <TextArea name="desk_commits" label=t::DESK_COMMITS value=desk error=error/>
                <TextField name="agreed_on" label=t::FIELD_AGREED_ON input_type="date" value=today required=true error=error/>
                <SelectField name="agreed_how" label=t::FIELD_AGREED_HOW options=choices(AgreedHow::ALL, AgreedHow::as_str, AgreedHow::label) error=error/>
                <div class="button-row">
                    <button type="submit" class="button primary">{tr(t::SAVE_VERSION)}</button>
                </div>
            </ActionForm>
        </section>
    }
}
