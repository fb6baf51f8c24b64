//! `/buddy`: a buddy's home — the people they support, the most overdue check-in first,
//! each a link to log a check-in. Only the buddy's own running pairings are loaded (buddy
//! id from the session), and only first names are shown.

use crate::domain::dates::display_date;
use crate::domain::kinds::Rhythm;
use crate::error::AppError;
use crate::i18n::{msg, tr, use_lang};
use crate::ui::page::{Loaded, PageTitle};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BuddyLine {
    pub pairing_id: i64,
    pub person: String,
    pub employer: String,
    pub since: String,
    pub rhythm: Rhythm,
    pub last_checkin: Option<String>,
    pub next_due: String,
    pub overdue: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BuddyOverview {
    pub people: Vec<BuddyLine>,
}

/// The logged-in buddy's people; buddies only.
#[server(name = GetBuddyOverview, prefix = "/api", endpoint = "buddy_overview", input = server_fn::codec::GetUrl)]
pub async fn buddy_overview() -> Result<BuddyOverview, AppError> {
    use crate::domain::buddies::sort_by_due;
    use crate::domain::dates::{day_of, iso_date};
    use crate::domain::Role;
    crate::request::serve(|cx| async move {
        let user = cx.require(&[Role::Buddy])?;
        let db = cx.db();
        let today = day_of(crate::clock::now());
        let lines = crate::store::pairings::running(db, Some(user.id), &iso_date(today)).await?;
        let mut people: Vec<(i64, BuddyLine)> = lines
            .into_iter()
            .filter_map(|r| {
                let l = r.pairing;
                let due = l.next_due()?;
                Some((
                    due,
                    BuddyLine {
                        pairing_id: l.id.0,
                        person: r.first_name,
                        employer: r.employer_name,
                        since: l.start_date,
                        rhythm: l.rhythm,
                        last_checkin: l.last_held,
                        next_due: iso_date(due),
                        overdue: due < today,
                    },
                ))
            })
            .collect();
        sort_by_due(&mut people, |p| p.0);
        Ok(BuddyOverview {
            people: people.into_iter().map(|p| p.1).collect(),
        })
    })
    .await
}

#[component]
pub fn BuddyHome() -> impl IntoView {
    let data = Resource::new(|| (), |_| buddy_overview());
    let lang = use_lang();
    view! {
        <PageTitle text=msg::BUDDY_TITLE/>
        <Loaded data=data then=move |o: BuddyOverview| if o.people.is_empty() {
                    view! {
                        <h1>{tr(msg::BUDDY_TITLE)}</h1>
                        <p>{tr(msg::BUDDY_NONE)}</p>
                    }
                    .into_any()
                } else {
                    view! {
                        <h1>{tr(msg::BUDDY_TITLE)}</h1>
                        <p>{tr(msg::BUDDY_INTRO)}</p>
                        <section class="card wide">
                            <table>
                                <caption class="visually-hidden">{tr(msg::BUDDY_TITLE)}</caption>
                                <thead>
                                    <tr>
                                        <th scope="col">{tr(msg::COL_NAME)}</th>
                                        <th scope="col">{tr(msg::COL_EMPLOYER)}</th>
                                        <th scope="col">{tr(msg::COL_SINCE)}</th>
                                        <th scope="col">{tr(msg::COL_RHYTHM)}</th>
                                        <th scope="col">{tr(msg::BUDDY_LAST)}</th>
                                        <th scope="col">{tr(msg::BUDDY_NEXT)}</th>
                                    </tr>
                                </thead>
                                <tbody>
                                    {o.people
                                        .into_iter()
                                        .map(|p| {
                                            let rhythm = p.rhythm.label().get(lang);
                                            let last = p.last_checkin.as_deref().map(display_date).unwrap_or_else(|| tr(msg::BUDDY_NEVER).to_string());
                                            view! {
                                                <tr class:overdue=p.overdue>
                                                    <th scope="row"><a href=format!("/buddy/koppelingen/{}", p.pairing_id)>{p.person}</a></th>
                                                    <td>{p.employer}</td>
                                                    <td>{display_date(&p.since)}</td>
                                                    <td>{rhythm}</td>
                                                    <td>{last}</td>
                                                    <td>
                                                        {display_date(&p.next_due)}
                                                        {p.overdue.then(|| view! { " " <strong class="badge warn">{tr(msg::BUDDY_OVERDUE)}</strong> })}
                                                    </td>
                                                </tr>
                                            }
                                        })
                                        .collect_view()}
                                </tbody>
                            </table>
                        </section>
                    }
                    .into_any()
                }/>
    }
}
