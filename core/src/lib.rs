//! Opstap's core: what the server and the browser share and what every layer above may
//! name. Rules are plain functions over types that validate on parse (`domain`); the data
//! the store and the pages pass (`wire`); every message in Dutch and English (`i18n`); the
//! one error type (`error`); where "now" comes from (`clock`).
//!
//! No views, no SQL, no I/O: it builds for wasm, and its tests need neither a server nor a
//! browser. The `ssr` feature adds the server-only halves (time zone data, password
//! strength, the mail address parser).

#[cfg(feature = "ssr")]
pub mod clock;
pub mod domain;
pub mod error;
pub mod i18n;
pub mod messages;
#[cfg(feature = "ssr")]
pub mod sql;
pub mod wire;
