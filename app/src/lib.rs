//! Opstap: the vacancy and placement portal of a regional employer service desk.
//!
//! This crate holds the pages, their server functions and the islands: the page frame
//! (`shell`), form fields and tables (`ui`), one folder per area (`auth`, `home`, ...).
//! Below it are the core (`opstap_core`: rules, wire types, messages, `AppError`) and, on
//! the server only, the store (`opstap_store`: all SQL). Both are re-exported under their
//! old names (`crate::domain`, `crate::store`, ...) so a page names them as before.
//! Server-only code — the store, password hashing, the request context — is compiled with
//! the `ssr` feature; the browser bundle has none of it.

pub mod auth;
pub mod board;
pub mod buddies;
pub mod candidates;
#[cfg(feature = "ssr")]
pub mod clock;
pub mod employers;
pub mod home;
pub mod i18n;
pub mod intake;
mod layers;
pub mod mail_page;
#[cfg(feature = "ssr")]
pub mod mail_texts;
pub mod matching;
pub mod openings;
pub mod placements;
pub mod plans;
pub mod privacy;
pub mod proposals;
pub mod reports;
#[cfg(feature = "ssr")]
pub mod request;
pub mod shell;
#[cfg(feature = "ssr")]
pub mod state;
pub mod ui;

pub use opstap_core::{domain, error, wire};
#[cfg(feature = "ssr")]
pub use opstap_store as store;
pub use shell::{shell, App};
