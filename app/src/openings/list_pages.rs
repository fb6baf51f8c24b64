//! `/werkgever/vacatures`: an employer's openings by status, with a start for a new one of
//! each kind; `/balie/vacatures`: the openings waiting for the desk's review.

use super::{my_openings, openings_to_review, OpeningRow};
use crate::domain::kinds::OpeningKind;
use crate::i18n::{msg, tr, use_lang};
use crate::ui::page::{Loaded, PageTitle};
use leptos::prelude::*;

#[component]
pub fn MyOpeningsPage() -> impl IntoView {
    let data = Resource::new(|| (), |_| my_openings());
    let lang = use_lang();
    view! {
        <PageTitle text=msg::MY_OPENINGS_TITLE/>
        <h1>{tr(msg::MY_OPENINGS_TITLE)}</h1>
        <section class="card">
            <h2>{tr(msg::OPENING_NEW_TITLE)}</h2>
            <ul class="link-list">
                {OpeningKind::ALL
                    .iter()
                    .map(|k| view! { <li><a href=format!("/werkgever/vacatures/nieuw?soort={}", k.as_str())>{k.label().get(lang)}</a></li> })
                    .collect_view()}
            </ul>
        </section>
        <Loaded data=data then={move |rows: Vec<OpeningRow>| opening_table(rows, "/werkgever/vacatures", false)}/>
    }
}

#[component]
pub fn ReviewOpeningsPage() -> impl IntoView {
    let data = Resource::new(|| (), |_| openings_to_review());
    view! {
        <PageTitle text=msg::REVIEW_OPENINGS_TITLE/>
        <h1>{tr(msg::REVIEW_OPENINGS_TITLE)}</h1>
        <Loaded data=data then={move |rows: Vec<OpeningRow>| opening_table(rows, "/balie/vacatures", true)}/>
    }
}

fn opening_table(rows: Vec<OpeningRow>, base: &'static str, show_employer: bool) -> AnyView {
    if rows.is_empty() {
        return view! { <p>{tr(msg::NONE_YET)}</p> }.into_any();
    }
    let items = rows.into_iter().map(Into::into).collect();
    view! {
        <super::OpeningTable
            caption=msg::MY_OPENINGS_TITLE
            caption_hidden=true
            items=items
            show_employer=show_employer
            link_base=base
        />
    }
    .into_any()
}
