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

// Subject access (inzage).
pub const ACCESS_TITLE: T = T::new("Inzage (AVG)", "Subject access (GDPR)");
pub const ACCESS_INTRO: T = T::new(
    "Alles wat het portaal over deze persoon bewaart, voor een inzageverzoek. Controleer het overzicht voordat u het verstuurt. Het opvragen wordt vastgelegd in het auditlog.",
    "Everything the portal keeps on this person, for a subject access request. Check the overview before you send it. Asking for it is recorded in the audit log.",
);
pub const DOWNLOAD_JSON: T = T::new("Download als JSON", "Download as JSON");
pub const MADE_AT: T = T::new("Gemaakt op (UTC)", "Made at (UTC)");
pub const PROFILE: T = T::new("Gegevens", "Details");
pub const PROPOSALS: T = T::new("Voordrachten", "Proposals");
pub const PLACEMENTS: T = T::new("Plaatsingen", "Placements");
pub const PAIRING: T = T::new("Buddy", "Buddy");
pub const CHECKINS: T = T::new("Contactmomenten", "Check-ins");
pub const HISTORY: T = T::new("Verloop", "History");
pub const LOG: T = T::new(
    "Wie de gegevens inzag of wijzigde",
    "Who viewed or changed the data",
);
pub const NONE: T = T::new("Geen.", "None.");
pub const COL_ROLE: T = T::new("Rol", "Role");
pub const COL_NOTES: T = T::new("Notities", "Notes");
pub const COL_SCORE: T = T::new("Score", "Score");
pub const COL_DATE: T = T::new("Datum", "Date");
pub const COL_STEP: T = T::new("Stap", "Step");
pub const MOTIVATION: T = T::new(
    "Motivatie bij de voordracht",
    "Motivation with the proposal",
);
pub const DECLINE: T = T::new("Reden van afwijzing", "Reason for declining");
pub const INTERVIEW: T = T::new("Gesprek", "Interview");
pub const OUTCOME_REASON: T = T::new("Toelichting op de uitkomst", "Note on the outcome");
pub const PERIOD: T = T::new("Periode", "Period");

// Anonymised and erased.
pub const ANONYMISED: T = T::new("Geanonimiseerd", "Anonymised");
pub const ANONYMISED_NOTICE: T = T::new(
    "De persoonsgegevens van deze kandidaat zijn verwijderd. Wat overblijft telt alleen nog mee in de rapportages en kan niet meer worden gewijzigd.",
    "This candidate's personal data has been removed. What remains only counts in the reports and can no longer be changed.",
);
pub const ANONYMISE_ON: T = T::new(
    "Uitgestroomd: de persoonsgegevens worden automatisch verwijderd vanaf",
    "Left the service: the personal data is removed automatically from",
);
pub const ERASE_TITLE: T = T::new("Wissen op verzoek", "Erase on request");
pub const ERASE_INTRO: T = T::new(
    "Verwijder de persoonsgegevens van deze kandidaat nu, omdat de persoon daarom vraagt (AVG artikel 17). Naam, contactgegevens, postcode, belemmeringen, vrije teksten en notities bij voordrachten, plaatsingen en contactmomenten worden gewist. Lopende voordrachten worden ingetrokken en lopende buddykoppelingen beëindigd. Aantallen voor de rapportages blijven. Dit kan niet ongedaan worden gemaakt.",
    "Remove this candidate's personal data now, because the person asks for it (GDPR article 17). Name, contact details, postcode, obstacles, free texts and notes on proposals, placements and check-ins are erased. Open proposals are withdrawn and running buddy pairings ended. Counts for the reports stay. This cannot be undone.",
);
pub const ERASE_REASON: T = T::new(
    "Reden en datum van het verzoek",
    "Reason and date of the request",
);
pub const ERASE_REASON_HINT: T = T::new(
    "Bijvoorbeeld: verzoek per brief van 3 maart 2026. Schrijf hier geen persoonsgegevens.",
    "For example: request by letter of 3 March 2026. Do not write personal data here.",
);
pub const ERASE_CONFIRM: T = T::new(
    "Typ ter bevestiging het klantnummer over",
    "Type the client number to confirm",
);
pub const ERASE_SUBMIT: T = T::new("Gegevens definitief wissen", "Erase the data for good");
pub const ERASED: T = T::new(
    "De persoonsgegevens zijn gewist.",
    "The personal data has been erased.",
);
pub const ALREADY_ANONYMISED: T = T::new(
    "Deze kandidaat is al geanonimiseerd; er is niets meer te wissen.",
    "This candidate has already been anonymised; there is nothing left to erase.",
);
pub const CLIENT_NUMBER: T = T::new("Klantnummer", "Client number");
pub const BACK_TO_CANDIDATE: T = T::new("Terug naar de kandidaat", "Back to the candidate");
