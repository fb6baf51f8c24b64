//! The candidate pool, for the desk only: registering and editing candidates, their
//! obstacles (special data, kept apart), consent with its history, and a searchable list
//! that stays fast at region scale. Every time a desk user opens a candidate, the audit log
//! records who, when and from where.

mod detail_page;
pub mod facts;
mod form_page;
mod list_page;
#[cfg(feature = "ssr")]
pub(crate) mod ssr;
pub mod text;

pub use crate::wire::candidates::*;
pub use detail_page::CandidatePage;
pub use form_page::{EditCandidatePage, NewCandidatePage};
pub use list_page::CandidatesPage;

use crate::domain::candidates::CandidateForm;
use crate::error::AppError;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// What the candidate form starts from.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CandidateFormData {
    pub id: Option<crate::domain::ids::CandidateId>,
    pub form: CandidateForm,
    pub consultants: Vec<(i64, String)>,
}

/// A page of the pool; desk staff only.
#[server(name = SearchCandidates, prefix = "/api", endpoint = "search_candidates", input = server_fn::codec::GetUrl)]
pub async fn search_candidates(
    #[server(flatten)] query: CandidateQuery,
) -> Result<CandidatePage, AppError> {
    crate::request::serve(|cx| ssr::search(cx, query)).await
}

/// One candidate with obstacles, consents and proposals; desk staff only. Recorded in the
/// audit log.
#[server(name = GetCandidate, prefix = "/api", endpoint = "candidate", input = server_fn::codec::GetUrl)]
pub async fn candidate(id: i64) -> Result<CandidateDetail, AppError> {
    crate::request::serve(|cx| ssr::detail(cx, crate::domain::ids::CandidateId(id))).await
}

/// The form for a new candidate (`id` empty) or an existing one; desk staff only.
#[server(name = GetCandidateForm, prefix = "/api", endpoint = "candidate_form", input = server_fn::codec::GetUrl)]
pub async fn candidate_form(id: Option<i64>) -> Result<CandidateFormData, AppError> {
    crate::request::serve(|cx| ssr::form(cx, id.map(crate::domain::ids::CandidateId))).await
}

/// Registers a candidate (`id` empty) or saves changes; desk staff only.
#[server(name = SaveCandidate, prefix = "/api", endpoint = "save_candidate")]
pub async fn save_candidate(
    id: Option<i64>,
    #[server(flatten)] form: CandidateForm,
) -> Result<(), AppError> {
    crate::request::serve(|cx| ssr::save(cx, id.map(crate::domain::ids::CandidateId), form)).await
}

/// Records a consent (`scope`, `given_on`) or, with `withdraw` set, withdraws the consent in
/// force; desk staff only.
#[server(name = ChangeConsent, prefix = "/api", endpoint = "change_consent")]
pub async fn change_consent(
    id: i64,
    scope: Option<String>,
    given_on: Option<String>,
    withdraw: Option<String>,
) -> Result<(), AppError> {
    crate::request::serve(|cx| {
        ssr::change_consent(
            cx,
            crate::domain::ids::CandidateId(id),
            scope.unwrap_or_default(),
            given_on.unwrap_or_default(),
            withdraw.is_some(),
        )
    })
    .await
}
