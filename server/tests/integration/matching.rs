//! Matching from memory: the pool a portal ranks is the database's as it is now, after a
//! change made through this portal, through another portal on the same database, or
//! straight in the database (a job, another tool), also when the portal is further behind
//! than the changes the database keeps; and the page's filters judge the pool in memory as
//! the database would.

use crate::common;

use crate::common::pool::{candidate_fields, id_from, register};
use crate::common::{spawn_app, TestApp, PASSWORD};
use app::domain::Role;
use axum::http::StatusCode;

/// `(name, consent)` of every line the matching page ranks for `opening` with `filter`.
async fn ranked(app: &mut TestApp, opening: i64, filter: &str) -> Vec<(String, bool)> {
    let res = app
        .call_get(&format!("/api/opening_matches?id={opening}{filter}"))
        .await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    let v: serde_json::Value = serde_json::from_str(&res.body).expect("json");
    let mut lines: Vec<(String, bool)> = v["lines"]
        .as_array()
        .expect("lines")
        .iter()
        .map(|l| {
            (
                l["name"].as_str().unwrap_or_default().to_string(),
                l["consent"].as_bool().unwrap_or_default(),
            )
        })
        .collect();
    lines.sort();
    lines
}

fn line(name: &str, consent: bool) -> (String, bool) {
    (format!("{name} van der Berg"), consent)
}

#[test]
fn the_pool_in_memory_follows_every_change_wherever_it_is_made() {
    common::run(async {
        let mut app = spawn_app().await;
        let employer = app.add_employer("Hoveniers Tiel", "12345678").await;
        let desk = app.add_user(Role::Desk, "desk@example.nl", None).await;
        let opening = app
            .published_opening(employer, desk, "Medewerker groen")
            .await;
        app.login("desk@example.nl", PASSWORD).await;
        assert_eq!(ranked(&mut app, opening, "").await, vec![]);

        // Registered through this portal: ranked at once.
        let fatima = id_from(&register(&mut app, &candidate_fields("K100001", "Fatima")).await);
        assert_eq!(
            ranked(&mut app, opening, "").await,
            vec![line("Fatima", true)]
        );

        // Her consent withdrawn: still ranked, shown without consent.
        let csrf = app.csrf_token().await;
        let res = app
            .post_form(
                "/api/change_consent",
                &[
                    ("csrf", &csrf),
                    ("id", &fatima.to_string()),
                    ("withdraw", "1"),
                ],
                false,
            )
            .await;
        assert!(res.status.is_success(), "{} {}", res.status, res.body);
        assert_eq!(
            ranked(&mut app, opening, "").await,
            vec![line("Fatima", false)]
        );

        // A second portal on the same database registers someone: the first ranks them.
        let mut other = common::start(&app.db_url).await;
        other.login("desk@example.nl", PASSWORD).await;
        let joost = register(&mut other, &candidate_fields("K100002", "Joost")).await;
        id_from(&joost);
        assert_eq!(
            ranked(&mut app, opening, "").await,
            vec![line("Fatima", false), line("Joost", true)]
        );

        // The filters, judged in memory.
        assert_eq!(
            ranked(&mut app, opening, "&consent=1").await,
            vec![line("Joost", true)]
        );
        assert_eq!(
            ranked(&mut app, opening, "&municipality=tiel").await.len(),
            2
        );
        assert_eq!(
            ranked(&mut app, opening, "&municipality=Culemborg").await,
            vec![]
        );
        assert_eq!(
            ranked(&mut app, opening, "&sector=care").await,
            vec![],
            "both want greenery only"
        );
        assert_eq!(
            ranked(&mut app, opening, "&min_hours=33").await,
            vec![],
            "both have 32 hours"
        );
        assert_eq!(
            ranked(&mut app, opening, "&min_hours=32&group=over_50")
                .await
                .len(),
            2
        );

        // Changed straight in the database (as a job would): she is no longer looking.
        sqlx::query("UPDATE candidates SET status = 'exited' WHERE id = $1")
            .bind(fatima)
            .execute(app.db().pool())
            .await
            .expect("update");
        assert_eq!(
            ranked(&mut app, opening, "").await,
            vec![line("Joost", true)]
        );
        assert_eq!(
            ranked(&mut other, opening, "").await,
            vec![line("Joost", true)]
        );

        // A portal further behind than the changes kept reads the whole pool again.
        sqlx::query("UPDATE candidates SET hours_available = 12 WHERE client_number = 'K100002'")
            .execute(app.db().pool())
            .await
            .expect("update");
        app::store::matching_pool::forget_old_changes(app.db(), 0)
            .await
            .expect("forget");
        assert_eq!(
            app.count("SELECT COUNT(*) FROM pool_changes").await,
            0,
            "nothing kept"
        );
        assert_eq!(
            ranked(&mut app, opening, "&min_hours=24").await,
            vec![],
            "12 hours now"
        );
        assert_eq!(ranked(&mut other, opening, "").await.len(), 1);
    });
}
