//! What a browser downloads: static files under content-hashed names, compressed, cached for
//! a year, without cookies; pages and data compressed; validators on public pages only; the
//! island loader's tags without a nonce in `crossorigin`; no script on pages without islands.

use crate::common;

use crate::common::{spawn_app_with_site, TempDir, TestApp, PASSWORD};
use app::domain::Role;
use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use opstap_server::web::assets;

const CSS: &str = "body { color: #1b1b1b; font-family: system-ui; } .button { padding: 1rem; }";

/// A site folder as `./dev build` leaves it (small stand-ins for the bundle), with the
/// compressed copies `opstap assets compress` writes.
fn site(css: &str) -> TempDir {
    let dir = std::env::temp_dir().join(format!(
        "opstap-site-{}",
        &app::auth::tokens::random_token()[..12]
    ));
    std::fs::create_dir_all(dir.join("pkg")).expect("site folder");
    let write = |name: &str, text: String| std::fs::write(dir.join(name), text).expect("write");
    write("pkg/opstap.css", css.repeat(20));
    write("pkg/opstap.js", "export function hydrate() {}\n".repeat(40));
    write("pkg/opstap_bg.wasm", "\0asm wasm stand-in ".repeat(60));
    write(
        "favicon.svg",
        format!(
            "<svg xmlns=\"http://www.w3.org/2000/svg\">{}</svg>",
            " ".repeat(300)
        ),
    );
    write("robots.txt", "User-agent: *\nDisallow: /balie\n".into());
    assets::compress_site(&dir).expect("compress");
    TempDir(dir)
}

async fn get(app: &mut TestApp, path: &str, encoding: &str) -> common::Response {
    let mut req = Request::get(path).header(header::ACCEPT, "text/html");
    if !encoding.is_empty() {
        req = req.header(header::ACCEPT_ENCODING, encoding);
    }
    app.request(req.body(Body::empty()).expect("request")).await
}

fn unbrotli(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    brotli::BrotliDecompress(&mut &bytes[..], &mut out).expect("valid brotli");
    out
}

fn ungzip(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    std::io::Read::read_to_end(&mut flate2::read::GzDecoder::new(bytes), &mut out)
        .expect("valid gzip");
    out
}

/// Every `attr="…"` value in `html`.
fn attributes<'a>(html: &'a str, attr: &str) -> Vec<&'a str> {
    let marker = format!(" {attr}=\"");
    html.match_indices(&marker)
        .filter_map(|(i, _)| {
            let rest = &html[i + marker.len()..];
            rest.find('"').map(|end| &rest[..end])
        })
        .collect()
}

#[test]
fn assets_are_hashed_compressed_immutable_and_cookie_free() {
    common::run(async {
        let folder = site(CSS);
        let mut app = spawn_app_with_site(&folder.0).await;
        let page = get(&mut app, "/inloggen", "").await;
        assert_eq!(page.status, StatusCode::OK);
        let hashed: Vec<String> = attributes(&page.body, "href")
            .into_iter()
            .filter(|h| h.starts_with("/pkg/") || h.starts_with("/favicon"))
            .map(str::to_string)
            .collect();
        // The style sheet and icon on every page; the bundle's two files on this one (it
        // has the password island).
        assert_eq!(hashed.len(), 4, "{hashed:?}");
        for (logical, prefix, ext) in [
            ("pkg/opstap.css", "/pkg/opstap-", ".css"),
            ("pkg/opstap.js", "/pkg/opstap-", ".js"),
            ("pkg/opstap_bg.wasm", "/pkg/opstap_bg-", ".wasm"),
            ("favicon.svg", "/favicon-", ".svg"),
        ] {
            let href = &app.state.assets.url(logical);
            assert!(
                hashed.contains(href),
                "{logical} is linked as {href}: {hashed:?}"
            );
            let hash = href
                .strip_prefix(prefix)
                .and_then(|rest| rest.strip_suffix(ext))
                .unwrap_or_else(|| panic!("{href} is not {prefix}<hash>{ext}"));
            assert!(
                hash.len() == 16 && hash.bytes().all(|b| b.is_ascii_hexdigit()),
                "{href}"
            );
            let plain = std::fs::read(folder.0.join(logical)).expect("file");

            let res = get(&mut app, href, "gzip, deflate, br").await;
            assert_eq!(res.status, StatusCode::OK, "{href}");
            assert_eq!(res.headers[header::CONTENT_ENCODING], "br", "{href}");
            assert_eq!(unbrotli(&res.raw), plain, "{href}");
            assert_eq!(
                res.headers[header::CACHE_CONTROL],
                "public, max-age=31536000, immutable"
            );
            assert!(
                res.headers.get(header::SET_COOKIE).is_none(),
                "{href} sets a cookie"
            );
            assert_eq!(res.headers[header::VARY], "accept-encoding");
            assert_eq!(res.headers[header::X_CONTENT_TYPE_OPTIONS], "nosniff");

            let res = get(&mut app, href, "gzip").await;
            assert_eq!(res.headers[header::CONTENT_ENCODING], "gzip");
            assert_eq!(ungzip(&res.raw), plain);

            let res = get(&mut app, href, "").await;
            assert!(res.headers.get(header::CONTENT_ENCODING).is_none());
            assert_eq!(res.raw, plain);

            // A browser that has it asks again only if it must; it gets a 304.
            let etag = res.headers[header::ETAG].clone();
            let req = Request::get(href.as_str())
                .header(header::IF_NONE_MATCH, etag)
                .body(Body::empty())
                .expect("request");
            assert_eq!(app.request(req).await.status, StatusCode::NOT_MODIFIED);
        }
        // The plain names are not served (a stale link cannot get a stale file).
        assert_eq!(
            get(&mut app, "/pkg/opstap.css", "").await.status,
            StatusCode::NOT_FOUND
        );
        // Files with a fixed name keep it, with a short cache.
        let robots = get(&mut app, "/robots.txt", "").await;
        assert_eq!(robots.status, StatusCode::OK);
        assert_eq!(
            robots.headers[header::CACHE_CONTROL],
            "public, max-age=3600"
        );
    });
}

#[test]
fn a_changed_file_gets_a_new_name() {
    common::run(async {
        let one = site(CSS);
        let two = site(&CSS.replace("1rem", "2rem"));
        let first = spawn_app_with_site(&one.0).await;
        let second = spawn_app_with_site(&two.0).await;
        let (a, b) = (
            first.state.assets.url("pkg/opstap.css"),
            second.state.assets.url("pkg/opstap.css"),
        );
        assert_ne!(a, b);
        assert_eq!(
            first.state.assets.url("pkg/opstap.js"),
            second.state.assets.url("pkg/opstap.js"),
            "an unchanged file keeps its name"
        );
    });
}

#[test]
fn a_stale_compressed_copy_is_not_sent() {
    common::run(async {
        let folder = site(CSS);
        // The file is rebuilt after its copies were made (a build without the compress step).
        std::thread::sleep(std::time::Duration::from_millis(20));
        let fresh = CSS.replace("system-ui", "serif").repeat(20);
        std::fs::write(folder.0.join("pkg/opstap.css"), &fresh).expect("write");
        let mut app = spawn_app_with_site(&folder.0).await;
        let url = app.state.assets.url("pkg/opstap.css");
        let res = get(&mut app, &url, "br").await;
        assert_eq!(res.headers[header::CONTENT_ENCODING], "br");
        assert_eq!(unbrotli(&res.raw), fresh.as_bytes());
    });
}

#[test]
fn pages_and_data_are_compressed_and_only_public_pages_are_kept() {
    common::run(async {
        let folder = site(CSS);
        let mut app = spawn_app_with_site(&folder.0).await;
        let employer = app.add_employer("Bakkerij Test", "12345678").await;
        let desk = app.add_user(Role::Desk, "balie@test.example", None).await;
        app.published_opening(employer, desk, "Bakker in opleiding")
            .await;

        let board = get(&mut app, "/vacatures", "gzip, br").await;
        assert_eq!(board.status, StatusCode::OK);
        assert_eq!(board.headers[header::CONTENT_ENCODING], "br");
        let html = String::from_utf8(unbrotli(&board.raw)).expect("utf-8");
        assert!(html.contains("Bakker in opleiding"));
        assert!(board.raw.len() * 2 < html.len(), "compressed well");
        // No island on the board: no script to load, no bundle.
        assert!(
            !html.contains("type=\"module\""),
            "the board loads no script"
        );
        assert!(!html.contains("modulepreload") && !html.contains("opstap_bg-"));
        // A visitor's page may be kept, but must be asked for again: 304 while unchanged.
        assert_eq!(board.headers[header::CACHE_CONTROL], "private, no-cache");
        let etag = board.headers[header::ETAG].clone();
        let req = Request::get("/vacatures")
            .header(header::ACCEPT, "text/html")
            .header(header::IF_NONE_MATCH, etag.clone())
            .body(Body::empty())
            .expect("request");
        let again = app.request(req).await;
        assert_eq!(again.status, StatusCode::NOT_MODIFIED);
        assert!(again.raw.is_empty());

        let api = get(&mut app, "/api/v1/openings", "br").await;
        assert_eq!(api.status, StatusCode::OK);
        assert_eq!(api.headers[header::CONTENT_ENCODING], "br");
        let json: serde_json::Value = serde_json::from_slice(&unbrotli(&api.raw)).expect("json");
        assert!(json.to_string().contains("Bakker in opleiding"));
        assert!(
            api.headers.get(header::SET_COOKIE).is_none(),
            "no cookie on data"
        );
        assert!(api.headers.get(header::ETAG).is_some());

        let feed = get(&mut app, "/vacatures/feed.atom", "gzip").await;
        assert_eq!(feed.headers[header::CONTENT_ENCODING], "gzip");

        // Logged in, a page holds personal data: never stored, no validator.
        app.login("balie@test.example", PASSWORD).await;
        let home = get(&mut app, "/balie", "br").await;
        assert_eq!(home.status, StatusCode::OK);
        assert_eq!(home.headers[header::CACHE_CONTROL], "no-store");
        assert!(home.headers.get(header::ETAG).is_none());
        assert_eq!(home.headers[header::CONTENT_ENCODING], "br");
        let req = Request::get("/vacatures")
            .header(header::ACCEPT, "text/html")
            .header(header::IF_NONE_MATCH, etag)
            .body(Body::empty())
            .expect("request");
        let board = app.request(req).await;
        assert_eq!(
            board.status,
            StatusCode::OK,
            "a logged-in board is sent anew"
        );
        assert_eq!(board.headers[header::CACHE_CONTROL], "no-store");
    });
}

#[test]
fn the_island_loader_has_no_nonce_in_crossorigin() {
    common::run(async {
        let folder = site(CSS);
        let mut app = spawn_app_with_site(&folder.0).await;
        let page = get(&mut app, "/inloggen", "").await;
        let html = &page.body;
        assert!(
            html.contains("<leptos-island"),
            "the login page has an island"
        );
        let crossorigins = attributes(html, "crossorigin");
        assert_eq!(crossorigins, ["anonymous"], "only the wasm preload has one");
        // No nonce anywhere: the policy names the scripts by hash (see tests/security.rs).
        assert!(attributes(html, "nonce").is_empty());
        assert!(!page.headers[header::CONTENT_SECURITY_POLICY]
            .to_str()
            .expect("text")
            .contains("nonce"));
        assert_eq!(html.matches("type=\"module\"").count(), 1, "one loader");
        assert!(html.contains("rel=\"modulepreload\""));
        assert!(html.contains("as=\"fetch\""));
        // Outside the island nothing is marked for hydration.
        assert!(!html.contains("<!--hk") && !html.contains("data-hk"));
    });
}

#[test]
fn a_refused_form_is_answered_with_the_portals_own_stylesheet() {
    common::run(async {
        let folder = site(CSS);
        let mut app = spawn_app_with_site(&folder.0).await;
        let forged = app
            .request(
                Request::post("/api/logout")
                    .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
                    .header(header::ACCEPT, "text/html")
                    .body(Body::from("csrf=forged"))
                    .expect("request"),
            )
            .await;
        assert_eq!(forged.status, StatusCode::FORBIDDEN);
        assert!(forged.body.contains(app::i18n::msg::CSRF_REFUSED_TEXT.nl));
        let stylesheets: Vec<String> = attributes(&forged.body, "href")
            .into_iter()
            .filter(|h| h.ends_with(".css"))
            .map(String::from)
            .collect();
        assert_eq!(stylesheets.len(), 1, "{}", forged.body);
        assert!(
            stylesheets[0].starts_with("/pkg/opstap-"),
            "{stylesheets:?}"
        );
        let css = get(&mut app, &stylesheets[0], "").await;
        assert_eq!(css.status, StatusCode::OK, "{}", stylesheets[0]);
        assert_eq!(css.body, CSS.repeat(20));
    });
}
