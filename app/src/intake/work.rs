//! The intake part of the desk's work list (`/balie/werklijst`): campaigns with people
//! still to invite, today's conversations, past appointments without an outcome, no-shows
//! nobody followed up yet, and ladder measurements that are due.

use super::record_text as rt;
use super::text as t;
use crate::domain::dates::display_date;
use crate::error::AppError;
use crate::i18n::{msg, tr, use_lang};
use crate::ui::page::Loaded;
use crate::ui::tables::ScrollRegion;
use crate::wire::campaigns::InvitationLine;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// How many of each list are shown; the heading says how many there are.
pub const SHOWN: i64 = 50;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct IntakeWork {
    /// `(campaign, name, not invited yet)`.
    pub to_plan: Vec<(i64, String, i64)>,
    pub today_total: i64,
    pub today: Vec<InvitationLine>,
    /// Appointments whose day has passed without an outcome.
    pub overdue_total: i64,
    pub overdue: Vec<InvitationLine>,
    pub no_shows_total: i64,
    pub no_shows: Vec<InvitationLine>,
    pub ladder_total: i64,
    /// `(candidate, name, last measured on)`.
    pub ladder_due: Vec<(i64, String, String)>,
}

/// The intake lists of the work list; desk staff only.
#[server(name = GetIntakeWork, prefix = "/api", endpoint = "intake_work", input = server_fn::codec::GetUrl)]
pub async fn intake_work() -> Result<IntakeWork, AppError> {
    crate::request::serve(super::ssr::intake_work).await
}

#[component]
pub fn IntakeWorkSections() -> impl IntoView {
    let data = Resource::new(|| (), |_| intake_work());
    view! { <Loaded data=data then=sections/> }
}

fn sections(w: IntakeWork) -> AnyView {
    let lang = use_lang();
    let count = |n: i64, shown: usize| {
        if n as usize > shown {
            t::SHOWN_OF.fill(
                lang,
                &[("shown", &shown.to_string()), ("total", &n.to_string())],
            )
        } else {
            n.to_string()
        }
    };
    let today_count = count(w.today_total, w.today.len());
    let overdue_count = count(w.overdue_total, w.overdue.len());
    let no_show_count = count(w.no_shows_total, w.no_shows.len());
    let ladder_count = count(w.ladder_total, w.ladder_due.len());
    view! {
        <section aria-labelledby="to-plan-title">
            <h2 id="to-plan-title">{tr(t::WORK_TO_PLAN)} " (" {w.to_plan.len()} ")"</h2>
            {if w.to_plan.is_empty() {
                view! { <p>{tr(msg::NONE_YET)}</p> }.into_any()
            } else {
                view! {
                    <ul class="link-list">
                        {w.to_plan.into_iter().map(|(id, name, n)| view! {
                            <li><a href=format!("/balie/intake/campagnes/{id}#golven-h")>{name}</a> " – " {t::WORK_NOT_INVITED.fill(lang, &[("count", &n.to_string())])}</li>
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
        </section>
        <section aria-labelledby="today-title">
            <h2 id="today-title">{tr(t::WORK_TODAY)} " (" {today_count} ")"</h2>
            <InvitationList lines=w.today caption=tr(t::WORK_TODAY).to_string()/>
        </section>
        <section aria-labelledby="overdue-title">
            <h2 id="overdue-title">{tr(t::WORK_OVERDUE)} " (" {overdue_count} ")"</h2>
            <InvitationList lines=w.overdue caption=tr(t::WORK_OVERDUE).to_string()/>
        </section>
        <section aria-labelledby="no-shows-title">
            <h2 id="no-shows-title">{tr(t::WORK_NO_SHOWS)} " (" {no_show_count} ")"</h2>
            <InvitationList lines=w.no_shows caption=tr(t::WORK_NO_SHOWS).to_string()/>
        </section>
        <section aria-labelledby="ladder-due-title">
            <h2 id="ladder-due-title">{tr(t::WORK_LADDER_DUE)} " (" {ladder_count} ")"</h2>
            {if w.ladder_due.is_empty() {
                view! { <p>{tr(msg::NONE_YET)}</p> }.into_any()
            } else {
                view! {
                    <ul class="link-list">
                        {w.ladder_due.into_iter().map(|(id, name, last)| view! {
                            <li><a href=format!("/balie/kandidaten/{id}#ladder-title")>{name}</a> " – " {tr(rt::COL_MEASURED_ON)} " " {display_date(&last)}</li>
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
        </section>
    }
    .into_any()
}

#[component]
fn InvitationList(lines: Vec<InvitationLine>, caption: String) -> impl IntoView {
    let lang = use_lang();
    if lines.is_empty() {
        return view! { <p>{tr(msg::NONE_YET)}</p> }.into_any();
    }
    view! {
        <ScrollRegion caption=caption.clone()>
        <table>
            <caption class="visually-hidden">{caption.clone()}</caption>
            <thead><tr>
                <th scope="col">{tr(msg::COL_NAME)}</th>
                <th scope="col">{tr(t::LETTER_WHEN)}</th>
                <th scope="col">{tr(t::COL_PLACE)}</th>
                <th scope="col">{tr(t::LETTER_WITH)}</th>
                <th scope="col">{tr(msg::COL_STATUS)}</th>
            </tr></thead>
            <tbody>
                {lines.into_iter().map(|l| view! {
                    <tr>
                        <td><a href=format!("/balie/intake/uitnodigingen/{}", l.id)>{l.client_name}</a></td>
                        <td>{format!("{} {}", display_date(&l.appointment_day), l.appointment_time)}</td>
                        <td>{l.place}</td>
                        <td>{l.consultant}</td>
                        <td>{l.status.label().get(lang)}</td>
                    </tr>
                }).collect_view()}
            </tbody>
        </table>
        </ScrollRegion>
    }
    .into_any()
}
