//! The outbox job: sends queued mail. Requests and the other jobs only write to the
//! outbox (in the transaction of the change that causes the mail); this worker sends it
//! with retries (`domain::outbox::retry_delay_seconds`). It is woken when mail was queued
//! and otherwise polls every few seconds. Its claim is per message: `claim_next` leases
//! one, so with several instances each message is sent by one of them, and a message whose
//! instance died is claimed again when its lease runs out.

use crate::mail::Mailer;
use app::clock::now;
use app::store::{outbox, Db};
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::Notify;

/// How often the worker looks for due messages when nobody wakes it.
const POLL: Duration = Duration::from_secs(5);

/// Sends every message that is due now; returns how many were handled (sent or failed).
/// The time is read again for each message, as sending one can take seconds.
pub async fn run_once(db: &Db, mailer: &Mailer) -> Result<usize, sqlx::Error> {
    let (_keep, running) = tokio::sync::watch::channel(false);
    drain_until(db, mailer, &running).await
}

/// [`run_once`], but no new message is started once `stop` turns true (the one being sent
/// is finished and recorded, so it is neither lost nor sent twice).
async fn drain_until(
    db: &Db,
    mailer: &Mailer,
    stop: &tokio::sync::watch::Receiver<bool>,
) -> Result<usize, sqlx::Error> {
    let mut handled = 0;
    while !*stop.borrow() {
        let Some(mail) = outbox::claim_next(db, now()).await? else {
            break;
        };
        match mailer.send(&mail).await {
            Ok(()) => {
                outbox::mark_sent(db, mail.id, now()).await?;
                tracing::info!(id = mail.id, kind = %mail.kind, "mail sent");
            }
            Err(error) => {
                tracing::warn!(id = mail.id, attempt = mail.attempts, %error, "mail not sent; will retry");
                outbox::mark_failed(db, &mail, &error, now()).await?;
            }
        }
        handled += 1;
    }
    Ok(handled)
}

/// Drains the outbox whenever woken (after a request queued mail) and every few seconds,
/// until `stop` turns true: then it finishes the message in hand and returns. A message
/// claimed by a worker that died is claimed again once its lease has run out.
pub async fn run_worker(
    db: Db,
    mailer: Mailer,
    wake: Arc<Notify>,
    mut stop: tokio::sync::watch::Receiver<bool>,
) {
    while !*stop.borrow() {
        if let Err(error) = drain_until(&db, &mailer, &stop).await {
            tracing::warn!(%error, "outbox worker: database error");
        }
        tokio::select! {
            _ = wake.notified() => {}
            _ = tokio::time::sleep(POLL) => {}
            _ = stop.changed() => {}
        }
    }
    tracing::info!("outbox worker stopped");
}
