//! The caseload upload: `POST /balie/intake/inlezen`, a multipart form with the export
//! (a file needs multipart, which a server function's form cannot take without JavaScript).
//! The file is read and kept as a preview by `app::intake::ssr::upload`, then the browser
//! goes to the preview; a file refused as a whole goes back to the form with the reason in
//! the address (`?fout=…&kolommen=…`), shown at the file field. The CSRF token was checked
//! by the middleware, from the form's `csrf` part, before this handler runs.
//!
//! Also a campaign's coverage tables as CSV: `/balie/intake/campagnes/{id}/csv/{table}`
//! (`gemeente`, `doelgroep`), the page's own tables in the reader's language.

use super::downloads::refusal;
use app::intake::ssr::upload;
use app::request::{Cx, RequestCtx};
use app::state::AppState;
use axum::extract::{DefaultBodyLimit, Multipart, Path, Query, State};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::Extension;
use opstap_core::domain::caseload::file::MAX_BYTES;

/// Where the form is posted.
pub const UPLOAD_PATH: &str = "/balie/intake/inlezen";
/// The largest request: the largest file and the form around it.
pub const UPLOAD_LIMIT: usize = MAX_BYTES + 64 * 1024;

const FORM: &str = "/balie/intake/import";

pub(super) fn routes() -> super::Routes {
    vec![
        (
            UPLOAD_PATH,
            post(upload_file).layer(DefaultBodyLimit::max(UPLOAD_LIMIT)),
        ),
        (
            "/balie/intake/campagnes/{id}/csv/{table}",
            get(coverage_csv),
        ),
    ]
}

#[derive(Debug, Default, serde::Deserialize)]
struct CsvQuery {
    scheiding: Option<String>,
}

async fn coverage_csv(
    State(state): State<AppState>,
    Extension(ctx): Extension<RequestCtx>,
    Path((id, table)): Path<(String, String)>,
    Query(q): Query<CsvQuery>,
) -> Response {
    let page = format!("/balie/intake/campagnes/{id}");
    let Ok(id) = id.parse::<i64>() else {
        return refusal(app::error::AppError::NotFound, &ctx, "/balie/intake");
    };
    match app::intake::ssr::campaign(
        Cx::new(state, ctx.clone()),
        id,
        String::new(),
        String::new(),
    )
    .await
    {
        Ok(view) => {
            let tables = app::intake::coverage_tables::coverage_tables(&view.coverage, ctx.lang);
            let Some(table) = tables.iter().find(|t| t.key == table) else {
                return refusal(app::error::AppError::NotFound, &ctx, &page);
            };
            let sep = app::reports::csv::Separator::from_query(q.scheiding.as_deref());
            let body = app::reports::csv::to_csv(table, ctx.lang, sep);
            let name = app::reports::csv::file_name(
                &format!("campagne-{id}-{}", table.key),
                &view.campaign.starts_on,
                &view.campaign.ends_on,
                None,
            );
            (
                StatusCode::OK,
                [
                    (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_string()),
                    (
                        header::CONTENT_DISPOSITION,
                        format!("attachment; filename=\"{name}\""),
                    ),
                    (header::CACHE_CONTROL, "no-store".to_string()),
                ],
                body,
            )
                .into_response()
        }
        Err(e) => refusal(e, &ctx, &page),
    }
}

/// Back to the form with a reason (a code the page turns into words).
fn back(problem: &str, fields: &str) -> Response {
    let query = app::ui::filters::query_string(&[("fout", problem), ("kolommen", fields)]);
    Redirect::to(&format!("{FORM}?{query}")).into_response()
}

async fn upload_file(
    State(state): State<AppState>,
    Extension(ctx): Extension<RequestCtx>,
    mut form: Multipart,
) -> Response {
    let mut file: Option<(String, axum::body::Bytes)> = None;
    loop {
        match form.next_field().await {
            Ok(Some(field)) if field.name() == Some("file") => {
                let name = field.file_name().unwrap_or_default().to_string();
                match field.bytes().await {
                    Ok(bytes) => file = Some((name, bytes)),
                    Err(error) => {
                        tracing::info!(%error, "caseload upload could not be read");
                        return back("too_large", "");
                    }
                }
            }
            Ok(Some(_)) => {}
            Ok(None) => break,
            Err(error) => {
                tracing::info!(%error, "caseload upload is no multipart form");
                return back("not_text", "");
            }
        }
    }
    let Some((name, bytes)) = file.filter(|(name, bytes)| !(name.is_empty() && bytes.is_empty()))
    else {
        return back("file_missing", "");
    };
    match upload(Cx::new(state, ctx.clone()), &name, &bytes).await {
        Ok(Ok(id)) => Redirect::to(&format!("/balie/intake/import/{id}")).into_response(),
        Ok(Err(refused)) => {
            let fields: Vec<&str> = refused.fields.iter().map(|f| f.as_str()).collect();
            back(refused.problem.as_str(), &fields.join(","))
        }
        Err(e) => refusal(e, &ctx, FORM),
    }
}
