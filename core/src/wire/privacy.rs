//! What the audit search, the subject-access export and the erasure form pass around. The export is one
//! struct: the readable page shows it and the JSON download is it, serialised, so the two
//! can never tell the person different things.

use crate::domain::candidates::Obstacles;
use crate::wire::candidates::{CandidateRecord, ConsentLine};
use serde::{Deserialize, Serialize};

/// When and why a candidate's personal data was removed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
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
    /// Who read or changed the data, newest first.
    pub log: Vec<AccessLogLine>,
    pub anonymisation: Option<Anonymisation>,
}

/// A proposal of the candidate to an employer, with its history.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AccessProposal {
    pub id: i64,
    pub opening_title: String,
    pub employer_name: String,
    pub status: String,
    pub motivation: String,
    pub interview_at: Option<String>,
    pub interview_place: Option<String>,
    pub decline_reason: Option<String>,
    pub decline_note: Option<String>,
    pub created_at: i64,
    pub events: Vec<AccessEvent>,
}

/// One step in a proposal's history.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AccessEvent {
    pub status: String,
    pub note: String,
    pub at: i64,
}

/// A placement with its buddy pairings and their check-ins.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AccessPlacement {
    pub id: i64,
    pub employer_name: String,
    pub kind: String,
    pub start_date: String,
    pub planned_end_date: Option<String>,
    pub hours: i64,
    pub contract_type: String,
    pub outcome: String,
    pub outcome_reason: Option<String>,
    pub ended_on: Option<String>,
    pub pairings: Vec<AccessPairing>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AccessPairing {
    pub id: i64,
    pub buddy_name: String,
    pub start_date: String,
    pub end_date: Option<String>,
    pub rhythm: String,
    pub checkins: Vec<AccessCheckin>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AccessCheckin {
    pub held_on: String,
    pub mode: String,
    pub score: i64,
    pub notes_work: String,
    pub notes_home: String,
    pub needs_desk: bool,
}

/// Who read or changed the candidate's records: the colleague's name and role, not their
/// address.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
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
    pub id: i64,
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
