//! The HTTP side: one axum router with the Leptos pages and server functions, the small
//! system routes (`/healthz`, `/readyz`, `/taal/{code}`), static files, and the middleware
//! that every request passes (security headers; cookies, session, language, CSRF).

mod context;
mod downloads;
pub mod feeds;
mod privacy;
mod reports;
mod security;
mod system;

use app::state::AppState;
use app::{shell, App};
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

fn plain_modules() -> [Routes; 4] {
    [
        system::routes(),
        feeds::routes(),
        reports::routes(),
        privacy::routes(),
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
    Router::new()
        .merge(plain_router())
        .leptos_routes_with_context(
            &state,
            routes,
            app::shell::policy::provide_request_nonce,
            move || shell(options.clone()),
        )
        .fallback(leptos_axum::file_and_error_handler_with_context::<
            AppState,
            _,
        >(app::shell::policy::provide_request_nonce, shell))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            context::request_context,
        ))
        .layer(axum::middleware::from_fn_with_state(
            state.https,
            security::security_headers,
        ))
        .with_state(state)
}
