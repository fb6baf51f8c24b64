//! Privacy: a subject access request. The desk gets everything the portal holds on one
//! candidate — as a readable page and as a JSON download of the same data — and each
//! export is in the audit log. Employers, buddies and visitors get nothing.

use crate::common;

use crate::common::placed::{buddy_checks_in, desk, placed, today};
use crate::common::{spawn_app, PASSWORD};
use app::domain::Role;
use axum::http::StatusCode;

#[test]
fn the_desk_exports_everything_held_on_a_candidate_as_a_page_and_as_json() {
    common::run(async {
        let mut app = spawn_app().await;
        let d = desk(&mut app).await;
        let (_, start) = today();
        let (id, placement) = placed(
            &mut app,
            d.employer,
            "K400001",
            "Yusuf",
            Some(d.desk_id),
            "profile_phone",
            &start,
        )
        .await;
        buddy_checks_in(
            &mut app,
            placement,
            "henk@example.nl",
            &start,
            "2",
            true,
            &[("notes_home", "Zorgen om de huur")],
        )
        .await;
        // The buddy may not export their own person's data.
        assert_eq!(
            app.get(&format!("/balie/kandidaten/{id}/inzage.json"))
                .await
                .status,
            StatusCode::FORBIDDEN
        );
        app.logout().await;
        app.login("desk@example.nl", PASSWORD).await;
        app.get(&format!("/balie/kandidaten/{id}")).await;

        // The readable page.
        let page = app.get(&format!("/balie/kandidaten/{id}/inzage")).await;
        assert_eq!(page.status, StatusCode::OK);
        for held in [
            "Yusuf",
            "geheim@mail.example",
            "06 1234 5678",
            "4001 AB",
            "Schuldhulp loopt via de gemeente",
            "Hoveniers Tiel",
            "Went fine at the depot",
            "Zorgen om de huur",
            "K400001",
            &format!("/balie/kandidaten/{id}/inzage.json"),
        ] {
            assert!(page.body.contains(held), "{held} missing from the page");
        }

        // The same data as a JSON file.
        let file = app
            .get(&format!("/balie/kandidaten/{id}/inzage.json"))
            .await;
        assert_eq!(file.status, StatusCode::OK);
        assert!(file
            .headers
            .get("content-type")
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.starts_with("application/json")));
        assert!(file
            .headers
            .get("content-disposition")
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.starts_with("attachment") && v.contains(&format!("inzage-{id}-"))));
        let json: serde_json::Value = serde_json::from_str(&file.body).expect("json");
        let content = &json["candidate"]["content"];
        assert_eq!(content["first_name"], "Yusuf");
        assert_eq!(content["email"], "geheim@mail.example");
        assert_eq!(json["obstacles"]["debts"], true);
        assert_eq!(
            json["obstacles"]["notes"],
            "Schuldhulp loopt via de gemeente"
        );
        assert_eq!(json["consents"][0]["scope"], "profile_phone");
        let checkin = &json["placements"][0]["pairings"][0]["checkins"][0];
        assert_eq!(checkin["notes_work"], "Went fine at the depot");
        assert_eq!(checkin["notes_home"], "Zorgen om de huur");
        assert_eq!(checkin["needs_desk"], true);
        assert_eq!(json["placements"][0]["pairings"][0]["buddy_name"], "henk");
        assert!(json["anonymisation"].is_null());
        let log = json["log"].as_array().expect("log");
        assert!(log
            .iter()
            .any(|l| l["action"] == "view" && l["who"] == "desk" && l["role"] == "desk"));
        assert!(
            log.iter().all(|l| l.get("address").is_none()),
            "no staff addresses"
        );
        // The page and the file are exports in the audit log.
        assert_eq!(
            app::store::audit::count_for(app.db(), "candidate", id, "export")
                .await
                .unwrap(),
            2
        );
        // The server function answers the same struct.
        let call = app.call_get(&format!("/api/subject_access?id={id}")).await;
        let via_fn: serde_json::Value = serde_json::from_str(&call.body).expect("json");
        assert_eq!(via_fn["candidate"], json["candidate"]);
        assert_eq!(via_fn["placements"], json["placements"]);

        // Unknown ids: not found, as a page and as a file.
        assert_eq!(
            app.get("/balie/kandidaten/999999/inzage").await.status,
            StatusCode::NOT_FOUND
        );
        assert_eq!(
            app.get("/balie/kandidaten/999999/inzage.json").await.status,
            StatusCode::NOT_FOUND
        );
        assert_eq!(
            app.get("/balie/kandidaten/abc/inzage.json").await.status,
            StatusCode::NOT_FOUND
        );

        // An employer (even the one who employs the person) gets nothing; a visitor is sent
        // to log in.
        app.logout().await;
        app.add_user(Role::Employer, "baas@hoveniers.nl", Some(d.employer))
            .await;
        app.login("baas@hoveniers.nl", PASSWORD).await;
        for path in [
            format!("/balie/kandidaten/{id}/inzage.json"),
            format!("/balie/kandidaten/{id}/inzage"),
            format!("/api/subject_access?id={id}"),
        ] {
            let res = if path.starts_with("/api") {
                app.call_get(&path).await
            } else {
                app.get(&path).await
            };
            assert_eq!(res.status, StatusCode::FORBIDDEN, "{path}");
            assert!(!res.body.contains("geheim@mail.example"));
        }
        app.logout().await;
        let visitor = app
            .get(&format!("/balie/kandidaten/{id}/inzage.json"))
            .await;
        assert!(visitor
            .location()
            .is_some_and(|l| l.starts_with("/inloggen?terug=")));
        assert_eq!(
            app::store::audit::count_for(app.db(), "candidate", id, "export")
                .await
                .unwrap(),
            3
        );
    });
}

#[test]
fn after_anonymising_the_export_says_so_and_holds_no_name() {
    common::run(async {
        let mut app = spawn_app().await;
        let d = desk(&mut app).await;
        let (_, start) = today();
        let (id, _) = placed(
            &mut app, d.employer, "K400002", "Yusuf", None, "profile", &start,
        )
        .await;
        sqlx::query(
            "UPDATE candidates SET status = 'exited', exited_on = '2020-01-31' WHERE id = $1",
        )
        .bind(id)
        .execute(app.db().pool())
        .await
        .expect("left");
        opstap_server::jobs::anonymisation::run_once(app.db(), app::clock::now())
            .await
            .expect("job");
        let file = app
            .get(&format!("/balie/kandidaten/{id}/inzage.json"))
            .await;
        assert_eq!(file.status, StatusCode::OK);
        assert!(!file.body.contains("Yusuf") && !file.body.contains("geheim@mail.example"));
        assert!(!file.body.contains("Schuldhulp"));
        let json: serde_json::Value = serde_json::from_str(&file.body).expect("json");
        assert_eq!(json["anonymisation"]["cause"], "retention");
        assert!(json["anonymisation"]["by"].is_null());
        assert!(json["log"]
            .as_array()
            .expect("log")
            .iter()
            .any(|l| l["action"] == "anonymise" && l["who"].is_null()));
        let page = app.get(&format!("/balie/kandidaten/{id}/inzage")).await;
        assert!(
            page.body.contains("bewaartermijn verstreken"),
            "{}",
            page.body
        );
    });
}
