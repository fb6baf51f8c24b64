//! Journey 3 through the server: the desk matches and proposes, the employer answers,
//! a hire makes a placement; and the rules around it: consent, other employers, double
//! posts, the work list.

use crate::common;

use crate::common::{spawn_app, TestApp, PASSWORD};
use app::domain::Role;
use axum::http::StatusCode;

use crate::common::pool::{candidate_fields, id_from, register};

struct World {
    app: TestApp,
    opening: i64,
}

/// A desk user logged in, an employer with a user and a published opening.
async fn world() -> World {
    let app = spawn_app().await;
    let employer = app.add_employer("Hoveniers Tiel", "12345678").await;
    app.add_user(Role::Employer, "baas@hoveniers.nl", Some(employer))
        .await;
    let desk = app.add_user(Role::Desk, "desk@example.nl", None).await;
    let opening = app
        .published_opening(employer, desk, "Medewerker groen")
        .await;
    let mut app = app;
    app.login("desk@example.nl", PASSWORD).await;
    World { app, opening }
}

async fn propose(app: &mut TestApp, opening: i64, items: &[(i64, &str)]) -> common::Response {
    let csrf = app.csrf_token().await;
    let opening = opening.to_string();
    let mut fields: Vec<(String, String)> =
        vec![("csrf".into(), csrf), ("opening".into(), opening)];
    for (i, (candidate, motivation)) in items.iter().enumerate() {
        fields.push((format!("items[{i}][candidate]"), candidate.to_string()));
        fields.push((format!("items[{i}][motivation]"), motivation.to_string()));
    }
    let refs: Vec<(&str, &str)> = fields
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    app.post_form("/api/propose", &refs, false).await
}

async fn step(
    app: &mut TestApp,
    id: i64,
    action: &str,
    extra: &[(&str, &str)],
) -> common::Response {
    let csrf = app.csrf_token().await;
    let id = id.to_string();
    let mut fields = vec![
        ("csrf", csrf.as_str()),
        ("id", id.as_str()),
        ("action", action),
    ];
    fields.extend_from_slice(extra);
    app.post_form("/api/change_proposal", &fields, false).await
}

async fn proposal_ids(app: &TestApp, opening: i64) -> Vec<i64> {
    sqlx::query_scalar("SELECT id FROM proposals WHERE opening_id = $1 ORDER BY id")
        .bind(opening)
        .fetch_all(app.db().pool())
        .await
        .unwrap()
}

async fn status(app: &TestApp, id: i64) -> String {
    sqlx::query_scalar("SELECT status FROM proposals WHERE id = $1")
        .bind(id)
        .fetch_one(app.db().pool())
        .await
        .unwrap()
}

async fn candidate_status(app: &TestApp, id: i64) -> String {
    sqlx::query_scalar("SELECT status FROM candidates WHERE id = $1")
        .bind(id)
        .fetch_one(app.db().pool())
        .await
        .unwrap()
}

fn future_day(days: i64) -> String {
    app::domain::dates::iso_date(app::domain::dates::day_of(app::clock::now()) + days)
}

#[test]
fn the_desk_proposes_two_the_employer_invites_one_and_hires_them() {
    common::run(async {
        let World {
            mut app, opening, ..
        } = world().await;
        let a = id_from(&register(&mut app, &candidate_fields("K100001", "Fatima")).await);
        let b = id_from(&register(&mut app, &candidate_fields("K100002", "Joost")).await);

        // The matching page ranks both, with reasons.
        let m = app
            .get(&format!("/balie/vacatures/{opening}/kandidaten"))
            .await;
        assert_eq!(m.status, StatusCode::OK);
        assert!(m.body.contains("Fatima van der Berg") && m.body.contains("Wil werken in groen"));

        let res = propose(
            &mut app,
            opening,
            &[
                (a, "Fatima werkte jaren als hovenier."),
                (b, "Joost is zeer gemotiveerd."),
            ],
        )
        .await;
        assert_eq!(res.status, StatusCode::OK, "{}", res.body);
        let ids = proposal_ids(&app, opening).await;
        assert_eq!(ids.len(), 2);
        let mails = app
            .count("SELECT COUNT(*) FROM outbox WHERE kind = 'proposal' AND to_address = 'baas@hoveniers.nl'")
            .await;
        assert_eq!(mails, 1, "one mail for both proposals");
        let body: String =
            sqlx::query_scalar("SELECT body_text FROM outbox WHERE kind = 'proposal' LIMIT 1")
                .fetch_one(app.db().pool())
                .await
                .unwrap();
        assert!(
            body.contains("Fatima B.") && body.contains("Joost B."),
            "{body}"
        );
        assert!(!body.contains("van der Berg"));
        assert_eq!(candidate_status(&app, a).await, "proposed");

        // The employer opens the proposal: minimal profile only, and it is marked seen.
        app.logout().await;
        app.login("baas@hoveniers.nl", PASSWORD).await;
        let list = app.get(&format!("/werkgever/vacatures/{opening}")).await;
        assert!(list.body.contains("Fatima B.") && list.body.contains("Joost B."));
        let page = app
            .get(&format!("/werkgever/voordrachten/{}", ids[0]))
            .await;
        assert_eq!(page.status, StatusCode::OK);
        assert!(page.body.contains("Fatima B.") && page.body.contains("werkte jaren als hovenier"));
        for secret in [
            "van der Berg",
            "Schuldhulp",
            "geheim@mail.example",
            "1234 5678",
            "K100001",
            "1988",
            "Schulden",
        ] {
            assert!(
                !page.body.contains(secret),
                "the employer must not see {secret}"
            );
        }
        assert_eq!(status(&app, ids[0]).await, "seen");
        assert_eq!(
            status(&app, ids[1]).await,
            "proposed",
            "only what was opened"
        );

        // An interview: both the employer and the desk get an invitation with an .ics.
        let date = future_day(3);
        let res = step(
            &mut app,
            ids[0],
            "interview",
            &[
                ("date", &date),
                ("time", "10:30"),
                ("place", "Kerkstraat 1, Tiel"),
            ],
        )
        .await;
        assert_eq!(res.status, StatusCode::OK, "{}", res.body);
        assert_eq!(status(&app, ids[0]).await, "interview");
        let invites: Vec<(String, Option<String>)> = sqlx::query_as(
            "SELECT to_address, ics FROM outbox WHERE kind = 'interview' ORDER BY to_address",
        )
        .fetch_all(app.db().pool())
        .await
        .unwrap();
        let to: Vec<&str> = invites.iter().map(|(t, _)| t.as_str()).collect();
        assert_eq!(
            to,
            ["baas@hoveniers.nl", "desk@example.nl", "jan@example.nl"]
        );
        let ics = invites[0].1.clone().expect("ics attached");
        let compact = date.replace('-', "");
        assert!(
            ics.contains(&format!("DTSTART;TZID=Europe/Amsterdam:{compact}T103000")),
            "{ics}"
        );
        assert!(ics.contains("LOCATION:Kerkstraat 1\\, Tiel"));
        // The same interview posted again sends nothing new.
        step(
            &mut app,
            ids[0],
            "interview",
            &[
                ("date", &date),
                ("time", "10:30"),
                ("place", "Kerkstraat 1, Tiel"),
            ],
        )
        .await;
        assert_eq!(
            app.count("SELECT COUNT(*) FROM outbox WHERE kind = 'interview'")
                .await,
            3
        );

        // The hire creates one placement, however often it is posted.
        let start = future_day(14);
        let hire = [
            ("start_date", start.as_str()),
            ("end_date", ""),
            ("hours", "32"),
            ("contract_type", "temporary"),
        ];
        assert_eq!(
            step(&mut app, ids[0], "hire", &hire).await.status,
            StatusCode::OK
        );
        assert_eq!(
            step(&mut app, ids[0], "hire", &hire).await.status,
            StatusCode::OK
        );
        assert_eq!(status(&app, ids[0]).await, "hired");
        assert_eq!(app.count("SELECT COUNT(*) FROM placements").await, 1);
        let (candidate, hours): (i64, i64) =
            sqlx::query_as("SELECT candidate_id, hours FROM placements")
                .fetch_one(app.db().pool())
                .await
                .unwrap();
        assert_eq!((candidate, hours), (a, 32));
        // With its retention checkpoints at 1, 3, 6 and 12 months.
        let months: Vec<i64> =
            sqlx::query_scalar("SELECT months FROM retention_checks ORDER BY months")
                .fetch_all(app.db().pool())
                .await
                .unwrap();
        assert_eq!(months, [1, 3, 6, 12]);
        assert_eq!(candidate_status(&app, a).await, "placed");
        let steps: Vec<String> = sqlx::query_scalar(
            "SELECT status FROM proposal_events WHERE proposal_id = $1 ORDER BY id",
        )
        .bind(ids[0])
        .fetch_all(app.db().pool())
        .await
        .unwrap();
        assert_eq!(steps, ["proposed", "seen", "interview", "hired"]);
        // A final proposal takes no more steps.
        let res = step(&mut app, ids[0], "decline", &[("decline_reason", "hours")]).await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);

        // The employer declines the other with a reason.
        let res = step(
            &mut app,
            ids[1],
            "decline",
            &[("decline_reason", "other"), ("note", "")],
        )
        .await;
        assert_eq!(
            res.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "other needs a note"
        );
        assert!(res.body.contains("\"field\":\"note\""));
        let res = step(
            &mut app,
            ids[1],
            "decline",
            &[("decline_reason", "hours"), ("note", "Alleen ochtenden")],
        )
        .await;
        assert_eq!(res.status, StatusCode::OK, "{}", res.body);
        assert_eq!(status(&app, ids[1]).await, "declined");
        assert_eq!(
            candidate_status(&app, b).await,
            "active",
            "a declined candidate is available again"
        );
        // The employer may not withdraw (that is the desk's step).
        assert_eq!(
            step(&mut app, ids[1], "withdraw", &[]).await.status,
            StatusCode::UNPROCESSABLE_ENTITY
        );
    });
}

#[test]
fn without_consent_a_candidate_cannot_be_proposed() {
    common::run(async {
        let World {
            mut app, opening, ..
        } = world().await;
        let mut fields = candidate_fields("K100003", "Noor");
        fields.retain(|(k, _)| k != "consent_scope");
        let id = id_from(&register(&mut app, &fields).await);
        let res = propose(&mut app, opening, &[(id, "Past goed.")]).await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(
            res.body.contains("\"field\":\"items[0][candidate]\""),
            "{}",
            res.body
        );
        assert!(res.body.contains("toestemming"));
        assert_eq!(app.count("SELECT COUNT(*) FROM proposals").await, 0);
        assert_eq!(app.count("SELECT COUNT(*) FROM outbox").await, 0);
        // The matching page shows her without consent (nothing to tick).
        let res = app
            .call_get(&format!("/api/opening_matches?id={opening}"))
            .await;
        let v: serde_json::Value = serde_json::from_str(&res.body).unwrap();
        assert_eq!(v["lines"][0]["name"], "Noor van der Berg", "{}", res.body);
        assert_eq!(v["lines"][0]["consent"], false);
        // The propose page says so and offers no form for her.
        let page = app
            .get(&format!("/balie/vacatures/{opening}/voordragen?k={id}"))
            .await;
        assert!(page.body.contains("geen toestemming gegeven"));
        assert!(!page.body.contains("items[0][motivation]"));

        // Consent withdrawn after registration also blocks.
        let other = id_from(&register(&mut app, &candidate_fields("K100004", "Daan")).await);
        let csrf = app.csrf_token().await;
        app.post_form(
            "/api/change_consent",
            &[
                ("csrf", &csrf),
                ("id", &other.to_string()),
                ("withdraw", "1"),
            ],
            false,
        )
        .await;
        let res = propose(&mut app, opening, &[(other, "Past goed.")]).await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert_eq!(app.count("SELECT COUNT(*) FROM proposals").await, 0);
    });
}

#[test]
fn a_double_posted_proposal_form_creates_one_proposal() {
    common::run(async {
        let World {
            mut app, opening, ..
        } = world().await;
        let id = id_from(&register(&mut app, &candidate_fields("K100005", "Lotte")).await);
        let first = propose(&mut app, opening, &[(id, "Zeer geschikt.")]).await;
        let second = propose(&mut app, opening, &[(id, "Zeer geschikt.")]).await;
        assert_eq!(first.status, StatusCode::OK, "{}", first.body);
        assert_eq!(
            second.status,
            StatusCode::OK,
            "a resent form lands on the same page"
        );
        assert_eq!(app.count("SELECT COUNT(*) FROM proposals").await, 1);
        assert_eq!(app.count("SELECT COUNT(*) FROM proposal_events").await, 1);
        assert_eq!(
            app.count("SELECT COUNT(*) FROM outbox WHERE kind = 'proposal' AND to_address = 'baas@hoveniers.nl'")
                .await,
            1
        );
        // Without JavaScript the answer is a redirect to the opening.
        let csrf = app.csrf_token().await;
        let res = app
            .post_form(
                "/api/propose",
                &[
                    ("csrf", &csrf),
                    ("opening", &opening.to_string()),
                    ("items[0][candidate]", &id.to_string()),
                    ("items[0][motivation]", "Zeer geschikt."),
                ],
                true,
            )
            .await;
        assert!(res.status.is_redirection(), "{}", res.status);
        assert_eq!(app.count("SELECT COUNT(*) FROM proposals").await, 1);
    });
}

#[test]
fn an_employer_sees_only_proposals_for_their_own_openings() {
    common::run(async {
        let World {
            mut app, opening, ..
        } = world().await;
        let other = app.add_employer("Concurrent B.V.", "87654321").await;
        app.add_user(Role::Employer, "baas@concurrent.nl", Some(other))
            .await;
        let id = id_from(&register(&mut app, &candidate_fields("K100006", "Mila")).await);
        propose(&mut app, opening, &[(id, "Past.")]).await;
        let proposal = proposal_ids(&app, opening).await[0];
        app.logout().await;

        app.login("baas@concurrent.nl", PASSWORD).await;
        let page = app
            .get(&format!("/werkgever/voordrachten/{proposal}"))
            .await;
        assert_eq!(page.status, StatusCode::NOT_FOUND);
        assert!(!page.body.contains("Mila"));
        let api = app.call_get(&format!("/api/proposal?id={proposal}")).await;
        assert_eq!(api.status, StatusCode::NOT_FOUND);
        let api = app
            .call_get(&format!("/api/opening_proposals?opening={opening}"))
            .await;
        assert_eq!(api.status, StatusCode::NOT_FOUND);
        assert!(!api.body.contains("Mila"));
        let res = step(
            &mut app,
            proposal,
            "decline",
            &[("decline_reason", "hours")],
        )
        .await;
        assert_eq!(res.status, StatusCode::NOT_FOUND);
        assert_eq!(
            status(&app, proposal).await,
            "proposed",
            "not even marked seen"
        );
        // Nor any candidate page, matching page or proposing.
        assert_eq!(
            app.get(&format!("/balie/kandidaten/{id}")).await.status,
            StatusCode::FORBIDDEN
        );
        assert_eq!(
            app.call_get(&format!("/api/opening_matches?id={opening}"))
                .await
                .status,
            StatusCode::FORBIDDEN
        );
        assert_eq!(
            propose(&mut app, opening, &[(id, "x")]).await.status,
            StatusCode::FORBIDDEN
        );
        app.logout().await;

        // The own employer can.
        app.login("baas@hoveniers.nl", PASSWORD).await;
        assert_eq!(
            app.call_get(&format!("/api/proposal?id={proposal}"))
                .await
                .status,
            StatusCode::OK
        );
        assert_eq!(
            app.get(&format!("/balie/kandidaten/{id}")).await.status,
            StatusCode::FORBIDDEN
        );
        assert_eq!(
            app.get("/werkgever/voordrachten/999999").await.status,
            StatusCode::NOT_FOUND
        );
    });
}

#[test]
fn ranking_ignores_birth_year_except_through_an_open_target_group() {
    common::run(async {
        let World {
            mut app, opening, ..
        } = world().await;
        // Three candidates alike in everything matching may read, but the birth year; one of
        // the older two belongs to the group "over 50", which the opening is open to.
        let mut young = candidate_fields("K100010", "Young");
        young.retain(|(k, _)| k != "birth_year" && k != "group_over_50");
        young.push(("birth_year".into(), "2001".into()));
        let mut old = candidate_fields("K100011", "Older");
        old.retain(|(k, _)| k != "birth_year" && k != "group_over_50");
        old.push(("birth_year".into(), "1962".into()));
        let mut group = candidate_fields("K100012", "Grouped");
        group.retain(|(k, _)| k != "birth_year");
        group.push(("birth_year".into(), "1962".into()));
        for f in [&young, &old, &group] {
            register(&mut app, f).await;
        }
        let res = app
            .call_get(&format!("/api/opening_matches?id={opening}"))
            .await;
        assert_eq!(res.status, StatusCode::OK, "{}", res.body);
        let v: serde_json::Value = serde_json::from_str(&res.body).unwrap();
        let score = |name: &str| -> i64 {
            v["lines"]
                .as_array()
                .unwrap()
                .iter()
                .find(|l| l["name"].as_str().unwrap().starts_with(name))
                .and_then(|l| l["score"].as_i64())
                .unwrap_or_else(|| panic!("{name} not ranked: {}", res.body))
        };
        assert_eq!(
            score("Young"),
            score("Older"),
            "birth year alone changes nothing"
        );
        assert_eq!(
            score("Grouped"),
            score("Older") + app::domain::matching::points::TARGET_GROUP,
            "the group counts because the opening is open to it"
        );
        assert_eq!(
            v["lines"][0]["name"].as_str().unwrap(),
            "Grouped van der Berg"
        );
        assert!(
            v["lines"]
                .as_array()
                .unwrap()
                .iter()
                .all(|l| l["consent"] == true),
            "all three consented"
        );
    });
}

#[test]
fn the_work_list_shows_waiting_proposals_interviews_and_hires() {
    common::run(async {
        let World {
            mut app, opening, ..
        } = world().await;
        let a = id_from(&register(&mut app, &candidate_fields("K100020", "Eva")).await);
        let b = id_from(&register(&mut app, &candidate_fields("K100021", "Sem")).await);
        propose(&mut app, opening, &[(a, "Past."), (b, "Past ook.")]).await;
        let ids = proposal_ids(&app, opening).await;
        // The first has been waiting for ten days.
        sqlx::query("UPDATE proposals SET updated_at = updated_at - 864000 WHERE id = $1")
            .bind(ids[0])
            .execute(app.db().pool())
            .await
            .unwrap();
        let today = future_day(0);
        step(
            &mut app,
            ids[1],
            "interview",
            &[("date", &today), ("time", "23:59"), ("place", "Tiel")],
        )
        .await;

        let json = app.call_get("/api/work_list").await;
        let v: serde_json::Value = serde_json::from_str(&json.body).unwrap();
        assert_eq!(v["days"], 7, "the default");
        assert_eq!(v["waiting"].as_array().unwrap().len(), 1, "{}", json.body);
        assert_eq!(v["waiting"][0]["id"], ids[0]);
        assert_eq!(v["interviews"].as_array().unwrap().len(), 1);
        assert_eq!(v["hired"].as_array().unwrap().len(), 0);
        let v: serde_json::Value =
            serde_json::from_str(&app.call_get("/api/work_list?days=20").await.body).unwrap();
        assert_eq!(
            v["waiting"].as_array().unwrap().len(),
            0,
            "not waiting 20 days yet"
        );
        let page = app.get("/balie/werklijst").await;
        assert_eq!(page.status, StatusCode::OK);
        assert!(page.body.contains("Eva B.") && page.body.contains("Sem B."));
    });
}
