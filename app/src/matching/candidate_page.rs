//! `/balie/kandidaten/{id}/vacatures`: published openings ranked for one candidate.

use super::opening_page::reason_list;
use super::text as t;
use super::{candidate_matches, CandidateMatches};
use crate::i18n::{msg, tr, use_lang};
use crate::ui::page::{Loaded, PageTitle};
use leptos::prelude::*;

#[component]
pub fn CandidateOpeningsPage() -> impl IntoView {
    let id = crate::ui::page::id_param();
    let data = Resource::new(id, candidate_matches);
    view! {
        <PageTitle text=t::OPENINGS_TITLE/>
        <h1>{tr(t::OPENINGS_TITLE)}</h1>
        <p>{tr(t::OPENINGS_INTRO)} " " <a href="/zo-werkt-matchen">{tr(t::EXPLAIN_TITLE)}</a></p>
        <Loaded data=data then={|m: CandidateMatches| {
            let lang = use_lang();
            let id = m.candidate_id;
            view! {
                <p><a href=format!("/balie/kandidaten/{id}")>{m.name.clone()}</a></p>
                {(!m.consent).then(|| view! { <p class="notice" role="note">{tr(crate::candidates::text::CONSENT_MISSING)}</p> })}
                <table class="matches">
                    <caption class="visually-hidden">{tr(t::OPENINGS_TITLE)}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{tr(msg::OPENING_TITLE)}</th>
                            <th scope="col" class="num">{tr(t::SCORE)}</th>
                            <th scope="col">{tr(t::REASONS)}</th>
                            <th scope="col">{tr(t::PROPOSE_HERE)}</th>
                        </tr>
                    </thead>
                    <tbody>
                        {m.lines.into_iter().map(|o| view! {
                            <tr>
                                <td><a href=format!("/balie/vacatures/{}", o.opening_id)>{o.title.clone()}</a><br/><span class="meta">{o.employer.clone()} " · " {o.municipality.clone()}</span></td>
                                <td class="num">{o.score}</td>
                                <td>{reason_list(&o.reasons, lang)}</td>
                                <td>{if o.proposed {
                                    view! { <span>{tr(t::ALREADY)}</span> }.into_any()
                                } else if m.consent {
                                    view! { <a href=format!("/balie/vacatures/{}/voordragen?k={id}", o.opening_id)>{tr(t::PROPOSE_HERE)}</a> }.into_any()
                                } else {
                                    view! { <span>"–"</span> }.into_any()
                                }}</td>
                            </tr>
                        }).collect_view()}
                    </tbody>
                </table>
            }
        }}/>
    }
}
