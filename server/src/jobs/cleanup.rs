//! Cleanup: forget what is no longer needed — ended sessions, old login attempts, mail sent
//! more than `domain::outbox::KEEP_DAYS` ago, matching pool changes no portal still needs,
//! job claims older than a month, caseload previews nobody decided on within a week. Each step is independent: one that fails is logged and
//! the others still run.

use super::Done;
use app::store::{caseload, job_runs, login_attempts, matching_pool, outbox, sessions, Db};
use std::time::Duration;

pub const EVERY: Duration = Duration::from_secs(3600);

/// Portals more than this many pool changes behind read the whole matching pool again.
pub const POOL_CHANGES_KEPT: i64 = 10_000;

/// Job claims are kept this long (for looking back at what ran).
const CLAIMS_KEPT_SECONDS: i64 = 31 * 86_400;

pub async fn run_once(db: &Db, now: i64) -> Result<Done, sqlx::Error> {
    let keep_mail = app::domain::outbox::KEEP_DAYS * 86_400;
    let steps = [
        ("ended sessions", sessions::delete_expired(db, now).await),
        (
            "old login attempts",
            login_attempts::delete_old(db, now).await,
        ),
        (
            "old mail",
            outbox::delete_done_before(db, now - keep_mail).await,
        ),
        (
            "old matching pool changes",
            matching_pool::forget_old_changes(db, POOL_CHANGES_KEPT).await,
        ),
        (
            "old job claims",
            job_runs::delete_before(db, now - CLAIMS_KEPT_SECONDS).await,
        ),
        (
            "undecided caseload previews",
            caseload::expire_previews(db, now - app::domain::caseload::PREVIEW_KEPT_DAYS * 86_400)
                .await,
        ),
    ];
    let mut removed = 0;
    for (what, result) in steps {
        match result {
            Ok(n) => {
                if n > 0 {
                    tracing::debug!(removed = n, "{what} removed");
                }
                removed += n as usize;
            }
            Err(error) => tracing::warn!(%error, "could not remove {what}"),
        }
    }
    Ok(Done {
        items: removed,
        mail: 0,
    })
}
