//! What the placement pages and the store pass around.

use crate::domain::ids::{
    CandidateId, CheckinId, EmployerId, OpeningId, PairingId, PlacementId, ProposalId,
};
use crate::domain::kinds::{
    BenefitExit, CheckinMode, ContractType, OpeningKind, PlacementOutcome, RetentionSource, Rhythm,
};
use crate::wire::proposals::ProposalEvent;
use serde::{Deserialize, Serialize};

/// A placement as stored, with the names the pages show.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(sqlx::FromRow))]
pub struct PlacementRecord {
    pub id: PlacementId,
    pub candidate_id: CandidateId,
    pub first_name: String,
    pub last_name: String,
    pub consultant_id: Option<i64>,
    pub employer_id: EmployerId,
    pub employer_name: String,
    pub opening_id: Option<OpeningId>,
    pub opening_title: Option<String>,
    pub proposal_id: Option<ProposalId>,
    pub kind: OpeningKind,
    pub start_date: String,
    pub planned_end_date: Option<String>,
    pub hours: i64,
    pub contract_type: ContractType,
    #[cfg_attr(feature = "ssr", sqlx(try_from = "crate::sql::Flag"))]
    pub wage_subsidy: bool,
    pub sroi_value: i64,
    pub benefit_exit: BenefitExit,
    pub outcome: PlacementOutcome,
    pub outcome_reason: Option<String>,
    pub ended_on: Option<String>,
    pub created_at: i64,
}

/// One placement in the desk's list.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlacementLine {
    pub id: PlacementId,
    pub name: String,
    pub employer_name: String,
    pub kind: OpeningKind,
    pub start_date: String,
    pub outcome: PlacementOutcome,
    pub buddy: Option<String>,
    pub open_flags: i64,
}

/// A retention checkpoint and where it stands today.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Checkpoint {
    pub months: i64,
    pub due_on: String,
    pub state: crate::domain::placements::CheckpointState,
    pub still_working: Option<bool>,
    pub source: Option<RetentionSource>,
    pub confirmed_by: Option<String>,
    pub confirmed_at: Option<i64>,
}

/// A checkpoint waiting for the desk, on the desk's home.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CheckpointLine {
    pub placement_id: PlacementId,
    pub name: String,
    pub employer_name: String,
    pub months: i64,
    pub due_on: String,
    pub overdue: bool,
}

/// A buddy pairing of a placement.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PairingSummary {
    pub id: PairingId,
    pub buddy_id: i64,
    pub buddy_name: String,
    pub start_date: String,
    pub end_date: Option<String>,
    pub rhythm: Rhythm,
    pub running: bool,
    pub next_due: Option<String>,
    pub overdue: bool,
}

/// A check-in as the desk sees it; `attention` when it raised the flag or scored 1–2.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CheckinLine {
    pub id: CheckinId,
    pub pairing_id: PairingId,
    pub buddy_name: String,
    pub held_on: String,
    pub mode: CheckinMode,
    pub score: i64,
    pub notes_work: String,
    pub notes_home: String,
    pub needs_desk: bool,
    pub next_on: Option<String>,
    pub attention: bool,
    pub handled_at: Option<i64>,
    pub handled_by: Option<String>,
    pub flag_note: Option<String>,
}

/// An open flag on the desk's home.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FlagLine {
    pub checkin_id: CheckinId,
    pub placement_id: PlacementId,
    pub name: String,
    pub buddy_name: String,
    pub held_on: String,
    pub score: i64,
    pub needs_desk: bool,
}

/// A buddy the desk may pair.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BuddyChoice {
    pub id: i64,
    pub name: String,
}

/// The whole story of one placement for the desk.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlacementStory {
    pub placement: PlacementRecord,
    pub checkpoints: Vec<Checkpoint>,
    pub pairings: Vec<PairingSummary>,
    pub checkins: Vec<CheckinLine>,
    pub proposal_events: Vec<ProposalEvent>,
    pub buddies: Vec<BuddyChoice>,
    /// Today, `YYYY-MM-DD`: the default dates of the forms.
    pub today: String,
}
