//! Placements through the server: the desk records one without a proposal, its retention
//! checkpoints fall due and overdue on the right days, the desk confirms them and records
//! the outcome; bad input is refused field by field and only the desk gets in.

use crate::common;

use crate::common::placed::{desk, placed, record, today};
use crate::common::{spawn_app, PASSWORD};
use app::domain::dates::{add_months, iso_date, parse_iso_date};
use app::domain::Role;
use axum::http::StatusCode;

#[test]
fn the_desk_records_a_placement_with_its_checkpoints() {
    common::run(async {
        let mut app = spawn_app().await;
        let d = desk(&mut app).await;
        let (_, start) = today();
        let (candidate, placement) = placed(
            &mut app, d.employer, "CL-1", "Sanne", None, "profile", &start,
        )
        .await;
        let (kind, hours, sroi, subsidy, exit, outcome): (String, i64, i64, i64, String, String) =
            sqlx::query_as(
                "SELECT kind, hours, sroi_value, wage_subsidy, benefit_exit, outcome FROM placements WHERE id = $1",
            )
            .bind(placement)
            .fetch_one(app.db().pool())
            .await
            .unwrap();
        assert_eq!(
            (
                kind.as_str(),
                hours,
                sroi,
                subsidy,
                exit.as_str(),
                outcome.as_str()
            ),
            ("job", 24, 8000, 1, "partial", "working")
        );
        let due: Vec<(i64, String)> = sqlx::query_as(
            "SELECT months, due_on FROM retention_checks WHERE placement_id = $1 ORDER BY months",
        )
        .bind(placement)
        .fetch_all(app.db().pool())
        .await
        .unwrap();
        let s = parse_iso_date(&start).unwrap();
        let expected: Vec<(i64, String)> = [1, 3, 6, 12]
            .iter()
            .map(|m| (*m, iso_date(add_months(s, *m))))
            .collect();
        assert_eq!(due, expected);
        let status: String = sqlx::query_scalar("SELECT status FROM candidates WHERE id = $1")
            .bind(candidate)
            .fetch_one(app.db().pool())
            .await
            .unwrap();
        assert_eq!(status, "placed");
        assert_eq!(
            app.count(
                "SELECT COUNT(*) FROM audit_log WHERE action = 'create' AND entity = 'placement'"
            )
            .await,
            1
        );

        // The page tells the story; reading it is audited.
        let page = app.get(&format!("/balie/plaatsingen/{placement}")).await;
        assert_eq!(page.status, StatusCode::OK);
        assert!(page.body.contains("Sanne van der Berg"), "{}", page.body);
        assert!(page.body.contains("€ 8000"));
        assert!(page.body.contains("Direct vastgelegd door de balie"));
        assert!(
            app.count(
                "SELECT COUNT(*) FROM audit_log WHERE action = 'view' AND entity = 'placement'"
            )
            .await
                >= 1
        );
        let list = app.get("/balie/plaatsingen").await;
        assert!(list
            .body
            .contains(&format!("/balie/plaatsingen/{placement}")));
    });
}

#[test]
fn bad_terms_are_refused_field_by_field_and_nothing_is_stored() {
    common::run(async {
        let mut app = spawn_app().await;
        let d = desk(&mut app).await;
        let fields = common::pool::candidate_fields("CL-2", "Ayla");
        let candidate = common::pool::id_from(&common::pool::register(&mut app, &fields).await);
        let res = record(&mut app, candidate, d.employer, "2001-01-01").await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(res.body.contains("start_date"), "{}", res.body);
        assert!(res.body.contains("controleer het jaartal"));
        assert!(res.body.contains("check the year"));
        let res = record(&mut app, candidate, 999_999, &today().1).await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(res.body.contains("\"employer\""), "{}", res.body);
        assert_eq!(app.count("SELECT COUNT(*) FROM placements").await, 0);
        assert_eq!(app.count("SELECT COUNT(*) FROM retention_checks").await, 0);
        // Unknown ids: not found.
        assert_eq!(
            record(&mut app, 999_999, d.employer, &today().1)
                .await
                .status,
            StatusCode::NOT_FOUND
        );
        assert_eq!(
            app.get("/balie/plaatsingen/424242").await.status,
            StatusCode::NOT_FOUND
        );
        assert_eq!(
            app.get("/balie/signalen/424242").await.status,
            StatusCode::NOT_FOUND
        );
    });
}

#[test]
fn only_the_desk_sees_placements() {
    common::run(async {
        let mut app = spawn_app().await;
        let d = desk(&mut app).await;
        let (_, placement) = placed(
            &mut app,
            d.employer,
            "CL-3",
            "Ruben",
            None,
            "profile",
            &today().1,
        )
        .await;
        app.add_user(Role::Employer, "baas@hoveniers.nl", Some(d.employer))
            .await;
        app.add_user(Role::Buddy, "buddy@example.nl", None).await;
        for who in ["baas@hoveniers.nl", "buddy@example.nl"] {
            app.logout().await;
            app.login(who, PASSWORD).await;
            for path in [
                format!("/api/placement?id={placement}"),
                "/api/placements".to_string(),
                "/api/buddies".to_string(),
            ] {
                assert_eq!(
                    app.call_get(&path).await.status,
                    StatusCode::FORBIDDEN,
                    "{who} {path}"
                );
            }
            let page = app.get(&format!("/balie/plaatsingen/{placement}")).await;
            assert_eq!(page.status, StatusCode::FORBIDDEN, "{who}");
            assert!(!page.body.contains("Ruben"));
            let csrf = app.csrf_token().await;
            let id = placement.to_string();
            let res = app
                .post_form(
                    "/api/placement_outcome",
                    &[
                        ("csrf", &csrf),
                        ("id", &id),
                        ("outcome", "completed"),
                        ("ended_on", &today().1),
                        ("reason", ""),
                    ],
                    false,
                )
                .await;
            assert_eq!(res.status, StatusCode::FORBIDDEN, "{who}");
        }
        let outcome: String = sqlx::query_scalar("SELECT outcome FROM placements WHERE id = $1")
            .bind(placement)
            .fetch_one(app.db().pool())
            .await
            .unwrap();
        assert_eq!(outcome, "working");
    });
}

#[test]
fn checkpoints_become_due_and_overdue_on_the_right_days() {
    common::run(async {
        let mut app = spawn_app().await;
        let d = desk(&mut app).await;
        let (start_day, start) = today();
        let (_, placement) = placed(
            &mut app, d.employer, "CL-4", "Noor", None, "profile", &start,
        )
        .await;
        let due = add_months(start_day, 1);
        let db = app.db().clone();
        let state_on = |day: i64| {
            let db = db.clone();
            async move {
                let grace = app::store::settings::retention_grace_days(&db)
                    .await
                    .unwrap();
                let checks = app::store::retention::of_placement(
                    &db,
                    app::domain::ids::PlacementId(placement),
                    day,
                    grace,
                )
                .await
                .unwrap();
                let listed = app::store::retention::to_confirm(&db, day, grace, 50)
                    .await
                    .unwrap();
                (
                    checks[0].state.as_str().to_string(),
                    listed
                        .iter()
                        .map(|l| (l.months, l.overdue))
                        .collect::<Vec<_>>(),
                )
            }
        };
        assert_eq!(state_on(due - 1).await, ("upcoming".to_string(), vec![]));
        assert_eq!(state_on(due).await, ("due".to_string(), vec![(1, false)]));
        assert_eq!(
            state_on(due + 14).await,
            ("due".to_string(), vec![(1, false)])
        );
        assert_eq!(
            state_on(due + 15).await,
            ("overdue".to_string(), vec![(1, true)])
        );
        let three = add_months(start_day, 3);
        assert_eq!(
            state_on(three).await.1,
            vec![(1, true), (3, false)],
            "the 3-month checkpoint joins on its day"
        );
        // The admin may shorten the grace period.
        app::store::settings::set(app.db(), app::store::settings::RETENTION_GRACE, "3")
            .await
            .unwrap();
        assert_eq!(state_on(due + 3).await.0, "due");
        assert_eq!(state_on(due + 4).await.0, "overdue");
    });
}

#[test]
fn the_desk_confirms_checkpoints_and_records_the_outcome() {
    common::run(async {
        let mut app = spawn_app().await;
        let d = desk(&mut app).await;
        let (day, _) = today();
        let start = iso_date(day - 40);
        let (candidate, placement) = placed(
            &mut app, d.employer, "CL-5", "Iris", None, "profile", &start,
        )
        .await;
        let id = placement.to_string();

        // The 1-month checkpoint is due: the page offers it.
        let page = app.get(&format!("/balie/plaatsingen/{placement}")).await;
        assert!(
            page.body.contains("name=\"still_working\""),
            "{}",
            page.body
        );
        let csrf = app.csrf_token().await;
        let bad = app
            .post_form(
                "/api/confirm_checkpoint",
                &[
                    ("csrf", &csrf),
                    ("id", &id),
                    ("months", "1"),
                    ("source", "gossip"),
                ],
                false,
            )
            .await;
        assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(bad.body.contains("Kies ja of nee") && bad.body.contains("still_working"));
        let ok = app
            .post_form(
                "/api/confirm_checkpoint",
                &[
                    ("csrf", &csrf),
                    ("id", &id),
                    ("months", "1"),
                    ("still_working", "yes"),
                    ("source", "employer"),
                ],
                false,
            )
            .await;
        assert_eq!(
            ok.location(),
            Some(format!("/balie/plaatsingen/{placement}#behoud").as_str())
        );
        let (working, source, by): (i64, String, i64) = sqlx::query_as(
            "SELECT still_working, source, confirmed_by FROM retention_checks WHERE placement_id = $1 AND months = 1",
        )
        .bind(placement)
        .fetch_one(app.db().pool())
        .await
        .unwrap();
        assert_eq!((working, source.as_str(), by), (1, "employer", d.desk_id));
        let unknown = app
            .post_form(
                "/api/confirm_checkpoint",
                &[
                    ("csrf", &csrf),
                    ("id", &id),
                    ("months", "2"),
                    ("still_working", "yes"),
                    ("source", "employer"),
                ],
                false,
            )
            .await;
        assert_eq!(unknown.status, StatusCode::NOT_FOUND);

        // Ending early needs a reason and a date; nothing changes until both are there.
        let refused = app
            .post_form(
                "/api/placement_outcome",
                &[
                    ("csrf", &csrf),
                    ("id", &id),
                    ("outcome", "ended_early"),
                    ("ended_on", ""),
                    ("reason", ""),
                ],
                false,
            )
            .await;
        assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(refused.body.contains("ended_on") && refused.body.contains("reason"));
        let buddy = common::placed::buddy(&app, "buddy@example.nl").await;
        common::placed::pair(&mut app, placement, buddy, &start, "weekly").await;
        let ended = app
            .post_form(
                "/api/placement_outcome",
                &[
                    ("csrf", &csrf),
                    ("id", &id),
                    ("outcome", "ended_early"),
                    ("ended_on", &today().1),
                    ("reason", "Vervoer lukte niet"),
                ],
                false,
            )
            .await;
        assert_eq!(
            ended.location(),
            Some(format!("/balie/plaatsingen/{placement}").as_str())
        );
        let (outcome, ended_on, reason): (String, String, String) = sqlx::query_as(
            "SELECT outcome, ended_on, outcome_reason FROM placements WHERE id = $1",
        )
        .bind(placement)
        .fetch_one(app.db().pool())
        .await
        .unwrap();
        assert_eq!(
            (outcome.as_str(), ended_on, reason.as_str()),
            ("ended_early", today().1, "Vervoer lukte niet")
        );
        // The pairing ends with the placement and the candidate is back in the pool.
        let pairing_end: Option<String> =
            sqlx::query_scalar("SELECT end_date FROM buddy_pairings WHERE placement_id = $1")
                .bind(placement)
                .fetch_one(app.db().pool())
                .await
                .unwrap();
        assert_eq!(pairing_end, Some(today().1));
        let status: String = sqlx::query_scalar("SELECT status FROM candidates WHERE id = $1")
            .bind(candidate)
            .fetch_one(app.db().pool())
            .await
            .unwrap();
        assert_eq!(status, "active");
        // An ended placement gets no new buddy.
        let late = common::placed::pair(&mut app, placement, buddy, &today().1, "monthly").await;
        assert_eq!(late.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(
            late.body.contains("plaatsing is afgelopen"),
            "{}",
            late.body
        );
        assert_eq!(app.count("SELECT COUNT(*) FROM buddy_pairings").await, 1);
    });
}

#[test]
fn a_changed_start_moves_the_checkpoints_not_yet_confirmed() {
    common::run(async {
        let mut app = spawn_app().await;
        let d = desk(&mut app).await;
        let (day, _) = today();
        let (_, placement) = placed(
            &mut app,
            d.employer,
            "CL-6",
            "Mila",
            None,
            "profile",
            &iso_date(day - 40),
        )
        .await;
        let id = placement.to_string();
        let csrf = app.csrf_token().await;
        app.post_form(
            "/api/confirm_checkpoint",
            &[
                ("csrf", &csrf),
                ("id", &id),
                ("months", "1"),
                ("still_working", "yes"),
                ("source", "buddy"),
            ],
            false,
        )
        .await;
        let before: Vec<String> = sqlx::query_scalar(
            "SELECT due_on FROM retention_checks WHERE placement_id = $1 ORDER BY months",
        )
        .bind(placement)
        .fetch_all(app.db().pool())
        .await
        .unwrap();
        let start = day - 35;
        let start_text = iso_date(start);
        let res = app
            .post_form(
                "/api/edit_placement",
                &[
                    ("csrf", &csrf),
                    ("id", &id),
                    ("kind", "job"),
                    ("start_date", &start_text),
                    ("planned_end_date", ""),
                    ("hours", "24"),
                    ("contract_type", "temporary"),
                    ("sroi_value", "8000"),
                    ("benefit_exit", "partial"),
                ],
                false,
            )
            .await;
        assert_eq!(
            res.location(),
            Some(format!("/balie/plaatsingen/{placement}").as_str())
        );
        let after: Vec<String> = sqlx::query_scalar(
            "SELECT due_on FROM retention_checks WHERE placement_id = $1 ORDER BY months",
        )
        .bind(placement)
        .fetch_all(app.db().pool())
        .await
        .unwrap();
        assert_eq!(
            after[0], before[0],
            "the confirmed 1-month checkpoint stays"
        );
        let moved: Vec<String> = [3, 6, 12]
            .iter()
            .map(|m| iso_date(add_months(start, *m)))
            .collect();
        assert_eq!(after[1..], moved[..]);
        assert_ne!(after[1], before[1]);
    });
}
