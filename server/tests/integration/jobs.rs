//! The background jobs' one shape: a run claims its time slot first, so two instances on
//! one database that tick in the same slot run a job once, and the next slot runs it again.

use crate::common;

use crate::common::{spawn_app, TestApp};
use app::store::Db;
use opstap_server::jobs::{run_due, Context, Job};
use std::sync::Arc;

/// 10:20 on 1 July 2027 (Dutch summer time), a few minutes into an hourly slot.
const NOW: i64 = 1_814_430_000;

fn context(db: Db) -> Context {
    Context {
        db,
        public_url: Arc::from("http://portal.test"),
        mail_wake: Arc::new(tokio::sync::Notify::new()),
    }
}

/// A published opening whose closing date was yesterday (as of `NOW`).
async fn closed_yesterday(app: &mut TestApp, employer: i64, desk: i64, title: &str) -> i64 {
    let id = app.published_opening(employer, desk, title).await;
    sqlx::query("UPDATE openings SET closing_date = '2027-06-30' WHERE id = $1")
        .bind(id)
        .execute(app.db().pool())
        .await
        .expect("closing date");
    id
}

async fn status(app: &TestApp, id: i64) -> String {
    sqlx::query_scalar("SELECT status FROM openings WHERE id = $1")
        .bind(id)
        .fetch_one(app.db().pool())
        .await
        .expect("status")
}

#[test]
fn two_instances_in_one_slot_run_a_job_once_and_the_next_slot_runs_it_again() {
    common::run(async {
        let mut app = spawn_app().await;
        let employer = app.add_employer("Kwekerij Slot", "45678901").await;
        let desk = app
            .add_user(app::domain::Role::Desk, "d@example.nl", None)
            .await;
        let first = closed_yesterday(&mut app, employer, desk, "Kweker").await;
        // A second instance: its own connections to the same database.
        let other = Db::connect(&app.db_url).await.expect("second instance");
        let (a, b) = (context(app.db().clone()), context(other));
        let (ran_a, ran_b) = tokio::join!(
            run_due(Job::Expiry, &a, NOW),
            run_due(Job::Expiry, &b, NOW + 5)
        );
        let runs: Vec<_> = [ran_a.expect("a"), ran_b.expect("b")]
            .into_iter()
            .flatten()
            .collect();
        assert_eq!(runs.len(), 1, "one of the two ran it");
        assert_eq!(runs[0].items, 1);
        assert_eq!(status(&app, first).await, "expired");

        // Later in the same slot nobody runs it again, even with work waiting.
        let second = closed_yesterday(&mut app, employer, desk, "Tuinder").await;
        assert_eq!(
            run_due(Job::Expiry, &b, NOW + 1800).await.expect("run"),
            None
        );
        assert_eq!(status(&app, second).await, "published");
        // Another job has slots of its own.
        assert!(run_due(Job::Cleanup, &a, NOW + 1800)
            .await
            .expect("run")
            .is_some());

        // The next hour's slot runs it.
        let done = run_due(Job::Expiry, &b, NOW + 3600).await.expect("run");
        assert_eq!(done.map(|d| d.items), Some(1));
        assert_eq!(status(&app, second).await, "expired");
        assert_eq!(
            app.count("SELECT COUNT(*) FROM job_runs WHERE job = 'expiry'")
                .await,
            2
        );
    });
}
