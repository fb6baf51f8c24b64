//! The Content-Security-Policy of the portal. An HTML page gets one with the nonce Leptos
//! puts on its inline scripts (the hydration loader and the resolved resources), so those
//! run and nothing injected does; every other response (server functions, downloads,
//! feeds, static files) gets [`STRICT`], which allows nothing to load at all. Both forbid
//! framing. The server's security layer picks the nonce and writes the header; Leptos gets
//! the nonce through [`provide_request_nonce`]. (Setting the header from the page through
//! `ResponseOptions` lost it now and then under load: pages arrived with the strict policy.)

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

/// The nonce of one response, chosen by the server's security layer before the page is
/// rendered (a request extension), so the layer can write the header itself whatever
/// happens during rendering.
#[cfg(feature = "ssr")]
#[derive(Clone, Debug)]
pub struct CspNonce(pub std::sync::Arc<str>);

/// Hands the request's nonce to Leptos, which puts it on every inline script it writes
/// (the hydration loader, resolved resources). Given to the router as additional context.
#[cfg(feature = "ssr")]
pub fn provide_request_nonce() {
    use leptos::prelude::{provide_context, use_context};
    let nonce = use_context::<http::request::Parts>()
        .and_then(|parts| parts.extensions.get::<CspNonce>().cloned());
    if let Some(CspNonce(value)) = nonce {
        provide_context(leptos::nonce::Nonce::from_value(value));
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
