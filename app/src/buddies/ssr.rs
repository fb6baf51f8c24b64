//! Server side of buddies. The desk invites and pairs; a buddy reads and writes only their
//! own pairings — any other pairing id answers "not found", so ids reveal nothing.

use super::{BuddyAccount, BuddyCheckin, PairingView};
use crate::auth::invitations::invite_from_form;
use crate::auth::SessionUser;
use crate::clock::now;
use crate::domain::buddies::{needs_attention, CheckinForm, PairingForm};
use crate::domain::dates::{day_of, display_date, iso_date, parse_iso_date};
use crate::domain::ids::{PairingId, PlacementId};
use crate::domain::kinds::{ConsentScope, PlacementOutcome};
use crate::domain::Role;
use crate::error::AppError;
use crate::placements::ssr::buddy_choices;
use crate::request::Cx;
use crate::store::pairings::PairingRecord;
use crate::store::{candidates, checkins, employers, outbox, pairings, placements, users, Db};

const DESK: &[Role] = &[Role::Desk, Role::Admin];

pub async fn accounts(cx: Cx) -> Result<Vec<BuddyAccount>, AppError> {
    cx.require(DESK)?;
    let db = cx.db();
    Ok(pairings::buddies(db, &iso_date(day_of(now())))
        .await?
        .into_iter()
        .map(
            |(id, name, email, has_password, active, running)| BuddyAccount {
                id,
                name,
                email,
                invited: !has_password,
                active,
                running,
            },
        )
        .collect())
}

pub async fn invite(cx: Cx, name: String, email: String) -> Result<(), AppError> {
    let user = cx.require(DESK)?;
    let state = &cx.state;
    let now = now();
    let mut tx = state.db.write().await?;
    let invited = invite_from_form(
        &mut tx,
        &name,
        &email,
        Role::Buddy,
        None,
        &state.public_url,
        now,
    )
    .await?;
    outbox::enqueue(
        &mut **tx,
        &super::mail::invitation(
            invited.address.as_str(),
            &invited.name,
            &user.name,
            &invited.link,
        ),
        now,
    )
    .await?;
    cx.audit(&mut **tx, &user, "invite", "buddy", invited.id)
        .await?;
    tx.commit().await?;
    state.mail_wake.notify_one();
    tracing::info!(by = user.id, buddy = invited.id, "buddy invited");
    leptos_axum::redirect("/balie/buddies");
    Ok(())
}

/// What a buddy may know of the person they support: the first name, the employer and
/// its address (the workplace), and the phone only when the consent in force covers it.
struct Brief {
    first_name: String,
    employer: String,
    address: String,
    phone: Option<String>,
}

async fn brief(db: &Db, p: &crate::placements::PlacementRecord) -> Result<Brief, AppError> {
    let c = candidates::find(db, p.candidate_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let e = employers::find(db, p.employer_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let consent = candidates::consent_in_force(db.pool(), c.id).await?;
    let phone = c.content.phone;
    Ok(Brief {
        first_name: c.content.first_name,
        address: format!("{} {}, {} {}", e.street, e.house_number, e.postcode, e.city),
        employer: e.name,
        phone: (consent == Some(ConsentScope::ProfilePhone) && !phone.is_empty()).then_some(phone),
    })
}

pub async fn pair(cx: Cx, placement_id: PlacementId, form: PairingForm) -> Result<(), AppError> {
    let user = cx.require(DESK)?;
    let state = &cx.state;
    let db = &state.db;
    let p = placements::find(db, placement_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let now = now();
    let today = day_of(now);
    let choices: Vec<i64> = buddy_choices(db, today)
        .await?
        .iter()
        .map(|b| b.id)
        .collect();
    let pairing = form.parse(&choices)?;
    let back = format!("/balie/plaatsingen/{placement_id}#buddy");
    if p.outcome != PlacementOutcome::Working {
        return Err(AppError::field("buddy", super::text::PLACEMENT_ENDED));
    }
    // The same pairing posted twice: nothing to do.
    let existing = pairings::of_placement(db, placement_id).await?;
    if existing.iter().any(|e| {
        e.buddy_id == pairing.buddy_id
            && e.start_date == pairing.start_date
            && e.rhythm == pairing.rhythm
            && e.end_date == pairing.end_date
    }) {
        leptos_axum::redirect(&back);
        return Ok(());
    }
    let buddy = users::find_by_id(db, pairing.buddy_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let person = brief(db, &p).await?;
    let start = parse_iso_date(&pairing.start_date).unwrap_or(today);
    let mut tx = db.write().await?;
    pairings::end_running(&mut tx, placement_id, &iso_date(start - 1)).await?;
    let id = pairings::insert(&mut tx, placement_id, &pairing, user.id, now).await?;
    let rhythm = pairing.rhythm.label();
    let mail = super::mail::paired(
        buddy.email.as_str(),
        &buddy.display_name,
        &super::mail::PairedPerson {
            first_name: &person.first_name,
            employer: &person.employer,
            address: &person.address,
            phone: person.phone.as_deref(),
            start: &display_date(&pairing.start_date),
            rhythm_nl: rhythm.nl,
            rhythm_en: rhythm.en,
        },
        &format!("{}/buddy/koppelingen/{id}", state.public_url),
    );
    outbox::enqueue(&mut **tx, &mail, now).await?;
    cx.audit(&mut **tx, &user, "pair_buddy", "placement", placement_id)
        .await?;
    tx.commit().await?;
    state.mail_wake.notify_one();
    tracing::info!(
        placement = %placement_id,
        pairing = %id,
        buddy = buddy.id,
        "buddy paired"
    );
    leptos_axum::redirect(&back);
    Ok(())
}

/// The pairing when it is the buddy's own; anything else is "not found".
async fn own(db: &Db, user: &SessionUser, id: PairingId) -> Result<PairingRecord, AppError> {
    match pairings::find(db, id).await? {
        Some(p) if p.buddy_id == user.id => Ok(p),
        Some(_) => {
            tracing::warn!(
                user = user.id,
                pairing = %id,
                "refused: pairing of another buddy"
            );
            Err(AppError::NotFound)
        }
        None => Err(AppError::NotFound),
    }
}

pub async fn pairing(cx: Cx, id: PairingId) -> Result<PairingView, AppError> {
    let user = cx.require(&[Role::Buddy])?;
    let db = cx.db();
    let pr = own(db, &user, id).await?;
    let p = placements::find(db, pr.placement_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let person = brief(db, &p).await?;
    cx.audit(db.writer(), &user, "view", "placement", p.id)
        .await?;
    let today = day_of(now());
    let summary = crate::placements::ssr::summary(&pr, today);
    Ok(PairingView {
        id: id.0,
        first_name: person.first_name,
        employer_name: person.employer,
        address: person.address,
        phone: person.phone,
        start_date: pr.start_date.clone(),
        rhythm: pr.rhythm,
        next_due: summary.next_due,
        overdue: summary.overdue,
        running: !pr.has_ended(today),
        checkins: checkins::of_pairing(db, id)
            .await?
            .into_iter()
            .map(|k| BuddyCheckin {
                held_on: k.held_on,
                mode: k.mode,
                score: k.score,
                notes_work: k.notes_work,
                notes_home: k.notes_home,
                attention: k.attention,
                handled: k.handled_at.is_some(),
            })
            .collect(),
        today: iso_date(today),
    })
}

pub async fn log_checkin(cx: Cx, pairing_id: PairingId, form: CheckinForm) -> Result<(), AppError> {
    let user = cx.require(&[Role::Buddy])?;
    let state = &cx.state;
    let db = &state.db;
    let pr = own(db, &user, pairing_id).await?;
    let now = now();
    let today = day_of(now);
    if pr.has_ended(today) {
        return Err(AppError::field("held_on", super::text::ENDED));
    }
    let start = parse_iso_date(&pr.start_date).unwrap_or(today);
    let checkin = form.parse(start, today)?;
    let back = format!("/buddy/koppelingen/{pairing_id}?opgeslagen=1");
    if checkins::exists(db, pairing_id, &checkin).await? {
        leptos_axum::redirect(&back);
        return Ok(());
    }
    let p = placements::find(db, pr.placement_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let alert_to = if needs_attention(checkin.score, checkin.needs_desk) {
        // The consultant, else who made the pairing.
        users::first_active(db, &[p.consultant_id, pr.created_by]).await?
    } else {
        None
    };
    let mut tx = db.write().await?;
    let id = checkins::insert(&mut tx, pairing_id, &checkin, now).await?;
    if let Some((name, email)) = &alert_to {
        let mail = super::mail::alert(
            email,
            name,
            &user.name,
            &format!("{} {}", p.first_name, p.last_name),
            checkin.score,
            checkin.needs_desk,
            &format!("{}/balie/signalen/{id}", state.public_url),
        );
        outbox::enqueue(&mut **tx, &mail, now).await?;
    }
    tx.commit().await?;
    if alert_to.is_some() {
        state.mail_wake.notify_one();
    }
    tracing::info!(
        pairing = %pairing_id,
        checkin = %id,
        alert = alert_to.is_some(),
        "check-in logged"
    );
    leptos_axum::redirect(&back);
    Ok(())
}
