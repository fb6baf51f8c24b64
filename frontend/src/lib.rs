//! The browser half of Opstap. Pages are rendered on the server only (Leptos islands):
//! the browser gets the few `#[island]` components of the `app` crate and nothing else, so
//! this module is tiny. The loader in the page (`app::shell::islands`) calls [`hydrate`]
//! and then each island's own export. Built only for `wasm32`; on the host it is empty.

// Links the app so its islands' `#[wasm_bindgen]` exports end up in the bundle; nothing
// else of the app is reachable from here, so the rest is left out of the WebAssembly.
#[cfg(target_arch = "wasm32")]
extern crate app;

#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    leptos::mount::hydrate_islands();
}
