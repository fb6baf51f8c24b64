//! `/vacatures/{id}`: one published opening for the public, with its schema.org
//! `JobPosting` as JSON-LD for search engines. A closed opening says so (410); an unknown
//! or unpublished one is not found (404).

use super::{public_opening, PublicOpening};
use crate::domain::dates::display_date;
use crate::i18n::{msg, tr, use_lang};
use crate::ui::page::{Loaded, PageTitle};
use leptos::prelude::*;

#[component]
pub fn PublicOpeningPage() -> impl IntoView {
    let id = crate::ui::page::id_param();
    // Blocking: the page's <title> and description come from the opening, and the head is
    // only written once they are known.
    let data = Resource::new_blocking(id, public_opening);
    view! {
        <PageTitle text=msg::OPENING_TITLE/>
        <Loaded data=data then={move |o: PublicOpening| view! { <OpeningView opening=o/> }}/>
    }
}

#[component]
fn OpeningView(opening: PublicOpening) -> impl IntoView {
    let lang = use_lang();
    let c = opening.content.clone();
    let url = format!("/vacatures/{}", opening.id);
    // Text in a script must not be able to end it or open a comment: see `script_json`.
    let json_ld = crate::domain::board::script_json(&crate::domain::board::job_posting(
        &c,
        &opening.employer,
        &opening.published,
        &url,
    ));
    let facts = crate::openings::content_facts(&c, &opening.employer, lang);
    let title = format!("{} – {} – {}", c.title, opening.employer, tr(msg::APP_NAME));
    let description = crate::ui::page::summary(
        &format!(
            "{}, {}. {}",
            opening.employer, c.municipality, c.description
        ),
        155,
    );
    view! {
        <crate::ui::page::DocumentTitle text=title/>
        <crate::ui::page::PageDescription text=description/>
        <script type="application/ld+json" inner_html=json_ld></script>
        <p><a href="/vacatures">{tr(msg::BOARD_BACK)}</a></p>
        <h1>{c.title.clone()}</h1>
        <p class="meta">{tr(msg::PUBLISHED_ON)} " " {display_date(&opening.published)}</p>
        <p class="description">{c.description.clone()}</p>
        <crate::openings::Facts facts=facts/>
        <p>{tr(msg::BOARD_HOW_TO_APPLY)}</p>
    }
}
