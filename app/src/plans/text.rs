//! The words of the plan page, in Dutch and English.

opstap_core::messages! { PLAN_TEXT {
    PLAN_TITLE = "Persoonlijk plan" / "Personal plan";
    PLAN_OF = "Plan van {name}" / "Plan of {name}";
    PLAN_LINK = "Persoonlijk plan" / "Personal plan";
    NO_VERSION_YET =
        "Er is nog geen afgesproken plan. Zet de activiteiten klaar en leg daarna de afspraken vast die u samen maakt."
        / "There is no agreed plan yet. Set out the activities, then record the agreements you make together.";
    CURRENT_VERSION = "Zoals afgesproken (versie {number})" / "As agreed (version {number})";
    AGREED_LINE =
        "Afgesproken op {date}, {how}; vastgelegd door {who}."
        / "Agreed on {date}, {how}; recorded by {who}.";
    REVIEW_DUE =
        "Dit plan is een half jaar of langer geleden afgesproken: bespreek het opnieuw."
        / "This plan was agreed half a year ago or longer: talk it through again.";
    ANONYMISED =
        "De gegevens van deze persoon zijn gewist; het plan verandert niet meer."
        / "This person's data were erased; the plan no longer changes.";
    GOALS = "Doelen, in de woorden van de persoon" / "Goals, in the person's own words";
    PERSON_COMMITS = "Wat de persoon afspreekt" / "What the person commits to";
    DESK_COMMITS = "Wat het servicepunt afspreekt" / "What the desk commits to";
    FIELD_AGREED_ON = "Afgesproken op" / "Agreed on";
    FIELD_AGREED_HOW = "Hoe de persoon instemde" / "How the person agreed";
    NEW_VERSION = "Nieuwe versie van het plan vastleggen" / "Record a new version of the plan";
    NEW_VERSION_INTRO =
        "Een versie legt vast wat u samen afsprak, met de activiteiten zoals ze nu staan. Eerdere versies blijven bewaard."
        / "A version records what you agreed together, with the activities as they stand now. Earlier versions are kept.";
    SAVE_VERSION = "Versie opslaan" / "Save version";
    ACTIVITIES = "Activiteiten" / "Activities";
    NO_ACTIVITIES = "Nog geen activiteiten." / "No activities yet.";
    NOT_IN_VERSION = "nog niet in een afgesproken versie" / "not yet in an agreed version";
    FIELD_KIND = "Soort activiteit" / "Kind of activity";
    FIELD_TITLE = "Omschrijving (kort)" / "Description (short)";
    FIELD_PROVIDER = "Aanbieder" / "Provider";
    DESK_ITSELF = "het servicepunt zelf" / "the desk itself";
    FIELD_PROVIDER_HINT =
        "Niets gekozen: het servicepunt regelt het zelf."
        / "None chosen: the desk arranges it itself.";
    FIELD_STARTS_ON = "Begint op" / "Starts on";
    FIELD_ENDS_ON = "Eindigt op (als bekend)" / "Ends on (if known)";
    FIELD_HOURS = "Uren per week" / "Hours a week";
    ADD_ACTIVITY = "Activiteit toevoegen" / "Add an activity";
    SAVE_ACTIVITY = "Activiteit opslaan" / "Save activity";
    PERIOD_FROM = "vanaf {from}" / "from {from}";
    PERIOD_FROM_TO = "{from} tot {to}" / "{from} to {to}";
    HOURS_A_WEEK = "{hours} uur per week" / "{hours} hours a week";
    CHANGE_STATUS = "Stand van een activiteit bijwerken" / "Update where an activity stands";
    FIELD_ACTIVITY = "Activiteit" / "Activity";
    FIELD_NEXT_STATUS = "Nieuwe stand" / "New status";
    FIELD_STOP_REASON = "Reden van stoppen" / "Reason for stopping";
    FIELD_STOP_REASON_HINT = "Alleen bij gestopt." / "Only when stopped.";
    FIELD_RESULT = "Wat het opleverde" / "What it brought";
    SAVE_STATUS = "Stand opslaan" / "Save status";
    RESULT_LINE = "Resultaat: {result}" / "Result: {result}";
    EARLIER_VERSIONS = "Eerdere versies" / "Earlier versions";
    VERSION_SUMMARY = "Versie {number}, afgesproken op {date}" / "Version {number}, agreed on {date}";
    ACTIVITIES_THEN = "Activiteiten toen" / "Activities then";
}}
