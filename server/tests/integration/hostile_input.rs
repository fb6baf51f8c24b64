//! No input makes a handler fail: generated paths, query strings and form bodies — control
//! bytes, broken and overlong percent-escapes, bytes that are not UTF-8, very long values,
//! the portal's own field names with nonsense in them — sent to every route the app has
//! (its pages, its server functions, its plain handlers), as a visitor and as a logged-in
//! desk user with a valid CSRF token (so the handlers themselves are reached). Every answer
//! must be below 500, and nothing may panic (a panic fails the test).

use crate::common;

use app::domain::Role;
use axum::body::Body;
use axum::http::{header, Method, Request};
use proptest::prelude::*;
use proptest::test_runner::{Config, TestCaseError, TestRunner};
use tower::ServiceExt;

/// Every route of the app, with its parameters as `{name}`.
fn routes() -> Vec<(String, bool)> {
    let mut out: Vec<(String, bool)> = opstap_server::web::route_list()
        .iter()
        .map(|r| (r.path().to_string(), false))
        .collect();
    for (path, method) in leptos::server_fn::axum::server_fn_paths() {
        // Server functions read as `GET` take their arguments from the query string.
        out.push((path.to_string(), method != Method::GET));
    }
    for path in opstap_server::web::plain_routes() {
        out.push((path.to_string(), false));
    }
    out.sort();
    out.dedup();
    out
}

/// Text worth trying: bytes that are not UTF-8, control characters, escapes that end too
/// early, HTML and SQL, numbers out of range, very long runs.
fn nasty() -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        proptest::collection::vec(any::<u8>(), 0..40),
        Just(b"%".to_vec()),
        Just(b"%zz%2".to_vec()),
        Just(b"%00%0d%0a%ff%fe".to_vec()),
        Just(b"-1".to_vec()),
        Just(b"99999999999999999999999".to_vec()),
        Just(b"0".to_vec()),
        Just(b"' OR 1=1 --".to_vec()),
        Just(b"<script>alert(1)</script>".to_vec()),
        Just(b"//evil.example".to_vec()),
        Just(b"2026-02-30".to_vec()),
        Just("é\u{202e}\u{0}".as_bytes().to_vec()),
        (1usize..20_000).prop_map(|n| vec![b'a'; n]),
        any::<i64>().prop_map(|n| n.to_string().into_bytes()),
        "[a-z_]{1,12}".prop_map(String::into_bytes),
    ]
}

/// Field names: the portal's own (so the handler reads them) and nonsense.
fn field_name() -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        3 => proptest::sample::select(vec![
            "id", "q", "page", "per_page", "kind", "sector", "status", "email", "password",
            "name", "title", "description", "hours_min", "hours_max", "start_date",
            "closing_date", "opening", "candidate", "items[0][candidate]",
            "items[0][motivation]", "pairing", "held_on", "score", "mode", "next_on",
            "reason", "note", "token", "terug", "next", "van", "tot", "gemeente",
            "scope", "given_on", "client_number", "first_name", "birth_year", "date", "time",
        ])
        .prop_map(|s| s.as_bytes().to_vec()),
        1 => nasty(),
    ]
}

/// `%XX` for every byte outside unreserved ASCII (so any bytes fit a URL).
fn escape(bytes: &[u8]) -> String {
    bytes
        .iter()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                (*b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

#[derive(Debug, Clone)]
struct Case {
    route: usize,
    segment: Vec<u8>,
    query: Vec<(Vec<u8>, Vec<u8>)>,
    /// Raw form bytes: pairs escaped, or sent as they are (not even UTF-8).
    body: Vec<(Vec<u8>, Vec<u8>)>,
    raw_body: bool,
    logged_in: bool,
}

fn case(routes: usize) -> impl Strategy<Value = Case> {
    (
        0..routes,
        nasty(),
        proptest::collection::vec((field_name(), nasty()), 0..4),
        proptest::collection::vec((field_name(), nasty()), 0..6),
        any::<bool>(),
        any::<bool>(),
    )
        .prop_map(|(route, segment, query, body, raw_body, logged_in)| Case {
            route,
            segment,
            query,
            body,
            raw_body,
            logged_in,
        })
}

/// The path with each `{param}` (or `:param`) filled in with `segment`.
fn fill(route: &str, segment: &[u8]) -> String {
    route
        .split('/')
        .map(|part| {
            if part.starts_with('{') || part.starts_with(':') {
                let escaped = escape(segment);
                if escaped.is_empty() {
                    "x".to_string()
                } else {
                    escaped
                }
            } else {
                part.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join("/")
}

#[test]
fn no_generated_input_makes_a_handler_fail_or_panic() {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("runtime");
    let (mut app, desk_cookies, desk_csrf, visitor_cookies, visitor_csrf) =
        runtime.block_on(async {
            let mut app = common::spawn_app().await;
            app.add_user(Role::Desk, "desk@example.nl", None).await;
            let employer = app.add_employer("Bakkerij Test", "12345678").await;
            let desk = app.add_user(Role::Admin, "admin@example.nl", None).await;
            app.published_opening(employer, desk, "Bakker").await;
            let visitor_csrf = app.csrf_token().await;
            let visitor_cookies = cookies(&app);
            app.login("desk@example.nl", common::PASSWORD).await;
            let desk_csrf = app.csrf_token().await;
            let desk_cookies = cookies(&app);
            (app, desk_cookies, desk_csrf, visitor_cookies, visitor_csrf)
        });
    app.cookies.clear();
    let routes = routes();
    assert!(routes.len() > 80, "the route list: {}", routes.len());
    // What was sent, to show the test reaches the handlers (not only the routing).
    let sent = std::cell::RefCell::new(std::collections::BTreeMap::<u16, usize>::new());
    let hit = std::cell::RefCell::new(std::collections::BTreeSet::<usize>::new());
    let mut runner = TestRunner::new(Config {
        cases: 600,
        failure_persistence: None,
        // A failure is shrunk for at most a minute, then reported as found: each try can
        // wait up to 30 s for an answer, and an unbounded search once ran for ten minutes.
        max_shrink_time: 60_000,
        ..Config::default()
    });
    let result = runner.run(&case(routes.len()), |c| {
        let (route, is_server_fn) = &routes[c.route];
        let path = fill(route, &c.segment);
        let query: Vec<String> = c
            .query
            .iter()
            .map(|(k, v)| format!("{}={}", escape(k), escape(v)))
            .collect();
        let uri = if query.is_empty() {
            path.clone()
        } else {
            format!("{path}?{}", query.join("&"))
        };
        let (cookie, csrf) = if c.logged_in {
            (&desk_cookies, &desk_csrf)
        } else {
            (&visitor_cookies, &visitor_csrf)
        };
        let mut body: Vec<u8> = format!("csrf={csrf}").into_bytes();
        for (k, v) in &c.body {
            body.push(b'&');
            if c.raw_body {
                body.extend(k.iter().filter(|b| **b != b'&' && **b != b'='));
                body.push(b'=');
                body.extend(v.iter().filter(|b| **b != b'&'));
            } else {
                body.extend(escape(k).bytes());
                body.push(b'=');
                body.extend(escape(v).bytes());
            }
        }
        let method = if *is_server_fn {
            Method::POST
        } else {
            Method::GET
        };
        let Ok(mut req) = Request::builder()
            .method(method.clone())
            .uri(uri.as_str())
            .header(
                header::ACCEPT,
                if c.raw_body {
                    "application/json"
                } else {
                    "text/html"
                },
            )
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .header(header::COOKIE, cookie.as_str())
            .body(Body::from(body))
        else {
            return Ok(()); // not a URI an HTTP client could send
        };
        hit.borrow_mut().insert(c.route);
        req.extensions_mut()
            .insert(axum::extract::ConnectInfo(app.address));
        let router = app.router.clone();
        let status = runtime.block_on(async move {
            tokio::time::timeout(std::time::Duration::from_secs(30), router.oneshot(req))
                .await
                .map(|r| r.map(|res| res.status()))
        });
        match status {
            Ok(Ok(status)) if status.is_server_error() => Err(TestCaseError::fail(format!(
                "{method} {uri} answered {status}"
            ))),
            Ok(Ok(status)) => {
                *sent.borrow_mut().entry(status.as_u16()).or_default() += 1;
                Ok(())
            }
            Ok(Err(e)) => Err(TestCaseError::fail(format!(
                "{method} {uri}: router error {e}"
            ))),
            Err(_) => Err(TestCaseError::fail(format!(
                "{method} {uri}: no answer in 30 s"
            ))),
        }
    });
    if let Err(e) = result {
        panic!("{e}");
    }
    let sent = sent.into_inner();
    eprintln!("answers by status: {sent:?}");
    let total: usize = sent.values().sum();
    assert!(total >= 500, "most cases reached the portal: {total}");
    assert!(sent.keys().any(|s| *s < 400), "some were accepted");
    assert!(
        sent.keys().any(|s| (400..500).contains(s)),
        "some were refused"
    );
    assert!(
        hit.into_inner().len() * 10 >= routes.len() * 9,
        "nearly every route was tried"
    );
}

fn cookies(app: &common::TestApp) -> String {
    app.cookies
        .iter()
        .map(|(k, v)| format!("{k}={v}"))
        .collect::<Vec<_>>()
        .join("; ")
}

/// A page number past any list (the largest 64-bit number) shows an empty page of each
/// paged list, not a panic: the offset is worked out without overflow (`domain::paging`).
/// Found by the generated test above on 3 December 2026 (`?page=` of the candidate list).
#[test]
fn a_page_number_past_any_list_shows_an_empty_page() {
    common::run(async {
        let mut app = common::spawn_app().await;
        app.add_user(Role::Admin, "admin@example.nl", None).await;
        let huge = i64::MAX;
        let board = app
            .get(&format!("/vacatures?page={huge}&per_page={huge}"))
            .await;
        assert_eq!(board.status, 200, "{}", board.body);
        app.login("admin@example.nl", common::PASSWORD).await;
        for path in [
            format!("/balie/kandidaten?page={huge}"),
            format!("/beheer/audit?page={huge}"),
        ] {
            let page = app.get(&path).await;
            assert_eq!(page.status, 200, "{path}: {}", page.body);
            assert!(page.body.contains("<main"), "{path} is a whole page");
        }
    });
}
