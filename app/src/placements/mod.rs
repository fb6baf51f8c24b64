//! Placements: a person at work after a hire, or recorded by the desk for a hire that did
//! not come through a proposal. The desk keeps the terms, records the outcome when it
//! ends, confirms the retention checkpoints at 1, 3, 6 and 12 months, pairs a buddy and
//! handles the flags buddies raise. One page tells the whole story of a placement.

mod flag_page;
mod form_page;
mod list_page;
mod placement_page;
#[cfg(feature = "ssr")]
pub mod ssr;
pub mod text;

pub use crate::wire::placements::*;
pub use flag_page::FlagPage;
pub use form_page::{EditPlacementPage, NewPlacementPage};
pub use list_page::PlacementsPage;
pub use placement_page::PlacementPage;

use crate::domain::placements::{OutcomeForm, PlacementForm};
use crate::error::AppError;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// What the form for a placement without a proposal starts from.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewPlacementData {
    pub candidate_id: i64,
    pub candidate_name: String,
    pub employers: Vec<(crate::domain::ids::EmployerId, String)>,
    pub today: String,
}

/// What the form to change a placement starts from.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EditPlacementData {
    pub id: i64,
    pub name: String,
    pub employer_name: String,
    pub form: PlacementForm,
}

/// A check-in that needs the desk, with whom it is about.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FlagView {
    pub checkin: CheckinLine,
    pub placement_id: i64,
    pub name: String,
    pub employer_name: String,
}

/// One check-in that raised a flag; desk staff only.
#[server(name = GetFlag, prefix = "/api", endpoint = "flag", input = server_fn::codec::GetUrl)]
pub async fn flag(id: i64) -> Result<FlagView, AppError> {
    crate::request::serve(|cx| ssr::flag(cx, crate::domain::ids::CheckinId(id))).await
}

/// The desk's list of placements: running ones, or all with `all`.
#[server(name = GetPlacements, prefix = "/api", endpoint = "placements", input = server_fn::codec::GetUrl)]
pub async fn placement_list(all: Option<bool>) -> Result<Vec<PlacementLine>, AppError> {
    crate::request::serve(|cx| ssr::list(cx, all.unwrap_or(false))).await
}

/// One placement with its whole story; desk staff only (audited).
#[server(name = GetPlacement, prefix = "/api", endpoint = "placement", input = server_fn::codec::GetUrl)]
pub async fn placement_story(id: i64) -> Result<PlacementStory, AppError> {
    crate::request::serve(|cx| ssr::story(cx, crate::domain::ids::PlacementId(id))).await
}

#[server(name = GetNewPlacement, prefix = "/api", endpoint = "new_placement", input = server_fn::codec::GetUrl)]
pub async fn new_placement_form(candidate: i64) -> Result<NewPlacementData, AppError> {
    crate::request::serve(|cx| ssr::new_form(cx, crate::domain::ids::CandidateId(candidate))).await
}

/// Records a placement for `candidate` with `employer`; desk staff only.
#[server(name = RecordPlacement, prefix = "/api", endpoint = "record_placement")]
pub async fn record_placement(
    candidate: i64,
    employer: String,
    #[server(flatten)] form: PlacementForm,
) -> Result<(), AppError> {
    crate::request::serve(|cx| {
        ssr::record(
            cx,
            crate::domain::ids::CandidateId(candidate),
            employer,
            form,
        )
    })
    .await
}

#[server(name = GetEditPlacement, prefix = "/api", endpoint = "edit_placement_form", input = server_fn::codec::GetUrl)]
pub async fn edit_placement_form(id: i64) -> Result<EditPlacementData, AppError> {
    crate::request::serve(|cx| ssr::edit_form(cx, crate::domain::ids::PlacementId(id))).await
}

/// Changes the terms of a placement; desk staff only.
#[server(name = EditPlacement, prefix = "/api", endpoint = "edit_placement")]
pub async fn edit_placement(
    id: i64,
    #[server(flatten)] form: PlacementForm,
) -> Result<(), AppError> {
    crate::request::serve(|cx| ssr::edit(cx, crate::domain::ids::PlacementId(id), form)).await
}

/// Records how a placement went; desk staff only.
#[server(name = RecordOutcome, prefix = "/api", endpoint = "placement_outcome")]
pub async fn record_outcome(id: i64, #[server(flatten)] form: OutcomeForm) -> Result<(), AppError> {
    crate::request::serve(|cx| ssr::outcome(cx, crate::domain::ids::PlacementId(id), form)).await
}

/// Confirms a retention checkpoint (`still_working`: `yes`/`no`); desk staff only.
#[server(name = ConfirmCheckpoint, prefix = "/api", endpoint = "confirm_checkpoint")]
pub async fn confirm_checkpoint(
    id: i64,
    months: i64,
    #[server(default)] still_working: String,
    #[server(default)] source: String,
) -> Result<(), AppError> {
    crate::request::serve(|cx| {
        ssr::confirm(
            cx,
            crate::domain::ids::PlacementId(id),
            months,
            still_working,
            source,
        )
    })
    .await
}

/// Marks a buddy's flag handled with a note; desk staff only. `back`: `balie` returns to
/// the desk's home, anything else to the placement.
#[server(name = HandleFlag, prefix = "/api", endpoint = "handle_flag")]
pub async fn handle_flag(
    checkin: i64,
    note: String,
    #[server(default)] back: String,
) -> Result<(), AppError> {
    crate::request::serve(|cx| {
        ssr::handle_flag(cx, crate::domain::ids::CheckinId(checkin), note, back)
    })
    .await
}
