//! Server side of openings: who may see and change which opening.

use super::{OpeningDetail, OpeningRow};
use crate::domain::ids::{EmployerId, OpeningId};
use crate::request::Cx;

use crate::auth::SessionUser;
use crate::clock::now;
use crate::domain::dates::day_of;
use crate::domain::fields::REQUIRED;
use crate::domain::kinds::OpeningStatus;
use crate::domain::openings::{editable, transition, Actor, OpeningAction, OpeningForm};
use crate::domain::Role;
use crate::error::{AppError, FieldMessage};
use crate::store::{openings, outbox, Db};

opstap_core::messages! { OPENINGS_SSR {
    NOT_NOW =
        "Dit kan niet (meer) in de huidige status van de vacature. Laad de pagina opnieuw."
        / "This is not possible in the opening's current status (any more). Reload the page.";
    CHOOSE_EMPLOYER =
        "Kies de werkgever voor wie u deze vacature plaatst."
        / "Choose the employer you are posting this opening for.";
}}

fn actor(user: &SessionUser) -> Actor {
    if user.role.is_desk_staff() {
        Actor::Desk
    } else {
        Actor::Employer
    }
}

/// The opening when `user` may see it: the desk sees all, an employer user only their
/// own organisation's. Others get `NotFound`, so ids of other employers reveal nothing.
async fn visible(db: &Db, user: &SessionUser, id: OpeningId) -> Result<OpeningRow, AppError> {
    let row = openings::find(db, id).await?.ok_or(AppError::NotFound)?;
    if user.role.is_desk_staff() || user.employer_id == Some(row.employer_id) {
        Ok(row)
    } else {
        tracing::warn!(
            user = user.id,
            opening = %id,
            "refused: opening of another employer"
        );
        Err(AppError::NotFound)
    }
}

pub async fn my_openings(cx: Cx) -> Result<Vec<OpeningRow>, AppError> {
    let user = cx.require(&[Role::Employer])?;
    let employer = user.employer_id.ok_or(AppError::Forbidden)?;
    Ok(openings::for_employer(cx.db(), employer).await?)
}

pub async fn to_review(cx: Cx) -> Result<Vec<OpeningRow>, AppError> {
    cx.require(&[Role::Desk, Role::Admin])?;
    Ok(openings::with_status(cx.db(), OpeningStatus::Submitted).await?)
}

pub async fn detail(cx: Cx, id: OpeningId) -> Result<OpeningDetail, AppError> {
    let user = cx.require(&[Role::Employer, Role::Desk, Role::Admin])?;
    let opening = visible(cx.db(), &user, id).await?;
    let history = openings::history(cx.db(), id).await?;
    let status = opening.status;
    let actions = ["submit", "publish", "send_back", "fill", "close"]
        .into_iter()
        .filter(|code| {
            OpeningAction::parse(code)
                .and_then(|a| transition(status, a, actor(&user)))
                .is_some()
        })
        .map(str::to_string)
        .collect();
    Ok(OpeningDetail {
        opening,
        history,
        actions,
        editable: editable(status),
        desk: user.role.is_desk_staff(),
    })
}

pub async fn active_employers(cx: Cx) -> Result<Vec<(EmployerId, String)>, AppError> {
    cx.require(&[Role::Desk, Role::Admin])?;
    Ok(crate::store::employers::active(cx.db()).await?)
}

pub async fn save(
    cx: Cx,
    id: Option<OpeningId>,
    submit: bool,
    employer: Option<String>,
    form: OpeningForm,
) -> Result<(), AppError> {
    let user = cx.require(&[Role::Employer, Role::Desk, Role::Admin])?;
    let state = &cx.state;
    let now = now();
    // Someone else's opening is refused before its form is even read.
    let existing = match id {
        Some(id) => Some(visible(cx.db(), &user, id).await?),
        None => None,
    };
    // Employer users post for their own organisation; the desk for an active employer it names.
    let employer = if user.role.is_desk_staff() {
        let chosen = employer
            .as_deref()
            .and_then(|e| e.trim().parse::<EmployerId>().ok());
        let active = crate::store::employers::active(&state.db).await?;
        match (id, chosen.filter(|c| active.iter().any(|(id, _)| id == c))) {
            (Some(_), _) => None,
            (None, Some(e)) => Some(e),
            (None, None) => {
                let mut values = form.values();
                values.push(("employer".into(), employer.unwrap_or_default()));
                let mut errors = match form.parse(day_of(now)) {
                    Err(AppError::Invalid { fields, .. }) => fields,
                    _ => Vec::new(),
                };
                errors.insert(0, FieldMessage::new("employer", CHOOSE_EMPLOYER));
                return Err(AppError::invalid(errors, values));
            }
        }
    } else {
        Some(user.employer_id.ok_or(AppError::Forbidden)?)
    };
    let content = form.parse(day_of(now))?;
    let mut tx = state.db.write().await?;
    let id = match (id, employer) {
        (None, None) => return Err(AppError::Internal),
        (None, Some(employer)) => {
            let status = if submit {
                OpeningStatus::Submitted
            } else {
                OpeningStatus::Draft
            };
            openings::insert(&mut tx, employer, &content, status, user.id, now).await?
        }
        (Some(id), _) => {
            let row = existing.ok_or(AppError::NotFound)?;
            let status = row.status;
            if !editable(status) {
                return Err(AppError::invalid(
                    vec![FieldMessage::new("status", NOT_NOW)],
                    form.values(),
                ));
            }
            openings::update_content(&mut tx, id, &content, now).await?;
            // A change to a published or sent-back opening goes (back) to review.
            let resubmit = submit || status == OpeningStatus::Published;
            if resubmit && status != OpeningStatus::Submitted {
                openings::set_status(
                    &mut tx,
                    id,
                    status,
                    OpeningStatus::Submitted,
                    Some(user.id),
                    "",
                    now,
                )
                .await?;
            }
            id
        }
    };
    tx.commit().await?;
    tracing::info!(opening = %id, by = user.id, submit, "opening saved");
    let base = if user.role.is_desk_staff() {
        "/balie/vacatures"
    } else {
        "/werkgever/vacatures"
    };
    leptos_axum::redirect(&format!("{base}/{id}"));
    Ok(())
}

pub async fn change(cx: Cx, id: OpeningId, action: String, reason: String) -> Result<(), AppError> {
    let user = cx.require(&[Role::Employer, Role::Desk, Role::Admin])?;
    let row = visible(cx.db(), &user, id).await?;
    let action = OpeningAction::parse(&action).ok_or(AppError::NotFound)?;
    let status = row.status;
    let not_now = || AppError::invalid(vec![FieldMessage::new("status", NOT_NOW)], Vec::new());
    let to = transition(status, action, actor(&user)).ok_or_else(not_now)?;
    let reason = crate::domain::text::lines(&reason);
    if action == OpeningAction::SendBack && reason.is_empty() {
        return Err(AppError::invalid(
            vec![FieldMessage::new("reason", REQUIRED)],
            Vec::new(),
        ));
    }
    let state = &cx.state;
    let now = now();
    let mut tx = state.db.write().await?;
    if !openings::set_status(&mut tx, id, status, to, Some(user.id), &reason, now).await? {
        return Err(not_now());
    }
    if action == OpeningAction::SendBack {
        if let Some(contact) = crate::store::employers::find(&state.db, row.employer_id).await? {
            let link = format!("{}/werkgever/vacatures/{id}", state.public_url);
            let mail = crate::mail_texts::opening_sent_back(
                &contact.contact_email,
                &contact.contact_name,
                &row.content.title,
                &reason,
                &link,
            );
            outbox::enqueue(&mut **tx, &mail, now).await?;
        }
    }
    tx.commit().await?;
    state.mail_wake.notify_one();
    tracing::info!(
        opening = %id,
        by = user.id,
        to = to.as_str(),
        "opening status changed"
    );
    let back = if user.role.is_desk_staff() {
        format!("/balie/vacatures/{id}")
    } else {
        format!("/werkgever/vacatures/{id}")
    };
    leptos_axum::redirect(&back);
    Ok(())
}

pub async fn duplicate(cx: Cx, id: OpeningId) -> Result<(), AppError> {
    let user = cx.require(&[Role::Employer])?;
    let row = visible(cx.db(), &user, id).await?;
    let state = &cx.state;
    let now = now();
    let mut content = row.content.clone();
    // A copy starts without dates that may have passed.
    content.closing_date = None;
    content.start_date = None;
    let mut tx = state.db.write().await?;
    let copy = openings::insert(
        &mut tx,
        row.employer_id,
        &content,
        OpeningStatus::Draft,
        user.id,
        now,
    )
    .await?;
    tx.commit().await?;
    leptos_axum::redirect(&format!("/werkgever/vacatures/{copy}/bewerken"));
    Ok(())
}
