//! `/balie/intake`: where the road before the pool starts — the caseload's size, its latest
//! imports, and the ways on.

use super::text as t;
use super::{intake_overview, IntakeOverview};
use crate::domain::dates::display_date;
use crate::i18n::{msg, tr, use_lang};
use crate::ui::page::{Loaded, PageTitle};
use crate::wire::campaigns::CampaignLine;
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
                <CampaignList campaigns=o.campaigns/>
                <super::import_page::ImportHistory imports=o.imports/>
            }
        }}/>
    }
}

/// The campaigns, open ones first, with how far each is.
#[component]
fn CampaignList(campaigns: Vec<CampaignLine>) -> impl IntoView {
    let lang = use_lang();
    view! {
        <section class="card">
            <h2>{tr(t::CAMPAIGNS)}</h2>
            <p><a class="button primary" href="/balie/intake/campagnes/nieuw">{tr(t::NEW_CAMPAIGN)}</a></p>
            {if campaigns.is_empty() {
                view! { <p>{tr(t::NO_CAMPAIGNS)}</p> }.into_any()
            } else {
                view! {
                    <crate::ui::tables::ScrollRegion caption=tr(t::CAMPAIGNS).to_string()>
                    <table>
                        <caption class="visually-hidden">{tr(t::CAMPAIGNS)}</caption>
                        <thead><tr>
                            <th scope="col">{tr(t::COL_CAMPAIGN)}</th>
                            <th scope="col">{tr(t::COL_PERIOD)}</th>
                            <th scope="col">{tr(msg::COL_STATUS)}</th>
                            <th scope="col" class="number">{tr(t::COL_MEMBERS)}</th>
                            <th scope="col" class="number">{tr(t::COL_SEEN_TARGET)}</th>
                        </tr></thead>
                        <tbody>
                            {campaigns.into_iter().map(|c| view! {
                                <tr>
                                    <td><a href=format!("/balie/intake/campagnes/{}", c.id)>{c.name}</a></td>
                                    <td>{t::PERIOD_TEXT.fill(lang, &[("from", &display_date(&c.starts_on)), ("to", &display_date(&c.ends_on))])}</td>
                                    <td>{c.status.label().get(lang)}</td>
                                    <td class="number">{c.members}</td>
                                    <td class="number">{format!("{} / {}", c.seen, c.target)}</td>
                                </tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                    </crate::ui::tables::ScrollRegion>
                }.into_any()
            }}
        </section>
    }
}
