//! A campaign's members one by one: listed, shown (audited: a member's page names a
//! person), exempted before an invitation and put back — each decided on what is stored
//! inside the write.

use super::desk;
use crate::domain::campaigns::members::{exempt_refusal, parse_exemption, restore_refusal};
use crate::domain::campaigns::{CampaignStatus, CoverageState};
use crate::error::{AppError, FieldMessage};
use crate::intake::members::{MemberView, MembersView};
use crate::request::Cx;
use crate::store::members as store;

pub const MEMBERS_PER_PAGE: i64 = 50;

fn page_of(campaign: i64, client: i64) -> String {
    format!("/balie/intake/campagnes/{campaign}/deelnemers/{client}")
}

pub async fn members(
    cx: Cx,
    id: i64,
    state: String,
    q: String,
    page: String,
) -> Result<MembersView, AppError> {
    desk(&cx)?;
    let db = cx.db();
    let campaign = crate::store::campaigns::find(db, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let state = CoverageState::parse(state.trim());
    let q = crate::domain::text::line(&q);
    let page = crate::domain::paging::parse_page(&page);
    let (total, members) = store::list(
        db,
        id,
        state,
        &q,
        MEMBERS_PER_PAGE,
        crate::domain::paging::offset(page, MEMBERS_PER_PAGE),
    )
    .await?;
    Ok(MembersView {
        campaign_id: id,
        campaign_name: campaign.name,
        state,
        q,
        members,
        total,
        page,
        pages: ((total + MEMBERS_PER_PAGE - 1) / MEMBERS_PER_PAGE).max(1),
    })
}

pub async fn member(cx: Cx, id: i64, client: i64) -> Result<MemberView, AppError> {
    let user = desk(&cx)?;
    let db = cx.db();
    let campaign = crate::store::campaigns::find(db, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let member = store::find(db, id, client)
        .await?
        .ok_or(AppError::NotFound)?;
    cx.audit(db.writer(), &user, "view", "campaign_member", client)
        .await?;
    let invitations = crate::store::campaigns::history(db, id, client).await?;
    let open = campaign.status == CampaignStatus::Open;
    Ok(MemberView {
        campaign_id: id,
        campaign_name: campaign.name,
        may_exempt: exempt_refusal(member.state, open).is_none(),
        may_restore: restore_refusal(
            member.state,
            member.exemption_reason,
            invitations.len(),
            open,
        )
        .is_none(),
        member,
        invitations,
    })
}

pub async fn exempt_member(
    cx: Cx,
    id: i64,
    client: i64,
    reason: String,
    note: String,
) -> Result<(), AppError> {
    let user = desk(&cx)?;
    let db = cx.db();
    let campaign = crate::store::campaigns::find(db, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let values = vec![
        ("reason".to_string(), reason.clone()),
        ("note".to_string(), note.clone()),
    ];
    let refused =
        |field: &str, t| AppError::invalid(vec![FieldMessage::new(field, t)], values.clone());
    let (reason, note) = parse_exemption(&reason, &note).map_err(|(f, t)| refused(f, t))?;
    let mut tx = db.write().await?;
    let Some((state, own)) = store::state_in(&mut tx, id, client).await? else {
        return Err(AppError::NotFound);
    };
    if state == CoverageState::Exempted && own == Some(reason) {
        // The same form posted again: it is recorded already.
        leptos_axum::redirect(&page_of(id, client));
        return Ok(());
    }
    if let Some(t) = exempt_refusal(state, campaign.status == CampaignStatus::Open) {
        return Err(refused("reason", t));
    }
    if store::exempt(&mut tx, id, client, reason, &note, user.id, cx.now()).await? {
        cx.audit(&mut **tx, &user, "exempt", "campaign_member", client)
            .await?;
        tx.commit().await?;
        tracing::info!(campaign = id, client, reason = %reason, by = user.id, "member exempted");
    }
    leptos_axum::redirect(&page_of(id, client));
    Ok(())
}

pub async fn restore_member(cx: Cx, id: i64, client: i64) -> Result<(), AppError> {
    let user = desk(&cx)?;
    let db = cx.db();
    let campaign = crate::store::campaigns::find(db, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let mut tx = db.write().await?;
    let Some((state, own)) = store::state_in(&mut tx, id, client).await? else {
        return Err(AppError::NotFound);
    };
    if state == CoverageState::NotInvited {
        // Posted twice: put back already.
        leptos_axum::redirect(&page_of(id, client));
        return Ok(());
    }
    let invited = store::invitation_count(&mut tx, id, client).await? as usize;
    if let Some(t) = restore_refusal(state, own, invited, campaign.status == CampaignStatus::Open) {
        return Err(AppError::invalid(
            vec![FieldMessage::new("restore", t)],
            Vec::new(),
        ));
    }
    if store::restore(&mut tx, id, client).await? {
        cx.audit(&mut **tx, &user, "restore", "campaign_member", client)
            .await?;
        tx.commit().await?;
        tracing::info!(
            campaign = id,
            client,
            by = user.id,
            "member exemption undone"
        );
    }
    leptos_axum::redirect(&page_of(id, client));
    Ok(())
}
