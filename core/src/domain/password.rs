//! Rules for a new password: long enough (NCSC advice: length over complexity), not one
//! of the passwords every attacker tries first, not guessable from the account itself,
//! and — on the server — strong by `zxcvbn`'s estimate (score 3 of 4 or more: "safely
//! unguessable" against an online attack and a slow hash), with the account's address,
//! name and "opstap" counted as words an attacker would try. `Welkom2026!` passes length
//! and list but scores 1: a word, a recent year and a symbol at the end.

use crate::error::FieldMessage;

/// Shortest password accepted (NCSC advice: length over complexity).
pub const MIN_CHARS: usize = 10;
pub const MAX_CHARS: usize = 200;

crate::messages! { DOMAIN_PASSWORD {
    TOO_SHORT =
        "Kies een wachtwoord van minstens 10 tekens."
        / "Choose a password of at least 10 characters.";
    TOO_LONG =
        "Kies een wachtwoord van hoogstens 200 tekens."
        / "Choose a password of at most 200 characters.";
    TOO_COMMON =
        "Dit wachtwoord wordt veel gebruikt en is makkelijk te raden. Kies een ander, bijvoorbeeld een zin van een paar woorden."
        / "This password is widely used and easy to guess. Choose another, for example a sentence of a few words.";
    LIKE_ADDRESS =
        "Het wachtwoord lijkt op uw e-mailadres. Kies iets dat niemand kan afleiden."
        / "The password resembles your e-mail address. Choose something nobody can work out.";
    TOO_WEAK =
        "Dit wachtwoord is te makkelijk te raden. Kies een langere zin van een paar gewone woorden die niet bij elkaar horen."
        / "This password is too easy to guess. Choose a longer sentence of a few ordinary words that do not belong together.";
    WEAK_YEAR =
        "Dit wachtwoord is te makkelijk te raden: jaartallen en data raadt iedereen eerst. Kies een langere zin van een paar woorden."
        / "This password is too easy to guess: years and dates are the first things tried. Choose a longer sentence of a few words.";
    WEAK_PATTERN =
        "Dit wachtwoord is te makkelijk te raden: rijen toetsen, herhalingen en reeksen als abc of 6543 zijn snel gevonden. Kies een zin van een paar woorden."
        / "This password is too easy to guess: rows of keys, repeats and sequences like abc or 6543 are found quickly. Choose a sentence of a few words.";
    WEAK_WORD =
        "Dit wachtwoord is te makkelijk te raden: één woord of naam, ook met cijfers of tekens erbij, is snel gevonden. Voeg een paar woorden toe."
        / "This password is too easy to guess: one word or name, even with digits or symbols added, is found quickly. Add a few more words.";
    WEAK_COMMON =
        "Dit wachtwoord lijkt op een veelgebruikt wachtwoord of op uw naam of e-mailadres. Kies iets dat niemand kan afleiden."
        / "This password resembles a widely used password or your name or e-mail address. Choose something nobody can work out.";
    NOT_THE_SAME = "De twee wachtwoorden zijn niet gelijk." / "The two passwords are not the same.";
}}

/// Below this `zxcvbn` score a password is refused.
pub const MIN_SCORE: u8 = 3;

/// Dutch words passwords are made of (see `common_words_nl.txt`), for `zxcvbn`.
#[cfg(feature = "ssr")]
const DUTCH_WORDS: &str = include_str!("common_words_nl.txt");

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

/// How strong `zxcvbn` thinks `password` is for this account (0–4), and why it is weak.
#[cfg(feature = "ssr")]
pub fn strength(password: &str, email: &str, name: &str) -> (u8, crate::i18n::T) {
    use zxcvbn::feedback::Warning as W;
    let local = email.split('@').next().unwrap_or_default();
    let joined: String = name.split_whitespace().collect();
    let mut inputs: Vec<&str> = vec![email, local, &joined, "opstap", "werkgeversservicepunt"];
    inputs.extend(name.split_whitespace());
    inputs.extend(local.split(['.', '-', '_', '+']));
    inputs.extend(
        DUTCH_WORDS
            .lines()
            .filter(|l| !l.is_empty() && !l.starts_with('#')),
    );
    let estimate = zxcvbn::zxcvbn(password, &inputs);
    let why = match estimate.feedback().and_then(|f| f.warning()) {
        Some(W::RecentYearsAreEasyToGuess | W::DatesAreOftenEasyToGuess) => WEAK_YEAR,
        Some(
            W::StraightRowsOfKeysAreEasyToGuess
            | W::ShortKeyboardPatternsAreEasyToGuess
            | W::RepeatsLikeAaaAreEasyToGuess
            | W::RepeatsLikeAbcAbcAreOnlySlightlyHarderToGuess
            | W::SequencesLikeAbcAreEasyToGuess,
        ) => WEAK_PATTERN,
        Some(
            W::AWordByItselfIsEasyToGuess
            | W::NamesAndSurnamesByThemselvesAreEasyToGuess
            | W::CommonNamesAndSurnamesAreEasyToGuess,
        ) => WEAK_WORD,
        Some(
            W::ThisIsATop10Password
            | W::ThisIsATop100Password
            | W::ThisIsACommonPassword
            | W::ThisIsSimilarToACommonlyUsedPassword,
        ) => WEAK_COMMON,
        None => TOO_WEAK,
    };
    (u8::from(estimate.score()), why)
}

/// Checks a new password and its repetition for the account with `email` and `name`; the
/// messages name the field to fix.
pub fn check_new(
    password: &str,
    repeat: &str,
    email: &str,
    name: &str,
) -> Result<(), Vec<FieldMessage>> {
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
    #[cfg(feature = "ssr")]
    {
        let (score, why) = strength(password, email, name);
        if score < MIN_SCORE {
            return Err(vec![FieldMessage::new("password", why)]);
        }
    }
    #[cfg(not(feature = "ssr"))]
    let _ = name;
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
        let ok = |p: &str, r: &str| check_new(p, r, "jan@example.nl", "Jan de Vries");
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
            let err = check_new(common, common, "jan@example.nl", "Jan").unwrap_err();
            assert_eq!(err[0].nl, TOO_COMMON.nl, "{common}");
        }
        let err = check_new(
            "j.devries2026",
            "j.devries2026",
            "J.deVries@example.nl",
            "Jan",
        )
        .unwrap_err();
        assert_eq!(err[0].nl, LIKE_ADDRESS.nl);
        // Not refused for merely containing a listed word.
        assert!(check_new(
            "wachtwoord van de fietsenmaker",
            "wachtwoord van de fietsenmaker",
            "jan@example.nl",
            "Jan"
        )
        .is_ok());
    }

    #[cfg(feature = "ssr")]
    #[test]
    fn weak_passwords_are_refused_with_the_reason() {
        let weak = |p: &str| {
            check_new(p, p, "fatima.elamrani@gemeente.nl", "Fatima El Amrani")
                .err()
                .map(|e| e[0].clone())
        };
        for (password, why) in [
            ("Welkom2026!", WEAK_YEAR),
            ("Fatima1985!", WEAK_YEAR),
            ("opstap-demo", WEAK_COMMON),
            ("Elamrani!!1", WEAK_WORD),
            ("qazwsxedcrfv", WEAK_COMMON),
        ] {
            let message = weak(password).unwrap_or_else(|| panic!("{password} was accepted"));
            assert_eq!(message.field, "password");
            // zxcvbn names a cause for patterns it knows; otherwise the general message.
            assert!(
                [why.en, TOO_WEAK.en].contains(&message.en.as_str()),
                "{password}: {}",
                message.en
            );
        }
        for strong in [
            "een lange zin als wachtwoord",
            "paarse fiets onder de brug",
            "Koffie-Regen-Tulp-83",
        ] {
            assert!(weak(strong).is_none(), "{strong} was refused");
        }
        let (score, _) = strength("Welkom2026!", "x@y.nl", "");
        assert!(score < MIN_SCORE);
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
