//! Journey 4 through the server: the desk invites a buddy and pairs them; the buddy gets
//! what they need (and no more), sees only their own people, logs check-ins; a flag or a
//! low score reaches the consultant at once and stays open on the desk's home until it is
//! handled with a note.

use crate::common;

use crate::common::placed::{buddy, checkin, desk, mails, pair, pairing_of, placed, today};
use crate::common::{spawn_app, PASSWORD};
use app::domain::Role;
use axum::http::StatusCode;

#[test]
fn the_desk_invites_a_buddy_who_sets_a_password_and_logs_in() {
    common::run(async {
        let mut app = spawn_app().await;
        desk(&mut app).await;
        let csrf = app.csrf_token().await;
        let bad = app
            .post_form(
                "/api/invite_buddy",
                &[("csrf", &csrf), ("name", ""), ("email", "geen-adres")],
                false,
            )
            .await;
        assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(bad.body.contains("\"name\"") && bad.body.contains("\"email\""));
        let res = app
            .post_form(
                "/api/invite_buddy",
                &[
                    ("csrf", &csrf),
                    ("name", "Henk Smit"),
                    ("email", "henk@vrijwilligers.nl"),
                ],
                false,
            )
            .await;
        assert_eq!(res.location(), Some("/balie/buddies"));
        let again = app
            .post_form(
                "/api/invite_buddy",
                &[
                    ("csrf", &csrf),
                    ("name", "Henk Smit"),
                    ("email", "henk@vrijwilligers.nl"),
                ],
                false,
            )
            .await;
        assert_eq!(again.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(again.body.contains("heeft al een account"));
        let invitations = mails(&app, "buddy_invitation").await;
        assert_eq!(invitations.len(), 1);
        let (to, _, body) = &invitations[0];
        assert_eq!(to, "henk@vrijwilligers.nl");
        let token = common::link_token(body);
        let list = app.get("/balie/buddies").await;
        assert!(list.body.contains("Henk Smit") && list.body.contains("Uitgenodigd"));

        app.logout().await;
        let set = app.set_password(&token, PASSWORD, PASSWORD).await;
        assert_eq!(set.location(), Some("/buddy"), "{}", set.body);
        let home = app.get("/buddy").await;
        assert_eq!(home.status, StatusCode::OK);
    });
}

#[test]
fn the_buddy_gets_first_name_employer_address_and_the_phone_only_with_consent() {
    common::run(async {
        let mut app = spawn_app().await;
        let d = desk(&mut app).await;
        let henk = buddy(&app, "henk@vrijwilligers.nl").await;
        let (_, start) = today();
        let (_, without) = placed(
            &mut app, d.employer, "CL-1", "Sanne", None, "profile", &start,
        )
        .await;
        let (_, with) = placed(
            &mut app,
            d.employer,
            "CL-2",
            "Ayla",
            None,
            "profile_phone",
            &start,
        )
        .await;
        for placement in [without, with] {
            let res = pair(&mut app, placement, henk, &start, "weekly").await;
            assert_eq!(
                res.location(),
                Some(format!("/balie/plaatsingen/{placement}#buddy").as_str()),
                "{}",
                res.body
            );
        }
        // The same pairing posted twice is one pairing.
        pair(&mut app, with, henk, &start, "weekly").await;
        assert_eq!(app.count("SELECT COUNT(*) FROM buddy_pairings").await, 2);
        let sent = mails(&app, "buddy_paired").await;
        assert_eq!(sent.len(), 2);
        let (to, subject, first) = &sent[0];
        assert_eq!(to, "henk@vrijwilligers.nl");
        assert!(subject.contains("Sanne"));
        for needed in [
            "Sanne",
            "Hoveniers Tiel",
            "Kerkstraat 1, 4001 AB Tiel",
            "/buddy/koppelingen/",
        ] {
            assert!(first.contains(needed), "{needed} missing: {first}");
        }
        for private in [
            "van der Berg",
            "06 1234 5678",
            "geheim@mail.example",
            "Schuldhulp",
        ] {
            assert!(!first.contains(private), "{private} leaked: {first}");
        }
        assert!(sent[1].2.contains("06 1234 5678"), "{}", sent[1].2);

        // The buddy's pages say the same.
        app.logout().await;
        app.login("henk@vrijwilligers.nl", PASSWORD).await;
        let home = app.get("/buddy").await;
        assert!(home.body.contains("Sanne") && home.body.contains("Ayla"));
        assert!(!home.body.contains("van der Berg"));
        let page = app
            .get(&format!(
                "/buddy/koppelingen/{}",
                pairing_of(&app, without).await
            ))
            .await;
        assert!(page.body.contains("Kerkstraat 1, 4001 AB Tiel"));
        assert!(!page.body.contains("06 1234 5678") && !page.body.contains("Schuldhulp"));
        let page = app
            .get(&format!(
                "/buddy/koppelingen/{}",
                pairing_of(&app, with).await
            ))
            .await;
        assert!(page.body.contains("06 1234 5678"));
    });
}

#[test]
fn a_buddy_sees_and_writes_only_their_own_pairings() {
    common::run(async {
        let mut app = spawn_app().await;
        let d = desk(&mut app).await;
        let henk = buddy(&app, "henk@vrijwilligers.nl").await;
        buddy(&app, "els@vrijwilligers.nl").await;
        let (_, start) = today();
        let (_, placement) = placed(
            &mut app, d.employer, "CL-1", "Sanne", None, "profile", &start,
        )
        .await;
        pair(&mut app, placement, henk, &start, "weekly").await;
        let pairing = pairing_of(&app, placement).await;

        app.logout().await;
        app.login("els@vrijwilligers.nl", PASSWORD).await;
        let page = app.get(&format!("/buddy/koppelingen/{pairing}")).await;
        assert_eq!(page.status, StatusCode::NOT_FOUND);
        assert!(!page.body.contains("Sanne"));
        assert_eq!(
            app.call_get(&format!("/api/pairing?id={pairing}"))
                .await
                .status,
            StatusCode::NOT_FOUND
        );
        assert_eq!(
            checkin(&mut app, pairing, "4", false, &[]).await.status,
            StatusCode::NOT_FOUND
        );
        assert!(!app.get("/buddy").await.body.contains("Sanne"));
        assert_eq!(app.count("SELECT COUNT(*) FROM checkins").await, 0);
        assert_eq!(
            app.get("/buddy/koppelingen/999999").await.status,
            StatusCode::NOT_FOUND
        );

        // Buddies cannot pair or see the desk's pages; the desk cannot log check-ins.
        assert_eq!(
            pair(&mut app, placement, henk, &start, "monthly")
                .await
                .status,
            StatusCode::FORBIDDEN
        );
        app.logout().await;
        app.login("desk@example.nl", PASSWORD).await;
        assert_eq!(
            checkin(&mut app, pairing, "4", false, &[]).await.status,
            StatusCode::FORBIDDEN
        );
        app.add_user(Role::Employer, "baas@hoveniers.nl", Some(d.employer))
            .await;
        app.logout().await;
        app.login("baas@hoveniers.nl", PASSWORD).await;
        assert_eq!(
            app.call_get(&format!("/api/pairing?id={pairing}"))
                .await
                .status,
            StatusCode::FORBIDDEN
        );
    });
}

#[test]
fn a_flag_or_a_low_score_reaches_the_consultant_at_once_and_stays_open_until_handled() {
    common::run(async {
        let mut app = spawn_app().await;
        let d = desk(&mut app).await;
        let consultant = app.add_user(Role::Desk, "consulent@example.nl", None).await;
        let henk = buddy(&app, "henk@vrijwilligers.nl").await;
        let (_, start) = today();
        let (_, placement) = placed(
            &mut app,
            d.employer,
            "CL-1",
            "Sanne",
            Some(consultant),
            "profile",
            &start,
        )
        .await;
        pair(&mut app, placement, henk, &start, "weekly").await;
        let pairing = pairing_of(&app, placement).await;
        app.logout().await;
        app.login("henk@vrijwilligers.nl", PASSWORD).await;

        // Bad input: a message per field, nothing stored.
        let bad = checkin(
            &mut app,
            pairing,
            "9",
            false,
            &[("mode", "pigeon"), ("held_on", "2999-01-01")],
        )
        .await;
        assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
        for field in ["\"held_on\"", "\"mode\"", "\"score\""] {
            assert!(bad.body.contains(field), "{field}: {}", bad.body);
        }
        assert!(bad.body.contains("van 1 (slecht) tot 5 (goed)"));
        assert_eq!(app.count("SELECT COUNT(*) FROM checkins").await, 0);

        // A good check-in: stored, no alert.
        let ok = checkin(&mut app, pairing, "4", false, &[]).await;
        assert_eq!(
            ok.location(),
            Some(format!("/buddy/koppelingen/{pairing}?opgeslagen=1").as_str())
        );
        // Posted twice: one check-in.
        checkin(&mut app, pairing, "4", false, &[]).await;
        assert_eq!(app.count("SELECT COUNT(*) FROM checkins").await, 1);
        assert!(mails(&app, "checkin_alert").await.is_empty());

        // The flag: the consultant hears at once.
        checkin(
            &mut app,
            pairing,
            "3",
            true,
            &[("notes_work", "Ruzie met de chef")],
        )
        .await;
        let alerts = mails(&app, "checkin_alert").await;
        assert_eq!(alerts.len(), 1);
        assert_eq!(alerts[0].0, "consulent@example.nl");
        assert!(alerts[0].2.contains("/balie/signalen/"), "{}", alerts[0].2);
        assert!(!alerts[0].2.contains("Ruzie"), "notes stay in the portal");
        // A score of 2 without the flag also alerts.
        checkin(&mut app, pairing, "2", false, &[("notes_work", "Moe")]).await;
        assert_eq!(mails(&app, "checkin_alert").await.len(), 2);
        let flagged: Vec<i64> = sqlx::query_scalar(
            "SELECT id FROM checkins WHERE needs_desk = 1 OR score <= 2 ORDER BY id",
        )
        .fetch_all(app.db().pool())
        .await
        .unwrap();
        assert_eq!(flagged.len(), 2);

        // The desk's home lists both until they are handled.
        app.logout().await;
        app.login("consulent@example.nl", PASSWORD).await;
        let home = app.get("/balie").await;
        for id in &flagged {
            assert!(
                home.body.contains(&format!("/balie/signalen/{id}")),
                "{}",
                home.body
            );
        }
        let csrf = app.csrf_token().await;
        let id = flagged[0].to_string();
        let empty = app
            .post_form(
                "/api/handle_flag",
                &[
                    ("csrf", &csrf),
                    ("checkin", &id),
                    ("note", " "),
                    ("back", "balie"),
                ],
                false,
            )
            .await;
        assert_eq!(empty.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(empty.body.contains("\"note\""));
        let done = app
            .post_form(
                "/api/handle_flag",
                &[
                    ("csrf", &csrf),
                    ("checkin", &id),
                    ("note", "Gebeld met de chef"),
                    ("back", "balie"),
                ],
                false,
            )
            .await;
        assert_eq!(done.location(), Some("/balie#signalen"));
        // Handled twice: the first note stays.
        app.post_form(
            "/api/handle_flag",
            &[
                ("csrf", &csrf),
                ("checkin", &id),
                ("note", "Nog eens"),
                ("back", ""),
            ],
            false,
        )
        .await;
        let (note, by): (String, i64) =
            sqlx::query_as("SELECT flag_note, flag_handled_by FROM checkins WHERE id = $1")
                .bind(flagged[0])
                .fetch_one(app.db().pool())
                .await
                .unwrap();
        assert_eq!((note.as_str(), by), ("Gebeld met de chef", consultant));
        let home = app.get("/balie").await;
        assert!(!home
            .body
            .contains(&format!("/balie/signalen/{}", flagged[0])));
        assert!(home
            .body
            .contains(&format!("/balie/signalen/{}", flagged[1])));
        // The placement's story shows the check-ins and the handled flag with its note.
        let story = app.get(&format!("/balie/plaatsingen/{placement}")).await;
        assert!(
            story.body.contains("Ruzie met de chef") && story.body.contains("Gebeld met de chef")
        );
    });
}
