//! What the follow-up job has sent. Each message has a key every server instance computes
//! the same way; the unique index lets exactly one instance record it, and only that one
//! queues the e-mail (in the same transaction), so several instances never send twice.

use opstap_core::domain::ids::PairingId;
use sqlx::{Any, Transaction};

/// Records a notice; false when another run (or instance) recorded it first. On
/// PostgreSQL a concurrent insert of the same key waits for the other transaction and
/// then does nothing.
pub async fn record(
    tx: &mut Transaction<'_, Any>,
    kind: &str,
    pairing_id: PairingId,
    anchor: &str,
    seq: i64,
    now: i64,
) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "INSERT INTO followup_notices (kind, pairing_id, anchor, seq, sent_at) VALUES ($1, $2, $3, $4, $5) \
         ON CONFLICT (kind, pairing_id, anchor, seq) DO NOTHING",
    )
    .bind(kind)
    .bind(pairing_id)
    .bind(anchor)
    .bind(seq)
    .bind(now)
    .execute(&mut **tx)
    .await?;
    Ok(done.rows_affected() > 0)
}
