//! `/balie/intake`: where the road before the pool starts — the caseload's size, its latest
//! imports, and the ways on.

use super::text as t;
use super::{intake_overview, IntakeOverview};
use crate::i18n::{tr, use_lang};
use crate::ui::page::{Loaded, PageTitle};
use leptos::prelude::*;

#[component]
pub fn IntakeHomePage() -> impl IntoView {
    let data = Resource::new(|| (), |_| intake_overview());
    view! {
        <PageTitle text=t::INTAKE_TITLE/>
        <h1>{tr(t::INTAKE_TITLE)}</h1>
        <p>{tr(t::INTAKE_INTRO)}</p>
        <Loaded data=data then={|o: IntakeOverview| {
            let lang = use_lang();
            view! {
                <section class="card">
                    <h2>{tr(t::CASELOAD)}</h2>
                    <p>{t::CASELOAD_COUNT.fill(lang, &[("count", &o.clients.to_string())])}</p>
                    <p class="button-row">
                        <a class="button primary" href="/balie/intake/import">{tr(t::TO_IMPORT)}</a>
                        <a class="button secondary" href="/balie/intake/klanten">{tr(t::TO_CLIENTS)}</a>
                    </p>
                </section>
                <super::import_page::ImportHistory imports=o.imports/>
            }
        }}/>
    }
}
