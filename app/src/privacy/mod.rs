//! Privacy (AVG/GDPR):
//!
//! - the audit log: who read or changed which candidate, proposal or placement, when and
//!   from where, written on every such read and change and searchable for the admin at
//!   `/beheer/audit`;
//! - retention: the hourly job anonymises candidates who left the service longer ago than
//!   the period the admin sets (the job `opstap_server::jobs::anonymisation`, rules in
//!   `domain::retention`);
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
    crate::request::serve(|cx| ssr::search(cx, query)).await
}

/// Everything held on one candidate, for a subject access request; desk staff only.
/// Recorded in the audit log as an export.
#[server(name = GetSubjectAccess, prefix = "/api", endpoint = "subject_access", input = server_fn::codec::GetUrl)]
pub async fn subject_access(id: i64) -> Result<SubjectAccess, AppError> {
    crate::request::serve(|cx| ssr::subject_access(cx, crate::domain::ids::CandidateId(id))).await
}

/// What the erasure form shows; admins only.
#[server(name = GetErasureSubject, prefix = "/api", endpoint = "erasure_subject", input = server_fn::codec::GetUrl)]
pub async fn erasure_subject(id: i64) -> Result<ErasureSubject, AppError> {
    crate::request::serve(|cx| ssr::erasure_subject(cx, crate::domain::ids::CandidateId(id))).await
}

/// Erases a candidate's personal data on their request: anonymises them now, with the
/// admin's reason; `confirm` must repeat the client number. Admins only.
#[server(name = EraseCandidate, prefix = "/api", endpoint = "erase_candidate")]
pub async fn erase_candidate(id: i64, reason: String, confirm: String) -> Result<(), AppError> {
    crate::request::serve(|cx| ssr::erase(cx, crate::domain::ids::CandidateId(id), reason, confirm))
        .await
}
