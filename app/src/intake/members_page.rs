//! `/balie/intake/campagnes/{id}/deelnemers`: everyone in a campaign, by name, with where
//! they stand (and why, when exempted before an invitation); filtered by state, searched
//! by name or client number; 50 a page. Each links to their own page.

use super::members::{campaign_members, MembersView};
use super::text as t;
use crate::domain::campaigns::CoverageState;
use crate::i18n::{msg, tr, use_lang};
use crate::ui::filters::{filter_select, labelled, pager, query_string};
use crate::ui::page::{id_param, DocumentTitle, Loaded};
use crate::ui::tables::ScrollRegion;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

#[component]
pub fn CampaignMembersPage() -> impl IntoView {
    let id = id_param();
    let query = use_query_map();
    let args = Memo::new(move |_| {
        let q = query.read();
        (id(), q.get("status"), q.get("q"), q.get("pagina"))
    });
    let data = Resource::new(
        move || args.get(),
        |(id, state, q, page)| campaign_members(id, state, q, page),
    );
    view! {
        <Loaded data=data then=members_view/>
    }
}

fn link(v: &MembersView, page: i64) -> String {
    let page = page.to_string();
    format!(
        "/balie/intake/campagnes/{}/deelnemers?{}",
        v.campaign_id,
        query_string(&[
            ("status", v.state.map(|s| s.as_str()).unwrap_or_default()),
            ("q", &v.q),
            ("pagina", &page),
        ])
    )
}

fn members_view(v: MembersView) -> AnyView {
    let lang = use_lang();
    let id = v.campaign_id;
    let action = format!("/balie/intake/campagnes/{id}/deelnemers");
    let title = format!("{} – {}", tr(t::MEMBERS_TITLE), v.campaign_name);
    let paged = v.clone();
    let pager_view = pager(v.page, v.pages, move |n| link(&paged, n));
    view! {
        <DocumentTitle text=format!("{title} – {}", tr(msg::APP_NAME))/>
        <p><a href=format!("/balie/intake/campagnes/{id}")>{v.campaign_name.clone()}</a></p>
        <h1>{title}</h1>
        <form method="get" action=action class="board-search" role="search">
            <div class="field">
                <label for="filter-q">{tr(t::CLIENTS_SEARCH)}</label>
                <input id="filter-q" type="search" name="q" value=v.q.clone()/>
            </div>
            {filter_select("status", t::MEMBER_STATE, labelled(CoverageState::ALL, CoverageState::as_str, CoverageState::label), v.state.map(|s| s.as_str().to_string()), msg::ANY)}
            <button type="submit" class="button primary">{tr(msg::BOARD_SEARCH_SUBMIT)}</button>
        </form>
        <p class="result-count" role="status">{t::MEMBERS_FOUND.fill(lang, &[("count", &v.total.to_string())])}</p>
        <ScrollRegion caption=tr(t::MEMBERS_TITLE)>
        <table>
            <caption class="visually-hidden">{tr(t::MEMBERS_TITLE)}</caption>
            <thead>
                <tr>
                    <th scope="col">{tr(msg::COL_NAME)}</th>
                    <th scope="col">{tr(t::COL_CLIENT_NUMBER)}</th>
                    <th scope="col">{tr(msg::COL_MUNICIPALITY)}</th>
                    <th scope="col">{tr(t::MEMBER_STATE)}</th>
                </tr>
            </thead>
            <tbody>
                {v.members.iter().map(|m| {
                    let state = match m.exemption_reason {
                        Some(r) => format!("{} ({})", m.state.label().get(lang), r.label().get(lang)),
                        None => m.state.label().get(lang).to_string(),
                    };
                    view! {
                        <tr>
                            <td><a href=format!("/balie/intake/campagnes/{id}/deelnemers/{}", m.client_id)>{m.name.clone()}</a></td>
                            <td>{m.client_number.clone()}</td>
                            <td>{m.municipality.clone()}</td>
                            <td>{state}</td>
                        </tr>
                    }
                }).collect_view()}
            </tbody>
        </table>
        </ScrollRegion>
        {pager_view}
    }
    .into_any()
}
