//! Dutch postcodes (`1234 AB`): four digits not starting with 0, then two letters.

use super::FieldError;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Postcode(String);

crate::messages! { DOMAIN_POSTCODE {
    INVALID_POSTCODE =
        "Vul een Nederlandse postcode in, zoals 1234 AB."
        / "Enter a Dutch postcode, such as 1234 AB.";
}}

impl Postcode {
    /// Accepts `1234AB`, `1234 ab` and the like; stores `1234 AB`. The letter pairs SA, SD
    /// and SS are never issued and are refused.
    pub fn parse(input: &str) -> Result<Postcode, FieldError> {
        let compact: String = input
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect::<String>()
            .to_ascii_uppercase();
        let bytes = compact.as_bytes();
        let ok = bytes.len() == 6
            && bytes[0] != b'0'
            && bytes[..4].iter().all(u8::is_ascii_digit)
            && bytes[4..].iter().all(u8::is_ascii_uppercase)
            && !matches!(&compact[4..], "SA" | "SD" | "SS");
        if !ok {
            return Err(FieldError(INVALID_POSTCODE));
        }
        Ok(Postcode(format!("{} {}", &compact[..4], &compact[4..])))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The four-digit area, used for distances.
    pub fn area(&self) -> u16 {
        self.0[..4].parse().unwrap_or(0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalises() {
        assert_eq!(Postcode::parse("2511cv").unwrap().as_str(), "2511 CV");
        assert_eq!(Postcode::parse(" 6511 AB ").unwrap().area(), 6511);
    }

    #[test]
    fn refuses() {
        for bad in [
            "0123 AB", "123 AB", "12345 AB", "1234 A1", "1234 SS", "1234SA", "", "1234",
        ] {
            assert!(Postcode::parse(bad).is_err(), "{bad:?} was accepted");
        }
    }
}
