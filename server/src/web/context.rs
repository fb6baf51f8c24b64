//! The middleware every request passes before any page or server function runs:
//!
//! - reads the cookies: session, CSRF seed, language;
//! - looks up the session in the database, so handlers get the user from [`RequestCtx`];
//! - refuses any state-changing request (not GET/HEAD) whose CSRF token does not match the
//!   browser's cookie — from the `csrf` form field (forms, with or without JavaScript) or
//!   the `x-csrf-token` header — before its body reaches a handler, so nothing changes;
//! - keeps pages out of caches (security headers: see [`super::security`]).

use app::auth::cookies::{csrf_cookie_name, session_cookie, session_cookie_name, LANG_COOKIE};
use app::auth::tokens::{
    csrf_token_for, csrf_token_matches, mask_csrf_token, random_token, sha256_hex, CsrfBinding,
};
use app::i18n::{msg, Lang};
use app::request::RequestCtx;
use app::shell::assets::Assets;
use app::shell::islands::STYLESHEET;
use app::state::AppState;
use app::store::sessions;
use axum::body::Body;
use axum::extract::{ConnectInfo, Request, State};
use axum::http::{header, HeaderMap, HeaderValue, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use std::collections::HashMap;
use std::net::SocketAddr;

/// Largest request body accepted (forms are small); the caseload upload has its own limit.
const MAX_BODY: usize = 2 * 1024 * 1024;

fn body_limit(path: &str) -> usize {
    if path == super::intake::UPLOAD_PATH {
        super::intake::UPLOAD_LIMIT
    } else {
        MAX_BODY
    }
}

pub async fn request_context(State(state): State<AppState>, req: Request, next: Next) -> Response {
    let cookies = parse_cookies(req.headers());
    let (seed, new_seed) = match cookies.get(csrf_cookie_name(state.https)) {
        Some(seed) if seed.len() == 64 && seed.bytes().all(|b| b.is_ascii_hexdigit()) => {
            (seed.clone(), false)
        }
        _ => (random_token(), true),
    };
    let lang = cookies
        .get(LANG_COOKIE)
        .and_then(|c| Lang::from_code(c))
        .unwrap_or_default();
    let address = client_address(&req, &state.trusted_proxies);

    let mut stale_session = false;
    let session_name = session_cookie_name(state.https);
    let (user, session_hash) = match cookies.get(session_name).filter(|t| !t.is_empty()) {
        Some(token) => {
            let hash = sha256_hex(token);
            match sessions::find_user(&state.db, &hash, app::clock::now()).await {
                Ok(Some(user)) => (Some(user), Some(hash)),
                Ok(None) => {
                    stale_session = true;
                    (None, None)
                }
                Err(error) => {
                    tracing::error!(%error, "session lookup failed");
                    return (StatusCode::SERVICE_UNAVAILABLE, "database unavailable")
                        .into_response();
                }
            }
        }
        None => (None, None),
    };

    // Bound to the session once there is one, to the seed before (see `CsrfBinding`).
    let expected = match &session_hash {
        Some(hash) => csrf_token_for(&state.secret, CsrfBinding::Session(hash)),
        None => csrf_token_for(&state.secret, CsrfBinding::Seed(&seed)),
    };
    let mut req = req;
    // The JSON API is read-only and needs no form: any other method there is answered by
    // the router with 405 (and `Allow: GET,HEAD`), not refused as a forged form.
    let read_only_api = req.uri().path().starts_with("/api/v1/");
    if !matches!(*req.method(), Method::GET | Method::HEAD | Method::OPTIONS) && !read_only_api {
        let (parts, body) = req.into_parts();
        let bytes = match axum::body::to_bytes(body, body_limit(parts.uri.path())).await {
            Ok(bytes) => bytes,
            Err(_) => return (StatusCode::PAYLOAD_TOO_LARGE, "request too large").into_response(),
        };
        let sent = match sent_csrf_token(&parts.headers, &bytes) {
            Some(token) => Some(token),
            None => multipart_csrf_token(&parts.headers, bytes.clone()).await,
        };
        let valid = (session_hash.is_some() || !new_seed)
            && sent
                .as_deref()
                .is_some_and(|s| csrf_token_matches(s, &expected));
        if !valid {
            tracing::warn!(path = %parts.uri.path(), %address, "refused: missing or wrong CSRF token");
            return csrf_refused(&state.assets, lang);
        }
        req = Request::from_parts(parts, Body::from(bytes));
    }

    // A logged-in user's pages carry a masked copy (different on every page: BREACH); a
    // visitor's page stays the same, so it can be revalidated.
    let csrf_token = if session_hash.is_some() {
        mask_csrf_token(&expected)
    } else {
        expected
    };
    req.extensions_mut().insert(RequestCtx {
        user,
        session_hash,
        csrf_token,
        lang,
        address,
        secure: state.https,
    });
    let mut res = next.run(req).await;
    let headers = res.headers_mut();
    // A cookie for a session that ended is removed, unless the handler just set a new one.
    if stale_session && !headers.contains_key(header::SET_COOKIE) {
        if let Ok(v) = HeaderValue::from_str(&session_cookie("", 0, state.https)) {
            headers.append(header::SET_COOKIE, v);
        }
    }
    // The seed is only needed where a form can be: pages. Data answers (the API, feeds,
    // downloads) set no cookie, so they stay cacheable and cookie-free.
    let is_page = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("text/html"));
    if new_seed && is_page {
        let secure = if state.https { "; Secure" } else { "" };
        let name = csrf_cookie_name(state.https);
        if let Ok(v) = HeaderValue::from_str(&format!(
            "{name}={seed}; Path=/; HttpOnly; SameSite=Lax{secure}"
        )) {
            headers.append(header::SET_COOKIE, v);
        }
    }
    if !headers.contains_key(header::CACHE_CONTROL) {
        // Pages carry the reader's CSRF token and personal data: never cache them.
        headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
    res
}

/// The client's address (see `app::domain::client_address`): the peer, or what a trusted
/// proxy says the client was.
fn client_address(req: &Request, trusted: &[app::domain::client_address::AddressRange]) -> String {
    let header = |name: &str| req.headers().get(name).and_then(|v| v.to_str().ok());
    match req.extensions().get::<ConnectInfo<SocketAddr>>() {
        Some(ConnectInfo(peer)) => app::domain::client_address::client(
            peer.ip(),
            header("forwarded"),
            header("x-forwarded-for"),
            trusted,
        )
        .to_string(),
        None => "unknown".to_string(),
    }
}

/// The CSRF token a request carries: the `x-csrf-token` header, or the `csrf` field of a
/// url-encoded form body.
fn sent_csrf_token(headers: &HeaderMap, body: &[u8]) -> Option<String> {
    if let Some(v) = headers.get("x-csrf-token").and_then(|v| v.to_str().ok()) {
        return Some(v.to_string());
    }
    let is_form = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("application/x-www-form-urlencoded"));
    if !is_form {
        return None;
    }
    serde_urlencoded::from_bytes::<Vec<(String, String)>>(body)
        .ok()?
        .into_iter()
        .find(|(k, _)| k == "csrf")
        .map(|(_, v)| v)
}

/// The `csrf` part of a multipart form (the caseload upload), read from the buffered body.
async fn multipart_csrf_token(headers: &HeaderMap, body: axum::body::Bytes) -> Option<String> {
    let content_type = headers.get(header::CONTENT_TYPE)?.to_str().ok()?;
    let boundary = multer::parse_boundary(content_type).ok()?;
    let stream = futures_util::stream::once(async move { Ok::<_, std::io::Error>(body) });
    let mut form = multer::Multipart::new(stream, boundary);
    while let Ok(Some(field)) = form.next_field().await {
        if field.name() == Some("csrf") {
            return field.text().await.ok();
        }
    }
    None
}

fn parse_cookies(headers: &HeaderMap) -> HashMap<String, String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| {
            let (k, v) = pair.trim().split_once('=')?;
            Some((k.trim().to_string(), v.trim().to_string()))
        })
        .collect()
}

/// The answer to a forged or expired form: 403, in the reader's language, with a way back.
/// The page a refused form gets: the portal's own look (the stylesheet under its hashed
/// name), its texts from the message registry.
fn csrf_refused(assets: &Assets, lang: Lang) -> Response {
    let title = msg::CSRF_REFUSED_TITLE.get(lang);
    let html = format!(
        "<!DOCTYPE html><html lang=\"{code}\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>{title} – Opstap</title><link rel=\"stylesheet\" href=\"{stylesheet}\"></head><body><header class=\"site-header\"><div class=\"container header-row\"><a class=\"brand\" href=\"/\"><span class=\"brand-name\">Opstap</span></a></div></header><main id=\"inhoud\"><div class=\"container\"><h1>{title}</h1><p>{text}</p><p><a href=\"/\">{back}</a></p></div></main></body></html>",
        code = lang.code(),
        stylesheet = assets.url(STYLESHEET),
        text = msg::CSRF_REFUSED_TEXT.get(lang),
        back = msg::CSRF_REFUSED_BACK.get(lang),
    );
    (
        StatusCode::FORBIDDEN,
        [(header::CONTENT_TYPE, "text/html; charset=utf-8")],
        html,
    )
        .into_response()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn token_is_found_in_header_or_form() {
        let mut h = HeaderMap::new();
        h.insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static("application/x-www-form-urlencoded"),
        );
        assert_eq!(
            sent_csrf_token(&h, b"email=a%40b.nl&csrf=abc"),
            Some("abc".into())
        );
        assert_eq!(sent_csrf_token(&h, b"email=a"), None);
        h.insert("x-csrf-token", HeaderValue::from_static("xyz"));
        assert_eq!(sent_csrf_token(&h, b""), Some("xyz".into()));
        let json = HeaderMap::new();
        assert_eq!(sent_csrf_token(&json, b"csrf=abc"), None);
    }

    #[test]
    fn cookies_parse() {
        let mut h = HeaderMap::new();
        h.insert(
            header::COOKIE,
            HeaderValue::from_static("a=1; opstap_lang=en ;b=x=y"),
        );
        let c = parse_cookies(&h);
        assert_eq!(c.get("opstap_lang").map(String::as_str), Some("en"));
        assert_eq!(c.get("b").map(String::as_str), Some("x=y"));
    }
}
