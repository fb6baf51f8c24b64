//! The words of the report pages, in Dutch and English.

use crate::i18n::T;

pub const REPORTS: T = T::new("Rapportages", "Reports");
pub const REPORTS_INTRO: T = T::new(
    "De resultaten van de regio over een periode. Elke grafiek heeft de cijfers in een tabel eronder; elke tabel is te downloaden als CSV.",
    "The region's results over a period. Every chart has its numbers in a table below it; every table can be downloaded as CSV.",
);
pub const PERIOD: T = T::new("Periode", "Period");
pub const FROM: T = T::new("Van", "From");
pub const TO: T = T::new("Tot en met", "Up to and including");
pub const DATE_HINT: T = T::new("Bijvoorbeeld 2026-01-01", "For example 2026-01-01");
pub const MUNICIPALITY: T = T::new("Gemeente", "Municipality");
pub const WHOLE_REGION: T = T::new("Hele regio", "Whole region");
pub const SHOW: T = T::new("Toon", "Show");
pub const THIS_YEAR: T = T::new("Dit jaar", "This year");
pub const LAST_YEAR: T = T::new("Vorig jaar", "Last year");
pub const SHOWING: T = T::new("Cijfers over", "Figures for");
pub const CSV: T = T::new("Download CSV (puntkomma)", "Download CSV (semicolons)");
pub const CSV_COMMA: T = T::new("CSV met komma's", "CSV with commas");
pub const CONTENTS: T = T::new("Op deze pagina", "On this page");

pub const PLACED: T = T::new("Plaatsingen in de periode", "Placements in the period");
pub const ANNUAL_TARGET: T = T::new("Jaardoel", "Annual target");
pub const TARGET_REACHED: T = T::new("van het jaardoel", "of the annual target");
pub const SAVED_TILE: T = T::new(
    "bespaard op uitkeringen (schatting)",
    "saved on benefits (estimate)",
);

pub const BY_MONTH: T = T::new(
    "Plaatsingen tegen het jaardoel",
    "Placements against the annual target",
);
pub const BY_MONTH_NOTE: T = T::new(
    "Per maand opgeteld (grijze balken, met wat die maand erbij kwam) tegen de doellijn (gestippeld): waar het totaal moet staan om het jaardoel te halen bij een gelijk tempo.",
    "Added up month by month (grey bars, with what that month added) against the target line (dashed): where the total needs to be to reach the annual target at an even pace.",
);
pub const LEGEND_CUMULATIVE: T = T::new("Opgeteld", "Cumulative");
pub const LEGEND_TARGET: T = T::new("Doellijn", "Target line");
pub const BY_KIND: T = T::new("Plaatsingen per soort", "Placements by kind");
pub const BY_GROUP: T = T::new("Plaatsingen per doelgroep", "Placements by target group");
pub const BY_GROUP_NOTE: T = T::new(
    "Iemand kan tot meer doelgroepen horen; de aantallen tellen dan niet op tot het totaal.",
    "Someone can belong to several groups; the counts then do not add up to the total.",
);
pub const BY_SECTOR: T = T::new("Plaatsingen per sector", "Placements by sector");
pub const BY_MUNICIPALITY: T = T::new("Plaatsingen per gemeente", "Placements by municipality");
pub const FUNNEL: T = T::new("Van voordracht tot aanname", "From proposal to hire");
pub const FUNNEL_NOTE: T = T::new(
    "Voordrachten gedaan in de periode. Een voordracht die verder kwam telt ook bij de stappen ervoor; de conversie is het deel van de stap ervoor.",
    "Proposals made in the period. A proposal that got further also counts at the steps before; the conversion is the share of the step before.",
);
pub const DECLINE_REASONS: T = T::new("Redenen van afwijzing", "Reasons for declining");
pub const DURATIONS: T = T::new("Doorlooptijden", "Time taken");
pub const TO_FIRST_PLACEMENT: T = T::new(
    "Van inschrijving tot eerste plaatsing",
    "From registration to first placement",
);
pub const TO_HIRE: T = T::new("Van voordracht tot aanname", "From proposal to hire");
pub const RETENTION: T = T::new(
    "Behoud na 3, 6 en 12 maanden",
    "Retention after 3, 6 and 12 months",
);
pub const RETENTION_NOTE: T = T::new(
    "Controlemomenten die in de periode vielen. Behoud: het deel van de bevestigde dat nog werkt.",
    "Checkpoints that fell in the period. Retained: the share of those confirmed who still work.",
);
pub const MONTHS_UNIT: T = T::new("maanden", "months");
pub const BUDDY_ACTIVITY: T = T::new("Activiteit van buddy's", "Buddy activity");
pub const CHECKINS: T = T::new("Gesprekken vastgelegd", "Check-ins logged");
pub const BUDDIES_ACTIVE: T = T::new("Buddy's met een gesprek", "Buddies with a check-in");
pub const PAIRINGS_RUNNING: T = T::new("Koppelingen die liepen", "Pairings running");
pub const PAIRINGS_WITH_CHECKIN: T =
    T::new("Koppelingen met een gesprek", "Pairings with a check-in");
pub const FLAGS_RAISED: T = T::new("Signalen voor de balie", "Flags for the desk");
pub const FLAGS_HANDLED: T = T::new("Daarvan afgehandeld", "Of which handled");
pub const SROI: T = T::new("Social return per werkgever", "Social return per employer");
pub const SROI_NOTE: T = T::new(
    "De social return-waarde van de plaatsingen die in de periode begonnen.",
    "The social return value of the placements that started in the period.",
);
pub const SAVINGS: T = T::new(
    "Besparing op uitkeringen (schatting)",
    "Benefits saved (estimate)",
);
pub const SAVINGS_NOTE: T = T::new(
    "Een schatting, geen boekhouding: maanden dat geplaatste mensen in de periode uit de bijstand waren (half voor wie gedeeltelijk uitstroomde) maal het normbedrag dat de beheerder instelt. Er wordt aangenomen dat iedereen anders de volle norm had ontvangen.",
    "An estimate, not accounts: months in the period that placed people were off assistance (half for those partly off) times the norm amount the administrator sets. It assumes everyone would otherwise have received the full norm.",
);
pub const MONTHS_OFF: T = T::new("Maanden uit de bijstand", "Months off assistance");
pub const MONTHLY_NORM: T = T::new("Normbedrag per maand", "Norm amount a month");
pub const SAVED_ESTIMATE: T = T::new("Geschatte besparing", "Estimated saving");
pub const TOTAL: T = T::new("Totaal", "Total");

pub const COL_MONTH: T = T::new("Maand", "Month");
pub const COL_PLACEMENTS: T = T::new("Plaatsingen", "Placements");
pub const COL_CUMULATIVE: T = T::new("Opgeteld", "Cumulative");
pub const COL_TARGET_LINE: T = T::new("Doellijn", "Target line");
pub const COL_KIND: T = T::new("Soort", "Kind");
pub const COL_GROUP: T = T::new("Doelgroep", "Target group");
pub const COL_SECTOR: T = T::new("Sector", "Sector");
pub const COL_MUNICIPALITY: T = T::new("Gemeente", "Municipality");
pub const COL_STEP: T = T::new("Stap", "Step");
pub const COL_PROPOSALS: T = T::new("Voordrachten", "Proposals");
pub const COL_CONVERSION: T = T::new("Conversie (%)", "Conversion (%)");
pub const COL_REASON: T = T::new("Reden", "Reason");
pub const COL_MEASURE: T = T::new("Meting", "Measure");
pub const COL_MEDIAN_DAYS: T = T::new("Mediaan (dagen)", "Median (days)");
pub const COL_AFTER: T = T::new("Na", "After");
pub const COL_DUE: T = T::new("In de periode", "In the period");
pub const COL_CONFIRMED: T = T::new("Bevestigd", "Confirmed");
pub const COL_STILL_WORKING: T = T::new("Werkt nog", "Still working");
pub const COL_RETAINED: T = T::new("Behoud (%)", "Retained (%)");
pub const COL_NUMBER: T = T::new("Aantal", "Number");
pub const COL_EMPLOYER: T = T::new("Werkgever", "Employer");
pub const COL_SROI_EUROS: T = T::new("Social return (euro)", "Social return (euros)");
pub const COL_VALUE: T = T::new("Waarde", "Value");
pub const COL_NAME: T = T::new("Naam", "Name");
pub const COL_OPENING: T = T::new("Vacature", "Opening");
pub const COL_START: T = T::new("Start", "Start");
pub const COL_OUTCOME: T = T::new("Stand", "Status");
pub const NOTHING: T = T::new("Geen gegevens in deze periode.", "No data in this period.");

pub const MY_RESULTS: T = T::new("Onze resultaten", "Our results");
pub const MY_RESULTS_INTRO: T = T::new(
    "De mensen die via Opstap bij u begonnen, of ze na 3, 6 en 12 maanden nog bij u werken, en de social return-waarde die u mag rekenen.",
    "The people who started with you through Opstap, whether they still work with you after 3, 6 and 12 months, and the social return value you may count.",
);
pub const MY_PLACEMENTS: T = T::new("Onze plaatsingen", "Our placements");
pub const SROI_TOTAL: T = T::new(
    "Social return-waarde in de periode",
    "Social return value in the period",
);
pub const WORKING_NOW: T = T::new("werken nu bij u", "work with you now");

pub const SETTINGS: T = T::new("Instellingen", "Settings");
pub const SETTINGS_INTRO: T = T::new(
    "De doelen en bedragen van de rapportages, en hoe de portal buddy's herinnert.",
    "The targets and amounts of the reports, and how the portal reminds buddies.",
);
pub const TARGETS: T = T::new(
    "Jaardoelen per soort plaatsing",
    "Annual targets per kind of placement",
);
pub const NORM_LEGEND: T = T::new("Schatting van de besparing", "Estimate of the saving");
pub const NORM_FIELD: T = T::new(
    "Normbedrag bijstand per maand (euro)",
    "Assistance norm amount a month (euros)",
);
pub const FOLLOWUP_LEGEND: T = T::new("Buddy's en controlemomenten", "Buddies and checkpoints");
pub const REMINDER_INTERVAL: T = T::new("Dagen tussen herinneringen", "Days between reminders");
pub const REMINDER_INTERVAL_HINT: T = T::new(
    "Hoe lang de portal wacht voor hij een buddy opnieuw herinnert aan een gemist gesprek.",
    "How long the portal waits before it reminds a buddy again of a missed check-in.",
);
pub const MAX_REMINDERS: T = T::new(
    "Herinneringen per gemist gesprek (hoogstens)",
    "Reminders per missed check-in (at most)",
);
pub const SILENT_DAYS: T = T::new(
    "Dagen stilte voor de balie bericht krijgt",
    "Days of silence before the desk is told",
);
pub const GRACE_DAYS: T = T::new(
    "Dagen speling bij een controlemoment",
    "Days of grace at a checkpoint",
);
pub const GRACE_DAYS_HINT: T = T::new(
    "Na zoveel dagen telt een onbevestigd controlemoment (3, 6, 12 maanden) als te laat.",
    "After this many days an unconfirmed checkpoint (3, 6, 12 months) counts as overdue.",
);
pub const PRIVACY_LEGEND: T = T::new("Privacy (AVG)", "Privacy (GDPR)");
pub const RETENTION_MONTHS: T = T::new(
    "Bewaartermijn na uitstroom, in maanden",
    "Retention period after leaving, in months",
);
pub const RETENTION_MONTHS_HINT: T = T::new(
    "Zoveel maanden nadat iemand is uitgestroomd, worden naam, contactgegevens, belemmeringen en notities automatisch verwijderd. Aantallen voor de rapportages blijven.",
    "This many months after someone has left the service, their name, contact details, obstacles and notes are removed automatically. Counts for the reports stay.",
);
pub const SAVE: T = T::new("Opslaan", "Save");
pub const SAVED: T = T::new(
    "De instellingen zijn opgeslagen.",
    "The settings have been saved.",
);
