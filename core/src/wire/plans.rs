//! What the plan page and the store pass around.

use crate::domain::plans::{ActivityKind, ActivityStatus, AgreedHow, StopReason};
use serde::{Deserialize, Serialize};

/// An activity of a plan as it stands now.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(sqlx::FromRow))]
pub struct ActivityLine {
    pub id: i64,
    pub kind: ActivityKind,
    pub title: String,
    /// The provider's name; `None` when the desk arranges it.
    pub provider: Option<String>,
    pub starts_on: String,
    pub ends_on: Option<String>,
    pub hours_per_week: i64,
    pub status: ActivityStatus,
    pub stop_reason: Option<StopReason>,
    pub result: String,
    /// Unix seconds: made, and last changed.
    pub created_at: i64,
    pub updated_at: Option<i64>,
}

/// A version of a plan as stored (its activities as the JSON kept with it).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(sqlx::FromRow))]
pub struct PlanVersionRow {
    pub number: i64,
    pub goals: String,
    pub person_commits: String,
    pub desk_commits: String,
    pub agreed_on: String,
    pub agreed_how: AgreedHow,
    pub activities: String,
    pub made_by: String,
    pub made_at: i64,
}
