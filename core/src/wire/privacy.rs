//! What the audit search, the subject-access export and the erasure form pass around. The export is one
//! struct: the readable page shows it and the JSON download is it, serialised, so the two
//! can never tell the person different things.

use crate::domain::candidates::Obstacles;
use crate::domain::ids::{PairingId, PlacementId, ProposalId};
use crate::domain::kinds::{
    CheckinMode, ContractType, OpeningKind, PlacementOutcome, ProposalStatus, Rhythm,
};
use crate::wire::candidates::{CandidateRecord, ConsentLine};
use serde::{Deserialize, Serialize};

/// When and why a candidate's personal data was removed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(sqlx::FromRow))]
pub struct Anonymisation {
    /// `retention` or `request` (see `domain::retention::Cause`).
    pub cause: String,
    /// The admin's reason, for an erasure on request.
    pub reason: String,
    /// Who erased (none: the retention job).
    pub by: Option<String>,
    pub at: i64,
}

impl Anonymisation {
    /// Why, in the reader's language ("retention period ended", "erased on request").
    pub fn cause_label(&self, lang: crate::i18n::Lang) -> String {
        crate::domain::retention::Cause::parse(&self.cause)
            .map(|c| c.label().get(lang).to_string())
            .unwrap_or_else(|| self.cause.clone())
    }
}

/// Everything the portal holds on one candidate, for a subject access request (AVG
/// article 15).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SubjectAccess {
    /// When this overview was made (Unix seconds).
    pub made_at: i64,
    pub candidate: CandidateRecord,
    pub obstacles: Obstacles,
    pub consents: Vec<ConsentLine>,
    pub proposals: Vec<AccessProposal>,
    pub placements: Vec<AccessPlacement>,
    /// The personal plan: its activities as they stand, and every version as agreed.
    #[serde(default)]
    pub plan_activities: Vec<crate::wire::plans::ActivityLine>,
    #[serde(default)]
    pub plan_versions: Vec<crate::wire::plans::PlanVersionRow>,
    /// Who read or changed the data, newest first.
    pub log: Vec<AccessLogLine>,
    pub anonymisation: Option<Anonymisation>,
}

/// A proposal of the candidate to an employer, with its history.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(sqlx::FromRow))]
pub struct AccessProposal {
    pub id: ProposalId,
    pub opening_title: String,
    pub employer_name: String,
    pub status: ProposalStatus,
    pub motivation: String,
    pub interview_at: Option<String>,
    pub interview_place: Option<String>,
    pub decline_reason: Option<String>,
    pub decline_note: Option<String>,
    pub created_at: i64,
    #[cfg_attr(feature = "ssr", sqlx(skip))]
    pub events: Vec<AccessEvent>,
}

/// One step in a proposal's history.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(sqlx::FromRow))]
pub struct AccessEvent {
    pub status: ProposalStatus,
    pub note: String,
    pub at: i64,
}

/// A placement with its buddy pairings and their check-ins.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(sqlx::FromRow))]
pub struct AccessPlacement {
    pub id: PlacementId,
    pub employer_name: String,
    pub kind: OpeningKind,
    pub start_date: String,
    pub planned_end_date: Option<String>,
    pub hours: i64,
    pub contract_type: ContractType,
    pub outcome: PlacementOutcome,
    pub outcome_reason: Option<String>,
    pub ended_on: Option<String>,
    #[cfg_attr(feature = "ssr", sqlx(skip))]
    pub pairings: Vec<AccessPairing>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(sqlx::FromRow))]
pub struct AccessPairing {
    pub id: PairingId,
    pub buddy_name: String,
    pub start_date: String,
    pub end_date: Option<String>,
    pub rhythm: Rhythm,
    #[cfg_attr(feature = "ssr", sqlx(skip))]
    pub checkins: Vec<AccessCheckin>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(sqlx::FromRow))]
pub struct AccessCheckin {
    pub held_on: String,
    pub mode: CheckinMode,
    pub score: i64,
    pub notes_work: String,
    pub notes_home: String,
    #[cfg_attr(feature = "ssr", sqlx(try_from = "crate::sql::Flag"))]
    pub needs_desk: bool,
}

/// Who read or changed the candidate's records: the colleague's name and role, not their
/// address.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(sqlx::FromRow))]
pub struct AccessLogLine {
    pub at: i64,
    pub who: Option<String>,
    pub role: Option<String>,
    pub action: String,
    pub entity: String,
    pub entity_id: Option<i64>,
}

/// What the erasure form shows (admin only).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ErasureSubject {
    pub id: crate::domain::ids::CandidateId,
    pub name: String,
    pub client_number: String,
    pub anonymisation: Option<Anonymisation>,
}

/// The search as typed in the form (all text; checked on the server).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditQuery {
    /// Part of the e-mail address or name of who did it.
    #[serde(default)]
    pub wie: String,
    /// `candidate`, `proposal`, `placement`, … or empty for all.
    #[serde(default)]
    pub soort: String,
    /// The record's number.
    #[serde(default)]
    pub nummer: String,
    /// First and last day, `YYYY-MM-DD`.
    #[serde(default)]
    pub van: String,
    #[serde(default)]
    pub tot: String,
    #[serde(default)]
    pub page: String,
}

/// One entry as the admin sees it (`who`: the e-mail address; none for the system).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(sqlx::FromRow))]
pub struct AuditLine {
    pub at: i64,
    pub who: Option<String>,
    pub action: String,
    pub entity: String,
    pub entity_id: Option<i64>,
    pub address: String,
}

/// One page of results.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditResults {
    pub lines: Vec<AuditLine>,
    pub total: i64,
    pub page: i64,
    pub pages: i64,
    /// The kinds of record that occur in the log, for the filter.
    pub entities: Vec<String>,
}
