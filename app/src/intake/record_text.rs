//! The words of the intake record and the participation ladder, in Dutch and English.

opstap_core::messages! { INTAKE_RECORD_TEXT {
    RECORD_TITLE = "Intakegesprek vastleggen" / "Record the intake";
    RECORD_INTRO =
        "Wat de persoon wil en kan, wat in de weg staat en waar die nu staat. Bij opslaan staat de persoon als kandidaat in de pool, zodat matchen en voordragen kan."
        / "What the person wants and can do, what stands in the way and where they stand now. On saving, the person is a candidate in the pool, so matching and proposing work.";
    RECORDED_ALREADY =
        "Voor dit gesprek is al een intake vastgelegd; opslaan past die aan."
        / "An intake was recorded for this conversation already; saving changes it.";
    KNOWN_CANDIDATE =
        "Deze klant staat al als kandidaat in de pool; de intake werkt het profiel bij."
        / "This client is already a candidate in the pool; the intake updates the profile.";
    NOT_HELD =
        "Leg eerst vast dat het gesprek is gevoerd; daarna kunt u de intake invullen."
        / "First record that the conversation was held; then you can fill in the intake.";
    FIELD_HELD_ON = "Datum van het gesprek" / "Date of the conversation";
    SECTION_EDUCATION = "Opleiding en werk" / "Education and work";
    FIELD_EDUCATION_TEXT = "Diploma's en cursussen" / "Diplomas and courses";
    FIELD_WORK_EXPERIENCE = "Werkervaring" / "Work experience";
    SECTION_LANGUAGE = "Taal" / "Language";
    FIELD_LANGUAGES = "Andere talen die de persoon spreekt" / "Other languages the person speaks";
    FIELD_LANGUAGE_COURSE = "Een taalcursus Nederlands is nodig" / "A Dutch language course is needed";
    SECTION_AVAILABLE = "Beschikbaarheid en vervoer" / "Availability and transport";
    FIELD_TRANSPORT = "Vervoer naar het werk" / "Getting to work";
    SECTION_WISHES = "Wensen, talenten en ambities" / "Wishes, talents and ambitions";
    SECTION_MOTIVATION = "Motivatie" / "Motivation";
    STRESS = "Stressfactoren (bijzondere gegevens)" / "Stress factors (special personal data)";
    STRESS_HINT =
        "Wat het leven nu zwaar maakt en werk in de weg staat. Apart bewaard; alleen het servicepunt ziet dit, nooit een werkgever, buddy of aanbieder."
        / "What makes life hard now and stands in the way of work. Kept apart; only the desk sees this, never an employer, buddy or provider.";
    LADDER = "Participatieladder" / "Participation ladder";
    LADDER_HINT =
        "Waar de persoon nu staat, en de hoogste trede die binnen een jaar haalbaar is. Minstens twee keer per jaar opnieuw meten."
        / "Where the person stands now, and the highest step within reach in a year. Measure again at least twice a year.";
    FIELD_STEP = "Trede nu" / "Step now";
    FIELD_POTENTIAL = "Groeiperspectief" / "Growth potential";
    FIELD_LADDER_NOTE = "Toelichting op de meting" / "Note on the measurement";
    FIELD_MEASURED_ON = "Datum van de meting" / "Date of the measurement";
    SAVE_INTAKE = "Intake opslaan" / "Save the intake";
    SAVE_MEASUREMENT = "Meting opslaan" / "Save the measurement";
    CONSENT_KEEP =
        "Laat leeg om de toestemming te laten zoals die is."
        / "Leave empty to keep the consent as it is.";
    INTAKE_LINK = "Intake vastleggen" / "Record the intake";
    INTAKE_CHANGE_LINK = "Intake bekijken of aanpassen" / "View or change the intake";
    CANDIDATE_LINK = "Naar de kandidaat" / "To the candidate";
    INTAKES = "Intakegesprekken" / "Intake conversations";
    NO_INTAKES = "Nog geen intakegesprek vastgelegd." / "No intake conversation recorded yet.";
    INTAKE_OF = "Intake van {day} ({campaign}), met {who}" / "Intake of {day} ({campaign}), with {who}";
    LANGUAGE_COURSE_NEEDED = "taalcursus nodig" / "language course needed";
    NO_MEASUREMENTS = "Nog niet gemeten." / "Not measured yet.";
    LADDER_DUE = "Volgende meting uiterlijk {day}." / "Next measurement by {day}.";
    LADDER_OVERDUE = "De volgende meting is te laat: uiterlijk {day}." / "The next measurement is overdue: it was due by {day}.";
    MEASURE_AGAIN = "Opnieuw meten" / "Measure again";
    COL_MEASURED_ON = "Gemeten op" / "Measured on";
    COL_STEP = "Trede" / "Step";
    COL_POTENTIAL = "Perspectief" / "Potential";
    COL_AT = "Bij" / "At";
    AT_INTAKE = "intake" / "intake";
    AT_REVIEW = "herhaalmeting" / "review";
}}
