//! A request to become a partner employer, as typed into the public form, and the rules it
//! must meet before it is stored. All field errors are collected at once, each with a
//! message in both languages, and the typed values travel back so nothing is lost.

use super::fields::{required_text, REQUIRED, TOO_LONG};
use super::kinds::Sector;
use super::{EmailAddress, Kvk, Postcode};
use crate::error::{AppError, FieldMessage};
use crate::i18n::T;
use serde::{Deserialize, Serialize};

/// The form as posted: every field as text.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RegistrationForm {
    pub name: String,
    pub kvk: String,
    pub sector: String,
    pub street: String,
    pub house_number: String,
    pub postcode: String,
    pub city: String,
    pub municipality: String,
    pub contact_name: String,
    pub email: String,
    pub phone: String,
    #[serde(default)]
    pub message: String,
}

/// A checked registration, ready to store.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Registration {
    pub name: String,
    pub kvk: Kvk,
    pub sector: Sector,
    pub street: String,
    pub house_number: String,
    pub postcode: Postcode,
    pub city: String,
    pub municipality: String,
    pub contact_name: String,
    pub email: EmailAddress,
    pub phone: String,
    pub message: String,
}

crate::messages! { DOMAIN_REGISTRATION {
    INVALID_SECTOR = "Kies een sector uit de lijst." / "Choose a sector from the list.";
    INVALID_PHONE =
        "Vul een telefoonnummer in van 10 tot 15 cijfers, zoals 0344 123456."
        / "Enter a phone number of 10 to 15 digits, such as 0344 123456.";
    INVALID_HOUSE_NUMBER =
        "Vul een huisnummer in, zoals 12 of 12a."
        / "Enter a house number, such as 12 or 12a.";
    KVK_TAKEN =
        "Met dit KvK-nummer is al een organisatie aangemeld. Neem contact op met het servicepunt."
        / "An organisation with this KvK number has already registered. Please contact the service desk.";
    /// An invitation to an address that already has an account.
    EMAIL_TAKEN =
        "Dit e-mailadres heeft al een account bij Opstap."
        / "This e-mail address already has an Opstap account.";
}}

/// Someone to invite: a name and an e-mail address (the `name` and `email` fields).
pub fn invitee(name: &str, email: &str) -> Result<(String, EmailAddress), AppError> {
    let mut errors = Vec::new();
    let checked_name = required_text(name, 120)
        .map_err(|t| errors.push(FieldMessage::new("name", t)))
        .ok();
    let address = EmailAddress::parse(email)
        .map_err(|e| errors.push(FieldMessage::new("email", e.0)))
        .ok();
    match (checked_name, address) {
        (Some(n), Some(a)) => Ok((n, a)),
        _ => Err(AppError::invalid(
            errors,
            vec![("name".into(), name.into()), ("email".into(), email.into())],
        )),
    }
}

/// Dutch and international phone numbers: digits with optional `+`, spaces, dashes and
/// brackets; 10 to 15 digits.
pub fn phone(value: &str) -> Result<String, T> {
    let value = value.trim();
    let digits = value.chars().filter(char::is_ascii_digit).count();
    let allowed = value
        .chars()
        .all(|c| c.is_ascii_digit() || " +-()".contains(c));
    if value.is_empty() {
        Err(REQUIRED)
    } else if !allowed || !(10..=15).contains(&digits) {
        Err(INVALID_PHONE)
    } else {
        Ok(value.to_string())
    }
}

impl RegistrationForm {
    /// What was typed, to show again after a refusal.
    pub fn values(&self) -> Vec<(String, String)> {
        [
            ("name", &self.name),
            ("kvk", &self.kvk),
            ("sector", &self.sector),
            ("street", &self.street),
            ("house_number", &self.house_number),
            ("postcode", &self.postcode),
            ("city", &self.city),
            ("municipality", &self.municipality),
            ("contact_name", &self.contact_name),
            ("email", &self.email),
            ("phone", &self.phone),
            ("message", &self.message),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_string(), v.clone()))
        .collect()
    }

    /// Checks every field; on any error returns all messages and the typed values.
    pub fn parse(&self) -> Result<Registration, AppError> {
        let mut errors = Vec::new();
        let mut check = |field: &str, result: Result<String, T>| match result {
            Ok(v) => v,
            Err(t) => {
                errors.push(FieldMessage::new(field, t));
                String::new()
            }
        };
        let name = check("name", required_text(&self.name, 120));
        let kvk = check(
            "kvk",
            Kvk::parse(&self.kvk)
                .map(|k| k.as_str().to_string())
                .map_err(|e| e.0),
        );
        let sector = check(
            "sector",
            Sector::parse(self.sector.trim())
                .map(|s| s.as_str().to_string())
                .ok_or(INVALID_SECTOR),
        );
        let street = check("street", required_text(&self.street, 120));
        let house_number = check(
            "house_number",
            required_text(&self.house_number, 10).and_then(|h| {
                if h.chars().next().is_some_and(|c| c.is_ascii_digit()) {
                    Ok(h)
                } else {
                    Err(INVALID_HOUSE_NUMBER)
                }
            }),
        );
        let postcode = check(
            "postcode",
            Postcode::parse(&self.postcode)
                .map(|p| p.as_str().to_string())
                .map_err(|e| e.0),
        );
        let city = check("city", required_text(&self.city, 80));
        let municipality = check("municipality", required_text(&self.municipality, 80));
        let contact_name = check("contact_name", required_text(&self.contact_name, 120));
        let email = check(
            "email",
            EmailAddress::parse(&self.email)
                .map(|e| e.as_str().to_string())
                .map_err(|e| e.0),
        );
        let phone = check("phone", phone(&self.phone));
        let message = super::text::lines(&self.message);
        if message.chars().count() > 2000 {
            errors.push(FieldMessage::new("message", TOO_LONG));
        }
        if !errors.is_empty() {
            return Err(AppError::invalid(errors, self.values()));
        }
        // Each of these parsed above, so they parse again.
        let (Ok(kvk), Some(sector), Ok(postcode), Ok(email)) = (
            Kvk::parse(&kvk),
            Sector::parse(&sector),
            Postcode::parse(&postcode),
            EmailAddress::parse(&email),
        ) else {
            return Err(AppError::Internal);
        };
        Ok(Registration {
            name,
            kvk,
            sector,
            street,
            house_number,
            postcode,
            city,
            municipality,
            contact_name,
            email,
            phone,
            message,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    pub fn valid() -> RegistrationForm {
        RegistrationForm {
            name: "Zorggroep De Linge".into(),
            kvk: "1234 5678".into(),
            sector: "care".into(),
            street: "Kerkstraat".into(),
            house_number: "12a".into(),
            postcode: "4001ab".into(),
            city: "Tiel".into(),
            municipality: "Tiel".into(),
            contact_name: "Jan Jansen".into(),
            email: "Jan@Linge.nl".into(),
            phone: "0344 123456".into(),
            message: String::new(),
        }
    }

    #[test]
    fn a_complete_form_parses_and_normalises() {
        let r = valid().parse().unwrap();
        assert_eq!(r.kvk.as_str(), "12345678");
        assert_eq!(r.postcode.as_str(), "4001 AB");
        assert_eq!(r.email.as_str(), "jan@linge.nl");
        assert_eq!(r.sector, Sector::Care);
    }

    #[test]
    fn every_bad_field_gets_its_own_message_and_values_come_back() {
        let form = RegistrationForm {
            kvk: "1234".into(),
            postcode: "0123 AB".into(),
            sector: "mining".into(),
            phone: "12".into(),
            email: "nee".into(),
            name: " ".into(),
            house_number: "a".into(),
            ..valid()
        };
        let Err(AppError::Invalid { fields, values }) = form.parse() else {
            panic!("should be refused")
        };
        let names: Vec<&str> = fields.iter().map(|f| f.field.as_str()).collect();
        assert_eq!(
            names,
            [
                "name",
                "kvk",
                "sector",
                "house_number",
                "postcode",
                "email",
                "phone"
            ]
        );
        assert!(fields.iter().all(|f| !f.nl.is_empty() && !f.en.is_empty()));
        assert!(values.contains(&("kvk".to_string(), "1234".to_string())));
        assert!(values.contains(&("city".to_string(), "Tiel".to_string())));
    }

    #[test]
    fn phone_numbers() {
        assert!(phone("+31 6 12345678").is_ok());
        assert!(phone("(0344) 12-34-56").is_ok());
        assert_eq!(phone("0344"), Err(INVALID_PHONE));
        assert_eq!(phone("bel me"), Err(INVALID_PHONE));
        assert_eq!(phone(""), Err(REQUIRED));
    }
}
