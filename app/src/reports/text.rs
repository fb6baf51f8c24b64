//! The words of the report pages, in Dutch and English.

opstap_core::messages! { REPORTS_TEXT {
    REPORTS = "Rapportages" / "Reports";
    REPORTS_INTRO =
        "De resultaten van de regio over een periode. Elke grafiek heeft de cijfers in een tabel eronder; elke tabel is te downloaden als CSV."
        / "The region's results over a period. Every chart has its numbers in a table below it; every table can be downloaded as CSV.";
    PERIOD = "Periode" / "Period";
    FROM = "Van" / "From";
    TO = "Tot en met" / "Up to and including";
    DATE_HINT = "Bijvoorbeeld 2026-01-01" / "For example 2026-01-01";
    MUNICIPALITY = "Gemeente" / "Municipality";
    WHOLE_REGION = "Hele regio" / "Whole region";
    SHOW = "Toon" / "Show";
    THIS_YEAR = "Dit jaar" / "This year";
    LAST_YEAR = "Vorig jaar" / "Last year";
    SHOWING = "Cijfers over" / "Figures for";
    CSV = "Download CSV (puntkomma)" / "Download CSV (semicolons)";
    CSV_COMMA = "CSV met komma's" / "CSV with commas";
    CONTENTS = "Op deze pagina" / "On this page";
    PLACED = "Plaatsingen in de periode" / "Placements in the period";
    ANNUAL_TARGET = "Jaardoel" / "Annual target";
    TARGET_REACHED = "van het jaardoel" / "of the annual target";
    SAVED_TILE = "bespaard op uitkeringen (schatting)" / "saved on benefits (estimate)";
    BY_MONTH = "Plaatsingen tegen het jaardoel" / "Placements against the annual target";
    BY_MONTH_NOTE =
        "Per maand opgeteld (grijze balken, met wat die maand erbij kwam) tegen de doellijn (gestippeld): waar het totaal moet staan om het jaardoel te halen bij een gelijk tempo."
        / "Added up month by month (grey bars, with what that month added) against the target line (dashed): where the total needs to be to reach the annual target at an even pace.";
    LEGEND_CUMULATIVE = "Opgeteld" / "Cumulative";
    LEGEND_TARGET = "Doellijn" / "Target line";
    BY_KIND = "Plaatsingen per soort" / "Placements by kind";
    BY_GROUP = "Plaatsingen per doelgroep" / "Placements by target group";
    BY_GROUP_NOTE =
        "Iemand kan tot meer doelgroepen horen; de aantallen tellen dan niet op tot het totaal."
        / "Someone can belong to several groups; the counts then do not add up to the total.";
    BY_SECTOR = "Plaatsingen per sector" / "Placements by sector";
    BY_MUNICIPALITY = "Plaatsingen per gemeente" / "Placements by municipality";
    FUNNEL = "Van voordracht tot aanname" / "From proposal to hire";
    FUNNEL_NOTE =
        "Voordrachten gedaan in de periode. Een voordracht die verder kwam telt ook bij de stappen ervoor; de conversie is het deel van de stap ervoor."
        / "Proposals made in the period. A proposal that got further also counts at the steps before; the conversion is the share of the step before.";
    DECLINE_REASONS = "Redenen van afwijzing" / "Reasons for declining";
    DURATIONS = "Doorlooptijden" / "Time taken";
    TO_FIRST_PLACEMENT =
        "Van inschrijving tot eerste plaatsing"
        / "From registration to first placement";
    TO_HIRE = "Van voordracht tot aanname" / "From proposal to hire";
    RETENTION = "Behoud na 3, 6 en 12 maanden" / "Retention after 3, 6 and 12 months";
    RETENTION_NOTE =
        "Controlemomenten die in de periode vielen. Behoud: het deel van de bevestigde dat nog werkt."
        / "Checkpoints that fell in the period. Retained: the share of those confirmed who still work.";
    MONTHS_UNIT = "maanden" / "months";
    BUDDY_ACTIVITY = "Activiteit van buddy's" / "Buddy activity";
    CHECKINS = "Gesprekken vastgelegd" / "Check-ins logged";
    BUDDIES_ACTIVE = "Buddy's met een gesprek" / "Buddies with a check-in";
    PAIRINGS_RUNNING = "Koppelingen die liepen" / "Pairings running";
    PAIRINGS_WITH_CHECKIN = "Koppelingen met een gesprek" / "Pairings with a check-in";
    FLAGS_RAISED = "Signalen voor de balie" / "Flags for the desk";
    FLAGS_HANDLED = "Daarvan afgehandeld" / "Of which handled";
    SROI = "Social return per werkgever" / "Social return per employer";
    SROI_NOTE =
        "De social return-waarde van de plaatsingen die in de periode begonnen."
        / "The social return value of the placements that started in the period.";
    SAVINGS = "Besparing op uitkeringen (schatting)" / "Benefits saved (estimate)";
    SAVINGS_NOTE =
        "Een schatting, geen boekhouding: maanden dat geplaatste mensen in de periode uit de bijstand waren (half voor wie gedeeltelijk uitstroomde) maal het normbedrag dat de beheerder instelt. Er wordt aangenomen dat iedereen anders de volle norm had ontvangen."
        / "An estimate, not accounts: months in the period that placed people were off assistance (half for those partly off) times the norm amount the administrator sets. It assumes everyone would otherwise have received the full norm.";
    MONTHS_OFF = "Maanden uit de bijstand" / "Months off assistance";
    MONTHLY_NORM = "Normbedrag per maand" / "Norm amount a month";
    SAVED_ESTIMATE = "Geschatte besparing" / "Estimated saving";
    TOTAL = "Totaal" / "Total";
    COL_MONTH = "Maand" / "Month";
    COL_PLACEMENTS = "Plaatsingen" / "Placements";
    COL_CUMULATIVE = "Opgeteld" / "Cumulative";
    COL_TARGET_LINE = "Doellijn" / "Target line";
    COL_KIND = "Soort" / "Kind";
    COL_GROUP = "Doelgroep" / "Target group";
    COL_SECTOR = "Sector" / "Sector";
    COL_MUNICIPALITY = "Gemeente" / "Municipality";
    COL_STEP = "Stap" / "Step";
    COL_PROPOSALS = "Voordrachten" / "Proposals";
    COL_CONVERSION = "Conversie (%)" / "Conversion (%)";
    COL_REASON = "Reden" / "Reason";
    COL_MEASURE = "Meting" / "Measure";
    COL_MEDIAN_DAYS = "Mediaan (dagen)" / "Median (days)";
    COL_AFTER = "Na" / "After";
    COL_DUE = "In de periode" / "In the period";
    COL_CONFIRMED = "Bevestigd" / "Confirmed";
    COL_STILL_WORKING = "Werkt nog" / "Still working";
    COL_RETAINED = "Behoud (%)" / "Retained (%)";
    COL_NUMBER = "Aantal" / "Number";
    COL_EMPLOYER = "Werkgever" / "Employer";
    COL_SROI_EUROS = "Social return (euro)" / "Social return (euros)";
    COL_VALUE = "Waarde" / "Value";
    COL_NAME = "Naam" / "Name";
    COL_OPENING = "Vacature" / "Opening";
    COL_START = "Start" / "Start";
    COL_OUTCOME = "Stand" / "Status";
    NOTHING = "Geen gegevens in deze periode." / "No data in this period.";
    MY_RESULTS = "Onze resultaten" / "Our results";
    MY_RESULTS_INTRO =
        "De mensen die via Opstap bij u begonnen, of ze na 3, 6 en 12 maanden nog bij u werken, en de social return-waarde die u mag rekenen."
        / "The people who started with you through Opstap, whether they still work with you after 3, 6 and 12 months, and the social return value you may count.";
    MY_PLACEMENTS = "Onze plaatsingen" / "Our placements";
    SROI_TOTAL = "Social return-waarde in de periode" / "Social return value in the period";
    WORKING_NOW = "werken nu bij u" / "work with you now";
    SETTINGS = "Instellingen" / "Settings";
    SETTINGS_INTRO =
        "De doelen en bedragen van de rapportages, en hoe de portal buddy's herinnert."
        / "The targets and amounts of the reports, and how the portal reminds buddies.";
    TARGETS = "Jaardoelen per soort plaatsing" / "Annual targets per kind of placement";
    NORM_LEGEND = "Schatting van de besparing" / "Estimate of the saving";
    NORM_FIELD = "Normbedrag bijstand per maand (euro)" / "Assistance norm amount a month (euros)";
    FOLLOWUP_LEGEND = "Buddy's en controlemomenten" / "Buddies and checkpoints";
    REMINDER_INTERVAL = "Dagen tussen herinneringen" / "Days between reminders";
    REMINDER_INTERVAL_HINT =
        "Hoe lang de portal wacht voor hij een buddy opnieuw herinnert aan een gemist gesprek."
        / "How long the portal waits before it reminds a buddy again of a missed check-in.";
    MAX_REMINDERS =
        "Herinneringen per gemist gesprek (hoogstens)"
        / "Reminders per missed check-in (at most)";
    SILENT_DAYS =
        "Dagen stilte voor de balie bericht krijgt"
        / "Days of silence before the desk is told";
    GRACE_DAYS = "Dagen speling bij een controlemoment" / "Days of grace at a checkpoint";
    GRACE_DAYS_HINT =
        "Na zoveel dagen telt een onbevestigd controlemoment (3, 6, 12 maanden) als te laat."
        / "After this many days an unconfirmed checkpoint (3, 6, 12 months) counts as overdue.";
    PRIVACY_LEGEND = "Privacy (AVG)" / "Privacy (GDPR)";
    RETENTION_MONTHS =
        "Bewaartermijn na uitstroom, in maanden"
        / "Retention period after leaving, in months";
    RETENTION_MONTHS_HINT =
        "Zoveel maanden nadat iemand is uitgestroomd, worden naam, contactgegevens, belemmeringen en notities automatisch verwijderd. Aantallen voor de rapportages blijven."
        / "This many months after someone has left the service, their name, contact details, obstacles and notes are removed automatically. Counts for the reports stay.";
    INTAKE_CAMPAIGNS = "Intakecampagnes: gesprekken tegen het doel" / "Intake campaigns: conversations against the target";
    INTAKE_CAMPAIGNS_NOTE =
        "Campagnes die in de periode liepen. Gesproken: mensen met wie het gesprek is gevoerd, tot vandaag. Met een gemeente gekozen tellen alleen haar inwoners; het doel geldt voor de hele campagne."
        / "Campaigns running in the period. Held: people the conversation was held with, up to today. With a municipality chosen only its residents count; the target is the whole campaign's.";
    INTAKE_BY_MUNICIPALITY = "Uitnodigingen per gemeente" / "Invitations by municipality";
    INTAKE_BY_GROUP = "Uitnodigingen per doelgroep" / "Invitations by target group";
    INTAKE_OUTCOMES_NOTE =
        "Uitnodigingen met een afspraak in de periode, naar hoe ze afliepen. Gemeente en doelgroep zoals bij de start van de campagne; iemand in twee doelgroepen telt in beide."
        / "Invitations with an appointment in the period, by how they ended. Municipality and target group as at the campaign's start; someone in two target groups counts in both.";
    LADDER_DISTRIBUTION = "Participatieladder: waar mensen staan" / "Participation ladder: where people stand";
    LADDER_DISTRIBUTION_NOTE =
        "Iedereen die ooit gemeten is, op de trede van de laatste meting tot het einde van de periode."
        / "Everyone ever measured, on the step of their latest measurement up to the end of the period.";
    LADDER_DIRECTION = "Participatieladder: beweging" / "Participation ladder: movement";
    LADDER_DIRECTION_NOTE =
        "Mensen die in de periode minstens twee keer zijn gemeten: de eerste meting in de periode tegen de laatste."
        / "People measured at least twice in the period: their first measurement in it against their last.";
    LADDER_MOVEMENT = "Participatieladder: van trede naar trede" / "Participation ladder: from step to step";
    COL_CAMPAIGN = "Campagne" / "Campaign";
    COL_HELD = "Gesproken" / "Held";
    COL_TARGET = "Doel" / "Target";
    COL_OF_TARGET = "Van het doel (%)" / "Of the target (%)";
    COL_MEMBERS = "In de campagne" / "In the campaign";
    COL_DAYS_LEFT = "Dagen te gaan" / "Days left";
    COL_MOVED = "Verzet" / "Moved";
    COL_NO_SHOW = "Niet verschenen" / "No-show";
    COL_EXEMPTED = "Vrijgesteld" / "Exempted";
    COL_PLANNED = "Nog gepland" / "Still planned";
    COL_LADDER_STEP = "Trede" / "Step";
    COL_PEOPLE = "Mensen" / "People";
    COL_DIRECTION = "Richting" / "Direction";
    COL_FROM_STEP = "Van trede" / "From step";
    TO_STEP_1 = "Naar 1" / "To 1";
    TO_STEP_2 = "Naar 2" / "To 2";
    TO_STEP_3 = "Naar 3" / "To 3";
    TO_STEP_4 = "Naar 4" / "To 4";
    TO_STEP_5 = "Naar 5" / "To 5";
    TO_STEP_6 = "Naar 6" / "To 6";
    MOVED_UP = "Omhoog" / "Up";
    STAYED = "Gelijk gebleven" / "Stayed";
    MOVED_DOWN = "Omlaag" / "Down";
    SAVE = "Opslaan" / "Save";
    SAVED = "De instellingen zijn opgeslagen." / "The settings have been saved.";
}}
