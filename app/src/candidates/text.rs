//! The words of the candidate pages, in Dutch and English.

opstap_core::messages! { CANDIDATES_TEXT {
    POOL_TITLE = "Kandidaten" / "Candidates";
    POOL_INTRO =
        "Mensen in de bijstand met wie het servicepunt werkt. Alleen voor het servicepunt."
        / "People on social assistance the desk works with. For the desk only.";
    SEARCH_LABEL = "Naam of klantnummer" / "Name or client number";
    NEW_TITLE = "Kandidaat inschrijven" / "Register a candidate";
    EDIT_TITLE = "Kandidaat wijzigen" / "Change candidate";
    CANDIDATE_TITLE = "Kandidaat" / "Candidate";
    SAVE = "Kandidaat opslaan" / "Save candidate";
    PERSON = "Persoon" / "Person";
    WORK_WANTED = "Werk dat past" / "Work that fits";
    ABOUT = "Wie is de kandidaat" / "Who the candidate is";
    GUIDANCE = "Begeleiding" / "Guidance";
    FIELD_CLIENT_NUMBER = "Klantnummer" / "Client number";
    FIELD_CLIENT_NUMBER_HINT =
        "Het nummer uit het klantsysteem van de gemeente, zoals K100234."
        / "The number in the municipality's client system, such as K100234.";
    FIELD_FIRST_NAME = "Voornaam" / "First name";
    FIELD_LAST_NAME = "Achternaam" / "Last name";
    FIELD_EMAIL_OPTIONAL = "E-mailadres (niet verplicht)" / "E-mail address (optional)";
    FIELD_PHONE_OPTIONAL = "Telefoonnummer (niet verplicht)" / "Phone number (optional)";
    FIELD_BIRTH_YEAR = "Geboortejaar" / "Birth year";
    FIELD_BIRTH_YEAR_HINT = "Telt nooit mee bij het matchen." / "Never counts in matching.";
    FIELD_EDUCATION = "Opleidingsniveau" / "Education level";
    FIELD_HAS_LICENCE = "Heeft een rijbewijs B" / "Has a driving licence (B)";
    FIELD_HOURS_AVAILABLE = "Uren per week beschikbaar" / "Hours a week available";
    FIELD_SECTORS_WANTED =
        "Sectoren waarin de kandidaat wil werken"
        / "Sectors the candidate wants to work in";
    FIELD_OCCUPATIONS = "Beroepen die de kandidaat zoekt" / "Occupations the candidate looks for";
    FIELD_OCCUPATIONS_HINT =
        "Gescheiden door komma's, zoals: kok, afwasser."
        / "Separated by commas, such as: cook, dishwasher.";
    FIELD_SKILLS = "Vaardigheden" / "Skills";
    FIELD_TALENTS = "Talenten" / "Talents";
    FIELD_HOBBIES = "Hobby's" / "Hobbies";
    FIELD_AMBITIONS = "Ambities" / "Ambitions";
    FIELD_GROUPS = "Doelgroepen" / "Target groups";
    FIELD_GROUPS_HINT =
        "Telt alleen mee bij vacatures die de werkgever voor die groep openstelde."
        / "Only counts for openings the employer opened to that group.";
    FIELD_PLAN = "Persoonlijk plan" / "Personal plan";
    FIELD_MOTIVATION =
        "Motivatie (indruk van de consulent)"
        / "Motivation (the consultant's impression)";
    FIELD_MOTIVATION_NOTE = "Toelichting op de motivatie" / "Note on the motivation";
    FIELD_CONSULTANT = "Consulent" / "Consultant";
    OBSTACLES = "Belemmeringen (bijzondere gegevens)" / "Obstacles (special personal data)";
    OBSTACLES_HINT =
        "Apart bewaard en alleen zichtbaar voor het servicepunt. Werkgevers en buddy's zien dit nooit."
        / "Stored apart and only visible to the desk. Employers and buddies never see this.";
    OBSTACLE_DEBTS = "Schulden" / "Debts";
    OBSTACLE_CHILDCARE = "Kinderopvang" / "Childcare";
    OBSTACLE_HEALTH = "Gezondheid" / "Health";
    OBSTACLE_HOUSING = "Huisvesting" / "Housing";
    OBSTACLE_NOTES = "Toelichting op de belemmeringen" / "Note on the obstacles";
    NO_OBSTACLES = "Geen belemmeringen vastgelegd." / "No obstacles recorded.";
    CONSENT = "Toestemming" / "Consent";
    CONSENT_HINT =
        "Zonder toestemming kan de kandidaat niet worden voorgedragen."
        / "Without consent the candidate cannot be proposed.";
    CONSENT_SCOPE = "Waarvoor gaf de kandidaat toestemming" / "What the candidate consented to";
    CONSENT_NONE_YET = "Nog geen toestemming" / "No consent yet";
    CONSENT_DATE = "Datum van de toestemming" / "Date of the consent";
    CONSENT_IN_FORCE = "Toestemming geldt" / "Consent in force";
    CONSENT_MISSING =
        "Er is geen toestemming om het profiel te delen. Voordragen kan pas na toestemming."
        / "There is no consent to share the profile. Proposing is only possible after consent.";
    CONSENT_RECORD = "Toestemming vastleggen" / "Record consent";
    CONSENT_WITHDRAW = "Toestemming intrekken" / "Withdraw consent";
    CONSENT_WITHDRAWN = "ingetrokken op" / "withdrawn on";
    CONSENT_HISTORY = "Geschiedenis van de toestemming" / "History of the consent";
    COL_CONSENT = "Toestemming" / "Consent";
    COL_CLIENT_NUMBER = "Klantnummer" / "Client number";
    COL_REGISTERED = "Ingeschreven" / "Registered";
    PROPOSALS = "Voordrachten" / "Proposals";
    MATCHING_OPENINGS = "Passende vacatures" / "Openings that fit";
    FOUND_ONE = "kandidaat gevonden" / "candidate found";
    FOUND_MANY = "kandidaten gevonden" / "candidates found";
    AUDIT_NOTICE =
        "Het openen van deze pagina is vastgelegd in het auditlog."
        / "Opening this page has been recorded in the audit log.";
}}
