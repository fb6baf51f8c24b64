//! `/vacatures`: search and browse published openings. The search form is a plain GET
//! form, so every search is a link that can be shared and works without JavaScript.

use super::{search_board, BoardResults, PublicOpening};
use crate::domain::board::BoardQuery;
use crate::domain::dates::display_date;
use crate::domain::kinds::{OpeningKind, Sector, TargetGroup};
use crate::domain::redirect::encode_query_value;
use crate::i18n::{msg, tr, use_lang, T};
use crate::ui::filters::{filter_select, pager};
use crate::ui::page::{Loaded, PageTitle};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

fn query_from(map: &leptos_router::params::ParamsMap) -> BoardQuery {
    BoardQuery {
        q: map.get("q"),
        kind: map.get("kind"),
        sector: map.get("sector"),
        municipality: map.get("municipality"),
        hours: map.get("hours"),
        group: map.get("group"),
        sort: map.get("sort"),
        page: map.get("page"),
        per_page: None,
    }
}

/// The link to another page of the same search.
fn page_link(q: &BoardQuery, page: i64) -> String {
    let mut parts: Vec<String> = [
        ("q", &q.q),
        ("kind", &q.kind),
        ("sector", &q.sector),
        ("municipality", &q.municipality),
        ("hours", &q.hours),
        ("group", &q.group),
        ("sort", &q.sort),
    ]
    .into_iter()
    .filter_map(|(k, v)| {
        v.as_deref()
            .filter(|v| !v.is_empty())
            .map(|v| format!("{k}={}", encode_query_value(v)))
    })
    .collect();
    parts.push(format!("page={page}"));
    format!("/vacatures?{}", parts.join("&"))
}

#[component]
pub fn BoardPage() -> impl IntoView {
    let map = use_query_map();
    let query = Memo::new(move |_| query_from(&map.read()));
    let data = Resource::new(move || query.get(), search_board);
    view! {
        <PageTitle text=msg::BOARD_TITLE/>
        <crate::ui::page::Describe text=msg::BOARD_INTRO/>
        <h1>{tr(msg::BOARD_TITLE)}</h1>
        <p>{tr(msg::BOARD_INTRO)}</p>
        <Loaded data=data then={move |r: BoardResults| results(r, query.get_untracked())}/>
        <p><a href="/vacatures/feed.atom">{tr(msg::BOARD_FEED)}</a></p>
    }
}

fn results(r: BoardResults, q: BoardQuery) -> AnyView {
    let lang = use_lang();
    let label_options = |all: Vec<(&'static str, T)>| -> Vec<(String, String)> {
        all.into_iter()
            .map(|(c, t)| (c.to_string(), t.get(lang).to_string()))
            .collect()
    };
    let kinds = label_options(
        OpeningKind::ALL
            .iter()
            .map(|k| (k.as_str(), k.label()))
            .collect(),
    );
    let sectors = label_options(
        Sector::ALL
            .iter()
            .map(|k| (k.as_str(), k.label()))
            .collect(),
    );
    let groups = label_options(
        TargetGroup::ALL
            .iter()
            .map(|k| (k.as_str(), k.label()))
            .collect(),
    );
    let places: Vec<(String, String)> = r
        .municipalities
        .iter()
        .map(|m| (m.clone(), m.clone()))
        .collect();
    let sorts = vec![
        ("newest".to_string(), tr(msg::SORT_NEWEST).to_string()),
        ("closing".to_string(), tr(msg::SORT_CLOSING).to_string()),
    ];
    let count = match lang {
        crate::i18n::Lang::Nl => format!(
            "{} {}",
            r.total,
            if r.total == 1 {
                "plek gevonden"
            } else {
                "plekken gevonden"
            }
        ),
        crate::i18n::Lang::En => format!(
            "{} {} found",
            r.total,
            if r.total == 1 { "opening" } else { "openings" }
        ),
    };
    view! {
        <form method="get" action="/vacatures" class="board-search" role="search">
            <div class="field">
                <label for="filter-q">{tr(msg::BOARD_SEARCH)}</label>
                <input id="filter-q" type="search" name="q" value=q.q.clone().unwrap_or_default()/>
            </div>
            {filter_select("kind", msg::FIELD_KIND, kinds, q.kind.clone(), msg::ANY)}
            {filter_select("sector", msg::FIELD_SECTOR, sectors, q.sector.clone(), msg::ANY)}
            {filter_select("municipality", msg::FIELD_MUNICIPALITY, places, q.municipality.clone(), msg::ANY)}
            <div class="field">
                <label for="filter-hours">{tr(msg::BOARD_HOURS)}</label>
                <input id="filter-hours" type="number" min="1" max="40" name="hours" value=q.hours.clone().unwrap_or_default()/>
            </div>
            {filter_select("group", msg::FIELD_TARGET_GROUPS, groups, q.group.clone(), msg::ANY)}
            {filter_select("sort", msg::BOARD_SORT, sorts, q.sort.clone().or(Some("newest".into())), msg::SORT_NEWEST)}
            <button type="submit" class="button primary">{tr(msg::BOARD_SEARCH_SUBMIT)}</button>
        </form>
        <p class="result-count" role="status">{count}</p>
        <ul class="board-list">
            {r.items.into_iter().map(|o| view! { <BoardItem opening=o/> }).collect_view()}
        </ul>
        {pager(r.page, r.pages, move |n| page_link(&q, n))}
    }
    .into_any()
}

#[component]
fn BoardItem(opening: PublicOpening) -> impl IntoView {
    let lang = use_lang();
    let c = opening.content;
    view! {
        <li class="card board-item">
            <h2><a href=format!("/vacatures/{}", opening.id)>{c.title}</a></h2>
            <p class="meta">
                {c.kind.label().get(lang)} " · " {opening.employer} " · " {c.municipality}
                " · " {format!("{}–{} {}", c.hours_min, c.hours_max, tr(msg::HOURS_PER_WEEK))}
            </p>
            {c.closing_date.map(|d| view! { <p class="meta">{tr(msg::FIELD_CLOSING_DATE)} ": " {display_date(&d)}</p> })}
        </li>
    }
}
