//! Rules for a new password.

use crate::error::FieldMessage;
use crate::i18n::T;

/// Shortest password accepted (NCSC advice: length over complexity).
pub const MIN_CHARS: usize = 10;
pub const MAX_CHARS: usize = 200;

pub const TOO_SHORT: T = T::new(
    "Kies een wachtwoord van minstens 10 tekens.",
    "Choose a password of at least 10 characters.",
);
pub const TOO_LONG: T = T::new(
    "Kies een wachtwoord van hoogstens 200 tekens.",
    "Choose a password of at most 200 characters.",
);
pub const NOT_THE_SAME: T = T::new(
    "De twee wachtwoorden zijn niet gelijk.",
    "The two passwords are not the same.",
);

/// Checks a new password and its repetition; the messages name the field to fix.
pub fn check_new(password: &str, repeat: &str) -> Result<(), Vec<FieldMessage>> {
    let length = password.chars().count();
    if length < MIN_CHARS {
        return Err(vec![FieldMessage::new("password", TOO_SHORT)]);
    }
    if length > MAX_CHARS {
        return Err(vec![FieldMessage::new("password", TOO_LONG)]);
    }
    if password != repeat {
        return Err(vec![FieldMessage::new("password_repeat", NOT_THE_SAME)]);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn length_and_repetition() {
        assert!(check_new("lang genoeg wachtwoord", "lang genoeg wachtwoord").is_ok());
        assert_eq!(check_new("kort", "kort").unwrap_err()[0].field, "password");
        assert_eq!(
            check_new("lang genoeg 1", "lang genoeg 2").unwrap_err()[0].field,
            "password_repeat"
        );
        assert!(check_new(&"x".repeat(201), &"x".repeat(201)).is_err());
    }
}
