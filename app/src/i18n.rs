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

/// This crate's blocks of the message registry (see `opstap_core::messages`). The
/// server-side ones (field messages of server functions, mail texts) only exist with `ssr`.
pub const BLOCKS: &[&Block] = &[
    &crate::buddies::text::BUDDIES_TEXT,
    &crate::candidates::text::CANDIDATES_TEXT,
    &crate::intake::text::INTAKE_TEXT,
    &crate::plans::text::PLAN_TEXT,
    &crate::intake::record_text::INTAKE_RECORD_TEXT,
    &crate::matching::text::MATCHING_TEXT,
    &crate::placements::text::PLACEMENTS_TEXT,
    &crate::privacy::text::PRIVACY_TEXT,
    &crate::proposals::text::PROPOSALS_TEXT,
    &crate::reports::text::REPORTS_TEXT,
    &crate::reports::charts::REPORTS_CHARTS,
    #[cfg(feature = "ssr")]
    &crate::employers::ssr::EMPLOYERS_SSR,
    #[cfg(feature = "ssr")]
    &crate::openings::ssr::OPENINGS_SSR,
    #[cfg(feature = "ssr")]
    &crate::mail_texts::MAIL_ACCOUNTS,
    #[cfg(feature = "ssr")]
    &crate::buddies::mail::MAIL_BUDDIES,
    #[cfg(feature = "ssr")]
    &crate::intake::mail::MAIL_INTAKE,
];
