//! Security headers on every response, including refusals and static files: the outermost
//! layer, so no early return in another middleware can skip it. HTML answers get the page
//! policy (the portal's own inline scripts named by hash, see `app::shell::policy`),
//! everything else the strict one. The page policy is worked out once, at start-up.

use app::shell::islands::{loader_script, BUNDLE_JS, BUNDLE_WASM};
use app::shell::policy;
use app::state::AppState;
use axum::extract::{Request, State};
use axum::http::{header, HeaderValue};
use axum::middleware::Next;
use axum::response::Response;
use base64::Engine;
use sha2::{Digest, Sha256};
use std::sync::Arc;

/// What the layer writes: fixed for the life of the process.
#[derive(Clone)]
pub struct Headers {
    /// Whether the portal is served over HTTPS (then browsers are told to stay on it).
    https: bool,
    page_policy: HeaderValue,
}

/// The `'sha256-…'` source of an inline script's text.
pub fn script_hash(text: &str) -> String {
    base64::engine::general_purpose::STANDARD.encode(Sha256::digest(text.as_bytes()))
}

impl Headers {
    pub fn for_state(state: &AppState) -> Arc<Headers> {
        let loader = loader_script(&state.assets.url(BUNDLE_JS), &state.assets.url(BUNDLE_WASM));
        let hashes: Vec<String> = std::iter::once(loader.as_str())
            .chain(policy::LEPTOS_BOOTSTRAP)
            .map(script_hash)
            .collect();
        let page_policy = HeaderValue::from_str(&policy::page(&hashes))
            .unwrap_or(HeaderValue::from_static(policy::STRICT));
        Arc::new(Headers {
            https: state.https,
            page_policy,
        })
    }
}

pub async fn security_headers(
    State(config): State<Arc<Headers>>,
    req: Request,
    next: Next,
) -> Response {
    let mut res = next.run(req).await;
    let headers = res.headers_mut();
    let html = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("text/html"));
    headers.insert(
        header::CONTENT_SECURITY_POLICY,
        if html {
            config.page_policy.clone()
        } else {
            HeaderValue::from_static(policy::STRICT)
        },
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
    if config.https {
        headers.insert(
            header::STRICT_TRANSPORT_SECURITY,
            HeaderValue::from_static("max-age=31536000"),
        );
    }
    res
}

#[cfg(test)]
mod tests {
    #[test]
    fn script_hashes_are_base64_sha256() {
        // `echo -n 'alert(1)' | openssl dgst -sha256 -binary | base64`
        assert_eq!(
            super::script_hash("alert(1)"),
            "bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI="
        );
    }
}
