//! The HTTP side: one axum router with the Leptos pages and server functions, the small
//! system routes (`/healthz`, `/readyz`, `/taal/{code}`), static files, and the middleware
//! that every request passes (cookies, session, language, CSRF).

mod context;
mod system;

use app::state::AppState;
use app::{shell, App};
use axum::Router;
use leptos_axum::{generate_route_list, LeptosRoutes};

/// The whole application as one router.
pub fn router(state: AppState) -> Router {
    let routes = generate_route_list(App);
    let options = state.leptos_options.clone();
    Router::new()
        .merge(system::router())
        .leptos_routes(&state, routes, move || shell(options.clone()))
        .fallback(leptos_axum::file_and_error_handler::<AppState, _>(shell))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            context::request_context,
        ))
        .with_state(state)
}
