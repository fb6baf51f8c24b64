//! The road before the candidate pool (issue #19), for the desk only: the caseload — the
//! benefits system's export read in, shown line by line before anything is kept, and the
//! clients it holds — and the campaigns that invite them, in waves, each invitation ending
//! in an outcome, with the coverage against the target. The upload itself is a plain route (`server/src/web/intake.rs`:
//! a file needs a multipart form); everything after it is here.

mod campaign_change_page;
mod campaign_form_page;
mod campaign_page;
pub mod campaigns;
mod clients_page;
pub mod coverage_tables;
mod home_page;
mod import_page;
mod intake_page;
pub mod intakes;
mod invitation_page;
pub mod ladder_section;
mod letter_page;
mod letters_page;
#[cfg(feature = "ssr")]
pub mod mail;
mod member_page;
pub mod members;
mod members_page;
mod preview_page;
pub mod record_text;
#[cfg(feature = "ssr")]
pub mod ssr;
pub mod text;
pub mod work;

pub use crate::wire::caseload::*;
pub use campaign_change_page::CampaignChangePage;
pub use campaign_form_page::NewCampaignPage;
pub use campaign_page::CampaignPage;
pub use clients_page::ClientsPage;
pub use home_page::IntakeHomePage;
pub use import_page::ImportPage;
pub use intake_page::IntakeRecordPage;
pub use invitation_page::InvitationPage;
pub use letter_page::LetterPage;
pub use letters_page::WaveLettersPage;
pub use member_page::CampaignMemberPage;
pub use members_page::CampaignMembersPage;
pub use preview_page::PreviewPage;

use crate::domain::caseload::changes::PreviewLine;
use crate::domain::caseload::{CaseloadField, PreviewShow};
use crate::error::AppError;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// `/balie/intake`: how big the caseload is and its latest imports.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct IntakeOverview {
    pub clients: i64,
    pub imports: Vec<ImportLine>,
    pub campaigns: Vec<crate::wire::campaigns::CampaignLine>,
}

/// One import: a preview's lines (filtered and paged), or what a stored one changed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ImportView {
    pub import: ImportLine,
    /// When the same file was stored before (another import).
    pub stored_before: Option<i64>,
    pub ignored_columns: Vec<String>,
    pub has_bsn: bool,
    pub show: PreviewShow,
    pub lines: Vec<PreviewLine>,
    pub page: i64,
    pub pages: i64,
    /// For a stored import: the clients it changed and which fields.
    pub changes: Vec<(String, String, Vec<CaseloadField>)>,
    /// Clients on the caseload the file does not mention (for a stored import: only when
    /// it is the newest, the one leavers are marked from).
    pub absent: i64,
    /// For a stored import: how many of the clients it did not list were marked as left
    /// the benefits system, and the day given.
    pub leavers: i64,
    pub left_on: Option<String>,
    /// Today, `YYYY-MM-DD` (the leavers' form's day).
    pub today: String,
}

/// The overview of the caseload; desk staff only.
#[server(name = GetIntakeOverview, prefix = "/api", endpoint = "intake_overview", input = server_fn::codec::GetUrl)]
pub async fn intake_overview() -> Result<IntakeOverview, AppError> {
    crate::request::serve(ssr::overview).await
}

/// The import history; desk staff only.
#[server(name = GetCaseloadImports, prefix = "/api", endpoint = "caseload_imports", input = server_fn::codec::GetUrl)]
pub async fn caseload_imports() -> Result<Vec<ImportLine>, AppError> {
    crate::request::serve(ssr::imports).await
}

/// One import with the lines `show` asks for, page `page`; desk staff only, audited.
#[server(name = GetCaseloadImport, prefix = "/api", endpoint = "caseload_import", input = server_fn::codec::GetUrl)]
pub async fn caseload_import(
    id: i64,
    show: Option<String>,
    page: Option<String>,
) -> Result<ImportView, AppError> {
    crate::request::serve(|cx| {
        ssr::import(cx, id, show.unwrap_or_default(), page.unwrap_or_default())
    })
    .await
}

/// Stores the good lines of a previewed import; desk staff only. Posting it twice stores
/// once.
#[server(name = StoreCaseloadImport, prefix = "/api", endpoint = "store_caseload_import")]
pub async fn store_caseload_import(id: i64) -> Result<(), AppError> {
    crate::request::serve(|cx| ssr::store(cx, id)).await
}

/// Marks the clients the newest stored import did not list as left the benefits system
/// on `day` (`confirm` ticked): they leave the campaigns still running, as exempted
/// (benefit ended), and new campaigns no longer select them; desk staff only. Posting it
/// twice marks them once.
#[server(name = MarkLeavers, prefix = "/api", endpoint = "mark_leavers")]
pub async fn mark_leavers(id: i64, day: String, confirm: Option<String>) -> Result<(), AppError> {
    crate::request::serve(|cx| ssr::mark_leavers(cx, id, day, confirm.is_some_and(|c| c == "on")))
        .await
}

/// Discards a previewed import (nothing of it was stored); desk staff only.
#[server(name = DiscardCaseloadImport, prefix = "/api", endpoint = "discard_caseload_import")]
pub async fn discard_caseload_import(id: i64) -> Result<(), AppError> {
    crate::request::serve(|cx| ssr::discard(cx, id)).await
}

/// A page of the caseload; desk staff only.
#[server(name = SearchCaseload, prefix = "/api", endpoint = "caseload_clients", input = server_fn::codec::GetUrl)]
pub async fn caseload_clients(
    #[server(flatten)] query: ClientQuery,
) -> Result<ClientPage, AppError> {
    crate::request::serve(|cx| ssr::clients(cx, query)).await
}
