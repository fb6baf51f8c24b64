//! Server side of the intake pages, desk staff only: the caseload (`caseload`), campaigns
//! and their waves (`campaigns`), invitations with their outcomes (`invitations`), and the
//! members one by one (`members`).

mod campaigns;
mod caseload;
mod intakes;
mod invitations;
mod members;

pub use campaigns::*;
pub use caseload::*;
pub use intakes::*;
pub use invitations::*;
pub use members::*;

use crate::auth::SessionUser;
use crate::domain::Role;
use crate::error::AppError;
use crate::request::Cx;

pub(crate) fn desk(cx: &Cx) -> Result<SessionUser, AppError> {
    cx.require(&[Role::Desk, Role::Admin])
}
