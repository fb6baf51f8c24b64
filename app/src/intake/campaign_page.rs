//! `/balie/intake/campagnes/{id}`: one campaign — who is in it, the coverage against the
//! target and the time left (chart, tables, CSV), its waves with the form for the next, and
//! its invitations by status, fifty a page.

use super::campaigns::{campaign, CampaignView, CloseCampaign, PlanWave};
use super::coverage_tables::coverage_tables;
use super::text as t;
use crate::auth::CsrfField;
use crate::domain::campaigns::{CoverageState, InvitationStatus};
use crate::domain::dates::display_date;
use crate::domain::kinds::TargetGroup;
use crate::i18n::{msg, tr, use_lang, Lang};
use crate::reports::charts::bar_chart;
use crate::reports::tables::Table;
use crate::ui::filters::{pager, query_string};
use crate::ui::forms::{CheckboxField, ErrorSummary, TextField};
use crate::ui::page::{id_param, DocumentTitle, Loaded};
use crate::ui::tables::{ScrollRegion, Tile};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

#[component]
pub fn CampaignPage() -> impl IntoView {
    let id = id_param();
    let query = use_query_map();
    let args = Memo::new(move |_| {
        let q = query.read();
        (id(), q.get("status"), q.get("pagina"))
    });
    let data = Resource::new(
        move || args.get(),
        |(id, status, page)| campaign(id, status, page),
    );
    view! {
        <p><a href="/balie/intake">{tr(t::INTAKE_TITLE)}</a></p>
        <Loaded data=data then=campaign_view/>
    }
}

fn criteria_text(v: &CampaignView, lang: Lang) -> String {
    let c = &v.campaign;
    let mut parts: Vec<String> = Vec::new();
    if let Some(m) = &c.municipality {
        parts.push(format!("{}: {m}", msg::FIELD_MUNICIPALITY.get(lang)));
    }
    match (c.postcode_from, c.postcode_to) {
        (Some(f), Some(to)) => parts.push(format!("{} {f}–{to}", msg::FIELD_POSTCODE.get(lang))),
        (Some(f), None) => parts.push(format!("{} ≥ {f}", msg::FIELD_POSTCODE.get(lang))),
        (None, Some(to)) => parts.push(format!("{} ≤ {to}", msg::FIELD_POSTCODE.get(lang))),
        (None, None) => {}
    }
    if let Some(d) = &c.district {
        parts.push(format!("{}: {d}", t::FIELD_DISTRICT.get(lang)));
    }
    if let Some(g) = c.target_group.as_deref() {
        parts.push(TargetGroup::label_of(g, lang));
    }
    if let Some(m) = c.min_benefit_months {
        parts.push(format!("{}: {m}", t::FIELD_MIN_MONTHS.get(lang)));
    }
    if parts.is_empty() {
        t::EVERYONE.get(lang).to_string()
    } else {
        parts.join(" · ")
    }
}

fn campaign_view(v: CampaignView) -> AnyView {
    let lang = use_lang();
    let c = &v.campaign;
    let id = c.id;
    let pace = v.coverage.pace;
    let period = t::PERIOD_TEXT.fill(
        lang,
        &[
            ("from", &display_date(&c.starts_on)),
            ("to", &display_date(&c.ends_on)),
        ],
    );
    let total = v.coverage.total;
    let chart_rows: Vec<(String, i64, String)> = CoverageState::ALL
        .iter()
        .map(|s| {
            (
                s.label().get(lang).to_string(),
                total.get(*s),
                total.get(*s).to_string(),
            )
        })
        .collect();
    let spoken = chart_rows
        .iter()
        .map(|(l, _, n)| format!("{l}: {n}"))
        .collect::<Vec<_>>()
        .join("; ");
    let chart = bar_chart(
        "grafiek-dekking",
        &chart_rows,
        total.total().max(1),
        t::COVERAGE_CHART.get(lang),
        &spoken,
    );
    let pace_text = t::PACE_TEXT.fill(
        lang,
        &[
            ("held", &pace.held.to_string()),
            ("target", &pace.target.to_string()),
            ("expected", &pace.expected_by_now.to_string()),
            ("weeks", &pace.weeks_left.to_string()),
            ("per_week", &pace.needed_per_week.to_string()),
        ],
    );
    let tables = coverage_tables(&v.coverage, lang);
    let consultants = t::CONSULTANTS_TEXT.fill(lang, &[("names", &v.consultants.join(", "))]);
    let name = c.name.clone();
    view! {
        <DocumentTitle text=format!("{} – {}", c.name, tr(msg::APP_NAME))/>
        <h1>{name}</h1>
        <p>{period} " · " {c.status.label().get(lang)}</p>
        {c.closed_by.clone().zip(c.closed_at).map(|(by, at)| view! {
            <p>{t::CLOSED_BY.fill(lang, &[("name", &by), ("date", &crate::domain::dates::iso_moment(at))])}</p>
        })}
        <p><strong>{tr(t::CRITERIA)} ": "</strong>{criteria_text(&v, lang)}</p>
        <p>{consultants}</p>
        {(c.status == crate::domain::campaigns::CampaignStatus::Open).then(|| view! {
            <p><a class="button secondary" href=format!("/balie/intake/campagnes/{id}/wijzigen")>{tr(t::CHANGE_CAMPAIGN)}</a></p>
        })}
        {(c.elsewhere > 0).then(|| view! {
            <p class="notice" role="note">{t::ELSEWHERE.fill(lang, &[("count", &c.elsewhere.to_string())])}</p>
        })}
        <p><a href=format!("/balie/intake/campagnes/{id}/deelnemers")>{tr(t::MEMBERS_LINK)}</a></p>
        <section class="card" aria-labelledby="dekking-h">
            <h2 id="dekking-h">{tr(t::COVERAGE)}</h2>
            <ul class="tiles">
                <Tile label=t::COL_MEMBERS value=total.total()/>
                <Tile label=t::TILE_TARGET value=pace.target/>
                <Tile label=CoverageState::Seen.label() value=pace.held/>
                <Tile label=t::TILE_EXPECTED value=pace.expected_by_now/>
                <Tile label=t::TILE_PER_WEEK value=pace.needed_per_week/>
            </ul>
            <p role="status">{pace_text} " " {tr(if pace.on_track() { t::ON_TRACK } else { t::BEHIND })}</p>
            <figure class="chart-box" inner_html=chart></figure>
            {tables.into_iter().map(|table| coverage_table(table, id, lang)).collect_view()}
        </section>
        {waves_section(&v)}
        {invitations_section(&v, lang)}
        {close_section(&v)}
    }
    .into_any()
}

/// Closing the campaign, for an open one: after that no waves are planned.
fn close_section(v: &CampaignView) -> Option<impl IntoView> {
    if v.campaign.status != crate::domain::campaigns::CampaignStatus::Open {
        return None;
    }
    let close = ServerAction::<CloseCampaign>::new();
    let error = Signal::derive(move || close.value().get().and_then(|r| r.err()));
    let id = v.campaign.id;
    Some(view! {
        <section class="card" aria-labelledby="afsluiten-h">
            <h2 id="afsluiten-h">{tr(t::CLOSE_TITLE)}</h2>
            <p>{tr(t::CLOSE_INTRO)}</p>
            <ErrorSummary error=error/>
            <ActionForm action=close attr:class="form" attr:novalidate=true>
                <CsrfField/>
                <input type="hidden" name="id" value=id.to_string()/>
                <CheckboxField name="confirm" label=t::CLOSE_CONFIRM error=error/>
                <div class="button-row">
                    <button type="submit" class="button">{tr(t::CLOSE_BUTTON)}</button>
                </div>
            </ActionForm>
        </section>
    })
}

fn coverage_table(table: Table, campaign: i64, lang: Lang) -> impl IntoView {
    let title = table.title.get(lang);
    let csv = format!("/balie/intake/campagnes/{campaign}/csv/{}", table.key);
    view! {
        <h3>{title}</h3>
        <ScrollRegion caption=title.to_string()>
        <table>
            <caption class="visually-hidden">{title}</caption>
            <thead><tr>
                {table.columns.iter().enumerate().map(|(i, c)| view! {
                    <th scope="col" class=(i > 0).then_some("number")>{c.get(lang)}</th>
                }).collect_view()}
            </tr></thead>
            <tbody>
                {table.rows.iter().map(|r| view! {
                    <tr>{r.iter().enumerate().map(|(i, cell)| {
                        let text = cell.show(lang);
                        if i == 0 {
                            view! { <th scope="row">{text}</th> }.into_any()
                        } else {
                            view! { <td class="number">{text}</td> }.into_any()
                        }
                    }).collect_view()}</tr>
                }).collect_view()}
            </tbody>
        </table>
        </ScrollRegion>
        <p><a href=csv download>{tr(t::DOWNLOAD_CSV)} ": " {title}</a></p>
    }
}

fn waves_section(v: &CampaignView) -> impl IntoView {
    let plan = ServerAction::<PlanWave>::new();
    let error = Signal::derive(move || plan.value().get().and_then(|r| r.err()));
    let waves = v.waves.clone();
    let open = v.campaign.status == crate::domain::campaigns::CampaignStatus::Open
        && v.today <= v.campaign.ends_on;
    let next_wave = v.waves.iter().map(|w| w.number).max().unwrap_or(0) + 1;
    let id = v.campaign.id;
    let today = v.today.clone();
    view! {
        <section class="card" aria-labelledby="golven-h">
            <h2 id="golven-h">{tr(t::WAVES)}</h2>
            {if waves.is_empty() {
                view! { <p>{tr(t::NO_WAVES)}</p> }.into_any()
            } else {
                view! {
                    <ScrollRegion caption=tr(t::WAVES).to_string()>
                    <table>
                        <caption class="visually-hidden">{tr(t::WAVES)}</caption>
                        <thead><tr>
                            <th scope="col" class="number">{tr(t::COL_WAVE)}</th>
                            <th scope="col">{tr(t::COL_FIRST_DAY)}</th>
                            <th scope="col" class="number">{tr(t::COL_DAYS)}</th>
                            <th scope="col">{tr(t::COL_PLACE)}</th>
                            <th scope="col" class="number">{tr(t::COL_INVITED)}</th>
                            <th scope="col">{tr(t::COL_LETTERS)}</th>
                        </tr></thead>
                        <tbody>
                            {waves.into_iter().map(|w| view! {
                                <tr>
                                    <td class="number">{w.number}</td>
                                    <td>{display_date(&w.first_day)}</td>
                                    <td class="number">{w.days}</td>
                                    <td>{w.place}</td>
                                    <td class="number">{w.invited}</td>
                                    <td><a href=format!("/balie/intake/campagnes/{id}/brieven?golf={}", w.number)>{tr(t::PRINT_LETTERS)}</a></td>
                                </tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                    </ScrollRegion>
                }.into_any()
            }}
            {(!open).then(|| view! { <p>{tr(t::NO_MORE_WAVES)}</p> })}
            {open.then(|| view! {
                <h3>{tr(t::PLAN_WAVE)}</h3>
                <p>{tr(t::PLAN_WAVE_INTRO)}</p>
                <ErrorSummary error=error/>
                <ActionForm action=plan attr:class="form" attr:novalidate=true>
                    <CsrfField/>
                    <input type="hidden" name="campaign" value=id.to_string()/>
                    <input type="hidden" name="number" value=next_wave.to_string()/>
                    <TextField name="first_day" label=t::FIELD_FIRST_DAY input_type="date" value=today.clone() error=error/>
                    <TextField name="days" label=t::FIELD_DAYS input_type="number" value="5" error=error/>
                    <TextField name="start_time" label=t::FIELD_START_TIME input_type="time" value="09:00" error=error/>
                    <TextField name="end_time" label=t::FIELD_END_TIME input_type="time" value="16:00" error=error/>
                    <TextField name="slot_minutes" label=t::FIELD_SLOT input_type="number" value="45" error=error/>
                    <TextField name="place" label=t::FIELD_PLACE error=error/>
                    <TextField name="people" label=t::FIELD_PEOPLE input_type="number" error=error/>
                    <div class="button-row">
                        <button type="submit" class="button primary">{tr(t::PLAN)}</button>
                    </div>
                </ActionForm>
            })}
        </section>
    }
}

fn status_link(id: i64, status: Option<InvitationStatus>, page: i64) -> String {
    let page = page.to_string();
    format!(
        "/balie/intake/campagnes/{id}?{}",
        query_string(&[
            ("status", status.map_or("", |s| s.as_str())),
            ("pagina", &page)
        ])
    )
}

fn invitations_section(v: &CampaignView, lang: Lang) -> impl IntoView {
    let id = v.campaign.id;
    let filter = v.filter;
    let choices = std::iter::once(None)
        .chain(InvitationStatus::ALL.iter().copied().map(Some))
        .map(|s| {
            let text = s.map_or(tr(t::ALL_STATUSES).to_string(), |s| {
                s.label().get(lang).to_string()
            });
            let current = (s == filter).then_some("page");
            view! { <li><a href=status_link(id, s, 1) aria-current=current>{text}</a></li> }
        })
        .collect_view();
    let lines = v.invitations.clone();
    view! {
        <section class="card" aria-labelledby="uitnodigingen-h">
            <h2 id="uitnodigingen-h">{tr(t::INVITATIONS)} " (" {v.total} ")"</h2>
            <nav aria-label=tr(t::INVITATIONS)><ul class="inline-list">{choices}</ul></nav>
            {if lines.is_empty() {
                view! { <p>{tr(t::NO_INVITATIONS)}</p> }.into_any()
            } else {
                view! {
                    <ScrollRegion caption=tr(t::INVITATIONS).to_string()>
                    <table>
                        <caption class="visually-hidden">{tr(t::INVITATIONS)}</caption>
                        <thead><tr>
                            <th scope="col">{tr(msg::COL_NAME)}</th>
                            <th scope="col">{tr(t::COL_CLIENT_NUMBER)}</th>
                            <th scope="col">{tr(t::COL_APPOINTMENT)}</th>
                            <th scope="col">{tr(t::COL_CONSULTANT)}</th>
                            <th scope="col">{tr(t::COL_CHANNEL)}</th>
                            <th scope="col">{tr(msg::COL_STATUS)}</th>
                        </tr></thead>
                        <tbody>
                            {lines.into_iter().map(|i| view! {
                                <tr>
                                    <td><a href=format!("/balie/intake/uitnodigingen/{}", i.id)>{i.client_name}</a></td>
                                    <td>{i.client_number}</td>
                                    <td>{display_date(&i.appointment_day)} " " {i.appointment_time}</td>
                                    <td>{i.consultant}</td>
                                    <td>{i.channel.label().get(lang)}</td>
                                    <td>{i.status.label().get(lang)}</td>
                                </tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                    </ScrollRegion>
                }.into_any()
            }}
            {pager(v.page, v.pages, move |n| status_link(id, filter, n))}
        </section>
    }
}
