//! Security headers on every response, including refusals and static files: the outermost
//! layer, so no early return in another middleware can skip it. It picks a nonce for the
//! request (Leptos puts it on the page's inline scripts, see `app::shell::policy`); HTML
//! answers get the page policy with that nonce, everything else the strict one.

use app::shell::policy::{self, CspNonce};
use axum::extract::{Request, State};
use axum::http::{header, HeaderValue};
use axum::middleware::Next;
use axum::response::Response;

/// `https`: whether the portal is served over HTTPS (then browsers are told to stay on it).
pub async fn security_headers(State(https): State<bool>, mut req: Request, next: Next) -> Response {
    let nonce: std::sync::Arc<str> = app::auth::ssr::random_token()[..32].into();
    req.extensions_mut().insert(CspNonce(nonce.clone()));
    let mut res = next.run(req).await;
    let headers = res.headers_mut();
    let html = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("text/html"));
    let csp = if html {
        HeaderValue::from_str(&policy::page(&nonce)).ok()
    } else {
        None
    };
    headers.insert(
        header::CONTENT_SECURITY_POLICY,
        csp.unwrap_or(HeaderValue::from_static(policy::STRICT)),
    );
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    headers.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    headers.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("same-origin"),
    );
    headers.insert(
        "cross-origin-opener-policy",
        HeaderValue::from_static("same-origin"),
    );
    headers.insert(
        "permissions-policy",
        HeaderValue::from_static("camera=(), microphone=(), geolocation=(), payment=()"),
    );
    if https {
        headers.insert(
            header::STRICT_TRANSPORT_SECURITY,
            HeaderValue::from_static("max-age=31536000"),
        );
    }
    res
}
