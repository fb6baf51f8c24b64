//! Which scheduled job ran in which time slot. Several instances on one PostgreSQL each
//! tick on their own; the first to claim a slot runs the job, the others skip it. (The jobs
//! are also safe to run twice — every step is its own idempotent write — so the claim saves
//! work and duplicate log lines rather than guarding correctness alone.)

use super::Db;

/// Claims `slot` (the start of the job's period, Unix seconds) for `job`; false when
/// another run or instance claimed it first.
pub async fn claim(db: &Db, job: &str, slot: i64, now: i64) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "INSERT INTO job_runs (job, slot, claimed_at) VALUES ($1, $2, $3) \
         ON CONFLICT (job, slot) DO NOTHING",
    )
    .bind(job)
    .bind(slot)
    .bind(now)
    .execute(db.writer())
    .await?;
    Ok(done.rows_affected() > 0)
}

/// Forgets claims made before `before`; returns how many.
pub async fn delete_before(db: &Db, before: i64) -> Result<u64, sqlx::Error> {
    let done = sqlx::query("DELETE FROM job_runs WHERE claimed_at < $1")
        .bind(before)
        .execute(db.writer())
        .await?;
    Ok(done.rows_affected())
}
