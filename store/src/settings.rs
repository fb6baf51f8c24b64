//! Key–value settings kept in the database, such as the generated session secret.

use super::Db;

pub async fn get(db: &Db, key: &str) -> Result<Option<String>, sqlx::Error> {
    sqlx::query_scalar("SELECT value FROM settings WHERE key = $1")
        .bind(key)
        .fetch_optional(db.pool())
        .await
}

/// Stores `value` unless the key already has one, and returns the value that holds: safe
/// when several instances start at once.
pub async fn get_or_insert(db: &Db, key: &str, value: &str) -> Result<String, sqlx::Error> {
    sqlx::query("INSERT INTO settings (key, value) VALUES ($1, $2) ON CONFLICT (key) DO NOTHING")
        .bind(key)
        .bind(value)
        .execute(db.writer())
        .await?;
    sqlx::query_scalar("SELECT value FROM settings WHERE key = $1")
        .bind(key)
        .fetch_one(db.writer())
        .await
}

/// Stores `value` under `key`, replacing what was there.
pub async fn set(db: &Db, key: &str, value: &str) -> Result<(), sqlx::Error> {
    set_in(db.writer(), key, value).await
}

/// [`set`] inside a transaction (or on any executor).
pub async fn set_in<'e, E>(executor: E, key: &str, value: &str) -> Result<(), sqlx::Error>
where
    E: sqlx::Executor<'e, Database = sqlx::Any>,
{
    sqlx::query(
        "INSERT INTO settings (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
    )
    .bind(key)
    .bind(value)
    .execute(executor)
    .await?;
    Ok(())
}

/// A whole-number setting, or `default` when it is missing or not a number.
pub async fn number(db: &Db, key: &str, default: i64) -> Result<i64, sqlx::Error> {
    Ok(get(db, key)
        .await?
        .and_then(|v| v.trim().parse().ok())
        .unwrap_or(default))
}

/// Days a retention checkpoint may wait before it counts as overdue.
pub const RETENTION_GRACE: &str = opstap_core::domain::settings::RETENTION_GRACE.key;

pub async fn retention_grace_days(db: &Db) -> Result<i64, sqlx::Error> {
    number(
        db,
        RETENTION_GRACE,
        opstap_core::domain::placements::RETENTION_GRACE_DAYS,
    )
    .await
}

/// How the follow-up job paces buddy reminders and alerts.
pub async fn followup_rules(
    db: &Db,
) -> Result<opstap_core::domain::buddies::FollowupRules, sqlx::Error> {
    use opstap_core::domain::buddies::*;
    let d = FollowupRules::default();
    Ok(FollowupRules {
        reminder_interval_days: number(db, SETTING_REMINDER_INTERVAL, d.reminder_interval_days)
            .await?,
        max_reminders: number(db, SETTING_MAX_REMINDERS, d.max_reminders).await?,
        silent_days: number(db, SETTING_SILENT_DAYS, d.silent_days).await?,
    })
}
