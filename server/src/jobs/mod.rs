//! Background jobs: everything the portal does without a request. Each job has one shape:
//!
//! - a **schedule** ([`Job::every`]): how often it runs, counted in fixed time slots
//!   (every hour on the hour, every quarter of an hour, ...);
//! - a **`run_once(db, now)`** in its own module: one complete run as of `now` (Unix
//!   seconds). Tests call it directly with the time they want;
//! - the **claim** ([`run_due`]): before a run, the instance claims the job's current slot
//!   in `job_runs`; with several instances on one PostgreSQL only the first runs it.
//!   Every step inside a run is also its own idempotent write, so a run cut short by a
//!   crash is finished by the next slot.
//!
//! The outbox is the one job that is not slotted: it is woken by requests that queued mail
//! and otherwise polls, and its claim is per message (a lease, `store::outbox::claim_next`).
//!
//! [`spawn`] starts them all; the server aborts the scheduled ones at shutdown (they work in
//! transactions, so nothing is lost) and lets the outbox finish the message in hand.

pub mod anonymisation;
pub mod cleanup;
pub mod expiry;
pub mod followup;
pub mod outbox;

use app::store::{job_runs, Db};
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::Notify;

/// The scheduled jobs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Job {
    /// Remind buddies of overdue check-ins; tell the consultant about silent pairings.
    Followup,
    /// Close published openings past their closing date.
    Expiry,
    /// Anonymise candidates who left the service longer ago than the retention period.
    Anonymisation,
    /// Forget what is no longer needed: ended sessions, old login attempts, mail sent
    /// long ago, old matching pool changes, old job claims.
    Cleanup,
}

impl Job {
    pub const ALL: [Job; 4] = [Job::Followup, Job::Expiry, Job::Anonymisation, Job::Cleanup];

    /// The name in `job_runs` and in the logs.
    pub fn name(self) -> &'static str {
        match self {
            Job::Followup => "followup",
            Job::Expiry => "expiry",
            Job::Anonymisation => "anonymisation",
            Job::Cleanup => "cleanup",
        }
    }

    /// How often it runs: the length of its slots.
    pub fn every(self) -> Duration {
        match self {
            Job::Followup => followup::EVERY,
            Job::Expiry => expiry::EVERY,
            Job::Anonymisation => anonymisation::EVERY,
            Job::Cleanup => cleanup::EVERY,
        }
    }

    /// The start of the slot `now` falls in.
    pub fn slot(self, now: i64) -> i64 {
        let every = self.every().as_secs().max(1) as i64;
        now - now.rem_euclid(every)
    }
}

/// What a job needs besides the database.
#[derive(Clone, Debug)]
pub struct Context {
    pub db: Db,
    /// The portal's address, for links in mail.
    pub public_url: Arc<str>,
    /// Wakes the outbox after a job queued mail.
    pub mail_wake: Arc<Notify>,
}

/// What a run did, for the log and for waking the outbox.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Done {
    /// Things changed or removed.
    pub items: usize,
    /// Messages queued in the outbox.
    pub mail: usize,
}

/// One run of `job` as of `now`, without a claim.
pub async fn run_once(job: Job, ctx: &Context, now: i64) -> Result<Done, sqlx::Error> {
    match job {
        Job::Followup => followup::run_once(&ctx.db, &ctx.public_url, now)
            .await
            .map(|r| Done {
                items: r.reminders + r.silences,
                mail: r.reminders + r.silences,
            }),
        Job::Expiry => expiry::run_once(&ctx.db, now).await,
        Job::Anonymisation => anonymisation::run_once(&ctx.db, now).await,
        Job::Cleanup => cleanup::run_once(&ctx.db, now).await,
    }
}

/// Runs `job` if this instance is the first to claim its slot of `now`; `None` when
/// another run had claimed it.
pub async fn run_due(job: Job, ctx: &Context, now: i64) -> Result<Option<Done>, sqlx::Error> {
    if !job_runs::claim(&ctx.db, job.name(), job.slot(now), now).await? {
        tracing::debug!(job = job.name(), "slot already claimed");
        return Ok(None);
    }
    let done = run_once(job, ctx, now).await?;
    if done != Done::default() {
        tracing::info!(
            job = job.name(),
            items = done.items,
            mail = done.mail,
            "job ran"
        );
    }
    if done.mail > 0 {
        ctx.mail_wake.notify_one();
    }
    Ok(Some(done))
}

/// Runs every job whose slot is due: at start, then whenever a slot begins. A failing run
/// is logged and tried again in the next slot.
async fn schedule(job: Job, ctx: Context) {
    loop {
        let now = app::clock::now();
        if let Err(error) = run_due(job, &ctx, now).await {
            tracing::warn!(job = job.name(), %error, "job failed; tried again next slot");
        }
        let next = job.slot(now) + job.every().as_secs() as i64;
        let wait = (next - app::clock::now()).max(1) as u64;
        tokio::time::sleep(Duration::from_secs(wait)).await;
    }
}

/// Starts every scheduled job; the handles are aborted at shutdown.
pub fn spawn(ctx: &Context) -> Vec<tokio::task::JoinHandle<()>> {
    Job::ALL
        .iter()
        .map(|&job| tokio::spawn(schedule(job, ctx.clone())))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slots_start_on_the_hour_and_the_quarter() {
        let t = 1_800_000_000 + 3_599; // some second inside an hour
        assert_eq!(Job::Expiry.slot(t) % 3600, 0);
        assert!(t - Job::Expiry.slot(t) < 3600);
        assert_eq!(Job::Followup.slot(t) % 900, 0);
        assert!(t - Job::Followup.slot(t) < 900);
        assert_eq!(Job::Cleanup.slot(t + 1), Job::Cleanup.slot(t) + 3600);
    }

    #[test]
    fn names_are_distinct() {
        let mut names: Vec<_> = Job::ALL.iter().map(|j| j.name()).collect();
        names.sort();
        names.dedup();
        assert_eq!(names.len(), Job::ALL.len());
    }
}
