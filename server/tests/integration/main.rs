//! The portal's integration tests, in one test binary.
//!
//! Each file below is one area of the portal, driven the way people use it: through the real
//! router (`common::spawn_app()`), or as the real `opstap` binary (`common::process`). They
//! share one binary on purpose: every test binary links the whole portal, and 24 of them
//! took most of the test build's time and disk. Everything in `common` is shared by all.
//!
//! The backend is SQLite unless `OPSTAP_TEST_PG_URL` names a PostgreSQL server; `./dev test`
//! runs this binary once for each.

mod common;

mod access_matrix;
mod accounts;
mod auth;
mod board;
mod buddies;
mod campaigns;
mod candidates;
mod caseload;
mod clock;
mod concurrency;
mod delivery;
mod employers;
mod faults;
mod followup;
mod hostile_input;
mod intakes;
mod jobs;
mod mail;
mod matching;
mod members;
mod openings;
mod placements;
mod plans;
mod privacy;
mod proposals;
mod reports;
mod retention;
mod roles;
mod security;
mod subject_access;
mod system;
