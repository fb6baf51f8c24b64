//! Server side of privacy: the audit search (admin), the subject-access export (desk),
//! erasure on request (admin). The retention step is a background job
//! (`opstap_server::jobs::anonymisation`).

use super::{AuditQuery, AuditResults, ErasureSubject, SubjectAccess};
use crate::domain::board::page_count;
use crate::domain::dates::{day_of, iso_date};
use crate::domain::ids::CandidateId;
use crate::domain::privacy::AuditFilter;
use crate::domain::retention::{Cause, Erasure};
use crate::domain::Role;
use crate::error::AppError;
use crate::request::Cx;
use crate::store::{audit as audit_store, candidates, privacy};

/// Lines of the audit log an export shows at most (the admin's search has them all).
pub const EXPORT_LOG_LINES: i64 = 500;

pub async fn search(cx: Cx, query: AuditQuery) -> Result<AuditResults, AppError> {
    cx.require(&[Role::Admin])?;
    let filter = AuditFilter::parse(&query)?;
    let db = cx.db();
    let (lines, total) = audit_store::search(db, &filter).await?;
    Ok(AuditResults {
        lines,
        total,
        page: filter.page,
        pages: page_count(total, audit_store::PER_PAGE),
        entities: audit_store::entities(db).await?,
    })
}

/// Everything held on candidate `id`, for desk staff and admins; written to the audit log
/// as an export. Used by the page's server function and the JSON download alike.
pub async fn subject_access(cx: Cx, id: CandidateId) -> Result<SubjectAccess, AppError> {
    let user = cx.require(&[Role::Desk, Role::Admin])?;
    let db = cx.db();
    let candidate = candidates::find(db, id).await?.ok_or(AppError::NotFound)?;
    cx.audit(db.pool(), &user, "export", "candidate", id)
        .await?;
    tracing::info!(candidate = %id, by = user.id, "subject access export");
    Ok(SubjectAccess {
        made_at: cx.now(),
        obstacles: candidates::obstacles(db, id).await?,
        consents: candidates::consents(db, id).await?,
        proposals: privacy::proposals(db, id).await?,
        placements: privacy::placements(db, id).await?,
        plan_activities: crate::store::plans::activities(db.pool(), id).await?,
        plan_versions: crate::store::plans::versions(db, id).await?,
        log: privacy::access_log(db, id, EXPORT_LOG_LINES).await?,
        anonymisation: privacy::anonymisation(db, id).await?,
        candidate,
    })
}

pub async fn erasure_subject(cx: Cx, id: CandidateId) -> Result<ErasureSubject, AppError> {
    cx.require(&[Role::Admin])?;
    let db = cx.db();
    let c = candidates::find(db, id).await?.ok_or(AppError::NotFound)?;
    Ok(ErasureSubject {
        id,
        name: c.content.full_name(),
        client_number: c.content.client_number,
        anonymisation: privacy::anonymisation(db, id).await?,
    })
}

pub async fn erase(
    cx: Cx,
    id: CandidateId,
    reason: String,
    confirm: String,
) -> Result<(), AppError> {
    let user = cx.require(&[Role::Admin])?;
    let db = cx.db();
    let c = candidates::find(db, id).await?.ok_or(AppError::NotFound)?;
    crate::candidates::ssr::refuse_if_anonymised(db, id).await?;
    let erasure = Erasure::parse(&reason, &confirm, &c.content.client_number)?;
    let now = crate::clock::now();
    let mut tx = db.write().await?;
    let done = privacy::anonymise(
        &mut tx,
        id,
        Cause::Request,
        &erasure.reason,
        Some(user.id),
        &iso_date(day_of(now)),
        now,
    )
    .await?;
    if !done {
        // Someone (or the job) got there first.
        return Err(AppError::Anonymised);
    }
    cx.audit(&mut **tx, &user, "erase", "candidate", id).await?;
    tx.commit().await?;
    tracing::info!(candidate = %id, by = user.id, "candidate erased on request");
    leptos_axum::redirect(&format!("/balie/kandidaten/{id}?gewist=1"));
    Ok(())
}
