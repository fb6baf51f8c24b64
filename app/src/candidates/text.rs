//! The words of the candidate pages, in Dutch and English.

use crate::i18n::T;

pub const POOL_TITLE: T = T::new("Kandidaten", "Candidates");
pub const POOL_INTRO: T = T::new(
    "Mensen in de bijstand met wie het servicepunt werkt. Alleen voor het servicepunt.",
    "People on social assistance the desk works with. For the desk only.",
);
pub const SEARCH_LABEL: T = T::new("Naam of klantnummer", "Name or client number");
pub const NEW_TITLE: T = T::new("Kandidaat inschrijven", "Register a candidate");
pub const EDIT_TITLE: T = T::new("Kandidaat wijzigen", "Change candidate");
pub const CANDIDATE_TITLE: T = T::new("Kandidaat", "Candidate");
pub const SAVE: T = T::new("Kandidaat opslaan", "Save candidate");
pub const PERSON: T = T::new("Persoon", "Person");
pub const WORK_WANTED: T = T::new("Werk dat past", "Work that fits");
pub const ABOUT: T = T::new("Wie is de kandidaat", "Who the candidate is");
pub const GUIDANCE: T = T::new("Begeleiding", "Guidance");
pub const FIELD_CLIENT_NUMBER: T = T::new("Klantnummer", "Client number");
pub const FIELD_CLIENT_NUMBER_HINT: T = T::new(
    "Het nummer uit het klantsysteem van de gemeente, zoals K100234.",
    "The number in the municipality's client system, such as K100234.",
);
pub const FIELD_FIRST_NAME: T = T::new("Voornaam", "First name");
pub const FIELD_LAST_NAME: T = T::new("Achternaam", "Last name");
pub const FIELD_EMAIL_OPTIONAL: T =
    T::new("E-mailadres (niet verplicht)", "E-mail address (optional)");
pub const FIELD_PHONE_OPTIONAL: T =
    T::new("Telefoonnummer (niet verplicht)", "Phone number (optional)");
pub const FIELD_BIRTH_YEAR: T = T::new("Geboortejaar", "Birth year");
pub const FIELD_BIRTH_YEAR_HINT: T = T::new(
    "Telt nooit mee bij het matchen.",
    "Never counts in matching.",
);
pub const FIELD_EDUCATION: T = T::new("Opleidingsniveau", "Education level");
pub const FIELD_HAS_LICENCE: T = T::new("Heeft een rijbewijs B", "Has a driving licence (B)");
pub const FIELD_HOURS_AVAILABLE: T = T::new("Uren per week beschikbaar", "Hours a week available");
pub const FIELD_SECTORS_WANTED: T = T::new(
    "Sectoren waarin de kandidaat wil werken",
    "Sectors the candidate wants to work in",
);
pub const FIELD_OCCUPATIONS: T = T::new(
    "Beroepen die de kandidaat zoekt",
    "Occupations the candidate looks for",
);
pub const FIELD_OCCUPATIONS_HINT: T = T::new(
    "Gescheiden door komma's, zoals: kok, afwasser.",
    "Separated by commas, such as: cook, dishwasher.",
);
pub const FIELD_SKILLS: T = T::new("Vaardigheden", "Skills");
pub const FIELD_TALENTS: T = T::new("Talenten", "Talents");
pub const FIELD_HOBBIES: T = T::new("Hobby's", "Hobbies");
pub const FIELD_AMBITIONS: T = T::new("Ambities", "Ambitions");
pub const FIELD_GROUPS: T = T::new("Doelgroepen", "Target groups");
pub const FIELD_GROUPS_HINT: T = T::new(
    "Telt alleen mee bij vacatures die de werkgever voor die groep openstelde.",
    "Only counts for openings the employer opened to that group.",
);
pub const FIELD_PLAN: T = T::new("Persoonlijk plan", "Personal plan");
pub const FIELD_MOTIVATION: T = T::new(
    "Motivatie (indruk van de consulent)",
    "Motivation (the consultant's impression)",
);
pub const FIELD_MOTIVATION_NOTE: T =
    T::new("Toelichting op de motivatie", "Note on the motivation");
pub const FIELD_CONSULTANT: T = T::new("Consulent", "Consultant");
pub const OBSTACLES: T = T::new(
    "Belemmeringen (bijzondere gegevens)",
    "Obstacles (special personal data)",
);
pub const OBSTACLES_HINT: T = T::new(
    "Apart bewaard en alleen zichtbaar voor het servicepunt. Werkgevers en buddy's zien dit nooit.",
    "Stored apart and only visible to the desk. Employers and buddies never see this.",
);
pub const OBSTACLE_DEBTS: T = T::new("Schulden", "Debts");
pub const OBSTACLE_CHILDCARE: T = T::new("Kinderopvang", "Childcare");
pub const OBSTACLE_HEALTH: T = T::new("Gezondheid", "Health");
pub const OBSTACLE_HOUSING: T = T::new("Huisvesting", "Housing");
pub const OBSTACLE_NOTES: T = T::new("Toelichting op de belemmeringen", "Note on the obstacles");
pub const NO_OBSTACLES: T = T::new("Geen belemmeringen vastgelegd.", "No obstacles recorded.");
pub const CONSENT: T = T::new("Toestemming", "Consent");
pub const CONSENT_HINT: T = T::new(
    "Zonder toestemming kan de kandidaat niet worden voorgedragen.",
    "Without consent the candidate cannot be proposed.",
);
pub const CONSENT_SCOPE: T = T::new(
    "Waarvoor gaf de kandidaat toestemming",
    "What the candidate consented to",
);
pub const CONSENT_NONE_YET: T = T::new("Nog geen toestemming", "No consent yet");
pub const CONSENT_DATE: T = T::new("Datum van de toestemming", "Date of the consent");
pub const CONSENT_IN_FORCE: T = T::new("Toestemming geldt", "Consent in force");
pub const CONSENT_MISSING: T = T::new(
    "Er is geen toestemming om het profiel te delen. Voordragen kan pas na toestemming.",
    "There is no consent to share the profile. Proposing is only possible after consent.",
);
pub const CONSENT_RECORD: T = T::new("Toestemming vastleggen", "Record consent");
pub const CONSENT_WITHDRAW: T = T::new("Toestemming intrekken", "Withdraw consent");
pub const CONSENT_WITHDRAWN: T = T::new("ingetrokken op", "withdrawn on");
pub const CONSENT_HISTORY: T = T::new("Geschiedenis van de toestemming", "History of the consent");
pub const COL_CONSENT: T = T::new("Toestemming", "Consent");
pub const COL_CLIENT_NUMBER: T = T::new("Klantnummer", "Client number");
pub const COL_REGISTERED: T = T::new("Ingeschreven", "Registered");
pub const PROPOSALS: T = T::new("Voordrachten", "Proposals");
pub const MATCHING_OPENINGS: T = T::new("Passende vacatures", "Openings that fit");
pub const FOUND_ONE: T = T::new("kandidaat gevonden", "candidate found");
pub const FOUND_MANY: T = T::new("kandidaten gevonden", "candidates found");
pub const AUDIT_NOTICE: T = T::new(
    "Het openen van deze pagina is vastgelegd in het auditlog.",
    "Opening this page has been recorded in the audit log.",
);
