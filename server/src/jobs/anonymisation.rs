//! Anonymisation: the retention rule (`domain::retention`) applied. Every candidate who
//! left the service more than the set number of months ago loses their personal data, each
//! in its own transaction with an audit entry by the system (no user); counts for the
//! reports stay. A candidate anonymised by another run or an admin is skipped.

use super::Done;
use app::domain::dates::{day_of, iso_date};
use app::domain::retention::{self, Cause};
use app::store::{audit as audit_store, privacy, settings, Db};
use std::time::Duration;

pub const EVERY: Duration = Duration::from_secs(3600);

/// Candidates anonymised per transaction batch of the retention step.
const BATCH: i64 = 200;

/// The retention step: anonymises every candidate who left the service more than the set
/// number of months before `now`, each in its own transaction with an audit entry (the
/// system, no user). Returns how many it anonymised; safe to run on several instances.
pub async fn run_once(db: &Db, now: i64) -> Result<Done, sqlx::Error> {
    let months = settings::number(
        db,
        app::domain::settings::CANDIDATE_RETENTION.key,
        app::domain::settings::CANDIDATE_RETENTION.default,
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
                        entity_id: id.0,
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
    Ok(Done {
        items: done,
        mail: 0,
    })
}
