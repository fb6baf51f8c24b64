//! The words of the buddy pages, in Dutch and English.

opstap_core::messages! { BUDDIES_TEXT {
    BUDDIES = "Buddy's" / "Buddies";
    BUDDIES_INTRO =
        "Buddy's zijn vrijwilligers uit het bedrijfsleven of collega's van de gemeente die iemand na de plaatsing blijven volgen. Koppel een buddy op de pagina van een plaatsing."
        / "Buddies are volunteers from business or council colleagues who keep in touch with someone after placement. Pair a buddy on a placement's page.";
    NO_BUDDIES = "Nog geen buddy's." / "No buddies yet.";
    COL_PEOPLE = "Lopende koppelingen" / "Running pairings";
    INVITED = "Uitgenodigd" / "Invited";
    ACTIVE = "Actief" / "Active";
    INACTIVE = "Niet actief" / "Inactive";
    INVITE_TITLE = "Buddy uitnodigen" / "Invite a buddy";
    INVITE_INTRO =
        "De buddy krijgt een e-mail met een link om een wachtwoord in te stellen. De link werkt één keer en is 7 dagen geldig."
        / "The buddy gets an e-mail with a link to set a password. The link works once and is valid for 7 days.";
    INVITE_SUBMIT = "Uitnodiging versturen" / "Send invitation";
    FIELD_NAME = "Naam" / "Name";
    FIELD_EMAIL = "E-mailadres" / "E-mail address";
    PERSON = "Contact met" / "Keeping in touch with";
    EMPLOYER = "Werkgever" / "Employer";
    WORKPLACE = "Werkadres" / "Workplace address";
    PHONE = "Telefoon" / "Phone";
    NO_PHONE =
        "Niet gedeeld; maak een afspraak via de balie."
        / "Not shared; arrange contact through the desk.";
    SINCE = "Gekoppeld sinds" / "Paired since";
    RHYTHM = "Contactritme" / "Check-in rhythm";
    NEXT = "Volgend contact" / "Next check-in";
    OVERDUE = "te laat" / "overdue";
    ENDED =
        "Deze koppeling is gestopt; je kunt geen contactmoment meer vastleggen."
        / "This pairing has ended; you can no longer log check-ins.";
    PLACEMENT_ENDED =
        "Deze plaatsing is afgelopen; er valt geen buddy meer aan te koppelen."
        / "This placement has ended; no buddy can be paired with it any more.";
    LOG_TITLE = "Contactmoment vastleggen" / "Log a check-in";
    FIELD_HELD_ON = "Datum van het contact" / "Date of the check-in";
    FIELD_MODE = "Hoe had je contact?" / "How were you in touch?";
    FIELD_SCORE = "Hoe gaat het?" / "How is it going?";
    FIELD_SCORE_HINT =
        "1 is slecht, 5 is goed. Bij 1 of 2 krijgt de consulent meteen bericht."
        / "1 is badly, 5 is well. At 1 or 2 the consultant hears at once.";
    SCORE_1 = "1 – slecht" / "1 – badly";
    SCORE_2 = "2" / "2";
    SCORE_3 = "3" / "3";
    SCORE_4 = "4" / "4";
    SCORE_5 = "5 – goed" / "5 – well";
    FIELD_NOTES_WORK = "Hoe gaat het op het werk?" / "How is work going?";
    FIELD_NOTES_HOME = "Hoe gaat het thuis?" / "How are things at home?";
    FIELD_NOTES_HINT =
        "Kort en zakelijk; alleen de balie leest mee."
        / "Short and factual; only the desk reads this.";
    FIELD_NEEDS_DESK = "De balie moet hiernaar kijken" / "The desk needs to look at this";
    FIELD_NEXT_ON = "Volgend contact gepland op" / "Next check-in planned on";
    FIELD_NEXT_ON_HINT =
        "Leeg laten: het ritme van de koppeling bepaalt de datum."
        / "Leave empty: the pairing's rhythm sets the date.";
    LOG_SUBMIT = "Opslaan" / "Save";
    HISTORY = "Eerdere contactmomenten" / "Earlier check-ins";
    NO_HISTORY = "Nog geen contactmomenten." / "No check-ins yet.";
    FLAGGED = "Signaal naar de balie" / "Flag to the desk";
    FLAG_HANDLED = "Opgepakt door de balie" / "Taken up by the desk";
    SAVED = "Het contactmoment is opgeslagen." / "The check-in is saved.";
    BACK_HOME = "Terug naar mijn mensen" / "Back to my people";
    OPEN = "Contact vastleggen" / "Log a check-in";
    PAIRING = "Koppeling" / "Pairing";
}}
