//! The words of the proposal pages, in Dutch and English.

use crate::i18n::T;

pub const PROPOSALS: T = T::new("Voordrachten", "Proposals");
pub const PROPOSAL: T = T::new("Voordracht", "Proposal");
pub const NO_PROPOSALS: T = T::new(
    "Nog geen kandidaten voorgedragen.",
    "No candidates proposed yet.",
);
pub const FIND_CANDIDATES: T = T::new("Passende kandidaten zoeken", "Find candidates that fit");
pub const PROPOSE_TITLE: T = T::new("Kandidaten voordragen", "Propose candidates");
pub const PROPOSE_INTRO: T = T::new(
    "Schrijf per kandidaat waarom die past. De werkgever ziet de voornaam en eerste letter van de achternaam, wat past, de beschikbaarheid en uw motivatie — nooit belemmeringen, uitkering of contactgegevens.",
    "Write for each candidate why they fit. The employer sees the first name and initial, what fits, the availability and your motivation — never obstacles, benefits or contact details.",
);
pub const PROPOSE_SUBMIT: T = T::new(
    "Voordragen en de werkgever mailen",
    "Propose and e-mail the employer",
);
pub const PROPOSE_NONE: T = T::new(
    "Kies eerst kandidaten op de pagina met passende kandidaten.",
    "First choose candidates on the page of candidates that fit.",
);
pub const MOTIVATION_FOR_EMPLOYER: T =
    T::new("Motivatie voor de werkgever", "Motivation for the employer");
pub const WHAT_FITS: T = T::new("Wat past", "What fits");
pub const AVAILABILITY: T = T::new("Beschikbaar", "Available");
pub const HOURS_A_WEEK: T = T::new("uur per week", "hours a week");
pub const DESK_MOTIVATION: T = T::new("Motivatie van het servicepunt", "The desk's motivation");
pub const INTERVIEW: T = T::new("Kennismakingsgesprek", "Interview");
pub const INTERVIEW_PLAN: T = T::new("Uitnodigen voor een gesprek", "Invite to an interview");
pub const INTERVIEW_MOVE: T = T::new("Gesprek verzetten", "Move the interview");
pub const INTERVIEW_HINT: T = T::new(
    "U en het servicepunt krijgen een e-mail met een agenda-uitnodiging (.ics).",
    "You and the desk receive an e-mail with a calendar invitation (.ics).",
);
pub const FIELD_DATE: T = T::new("Datum", "Date");
pub const FIELD_TIME: T = T::new("Tijd", "Time");
pub const FIELD_TIME_HINT: T = T::new("Bijvoorbeeld 10:30.", "For example 10:30.");
pub const FIELD_PLACE: T = T::new("Plaats", "Place");
pub const FIELD_PLACE_HINT: T = T::new(
    "Adres of 'telefonisch' / 'video'.",
    "Address, or 'by phone' / 'video'.",
);
pub const TRIAL_START: T = T::new("Proefplaatsing starten", "Start a trial placement");
pub const HIRE: T = T::new("Aannemen", "Hire");
pub const HIRE_HINT: T = T::new(
    "Hiermee ontstaat de plaatsing; het servicepunt volgt haar op.",
    "This creates the placement; the desk follows it up.",
);
pub const FIELD_START: T = T::new("Eerste werkdag", "First working day");
pub const FIELD_END: T = T::new("Einddatum (niet verplicht)", "End date (optional)");
pub const FIELD_HOURS: T = T::new("Uren per week", "Hours per week");
pub const DECLINE: T = T::new("Afwijzen", "Decline");
pub const DECLINE_REASON: T = T::new("Reden", "Reason");
pub const NOTE: T = T::new("Toelichting", "Note");
pub const WITHDRAW: T = T::new("Voordracht intrekken", "Withdraw the proposal");
pub const PLACEMENT: T = T::new("Plaatsing", "Placement");
pub const PLACED_FROM: T = T::new("Aan het werk vanaf", "At work from");
pub const TO_CANDIDATE: T = T::new("Naar de kandidaat", "To the candidate");
pub const WORK_LIST: T = T::new("Werklijst", "Work list");
pub const WORK_LIST_INTRO: T = T::new(
    "Voordrachten die te lang op de werkgever wachten, gesprekken deze week en nieuwe plaatsingen.",
    "Proposals waiting too long for the employer, interviews this week and new hires.",
);
pub const WAITING: T = T::new("Wachten op de werkgever", "Waiting for the employer");
pub const WAITING_DAYS: T = T::new("Langer dan dit aantal dagen", "Longer than this many days");
pub const SHOW: T = T::new("Tonen", "Show");
pub const INTERVIEWS_THIS_WEEK: T = T::new("Gesprekken deze week", "Interviews this week");
pub const NEW_HIRES: T = T::new("Nieuw aangenomen (14 dagen)", "Newly hired (14 days)");
pub const COL_CANDIDATE: T = T::new("Kandidaat", "Candidate");
pub const COL_SINCE: T = T::new("Laatste stap", "Last step");
pub const NO_CONSENT_SHORT: T = T::new("geen toestemming", "no consent");
