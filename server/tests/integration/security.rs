//! Security hardening: headers on every kind of response, password rules, sessions.

use crate::common;

use crate::common::spawn_app;
use axum::body::Body;
use axum::http::{header, Request, StatusCode};

fn header<'a>(res: &'a common::Response, name: &str) -> &'a str {
    res.headers
        .get(name)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
}

/// The text of every inline script the browser would run (not JSON-LD data blocks).
fn inline_scripts(html: &str) -> Vec<String> {
    html.split("<script")
        .skip(1)
        .filter_map(|rest| {
            let (attrs, rest) = rest.split_once('>')?;
            if attrs.contains("application/ld+json") || attrs.contains("src=") {
                return None;
            }
            Some(rest.split_once("</script>")?.0.to_string())
        })
        .collect()
}

/// The same protective headers on pages, server functions, files, feeds and refusals.
fn assert_protected(res: &common::Response, what: &str) {
    assert_eq!(header(res, "x-content-type-options"), "nosniff", "{what}");
    assert_eq!(header(res, "x-frame-options"), "DENY", "{what}");
    assert_eq!(header(res, "referrer-policy"), "same-origin", "{what}");
    let csp = header(res, "content-security-policy");
    assert!(csp.contains("frame-ancestors 'none'"), "{what}: {csp}");
    assert!(!csp.contains("unsafe-inline"), "{what}: {csp}");
}

#[test]
fn every_response_carries_the_security_headers() {
    common::run(async {
        let mut app = spawn_app().await;

        // A page: its policy allows exactly the inline scripts the page has, by hash, and
        // no nonce (a page must not differ per response, or it could never be revalidated).
        let page = app.get("/inloggen").await;
        assert_eq!(page.status, StatusCode::OK);
        assert_protected(&page, "page");
        let csp = header(&page, "content-security-policy").to_string();
        assert!(!csp.contains("nonce-"), "{csp}");
        let scripts = inline_scripts(&page.body);
        assert!(
            scripts.len() >= 2,
            "the island loader and Leptos' bootstrap: {scripts:?}"
        );
        for script in &scripts {
            let source = format!("'sha256-{}'", opstap_server::web::security_hash(script));
            assert!(csp.contains(&source), "{script:?} is not allowed by {csp}");
        }
        assert_eq!(
            csp.matches("'sha256-").count(),
            3,
            "the loader and the two bootstrap lines, nothing else: {csp}"
        );
        let again = app.get("/inloggen").await;
        assert_eq!(header(&again, "content-security-policy"), csp);

        // Not pages: the strict policy.
        for path in ["/healthz", "/api/v1/openings", "/vacatures/feed.atom"] {
            let res = app.call_get(path).await;
            assert_protected(&res, path);
            assert!(
                header(&res, "content-security-policy").starts_with("default-src 'none'"),
                "{path}"
            );
        }
        // The 404 page and a refused form.
        let missing = app.get("/bestaat/niet").await;
        assert_eq!(missing.status, StatusCode::NOT_FOUND);
        assert_protected(&missing, "404");
        let forged = app
            .request(
                Request::post("/api/logout")
                    .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
                    .body(Body::from("csrf=forged"))
                    .expect("request"),
            )
            .await;
        assert_eq!(forged.status, StatusCode::FORBIDDEN);
        assert_protected(&forged, "refused form");
    });
}

async fn reset_mails(app: &common::TestApp, to: &str) -> Vec<String> {
    app::store::outbox::for_address(app.db(), to)
        .await
        .expect("outbox")
        .into_iter()
        .filter(|m| m.kind == "password_reset")
        .map(|m| m.body_text)
        .collect()
}

async fn request_reset(app: &mut common::TestApp, email: &str) -> common::Response {
    let csrf = app.csrf_token().await;
    app.post_form(
        "/api/request_password_reset",
        &[("csrf", &csrf), ("email", email)],
        true,
    )
    .await
}

#[test]
fn a_forgotten_password_is_reset_once_by_a_link_that_ends_every_session() {
    common::run(async {
        let mut app = spawn_app().await;
        let user = app
            .add_user(app::domain::Role::Desk, "anna@example.nl", None)
            .await;
        // Anna is logged in on two other devices.
        for device in ["phone", "laptop"] {
            app::store::sessions::create(app.db(), device, user, app::clock::now())
                .await
                .expect("session");
        }

        // An unknown address gets the same answer, and no mail goes out.
        let unknown = request_reset(&mut app, "niemand@example.nl").await;
        assert!(unknown.status.is_redirection());
        assert_eq!(unknown.location(), Some("/wachtwoord-vergeten?verstuurd=1"));
        assert!(reset_mails(&app, "niemand@example.nl").await.is_empty());
        // A wrong address: the message next to the field.
        let wrong = request_reset(&mut app, "anna-at-example").await;
        assert_ne!(wrong.location(), Some("/wachtwoord-vergeten?verstuurd=1"));
        assert!(
            wrong.location().unwrap_or_default().contains("__err="),
            "{:?}",
            wrong.location()
        );

        let known = request_reset(&mut app, "Anna@Example.nl").await;
        assert_eq!(known.location(), Some("/wachtwoord-vergeten?verstuurd=1"));
        let mails = reset_mails(&app, "anna@example.nl").await;
        assert_eq!(mails.len(), 1);
        let token = common::link_token(&mails[0]);
        let page = app.get(&format!("/wachtwoord/{token}")).await;
        assert_eq!(page.status, StatusCode::OK);
        assert!(page.body.contains("anna@example.nl"));

        // A common password, or one made of the address, is refused next to the field and
        // leaves the link usable.
        for weak in ["Wachtwoord123", "anna2026anna", "Welkom2026!", "Anna1990!!"] {
            let res = app.set_password(&token, weak, weak).await;
            assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY, "{weak}");
            assert!(res.body.contains("\"password\""), "{}", res.body);
            assert!(
                res.body.contains("te makkelijk te raden")
                    || res.body.contains("veel gebruikt")
                    || res.body.contains("lijkt op"),
                "{weak}: {}",
                res.body
            );
            assert!(
                res.body.contains("guess")
                    || res.body.contains("resembles")
                    || res.body.contains("widely used"),
                "{weak}: the English text comes along: {}",
                res.body
            );
        }
        assert_eq!(
            app.get(&format!("/wachtwoord/{token}")).await.status,
            StatusCode::OK
        );

        let set = app
            .set_password(&token, "een nieuwe lange zin", "een nieuwe lange zin")
            .await;
        assert_eq!(set.location(), Some("/balie"), "{}", set.body);
        // The other devices are logged out; only the session just started remains.
        assert_eq!(
            app::store::sessions::count_for_user(app.db(), user)
                .await
                .expect("count"),
            1
        );
        // The link works once.
        assert_eq!(
            app.get(&format!("/wachtwoord/{token}")).await.status,
            StatusCode::NOT_FOUND
        );
        assert_eq!(
            app.set_password(&token, "nog een andere zin", "nog een andere zin")
                .await
                .status,
            StatusCode::NOT_FOUND
        );
        app.logout().await;
        assert_eq!(
            app.login("anna@example.nl", "een nieuwe lange zin")
                .await
                .location(),
            Some("/balie")
        );
    });
}

#[test]
fn reset_links_expire_older_ones_die_with_a_new_password_and_mails_are_limited() {
    common::run(async {
        let mut app = spawn_app().await;
        app.add_user(app::domain::Role::Buddy, "bert@example.nl", None)
            .await;
        for _ in 0..5 {
            request_reset(&mut app, "bert@example.nl").await;
        }
        let mails = reset_mails(&app, "bert@example.nl").await;
        assert_eq!(mails.len(), 3, "at most three links an hour");
        let tokens: Vec<String> = mails.iter().map(|m| common::link_token(m)).collect();

        // An hour later the first link no longer works.
        sqlx::query("UPDATE password_tokens SET expires_at = $1 WHERE token_hash = $2")
            .bind(app::clock::now() - 1)
            .bind(app::auth::tokens::sha256_hex(&tokens[0]))
            .execute(app.db().pool())
            .await
            .expect("age the link");
        assert_eq!(
            app.get(&format!("/wachtwoord/{}", tokens[0])).await.status,
            StatusCode::NOT_FOUND
        );
        assert_eq!(
            app.set_password(&tokens[0], "een nieuwe lange zin", "een nieuwe lange zin")
                .await
                .status,
            StatusCode::NOT_FOUND
        );
        // The second sets the password; the third is void from then on.
        let set = app
            .set_password(&tokens[1], "een nieuwe lange zin", "een nieuwe lange zin")
            .await;
        assert_eq!(set.location(), Some("/buddy"), "{}", set.body);
        assert_eq!(
            app.get(&format!("/wachtwoord/{}", tokens[2])).await.status,
            StatusCode::NOT_FOUND
        );
    });
}

#[test]
fn logging_out_everywhere_ends_every_session_of_the_account_only() {
    common::run(async {
        let mut app = spawn_app().await;
        let carla = app
            .add_user(app::domain::Role::Desk, "carla@example.nl", None)
            .await;
        let dirk = app
            .add_user(app::domain::Role::Desk, "dirk@example.nl", None)
            .await;
        app::store::sessions::create(app.db(), "carla-phone", carla, app::clock::now())
            .await
            .expect("session");
        app::store::sessions::create(app.db(), "dirk-phone", dirk, app::clock::now())
            .await
            .expect("session");
        app.login("carla@example.nl", common::PASSWORD).await;
        let page = app.get("/account").await;
        assert_eq!(page.status, StatusCode::OK);
        assert!(page.body.contains("carla@example.nl"));
        assert!(
            page.body.contains("<dd>2</dd>"),
            "two devices: {}",
            page.body
        );

        let csrf = app.csrf_token().await;
        let res = app
            .post_form("/api/logout_everywhere", &[("csrf", &csrf)], true)
            .await;
        assert_eq!(res.location(), Some("/inloggen"));
        let count = |id| app::store::sessions::count_for_user(app.db(), id);
        assert_eq!(count(carla).await.expect("count"), 0);
        assert_eq!(
            count(dirk).await.expect("count"),
            1,
            "others stay logged in"
        );
        // This browser is logged out too.
        let after = app.get("/account").await;
        assert!(
            after
                .location()
                .unwrap_or_default()
                .starts_with("/inloggen"),
            "{:?}",
            after.location()
        );
    });
}

/// Posts the logout form (every logged-in user has it) with `token` as its CSRF field, as
/// a browser without JavaScript.
async fn post_with_token(app: &mut common::TestApp, token: &str) -> common::Response {
    app.post_form("/api/logout", &[("csrf", token)], true).await
}

#[test]
fn the_csrf_token_belongs_to_the_session_and_is_masked_on_every_page() {
    common::run(async {
        let mut app = spawn_app().await;
        app.add_user(app::domain::Role::Desk, "desk@example.nl", None)
            .await;
        // Before login: the token of the browser's seed, the same on every page.
        let before = app.csrf_token().await;
        assert_eq!(before.len(), 64);
        assert_eq!(
            app.csrf_token().await,
            before,
            "a visitor's page stays the same"
        );
        app.login("desk@example.nl", common::PASSWORD).await;
        // Logged in: the pre-login token is worthless, nothing changes.
        let refused = post_with_token(&mut app, &before).await;
        assert_eq!(refused.status, StatusCode::FORBIDDEN);
        assert_eq!(
            app.get("/balie").await.status,
            StatusCode::OK,
            "still logged in"
        );
        // Each page carries a differently masked copy of the session's token; each works.
        let one = app.csrf_token().await;
        let two = app.csrf_token().await;
        assert_eq!(one.len(), 128);
        assert_ne!(one, two, "masked per page");
        assert_ne!(&one[64..], &before[..]);
        // A token of another session does not work in this one.
        let mut other = common::start(&app.db_url).await;
        other
            .add_user(app::domain::Role::Desk, "desk2@example.nl", None)
            .await;
        other.login("desk2@example.nl", common::PASSWORD).await;
        let foreign = other.csrf_token().await;
        assert_eq!(
            post_with_token(&mut app, &foreign).await.status,
            StatusCode::FORBIDDEN
        );
        // A changed character is refused too.
        let mut bent = one.clone().into_bytes();
        bent[127] = if bent[127] == b'a' { b'b' } else { b'a' };
        let bent = String::from_utf8(bent).expect("hex");
        assert_eq!(
            post_with_token(&mut app, &bent).await.status,
            StatusCode::FORBIDDEN
        );
        assert_eq!(app.get("/balie").await.status, StatusCode::OK);
        // The right one, masked or not, goes through: this logs out.
        let res = post_with_token(&mut app, &two).await;
        assert!(res.status.is_redirection(), "{} {}", res.status, res.body);
        assert_ne!(app.get("/balie").await.status, StatusCode::OK);
    });
}

#[test]
fn over_https_the_cookies_carry_the_host_prefix() {
    common::run(async {
        let mut app = common::spawn_app_with(|config| {
            config.public_url = "https://werk.example.nl".into();
        })
        .await;
        app.add_user(app::domain::Role::Buddy, "b@example.nl", None)
            .await;
        let page = app.get("/inloggen").await;
        let set: Vec<&str> = page
            .headers
            .get_all(axum::http::header::SET_COOKIE)
            .iter()
            .filter_map(|v| v.to_str().ok())
            .collect();
        let seed = set
            .iter()
            .find(|c| c.starts_with("__Host-opstap_csrf="))
            .unwrap_or_else(|| panic!("{set:?}"));
        assert!(seed.contains("; Secure") && seed.contains("Path=/") && !seed.contains("Domain"));
        let res = app.login("b@example.nl", common::PASSWORD).await;
        let session = res
            .headers
            .get_all(axum::http::header::SET_COOKIE)
            .iter()
            .filter_map(|v| v.to_str().ok())
            .find(|c| c.starts_with("__Host-opstap_session="))
            .expect("the session cookie has the prefix");
        assert!(session.contains("; Secure") && session.contains("HttpOnly"));
        // The prefixed cookies are the ones read: the buddy is logged in.
        assert_eq!(app.get("/buddy").await.status, StatusCode::OK);
        // A cookie without the prefix (set by a subdomain, say) is not taken as a session.
        let token = app
            .cookies
            .remove("__Host-opstap_session")
            .expect("session");
        app.cookies.insert("opstap_session".into(), token);
        assert_ne!(app.get("/buddy").await.status, StatusCode::OK);
    });
}
