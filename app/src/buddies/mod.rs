//! Buddies: volunteers who keep in touch with a person after placement. The desk invites
//! a buddy (single-use link to set a password) and pairs them with a placement; the buddy
//! gets what they need by e-mail and logs check-ins on their phone. A check-in that raises
//! the flag or scores 1–2 tells the consultant at once; the follow-up job in the server
//! reminds buddies of overdue check-ins.

mod accounts_page;
#[cfg(feature = "ssr")]
pub mod mail;
mod pairing_page;
#[cfg(feature = "ssr")]
pub mod ssr;
pub mod text;

pub use accounts_page::BuddiesPage;
pub use pairing_page::PairingPage;

use crate::domain::buddies::{CheckinForm, PairingForm};
use crate::domain::kinds::{CheckinMode, Rhythm};
use crate::error::AppError;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// A buddy account as the desk sees it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BuddyAccount {
    pub id: i64,
    pub name: String,
    pub email: String,
    /// Invited, no password set yet.
    pub invited: bool,
    pub active: bool,
    pub running: i64,
}

/// A check-in as its buddy sees it again (not the desk's note on it).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BuddyCheckin {
    pub held_on: String,
    pub mode: CheckinMode,
    pub score: i64,
    pub notes_work: String,
    pub notes_home: String,
    pub attention: bool,
    pub handled: bool,
}

/// One pairing as its buddy sees it: what they need to keep in touch, and nothing more.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PairingView {
    pub id: i64,
    pub first_name: String,
    pub employer_name: String,
    pub address: String,
    /// Only when the person's consent covers sharing their phone number.
    pub phone: Option<String>,
    pub start_date: String,
    pub rhythm: Rhythm,
    pub next_due: Option<String>,
    pub overdue: bool,
    pub running: bool,
    pub checkins: Vec<BuddyCheckin>,
    pub today: String,
}

/// The buddies; desk staff only.
#[server(name = GetBuddies, prefix = "/api", endpoint = "buddies", input = server_fn::codec::GetUrl)]
pub async fn buddy_accounts() -> Result<Vec<BuddyAccount>, AppError> {
    crate::request::serve(ssr::accounts).await
}

/// Invites a buddy by e-mail; desk staff only.
#[server(name = InviteBuddy, prefix = "/api", endpoint = "invite_buddy")]
pub async fn invite_buddy(name: String, email: String) -> Result<(), AppError> {
    crate::request::serve(|cx| ssr::invite(cx, name, email)).await
}

/// Pairs a buddy with a placement (a running pairing ends the day before); desk staff only.
#[server(name = PairBuddy, prefix = "/api", endpoint = "pair_buddy")]
pub async fn pair_buddy(
    placement: i64,
    #[server(flatten)] form: PairingForm,
) -> Result<(), AppError> {
    crate::request::serve(|cx| ssr::pair(cx, crate::domain::ids::PlacementId(placement), form))
        .await
}

/// One of the logged-in buddy's own pairings; any other id is "not found".
#[server(name = GetPairing, prefix = "/api", endpoint = "pairing", input = server_fn::codec::GetUrl)]
pub async fn pairing(id: i64) -> Result<PairingView, AppError> {
    crate::request::serve(|cx| ssr::pairing(cx, crate::domain::ids::PairingId(id))).await
}

/// Logs a check-in on one of the logged-in buddy's own running pairings.
#[server(name = LogCheckin, prefix = "/api", endpoint = "log_checkin")]
pub async fn log_checkin(
    pairing: i64,
    #[server(flatten)] form: CheckinForm,
) -> Result<(), AppError> {
    crate::request::serve(|cx| ssr::log_checkin(cx, crate::domain::ids::PairingId(pairing), form))
        .await
}
