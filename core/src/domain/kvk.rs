//! Chamber of Commerce (KvK) numbers: exactly eight digits.

use super::FieldError;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Kvk(String);

crate::messages! { DOMAIN_KVK {
    INVALID_KVK =
        "Een KvK-nummer bestaat uit precies 8 cijfers."
        / "A KvK (Chamber of Commerce) number has exactly 8 digits.";
}}

impl Kvk {
    /// Accepts eight digits; spaces and dots people type between groups are ignored.
    pub fn parse(input: &str) -> Result<Kvk, FieldError> {
        let digits: String = input.chars().filter(|c| !matches!(c, ' ' | '.')).collect();
        if digits.len() == 8 && digits.chars().all(|c| c.is_ascii_digit()) {
            Ok(Kvk(digits))
        } else {
            Err(FieldError(INVALID_KVK))
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn eight_digits() {
        assert_eq!(Kvk::parse("1234 5678").unwrap().as_str(), "12345678");
        assert_eq!(Kvk::parse("12.34.56.78").unwrap().as_str(), "12345678");
        for bad in ["1234567", "123456789", "1234567a", ""] {
            assert!(Kvk::parse(bad).is_err(), "{bad:?} was accepted");
        }
    }
}
