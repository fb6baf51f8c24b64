//! Campaigns: made with their members fixed, shown with their coverage, and waves planned
//! — all invitations of a wave, their mail and their members' new state in one write, read
//! inside it, so two desks planning at once never invite someone twice.

use super::desk;
use crate::domain::campaigns::coverage::coverage;
use crate::domain::campaigns::criteria::{groups_of, ClientFacts};
use crate::domain::campaigns::form::CampaignForm;
use crate::domain::campaigns::members::one_running_campaign;
use crate::domain::campaigns::waves::{
    clock_minutes, no_consultant, nobody_left, not_enough, wave_taken, working_days, Booking,
    WaveForm,
};
use crate::domain::campaigns::{InvitationChannel, InvitationStatus};
use crate::domain::dates::{day_of, iso_date, local_moment, parse_iso_date};
use crate::domain::kinds::TargetGroup;
use crate::error::AppError;
use crate::intake::campaigns::{CampaignChangeData, CampaignFormData, CampaignView, WaveLetters};
use crate::intake::mail::{invitation_mail, Invite};
use crate::request::Cx;
use crate::store::campaigns::{self as store, NewInvitation, NewMember, NewWave};
use std::collections::HashSet;

pub const INVITATIONS_PER_PAGE: i64 = 50;

pub async fn campaign_form(cx: Cx) -> Result<CampaignFormData, AppError> {
    desk(&cx)?;
    let db = cx.db();
    Ok(CampaignFormData {
        consultants: crate::store::candidates::consultants(db).await?,
        municipalities: crate::store::caseload::municipalities(db).await?,
        clients: crate::store::caseload::client_count(db).await?,
        key: crate::auth::tokens::random_token(),
    })
}

/// The desk staff who may take part in a campaign.
async fn known_consultants(db: &crate::store::Db) -> Result<Vec<i64>, AppError> {
    Ok(crate::store::candidates::consultants(db)
        .await?
        .into_iter()
        .map(|(id, _)| id)
        .collect())
}

/// A refusal that brings the ticked consultants back ticked.
fn ticked_back(e: AppError, chosen: &[i64]) -> AppError {
    match e {
        AppError::Invalid { fields, mut values } => {
            values.extend(
                chosen
                    .iter()
                    .map(|c| ("consultants".to_string(), c.to_string())),
            );
            AppError::Invalid { fields, values }
        }
        other => other,
    }
}

pub async fn create_campaign(cx: Cx, form: CampaignForm, chosen: Vec<i64>) -> Result<(), AppError> {
    let user = desk(&cx)?;
    let db = cx.db();
    let known = known_consultants(db).await?;
    let campaign = form
        .parse(&chosen, &known)
        .map_err(|e| ticked_back(e, &chosen))?;
    let today = day_of(cx.now());
    let facts = store::caseload_facts(db).await?;
    let members: Vec<NewMember> = facts
        .iter()
        .filter(|f| {
            campaign.criteria.selects(
                &ClientFacts {
                    municipality: &f.municipality,
                    postcode: &f.postcode,
                    district: &f.district,
                    birth_year: f.birth_year,
                    benefit_start: &f.benefit_start,
                },
                today,
            )
        })
        .map(|f| {
            let groups = groups_of(f.birth_year, &f.benefit_start, today);
            NewMember {
                client_id: f.id,
                municipality: &f.municipality,
                young: groups.contains(&TargetGroup::Young),
                over_50: groups.contains(&TargetGroup::Over50),
                long_term: groups.contains(&TargetGroup::LongTermUnemployed),
                benefit_start: &f.benefit_start,
            }
        })
        .collect();
    let key = crate::auth::tokens::form_key(&form.key);
    let mut tx = db.write().await?;
    if let Some(made) = match key {
        Some(key) => store::made_from(&mut tx, key).await?,
        None => None,
    } {
        // The same form posted again: the campaign is there already.
        leptos_axum::redirect(&format!("/balie/intake/campagnes/{made}"));
        return Ok(());
    }
    // One running campaign per person, read under the lock (PostgreSQL: two desks making
    // campaigns at once take turns, so the second sees the first's members).
    crate::store::members::lock_campaign_making(&mut tx, db.backend()).await?;
    let elsewhere = crate::store::members::in_running_campaigns(&mut tx, &iso_date(today)).await?;
    let (kept, left_out) =
        one_running_campaign(members.iter().map(|m| m.client_id).collect(), &elsewhere);
    let kept: HashSet<i64> = kept.into_iter().collect();
    let members: Vec<NewMember> = members
        .into_iter()
        .filter(|m| kept.contains(&m.client_id))
        .collect();
    let id = store::insert(&mut tx, &campaign, key, user.id, cx.now()).await?;
    store::add_members(&mut tx, id, &members, cx.now()).await?;
    crate::store::members::set_elsewhere(&mut tx, id, left_out).await?;
    cx.audit(&mut **tx, &user, "create", "campaign", id).await?;
    tx.commit().await?;
    tracing::info!(
        campaign = id,
        members = members.len(),
        in_another_campaign = left_out,
        by = user.id,
        "campaign made"
    );
    leptos_axum::redirect(&format!("/balie/intake/campagnes/{id}"));
    Ok(())
}

pub async fn campaign(
    cx: Cx,
    id: i64,
    status: String,
    page: String,
) -> Result<CampaignView, AppError> {
    desk(&cx)?;
    let db = cx.db();
    let campaign = store::find(db, id).await?.ok_or(AppError::NotFound)?;
    let today = day_of(cx.now());
    let (start, end) = period(&campaign.starts_on, &campaign.ends_on)?;
    let rows = store::coverage_rows(db, id).await?;
    let filter = InvitationStatus::parse(status.trim());
    let page = crate::domain::paging::parse_page(&page);
    let (total, invitations) = store::invitations(
        db,
        id,
        filter,
        INVITATIONS_PER_PAGE,
        crate::domain::paging::offset(page, INVITATIONS_PER_PAGE),
    )
    .await?;
    Ok(CampaignView {
        coverage: coverage(&rows, campaign.target, start, end, today),
        consultants: store::consultants(db, id)
            .await?
            .into_iter()
            .map(|(_, name, _)| name)
            .collect(),
        waves: store::waves(db, id).await?,
        campaign,
        filter,
        invitations,
        total,
        page,
        pages: ((total + INVITATIONS_PER_PAGE - 1) / INVITATIONS_PER_PAGE).max(1),
        today: iso_date(today),
    })
}

/// A campaign's first and last day as day numbers.
pub(super) fn period(starts_on: &str, ends_on: &str) -> Result<(i64, i64), AppError> {
    match (parse_iso_date(starts_on), parse_iso_date(ends_on)) {
        (Some(s), Some(e)) => Ok((s, e)),
        _ => {
            tracing::error!(starts_on, ends_on, "a stored campaign has no period");
            Err(AppError::Internal)
        }
    }
}

/// A stored appointment as the rules see it (`None` for one whose day or time is not real,
/// which the database's checks never let in).
pub(super) fn booking(b: &store::Booked) -> Option<Booking> {
    Some(Booking {
        consultant: b.consultant_id,
        day: parse_iso_date(&b.appointment_day)?,
        start: clock_minutes(&b.appointment_time)?,
        minutes: b.minutes,
    })
}

/// `HH:MM` of minutes after midnight.
pub(super) fn clock_time(minutes: i64) -> String {
    format!("{:02}:{:02}", minutes / 60, minutes % 60)
}

pub async fn plan_wave(cx: Cx, campaign_id: i64, form: WaveForm) -> Result<(), AppError> {
    let user = desk(&cx)?;
    let state = &cx.state;
    let db = cx.db();
    let campaign = store::find(db, campaign_id)
        .await?
        .ok_or(AppError::NotFound)?;
    if campaign.status != crate::domain::campaigns::CampaignStatus::Open {
        return Err(AppError::Gone);
    }
    let today = day_of(cx.now());
    let plan = form.parse(today, period(&campaign.starts_on, &campaign.ends_on)?)?;
    // Consultants who left the desk (their account ended) get no new appointments.
    let active: HashSet<i64> = known_consultants(db).await?.into_iter().collect();
    let consultants: Vec<_> = store::consultants(db, campaign_id)
        .await?
        .into_iter()
        .filter(|(id, _, _)| active.contains(id))
        .collect();
    if consultants.is_empty() {
        return Err(no_consultant(&form));
    }
    let ids: Vec<i64> = consultants.iter().map(|(id, _, _)| *id).collect();
    let days = working_days(plan.first_day, plan.days);
    let (first, last) = (
        iso_date(plan.first_day),
        iso_date(*days.last().unwrap_or(&plan.first_day)),
    );
    let now = cx.now();

    let mut tx = db.write().await?;
    if let Some(number) = plan.number {
        let planners = store::wave_planners(&mut tx, campaign_id, number).await?;
        if planners.contains(&user.id) {
            // The same form posted again: its wave is planned already.
            leptos_axum::redirect(&format!("/balie/intake/campagnes/{campaign_id}"));
            return Ok(());
        }
        if !planners.is_empty() {
            // A colleague planned a wave since this page was shown: look before planning.
            return Err(wave_taken(&form));
        }
    }
    store::lock_consultants(&mut tx, db.backend(), &ids).await?;
    let invitees = store::to_invite(&mut tx, campaign_id, plan.people).await?;
    if invitees.is_empty() {
        return Err(nobody_left(&form));
    }
    let taken: Vec<Booking> = store::taken(&mut tx, &ids, &first, &last)
        .await?
        .iter()
        .filter_map(booking)
        .collect();
    let slots = plan.slots(&ids, &taken, invitees.len());
    if slots.len() < invitees.len() {
        return Err(not_enough(&form, slots.len()));
    }
    let (wave_id, number) = store::insert_wave(
        &mut tx,
        &NewWave {
            campaign_id,
            first_day: &first,
            days: plan.days,
            place: &plan.place,
            invited: invitees.len() as i64,
            by: user.id,
            at: now,
        },
    )
    .await?;
    let mut mails = 0;
    for (who, slot) in invitees.iter().zip(&slots) {
        let day = iso_date(slot.day);
        let time = clock_time(slot.minutes);
        let channel = if who.email.is_empty() {
            InvitationChannel::Letter
        } else {
            InvitationChannel::Email
        };
        let id = store::insert_invitation(
            &mut tx,
            &NewInvitation {
                campaign_id,
                client_id: who.client_id,
                wave_id: Some(wave_id),
                series: None,
                sequence: 0,
                day: &day,
                time: &time,
                minutes: plan.slot,
                at: local_moment(slot.day, slot.minutes),
                place: &plan.place,
                consultant_id: slot.consultant,
                channel,
                created_by: user.id,
                created_at: now,
            },
        )
        .await?;
        let (_, consultant, consultant_email) = consultants
            .iter()
            .find(|(c, _, _)| *c == slot.consultant)
            .ok_or(AppError::Internal)?;
        let invite = Invite {
            series: id,
            sequence: 0,
            day: &day,
            time: &time,
            minutes: plan.slot,
            place: &plan.place,
            name: &who.name,
            email: &who.email,
            consultant,
            consultant_email,
        };
        if let Some(mail) = invitation_mail(&invite, &state.public_url, now) {
            crate::store::outbox::enqueue(&mut **tx, &mail, now).await?;
            mails += 1;
        }
    }
    cx.audit(&mut **tx, &user, "plan_wave", "campaign", campaign_id)
        .await?;
    tx.commit().await?;
    if mails > 0 {
        state.mail_wake.notify_one();
    }
    tracing::info!(
        campaign = campaign_id,
        wave = number,
        invited = invitees.len(),
        mails,
        "wave planned"
    );
    leptos_axum::redirect(&format!("/balie/intake/campagnes/{campaign_id}"));
    Ok(())
}

/// Closes a campaign once the desk ticked that it means to: no waves after that; the
/// appointments made can still be completed, and everyone stays in its coverage.
pub async fn close_campaign(cx: Cx, id: i64, confirmed: bool) -> Result<(), AppError> {
    let user = desk(&cx)?;
    let db = cx.db();
    store::find(db, id).await?.ok_or(AppError::NotFound)?;
    if !confirmed {
        return Err(AppError::invalid(
            vec![crate::error::FieldMessage::new(
                "confirm",
                crate::intake::text::CLOSE_NOT_CONFIRMED,
            )],
            Vec::new(),
        ));
    }
    let mut tx = db.write().await?;
    if store::close(&mut tx, id, user.id, cx.now()).await? {
        cx.audit(&mut **tx, &user, "close", "campaign", id).await?;
        tx.commit().await?;
        tracing::info!(campaign = id, by = user.id, "campaign closed");
    }
    leptos_axum::redirect(&format!("/balie/intake/campagnes/{id}"));
    Ok(())
}

/// A wave's letters to print; the whole batch is one read in the audit log.
pub async fn wave_letters(cx: Cx, id: i64, wave: Option<i64>) -> Result<WaveLetters, AppError> {
    let user = desk(&cx)?;
    let db = cx.db();
    let campaign = store::find(db, id).await?.ok_or(AppError::NotFound)?;
    let (wave, letters) = store::wave_letters(db, id, wave)
        .await?
        .ok_or(AppError::NotFound)?;
    cx.audit(db.writer(), &user, "print_letters", "campaign", id)
        .await?;
    Ok(WaveLetters {
        campaign_id: id,
        campaign_name: campaign.name,
        wave,
        letters,
    })
}

/// An open campaign to change; a closed one is gone for changes.
pub async fn campaign_change_form(cx: Cx, id: i64) -> Result<CampaignChangeData, AppError> {
    desk(&cx)?;
    let db = cx.db();
    let campaign = store::find(db, id).await?.ok_or(AppError::NotFound)?;
    if campaign.status != crate::domain::campaigns::CampaignStatus::Open {
        return Err(AppError::Gone);
    }
    Ok(CampaignChangeData {
        chosen: store::consultants(db, id)
            .await?
            .into_iter()
            .map(|(id, _, _)| id)
            .collect(),
        consultants: crate::store::candidates::consultants(db).await?,
        campaign,
    })
}

pub async fn change_campaign(
    cx: Cx,
    id: i64,
    form: crate::domain::campaigns::change::CampaignChangeForm,
    chosen: Vec<i64>,
) -> Result<(), AppError> {
    let user = desk(&cx)?;
    let db = cx.db();
    let campaign = store::find(db, id).await?.ok_or(AppError::NotFound)?;
    if campaign.status != crate::domain::campaigns::CampaignStatus::Open {
        return Err(AppError::Gone);
    }
    let (start, _) = period(&campaign.starts_on, &campaign.ends_on)?;
    let known = known_consultants(db).await?;
    // The appointments are read in the write, so one made meanwhile is not left outside.
    let mut tx = db.write().await?;
    let last = store::last_appointment(&mut tx, id)
        .await?
        .and_then(|d| parse_iso_date(&d));
    let change = form
        .parse(start, last, &chosen, &known)
        .map_err(|e| ticked_back(e, &chosen))?;
    if store::change(&mut tx, id, &change).await? {
        cx.audit(&mut **tx, &user, "change", "campaign", id).await?;
        tx.commit().await?;
        tracing::info!(campaign = id, by = user.id, "campaign changed");
    }
    leptos_axum::redirect(&format!("/balie/intake/campagnes/{id}"));
    Ok(())
}
