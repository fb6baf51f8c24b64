//! The request context: what the middleware learned ([`RequestCtx`]) and what a server
//! function body works with ([`Cx`]).

use crate::auth::SessionUser;
use crate::domain::Role;
use crate::error::AppError;
use crate::i18n::Lang;
use crate::state::AppState;
use crate::store::{self, Db};
use http::request::Parts;
use leptos::prelude::use_context;

/// What the middleware learned about a request before any handler runs.
#[derive(Clone, Debug, Default)]
pub struct RequestCtx {
    pub user: Option<SessionUser>,
    /// SHA-256 of the session cookie, when one was sent and is live.
    pub session_hash: Option<String>,
    pub csrf_token: String,
    pub lang: Lang,
    /// The client address, for the login rate limit and the audit log.
    pub address: String,
    /// Whether cookies must be `Secure` (the site is reached over HTTPS).
    pub secure: bool,
}

/// The context of the current request (empty outside a request). Pages read the language
/// and the CSRF token from it; server functions get it inside their [`Cx`].
pub fn request_ctx() -> RequestCtx {
    use_context::<Parts>()
        .and_then(|parts| parts.extensions.get::<RequestCtx>().cloned())
        .unwrap_or_default()
}

/// What a server function body gets: the shared state (the database among it) and the
/// request.
#[derive(Clone, Debug)]
pub struct Cx {
    pub state: AppState,
    pub request: RequestCtx,
}

impl Cx {
    /// The context of the running server function or page.
    pub fn current() -> Result<Cx, AppError> {
        let state = use_context::<AppState>().ok_or_else(|| {
            tracing::error!("AppState missing from the server function context");
            AppError::Internal
        })?;
        Ok(Cx {
            state,
            request: request_ctx(),
        })
    }

    /// The context of a plain route (a download, a feed), from what its handler extracted:
    /// the same checks as a server function then apply.
    pub fn new(state: AppState, request: RequestCtx) -> Cx {
        Cx { state, request }
    }

    /// The database (the state's).
    pub fn db(&self) -> &Db {
        &self.state.db
    }

    /// Who is asking, when logged in.
    pub fn user(&self) -> Option<&SessionUser> {
        self.request.user.as_ref()
    }

    /// The role check: the logged-in user when their role is one of `roles`; otherwise the
    /// error to answer (401 when nobody is logged in, 403 for another role).
    pub fn require(&self, roles: &[Role]) -> Result<SessionUser, AppError> {
        let user = self.request.user.clone().ok_or(AppError::NotLoggedIn)?;
        if roles.contains(&user.role) {
            Ok(user)
        } else {
            tracing::info!(user = user.id, role = %user.role, "refused: wrong role");
            Err(AppError::Forbidden)
        }
    }

    /// Any logged-in user.
    pub fn logged_in(&self) -> Result<SessionUser, AppError> {
        self.request.user.clone().ok_or(AppError::NotLoggedIn)
    }

    /// The time of the portal's clock (set in tests).
    pub fn now(&self) -> i64 {
        self.state.clock.now()
    }

    /// The audit write: who (`user`) did what (`action`) to which record (`entity`, `id`),
    /// from which address, now. Pass the transaction of the change it records.
    pub async fn audit<'e, E>(
        &self,
        executor: E,
        user: &SessionUser,
        action: &str,
        entity: &str,
        id: impl Into<i64>,
    ) -> Result<(), AppError>
    where
        E: sqlx::Executor<'e, Database = sqlx::Any>,
    {
        let id: i64 = id.into();
        store::audit::record(
            executor,
            &store::audit::Entry {
                user_id: Some(user.id),
                action,
                entity,
                entity_id: id,
                address: &self.request.address,
                at: self.now(),
            },
        )
        .await?;
        Ok(())
    }
}
