//! The follow-up job with a clock the test moves: an overdue check-in brings exactly one
//! reminder, the next only after the set interval, never more than the maximum; a long
//! silence tells the consultant once; two instances running the job at the same moment on
//! one database send each reminder once.

use crate::common;

use crate::common::placed::{buddy, checkin, desk, mails, pair, pairing_of, placed, today};
use crate::common::{spawn_app, TestApp, PASSWORD};
use app::domain::dates::iso_date;
use app::store::Db;
use opstap_server::jobs::followup::{run_once, Report};

const DAY: i64 = 86_400;

/// Noon on day `day`.
fn at(day: i64) -> i64 {
    day * DAY + 12 * 3600
}

async fn run(db: &Db, day: i64) -> Report {
    run_once(db, "http://portal.test", at(day))
        .await
        .expect("job")
}

/// A placement starting today with a weekly buddy; answers the pairing.
async fn paired_today(app: &mut TestApp, consultant: Option<i64>) -> i64 {
    let d = desk(app).await;
    let henk = buddy(app, "henk@vrijwilligers.nl").await;
    let (_, start) = today();
    let (_, placement) = placed(
        app, d.employer, "CL-1", "Sanne", consultant, "profile", &start,
    )
    .await;
    pair(app, placement, henk, &start, "weekly").await;
    pairing_of(app, placement).await
}

#[test]
fn an_overdue_checkin_brings_one_reminder_then_another_after_the_interval() {
    common::run(async {
        let mut app = spawn_app().await;
        paired_today(&mut app, None).await;
        let db = app.db().clone();
        let (s, _) = today();
        // First contact due within a week (day s + 7): not overdue that day.
        assert_eq!(run(&db, s + 7).await.reminders, 0);
        // The day after: one reminder, however often the job runs that day.
        assert_eq!(run(&db, s + 8).await.reminders, 1);
        assert_eq!(run(&db, s + 8).await.reminders, 0);
        assert_eq!(run(&db, s + 9).await.reminders, 0);
        assert_eq!(run(&db, s + 14).await.reminders, 0);
        let first = mails(&app, "buddy_reminder").await;
        assert_eq!(first.len(), 1);
        assert_eq!(first[0].0, "henk@vrijwilligers.nl");
        assert!(
            first[0].2.contains("Sanne")
                && first[0].2.contains("http://portal.test/buddy/koppelingen/")
        );
        // The second a week (the default interval) after the first.
        assert_eq!(run(&db, s + 15).await.reminders, 1);
        assert_eq!(run(&db, s + 16).await.reminders, 0);
        assert!(mails(&app, "buddy_reminder").await[1]
            .1
            .contains("nogmaals"));
        // The third, and then no more: the consultant takes over after a long silence.
        assert_eq!(run(&db, s + 22).await.reminders, 1);
        for day in [s + 29, s + 36, s + 60] {
            assert_eq!(run(&db, day).await.reminders, 0, "day {}", day - s);
        }
        assert_eq!(mails(&app, "buddy_reminder").await.len(), 3);
    });
}

#[test]
fn the_interval_and_the_maximum_come_from_the_settings() {
    common::run(async {
        let mut app = spawn_app().await;
        paired_today(&mut app, None).await;
        let db = app.db().clone();
        app::store::settings::set(&db, "buddy_reminder_interval_days", "3")
            .await
            .unwrap();
        app::store::settings::set(&db, "buddy_max_reminders", "2")
            .await
            .unwrap();
        let (s, _) = today();
        let mut got = Vec::new();
        for d in [8, 9, 10, 11, 12, 14, 30] {
            got.push(run(&db, s + d).await.reminders);
        }
        assert_eq!(got, [1, 0, 0, 1, 0, 0, 0]);
    });
}

#[test]
fn a_checkin_moves_the_due_day_so_no_reminder_goes_out() {
    common::run(async {
        let mut app = spawn_app().await;
        let pairing = paired_today(&mut app, None).await;
        app.logout().await;
        app.login("henk@vrijwilligers.nl", PASSWORD).await;
        let (s, _) = today();
        let next = iso_date(s + 20);
        checkin(&mut app, pairing, "4", false, &[("next_on", &next)]).await;
        let db = app.db().clone();
        // Planned for day s + 20: nothing before the day after.
        for d in [8, 15, 20] {
            assert_eq!(run(&db, s + d).await.reminders, 0, "day {d}");
        }
        assert_eq!(run(&db, s + 21).await.reminders, 1);
    });
}

#[test]
fn a_long_silence_tells_the_consultant_once() {
    common::run(async {
        let mut app = spawn_app().await;
        let consultant = app
            .add_user(app::domain::Role::Desk, "consulent@example.nl", None)
            .await;
        paired_today(&mut app, Some(consultant)).await;
        let db = app.db().clone();
        let (s, _) = today();
        assert_eq!(run(&db, s + 41).await.silences, 0);
        assert_eq!(run(&db, s + 42).await.silences, 1);
        assert_eq!(run(&db, s + 43).await.silences, 0);
        assert_eq!(run(&db, s + 90).await.silences, 0);
        let told = mails(&app, "buddy_silent").await;
        assert_eq!(told.len(), 1);
        assert_eq!(told[0].0, "consulent@example.nl");
        assert!(told[0].2.contains("/balie/plaatsingen/"));
    });
}

#[test]
fn two_instances_send_each_reminder_once() {
    common::run(async {
        let mut app = spawn_app().await;
        let d = desk(&mut app).await;
        let henk = buddy(&app, "henk@vrijwilligers.nl").await;
        let (s, start) = today();
        const PEOPLE: usize = 8;
        for i in 0..PEOPLE {
            let (_, placement) = placed(
                &mut app,
                d.employer,
                &format!("CL-{i}"),
                "Sanne",
                None,
                "profile",
                &start,
            )
            .await;
            pair(&mut app, placement, henk, &start, "weekly").await;
        }
        // Two server instances: each its own connection pool on the same database.
        let one = Db::connect(&app.db_url).await.expect("instance one");
        let two = Db::connect(&app.db_url).await.expect("instance two");
        for day in [s + 8, s + 15] {
            let mut total = 0;
            for _ in 0..3 {
                let (a, b) = tokio::join!(
                    run_once(&one, "http://portal.test", at(day)),
                    run_once(&two, "http://portal.test", at(day) + 60),
                );
                total += a.expect("one").reminders + b.expect("two").reminders;
            }
            assert_eq!(total, PEOPLE, "day {}", day - s);
        }
        assert_eq!(mails(&app, "buddy_reminder").await.len(), 2 * PEOPLE);
        assert_eq!(
            app.count("SELECT COUNT(*) FROM followup_notices").await,
            2 * PEOPLE as i64
        );
        one.close().await;
        two.close().await;
    });
}
