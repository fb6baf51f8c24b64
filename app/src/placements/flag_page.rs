//! `/balie/signalen/{checkin}`: one check-in that needs the desk, and the form to mark it
//! handled with a note. Reached from the desk's home and from the placement.

use super::text as t;
use super::{flag, FlagView, HandleFlag};
use crate::auth::CsrfField;
use crate::domain::dates::display_date;
use crate::i18n::{tr, use_lang};
use crate::openings::Facts;
use crate::ui::forms::{ErrorSummary, TextArea};
use crate::ui::page::{Loaded, PageTitle};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

#[component]
pub fn FlagPage() -> impl IntoView {
    let id = crate::ui::page::id_param();
    let query = use_query_map();
    let back = move || query.read().get("terug").unwrap_or_default();
    let handle = ServerAction::<HandleFlag>::new();
    let data = Resource::new(move || (id(), handle.version().get()), |(id, _)| flag(id));
    view! {
        <PageTitle text=t::HANDLE_TITLE/>
        <Loaded data=data then={move |f: FlagView| {
            let lang = use_lang();
            let error = Signal::derive(move || handle.value().get().and_then(|r| r.err()));
            let c = f.checkin;
            let mode = c.mode.label().get(lang).to_string();
            let why = if c.needs_desk { t::FLAG_NEEDS_DESK } else { t::FLAG_LOW_SCORE };
            let facts = vec![
                (t::FLAG, tr(why).to_string()),
                (t::COL_DUE, display_date(&c.held_on)),
                (t::BUDDY, c.buddy_name.clone()),
                (t::MODE, mode),
                (t::SCORE, format!("{}/5", c.score)),
                (t::WORK, or_dash(&c.notes_work)),
                (t::HOME, or_dash(&c.notes_home)),
            ];
            view! {
                <p><a href=format!("/balie/plaatsingen/{}", f.placement_id)>{f.name.clone()}</a> " · " {f.employer_name.clone()}</p>
                <h1>{tr(t::FLAG)} ": " {f.name.clone()}</h1>
                <Facts facts=facts/>
                {match (c.handled_at, c.flag_note.clone()) {
                    (Some(_), note) => view! {
                        <p class="flag handled"><strong>{tr(t::FLAG_HANDLED)}</strong> ": " {note.unwrap_or_default()} {c.handled_by.clone().map(|b| format!(" – {b}"))}</p>
                    }.into_any(),
                    (None, _) => view! {
                        <section class="card narrow">
                            <h2>{tr(t::HANDLE_TITLE)}</h2>
                            <ErrorSummary error=error/>
                            <ActionForm action=handle attr:class="form" attr:novalidate=true>
                                <CsrfField/>
                                <input type="hidden" name="checkin" value=c.id.to_string()/>
                                <input type="hidden" name="back" value=back()/>
                                <TextArea name="note" label=t::HANDLE_NOTE error=error/>
                                <button type="submit" class="button primary">{tr(t::HANDLE_SUBMIT)}</button>
                            </ActionForm>
                        </section>
                    }.into_any(),
                }}
            }
        }}/>
    }
}

/// A note as shown in the facts: a dash when the buddy left it empty.
fn or_dash(note: &str) -> String {
    if note.trim().is_empty() {
        "–".to_string()
    } else {
        note.to_string()
    }
}
