//! What a server function knows about the request it answers, and the one way into one.
//!
//! Every server function body is called through [`serve`]: it builds the [`Cx`] — the
//! database, the shared state, who is asking — from what the middleware left in the
//! request, runs the body with it, and turns an [`AppError`] into the answer (the status
//! for a script; a form posted without JavaScript is redirected back by the shell). Role
//! checks are [`Cx::require`], audit writes [`Cx::audit`]: each in one place. The CSRF
//! token is checked once, by the middleware, before the body is read
//! (`opstap_server::web::context`), so no server function names it.

mod answer;
mod context;

pub use answer::{answer, set_page_status};
pub use context::{request_ctx, Cx, RequestCtx};

use crate::error::AppError;
use std::future::Future;

/// Runs a server function's `body` with the request's [`Cx`]; errors become the answer.
pub async fn serve<T, F, Fut>(body: F) -> Result<T, AppError>
where
    F: FnOnce(Cx) -> Fut,
    Fut: Future<Output = Result<T, AppError>>,
{
    let cx = Cx::current().map_err(answer)?;
    body(cx).await.map_err(answer)
}
