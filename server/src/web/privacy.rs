//! The subject-access download: `/balie/kandidaten/{id}/inzage.json`, everything the
//! portal holds on one candidate as a JSON file (desk and admin). It is the same struct
//! the readable page `/balie/kandidaten/{id}/inzage` shows (`app::privacy::SubjectAccess`),
//! and every download is an `export` in the audit log.

use app::auth::ssr::RequestCtx;
use app::error::AppError;
use app::privacy::ssr::subject_access_for;
use app::state::AppState;
use axum::extract::{Path, State};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
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
    let Ok(id) = id.parse::<i64>() else {
        return refusal(AppError::NotFound, &ctx, id.as_str());
    };
    match subject_access_for(&state.db, ctx.user.as_ref(), &ctx.address, id).await {
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
                refusal(AppError::Internal, &ctx, &id.to_string())
            }
        },
        Err(e) => refusal(e, &ctx, &id.to_string()),
    }
}

/// Why there is no file: to the login page (back to this candidate's overview), or the
/// status with a sentence in the reader's language.
fn refusal(e: AppError, ctx: &RequestCtx, id: &str) -> Response {
    let status = StatusCode::from_u16(e.status()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    match e {
        AppError::NotLoggedIn => Redirect::to(&format!(
            "/inloggen?terug={}",
            app::shell::encode_query_value(&format!("/balie/kandidaten/{id}/inzage"))
        ))
        .into_response(),
        other => (
            status,
            [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
            other.message().get(ctx.lang),
        )
            .into_response(),
    }
}
