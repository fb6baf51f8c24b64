//! The follow-up job: every quarter of an hour the portal looks at the running buddy
//! pairings and
//! - reminds a buddy whose check-in is overdue: the day after it was due, again after the
//!   set interval, up to the set number of reminders (domain `reminder_owed`);
//! - tells the consultant once when nobody checked in for the set number of days.
//!
//! Besides the slot claim every job has (see `jobs`), every message is first recorded
//! under a key all instances compute the same way (`followup_notices`, unique), and only
//! the instance whose insert went in queues the e-mail, in the same transaction. The clock
//! is a parameter, so tests move it.

use app::buddies::mail;
use app::domain::buddies::{reminder_owed, silent_too_long};
use app::domain::dates::{day_of, display_date, iso_date, parse_iso_date};
use app::store::pairings::RunningPairing;
use app::store::{followup, outbox, pairings, settings, users, Db};
use std::time::Duration;

/// How often the job runs.
pub const EVERY: Duration = Duration::from_secs(15 * 60);

/// What one run queued.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Report {
    pub reminders: usize,
    pub silences: usize,
}

/// One run of the job as of `now` (Unix seconds).
pub async fn run_once(db: &Db, public_url: &str, now: i64) -> Result<Report, sqlx::Error> {
    let today = day_of(now);
    let rules = settings::followup_rules(db).await?;
    let mut report = Report::default();
    for r in pairings::running(db, None, &iso_date(today)).await? {
        let p = &r.pairing;
        let (Some(start), Some(due)) = (parse_iso_date(&p.start_date), p.next_due()) else {
            tracing::warn!(pairing = %p.id, "pairing with an unreadable start");
            continue;
        };
        let last = p.last_held.as_deref().and_then(parse_iso_date);
        if let Some(seq) = reminder_owed(due, today, &rules) {
            if remind(db, public_url, &r, due, seq, now).await? {
                report.reminders += 1;
            }
        }
        let since = last.unwrap_or(start);
        if silent_too_long(since, today, &rules)
            && tell_consultant(db, public_url, &r, since, now).await?
        {
            report.silences += 1;
        }
    }
    if report != Report::default() {
        tracing::info!(
            reminders = report.reminders,
            silences = report.silences,
            "follow-up messages queued"
        );
    }
    Ok(report)
}

async fn remind(
    db: &Db,
    public_url: &str,
    r: &RunningPairing,
    due: i64,
    seq: i64,
    now: i64,
) -> Result<bool, sqlx::Error> {
    let p = &r.pairing;
    let mut tx = db.write().await?;
    if !followup::record(&mut tx, "reminder", p.id, &iso_date(due), seq, now).await? {
        return Ok(false);
    }
    let message = mail::reminder(
        &r.buddy_email,
        &p.buddy_name,
        &r.first_name,
        &display_date(&iso_date(due)),
        seq + 1,
        &format!("{public_url}/buddy/koppelingen/{}", p.id),
    );
    outbox::enqueue(&mut **tx, &message, now).await?;
    tx.commit().await?;
    Ok(true)
}

async fn tell_consultant(
    db: &Db,
    public_url: &str,
    r: &RunningPairing,
    since: i64,
    now: i64,
) -> Result<bool, sqlx::Error> {
    let p = &r.pairing;
    let Some((name, email)) = users::first_active(db, &[r.desk_user]).await? else {
        return Ok(false);
    };
    let mut tx = db.write().await?;
    if !followup::record(&mut tx, "silent", p.id, &iso_date(since), 0, now).await? {
        return Ok(false);
    }
    let message = mail::silent(
        &email,
        &name,
        &p.buddy_name,
        &r.first_name,
        &display_date(&iso_date(since)),
        &format!("{public_url}/balie/plaatsingen/{}#buddy", p.placement_id),
    );
    outbox::enqueue(&mut **tx, &message, now).await?;
    tx.commit().await?;
    Ok(true)
}
