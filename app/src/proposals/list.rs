//! The proposals for one opening, shown on the opening's page to its employer and the desk.

use super::text as t;
use super::{opening_proposals, ProposalLine};
use crate::domain::dates::{day_of, display_date, iso_date};
use crate::domain::kinds::ProposalStatus;
use crate::i18n::{msg, tr, use_lang};
use crate::ui::page::Loaded;
use leptos::prelude::*;

#[component]
pub fn OpeningProposals(opening: i64, desk: bool, published: bool) -> impl IntoView {
    let data = Resource::new(move || opening, opening_proposals);
    view! {
        <section id="voordrachten" aria-labelledby="proposals-title">
            <h2 id="proposals-title">{tr(t::PROPOSALS)}</h2>
            {(desk && published).then(|| view! {
                <p><a class="button primary" href=format!("/balie/vacatures/{opening}/kandidaten")>{tr(t::FIND_CANDIDATES)}</a></p>
            })}
            <Loaded data=data then={move |lines: Vec<ProposalLine>| view! { <ProposalTable lines=lines desk=desk/> }}/>
        </section>
    }
}

/// Proposals as a table: who (short name), status, interview, last step.
#[component]
pub fn ProposalTable(
    lines: Vec<ProposalLine>,
    desk: bool,
    #[prop(optional)] show_opening: bool,
) -> impl IntoView {
    let lang = use_lang();
    if lines.is_empty() {
        return view! { <p>{tr(t::NO_PROPOSALS)}</p> }.into_any();
    }
    let base = if desk {
        "/balie/voordrachten"
    } else {
        "/werkgever/voordrachten"
    };
    view! {
        <table>
            <caption class="visually-hidden">{tr(t::PROPOSALS)}</caption>
            <thead>
                <tr>
                    <th scope="col">{tr(t::COL_CANDIDATE)}</th>
                    {show_opening.then(|| view! {
                        <th scope="col">{tr(msg::OPENING_TITLE)}</th>
                        <th scope="col">{tr(msg::COL_EMPLOYER)}</th>
                    })}
                    <th scope="col">{tr(msg::COL_STATUS)}</th>
                    <th scope="col">{tr(t::INTERVIEW)}</th>
                    <th scope="col">{tr(t::COL_SINCE)}</th>
                </tr>
            </thead>
            <tbody>
                {lines
                    .into_iter()
                    .map(|p| {
                        let status = p.status.label().get(lang);
                        let interview = p
                            .interview_at
                            .as_deref()
                            .filter(|_| p.status == ProposalStatus::Interview)
                            .and_then(|at| at.split_once('T'))
                            .map(|(d, t)| format!("{} {t}", display_date(d)))
                            .unwrap_or_else(|| "–".into());
                        view! {
                            <tr>
                                <td><a href=format!("{base}/{}", p.id)>{p.name}</a></td>
                                {show_opening.then(|| view! {
                                    <td>{p.opening_title.clone()}</td>
                                    <td>{p.employer_name.clone()}</td>
                                })}
                                <td>{status}</td>
                                <td>{interview}</td>
                                <td>{display_date(&iso_date(day_of(p.updated_at)))}</td>
                            </tr>
                        }
                    })
                    .collect_view()}
            </tbody>
        </table>
    }
    .into_any()
}
