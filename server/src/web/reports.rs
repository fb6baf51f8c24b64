//! The reports' CSV downloads: `/balie/rapportages/csv/{table}` (desk and admin) and
//! `/werkgever/resultaten/csv/{table}` (the employer's own), with the same `van`, `tot`
//! (and `gemeente`) as the page, and `scheiding=komma` for commas instead of semicolons.
//! The tables are the page's own (`app::reports::tables`), so a download holds what the
//! page showed, in the reader's language.

use super::downloads::{refusal, text};
use app::i18n::Lang;
use app::reports::csv::{file_name, to_csv, Separator};
use app::reports::ssr::{employer_results, region};
use app::reports::tables::{region_tables, Table};
use app::reports::{employer_tables, EmployerResults, RegionReport};
use app::request::Cx;
use app::request::RequestCtx;
use app::state::AppState;
use axum::extract::{Path, Query, State};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Extension;
use serde::Deserialize;

/// This module's routes; the web router serves exactly these, and the access-matrix test
/// reads them too, so a new route cannot go untested.
pub(super) fn routes() -> super::Routes {
    vec![
        ("/balie/rapportages/csv/{table}", get(region_csv)),
        ("/werkgever/resultaten/csv/{table}", get(employer_csv)),
    ]
}

#[derive(Debug, Default, Deserialize)]
pub struct CsvQuery {
    #[serde(default)]
    van: String,
    #[serde(default)]
    tot: String,
    #[serde(default)]
    gemeente: String,
    scheiding: Option<String>,
}

async fn region_csv(
    State(state): State<AppState>,
    Extension(ctx): Extension<RequestCtx>,
    Path(table): Path<String>,
    Query(q): Query<CsvQuery>,
) -> Response {
    match region(Cx::new(state, ctx.clone()), &q.van, &q.tot, &q.gemeente).await {
        Ok(report) => {
            let RegionReport {
                ref from,
                ref to,
                ref municipality,
                ..
            } = report;
            let tables = region_tables(&report, ctx.lang);
            download(
                &tables,
                &table,
                &q,
                ctx.lang,
                from,
                to,
                municipality.as_deref(),
            )
        }
        Err(e) => refusal(e, &ctx, "/balie/rapportages"),
    }
}

async fn employer_csv(
    State(state): State<AppState>,
    Extension(ctx): Extension<RequestCtx>,
    Path(table): Path<String>,
    Query(q): Query<CsvQuery>,
) -> Response {
    match employer_results(Cx::new(state, ctx.clone()), &q.van, &q.tot).await {
        Ok(results) => {
            let EmployerResults {
                ref from, ref to, ..
            } = results;
            let tables = employer_tables(&results, ctx.lang);
            download(&tables, &table, &q, ctx.lang, from, to, None)
        }
        Err(e) => refusal(e, &ctx, "/werkgever/resultaten"),
    }
}

/// The table `key` of `tables` as a CSV attachment, or 404 when there is no such table.
fn download(
    tables: &[Table],
    key: &str,
    q: &CsvQuery,
    lang: Lang,
    from: &str,
    to: &str,
    place: Option<&str>,
) -> Response {
    let Some(table) = tables.iter().find(|t| t.key == key) else {
        return text(StatusCode::NOT_FOUND, NO_SUCH_TABLE.get(lang));
    };
    let body = to_csv(table, lang, Separator::from_query(q.scheiding.as_deref()));
    (
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_string()),
            (
                header::CONTENT_DISPOSITION,
                format!(
                    "attachment; filename=\"{}\"",
                    file_name(table.key, from, to, place)
                ),
            ),
            (header::CACHE_CONTROL, "no-store".to_string()),
        ],
        body,
    )
        .into_response()
}

opstap_core::messages! { WEB_REPORTS {
    NO_SUCH_TABLE = "Deze tabel bestaat niet." / "There is no such table.";
}}
