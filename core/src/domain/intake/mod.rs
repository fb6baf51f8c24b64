//! The intake record (issue #19): what a person wants and can do, told in the conversation
//! an invitation led to, and where they stand on the participation ladder.
//!
//! - [`form`]: the intake as typed. Most of it *is* the candidate profile (education,
//!   Dutch level, hours, sectors, skills, talents, hobbies, ambitions, motivation and the
//!   obstacles — here called stress factors, special data kept apart and desk only); a
//!   completed intake creates or updates the candidate, so matching works from it. The
//!   rest (diplomas, work experience, languages, language course, transport) is the
//!   intake's own record.
//! - [`ladder`]: the six steps of the participation ladder, a measurement with its growth
//!   potential, when the next one is due (at least twice a year), and the distribution and
//!   movement the reports show.

pub mod form;
pub mod ladder;
pub mod report;

use super::text_enum;

text_enum! {
    /// How someone can get to work, besides a driving licence (which the profile holds).
    Transport {
        Bike = "bike": "fiets" / "bicycle",
        PublicTransport = "public_transport": "openbaar vervoer" / "public transport",
        Car = "car": "eigen auto" / "own car",
        Moped = "moped": "scooter of brommer" / "scooter or moped",
    }
}

/// The form field of each means of transport.
pub fn transport_field(t: Transport) -> &'static str {
    match t {
        Transport::Bike => "transport_bike",
        Transport::PublicTransport => "transport_public",
        Transport::Car => "transport_car",
        Transport::Moped => "transport_moped",
    }
}
