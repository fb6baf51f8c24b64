//! The audit page's words, in Dutch and English.

use crate::i18n::T;

pub const AUDIT_TITLE: T = T::new("Auditlog", "Audit log");
pub const AUDIT_INTRO: T = T::new(
    "Wie welke kandidaat, voordracht of plaatsing heeft bekeken of gewijzigd, wanneer en vanaf welk adres. Regels worden alleen toegevoegd, nooit gewijzigd.",
    "Who viewed or changed which candidate, proposal or placement, when and from which address. Entries are only ever added, never changed.",
);
pub const WHO: T = T::new("Wie (e-mail of naam)", "Who (e-mail or name)");
pub const KIND: T = T::new("Soort gegeven", "Kind of record");
pub const NUMBER: T = T::new("Nummer", "Number");
pub const FROM: T = T::new("Van (JJJJ-MM-DD)", "From (YYYY-MM-DD)");
pub const UNTIL: T = T::new("Tot en met (JJJJ-MM-DD)", "Until (YYYY-MM-DD)");
pub const COL_WHEN: T = T::new("Wanneer", "When");
pub const COL_WHO: T = T::new("Wie", "Who");
pub const COL_ACTION: T = T::new("Handeling", "Action");
pub const COL_RECORD: T = T::new("Gegeven", "Record");
pub const COL_ADDRESS: T = T::new("Adres", "Address");
pub const FOUND: T = T::new("regels gevonden", "entries found");
pub const SYSTEM: T = T::new("(systeem)", "(system)");
pub const BAD_DATE: T = T::new(
    "Vul een datum in als JJJJ-MM-DD, bijvoorbeeld 2026-03-01.",
    "Enter a date as YYYY-MM-DD, for example 2026-03-01.",
);
pub const BAD_NUMBER: T = T::new(
    "Vul een nummer in (alleen cijfers).",
    "Enter a number (digits only).",
);
pub const BAD_ORDER: T = T::new(
    "De einddatum ligt vóór de begindatum.",
    "The end date is before the start date.",
);
