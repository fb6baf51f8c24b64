//! Openings an employer posts and the desk reviews: the form for every kind, saving as a
//! draft or submitting for review, editing, duplicating, closing, marking filled; the desk
//! publishes or sends back with a reason. Every status change is kept with who and when.

mod detail_page;
mod facts;
mod form_page;
mod list_pages;
#[cfg(feature = "ssr")]
pub(crate) mod ssr;
mod table;

pub use crate::wire::openings::{HistoryLine, OpeningRow};
pub use detail_page::OpeningPage;
pub use facts::{content_facts, Facts};
pub use form_page::{DeskNewOpeningPage, EditOpeningPage, NewOpeningPage};
pub use list_pages::{MyOpeningsPage, ReviewOpeningsPage};
pub use table::{OpeningLine, OpeningTable};

use crate::domain::openings::OpeningForm;
use crate::error::AppError;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// An opening with its history and what the viewer may do with it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OpeningDetail {
    pub opening: OpeningRow,
    pub history: Vec<HistoryLine>,
    /// Action codes the viewer may take (`submit`, `publish`, `send_back`, `close`, `fill`).
    pub actions: Vec<String>,
    pub editable: bool,
    pub desk: bool,
}

/// The logged-in employer user's own openings; employer users only.
#[server(name = GetMyOpenings, prefix = "/api", endpoint = "my_openings", input = server_fn::codec::GetUrl)]
pub async fn my_openings() -> Result<Vec<OpeningRow>, AppError> {
    crate::request::serve(ssr::my_openings).await
}

/// Openings waiting for review; desk staff only.
#[server(name = GetOpeningsToReview, prefix = "/api", endpoint = "openings_to_review", input = server_fn::codec::GetUrl)]
pub async fn openings_to_review() -> Result<Vec<OpeningRow>, AppError> {
    crate::request::serve(ssr::to_review).await
}

/// One opening: its own employer's users and the desk only (others get "not found").
#[server(name = GetOpening, prefix = "/api", endpoint = "opening", input = server_fn::codec::GetUrl)]
pub async fn opening(id: i64) -> Result<OpeningDetail, AppError> {
    crate::request::serve(|cx| ssr::detail(cx, crate::domain::ids::OpeningId(id))).await
}

/// Whether the logged-in user may post an opening of their own (employer users): lets the
/// new-opening page answer "log in" or "no access" like every other page.
#[server(name = MayPostOpening, prefix = "/api", endpoint = "may_post_opening", input = server_fn::codec::GetUrl)]
pub async fn may_post_opening() -> Result<(), AppError> {
    crate::request::serve(
        |cx| async move { cx.require(&[crate::domain::Role::Employer]).map(|_| ()) },
    )
    .await
}

/// Saves a new opening (`id` empty) or changes one; `submit` set sends it for review.
/// Employer users post for their own organisation; the desk posts on behalf of the
/// `employer` it chooses.
#[server(name = SaveOpening, prefix = "/api", endpoint = "save_opening")]
pub async fn save_opening(
    id: Option<i64>,
    submit: Option<String>,
    employer: Option<String>,
    #[server(flatten)] form: OpeningForm,
) -> Result<(), AppError> {
    crate::request::serve(|cx| {
        ssr::save(
            cx,
            id.map(crate::domain::ids::OpeningId),
            submit.is_some(),
            employer,
            form,
        )
    })
    .await
}

/// Active employers the desk can post for: `(id, name)`; desk staff only.
#[server(name = GetActiveEmployers, prefix = "/api", endpoint = "active_employers", input = server_fn::codec::GetUrl)]
pub async fn active_employers() -> Result<Vec<(crate::domain::ids::EmployerId, String)>, AppError> {
    crate::request::serve(ssr::active_employers).await
}

/// Takes an action on an opening (`submit`, `publish`, `send_back` with a reason, `close`,
/// `fill`), if the viewer's role allows it in the opening's status.
#[server(name = ChangeOpening, prefix = "/api", endpoint = "change_opening")]
pub async fn change_opening(
    id: i64,
    action: String,
    reason: Option<String>,
) -> Result<(), AppError> {
    crate::request::serve(|cx| {
        ssr::change(
            cx,
            crate::domain::ids::OpeningId(id),
            action,
            reason.unwrap_or_default(),
        )
    })
    .await
}

/// Copies an opening into a new draft of the same employer.
#[server(name = DuplicateOpening, prefix = "/api", endpoint = "duplicate_opening")]
pub async fn duplicate_opening(id: i64) -> Result<(), AppError> {
    crate::request::serve(|cx| ssr::duplicate(cx, crate::domain::ids::OpeningId(id))).await
}
