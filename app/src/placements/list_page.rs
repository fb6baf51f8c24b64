//! `/balie/plaatsingen`: the placements, running ones first (`?alle=1` shows all), with
//! the buddy and how many flags are open.

use super::text as t;
use super::{placement_list, PlacementLine};
use crate::domain::dates::display_date;
use crate::i18n::{msg, tr, use_lang};
use crate::ui::page::{Loaded, PageTitle};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

#[component]
pub fn PlacementsPage() -> impl IntoView {
    let query = use_query_map();
    let all = move || query.read().get("alle").is_some_and(|v| v == "1");
    let data = Resource::new(all, |all| placement_list(Some(all)));
    view! {
        <PageTitle text=t::PLACEMENTS/>
        <h1>{tr(t::PLACEMENTS)}</h1>
        <p>
            {move || if all() {
                view! { <a href="/balie/plaatsingen">{tr(t::SHOW_RUNNING)}</a> }
            } else {
                view! { <a href="/balie/plaatsingen?alle=1">{tr(t::SHOW_ALL)}</a> }
            }}
            " · "
            <a href="/balie/buddies">{tr(t::BUDDIES_LINK)}</a>
        </p>
        <Loaded data=data then=table/>
    }
}

fn table(lines: Vec<PlacementLine>) -> AnyView {
    let lang = use_lang();
    if lines.is_empty() {
        return view! { <p>{tr(t::NONE_YET)}</p> }.into_any();
    }
    view! {
        <crate::ui::tables::ScrollRegion caption=tr(t::PLACEMENTS)>
            <table>
                <caption class="visually-hidden">{tr(t::PLACEMENTS)}</caption>
                <thead>
                    <tr>
                        <th scope="col">{tr(msg::COL_NAME)}</th>
                        <th scope="col">{tr(msg::COL_EMPLOYER)}</th>
                        <th scope="col">{tr(t::FIELD_KIND)}</th>
                        <th scope="col">{tr(t::FIELD_START)}</th>
                        <th scope="col">{tr(t::OUTCOME)}</th>
                        <th scope="col">{tr(t::BUDDY)}</th>
                        <th scope="col">{tr(t::FLAG)}</th>
                    </tr>
                </thead>
                <tbody>
                    {lines
                        .into_iter()
                        .map(|p| {
                            let kind = p.kind.label().get(lang);
                            let outcome = p.outcome.label().get(lang);
                            view! {
                                <tr>
                                    <th scope="row"><a href=format!("/balie/plaatsingen/{}", p.id)>{p.name}</a></th>
                                    <td>{p.employer_name}</td>
                                    <td>{kind}</td>
                                    <td>{display_date(&p.start_date)}</td>
                                    <td>{outcome}</td>
                                    <td>{p.buddy.unwrap_or_else(|| "–".into())}</td>
                                    <td>{(p.open_flags > 0).then(|| view! { <strong class="badge warn">{p.open_flags}</strong> })}</td>
                                </tr>
                            }
                        })
                        .collect_view()}
                </tbody>
            </table>
        </crate::ui::tables::ScrollRegion>
    }
    .into_any()
}
