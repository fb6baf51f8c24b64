//! What the candidate pages and the store pass around.

use crate::domain::candidates::{CandidateContent, Obstacles};
use crate::domain::ids::{CandidateId, OpeningId, PlacementId, ProposalId};
use crate::domain::kinds::{CandidateStatus, ConsentScope, PlacementOutcome, ProposalStatus};
use serde::{Deserialize, Serialize};

/// A candidate as stored.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CandidateRecord {
    pub id: CandidateId,
    pub content: CandidateContent,
    pub consultant_name: Option<String>,
    pub registered_on: String,
    pub exited_on: Option<String>,
    pub created_at: i64,
    pub updated_at: i64,
}

/// One consent, given and perhaps withdrawn.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(sqlx::FromRow))]
pub struct ConsentLine {
    pub id: i64,
    pub scope: ConsentScope,
    pub given_on: String,
    pub recorded_by: Option<String>,
    pub withdrawn_on: Option<String>,
}

/// A candidate as one line of the pool.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(sqlx::FromRow))]
pub struct CandidateLine {
    pub id: CandidateId,
    pub client_number: String,
    pub name: String,
    pub municipality: String,
    pub status: CandidateStatus,
    pub consultant: Option<String>,
    #[cfg_attr(feature = "ssr", sqlx(try_from = "crate::sql::Flag"))]
    pub consent: bool,
}

/// The pool's search form, as typed (a GET form, so a search can be bookmarked).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct CandidateQuery {
    /// Name or client number.
    pub q: String,
    pub municipality: String,
    pub sector: String,
    pub group: String,
    pub status: String,
    pub consultant: String,
    pub page: String,
}

/// A page of the pool.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CandidatePage {
    pub total: i64,
    pub page: i64,
    pub pages: i64,
    pub lines: Vec<CandidateLine>,
    pub consultants: Vec<(i64, String)>,
    pub municipalities: Vec<String>,
}

/// A proposal of this candidate, as listed on the candidate's page.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(sqlx::FromRow))]
pub struct CandidateProposal {
    pub id: ProposalId,
    pub opening_id: OpeningId,
    pub opening_title: String,
    pub employer_name: String,
    pub status: ProposalStatus,
    pub updated_at: i64,
}

/// Everything the desk's candidate page shows.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CandidateDetail {
    pub candidate: CandidateRecord,
    pub obstacles: Obstacles,
    pub consents: Vec<ConsentLine>,
    pub proposals: Vec<CandidateProposal>,
    pub placements: Vec<CandidatePlacement>,
    /// `YYYY-MM-DD` on the server, the default date of a new consent.
    pub today: String,
    /// When and why the personal data was removed; such a candidate can no longer change.
    pub anonymisation: Option<crate::wire::privacy::Anonymisation>,
    /// For someone who left: the day the retention job will remove their data.
    pub anonymised_from: Option<String>,
    /// Whether the reader may erase the data on request (admins).
    pub may_erase: bool,
    /// Intake conversations and the participation ladder.
    pub intake: crate::wire::intake::CandidateIntake,
}

/// A placement of the candidate, for the link to its story.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CandidatePlacement {
    pub id: PlacementId,
    pub employer_name: String,
    pub start_date: String,
    pub outcome: PlacementOutcome,
}

impl CandidateDetail {
    /// The consent in force: the newest one not withdrawn.
    pub fn consent_in_force(&self) -> Option<&ConsentLine> {
        self.consents.iter().find(|c| c.withdrawn_on.is_none())
    }
}
