//! Proposals (voordrachten): the desk proposes candidates for an opening with a motivation;
//! the employer sees a minimal profile and answers through the pipeline proposed → seen →
//! interview → trial → hired / declined, or the desk withdraws. Every step is kept with who
//! and when; a hire creates the placement. The desk's work list shows what needs a nudge.

mod list;
mod proposal_page;
mod propose_page;
#[cfg(feature = "ssr")]
mod ssr;
pub mod text;
mod work_list;

pub use crate::wire::proposals::*;
pub use list::OpeningProposals;
pub use proposal_page::ProposalPage;
pub use propose_page::ProposePage;
pub use work_list::WorkListPage;

use crate::domain::matching::Reason;
use crate::error::AppError;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// One candidate on the propose form.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProposeCandidate {
    pub id: i64,
    pub name: String,
    pub consent: bool,
    pub already_proposed: bool,
    pub reasons: Vec<Reason>,
    /// A first draft of the motivation, from what fits.
    pub draft: String,
}

/// What the propose form starts from.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProposeData {
    pub opening_id: i64,
    pub opening_title: String,
    pub employer_name: String,
    pub candidates: Vec<ProposeCandidate>,
}

/// One proposal as posted: `items[0][candidate]`, `items[0][motivation]`, …
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ProposalItem {
    pub candidate: i64,
    pub motivation: String,
}

/// The work list: what needs the desk's attention.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct WorkList {
    pub days: i64,
    pub waiting: Vec<ProposalLine>,
    pub interviews: Vec<ProposalLine>,
    pub hired: Vec<ProposalLine>,
}

/// The propose form for `opening` with the candidates chosen on the matching page; desk
/// staff only.
#[server(name = GetProposeForm, prefix = "/api", endpoint = "propose_form", input = server_fn::codec::GetUrl)]
pub async fn propose_form(opening: i64, candidates: Vec<i64>) -> Result<ProposeData, AppError> {
    crate::request::serve(|cx| {
        ssr::propose_form(
            cx,
            crate::domain::ids::OpeningId(opening),
            candidates
                .into_iter()
                .map(crate::domain::ids::CandidateId)
                .collect(),
        )
    })
    .await
}

/// Proposes the candidates in `items` for `opening`, each with a motivation; desk staff only.
/// A candidate already proposed for the opening is skipped, so a form posted twice
/// creates each proposal once.
#[server(name = Propose, prefix = "/api", endpoint = "propose")]
pub async fn propose(opening: i64, items: Option<Vec<ProposalItem>>) -> Result<(), AppError> {
    crate::request::serve(|cx| {
        ssr::propose(
            cx,
            crate::domain::ids::OpeningId(opening),
            items.unwrap_or_default(),
        )
    })
    .await
}

/// One proposal as the viewer may see it: the desk, or a user of the opening's employer
/// (whose first look marks it seen).
#[server(name = GetProposal, prefix = "/api", endpoint = "proposal", input = server_fn::codec::GetUrl)]
pub async fn proposal(id: i64) -> Result<ProposalView, AppError> {
    crate::request::serve(|cx| ssr::view(cx, crate::domain::ids::ProposalId(id))).await
}

/// The proposals for an opening: the desk, or the opening's employer.
#[server(name = GetOpeningProposals, prefix = "/api", endpoint = "opening_proposals", input = server_fn::codec::GetUrl)]
pub async fn opening_proposals(opening: i64) -> Result<Vec<ProposalLine>, AppError> {
    crate::request::serve(|cx| ssr::for_opening(cx, crate::domain::ids::OpeningId(opening))).await
}

/// The fields of every step's form; each step reads its own.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct StepForm {
    pub date: String,
    pub time: String,
    pub place: String,
    pub start_date: String,
    pub end_date: String,
    pub hours: String,
    pub contract_type: String,
    pub decline_reason: String,
    pub note: String,
    pub withdraw_note: String,
}

/// Takes a step in the pipeline: `interview` (date, time, place), `trial`, `hire`
/// (start_date, end_date, hours, contract_type), `decline` (decline_reason, note) or
/// `withdraw` (desk only, withdraw_note).
#[server(name = ChangeProposal, prefix = "/api", endpoint = "change_proposal")]
pub async fn change_proposal(
    id: i64,
    action: String,
    #[server(flatten)] form: StepForm,
) -> Result<(), AppError> {
    crate::request::serve(|cx| {
        ssr::change(
            cx,
            crate::domain::ids::ProposalId(id),
            action,
            crate::domain::proposals::InterviewForm {
                date: form.date,
                time: form.time,
                place: form.place,
            },
            crate::domain::proposals::HireForm {
                start_date: form.start_date,
                end_date: form.end_date,
                hours: form.hours,
                contract_type: form.contract_type,
            },
            (form.decline_reason, form.note, form.withdraw_note),
        )
    })
    .await
}

/// The desk's work list; `days`: how long a proposal may wait for the employer (default
/// from the settings).
#[server(name = GetWorkList, prefix = "/api", endpoint = "work_list", input = server_fn::codec::GetUrl)]
pub async fn work_list(days: Option<i64>) -> Result<WorkList, AppError> {
    crate::request::serve(|cx| ssr::work_list(cx, days)).await
}
