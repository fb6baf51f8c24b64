//! Health checks, the language switch, unknown pages, migrations and the demo region.

use crate::common;

use crate::common::spawn_app;
use axum::http::StatusCode;

#[test]
fn health_and_readiness() {
    common::run(async {
        let mut app = spawn_app().await;
        assert_eq!(app.get("/healthz").await.status, StatusCode::OK);
        assert_eq!(app.get("/readyz").await.status, StatusCode::OK);
        app.state.db.close().await;
        assert_eq!(
            app.get("/readyz").await.status,
            StatusCode::SERVICE_UNAVAILABLE
        );
        assert_eq!(app.get("/healthz").await.status, StatusCode::OK);
    });
}

#[test]
fn unknown_pages_get_a_404_in_the_site_frame() {
    common::run(async {
        let mut app = spawn_app().await;
        let res = app.get("/bestaat/niet").await;
        assert_eq!(res.status, StatusCode::NOT_FOUND);
        assert!(res.body.contains("Pagina niet gevonden"));
        assert!(res.body.contains("<html lang=\"nl\""));
    });
}

#[test]
fn the_language_switch_changes_every_string_and_html_lang() {
    common::run(async {
        let mut app = spawn_app().await;
        let res = app.get("/taal/en?terug=/inloggen").await;
        assert_eq!(res.status, StatusCode::SEE_OTHER);
        assert_eq!(res.location(), Some("/inloggen"));
        let page = app.get("/inloggen").await;
        assert!(page.body.contains("<html lang=\"en\""));
        assert!(page.body.contains("E-mail address"));
        assert!(!page.body.contains("Wachtwoord"));
        // Only local return paths; anything else (bytes that once made the request panic
        // among them) goes home.
        for hostile in [
            "https://evil.example/",
            "//evil.example",
            "/%5Cevil.example",
            "%2F%09%2Fevil.example",
            "%2Fbalie%0D%0ASet-Cookie:%20x=1",
            "%2F%0B",
            "%2F%7F",
        ] {
            let res = app.get(&format!("/taal/nl?terug={hostile}")).await;
            assert_eq!(res.status, StatusCode::SEE_OTHER, "{hostile}");
            assert_eq!(res.location(), Some("/"), "{hostile}");
        }
        // Bytes that are not UTF-8 arrive as U+FFFD: still a path here, sent escaped.
        let res = app.get("/taal/nl?terug=%2F%C3%28").await;
        assert_eq!(res.location(), Some("/%EF%BF%BD("));
        // A broken escape is taken as text; the target is refused, nothing crashes.
        let res = app.get("/taal/nl?terug=%ZZ").await;
        assert_eq!(res.location(), Some("/"));
        assert_eq!(app.get("/taal/xx").await.status, StatusCode::NOT_FOUND);
    });
}

#[test]
fn migrations_run_once_and_refuse_an_edited_file() {
    common::run(async {
        let app = spawn_app().await;
        assert_eq!(
            app::store::migrate::run(app.db()).await.unwrap(),
            0,
            "nothing left to apply"
        );
        sqlx::query("UPDATE schema_migrations SET checksum = 'edited' WHERE version = 1")
            .execute(app.db().pool())
            .await
            .unwrap();
        let err = app::store::migrate::run(app.db()).await.unwrap_err();
        assert!(
            matches!(
                err,
                app::store::migrate::MigrationError::Edited { version: 1, .. }
            ),
            "{err}"
        );
        let startup = opstap_server::open_database(&app.db_url).await.unwrap_err();
        assert!(startup.to_string().contains("migration"), "{startup}");
    });
}

#[test]
fn the_demo_region_loads_once_and_its_accounts_log_in() {
    common::run(async {
        let mut app = spawn_app().await;
        let today = app::domain::dates::day_of(app::clock::now());
        let region = opstap_server::demo::generate(1, today);
        opstap_server::demo::load(app.db(), &region).await.unwrap();
        assert_eq!(
            app.count("SELECT COUNT(*) FROM employers").await,
            region.employers.len() as i64
        );
        assert_eq!(
            app.count("SELECT COUNT(*) FROM candidates").await,
            region.candidates.len() as i64
        );
        assert_eq!(
            app.count("SELECT COUNT(*) FROM checkins").await,
            region.checkins.len() as i64
        );
        assert!(matches!(
            opstap_server::demo::load(app.db(), &region).await,
            Err(opstap_server::demo::LoadError::NotEmpty)
        ));
        // New rows get fresh ids after the explicit ids of the demo (PostgreSQL sequences).
        let id = app.add_employer("Nieuw B.V.", "99999998").await;
        assert_eq!(id, region.employers.len() as i64 + 1);

        for (email, _, role) in opstap_server::demo::DEMO_ACCOUNTS {
            app.cookies.remove("opstap_session");
            let res = app.login(email, opstap_server::demo::DEMO_PASSWORD).await;
            assert_eq!(res.location(), Some(role.home_path()), "{email}");
            let page = app.get(role.home_path()).await;
            assert_eq!(page.status, StatusCode::OK, "{email}");
        }
        // The demo buddy sees people, the demo employer its openings.
        app.cookies.remove("opstap_session");
        app.login("buddy@opstap.example", "opstap-demo").await;
        let buddy = app.call_get("/api/buddy_overview").await;
        assert!(buddy.body.contains("next_due"), "{}", buddy.body);
    });
}

#[test]
fn the_tests_run_on_the_backend_asked_for() {
    common::run(async {
        let app = spawn_app().await;
        let expected = if std::env::var("OPSTAP_TEST_PG_URL").is_ok() {
            app::store::Backend::Postgres
        } else {
            app::store::Backend::Sqlite
        };
        assert_eq!(app.db().backend(), expected);
        let version: String = match expected {
            app::store::Backend::Postgres => sqlx::query_scalar("SELECT version()"),
            app::store::Backend::Sqlite => {
                sqlx::query_scalar("SELECT 'SQLite ' || sqlite_version()")
            }
        }
        .fetch_one(app.db().pool())
        .await
        .unwrap();
        println!("integration tests ran on: {version}");
    });
}
