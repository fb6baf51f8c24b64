//! "Now" for pages and server functions: the portal's [`Clock`] (the router gives it as
//! context, so a test that sets the clock moves every page), the system's time outside a
//! request (jobs and middleware, which pass the time on as a parameter).

pub use opstap_core::clock::{system_now, Clock};

/// The current time in Unix seconds.
pub fn now() -> i64 {
    leptos::prelude::use_context::<Clock>()
        .map(|clock| clock.now())
        .unwrap_or_else(system_now)
}
