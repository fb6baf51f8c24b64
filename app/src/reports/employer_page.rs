//! `/werkgever/resultaten`: an employer's own results — the people who started with them
//! in a period (as a proposal shows them: first name and initial), whether they still work
//! there at 3, 6 and 12 months, and the social-return total. Only the employer's own rows:
//! the employer id comes from the session.

use super::tables::{euros, retention_table, Cell, Table};
use super::text as t;
use super::view::{report_frame, Chosen, PeriodForm, ReportTable};
use crate::domain::dates::display_date;
use crate::domain::kinds::{OpeningKind, PlacementOutcome};
use crate::domain::reports::RetentionLine;
use crate::error::AppError;
use crate::i18n::{tr, use_lang, Lang};
use crate::ui::page::PageTitle;
use crate::ui::tables::Tile;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

pub const PATH: &str = "/werkgever/resultaten";
pub const CSV_BASE: &str = "/werkgever/resultaten/csv";

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EmployerPlacement {
    /// First name and initial.
    pub name: String,
    pub opening: Option<String>,
    pub kind: String,
    pub start_date: String,
    pub outcome: String,
    pub sroi_value: i64,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EmployerResults {
    pub employer_name: String,
    pub from: String,
    pub to: String,
    pub this_year: i64,
    pub placements: Vec<EmployerPlacement>,
    pub retention: Vec<RetentionLine>,
    pub sroi_total: i64,
    pub working_now: i64,
}

/// The logged-in employer's own results; employer users only.
#[server(name = GetEmployerResults, prefix = "/api", endpoint = "employer_results", input = server_fn::codec::GetUrl)]
pub async fn employer_results(
    #[server(default)] van: String,
    #[server(default)] tot: String,
) -> Result<EmployerResults, AppError> {
    crate::request::serve(|cx| async move { super::ssr::employer_results(cx, &van, &tot).await })
        .await
}

/// The employer's tables, for the page and the CSV download.
pub fn employer_tables(r: &EmployerResults, lang: Lang) -> Vec<Table> {
    let mut placements = Table {
        key: "plaatsingen",
        title: t::MY_PLACEMENTS,
        columns: vec![
            t::COL_NAME,
            t::COL_OPENING,
            t::COL_START,
            t::COL_OUTCOME,
            t::COL_SROI_EUROS,
        ],
        rows: Vec::new(),
    };
    for p in &r.placements {
        placements.rows.push(vec![
            Cell::Text(p.name.clone()),
            Cell::Text(
                p.opening
                    .clone()
                    .unwrap_or_else(|| OpeningKind::label_of(&p.kind, lang)),
            ),
            Cell::Text(p.start_date.clone()),
            Cell::Text(PlacementOutcome::label_of(&p.outcome, lang)),
            Cell::Euros(p.sroi_value),
        ]);
    }
    if !r.placements.is_empty() {
        placements.rows.push(vec![
            Cell::Text(t::TOTAL.get(lang).into()),
            Cell::Empty,
            Cell::Empty,
            Cell::Empty,
            Cell::Euros(r.sroi_total),
        ]);
    }
    vec![placements, retention_table(&r.retention, lang)]
}

#[component]
pub fn EmployerResultsPage() -> impl IntoView {
    let chosen = super::region_page::chosen_from_query();
    let data = Resource::new(chosen, |c| employer_results(c.van, c.tot));
    view! {
        <PageTitle text=t::MY_RESULTS/>
        {report_frame(t::MY_RESULTS, t::MY_RESULTS_INTRO, PATH, chosen, data, results_view)}
    }
}

fn results_view(r: EmployerResults) -> AnyView {
    let lang = use_lang();
    let chosen = Chosen {
        van: r.from.clone(),
        tot: r.to.clone(),
        gemeente: String::new(),
    };
    let tables = employer_tables(&r, lang);
    let form = view! {
        <PeriodForm action=PATH chosen=chosen.clone() municipalities=None this_year=Some(r.this_year) error=None/>
    }
    .into_any();
    let summary = view! {
        <p class="lead" role="status">
            {format!("{} · {} {} – {}", r.employer_name, tr(t::SHOWING), display_date(&r.from), display_date(&r.to))}
        </p>
        <ul class="tiles">
            <Tile label=t::PLACED value=r.placements.len()/>
            <Tile label=t::WORKING_NOW value=r.working_now/>
            <Tile label=t::SROI_TOTAL value=euros(r.sroi_total, lang)/>
        </ul>
    }
    .into_any();
    let blocks = tables.into_iter().map(|table| {
            let (key, title) = (table.key, table.title.get(lang));
            view! {
            <section class="report-block" id=format!("rapport-{key}") aria-labelledby=format!("rapport-{key}-h")>
                <h2 id=format!("rapport-{key}-h")>{title}</h2>
                {(key == "behoud").then(|| view! { <p class="note">{tr(t::RETENTION_NOTE)}</p> })}
                <ReportTable table=table csv_base=CSV_BASE chosen=chosen.clone() from=r.from.clone() to=r.to.clone()/>
            </section>
            }
            .into_any()
        }).collect::<Vec<_>>();
    view! { {form} {summary} {blocks} }.into_any()
}
