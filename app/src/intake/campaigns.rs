//! Campaigns and invitations: what their pages and server functions share. The bodies are
//! in `ssr/campaigns.rs` and `ssr/invitations.rs`.

use crate::domain::campaigns::change::CampaignChangeForm;
use crate::domain::campaigns::coverage::Coverage;
use crate::domain::campaigns::form::CampaignForm;
use crate::domain::campaigns::waves::WaveForm;
use crate::domain::campaigns::{CoverageState, InvitationStatus};
use crate::error::AppError;
use crate::wire::campaigns::{
    AttemptLine, CampaignRecord, InvitationLine, InvitationRecord, WaveLine,
};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// What the new-campaign form offers.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CampaignFormData {
    pub consultants: Vec<(i64, String)>,
    pub municipalities: Vec<String>,
    pub clients: i64,
    /// A fresh key for the form, so posting it twice makes one campaign.
    pub key: String,
}

/// One campaign: its criteria, coverage, waves and a page of its invitations.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CampaignView {
    pub campaign: CampaignRecord,
    pub consultants: Vec<String>,
    pub coverage: Coverage,
    pub waves: Vec<WaveLine>,
    pub filter: Option<InvitationStatus>,
    pub invitations: Vec<InvitationLine>,
    pub total: i64,
    pub page: i64,
    pub pages: i64,
    /// Today, `YYYY-MM-DD` (the wave form's first day).
    pub today: String,
}

/// A running campaign's change form: how it stands, and who may take part.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CampaignChangeData {
    pub campaign: CampaignRecord,
    /// Everyone who may take part: `(id, name)`.
    pub consultants: Vec<(i64, String)>,
    /// Those taking part now.
    pub chosen: Vec<i64>,
}

/// The letters of one wave, to print at once.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct WaveLetters {
    pub campaign_id: i64,
    pub campaign_name: String,
    pub wave: WaveLine,
    pub letters: Vec<InvitationRecord>,
}

/// One invitation with what may be recorded now.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct InvitationView {
    pub invitation: InvitationRecord,
    pub attempts: Vec<AttemptLine>,
    /// Every invitation of this person in this campaign (this one among them).
    pub history: Vec<InvitationLine>,
    /// Where the person stands in the campaign.
    pub state: CoverageState,
    /// Outcomes that may be recorded today.
    pub may: Vec<InvitationStatus>,
    /// Whether a new appointment may be made (a move, or again after a no-show).
    pub may_plan: bool,
    /// An intake was recorded for this conversation.
    pub intake_recorded: bool,
    pub today: String,
    /// The person's newest invitation in the campaign when it is not this one: only that
    /// one takes an outcome, a new appointment or a try.
    pub newer: Option<i64>,
}

/// The new-campaign form; desk staff only.
#[server(name = GetCampaignForm, prefix = "/api", endpoint = "campaign_form", input = server_fn::codec::GetUrl)]
pub async fn campaign_form() -> Result<CampaignFormData, AppError> {
    crate::request::serve(super::ssr::campaign_form).await
}

/// Makes a campaign and fixes who is in it; desk staff only.
#[server(name = CreateCampaign, prefix = "/api", endpoint = "create_campaign")]
pub async fn create_campaign(
    consultants: Option<Vec<i64>>,
    #[server(flatten)] form: CampaignForm,
) -> Result<(), AppError> {
    crate::request::serve(|cx| {
        super::ssr::create_campaign(cx, form, consultants.unwrap_or_default())
    })
    .await
}

/// One campaign with the invitations `status` asks for, page `page`; desk staff only.
#[server(name = GetCampaign, prefix = "/api", endpoint = "campaign", input = server_fn::codec::GetUrl)]
pub async fn campaign(
    id: i64,
    status: Option<String>,
    page: Option<String>,
) -> Result<CampaignView, AppError> {
    crate::request::serve(|cx| {
        super::ssr::campaign(cx, id, status.unwrap_or_default(), page.unwrap_or_default())
    })
    .await
}

/// Plans a wave of invitations (mail with a calendar file, or a letter); desk staff only.
#[server(name = PlanWave, prefix = "/api", endpoint = "plan_wave")]
pub async fn plan_wave(campaign: i64, #[server(flatten)] form: WaveForm) -> Result<(), AppError> {
    crate::request::serve(|cx| super::ssr::plan_wave(cx, campaign, form)).await
}

/// The change form of an open campaign; desk staff only.
#[server(name = GetCampaignChangeForm, prefix = "/api", endpoint = "campaign_change_form", input = server_fn::codec::GetUrl)]
pub async fn campaign_change_form(id: i64) -> Result<CampaignChangeData, AppError> {
    crate::request::serve(|cx| super::ssr::campaign_change_form(cx, id)).await
}

/// Changes an open campaign's name, last day, target and consultants; desk staff only.
#[server(name = ChangeCampaign, prefix = "/api", endpoint = "change_campaign")]
pub async fn change_campaign(
    id: i64,
    consultants: Option<Vec<i64>>,
    #[server(flatten)] form: CampaignChangeForm,
) -> Result<(), AppError> {
    crate::request::serve(|cx| {
        super::ssr::change_campaign(cx, id, form, consultants.unwrap_or_default())
    })
    .await
}

/// Closes a campaign (`confirm` ticked); desk staff only.
#[server(name = CloseCampaign, prefix = "/api", endpoint = "close_campaign")]
pub async fn close_campaign(id: i64, confirm: Option<String>) -> Result<(), AppError> {
    crate::request::serve(|cx| {
        super::ssr::close_campaign(cx, id, confirm.is_some_and(|c| c == "on"))
    })
    .await
}

/// The letters of a campaign's wave `wave` (the latest when empty); desk staff only,
/// audited.
#[server(name = GetWaveLetters, prefix = "/api", endpoint = "wave_letters", input = server_fn::codec::GetUrl)]
pub async fn wave_letters(id: i64, wave: Option<i64>) -> Result<WaveLetters, AppError> {
    crate::request::serve(|cx| super::ssr::wave_letters(cx, id, wave)).await
}

/// One invitation; desk staff only, audited.
#[server(name = GetInvitation, prefix = "/api", endpoint = "invitation", input = server_fn::codec::GetUrl)]
pub async fn invitation(id: i64) -> Result<InvitationView, AppError> {
    crate::request::serve(|cx| super::ssr::invitation(cx, id)).await
}

/// Records how an invitation ended: `held`, `no_show` or `exempted` (with `reason`);
/// desk staff only.
#[server(name = RecordOutcome, prefix = "/api", endpoint = "record_outcome")]
pub async fn record_outcome(
    id: i64,
    outcome: String,
    reason: Option<String>,
    note: Option<String>,
) -> Result<(), AppError> {
    crate::request::serve(|cx| {
        super::ssr::record_outcome(
            cx,
            id,
            outcome,
            reason.unwrap_or_default(),
            note.unwrap_or_default(),
        )
    })
    .await
}

/// A new appointment: the invitation moved, or again after a no-show; desk staff only.
#[server(name = NewAppointment, prefix = "/api", endpoint = "new_appointment")]
pub async fn new_appointment(
    id: i64,
    day: String,
    time: String,
    place: String,
) -> Result<(), AppError> {
    crate::request::serve(|cx| super::ssr::new_appointment(cx, id, day, time, place)).await
}

/// Records a try to get back in touch after a no-show (`after`: the number of tries the
/// page showed, so the same form posted twice records one); desk staff only.
#[server(name = RecordAttempt, prefix = "/api", endpoint = "record_attempt")]
pub async fn record_attempt(
    id: i64,
    made_on: String,
    mode: String,
    reached: Option<String>,
    note: Option<String>,
    after: Option<String>,
) -> Result<(), AppError> {
    crate::request::serve(|cx| {
        super::ssr::record_attempt(
            cx,
            id,
            made_on,
            mode,
            reached.is_some(),
            note.unwrap_or_default(),
            after.and_then(|a| a.trim().parse().ok()),
        )
    })
    .await
}
