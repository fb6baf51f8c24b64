//! What the proposal pages and the store pass around.

use crate::domain::ids::{CandidateId, EmployerId, OpeningId, PlacementId, ProposalId};
use crate::domain::kinds::{ContractType, ProposalStatus};
use crate::domain::matching::Reason;
use crate::domain::proposals::Interview;
use serde::{Deserialize, Serialize};

/// A proposal as stored, with its opening's title and employer.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(sqlx::FromRow))]
pub struct ProposalRecord {
    pub id: ProposalId,
    pub opening_id: OpeningId,
    pub candidate_id: CandidateId,
    pub employer_id: EmployerId,
    pub opening_title: String,
    pub employer_name: String,
    pub status: ProposalStatus,
    pub motivation: String,
    pub interview_at: Option<String>,
    pub interview_place: Option<String>,
    pub decline_reason: Option<String>,
    pub decline_note: Option<String>,
    pub proposed_by: Option<i64>,
    pub created_at: i64,
    pub updated_at: i64,
}

/// A proposal as one line of a list. `name` is the short name (first name and initial).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProposalLine {
    pub id: ProposalId,
    pub opening_id: OpeningId,
    pub opening_title: String,
    pub employer_name: String,
    pub name: String,
    pub status: ProposalStatus,
    pub updated_at: i64,
    pub interview_at: Option<String>,
    pub interview_place: Option<String>,
}

/// One step in a proposal's history.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(sqlx::FromRow))]
pub struct ProposalEvent {
    pub status: ProposalStatus,
    pub by: Option<String>,
    pub note: String,
    pub at: i64,
}

/// The placement a hire created.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(sqlx::FromRow))]
pub struct PlacementTerms {
    pub id: PlacementId,
    pub start_date: String,
    pub planned_end_date: Option<String>,
    pub hours: i64,
    pub contract_type: ContractType,
}

/// A proposal as its page shows it. For an employer this is the minimal profile: first
/// name and initial, what fits, availability and the desk's motivation — never obstacles,
/// benefit status, contact details or the client number.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProposalView {
    pub id: ProposalId,
    pub opening_id: OpeningId,
    pub opening_title: String,
    pub employer_name: String,
    pub status: ProposalStatus,
    pub name: String,
    pub hours_available: i64,
    pub reasons: Vec<Reason>,
    pub motivation: String,
    pub interview: Option<Interview>,
    pub decline_reason: Option<String>,
    pub decline_note: Option<String>,
    pub events: Vec<ProposalEvent>,
    /// Action codes the viewer may take now.
    pub actions: Vec<String>,
    pub desk: bool,
    /// Desk only: the candidate behind the proposal.
    pub candidate_id: Option<CandidateId>,
    pub placement: Option<PlacementTerms>,
}
