//! The words of the proposal pages, in Dutch and English.

opstap_core::messages! { PROPOSALS_TEXT {
    PROPOSALS = "Voordrachten" / "Proposals";
    PROPOSAL = "Voordracht" / "Proposal";
    NO_PROPOSALS = "Nog geen kandidaten voorgedragen." / "No candidates proposed yet.";
    FIND_CANDIDATES = "Passende kandidaten zoeken" / "Find candidates that fit";
    PROPOSE_TITLE = "Kandidaten voordragen" / "Propose candidates";
    PROPOSE_INTRO =
        "Schrijf per kandidaat waarom die past. De werkgever ziet de voornaam en eerste letter van de achternaam, wat past, de beschikbaarheid en uw motivatie — nooit belemmeringen, uitkering of contactgegevens."
        / "Write for each candidate why they fit. The employer sees the first name and initial, what fits, the availability and your motivation — never obstacles, benefits or contact details.";
    PROPOSE_SUBMIT = "Voordragen en de werkgever mailen" / "Propose and e-mail the employer";
    PROPOSE_NONE =
        "Kies eerst kandidaten op de pagina met passende kandidaten."
        / "First choose candidates on the page of candidates that fit.";
    MOTIVATION_FOR_EMPLOYER = "Motivatie voor de werkgever" / "Motivation for the employer";
    WHAT_FITS = "Wat past" / "What fits";
    AVAILABILITY = "Beschikbaar" / "Available";
    HOURS_A_WEEK = "uur per week" / "hours a week";
    DESK_MOTIVATION = "Motivatie van het servicepunt" / "The desk's motivation";
    INTERVIEW = "Kennismakingsgesprek" / "Interview";
    INTERVIEW_PLAN = "Uitnodigen voor een gesprek" / "Invite to an interview";
    INTERVIEW_MOVE = "Gesprek verzetten" / "Move the interview";
    INTERVIEW_HINT =
        "U en het servicepunt krijgen een e-mail met een agenda-uitnodiging (.ics)."
        / "You and the desk receive an e-mail with a calendar invitation (.ics).";
    FIELD_DATE = "Datum" / "Date";
    FIELD_TIME = "Tijd" / "Time";
    FIELD_TIME_HINT = "Bijvoorbeeld 10:30." / "For example 10:30.";
    FIELD_PLACE = "Plaats" / "Place";
    FIELD_PLACE_HINT = "Adres of 'telefonisch' / 'video'." / "Address, or 'by phone' / 'video'.";
    TRIAL_START = "Proefplaatsing starten" / "Start a trial placement";
    HIRE = "Aannemen" / "Hire";
    HIRE_HINT =
        "Hiermee ontstaat de plaatsing; het servicepunt volgt haar op."
        / "This creates the placement; the desk follows it up.";
    FIELD_START = "Eerste werkdag" / "First working day";
    FIELD_END = "Einddatum (niet verplicht)" / "End date (optional)";
    FIELD_HOURS = "Uren per week" / "Hours per week";
    DECLINE = "Afwijzen" / "Decline";
    DECLINE_REASON = "Reden" / "Reason";
    NOTE = "Toelichting" / "Note";
    WITHDRAW = "Voordracht intrekken" / "Withdraw the proposal";
    PLACEMENT = "Plaatsing" / "Placement";
    PLACED_FROM = "Aan het werk vanaf" / "At work from";
    TO_CANDIDATE = "Naar de kandidaat" / "To the candidate";
    WORK_LIST = "Werklijst" / "Work list";
    WORK_LIST_INTRO =
        "Voordrachten die te lang op de werkgever wachten, gesprekken deze week en nieuwe plaatsingen."
        / "Proposals waiting too long for the employer, interviews this week and new hires.";
    WAITING = "Wachten op de werkgever" / "Waiting for the employer";
    WAITING_DAYS = "Langer dan dit aantal dagen" / "Longer than this many days";
    SHOW = "Tonen" / "Show";
    INTERVIEWS_THIS_WEEK = "Gesprekken deze week" / "Interviews this week";
    NEW_HIRES = "Nieuw aangenomen (14 dagen)" / "Newly hired (14 days)";
    COL_CANDIDATE = "Kandidaat" / "Candidate";
    COL_SINCE = "Laatste stap" / "Last step";
    NO_CONSENT_SHORT = "geen toestemming" / "no consent";
}}
