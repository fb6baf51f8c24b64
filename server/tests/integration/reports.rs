//! The report figures for a small hand-made region, compared with numbers worked out by
//! hand (issue #6: funnel, medians, retention, savings and the rest), and who may ask.

use crate::common;

use crate::common::{spawn_app, TestApp, PASSWORD};
use app::domain::dates::parse_iso_date;
use app::domain::reports::Period;
use app::domain::Role;
use axum::http::StatusCode;

fn secs(day: &str) -> i64 {
    parse_iso_date(day).expect("date") * 86_400 + 10 * 3600
}

async fn exec(app: &TestApp, sql: &str) {
    sqlx::query(sql)
        .execute(app.db().pool())
        .await
        .unwrap_or_else(|e| panic!("{sql}: {e}"));
}

async fn id(app: &TestApp, sql: &str) -> i64 {
    sqlx::query_scalar(sql)
        .fetch_one(app.db().pool())
        .await
        .unwrap_or_else(|e| panic!("{sql}: {e}"))
}

async fn candidate(app: &TestApp, client: &str, town: &str, registered: &str, groups: &str) -> i64 {
    id(
        app,
        &format!(
            "INSERT INTO candidates (client_number, first_name, last_name, municipality, postcode, birth_year, \
             education_level, dutch_level, hours_available, target_groups, status, registered_on, created_at, updated_at) \
             VALUES ('{client}', 'Kim', 'Jansen', '{town}', '4001 AB', 1980, 'mbo2', 'B1', 32, '{groups}', 'placed', \
             '{registered}', 0, 0) RETURNING id"
        ),
    )
    .await
}

struct Placement<'a> {
    candidate: i64,
    employer: i64,
    kind: &'a str,
    start: &'a str,
    ended: Option<&'a str>,
    sroi: i64,
    exit: &'a str,
}

async fn placement(app: &TestApp, p: Placement<'_>) -> i64 {
    let ended = p.ended.map(|e| format!("'{e}'")).unwrap_or("NULL".into());
    id(
        app,
        &format!(
            "INSERT INTO placements (candidate_id, employer_id, kind, start_date, hours, contract_type, sroi_value, \
             benefit_exit, outcome, ended_on, created_at) VALUES ({}, {}, '{}', '{}', 24, 'temporary', {}, '{}', \
             'working', {ended}, 0) RETURNING id",
            p.candidate, p.employer, p.kind, p.start, p.sroi, p.exit
        ),
    )
    .await
}

async fn proposal(
    app: &TestApp,
    opening: i64,
    candidate: i64,
    steps: &[(&str, &str)],
    reason: Option<&str>,
) {
    let (_, created) = steps[0];
    let (last, _) = steps[steps.len() - 1];
    let reason = reason.map(|r| format!("'{r}'")).unwrap_or("NULL".into());
    let p = id(
        app,
        &format!(
            "INSERT INTO proposals (opening_id, candidate_id, motivation, status, decline_reason, created_at, updated_at) \
             VALUES ({opening}, {candidate}, 'Past goed', '{last}', {reason}, {}, {}) RETURNING id",
            secs(created),
            secs(created)
        ),
    )
    .await;
    for (status, day) in steps {
        exec(
            app,
            &format!(
                "INSERT INTO proposal_events (proposal_id, status, at) VALUES ({p}, '{status}', {})",
                secs(day)
            ),
        )
        .await;
    }
}

/// The region of the test, described in the comments next to the expected figures.
async fn region(app: &TestApp) {
    let noord = app.add_employer("Bakkerij Noord", "11111111").await;
    exec(
        app,
        &format!("UPDATE employers SET sector = 'retail' WHERE id = {noord}"),
    )
    .await;
    let zuid = app.add_employer("Zorg Zuid", "22222222").await;
    let c1 = candidate(app, "C1", "Tiel", "2026-01-01", "over_50").await;
    let c2 = candidate(app, "C2", "Tiel", "2026-02-01", "long_term,young").await;
    let c3 = candidate(app, "C3", "Buren", "2025-12-01", "").await;
    let p1 = placement(
        app,
        Placement {
            candidate: c1,
            employer: noord,
            kind: "job",
            start: "2026-01-31",
            ended: None,
            sroi: 1000,
            exit: "full",
        },
    )
    .await;
    let p2 = placement(
        app,
        Placement {
            candidate: c2,
            employer: zuid,
            kind: "learning_place",
            start: "2026-03-03",
            ended: Some("2026-03-12"),
            sroi: 2500,
            exit: "partial",
        },
    )
    .await;
    placement(
        app,
        Placement {
            candidate: c3,
            employer: noord,
            kind: "job",
            start: "2026-03-01",
            ended: None,
            sroi: 0,
            exit: "none",
        },
    )
    .await;
    let p4 = placement(
        app,
        Placement {
            candidate: c1,
            employer: zuid,
            kind: "trial",
            start: "2025-06-01",
            ended: Some("2025-12-31"),
            sroi: 400,
            exit: "full",
        },
    )
    .await;

    let maker = app.add_user(Role::Desk, "maker@example.nl", None).await;
    let o1 = app.published_opening(noord, maker, "Verkoper").await;
    let o2 = app.published_opening(zuid, maker, "Helpende").await;
    proposal(
        app,
        o1,
        c1,
        &[
            ("proposed", "2026-02-01"),
            ("seen", "2026-02-03"),
            ("interview", "2026-02-10"),
            ("hired", "2026-02-21"),
        ],
        None,
    )
    .await;
    proposal(
        app,
        o1,
        c2,
        &[
            ("proposed", "2026-02-05"),
            ("seen", "2026-02-06"),
            ("declined", "2026-02-08"),
        ],
        Some("hours"),
    )
    .await;
    proposal(app, o1, c3, &[("proposed", "2026-02-07")], None).await;
    proposal(
        app,
        o2,
        c1,
        &[
            ("proposed", "2026-03-01"),
            ("seen", "2026-03-02"),
            ("interview", "2026-03-09"),
            ("trial", "2026-03-20"),
            ("hired", "2026-04-10"),
        ],
        None,
    )
    .await;
    proposal(
        app,
        o2,
        c3,
        &[("proposed", "2025-11-01"), ("seen", "2025-11-02")],
        None,
    )
    .await;

    for (placement, months, due, answer) in [
        (p1, 1, "2026-02-28", Some(1)),
        (p1, 3, "2026-04-30", Some(1)),
        (p1, 6, "2026-07-31", Some(0)),
        (p1, 12, "2027-01-31", None),
        (p2, 1, "2026-04-03", None),
        (p2, 3, "2026-06-03", Some(0)),
    ] {
        let (at, still) = match answer {
            Some(a) => ("1".to_string(), a.to_string()),
            None => ("NULL".to_string(), "NULL".to_string()),
        };
        exec(app, &format!("INSERT INTO retention_checks (placement_id, months, due_on, confirmed_at, still_working) VALUES ({placement}, {months}, '{due}', {at}, {still})")).await;
    }

    let b1 = app.add_user(Role::Buddy, "b1@example.nl", None).await;
    let b2 = app.add_user(Role::Buddy, "b2@example.nl", None).await;
    let mut pairings = Vec::new();
    for (placement, buddy, start, end) in [
        (p1, b1, "2026-01-31", "NULL".to_string()),
        (p2, b2, "2026-03-03", "'2026-03-12'".to_string()),
        (p4, b1, "2025-06-01", "'2025-12-31'".to_string()),
    ] {
        pairings.push(id(app, &format!("INSERT INTO buddy_pairings (placement_id, buddy_id, start_date, end_date, rhythm, created_at) VALUES ({placement}, {buddy}, '{start}', {end}, 'weekly', 0) RETURNING id")).await);
    }
    for (pairing, held, score, flag, handled) in [
        (pairings[0], "2026-02-07", 4, 0, "NULL"),
        (pairings[0], "2026-02-14", 2, 0, "5"),
        (pairings[1], "2026-03-05", 3, 1, "NULL"),
        (pairings[2], "2025-07-01", 1, 1, "NULL"),
    ] {
        exec(app, &format!("INSERT INTO checkins (pairing_id, held_on, mode, score, needs_desk, flag_handled_at, created_at) VALUES ({pairing}, '{held}', 'call', {score}, {flag}, {handled}, 0)")).await;
    }
    app::store::settings::set(app.db(), "monthly_norm_euros", "1000")
        .await
        .unwrap();
}

fn pairs(v: &[(String, i64)]) -> Vec<(&str, i64)> {
    v.iter().map(|(k, n)| (k.as_str(), *n)).collect()
}

#[test]
fn the_figures_of_a_hand_made_region_match_the_hand_worked_numbers() {
    common::run(async {
        let app = spawn_app().await;
        region(&app).await;
        let r = app::reports::ssr::compute(
            app.db(),
            &Period::year(2026),
            None,
            app::domain::dates::day_of(app::clock::now()),
        )
        .await
        .expect("report");

        // Placements started in 2026: P1 (January), P3 and P2 (March); P4 started in 2025.
        assert_eq!(r.placed, 3);
        let months: Vec<(i64, i64, i64)> = r
            .months
            .iter()
            .map(|m| (m.placed, m.cumulative, m.target))
            .collect();
        assert_eq!(&months[..3], [(1, 1, 42), (0, 1, 83), (2, 3, 125)]);
        assert_eq!(r.annual_target, 500);
        assert_eq!(pairs(&r.by_kind), [("job", 2), ("learning_place", 1)]);
        assert_eq!(
            pairs(&r.by_group),
            [("long_term", 1), ("over_50", 1), ("young", 1)]
        );
        assert_eq!(pairs(&r.by_sector), [("retail", 2), ("care", 1)]);
        assert_eq!(pairs(&r.by_municipality), [("Tiel", 2), ("Buren", 1)]);

        // Funnel of the four proposals made in 2026: 4 proposed, 3 seen (75 %), 2 interviews
        // (67 %), 2 hired (100 %); one declined for the hours.
        let funnel: Vec<(&str, i64, Option<i64>)> = r
            .funnel
            .iter()
            .map(|s| (s.stage.as_str(), s.count, s.conversion))
            .collect();
        assert_eq!(
            funnel,
            [
                ("proposed", 4, None),
                ("seen", 3, Some(75)),
                ("interview", 2, Some(67)),
                ("hired", 2, Some(100))
            ]
        );
        assert_eq!(pairs(&r.decline_reasons), [("hours", 1)]);

        // Medians: first placements in 2026 took 30 days (C2) and 90 days (C3) → 60; C1's
        // first placement was in 2025. Proposal to hire: 20 and 40 days → 30.
        assert_eq!(r.median_days_to_first_placement, Some(60.0));
        assert_eq!(r.median_days_to_hire, Some(30.0));

        // Retention: at 3 months P1 works, P2 does not (50 %); at 6 months P1 does not (0 %);
        // no 12-month checkpoint falls in 2026.
        let retention: Vec<(i64, i64, i64, i64, Option<i64>)> = r
            .retention
            .iter()
            .map(|l| (l.months, l.due, l.confirmed, l.still_working, l.percent))
            .collect();
        assert_eq!(
            retention,
            [
                (3, 2, 2, 1, Some(50)),
                (6, 1, 1, 0, Some(0)),
                (12, 0, 0, 0, None)
            ]
        );

        // Buddies: three check-ins in 2026 by two buddies on two pairings; two needed the
        // desk, one handled; two pairings ran in 2026.
        let b = &r.buddies;
        assert_eq!(
            (
                b.checkins,
                b.buddies_active,
                b.pairings_running,
                b.pairings_with_checkin,
                b.flags_raised,
                b.flags_handled
            ),
            (3, 2, 2, 2, 2, 1)
        );

        // Social return: Zorg Zuid € 2,500, Bakkerij Noord € 1,000 (+ € 0).
        assert_eq!(
            pairs(&r.sroi_by_employer),
            [("Zorg Zuid", 2500), ("Bakkerij Noord", 1000)]
        );
        assert_eq!(r.sroi_total, 3500);

        // Savings: P1 fully off 31 January – 31 December (335 days), P2 half of 10 days (5),
        // P3 not off benefits, P4 ended in 2025: 340 days = 11.1704 months × € 1,000.
        assert!(
            (r.savings.months - 11.1704).abs() < 0.0001,
            "{}",
            r.savings.months
        );
        assert_eq!(r.savings.euros, 11_170);

        // One municipality: only Tiel's candidates.
        let tiel = app::reports::ssr::compute(
            app.db(),
            &Period::year(2026),
            Some("Tiel"),
            app::domain::dates::day_of(app::clock::now()),
        )
        .await
        .expect("report");
        assert_eq!(tiel.placed, 2);
        assert_eq!(pairs(&tiel.by_municipality), [("Tiel", 2)]);
        assert_eq!(tiel.funnel[0].count, 3);
        assert_eq!(tiel.median_days_to_first_placement, Some(30.0));
    });
}

#[test]
fn only_the_desk_and_the_admin_get_the_region_report() {
    common::run(async {
        let mut app = spawn_app().await;
        region(&app).await;
        let employer = app.add_employer("Eigen Zaak", "33333333").await;
        app.add_user(Role::Employer, "baas@zaak.nl", Some(employer))
            .await;
        app.add_user(Role::Desk, "desk@example.nl", None).await;
        app.login("baas@zaak.nl", PASSWORD).await;
        assert_eq!(
            app.call_get("/api/region_report?van=2026-01-01&tot=2026-12-31&gemeente=")
                .await
                .status,
            StatusCode::FORBIDDEN
        );
        app.logout().await;
        app.login("b1@example.nl", PASSWORD).await;
        assert_eq!(
            app.call_get("/api/region_report").await.status,
            StatusCode::FORBIDDEN
        );
        app.logout().await;
        app.login("desk@example.nl", PASSWORD).await;
        let ok = app
            .call_get("/api/region_report?van=2026-01-01&tot=2026-12-31&gemeente=Tiel")
            .await;
        assert_eq!(ok.status, StatusCode::OK, "{}", ok.body);
        assert!(ok.body.contains("\"placed\":2"), "{}", ok.body);
        let bad = app
            .call_get("/api/region_report?van=2026-05-01&tot=2026-01-01&gemeente=")
            .await;
        assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(bad.body.contains("De einddatum ligt voor de begindatum"));
    });
}

/// The CSV body without its byte-order mark, as lines.
fn csv_lines(body: &str) -> Vec<String> {
    assert!(body.starts_with('\u{feff}'), "no byte-order mark: {body:?}");
    body.trim_start_matches('\u{feff}')
        .split("\r\n")
        .filter(|l| !l.is_empty())
        .map(str::to_string)
        .collect()
}

#[test]
fn the_desk_sees_the_page_and_downloads_every_table_as_csv() {
    common::run(async {
        let mut app = spawn_app().await;
        region(&app).await;
        app.add_user(Role::Desk, "desk@example.nl", None).await;
        app.login("desk@example.nl", PASSWORD).await;
        let period = "van=2026-01-01&tot=2026-12-31";

        let page = app.get(&format!("/balie/rapportages?{period}")).await;
        assert_eq!(page.status, StatusCode::OK);
        for text in [
            "Plaatsingen tegen het jaardoel",
            "<svg class=\"chart\"",
            "<desc id=\"grafiek-soort-d\">Vacature: 2; Leerwerkplek: 1</desc>",
            "Besparing op uitkeringen (schatting)",
            "/balie/rapportages/csv/sroi?van=2026-01-01&amp;tot=2026-12-31",
        ] {
            assert!(page.body.contains(text), "missing {text}");
        }

        let kinds = app
            .get(&format!("/balie/rapportages/csv/soort?{period}"))
            .await;
        assert_eq!(kinds.status, StatusCode::OK);
        assert_eq!(
            kinds
                .headers
                .get("content-type")
                .map(|v| v.to_str().unwrap_or("")),
            Some("text/csv; charset=utf-8")
        );
        assert_eq!(
            kinds
                .headers
                .get("content-disposition")
                .map(|v| v.to_str().unwrap_or("")),
            Some("attachment; filename=\"opstap-soort-2026-01-01-2026-12-31.csv\"")
        );
        assert_eq!(
            csv_lines(&kinds.body),
            ["Soort;Plaatsingen", "Vacature;2", "Leerwerkplek;1"]
        );

        let funnel = app
            .get(&format!("/balie/rapportages/csv/trechter?{period}"))
            .await;
        assert_eq!(
            csv_lines(&funnel.body),
            [
                "Stap;Voordrachten;Conversie (%)",
                "Voorgedragen;4;",
                "Bekeken;3;75",
                "Gesprek;2;67",
                "Aangenomen;2;100"
            ]
        );

        // Commas on request: decimals get a point, the total is the last row.
        let sroi = app
            .get(&format!(
                "/balie/rapportages/csv/sroi?{period}&scheiding=komma"
            ))
            .await;
        assert_eq!(
            csv_lines(&sroi.body),
            [
                "Werkgever,Social return (euro)",
                "Zorg Zuid,2500",
                "Bakkerij Noord,1000",
                "Totaal,3500"
            ]
        );
        let savings = app
            .get(&format!("/balie/rapportages/csv/besparing?{period}"))
            .await;
        assert_eq!(
            csv_lines(&savings.body),
            [
                "Meting;Waarde",
                "Maanden uit de bijstand;11,2",
                "Normbedrag per maand;1000",
                "Geschatte besparing;11170"
            ]
        );

        // One municipality: its name is in the file name and only its rows are counted.
        let tiel = app
            .get(&format!(
                "/balie/rapportages/csv/gemeente?{period}&gemeente=Tiel"
            ))
            .await;
        assert_eq!(csv_lines(&tiel.body), ["Gemeente;Plaatsingen", "Tiel;2"]);
        assert!(tiel
            .headers
            .get("content-disposition")
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.contains("-tiel.csv")));

        let report = app::reports::ssr::compute(
            app.db(),
            &Period::year(2026),
            None,
            app::domain::dates::day_of(app::clock::now()),
        )
        .await
        .expect("report");
        let keys: Vec<&str> = app::reports::tables::region_tables(&report, app::i18n::Lang::Nl)
            .iter()
            .map(|t| t.key)
            .collect();
        assert_eq!(keys.len(), 18, "twelve tables, and six of the intake (#19)");
        for key in keys {
            let res = app
                .get(&format!("/balie/rapportages/csv/{key}?{period}"))
                .await;
            assert_eq!(res.status, StatusCode::OK, "{key}");
            // This region has no intake campaign: that table is its heading only.
            let least = if key == "intake-campagnes" { 1 } else { 2 };
            assert!(csv_lines(&res.body).len() >= least, "{key}: {}", res.body);
        }
        assert_eq!(
            app.get("/balie/rapportages/csv/geheim").await.status,
            StatusCode::NOT_FOUND
        );
        let wrong = app
            .get("/balie/rapportages/csv/soort?van=2026-05-01&tot=2026-01-01")
            .await;
        assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(wrong.body.contains("De einddatum ligt voor de begindatum"));
        // The page asked for a wrong period shows the form with the message, and no
        // year links (there is no report to take the year from).
        let wrong_page = app
            .get("/balie/rapportages?van=2026-05-01&tot=2026-01-01")
            .await;
        assert!(wrong_page.body.contains("id=\"field-tot-error\""));
        assert!(!wrong_page.body.contains("Dit jaar"), "{}", wrong_page.body);
    });
}

#[test]
fn an_employer_gets_only_their_own_results_and_never_the_region() {
    common::run(async {
        let mut app = spawn_app().await;
        region(&app).await;
        let noord: i64 = id(
            &app,
            "SELECT id FROM employers WHERE name = 'Bakkerij Noord'",
        )
        .await;
        app.add_user(Role::Employer, "baas@noord.nl", Some(noord))
            .await;
        app.add_user(Role::Desk, "desk@example.nl", None).await;

        // Not logged in: to the login page.
        let anonymous = app.get("/balie/rapportages/csv/soort").await;
        assert!(anonymous.status.is_redirection());
        assert!(anonymous
            .location()
            .is_some_and(|l| l.starts_with("/inloggen")));

        app.login("baas@noord.nl", PASSWORD).await;
        assert_eq!(
            app.get("/balie/rapportages").await.status,
            StatusCode::FORBIDDEN
        );
        assert_eq!(
            app.get("/balie/rapportages/csv/sroi").await.status,
            StatusCode::FORBIDDEN
        );
        let page = app
            .get("/werkgever/resultaten?van=2026-01-01&tot=2026-12-31")
            .await;
        assert_eq!(page.status, StatusCode::OK);
        assert!(page.body.contains("Kim J."));
        assert!(!page.body.contains("Jansen"), "the surname is not shown");
        assert!(!page.body.contains("Zorg Zuid"));

        // Bakkerij Noord: P1 (€ 1,000) and P3 (€ 0) in 2026; Zorg Zuid's are not theirs.
        let own = app
            .get("/werkgever/resultaten/csv/plaatsingen?van=2026-01-01&tot=2026-12-31")
            .await;
        assert_eq!(own.status, StatusCode::OK);
        assert_eq!(
            csv_lines(&own.body),
            [
                "Naam;Vacature;Start;Stand;Social return (euro)",
                "Kim J.;Vacature;2026-01-31;Werkt nog;1000",
                "Kim J.;Vacature;2026-03-01;Werkt nog;0",
                "Totaal;;;;1000"
            ]
        );
        // P1 still worked at 3 months, not at 6.
        let kept = app
            .get("/werkgever/resultaten/csv/behoud?van=2026-01-01&tot=2026-12-31")
            .await;
        assert_eq!(
            csv_lines(&kept.body),
            [
                "Na;In de periode;Bevestigd;Werkt nog;Behoud (%)",
                "3 maanden;1;1;1;100",
                "6 maanden;1;1;0;0",
                "12 maanden;0;0;0;"
            ]
        );
        app.logout().await;

        // The desk has no employer page of its own.
        app.login("desk@example.nl", PASSWORD).await;
        assert_eq!(
            app.get("/werkgever/resultaten/csv/plaatsingen")
                .await
                .status,
            StatusCode::FORBIDDEN
        );
    });
}

#[test]
fn the_admin_sets_targets_and_norm_and_a_wrong_form_changes_nothing() {
    common::run(async {
        let mut app = spawn_app().await;
        region(&app).await;
        app.add_user(Role::Admin, "beheer@example.nl", None).await;
        app.add_user(Role::Desk, "desk@example.nl", None).await;
        let form = |job: &'static str, silent: &'static str| {
            vec![
                ("target_job", job),
                ("target_traineeship", "75"),
                ("target_learning_place", "100"),
                ("target_trial", "50"),
                ("target_volunteer", "25"),
                ("monthly_norm_euros", "1200"),
                ("buddy_reminder_interval_days", "10"),
                ("buddy_max_reminders", "2"),
                ("buddy_silent_days", silent),
                ("retention_grace_days", "21"),
                ("candidate_retention_months", "24"),
            ]
        };

        // The desk may read the reports but not change the settings.
        app.login("desk@example.nl", PASSWORD).await;
        let csrf = app.csrf_token().await;
        let mut fields = form("600", "60");
        fields.push(("csrf", &csrf));
        assert_eq!(
            app.post_form("/api/save_settings", &fields, false)
                .await
                .status,
            StatusCode::FORBIDDEN
        );
        assert_eq!(
            app.get("/beheer/instellingen").await.status,
            StatusCode::FORBIDDEN
        );
        app.logout().await;

        app.login("beheer@example.nl", PASSWORD).await;
        let csrf = app.csrf_token().await;
        let mut fields = form("650", "60");
        fields.push(("csrf", &csrf));
        let saved = app.post_form("/api/save_settings", &fields, true).await;
        assert_eq!(saved.location(), Some("/beheer/instellingen?opgeslagen=1"));
        let rules = app::store::settings::followup_rules(app.db())
            .await
            .unwrap();
        assert_eq!(
            (
                rules.reminder_interval_days,
                rules.max_reminders,
                rules.silent_days
            ),
            (10, 2, 60)
        );
        assert_eq!(
            app::store::settings::retention_grace_days(app.db())
                .await
                .unwrap(),
            21
        );
        // 650 + 75 + 100 + 50 + 25 = 900 a year; the norm of € 1,200 prices the 11.17
        // months off assistance of the hand-made region.
        let r = app::reports::ssr::compute(
            app.db(),
            &Period::year(2026),
            None,
            app::domain::dates::day_of(app::clock::now()),
        )
        .await
        .expect("report");
        assert_eq!(r.annual_target, 900);
        assert_eq!(r.months[0].target, 75);
        assert_eq!(r.savings.euros, 13_405);

        // A wrong value anywhere stores nothing, and the message names the field.
        let mut fields = form("veel", "5");
        fields.push(("csrf", &csrf));
        let refused = app.post_form("/api/save_settings", &fields, false).await;
        assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(refused.body.contains("target_job") && refused.body.contains("buddy_silent_days"));
        let r = app::reports::ssr::compute(
            app.db(),
            &Period::year(2026),
            None,
            app::domain::dates::day_of(app::clock::now()),
        )
        .await
        .expect("report");
        assert_eq!(r.annual_target, 900);
        let page = app.get("/beheer/instellingen").await;
        assert!(page.body.contains("value=\"650\""), "stored value shown");
        assert_eq!(
            app.count(
                "SELECT COUNT(*) FROM audit_log WHERE action = 'change' AND entity = 'settings'"
            )
            .await,
            1
        );
    });
}
