//! One invitation: its outcome (held, no-show, exempted), a new appointment (a move, or
//! again after a no-show) and the tries to get back in touch. Each change claims the
//! invitation in the state the page showed, so a form posted twice, or by two consultants,
//! changes it once; and only the person's newest invitation in the campaign changes, so an
//! older page left open cannot undo where they stand.

use super::campaigns::period;
use super::desk;
use crate::domain::campaigns::members::{parse_exemption, NOTE_MAX};
use crate::domain::campaigns::outcomes::{
    coverage_state, refusal, ATTEMPT_IN_FUTURE, CONSULTANT_BUSY, NOT_LATEST, NOT_NOW,
};
use crate::domain::campaigns::waves::{clock_minutes, FIRST_DAY_PAST, OUTSIDE_PERIOD, TIME_FORMAT};
use crate::domain::campaigns::{AttemptMode, CoverageState, InvitationChannel, InvitationStatus};
use crate::domain::dates::{day_of, iso_date, local_moment, parse_iso_date};
use crate::domain::fields::{required_date, required_text, CHOOSE_FROM_LIST, TOO_LONG};
use crate::domain::proposals::parse_time;
use crate::error::{AppError, FieldMessage};
use crate::i18n::T;
use crate::intake::campaigns::InvitationView;
use crate::intake::mail::{cancellation_mail, invitation_mail, Invite};
use crate::request::Cx;
use crate::store::campaigns::{self as store, NewInvitation};

fn refused(field: &str, t: T, values: Vec<(String, String)>) -> AppError {
    AppError::invalid(vec![FieldMessage::new(field, t)], values)
}

fn page_of(id: i64) -> String {
    format!("/balie/intake/uitnodigingen/{id}")
}

pub async fn invitation(cx: Cx, id: i64) -> Result<InvitationView, AppError> {
    let user = desk(&cx)?;
    let db = cx.db();
    let i = store::find_invitation(db, id)
        .await?
        .ok_or(AppError::NotFound)?;
    cx.audit(db.writer(), &user, "view", "invitation", id)
        .await?;
    let history = store::history(db, i.campaign_id, i.client_id).await?;
    let newest = history.iter().max_by_key(|l| l.id);
    let state = coverage_state(newest.map(|l| l.status));
    let newer = newest.map(|l| l.id).filter(|n| *n != id);
    let today = day_of(cx.now());
    let day = parse_iso_date(&i.appointment_day).unwrap_or(today);
    let may = [
        InvitationStatus::Held,
        InvitationStatus::NoShow,
        InvitationStatus::Exempted,
    ]
    .into_iter()
    .filter(|to| newer.is_none() && refusal(i.status, *to, day, today).is_none())
    .collect();
    let may_plan = newer.is_none()
        && (i.status == InvitationStatus::Planned
            || (i.status == InvitationStatus::NoShow && state == CoverageState::NoShow));
    Ok(InvitationView {
        newer,
        attempts: store::attempts(db, id).await?,
        history,
        state,
        may,
        may_plan,
        intake_recorded: crate::store::intakes::of_invitation(db, id)
            .await?
            .is_some(),
        today: iso_date(today),
        invitation: i,
    })
}

pub async fn record_outcome(
    cx: Cx,
    id: i64,
    outcome: String,
    reason: String,
    note: String,
) -> Result<(), AppError> {
    let user = desk(&cx)?;
    let db = cx.db();
    let i = store::find_invitation(db, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let values = vec![
        ("outcome".to_string(), outcome.clone()),
        ("reason".to_string(), reason.clone()),
        ("note".to_string(), note.clone()),
    ];
    let to = InvitationStatus::parse(outcome.trim())
        .filter(|s| {
            matches!(
                s,
                InvitationStatus::Held | InvitationStatus::NoShow | InvitationStatus::Exempted
            )
        })
        .ok_or_else(|| refused("outcome", CHOOSE_FROM_LIST, values.clone()))?;
    let today = day_of(cx.now());
    let day = parse_iso_date(&i.appointment_day).unwrap_or(today);
    if let Some(t) = refusal(i.status, to, day, today) {
        if i.status == to {
            // The same form posted again: it is recorded already.
            leptos_axum::redirect(&page_of(id));
            return Ok(());
        }
        return Err(refused("outcome", t, values));
    }
    let (reason, note) = match to {
        InvitationStatus::Exempted => {
            let (r, note) =
                parse_exemption(&reason, &note).map_err(|(f, t)| refused(f, t, values.clone()))?;
            (Some(r), note)
        }
        _ => {
            let note = crate::domain::text::lines(&note);
            if note.chars().count() > NOTE_MAX {
                return Err(refused("note", TOO_LONG, values));
            }
            (None, note)
        }
    };
    let now = cx.now();
    let mut tx = db.write().await?;
    if store::latest_invitation(&mut tx, i.campaign_id, i.client_id).await? != Some(id) {
        return Err(refused("outcome", NOT_LATEST, values));
    }
    if store::set_outcome(&mut tx, id, i.status, to, reason, &note, user.id, now).await? {
        // An e-mailed appointment called off before its day leaves the person's agenda.
        let cancel = (i.status == InvitationStatus::Planned && to == InvitationStatus::Exempted)
            .then(|| cancellation_mail(&i, &cx.state.public_url, now))
            .flatten();
        if let Some(mail) = &cancel {
            crate::store::outbox::enqueue(&mut **tx, mail, now).await?;
        }
        store::set_member_state(
            &mut tx,
            i.campaign_id,
            i.client_id,
            coverage_state(Some(to)),
        )
        .await?;
        cx.audit(&mut **tx, &user, "outcome", "invitation", id)
            .await?;
        tx.commit().await?;
        if cancel.is_some() {
            cx.state.mail_wake.notify_one();
        }
        tracing::info!(invitation = id, outcome = %to, by = user.id, "invitation outcome recorded");
    }
    leptos_axum::redirect(&page_of(id));
    Ok(())
}

pub async fn new_appointment(
    cx: Cx,
    id: i64,
    day: String,
    time: String,
    place: String,
) -> Result<(), AppError> {
    let user = desk(&cx)?;
    let state = &cx.state;
    let db = cx.db();
    let i = store::find_invitation(db, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let campaign = store::find(db, i.campaign_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let values = vec![
        ("day".to_string(), day.clone()),
        ("time".to_string(), time.clone()),
        ("place".to_string(), place.clone()),
    ];
    let moving = match i.status {
        InvitationStatus::Planned => true,
        InvitationStatus::NoShow => false,
        _ => return Err(refused("day", NOT_NOW, values)),
    };
    let today = day_of(cx.now());
    let (start, end) = period(&campaign.starts_on, &campaign.ends_on)?;
    let mut errors = Vec::new();
    let new_day = match required_date(&day) {
        Ok(d) if d < today => {
            errors.push(FieldMessage::new("day", FIRST_DAY_PAST));
            None
        }
        Ok(d) if d < start || d > end => {
            errors.push(FieldMessage::new("day", OUTSIDE_PERIOD));
            None
        }
        Ok(d) => Some(d),
        Err(t) => {
            errors.push(FieldMessage::new("day", t));
            None
        }
    };
    let new_time = parse_time(&time);
    if new_time.is_none() {
        errors.push(FieldMessage::new("time", TIME_FORMAT));
    }
    let new_place = required_text(&place, 200)
        .map_err(|t| errors.push(FieldMessage::new("place", t)))
        .ok();
    let (Some(d), Some(t), Some(place)) = (new_day, new_time, new_place) else {
        return Err(AppError::invalid(errors, values));
    };
    let minutes_of_day =
        clock_minutes(&t).ok_or_else(|| refused("time", TIME_FORMAT, values.clone()))?;
    let day_text = iso_date(d);
    let now = cx.now();

    let mut tx = db.write().await?;
    if store::latest_invitation(&mut tx, i.campaign_id, i.client_id).await? != Some(id) {
        return Err(refused("day", NOT_LATEST, values));
    }
    store::lock_consultants(&mut tx, db.backend(), &[i.consultant_id]).await?;
    // Busy when another appointment of the consultant overlaps (a move may keep its own
    // time, to change only the place).
    let busy = store::taken(&mut tx, &[i.consultant_id], &day_text, &day_text)
        .await?
        .iter()
        .filter(|b| b.id != id)
        .filter_map(super::campaigns::booking)
        .any(|b| b.clashes(i.consultant_id, d, minutes_of_day, i.minutes));
    if busy {
        return Err(refused("time", CONSULTANT_BUSY, values));
    }
    if moving
        && !store::set_outcome(
            &mut tx,
            id,
            InvitationStatus::Planned,
            InvitationStatus::Moved,
            None,
            "",
            user.id,
            now,
        )
        .await?
    {
        // Moved (or ended) by someone else meanwhile: the page shows how it stands.
        leptos_axum::redirect(&page_of(id));
        return Ok(());
    }
    let channel = if i.email.is_empty() {
        InvitationChannel::Letter
    } else {
        InvitationChannel::Email
    };
    let (series, sequence) = if moving {
        (i.series, i.sequence + 1)
    } else {
        (None, 0)
    };
    let made = store::insert_invitation(
        &mut tx,
        &NewInvitation {
            campaign_id: i.campaign_id,
            client_id: i.client_id,
            wave_id: None,
            series,
            sequence,
            day: &day_text,
            time: &t,
            minutes: i.minutes,
            at: local_moment(d, minutes_of_day),
            place: &place,
            consultant_id: i.consultant_id,
            channel,
            created_by: user.id,
            created_at: now,
        },
    )
    .await;
    let new_id = match made {
        Ok(id) => id,
        // Another desk invited this person again at the same moment (PostgreSQL: one open
        // invitation a person): theirs stands, and the page shows it.
        Err(e) if is_unique_violation(&e) => {
            leptos_axum::redirect(&page_of(id));
            return Ok(());
        }
        Err(e) => return Err(e.into()),
    };
    let invite = Invite {
        series: series.unwrap_or(new_id),
        sequence,
        day: &day_text,
        time: &t,
        minutes: i.minutes,
        place: &place,
        name: &i.client_name,
        email: &i.email,
        consultant: &i.consultant,
        consultant_email: &i.consultant_email,
    };
    let mail = invitation_mail(&invite, &state.public_url, now);
    if let Some(mail) = &mail {
        crate::store::outbox::enqueue(&mut **tx, mail, now).await?;
    }
    cx.audit(
        &mut **tx,
        &user,
        if moving { "move" } else { "invite_again" },
        "invitation",
        new_id,
    )
    .await?;
    tx.commit().await?;
    if mail.is_some() {
        state.mail_wake.notify_one();
    }
    leptos_axum::redirect(&page_of(new_id));
    Ok(())
}

/// `after`: how many tries the page showed; when more are recorded by now, this is the
/// same form posted again and nothing is added.
pub async fn record_attempt(
    cx: Cx,
    id: i64,
    made_on: String,
    mode: String,
    reached: bool,
    note: String,
    after: Option<i64>,
) -> Result<(), AppError> {
    let user = desk(&cx)?;
    let db = cx.db();
    let i = store::find_invitation(db, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let values = vec![
        ("made_on".to_string(), made_on.clone()),
        ("mode".to_string(), mode.clone()),
        ("note".to_string(), note.clone()),
    ];
    if i.status != InvitationStatus::NoShow {
        return Err(refused("mode", NOT_NOW, values));
    }
    let mut errors = Vec::new();
    let today = day_of(cx.now());
    let day = match required_date(&made_on) {
        Ok(d) if d > today => {
            errors.push(FieldMessage::new("made_on", ATTEMPT_IN_FUTURE));
            None
        }
        Ok(d) => Some(d),
        Err(t) => {
            errors.push(FieldMessage::new("made_on", t));
            None
        }
    };
    let mode = AttemptMode::parse(mode.trim());
    if mode.is_none() {
        errors.push(FieldMessage::new("mode", CHOOSE_FROM_LIST));
    }
    let note = crate::domain::text::lines(&note);
    if note.chars().count() > 1000 {
        errors.push(FieldMessage::new("note", TOO_LONG));
    }
    let (Some(day), Some(mode), true) = (day, mode, errors.is_empty()) else {
        return Err(AppError::invalid(errors, values));
    };
    let mut tx = db.write().await?;
    if store::latest_invitation(&mut tx, i.campaign_id, i.client_id).await? != Some(id) {
        return Err(refused("mode", NOT_LATEST, values));
    }
    if let Some(shown) = after {
        if store::attempt_count(&mut tx, id).await? > shown {
            leptos_axum::redirect(&page_of(id));
            return Ok(());
        }
    }
    store::add_attempt(
        &mut tx,
        id,
        &iso_date(day),
        mode,
        reached,
        &note,
        user.id,
        cx.now(),
    )
    .await?;
    cx.audit(&mut **tx, &user, "attempt", "invitation", id)
        .await?;
    tx.commit().await?;
    leptos_axum::redirect(&page_of(id));
    Ok(())
}

fn is_unique_violation(e: &sqlx::Error) -> bool {
    e.as_database_error()
        .is_some_and(|d| d.is_unique_violation())
}
