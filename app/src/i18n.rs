//! The messages (`opstap_core::i18n`), and the two functions that need a page: the page's
//! language from Leptos context (see `shell::App`) and translating into it.

pub use opstap_core::i18n::*;

/// The language of the current page, from context (Dutch when none is given).
pub fn use_lang() -> Lang {
    leptos::prelude::use_context::<Lang>().unwrap_or_default()
}

/// Translate a message into the language of the current page.
pub fn tr(t: T) -> &'static str {
    t.get(use_lang())
}
