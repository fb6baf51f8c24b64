//! Opstap: the vacancy and placement portal of a regional employer service desk.
//!
//! This crate holds everything the server and the browser share: domain types and rules
//! (`domain`), messages in Dutch and English (`i18n`), the page frame (`shell`), pages and
//! their server functions (`auth`, `home`, ...). Server-only code — the `store` of SQL
//! queries, password hashing, the request context — is compiled with the `ssr` feature.

pub mod auth;
pub mod board;
pub mod buddies;
pub mod candidates;
pub mod domain;
pub mod employers;
pub mod error;
pub mod home;
pub mod i18n;
mod layers;
pub mod mail_page;
#[cfg(feature = "ssr")]
pub mod mail_texts;
pub mod matching;
pub mod openings;
pub mod placements;
pub mod privacy;
pub mod proposals;
pub mod reports;
pub mod shell;
#[cfg(feature = "ssr")]
pub mod state;
#[cfg(feature = "ssr")]
pub mod store;
pub mod ui;
pub mod wire;

pub use shell::{shell, App};
