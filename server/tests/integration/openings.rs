//! Journey 2 up to publication: an employer posts a learning place, the desk publishes it;
//! and the rules around it: validation, other employers, send back, expiry.

use crate::common;

use crate::common::{spawn_app, TestApp, PASSWORD};
use app::domain::Role;
use axum::http::StatusCode;

fn learning_place() -> Vec<(&'static str, &'static str)> {
    vec![
        ("kind", "learning_place"),
        ("title", "Leerling hovenier"),
        (
            "description",
            "Je leert snoeien, planten en maaien in onze kwekerij.",
        ),
        ("sector", "greenery"),
        ("municipality", "Buren"),
        ("postcode", "4021 AB"),
        ("hours_min", "24"),
        ("hours_max", "32"),
        ("positions", "2"),
        ("start_date", ""),
        ("closing_date", ""),
        ("contract_type", "internship"),
        ("salary_min", ""),
        ("salary_max", ""),
        ("dutch_level", "A2"),
        ("support_job_coach", "on"),
        ("group_young", "on"),
        ("group_status_holder", "on"),
    ]
}

async fn save(
    app: &mut TestApp,
    id: Option<i64>,
    submit: bool,
    fields: &[(&str, &str)],
) -> common::Response {
    let csrf = app.csrf_token().await;
    let id = id.map(|i| i.to_string()).unwrap_or_default();
    let mut all: Vec<(&str, &str)> = vec![("csrf", &csrf)];
    if !id.is_empty() {
        all.push(("id", &id));
    }
    if submit {
        all.push(("submit", "1"));
    }
    all.extend_from_slice(fields);
    app.post_form("/api/save_opening", &all, false).await
}

async fn act(app: &mut TestApp, id: i64, action: &str, reason: &str) -> common::Response {
    let csrf = app.csrf_token().await;
    app.post_form(
        "/api/change_opening",
        &[
            ("csrf", &csrf),
            ("id", &id.to_string()),
            ("action", action),
            ("reason", reason),
        ],
        false,
    )
    .await
}

fn id_from(res: &common::Response) -> i64 {
    res.location()
        .and_then(|l| l.rsplit('/').next())
        .and_then(|s| s.parse().ok())
        .expect("redirect to the opening")
}

async fn status(app: &TestApp, id: i64) -> String {
    sqlx::query_scalar("SELECT status FROM openings WHERE id = $1")
        .bind(id)
        .fetch_one(app.db().pool())
        .await
        .unwrap()
}

#[test]
fn an_employer_posts_a_learning_place_and_the_desk_publishes_it() {
    common::run(async {
        let mut app = spawn_app().await;
        let employer = app.add_employer("Kwekerij De Linge", "12345678").await;
        app.add_user(Role::Employer, "baas@linge.nl", Some(employer))
            .await;
        app.add_user(Role::Desk, "desk@example.nl", None).await;

        app.login("baas@linge.nl", PASSWORD).await;
        let res = save(&mut app, None, false, &learning_place()).await;
        assert_eq!(res.status, StatusCode::OK, "{}", res.body);
        let id = id_from(&res);
        assert_eq!(status(&app, id).await, "draft");
        assert_eq!(
            act(&mut app, id, "publish", "").await.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "employers do not publish"
        );
        assert_eq!(act(&mut app, id, "submit", "").await.status, StatusCode::OK);
        assert_eq!(status(&app, id).await, "submitted");
        let page = app.get(&format!("/werkgever/vacatures/{id}")).await;
        assert_eq!(page.status, StatusCode::OK);
        assert!(page.body.contains("Leerling hovenier") && page.body.contains("Ter beoordeling"));

        // A visitor looks at the board (the page is cached from here on).
        let board = app.call_get("/api/v1/openings").await;
        assert!(!board.body.contains("Leerling hovenier"), "not yet public");

        app.cookies.remove("opstap_session");
        app.login("desk@example.nl", PASSWORD).await;
        assert!(app
            .get("/balie/vacatures")
            .await
            .body
            .contains("Leerling hovenier"));
        assert_eq!(
            act(&mut app, id, "publish", "").await.status,
            StatusCode::OK
        );
        assert_eq!(status(&app, id).await, "published");
        // On the board at once, though the board had been cached a moment ago.
        assert!(app
            .call_get("/api/v1/openings")
            .await
            .body
            .contains("Leerling hovenier"));
        assert!(app
            .get("/vacatures")
            .await
            .body
            .contains("Leerling hovenier"));
        let page = app.get(&format!("/balie/vacatures/{id}")).await;
        assert!(page.body.contains("Gepubliceerd"));
        // The history keeps every step, with who did it.
        let steps: Vec<String> = sqlx::query_scalar(
            "SELECT to_status FROM opening_history WHERE opening_id = $1 ORDER BY id",
        )
        .bind(id)
        .fetch_all(app.db().pool())
        .await
        .unwrap();
        assert_eq!(steps, ["draft", "submitted", "published"]);
        assert!(page.body.contains("desk"), "who published is shown");
    });
}

#[test]
fn bad_input_on_every_field_gets_a_message_and_stores_nothing() {
    common::run(async {
        let mut app = spawn_app().await;
        let employer = app.add_employer("Bouw B.V.", "23456789").await;
        app.add_user(Role::Employer, "baas@bouw.nl", Some(employer))
            .await;
        app.login("baas@bouw.nl", PASSWORD).await;
        let cases: &[(&str, &str, &str)] = &[
            ("kind", "job offer", "kind"),
            ("title", "", "title"),
            ("description", "", "description"),
            ("sector", "", "sector"),
            ("municipality", "", "municipality"),
            ("postcode", "1234", "postcode"),
            ("hours_min", "0", "hours_min"),
            ("hours_max", "60", "hours_max"),
            ("positions", "geen", "positions"),
            ("start_date", "2027-02-30", "start_date"),
            ("closing_date", "2001-01-01", "closing_date"),
            ("contract_type", "", "contract_type"),
            ("salary_min", "100", "salary_min"),
            ("dutch_level", "Z9", "dutch_level"),
            ("group_young", "", "target_groups"),
        ];
        for (field, value, reported) in cases {
            let mut fields = learning_place();
            fields.retain(|(k, _)| {
                k != field && !(*field == "group_young" && k.starts_with("group_"))
            });
            if *field != "group_young" {
                fields.push((field, value));
            }
            let res = save(&mut app, None, true, &fields).await;
            assert_eq!(
                res.status,
                StatusCode::UNPROCESSABLE_ENTITY,
                "{field}: {}",
                res.body
            );
            assert!(
                res.body.contains(&format!("\"field\":\"{reported}\"")),
                "{field}: {}",
                res.body
            );
        }
        assert_eq!(app.count("SELECT COUNT(*) FROM openings").await, 0);

        // A refused change leaves the stored opening as it was.
        let id = id_from(&save(&mut app, None, false, &learning_place()).await);
        let mut changed = learning_place();
        changed.retain(|(k, _)| *k != "title" && *k != "hours_max");
        changed.push(("title", "Nieuwe titel"));
        changed.push(("hours_max", "12"));
        assert_eq!(
            save(&mut app, Some(id), false, &changed).await.status,
            StatusCode::UNPROCESSABLE_ENTITY
        );
        let title: String = sqlx::query_scalar("SELECT title FROM openings WHERE id = $1")
            .bind(id)
            .fetch_one(app.db().pool())
            .await
            .unwrap();
        assert_eq!(title, "Leerling hovenier");
    });
}

#[test]
fn an_employer_cannot_see_or_change_another_employers_openings() {
    common::run(async {
        let mut app = spawn_app().await;
        let mine = app.add_employer("Mijn B.V.", "34567890").await;
        let theirs = app.add_employer("Hun B.V.", "45678901").await;
        app.add_user(Role::Employer, "ik@mijn.nl", Some(mine)).await;
        app.add_user(Role::Employer, "zij@hun.nl", Some(theirs))
            .await;
        app.login("zij@hun.nl", PASSWORD).await;
        let id = id_from(&save(&mut app, None, true, &learning_place()).await);

        app.cookies.remove("opstap_session");
        app.login("ik@mijn.nl", PASSWORD).await;
        assert_eq!(
            app.get(&format!("/werkgever/vacatures/{id}")).await.status,
            StatusCode::NOT_FOUND
        );
        assert_eq!(
            app.get(&format!("/werkgever/vacatures/{id}/bewerken"))
                .await
                .status,
            StatusCode::NOT_FOUND
        );
        assert_eq!(
            app.call_get(&format!("/api/opening?id={id}")).await.status,
            StatusCode::NOT_FOUND
        );
        assert!(!app
            .call_get("/api/my_openings")
            .await
            .body
            .contains("Leerling hovenier"));
        let mut changed = learning_place();
        changed.retain(|(k, _)| *k != "title");
        changed.push(("title", "Gekaapt"));
        assert_eq!(
            save(&mut app, Some(id), false, &changed).await.status,
            StatusCode::NOT_FOUND
        );
        for action in ["close", "fill", "submit"] {
            assert_eq!(
                act(&mut app, id, action, "").await.status,
                StatusCode::NOT_FOUND,
                "{action}"
            );
        }
        let csrf = app.csrf_token().await;
        let dup = app
            .post_form(
                "/api/duplicate_opening",
                &[("csrf", &csrf), ("id", &id.to_string())],
                false,
            )
            .await;
        assert_eq!(dup.status, StatusCode::NOT_FOUND);
        assert_eq!(status(&app, id).await, "submitted");
        assert_eq!(app.count("SELECT COUNT(*) FROM openings").await, 1);
        let title: String = sqlx::query_scalar("SELECT title FROM openings WHERE id = $1")
            .bind(id)
            .fetch_one(app.db().pool())
            .await
            .unwrap();
        assert_eq!(title, "Leerling hovenier");
    });
}

#[test]
fn the_desk_sends_back_with_a_reason_the_employer_sees_and_gets_by_mail() {
    common::run(async {
        let mut app = spawn_app().await;
        let employer = app.add_employer("Zorggroep", "56789012").await;
        app.add_user(Role::Employer, "baas@zorg.nl", Some(employer))
            .await;
        app.add_user(Role::Desk, "desk@example.nl", None).await;
        app.login("baas@zorg.nl", PASSWORD).await;
        let id = id_from(&save(&mut app, None, true, &learning_place()).await);
        app.cookies.remove("opstap_session");
        app.login("desk@example.nl", PASSWORD).await;
        assert_eq!(
            act(&mut app, id, "send_back", "").await.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "a reason is needed"
        );
        assert_eq!(
            act(&mut app, id, "send_back", "Vermeld de werktijden.")
                .await
                .status,
            StatusCode::OK
        );
        assert_eq!(status(&app, id).await, "rejected");
        let mail = &app::store::outbox::for_address(app.db(), "jan@example.nl")
            .await
            .unwrap()[0];
        assert!(mail.body_text.contains("Vermeld de werktijden."));
        app.cookies.remove("opstap_session");
        app.login("baas@zorg.nl", PASSWORD).await;
        let page = app.get(&format!("/werkgever/vacatures/{id}")).await;
        assert!(page.body.contains("Vermeld de werktijden."));
        // Fixed and submitted again; duplicate makes a new draft.
        assert_eq!(
            save(&mut app, Some(id), true, &learning_place())
                .await
                .status,
            StatusCode::OK
        );
        assert_eq!(status(&app, id).await, "submitted");
        let csrf = app.csrf_token().await;
        let dup = app
            .post_form(
                "/api/duplicate_opening",
                &[("csrf", &csrf), ("id", &id.to_string())],
                false,
            )
            .await;
        assert_eq!(dup.status, StatusCode::OK);
        assert_eq!(
            app.count("SELECT COUNT(*) FROM openings WHERE status = 'draft'")
                .await,
            1
        );
    });
}

#[test]
fn a_published_opening_expires_after_its_closing_date() {
    common::run(async {
        let mut app = spawn_app().await;
        let employer = app.add_employer("Hotel", "67890123").await;
        app.add_user(Role::Employer, "baas@hotel.nl", Some(employer))
            .await;
        app.login("baas@hotel.nl", PASSWORD).await;
        let id = id_from(&save(&mut app, None, true, &learning_place()).await);
        let other = id_from(&save(&mut app, None, true, &learning_place()).await);
        sqlx::query("UPDATE openings SET status = 'published', closing_date = '2026-01-10'")
            .execute(app.db().pool())
            .await
            .unwrap();
        sqlx::query("UPDATE openings SET closing_date = '2026-01-11' WHERE id = $1")
            .bind(other)
            .execute(app.db().pool())
            .await
            .unwrap();
        let expired = app::store::openings::expire_due(app.db(), "2026-01-11", app::clock::now())
            .await
            .unwrap();
        assert_eq!(expired, 1, "the closing day itself is still open");
        assert_eq!(status(&app, id).await, "expired");
        assert_eq!(status(&app, other).await, "published");
    });
}

#[test]
fn the_desk_enters_an_employer_and_posts_on_its_behalf() {
    common::run(async {
        let mut app = spawn_app().await;
        let desk = app.add_user(Role::Desk, "desk@example.nl", None).await;
        app.login("desk@example.nl", PASSWORD).await;
        let csrf = app.csrf_token().await;
        let employer: Vec<(&str, &str)> = vec![
            ("csrf", &csrf),
            ("name", "Schoonmaakbedrijf Glans"),
            ("kvk", "78901234"),
            ("sector", "cleaning"),
            ("street", "Handelsweg"),
            ("house_number", "3"),
            ("postcode", "4004 AA"),
            ("city", "Tiel"),
            ("municipality", "Tiel"),
            ("contact_name", "Ali Kaya"),
            ("email", "ali@glans.nl"),
            ("phone", "0344 654321"),
            ("message", ""),
        ];
        // Without an account manager: refused, nothing stored.
        let mut without = employer.clone();
        without.push(("account_manager", ""));
        let res = app.post_form("/api/create_employer", &without, false).await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(res.body.contains("\"field\":\"account_manager\""));
        assert_eq!(app.count("SELECT COUNT(*) FROM employers").await, 0);

        let manager = desk.to_string();
        let mut with = employer.clone();
        with.push(("account_manager", &manager));
        with.push(("invite_contact", "on"));
        let res = app.post_form("/api/create_employer", &with, false).await;
        assert_eq!(res.status, StatusCode::OK, "{}", res.body);
        let id: i64 = sqlx::query_scalar(
            "SELECT id FROM employers WHERE kvk = '78901234' AND status = 'active'",
        )
        .fetch_one(app.db().pool())
        .await
        .unwrap();
        assert_eq!(
            res.location(),
            Some(format!("/balie/vacatures/nieuw?werkgever={id}").as_str())
        );
        assert_eq!(
            app::store::outbox::for_address(app.db(), "ali@glans.nl")
                .await
                .unwrap()
                .len(),
            1,
            "welcome mail"
        );

        // The desk posts for it; without a chosen employer it is refused.
        let res = save(&mut app, None, true, &learning_place()).await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(res.body.contains("\"field\":\"employer\""));
        let mut fields = learning_place();
        let employer_id = id.to_string();
        fields.push(("employer", &employer_id));
        let res = save(&mut app, None, true, &fields).await;
        assert_eq!(res.status, StatusCode::OK, "{}", res.body);
        assert!(res.location().unwrap().starts_with("/balie/vacatures/"));
        let owner: i64 = sqlx::query_scalar("SELECT employer_id FROM openings")
            .fetch_one(app.db().pool())
            .await
            .unwrap();
        assert_eq!(owner, id);
        let page = app.get("/balie/vacatures/nieuw").await;
        assert_eq!(page.status, StatusCode::OK);
        assert!(page.body.contains("Schoonmaakbedrijf Glans"));
    });
}
