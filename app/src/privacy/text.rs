//! The audit page's words, in Dutch and English.

opstap_core::messages! { PRIVACY_TEXT {
    AUDIT_TITLE = "Auditlog" / "Audit log";
    AUDIT_INTRO =
        "Wie welke kandidaat, voordracht of plaatsing heeft bekeken of gewijzigd, wanneer en vanaf welk adres. Regels worden alleen toegevoegd, nooit gewijzigd."
        / "Who viewed or changed which candidate, proposal or placement, when and from which address. Entries are only ever added, never changed.";
    WHO = "Wie (e-mail of naam)" / "Who (e-mail or name)";
    KIND = "Soort gegeven" / "Kind of record";
    NUMBER = "Nummer" / "Number";
    FROM = "Van (JJJJ-MM-DD)" / "From (YYYY-MM-DD)";
    UNTIL = "Tot en met (JJJJ-MM-DD)" / "Until (YYYY-MM-DD)";
    COL_WHEN = "Wanneer" / "When";
    COL_WHO = "Wie" / "Who";
    COL_ACTION = "Handeling" / "Action";
    COL_RECORD = "Gegeven" / "Record";
    COL_ADDRESS = "Adres" / "Address";
    FOUND = "regels gevonden" / "entries found";
    SYSTEM = "(systeem)" / "(system)";
    ACCESS_TITLE = "Inzage (AVG)" / "Subject access (GDPR)";
    ACCESS_INTRO =
        "Alles wat het portaal over deze persoon bewaart, voor een inzageverzoek. Controleer het overzicht voordat u het verstuurt. Het opvragen wordt vastgelegd in het auditlog."
        / "Everything the portal keeps on this person, for a subject access request. Check the overview before you send it. Asking for it is recorded in the audit log.";
    DOWNLOAD_JSON = "Download als JSON" / "Download as JSON";
    MADE_AT = "Gemaakt op (UTC)" / "Made at (UTC)";
    PROFILE = "Gegevens" / "Details";
    PROPOSALS = "Voordrachten" / "Proposals";
    PLACEMENTS = "Plaatsingen" / "Placements";
    PAIRING = "Buddy" / "Buddy";
    CHECKINS = "Contactmomenten" / "Check-ins";
    HISTORY = "Verloop" / "History";
    LOG = "Wie de gegevens inzag of wijzigde" / "Who viewed or changed the data";
    NONE = "Geen." / "None.";
    COL_ROLE = "Rol" / "Role";
    COL_NOTES = "Notities" / "Notes";
    COL_SCORE = "Score" / "Score";
    COL_DATE = "Datum" / "Date";
    COL_STEP = "Stap" / "Step";
    MOTIVATION = "Motivatie bij de voordracht" / "Motivation with the proposal";
    DECLINE = "Reden van afwijzing" / "Reason for declining";
    INTERVIEW = "Gesprek" / "Interview";
    OUTCOME_REASON = "Toelichting op de uitkomst" / "Note on the outcome";
    PERIOD = "Periode" / "Period";
    ANONYMISED = "Geanonimiseerd" / "Anonymised";
    ANONYMISED_NOTICE =
        "De persoonsgegevens van deze kandidaat zijn verwijderd. Wat overblijft telt alleen nog mee in de rapportages en kan niet meer worden gewijzigd."
        / "This candidate's personal data has been removed. What remains only counts in the reports and can no longer be changed.";
    ANONYMISE_ON =
        "Uitgestroomd: de persoonsgegevens worden automatisch verwijderd vanaf"
        / "Left the service: the personal data is removed automatically from";
    ERASE_TITLE = "Wissen op verzoek" / "Erase on request";
    ERASE_INTRO =
        "Verwijder de persoonsgegevens van deze kandidaat nu, omdat de persoon daarom vraagt (AVG artikel 17). Naam, contactgegevens, postcode, belemmeringen, vrije teksten en notities bij voordrachten, plaatsingen en contactmomenten worden gewist. Lopende voordrachten worden ingetrokken en lopende buddykoppelingen beëindigd. Aantallen voor de rapportages blijven. Dit kan niet ongedaan worden gemaakt."
        / "Remove this candidate's personal data now, because the person asks for it (GDPR article 17). Name, contact details, postcode, obstacles, free texts and notes on proposals, placements and check-ins are erased. Open proposals are withdrawn and running buddy pairings ended. Counts for the reports stay. This cannot be undone.";
    ERASE_REASON = "Reden en datum van het verzoek" / "Reason and date of the request";
    ERASE_REASON_HINT =
        "Bijvoorbeeld: verzoek per brief van 3 maart 2026. Schrijf hier geen persoonsgegevens."
        / "For example: request by letter of 3 March 2026. Do not write personal data here.";
    ERASE_CONFIRM =
        "Typ ter bevestiging het klantnummer over"
        / "Type the client number to confirm";
    ERASE_SUBMIT = "Gegevens definitief wissen" / "Erase the data for good";
    ERASED = "De persoonsgegevens zijn gewist." / "The personal data has been erased.";
    ALREADY_ANONYMISED =
        "Deze kandidaat is al geanonimiseerd; er is niets meer te wissen."
        / "This candidate has already been anonymised; there is nothing left to erase.";
    CLIENT_NUMBER = "Klantnummer" / "Client number";
    BACK_TO_CANDIDATE = "Terug naar de kandidaat" / "Back to the candidate";
}}

// Subject access (inzage).

// Anonymised and erased.
