//! The page each role lands on after logging in. Until the feature pages exist these show
//! a short, real overview of what the role holds: counts and the latest items. Every
//! overview comes from a server function that checks the role on the server.

mod admin;
mod buddy;
mod desk;
mod employer;
mod landing;

pub use admin::{admin_overview, AdminHome, AdminOverview};
pub use buddy::{buddy_overview, BuddyHome, BuddyOverview};
pub use desk::{desk_overview, DeskHome, DeskOverview};
pub use employer::{employer_overview, EmployerHome, EmployerOverview};
pub use landing::Landing;

use serde::{Deserialize, Serialize};

/// An opening in a short list on a home page.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OpeningLine {
    pub id: i64,
    pub title: String,
    pub kind: String,
    pub status: String,
    pub employer: String,
    pub updated: String,
}

#[cfg(feature = "ssr")]
impl From<crate::store::overview::OpeningLine> for OpeningLine {
    fn from(
        (id, title, kind, status, employer, updated_at): crate::store::overview::OpeningLine,
    ) -> Self {
        OpeningLine {
            id,
            title,
            kind,
            status,
            employer,
            updated: crate::domain::dates::iso_date(crate::domain::dates::day_of(updated_at)),
        }
    }
}

/// A titled table of openings.
#[leptos::component]
fn OpeningList(
    caption: crate::i18n::T,
    items: Vec<OpeningLine>,
    #[prop(optional)] show_employer: bool,
    /// Where each title links to (`{link_base}/{id}`).
    link_base: &'static str,
) -> impl leptos::IntoView {
    use crate::domain::dates::display_date;
    use crate::domain::kinds::{OpeningKind, OpeningStatus};
    use crate::i18n::{msg, tr, use_lang};
    use leptos::prelude::*;
    let lang = use_lang();
    if items.is_empty() {
        return view! { <crate::ui::tables::EmptyCard caption=caption/> }.into_any();
    }
    view! {
        <section class="card wide">
            <table>
                <caption>{caption.get(lang)}</caption>
                <thead>
                    <tr>
                        <th scope="col">{tr(msg::COL_TITLE)}</th>
                        <th scope="col">{tr(msg::COL_KIND)}</th>
                        {show_employer.then(|| view! { <th scope="col">{tr(msg::COL_EMPLOYER)}</th> })}
                        <th scope="col">{tr(msg::COL_STATUS)}</th>
                        <th scope="col">{tr(msg::COL_CHANGED)}</th>
                    </tr>
                </thead>
                <tbody>
                    {items
                        .into_iter()
                        .map(|o| {
                            let kind = OpeningKind::parse(&o.kind).map(|k| k.label().get(lang).to_string()).unwrap_or(o.kind);
                            let status = OpeningStatus::parse(&o.status).map(|k| k.label().get(lang).to_string()).unwrap_or(o.status);
                            view! {
                                <tr>
                                    <td><a href=format!("{link_base}/{}", o.id)>{o.title}</a></td>
                                    <td>{kind}</td>
                                    {show_employer.then(|| view! { <td>{o.employer.clone()}</td> })}
                                    <td>{status}</td>
                                    <td>{display_date(&o.updated)}</td>
                                </tr>
                            }
                        })
                        .collect_view()}
                </tbody>
            </table>
        </section>
    }
    .into_any()
}
