//! The words of the placement pages, in Dutch and English.

opstap_core::messages! { PLACEMENTS_TEXT {
    PLACEMENTS = "Plaatsingen" / "Placements";
    PLACEMENT = "Plaatsing" / "Placement";
    NONE_YET = "Nog geen plaatsingen." / "No placements yet.";
    SHOW_RUNNING = "Alleen lopende plaatsingen" / "Running placements only";
    SHOW_ALL = "Alle plaatsingen" / "All placements";
    RECORD_TITLE = "Plaatsing vastleggen" / "Record a placement";
    RECORD_INTRO =
        "Voor iemand die aan het werk ging zonder voordracht via Opstap. Een voordracht die tot een aanname leidt, maakt de plaatsing zelf."
        / "For someone who started work without a proposal through Opstap. A proposal that ends in a hire creates its placement itself.";
    EDIT_TITLE = "Plaatsing wijzigen" / "Change placement";
    SAVE = "Opslaan" / "Save";
    FIELD_EMPLOYER = "Werkgever" / "Employer";
    FIELD_KIND = "Soort plaatsing" / "Kind of placement";
    FIELD_START = "Startdatum" / "Start date";
    FIELD_PLANNED_END = "Geplande einddatum" / "Planned end date";
    FIELD_PLANNED_END_HINT =
        "Leeg laten bij een vast contract."
        / "Leave empty for a permanent contract.";
    FIELD_HOURS = "Uren per week" / "Hours a week";
    FIELD_WAGE_SUBSIDY = "Met loonkostensubsidie" / "With wage subsidy";
    FIELD_SROI = "Social return-waarde (euro)" / "Social return value (euros)";
    FIELD_SROI_HINT =
        "De waarde die de werkgever voor social return mag rekenen, in hele euro's."
        / "The value the employer may count for social return, in whole euros.";
    FIELD_BENEFIT_EXIT = "Uit de bijstand" / "Off benefits";
    OUTCOME = "Afloop" / "Outcome";
    OUTCOME_TITLE = "Afloop vastleggen" / "Record the outcome";
    OUTCOME_HINT =
        "Als de plaatsing eindigt: afgerond, verlengd of voortijdig gestopt. De buddy-koppeling stopt dan ook."
        / "When the placement ends: completed, extended or ended early. The buddy pairing ends as well.";
    FIELD_ENDED_ON = "Einddatum" / "End date";
    FIELD_REASON = "Reden" / "Reason";
    FIELD_REASON_HINT = "Verplicht bij voortijdig gestopt." / "Required when it ended early.";
    CHECKPOINTS = "Behoud van werk" / "Retention checkpoints";
    CHECKPOINTS_HINT =
        "Na 1, 3, 6 en 12 maanden bevestigt de balie of iemand nog werkt. Twee weken na de datum telt een checkpunt als te laat."
        / "After 1, 3, 6 and 12 months the desk confirms whether the person still works. Two weeks after the date a checkpoint is overdue.";
    MONTH_AFTER = "maand na start" / "month after the start";
    MONTHS_AFTER = "maanden na start" / "months after the start";
    COL_CHECKPOINT = "Checkpunt" / "Checkpoint";
    COL_DUE = "Datum" / "Date";
    COL_ANSWER = "Antwoord" / "Answer";
    CONFIRM = "Bevestigen" / "Confirm";
    STILL_WORKING = "Werkt nog" / "Still working";
    YES = "Ja" / "Yes";
    NO = "Nee" / "No";
    SOURCE = "Bron" / "Source";
    BUDDY = "Buddy" / "Buddy";
    NO_BUDDY = "Nog geen buddy gekoppeld." / "No buddy paired yet.";
    PAIR_TITLE = "Buddy koppelen" / "Pair a buddy";
    PAIR_AGAIN_TITLE = "Andere buddy koppelen" / "Pair another buddy";
    PAIR_HINT =
        "De buddy krijgt een e-mail met de voornaam, de werkgever en het werkadres; het telefoonnummer alleen als de kandidaat daarvoor toestemming gaf. Een lopende koppeling stopt de dag ervoor."
        / "The buddy gets an e-mail with the first name, the employer and the workplace address; the phone number only when the candidate consented to that. A running pairing ends the day before.";
    NO_BUDDIES =
        "Er zijn nog geen buddy's. Nodig eerst een buddy uit."
        / "There are no buddies yet. Invite a buddy first.";
    FIELD_BUDDY = "Buddy" / "Buddy";
    FIELD_PAIR_START = "Vanaf" / "From";
    FIELD_PAIR_END = "Tot en met" / "Until";
    FIELD_PAIR_END_HINT = "Mag leeg blijven." / "May stay empty.";
    FIELD_RHYTHM = "Contactritme" / "Check-in rhythm";
    PAIR_SUBMIT = "Koppelen" / "Pair";
    PAIRINGS = "Buddy-koppelingen" / "Buddy pairings";
    RUNNING = "loopt" / "running";
    ENDED = "gestopt" / "ended";
    NEXT_CHECKIN = "Volgend contact" / "Next check-in";
    OVERDUE = "te laat" / "overdue";
    CHECKINS = "Contactmomenten" / "Check-ins";
    NO_CHECKINS = "Nog geen contactmomenten." / "No check-ins yet.";
    FLAG = "Signaal" / "Flag";
    FLAG_NEEDS_DESK = "Buddy vraagt de balie" / "Buddy asks for the desk";
    FLAG_LOW_SCORE = "Lage score" / "Low score";
    FLAG_HANDLED = "Afgehandeld" / "Handled";
    HANDLE_TITLE = "Signaal afhandelen" / "Handle the flag";
    HANDLE_NOTE = "Wat is er gedaan?" / "What was done?";
    HANDLE_SUBMIT = "Markeer als afgehandeld" / "Mark as handled";
    NOTE_REQUIRED = "Schrijf kort op wat er gedaan is." / "Write briefly what was done.";
    HISTORY = "Voordracht en aanname" / "Proposal and hire";
    NO_PROPOSAL =
        "Direct vastgelegd door de balie, zonder voordracht."
        / "Recorded directly by the desk, without a proposal.";
    TO_PROPOSAL = "Naar de voordracht" / "To the proposal";
    TO_CANDIDATE = "Naar de kandidaat" / "To the candidate";
    NOTE = "Notitie" / "Note";
    SCORE = "Hoe gaat het" / "How it goes";
    MODE = "Vorm" / "Mode";
    WORK = "Werk" / "Work";
    HOME = "Thuis" / "Home";
    OPEN_FLAGS = "Open signalen van buddy's" / "Open flags from buddies";
    NO_OPEN_FLAGS = "Geen open signalen." / "No open flags.";
    TO_CONFIRM = "Checkpunten te bevestigen" / "Checkpoints to confirm";
    NONE_TO_CONFIRM = "Geen checkpunten te bevestigen." / "No checkpoints to confirm.";
    BUDDIES_LINK = "Buddy's" / "Buddies";
}}

/// "1 maand na start", "3 maanden na start".
pub fn after_months(months: i64) -> String {
    let words = if months == 1 {
        MONTH_AFTER
    } else {
        MONTHS_AFTER
    };
    format!("{months} {}", crate::i18n::tr(words))
}
