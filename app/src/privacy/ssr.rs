//! Server side of privacy: the audit search (admin), the subject-access export (desk),
//! erasure on request (admin) and the retention step the hourly housekeeping runs.

use super::{AuditQuery, AuditResults, ErasureSubject, SubjectAccess};
use crate::auth::ssr::{app_state, audit, require_role};
use crate::auth::SessionUser;
use crate::domain::board::page_count;
use crate::domain::dates::{day_of, iso_date};
use crate::domain::privacy::AuditFilter;
use crate::domain::retention::{self, Cause, Erasure};
use crate::domain::Role;
use crate::error::AppError;
use crate::store::{self, audit as audit_store, candidates, privacy, Db};

/// Lines of the audit log an export shows at most (the admin's search has them all).
pub const EXPORT_LOG_LINES: i64 = 500;

pub async fn search(query: AuditQuery) -> Result<AuditResults, AppError> {
    require_role(&[Role::Admin])?;
    let filter = AuditFilter::parse(&query)?;
    let db = app_state()?.db;
    let (lines, total) = audit_store::search(&db, &filter).await?;
    Ok(AuditResults {
        lines,
        total,
        page: filter.page,
        pages: page_count(total, audit_store::PER_PAGE),
        entities: audit_store::entities(&db).await?,
    })
}

/// Everything held on candidate `id`, for `user` (desk or admin) asking from `address`;
/// written to the audit log as an export. Used by the page's server function and the JSON
/// download alike.
pub async fn subject_access_for(
    db: &Db,
    user: Option<&SessionUser>,
    address: &str,
    id: i64,
) -> Result<SubjectAccess, AppError> {
    let user = user.ok_or(AppError::NotLoggedIn)?;
    if !matches!(user.role, Role::Desk | Role::Admin) {
        tracing::info!(user = user.id, role = %user.role, "refused: subject access");
        return Err(AppError::Forbidden);
    }
    let candidate = candidates::find(db, id).await?.ok_or(AppError::NotFound)?;
    audit_store::record(
        db.pool(),
        &audit_store::Entry {
            user_id: Some(user.id),
            action: "export",
            entity: "candidate",
            entity_id: id,
            address,
            at: crate::clock::now(),
        },
    )
    .await?;
    tracing::info!(candidate = id, by = user.id, "subject access export");
    Ok(SubjectAccess {
        made_at: crate::clock::now(),
        obstacles: candidates::obstacles(db, id).await?,
        consents: candidates::consents(db, id).await?,
        proposals: privacy::proposals(db, id).await?,
        placements: privacy::placements(db, id).await?,
        log: privacy::access_log(db, id, EXPORT_LOG_LINES).await?,
        anonymisation: privacy::anonymisation(db, id).await?,
        candidate,
    })
}

pub async fn erasure_subject(id: i64) -> Result<ErasureSubject, AppError> {
    require_role(&[Role::Admin])?;
    let db = app_state()?.db;
    let c = candidates::find(&db, id).await?.ok_or(AppError::NotFound)?;
    Ok(ErasureSubject {
        id,
        name: c.content.full_name(),
        client_number: c.content.client_number,
        anonymisation: privacy::anonymisation(&db, id).await?,
    })
}

pub async fn erase(id: i64, reason: String, confirm: String) -> Result<(), AppError> {
    let user = require_role(&[Role::Admin])?;
    let db = app_state()?.db;
    let c = candidates::find(&db, id).await?.ok_or(AppError::NotFound)?;
    crate::candidates::ssr::refuse_if_anonymised(&db, id).await?;
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
    audit(&mut **tx, &user, "erase", "candidate", id).await?;
    tx.commit().await?;
    tracing::info!(candidate = id, by = user.id, "candidate erased on request");
    leptos_axum::redirect(&format!("/balie/kandidaten/{id}?gewist=1"));
    Ok(())
}

/// Candidates anonymised per transaction batch of the retention step.
const BATCH: i64 = 200;

/// The retention step: anonymises every candidate who left the service more than the set
/// number of months before `now`, each in its own transaction with an audit entry (the
/// system, no user). Returns how many it anonymised; safe to run on several instances.
pub async fn anonymise_due(db: &Db, now: i64) -> Result<usize, sqlx::Error> {
    let months = store::settings::number(
        db,
        crate::domain::settings::CANDIDATE_RETENTION.key,
        crate::domain::settings::CANDIDATE_RETENTION.default,
    )
    .await?;
    let today = day_of(now);
    let cutoff = retention::cutoff(today, months);
    let today = iso_date(today);
    let mut done = 0;
    loop {
        let due = privacy::due(db, &cutoff, BATCH).await?;
        if due.is_empty() {
            break;
        }
        let mut progressed = false;
        for id in due {
            let mut tx = db.write().await?;
            if privacy::anonymise(&mut tx, id, Cause::Retention, "", None, &today, now).await? {
                audit_store::record(
                    &mut **tx,
                    &audit_store::Entry {
                        user_id: None,
                        action: "anonymise",
                        entity: "candidate",
                        entity_id: id,
                        address: "",
                        at: now,
                    },
                )
                .await?;
                done += 1;
                progressed = true;
            }
            tx.commit().await?;
        }
        if !progressed {
            break;
        }
    }
    Ok(done)
}
