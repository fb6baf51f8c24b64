//! Logging in and out, sessions, the login rate limit and CSRF protection.

use crate::common;

use crate::common::{backend_name, spawn_app, PASSWORD};
use app::domain::Role;
use axum::http::StatusCode;

#[test]
fn right_password_logs_in_and_wrong_password_is_refused() {
    common::run(async {
        let mut app = spawn_app().await;
        eprintln!("backend: {}", backend_name());
        app.add_user(Role::Desk, "desk@example.nl", None).await;

        let wrong = app.login("desk@example.nl", "not the password").await;
        assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(wrong.body.contains("LoginFailed"), "{}", wrong.body);
        assert!(!app.cookies.contains_key("opstap_session"));
        assert_eq!(app.count("SELECT COUNT(*) FROM sessions").await, 0);

        let unknown = app.login("nobody@example.nl", PASSWORD).await;
        assert_eq!(unknown.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(unknown.body.contains("LoginFailed"));

        let right = app.login("DESK@example.nl ", PASSWORD).await;
        assert_eq!(right.status, StatusCode::OK, "{}", right.body);
        assert_eq!(right.location(), Some("/balie"));
        let cookie = right
            .headers
            .get("set-cookie")
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .to_string();
        assert!(
            cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"),
            "{cookie}"
        );
        assert!(app.cookies.contains_key("opstap_session"));
        assert_eq!(app.count("SELECT COUNT(*) FROM sessions").await, 1);

        let page = app.get("/balie").await;
        assert_eq!(page.status, StatusCode::OK);
        assert!(
            page.body.contains("Wat op u wacht"),
            "desk home shows its overview"
        );
    });
}

#[test]
fn login_without_javascript_redirects_with_the_error_or_to_the_home() {
    common::run(async {
        let mut app = spawn_app().await;
        let employer = app.add_employer("Zorggroep Tiel", "12345678").await;
        app.add_user(Role::Employer, "baas@example.nl", Some(employer))
            .await;
        let csrf = app.csrf_token().await;

        let wrong = app
            .post_form(
                "/api/login",
                &[
                    ("csrf", &csrf),
                    ("email", "baas@example.nl"),
                    ("password", "fout"),
                    ("next", ""),
                ],
                true,
            )
            .await;
        assert_eq!(wrong.status, StatusCode::FOUND);
        let back = wrong.location().unwrap_or_default().to_string();
        assert!(
            back.starts_with("http://127.0.0.1:3000/inloggen?") && back.contains("__err="),
            "{back}"
        );
        // The page the browser is sent back to shows the message.
        let path = back.trim_start_matches("http://127.0.0.1:3000");
        let page = app.get(path).await;
        assert!(
            page.body.contains("horen niet bij elkaar"),
            "error shown on the login page"
        );

        let right = app
            .post_form(
                "/api/login",
                &[
                    ("csrf", &csrf),
                    ("email", "baas@example.nl"),
                    ("password", PASSWORD),
                    ("next", ""),
                ],
                true,
            )
            .await;
        assert_eq!(right.status, StatusCode::FOUND);
        assert_eq!(right.location(), Some("/werkgever"));
        let home = app.get("/werkgever").await;
        assert_eq!(home.status, StatusCode::OK);
        assert!(home.body.contains("Zorggroep Tiel"));
    });
}

#[test]
fn login_follows_only_local_return_paths() {
    common::run(async {
        let mut app = spawn_app().await;
        app.add_user(Role::Admin, "admin@example.nl", None).await;
        for (next, landing) in [
            ("//evil.example/", "/beheer"),
            ("/\\evil.example", "/beheer"),
            ("/\t/evil.example", "/beheer"),
            ("/%09/evil.example", "/beheer"),
            ("/%2F%2Fevil.example", "/beheer"),
            ("https://evil.example/", "/beheer"),
            ("/balie\r\nSet-Cookie: x=1", "/beheer"),
            ("/\u{0}\u{7f}\u{b}", "/beheer"),
            ("/vacatures?q=é", "/vacatures?q=%C3%A9"),
            (
                "/balie/kandidaten?q=zorg%20en",
                "/balie/kandidaten?q=zorg%20en",
            ),
        ] {
            let csrf = app.csrf_token().await;
            let res = app
                .post_form(
                    "/api/login",
                    &[
                        ("csrf", &csrf),
                        ("email", "admin@example.nl"),
                        ("password", PASSWORD),
                        ("next", next),
                    ],
                    true,
                )
                .await;
            assert_eq!(res.location(), Some(landing), "{next:?}");
            app.logout().await;
        }
    });
}

#[test]
fn the_rate_limit_stops_guessing_per_account_and_per_address() {
    common::run(async {
        let mut app = spawn_app().await;
        app.add_user(Role::Buddy, "buddy@example.nl", None).await;
        for _ in 0..app::store::login_attempts::MAX_PER_ACCOUNT {
            let res = app.login("buddy@example.nl", "guess").await;
            assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
        }
        // Now even the right password is refused for a while.
        let res = app.login("buddy@example.nl", PASSWORD).await;
        assert_eq!(res.status, StatusCode::TOO_MANY_REQUESTS, "{}", res.body);
        assert!(res.body.contains("TooManyAttempts"));
        assert!(!app.cookies.contains_key("opstap_session"));

        // Another address guessing many different accounts is stopped too...
        app.address = "198.51.100.7:40000".parse().unwrap();
        app.add_user(Role::Buddy, "other@example.nl", None).await;
        for i in 0..app::store::login_attempts::MAX_PER_ADDRESS {
            app.login(&format!("guess{i}@example.nl"), "guess").await;
        }
        let res = app.login("other@example.nl", PASSWORD).await;
        assert_eq!(res.status, StatusCode::TOO_MANY_REQUESTS);
        // ...while a fresh address can still log in to an account that was not attacked.
        app.address = "203.0.113.5:40000".parse().unwrap();
        let res = app.login("other@example.nl", PASSWORD).await;
        assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    });
}

#[test]
fn a_request_without_a_valid_csrf_token_is_refused_and_changes_nothing() {
    common::run(async {
        let mut app = spawn_app().await;
        app.add_user(Role::Desk, "desk@example.nl", None).await;
        app.csrf_token().await; // the browser has its CSRF cookie

        for token in [
            "",
            "0000000000000000000000000000000000000000000000000000000000000000",
        ] {
            let res = app
                .post_form(
                    "/api/login",
                    &[
                        ("csrf", token),
                        ("email", "desk@example.nl"),
                        ("password", PASSWORD),
                        ("next", ""),
                    ],
                    true,
                )
                .await;
            assert_eq!(res.status, StatusCode::FORBIDDEN);
            assert!(res.body.contains("Formulier verlopen"));
        }
        // A token from another browser does not fit this browser's cookie.
        let mut other = common::start(&app.db_url).await;
        let foreign = other.csrf_token().await;
        let res = app
            .post_form(
                "/api/login",
                &[
                    ("csrf", &foreign),
                    ("email", "desk@example.nl"),
                    ("password", PASSWORD),
                    ("next", ""),
                ],
                false,
            )
            .await;
        assert_eq!(res.status, StatusCode::FORBIDDEN);
        assert_eq!(
            app.count("SELECT COUNT(*) FROM sessions").await,
            0,
            "no session was created"
        );
        assert_eq!(
            app.count("SELECT COUNT(*) FROM login_attempts").await,
            0,
            "the handler never ran"
        );

        // Logged in, a forged logout leaves the session alone.
        assert_eq!(
            app.login("desk@example.nl", PASSWORD).await.status,
            StatusCode::OK
        );
        let res = app
            .post_form("/api/logout", &[("csrf", "forged")], false)
            .await;
        assert_eq!(res.status, StatusCode::FORBIDDEN);
        assert_eq!(app.count("SELECT COUNT(*) FROM sessions").await, 1);
        assert_eq!(app.get("/balie").await.status, StatusCode::OK);
    });
}

#[test]
fn logout_ends_the_session() {
    common::run(async {
        let mut app = spawn_app().await;
        app.add_user(Role::Admin, "admin@example.nl", None).await;
        app.login("admin@example.nl", PASSWORD).await;
        let token = app
            .cookies
            .get("opstap_session")
            .cloned()
            .expect("session cookie");
        let res = app.logout().await;
        assert_eq!(res.status, StatusCode::OK);
        assert_eq!(res.location(), Some("/"));
        assert_eq!(app.count("SELECT COUNT(*) FROM sessions").await, 0);
        // Even the old token, replayed, no longer works.
        app.cookies.insert("opstap_session".into(), token);
        let me = app.call_get("/api/current_user").await;
        assert_eq!(me.body.trim(), "null");
    });
}

#[test]
fn sessions_survive_a_server_restart() {
    common::run(async {
        let mut app = spawn_app().await;
        app.add_user(Role::Desk, "desk@example.nl", None).await;
        assert_eq!(
            app.login("desk@example.nl", PASSWORD).await.status,
            StatusCode::OK
        );
        let secret = app.state.secret.clone();

        let mut app = app.restart().await;
        assert_eq!(
            app.state.secret, secret,
            "the generated secret is kept in the database"
        );
        let page = app.get("/balie").await;
        assert_eq!(page.status, StatusCode::OK);
        assert!(page.body.contains("Wat op u wacht"));
        // Forms rendered before the restart still post (same CSRF secret).
        let res = app.logout().await;
        assert_eq!(res.status, StatusCode::OK);
    });
}

#[test]
fn a_new_login_replaces_the_old_session() {
    common::run(async {
        let mut app = spawn_app().await;
        app.add_user(Role::Desk, "desk@example.nl", None).await;
        app.login("desk@example.nl", PASSWORD).await;
        let first = app.cookies.get("opstap_session").cloned();
        app.login("desk@example.nl", PASSWORD).await;
        assert_ne!(app.cookies.get("opstap_session").cloned(), first);
        assert_eq!(app.count("SELECT COUNT(*) FROM sessions").await, 1);
    });
}

/// A login post with `password` for `email`, as the hydrated page sends it, with the
/// browser's cookies and an optional `X-Forwarded-For`.
fn login_request(
    app: &common::TestApp,
    csrf: &str,
    email: &str,
    password: &str,
    forwarded_for: Option<&str>,
) -> axum::http::Request<axum::body::Body> {
    use axum::http::header;
    let body = serde_urlencoded::to_string([
        ("csrf", csrf),
        ("email", email),
        ("password", password),
        ("next", ""),
    ])
    .expect("form");
    let cookie = app
        .cookies
        .iter()
        .map(|(k, v)| format!("{k}={v}"))
        .collect::<Vec<_>>()
        .join("; ");
    let mut req = axum::http::Request::post("/api/login")
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .header(header::ACCEPT, "application/json")
        .header(header::COOKIE, cookie);
    if let Some(xff) = forwarded_for {
        req = req.header("x-forwarded-for", xff);
    }
    let mut req = req.body(axum::body::Body::from(body)).expect("request");
    req.extensions_mut()
        .insert(axum::extract::ConnectInfo(app.address));
    req
}

#[test]
fn guesses_sent_at_once_get_no_more_password_checks_than_the_limit() {
    common::run(async {
        let mut app = spawn_app().await;
        app.add_user(Role::Buddy, "buddy@example.nl", None).await;
        let csrf = app.csrf_token().await;
        let mut tasks = tokio::task::JoinSet::new();
        for i in 0..24 {
            let req = login_request(&app, &csrf, "buddy@example.nl", &format!("guess {i}"), None);
            let router = app.router.clone();
            tasks.spawn(async move {
                use tower::ServiceExt;
                router.oneshot(req).await.expect("router").status()
            });
        }
        let mut checked = 0;
        let mut limited = 0;
        while let Some(status) = tasks.join_next().await {
            match status.expect("task") {
                StatusCode::UNPROCESSABLE_ENTITY => checked += 1,
                StatusCode::TOO_MANY_REQUESTS => limited += 1,
                other => panic!("unexpected {other}"),
            }
        }
        assert_eq!(checked + limited, 24);
        assert!(
            checked <= app::store::login_attempts::MAX_PER_ACCOUNT,
            "{checked} passwords were checked at once ({})",
            backend_name()
        );
        // And the right password now waits too.
        let res = app.login("buddy@example.nl", PASSWORD).await;
        assert_eq!(res.status, StatusCode::TOO_MANY_REQUESTS);
    });
}

#[test]
fn behind_a_trusted_proxy_each_client_has_its_own_limit() {
    common::run(async {
        let mut app = common::spawn_app_with(|config| {
            config.trusted_proxies =
                app::domain::client_address::parse_list("10.0.0.0/8").expect("list");
        })
        .await;
        app.add_user(Role::Buddy, "buddy@example.nl", None).await;
        app.address = "10.0.0.2:40000".parse().unwrap(); // every request comes via the proxy
        let csrf = app.csrf_token().await;
        let send = |app: &common::TestApp, password: &str, client: &str| {
            let req = login_request(app, &csrf, "buddy@example.nl", password, Some(client));
            let router = app.router.clone();
            async move {
                use tower::ServiceExt;
                router.oneshot(req).await.expect("router").status()
            }
        };
        for _ in 0..app::store::login_attempts::MAX_PER_ACCOUNT {
            assert_eq!(
                send(&app, "guess", "203.0.113.66").await,
                StatusCode::UNPROCESSABLE_ENTITY
            );
        }
        assert_eq!(
            send(&app, PASSWORD, "203.0.113.66").await,
            StatusCode::TOO_MANY_REQUESTS
        );
        // Another client behind the same proxy is not locked out of the same account.
        assert_eq!(send(&app, PASSWORD, "198.51.100.20").await, StatusCode::OK);
        // A client cannot pick its own address: the proxy's view is the nearest one.
        assert_eq!(
            send(&app, PASSWORD, "198.51.100.20, 203.0.113.66").await,
            StatusCode::TOO_MANY_REQUESTS
        );

        // Without trusted proxies a made-up header changes nothing.
        let mut plain = spawn_app().await;
        plain.add_user(Role::Buddy, "buddy@example.nl", None).await;
        let csrf = plain.csrf_token().await;
        for i in 0..=app::store::login_attempts::MAX_PER_ACCOUNT {
            let req = login_request(
                &plain,
                &csrf,
                "buddy@example.nl",
                "guess",
                Some(&format!("192.0.2.{i}")),
            );
            use tower::ServiceExt;
            plain.router.clone().oneshot(req).await.expect("router");
        }
        let req = login_request(
            &plain,
            &csrf,
            "buddy@example.nl",
            PASSWORD,
            Some("192.0.2.200"),
        );
        use tower::ServiceExt;
        let res = plain.router.clone().oneshot(req).await.expect("router");
        assert_eq!(res.status(), StatusCode::TOO_MANY_REQUESTS);
    });
}
