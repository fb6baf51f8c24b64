//! `/balie/intake/klanten`: everyone in the caseload, searched by name or client number and
//! filtered by municipality; 50 a page. A client who became a candidate links to them.

use super::text as t;
use super::{caseload_clients, ClientPage, ClientQuery};
use crate::domain::dates::display_date;
use crate::i18n::{msg, tr, use_lang};
use crate::ui::filters::{filter_select, pager, query_string};
use crate::ui::page::{Loaded, PageTitle};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

fn page_link(q: &ClientQuery, page: i64) -> String {
    let page = page.to_string();
    format!(
        "/balie/intake/klanten?{}",
        query_string(&[
            ("q", &q.q),
            ("municipality", &q.municipality),
            ("page", &page)
        ])
    )
}

#[component]
pub fn ClientsPage() -> impl IntoView {
    let map = use_query_map();
    let query = Memo::new(move |_| {
        let m = map.read();
        let get = |k: &str| m.get(k).unwrap_or_default();
        ClientQuery {
            q: get("q"),
            municipality: get("municipality"),
            page: get("page"),
        }
    });
    let data = Resource::new(move || query.get(), caseload_clients);
    view! {
        <PageTitle text=t::CLIENTS_TITLE/>
        <p><a href="/balie/intake">{tr(t::INTAKE_TITLE)}</a></p>
        <h1>{tr(t::CLIENTS_TITLE)}</h1>
        <p>{tr(t::CLIENTS_INTRO)}</p>
        <Loaded data=data then={move |p: ClientPage| results(p, query.get_untracked())}/>
    }
}

fn results(p: ClientPage, q: ClientQuery) -> AnyView {
    let lang = use_lang();
    let places: Vec<(String, String)> = p
        .municipalities
        .iter()
        .map(|m| (m.clone(), m.clone()))
        .collect();
    view! {
        <form method="get" action="/balie/intake/klanten" class="board-search" role="search">
            <div class="field">
                <label for="filter-q">{tr(t::CLIENTS_SEARCH)}</label>
                <input id="filter-q" type="search" name="q" value=q.q.clone()/>
            </div>
            {filter_select("municipality", msg::FIELD_MUNICIPALITY, places, Some(q.municipality.clone()), msg::ANY)}
            <button type="submit" class="button primary">{tr(msg::BOARD_SEARCH_SUBMIT)}</button>
        </form>
        <p class="result-count" role="status">{t::CLIENTS_FOUND.fill(lang, &[("count", &p.total.to_string())])}</p>
        <crate::ui::tables::ScrollRegion caption=tr(t::CLIENTS_TITLE)>
        <table>
            <caption class="visually-hidden">{tr(t::CLIENTS_TITLE)}</caption>
            <thead>
                <tr>
                    <th scope="col">{tr(msg::COL_NAME)}</th>
                    <th scope="col">{tr(t::COL_CLIENT_NUMBER)}</th>
                    <th scope="col">{tr(msg::FIELD_POSTCODE)}</th>
                    <th scope="col">{tr(msg::COL_MUNICIPALITY)}</th>
                    <th scope="col" class="number">{tr(t::COL_BIRTH_YEAR)}</th>
                    <th scope="col">{tr(t::COL_BENEFIT_START)}</th>
                    <th scope="col">{tr(t::COL_CANDIDATE)}</th>
                </tr>
            </thead>
            <tbody>
                {p.lines.into_iter().map(|c| view! {
                    <tr>
                        <td>{c.name}</td>
                        <td>{c.client_number}</td>
                        <td>{c.postcode}</td>
                        <td>{c.municipality}</td>
                        <td class="number">{c.birth_year}</td>
                        <td>
                            {display_date(&c.benefit_start)}
                            {c.left_on.as_deref().map(|d| view! {
                                <br/><span class="meta">{t::CLIENT_LEFT.fill(lang, &[("day", &display_date(d))])}</span>
                            })}
                        </td>
                        <td>{match c.candidate_id {
                            Some(id) => view! { <a href=format!("/balie/kandidaten/{id}")>{tr(msg::YES)}</a> }.into_any(),
                            None => view! { {tr(msg::NO)} }.into_any(),
                        }}</td>
                    </tr>
                }).collect_view()}
            </tbody>
        </table>
        </crate::ui::tables::ScrollRegion>
        {pager(p.page, p.pages, move |n| page_link(&q, n))}
    }
    .into_any()
}
