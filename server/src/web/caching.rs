//! Validators for what may be kept: a repeat visit of a public page costs a `304` instead
//! of the page.
//!
//! - Pages shown to a visitor who is not logged in (the board, an opening, the login page)
//!   get `Cache-Control: private, no-cache` and an `ETag`: the browser keeps the page but
//!   asks each time, and gets `304 Not Modified` while it has not changed. `private`,
//!   because the page carries the visitor's own CSRF token.
//! - Answers a handler marked `public` (the JSON API, the Atom feed) get an `ETag` too.
//! - Everything else — every page of a logged-in user — is left alone here and marked
//!   `no-store` by the request middleware: personal data is never kept.
//!
//! This layer sits inside the compression layer, so the tag is computed over the page as
//! rendered; it is a weak tag (`W/"…"`), valid for every encoding of it.

use app::request::RequestCtx;
use axum::body::Body;
use axum::extract::Request;
use axum::http::{header, HeaderValue, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use sha2::{Digest, Sha256};

/// Pages larger than this are sent without a validator rather than held in memory.
const MAX_TAGGED: usize = 4 * 1024 * 1024;

pub const VISITOR_PAGE: &str = "private, no-cache";

pub async fn revalidate(req: Request, next: Next) -> Response {
    if req.method() != Method::GET {
        return next.run(req).await;
    }
    let visitor = req
        .extensions()
        .get::<RequestCtx>()
        .is_some_and(|ctx| ctx.user.is_none());
    let sent_tag = req.headers().get(header::IF_NONE_MATCH).cloned();
    let res = next.run(req).await;
    if res.status() != StatusCode::OK {
        return res;
    }
    let headers = res.headers();
    let is_html = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("text/html"));
    let cache_control = headers
        .get(header::CACHE_CONTROL)
        .and_then(|v| v.to_str().ok());
    let public = cache_control.is_some_and(|v| v.starts_with("public"));
    let visitor_page = visitor && is_html && cache_control.is_none();
    if !(public || visitor_page) {
        return res;
    }
    let (mut parts, body) = res.into_parts();
    let bytes = match axum::body::to_bytes(body, MAX_TAGGED).await {
        Ok(bytes) => bytes,
        Err(error) => {
            tracing::warn!(%error, "page too large or broken while tagging it");
            return StatusCode::INTERNAL_SERVER_ERROR.into_response();
        }
    };
    let digest = Sha256::digest(&bytes);
    let hex: String = digest[..12].iter().map(|b| format!("{b:02x}")).collect();
    let tag = format!("W/\"{hex}\"");
    if visitor_page {
        parts.headers.insert(
            header::CACHE_CONTROL,
            HeaderValue::from_static(VISITOR_PAGE),
        );
    }
    if let Ok(value) = HeaderValue::from_str(&tag) {
        parts.headers.insert(header::ETAG, value);
    }
    let matches = sent_tag
        .as_ref()
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.split(',').any(|t| weak_eq(t.trim(), &tag)));
    if matches {
        parts.status = StatusCode::NOT_MODIFIED;
        parts.headers.remove(header::CONTENT_LENGTH);
        return Response::from_parts(parts, Body::empty());
    }
    Response::from_parts(parts, Body::from(bytes))
}

/// Weak comparison (RFC 9110 §8.8.3.2): the opaque parts are equal, `W/` or not.
fn weak_eq(a: &str, b: &str) -> bool {
    let strip = |t: &str| t.strip_prefix("W/").unwrap_or(t).to_string();
    a == "*" || strip(a) == strip(b)
}

#[cfg(test)]
mod tests {
    #[test]
    fn tags_compare_weakly() {
        assert!(super::weak_eq("W/\"ab\"", "W/\"ab\""));
        assert!(super::weak_eq("\"ab\"", "W/\"ab\""));
        assert!(super::weak_eq("*", "W/\"ab\""));
        assert!(!super::weak_eq("W/\"ac\"", "W/\"ab\""));
    }
}
