//! Server side of the personal plan, desk staff only. Each change is decided on what is
//! stored inside the write (an activity's status, the newest version), so a form posted
//! twice or next to a colleague changes things once; an erased person's plan never
//! changes again (checked under the lock).

use super::{PlanVersionView, PlanView};
use crate::candidates::ssr::{desk, refuse_if_anonymised};
use crate::domain::dates::{day_of, iso_date};
use crate::domain::ids::CandidateId;
use crate::domain::plans::activities::{status_step, ActivityForm};
use crate::domain::plans::version::{
    ActivitySnapshot, PlanVersion, PlanVersionForm, STALE_VERSION,
};
use crate::domain::plans::{review_due, AgreedHow};
use crate::error::{AppError, FieldMessage};
use crate::request::Cx;
use crate::store::plans as store;
use crate::wire::plans::{ActivityLine, PlanVersionRow};

fn page_of(id: CandidateId) -> String {
    format!("/balie/kandidaten/{id}/plan")
}

fn version_view(row: PlanVersionRow) -> PlanVersionView {
    let activities = serde_json::from_str(&row.activities).unwrap_or_else(|e| {
        tracing::warn!(error = %e, version = row.number, "a plan version's activities do not read");
        Vec::new()
    });
    PlanVersionView {
        number: row.number,
        goals: row.goals,
        person_commits: row.person_commits,
        desk_commits: row.desk_commits,
        agreed_on: row.agreed_on,
        agreed_how: row.agreed_how,
        activities,
        made_by: row.made_by,
        made_at: row.made_at,
    }
}

fn snapshot(a: &ActivityLine) -> ActivitySnapshot {
    ActivitySnapshot {
        id: a.id,
        kind: a.kind,
        title: a.title.clone(),
        provider: a.provider.clone().unwrap_or_default(),
        starts_on: a.starts_on.clone(),
        ends_on: a.ends_on.clone(),
        hours_per_week: a.hours_per_week,
        status: a.status,
    }
}

pub async fn plan(cx: Cx, id: CandidateId) -> Result<PlanView, AppError> {
    let user = desk(&cx)?;
    let db = cx.db();
    let candidate = crate::store::candidates::find(db, id)
        .await?
        .ok_or(AppError::NotFound)?;
    cx.audit(db.writer(), &user, "view", "plan", id).await?;
    let versions: Vec<PlanVersionView> = store::versions(db, id)
        .await?
        .into_iter()
        .map(version_view)
        .collect();
    let activities = store::activities(db.pool(), id).await?;
    // Not as agreed: an activity the newest version does not hold as it stands now.
    let agreed = versions
        .first()
        .map(|v| v.activities.as_slice())
        .unwrap_or_default();
    let changed_since = activities
        .iter()
        .filter(|a| !agreed.contains(&snapshot(a)))
        .map(|a| a.id)
        .collect();
    let today = day_of(cx.now());
    let review = versions
        .first()
        .and_then(|v| crate::domain::dates::parse_iso_date(&v.agreed_on))
        .is_some_and(|agreed| review_due(agreed, today));
    let c = &candidate.content;
    Ok(PlanView {
        candidate_id: id.0,
        name: format!("{} {}", c.first_name, c.last_name)
            .trim()
            .to_string(),
        versions,
        activities,
        changed_since,
        providers: store::providers(db).await?,
        key: crate::auth::tokens::random_token(),
        today: iso_date(today),
        review_due: review,
        anonymised: crate::store::privacy::is_anonymised(db.pool(), id).await?,
    })
}

/// A write on the person's plan, once they are known not to be erased (asked again under
/// the lock: an erasure may have finished since).
async fn plan_write(cx: &Cx, id: CandidateId) -> Result<crate::store::WriteTx, AppError> {
    let db = cx.db();
    crate::store::candidates::find(db, id)
        .await?
        .ok_or(AppError::NotFound)?;
    refuse_if_anonymised(db, id).await?;
    let mut tx = db.write().await?;
    if !crate::store::intakes::lock_unless_anonymised(&mut tx, db.backend(), id).await? {
        return Err(AppError::Anonymised);
    }
    Ok(tx)
}

pub async fn add_activity(
    cx: Cx,
    id: CandidateId,
    key: String,
    form: ActivityForm,
) -> Result<(), AppError> {
    let user = desk(&cx)?;
    let providers: Vec<i64> = store::providers(cx.db())
        .await?
        .into_iter()
        .map(|(p, _)| p)
        .collect();
    let a = form.parse(&providers)?;
    let key = crate::auth::tokens::form_key(&key);
    let mut tx = plan_write(&cx, id).await?;
    if let Some(key) = key {
        if store::activity_made_from(&mut tx, key).await?.is_some() {
            // The same form posted again: the activity is there already.
            leptos_axum::redirect(&page_of(id));
            return Ok(());
        }
    }
    let (starts_on, ends_on) = (iso_date(a.starts_on), a.ends_on.map(iso_date));
    let made = store::insert_activity(
        &mut tx,
        &store::NewActivityRow {
            candidate_id: id,
            kind: a.kind,
            title: &a.title,
            provider_id: a.provider,
            starts_on: &starts_on,
            ends_on: ends_on.as_deref(),
            hours_per_week: a.hours_per_week,
            form_key: key,
            by: user.id,
            at: cx.now(),
        },
    )
    .await?;
    cx.audit(&mut **tx, &user, "create", "plan_activity", made)
        .await?;
    tx.commit().await?;
    tracing::info!(candidate = %id, activity = made, kind = %a.kind, by = user.id, "activity added to a plan");
    leptos_axum::redirect(&page_of(id));
    Ok(())
}

pub async fn change_activity(
    cx: Cx,
    activity: String,
    status: String,
    reason: String,
    result: String,
) -> Result<(), AppError> {
    let user = desk(&cx)?;
    let values = vec![
        ("id".to_string(), activity.clone()),
        ("status".to_string(), status.clone()),
        ("reason".to_string(), reason.clone()),
        ("result".to_string(), result.clone()),
    ];
    let Ok(activity) = activity.trim().parse::<i64>() else {
        return Err(AppError::invalid(
            vec![FieldMessage::new(
                "id",
                crate::domain::fields::CHOOSE_FROM_LIST,
            )],
            values,
        ));
    };
    let db = cx.db();
    let owner = store::activity_owner(db, activity)
        .await?
        .ok_or(AppError::NotFound)?;
    let mut tx = plan_write(&cx, owner).await?;
    let Some(from) = store::activity_state(&mut tx, activity).await? else {
        return Err(AppError::NotFound);
    };
    if crate::domain::plans::ActivityStatus::parse(status.trim()) == Some(from) {
        // The same form posted again: the step is taken already.
        leptos_axum::redirect(&page_of(owner));
        return Ok(());
    }
    let step = status_step(from, &status, &reason, &result).map_err(|(field, t)| {
        AppError::invalid(vec![FieldMessage::new(field, t)], values.clone())
    })?;
    if store::set_activity_status(
        &mut tx,
        activity,
        from,
        step.to,
        step.reason,
        &step.result,
        user.id,
        cx.now(),
    )
    .await?
    {
        cx.audit(&mut **tx, &user, "status", "plan_activity", activity)
            .await?;
        tx.commit().await?;
        tracing::info!(activity, to = %step.to, by = user.id, "activity moved on");
    }
    leptos_axum::redirect(&page_of(owner));
    Ok(())
}

/// A stored version as the domain reads it (to tell a form posted twice).
fn stored(row: &PlanVersionRow) -> Option<PlanVersion> {
    Some(PlanVersion {
        goals: row.goals.clone(),
        person_commits: row.person_commits.clone(),
        desk_commits: row.desk_commits.clone(),
        agreed_on: crate::domain::dates::parse_iso_date(&row.agreed_on)?,
        agreed_how: row.agreed_how,
        number: row.number,
    })
}

pub async fn save_version(cx: Cx, id: CandidateId, form: PlanVersionForm) -> Result<(), AppError> {
    let user = desk(&cx)?;
    let v = form.parse(day_of(cx.now()))?;
    let mut tx = plan_write(&cx, id).await?;
    let latest = store::latest_version_in(&mut tx, id).await?;
    let newest = latest.as_ref().map_or(0, |l| l.number);
    if newest != v.number - 1 {
        if let Some(row) = latest
            .as_ref()
            .filter(|l| l.number == v.number && stored(l).is_some_and(|s| s.same_as(&v)))
        {
            // The same form posted again: this version is stored already.
            tracing::debug!(candidate = %id, version = row.number, "plan version posted twice");
            leptos_axum::redirect(&page_of(id));
            return Ok(());
        }
        return Err(AppError::invalid(
            vec![FieldMessage::new("goals", STALE_VERSION)],
            form.values(),
        ));
    }
    let activities: Vec<ActivitySnapshot> = store::activities(&mut **tx, id)
        .await?
        .iter()
        .map(snapshot)
        .collect();
    let json = serde_json::to_string(&activities).map_err(|e| {
        tracing::error!(error = %e, "a plan's activities do not write as JSON");
        AppError::Internal
    })?;
    let agreed_on = iso_date(v.agreed_on);
    store::insert_version(
        &mut tx,
        &store::NewVersionRow {
            candidate_id: id,
            number: v.number,
            goals: &v.goals,
            person_commits: &v.person_commits,
            desk_commits: &v.desk_commits,
            agreed_on: &agreed_on,
            agreed_how: v.agreed_how,
            activities: &json,
            by: user.id,
            at: cx.now(),
        },
    )
    .await?;
    cx.audit(&mut **tx, &user, "version", "plan", id).await?;
    tx.commit().await?;
    tracing::info!(candidate = %id, version = v.number, how = %AgreedHow::as_str(v.agreed_how), by = user.id, "plan version agreed");
    leptos_axum::redirect(&page_of(id));
    Ok(())
}
