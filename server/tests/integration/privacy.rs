//! Privacy: the admin searches the audit log (who read or changed which record, when and
//! from where); nobody else may.

use crate::common;

use crate::common::{spawn_app, PASSWORD};
use app::domain::Role;
use app::store::audit::{record, Entry};
use axum::http::StatusCode;

async fn entry(
    app: &common::TestApp,
    user: Option<i64>,
    action: &str,
    entity: &str,
    id: i64,
    at: i64,
) {
    record(
        app.db().pool(),
        &Entry {
            user_id: user,
            action,
            entity,
            entity_id: id,
            address: "192.0.2.44",
            at,
        },
    )
    .await
    .expect("audit entry");
}

#[test]
fn the_admin_finds_who_read_a_candidate_and_no_one_else_may_search() {
    common::run(async {
        let mut app = spawn_app().await;
        let desk = app
            .add_user(Role::Desk, "anna.balie@example.nl", None)
            .await;
        let other = app
            .add_user(Role::Desk, "bert.balie@example.nl", None)
            .await;
        app.add_user(Role::Admin, "beheer@example.nl", None).await;
        // 1 March 2026 10:30 UTC and 2 March.
        let march_1 = 1_772_361_000;
        entry(&app, Some(desk), "view", "candidate", 7, march_1).await;
        entry(&app, Some(desk), "change", "candidate", 7, march_1 + 60).await;
        entry(&app, Some(other), "view", "candidate", 8, march_1 + 86_400).await;
        entry(&app, Some(other), "view", "placement", 7, march_1 + 86_400).await;
        entry(
            &app,
            None,
            "anonymise",
            "candidate",
            9,
            march_1 + 2 * 86_400,
        )
        .await;

        // The desk may not search the log.
        app.login("anna.balie@example.nl", PASSWORD).await;
        assert_eq!(
            app.call_get("/api/audit_log").await.status,
            StatusCode::FORBIDDEN
        );
        assert_eq!(app.get("/beheer/audit").await.status, StatusCode::FORBIDDEN);
        app.logout().await;

        app.login("beheer@example.nl", PASSWORD).await;
        let all = app.get("/beheer/audit").await;
        assert_eq!(all.status, StatusCode::OK);
        assert!(all.body.contains("5 regels gevonden"), "{}", all.body);
        assert!(all.body.contains("(systeem)"));

        // Who read candidate 7: Anna, twice, from her address, newest first.
        let page = app.get("/beheer/audit?soort=candidate&nummer=7").await;
        assert!(page.body.contains("2 regels gevonden"), "{}", page.body);
        let change = page.body.find("change").expect("the change");
        let view = page.body.find(">view<").expect("the view");
        assert!(change < view, "newest first");
        assert!(page.body.contains("anna.balie@example.nl"));
        assert!(page.body.contains("192.0.2.44"));
        // Written at 10:31 UTC, shown in Dutch time (+01:00 in March).
        assert!(page.body.contains("2026-03-01 11:31"), "{}", page.body);
        assert!(!page.body.contains("bert.balie@example.nl"));

        // By name part and by day.
        let bert = app.get("/beheer/audit?wie=BERT").await;
        assert!(bert.body.contains("2 regels gevonden"), "{}", bert.body);
        let day = app.get("/beheer/audit?van=2026-03-02&tot=2026-03-02").await;
        assert!(day.body.contains("2 regels gevonden"), "{}", day.body);
        let json = app
            .call_get("/api/audit_log?wie=anna&soort=candidate")
            .await;
        assert_eq!(json.status, StatusCode::OK);
        assert!(json.body.contains("\"total\":2"), "{}", json.body);

        // A wrong date gets its message next to the field; nothing is listed.
        let wrong = app.get("/beheer/audit?van=1-3-2026").await;
        assert!(
            wrong.body.contains("id=\"field-van-error\""),
            "{}",
            wrong.body
        );
        assert!(wrong.body.contains("JJJJ-MM-DD"));
        assert!(!wrong.body.contains("regels gevonden"));
        let wrong = app.call_get("/api/audit_log?nummer=zeven").await;
        assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
    });
}
