//! Server functions of the intake record and the ladder (see `ssr::intakes`).

use crate::domain::intake::form::IntakeForm;
use crate::domain::intake::ladder::LadderForm;
use crate::error::AppError;
pub use crate::wire::intake::*;
use leptos::prelude::*;

/// The intake form of a held conversation (invitation `id`); desk staff only, audited.
#[server(name = GetIntakeForm, prefix = "/api", endpoint = "intake_form", input = server_fn::codec::GetUrl)]
pub async fn intake_form(id: i64) -> Result<IntakeFormData, AppError> {
    crate::request::serve(|cx| super::ssr::intake_form(cx, id)).await
}

/// Records the intake of invitation `id` (again: changes it), creating or updating the
/// candidate; desk staff only. Redirects to the candidate.
#[server(name = SaveIntake, prefix = "/api", endpoint = "save_intake")]
pub async fn save_intake(id: i64, #[server(flatten)] form: IntakeForm) -> Result<(), AppError> {
    crate::request::serve(|cx| super::ssr::save_intake(cx, id, form)).await
}

/// A later measurement on the participation ladder of candidate `id`; desk staff only.
#[server(name = RecordLadder, prefix = "/api", endpoint = "record_ladder")]
pub async fn record_ladder(id: i64, #[server(flatten)] form: LadderForm) -> Result<(), AppError> {
    crate::request::serve(|cx| super::ssr::record_ladder(cx, id, form)).await
}
