//! Search forms: plain GET forms, so every search is a link that can be shared and works
//! without JavaScript.

use crate::i18n::{tr, use_lang, T};
use leptos::prelude::*;

/// A labelled choice for a filter, with an "any" first.
pub fn filter_select(
    name: &'static str,
    label: T,
    options: Vec<(String, String)>,
    chosen: Option<String>,
    any: T,
) -> impl IntoView {
    let chosen = chosen.unwrap_or_default();
    view! {
        <div class="field">
            <label for=format!("filter-{name}")>{tr(label)}</label>
            <select id=format!("filter-{name}") name=name>
                <option value="" selected=chosen.is_empty()>{tr(any)}</option>
                {options
                    .into_iter()
                    .map(|(code, text)| {
                        let selected = code == chosen;
                        view! { <option value=code selected=selected>{text}</option> }
                    })
                    .collect_view()}
            </select>
        </div>
    }
}

/// Codes with their labels in the page's language, for [`filter_select`].
pub fn labelled<E: Copy>(
    all: &[E],
    code: fn(E) -> &'static str,
    label: fn(E) -> T,
) -> Vec<(String, String)> {
    let lang = use_lang();
    all.iter()
        .map(|e| (code(*e).to_string(), label(*e).get(lang).to_string()))
        .collect()
}

/// The query string of `pairs`, leaving out empty values.
pub fn query_string(pairs: &[(&str, &str)]) -> String {
    pairs
        .iter()
        .filter(|(_, v)| !v.is_empty())
        .map(|(k, v)| format!("{k}={}", crate::domain::redirect::encode_query_value(v)))
        .collect::<Vec<_>>()
        .join("&")
}

/// "Previous · page n / m · next" under a list of search results; `link` makes the address
/// of a page (the same search, another page), so it works without JavaScript.
pub fn pager(page: i64, pages: i64, link: impl Fn(i64) -> String) -> impl IntoView {
    let prev = (page > 1).then(|| link(page - 1));
    let next = (page < pages).then(|| link(page + 1));
    view! {
        <nav class="pager" aria-label=tr(crate::i18n::msg::PAGES)>
            {prev.map(|href| view! { <a href=href rel="prev">{tr(crate::i18n::msg::PAGE_PREVIOUS)}</a> })}
            <span>{format!("{} {page} / {pages}", tr(crate::i18n::msg::PAGE))}</span>
            {next.map(|href| view! { <a href=href rel="next">{tr(crate::i18n::msg::PAGE_NEXT)}</a> })}
        </nav>
    }
}
