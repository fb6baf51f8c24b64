//! Every role sees its own home, and only its own: checked on the server, for pages and for
//! server functions called directly.

use crate::common;

use crate::common::{spawn_app, PASSWORD};
use app::domain::Role;
use axum::http::StatusCode;

#[test]
fn an_employer_user_cannot_call_a_desk_server_function() {
    common::run(async {
        let mut app = spawn_app().await;
        let employer = app.add_employer("Bouwbedrijf Bos", "23456789").await;
        app.add_user(Role::Employer, "baas@example.nl", Some(employer))
            .await;
        app.login("baas@example.nl", PASSWORD).await;

        let res = app.call_get("/api/desk_overview").await;
        assert_eq!(res.status, StatusCode::FORBIDDEN, "{}", res.body);
        assert!(res.body.contains("Forbidden"));
        assert!(
            !res.body.contains("pending_employers"),
            "no desk data leaks"
        );
        for path in ["/api/admin_overview", "/api/buddy_overview"] {
            assert_eq!(
                app.call_get(path).await.status,
                StatusCode::FORBIDDEN,
                "{path}"
            );
        }
        assert_eq!(
            app.call_get("/api/employer_overview").await.status,
            StatusCode::OK
        );

        // The page says "no access", in the site frame, with status 403.
        let page = app.get("/balie").await;
        assert_eq!(page.status, StatusCode::FORBIDDEN);
        assert!(page.body.contains("Geen toegang"));
        assert!(page.body.contains("Uitloggen"), "rendered inside the shell");
    });
}

#[test]
fn each_role_reaches_its_own_home_only() {
    common::run(async {
        let mut app = spawn_app().await;
        let employer = app.add_employer("Hotel Culemborg", "34567890").await;
        let users = [
            (
                Role::Admin,
                "a@example.nl",
                None,
                "/beheer",
                "Gebruikers per rol",
            ),
            (Role::Desk, "d@example.nl", None, "/balie", "Wat op u wacht"),
            (
                Role::Employer,
                "e@example.nl",
                Some(employer),
                "/werkgever",
                "Hotel Culemborg",
            ),
            (Role::Buddy, "b@example.nl", None, "/buddy", "Mijn mensen"),
        ];
        for (role, email, employer, _, _) in &users {
            app.add_user(*role, email, *employer).await;
        }
        for (role, email, _, home, marker) in &users {
            app.cookies.remove("opstap_session");
            let res = app.login(email, PASSWORD).await;
            assert_eq!(res.location(), Some(*home), "{role}");
            let page = app.get(home).await;
            assert_eq!(page.status, StatusCode::OK, "{role}");
            assert!(page.body.contains(marker), "{role} home shows {marker}");
            for (_, _, _, other, _) in &users {
                // Admins may also open the desk home (they are desk staff).
                let allowed = other == home || (*role == Role::Admin && *other == "/balie");
                let status = app.get(other).await.status;
                assert_eq!(
                    status == StatusCode::OK,
                    allowed,
                    "{role} on {other}: {status}"
                );
            }
        }
    });
}

#[test]
fn visitors_are_sent_to_the_login_page() {
    common::run(async {
        let mut app = spawn_app().await;
        let res = app.get("/balie").await;
        assert_eq!(res.status, StatusCode::FOUND);
        assert_eq!(res.location(), Some("/inloggen?terug=/balie"));
        let res = app.call_get("/api/desk_overview").await;
        assert_eq!(res.status, StatusCode::UNAUTHORIZED);
    });
}

#[test]
fn the_employer_overview_shows_only_the_own_organisation() {
    common::run(async {
        let mut app = spawn_app().await;
        let mine = app.add_employer("Kwekerij De Linge", "45678901").await;
        let theirs = app.add_employer("Supermarkt Visser", "56789012").await;
        for (employer, title) in [
            (mine, "Kwekerijmedewerker"),
            (theirs, "Vakkenvuller geheim"),
        ] {
            sqlx::query(
                "INSERT INTO openings (employer_id, kind, title, description, sector, municipality, postcode, \
                 hours_min, hours_max, positions, contract_type, dutch_level, status, created_at, updated_at) \
                 VALUES ($1, 'job', $2, 'x', 'retail', 'Tiel', '4001 AB', 20, 24, 1, 'temporary', 'A2', 'draft', 1, 1)",
            )
            .bind(employer)
            .bind(title)
            .execute(app.db().pool())
            .await
            .unwrap();
        }
        app.add_user(Role::Employer, "e@example.nl", Some(mine))
            .await;
        app.login("e@example.nl", PASSWORD).await;
        let res = app.call_get("/api/employer_overview").await;
        assert!(res.body.contains("Kwekerijmedewerker"));
        assert!(!res.body.contains("Vakkenvuller geheim"));
    });
}
