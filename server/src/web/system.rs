//! Routes outside Leptos: health checks for the platform and the language switch.

use app::auth::cookies::LANG_COOKIE;
use app::domain::redirect::local_path;
use app::i18n::Lang;
use app::state::AppState;
use axum::extract::{Path, Query, State};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use serde::Deserialize;

/// This module's routes; the web router serves exactly these, and the access-matrix test
/// reads them too, so a new route cannot go untested.
pub(super) fn routes() -> super::Routes {
    vec![
        ("/healthz", get(healthz)),
        ("/readyz", get(readyz)),
        ("/taal/{code}", get(switch_language)),
    ]
}

/// The process is up.
async fn healthz() -> &'static str {
    "ok"
}

/// The process can reach its database.
async fn readyz(State(state): State<AppState>) -> Response {
    if state.db.ping().await {
        "ready".into_response()
    } else {
        tracing::warn!("readiness check failed: database unreachable");
        (StatusCode::SERVICE_UNAVAILABLE, "database unreachable").into_response()
    }
}

#[derive(Deserialize)]
struct Back {
    terug: Option<String>,
}

/// Remembers the chosen language in a cookie and goes back to the page the reader was on.
async fn switch_language(
    State(state): State<AppState>,
    ctx: Option<axum::Extension<app::request::RequestCtx>>,
    Path(code): Path<String>,
    Query(back): Query<Back>,
) -> Response {
    let Some(lang) = Lang::from_code(&code) else {
        return StatusCode::NOT_FOUND.into_response();
    };
    // Back to the page the reader came from, when it is one of ours; else their home.
    let home = ctx
        .and_then(|axum::Extension(ctx)| ctx.user.map(|u| u.role.home_path()))
        .unwrap_or("/");
    let target = back
        .terug
        .as_deref()
        .and_then(local_path)
        .unwrap_or_else(|| home.to_string());
    let secure = if state.https { "; Secure" } else { "" };
    let cookie = format!(
        "{LANG_COOKIE}={}; Path=/; Max-Age=31536000; SameSite=Lax{secure}",
        lang.code()
    );
    (
        StatusCode::SEE_OTHER,
        [(header::LOCATION, target), (header::SET_COOKIE, cookie)],
    )
        .into_response()
}
