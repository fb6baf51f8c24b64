//! E-mail addresses, normalised to lower case so one person has one account. On the
//! server an address must also pass the parser of `lettre`, which sends the mail: an
//! address the form takes is one the outbox can send to (a welcome mail that cannot be
//! sent would leave the new user without a way in).

use super::FieldError;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct EmailAddress(String);

crate::messages! { DOMAIN_EMAIL {
    INVALID_EMAIL =
        "Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl."
        / "Enter a valid e-mail address, such as name@example.com.";
}}

impl EmailAddress {
    /// Accepts `local@domain.tld` with no spaces, one `@`, a dot in the domain and at most
    /// 254 characters; returns it trimmed and in lower case.
    pub fn parse(input: &str) -> Result<EmailAddress, FieldError> {
        let value = input.trim().to_lowercase();
        let Some((local, domain)) = value.split_once('@') else {
            return Err(FieldError(INVALID_EMAIL));
        };
        let domain_ok = domain.contains('.')
            && !domain.starts_with('.')
            && !domain.ends_with('.')
            && !domain.contains("..")
            && domain
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '.');
        let local_ok = !local.is_empty()
            && local.len() <= 64
            && !local
                .chars()
                .any(|c| c.is_whitespace() || c == '@' || c.is_control());
        if value.len() > 254 || !domain_ok || !local_ok || !sendable(&value) {
            return Err(FieldError(INVALID_EMAIL));
        }
        Ok(EmailAddress(value))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Whether lettre takes `address` (server only; the browser never parses one).
fn sendable(address: &str) -> bool {
    #[cfg(feature = "ssr")]
    {
        address.parse::<lettre::Address>().is_ok()
    }
    #[cfg(not(feature = "ssr"))]
    {
        let _ = address;
        true
    }
}

impl std::fmt::Display for EmailAddress {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_and_normalises() {
        let e = EmailAddress::parse("  Jan.de.Vries@Gemeente.NL ").unwrap();
        assert_eq!(e.as_str(), "jan.de.vries@gemeente.nl");
    }

    #[test]
    fn refuses_malformed() {
        for bad in [
            "",
            "jan",
            "jan@",
            "@x.nl",
            "jan@nl",
            "jan @x.nl",
            "a@b@c.nl",
            "jan@x..nl",
            "jan@.x.nl",
        ] {
            assert!(EmailAddress::parse(bad).is_err(), "{bad:?} was accepted");
        }
        let long = format!("{}@x.nl", "a".repeat(65));
        assert!(EmailAddress::parse(&long).is_err());
    }

    /// Addresses the simple checks let through but lettre would not send to.
    #[cfg(feature = "ssr")]
    #[test]
    fn refuses_what_lettre_cannot_send_to() {
        for bad in [
            "jan..de@x.nl",
            ".jan@x.nl",
            "jan.@x.nl",
            "jan(werk)@x.nl",
            "jan,piet@x.nl",
            "jan<piet>@x.nl",
            "jan\"@x.nl",
            "jan;@x.nl",
            "jan@-x.nl",
        ] {
            assert!(EmailAddress::parse(bad).is_err(), "{bad:?} was accepted");
            assert!(
                bad.parse::<lettre::Address>().is_err(),
                "{bad:?}: lettre takes it"
            );
        }
        for good in [
            "jan.de.vries@gemeente.nl",
            "j+opstap@x.nl",
            "o'brien@x.ie",
            "ümit@x.nl",
        ] {
            assert!(EmailAddress::parse(good).is_ok(), "{good:?} was refused");
        }
    }

    #[test]
    fn refuses_overlong() {
        let long = format!("{}@x.nl", "a".repeat(65));
        assert!(EmailAddress::parse(&long).is_err());
    }
}
