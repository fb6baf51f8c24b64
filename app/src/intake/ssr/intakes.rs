//! The intake record: the form of a held conversation, filled from the candidate the client
//! already is (or from the caseload), and its saving — one write that creates or updates
//! the candidate, their stress factors (the obstacles), a consent if one was given, the
//! intake record and its ladder measurement. Posting it twice, or from two desks at once,
//! leaves one candidate and one intake. Later measurements are added from the candidate's
//! page.

use super::desk;
use crate::candidates::ssr::refuse_if_anonymised;
use crate::domain::campaigns::criteria::groups_of;
use crate::domain::campaigns::InvitationStatus;
use crate::domain::candidates::{CandidateForm, CLIENT_NUMBER_TAKEN};
use crate::domain::dates::{day_of, iso_date, parse_iso_date};
use crate::domain::ids::CandidateId;
use crate::domain::intake::form::IntakeForm;
use crate::domain::intake::ladder::{due_on, is_due, LadderForm};
use crate::error::{AppError, FieldMessage};
use crate::intake::record_text::NOT_HELD;
use crate::request::Cx;
use crate::store::candidates;
use crate::store::employers::is_duplicate;
use crate::store::intakes::{self as store, ClientRow, NewIntake, NewMeasurement};
use crate::wire::intake::{CandidateIntake, IntakeFormData};

/// The profile a client of the caseload starts from when they are not a candidate yet.
fn profile_of_client(c: &ClientRow, consultant: i64, today: &str) -> CandidateForm {
    CandidateForm {
        client_number: c.client_number.clone(),
        first_name: c.first_name.clone(),
        last_name: c.last_name.clone(),
        email: c.email.clone(),
        phone: c.phone.clone(),
        municipality: c.municipality.clone(),
        postcode: c.postcode.clone(),
        birth_year: c.birth_year.to_string(),
        consultant: consultant.to_string(),
        status: "active".into(),
        motivation: "unknown".into(),
        consent_date: today.to_string(),
        ..CandidateForm::default()
    }
}

/// The candidate the client is, if any: linked by an earlier intake, or registered by hand
/// with the same client number.
async fn candidate_of(
    db: &crate::store::Db,
    c: &ClientRow,
) -> Result<Option<CandidateId>, AppError> {
    Ok(match c.candidate_id {
        Some(id) => Some(id),
        None => candidates::id_of_client_number(db, &c.client_number).await?,
    })
}

/// The profile the intake starts from and updates.
async fn base_profile(
    db: &crate::store::Db,
    c: &ClientRow,
    candidate: Option<CandidateId>,
    consultant: i64,
    today: &str,
) -> Result<CandidateForm, AppError> {
    match candidate {
        Some(id) => {
            let record = candidates::find(db, id).await?.ok_or(AppError::NotFound)?;
            let obstacles = candidates::obstacles(db, id).await?;
            let mut form = CandidateForm::from_content(&record.content, &obstacles);
            form.consent_date = today.to_string();
            Ok(form)
        }
        None => Ok(profile_of_client(c, consultant, today)),
    }
}

pub async fn intake_form(cx: Cx, id: i64) -> Result<IntakeFormData, AppError> {
    let user = desk(&cx)?;
    let db = cx.db();
    let i = crate::store::campaigns::find_invitation(db, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let client = store::client(db, i.client_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let today = iso_date(day_of(cx.now()));
    let candidate = candidate_of(db, &client).await?;
    if let Some(c) = candidate {
        refuse_if_anonymised(db, c).await?;
    }
    let base = base_profile(db, &client, candidate, i.consultant_id, &today).await?;
    let earlier = store::of_invitation(db, id).await?;
    let held_on = match &earlier {
        Some((e, _)) => iso_date(e.held_on),
        None => i.appointment_day.clone(),
    };
    let mut form = IntakeForm::start(base, earlier.as_ref().map(|(e, _)| e), &held_on);
    if let Some((_, Some(l))) = &earlier {
        form.ladder_step = l.step.to_string();
        form.ladder_potential = l.potential.to_string();
        form.ladder_note = l.note.clone();
    }
    let consent_in_force = match candidate {
        Some(c) => candidates::consent_in_force(db.pool(), c)
            .await?
            .map(|s| s.as_str().to_string()),
        None => None,
    };
    cx.audit(db.writer(), &user, "view", "invitation", id)
        .await?;
    Ok(IntakeFormData {
        invitation_id: id,
        campaign_id: i.campaign_id,
        campaign_name: i.campaign_name,
        client_name: i.client_name,
        client_number: i.client_number,
        appointment_day: i.appointment_day,
        held: i.status == InvitationStatus::Held,
        candidate_id: candidate,
        consent_in_force,
        recorded: earlier.is_some(),
        form,
    })
}

pub async fn save_intake(cx: Cx, id: i64, form: IntakeForm) -> Result<(), AppError> {
    let user = desk(&cx)?;
    let db = cx.db();
    let now = cx.now();
    let today = day_of(now);
    let i = crate::store::campaigns::find_invitation(db, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let refuse =
        |field: &str, t| AppError::invalid(vec![FieldMessage::new(field, t)], form.values());
    if i.status != InvitationStatus::Held {
        return Err(refuse("held_on", NOT_HELD));
    }
    let client = store::client(db, i.client_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let known = candidate_of(db, &client).await?;
    if let Some(c) = known {
        refuse_if_anonymised(db, c).await?;
    }
    let base = base_profile(db, &client, known, i.consultant_id, &iso_date(today)).await?;
    let derived = groups_of(client.birth_year, &client.benefit_start, today);
    let appointment = parse_iso_date(&i.appointment_day).unwrap_or(today);
    let checked = form.parse(&base, &derived, appointment, today)?;
    let held_on = iso_date(checked.intake.held_on);

    let mut tx = db.write().await?;
    store::lock_client(&mut tx, db.backend(), client.id).await?;
    // Another desk may have completed this client's intake since the form was read.
    let linked = store::candidate_of_client(&mut tx, client.id)
        .await?
        .or(known);
    // An anonymisation may have finished since the check above: asked again under the lock.
    if let Some(c) = linked {
        if !store::lock_unless_anonymised(&mut tx, db.backend(), c).await? {
            tracing::info!(candidate = %c, "intake refused: anonymised meanwhile");
            return Err(AppError::Anonymised);
        }
    }
    let candidate = match linked {
        Some(c) => {
            let content = &checked.candidate.content;
            candidates::update(
                &mut tx,
                c,
                content,
                &checked.candidate.obstacles,
                &iso_date(today),
                now,
            )
            .await?;
            c
        }
        None => match candidates::insert(
            &mut tx,
            &checked.candidate.content,
            &checked.candidate.obstacles,
            &iso_date(today),
            now,
        )
        .await
        {
            Ok(c) => c,
            Err(e) if is_duplicate(&e) => return Err(refuse("held_on", CLIENT_NUMBER_TAKEN)),
            Err(e) => return Err(e.into()),
        },
    };
    if let Some(consent) = &checked.candidate.consent {
        // A consent given in the conversation replaces the one in force; both stay in the
        // history. The same form posted again records nothing new.
        let same = candidates::consent_in_force(&mut **tx, candidate).await? == Some(consent.scope);
        if !same {
            candidates::withdraw_consent(&mut **tx, candidate, &iso_date(today)).await?;
            candidates::add_consent(
                &mut **tx,
                candidate,
                consent.scope,
                &consent.given_on,
                user.id,
                now,
            )
            .await?;
        }
    }
    store::link_client(&mut tx, client.id, candidate, now).await?;
    let intake = store::save(
        &mut tx,
        &NewIntake {
            invitation: id,
            client: client.id,
            candidate,
            held_on: &held_on,
            consultant: i.consultant_id,
            content: &checked.intake,
            by: user.id,
            now,
        },
    )
    .await?;
    store::measure(
        &mut tx,
        &NewMeasurement {
            candidate,
            intake: Some(intake),
            measured_on: &held_on,
            entry: &checked.ladder,
            by: user.id,
            now,
        },
    )
    .await?;
    let action = if linked.is_some() {
        "intake_update"
    } else {
        "intake_create"
    };
    cx.audit(&mut **tx, &user, action, "candidate", candidate)
        .await?;
    tx.commit().await?;
    tracing::info!(invitation = id, candidate = %candidate, by = user.id, "intake recorded");
    leptos_axum::redirect(&format!("/balie/kandidaten/{candidate}"));
    Ok(())
}

pub async fn record_ladder(cx: Cx, id: i64, form: LadderForm) -> Result<(), AppError> {
    let user = desk(&cx)?;
    let db = cx.db();
    let now = cx.now();
    let candidate = CandidateId(id);
    if candidates::find(db, candidate).await?.is_none() {
        return Err(AppError::NotFound);
    }
    refuse_if_anonymised(db, candidate).await?;
    let (day, entry) = form.parse(day_of(now))?;
    let measured_on = iso_date(day);
    let mut tx = db.write().await?;
    if !store::lock_unless_anonymised(&mut tx, db.backend(), candidate).await? {
        tracing::info!(candidate = %candidate, "measurement refused: anonymised meanwhile");
        return Err(AppError::Anonymised);
    }
    // The same form posted twice, or from two tabs at once, adds one measurement.
    if !store::has_measurement(&mut tx, candidate, &measured_on, &entry).await? {
        store::measure(
            &mut tx,
            &NewMeasurement {
                candidate,
                intake: None,
                measured_on: &measured_on,
                entry: &entry,
                by: user.id,
                now,
            },
        )
        .await?;
        cx.audit(&mut **tx, &user, "ladder_measured", "candidate", candidate)
            .await?;
        tx.commit().await?;
        tracing::info!(candidate = %candidate, by = user.id, step = entry.step, "ladder measured");
    }
    leptos_axum::redirect(&format!("/balie/kandidaten/{candidate}#ladder-title"));
    Ok(())
}

/// The intake part of the candidate's page.
pub async fn of_candidate(
    db: &crate::store::Db,
    id: CandidateId,
    today: i64,
) -> Result<CandidateIntake, AppError> {
    let ladder = store::ladder(db, id).await?;
    let last = ladder
        .iter()
        .filter_map(|l| parse_iso_date(&l.measured_on))
        .max();
    Ok(CandidateIntake {
        intakes: store::of_candidate(db, id).await?,
        ladder,
        ladder_due: last.map(|d| iso_date(due_on(d))),
        ladder_overdue: last.is_some_and(|d| is_due(d, today)),
    })
}

/// The intake lists of the work list.
pub async fn intake_work(cx: Cx) -> Result<crate::intake::work::IntakeWork, AppError> {
    use crate::intake::work::{IntakeWork, SHOWN};
    desk(&cx)?;
    let db = cx.db();
    let today = day_of(cx.now());
    let (today_total, on_day) =
        crate::store::campaigns::planned_on(db, &iso_date(today), SHOWN).await?;
    let (overdue_total, overdue) =
        crate::store::campaigns::overdue(db, &iso_date(today), SHOWN).await?;
    let (no_shows_total, no_shows) = crate::store::campaigns::no_shows_open(db, SHOWN).await?;
    // Due once the last measurement is half a year old: on or before this day.
    let before = iso_date(today - crate::domain::intake::ladder::MEASURE_EVERY_DAYS);
    let (ladder_total, due) = store::measurements_due(db, &before, SHOWN).await?;
    Ok(IntakeWork {
        to_plan: crate::store::campaigns::to_plan(db, &iso_date(today)).await?,
        today_total,
        today: on_day,
        overdue_total,
        overdue,
        no_shows_total,
        no_shows,
        ladder_total,
        ladder_due: due
            .into_iter()
            .map(|(id, name, last)| (id.0, name, last))
            .collect(),
    })
}
