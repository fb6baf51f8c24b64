//! The plan tables: partner providers, a person's activities (carrying on between
//! versions) and the versions of their plan as agreed. The rules — what an activity may
//! become, what a version needs — are `domain::plans`'; this module stores what they
//! decided.

use super::{Db, WriteTx};
use opstap_core::domain::ids::CandidateId;
use opstap_core::domain::plans::{ActivityKind, ActivityStatus, AgreedHow, StopReason};
use opstap_core::wire::plans::{ActivityLine, PlanVersionRow};

/// The providers the desk may choose: `(id, name)`, by name.
pub async fn providers(db: &Db) -> Result<Vec<(i64, String)>, sqlx::Error> {
    sqlx::query_as("SELECT id, name FROM providers WHERE active = 1 ORDER BY name, id")
        .fetch_all(db.pool())
        .await
}

/// Adds a provider; its id (the demo region, and tests until providers are managed in
/// the portal).
pub async fn insert_provider(
    tx: &mut WriteTx,
    name: &str,
    email: &str,
    at: i64,
) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar(
        "INSERT INTO providers (name, email, created_at) VALUES ($1, $2, $3) RETURNING id",
    )
    .bind(name)
    .bind(email)
    .bind(at)
    .fetch_one(&mut ***tx)
    .await
}

const ACTIVITY_LINE: &str =
    "SELECT a.id, a.kind, a.title, p.name AS provider, a.starts_on, a.ends_on, \
     a.hours_per_week, a.status, a.stop_reason, a.result, a.created_at, a.updated_at \
     FROM plan_activities a LEFT JOIN providers p ON p.id = a.provider_id";

/// A person's activities, by start: on the pool (`db.pool()`) or inside a write (what a
/// new version keeps is what is stored then).
pub async fn activities<'e, E>(
    executor: E,
    candidate_id: CandidateId,
) -> Result<Vec<ActivityLine>, sqlx::Error>
where
    E: sqlx::Executor<'e, Database = sqlx::Any>,
{
    sqlx::query_as(&format!(
        "{ACTIVITY_LINE} WHERE a.candidate_id = $1 ORDER BY a.starts_on, a.id"
    ))
    .bind(candidate_id)
    .fetch_all(executor)
    .await
}

/// An activity to store (planned).
pub struct NewActivityRow<'a> {
    pub candidate_id: CandidateId,
    pub kind: ActivityKind,
    pub title: &'a str,
    pub provider_id: Option<i64>,
    pub starts_on: &'a str,
    pub ends_on: Option<&'a str>,
    pub hours_per_week: i64,
    pub form_key: Option<&'a str>,
    pub by: i64,
    pub at: i64,
}

/// The activity made from the form with this key, if one was.
pub async fn activity_made_from(tx: &mut WriteTx, key: &str) -> Result<Option<i64>, sqlx::Error> {
    sqlx::query_scalar("SELECT id FROM plan_activities WHERE form_key = $1")
        .bind(key)
        .fetch_optional(&mut ***tx)
        .await
}

pub async fn insert_activity(tx: &mut WriteTx, a: &NewActivityRow<'_>) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar(
        "INSERT INTO plan_activities (candidate_id, kind, title, provider_id, starts_on, ends_on, \
         hours_per_week, status, form_key, created_by, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, 'planned', $8, $9, $10) RETURNING id",
    )
    .bind(a.candidate_id)
    .bind(a.kind)
    .bind(a.title)
    .bind(a.provider_id)
    .bind(a.starts_on)
    .bind(a.ends_on)
    .bind(a.hours_per_week)
    .bind(a.form_key)
    .bind(a.by)
    .bind(a.at)
    .fetch_one(&mut ***tx)
    .await
}

/// Whose an activity is.
pub async fn activity_owner(db: &Db, id: i64) -> Result<Option<CandidateId>, sqlx::Error> {
    sqlx::query_scalar("SELECT candidate_id FROM plan_activities WHERE id = $1")
        .bind(id)
        .fetch_optional(db.pool())
        .await
}

/// Where an activity stands, read inside a write.
pub async fn activity_state(
    tx: &mut WriteTx,
    id: i64,
) -> Result<Option<ActivityStatus>, sqlx::Error> {
    sqlx::query_scalar("SELECT status FROM plan_activities WHERE id = $1")
        .bind(id)
        .fetch_optional(&mut ***tx)
        .await
}

/// Moves an activity from `from` to `to`; `false` when it no longer stood at `from` (a
/// second post, or a colleague was first): nothing changes then.
#[allow(clippy::too_many_arguments)]
pub async fn set_activity_status(
    tx: &mut WriteTx,
    id: i64,
    from: ActivityStatus,
    to: ActivityStatus,
    reason: Option<StopReason>,
    result: &str,
    by: i64,
    at: i64,
) -> Result<bool, sqlx::Error> {
    Ok(sqlx::query(
        "UPDATE plan_activities SET status = $3, stop_reason = $4, result = $5, updated_by = $6, updated_at = $7 \
         WHERE id = $1 AND status = $2",
    )
    .bind(id)
    .bind(from)
    .bind(to)
    .bind(reason)
    .bind(result)
    .bind(by)
    .bind(at)
    .execute(&mut ***tx)
    .await?
    .rows_affected()
        == 1)
}

const VERSION_ROW: &str = "SELECT v.number, v.goals, v.person_commits, v.desk_commits, v.agreed_on, v.agreed_how, \
     v.activities, u.display_name AS made_by, v.made_at FROM plan_versions v JOIN users u ON u.id = v.made_by";

/// Every version of a person's plan, the newest first.
pub async fn versions(
    db: &Db,
    candidate_id: CandidateId,
) -> Result<Vec<PlanVersionRow>, sqlx::Error> {
    sqlx::query_as(&format!(
        "{VERSION_ROW} WHERE v.candidate_id = $1 ORDER BY v.number DESC"
    ))
    .bind(candidate_id)
    .fetch_all(db.pool())
    .await
}

/// The newest version, read inside a write.
pub async fn latest_version_in(
    tx: &mut WriteTx,
    candidate_id: CandidateId,
) -> Result<Option<PlanVersionRow>, sqlx::Error> {
    sqlx::query_as(&format!(
        "{VERSION_ROW} WHERE v.candidate_id = $1 ORDER BY v.number DESC LIMIT 1"
    ))
    .bind(candidate_id)
    .fetch_optional(&mut ***tx)
    .await
}

/// A version to store; `activities` is the JSON of the activities as they stand.
pub struct NewVersionRow<'a> {
    pub candidate_id: CandidateId,
    pub number: i64,
    pub goals: &'a str,
    pub person_commits: &'a str,
    pub desk_commits: &'a str,
    pub agreed_on: &'a str,
    pub agreed_how: AgreedHow,
    pub activities: &'a str,
    pub by: i64,
    pub at: i64,
}

pub async fn insert_version(tx: &mut WriteTx, v: &NewVersionRow<'_>) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO plan_versions (candidate_id, number, goals, person_commits, desk_commits, agreed_on, \
         agreed_how, activities, made_by, made_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
    )
    .bind(v.candidate_id)
    .bind(v.number)
    .bind(v.goals)
    .bind(v.person_commits)
    .bind(v.desk_commits)
    .bind(v.agreed_on)
    .bind(v.agreed_how)
    .bind(v.activities)
    .bind(v.by)
    .bind(v.at)
    .execute(&mut ***tx)
    .await?;
    Ok(())
}
