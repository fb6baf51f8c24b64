//! Matching pages: for an opening, the pool ranked by fit with the reasons in words and
//! filters to narrow it; for a candidate, the published openings ranked the same way; and
//! the public page that explains how matching works. The rules themselves live in
//! `domain::matching`.

mod candidate_page;
mod explain_page;
mod opening_page;
#[cfg(feature = "ssr")]
pub mod ssr;
pub mod text;

pub use candidate_page::CandidateOpeningsPage;
pub use explain_page::HowMatchingWorksPage;
pub use opening_page::OpeningMatchesPage;

use crate::domain::matching::Reason;
use crate::error::AppError;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// Filters on the matching page (a GET form).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct MatchQuery {
    pub municipality: String,
    pub sector: String,
    pub group: String,
    pub min_hours: String,
    /// `1`: only candidates whose consent is in force.
    pub consent: String,
}

/// A candidate on the matching page.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MatchLine {
    pub id: i64,
    pub name: String,
    pub status: String,
    pub consent: bool,
    pub already_proposed: bool,
    pub score: i64,
    pub reasons: Vec<Reason>,
}

/// The best candidates for an opening.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OpeningMatches {
    pub opening_id: i64,
    pub title: String,
    pub employer: String,
    pub published: bool,
    /// How many candidates were ranked.
    pub considered: i64,
    pub lines: Vec<MatchLine>,
    pub municipalities: Vec<String>,
}

/// An opening on a candidate's matching page.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OpeningMatch {
    pub opening_id: i64,
    pub title: String,
    pub employer: String,
    pub municipality: String,
    pub score: i64,
    pub reasons: Vec<Reason>,
    pub proposed: bool,
}

/// The best openings for a candidate.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CandidateMatches {
    pub candidate_id: i64,
    pub name: String,
    pub consent: bool,
    pub lines: Vec<OpeningMatch>,
}

/// How many lines a matching page shows.
pub const SHOWN: usize = 50;

/// The pool ranked for an opening; desk staff only.
#[server(name = GetOpeningMatches, prefix = "/api", endpoint = "opening_matches", input = server_fn::codec::GetUrl)]
pub async fn opening_matches(
    id: i64,
    #[server(flatten)] query: MatchQuery,
) -> Result<OpeningMatches, AppError> {
    crate::request::serve(|cx| ssr::for_opening(cx, crate::domain::ids::OpeningId(id), query)).await
}

/// Published openings ranked for a candidate; desk staff only.
#[server(name = GetCandidateMatches, prefix = "/api", endpoint = "candidate_matches", input = server_fn::codec::GetUrl)]
pub async fn candidate_matches(id: i64) -> Result<CandidateMatches, AppError> {
    crate::request::serve(|cx| ssr::for_candidate(cx, crate::domain::ids::CandidateId(id))).await
}
