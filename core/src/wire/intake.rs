//! What the intake pages, the candidate page and the store pass around.

use crate::domain::ids::CandidateId;
use crate::domain::intake::form::IntakeForm;
use serde::{Deserialize, Serialize};

/// The intake form for one held conversation, with what the page says around it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct IntakeFormData {
    pub invitation_id: i64,
    pub campaign_id: i64,
    pub campaign_name: String,
    pub client_name: String,
    pub client_number: String,
    pub appointment_day: String,
    /// The conversation was recorded as held (only then is there an intake to record).
    pub held: bool,
    /// The candidate this client already is, if any.
    pub candidate_id: Option<CandidateId>,
    /// The consent in force (a `ConsentScope` code), if any.
    pub consent_in_force: Option<String>,
    /// An intake was recorded for this conversation already: saving changes it.
    pub recorded: bool,
    pub form: IntakeForm,
}

/// An intake as stored, for the candidate's page.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(sqlx::FromRow))]
pub struct IntakeRecord {
    pub id: i64,
    pub invitation_id: i64,
    pub campaign_name: String,
    pub held_on: String,
    pub consultant: String,
    pub education: String,
    pub work_experience: String,
    pub languages: String,
    #[cfg_attr(feature = "ssr", sqlx(try_from = "crate::sql::Flag"))]
    pub language_course: bool,
    /// `Transport` codes, comma-separated.
    pub transport: String,
    pub recorded_at: i64,
}

/// One measurement on the participation ladder.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(sqlx::FromRow))]
pub struct LadderLine {
    pub id: i64,
    pub measured_on: String,
    pub step: i64,
    pub potential: i64,
    pub note: String,
    pub measured_by: String,
    /// Measured in an intake (rather than on the candidate's page later).
    #[cfg_attr(feature = "ssr", sqlx(try_from = "crate::sql::Flag"))]
    pub at_intake: bool,
}

/// The intake and ladder part of the candidate's page.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CandidateIntake {
    pub intakes: Vec<IntakeRecord>,
    /// Newest first.
    pub ladder: Vec<LadderLine>,
    /// When the next measurement is due (`YYYY-MM-DD`), once there was one.
    pub ladder_due: Option<String>,
    pub ladder_overdue: bool,
}
