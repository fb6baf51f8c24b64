//! `/balie/kandidaten`: the pool, searched by name or client number and filtered by
//! municipality, sector wanted, target group, status and consultant; 25 a page.

use super::text as t;
use super::{search_candidates, CandidatePage, CandidateQuery};
use crate::domain::kinds::{CandidateStatus, Sector, TargetGroup};
use crate::i18n::{msg, tr, use_lang};
use crate::ui::filters::{filter_select, labelled, pager, query_string};
use crate::ui::page::{Loaded, PageTitle};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

fn query_from(map: &leptos_router::params::ParamsMap) -> CandidateQuery {
    let get = |k: &str| map.get(k).unwrap_or_default();
    CandidateQuery {
        q: get("q"),
        municipality: get("municipality"),
        sector: get("sector"),
        group: get("group"),
        status: get("status"),
        consultant: get("consultant"),
        page: get("page"),
    }
}

fn page_link(q: &CandidateQuery, page: i64) -> String {
    let page = page.to_string();
    format!(
        "/balie/kandidaten?{}",
        query_string(&[
            ("q", &q.q),
            ("municipality", &q.municipality),
            ("sector", &q.sector),
            ("group", &q.group),
            ("status", &q.status),
            ("consultant", &q.consultant),
            ("page", &page),
        ])
    )
}

#[component]
pub fn CandidatesPage() -> impl IntoView {
    let map = use_query_map();
    let query = Memo::new(move |_| query_from(&map.read()));
    let data = Resource::new(move || query.get(), search_candidates);
    view! {
        <PageTitle text=t::POOL_TITLE/>
        <h1>{tr(t::POOL_TITLE)}</h1>
        <p>{tr(t::POOL_INTRO)}</p>
        <p><a class="button primary" href="/balie/kandidaten/nieuw">{tr(t::NEW_TITLE)}</a></p>
        <Loaded data=data then={move |p: CandidatePage| results(p, query.get_untracked())}/>
    }
}

fn results(p: CandidatePage, q: CandidateQuery) -> AnyView {
    let lang = use_lang();
    let places: Vec<(String, String)> = p
        .municipalities
        .iter()
        .map(|m| (m.clone(), m.clone()))
        .collect();
    let consultants: Vec<(String, String)> = p
        .consultants
        .iter()
        .map(|(id, name)| (id.to_string(), name.clone()))
        .collect();
    let count = format!(
        "{} {}",
        p.total,
        tr(if p.total == 1 {
            t::FOUND_ONE
        } else {
            t::FOUND_MANY
        })
    );
    view! {
        <form method="get" action="/balie/kandidaten" class="board-search" role="search">
            <div class="field">
                <label for="filter-q">{tr(t::SEARCH_LABEL)}</label>
                <input id="filter-q" type="search" name="q" value=q.q.clone()/>
            </div>
            {filter_select("municipality", msg::FIELD_MUNICIPALITY, places, Some(q.municipality.clone()), msg::ANY)}
            {filter_select("sector", msg::FIELD_SECTOR, labelled(Sector::ALL, Sector::as_str, Sector::label), Some(q.sector.clone()), msg::ANY)}
            {filter_select("group", t::FIELD_GROUPS, labelled(TargetGroup::ALL, TargetGroup::as_str, TargetGroup::label), Some(q.group.clone()), msg::ANY)}
            {filter_select("status", msg::COL_STATUS, labelled(CandidateStatus::ALL, CandidateStatus::as_str, CandidateStatus::label), Some(q.status.clone()), msg::ANY)}
            {filter_select("consultant", t::FIELD_CONSULTANT, consultants, Some(q.consultant.clone()), msg::ANY)}
            <button type="submit" class="button primary">{tr(msg::BOARD_SEARCH_SUBMIT)}</button>
        </form>
        <p class="result-count" role="status">{count}</p>
        <crate::ui::tables::ScrollRegion caption=tr(t::POOL_TITLE)>
        <table>
            <caption class="visually-hidden">{tr(t::POOL_TITLE)}</caption>
            <thead>
                <tr>
                    <th scope="col">{tr(msg::COL_NAME)}</th>
                    <th scope="col">{tr(t::COL_CLIENT_NUMBER)}</th>
                    <th scope="col">{tr(msg::COL_MUNICIPALITY)}</th>
                    <th scope="col">{tr(msg::COL_STATUS)}</th>
                    <th scope="col">{tr(t::FIELD_CONSULTANT)}</th>
                    <th scope="col">{tr(t::COL_CONSENT)}</th>
                </tr>
            </thead>
            <tbody>
                {p.lines
                    .into_iter()
                    .map(|c| view! {
                        <tr>
                            <td><a href=format!("/balie/kandidaten/{}", c.id)>{c.name}</a></td>
                            <td>{c.client_number}</td>
                            <td>{c.municipality}</td>
                            <td>{c.status.label().get(lang)}</td>
                            <td>{c.consultant.unwrap_or_default()}</td>
                            <td>{tr(if c.consent { msg::YES } else { msg::NO })}</td>
                        </tr>
                    })
                    .collect_view()}
            </tbody>
        </table>
        </crate::ui::tables::ScrollRegion>
        {pager(p.page, p.pages, move |n| page_link(&q, n))}
    }
    .into_any()
}
