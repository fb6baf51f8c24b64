//! Helpers for tests of the follow-up after placement: a placed candidate, buddies,
//! pairings and check-ins, all made through the portal's own forms.

use super::pool::{candidate_fields, id_from, register};
use super::{Response, TestApp, PASSWORD};
use app::domain::dates::{day_of, iso_date};
use app::domain::Role;

/// Today (real clock) as a day number and as `YYYY-MM-DD`.
pub fn today() -> (i64, String) {
    let day = day_of(app::clock::now());
    (day, iso_date(day))
}

/// A logged-in desk user, an employer, and its id.
pub struct Desk {
    pub desk_id: i64,
    pub employer: i64,
}

pub async fn desk(app: &mut TestApp) -> Desk {
    let employer = app.add_employer("Hoveniers Tiel", "12345678").await;
    let desk_id = app.add_user(Role::Desk, "desk@example.nl", None).await;
    app.login("desk@example.nl", PASSWORD).await;
    Desk { desk_id, employer }
}

/// Registers a candidate (consultant and consent scope as given) and records a
/// placement for them starting on `start`; answers (candidate, placement).
pub async fn placed(
    app: &mut TestApp,
    employer: i64,
    client: &str,
    first: &str,
    consultant: Option<i64>,
    consent_scope: &str,
    start: &str,
) -> (i64, i64) {
    let mut fields = candidate_fields(client, first);
    for (k, v) in fields.iter_mut() {
        if k == "consent_scope" {
            *v = consent_scope.to_string();
        }
    }
    if let Some(c) = consultant {
        fields.push(("consultant".into(), c.to_string()));
    }
    let candidate = id_from(&register(app, &fields).await);
    let res = record(app, candidate, employer, start).await;
    (candidate, id_from(&res))
}

pub async fn record(app: &mut TestApp, candidate: i64, employer: i64, start: &str) -> Response {
    let csrf = app.csrf_token().await;
    let (candidate, employer) = (candidate.to_string(), employer.to_string());
    app.post_form(
        "/api/record_placement",
        &[
            ("csrf", &csrf),
            ("candidate", &candidate),
            ("employer", &employer),
            ("kind", "job"),
            ("start_date", start),
            ("planned_end_date", ""),
            ("hours", "24"),
            ("contract_type", "temporary"),
            ("wage_subsidy", "on"),
            ("sroi_value", "8000"),
            ("benefit_exit", "partial"),
        ],
        false,
    )
    .await
}

/// A buddy account with a password, straight into the table.
pub async fn buddy(app: &TestApp, email: &str) -> i64 {
    app.add_user(Role::Buddy, email, None).await
}

/// Pairs `buddy` with `placement` (as the logged-in desk user).
pub async fn pair(
    app: &mut TestApp,
    placement: i64,
    buddy: i64,
    start: &str,
    rhythm: &str,
) -> Response {
    let csrf = app.csrf_token().await;
    let (placement, buddy) = (placement.to_string(), buddy.to_string());
    app.post_form(
        "/api/pair_buddy",
        &[
            ("csrf", &csrf),
            ("placement", &placement),
            ("buddy", &buddy),
            ("start_date", start),
            ("end_date", ""),
            ("rhythm", rhythm),
        ],
        false,
    )
    .await
}

/// The newest pairing of a placement.
pub async fn pairing_of(app: &TestApp, placement: i64) -> i64 {
    sqlx::query_scalar("SELECT MAX(id) FROM buddy_pairings WHERE placement_id = $1")
        .bind(placement)
        .fetch_one(app.db().pool())
        .await
        .expect("pairing")
}

/// Logs a check-in (as the logged-in buddy); `extra` adds or overrides fields.
pub async fn checkin(
    app: &mut TestApp,
    pairing: i64,
    score: &str,
    flag: bool,
    extra: &[(&str, &str)],
) -> Response {
    let csrf = app.csrf_token().await;
    let pairing = pairing.to_string();
    let (_, today) = today();
    let mut fields: Vec<(&str, &str)> = vec![
        ("csrf", &csrf),
        ("pairing", &pairing),
        ("held_on", &today),
        ("mode", "call"),
        ("score", score),
        ("notes_work", "Went fine at the depot"),
        ("notes_home", ""),
        ("next_on", ""),
    ];
    if flag {
        fields.push(("needs_desk", "on"));
    }
    for (k, v) in extra {
        fields.retain(|(f, _)| f != k);
        fields.push((k, v));
    }
    app.post_form("/api/log_checkin", &fields, false).await
}

/// Pairs a new buddy `email` with `placement` from `start` (as the logged-in desk user),
/// then logs in as that buddy and logs one check-in (see [`checkin`]); both must succeed.
/// Ends logged in as the buddy.
pub async fn buddy_checks_in(
    app: &mut TestApp,
    placement: i64,
    email: &str,
    start: &str,
    score: &str,
    flag: bool,
    extra: &[(&str, &str)],
) {
    let id = buddy(app, email).await;
    let paired = pair(app, placement, id, start, "weekly").await;
    assert!(
        paired.location().is_some(),
        "{} {}",
        paired.status,
        paired.body
    );
    let pairing = pairing_of(app, placement).await;
    app.logout().await;
    app.login(email, PASSWORD).await;
    let logged = checkin(app, pairing, score, flag, extra).await;
    assert!(
        logged.location().is_some(),
        "{} {}",
        logged.status,
        logged.body
    );
}

/// Mails of one kind in the outbox: (to, subject, body), oldest first.
pub async fn mails(app: &TestApp, kind: &str) -> Vec<(String, String, String)> {
    sqlx::query_as("SELECT to_address, subject, body_text FROM outbox WHERE kind = $1 ORDER BY id")
        .bind(kind)
        .fetch_all(app.db().pool())
        .await
        .expect("outbox")
}
