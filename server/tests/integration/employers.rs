//! Journey 1: an organisation registers, the desk approves, the contact gets an e-mail with
//! a link, sets a password and logs in. And everything that must be refused on the way.

use crate::common;

use crate::common::smtp::SmtpSink;
use app::domain::Role;
use axum::http::StatusCode;

use crate::common::{spawn_app, TestApp, PASSWORD};
use opstap_server::config::MailTransport;
use opstap_server::jobs::outbox::run_once as drain;
use opstap_server::mail::Mailer;

fn form(kvk: &str, email: &str) -> Vec<(&'static str, String)> {
    vec![
        ("name", "Kwekerij De Appelgaard".into()),
        ("kvk", kvk.into()),
        ("sector", "greenery".into()),
        ("street", "Dorpsstraat".into()),
        ("house_number", "7".into()),
        ("postcode", "4021 ab".into()),
        ("city", "Maurik".into()),
        ("municipality", "Buren".into()),
        ("contact_name", "Ineke de Boer".into()),
        ("email", email.into()),
        ("phone", "0344 123456".into()),
        ("message", "Wij hebben plek voor twee leerlingen.".into()),
    ]
}

async fn register(
    app: &mut TestApp,
    fields: &[(&'static str, String)],
    html: bool,
) -> common::Response {
    let csrf = app.csrf_token().await;
    let mut all: Vec<(&str, &str)> = vec![("csrf", csrf.as_str())];
    all.extend(fields.iter().map(|(k, v)| (*k, v.as_str())));
    app.post_form("/api/register_employer", &all, html).await
}

async fn employer_id(app: &TestApp, kvk: &str) -> i64 {
    sqlx::query_scalar("SELECT id FROM employers WHERE kvk = $1")
        .bind(kvk)
        .fetch_one(app.db().pool())
        .await
        .unwrap()
}

#[test]
fn register_approve_mail_set_password_and_log_in() {
    common::run(async {
        let mut app = spawn_app().await;
        // The visitor registers (no JavaScript: a plain form post and a redirect).
        let res = register(&mut app, &form("12345678", "ineke@appelgaard.nl"), true).await;
        assert_eq!(res.status, StatusCode::FOUND, "{}", res.body);
        assert_eq!(res.location(), Some("/aanmelden/bedankt"));
        let id = employer_id(&app, "12345678").await;

        // The desk sees it in the queue and approves it with an account manager.
        let desk = app.add_user(Role::Desk, "desk@example.nl", None).await;
        app.login("desk@example.nl", PASSWORD).await;
        let queue = app.get("/balie/aanmeldingen").await;
        assert!(queue.body.contains("Kwekerij De Appelgaard"));
        let page = app.get(&format!("/balie/aanmeldingen/{id}")).await;
        assert_eq!(page.status, StatusCode::OK);
        let csrf = app.csrf_token().await;
        let res = app
            .post_form(
                "/api/approve_employer",
                &[
                    ("csrf", &csrf),
                    ("id", &id.to_string()),
                    ("account_manager", &desk.to_string()),
                ],
                true,
            )
            .await;
        assert_eq!(res.location(), Some("/balie/aanmeldingen"), "{}", res.body);
        let status: String = sqlx::query_scalar("SELECT status FROM employers WHERE id = $1")
            .bind(id)
            .fetch_one(app.db().pool())
            .await
            .unwrap();
        assert_eq!(status, "active");

        // The welcome e-mail goes through a real SMTP conversation.
        let (sink, port) = SmtpSink::start(0).await;
        let mailer = Mailer::new(
            &MailTransport::Smtp {
                host: "127.0.0.1".into(),
                port,
                username: None,
                password: None,
                starttls: false,
            },
            "Opstap <noreply@opstap.example>",
        )
        .unwrap();
        assert_eq!(drain(app.db(), &mailer).await.unwrap(), 1);
        let mail = common::smtp::decoded(&sink.received().pop().expect("welcome mail"));
        assert!(
            mail.contains("To: \"Ineke de Boer\" <ineke@appelgaard.nl>"),
            "{mail}"
        );
        let token = common::link_token(&mail);
        assert_eq!(token.len(), 64);

        // The contact opens the link (logged out), sets a password and is logged in.
        app.cookies.remove("opstap_session");
        let page = app.get(&format!("/wachtwoord/{token}")).await;
        assert!(page.body.contains("ineke@appelgaard.nl"), "{}", page.body);
        let short = app.set_password(&token, "kort", "kort").await;
        assert_eq!(short.status, StatusCode::UNPROCESSABLE_ENTITY);
        let res = app.set_password(&token, PASSWORD, PASSWORD).await;
        assert_eq!(res.location(), Some("/werkgever"), "{}", res.body);
        let home = app.get("/werkgever").await;
        assert!(home.body.contains("Kwekerij De Appelgaard"));

        // The link works once.
        let again = app.get(&format!("/wachtwoord/{token}")).await;
        assert_eq!(again.status, StatusCode::NOT_FOUND);
        // And the password works for a normal login.
        app.cookies.remove("opstap_session");
        assert_eq!(
            app.login("ineke@appelgaard.nl", PASSWORD).await.location(),
            Some("/werkgever")
        );
    });
}

#[test]
fn bad_registration_fields_get_messages_and_nothing_is_stored() {
    common::run(async {
        let mut app = spawn_app().await;
        let good = form("23456789", "a@b.nl");
        let bad: &[(&str, &str, &str)] = &[
            ("name", "", "Vul dit veld in"),
            ("kvk", "1234567", "8 cijfers"),
            ("sector", "mijnbouw", "sector"),
            ("house_number", "", "Vul dit veld in"),
            ("postcode", "0123 AB", "postcode"),
            ("city", " ", "Vul dit veld in"),
            ("municipality", "", "Vul dit veld in"),
            ("contact_name", "", "Vul dit veld in"),
            ("email", "geen-adres", "e-mailadres"),
            ("phone", "123", "telefoonnummer"),
            ("street", "", "Vul dit veld in"),
        ];
        for (field, value, message) in bad {
            let fields: Vec<(&'static str, String)> = good
                .iter()
                .map(|(k, v)| {
                    (
                        *k,
                        if k == field {
                            value.to_string()
                        } else {
                            v.clone()
                        },
                    )
                })
                .collect();
            let res = register(&mut app, &fields, false).await;
            assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY, "{field}");
            assert!(
                res.body.contains(&format!("\"field\":\"{field}\"")),
                "{field}: {}",
                res.body
            );
            assert!(res.body.contains(message), "{field}: {}", res.body);
        }
        assert_eq!(app.count("SELECT COUNT(*) FROM employers").await, 0);

        // Without JavaScript the form comes back with the message and what was typed.
        let mut fields = good.clone();
        fields[1].1 = "99".into();
        let res = register(&mut app, &fields, true).await;
        let back = res
            .location()
            .unwrap_or_default()
            .trim_start_matches("http://127.0.0.1:3000")
            .to_string();
        let res = register(&mut app, &fields, true).await;
        assert_eq!(res.status, StatusCode::FOUND);
        // (The referer of these test posts is the login page, so look at the form page itself.)
        let page = app.get(&back.replace("/inloggen", "/aanmelden")).await;
        assert!(page.body.contains("8 cijfers"), "message beside the field");
        assert!(
            page.body.contains("value=\"Kwekerij De Appelgaard\""),
            "typed values kept"
        );
        assert_eq!(app.count("SELECT COUNT(*) FROM employers").await, 0);

        // A KvK number can register once.
        assert_eq!(
            register(&mut app, &good, false).await.status,
            StatusCode::OK
        );
        let twice = register(&mut app, &good, false).await;
        assert_eq!(twice.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(twice.body.contains("al een organisatie aangemeld"));
        assert_eq!(app.count("SELECT COUNT(*) FROM employers").await, 1);
    });
}

#[test]
fn only_the_desk_reviews_registrations() {
    common::run(async {
        let mut app = spawn_app().await;
        register(&mut app, &form("34567891", "x@y.nl"), false).await;
        let id = employer_id(&app, "34567891").await;
        let other = app.add_employer("Bouw B.V.", "45678912").await;
        app.add_user(Role::Employer, "baas@example.nl", Some(other))
            .await;
        app.login("baas@example.nl", PASSWORD).await;
        assert_eq!(
            app.call_get("/api/pending_employers").await.status,
            StatusCode::FORBIDDEN
        );
        assert_eq!(
            app.get(&format!("/balie/aanmeldingen/{id}")).await.status,
            StatusCode::FORBIDDEN
        );
        let csrf = app.csrf_token().await;
        let res = app
            .post_form(
                "/api/approve_employer",
                &[
                    ("csrf", &csrf),
                    ("id", &id.to_string()),
                    ("account_manager", "1"),
                ],
                false,
            )
            .await;
        assert_eq!(res.status, StatusCode::FORBIDDEN);
        let status: String = sqlx::query_scalar("SELECT status FROM employers WHERE id = $1")
            .bind(id)
            .fetch_one(app.db().pool())
            .await
            .unwrap();
        assert_eq!(status, "pending");
    });
}

#[test]
fn declining_needs_a_reason_and_mails_it() {
    common::run(async {
        let mut app = spawn_app().await;
        register(&mut app, &form("56789123", "contact@z.nl"), false).await;
        let id = employer_id(&app, "56789123").await;
        app.add_user(Role::Desk, "desk@example.nl", None).await;
        app.login("desk@example.nl", PASSWORD).await;
        let csrf = app.csrf_token().await;
        let empty = app
            .post_form(
                "/api/decline_employer",
                &[("csrf", &csrf), ("id", &id.to_string()), ("reason", " ")],
                false,
            )
            .await;
        assert_eq!(empty.status, StatusCode::UNPROCESSABLE_ENTITY);
        let unknown = app
            .post_form(
                "/api/decline_employer",
                &[("csrf", &csrf), ("id", "99999"), ("reason", "x")],
                false,
            )
            .await;
        assert_eq!(unknown.status, StatusCode::NOT_FOUND);
        let res = app
            .post_form(
                "/api/decline_employer",
                &[
                    ("csrf", &csrf),
                    ("id", &id.to_string()),
                    ("reason", "Geen werkplekken in de regio."),
                ],
                false,
            )
            .await;
        assert_eq!(res.status, StatusCode::OK, "{}", res.body);
        let mails = app::store::outbox::for_address(app.db(), "contact@z.nl")
            .await
            .unwrap();
        assert_eq!(mails.len(), 1);
        assert!(mails[0].body_text.contains("Geen werkplekken in de regio."));
        // The desk sees it on the mail page.
        let page = app.get("/balie/post").await;
        assert_eq!(page.status, StatusCode::OK);
        assert!(
            page.body.contains("Geen werkplekken in de regio."),
            "{}",
            page.body
        );
        // Handled once: approving it now is refused and changes nothing.
        let again = app
            .post_form(
                "/api/approve_employer",
                &[
                    ("csrf", &csrf),
                    ("id", &id.to_string()),
                    ("account_manager", "1"),
                ],
                false,
            )
            .await;
        assert_eq!(again.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert_eq!(
            app.count("SELECT COUNT(*) FROM users WHERE role = 'employer'")
                .await,
            0
        );
    });
}

#[test]
fn unknown_ids_and_links_are_404_pages() {
    common::run(async {
        let mut app = spawn_app().await;
        app.add_user(Role::Desk, "desk@example.nl", None).await;
        app.login("desk@example.nl", PASSWORD).await;
        let res = app.get("/balie/aanmeldingen/424242").await;
        assert_eq!(res.status, StatusCode::NOT_FOUND);
        assert!(res.body.contains("Pagina niet gevonden"));
        assert_eq!(
            app.get("/balie/aanmeldingen/abc").await.status,
            StatusCode::NOT_FOUND
        );
        assert_eq!(
            app.get("/wachtwoord/0123").await.status,
            StatusCode::NOT_FOUND
        );
    });
}

#[test]
fn an_employer_user_invites_a_colleague_of_their_own_organisation_only() {
    common::run(async {
        let mut app = spawn_app().await;
        let mine = app.add_employer("Hotel Tiel", "11223344").await;
        let theirs = app.add_employer("Hotel Buren", "55667788").await;
        app.add_user(Role::Employer, "ander@buren.nl", Some(theirs))
            .await;
        app.add_user(Role::Employer, "baas@tiel.nl", Some(mine))
            .await;
        app.login("baas@tiel.nl", PASSWORD).await;

        let csrf = app.csrf_token().await;
        let bad = app
            .post_form(
                "/api/invite_colleague",
                &[("csrf", &csrf), ("name", ""), ("email", "geen")],
                false,
            )
            .await;
        assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(
            bad.body.contains("\"field\":\"name\"") && bad.body.contains("\"field\":\"email\"")
        );
        let taken = app
            .post_form(
                "/api/invite_colleague",
                &[("csrf", &csrf), ("name", "X"), ("email", "ander@buren.nl")],
                false,
            )
            .await;
        assert_eq!(taken.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert_eq!(app.count("SELECT COUNT(*) FROM users").await, 2);

        let res = app
            .post_form(
                "/api/invite_colleague",
                &[
                    ("csrf", &csrf),
                    ("name", "Sanne Smit"),
                    ("email", "sanne@tiel.nl"),
                ],
                false,
            )
            .await;
        assert_eq!(res.status, StatusCode::OK, "{}", res.body);
        let employer_of_new: Option<i64> =
            sqlx::query_scalar("SELECT employer_id FROM users WHERE email = 'sanne@tiel.nl'")
                .fetch_one(app.db().pool())
                .await
                .unwrap();
        assert_eq!(employer_of_new, Some(mine));
        let list = app.call_get("/api/colleagues").await;
        assert!(list.body.contains("sanne@tiel.nl") && list.body.contains("baas@tiel.nl"));
        assert!(
            !list.body.contains("ander@buren.nl"),
            "another organisation's users stay hidden"
        );
        let mail = &app::store::outbox::for_address(app.db(), "sanne@tiel.nl")
            .await
            .unwrap()[0];
        assert!(mail.body_text.contains("/wachtwoord/"));
        assert!(mail.subject.contains("Hotel Tiel"));

        // The desk cannot add users to an employer this way.
        app.cookies.remove("opstap_session");
        app.add_user(Role::Desk, "desk@example.nl", None).await;
        app.login("desk@example.nl", PASSWORD).await;
        let csrf = app.csrf_token().await;
        let res = app
            .post_form(
                "/api/invite_colleague",
                &[("csrf", &csrf), ("name", "Y"), ("email", "y@tiel.nl")],
                false,
            )
            .await;
        assert_eq!(res.status, StatusCode::FORBIDDEN);
    });
}
