//! The HTTP side: one axum router with the Leptos pages and server functions, the small
//! system routes (`/healthz`, `/readyz`, `/taal/{code}`), static files, and the middleware
//! that every request passes (security headers; cookies, session, language, CSRF;
//! compression and validators for pages and data).
//!
//! ```text
//! security headers ─┬─ static files (from memory, no cookies, no database)
//!                   └─ request context ─ compression ─ validators ─ pages, server functions, plain routes
//! ```

mod api;
mod arguments;
pub mod assets;
mod caching;
mod context;
pub(crate) mod downloads;
pub mod feeds;
mod intake;
mod privacy;
pub(crate) mod reports;
mod security;
pub use api::openapi_document;
pub use security::script_hash as security_hash;
mod system;

use app::state::AppState;
use app::{shell, App};
use axum::response::IntoResponse;
use axum::Router;
use leptos_axum::{generate_route_list, AxumRouteListing, LeptosRoutes};
use std::sync::OnceLock;

/// The route table, worked out once per process. Leptos finds the routes by rendering the
/// app with resource loading switched off *process-wide*; a page rendered on another thread
/// at that moment waits forever (leptos-rs/leptos#4773). So it must never run while pages
/// are being served — e.g. when tests start several portals in one process.
pub fn route_list() -> Vec<AxumRouteListing> {
    static ROUTES: OnceLock<Vec<AxumRouteListing>> = OnceLock::new();
    ROUTES.get_or_init(|| generate_route_list(App)).clone()
}

/// The routes served by plain axum handlers (feeds, API, CSV downloads, system), next to
/// the Leptos pages in [`route_list`] and the server functions under `/api/`.
pub fn plain_routes() -> Vec<&'static str> {
    plain_modules()
        .into_iter()
        .flatten()
        .map(|(path, _)| path)
        .collect()
}

/// Routes served by plain axum handlers: path and handler. Each module lists its own once
/// (`routes()`), for the router and for the access-matrix test alike.
type Routes = Vec<(&'static str, axum::routing::MethodRouter<AppState>)>;

fn plain_modules() -> [Routes; 6] {
    [
        system::routes(),
        feeds::routes(),
        api::routes(),
        reports::routes(),
        privacy::routes(),
        intake::routes(),
    ]
}

fn plain_router() -> Router<AppState> {
    plain_modules()
        .into_iter()
        .flatten()
        .fold(Router::new(), |router, (path, handler)| {
            router.route(path, handler)
        })
}

/// The whole application as one router.
pub fn router(state: AppState) -> Router {
    let routes = route_list();
    let options = state.leptos_options.clone();
    let fallback_options = options.clone();
    let fallback_state = state.clone();
    let clock = state.clock.clone();
    let dynamic = Router::new()
        .merge(plain_router())
        .leptos_routes_with_context(
            &state,
            routes,
            move || {
                leptos::prelude::provide_context(clock.clone());
                app::shell::policy::without_nonce();
            },
            move || shell(options.clone()),
        )
        // An unknown path: the app's "not found" page, rendered whole like every page.
        .fallback(leptos_axum::render_app_async_with_context(
            move || {
                leptos::prelude::provide_context(fallback_state.clone());
                leptos::prelude::provide_context(fallback_state.clock.clone());
                app::shell::policy::without_nonce();
            },
            move || shell(fallback_options.clone()),
        ))
        // A bug that panics in a handler is logged and answered with a 500, not a dropped
        // connection; the hostile-input test fails on either.
        .layer(tower_http::catch_panic::CatchPanicLayer::custom(panicked))
        .layer(axum::middleware::from_fn(caching::revalidate))
        .layer(axum::middleware::from_fn(
            arguments::bad_arguments_are_bad_requests,
        ))
        .layer(
            // Brotli at quality 4 (as nginx does on the fly) or gzip at 6: quick enough
            // per request, a fifth of the size for HTML.
            tower_http::compression::CompressionLayer::new()
                .br(true)
                .gzip(true),
        )
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            context::request_context,
        ))
        .with_state(state.clone());
    static_files(&state)
        .fallback_service(dynamic)
        .layer(axum::middleware::from_fn_with_state(
            security::Headers::for_state(&state),
            security::security_headers,
        ))
}

/// The answer when a handler panicked: logged with its message, a 500 in both languages.
fn panicked(panic: Box<dyn std::any::Any + Send + 'static>) -> axum::response::Response {
    let what = panic
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| panic.downcast_ref::<String>().cloned())
        .unwrap_or_default();
    tracing::error!(panic = %what, "a handler panicked");
    use app::i18n::{msg, Lang};
    let text = |lang| {
        format!(
            "{}. {}",
            msg::ERROR_SUMMARY.get(lang),
            msg::ERROR_TEXT.get(lang)
        )
    };
    (
        axum::http::StatusCode::INTERNAL_SERVER_ERROR,
        [(
            axum::http::header::CONTENT_TYPE,
            "text/plain; charset=utf-8",
        )],
        format!("{}\n{}\n", text(Lang::Nl), text(Lang::En)),
    )
        .into_response()
}

/// The static files, each at its own path, answered from memory.
fn static_files(state: &AppState) -> Router {
    let mut router = Router::new();
    for path in state.assets.paths() {
        let assets = state.assets.clone();
        let key = path.to_string();
        router = router.route(
            path,
            axum::routing::get(
                move |method: axum::http::Method, headers: axum::http::HeaderMap| {
                    let assets = assets.clone();
                    let key = key.clone();
                    async move {
                        match assets.file(&key) {
                            Some(file) => assets::answer(file, &method, &headers),
                            None => axum::http::StatusCode::NOT_FOUND.into_response(),
                        }
                    }
                },
            ),
        );
    }
    router
}
