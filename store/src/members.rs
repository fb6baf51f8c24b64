//! A campaign's members one by one: listed, exempted before an invitation and put back,
//! and who is in a running campaign already. The rules are
//! `domain::campaigns::members`'; this module stores what they decided.

use super::{Backend, Db, WriteTx};
use opstap_core::domain::campaigns::{CoverageState, ExemptionReason};
use opstap_core::wire::campaigns::{MemberLine, MemberRecord};
use std::collections::HashSet;

const NAME: &str =
    "CASE WHEN k.first_name = '' THEN k.last_name ELSE k.first_name || ' ' || k.last_name END";

/// A page of a campaign's members by name (`state`: only those; `text`: in the name or
/// client number); and how many match.
pub async fn list(
    db: &Db,
    campaign_id: i64,
    state: Option<CoverageState>,
    text: &str,
    limit: i64,
    offset: i64,
) -> Result<(i64, Vec<MemberLine>), sqlx::Error> {
    let mut clause = String::from("m.campaign_id = $1");
    let text = text.trim().to_lowercase();
    if state.is_some() {
        clause.push_str(" AND m.state = $2");
    }
    if !text.is_empty() {
        let n = if state.is_some() { 3 } else { 2 };
        clause.push_str(&format!(
            " AND (LOWER(k.first_name || ' ' || k.last_name) LIKE ${n} OR LOWER(k.client_number) LIKE ${n})"
        ));
    }
    let from = "FROM campaign_members m JOIN caseload_clients k ON k.id = m.client_id";
    let count_sql = format!("SELECT COUNT(*) {from} WHERE {clause}");
    let sql = format!(
        "SELECT m.client_id, k.client_number, {NAME} AS name, m.municipality, m.state, m.exemption_reason \
         {from} WHERE {clause} ORDER BY k.last_name, k.first_name, k.id LIMIT {limit} OFFSET {offset}"
    );
    let like = format!("%{text}%");
    let mut count = sqlx::query_scalar::<_, i64>(&count_sql).bind(campaign_id);
    let mut lines = sqlx::query_as::<_, MemberLine>(&sql).bind(campaign_id);
    if let Some(s) = state {
        count = count.bind(s);
        lines = lines.bind(s);
    }
    if !text.is_empty() {
        count = count.bind(like.clone());
        lines = lines.bind(like);
    }
    Ok((
        count.fetch_one(db.pool()).await?,
        lines.fetch_all(db.pool()).await?,
    ))
}

/// One member of a campaign.
pub async fn find(
    db: &Db,
    campaign_id: i64,
    client_id: i64,
) -> Result<Option<MemberRecord>, sqlx::Error> {
    sqlx::query_as(&format!(
        "SELECT m.client_id, k.client_number, {NAME} AS name, m.municipality, k.postcode, k.birth_year, \
         m.benefit_start, m.young, m.over_50, m.long_term, m.state, m.exemption_reason, m.exemption_note, \
         u.display_name AS exempted_by, m.exempted_at, k.left_on \
         FROM campaign_members m JOIN caseload_clients k ON k.id = m.client_id \
         LEFT JOIN users u ON u.id = m.exempted_by WHERE m.campaign_id = $1 AND m.client_id = $2"
    ))
    .bind(campaign_id)
    .bind(client_id)
    .fetch_optional(db.pool())
    .await
}

/// Where a member stands and their own exemption reason, read inside a write (so what
/// is decided on is what is changed); `None` when they are no member.
pub async fn state_in(
    tx: &mut WriteTx,
    campaign_id: i64,
    client_id: i64,
) -> Result<Option<(CoverageState, Option<ExemptionReason>)>, sqlx::Error> {
    sqlx::query_as(
        "SELECT state, exemption_reason FROM campaign_members WHERE campaign_id = $1 AND client_id = $2",
    )
    .bind(campaign_id)
    .bind(client_id)
    .fetch_optional(&mut ***tx)
    .await
}

/// How many invitations a member had in the campaign.
pub async fn invitation_count(
    tx: &mut WriteTx,
    campaign_id: i64,
    client_id: i64,
) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar("SELECT COUNT(*) FROM invitations WHERE campaign_id = $1 AND client_id = $2")
        .bind(campaign_id)
        .bind(client_id)
        .fetch_one(&mut ***tx)
        .await
}

/// Exempts a member not invited yet; `false` when they were no longer "not invited".
#[allow(clippy::too_many_arguments)]
pub async fn exempt(
    tx: &mut WriteTx,
    campaign_id: i64,
    client_id: i64,
    reason: ExemptionReason,
    note: &str,
    by: i64,
    at: i64,
) -> Result<bool, sqlx::Error> {
    Ok(sqlx::query(
        "UPDATE campaign_members SET state = 'exempted', exemption_reason = $3, exemption_note = $4, \
         exempted_by = $5, exempted_at = $6 WHERE campaign_id = $1 AND client_id = $2 AND state = 'not_invited'",
    )
    .bind(campaign_id)
    .bind(client_id)
    .bind(reason)
    .bind(note)
    .bind(by)
    .bind(at)
    .execute(&mut ***tx)
    .await?
    .rows_affected()
        == 1)
}

/// Undoes an exemption made before any invitation: the member is "not invited" again;
/// `false` when there was no such exemption.
pub async fn restore(
    tx: &mut WriteTx,
    campaign_id: i64,
    client_id: i64,
) -> Result<bool, sqlx::Error> {
    Ok(sqlx::query(
        "UPDATE campaign_members SET state = 'not_invited', exemption_reason = NULL, exemption_note = '', \
         exempted_by = NULL, exempted_at = NULL \
         WHERE campaign_id = $1 AND client_id = $2 AND state = 'exempted' AND exemption_reason IS NOT NULL \
         AND exemption_reason <> 'erased' \
         AND NOT EXISTS (SELECT 1 FROM invitations i WHERE i.campaign_id = $1 AND i.client_id = $2)",
    )
    .bind(campaign_id)
    .bind(client_id)
    .execute(&mut ***tx)
    .await?
    .rows_affected()
        == 1)
}

/// The clients who are members of a campaign still running on `today` (open, not past
/// its last day): a new campaign leaves them out.
pub async fn in_running_campaigns(
    tx: &mut WriteTx,
    today: &str,
) -> Result<HashSet<i64>, sqlx::Error> {
    let ids: Vec<i64> = sqlx::query_scalar(
        "SELECT DISTINCT m.client_id FROM campaign_members m JOIN campaigns c ON c.id = m.campaign_id \
         WHERE c.status = 'open' AND c.ends_on >= $1",
    )
    .bind(today)
    .fetch_all(&mut ***tx)
    .await?;
    Ok(ids.into_iter().collect())
}

/// Makes campaign makers take turns on PostgreSQL (a transaction-scoped advisory lock), so
/// [`in_running_campaigns`] read by the second includes the first's members. On SQLite
/// every write has the database to itself already.
pub async fn lock_campaign_making(tx: &mut WriteTx, backend: Backend) -> Result<(), sqlx::Error> {
    if backend == Backend::Postgres {
        sqlx::query("SELECT pg_advisory_xact_lock(7412019)")
            .execute(&mut ***tx)
            .await?;
    }
    Ok(())
}

/// Records how many a new campaign left out for being in another running campaign.
pub async fn set_elsewhere(tx: &mut WriteTx, campaign_id: i64, n: i64) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE campaigns SET elsewhere = $2 WHERE id = $1")
        .bind(campaign_id)
        .bind(n)
        .execute(&mut ***tx)
        .await?;
    Ok(())
}
