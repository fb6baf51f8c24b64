//! What the campaign pages and the store pass around.

use crate::domain::campaigns::{
    AttemptMode, CampaignStatus, CoverageState, ExemptionReason, InvitationChannel,
    InvitationStatus,
};
use serde::{Deserialize, Serialize};

/// A campaign in the list.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(sqlx::FromRow))]
pub struct CampaignLine {
    pub id: i64,
    pub name: String,
    pub starts_on: String,
    pub ends_on: String,
    pub target: i64,
    pub status: CampaignStatus,
    pub members: i64,
    pub seen: i64,
}

/// A campaign as stored (criteria as their columns).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(sqlx::FromRow))]
pub struct CampaignRecord {
    pub id: i64,
    pub name: String,
    pub starts_on: String,
    pub ends_on: String,
    pub target: i64,
    pub status: CampaignStatus,
    pub municipality: Option<String>,
    pub postcode_from: Option<i64>,
    pub postcode_to: Option<i64>,
    pub district: Option<String>,
    pub target_group: Option<String>,
    pub min_benefit_months: Option<i64>,
    pub created_by: String,
    pub created_at: i64,
    /// Who closed it, and when (unix seconds); `None` while open.
    pub closed_by: Option<String>,
    pub closed_at: Option<i64>,
    /// How many its criteria selected who were left out, being in another running
    /// campaign already.
    pub elsewhere: i64,
}

/// A wave of invitations.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(sqlx::FromRow))]
pub struct WaveLine {
    pub id: i64,
    pub number: i64,
    pub first_day: String,
    pub days: i64,
    pub place: String,
    pub invited: i64,
    pub created_by: String,
    pub created_at: i64,
}

/// An invitation in a list.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(sqlx::FromRow))]
pub struct InvitationLine {
    pub id: i64,
    pub campaign_id: i64,
    pub client_name: String,
    pub client_number: String,
    pub appointment_day: String,
    pub appointment_time: String,
    pub place: String,
    pub consultant: String,
    pub channel: InvitationChannel,
    pub status: InvitationStatus,
}

/// One invitation with the person and the appointment.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(sqlx::FromRow))]
pub struct InvitationRecord {
    pub id: i64,
    pub campaign_id: i64,
    pub campaign_name: String,
    pub client_id: i64,
    pub client_name: String,
    pub client_number: String,
    pub address: String,
    pub postcode: String,
    pub municipality: String,
    pub email: String,
    pub appointment_day: String,
    pub appointment_time: String,
    pub minutes: i64,
    pub appointment_at: i64,
    pub place: String,
    pub consultant_id: i64,
    pub consultant: String,
    pub consultant_email: String,
    pub channel: InvitationChannel,
    pub status: InvitationStatus,
    pub exemption_reason: Option<String>,
    pub note: String,
    pub no_show_at: Option<i64>,
    pub series: Option<i64>,
    pub sequence: i64,
    pub outcome_by: Option<String>,
    pub outcome_at: Option<i64>,
}

/// A try to get back in touch after a no-show.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(sqlx::FromRow))]
pub struct AttemptLine {
    pub made_on: String,
    pub mode: AttemptMode,
    #[cfg_attr(feature = "ssr", sqlx(try_from = "crate::sql::Flag"))]
    pub reached: bool,
    pub note: String,
    pub recorded_by: String,
}

/// A member of a campaign in its list of members: where they stand, and why when they
/// were exempted before an invitation.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(sqlx::FromRow))]
pub struct MemberLine {
    pub client_id: i64,
    pub client_number: String,
    pub name: String,
    pub municipality: String,
    pub state: CoverageState,
    /// Set when the member was exempted before an invitation (or left the benefits system).
    pub exemption_reason: Option<ExemptionReason>,
}

/// One member with who exempted them and when (before an invitation).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(sqlx::FromRow))]
pub struct MemberRecord {
    pub client_id: i64,
    pub client_number: String,
    pub name: String,
    pub municipality: String,
    pub postcode: String,
    pub birth_year: i64,
    pub benefit_start: String,
    #[cfg_attr(feature = "ssr", sqlx(try_from = "crate::sql::Flag"))]
    pub young: bool,
    #[cfg_attr(feature = "ssr", sqlx(try_from = "crate::sql::Flag"))]
    pub over_50: bool,
    #[cfg_attr(feature = "ssr", sqlx(try_from = "crate::sql::Flag"))]
    pub long_term: bool,
    pub state: CoverageState,
    pub exemption_reason: Option<ExemptionReason>,
    pub exemption_note: String,
    pub exempted_by: Option<String>,
    pub exempted_at: Option<i64>,
    /// The day the client left the benefits system, when they did.
    pub left_on: Option<String>,
}
