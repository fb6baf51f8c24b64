//! Partner employers: the public registration form, the desk's queue of registrations and
//! its review (approve with an account manager, or decline with a reason). Approval creates
//! the contact's account and e-mails a single-use link to set a password.

mod colleagues;
mod create_page;
mod queue_page;
pub(crate) mod register_page;
#[cfg(feature = "ssr")]
pub(crate) mod ssr;

pub use crate::wire::employers::EmployerRecord;
pub use colleagues::{colleagues, invite_colleague, Colleague, ColleaguesPage};
pub use create_page::CreateEmployerPage;
pub use queue_page::{QueuePage, ReviewPage};
pub use register_page::{RegisterPage, ThanksPage};

use crate::domain::registration::RegistrationForm;
use crate::error::AppError;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// What the review page needs: the registration and who could manage the account.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Review {
    pub employer: EmployerRecord,
    pub account_managers: Vec<(i64, String)>,
}

/// A visitor asks to become a partner employer. Public; `csrf` is checked by the middleware.
#[server(name = RegisterEmployer, prefix = "/api", endpoint = "register_employer")]
pub async fn register_employer(#[server(flatten)] form: RegistrationForm) -> Result<(), AppError> {
    crate::request::serve(|cx| ssr::register(cx, form)).await
}

/// Registrations waiting for review; desk staff only.
#[server(name = GetPendingEmployers, prefix = "/api", endpoint = "pending_employers", input = server_fn::codec::GetUrl)]
pub async fn pending_employers() -> Result<Vec<EmployerRecord>, AppError> {
    crate::request::serve(ssr::pending).await
}

/// One registration with the possible account managers; desk staff only.
#[server(name = GetEmployerReview, prefix = "/api", endpoint = "employer_review", input = server_fn::codec::GetUrl)]
pub async fn employer_review(id: i64) -> Result<Review, AppError> {
    crate::request::serve(|cx| ssr::review(cx, crate::domain::ids::EmployerId(id))).await
}

/// Approves a registration; desk staff only.
#[server(name = ApproveEmployer, prefix = "/api", endpoint = "approve_employer")]
pub async fn approve_employer(id: i64, account_manager: String) -> Result<(), AppError> {
    crate::request::serve(|cx| {
        ssr::approve(cx, crate::domain::ids::EmployerId(id), account_manager)
    })
    .await
}

/// Declines a registration with a reason the contact receives; desk staff only.
#[server(name = DeclineEmployer, prefix = "/api", endpoint = "decline_employer")]
pub async fn decline_employer(id: i64, reason: String) -> Result<(), AppError> {
    crate::request::serve(|cx| ssr::decline(cx, crate::domain::ids::EmployerId(id), reason)).await
}

/// Desk staff who can manage an employer: `(id, name)`; desk staff only.
#[server(name = GetAccountManagers, prefix = "/api", endpoint = "account_managers", input = server_fn::codec::GetUrl)]
pub async fn account_managers() -> Result<Vec<(i64, String)>, AppError> {
    crate::request::serve(ssr::managers).await
}

/// The desk enters an active employer itself; desk staff only.
#[server(name = CreateEmployer, prefix = "/api", endpoint = "create_employer")]
pub async fn create_employer(
    account_manager: String,
    invite_contact: Option<String>,
    #[server(flatten)] form: RegistrationForm,
) -> Result<(), AppError> {
    crate::request::serve(|cx| ssr::create(cx, account_manager, invite_contact.is_some(), form))
        .await
}
