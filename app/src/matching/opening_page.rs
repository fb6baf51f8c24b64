//! `/balie/vacatures/{id}/kandidaten`: the pool ranked for one opening, with the reasons for
//! each candidate and filters to narrow it. Ticking candidates and pressing "propose"
//! opens the propose form (a GET form, so it works without JavaScript).

use super::text as t;
use super::{opening_matches, MatchLine, MatchQuery, OpeningMatches};
use crate::domain::kinds::{CandidateStatus, Sector, TargetGroup};
use crate::i18n::{msg, tr, use_lang, Lang};
use crate::ui::filters::{filter_select, labelled};
use crate::ui::page::{Loaded, PageTitle};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

#[component]
pub fn OpeningMatchesPage() -> impl IntoView {
    let id = crate::ui::page::id_param();
    let map = use_query_map();
    let query = Memo::new(move |_| {
        let m = map.read();
        let get = |k: &str| m.get(k).unwrap_or_default();
        MatchQuery {
            municipality: get("municipality"),
            sector: get("sector"),
            group: get("group"),
            min_hours: get("min_hours"),
            consent: get("consent"),
        }
    });
    let data = Resource::new(
        move || (id(), query.get()),
        |(id, q)| opening_matches(id, q),
    );
    view! {
        <PageTitle text=t::MATCHES_TITLE/>
        <h1>{tr(t::MATCHES_TITLE)}</h1>
        <p>{tr(t::MATCHES_INTRO)} " " <a href="/zo-werkt-matchen">{tr(t::EXPLAIN_TITLE)}</a></p>
        <Loaded data=data then={move |m: OpeningMatches| results(m, query.get_untracked())}/>
    }
}

/// The reasons of one line, in the page's language, with their points.
pub fn reason_list(reasons: &[crate::domain::matching::Reason], lang: Lang) -> impl IntoView {
    view! {
        <ul class="reasons">
            {reasons.iter().map(|r| {
                let text = if lang == Lang::Nl { r.nl.clone() } else { r.en.clone() };
                view! { <li>{text} " (" {format!("{:+}", r.points)} ")"</li> }
            }).collect_view()}
        </ul>
    }
}

fn results(m: OpeningMatches, q: MatchQuery) -> AnyView {
    let lang = use_lang();
    let id = m.opening_id;
    let places: Vec<(String, String)> = m
        .municipalities
        .iter()
        .map(|p| (p.clone(), p.clone()))
        .collect();
    let considered = format!(
        "{} {}; {}",
        m.considered,
        tr(t::CONSIDERED),
        tr(t::SHOWING_BEST)
    );
    let published = m.published;
    view! {
        <p><a href=format!("/balie/vacatures/{id}")>{m.title.clone()}</a> " · " {m.employer.clone()}</p>
        {(!published).then(|| view! { <p class="notice" role="note">{tr(t::NOT_PUBLISHED)}</p> })}
        <form method="get" action=format!("/balie/vacatures/{id}/kandidaten") class="board-search" role="search">
            {filter_select("municipality", msg::FIELD_MUNICIPALITY, places, Some(q.municipality.clone()), msg::ANY)}
            {filter_select("sector", msg::FIELD_SECTOR, labelled(Sector::ALL, Sector::as_str, Sector::label), Some(q.sector.clone()), msg::ANY)}
            {filter_select("group", msg::FIELD_TARGET_GROUPS, labelled(TargetGroup::ALL, TargetGroup::as_str, TargetGroup::label), Some(q.group.clone()), msg::ANY)}
            <div class="field">
                <label for="filter-min_hours">{tr(t::MIN_HOURS)}</label>
                <input id="filter-min_hours" type="number" min="1" max="40" name="min_hours" value=q.min_hours.clone()/>
            </div>
            <div class="checkbox">
                <input type="checkbox" id="filter-consent" name="consent" value="1" checked=q.consent == "1"/>
                <label for="filter-consent">{tr(t::ONLY_CONSENT)}</label>
            </div>
            <button type="submit" class="button secondary">{tr(t::FILTER)}</button>
        </form>
        <p class="result-count" role="status">{considered}</p>
        <form method="get" action=format!("/balie/vacatures/{id}/voordragen")>
            <table class="matches">
                <caption class="visually-hidden">{tr(t::MATCHES_TITLE)}</caption>
                <thead>
                    <tr>
                        <th scope="col">{tr(t::CHOOSE)}</th>
                        <th scope="col">{tr(msg::COL_NAME)}</th>
                        <th scope="col" class="num">{tr(t::SCORE)}</th>
                        <th scope="col">{tr(t::REASONS)}</th>
                    </tr>
                </thead>
                <tbody>
                    {m.lines.into_iter().map(|c: MatchLine| {
                        let status = CandidateStatus::parse(&c.status).map(|s| s.label().get(lang)).unwrap_or("");
                        let choosable = published && c.consent && !c.already_proposed;
                        let box_id = format!("k-{}", c.id);
                        view! {
                            <tr>
                                <td>
                                    {if choosable {
                                        view! {
                                            <input type="checkbox" id=box_id.clone() name="k" value=c.id.to_string()/>
                                            <label for=box_id class="visually-hidden">{tr(t::CHOOSE_LABEL)} " " {c.name.clone()}</label>
                                        }.into_any()
                                    } else if c.already_proposed {
                                        view! { <span>{tr(t::ALREADY)}</span> }.into_any()
                                    } else if !c.consent {
                                        view! { <span>{tr(crate::proposals::text::NO_CONSENT_SHORT)}</span> }.into_any()
                                    } else {
                                        view! { <span>"–"</span> }.into_any()
                                    }}
                                </td>
                                <td><a href=format!("/balie/kandidaten/{}", c.id)>{c.name.clone()}</a><br/><span class="meta">{status}</span></td>
                                <td class="num">{c.score}</td>
                                <td>{reason_list(&c.reasons, lang)}</td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
            {published.then(|| view! {
                <div class="button-row">
                    <button type="submit" class="button primary">{tr(t::PROPOSE_CHOSEN)}</button>
                </div>
            })}
        </form>
    }
    .into_any()
}
