//! The intake record and the participation ladder (issue #19): a held conversation's
//! intake puts the person in the pool (once, however often the form is posted), a refused
//! form stores nothing, later measurements build the ladder's history, the work list shows
//! what is due, and the report's intake and ladder figures match numbers worked out by hand.

use crate::campaigns::{csrf_post, invitation_of, outcome, setup, wave, Setup};
use crate::common::{self, spawn_app, TestApp};
use app::domain::dates::{day_of, iso_date, local_moment};
use axum::http::StatusCode;

/// The intake form as a consultant fills it in for Sanne.
fn sanne(invitation: i64, held_on: &str) -> Vec<(String, String)> {
    [
        ("id", invitation.to_string()),
        ("held_on", held_on.to_string()),
        ("email", "sanne@example.nl".into()),
        ("phone", "".into()),
        ("education_level", "mbo2".into()),
        ("education", "MBO 2 Helpende Zorg (2012)".into()),
        ("work_experience", "Thuiszorg, 4 jaar".into()),
        ("skills", "Koken voor groepen".into()),
        ("dutch_level", "B1".into()),
        ("languages", "Engels".into()),
        ("language_course", "on".into()),
        ("hours_available", "24".into()),
        ("transport_bike", "on".into()),
        ("sector_care", "on".into()),
        ("talents", "Geduld".into()),
        ("hobbies", "Tuinieren".into()),
        ("ambitions", "Verzorgende IG worden".into()),
        ("group_status_holder", "on".into()),
        ("motivation", "high".into()),
        ("obstacle_debts", "on".into()),
        ("obstacle_notes", "Schuldhulp sinds maart".into()),
        ("ladder_step", "3".into()),
        ("ladder_potential", "5".into()),
        ("consent_scope", "profile".into()),
        ("consent_date", held_on.to_string()),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_string(), v))
    .collect()
}

async fn post(app: &mut TestApp, path: &str, fields: &[(String, String)]) -> common::Response {
    let pairs: Vec<(&str, &str)> = fields
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    csrf_post(app, path, &pairs).await
}

fn with(mut fields: Vec<(String, String)>, changes: &[(&str, &str)]) -> Vec<(String, String)> {
    for (k, v) in changes {
        fields.retain(|(name, _)| name != k);
        fields.push((k.to_string(), v.to_string()));
    }
    fields
}

async fn counts(app: &TestApp) -> [i64; 4] {
    [
        app.count("SELECT COUNT(*) FROM candidates").await,
        app.count("SELECT COUNT(*) FROM intakes").await,
        app.count("SELECT COUNT(*) FROM ladder_measurements").await,
        app.count("SELECT COUNT(*) FROM consents").await,
    ]
}

/// The lines of a report table's CSV for the two weeks around `monday`.
async fn report(app: &mut TestApp, table: &str, monday: i64) -> Vec<String> {
    let res = app
        .get(&format!(
            "/balie/rapportages/csv/{table}?van={}&tot={}",
            iso_date(monday - 7),
            iso_date(monday + 7)
        ))
        .await;
    assert_eq!(res.status, StatusCode::OK, "{table}: {}", res.body);
    res.body
        .trim_start_matches('\u{feff}')
        .lines()
        .map(str::to_string)
        .collect()
}

#[test]
fn an_intake_puts_the_person_in_the_pool_once_and_the_ladder_figures_add_up() {
    common::run(async {
        let mut app = spawn_app().await;
        let today = day_of(app::clock::now());
        let s = setup(&mut app).await;
        assert_eq!(
            wave(&mut app, &s, s.monday, "3").await.status,
            StatusCode::OK
        );
        let (henk, sanne_inv, yusuf) = (
            invitation_of(&app, "K2002").await,
            invitation_of(&app, "K2003").await,
            invitation_of(&app, "K2004").await,
        );
        let monday = iso_date(s.monday);

        // Before the conversation is recorded as held, there is no intake to record.
        let early = post(&mut app, "/api/save_intake", &sanne(henk, &monday)).await;
        assert_eq!(early.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(
            early
                .body
                .contains("Leg eerst vast dat het gesprek is gevoerd"),
            "{}",
            early.body
        );
        assert_eq!(counts(&app).await, [0, 0, 0, 0]);

        // Monday 10:30: Sanne's conversation was held.
        app.state.clock.set(local_moment(s.monday, 630));
        assert_eq!(
            outcome(&mut app, sanne_inv, "held", "", "").await.status,
            StatusCode::OK
        );
        let form = app
            .get(&format!("/balie/intake/uitnodigingen/{sanne_inv}/intake"))
            .await;
        assert_eq!(form.status, StatusCode::OK);
        assert!(
            form.body.contains("Intakegesprek vastleggen")
                && form.body.contains("sanne@example.nl")
        );

        // A form with mistakes names each field and stores nothing.
        let bad = with(
            sanne(sanne_inv, &monday),
            &[
                ("hours_available", "60"),
                ("ladder_potential", "2"),
                ("sector_care", ""),
                ("held_on", &iso_date(s.monday + 1)),
            ],
        );
        let res = post(&mut app, "/api/save_intake", &bad).await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
        for field in [
            "\"hours_available\"",
            "\"sectors_wanted\"",
            "\"ladder_potential\"",
            "\"held_on\"",
        ] {
            assert!(res.body.contains(field), "{field}: {}", res.body);
        }
        assert_eq!(counts(&app).await, [0, 0, 0, 0]);

        // The intake: Sanne is now a candidate, with what the caseload says of who she is.
        let res = post(&mut app, "/api/save_intake", &sanne(sanne_inv, &monday)).await;
        assert_eq!(res.status, StatusCode::OK, "{}", res.body);
        assert_eq!(counts(&app).await, [1, 1, 1, 1]);
        let again = post(&mut app, "/api/save_intake", &sanne(sanne_inv, &monday)).await;
        assert_eq!(again.status, StatusCode::OK, "{}", again.body);
        assert_eq!(
            counts(&app).await,
            [1, 1, 1, 1],
            "the same form twice: one of each"
        );
        let (candidate, number, name, hours, groups): (i64, String, String, i64, String) = sqlx::query_as(
            "SELECT id, client_number, first_name || ' ' || last_name, hours_available, target_groups FROM candidates",
        )
        .fetch_one(app.db().pool())
        .await
        .unwrap();
        assert_eq!(
            (number.as_str(), name.as_str(), hours),
            ("K2003", "Sanne Bos", 24)
        );
        // On assistance since 2020 (from the caseload) and a status holder (from the talk).
        assert!(
            groups.contains("long_term") && groups.contains("status_holder"),
            "{groups}"
        );
        assert_eq!(
            app.count(&format!(
                "SELECT debts FROM candidate_obstacles WHERE candidate_id = {candidate}"
            ))
            .await,
            1
        );
        assert_eq!(
            app.count("SELECT candidate_id FROM caseload_clients WHERE client_number = 'K2003'")
                .await,
            candidate
        );
        // In the pool and matchable; the candidate's page shows the intake and the ladder.
        let pool = app.get("/balie/kandidaten?q=Sanne").await;
        assert!(pool.body.contains("Sanne Bos"), "{}", pool.body);
        let matches = app
            .get(&format!("/balie/kandidaten/{candidate}/vacatures"))
            .await;
        assert_eq!(matches.status, StatusCode::OK);
        let page = app.get(&format!("/balie/kandidaten/{candidate}")).await;
        assert!(
            page.body
                .contains("3 – deelname aan georganiseerde activiteiten"),
            "{}",
            page.body
        );
        assert!(
            page.body.contains("MBO 2 Helpende Zorg (2012)")
                && page.body.contains("taalcursus nodig")
        );
        assert!(
            page.body.contains("Schuldhulp sinds maart"),
            "stress factors on the desk's page"
        );

        // 11:30: Yusuf's conversation, step 2 with room to 4, no consent yet.
        app.state.clock.set(local_moment(s.monday, 690));
        assert_eq!(
            outcome(&mut app, yusuf, "held", "", "").await.status,
            StatusCode::OK
        );
        let y = with(
            sanne(yusuf, &monday),
            &[
                ("email", "yusuf@example.nl"),
                ("ladder_step", "2"),
                ("ladder_potential", "4"),
                ("consent_scope", ""),
                ("obstacle_debts", ""),
                ("group_status_holder", ""),
            ],
        );
        assert_eq!(
            post(&mut app, "/api/save_intake", &y).await.status,
            StatusCode::OK
        );
        assert_eq!(
            outcome(&mut app, henk, "no_show", "", "").await.status,
            StatusCode::OK
        );

        // Sanne measured again the same day (step 4): once, however often posted; a date
        // ahead is refused.
        let c = candidate.to_string();
        let ladder = |day: String| {
            vec![
                ("id".to_string(), c.clone()),
                ("measured_on".to_string(), day),
                ("step".to_string(), "4".to_string()),
                ("potential".to_string(), "5".to_string()),
                (
                    "note".to_string(),
                    "Vrijwilligerswerk in de buurtkamer".to_string(),
                ),
            ]
        };
        for _ in 0..2 {
            assert_eq!(
                post(&mut app, "/api/record_ladder", &ladder(monday.clone()))
                    .await
                    .status,
                StatusCode::OK
            );
        }
        let ahead = post(
            &mut app,
            "/api/record_ladder",
            &ladder(iso_date(s.monday + 1)),
        )
        .await;
        assert_eq!(ahead.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(ahead.body.contains("in de toekomst"), "{}", ahead.body);
        assert_eq!(
            app.count("SELECT COUNT(*) FROM ladder_measurements").await,
            3
        );

        // By hand, for the two weeks around Monday. Invitations: Lochem — Sanne held,
        // Henk no-show; Zutphen — Yusuf held. Young: Yusuf; over 50: Henk; on assistance a
        // year or more: all three. Ladder: Sanne 3 → 4 (up), Yusuf on 2 (measured once).
        let lines = report(&mut app, "intake-gemeente", s.monday).await;
        assert!(
            lines.contains(&"Lochem;1;0;1;0;0;2".to_string()),
            "{lines:?}"
        );
        assert!(
            lines.contains(&"Zutphen;1;0;0;0;0;1".to_string()),
            "{lines:?}"
        );
        assert!(
            lines.contains(&"Totaal;2;0;1;0;0;3".to_string()),
            "{lines:?}"
        );
        let lines = report(&mut app, "intake-doelgroep", s.monday).await;
        assert!(
            lines.contains(&"Jongeren;1;0;0;0;0;1".to_string()),
            "{lines:?}"
        );
        assert!(
            lines.contains(&"50-plussers;0;0;1;0;0;1".to_string()),
            "{lines:?}"
        );
        assert!(
            lines.contains(&"Langdurig werkzoekend;2;0;1;0;0;3".to_string()),
            "{lines:?}"
        );
        let left = today + 69 - s.monday;
        let lines = report(&mut app, "intake-campagnes", s.monday).await;
        assert!(
            lines.contains(&format!("Iedereen in beeld;2;4;50;5;{left}")),
            "{lines:?}"
        );
        let lines = report(&mut app, "trede", s.monday).await;
        assert!(
            lines.contains(&"2 – sociale contacten buiten de deur;1".to_string()),
            "{lines:?}"
        );
        assert!(
            lines.contains(&"3 – deelname aan georganiseerde activiteiten;0".to_string()),
            "{lines:?}"
        );
        assert!(
            lines.contains(&"4 – onbetaald werk;1".to_string()),
            "{lines:?}"
        );
        let lines = report(&mut app, "trede-richting", s.monday).await;
        assert_eq!(
            &lines[1..],
            ["Omhoog;1", "Gelijk gebleven;0", "Omlaag;0"],
            "{lines:?}"
        );
        // Zutphen alone: Yusuf on 2, measured once, so no movement.
        let zutphen = |table: &str| {
            format!(
                "/balie/rapportages/csv/{table}?van={}&tot={}&gemeente=Zutphen",
                iso_date(s.monday - 7),
                iso_date(s.monday + 7)
            )
        };
        let steps = app.get(&zutphen("trede")).await.body;
        assert!(
            steps.contains("2 – sociale contacten buiten de deur;1")
                && steps.contains("4 – onbetaald werk;0"),
            "{steps}"
        );
        let moved = app.get(&zutphen("trede-richting")).await.body;
        assert!(moved.contains("Omhoog;0"), "{moved}");
        let outcomes = app.get(&zutphen("intake-gemeente")).await.body;
        assert!(
            outcomes.contains("Zutphen;1;0;0;0;0;1") && !outcomes.contains("Lochem"),
            "{outcomes}"
        );
        let lines = report(&mut app, "trede-beweging", s.monday).await;
        assert!(
            lines.contains(&"3 – deelname aan georganiseerde activiteiten;0;0;0;1;0;0".to_string()),
            "{lines:?}"
        );
        assert!(
            lines.contains(&"2 – sociale contacten buiten de deur;0;0;0;0;0;0".to_string()),
            "{lines:?}"
        );

        // The work list: two still to invite, Henk to follow up, no measurement due yet —
        // until half a year has gone by.
        let work = app.call_get("/api/intake_work").await;
        assert_eq!(work.status, StatusCode::OK);
        assert!(
            work.body.contains("\"no_shows_total\":1") && work.body.contains("\"ladder_total\":0"),
            "{}",
            work.body
        );
        assert!(
            work.body.contains("Iedereen in beeld\",2]"),
            "{}",
            work.body
        );
        app.state.clock.set(local_moment(s.monday + 182, 600));
        let work = app.call_get("/api/intake_work").await;
        assert!(work.body.contains("\"ladder_total\":2"), "{}", work.body);
        let page = app.get(&format!("/balie/kandidaten/{candidate}")).await;
        assert!(
            page.body.contains("De volgende meting is te laat"),
            "{}",
            page.body
        );
    });
}

#[test]
fn an_erased_person_leaves_only_coarse_facts_and_comes_back_as_a_new_client() {
    use app::domain::ids::CandidateId;
    use app::domain::retention::Cause;
    common::run(async {
        let mut app = spawn_app().await;
        let s = setup(&mut app).await;
        assert_eq!(
            wave(&mut app, &s, s.monday, "3").await.status,
            StatusCode::OK
        );
        let sanne_inv = invitation_of(&app, "K2003").await;
        let monday = iso_date(s.monday);
        app.state.clock.set(local_moment(s.monday, 630));
        assert_eq!(
            outcome(&mut app, sanne_inv, "held", "", "").await.status,
            StatusCode::OK
        );
        let res = post(&mut app, "/api/save_intake", &sanne(sanne_inv, &monday)).await;
        assert_eq!(res.status, StatusCode::OK, "{}", res.body);
        let candidate = app.count("SELECT id FROM candidates").await;
        // The first campaign closes; a second one in Lochem has her planned for Tuesday
        // (someone is in one running campaign at a time).
        let first = s.campaign.to_string();
        let res = csrf_post(
            &mut app,
            "/api/close_campaign",
            &[("id", &first), ("confirm", "on")],
        )
        .await;
        assert_eq!(res.status, StatusCode::OK, "{}", res.body);
        let desk = app
            .count("SELECT id FROM users WHERE email = 'desk@example.nl'")
            .await
            .to_string();
        let res = csrf_post(
            &mut app,
            "/api/create_campaign",
            &[
                ("name", "Lochem werkt"),
                ("starts_on", &monday),
                ("ends_on", &iso_date(s.monday + 30)),
                ("target", "3"),
                ("municipality", "Lochem"),
                ("consultants[0]", &desk),
            ],
        )
        .await;
        assert_eq!(res.status, StatusCode::OK, "{}", res.body);
        let second = app.count("SELECT MAX(id) FROM campaigns").await;
        let res = wave(
            &mut app,
            &Setup {
                campaign: second,
                monday: s.monday,
            },
            s.monday + 1,
            "2",
        )
        .await;
        assert_eq!(res.status, StatusCode::OK, "{}", res.body);
        let planned = invitation_of(&app, "K2003").await;
        assert_ne!(planned, sanne_inv);

        // Erased on her request (the store call the admin's erasure makes).
        let now = app.state.clock.now();
        let mut tx = app.db().write().await.unwrap();
        assert!(app::store::privacy::anonymise(
            &mut tx,
            CandidateId(candidate),
            Cause::Request,
            "Verzoek per brief",
            None,
            &iso_date(day_of(now)),
            now,
        )
        .await
        .unwrap());
        tx.commit().await.unwrap();

        let (number, first, last, postcode, start): (String, String, String, String, String) =
            sqlx::query_as(
                "SELECT client_number, first_name, last_name, postcode, benefit_start FROM caseload_clients \
                 WHERE candidate_id = $1",
            )
            .bind(candidate)
            .fetch_one(app.db().pool())
            .await
            .unwrap();
        assert!(number.starts_with("gewist-"), "{number}");
        assert_eq!(
            (first.as_str(), last.as_str(), postcode.as_str()),
            ("", "Geanonimiseerd", "7241")
        );
        assert!(start.ends_with("-01") && start.len() == 10, "{start}");
        let (education, note): (String, String) = sqlx::query_as(
            "SELECT i.education, l.note FROM intakes i JOIN ladder_measurements l ON l.intake_id = i.id",
        )
        .fetch_one(app.db().pool())
        .await
        .unwrap();
        assert_eq!((education.as_str(), note.as_str()), ("", ""));

        // Her Tuesday appointment is called off, and the second campaign counts her as
        // exempted (data erased), not as waiting; no wave will write to her.
        let (status, reason): (String, String) =
            sqlx::query_as("SELECT status, exemption_reason FROM invitations WHERE id = $1")
                .bind(planned)
                .fetch_one(app.db().pool())
                .await
                .unwrap();
        assert_eq!((status.as_str(), reason.as_str()), ("exempted", "erased"));
        assert_eq!(
            app.count(&format!(
                "SELECT COUNT(*) FROM campaign_members m JOIN caseload_clients k ON k.id = m.client_id \
                 WHERE m.campaign_id = {second} AND k.last_name = 'Geanonimiseerd' AND m.state = 'exempted'"
            ))
            .await,
            1
        );
        let page = app
            .get(&format!("/balie/intake/uitnodigingen/{planned}"))
            .await;
        assert!(page.body.contains("gegevens gewist"), "{}", page.body);

        // Nothing more is written about her: not the intake again, not a measurement.
        let again = post(&mut app, "/api/save_intake", &sanne(sanne_inv, &monday)).await;
        assert_eq!(again.status, StatusCode::GONE, "{}", again.body);
        let ladder = [
            ("id".to_string(), candidate.to_string()),
            ("measured_on".to_string(), monday.clone()),
            ("step".to_string(), "4".to_string()),
            ("potential".to_string(), "5".to_string()),
            ("note".to_string(), String::new()),
        ];
        let res = post(&mut app, "/api/record_ladder", &ladder).await;
        assert_eq!(res.status, StatusCode::GONE, "{}", res.body);
        assert_eq!(
            app.count("SELECT COUNT(*) FROM ladder_measurements").await,
            1
        );

        // The benefits system's next export still has her: a new client, not a name written
        // back into the erased row, and one a later intake can make a candidate of again.
        let csrf = app.csrf_token().await;
        let export = "klantnummer;naam;adres;postcode;gemeente;geboortejaar;startdatum uitkering\n\
                      K2003;Sanne Bos;Markt 3;7241 AC;Lochem;1990;2020-01-01\n";
        let res = app
            .post_multipart(
                "/balie/intake/inlezen",
                &[("csrf", &csrf)],
                ("file", "b.csv", export.as_bytes()),
            )
            .await;
        let import = res
            .location()
            .and_then(|l| l.rsplit('/').next())
            .unwrap()
            .to_string();
        // The preview says who the file leaves out: the five others (her erased row is no
        // client any more).
        let preview = app.get(&format!("/balie/intake/import/{import}")).await;
        assert!(
            preview
                .body
                .contains("5 klanten uit het klantenbestand staan niet in dit bestand"),
            "{}",
            preview.body
        );
        let res = csrf_post(&mut app, "/api/store_caseload_import", &[("id", &import)]).await;
        assert_eq!(res.status, StatusCode::OK, "{}", res.body);
        assert_eq!(
            app.count("SELECT COUNT(*) FROM caseload_clients WHERE last_name = 'Geanonimiseerd'")
                .await,
            1,
            "the erased row stays erased"
        );
        assert_eq!(
            app.count(
                "SELECT COUNT(*) FROM caseload_clients WHERE client_number = 'K2003' \
                 AND first_name = 'Sanne' AND candidate_id IS NULL"
            )
            .await,
            1
        );
        // A campaign started now takes the new row, never the erased one.
        let members = app::store::campaigns::caseload_facts(app.db())
            .await
            .unwrap();
        let erased = app
            .count("SELECT id FROM caseload_clients WHERE last_name = 'Geanonimiseerd'")
            .await;
        assert!(members.iter().all(|m| m.id != erased));
        assert_eq!(
            members.len(),
            6,
            "the five others of the first export and Sanne again"
        );
    });
}
