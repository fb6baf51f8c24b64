//! The personal plan (issue #20), for the desk: `/balie/kandidaten/{id}/plan` — the plan
//! as last agreed (goals in the person's words, both sides' commitments, when and how the
//! person agreed), its activities as they stand, every earlier version as it was, and the
//! forms for an activity, a status step and a new version. The bodies are in `ssr.rs`; the
//! rules in `domain::plans`.

mod plan_page;
#[cfg(feature = "ssr")]
pub(crate) mod ssr;
pub mod text;

pub use plan_page::PlanPage;

use crate::domain::plans::activities::ActivityForm;
use crate::domain::plans::version::{ActivitySnapshot, PlanVersionForm};
use crate::domain::plans::AgreedHow;
use crate::error::AppError;
use crate::wire::plans::ActivityLine;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// A version of the plan as agreed, with its activities as they stood.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlanVersionView {
    pub number: i64,
    pub goals: String,
    pub person_commits: String,
    pub desk_commits: String,
    pub agreed_on: String,
    pub agreed_how: AgreedHow,
    pub activities: Vec<ActivitySnapshot>,
    pub made_by: String,
    pub made_at: i64,
}

/// A person's plan page.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlanView {
    pub candidate_id: i64,
    pub name: String,
    /// Newest first.
    pub versions: Vec<PlanVersionView>,
    pub activities: Vec<ActivityLine>,
    /// Activities not in the newest version as they stand now (added or moved on since).
    pub changed_since: Vec<i64>,
    pub providers: Vec<(i64, String)>,
    /// A fresh key for the activity form (posted twice, stored once).
    pub key: String,
    /// Today, `YYYY-MM-DD`.
    pub today: String,
    /// Half a year or more since the newest version.
    pub review_due: bool,
    /// The person's data were erased: nothing changes any more.
    pub anonymised: bool,
}

/// A person's plan; desk staff only, audited.
#[server(name = GetPlan, prefix = "/api", endpoint = "plan", input = server_fn::codec::GetUrl)]
pub async fn plan(id: i64) -> Result<PlanView, AppError> {
    crate::request::serve(|cx| ssr::plan(cx, crate::domain::ids::CandidateId(id))).await
}

/// Adds an activity to a person's plan (planned); desk staff only. Posting it twice adds
/// one.
#[server(name = AddActivity, prefix = "/api", endpoint = "add_activity")]
pub async fn add_activity(
    id: i64,
    key: Option<String>,
    #[server(flatten)] form: ActivityForm,
) -> Result<(), AppError> {
    crate::request::serve(|cx| {
        ssr::add_activity(
            cx,
            crate::domain::ids::CandidateId(id),
            key.unwrap_or_default(),
            form,
        )
    })
    .await
}

/// Moves an activity on: running, completed (with what it brought) or stopped (with why);
/// desk staff only. `id` is the activity's.
#[server(name = ChangeActivity, prefix = "/api", endpoint = "change_activity")]
pub async fn change_activity(
    id: Option<String>,
    status: Option<String>,
    reason: Option<String>,
    result: Option<String>,
) -> Result<(), AppError> {
    crate::request::serve(|cx| {
        ssr::change_activity(
            cx,
            id.unwrap_or_default(),
            status.unwrap_or_default(),
            reason.unwrap_or_default(),
            result.unwrap_or_default(),
        )
    })
    .await
}

/// Records a new version of a person's plan as agreed with them; desk staff only.
#[server(name = SavePlanVersion, prefix = "/api", endpoint = "save_plan_version")]
pub async fn save_plan_version(
    id: i64,
    #[server(flatten)] form: PlanVersionForm,
) -> Result<(), AppError> {
    crate::request::serve(|cx| ssr::save_version(cx, crate::domain::ids::CandidateId(id), form))
        .await
}
