//! `/balie/intake/campagnes/{id}/brieven?golf=N`: every letter of a wave at once (the
//! latest wave without `golf`), one per A4 sheet, for those without an e-mail address whose
//! appointment still stands, so the desk prints a wave in one go instead of letter by
//! letter.

use super::campaigns::{wave_letters, WaveLetters};
use super::letter_page::letter_article;
use super::text as t;
use crate::domain::dates::display_date;
use crate::i18n::{tr, use_lang};
use crate::ui::page::{id_param, Loaded, PageTitle};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

#[component]
pub fn WaveLettersPage() -> impl IntoView {
    let id = id_param();
    let query = use_query_map();
    let args = Memo::new(move |_| {
        let wave = query
            .read()
            .get("golf")
            .and_then(|g| g.trim().parse::<i64>().ok());
        (id(), wave)
    });
    let data = Resource::new(move || args.get(), |(id, wave)| wave_letters(id, wave));
    view! {
        <PageTitle text=t::LETTERS_TITLE/>
        <Loaded data=data then=letters/>
    }
}

fn letters(w: WaveLetters) -> impl IntoView {
    let lang = use_lang();
    let heading = t::LETTERS_HEADING.fill(
        lang,
        &[
            ("number", &w.wave.number.to_string()),
            ("first_day", &display_date(&w.wave.first_day)),
        ],
    );
    let count = t::LETTERS_COUNT.fill(lang, &[("count", &w.letters.len().to_string())]);
    view! {
        <div class="no-print">
            <p><a href=format!("/balie/intake/campagnes/{}#golven-h", w.campaign_id)>{w.campaign_name.clone()}</a></p>
            <h1>{heading}</h1>
            <p>{count}</p>
            {if w.letters.is_empty() {
                view! { <p>{tr(t::LETTERS_NONE)}</p> }.into_any()
            } else {
                view! { <p class="field-hint">{tr(t::LETTERS_PRINT)}</p> }.into_any()
            }}
        </div>
        {w.letters.iter().map(|i| letter_article(i, lang, false)).collect_view()}
    }
}
