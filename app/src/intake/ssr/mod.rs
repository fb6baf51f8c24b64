//! Server side of the intake pages, desk staff only: the caseload (`caseload`), campaigns
//! and their waves (`campaigns`), and invitations with their outcomes (`invitations`).

mod campaigns;
mod caseload;
mod intakes;
mod invitations;

pub use campaigns::*;
pub use caseload::*;
pub use intakes::*;
pub use invitations::*;

use crate::auth::SessionUser;
use crate::domain::Role;
use crate::error::AppError;
use crate::request::Cx;

pub(crate) fn desk(cx: &Cx) -> Result<SessionUser, AppError> {
    cx.require(&[Role::Desk, Role::Admin])
}
