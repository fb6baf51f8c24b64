//! The Content-Security-Policy of the portal. A page gets one with the nonce Leptos puts on
//! its inline scripts (the hydration loader and the resolved resources), so those run and
//! nothing injected does; every other response (server functions, downloads, feeds,
//! static files) gets [`STRICT`], which allows nothing to load at all. Both forbid framing.

/// For answers that are not pages: nothing may load, nothing may frame it.
pub const STRICT: &str =
    "default-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

/// For a rendered page whose inline scripts carry `nonce`. `'wasm-unsafe-eval'` lets the
/// browser compile the app's WebAssembly; no inline styles are used (no `style=`).
pub fn page(nonce: &str) -> String {
    format!(
        "default-src 'self'; script-src 'self' 'nonce-{nonce}' 'wasm-unsafe-eval'; \
         style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; \
         base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
    )
}

/// Puts the page policy on the response being rendered (server only; called by the shell).
#[cfg(feature = "ssr")]
pub fn set_for_page() {
    use leptos::prelude::use_context;
    let Some(nonce) = leptos::nonce::use_nonce() else {
        return;
    };
    let Some(res) = use_context::<leptos_axum::ResponseOptions>() else {
        return;
    };
    if let Ok(value) = http::HeaderValue::from_str(&page(&nonce)) {
        res.insert_header(http::header::CONTENT_SECURITY_POLICY, value);
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_page_policy_names_its_nonce_and_forbids_framing() {
        let p = super::page("abc123");
        assert!(p.contains("script-src 'self' 'nonce-abc123' 'wasm-unsafe-eval'"));
        assert!(p.contains("frame-ancestors 'none'"));
        assert!(!p.contains("unsafe-inline"));
        assert!(super::STRICT.contains("frame-ancestors 'none'"));
    }
}
