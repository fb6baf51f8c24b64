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

pub use crate::openings::OpeningLine;

#[cfg(feature = "ssr")]
fn line_from_store(
    (id, title, kind, status, employer, updated_at): crate::store::overview::OpeningLine,
) -> OpeningLine {
    OpeningLine {
        id,
        title,
        kind,
        status,
        employer,
        updated: crate::domain::dates::iso_date(crate::domain::dates::day_of(updated_at)),
    }
}

/// A titled block with a table of openings, or "nothing yet".
#[leptos::component]
fn OpeningList(
    caption: crate::i18n::T,
    items: Vec<OpeningLine>,
    #[prop(optional)] show_employer: bool,
    /// Where each title links to (`{link_base}/{id}`).
    link_base: &'static str,
) -> impl leptos::IntoView {
    use leptos::prelude::*;
    if items.is_empty() {
        return view! { <crate::ui::tables::EmptyCard caption=caption/> }.into_any();
    }
    view! {
        <section class="card wide">
            <crate::openings::OpeningTable caption=caption items=items show_employer=show_employer link_base=link_base/>
        </section>
    }
    .into_any()
}
