//! Many writers at once, through the real router: desk users saving candidates, proposing
//! and recording consents while a buddy logs check-ins. Every write must be answered with
//! success and be stored — on SQLite (one writer at a time, queued) and on PostgreSQL.

use crate::common;

use crate::common::placed::{buddy, desk, pair, pairing_of, placed, today};
use crate::common::pool::{candidate_fields, id_from, register};
use crate::common::{spawn_app, TestApp, PASSWORD};
use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use tower::ServiceExt;

/// A form post as a browser without JavaScript sends it, with the given cookies.
fn post(app: &TestApp, cookies: &str, path: &str, fields: &[(String, String)]) -> Request<Body> {
    let body = serde_urlencoded::to_string(fields).expect("form");
    let mut req = Request::post(path)
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .header(header::ACCEPT, "text/html")
        .header(header::COOKIE, cookies)
        .header(header::REFERER, "http://127.0.0.1:3000/balie")
        .body(Body::from(body))
        .expect("request");
    req.extensions_mut()
        .insert(axum::extract::ConnectInfo(app.address));
    req
}

fn cookie_header(app: &TestApp) -> String {
    app.cookies
        .iter()
        .map(|(k, v)| format!("{k}={v}"))
        .collect::<Vec<_>>()
        .join("; ")
}

fn pairs(fields: &[(&str, String)]) -> Vec<(String, String)> {
    fields
        .iter()
        .map(|(k, v)| (k.to_string(), v.clone()))
        .collect()
}

#[test]
fn sixteen_writers_at_once_are_all_answered_and_all_stored() {
    common::run(async {
        let mut app = spawn_app().await;
        let d = desk(&mut app).await;
        let (day, start) = today();
        // Candidates with consent, openings to propose them for, a buddy with a placement.
        let mut candidates = Vec::new();
        for i in 0..8 {
            let fields = candidate_fields(&format!("CL-{i:03}"), &format!("Naam{i}"));
            candidates.push((id_from(&register(&mut app, &fields).await), fields));
        }
        let mut openings = Vec::new();
        for i in 0..4 {
            openings.push(
                app.published_opening(d.employer, d.desk_id, &format!("Vacature {i}"))
                    .await,
            );
        }
        let henk = buddy(&app, "henk@vrijwilligers.nl").await;
        let (_, placement) = placed(
            &mut app, d.employer, "CL-900", "Sanne", None, "profile", &start,
        )
        .await;
        pair(&mut app, placement, henk, &start, "weekly").await;
        let pairing = pairing_of(&app, placement).await;
        let desk_csrf = app.csrf_token().await;
        let desk_cookies = cookie_header(&app);
        let mut buddy_app = common::start(&app.db_url).await;
        buddy_app.login("henk@vrijwilligers.nl", PASSWORD).await;
        let buddy_csrf = buddy_app.csrf_token().await;
        let buddy_cookies = cookie_header(&buddy_app);

        let before = opstap_server::write_load::stored(app.db())
            .await
            .expect("count");

        // 16 writers, 8 writes each: 32 of every kind.
        let mut tasks = tokio::task::JoinSet::new();
        for w in 0..16usize {
            let mut requests = Vec::new();
            for n in 0..8usize {
                let i = w * 8 + n;
                let (candidate, fields) = &candidates[i % candidates.len()];
                let req = match i % 4 {
                    0 => {
                        let mut f: Vec<(String, String)> = vec![
                            ("csrf".into(), desk_csrf.clone()),
                            ("id".into(), candidate.to_string()),
                        ];
                        f.extend(
                            fields
                                .iter()
                                .filter(|(k, _)| !k.starts_with("consent"))
                                .cloned(),
                        );
                        f.retain(|(k, _)| k != "skills");
                        f.push(("skills".into(), format!("vaardigheid {i}")));
                        post(&app, &desk_cookies, "/api/save_candidate", &f)
                    }
                    1 => post(
                        &app,
                        &desk_cookies,
                        "/api/propose",
                        &pairs(&[
                            ("csrf", desk_csrf.clone()),
                            ("opening", openings[(i / 4) % openings.len()].to_string()),
                            (
                                "items[0][candidate]",
                                candidates[(i / 16) % candidates.len()].0.to_string(),
                            ),
                            ("items[0][motivation]", format!("Past goed ({i})")),
                        ]),
                    ),
                    2 => post(
                        &app,
                        &desk_cookies,
                        "/api/change_consent",
                        &pairs(&[
                            ("csrf", desk_csrf.clone()),
                            ("id", candidate.to_string()),
                            ("scope", "profile".into()),
                            ("given_on", app::domain::dates::iso_date(day)),
                        ]),
                    ),
                    _ => post(
                        &buddy_app,
                        &buddy_cookies,
                        "/api/log_checkin",
                        &pairs(&[
                            ("csrf", buddy_csrf.clone()),
                            ("pairing", pairing.to_string()),
                            ("held_on", app::domain::dates::iso_date(day)),
                            ("mode", "call".into()),
                            ("score", "4".into()),
                            ("notes_work", format!("Contact {i}")),
                            ("notes_home", String::new()),
                            ("next_on", String::new()),
                        ]),
                    ),
                };
                requests.push((i, req));
            }
            let router = app.router.clone();
            tasks.spawn(async move {
                let mut answers = Vec::new();
                for (i, req) in requests {
                    let res = router.clone().oneshot(req).await.expect("router");
                    let location = res
                        .headers()
                        .get(header::LOCATION)
                        .and_then(|v| v.to_str().ok())
                        .unwrap_or("")
                        .to_string();
                    answers.push((i, res.status(), location));
                }
                answers
            });
        }
        let mut answered = 0;
        while let Some(answers) = tasks.join_next().await {
            for (i, status, location) in answers.expect("writer") {
                assert_eq!(status, StatusCode::FOUND, "write {i}: {status} {location}");
                assert!(
                    !location.contains("__err="),
                    "write {i} refused: {location}"
                );
                answered += 1;
            }
        }
        assert_eq!(answered, 128);
        let after = opstap_server::write_load::stored(app.db())
            .await
            .expect("count");
        assert_eq!(
            after.saves - before.saves,
            32,
            "candidate saves ({})",
            common::backend_name()
        );
        // 32 proposal posts over 8 candidates × 4 openings: each pair once (a repeat is
        // answered the same way and not stored twice).
        assert_eq!(after.proposals - before.proposals, 32, "proposals");
        assert_eq!(after.consents - before.consents, 32, "consents");
        assert_eq!(after.checkins - before.checkins, 32, "check-ins");
    });
}
