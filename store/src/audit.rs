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

/// Entries a page of the admin's search shows.
pub const PER_PAGE: i64 = 50;

/// A page of entries matching `f`, newest first, and how many match in all.
pub async fn search(
    db: &Db,
    f: &opstap_core::domain::privacy::AuditFilter,
) -> Result<(Vec<opstap_core::wire::privacy::AuditLine>, i64), sqlx::Error> {
    // Every condition is written once with its parameter; an absent one is switched off by
    // binding NULL (`$n IS NULL OR …`), so the query text stays the same for both dialects.
    let wheres = "($1 IS NULL OR LOWER(u.email) LIKE $1 OR LOWER(u.display_name) LIKE $1) \
         AND ($2 IS NULL OR a.entity = $2) AND ($3 IS NULL OR a.entity_id = $3) \
         AND ($4 IS NULL OR a.at >= $4) AND ($5 IS NULL OR a.at < $5)";
    let who = f.who.as_ref().map(|w| format!("%{w}%"));
    let total: i64 = sqlx::query_scalar(&format!(
        "SELECT COUNT(*) FROM audit_log a LEFT JOIN users u ON u.id = a.user_id WHERE {wheres}"
    ))
    .bind(who.clone())
    .bind(f.entity.clone())
    .bind(f.entity_id)
    .bind(f.from)
    .bind(f.until)
    .fetch_one(db.pool())
    .await?;
    let rows = sqlx::query_as(&format!(
        "SELECT a.at, u.email AS who, a.action, a.entity, a.entity_id, a.address \
         FROM audit_log a LEFT JOIN users u ON u.id = a.user_id WHERE {wheres} \
         ORDER BY a.at DESC, a.id DESC LIMIT $6 OFFSET $7"
    ))
    .bind(who)
    .bind(f.entity.clone())
    .bind(f.entity_id)
    .bind(f.from)
    .bind(f.until)
    .bind(PER_PAGE)
    .bind(opstap_core::domain::paging::offset(f.page, PER_PAGE))
    .fetch_all(db.pool())
    .await?;
    Ok((rows, total))
}

/// The kinds of record that occur in the log.
pub async fn entities(db: &Db) -> Result<Vec<String>, sqlx::Error> {
    sqlx::query_scalar("SELECT DISTINCT entity FROM audit_log ORDER BY entity")
        .fetch_all(db.pool())
        .await
}
