//! The words of the placement pages, in Dutch and English.

use crate::i18n::T;

pub const PLACEMENTS: T = T::new("Plaatsingen", "Placements");
pub const PLACEMENT: T = T::new("Plaatsing", "Placement");
pub const NONE_YET: T = T::new("Nog geen plaatsingen.", "No placements yet.");
pub const SHOW_RUNNING: T = T::new("Alleen lopende plaatsingen", "Running placements only");
pub const SHOW_ALL: T = T::new("Alle plaatsingen", "All placements");
pub const RECORD_TITLE: T = T::new("Plaatsing vastleggen", "Record a placement");
pub const RECORD_INTRO: T = T::new(
    "Voor iemand die aan het werk ging zonder voordracht via Opstap. Een voordracht die tot een aanname leidt, maakt de plaatsing zelf.",
    "For someone who started work without a proposal through Opstap. A proposal that ends in a hire creates its placement itself.",
);
pub const EDIT_TITLE: T = T::new("Plaatsing wijzigen", "Change placement");
pub const SAVE: T = T::new("Opslaan", "Save");
pub const FIELD_EMPLOYER: T = T::new("Werkgever", "Employer");
pub const FIELD_KIND: T = T::new("Soort plaatsing", "Kind of placement");
pub const FIELD_START: T = T::new("Startdatum", "Start date");
pub const FIELD_PLANNED_END: T = T::new("Geplande einddatum", "Planned end date");
pub const FIELD_PLANNED_END_HINT: T = T::new(
    "Leeg laten bij een vast contract.",
    "Leave empty for a permanent contract.",
);
pub const FIELD_HOURS: T = T::new("Uren per week", "Hours a week");
pub const FIELD_WAGE_SUBSIDY: T = T::new("Met loonkostensubsidie", "With wage subsidy");
pub const FIELD_SROI: T = T::new("Social return-waarde (euro)", "Social return value (euros)");
pub const FIELD_SROI_HINT: T = T::new(
    "De waarde die de werkgever voor social return mag rekenen, in hele euro's.",
    "The value the employer may count for social return, in whole euros.",
);
pub const FIELD_BENEFIT_EXIT: T = T::new("Uit de bijstand", "Off benefits");
pub const OUTCOME: T = T::new("Afloop", "Outcome");
pub const OUTCOME_TITLE: T = T::new("Afloop vastleggen", "Record the outcome");
pub const OUTCOME_HINT: T = T::new(
    "Als de plaatsing eindigt: afgerond, verlengd of voortijdig gestopt. De buddy-koppeling stopt dan ook.",
    "When the placement ends: completed, extended or ended early. The buddy pairing ends as well.",
);
pub const FIELD_ENDED_ON: T = T::new("Einddatum", "End date");
pub const FIELD_REASON: T = T::new("Reden", "Reason");
pub const FIELD_REASON_HINT: T = T::new(
    "Verplicht bij voortijdig gestopt.",
    "Required when it ended early.",
);
pub const CHECKPOINTS: T = T::new("Behoud van werk", "Retention checkpoints");
pub const CHECKPOINTS_HINT: T = T::new(
    "Na 1, 3, 6 en 12 maanden bevestigt de balie of iemand nog werkt. Twee weken na de datum telt een checkpunt als te laat.",
    "After 1, 3, 6 and 12 months the desk confirms whether the person still works. Two weeks after the date a checkpoint is overdue.",
);
pub const MONTH_AFTER: T = T::new("maand na start", "month after the start");
pub const MONTHS_AFTER: T = T::new("maanden na start", "months after the start");

/// "1 maand na start", "3 maanden na start".
pub fn after_months(months: i64) -> String {
    let words = if months == 1 {
        MONTH_AFTER
    } else {
        MONTHS_AFTER
    };
    format!("{months} {}", crate::i18n::tr(words))
}
pub const COL_CHECKPOINT: T = T::new("Checkpunt", "Checkpoint");
pub const COL_DUE: T = T::new("Datum", "Date");
pub const COL_ANSWER: T = T::new("Antwoord", "Answer");
pub const CONFIRM: T = T::new("Bevestigen", "Confirm");
pub const STILL_WORKING: T = T::new("Werkt nog", "Still working");
pub const YES: T = T::new("Ja", "Yes");
pub const NO: T = T::new("Nee", "No");
pub const SOURCE: T = T::new("Bron", "Source");
pub const BUDDY: T = T::new("Buddy", "Buddy");
pub const NO_BUDDY: T = T::new("Nog geen buddy gekoppeld.", "No buddy paired yet.");
pub const PAIR_TITLE: T = T::new("Buddy koppelen", "Pair a buddy");
pub const PAIR_AGAIN_TITLE: T = T::new("Andere buddy koppelen", "Pair another buddy");
pub const PAIR_HINT: T = T::new(
    "De buddy krijgt een e-mail met de voornaam, de werkgever en het werkadres; het telefoonnummer alleen als de kandidaat daarvoor toestemming gaf. Een lopende koppeling stopt de dag ervoor.",
    "The buddy gets an e-mail with the first name, the employer and the workplace address; the phone number only when the candidate consented to that. A running pairing ends the day before.",
);
pub const NO_BUDDIES: T = T::new(
    "Er zijn nog geen buddy's. Nodig eerst een buddy uit.",
    "There are no buddies yet. Invite a buddy first.",
);
pub const FIELD_BUDDY: T = T::new("Buddy", "Buddy");
pub const FIELD_PAIR_START: T = T::new("Vanaf", "From");
pub const FIELD_PAIR_END: T = T::new("Tot en met", "Until");
pub const FIELD_PAIR_END_HINT: T = T::new("Mag leeg blijven.", "May stay empty.");
pub const FIELD_RHYTHM: T = T::new("Contactritme", "Check-in rhythm");
pub const PAIR_SUBMIT: T = T::new("Koppelen", "Pair");
pub const PAIRINGS: T = T::new("Buddy-koppelingen", "Buddy pairings");
pub const RUNNING: T = T::new("loopt", "running");
pub const ENDED: T = T::new("gestopt", "ended");
pub const NEXT_CHECKIN: T = T::new("Volgend contact", "Next check-in");
pub const OVERDUE: T = T::new("te laat", "overdue");
pub const CHECKINS: T = T::new("Contactmomenten", "Check-ins");
pub const NO_CHECKINS: T = T::new("Nog geen contactmomenten.", "No check-ins yet.");
pub const FLAG: T = T::new("Signaal", "Flag");
pub const FLAG_NEEDS_DESK: T = T::new("Buddy vraagt de balie", "Buddy asks for the desk");
pub const FLAG_LOW_SCORE: T = T::new("Lage score", "Low score");
pub const FLAG_HANDLED: T = T::new("Afgehandeld", "Handled");
pub const HANDLE_TITLE: T = T::new("Signaal afhandelen", "Handle the flag");
pub const HANDLE_NOTE: T = T::new("Wat is er gedaan?", "What was done?");
pub const HANDLE_SUBMIT: T = T::new("Markeer als afgehandeld", "Mark as handled");
pub const NOTE_REQUIRED: T = T::new(
    "Schrijf kort op wat er gedaan is.",
    "Write briefly what was done.",
);
pub const HISTORY: T = T::new("Voordracht en aanname", "Proposal and hire");
pub const NO_PROPOSAL: T = T::new(
    "Direct vastgelegd door de balie, zonder voordracht.",
    "Recorded directly by the desk, without a proposal.",
);
pub const TO_PROPOSAL: T = T::new("Naar de voordracht", "To the proposal");
pub const TO_CANDIDATE: T = T::new("Naar de kandidaat", "To the candidate");
pub const NOTE: T = T::new("Notitie", "Note");
pub const SCORE: T = T::new("Hoe gaat het", "How it goes");
pub const MODE: T = T::new("Vorm", "Mode");
pub const WORK: T = T::new("Werk", "Work");
pub const HOME: T = T::new("Thuis", "Home");
pub const OPEN_FLAGS: T = T::new("Open signalen van buddy's", "Open flags from buddies");
pub const NO_OPEN_FLAGS: T = T::new("Geen open signalen.", "No open flags.");
pub const TO_CONFIRM: T = T::new("Checkpunten te bevestigen", "Checkpoints to confirm");
pub const NONE_TO_CONFIRM: T = T::new(
    "Geen checkpunten te bevestigen.",
    "No checkpoints to confirm.",
);
pub const BUDDIES_LINK: T = T::new("Buddy's", "Buddies");
