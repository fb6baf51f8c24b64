//! Routes outside Leptos: health checks for the platform and the language switch.

use app::auth::safe_local_path;
use app::auth::ssr::LANG_COOKIE;
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
    Path(code): Path<String>,
    Query(back): Query<Back>,
) -> Response {
    let Some(lang) = Lang::from_code(&code) else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let target = back
        .terug
        .as_deref()
        .and_then(safe_local_path)
        .unwrap_or("/")
        .to_string();
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
