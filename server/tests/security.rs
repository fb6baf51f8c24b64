//! Security hardening: headers on every kind of response, password rules, sessions.

mod common;

use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use common::spawn_app;

fn header<'a>(res: &'a common::Response, name: &str) -> &'a str {
    res.headers
        .get(name)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
}

/// The same protective headers on pages, server functions, files, feeds and refusals.
fn assert_protected(res: &common::Response, what: &str) {
    assert_eq!(header(res, "x-content-type-options"), "nosniff", "{what}");
    assert_eq!(header(res, "x-frame-options"), "DENY", "{what}");
    assert_eq!(header(res, "referrer-policy"), "same-origin", "{what}");
    let csp = header(res, "content-security-policy");
    assert!(csp.contains("frame-ancestors 'none'"), "{what}: {csp}");
    assert!(!csp.contains("unsafe-inline"), "{what}: {csp}");
}

#[test]
fn every_response_carries_the_security_headers() {
    common::run(async {
        let mut app = spawn_app().await;

        // A page: its policy allows exactly the inline scripts that carry this response's
        // nonce, and every inline script carries it.
        let page = app.get("/inloggen").await;
        assert_eq!(page.status, StatusCode::OK);
        assert_protected(&page, "page");
        let csp = header(&page, "content-security-policy").to_string();
        let nonce = csp
            .split("'nonce-")
            .nth(1)
            .and_then(|rest| rest.split('\'').next())
            .expect("page policy has a nonce");
        assert!(nonce.len() >= 16, "{nonce}");
        let scripts = page.body.matches("<script").count();
        assert!(scripts > 0);
        assert_eq!(
            page.body.matches(&format!("nonce=\"{nonce}\"")).count(),
            scripts,
            "every inline script carries the nonce"
        );
        // A fresh nonce per response.
        let again = app.get("/inloggen").await;
        assert!(!header(&again, "content-security-policy").contains(nonce));

        // Not pages: the strict policy.
        for path in ["/healthz", "/api/v1/openings", "/vacatures/feed.atom"] {
            let res = app.call_get(path).await;
            assert_protected(&res, path);
            assert!(
                header(&res, "content-security-policy").starts_with("default-src 'none'"),
                "{path}"
            );
        }
        // The 404 page and a refused form.
        let missing = app.get("/bestaat/niet").await;
        assert_eq!(missing.status, StatusCode::NOT_FOUND);
        assert_protected(&missing, "404");
        let forged = app
            .request(
                Request::post("/api/logout")
                    .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
                    .body(Body::from("csrf=forged"))
                    .expect("request"),
            )
            .await;
        assert_eq!(forged.status, StatusCode::FORBIDDEN);
        assert_protected(&forged, "refused form");
    });
}
