//! Rules for a new password: long enough (NCSC advice: length over complexity), not one
//! of the passwords every attacker tries first, and not guessable from the account itself.

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
pub const TOO_COMMON: T = T::new(
    "Dit wachtwoord wordt veel gebruikt en is makkelijk te raden. Kies een ander, bijvoorbeeld een zin van een paar woorden.",
    "This password is widely used and easy to guess. Choose another, for example a sentence of a few words.",
);
pub const LIKE_ADDRESS: T = T::new(
    "Het wachtwoord lijkt op uw e-mailadres. Kies iets dat niemand kan afleiden.",
    "The password resembles your e-mail address. Choose something nobody can work out.",
);
pub const NOT_THE_SAME: T = T::new(
    "De twee wachtwoorden zijn niet gelijk.",
    "The two passwords are not the same.",
);

/// The leak-list entries (see `common_passwords.txt`).
const COMMON: &str = include_str!("common_passwords.txt");

/// Whether `password` is one every attacker tries first: on the list, one character
/// repeated, or a run of neighbouring characters (`abcdefghijk`, `9876543210`).
pub fn is_common(password: &str) -> bool {
    let lower = password.trim().to_lowercase();
    if COMMON
        .lines()
        .filter(|l| !l.starts_with('#'))
        .any(|l| l.trim() == lower)
    {
        return true;
    }
    let chars: Vec<char> = lower.chars().collect();
    let steps: Vec<i64> = chars
        .windows(2)
        .map(|w| i64::from(u32::from(w[1])) - i64::from(u32::from(w[0])))
        .collect();
    steps
        .first()
        .is_some_and(|first| (-1..=1).contains(first) && steps.iter().all(|step| step == first))
}

/// Whether `password` is (close to) the address's name part, e.g. `j.devries@…` and
/// `j.devries2026`.
fn like_address(password: &str, email: &str) -> bool {
    let name = email.split('@').next().unwrap_or_default().to_lowercase();
    let password = password.to_lowercase();
    name.chars().count() >= 4 && password.contains(&name) || password == email.to_lowercase()
}

/// Checks a new password and its repetition for the account with `email`; the messages
/// name the field to fix.
pub fn check_new(password: &str, repeat: &str, email: &str) -> Result<(), Vec<FieldMessage>> {
    let length = password.chars().count();
    if length < MIN_CHARS {
        return Err(vec![FieldMessage::new("password", TOO_SHORT)]);
    }
    if length > MAX_CHARS {
        return Err(vec![FieldMessage::new("password", TOO_LONG)]);
    }
    if is_common(password) {
        return Err(vec![FieldMessage::new("password", TOO_COMMON)]);
    }
    if like_address(password, email) {
        return Err(vec![FieldMessage::new("password", LIKE_ADDRESS)]);
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
        let ok = |p: &str, r: &str| check_new(p, r, "jan@example.nl");
        assert!(ok("lang genoeg wachtwoord", "lang genoeg wachtwoord").is_ok());
        assert_eq!(ok("kort", "kort").unwrap_err()[0].field, "password");
        assert_eq!(
            ok("lang genoeg 1", "lang genoeg 2").unwrap_err()[0].field,
            "password_repeat"
        );
        assert!(ok(&"x".repeat(201), &"x".repeat(201)).is_err());
    }

    #[test]
    fn common_and_guessable_passwords_are_refused() {
        for common in [
            "Wachtwoord123",
            "qwertyuiop",
            "1234567890",
            "abcdefghijkl",
            "9876543210",
            "zzzzzzzzzzzz",
        ] {
            let err = check_new(common, common, "jan@example.nl").unwrap_err();
            assert_eq!(err[0].nl, TOO_COMMON.nl, "{common}");
        }
        let err = check_new("j.devries2026", "j.devries2026", "J.deVries@example.nl").unwrap_err();
        assert_eq!(err[0].nl, LIKE_ADDRESS.nl);
        // Not refused for merely containing a listed word.
        assert!(check_new(
            "wachtwoord van de fietsenmaker",
            "wachtwoord van de fietsenmaker",
            "jan@example.nl"
        )
        .is_ok());
        assert!(check_new("opstap-demo", "opstap-demo", "balie@opstap.example").is_ok());
    }

    #[test]
    fn the_list_is_sorted_lower_case_and_long_enough_to_matter() {
        let entries: Vec<&str> = COMMON.lines().filter(|l| !l.starts_with('#')).collect();
        assert!(entries.len() > 50);
        for pair in entries.windows(2) {
            assert!(pair[0] < pair[1], "sorted: {} {}", pair[0], pair[1]);
        }
        for e in entries {
            assert_eq!(e, e.to_lowercase());
            assert!(e.chars().count() >= MIN_CHARS, "{e}");
        }
    }
}
