//! The words of the buddy pages, in Dutch and English.

use crate::i18n::T;

pub const BUDDIES: T = T::new("Buddy's", "Buddies");
pub const BUDDIES_INTRO: T = T::new(
    "Buddy's zijn vrijwilligers uit het bedrijfsleven of collega's van de gemeente die iemand na de plaatsing blijven volgen. Koppel een buddy op de pagina van een plaatsing.",
    "Buddies are volunteers from business or council colleagues who keep in touch with someone after placement. Pair a buddy on a placement's page.",
);
pub const NO_BUDDIES: T = T::new("Nog geen buddy's.", "No buddies yet.");
pub const COL_PEOPLE: T = T::new("Lopende koppelingen", "Running pairings");
pub const INVITED: T = T::new("Uitgenodigd", "Invited");
pub const ACTIVE: T = T::new("Actief", "Active");
pub const INACTIVE: T = T::new("Niet actief", "Inactive");
pub const INVITE_TITLE: T = T::new("Buddy uitnodigen", "Invite a buddy");
pub const INVITE_INTRO: T = T::new(
    "De buddy krijgt een e-mail met een link om een wachtwoord in te stellen. De link werkt één keer en is 7 dagen geldig.",
    "The buddy gets an e-mail with a link to set a password. The link works once and is valid for 7 days.",
);
pub const INVITE_SUBMIT: T = T::new("Uitnodiging versturen", "Send invitation");
pub const FIELD_NAME: T = T::new("Naam", "Name");
pub const FIELD_EMAIL: T = T::new("E-mailadres", "E-mail address");
pub const PERSON: T = T::new("Contact met", "Keeping in touch with");
pub const EMPLOYER: T = T::new("Werkgever", "Employer");
pub const WORKPLACE: T = T::new("Werkadres", "Workplace address");
pub const PHONE: T = T::new("Telefoon", "Phone");
pub const NO_PHONE: T = T::new(
    "Niet gedeeld; maak een afspraak via de balie.",
    "Not shared; arrange contact through the desk.",
);
pub const SINCE: T = T::new("Gekoppeld sinds", "Paired since");
pub const RHYTHM: T = T::new("Contactritme", "Check-in rhythm");
pub const NEXT: T = T::new("Volgend contact", "Next check-in");
pub const OVERDUE: T = T::new("te laat", "overdue");
pub const ENDED: T = T::new(
    "Deze koppeling is gestopt; je kunt geen contactmoment meer vastleggen.",
    "This pairing has ended; you can no longer log check-ins.",
);
pub const PLACEMENT_ENDED: T = T::new(
    "Deze plaatsing is afgelopen; er valt geen buddy meer aan te koppelen.",
    "This placement has ended; no buddy can be paired with it any more.",
);
pub const LOG_TITLE: T = T::new("Contactmoment vastleggen", "Log a check-in");
pub const FIELD_HELD_ON: T = T::new("Datum van het contact", "Date of the check-in");
pub const FIELD_MODE: T = T::new("Hoe had je contact?", "How were you in touch?");
pub const FIELD_SCORE: T = T::new("Hoe gaat het?", "How is it going?");
pub const FIELD_SCORE_HINT: T = T::new(
    "1 is slecht, 5 is goed. Bij 1 of 2 krijgt de consulent meteen bericht.",
    "1 is badly, 5 is well. At 1 or 2 the consultant hears at once.",
);
pub const SCORE_1: T = T::new("1 – slecht", "1 – badly");
pub const SCORE_2: T = T::new("2", "2");
pub const SCORE_3: T = T::new("3", "3");
pub const SCORE_4: T = T::new("4", "4");
pub const SCORE_5: T = T::new("5 – goed", "5 – well");
pub const FIELD_NOTES_WORK: T = T::new("Hoe gaat het op het werk?", "How is work going?");
pub const FIELD_NOTES_HOME: T = T::new("Hoe gaat het thuis?", "How are things at home?");
pub const FIELD_NOTES_HINT: T = T::new(
    "Kort en zakelijk; alleen de balie leest mee.",
    "Short and factual; only the desk reads this.",
);
pub const FIELD_NEEDS_DESK: T = T::new(
    "De balie moet hiernaar kijken",
    "The desk needs to look at this",
);
pub const FIELD_NEXT_ON: T = T::new("Volgend contact gepland op", "Next check-in planned on");
pub const FIELD_NEXT_ON_HINT: T = T::new(
    "Leeg laten: het ritme van de koppeling bepaalt de datum.",
    "Leave empty: the pairing's rhythm sets the date.",
);
pub const LOG_SUBMIT: T = T::new("Opslaan", "Save");
pub const HISTORY: T = T::new("Eerdere contactmomenten", "Earlier check-ins");
pub const NO_HISTORY: T = T::new("Nog geen contactmomenten.", "No check-ins yet.");
pub const FLAGGED: T = T::new("Signaal naar de balie", "Flag to the desk");
pub const FLAG_HANDLED: T = T::new("Opgepakt door de balie", "Taken up by the desk");
pub const SAVED: T = T::new("Het contactmoment is opgeslagen.", "The check-in is saved.");
pub const BACK_HOME: T = T::new("Terug naar mijn mensen", "Back to my people");
pub const OPEN: T = T::new("Contact vastleggen", "Log a check-in");
pub const PAIRING: T = T::new("Koppeling", "Pairing");
