//! Server side of proposals: who may see and move which proposal, the e-mails each step
//! sends (through the outbox, in the same transaction), and the placement a hire creates.

use super::{
    ProposalItem, ProposalLine, ProposalRecord, ProposalView, ProposeCandidate, ProposeData,
    WorkList,
};
use crate::domain::ids::ProposalId;
use crate::domain::ids::{CandidateId, EmployerId, OpeningId};
use crate::request::Cx;

use crate::auth::SessionUser;
use crate::clock::now;
use crate::domain::calendar::{invitation, Appointment};
use crate::domain::candidates::may_be_proposed;
use crate::domain::dates::{day_of, display_date, iso_date};
use crate::domain::kinds::{CandidateStatus, OpeningStatus, ProposalStatus};
use crate::domain::matching::fit;
use crate::domain::proposals::{
    parse_decline, parse_motivation, transition, HireForm, Interview, InterviewForm,
    ProposalAction, ProposalActor, NONE_CHOSEN, NOT_NOW, NOT_PUBLISHED, NO_CONSENT,
};
use crate::domain::Role;
use crate::error::{AppError, FieldMessage};
use crate::i18n::Lang;
use crate::mail_texts;
use crate::openings::OpeningRow;
use crate::state::AppState;
use crate::store::outbox::NewMail;
use crate::store::proposals::{self, Details};
use crate::store::{candidates, openings, outbox, placements, settings, users, Db};

fn actor(user: &SessionUser) -> ProposalActor {
    if user.role.is_desk_staff() {
        ProposalActor::Desk
    } else {
        ProposalActor::Employer
    }
}

fn base(user: &SessionUser) -> &'static str {
    if user.role.is_desk_staff() {
        "/balie/voordrachten"
    } else {
        "/werkgever/voordrachten"
    }
}

/// The proposal when `user` may see it: the desk all, an employer user only those for
/// their own organisation's openings. Others get `NotFound`, so ids reveal nothing.
async fn visible(db: &Db, user: &SessionUser, id: ProposalId) -> Result<ProposalRecord, AppError> {
    let p = proposals::find(db, id).await?.ok_or(AppError::NotFound)?;
    if user.role.is_desk_staff() || user.employer_id == Some(p.employer_id) {
        Ok(p)
    } else {
        tracing::warn!(
            user = user.id,
            proposal = %id,
            "refused: proposal of another employer"
        );
        Err(AppError::NotFound)
    }
}

async fn visible_opening(
    db: &Db,
    user: &SessionUser,
    id: OpeningId,
) -> Result<OpeningRow, AppError> {
    let o = openings::find(db, id).await?.ok_or(AppError::NotFound)?;
    if user.role.is_desk_staff() || user.employer_id == Some(o.employer_id) {
        Ok(o)
    } else {
        Err(AppError::NotFound)
    }
}

/// Who at the employer hears about proposals: its users who can log in, and the
/// registered contact.
async fn employer_recipients(
    db: &Db,
    employer_id: EmployerId,
) -> Result<Vec<(String, String)>, AppError> {
    let mut to: Vec<(String, String)> = users::of_employer(db, employer_id)
        .await?
        .into_iter()
        .filter(|(_, _, can_log_in)| *can_log_in)
        .map(|(name, email, _)| (name, email))
        .collect();
    if let Some(e) = crate::store::employers::find(db, employer_id).await? {
        if !to
            .iter()
            .any(|(_, m)| m.eq_ignore_ascii_case(&e.contact_email))
        {
            to.push((e.contact_name, e.contact_email));
        }
    }
    Ok(to)
}

/// The desk member who follows a proposal: who proposed it, else the consultant.
async fn desk_person(db: &Db, p: &ProposalRecord) -> Result<Option<(String, String)>, AppError> {
    let consultant = candidates::find(db, p.candidate_id)
        .await?
        .and_then(|c| c.content.consultant_id);
    Ok(users::first_active(db, &[p.proposed_by, consultant]).await?)
}

fn motivation_draft(first_name: &str, reasons: &[crate::domain::matching::Reason]) -> String {
    let fits: Vec<String> = reasons
        .iter()
        .filter(|r| r.points > 0)
        .map(|r| r.nl.to_lowercase())
        .collect();
    if fits.is_empty() {
        String::new()
    } else {
        format!("{first_name} past bij deze plek: {}.", fits.join("; "))
    }
}

pub async fn propose_form(
    cx: Cx,
    opening: OpeningId,
    chosen: Vec<CandidateId>,
) -> Result<ProposeData, AppError> {
    cx.require(&[Role::Desk, Role::Admin])?;
    let db = cx.db();
    let o = openings::find(db, opening)
        .await?
        .ok_or(AppError::NotFound)?;
    let already = proposals::candidates_of_opening(db, opening).await?;
    let mut ids = chosen;
    ids.sort_unstable();
    ids.dedup();
    ids.truncate(20);
    let mut list = Vec::new();
    for id in ids {
        let Some(c) = candidates::find(db, id).await? else {
            continue;
        };
        let consent = candidates::consent_in_force(db.pool(), id).await?;
        let f = fit(&c.content.profile(), &o.content);
        list.push(ProposeCandidate {
            id: id.0,
            name: c.content.full_name(),
            consent: consent.is_some(),
            already_proposed: already.contains(&id),
            draft: motivation_draft(&c.content.first_name, &f.reasons),
            reasons: f.reasons,
        });
    }
    Ok(ProposeData {
        opening_id: o.id.0,
        opening_title: o.content.title,
        employer_name: o.employer_name,
        candidates: list,
    })
}

pub async fn propose(cx: Cx, opening: OpeningId, items: Vec<ProposalItem>) -> Result<(), AppError> {
    let user = cx.require(&[Role::Desk, Role::Admin])?;
    let state = &cx.state;
    let db = &state.db;
    let o = openings::find(db, opening)
        .await?
        .ok_or(AppError::NotFound)?;
    let values: Vec<(String, String)> = items
        .iter()
        .enumerate()
        .flat_map(|(i, item)| {
            [
                (format!("items[{i}][candidate]"), item.candidate.to_string()),
                (format!("items[{i}][motivation]"), item.motivation.clone()),
            ]
        })
        .collect();
    let mut errors = Vec::new();
    if o.status != OpeningStatus::Published {
        errors.push(FieldMessage::new("opening", NOT_PUBLISHED));
    }
    if items.is_empty() {
        errors.push(FieldMessage::new("items", NONE_CHOSEN));
    }
    let mut checked = Vec::new();
    for (i, item) in items.iter().enumerate() {
        let c = candidates::find(db, CandidateId(item.candidate))
            .await?
            .ok_or(AppError::NotFound)?;
        let consent = candidates::consent_in_force(db.pool(), c.id).await?;
        if !may_be_proposed(consent, c.content.status) {
            errors.push(FieldMessage::new(
                &format!("items[{i}][candidate]"),
                NO_CONSENT,
            ));
        }
        let motivation = parse_motivation(&item.motivation)
            .map_err(|t| errors.push(FieldMessage::new(&format!("items[{i}][motivation]"), t)))
            .ok();
        if let Some(m) = motivation {
            checked.push((c, m));
        }
    }
    if !errors.is_empty() {
        return Err(AppError::invalid(errors, values));
    }
    let now = now();
    let mut tx = db.write().await?;
    let mut names = Vec::new();
    for (c, motivation) in &checked {
        if let Some(id) =
            proposals::insert(&mut tx, opening, c.id, motivation, user.id, now).await?
        {
            candidates::set_status(
                &mut **tx,
                c.id,
                &[CandidateStatus::Active],
                CandidateStatus::Proposed,
                now,
            )
            .await?;
            cx.audit(&mut **tx, &user, "propose", "proposal", id)
                .await?;
            names.push(c.content.short_name());
        }
    }
    if !names.is_empty() {
        let link = format!("{}/werkgever/vacatures/{opening}", state.public_url);
        for (name, email) in employer_recipients(db, o.employer_id).await? {
            let mail =
                mail_texts::candidates_proposed(&email, &name, &o.content.title, &names, &link);
            outbox::enqueue(&mut **tx, &mail, now).await?;
        }
    }
    tx.commit().await?;
    state.mail_wake.notify_one();
    tracing::info!(
        opening = %opening,
        by = user.id,
        new = names.len(),
        "candidates proposed"
    );
    leptos_axum::redirect(&format!("/balie/vacatures/{opening}"));
    Ok(())
}

pub async fn for_opening(cx: Cx, opening: OpeningId) -> Result<Vec<ProposalLine>, AppError> {
    let user = cx.require(&[Role::Employer, Role::Desk, Role::Admin])?;
    let db = cx.db();
    visible_opening(db, &user, opening).await?;
    Ok(proposals::for_opening(db, opening).await?)
}

pub async fn view(cx: Cx, id: ProposalId) -> Result<ProposalView, AppError> {
    let user = cx.require(&[Role::Employer, Role::Desk, Role::Admin])?;
    let db = cx.db();
    let mut p = visible(db, &user, id).await?;
    let desk = user.role.is_desk_staff();
    if !desk && p.status == ProposalStatus::Proposed {
        let now = now();
        let mut tx = db.write().await?;
        if proposals::set_status(
            &mut tx,
            id,
            ProposalStatus::Proposed,
            ProposalStatus::Seen,
            Details::None,
            Some(user.id),
            "",
            now,
        )
        .await?
        {
            p.status = ProposalStatus::Seen;
        }
        tx.commit().await?;
    }
    if desk {
        cx.audit(db.writer(), &user, "view", "proposal", id).await?;
    }
    let c = candidates::find(db, p.candidate_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let o = openings::find(db, p.opening_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let mut reasons = fit(&c.content.profile(), &o.content).reasons;
    if !desk {
        // The employer sees what fits.
        reasons.retain(|r| r.points > 0);
    }
    let status = p.status;
    let actions = [
        ProposalAction::Interview,
        ProposalAction::Trial,
        ProposalAction::Hire,
        ProposalAction::Decline,
        ProposalAction::Withdraw,
    ]
    .into_iter()
    .filter(|a| transition(status, *a, actor(&user)).is_some())
    .map(|a| a.as_str().to_string())
    .collect();
    Ok(ProposalView {
        id: p.id,
        opening_id: p.opening_id,
        opening_title: p.opening_title.clone(),
        employer_name: p.employer_name.clone(),
        status: p.status,
        name: c.content.short_name(),
        hours_available: c.content.hours_available,
        reasons,
        motivation: p.motivation.clone(),
        interview: p
            .interview_at
            .as_deref()
            .and_then(|at| Interview::from_stored(at, p.interview_place.as_deref().unwrap_or(""))),
        decline_reason: p.decline_reason.clone(),
        decline_note: p.decline_note.clone(),
        events: proposals::events(db, id).await?,
        actions,
        desk,
        candidate_id: desk.then_some(p.candidate_id),
        placement: placements::of_proposal(db, id).await?,
    })
}

/// The interview invitation for everyone involved, with the calendar file.
async fn interview_mails(
    state: &AppState,
    p: &ProposalRecord,
    candidate: &str,
    interview: &Interview,
    now: i64,
) -> Result<Vec<NewMail>, AppError> {
    let db = &state.db;
    let employer = employer_recipients(db, p.employer_id).await?;
    let desk = desk_person(db, p).await?;
    let mut everyone = employer.clone();
    everyone.extend(desk.clone());
    let host = mail_texts::host_of(&state.public_url);
    let organizer = desk
        .clone()
        .unwrap_or_else(|| ("Opstap".to_string(), format!("noreply@{host}")));
    let title = &p.opening_title;
    let ics = invitation(&Appointment {
        uid: format!("proposal-{}@{host}", p.id),
        sequence: proposals::interviews_planned(db, p.id).await?,
        date: &interview.date,
        time: &interview.time,
        minutes: 60,
        summary: mail_texts::subject(
            mail_texts::INTERVIEW_SUBJECT,
            &[],
            Some(&format!("{candidate}, {title}")),
        ),
        location: &interview.place,
        description: {
            let v = [
                ("candidate", candidate),
                ("title", title.as_str()),
                ("employer", p.employer_name.as_str()),
            ];
            format!(
                "{}\n\n{}",
                mail_texts::INTERVIEW_DESCRIPTION.fill(Lang::Nl, &v),
                mail_texts::INTERVIEW_DESCRIPTION.fill(Lang::En, &v)
            )
        },
        organizer: (&organizer.0, &organizer.1),
        attendees: everyone.clone(),
        now,
    })
    .ok_or(AppError::Internal)?;
    let when = format!("{} {}", display_date(&interview.date), interview.time);
    let employer_link = format!("{}/werkgever/voordrachten/{}", state.public_url, p.id);
    let desk_link = format!("{}/balie/voordrachten/{}", state.public_url, p.id);
    let recipients = employer
        .iter()
        .map(|to| (to, &employer_link))
        .chain(desk.iter().map(|to| (to, &desk_link)));
    let mails = recipients
        .map(|((name, email), link)| {
            mail_texts::interview_planned(
                email,
                name,
                candidate,
                title,
                &when,
                &interview.place,
                link,
                ics.clone(),
            )
        })
        .collect();
    Ok(mails)
}

pub async fn change(
    cx: Cx,
    id: ProposalId,
    action: String,
    interview_form: InterviewForm,
    hire_form: HireForm,
    decline: (String, String, String),
) -> Result<(), AppError> {
    let user = cx.require(&[Role::Employer, Role::Desk, Role::Admin])?;
    let state = &cx.state;
    let db = &state.db;
    let p = visible(db, &user, id).await?;
    let action = ProposalAction::parse(&action).ok_or(AppError::NotFound)?;
    let status = p.status;
    let back = format!("{}/{id}", base(&user));
    let now = now();
    let today = day_of(now);
    // A form posted twice: the step is already taken, so there is nothing left to do.
    let repeated = match (action, status) {
        (ProposalAction::Hire, ProposalStatus::Hired)
        | (ProposalAction::Decline, ProposalStatus::Declined)
        | (ProposalAction::Withdraw, ProposalStatus::Withdrawn)
        | (ProposalAction::Trial, ProposalStatus::Trial) => true,
        (ProposalAction::Interview, ProposalStatus::Interview) => {
            interview_form.parse(today).is_ok_and(|i| {
                Some(i.stored()) == p.interview_at && Some(i.place) == p.interview_place
            })
        }
        _ => false,
    };
    if repeated {
        leptos_axum::redirect(&back);
        return Ok(());
    }
    let not_now = || AppError::invalid(vec![FieldMessage::new("status", NOT_NOW)], Vec::new());
    let to = transition(status, action, actor(&user)).ok_or_else(not_now)?;
    let c = candidates::find(db, p.candidate_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let candidate = c.content.short_name();
    let (note, details_interview, details_decline) = match action {
        ProposalAction::Interview => (String::new(), Some(interview_form.parse(today)?), None),
        ProposalAction::Decline => {
            let (reason, note) = parse_decline(&decline.0, &decline.1)?;
            (note, None, Some(reason))
        }
        ProposalAction::Withdraw => (decline.2.trim().chars().take(1000).collect(), None, None),
        _ => (String::new(), None, None),
    };
    let hire = match action {
        ProposalAction::Hire => Some(hire_form.parse(today)?),
        _ => None,
    };
    let stored_at = details_interview.as_ref().map(Interview::stored);
    let details = match (&details_interview, &details_decline, &stored_at) {
        (Some(i), _, Some(at)) => Details::Interview {
            at,
            place: &i.place,
        },
        (_, Some(reason), _) => Details::Decline {
            reason: *reason,
            note: &note,
        },
        _ => Details::None,
    };
    let mut mails = Vec::new();
    if let Some(i) = &details_interview {
        mails = interview_mails(state, &p, &candidate, i, now).await?;
    }
    // The desk hears when the employer answers.
    if !user.role.is_desk_staff()
        && matches!(
            to,
            ProposalStatus::Trial | ProposalStatus::Hired | ProposalStatus::Declined
        )
    {
        if let Some((name, email)) = desk_person(db, &p).await? {
            let label = to.label();
            let link = format!("{}/balie/voordrachten/{id}", state.public_url);
            mails.push(mail_texts::proposal_answered(
                &email,
                &name,
                &candidate,
                &p.opening_title,
                label,
                &link,
            ));
        }
    }
    // The placement takes its kind and wage subsidy from the opening.
    let opening = match hire {
        Some(_) => Some(
            openings::find(db, p.opening_id)
                .await?
                .ok_or(AppError::NotFound)?,
        ),
        None => None,
    };
    let mut tx = db.write().await?;
    if !proposals::set_status(&mut tx, id, status, to, details, Some(user.id), &note, now).await? {
        return Err(not_now());
    }
    if let (Some(hire), Some(o)) = (&hire, &opening) {
        let placement = placements::insert_for_hire(
            &mut tx,
            &placements::FromHire {
                proposal_id: id,
                candidate_id: p.candidate_id,
                employer_id: p.employer_id,
                opening_id: p.opening_id,
                kind: o.content.kind,
                wage_subsidy: o.content.wage_subsidy,
                by: user.id,
            },
            hire,
            now,
        )
        .await?;
        candidates::set_status(
            &mut **tx,
            p.candidate_id,
            &[
                CandidateStatus::Active,
                CandidateStatus::Proposed,
                CandidateStatus::Paused,
            ],
            CandidateStatus::Placed,
            now,
        )
        .await?;
        tracing::info!(proposal = %id, placement = ?placement, "hired: placement created");
    }
    if matches!(to, ProposalStatus::Declined | ProposalStatus::Withdrawn)
        && c.content.status == CandidateStatus::Proposed
        && proposals::open_for_candidate(&mut **tx, p.candidate_id).await? == 0
    {
        candidates::set_status(
            &mut **tx,
            p.candidate_id,
            &[CandidateStatus::Proposed],
            CandidateStatus::Active,
            now,
        )
        .await?;
    }
    for mail in &mails {
        outbox::enqueue(&mut **tx, mail, now).await?;
    }
    cx.audit(&mut **tx, &user, action.as_str(), "proposal", id)
        .await?;
    tx.commit().await?;
    if !mails.is_empty() {
        state.mail_wake.notify_one();
    }
    tracing::info!(
        proposal = %id,
        by = user.id,
        to = to.as_str(),
        "proposal moved"
    );
    leptos_axum::redirect(&back);
    Ok(())
}

/// Days a proposal may wait for the employer before it shows on the work list.
pub const WAIT_DAYS_SETTING: &str = "proposal_wait_days";
pub const WAIT_DAYS_DEFAULT: i64 = 7;

pub async fn work_list(cx: Cx, days: Option<i64>) -> Result<WorkList, AppError> {
    cx.require(&[Role::Desk, Role::Admin])?;
    let db = cx.db();
    let days = match days {
        Some(d) => d,
        None => settings::get(db, WAIT_DAYS_SETTING)
            .await?
            .and_then(|v| v.parse().ok())
            .unwrap_or(WAIT_DAYS_DEFAULT),
    }
    .clamp(1, 365);
    let now = now();
    let today = day_of(now);
    // Monday of this week (1970-01-01 was a Thursday).
    let monday = today - (today + 3).rem_euclid(7);
    Ok(WorkList {
        days,
        waiting: proposals::waiting_since(db, now - days * 86_400).await?,
        interviews: proposals::interviews_between(db, &iso_date(monday), &iso_date(monday + 7))
            .await?,
        hired: proposals::hired_since(db, now - 14 * 86_400).await?,
    })
}
