//! Server side of placements: desk staff only. Every read of a placement's story is
//! audited; every change runs in one transaction with its audit row.

use super::{EditPlacementData, NewPlacementData, PairingSummary, PlacementLine, PlacementStory};
use crate::domain::ids::{CheckinId, PlacementId};
use crate::request::Cx;

use crate::clock::now;
use crate::domain::buddies::is_running;
use crate::domain::dates::{day_of, iso_date, parse_iso_date};
use crate::domain::kinds::{CandidateStatus, PlacementOutcome};
use crate::domain::placements::{parse_confirmation, OutcomeForm, PlacementForm};
use crate::domain::Role;
use crate::error::{AppError, FieldMessage};
use crate::placements::BuddyChoice;
use crate::store::pairings::PairingRecord;
use crate::store::{
    candidates, checkins, employers, pairings, placements, proposals, retention, settings, Db,
};

const DESK: &[Role] = &[Role::Desk, Role::Admin];

/// Where a pairing stands on `today`: running, next check-in, overdue.
pub fn summary(p: &PairingRecord, today: i64) -> PairingSummary {
    let start = parse_iso_date(&p.start_date).unwrap_or(today);
    let end = p.end_date.as_deref().and_then(parse_iso_date);
    let running = is_running(start, end, today) || start > today;
    let due = p.next_due();
    PairingSummary {
        id: p.id,
        buddy_id: p.buddy_id,
        buddy_name: p.buddy_name.clone(),
        start_date: p.start_date.clone(),
        end_date: p.end_date.clone(),
        rhythm: p.rhythm,
        running,
        next_due: due.filter(|_| running).map(iso_date),
        overdue: running && due.is_some_and(|d| d < today),
    }
}

/// The buddies the desk may pair: active buddy accounts.
pub async fn buddy_choices(db: &Db, today: i64) -> Result<Vec<BuddyChoice>, AppError> {
    Ok(pairings::buddies(db, &iso_date(today))
        .await?
        .into_iter()
        .filter(|b| b.4)
        .map(|b| BuddyChoice {
            id: b.0,
            name: format!("{} ({})", b.1, b.5),
        })
        .collect())
}

pub async fn list(cx: Cx, all: bool) -> Result<Vec<PlacementLine>, AppError> {
    cx.require(DESK)?;
    Ok(placements::list(cx.db(), !all, 500).await?)
}

pub async fn story(cx: Cx, id: PlacementId) -> Result<PlacementStory, AppError> {
    let user = cx.require(DESK)?;
    let db = cx.db();
    let placement = placements::find(db, id).await?.ok_or(AppError::NotFound)?;
    let today = day_of(now());
    let grace = settings::retention_grace_days(db).await?;
    cx.audit(db.writer(), &user, "view", "placement", id)
        .await?;
    let proposal_events = match placement.proposal_id {
        Some(p) => proposals::events(db, p).await?,
        None => Vec::new(),
    };
    Ok(PlacementStory {
        checkpoints: retention::of_placement(db, id, today, grace).await?,
        pairings: pairings::of_placement(db, id)
            .await?
            .iter()
            .map(|p| summary(p, today))
            .collect(),
        checkins: checkins::of_placement(db, id).await?,
        proposal_events,
        buddies: buddy_choices(db, today).await?,
        today: iso_date(today),
        placement,
    })
}

pub async fn new_form(
    cx: Cx,
    candidate: crate::domain::ids::CandidateId,
) -> Result<NewPlacementData, AppError> {
    cx.require(DESK)?;
    let db = cx.db();
    let c = candidates::find(db, candidate)
        .await?
        .ok_or(AppError::NotFound)?;
    crate::candidates::ssr::refuse_if_anonymised(db, candidate).await?;
    Ok(NewPlacementData {
        candidate_id: c.id.0,
        candidate_name: c.content.full_name(),
        employers: employers::active(db).await?,
        today: iso_date(day_of(now())),
    })
}

pub async fn record(
    cx: Cx,
    candidate: crate::domain::ids::CandidateId,
    employer: String,
    form: PlacementForm,
) -> Result<(), AppError> {
    let user = cx.require(DESK)?;
    let state = &cx.state;
    let db = &state.db;
    let c = candidates::find(db, candidate)
        .await?
        .ok_or(AppError::NotFound)?;
    crate::candidates::ssr::refuse_if_anonymised(db, candidate).await?;
    let active = employers::active(db).await?;
    let employer_id = employer
        .trim()
        .parse::<crate::domain::ids::EmployerId>()
        .ok()
        .filter(|e| active.iter().any(|(id, _)| id == e));
    let now = now();
    let parsed = form.parse(day_of(now));
    let (terms, employer_id) = match (parsed, employer_id) {
        (Ok(t), Some(e)) => (t, e),
        (parsed, e) => {
            let mut fields = match parsed {
                Err(AppError::Invalid { fields, .. }) => fields,
                _ => Vec::new(),
            };
            if e.is_none() {
                fields.insert(
                    0,
                    FieldMessage::new("employer", crate::domain::fields::CHOOSE_FROM_LIST),
                );
            }
            let mut values = form.values();
            values.push(("employer".into(), employer));
            return Err(AppError::invalid(fields, values));
        }
    };
    let mut tx = db.write().await?;
    let id = placements::insert_direct(&mut tx, c.id, employer_id, &terms, user.id, now).await?;
    candidates::set_status(
        &mut **tx,
        c.id,
        &[
            CandidateStatus::Active,
            CandidateStatus::Proposed,
            CandidateStatus::Paused,
        ],
        CandidateStatus::Placed,
        now,
    )
    .await?;
    cx.audit(&mut **tx, &user, "create", "placement", id)
        .await?;
    tx.commit().await?;
    tracing::info!(
        placement = %id,
        candidate = %candidate,
        by = user.id,
        "placement recorded"
    );
    leptos_axum::redirect(&format!("/balie/plaatsingen/{id}"));
    Ok(())
}

pub async fn edit_form(cx: Cx, id: PlacementId) -> Result<EditPlacementData, AppError> {
    cx.require(DESK)?;
    let p = placements::find(cx.db(), id)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(EditPlacementData {
        id: id.0,
        name: format!("{} {}", p.first_name, p.last_name),
        employer_name: p.employer_name.clone(),
        form: PlacementForm {
            kind: p.kind.as_str().to_string(),
            start_date: p.start_date,
            planned_end_date: p.planned_end_date.unwrap_or_default(),
            hours: p.hours.to_string(),
            contract_type: p.contract_type.as_str().to_string(),
            wage_subsidy: p.wage_subsidy.then(|| "on".to_string()),
            sroi_value: p.sroi_value.to_string(),
            benefit_exit: p.benefit_exit.as_str().to_string(),
        },
    })
}

pub async fn edit(cx: Cx, id: PlacementId, form: PlacementForm) -> Result<(), AppError> {
    let user = cx.require(DESK)?;
    let db = cx.db();
    placements::find(db, id).await?.ok_or(AppError::NotFound)?;
    let now = now();
    let terms = form.parse(day_of(now))?;
    let mut tx = db.write().await?;
    placements::update_terms(&mut tx, id, &terms).await?;
    cx.audit(&mut **tx, &user, "change", "placement", id)
        .await?;
    tx.commit().await?;
    leptos_axum::redirect(&format!("/balie/plaatsingen/{id}"));
    Ok(())
}

pub async fn outcome(cx: Cx, id: PlacementId, form: OutcomeForm) -> Result<(), AppError> {
    let user = cx.require(DESK)?;
    let db = cx.db();
    let p = placements::find(db, id).await?.ok_or(AppError::NotFound)?;
    let now = now();
    let today = day_of(now);
    let start = parse_iso_date(&p.start_date).unwrap_or(today);
    let o = form.parse(start, today)?;
    let mut tx = db.write().await?;
    placements::set_outcome(&mut tx, id, &o).await?;
    if let Some(ended) = &o.ended_on {
        pairings::end_running(&mut tx, id, ended).await?;
    }
    // Back in the pool after ending early or completing; still placed after an extension.
    match o.outcome {
        PlacementOutcome::EndedEarly | PlacementOutcome::Completed => {
            candidates::set_status(
                &mut **tx,
                p.candidate_id,
                &[CandidateStatus::Placed],
                CandidateStatus::Active,
                now,
            )
            .await?;
        }
        PlacementOutcome::Working => {
            candidates::set_status(
                &mut **tx,
                p.candidate_id,
                &[CandidateStatus::Active, CandidateStatus::Proposed],
                CandidateStatus::Placed,
                now,
            )
            .await?;
        }
        PlacementOutcome::Extended => {}
    }
    cx.audit(&mut **tx, &user, "outcome", "placement", id)
        .await?;
    tx.commit().await?;
    tracing::info!(
        placement = %id,
        outcome = o.outcome.as_str(),
        "placement outcome recorded"
    );
    leptos_axum::redirect(&format!("/balie/plaatsingen/{id}"));
    Ok(())
}

pub async fn confirm(
    cx: Cx,
    id: PlacementId,
    months: i64,
    still_working: String,
    source: String,
) -> Result<(), AppError> {
    let user = cx.require(DESK)?;
    let db = cx.db();
    placements::find(db, id).await?.ok_or(AppError::NotFound)?;
    let (working, source) = parse_confirmation(&still_working, &source)?;
    let mut tx = db.write().await?;
    if !retention::confirm(&mut tx, id, months, working, source, user.id, now()).await? {
        return Err(AppError::NotFound);
    }
    cx.audit(&mut **tx, &user, "checkpoint", "placement", id)
        .await?;
    tx.commit().await?;
    leptos_axum::redirect(&format!("/balie/plaatsingen/{id}#behoud"));
    Ok(())
}

pub async fn flag(cx: Cx, id: CheckinId) -> Result<super::FlagView, AppError> {
    let user = cx.require(DESK)?;
    let db = cx.db();
    let placement_id = checkins::placement_of(db, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let p = placements::find(db, placement_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let checkin = checkins::find(db, id).await?.ok_or(AppError::NotFound)?;
    cx.audit(db.writer(), &user, "view", "placement", placement_id)
        .await?;
    Ok(super::FlagView {
        checkin,
        placement_id: placement_id.0,
        name: format!("{} {}", p.first_name, p.last_name),
        employer_name: p.employer_name,
    })
}

pub async fn handle_flag(
    cx: Cx,
    checkin: CheckinId,
    note: String,
    back: String,
) -> Result<(), AppError> {
    let user = cx.require(DESK)?;
    let db = cx.db();
    let placement = checkins::placement_of(db, checkin)
        .await?
        .ok_or(AppError::NotFound)?;
    let note: String = crate::domain::text::lines(&note)
        .chars()
        .take(1000)
        .collect();
    if note.is_empty() {
        return Err(AppError::invalid(
            vec![FieldMessage::new("note", super::text::NOTE_REQUIRED)],
            vec![("note".into(), note)],
        ));
    }
    let mut tx = db.write().await?;
    // Handled twice (two tabs, a double click): the first note stays.
    if checkins::handle_flag(&mut tx, checkin, user.id, &note, now()).await? {
        cx.audit(&mut **tx, &user, "handle_flag", "placement", placement)
            .await?;
    }
    tx.commit().await?;
    tracing::info!(checkin = %checkin, placement = %placement, by = user.id, "flag handled");
    leptos_axum::redirect(&if back == "balie" {
        "/balie#signalen".to_string()
    } else {
        format!("/balie/plaatsingen/{placement}#contact")
    });
    Ok(())
}
