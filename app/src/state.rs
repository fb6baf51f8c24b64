//! The state every handler and server function shares: the database and the site options.
//! Built once by the server at start-up and handed to Leptos as context.

use crate::store::Db;
use axum::extract::FromRef;
use leptos::config::LeptosOptions;
use std::sync::Arc;

#[derive(Clone, Debug)]
pub struct AppState {
    pub db: Db,
    pub leptos_options: LeptosOptions,
    /// Key for CSRF tokens; from `OPSTAP_SESSION_SECRET` or generated once and stored.
    pub secret: Arc<str>,
    /// Whether the portal is reached over HTTPS (cookies get `Secure`).
    pub https: bool,
    /// The address people use to reach the portal, for links in e-mail (no trailing `/`).
    pub public_url: Arc<str>,
    /// Wakes the mail worker after a request queued mail.
    pub mail_wake: Arc<tokio::sync::Notify>,
    /// Proxies whose forwarding headers name the client (see `domain::client_address`).
    pub trusted_proxies: Arc<[crate::domain::client_address::AddressRange]>,
    /// Where pages and server functions get the time (see `store::now`).
    pub clock: crate::clock::Clock,
    /// The static files, held in memory, and their content-hashed URLs.
    pub assets: Arc<crate::shell::assets::Assets>,
}

impl FromRef<AppState> for LeptosOptions {
    fn from_ref(state: &AppState) -> Self {
        state.leptos_options.clone()
    }
}
