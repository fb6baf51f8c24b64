//! The personal plan (issue #20, the desk's part): activities at a partner provider or
//! arranged by the desk, their steps (planned → running → completed or stopped, never
//! back), versions agreed with the person and kept as they were, forms posted twice or
//! over a colleague's newer version, unknown ids, and an erased person's plan.

use crate::campaigns::csrf_post;
use crate::common::pool::{candidate_fields, id_from, register};
use crate::common::{self, spawn_app, TestApp, PASSWORD};
use app::domain::dates::{day_of, iso_date};
use app::domain::ids::CandidateId;
use app::domain::Role;
use axum::http::StatusCode;

async fn provider(app: &TestApp, name: &str) -> i64 {
    let mut tx = app.db().write().await.unwrap();
    let id = app::store::plans::insert_provider(&mut tx, name, "", app::clock::now())
        .await
        .unwrap();
    tx.commit().await.unwrap();
    id
}

fn key(n: u8) -> String {
    format!("{n:02x}").repeat(32)
}

async fn activities(app: &TestApp) -> Vec<(String, String, Option<String>, String)> {
    sqlx::query_as("SELECT kind, status, stop_reason, result FROM plan_activities ORDER BY id")
        .fetch_all(app.db().pool())
        .await
        .unwrap()
}

async fn versions(app: &TestApp) -> Vec<(i64, String, String)> {
    sqlx::query_as("SELECT number, goals, activities FROM plan_versions ORDER BY number")
        .fetch_all(app.db().pool())
        .await
        .unwrap()
}

#[test]
fn a_plan_is_agreed_in_versions_and_its_activities_move_on_without_going_back() {
    common::run(async {
        let mut app = spawn_app().await;
        app.add_user(Role::Desk, "desk@example.nl", None).await;
        app.login("desk@example.nl", PASSWORD).await;
        let person = id_from(&register(&mut app, &candidate_fields("C9001", "Amira")).await);
        let taalhuis = provider(&app, "Taalhuis Rivierenland").await;
        let (id, today) = (person.to_string(), day_of(app::clock::now()));
        let page = format!("/balie/kandidaten/{person}/plan");
        let res = app.get(&page).await;
        assert_eq!(res.status, StatusCode::OK);
        assert!(
            res.body.contains("Er is nog geen afgesproken plan"),
            "{}",
            res.body
        );
        assert!(res.body.contains("Taalhuis Rivierenland"));

        // An activity with mistakes is refused field by field; nothing is stored.
        let bad = csrf_post(
            &mut app,
            "/api/add_activity",
            &[
                ("id", &id),
                ("key", &key(1)),
                ("kind", "knitting"),
                ("provider", "999"),
                ("starts_on", &iso_date(today)),
                ("ends_on", &iso_date(today - 1)),
                ("hours_per_week", "0"),
            ],
        )
        .await;
        assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
        for says in [
            "Kies een van de mogelijkheden",
            "De einddatum ligt voor de startdatum",
            "1 tot 40",
        ] {
            assert!(bad.body.contains(says), "{says}: {}", bad.body);
        }
        assert!(activities(&app).await.is_empty());

        // A language course at the provider (posted twice, stored once), and volunteer
        // work the desk arranges itself.
        let taalhuis_id = taalhuis.to_string();
        for _ in 0..2 {
            let res = csrf_post(
                &mut app,
                "/api/add_activity",
                &[
                    ("id", &id),
                    ("key", &key(2)),
                    ("kind", "language_course"),
                    ("title", "NT2 A2 → B1"),
                    ("provider", &taalhuis_id),
                    ("starts_on", &iso_date(today + 7)),
                    ("ends_on", &iso_date(today + 150)),
                    ("hours_per_week", "6"),
                ],
            )
            .await;
            assert_eq!(res.status, StatusCode::OK, "{}", res.body);
        }
        let res = csrf_post(
            &mut app,
            "/api/add_activity",
            &[
                ("id", &id),
                ("key", &key(3)),
                ("kind", "volunteer_work"),
                ("starts_on", &iso_date(today)),
                ("hours_per_week", "8"),
            ],
        )
        .await;
        assert_eq!(res.status, StatusCode::OK, "{}", res.body);
        assert_eq!(activities(&app).await.len(), 2);

        // The first version: not agreed in the future; then stored once however often posted.
        let version = |after: &str, goals: &str, day: i64| {
            vec![
                ("id".to_string(), id.clone()),
                ("after".to_string(), after.to_string()),
                ("goals".to_string(), goals.to_string()),
                (
                    "person_commits".to_string(),
                    "Ik ga twee keer per week naar de les.".to_string(),
                ),
                (
                    "desk_commits".to_string(),
                    "De consulent belt elke maand.".to_string(),
                ),
                ("agreed_on".to_string(), iso_date(day)),
                ("agreed_how".to_string(), "in_person".to_string()),
            ]
        };
        let send = async |app: &mut TestApp, f: Vec<(String, String)>| {
            let refs: Vec<(&str, &str)> = f.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
            csrf_post(app, "/api/save_plan_version", &refs).await
        };
        let res = send(&mut app, version("0", "Werken in een magazijn", today + 1)).await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(res.body.contains("niet in de toekomst"), "{}", res.body);
        for _ in 0..2 {
            let res = send(&mut app, version("0", "Werken in een magazijn", today)).await;
            assert_eq!(res.status, StatusCode::OK, "{}", res.body);
        }
        let v = versions(&app).await;
        assert_eq!(v.len(), 1);
        assert!(
            v[0].2.contains("\"language_course\"") && v[0].2.contains("Taalhuis Rivierenland"),
            "{}",
            v[0].2
        );
        assert!(v[0].2.contains("\"planned\""));
        // A colleague's page still showing no version: refused, nothing lost.
        let res = send(&mut app, version("0", "Iets anders", today)).await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(
            res.body
                .contains("Een collega heeft intussen een nieuwere versie"),
            "{}",
            res.body
        );
        assert_eq!(versions(&app).await.len(), 1);

        // The course's steps: never completed before it ran; a stop says why; an ending
        // what it brought; posted twice, taken once.
        let course: i64 = app.count("SELECT MIN(id) FROM plan_activities").await;
        let course_id = course.to_string();
        let step = |status: &'static str, reason: &'static str, result: &'static str| {
            vec![("status", status), ("reason", reason), ("result", result)]
        };
        let go = async |app: &mut TestApp, s: Vec<(&str, &str)>| {
            let mut all = vec![("id", course_id.as_str())];
            all.extend(s);
            csrf_post(app, "/api/change_activity", &all).await
        };
        let res = go(&mut app, step("completed", "", "Certificaat")).await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(res.body.contains("Deze stap kan niet"), "{}", res.body);
        for _ in 0..2 {
            let res = go(&mut app, step("running", "", "")).await;
            assert_eq!(res.status, StatusCode::OK, "{}", res.body);
        }
        let res = go(&mut app, step("stopped", "", "")).await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(
            res.body.contains("Kies waarom de activiteit stopt"),
            "{}",
            res.body
        );
        let res = go(&mut app, step("completed", "", "Certificaat A2 behaald")).await;
        assert_eq!(res.status, StatusCode::OK, "{}", res.body);
        let res = go(&mut app, step("running", "", "")).await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY, "never back");
        assert_eq!(
            activities(&app).await[0],
            (
                "language_course".into(),
                "completed".into(),
                None,
                "Certificaat A2 behaald".into()
            )
        );
        assert_eq!(
            app.count("SELECT COUNT(*) FROM audit_log WHERE entity = 'plan_activity' AND action = 'status'")
                .await,
            2
        );
        let res = app.get(&page).await;
        assert!(
            res.body.contains("nog niet in een afgesproken versie"),
            "{}",
            res.body
        );

        // The second version keeps the course as it stands; the first as it was.
        let res = send(
            &mut app,
            version("1", "Werken in een magazijn, dan teamleider", today),
        )
        .await;
        assert_eq!(res.status, StatusCode::OK, "{}", res.body);
        let v = versions(&app).await;
        assert_eq!(v.len(), 2);
        assert!(v[0].2.contains("\"planned\"") && !v[0].2.contains("\"completed\""));
        assert!(v[1].2.contains("\"completed\""));
        let res = app.get(&page).await;
        assert!(
            res.body.contains("Zoals afgesproken (versie 2)"),
            "{}",
            res.body
        );
        assert!(res.body.contains("Versie 1, afgesproken op"));
        assert!(!res.body.contains("nog niet in een afgesproken versie"));

        // Unknown ids: a 404, nothing stored.
        assert_eq!(
            app.get("/balie/kandidaten/999999/plan").await.status,
            StatusCode::NOT_FOUND
        );
        let res = csrf_post(
            &mut app,
            "/api/change_activity",
            &[("id", "999999"), ("status", "running")],
        )
        .await;
        assert_eq!(res.status, StatusCode::NOT_FOUND);
        let res = send(&mut app, {
            let mut f = version("2", "x", today);
            f[0].1 = "999999".into();
            f
        })
        .await;
        assert_eq!(res.status, StatusCode::NOT_FOUND);

        // The person's data, as the desk shows them on request, hold the plan.
        let access = app
            .get(&format!("/balie/kandidaten/{person}/inzage.json"))
            .await;
        assert_eq!(access.status, StatusCode::OK);
        for held in [
            "Werken in een magazijn, dan teamleider",
            "language_course",
            "Certificaat A2 behaald",
            "Taalhuis Rivierenland",
        ] {
            assert!(access.body.contains(held), "{held}: {}", access.body);
        }
        let overview = app.get(&format!("/balie/kandidaten/{person}/inzage")).await;
        assert!(
            overview.body.contains("Persoonlijk plan")
                && overview.body.contains("Versie 2, afgesproken op"),
            "{}",
            overview.body
        );

        // Erased: the plan's words go, what was done stays for the reports, nothing changes.
        let now = app.state.clock.now();
        let mut tx = app.db().write().await.unwrap();
        assert!(app::store::privacy::anonymise(
            &mut tx,
            CandidateId(person),
            app::domain::retention::Cause::Request,
            "Verzoek",
            None,
            &iso_date(day_of(now)),
            now,
        )
        .await
        .unwrap());
        tx.commit().await.unwrap();
        let v = versions(&app).await;
        assert!(
            v.iter()
                .all(|(_, goals, acts)| goals.is_empty() && acts == "[]"),
            "{v:?}"
        );
        assert_eq!(activities(&app).await[0].3, "", "the result's words go");
        assert_eq!(
            activities(&app).await[0].1,
            "completed",
            "what was done stays"
        );
        let res = send(&mut app, version("2", "Nieuw", today)).await;
        assert_eq!(res.status, StatusCode::GONE, "{}", res.body);
        let res = app.get(&page).await;
        assert!(res.body.contains("zijn gewist"), "{}", res.body);
    });
}
