//! Privacy (AVG/GDPR):
//!
//! - the audit log: who read or changed which candidate, proposal or placement, when and
//!   from where, written on every such read and change and searchable for the admin at
//!   `/beheer/audit`;
//! - retention: the hourly job anonymises candidates who left the service longer ago than
//!   the period the admin sets ([`ssr::anonymise_due`], rules in `domain::retention`);
//! - subject access: everything held on one candidate, as a page for the desk
//!   (`/balie/kandidaten/{id}/inzage`) and as JSON (`…/inzage.json`), from one struct;
//! - erasure on request: an admin anonymises a candidate at once, with a reason
//!   (`/balie/kandidaten/{id}/wissen`).

mod access_page;
mod audit_page;
mod erase_page;
#[cfg(feature = "ssr")]
pub mod ssr;
pub mod text;

pub use crate::wire::privacy::*;
pub use access_page::SubjectAccessPage;
pub use audit_page::AuditPage;
pub use erase_page::ErasePage;

use crate::error::AppError;
use leptos::prelude::*;

/// Searches the audit log, newest first, 50 a page; admin only.
#[server(name = SearchAudit, prefix = "/api", endpoint = "audit_log", input = server_fn::codec::GetUrl)]
pub async fn audit_log(#[server(flatten)] query: AuditQuery) -> Result<AuditResults, AppError> {
    ssr::search(query).await.map_err(crate::auth::ssr::fail)
}

/// Everything held on one candidate, for a subject access request; desk staff only.
/// Recorded in the audit log as an export.
#[server(name = GetSubjectAccess, prefix = "/api", endpoint = "subject_access", input = server_fn::codec::GetUrl)]
pub async fn subject_access(id: i64) -> Result<SubjectAccess, AppError> {
    use crate::auth::ssr::{app_state, fail, request_ctx};
    let db = app_state().map_err(fail)?.db;
    let ctx = request_ctx();
    ssr::subject_access_for(&db, ctx.user.as_ref(), &ctx.address, id)
        .await
        .map_err(fail)
}

/// What the erasure form shows; admins only.
#[server(name = GetErasureSubject, prefix = "/api", endpoint = "erasure_subject", input = server_fn::codec::GetUrl)]
pub async fn erasure_subject(id: i64) -> Result<ErasureSubject, AppError> {
    ssr::erasure_subject(id)
        .await
        .map_err(crate::auth::ssr::fail)
}

/// Erases a candidate's personal data on their request: anonymises them now, with the
/// admin's reason; `confirm` must repeat the client number. Admins only.
#[server(name = EraseCandidate, prefix = "/api", endpoint = "erase_candidate")]
pub async fn erase_candidate(
    csrf: String,
    id: i64,
    reason: String,
    confirm: String,
) -> Result<(), AppError> {
    let _ = csrf;
    ssr::erase(id, reason, confirm)
        .await
        .map_err(crate::auth::ssr::fail)
}
