//! `/beheer/audit`: the admin searches the audit log by who, kind of record, number and
//! period (a GET form: every search is a link and works without JavaScript); 50 a page,
//! newest first. A wrong date or number gets its message next to the field.

use super::text as t;
use super::{audit_log, AuditQuery, AuditResults};
use crate::domain::dates::iso_moment;
use crate::error::AppError;
use crate::i18n::{msg, tr};
use crate::ui::errors::Refused;
use crate::ui::filters::{filter_select, pager, query_string};
use crate::ui::forms::{ErrorSummary, TextField};
use crate::ui::page::PageTitle;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

const ACTION: &str = "/beheer/audit";

fn query_from(map: &leptos_router::params::ParamsMap) -> AuditQuery {
    let get = |k: &str| map.get(k).unwrap_or_default();
    AuditQuery {
        wie: get("wie"),
        soort: get("soort"),
        nummer: get("nummer"),
        van: get("van"),
        tot: get("tot"),
        page: get("page"),
    }
}

fn page_link(q: &AuditQuery, page: i64) -> String {
    let page = page.to_string();
    format!(
        "{ACTION}?{}",
        query_string(&[
            ("wie", &q.wie),
            ("soort", &q.soort),
            ("nummer", &q.nummer),
            ("van", &q.van),
            ("tot", &q.tot),
            ("page", &page),
        ])
    )
}

#[component]
pub fn AuditPage() -> impl IntoView {
    let map = use_query_map();
    let query = Memo::new(move |_| query_from(&map.read()));
    let data = Resource::new(move || query.get(), audit_log);
    view! {
        <PageTitle text=t::AUDIT_TITLE/>
        <Suspense fallback=|| view! { <p>{tr(msg::LOADING)}</p> }>
            {move || {
                let asked = query.get();
                Suspend::new(async move {
                    match data.await {
                        Ok(found) => view! {
                            <h1>{tr(t::AUDIT_TITLE)}</h1>
                            <p>{tr(t::AUDIT_INTRO)}</p>
                            {search_form(&asked, found.entities.clone(), None)}
                            {results(found, asked)}
                        }
                        .into_any(),
                        Err(error @ AppError::Invalid { .. }) => view! {
                            <h1>{tr(t::AUDIT_TITLE)}</h1>
                            <p>{tr(t::AUDIT_INTRO)}</p>
                            {search_form(&asked, Vec::new(), Some(error))}
                        }
                        .into_any(),
                        Err(error) => view! { <Refused error=error/> }.into_any(),
                    }
                })
            }}
        </Suspense>
    }
}

fn search_form(q: &AuditQuery, entities: Vec<String>, error: Option<AppError>) -> AnyView {
    let error = Signal::derive(move || error.clone());
    let mut kinds: Vec<(String, String)> = entities.into_iter().map(|e| (e.clone(), e)).collect();
    if !q.soort.is_empty() && !kinds.iter().any(|(k, _)| *k == q.soort) {
        kinds.push((q.soort.clone(), q.soort.clone()));
    }
    view! {
        <ErrorSummary error=error/>
        <form method="get" action=ACTION class="board-search" role="search">
            <TextField name="wie" label=t::WHO value=q.wie.clone() error=error/>
            {filter_select("soort", t::KIND, kinds, Some(q.soort.clone()), msg::ANY)}
            <TextField name="nummer" label=t::NUMBER value=q.nummer.clone() error=error/>
            <TextField name="van" label=t::FROM input_type="date" value=q.van.clone() error=error/>
            <TextField name="tot" label=t::UNTIL input_type="date" value=q.tot.clone() error=error/>
            <button type="submit" class="button primary">{tr(msg::BOARD_SEARCH_SUBMIT)}</button>
        </form>
    }
    .into_any()
}

fn results(found: AuditResults, q: AuditQuery) -> AnyView {
    view! {
        <p class="result-count" role="status">{format!("{} {}", found.total, tr(t::FOUND))}</p>
        <table>
            <caption class="visually-hidden">{tr(t::AUDIT_TITLE)}</caption>
            <thead>
                <tr>
                    <th scope="col">{tr(t::COL_WHEN)}</th>
                    <th scope="col">{tr(t::COL_WHO)}</th>
                    <th scope="col">{tr(t::COL_ACTION)}</th>
                    <th scope="col">{tr(t::COL_RECORD)}</th>
                    <th scope="col">{tr(t::COL_ADDRESS)}</th>
                </tr>
            </thead>
            <tbody>
                {found
                    .lines
                    .into_iter()
                    .map(|l| view! {
                        <tr>
                            <td>{iso_moment(l.at)}</td>
                            <td>{l.who.unwrap_or_else(|| tr(t::SYSTEM).to_string())}</td>
                            <td>{l.action}</td>
                            <td>{format!("{} {}", l.entity, l.entity_id.map(|i| i.to_string()).unwrap_or_default())}</td>
                            <td>{l.address}</td>
                        </tr>
                    })
                    .collect_view()}
            </tbody>
        </table>
        {pager(found.page, found.pages, move |n| page_link(&q, n))}
    }
    .into_any()
}
