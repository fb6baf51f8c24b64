//! `/vacatures/{id}`: one published opening for the public, with its schema.org
//! `JobPosting` as JSON-LD for search engines. A closed opening says so (410); an unknown
//! or unpublished one is not found (404).

use super::{public_opening, PublicOpening};
use crate::domain::dates::display_date;
use crate::i18n::{msg, tr, use_lang, T};
use crate::ui::page::{Loaded, PageTitle};
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

#[component]
pub fn PublicOpeningPage() -> impl IntoView {
    let params = use_params_map();
    let id = move || {
        params
            .read()
            .get("id")
            .and_then(|id| id.parse::<i64>().ok())
            .unwrap_or(-1)
    };
    let data = Resource::new(id, public_opening);
    view! {
        <PageTitle text=msg::OPENING_TITLE/>
        <Loaded data=data then={move |o: PublicOpening| view! { <OpeningView opening=o/> }}/>
    }
}

#[component]
fn OpeningView(opening: PublicOpening) -> impl IntoView {
    let lang = use_lang();
    let c = opening.content.clone();
    let url = format!("/vacatures/{}", opening.id);
    // `</` inside a script would end it early; JSON allows escaping the slash.
    let json_ld =
        crate::domain::board::job_posting(&c, &opening.employer, &opening.published, &url)
            .to_string()
            .replace("</", "<\\/");
    let yes_no = |b: bool| if b { msg::YES } else { msg::NO };
    let support: Vec<&str> = [
        (c.support_job_coach, msg::SUPPORT_JOB_COACH),
        (c.support_training, msg::SUPPORT_TRAINING),
        (c.support_adapted_hours, msg::SUPPORT_ADAPTED_HOURS),
    ]
    .into_iter()
    .filter(|(on, _)| *on)
    .map(|(_, t)| t.get(lang))
    .collect();
    let facts: Vec<(T, String)> = vec![
        (msg::FIELD_KIND, c.kind.label().get(lang).to_string()),
        (msg::COL_EMPLOYER, opening.employer.clone()),
        (msg::FIELD_MUNICIPALITY, c.municipality.clone()),
        (msg::FIELD_HOURS, format!("{}–{}", c.hours_min, c.hours_max)),
        (msg::FIELD_POSITIONS, c.positions.to_string()),
        (
            msg::FIELD_START_DATE,
            c.start_date
                .as_deref()
                .map(display_date)
                .unwrap_or_else(|| "–".into()),
        ),
        (
            msg::FIELD_CLOSING_DATE,
            c.closing_date
                .as_deref()
                .map(display_date)
                .unwrap_or_else(|| "–".into()),
        ),
        (
            msg::FIELD_CONTRACT,
            c.contract_type.label().get(lang).to_string(),
        ),
        (
            msg::FIELD_SALARY,
            c.salary
                .map(|(lo, hi)| format!("€ {lo} – € {hi}"))
                .unwrap_or_else(|| "–".into()),
        ),
        (msg::FIELD_DUTCH_LEVEL, c.dutch_level.as_str().to_string()),
        (
            msg::FIELD_DIPLOMA,
            yes_no(c.diploma_required).get(lang).to_string(),
        ),
        (
            msg::FIELD_DRIVING_LICENCE,
            yes_no(c.driving_licence).get(lang).to_string(),
        ),
        (
            msg::FIELD_SUPPORT,
            if support.is_empty() {
                "–".into()
            } else {
                support.join(", ")
            },
        ),
        (
            msg::FIELD_TARGET_GROUPS,
            c.target_groups
                .iter()
                .map(|g| g.label().get(lang))
                .collect::<Vec<_>>()
                .join(", "),
        ),
    ];
    view! {
        <script type="application/ld+json" inner_html=json_ld></script>
        <p><a href="/vacatures">{tr(msg::BOARD_BACK)}</a></p>
        <h1>{c.title.clone()}</h1>
        <p class="meta">{tr(msg::PUBLISHED_ON)} " " {display_date(&opening.published)}</p>
        <p class="description">{c.description.clone()}</p>
        <dl class="facts">
            {facts.into_iter().map(|(k, v)| view! { <dt>{k.get(lang)}</dt><dd>{v}</dd> }).collect_view()}
        </dl>
        <p>{tr(msg::BOARD_HOW_TO_APPLY)}</p>
    }
}
