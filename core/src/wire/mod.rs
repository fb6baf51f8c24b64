//! Wire types: the plain data the store returns and server functions send to pages —
//! rows with the names the pages show, searches as typed. No behaviour beyond small
//! helpers, no Leptos, no SQL; serde only, so they cross to the browser. They sit below
//! both the store and the pages, so the store never imports a page module (ARCHITECTURE.md).

pub mod auth;
pub mod campaigns;
pub mod candidates;
pub mod caseload;
pub mod employers;
pub mod intake;
pub mod openings;
pub mod placements;
pub mod plans;
pub mod privacy;
pub mod proposals;
