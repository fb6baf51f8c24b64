//! What reaches the browser: the style sheet and icon under content-hashed names, and —
//! only on a page that holds an island — the few tags that load the WebAssembly and wake
//! the islands up.
//!
//! Pages are rendered on the server only (the `islands` feature of Leptos). Most pages have
//! no island at all: they get no script and no WebAssembly, only HTML and CSS. A page with
//! an island gets, before its first island, a `modulepreload` for the JavaScript glue, a `preload`
//! for the WebAssembly (with a plain `crossorigin`, so the browser's `fetch` of it uses the
//! preloaded copy) and a small module script that hydrates each `<leptos-island>`; the
//! Content-Security-Policy allows that script by its hash (`shell::policy`). Leptos' own
//! `HydrationScripts` is not used: in 0.8 it writes the CSP nonce into the `crossorigin`
//! attribute (leptos-rs/leptos#4843), which makes the browser ignore the preload, and it
//! would load the bundle on every page.
//!
//! The loader does not support islands with `children` (Leptos' `<leptos-children>`);
//! Opstap's islands take plain props only.

use leptos::prelude::*;

/// The logical names of the bundle the islands need (see `./dev`: wasm-bindgen writes
/// them under these names).
pub const BUNDLE_JS: &str = "pkg/opstap.js";
pub const BUNDLE_WASM: &str = "pkg/opstap_bg.wasm";
pub const STYLESHEET: &str = "pkg/opstap.css";
pub const ICON: &str = "favicon.svg";

/// The static files of this server, from the shared state.
#[cfg(feature = "ssr")]
pub fn assets() -> std::sync::Arc<super::assets::Assets> {
    use_context::<crate::state::AppState>()
        .map(|state| state.assets.clone())
        .unwrap_or_default()
}

/// The module script that hydrates every island on the page once the bundle is loaded,
/// then marks `<body data-hydrated="true">` (the browser tests wait for that). The same
/// text on every page of a build, so the page policy names it by its hash.
pub fn loader_script(js: &str, wasm: &str) -> String {
    // `js` and `wasm` are our own asset URLs (hex hash, fixed names): no quoting needed
    // beyond the JSON string literal.
    let js = serde_json::to_string(js).unwrap_or_default();
    let wasm = serde_json::to_string(wasm).unwrap_or_default();
    // Each island brings the loader along; the first one to run does the work.
    format!(
        "if(!window.opstapIslands){{window.opstapIslands=1;\
         const m=await import({js});\
         await m.default({{module_or_path:{wasm}}});m.hydrate();\
         for(const el of document.querySelectorAll('leptos-island')){{\
         const f=m[el.dataset.component];if(f)f(el);else console.warn('no island',el.dataset.component)}}\
         document.body.dataset.hydrated='true'}}"
    )
}

/// Put beside every island (see `ui::password`): on the server it writes the preload tags
/// and the loader right where the island is (both may stand in the body; `leptos_meta`
/// would lose them when the island is rendered inside a `<Suspense>`, as most forms are).
/// Every island brings its own copy: a once-per-page flag on the server is not reliable, as
/// a `<Suspense>` may build its children more than once; the browser fetches each URL once
/// and the loader runs once. In the browser this is never rendered: only islands run there.
#[component]
pub fn IslandLoader() -> impl IntoView {
    #[cfg(feature = "ssr")]
    let (js, wasm) = {
        let assets = assets();
        (assets.url(BUNDLE_JS), assets.url(BUNDLE_WASM))
    };
    #[cfg(not(feature = "ssr"))]
    let (js, wasm) = (String::new(), String::new());
    let script = loader_script(&js, &wasm);
    view! {
        <link rel="modulepreload" href=js/>
        <link rel="preload" href=wasm r#as="fetch" r#type="application/wasm" crossorigin="anonymous"/>
        <script type="module">{script}</script>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_loader_imports_the_hashed_bundle_and_marks_the_page() {
        let js = loader_script("/pkg/opstap-1.js", "/pkg/opstap_bg-2.wasm");
        assert!(js.contains("await import(\"/pkg/opstap-1.js\")"));
        assert!(js.starts_with("if(!window.opstapIslands){window.opstapIslands=1;"));
        assert!(js.contains("module_or_path:\"/pkg/opstap_bg-2.wasm\""));
        assert!(js.contains("leptos-island"));
        assert!(js.ends_with("document.body.dataset.hydrated='true'}"));
    }
}
