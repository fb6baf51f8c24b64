//! What every page does the same way: its `<title>`, and showing data loaded by a server
//! function — a loading text while it comes, the page when it is there, and the right
//! refusal (login, no access, not found, error) when the server said no.

use crate::error::AppError;
use crate::i18n::{msg, tr, T};
use crate::ui::errors::Refused;
use leptos::prelude::*;
use leptos_meta::Title;
use serde::de::DeserializeOwned;
use serde::Serialize;

/// `<title>` of a page: its name, then the portal's.
#[component]
pub fn PageTitle(text: T) -> impl IntoView {
    view! { <DocumentTitle text=format!("{} – {}", tr(text), tr(msg::APP_NAME))/> }
}

/// `<title>` with any text, escaped: `leptos_meta` 0.8 writes the title into the head
/// as it is, so a title made of typed text (an opening's) could otherwise close the
/// `<title>` and start a script.
#[component]
pub fn DocumentTitle(#[prop(into)] text: String) -> impl IntoView {
    view! { <Title text=crate::domain::text::escape_markup(&text)/> }
}

/// `<meta name="description">` of a public page: what search engines show under its link
/// (every public page has one; pages behind a login have none).
#[component]
pub fn PageDescription(#[prop(into)] text: Signal<String>) -> impl IntoView {
    view! { <leptos_meta::Meta name="description" content=move || text.get()/> }
}

/// A public page's description from a message in the reader's language.
#[component]
pub fn Describe(text: T) -> impl IntoView {
    view! { <PageDescription text=Signal::derive(move || tr(text).to_string())/> }
}

/// The first `max` characters of `text` on one line, cut at a word with "…".
pub fn summary(text: &str, max: usize) -> String {
    let flat: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if flat.chars().count() <= max {
        return flat;
    }
    let cut: String = flat.chars().take(max).collect();
    let cut = cut.rsplit_once(' ').map(|(head, _)| head).unwrap_or(&cut);
    format!("{}…", cut.trim_end_matches([',', '.', ';', ':']))
}

/// Renders `then` with the value of `data`, or the refusal the server gave instead.
#[component]
pub fn Loaded<D, F, V>(data: Resource<Result<D, AppError>>, then: F) -> impl IntoView
where
    D: Clone + Send + Sync + Serialize + DeserializeOwned + 'static,
    F: Fn(D) -> V + Clone + Send + Sync + 'static,
    V: IntoView + 'static,
{
    view! {
        <Suspense fallback=|| view! { <p>{tr(msg::LOADING)}</p> }>
            {move || {
                let then = then.clone();
                Suspend::new(async move {
                    match data.await {
                        Ok(value) => then(value).into_any(),
                        Err(error) => view! { <Refused error=error/> }.into_any(),
                    }
                })
            }}
        </Suspense>
    }
}

/// The `:id` of the current route as a number (`-1`, which matches nothing, when it is
/// missing or not a number — the page then shows "not found").
pub fn id_param() -> impl Fn() -> i64 + Copy + Send + Sync + 'static {
    let params = leptos_router::hooks::use_params_map();
    move || {
        params
            .read()
            .get("id")
            .and_then(|id| id.parse::<i64>().ok())
            .unwrap_or(-1)
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn summaries_cut_at_a_word() {
        assert_eq!(super::summary("kort", 10), "kort");
        assert_eq!(
            super::summary("een  lange\ntekst over werk", 14),
            "een lange…"
        );
        assert_eq!(super::summary("woord, woord", 8), "woord…");
    }
}
