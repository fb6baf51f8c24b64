//! The header of a caseload export: which column holds which field. Benefits systems name
//! their columns differently (`Klantnummer`, `klant_nr`, `Client number`), so a name is
//! compared without case, spaces or punctuation, against the Dutch and English names below.
//! A column the portal does not know is ignored and listed in the preview, so the desk sees
//! what was left out — a BSN above all, which the portal never stores.

use super::{CaseloadField, FileProblem, FileRefusal};

/// Every accepted spelling of a column name, after [`normalise`].
const ALIASES: &[(CaseloadField, &[&str])] = &[
    (
        CaseloadField::ClientNumber,
        &[
            "klantnummer",
            "klantnr",
            "clientnummer",
            "clientnr",
            "clientnumber",
            "relatienummer",
        ],
    ),
    (
        CaseloadField::FirstName,
        &[
            "voornaam",
            "voornamen",
            "roepnaam",
            "firstname",
            "givenname",
        ],
    ),
    (
        CaseloadField::Infix,
        &[
            "tussenvoegsel",
            "tussenvoegsels",
            "voorvoegsel",
            "nameprefix",
            "infix",
        ],
    ),
    (
        CaseloadField::LastName,
        &[
            "achternaam",
            "geslachtsnaam",
            "lastname",
            "surname",
            "familyname",
        ],
    ),
    (
        CaseloadField::Name,
        &["naam", "volledigenaam", "name", "fullname"],
    ),
    (
        CaseloadField::Address,
        &[
            "adres",
            "straatenhuisnummer",
            "woonadres",
            "address",
            "streetaddress",
        ],
    ),
    (
        CaseloadField::Postcode,
        &["postcode", "postalcode", "zipcode", "zip"],
    ),
    (
        CaseloadField::Municipality,
        &["gemeente", "woonplaats", "plaats", "municipality", "city"],
    ),
    (
        CaseloadField::District,
        &["wijk", "buurt", "stadsdeel", "district", "neighbourhood"],
    ),
    (
        CaseloadField::BirthYear,
        &["geboortejaar", "birthyear", "yearofbirth"],
    ),
    (
        CaseloadField::BenefitStart,
        &[
            "startdatumuitkering",
            "ingangsdatumuitkering",
            "ingangsdatum",
            "startuitkering",
            "uitkeringsinds",
            "benefitstart",
            "benefitstartdate",
        ],
    ),
    (
        CaseloadField::Email,
        &["email", "emailadres", "mail", "emailaddress"],
    ),
    (
        CaseloadField::Phone,
        &[
            "telefoon",
            "telefoonnummer",
            "tel",
            "mobiel",
            "phone",
            "phonenumber",
        ],
    ),
];

/// Columns that must never be stored, whatever else the file holds.
const NEVER_STORED: &[&str] = &[
    "bsn",
    "burgerservicenummer",
    "sofinummer",
    "citizenservicenumber",
];

/// A column name compared without case, spaces or punctuation: `E-mail adres` → `emailadres`.
pub fn normalise(name: &str) -> String {
    name.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// Which column holds which field, and what was left out.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Header {
    columns: Vec<(CaseloadField, usize)>,
    /// Column names that are not read, as the file spells them.
    pub ignored: Vec<String>,
    /// Whether the file carries a BSN column (ignored, and the preview says so).
    pub has_bsn: bool,
}

impl Header {
    /// Reads the header row. Refused: a field named by two columns, or a needed field
    /// missing — the client number, a name (one `naam` column or first and last name), the
    /// address, postcode, municipality, birth year and benefit start date.
    pub fn read(names: &[String]) -> Result<Header, FileRefusal> {
        let mut columns: Vec<(CaseloadField, usize)> = Vec::new();
        let mut ignored = Vec::new();
        let mut has_bsn = false;
        let mut repeated = Vec::new();
        for (index, raw) in names.iter().enumerate() {
            let name = normalise(raw.trim_start_matches('\u{feff}'));
            if name.is_empty() {
                continue;
            }
            match ALIASES
                .iter()
                .find(|(_, spellings)| spellings.contains(&name.as_str()))
            {
                Some((field, _)) if columns.iter().any(|(f, _)| f == field) => {
                    if !repeated.contains(field) {
                        repeated.push(*field);
                    }
                }
                Some((field, _)) => columns.push((*field, index)),
                None => {
                    has_bsn |= NEVER_STORED.contains(&name.as_str());
                    ignored.push(raw.trim().to_string());
                }
            }
        }
        if !repeated.is_empty() {
            return Err(FileRefusal {
                problem: FileProblem::RepeatedColumn,
                fields: repeated,
            });
        }
        let header = Header {
            columns,
            ignored,
            has_bsn,
        };
        let mut missing: Vec<CaseloadField> = [
            CaseloadField::ClientNumber,
            CaseloadField::Address,
            CaseloadField::Postcode,
            CaseloadField::Municipality,
            CaseloadField::BirthYear,
            CaseloadField::BenefitStart,
        ]
        .into_iter()
        .filter(|f| !header.has(*f))
        .collect();
        if !header.has(CaseloadField::Name) {
            for f in [CaseloadField::FirstName, CaseloadField::LastName] {
                if !header.has(f) {
                    missing.push(f);
                }
            }
        }
        if missing.is_empty() {
            Ok(header)
        } else {
            missing.sort();
            Err(FileRefusal {
                problem: FileProblem::MissingColumns,
                fields: missing,
            })
        }
    }

    pub fn has(&self, field: CaseloadField) -> bool {
        self.columns.iter().any(|(f, _)| *f == field)
    }

    /// The positions of the columns that are read, in the file's order.
    pub fn positions(&self) -> Vec<usize> {
        let mut p: Vec<usize> = self.columns.iter().map(|(_, i)| *i).collect();
        p.sort_unstable();
        p
    }

    /// The cell of `field` in a row: `None` when the file has no such column or the row is
    /// too short.
    pub fn cell<'a>(&self, field: CaseloadField, row: &'a [String]) -> Option<&'a str> {
        let (_, index) = self.columns.iter().find(|(f, _)| *f == field)?;
        row.get(*index).map(String::as_str)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn dutch_and_english_spellings_are_read_alike() {
        let dutch = Header::read(&names(&[
            "Klantnummer",
            "Naam",
            "Adres",
            "Postcode",
            "Woonplaats",
            "Geboortejaar",
            "Ingangsdatum uitkering",
            "E-mailadres",
            "Telefoonnummer",
        ]))
        .unwrap();
        let english = Header::read(&names(&[
            "client_number",
            "name",
            "address",
            "postal code",
            "city",
            "birth year",
            "benefit start date",
            "email",
            "phone",
        ]))
        .unwrap();
        for f in CaseloadField::ALL {
            assert_eq!(dutch.has(*f), english.has(*f), "{f}");
        }
        assert!(dutch.has(CaseloadField::Email) && !dutch.has(CaseloadField::District));
        assert_eq!(
            dutch.cell(CaseloadField::Postcode, &names(&["a", "b", "c", "1234 AB"])),
            Some("1234 AB")
        );
    }

    #[test]
    fn a_bom_before_the_first_name_does_not_hide_it() {
        let h = Header::read(&names(&[
            "\u{feff}klantnummer",
            "voornaam",
            "achternaam",
            "adres",
            "postcode",
            "gemeente",
            "geboortejaar",
            "startdatum uitkering",
        ]))
        .unwrap();
        assert!(h.has(CaseloadField::ClientNumber));
        assert!(h.ignored.is_empty());
    }

    #[test]
    fn missing_columns_are_named_and_a_name_needs_both_halves() {
        let refused = Header::read(&names(&["klantnummer", "voornaam", "postcode"])).unwrap_err();
        assert_eq!(refused.problem, FileProblem::MissingColumns);
        assert_eq!(
            refused.fields,
            vec![
                CaseloadField::LastName,
                CaseloadField::Address,
                CaseloadField::Municipality,
                CaseloadField::BirthYear,
                CaseloadField::BenefitStart,
            ]
        );
    }

    #[test]
    fn a_field_named_twice_is_refused_and_a_bsn_is_ignored_and_flagged() {
        let twice = Header::read(&names(&["klantnummer", "klantnr"])).unwrap_err();
        assert_eq!(twice.problem, FileProblem::RepeatedColumn);
        assert_eq!(twice.fields, vec![CaseloadField::ClientNumber]);

        let h = Header::read(&names(&[
            "BSN",
            "klantnummer",
            "naam",
            "adres",
            "postcode",
            "gemeente",
            "geboortejaar",
            "ingangsdatum",
            "Opmerking",
        ]))
        .unwrap();
        assert!(h.has_bsn);
        assert_eq!(h.ignored, vec!["BSN".to_string(), "Opmerking".to_string()]);
        assert_eq!(h.positions(), vec![1, 2, 3, 4, 5, 6, 7]);
    }
}
