//! Server side of the candidate pool: desk staff only, every open of a candidate audited.

use super::{CandidateDetail, CandidateFormData, CandidatePage, CandidateQuery};
use crate::domain::ids::CandidateId;
use crate::request::Cx;

use crate::auth::SessionUser;
use crate::clock::now;
use crate::domain::candidates::{CandidateForm, CLIENT_NUMBER_TAKEN};
use crate::domain::dates::{day_of, iso_date, parse_iso_date};
use crate::domain::fields::{BAD_DATE, CHOOSE_FROM_LIST};
use crate::domain::kinds::{CandidateStatus, ConsentScope, Sector, TargetGroup};
use crate::domain::settings::CANDIDATE_RETENTION;
use crate::domain::Role;
use crate::error::{AppError, FieldMessage};
use crate::store::candidates::{self, PoolFilter};
use crate::store::employers::is_duplicate;

pub const PER_PAGE: i64 = 25;

pub fn desk(cx: &Cx) -> Result<SessionUser, AppError> {
    cx.require(&[Role::Desk, Role::Admin])
}

/// An anonymised candidate is gone as a person: their record can no longer change.
pub async fn refuse_if_anonymised(db: &crate::store::Db, id: CandidateId) -> Result<(), AppError> {
    if crate::store::privacy::is_anonymised(db.pool(), id).await? {
        tracing::info!(candidate = %id, "refused: anonymised");
        return Err(AppError::Anonymised);
    }
    Ok(())
}

/// The pool filter a search form asks for; unknown codes are ignored.
pub fn filter_of(q: &CandidateQuery) -> PoolFilter {
    PoolFilter {
        text: q.q.trim().to_string(),
        municipality: q.municipality.trim().to_string(),
        sector: Sector::parse(q.sector.trim()),
        group: TargetGroup::parse(q.group.trim()),
        statuses: CandidateStatus::parse(q.status.trim())
            .into_iter()
            .collect(),
        consultant: q.consultant.trim().parse().ok(),
        min_hours: None,
        only_with_consent: false,
    }
}

pub async fn search(cx: Cx, q: CandidateQuery) -> Result<CandidatePage, AppError> {
    desk(&cx)?;
    let db = cx.db();
    let page = crate::domain::paging::parse_page(&q.page);
    let filter = filter_of(&q);
    let (total, lines) = candidates::search(
        db,
        &filter,
        PER_PAGE,
        crate::domain::paging::offset(page, PER_PAGE),
    )
    .await?;
    Ok(CandidatePage {
        total,
        page,
        pages: ((total + PER_PAGE - 1) / PER_PAGE).max(1),
        lines,
        consultants: candidates::consultants(db).await?,
        municipalities: candidates::municipalities(db).await?,
    })
}

pub async fn detail(cx: Cx, id: CandidateId) -> Result<CandidateDetail, AppError> {
    let user = desk(&cx)?;
    let db = cx.db();
    let candidate = candidates::find(db, id).await?.ok_or(AppError::NotFound)?;
    cx.audit(db.writer(), &user, "view", "candidate", id)
        .await?;
    tracing::info!(candidate = %id, by = user.id, "candidate opened");
    let anonymisation = crate::store::privacy::anonymisation(db, id).await?;
    let months =
        crate::store::settings::number(db, CANDIDATE_RETENTION.key, CANDIDATE_RETENTION.default)
            .await?;
    let anonymised_from = match (&anonymisation, &candidate.exited_on) {
        (None, Some(exited_on)) if candidate.content.status == CandidateStatus::Exited => {
            crate::domain::retention::anonymised_from(exited_on, months)
        }
        _ => None,
    };
    Ok(CandidateDetail {
        may_erase: user.role == Role::Admin && anonymisation.is_none(),
        anonymisation,
        anonymised_from,
        obstacles: candidates::obstacles(db, id).await?,
        consents: candidates::consents(db, id).await?,
        proposals: candidates::proposals(db, id).await?,
        placements: crate::store::placements::of_candidate(db, id)
            .await?
            .into_iter()
            .map(
                |(id, employer_name, start_date, outcome)| super::CandidatePlacement {
                    id,
                    employer_name,
                    start_date,
                    outcome,
                },
            )
            .collect(),
        intake: crate::intake::ssr::of_candidate(db, id, day_of(now())).await?,
        today: iso_date(day_of(now())),
        candidate,
    })
}

pub async fn form(cx: Cx, id: Option<CandidateId>) -> Result<CandidateFormData, AppError> {
    let user = desk(&cx)?;
    let db = cx.db();
    let consultants = candidates::consultants(db).await?;
    let form = match id {
        None => CandidateForm {
            consultant: user.id.to_string(),
            status: "active".into(),
            motivation: "unknown".into(),
            consent_date: iso_date(day_of(now())),
            ..CandidateForm::default()
        },
        Some(id) => {
            let c = candidates::find(db, id).await?.ok_or(AppError::NotFound)?;
            refuse_if_anonymised(db, id).await?;
            let o = candidates::obstacles(db, id).await?;
            cx.audit(db.writer(), &user, "view", "candidate", id)
                .await?;
            CandidateForm::from_content(&c.content, &o)
        }
    };
    Ok(CandidateFormData {
        id,
        form,
        consultants,
    })
}

pub async fn save(cx: Cx, id: Option<CandidateId>, form: CandidateForm) -> Result<(), AppError> {
    let user = desk(&cx)?;
    let state = &cx.state;
    let now = now();
    let today = day_of(now);
    let checked = form.parse(today, id.is_none())?;
    let refuse =
        |field: &str, t| AppError::invalid(vec![FieldMessage::new(field, t)], form.values());
    if let Some(consultant) = checked.content.consultant_id {
        let known = candidates::consultants(&state.db).await?;
        if !known.iter().any(|(id, _)| *id == consultant) {
            return Err(refuse("consultant", CHOOSE_FROM_LIST));
        }
    }
    // Checked before the write transaction, so it holds the write lock only for writing.
    if let Some(id) = id {
        if candidates::find(&state.db, id).await?.is_none() {
            return Err(AppError::NotFound);
        }
        refuse_if_anonymised(&state.db, id).await?;
    }
    let mut tx = state.db.write().await?;
    let result = match id {
        None => {
            candidates::insert(
                &mut tx,
                &checked.content,
                &checked.obstacles,
                &iso_date(today),
                now,
            )
            .await
        }
        Some(id) => candidates::update(
            &mut tx,
            id,
            &checked.content,
            &checked.obstacles,
            &iso_date(today),
            now,
        )
        .await
        .map(|_| id),
    };
    let saved = match result {
        Ok(id) => id,
        Err(e) if is_duplicate(&e) => return Err(refuse("client_number", CLIENT_NUMBER_TAKEN)),
        Err(e) => return Err(e.into()),
    };
    if let Some(consent) = &checked.consent {
        candidates::add_consent(
            &mut **tx,
            saved,
            consent.scope,
            &consent.given_on,
            user.id,
            now,
        )
        .await?;
    }
    let action = if id.is_none() { "create" } else { "change" };
    cx.audit(&mut **tx, &user, action, "candidate", saved)
        .await?;
    tx.commit().await?;
    tracing::info!(candidate = %saved, by = user.id, action, "candidate saved");
    leptos_axum::redirect(&format!("/balie/kandidaten/{saved}"));
    Ok(())
}

pub async fn change_consent(
    cx: Cx,
    id: CandidateId,
    scope: String,
    given_on: String,
    withdraw: bool,
) -> Result<(), AppError> {
    let user = desk(&cx)?;
    let state = &cx.state;
    let now = now();
    let today = day_of(now);
    if candidates::find(&state.db, id).await?.is_none() {
        return Err(AppError::NotFound);
    }
    refuse_if_anonymised(&state.db, id).await?;
    if withdraw {
        // The withdrawal and its audit line together, or neither.
        let mut tx = state.db.write().await?;
        candidates::withdraw_consent(&mut **tx, id, &iso_date(today)).await?;
        cx.audit(&mut **tx, &user, "consent_withdrawn", "candidate", id)
            .await?;
        tx.commit().await?;
    } else {
        let values = vec![
            ("scope".to_string(), scope.clone()),
            ("given_on".to_string(), given_on.clone()),
        ];
        let mut errors = Vec::new();
        let scope = ConsentScope::parse(scope.trim());
        if scope.is_none() {
            errors.push(FieldMessage::new("scope", CHOOSE_FROM_LIST));
        }
        let day = parse_iso_date(&given_on);
        match day {
            None => errors.push(FieldMessage::new("given_on", BAD_DATE)),
            Some(d) if d > today => errors.push(FieldMessage::new(
                "given_on",
                crate::domain::candidates::CONSENT_DATE_FUTURE,
            )),
            _ => {}
        }
        match (scope, day) {
            (Some(scope), Some(day)) if errors.is_empty() => {
                let mut tx = state.db.write().await?;
                // A new consent replaces the one in force; both stay in the history.
                candidates::withdraw_consent(&mut **tx, id, &iso_date(today)).await?;
                candidates::add_consent(&mut **tx, id, scope, &iso_date(day), user.id, now).await?;
                cx.audit(&mut **tx, &user, "consent_given", "candidate", id)
                    .await?;
                tx.commit().await?;
            }
            _ => return Err(AppError::invalid(errors, values)),
        }
    }
    tracing::info!(candidate = %id, by = user.id, withdraw, "consent changed");
    leptos_axum::redirect(&format!("/balie/kandidaten/{id}"));
    Ok(())
}
