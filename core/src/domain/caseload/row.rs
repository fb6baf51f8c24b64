//! One row of the caseload export, checked field by field. A row is taken whole or not at
//! all: every problem of a refused row is listed (line, field, reason), so the desk can
//! correct the export once.

use super::columns::Header;
use super::{CaseloadField, RowProblem, RowProblemKind};
use crate::domain::candidates::{FIRST_NAME_MAX, LAST_NAME_MAX};
use crate::domain::dates::{civil_from_days, days_from_civil, days_in_month, iso_date};
use crate::domain::text;
use crate::domain::{EmailAddress, Postcode};
use serde::{Deserialize, Serialize};

/// A client as the export describes them, checked. `district`, `email` and `phone` are
/// `None` when the file leaves them out or empty: an import never erases what the desk
/// already knows (an address learnt in a conversation).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CaseloadClient {
    pub client_number: String,
    pub first_name: String,
    pub last_name: String,
    pub address: String,
    pub postcode: String,
    pub municipality: String,
    pub district: Option<String>,
    pub birth_year: i64,
    /// `YYYY-MM-DD`.
    pub benefit_start: String,
    pub email: Option<String>,
    pub phone: Option<String>,
}

impl CaseloadClient {
    /// "First Last", or the last name alone for someone with one name.
    pub fn name(&self) -> String {
        if self.first_name.is_empty() {
            self.last_name.clone()
        } else {
            format!("{} {}", self.first_name, self.last_name)
        }
    }
}

/// The client number as the client system writes it, compared without spaces and case:
/// 4 to 20 letters, digits or dashes (as a candidate's, so an intake can carry it over).
pub fn client_number(raw: &str) -> Option<String> {
    let n: String = raw
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect::<String>()
        .to_uppercase();
    ((4..=20).contains(&n.len()) && n.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'))
        .then_some(n)
}

/// A date as exports write them: `2024-03-01`, `01-03-2024`, `1-3-2024`, `01/03/2024` or
/// `01.03.2024` (day first: Dutch order). The day number, or `None`.
pub fn export_date(raw: &str) -> Option<i64> {
    let raw = raw.trim();
    let parts: Vec<&str> = raw.split(['-', '/', '.']).collect();
    if parts.len() != 3
        || parts
            .iter()
            .any(|p| p.is_empty() || !p.bytes().all(|b| b.is_ascii_digit()))
    {
        return None;
    }
    let (y, m, d) = if parts[0].len() == 4 {
        (parts[0], parts[1], parts[2])
    } else if parts[2].len() == 4 {
        (parts[2], parts[1], parts[0])
    } else {
        return None;
    };
    if m.len() > 2 || d.len() > 2 {
        return None;
    }
    let (y, m, d): (i64, u32, u32) = (y.parse().ok()?, m.parse().ok()?, d.parse().ok()?);
    ((1..=12).contains(&m) && d >= 1 && d <= days_in_month(y, m)).then(|| days_from_civil(y, m, d))
}

/// One `naam` column split into first and last name: `Jansen, Piet` (last name first, as
/// many systems write it) or `Piet van der Berg` (the first word is the first name). One
/// word is a last name alone. The intake lets the consultant correct it.
pub fn split_name(full: &str) -> (String, String) {
    if let Some((last, first)) = full.split_once(',') {
        return (first.trim().to_string(), last.trim().to_string());
    }
    match full.split_once(' ') {
        Some((first, last)) => (first.trim().to_string(), last.trim().to_string()),
        None => (String::new(), full.trim().to_string()),
    }
}

/// Checks one row (`cells`, starting on `line`) as of `today` (a day number).
pub fn parse(
    header: &Header,
    line: u64,
    cells: &[String],
    today: i64,
) -> Result<CaseloadClient, Vec<RowProblem>> {
    let mut problems = Vec::new();
    let mut fail = |field: CaseloadField, kind: RowProblemKind| {
        problems.push(RowProblem {
            line,
            field: Some(field),
            kind,
            first_seen_on: None,
        })
    };
    let cell = |field| {
        header
            .cell(field, cells)
            .map(text::line)
            .unwrap_or_default()
    };
    let mut required = |field: CaseloadField, max: usize| -> String {
        let value = cell(field);
        if value.is_empty() {
            fail(field, RowProblemKind::Required);
        } else if value.chars().count() > max {
            fail(field, RowProblemKind::TooLong);
        }
        value
    };

    let raw_number = required(CaseloadField::ClientNumber, 40);
    // The candidate an intake makes of this client needs a first name and a last name no
    // longer than the candidate rules allow: a row the
    // candidate rules would refuse is refused here, where the desk sees why, and not at the
    // end of a conversation whose form does not show the name.
    let one_column = header.has(CaseloadField::Name);
    let (first_name, last_name, name_fits) = if one_column {
        let full = required(CaseloadField::Name, 140);
        let fits = full.chars().count() <= 140;
        let (first, last) = split_name(&full);
        (first, last, fits)
    } else {
        let first = required(CaseloadField::FirstName, FIRST_NAME_MAX);
        let infix = cell(CaseloadField::Infix);
        let last = required(CaseloadField::LastName, LAST_NAME_MAX);
        let fits = last.chars().count() <= LAST_NAME_MAX;
        let last = if infix.is_empty() {
            last
        } else {
            format!("{infix} {last}")
        };
        (first, last, fits)
    };
    let address = required(CaseloadField::Address, 120);
    let raw_postcode = required(CaseloadField::Postcode, 20);
    let municipality = required(CaseloadField::Municipality, 80);
    let raw_year = required(CaseloadField::BirthYear, 10);
    let raw_start = required(CaseloadField::BenefitStart, 20);

    let (first_field, last_field) = if one_column {
        (CaseloadField::Name, CaseloadField::Name)
    } else {
        (CaseloadField::FirstName, CaseloadField::LastName)
    };
    if one_column && first_name.is_empty() && !last_name.is_empty() {
        fail(CaseloadField::Name, RowProblemKind::FirstNameMissing);
    }
    if name_fits && first_name.chars().count() > FIRST_NAME_MAX {
        fail(first_field, RowProblemKind::TooLong);
    } else if name_fits && last_name.chars().count() > LAST_NAME_MAX {
        fail(last_field, RowProblemKind::TooLong);
    }

    let number = client_number(&raw_number);
    if number.is_none() && !raw_number.is_empty() {
        fail(
            CaseloadField::ClientNumber,
            RowProblemKind::ClientNumberFormat,
        );
    }
    let postcode = Postcode::parse(&raw_postcode).ok();
    if postcode.is_none() && !raw_postcode.is_empty() {
        fail(CaseloadField::Postcode, RowProblemKind::PostcodeFormat);
    }
    let this_year = civil_from_days(today).0;
    let birth_year = raw_year
        .parse::<i64>()
        .ok()
        .filter(|y| (this_year - 80..=this_year - 15).contains(y));
    if birth_year.is_none() && !raw_year.is_empty() {
        fail(CaseloadField::BirthYear, RowProblemKind::BirthYearRange);
    }
    let benefit_start = export_date(&raw_start);
    match benefit_start {
        None if !raw_start.is_empty() => {
            fail(CaseloadField::BenefitStart, RowProblemKind::DateFormat)
        }
        Some(day) if day > today => fail(CaseloadField::BenefitStart, RowProblemKind::DateInFuture),
        _ => {}
    }
    let optional = |field| Some(cell(field)).filter(|v| !v.is_empty());
    let district = optional(CaseloadField::District);
    if district.as_ref().is_some_and(|d| d.chars().count() > 80) {
        fail(CaseloadField::District, RowProblemKind::TooLong);
    }
    let email = match optional(CaseloadField::Email) {
        None => None,
        Some(typed) => match EmailAddress::parse(&typed) {
            Ok(e) => Some(e.as_str().to_string()),
            Err(_) => {
                fail(CaseloadField::Email, RowProblemKind::EmailFormat);
                None
            }
        },
    };
    let phone = match optional(CaseloadField::Phone) {
        None => None,
        Some(typed) => match crate::domain::registration::phone(&typed) {
            Ok(p) => Some(p),
            Err(_) => {
                fail(CaseloadField::Phone, RowProblemKind::PhoneFormat);
                None
            }
        },
    };

    match (number, postcode, birth_year, benefit_start) {
        (Some(client_number), Some(postcode), Some(birth_year), Some(start))
            if problems.is_empty() =>
        {
            Ok(CaseloadClient {
                client_number,
                first_name,
                last_name,
                address,
                postcode: postcode.as_str().to_string(),
                municipality,
                district,
                birth_year,
                benefit_start: iso_date(start),
                email,
                phone,
            })
        }
        _ => Err(problems),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::caseload::columns::Header;

    fn strings(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    fn header() -> Header {
        Header::read(&strings(&[
            "klantnummer",
            "voornaam",
            "tussenvoegsel",
            "achternaam",
            "adres",
            "postcode",
            "gemeente",
            "geboortejaar",
            "startdatum uitkering",
            "e-mail",
            "telefoon",
        ]))
        .unwrap()
    }

    /// 2026-12-03.
    fn today() -> i64 {
        days_from_civil(2026, 12, 3)
    }

    #[test]
    fn a_good_row_is_cleaned_and_typed() {
        let row = strings(&[
            " k 100234 ",
            "Piet",
            "van der",
            "Berg",
            "Kerkstraat 1",
            "1234ab",
            "Lochem",
            "1980",
            "1-3-2024",
            "",
            "06 12345678",
        ]);
        let c = parse(&header(), 7, &row, today()).unwrap();
        assert_eq!(c.client_number, "K100234");
        assert_eq!(c.last_name, "van der Berg");
        assert_eq!(c.postcode, "1234 AB");
        assert_eq!(c.benefit_start, "2024-03-01");
        assert_eq!(c.email, None, "an empty optional cell is not a value");
        assert_eq!(c.phone.as_deref(), Some("06 12345678"));
        assert_eq!(c.name(), "Piet van der Berg");
    }

    #[test]
    fn every_problem_of_a_row_is_listed_with_its_line_and_field() {
        let row = strings(&[
            "K1",
            "",
            "",
            "Berg",
            "Kerkstraat 1",
            "0123 AB",
            "Lochem",
            "1890",
            "31-02-2024",
            "piet@",
            "12",
        ]);
        let problems = parse(&header(), 12, &row, today()).unwrap_err();
        let found: Vec<(u64, Option<CaseloadField>, RowProblemKind)> =
            problems.iter().map(|p| (p.line, p.field, p.kind)).collect();
        assert_eq!(
            found,
            vec![
                (12, Some(CaseloadField::FirstName), RowProblemKind::Required),
                (
                    12,
                    Some(CaseloadField::ClientNumber),
                    RowProblemKind::ClientNumberFormat
                ),
                (
                    12,
                    Some(CaseloadField::Postcode),
                    RowProblemKind::PostcodeFormat
                ),
                (
                    12,
                    Some(CaseloadField::BirthYear),
                    RowProblemKind::BirthYearRange
                ),
                (
                    12,
                    Some(CaseloadField::BenefitStart),
                    RowProblemKind::DateFormat
                ),
                (12, Some(CaseloadField::Email), RowProblemKind::EmailFormat),
                (12, Some(CaseloadField::Phone), RowProblemKind::PhoneFormat),
            ]
        );
    }

    #[test]
    fn a_benefit_that_starts_after_today_is_refused_and_today_is_not() {
        let mut row = strings(&[
            "K100234",
            "Piet",
            "",
            "Berg",
            "Kerkstraat 1",
            "1234 AB",
            "Lochem",
            "1980",
            "2026-12-04",
            "",
            "",
        ]);
        let p = parse(&header(), 2, &row, today()).unwrap_err();
        assert_eq!(p[0].kind, RowProblemKind::DateInFuture);
        row[8] = "03.12.2026".into();
        assert!(parse(&header(), 2, &row, today()).is_ok());
    }

    #[test]
    fn a_short_row_misses_its_last_fields() {
        let row = strings(&["K100234", "Piet", "", "Berg", "Kerkstraat 1"]);
        let p = parse(&header(), 3, &row, today()).unwrap_err();
        assert!(p.iter().all(|p| p.kind == RowProblemKind::Required));
        assert_eq!(p.len(), 4);
    }

    #[test]
    fn export_dates_in_the_usual_spellings() {
        let march = days_from_civil(2024, 3, 1);
        for s in [
            "2024-03-01",
            "01-03-2024",
            "1-3-2024",
            "01/03/2024",
            "01.03.2024",
            " 2024-3-1 ",
        ] {
            assert_eq!(export_date(s), Some(march), "{s}");
        }
        for s in [
            "",
            "2024-13-01",
            "29-02-2023",
            "01-03-24",
            "2024/03",
            "1e-03-2024",
            "001-03-2024",
        ] {
            assert_eq!(export_date(s), None, "{s}");
        }
        assert_eq!(
            export_date("29-02-2024"),
            Some(days_from_civil(2024, 2, 29))
        );
    }

    #[test]
    fn one_name_column_is_split_the_way_exports_write_it() {
        assert_eq!(split_name("Jansen, Piet"), ("Piet".into(), "Jansen".into()));
        assert_eq!(
            split_name("Piet van der Berg"),
            ("Piet".into(), "van der Berg".into())
        );
        assert_eq!(split_name("Mohammed"), ("".into(), "Mohammed".into()));
    }

    #[test]
    fn control_characters_in_cells_are_dropped() {
        let row = strings(&[
            "K100234",
            "Pi\u{0}et",
            "",
            "Berg\u{202e}",
            "Kerk\tstraat 1",
            "1234 AB",
            "Lochem",
            "1980",
            "2024-03-01",
            "",
            "",
        ]);
        let c = parse(&header(), 2, &row, today()).unwrap();
        assert_eq!(
            (c.first_name.as_str(), c.last_name.as_str()),
            ("Piet", "Berg")
        );
        assert_eq!(c.address, "Kerk straat 1");
    }

    /// A row with one name column: klantnummer;naam;adres;postcode;gemeente;geboortejaar;start.
    fn one_name_row(name: &str) -> Result<CaseloadClient, Vec<RowProblem>> {
        let header = Header::read(&strings(&[
            "klantnummer",
            "naam",
            "adres",
            "postcode",
            "gemeente",
            "geboortejaar",
            "startdatum uitkering",
        ]))
        .unwrap();
        let row = strings(&[
            "K100234",
            name,
            "Kerkstraat 1",
            "1234 AB",
            "Lochem",
            "1980",
            "2024-03-01",
        ]);
        parse(&header, 3, &row, today())
    }

    fn kinds(r: Result<CaseloadClient, Vec<RowProblem>>) -> Vec<(CaseloadField, RowProblemKind)> {
        r.unwrap_err()
            .iter()
            .filter_map(|p| Some((p.field?, p.kind)))
            .collect()
    }

    #[test]
    fn a_name_the_candidate_rules_would_refuse_is_refused_at_the_import() {
        assert_eq!(
            kinds(one_name_row("Mohammed")),
            vec![(CaseloadField::Name, RowProblemKind::FirstNameMissing)],
            "an intake could not make a candidate without a first name"
        );
        assert!(one_name_row("Berg, Piet").is_ok());
        let long_last = format!("Piet {}", "x".repeat(LAST_NAME_MAX + 1));
        assert_eq!(
            kinds(one_name_row(&long_last)),
            vec![(CaseloadField::Name, RowProblemKind::TooLong)]
        );
        let just_fits = format!("Piet {}", "x".repeat(LAST_NAME_MAX));
        assert!(one_name_row(&just_fits).is_ok());
        let long_first = format!("{}, {}", "Berg", "y".repeat(FIRST_NAME_MAX + 1));
        assert_eq!(
            kinds(one_name_row(&long_first)),
            vec![(CaseloadField::Name, RowProblemKind::TooLong)]
        );
        assert_eq!(
            kinds(one_name_row(&"z".repeat(141))).len(),
            2,
            "too long as a whole, and one word: each said once"
        );

        // Separate columns: the infix and the last name together must fit.
        let mut row = strings(&[
            "K100234",
            "Piet",
            "van der",
            &"b".repeat(LAST_NAME_MAX - 4),
            "Kerkstraat 1",
            "1234 AB",
            "Lochem",
            "1980",
            "2024-03-01",
            "",
            "",
        ]);
        assert_eq!(
            kinds(parse(&header(), 4, &row, today())),
            vec![(CaseloadField::LastName, RowProblemKind::TooLong)]
        );
        row[2] = String::new();
        assert!(parse(&header(), 4, &row, today()).is_ok());
    }
}
