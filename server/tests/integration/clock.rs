//! The Dutch clock: at 00:30 in Amsterdam — in winter (+01:00) and in summer (+02:00) —
//! "today" is the Dutch day, not the UTC one: a check-in dated today is accepted, an
//! opening closes and a reminder goes out on the right Dutch day, and feeds and pages carry
//! the Dutch offset and time.

use crate::common;

use crate::common::placed::{buddy, checkin, desk, pair, pairing_of, placed};
use crate::common::{spawn_app, TestApp, PASSWORD};
use app::domain::dates::{days_from_civil, iso_date};
use axum::http::StatusCode;

/// Unix seconds of a UTC date and time.
fn utc(y: i64, m: u32, d: u32, h: i64, min: i64) -> i64 {
    days_from_civil(y, m, d) * 86_400 + h * 3600 + min * 60
}

/// 00:30 on 15 January 2027 in Amsterdam (still the 14th in UTC).
fn winter() -> i64 {
    utc(2027, 1, 14, 23, 30)
}

/// 00:30 on 15 July 2027 in Amsterdam (still the 14th in UTC).
fn summer() -> i64 {
    utc(2027, 7, 14, 22, 30)
}

/// The Dutch date of `at` (one of the two moments above, both on the 15th) with `days`
/// added, as `YYYY-MM-DD` — written out, not worked out by the code under test.
fn dutch_day(at: i64, days: i64) -> String {
    let fifteenth = if at == winter() {
        days_from_civil(2027, 1, 15)
    } else {
        days_from_civil(2027, 7, 15)
    };
    iso_date(fifteenth + days)
}

/// A placement started five days before `at`, a weekly buddy, logged in as the buddy;
/// answers the pairing.
async fn buddy_at(app: &mut TestApp, at: i64) -> i64 {
    app.state.clock.set(at);
    let d = desk(app).await;
    let henk = buddy(app, "henk@vrijwilligers.nl").await;
    let start = dutch_day(at, -5);
    let (_, placement) = placed(app, d.employer, "CL-9", "Sanne", None, "profile", &start).await;
    let paired = pair(app, placement, henk, &start, "weekly").await;
    assert!(paired.location().is_some(), "{}", paired.body);
    app.logout().await;
    app.login("henk@vrijwilligers.nl", PASSWORD).await;
    pairing_of(app, placement).await
}

#[test]
fn at_half_past_midnight_a_checkin_dated_today_is_accepted() {
    common::run(async {
        for (season, at) in [("winter", winter()), ("summer", summer())] {
            let mut app = spawn_app().await;
            let pairing = buddy_at(&mut app, at).await;
            let today = dutch_day(at, 0);
            assert!(today.ends_with("-15"), "{season}: {today}");
            // The page offers today's Dutch date.
            let page = app.get(&format!("/buddy/koppelingen/{pairing}")).await;
            assert!(
                page.body.contains(&format!("value=\"{today}\"")),
                "{season}: the form offers {today}"
            );
            let res = checkin(&mut app, pairing, "4", false, &[("held_on", &today)]).await;
            assert!(
                res.location().is_some(),
                "{season}: a check-in dated today ({today}) was refused: {} {}",
                res.status,
                res.body
            );
            // Tomorrow is still the future.
            let tomorrow = dutch_day(at, 1);
            let res = checkin(&mut app, pairing, "4", false, &[("held_on", &tomorrow)]).await;
            assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY, "{season}");
            assert!(res.body.contains("held_on"), "{season}: {}", res.body);
        }
    });
}

#[test]
fn reminders_go_out_on_the_dutch_day_after_the_check_in_was_due() {
    common::run(async {
        for at in [winter(), summer()] {
            let mut app = spawn_app().await;
            let pairing = buddy_at(&mut app, at).await;
            // Today's check-in plans the next for tomorrow.
            let res = checkin(
                &mut app,
                pairing,
                "4",
                false,
                &[
                    ("held_on", &dutch_day(at, 0)),
                    ("next_on", &dutch_day(at, 1)),
                ],
            )
            .await;
            assert!(res.location().is_some(), "{}", res.body);
            let db = app.db().clone();
            let run = |now: i64| {
                let db = db.clone();
                async move {
                    opstap_server::jobs::followup::run_once(&db, "http://portal.test", now)
                        .await
                        .expect("job")
                        .reminders
                }
            };
            let day = 86_400;
            // 23:30 Dutch time on the due day (already the next day in UTC in summer): not
            // late yet.
            assert_eq!(run(at + day - 3600).await, 0);
            // 00:30 Dutch time the day after it was due (still the due day in UTC): late.
            assert_eq!(run(at + 2 * day).await, 1);
        }
    });
}

#[test]
fn an_opening_expires_when_its_closing_day_has_ended_in_the_netherlands() {
    common::run(async {
        for at in [winter(), summer()] {
            let mut app = spawn_app().await;
            let employer = app.add_employer("Bakkerij Nacht", "34567890").await;
            let desk = app
                .add_user(app::domain::Role::Desk, "d@example.nl", None)
                .await;
            let id = app.published_opening(employer, desk, "Nachtbakker").await;
            // It closes on the 14th: at 00:30 on the 15th (Dutch), it is over.
            sqlx::query("UPDATE openings SET closing_date = $2 WHERE id = $1")
                .bind(id)
                .bind(dutch_day(at, -1))
                .execute(app.db().pool())
                .await
                .expect("closing date");
            app::store::read_cache::openings_changed();
            let status = |app: &TestApp| {
                let db = app.db().clone();
                async move {
                    sqlx::query_scalar::<_, String>("SELECT status FROM openings WHERE id = $1")
                        .bind(id)
                        .fetch_one(db.pool())
                        .await
                        .expect("status")
                }
            };
            opstap_server::jobs::expiry::run_once(app.db(), at - 3600)
                .await
                .expect("job");
            assert_eq!(status(&app).await, "published", "23:30 on its last day");
            app.state.clock.set(at - 3600);
            assert_eq!(
                app.get(&format!("/vacatures/{id}")).await.status,
                StatusCode::OK
            );
            app.state.clock.set(at);
            // The board hides it at once, before the job has run.
            assert_eq!(
                app.get(&format!("/vacatures/{id}")).await.status,
                StatusCode::GONE
            );
            opstap_server::jobs::expiry::run_once(app.db(), at)
                .await
                .expect("job");
            assert_eq!(status(&app).await, "expired", "00:30 the day after");
        }
    });
}

#[test]
fn feeds_and_pages_carry_dutch_offsets_and_times() {
    common::run(async {
        let mut app = spawn_app().await;
        let employer = app.add_employer("Kwekerij Tijd", "45678901").await;
        let desk = app
            .add_user(app::domain::Role::Desk, "d@example.nl", None)
            .await;
        let id = app.published_opening(employer, desk, "Tuinier").await;
        // Published in winter, edited in summer, closing on a summer day.
        sqlx::query(
            "UPDATE openings SET published_at = $2, updated_at = $3, closing_date = '2027-08-31' WHERE id = $1",
        )
        .bind(id)
        .bind(winter())
        .bind(summer())
        .execute(app.db().pool())
        .await
        .expect("times");
        app::store::read_cache::openings_changed();
        app.state.clock.set(summer());

        let feed = app.get("/vacatures/feed.atom").await;
        assert_eq!(feed.status, StatusCode::OK);
        assert!(
            feed.body
                .contains("<updated>2027-07-15T00:30:00+02:00</updated>\n<published>2027-01-15T00:30:00+01:00</published>"),
            "{}",
            feed.body
        );
        // The feed itself changed when its newest entry did.
        let head = feed.body.split("<entry>").next().unwrap_or_default();
        assert!(
            head.contains("<updated>2027-07-15T00:30:00+02:00</updated>"),
            "{head}"
        );

        let page = app.get(&format!("/vacatures/{id}")).await;
        assert!(
            page.body
                .contains("\"validThrough\":\"2027-08-31T23:59:59+02:00\""),
            "summer offset in the JSON-LD"
        );
        sqlx::query("UPDATE openings SET closing_date = '2027-12-31' WHERE id = $1")
            .bind(id)
            .execute(app.db().pool())
            .await
            .expect("closing");
        app::store::read_cache::openings_changed();
        let page = app.get(&format!("/vacatures/{id}")).await;
        assert!(page
            .body
            .contains("\"validThrough\":\"2027-12-31T23:59:59+01:00\""));
        // The day it was published, as a Dutch reader sees it (15 January, not the 14th).
        assert!(
            page.body.contains("15-1-2027"),
            "published on the Dutch day"
        );
    });
}
