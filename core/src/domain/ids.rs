//! Record ids as types of their own. A proposal names an opening and a candidate, a
//! placement a candidate, an employer and an opening: with plain integers nothing stops an
//! argument list from swapping two of them, and the one that slips through is an
//! authorisation bug (another employer's opening, another person's file). Each id is its
//! number underneath — the same in the database (a `BIGINT`), in JSON and in URLs — so
//! wrapping one costs nothing at run time.

/// Declares a record id: a number, displayed and parsed as one (URLs, form fields).
macro_rules! record_id {
    ($($(#[$meta:meta])* $name:ident,)*) => {$(
        $(#[$meta])*
        #[derive(
            Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord,
            serde::Serialize, serde::Deserialize,
        )]
        #[serde(transparent)]
        #[cfg_attr(feature = "ssr", derive(sqlx::Type), sqlx(transparent))]
        pub struct $name(pub i64);

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                self.0.fmt(f)
            }
        }

        impl From<$name> for i64 {
            fn from(id: $name) -> i64 {
                id.0
            }
        }

        impl std::str::FromStr for $name {
            type Err = std::num::ParseIntError;

            fn from_str(text: &str) -> Result<Self, Self::Err> {
                text.parse().map($name)
            }
        }
    )*};
}

record_id! {
    /// A person in the candidate pool (`candidates.id`).
    CandidateId,
    /// A vacancy, traineeship or learning place (`openings.id`).
    OpeningId,
    /// A partner employer (`employers.id`).
    EmployerId,
    /// A candidate proposed for an opening (`proposals.id`).
    ProposalId,
    /// A person at work with an employer (`placements.id`).
    PlacementId,
    /// A buddy following a placement (`buddy_pairings.id`).
    PairingId,
    /// A buddy's check-in (`checkins.id`).
    CheckinId,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_id_is_its_number_in_json_and_in_urls() {
        let id = CandidateId(42);
        assert_eq!(serde_json::to_string(&id).unwrap(), "42");
        assert_eq!(serde_json::from_str::<CandidateId>("42").unwrap(), id);
        assert_eq!(id.to_string(), "42");
        assert_eq!("42".parse::<CandidateId>(), Ok(id));
        assert!("4x".parse::<CandidateId>().is_err());
    }
}
