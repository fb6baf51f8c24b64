//! Privacy: the hourly housekeeping anonymises candidates who left the service longer ago
//! than the period the admin sets (names, contact, notes and obstacles go; what the
//! reports count stays), and an admin erases someone at once on their request. Both run
//! through the portal's own forms and its real housekeeping step, on SQLite and PostgreSQL.

use crate::common;

use crate::common::placed::{buddy_checks_in, desk, placed, today};
use crate::common::{spawn_app, TestApp, PASSWORD};
use app::domain::dates::{add_months, iso_date};
use app::domain::reports::Period;
use app::domain::Role;
use axum::http::StatusCode;

const NOTE: &str = "Went fine at the depot";
const OBSTACLE_NOTE: &str = "Schuldhulp loopt via de gemeente";
const MOTIVATION: &str = "Heeft ervaring in de groenvoorziening";

/// What is stored on one candidate, as text, for before/after comparisons.
async fn stored(app: &TestApp, id: i64) -> Vec<String> {
    let row: (String, String, String, String, String, String, String, String) = sqlx::query_as(
        "SELECT client_number, first_name, last_name, email, phone, postcode, occupations_wanted, status \
         FROM candidates WHERE id = $1",
    )
    .bind(id)
    .fetch_one(app.db().pool())
    .await
    .expect("candidate");
    let mut out = vec![row.0, row.1, row.2, row.3, row.4, row.5, row.6, row.7];
    for sql in [
        "SELECT COALESCE(MAX(notes), '-') FROM candidate_obstacles WHERE candidate_id = $1",
        "SELECT COALESCE(MAX(k.notes_work), '-') FROM checkins k JOIN buddy_pairings bp ON bp.id = k.pairing_id \
         JOIN placements p ON p.id = bp.placement_id WHERE p.candidate_id = $1",
        "SELECT COALESCE(MAX(motivation), '-') FROM proposals WHERE candidate_id = $1",
        "SELECT COALESCE(MAX(status), '-') FROM proposals WHERE candidate_id = $1",
        "SELECT COALESCE(MAX(end_date), 'running') FROM buddy_pairings bp JOIN placements p ON p.id = bp.placement_id \
         WHERE p.candidate_id = $1",
    ] {
        out.push(
            sqlx::query_scalar(sql)
                .bind(id)
                .fetch_one(app.db().pool())
                .await
                .expect(sql),
        );
    }
    out
}

/// A candidate with everything the portal can hold on someone: profile, obstacles,
/// consent, an open proposal with a motivation, a placement, a buddy and a check-in note.
/// The desk is logged in afterwards.
async fn full_candidate(app: &mut TestApp, employer: i64, desk_id: i64, client: &str) -> i64 {
    let (_, start) = today();
    let (candidate, placement) = placed(
        app,
        employer,
        client,
        "Fatima",
        None,
        "profile_phone",
        &start,
    )
    .await;
    let opening = app
        .published_opening(employer, desk_id, &format!("Medewerker groen {client}"))
        .await;
    let csrf = app.csrf_token().await;
    let proposed = app
        .post_form(
            "/api/propose",
            &[
                ("csrf", &csrf),
                ("opening", &opening.to_string()),
                ("items[0][candidate]", &candidate.to_string()),
                ("items[0][motivation]", MOTIVATION),
            ],
            false,
        )
        .await;
    assert!(
        proposed.status.is_success() || proposed.status.is_redirection(),
        "{} {}",
        proposed.status,
        proposed.body
    );
    let buddy_email = format!("buddy.{}@example.nl", client.to_lowercase());
    buddy_checks_in(app, placement, &buddy_email, &start, "4", false, &[]).await;
    app.logout().await;
    app.login("desk@example.nl", PASSWORD).await;
    candidate
}

/// Marks a candidate as having left `months_ago` months ago (as if time had passed since
/// the desk set the status).
async fn left(app: &TestApp, id: i64, months_ago: i64) {
    let (day, _) = today();
    sqlx::query("UPDATE candidates SET status = 'exited', exited_on = $2 WHERE id = $1")
        .bind(id)
        .bind(iso_date(add_months(day, -months_ago)))
        .execute(app.db().pool())
        .await
        .expect("left");
}

async fn report_counts(app: &TestApp) -> Vec<String> {
    let (day, _) = today();
    let year = app::domain::dates::civil_from_days(day).0;
    let r = app::reports::ssr::compute(
        app.db(),
        &Period::year(year),
        None,
        app::domain::dates::day_of(app::clock::now()),
    )
    .await
    .expect("report");
    vec![
        format!("{}", r.placed),
        format!("{:?}", r.by_kind),
        format!("{:?}", r.by_group),
        format!("{:?}", r.by_municipality),
        format!("{:?}", r.by_sector),
        format!("{}", r.sroi_total),
    ]
}

#[test]
fn the_retention_job_anonymises_who_left_long_ago_and_keeps_the_counts() {
    common::run(async {
        let mut app = spawn_app().await;
        let d = desk(&mut app).await;
        let gone = full_candidate(&mut app, d.employer, d.desk_id, "K300001").await;
        let recent = full_candidate(&mut app, d.employer, d.desk_id, "K300002").await;
        let staying = full_candidate(&mut app, d.employer, d.desk_id, "K300003").await;
        left(&app, gone, 25).await;
        left(&app, recent, 3).await;
        let counts = report_counts(&app).await;
        let recent_before = stored(&app, recent).await;
        let staying_before = stored(&app, staying).await;
        let gone_before = stored(&app, gone).await;
        assert_eq!(
            (gone_before[8].as_str(), gone_before[9].as_str()),
            (OBSTACLE_NOTE, NOTE)
        );
        assert_eq!(
            (gone_before[10].as_str(), gone_before[11].as_str()),
            (MOTIVATION, "proposed")
        );

        // Before the period ends the page says when the data goes.
        let page = app.get(&format!("/balie/kandidaten/{recent}")).await;
        assert!(
            page.body.contains("automatisch verwijderd vanaf"),
            "{}",
            page.body
        );

        opstap_server::jobs::anonymisation::run_once(app.db(), app::clock::now())
            .await
            .expect("job");

        let after = stored(&app, gone).await;
        let anon = format!("anon-{gone}");
        assert_eq!(after[0], anon, "client number");
        assert_eq!(after[1], "", "first name");
        assert_eq!(after[2], anon, "last name");
        assert_eq!(
            &after[3..7],
            ["", "", "", ""],
            "contact, postcode, free text"
        );
        assert_eq!(after[7], "exited");
        assert_eq!(after[8], "-", "obstacles removed");
        assert_eq!(after[9], "", "check-in notes");
        assert_eq!(after[10], "", "proposal motivation");
        assert_eq!(after[11], "withdrawn", "the open proposal is withdrawn");
        assert_eq!(after[12], today().1, "the buddy pairing ended today");
        // Nothing else was touched, and the reports count the same.
        assert_eq!(stored(&app, recent).await, recent_before);
        assert_eq!(stored(&app, staying).await, staying_before);
        assert_eq!(report_counts(&app).await, counts);
        assert_eq!(
            app::store::audit::count_for(app.db(), "candidate", gone, "anonymise")
                .await
                .unwrap(),
            1
        );
        assert_eq!(
            app.count(
                "SELECT COUNT(*) FROM anonymisations WHERE cause = 'retention' AND by_user IS NULL"
            )
            .await,
            1
        );

        // A second round (or a second instance) does nothing more.
        opstap_server::jobs::anonymisation::run_once(app.db(), app::clock::now())
            .await
            .expect("job");
        assert_eq!(app.count("SELECT COUNT(*) FROM anonymisations").await, 1);
        assert_eq!(
            app::store::audit::count_for(app.db(), "candidate", gone, "anonymise")
                .await
                .unwrap(),
            1
        );

        // The desk sees that the data is gone and can change nothing any more.
        let page = app.get(&format!("/balie/kandidaten/{gone}")).await;
        assert_eq!(page.status, StatusCode::OK);
        assert!(page.body.contains("Geanonimiseerd"), "{}", page.body);
        assert!(!page.body.contains("Fatima"));
        assert!(!page.body.contains("/bewerken\""));
        assert_eq!(
            app.get(&format!("/balie/kandidaten/{gone}/bewerken"))
                .await
                .status,
            StatusCode::GONE
        );
        let mut fields = common::pool::candidate_fields("K300001", "Fatima");
        fields.push(("id".into(), gone.to_string()));
        assert_eq!(
            common::pool::register(&mut app, &fields).await.status,
            StatusCode::GONE
        );
        let csrf = app.csrf_token().await;
        let consent = app
            .post_form(
                "/api/change_consent",
                &[
                    ("csrf", &csrf),
                    ("id", &gone.to_string()),
                    ("scope", "profile"),
                    ("given_on", &today().1),
                ],
                false,
            )
            .await;
        assert_eq!(consent.status, StatusCode::GONE);
        assert_eq!(stored(&app, gone).await, after);

        // The admin shortens the period to two months: the one who left three months ago
        // goes in the next round.
        app.logout().await;
        app.add_user(Role::Admin, "beheer@example.nl", None).await;
        app.login("beheer@example.nl", PASSWORD).await;
        let csrf = app.csrf_token().await;
        let mut form: Vec<(String, String)> = app::domain::settings::all()
            .iter()
            .map(|s| (s.key.to_string(), s.default.to_string()))
            .collect();
        form.retain(|(k, _)| k != "candidate_retention_months");
        form.push(("candidate_retention_months".into(), "0".into()));
        form.push(("csrf".into(), csrf.clone()));
        let refs: Vec<(&str, &str)> = form.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
        let refused = app.post_form("/api/save_settings", &refs, false).await;
        assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(refused.body.contains("candidate_retention_months"));
        form.retain(|(k, _)| k != "candidate_retention_months");
        form.push(("candidate_retention_months".into(), "2".into()));
        let refs: Vec<(&str, &str)> = form.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
        let saved = app.post_form("/api/save_settings", &refs, true).await;
        assert_eq!(saved.location(), Some("/beheer/instellingen?opgeslagen=1"));
        opstap_server::jobs::anonymisation::run_once(app.db(), app::clock::now())
            .await
            .expect("job");
        assert_eq!(stored(&app, recent).await[0], format!("anon-{recent}"));
        assert_eq!(stored(&app, staying).await, staying_before);
    });
}

#[test]
fn an_admin_erases_on_request_with_a_reason_and_no_one_else_may() {
    common::run(async {
        let mut app = spawn_app().await;
        let d = desk(&mut app).await;
        let id = full_candidate(&mut app, d.employer, d.desk_id, "K300010").await;
        let before = stored(&app, id).await;
        let admin = app.add_user(Role::Admin, "beheer@example.nl", None).await;
        let erase = |reason: &'static str, confirm: &'static str| {
            vec![
                ("id".to_string(), id.to_string()),
                ("reason".to_string(), reason.to_string()),
                ("confirm".to_string(), confirm.to_string()),
            ]
        };
        async fn post(
            app: &mut TestApp,
            fields: Vec<(String, String)>,
            html: bool,
        ) -> common::Response {
            let csrf = app.csrf_token().await;
            let mut all: Vec<(&str, &str)> = vec![("csrf", &csrf)];
            all.extend(fields.iter().map(|(k, v)| (k.as_str(), v.as_str())));
            app.post_form("/api/erase_candidate", &all, html).await
        }

        // The desk may not erase, nor open the form; nor may the employer or the buddy.
        let page = app.get(&format!("/balie/kandidaten/{id}")).await;
        assert!(!page.body.contains("/wissen\""), "only admins get the link");
        assert_eq!(
            app.get(&format!("/balie/kandidaten/{id}/wissen"))
                .await
                .status,
            StatusCode::FORBIDDEN
        );
        app.add_user(Role::Employer, "baas@hoveniers.nl", Some(d.employer))
            .await;
        for who in [
            "desk@example.nl",
            "baas@hoveniers.nl",
            "buddy.k300010@example.nl",
        ] {
            app.logout().await;
            app.login(who, PASSWORD).await;
            let refused = post(
                &mut app,
                erase("Verzoek per brief van 3 maart", "K300010"),
                false,
            )
            .await;
            assert_eq!(refused.status, StatusCode::FORBIDDEN, "{who}");
        }
        assert_eq!(stored(&app, id).await, before);

        app.logout().await;
        app.login("beheer@example.nl", PASSWORD).await;
        let page = app.get(&format!("/balie/kandidaten/{id}")).await;
        assert!(page
            .body
            .contains(&format!("/balie/kandidaten/{id}/wissen")));
        let form = app.get(&format!("/balie/kandidaten/{id}/wissen")).await;
        assert_eq!(form.status, StatusCode::OK);
        assert!(form.body.contains("K300010"), "{}", form.body);

        // A short reason and a wrong client number: a message next to each, nothing erased.
        let wrong = post(&mut app, erase("kort", "K300011"), false).await;
        assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(wrong.body.contains("\"reason\"") && wrong.body.contains("\"confirm\""));
        assert!(wrong.body.contains("klantnummer"), "{}", wrong.body);
        assert_eq!(stored(&app, id).await, before);
        assert_eq!(app.count("SELECT COUNT(*) FROM anonymisations").await, 0);
        let mut unknown = erase("Verzoek per brief van 3 maart", "K300010");
        unknown[0].1 = "999999".into();
        assert_eq!(
            post(&mut app, unknown, false).await.status,
            StatusCode::NOT_FOUND
        );

        // Right: the data goes at once, with the reason and who did it; the page says so.
        let done = post(
            &mut app,
            erase("Verzoek per brief van 3 maart", "k300010"),
            true,
        )
        .await;
        assert_eq!(
            done.location(),
            Some(format!("/balie/kandidaten/{id}?gewist=1").as_str())
        );
        let after = stored(&app, id).await;
        assert_eq!(after[0], format!("anon-{id}"));
        assert_eq!(after[1], "");
        assert_eq!(after[8], "-");
        assert_eq!(after[9], "");
        assert_eq!(after[10], "");
        assert_eq!(after[11], "withdrawn");
        let (cause, reason, by): (String, String, i64) = sqlx::query_as(
            "SELECT cause, reason, by_user FROM anonymisations WHERE candidate_id = $1",
        )
        .bind(id)
        .fetch_one(app.db().pool())
        .await
        .expect("anonymisation");
        assert_eq!(
            (cause.as_str(), reason.as_str(), by),
            ("request", "Verzoek per brief van 3 maart", admin)
        );
        assert_eq!(
            app::store::audit::count_for(app.db(), "candidate", id, "erase")
                .await
                .unwrap(),
            1
        );
        let page = app.get(&format!("/balie/kandidaten/{id}?gewist=1")).await;
        assert!(page.body.contains("De persoonsgegevens zijn gewist."));
        assert!(page.body.contains("op verzoek gewist"));

        // Twice is refused, and the job leaves it alone.
        assert_eq!(
            post(
                &mut app,
                erase("Verzoek per brief van 3 maart", "anon"),
                false
            )
            .await
            .status,
            StatusCode::GONE
        );
        opstap_server::jobs::anonymisation::run_once(app.db(), app::clock::now())
            .await
            .expect("job");
        assert_eq!(app.count("SELECT COUNT(*) FROM anonymisations").await, 1);
        assert_eq!(stored(&app, id).await, after);
    });
}

#[test]
fn mail_is_removed_from_the_outbox_ninety_days_after_it_went_out() {
    common::run(async {
        let app = spawn_app().await;
        let now = app::clock::now();
        let day = 86_400;
        for (subject, status, created, sent) in [
            ("old sent", "sent", now - 100 * day, Some(now - 95 * day)),
            ("recent sent", "sent", now - 100 * day, Some(now - 80 * day)),
            ("old failed", "failed", now - 95 * day, None),
            ("old pending", "pending", now - 200 * day, None),
        ] {
            sqlx::query(
                "INSERT INTO outbox (to_address, subject, body_text, kind, status, next_attempt_at, created_at, sent_at) \
                 VALUES ('henk@example.nl', $1, 'Contact met Fatima', 'buddy_reminder', $2, $3, $3, $4)",
            )
            .bind(subject)
            .bind(status)
            .bind(created)
            .bind(sent)
            .execute(app.db().pool())
            .await
            .expect("mail");
        }
        opstap_server::jobs::cleanup::run_once(app.db(), now)
            .await
            .expect("job");
        let left: Vec<String> = sqlx::query_scalar("SELECT subject FROM outbox ORDER BY id")
            .fetch_all(app.db().pool())
            .await
            .expect("outbox");
        assert_eq!(left, ["recent sent", "old pending"]);
    });
}
