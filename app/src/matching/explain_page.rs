//! `/zo-werkt-matchen`: the public explanation of matching, as Dutch municipalities publish
//! in their algorithm registers. The table is `domain::matching::RULES`, so the page says
//! what the code does.

use super::text as t;
use crate::domain::matching::RULES;
use crate::i18n::{tr, use_lang};
use crate::ui::page::PageTitle;
use leptos::prelude::*;

#[component]
pub fn HowMatchingWorksPage() -> impl IntoView {
    let lang = use_lang();
    view! {
        <PageTitle text=t::EXPLAIN_TITLE/>
        <crate::ui::page::Describe text=t::EXPLAIN_INTRO/>
        <h1>{tr(t::EXPLAIN_TITLE)}</h1>
        <p class="lead">{tr(t::EXPLAIN_INTRO)}</p>
        <table>
            <caption>{tr(t::EXPLAIN_RULES)}</caption>
            <thead>
                <tr>
                    <th scope="col">{tr(t::COL_RULE)}</th>
                    <th scope="col" class="num">{tr(t::SCORE)}</th>
                </tr>
            </thead>
            <tbody>
                {RULES.iter().map(|(points, rule)| view! {
                    <tr>
                        <td>{rule.get(lang)}</td>
                        <td class="num">{format!("{points:+}")}</td>
                    </tr>
                }).collect_view()}
            </tbody>
        </table>
        <h2>{tr(t::EXPLAIN_NEVER)}</h2>
        <p>{tr(t::EXPLAIN_NEVER_TEXT)}</p>
        <h2>{tr(t::EXPLAIN_PEOPLE)}</h2>
        <p>{tr(t::EXPLAIN_PEOPLE_TEXT)}</p>
    }
}
