//! The caseload: the people on social assistance as the benefits system knows them, read
//! from its CSV export. An import is read in full and shown as a preview before anything is
//! stored; storing takes the good rows. A row is matched to what is stored by its client
//! number, so the same file imported twice changes nothing, and a known client's row
//! changes only the fields that differ.
//!
//! - [`file`] (server only): bytes to rows — UTF-8 or Windows-1252, `;` or `,`, with the
//!   line number each row starts on.
//! - [`columns`]: which column of the header is which field (Dutch and English names).
//! - [`row`]: one row checked, field by field, into a [`row::CaseloadClient`] or its problems.
//! - [`staged`]: what is kept of an upload until the desk decides — the read columns only.
//! - [`changes`]: what a row would change in a stored client, and the preview of a whole file.
//!
//! No BSN is ever stored, not even in a preview: the export may carry one; the column is
//! dropped when the file is read and listed as ignored.

pub mod changes;
pub mod columns;
#[cfg(feature = "ssr")]
pub mod file;
pub mod row;
pub mod staged;

use super::text_enum;

/// A preview nobody stored or discarded is discarded after this many days: it holds the
/// personal data of everyone in the file.
pub const PREVIEW_KEPT_DAYS: i64 = 7;

text_enum! {
    /// A field of the caseload export.
    CaseloadField {
        ClientNumber = "client_number": "klantnummer" / "client number",
        FirstName = "first_name": "voornaam" / "first name",
        Infix = "infix": "tussenvoegsel" / "name prefix",
        LastName = "last_name": "achternaam" / "last name",
        Name = "name": "naam" / "name",
        Address = "address": "adres" / "address",
        Postcode = "postcode": "postcode" / "postcode",
        Municipality = "municipality": "gemeente" / "municipality",
        District = "district": "wijk" / "district",
        BirthYear = "birth_year": "geboortejaar" / "birth year",
        BenefitStart = "benefit_start": "startdatum uitkering" / "benefit start date",
        Email = "email": "e-mailadres" / "e-mail address",
        Phone = "phone": "telefoon" / "phone",
    }
}

text_enum! {
    /// Why a row (or one of its fields) was refused.
    RowProblemKind {
        Required = "required": "Dit veld is leeg." / "This field is empty.",
        TooLong = "too_long": "Dit is te lang." / "This is too long.",
        ClientNumberFormat = "client_number_format":
            "Geen geldig klantnummer: 4 tot 20 letters, cijfers of streepjes."
            / "Not a valid client number: 4 to 20 letters, digits or dashes.",
        PostcodeFormat = "postcode_format":
            "Geen Nederlandse postcode (zoals 1234 AB)."
            / "Not a Dutch postcode (such as 1234 AB).",
        BirthYearRange = "birth_year_range":
            "Geen geboortejaar van iemand tussen 15 en 80 jaar."
            / "Not the birth year of someone between 15 and 80.",
        DateFormat = "date_format":
            "Geen datum (zoals 01-03-2024 of 2024-03-01)."
            / "Not a date (such as 01-03-2024 or 2024-03-01).",
        DateInFuture = "date_in_future":
            "Deze datum ligt na de dag van de import."
            / "This date is after the day of the import.",
        EmailFormat = "email_format":
            "Geen geldig e-mailadres." / "Not a valid e-mail address.",
        PhoneFormat = "phone_format":
            "Geen telefoonnummer (10 tot 15 cijfers)."
            / "Not a phone number (10 to 15 digits).",
        FirstNameMissing = "first_name_missing":
            "Alleen een achternaam: schrijf de naam als 'Achternaam, Voornaam'."
            / "Only a last name: write the name as 'Last name, First name'.",
        RepeatedClientNumber = "repeated_client_number":
            "Dit klantnummer staat al op een eerdere regel van het bestand."
            / "This client number is already on an earlier line of the file.",
        FieldCount = "field_count":
            "Deze regel heeft een ander aantal kolommen dan de kopregel."
            / "This line has a different number of columns than the header.",
        Unreadable = "unreadable":
            "Deze regel is niet te lezen (een aanhalingsteken zonder einde?)."
            / "This line cannot be read (a quote that is never closed?).",
    }
}

text_enum! {
    /// Why a whole file was refused before any row was read.
    FileProblem {
        Empty = "empty": "Het bestand is leeg." / "The file is empty.",
        TooLarge = "too_large":
            "Het bestand is te groot (hoogstens 16 MB)."
            / "The file is too large (16 MB at most).",
        NotText = "not_text":
            "Dit is geen CSV-bestand: kies de export uit het klantsysteem."
            / "This is not a CSV file: choose the export from the client system.",
        MissingColumns = "missing_columns":
            "De kopregel mist kolommen die nodig zijn."
            / "The header lacks columns that are needed.",
        RepeatedColumn = "repeated_column":
            "De kopregel noemt een kolom twee keer."
            / "The header names a column twice.",
        NoRows = "no_rows":
            "Het bestand heeft een kopregel maar geen klanten."
            / "The file has a header but no clients.",
    }
}

/// One problem of one row: the line it starts on, the field (none: the row as a whole),
/// why, and for a repeated client number the line it was first seen on.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct RowProblem {
    pub line: u64,
    pub field: Option<CaseloadField>,
    pub kind: RowProblemKind,
    pub first_seen_on: Option<u64>,
}

/// A file refused as a whole, with the columns it concerns (for missing or repeated ones).
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct FileRefusal {
    pub problem: FileProblem,
    pub fields: Vec<CaseloadField>,
}

impl FileRefusal {
    pub fn new(problem: FileProblem) -> FileRefusal {
        FileRefusal {
            problem,
            fields: Vec::new(),
        }
    }
}

text_enum! {
    /// Where an upload stands: shown as a preview until the desk stores or discards it.
    ImportStatus {
        Preview = "preview": "voorbeeld, nog niet opgeslagen" / "preview, not stored yet",
        Stored = "stored": "opgeslagen" / "stored",
        Discarded = "discarded": "weggegooid" / "discarded",
    }
}

/// What an import did (or, as a preview, would do) with its rows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "ssr", derive(sqlx::FromRow))]
pub struct ImportCounts {
    pub rows_read: i64,
    pub added: i64,
    pub updated: i64,
    pub unchanged: i64,
    pub refused: i64,
}

impl ImportCounts {
    pub fn of(preview: &changes::Preview) -> ImportCounts {
        use changes::LineOutcome as O;
        ImportCounts {
            rows_read: preview.lines.len() as i64,
            added: preview.count(|o| matches!(o, O::New)),
            updated: preview.count(|o| matches!(o, O::Update(_))),
            unchanged: preview.count(|o| matches!(o, O::Unchanged)),
            refused: preview.count(|o| matches!(o, O::Refused(_))),
        }
    }

    /// How many of the `stored` clients this file does not mention. Storing changes nothing
    /// for them — an export may be partial — but the desk is told, so someone who left the
    /// benefits system is not silently kept in the campaigns to come.
    pub fn absent_of(&self, stored: i64) -> i64 {
        (stored - self.updated - self.unchanged).max(0)
    }
}

text_enum! {
    /// Which lines of a preview to show (the `toon` of its address).
    PreviewShow {
        Refused = "geweigerd": "Geweigerd" / "Refused",
        New = "nieuw": "Nieuw" / "New",
        Changed = "gewijzigd": "Gewijzigd" / "Changed",
        Unchanged = "ongewijzigd": "Ongewijzigd" / "Unchanged",
        All = "alle": "Alle regels" / "All lines",
    }
}

impl PreviewShow {
    pub fn includes(self, outcome: &changes::LineOutcome) -> bool {
        use changes::LineOutcome as O;
        match self {
            PreviewShow::Refused => matches!(outcome, O::Refused(_)),
            PreviewShow::New => matches!(outcome, O::New),
            PreviewShow::Changed => matches!(outcome, O::Update(_)),
            PreviewShow::Unchanged => matches!(outcome, O::Unchanged),
            PreviewShow::All => true,
        }
    }

    /// How many lines of `counts` this choice shows.
    pub fn count(self, counts: &ImportCounts) -> i64 {
        match self {
            PreviewShow::Refused => counts.refused,
            PreviewShow::New => counts.added,
            PreviewShow::Changed => counts.updated,
            PreviewShow::Unchanged => counts.unchanged,
            PreviewShow::All => counts.rows_read,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::ImportCounts;

    #[test]
    fn clients_the_file_does_not_mention_are_counted() {
        let counts = ImportCounts {
            rows_read: 10,
            added: 3,
            updated: 2,
            unchanged: 4,
            refused: 1,
        };
        assert_eq!(counts.absent_of(8), 2, "8 stored, 6 of them in the file");
        assert_eq!(counts.absent_of(6), 0);
        assert_eq!(counts.absent_of(0), 0, "never below nothing");
    }
}
