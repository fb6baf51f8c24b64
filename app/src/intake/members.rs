//! A campaign's members one by one: the list (by state, searched by name or number) and
//! one member, who may be exempted before an invitation and put back. The bodies are in
//! `ssr/members.rs`; the rules in `domain::campaigns::members`.

use crate::domain::campaigns::CoverageState;
use crate::error::AppError;
use crate::wire::campaigns::{InvitationLine, MemberLine, MemberRecord};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// A page of a campaign's members.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MembersView {
    pub campaign_id: i64,
    pub campaign_name: String,
    pub state: Option<CoverageState>,
    pub q: String,
    pub members: Vec<MemberLine>,
    pub total: i64,
    pub page: i64,
    pub pages: i64,
}

/// One member with their invitations and what may be done now.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MemberView {
    pub campaign_id: i64,
    pub campaign_name: String,
    pub member: MemberRecord,
    pub invitations: Vec<InvitationLine>,
    pub may_exempt: bool,
    pub may_restore: bool,
}

/// A page of a campaign's members (`state`, `q`: only those); desk staff only.
#[server(name = GetCampaignMembers, prefix = "/api", endpoint = "campaign_members", input = server_fn::codec::GetUrl)]
pub async fn campaign_members(
    id: i64,
    state: Option<String>,
    q: Option<String>,
    page: Option<String>,
) -> Result<MembersView, AppError> {
    crate::request::serve(|cx| {
        super::ssr::members(
            cx,
            id,
            state.unwrap_or_default(),
            q.unwrap_or_default(),
            page.unwrap_or_default(),
        )
    })
    .await
}

/// One member of a campaign; desk staff only, audited.
#[server(name = GetCampaignMember, prefix = "/api", endpoint = "campaign_member", input = server_fn::codec::GetUrl)]
pub async fn campaign_member(id: i64, client: i64) -> Result<MemberView, AppError> {
    crate::request::serve(|cx| super::ssr::member(cx, id, client)).await
}

/// Exempts a member not yet invited, with a reason (and a note; needed for "other");
/// desk staff only. Posting it twice exempts once.
#[server(name = ExemptMember, prefix = "/api", endpoint = "exempt_member")]
pub async fn exempt_member(
    id: i64,
    client: i64,
    reason: Option<String>,
    note: Option<String>,
) -> Result<(), AppError> {
    crate::request::serve(|cx| {
        super::ssr::exempt_member(
            cx,
            id,
            client,
            reason.unwrap_or_default(),
            note.unwrap_or_default(),
        )
    })
    .await
}

/// Undoes an exemption made before any invitation; desk staff only.
#[server(name = RestoreMember, prefix = "/api", endpoint = "restore_member")]
pub async fn restore_member(id: i64, client: i64) -> Result<(), AppError> {
    crate::request::serve(|cx| super::ssr::restore_member(cx, id, client)).await
}
