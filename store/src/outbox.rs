//! The e-mail outbox. A change that should send mail writes the message here in its own
//! transaction ([`enqueue`]); the worker in the server claims due messages one at a time
//! ([`claim_next`]), sends them and records the result. A claim holds a lease, so a worker
//! that dies mid-send releases its message when the lease runs out.

use super::{Backend, Db};
use opstap_core::domain::outbox::{retry_delay_seconds, MAX_ATTEMPTS};
use serde::{Deserialize, Serialize};
use sqlx::{Any, Row};

/// How long a claimed message is reserved for one worker.
pub const LEASE_SECONDS: i64 = 120;

/// A message to send.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewMail {
    pub to_address: String,
    pub to_name: String,
    pub subject: String,
    pub body_text: String,
    pub ics: Option<String>,
    /// What the message is about (`welcome`, `opening_rejected`, ...), for the desk's list.
    pub kind: &'static str,
}

/// A message as stored.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OutboxMail {
    pub id: i64,
    pub to_address: String,
    pub to_name: String,
    pub subject: String,
    pub body_text: String,
    pub ics: Option<String>,
    pub kind: String,
    pub status: String,
    pub attempts: i64,
    pub last_error: Option<String>,
    pub created_at: i64,
    pub sent_at: Option<i64>,
}

const COLUMNS: &str =
    "id, to_address, to_name, subject, body_text, ics, kind, status, attempts, last_error, created_at, sent_at";

fn from_row(r: &sqlx::any::AnyRow) -> Result<OutboxMail, sqlx::Error> {
    Ok(OutboxMail {
        id: r.try_get("id")?,
        to_address: r.try_get("to_address")?,
        to_name: r.try_get("to_name")?,
        subject: r.try_get("subject")?,
        body_text: r.try_get("body_text")?,
        ics: r.try_get("ics")?,
        kind: r.try_get("kind")?,
        status: r.try_get("status")?,
        attempts: r.try_get("attempts")?,
        last_error: r.try_get("last_error")?,
        created_at: r.try_get("created_at")?,
        sent_at: r.try_get("sent_at")?,
    })
}

/// Queues a message; pass the transaction of the change that causes it.
pub async fn enqueue<'e, E>(executor: E, mail: &NewMail, now: i64) -> Result<i64, sqlx::Error>
where
    E: sqlx::Executor<'e, Database = Any>,
{
    sqlx::query_scalar(
        "INSERT INTO outbox (to_address, to_name, subject, body_text, ics, kind, status, next_attempt_at, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, 'pending', $7, $7) RETURNING id",
    )
    .bind(&mail.to_address)
    .bind(&mail.to_name)
    .bind(&mail.subject)
    .bind(&mail.body_text)
    .bind(&mail.ics)
    .bind(mail.kind)
    .bind(now)
    .fetch_one(executor)
    .await
}

/// Takes the oldest due message for this worker, or `None` when nothing is due. On
/// PostgreSQL several workers claim in parallel (`FOR UPDATE SKIP LOCKED`); SQLite has one
/// writer at a time, so a plain conditional update is enough.
pub async fn claim_next(db: &Db, now: i64) -> Result<Option<OutboxMail>, sqlx::Error> {
    let pick = match db.backend() {
        Backend::Postgres => {
            "SELECT id FROM outbox WHERE (status = 'pending' AND next_attempt_at <= $1) \
             OR (status = 'sending' AND locked_until <= $1) ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED"
        }
        Backend::Sqlite => {
            "SELECT id FROM outbox WHERE (status = 'pending' AND next_attempt_at <= $1) \
             OR (status = 'sending' AND locked_until <= $1) ORDER BY id LIMIT 1"
        }
    };
    let sql = format!(
        "UPDATE outbox SET status = 'sending', locked_until = $2, attempts = attempts + 1 \
         WHERE id = ({pick}) RETURNING {COLUMNS}"
    );
    let row = sqlx::query(&sql)
        .bind(now)
        .bind(now + LEASE_SECONDS)
        .fetch_optional(db.writer())
        .await?;
    row.as_ref().map(from_row).transpose()
}

pub async fn mark_sent(db: &Db, id: i64, now: i64) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE outbox SET status = 'sent', sent_at = $2, locked_until = NULL, last_error = NULL WHERE id = $1")
        .bind(id)
        .bind(now)
        .execute(db.writer())
        .await?;
    Ok(())
}

/// Removes messages sent or given up before `before` (Unix seconds); pending ones stay
/// whatever their age. Returns how many went.
pub async fn delete_done_before(db: &Db, before: i64) -> Result<u64, sqlx::Error> {
    let done = sqlx::query(
        "DELETE FROM outbox WHERE (status = 'sent' AND sent_at < $1) \
         OR (status = 'failed' AND created_at < $1)",
    )
    .bind(before)
    .execute(db.writer())
    .await?;
    Ok(done.rows_affected())
}

/// Records a failed attempt: tried again later with growing pauses, or given up after
/// [`MAX_ATTEMPTS`].
pub async fn mark_failed(
    db: &Db,
    mail: &OutboxMail,
    error: &str,
    now: i64,
) -> Result<(), sqlx::Error> {
    let (status, next) = if mail.attempts >= MAX_ATTEMPTS {
        ("failed", now)
    } else {
        ("pending", now + retry_delay_seconds(mail.attempts))
    };
    sqlx::query(
        "UPDATE outbox SET status = $2, next_attempt_at = $3, locked_until = NULL, last_error = $4 WHERE id = $1",
    )
    .bind(mail.id)
    .bind(status)
    .bind(next)
    .bind(error.chars().take(500).collect::<String>())
    .execute(db.writer())
    .await?;
    Ok(())
}

/// The newest messages, for the desk's mail page.
pub async fn latest(db: &Db, limit: i64) -> Result<Vec<OutboxMail>, sqlx::Error> {
    let rows = sqlx::query(&format!(
        "SELECT {COLUMNS} FROM outbox ORDER BY id DESC LIMIT $1"
    ))
    .bind(limit)
    .fetch_all(db.pool())
    .await?;
    rows.iter().map(from_row).collect()
}

/// Messages sent to one address, oldest first (tests and support questions).
pub async fn for_address(db: &Db, address: &str) -> Result<Vec<OutboxMail>, sqlx::Error> {
    let rows = sqlx::query(&format!(
        "SELECT {COLUMNS} FROM outbox WHERE to_address = $1 ORDER BY id"
    ))
    .bind(address)
    .fetch_all(db.pool())
    .await?;
    rows.iter().map(from_row).collect()
}
