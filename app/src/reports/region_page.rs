//! `/balie/rapportages`: the region's report for the desk and the admin. Each block is a
//! chart drawn on the server (SVG) with its numbers in a table below and CSV links.

use super::charts::{bar_chart, month_chart, month_label};
use super::tables::{region_tables, target_reached, Cell, Table};
use super::text as t;
use super::view::{report_frame, Chosen, PeriodForm, ReportTable};
use super::{region_report, RegionReport};
use crate::domain::dates::display_date;
use crate::i18n::{tr, use_lang, Lang, T};
use crate::ui::page::PageTitle;
use crate::ui::tables::Tile;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

pub const PATH: &str = "/balie/rapportages";
pub const CSV_BASE: &str = "/balie/rapportages/csv";

/// The period and municipality asked for in the address.
pub fn chosen_from_query() -> impl Fn() -> Chosen + Copy + Send + Sync + 'static {
    let query = use_query_map();
    move || {
        let q = query.read();
        Chosen {
            van: q.get("van").unwrap_or_default(),
            tot: q.get("tot").unwrap_or_default(),
            gemeente: q.get("gemeente").unwrap_or_default(),
        }
    }
}

#[component]
pub fn ReportsPage() -> impl IntoView {
    let chosen = chosen_from_query();
    let data = Resource::new(chosen, |c| region_report(c.van, c.tot, c.gemeente));
    view! {
        <PageTitle text=t::REPORTS/>
        {report_frame(t::REPORTS, t::REPORTS_INTRO, PATH, chosen, data, whole_report)}
    }
}

fn whole_report(r: RegionReport) -> AnyView {
    let lang = use_lang();
    let chosen = Chosen {
        van: r.from.clone(),
        tot: r.to.clone(),
        gemeente: r.municipality.clone().unwrap_or_default(),
    };
    let place = r
        .municipality
        .clone()
        .unwrap_or_else(|| t::WHOLE_REGION.get(lang).to_string());
    let reached = target_reached(&r)
        .map(|p| format!("{p}%"))
        .unwrap_or_else(|| "–".into());
    let saved = super::tables::euros(r.savings.euros, lang);
    let tables = region_tables(&r, lang);
    let contents: Vec<(&'static str, T)> = tables.iter().map(|t| (t.key, t.title)).collect();
    let form = view! {
        <PeriodForm
            action=PATH
            chosen=chosen.clone()
            municipalities=Some(r.municipalities.clone())
            this_year=Some(r.this_year)
            error=None
        />
    }
    .into_any();
    let summary = view! {
        <p class="lead" role="status">
            {format!("{} {} – {} · {place}", tr(t::SHOWING), display_date(&r.from), display_date(&r.to))}
        </p>
        <ul class="tiles">
            <Tile label=t::PLACED value=r.placed/>
            <Tile label=t::ANNUAL_TARGET value=r.annual_target/>
            <Tile label=t::TARGET_REACHED value=reached/>
            <Tile label=t::SAVED_TILE value=saved/>
        </ul>
    }
    .into_any();
    let nav = view! {
        <nav class="report-contents" aria-labelledby="report-contents-title">
            <h2 id="report-contents-title">{tr(t::CONTENTS)}</h2>
            <ul>
                {contents.into_iter().map(|(key, title)| view! {
                    <li><a href=format!("#rapport-{key}")>{title.get(lang)}</a></li>
                }).collect_view()}
            </ul>
        </nav>
    }
    .into_any();
    let blocks = tables.into_iter().map(|table| {
            let (key, title) = (table.key, table.title.get(lang));
            let chart = chart_for(&table, &r, lang);
            let note = note_for(table.key).map(|n| view! { <p class="note">{n.get(lang)}</p> });
            view! {
                <section class="report-block" id=format!("rapport-{key}") aria-labelledby=format!("rapport-{key}-h")>
                    <h2 id=format!("rapport-{key}-h")>{title}</h2>
                    {note}
                    {chart.map(|svg| view! { <figure class="chart-box" inner_html=svg></figure> })}
                    <ReportTable table=table csv_base=CSV_BASE chosen=chosen.clone() from=r.from.clone() to=r.to.clone()/>
                </section>
            }
            .into_any()
        }).collect::<Vec<_>>();
    view! { {form} {summary} {nav} {blocks} }.into_any()
}

fn note_for(key: &str) -> Option<T> {
    match key {
        "maanden" => Some(t::BY_MONTH_NOTE),
        "doelgroep" => Some(t::BY_GROUP_NOTE),
        "trechter" => Some(t::FUNNEL_NOTE),
        "behoud" => Some(t::RETENTION_NOTE),
        "sroi" => Some(t::SROI_NOTE),
        "besparing" => Some(t::SAVINGS_NOTE),
        "intake-campagnes" => Some(t::INTAKE_CAMPAIGNS_NOTE),
        "intake-gemeente" | "intake-doelgroep" => Some(t::INTAKE_OUTCOMES_NOTE),
        "trede" => Some(t::LADDER_DISTRIBUTION_NOTE),
        "trede-richting" | "trede-beweging" => Some(t::LADDER_DIRECTION_NOTE),
        _ => None,
    }
}

/// "label: value; label: value" — the text alternative of a bar chart.
fn spoken(rows: &[(String, i64, String)]) -> String {
    rows.iter()
        .map(|(label, _, shown)| format!("{label}: {shown}"))
        .collect::<Vec<_>>()
        .join("; ")
}

/// The chart of a table, as SVG markup (none for tables of a few loose figures).
fn chart_for(table: &Table, r: &RegionReport, lang: Lang) -> Option<String> {
    let id = format!("grafiek-{}", table.key);
    let title = table.title.get(lang);
    match table.key {
        "maanden" => {
            let last = r.months.last()?;
            let desc = format!(
                "{} {}: {} {}, {} {}.",
                t::SHOWING.get(lang),
                month_label(&last.month, true, lang),
                t::LEGEND_CUMULATIVE.get(lang).to_lowercase(),
                last.cumulative,
                t::LEGEND_TARGET.get(lang).to_lowercase(),
                last.target
            );
            Some(month_chart(
                &id,
                &r.months,
                title,
                &desc,
                (t::LEGEND_CUMULATIVE.get(lang), t::LEGEND_TARGET.get(lang)),
                lang,
            ))
        }
        "soort" | "doelgroep" | "sector" | "gemeente" | "afwijzingen" | "intake-campagnes"
        | "trede" | "trede-richting" => {
            let rows: Vec<(String, i64, String)> = table
                .rows
                .iter()
                .filter_map(|row| match (row.first(), row.get(1)) {
                    (Some(Cell::Text(label)), Some(Cell::Count(n))) => {
                        Some((label.clone(), *n, n.to_string()))
                    }
                    _ => None,
                })
                .collect();
            (!rows.is_empty()).then(|| bar_chart(&id, &rows, 0, title, &spoken(&rows)))
        }
        "trechter" => {
            let rows: Vec<(String, i64, String)> = table
                .rows
                .iter()
                .zip(&r.funnel)
                .map(|(row, step)| {
                    let shown = match step.conversion {
                        Some(p) => format!("{} ({p}%)", step.count),
                        None => step.count.to_string(),
                    };
                    (row[0].show(lang), step.count, shown)
                })
                .collect();
            Some(bar_chart(&id, &rows, 0, title, &spoken(&rows)))
        }
        "behoud" => {
            let rows: Vec<(String, i64, String)> = r
                .retention
                .iter()
                .map(|line| {
                    let shown = match line.percent {
                        Some(p) => format!("{p}% ({}/{})", line.still_working, line.confirmed),
                        None => "–".to_string(),
                    };
                    (
                        format!("{} {}", line.months, t::MONTHS_UNIT.get(lang)),
                        line.percent.unwrap_or(0),
                        shown,
                    )
                })
                .collect();
            Some(bar_chart(&id, &rows, 100, title, &spoken(&rows)))
        }
        _ => None,
    }
}
