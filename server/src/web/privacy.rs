//! The subject-access download: `/balie/kandidaten/{id}/inzage.json`, everything the
//! portal holds on one candidate as a JSON file (desk and admin). It is the same struct
//! the readable page `/balie/kandidaten/{id}/inzage` shows (`app::privacy::SubjectAccess`),
//! and every download is an `export` in the audit log.

use super::downloads::refusal;
use app::error::AppError;
use app::privacy::ssr::subject_access;
use app::request::Cx;
use app::request::RequestCtx;
use app::state::AppState;
use axum::extract::{Path, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Extension;

/// This module's routes; the web router serves exactly these, and the access-matrix test
/// reads them too, so a new route cannot go untested.
pub(super) fn routes() -> super::Routes {
    vec![(
        "/balie/kandidaten/{id}/inzage.json",
        get(subject_access_json),
    )]
}

async fn subject_access_json(
    State(state): State<AppState>,
    Extension(ctx): Extension<RequestCtx>,
    Path(id): Path<String>,
) -> Response {
    let Ok(id) = id.parse::<app::domain::ids::CandidateId>() else {
        return refusal(AppError::NotFound, &ctx, "/balie/kandidaten");
    };
    let page = format!("/balie/kandidaten/{id}/inzage");
    match subject_access(Cx::new(state, ctx.clone()), id).await {
        Ok(access) => match serde_json::to_string_pretty(&access) {
            Ok(body) => (
                [
                    (
                        header::CONTENT_TYPE,
                        "application/json; charset=utf-8".to_string(),
                    ),
                    (
                        header::CONTENT_DISPOSITION,
                        format!(
                            "attachment; filename=\"inzage-{}-{}.json\"",
                            id,
                            app::domain::dates::iso_date(app::domain::dates::day_of(
                                access.made_at
                            ))
                        ),
                    ),
                    (header::CACHE_CONTROL, "no-store".to_string()),
                ],
                body,
            )
                .into_response(),
            Err(error) => {
                tracing::error!(%error, "could not serialise a subject access export");
                refusal(AppError::Internal, &ctx, &page)
            }
        },
        Err(e) => refusal(e, &ctx, &page),
    }
}
