//! The candidate pool: registration with consent, obstacles kept apart, the audit of every
//! open, validation, search, and that nobody but the desk gets in.

use crate::common;

use crate::common::pool::{candidate_fields, id_from, register};
use crate::common::{spawn_app, TestApp, PASSWORD};
use app::domain::Role;
use axum::http::StatusCode;

async fn audit_views(app: &TestApp, id: i64) -> i64 {
    app::store::audit::count_for(app.db(), "candidate", id, "view")
        .await
        .unwrap()
}

#[test]
fn the_desk_registers_a_candidate_with_consent_and_every_open_is_audited() {
    common::run(async {
        let mut app = spawn_app().await;
        app.add_user(Role::Desk, "desk@example.nl", None).await;
        app.login("desk@example.nl", PASSWORD).await;
        let res = register(&mut app, &candidate_fields("K100234", "Fatima")).await;
        assert_eq!(res.status, StatusCode::OK, "{}", res.body);
        let id = id_from(&res);
        assert_eq!(
            app.count("SELECT COUNT(*) FROM consents WHERE withdrawn_on IS NULL")
                .await,
            1
        );
        assert_eq!(
            app.count("SELECT COUNT(*) FROM candidate_obstacles WHERE debts = 1")
                .await,
            1
        );
        assert_eq!(audit_views(&app, id).await, 0);

        let page = app.get(&format!("/balie/kandidaten/{id}")).await;
        assert_eq!(page.status, StatusCode::OK);
        assert!(page.body.contains("Fatima van der Berg"));
        assert!(page.body.contains("Schuldhulp loopt via de gemeente"));
        assert!(page.body.contains("Toestemming geldt"));
        app.get(&format!("/balie/kandidaten/{id}")).await;
        assert_eq!(audit_views(&app, id).await, 2, "each open is one entry");
        let who: Option<i64> = sqlx::query_scalar(
            "SELECT user_id FROM audit_log WHERE entity = 'candidate' AND action = 'view' LIMIT 1",
        )
        .fetch_one(app.db().pool())
        .await
        .unwrap();
        assert!(who.is_some());

        // Withdrawing and giving consent again keeps the history.
        let csrf = app.csrf_token().await;
        let idt = id.to_string();
        let res = app
            .post_form(
                "/api/change_consent",
                &[("csrf", &csrf), ("id", &idt), ("withdraw", "1")],
                false,
            )
            .await;
        assert_eq!(res.status, StatusCode::OK, "{}", res.body);
        assert_eq!(
            app.count("SELECT COUNT(*) FROM consents WHERE withdrawn_on IS NULL")
                .await,
            0
        );
        let res = app
            .post_form(
                "/api/change_consent",
                &[
                    ("csrf", &csrf),
                    ("id", &idt),
                    ("scope", "profile_phone"),
                    ("given_on", "2026-02-01"),
                ],
                false,
            )
            .await;
        assert_eq!(res.status, StatusCode::OK, "{}", res.body);
        assert_eq!(app.count("SELECT COUNT(*) FROM consents").await, 2);
    });
}

#[test]
fn bad_input_gets_a_message_per_field_and_changes_nothing() {
    common::run(async {
        let mut app = spawn_app().await;
        app.add_user(Role::Desk, "desk@example.nl", None).await;
        app.login("desk@example.nl", PASSWORD).await;
        let cases = [
            ("client_number", "K1", "client_number"),
            ("first_name", "", "first_name"),
            ("postcode", "12", "postcode"),
            ("birth_year", "2020", "birth_year"),
            ("hours_available", "50", "hours_available"),
            ("dutch_level", "Z1", "dutch_level"),
            ("email", "geen-adres", "email"),
            ("consent_date", "2999-01-01", "consent_date"),
            ("sector_greenery", "", "sectors_wanted"),
        ];
        for (field, value, reported) in cases {
            let mut fields = candidate_fields("K100999", "Piet");
            fields.retain(|(k, _)| k != field);
            if !value.is_empty() || field == "first_name" {
                fields.push((field.into(), value.into()));
            }
            let res = register(&mut app, &fields).await;
            assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY, "{field}");
            assert!(
                res.body.contains(&format!("\"field\":\"{reported}\"")),
                "{field}: {}",
                res.body
            );
        }
        assert_eq!(app.count("SELECT COUNT(*) FROM candidates").await, 0);

        let id = id_from(&register(&mut app, &candidate_fields("K100999", "Piet")).await);
        // The same client number twice is refused next to the field.
        let res = register(&mut app, &candidate_fields("k100999", "Klaas")).await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(res.body.contains("\"field\":\"client_number\""));
        // A refused edit leaves what was stored.
        let mut edit = candidate_fields("K100999", "");
        edit.push(("id".into(), id.to_string()));
        assert_eq!(
            register(&mut app, &edit).await.status,
            StatusCode::UNPROCESSABLE_ENTITY
        );
        let name: String = sqlx::query_scalar("SELECT first_name FROM candidates WHERE id = $1")
            .bind(id)
            .fetch_one(app.db().pool())
            .await
            .unwrap();
        assert_eq!(name, "Piet");
        assert_eq!(app.count("SELECT COUNT(*) FROM candidates").await, 1);
    });
}

#[test]
fn the_pool_is_searched_and_filtered() {
    common::run(async {
        let mut app = spawn_app().await;
        app.add_user(Role::Desk, "desk@example.nl", None).await;
        app.login("desk@example.nl", PASSWORD).await;
        register(&mut app, &candidate_fields("K200001", "Anna")).await;
        let mut care = candidate_fields("K200002", "Bram");
        care.retain(|(k, _)| k != "sector_greenery" && k != "group_over_50");
        care.push(("sector_care".into(), "on".into()));
        care.push(("group_young".into(), "on".into()));
        register(&mut app, &care).await;

        let total = |body: &str| -> i64 {
            let v: serde_json::Value = serde_json::from_str(body).expect("json");
            v["total"].as_i64().expect("total")
        };
        let res = app.call_get("/api/search_candidates?q=anna").await;
        assert_eq!(total(&res.body), 1, "{}", res.body);
        assert_eq!(
            total(&app.call_get("/api/search_candidates?q=K20000").await.body),
            2
        );
        assert_eq!(
            total(
                &app.call_get("/api/search_candidates?sector=care")
                    .await
                    .body
            ),
            1
        );
        assert_eq!(
            total(
                &app.call_get("/api/search_candidates?group=over_50")
                    .await
                    .body
            ),
            1
        );
        assert_eq!(
            total(
                &app.call_get("/api/search_candidates?status=exited")
                    .await
                    .body
            ),
            0
        );
        assert_eq!(
            total(
                &app.call_get("/api/search_candidates?municipality=tiel")
                    .await
                    .body
            ),
            2
        );
        let page = app.get("/balie/kandidaten?q=bram").await;
        assert!(
            page.body.contains("Bram van der Berg") && !page.body.contains("Anna van der Berg")
        );
    });
}

#[test]
fn nobody_but_the_desk_sees_a_candidate() {
    common::run(async {
        let mut app = spawn_app().await;
        let employer = app.add_employer("Kwekerij", "12345678").await;
        app.add_user(Role::Desk, "desk@example.nl", None).await;
        app.add_user(Role::Employer, "baas@kwekerij.nl", Some(employer))
            .await;
        app.add_user(Role::Buddy, "buddy@example.nl", None).await;
        app.login("desk@example.nl", PASSWORD).await;
        let id = id_from(&register(&mut app, &candidate_fields("K300001", "Sanne")).await);
        app.logout().await;

        for who in ["baas@kwekerij.nl", "buddy@example.nl"] {
            app.login(who, PASSWORD).await;
            for path in [
                format!("/balie/kandidaten/{id}"),
                "/balie/kandidaten".to_string(),
                format!("/balie/kandidaten/{id}/bewerken"),
                format!("/balie/kandidaten/{id}/vacatures"),
            ] {
                let page = app.get(&path).await;
                assert_eq!(page.status, StatusCode::FORBIDDEN, "{who} {path}");
                assert!(!page.body.contains("Sanne"), "{who} {path}");
            }
            let api = app.call_get(&format!("/api/candidate?id={id}")).await;
            assert_eq!(api.status, StatusCode::FORBIDDEN);
            assert!(!api.body.contains("Sanne"));
            let api = app.call_get("/api/search_candidates?q=sanne").await;
            assert_eq!(api.status, StatusCode::FORBIDDEN);
            let res = register(&mut app, &candidate_fields("K300002", "Mallory")).await;
            assert_eq!(res.status, StatusCode::FORBIDDEN);
            app.logout().await;
        }
        assert_eq!(audit_views(&app, id).await, 0);
        assert_eq!(app.count("SELECT COUNT(*) FROM candidates").await, 1);

        app.login("desk@example.nl", PASSWORD).await;
        let page = app.get("/balie/kandidaten/999999").await;
        assert_eq!(page.status, StatusCode::NOT_FOUND);
    });
}
