//! The audit log: who read or changed which candidate, proposal or placement, when and from
//! where. Rows are only ever added.

use super::Db;

/// One entry: `action` is `view`, `create`, `change`, `consent` …; `entity` is the kind of
/// record (`candidate`, `proposal`, `placement`).
pub struct Entry<'a> {
    pub user_id: Option<i64>,
    pub action: &'a str,
    pub entity: &'a str,
    pub entity_id: i64,
    pub address: &'a str,
    pub at: i64,
}

pub async fn record<'e, E>(executor: E, e: &Entry<'_>) -> Result<(), sqlx::Error>
where
    E: sqlx::Executor<'e, Database = sqlx::Any>,
{
    sqlx::query(
        "INSERT INTO audit_log (at, user_id, action, entity, entity_id, address) VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(e.at)
    .bind(e.user_id)
    .bind(e.action)
    .bind(e.entity)
    .bind(e.entity_id)
    .bind(e.address)
    .execute(executor)
    .await?;
    Ok(())
}

/// How many entries `entity`/`entity_id` has for `action` (tests and the admin page).
pub async fn count_for(
    db: &Db,
    entity: &str,
    entity_id: i64,
    action: &str,
) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar(
        "SELECT COUNT(*) FROM audit_log WHERE entity = $1 AND entity_id = $2 AND action = $3",
    )
    .bind(entity)
    .bind(entity_id)
    .bind(action)
    .fetch_one(db.pool())
    .await
}
