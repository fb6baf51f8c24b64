//! `/balie/werklijst`: what needs the desk — proposals waiting for the employer longer than
//! a set number of days (a nudge is due), interviews this week, and new hires; then the
//! intake's lists (`intake::work`).

use super::list::ProposalTable;
use super::text as t;
use super::{work_list, WorkList};
use crate::i18n::tr;
use crate::ui::page::{Loaded, PageTitle};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

#[component]
pub fn WorkListPage() -> impl IntoView {
    let query = use_query_map();
    let days = move || {
        query
            .read()
            .get("dagen")
            .and_then(|d| d.parse::<i64>().ok())
    };
    let data = Resource::new(days, work_list);
    view! {
        <PageTitle text=t::WORK_LIST/>
        <h1>{tr(t::WORK_LIST)}</h1>
        <p>{tr(t::WORK_LIST_INTRO)}</p>
        <Loaded data=data then={|w: WorkList| view! {
            <section aria-labelledby="waiting-title">
                <h2 id="waiting-title">{tr(t::WAITING)} " (" {w.waiting.len()} ")"</h2>
                <form method="get" action="/balie/werklijst" class="inline-form">
                    <div class="field">
                        <label for="filter-dagen">{tr(t::WAITING_DAYS)}</label>
                        <input id="filter-dagen" type="number" min="1" max="365" name="dagen" value=w.days.to_string()/>
                    </div>
                    <button type="submit" class="button secondary">{tr(t::SHOW)}</button>
                </form>
                <ProposalTable lines=w.waiting desk=true show_opening=true/>
            </section>
            <section aria-labelledby="interviews-title">
                <h2 id="interviews-title">{tr(t::INTERVIEWS_THIS_WEEK)} " (" {w.interviews.len()} ")"</h2>
                <ProposalTable lines=w.interviews desk=true show_opening=true/>
            </section>
            <section aria-labelledby="hired-title">
                <h2 id="hired-title">{tr(t::NEW_HIRES)} " (" {w.hired.len()} ")"</h2>
                <ProposalTable lines=w.hired desk=true show_opening=true/>
            </section>
        }}/>
        <crate::intake::work::IntakeWorkSections/>
    }
}
