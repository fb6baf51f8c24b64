//! The Content-Security-Policy of the portal.
//!
//! An HTML page may run exactly the inline scripts the portal itself writes, named by their
//! SHA-256 in `script-src`: the island loader (fixed per build: it only names the bundle's
//! hashed URLs, see `shell::islands`) and the two empty bootstrap lines Leptos appends to
//! every page ([`LEPTOS_BOOTSTRAP`]). Nothing injected matches a hash, so nothing injected
//! runs. Hashes rather than a nonce per response: a nonce in the page would make every
//! answer different, so a browser could never revalidate a public page (`304`), and a
//! cached page with an old nonce would not hydrate under a new header.
//!
//! Every other response (server functions, downloads, feeds, static files) gets
//! [`STRICT`], which allows nothing to load at all. Both forbid framing. The server builds
//! the page policy once at start-up and its security layer writes the header.

/// For answers that are not pages: nothing may load, nothing may frame it.
pub const STRICT: &str =
    "default-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

/// The inline scripts Leptos 0.8 writes at the end of every page it renders (its lists of
/// resolved resources, all empty here: outside islands nothing is serialised, and the
/// islands load no resources). If an upgrade changes them, the browser refuses them and
/// the browser tests, which fail on any policy violation, say so.
pub const LEPTOS_BOOTSTRAP: [&str; 2] = [
    "__RESOLVED_RESOURCES=[];__SERIALIZED_ERRORS=[];__PENDING_RESOURCES=[];__RESOURCE_RESOLVERS=[];",
    "__INCOMPLETE_CHUNKS=[];",
];

/// The policy for a rendered page whose inline scripts have these `'sha256-…'` sources.
/// `'wasm-unsafe-eval'` lets the browser compile the islands' WebAssembly; no inline
/// styles are used (no `style=`).
pub fn page(script_hashes: &[String]) -> String {
    let sources: String = script_hashes
        .iter()
        .map(|h| format!(" 'sha256-{h}'"))
        .collect();
    format!(
        "default-src 'self'; script-src 'self'{sources} 'wasm-unsafe-eval'; \
         style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; \
         base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
    )
}

/// Given to the router as additional context for every page: leptos_axum provides a fresh
/// nonce per request and Leptos would write it on its inline scripts; the policy names
/// them by hash instead, so the nonce is taken away again.
#[cfg(feature = "ssr")]
pub fn without_nonce() {
    let _ = leptos::prelude::take_context::<leptos::nonce::Nonce>();
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_page_policy_names_its_scripts_and_forbids_framing() {
        let p = super::page(&["abc=".into(), "def=".into()]);
        assert!(p.contains("script-src 'self' 'sha256-abc=' 'sha256-def=' 'wasm-unsafe-eval'"));
        assert!(p.contains("frame-ancestors 'none'"));
        assert!(!p.contains("unsafe-inline"));
        assert!(super::STRICT.contains("frame-ancestors 'none'"));
    }
}
