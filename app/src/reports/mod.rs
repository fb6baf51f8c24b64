//! Reports for the desk and the admin: the period's placements against the annual target,
//! by kind, target group, sector and municipality; the proposal funnel; time to placement
//! and to hire; retention at 3, 6 and 12 months; buddy activity; social return per
//! employer; and an estimate of the assistance saved. The figures come from the plain
//! functions in `domain::reports`; this module reads the rows and assembles them.
//!
//! The pages: the region's report (`region_page`, desk and admin), the employer's own
//! results (`employer_page`) and the admin's settings (`settings_page`). Every table is
//! built once (`tables`) for the page and the CSV download (`csv`, served by the server
//! crate); charts are SVG drawn on the server (`charts`).

pub mod charts;
pub mod csv;
mod employer_page;
pub mod intake_tables;
mod region_page;
mod settings_page;
#[cfg(feature = "ssr")]
pub mod ssr;
pub mod tables;
pub mod text;
mod view;

pub use employer_page::{employer_tables, EmployerPlacement, EmployerResults, EmployerResultsPage};
pub use region_page::ReportsPage;
pub use settings_page::{SaveSettings, SettingsForm, SettingsPage};

use crate::domain::reports::{BuddyActivity, FunnelStep, MonthLine, RetentionLine, Savings};
use crate::error::AppError;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// Every figure of the region's report for one period (and perhaps one municipality).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RegionReport {
    pub from: String,
    pub to: String,
    /// The municipality the figures are limited to, if any.
    pub municipality: Option<String>,
    pub municipalities: Vec<String>,
    /// The current year (for the page's quick links).
    pub this_year: i64,
    pub annual_target: i64,
    pub placed: i64,
    pub months: Vec<MonthLine>,
    pub by_kind: Vec<(String, i64)>,
    pub by_group: Vec<(String, i64)>,
    pub by_sector: Vec<(String, i64)>,
    pub by_municipality: Vec<(String, i64)>,
    pub funnel: Vec<FunnelStep>,
    pub decline_reasons: Vec<(String, i64)>,
    pub median_days_to_first_placement: Option<f64>,
    pub median_days_to_hire: Option<f64>,
    pub retention: Vec<RetentionLine>,
    pub buddies: BuddyActivity,
    pub sroi_by_employer: Vec<(String, i64)>,
    pub sroi_total: i64,
    pub savings: Savings,
    /// Intake campaigns and the participation ladder (issue #19).
    pub intake: crate::domain::intake::report::IntakeReport,
}

/// The region's report; desk staff and admins only. `van`/`tot`: `YYYY-MM-DD` (default:
/// this year); `gemeente`: one municipality (default: the whole region).
#[server(name = GetRegionReport, prefix = "/api", endpoint = "region_report", input = server_fn::codec::GetUrl)]
pub async fn region_report(
    #[server(default)] van: String,
    #[server(default)] tot: String,
    #[server(default)] gemeente: String,
) -> Result<RegionReport, AppError> {
    crate::request::serve(|cx| async move { ssr::region(cx, &van, &tot, &gemeente).await }).await
}
