//! The words of the intake pages (caseload and campaigns), in Dutch and English.

opstap_core::messages! { INTAKE_TEXT {
    INTAKE_TITLE = "Intake" / "Intake";
    INTAKE_INTRO =
        "Het klantenbestand uit het uitkeringssysteem, en de gesprekken met iedereen daarin. Alleen voor het servicepunt."
        / "The caseload from the benefits system, and the conversations with everyone in it. For the desk only.";
    CASELOAD = "Klantenbestand" / "Caseload";
    CASELOAD_COUNT = "{count} klanten in het bestand." / "{count} clients in the caseload.";
    IMPORT_TITLE = "Klantenbestand inlezen" / "Import the caseload";
    IMPORT_INTRO =
        "Kies de CSV-export uit het uitkeringssysteem. U ziet eerst per regel wat er gebeurt; pas als u op Opslaan drukt, wordt iets bewaard."
        / "Choose the CSV export from the benefits system. You first see per line what will happen; nothing is kept until you press Store.";
    IMPORT_FORMAT =
        "Kolommen: klantnummer, naam (of voornaam, tussenvoegsel en achternaam), adres, postcode, gemeente, geboortejaar en startdatum uitkering; e-mailadres, telefoon en wijk mogen erbij. Gescheiden door ; of , — UTF-8 of Windows-1252. Een BSN wordt nooit bewaard."
        / "Columns: client number, name (or first name, prefix and last name), address, postcode, municipality, birth year and benefit start date; e-mail address, phone and district may be added. Separated by ; or , — UTF-8 or Windows-1252. A BSN is never stored.";
    FIELD_FILE = "CSV-bestand" / "CSV file";
    UPLOAD = "Bestand bekijken" / "Preview the file";
    FILE_MISSING = "Kies een bestand." / "Choose a file.";
    MISSING_LIST = "Ontbreekt: {fields}." / "Missing: {fields}.";
    REPEATED_LIST = "Dubbel: {fields}." / "Twice: {fields}.";
    HISTORY = "Eerdere imports" / "Earlier imports";
    NO_IMPORTS = "Nog geen imports." / "No imports yet.";
    COL_FILE = "Bestand" / "File";
    COL_UPLOADED = "Ingelezen" / "Uploaded";
    COL_ROWS = "Regels" / "Lines";
    COL_ADDED = "Nieuw" / "New";
    COL_UPDATED = "Gewijzigd" / "Changed";
    COL_UNCHANGED = "Ongewijzigd" / "Unchanged";
    COL_REFUSED = "Geweigerd" / "Refused";
    COL_LINE = "Regel" / "Line";
    COL_CLIENT_NUMBER = "Klantnummer" / "Client number";
    COL_OUTCOME = "Wat er gebeurt" / "What happens";
    COL_BIRTH_YEAR = "Geboortejaar" / "Birth year";
    COL_BENEFIT_START = "Uitkering sinds" / "Benefit since";
    COL_CANDIDATE = "Kandidaat" / "Candidate";
    PREVIEW_TITLE = "Voorbeeld van de import" / "Import preview";
    PREVIEW_INTRO =
        "Nog niets is opgeslagen. Opslaan neemt de goede regels over; geweigerde regels veranderen niets. Een leeg e-mailadres, telefoonnummer of wijk wist niet wat het servicepunt al weet."
        / "Nothing is stored yet. Storing takes the good lines; refused lines change nothing. An empty e-mail address, phone number or district does not erase what the desk already knows.";
    RESULT_TITLE = "Import" / "Import";
    STATUS_LINE = "{file} · {encoding} · ingelezen door {who} op {when}" / "{file} · {encoding} · uploaded by {who} on {when}";
    DECIDED_LINE = "{status} door {who} op {when}." / "{status} by {who} on {when}.";
    STORED_BEFORE =
        "Dit bestand is al eens opgeslagen, op {when}. Opnieuw opslaan verandert niets."
        / "This file was stored before, on {when}. Storing it again changes nothing.";
    IGNORED_COLUMNS = "Niet ingelezen kolommen: {columns}." / "Columns not read: {columns}.";
    BSN_IGNORED =
        "Het bestand bevat een BSN-kolom. Die wordt niet ingelezen: het portaal bewaart geen BSN."
        / "The file has a BSN column. It is not read: the portal stores no BSN.";
    STORE = "Goede regels opslaan" / "Store the good lines";
    DISCARD = "Weggooien" / "Discard";
    SHOW = "Toon" / "Show";
    SHOW_PROBLEMS = "Geweigerd" / "Refused";
    SHOW_NEW = "Nieuw" / "New";
    SHOW_CHANGED = "Gewijzigd" / "Changed";
    SHOW_UNCHANGED = "Ongewijzigd" / "Unchanged";
    SHOW_ALL = "Alle regels" / "All lines";
    OUTCOME_NEW = "Nieuwe klant" / "New client";
    OUTCOME_UPDATE = "Wijzigt: {fields}" / "Changes: {fields}";
    OUTCOME_UNCHANGED = "Ongewijzigd" / "Unchanged";
    OUTCOME_REFUSED = "Geweigerd" / "Refused";
    FIRST_SEEN = "(eerst op regel {line})" / "(first on line {line})";
    WHOLE_ROW = "hele regel" / "whole line";
    NO_LINES = "Geen regels in deze keuze." / "No lines in this selection.";
    LINES_TABLE = "Regels van het bestand" / "Lines of the file";
    CLIENTS_TITLE = "Klanten" / "Clients";
    CLIENTS_INTRO =
        "Iedereen uit het klantenbestand, ook wie nog geen kandidaat is."
        / "Everyone in the caseload, including those who are not a candidate yet.";
    CLIENTS_SEARCH = "Naam of klantnummer" / "Name or client number";
    CLIENTS_FOUND = "{count} gevonden" / "{count} found";
    TO_IMPORT = "Klantenbestand inlezen" / "Import the caseload";
    TO_CLIENTS = "Klanten bekijken" / "View the clients";
    CAMPAIGNS = "Campagnes" / "Campaigns";
    NO_CAMPAIGNS = "Nog geen campagnes." / "No campaigns yet.";
    NEW_CAMPAIGN = "Nieuwe campagne" / "New campaign";
    NEW_CAMPAIGN_INTRO =
        "Een campagne nodigt iedereen uit het klantenbestand uit die aan de keuzes hieronder voldoet. Wie erin zit, ligt vast zodra u opslaat."
        / "A campaign invites everyone in the caseload who meets the choices below. Who is in it is fixed once you save.";
    CAMPAIGN_WHAT = "De campagne" / "The campaign";
    CAMPAIGN_WHO = "Wie doen er mee" / "Who is in it";
    CAMPAIGN_WHO_HINT = "Laat leeg wat niet telt: dan doet iedereen mee." / "Leave empty what does not count: then everyone is in.";
    FIELD_CAMPAIGN_NAME = "Naam" / "Name";
    FIELD_STARTS_ON = "Begint op" / "Starts on";
    FIELD_ENDS_ON = "Eindigt op" / "Ends on";
    FIELD_TARGET = "Doel: aantal gesprekken" / "Target: number of conversations";
    FIELD_POSTCODE_FROM = "Postcodegebied van" / "Postcode area from";
    FIELD_POSTCODE_TO = "Postcodegebied tot en met" / "Postcode area up to";
    FIELD_POSTCODE_AREA_HINT = "Vier cijfers, zoals 7241." / "Four digits, such as 7241.";
    FIELD_DISTRICT = "Wijk" / "District";
    FIELD_GROUP = "Doelgroep" / "Target group";
    FIELD_GROUP_HINT =
        "Jongeren (onder 27) en 50-plussers volgen uit het geboortejaar, langdurig uit een uitkering van een jaar of langer."
        / "Young people (under 27) and over 50 follow from the birth year, long-term from a benefit of a year or more.";
    FIELD_MIN_MONTHS = "Minstens zoveel maanden een uitkering" / "At least this many months on benefit";
    FIELD_CONSULTANTS = "Consulenten die meedoen" / "Consultants taking part";
    SAVE_CAMPAIGN = "Campagne opslaan" / "Save campaign";
    CLIENTS_IN_CASELOAD = "Het klantenbestand heeft {count} klanten." / "The caseload has {count} clients.";
    COL_CAMPAIGN = "Campagne" / "Campaign";
    COL_PERIOD = "Periode" / "Period";
    COL_MEMBERS = "Mensen" / "People";
    COL_SEEN_TARGET = "Gesproken / doel" / "Seen / target";
    PERIOD_TEXT = "{from} tot en met {to}" / "{from} to {to}";
    CRITERIA = "Wie erin zit" / "Who is in it";
    EVERYONE = "iedereen uit het klantenbestand" / "everyone in the caseload";
    CONSULTANTS_TEXT = "Consulenten: {names}." / "Consultants: {names}.";
    COVERAGE = "Dekking" / "Coverage";
    COVERAGE_CHART = "Dekking van de campagne" / "Coverage of the campaign";
    BY_MUNICIPALITY = "Per gemeente" / "By municipality";
    BY_GROUP = "Per doelgroep" / "By target group";
    COL_TOTAL = "Totaal" / "Total";
    PACE = "Tempo" / "Pace";
    PACE_TEXT =
        "{held} van {target} gesprekken gevoerd. Naar de tijd zouden het er nu {expected} zijn; er zijn nog {weeks} weken, dus {per_week} per week nodig."
        / "{held} of {target} conversations held. By the time gone it would be {expected} now; {weeks} weeks are left, so {per_week} a week are needed.";
    ON_TRACK = "Op schema." / "On track.";
    BEHIND = "Achter op schema." / "Behind schedule.";
    TILE_TARGET = "Doel" / "Target";
    TILE_EXPECTED = "Verwacht tot nu" / "Expected by now";
    TILE_PER_WEEK = "Nodig per week" / "Needed a week";
    DOWNLOAD_CSV = "Download als CSV" / "Download as CSV";
    WAVES = "Golven" / "Waves";
    NO_WAVES = "Nog geen golven." / "No waves yet.";
    COL_WAVE = "Golf" / "Wave";
    COL_FIRST_DAY = "Eerste dag" / "First day";
    COL_DAYS = "Werkdagen" / "Working days";
    COL_PLACE = "Plaats" / "Place";
    COL_INVITED = "Uitgenodigd" / "Invited";
    PLAN_WAVE = "Golf plannen" / "Plan a wave";
    PLAN_WAVE_INTRO =
        "Wie nog niet is uitgenodigd, krijgt een afspraak: wie het langst een uitkering heeft eerst, verdeeld over de dagen, tijden en consulenten. Met een e-mailadres gaat de uitnodiging per e-mail met een agenda-afspraak; anders maakt u een brief."
        / "Those not yet invited get an appointment: the longest on benefit first, spread over the days, times and consultants. With an e-mail address the invitation goes by e-mail with a calendar appointment; otherwise you print a letter.";
    FIELD_FIRST_DAY = "Eerste dag" / "First day";
    FIELD_DAYS = "Aantal werkdagen" / "Number of working days";
    FIELD_START_TIME = "Eerste gesprek om" / "First conversation at";
    FIELD_END_TIME = "Laatste gesprek klaar om" / "Last conversation done by";
    FIELD_SLOT = "Duur van een gesprek (minuten)" / "Length of a conversation (minutes)";
    FIELD_PLACE = "Plaats van de gesprekken" / "Where the conversations are";
    FIELD_PEOPLE = "Aantal mensen" / "Number of people";
    PLAN = "Uitnodigingen maken" / "Make the invitations";
    INVITATIONS = "Uitnodigingen" / "Invitations";
    NO_INVITATIONS = "Geen uitnodigingen in deze keuze." / "No invitations in this selection.";
    ALL_STATUSES = "Alle" / "All";
    COL_APPOINTMENT = "Afspraak" / "Appointment";
    COL_CONSULTANT = "Consulent" / "Consultant";
    COL_CHANNEL = "Hoe" / "How";
    INVITATION_TITLE = "Uitnodiging" / "Invitation";
    APPOINTMENT = "Afspraak" / "Appointment";
    WHEN_TEXT = "{day} om {time} ({minutes} minuten)" / "{day} at {time} ({minutes} minutes)";
    PERSON = "Persoon" / "Person";
    STATE_IN_CAMPAIGN = "In de campagne: {state}." / "In the campaign: {state}.";
    LETTER_LINK = "Brief om te printen" / "Letter to print";
    OUTCOME = "Hoe ging het" / "How it went";
    FIELD_OUTCOME = "Uitkomst" / "Outcome";
    FIELD_REASON = "Reden van vrijstelling" / "Reason for exemption";
    FIELD_REASON_HINT = "Alleen bij vrijgesteld." / "Only when exempted.";
    FIELD_NOTE = "Toelichting" / "Note";
    SAVE_OUTCOME = "Uitkomst vastleggen" / "Record the outcome";
    OUTCOME_RECORDED = "{status} — vastgelegd door {who} op {when}." / "{status} — recorded by {who} on {when}.";
    NO_SHOW_ON = "Niet verschenen, vastgelegd op {when}." / "Did not come, recorded on {when}.";
    EXEMPTION = "Reden: {reason}." / "Reason: {reason}.";
    NEW_APPOINTMENT = "Nieuwe afspraak" / "New appointment";
    NEW_APPOINTMENT_MOVE = "Verzetten naar een andere dag of tijd (de oude afspraak blijft zichtbaar als verzet)." / "Move to another day or time (the old appointment stays visible as moved).";
    NEW_APPOINTMENT_AGAIN = "Opnieuw uitnodigen na niet verschijnen." / "Invite again after not coming.";
    FIELD_DAY = "Dag" / "Day";
    FIELD_TIME = "Tijd" / "Time";
    SAVE_APPOINTMENT = "Afspraak maken" / "Make the appointment";
    ATTEMPTS = "Pogingen om contact te krijgen" / "Attempts to get in touch";
    NO_ATTEMPTS = "Nog geen pogingen vastgelegd." / "No attempts recorded yet.";
    ATTEMPT_COUNT = "{count} pogingen" / "{count} attempts";
    FIELD_MADE_ON = "Datum" / "Date";
    FIELD_MODE = "Hoe" / "How";
    FIELD_REACHED = "Contact gehad" / "Got in touch";
    SAVE_ATTEMPT = "Poging vastleggen" / "Record the attempt";
    HISTORY_IN_CAMPAIGN = "Alle afspraken in deze campagne" / "All appointments in this campaign";
    LETTER_TITLE = "Uitnodiging voor een gesprek" / "Invitation to a conversation";
    LETTER_PRINT =
        "Print deze brief met de printopdracht van uw browser (Ctrl+P of Cmd+P): hij past op één A4."
        / "Print this letter with your browser's print command (Ctrl+P or Cmd+P): it fits on one A4 page.";
    FIELD_EMAIL = "E-mailadres" / "E-mail address";
    LETTER_SALUTATION = "Beste {name}," / "Dear {name},";
    LETTER_BODY =
        "Wij nodigen u uit voor een gesprek met {consultant} van het Werkgeversservicepunt. We praten over wat u wilt en kunt, over werk, en over wat u nodig heeft. U hoeft niets voor te bereiden."
        / "We invite you to a conversation with {consultant} of the employer service desk. We will talk about what you want and can do, about work, and about what you need. You do not need to prepare anything.";
    LETTER_WHEN = "Wanneer" / "When";
    LETTER_WHERE = "Waar" / "Where";
    LETTER_WITH = "Met" / "With";
    LETTER_MOVE =
        "Kunt u niet? Neem dan contact op met {consultant} via {contact}. Dan maken we samen een nieuwe afspraak."
        / "Cannot make it? Please contact {consultant} at {contact}. We will make a new appointment together.";
    LETTER_BRING = "Neem een geldig identiteitsbewijs mee." / "Please bring a valid proof of identity.";
    LETTER_CLOSING = "Met vriendelijke groet," / "Kind regards,";
    LETTER_DESK = "Werkgeversservicepunt" / "Employer service desk";
    CLIENT_NUMBER_LINE = "Klantnummer: {number}" / "Client number: {number}";
    WORK_TO_PLAN = "Uitnodigingen te plannen" / "Invitations to plan";
    WORK_NOT_INVITED = "{count} nog niet uitgenodigd" / "{count} not invited yet";
    WORK_TODAY = "Gesprekken vandaag" / "Conversations today";
    WORK_NO_SHOWS = "Niet verschenen, nog op te volgen" / "No-shows to follow up";
    WORK_OVERDUE = "Afspraken geweest, nog zonder uitkomst" / "Appointments past, no outcome yet";
    CLOSE_TITLE = "Campagne afsluiten" / "Close the campaign";
    CLOSE_INTRO =
        "Na het afsluiten worden geen golven meer gepland. Afspraken die al staan, legt u nog gewoon vast; wie nog niet is uitgenodigd, blijft zo in de dekking staan."
        / "After closing, no more waves are planned. Appointments already made are still recorded as usual; those not yet invited stay in the coverage as such.";
    CLOSE_CONFIRM = "Ja, deze campagne is klaar" / "Yes, this campaign is done";
    CLOSE_BUTTON = "Campagne afsluiten" / "Close campaign";
    CLOSE_NOT_CONFIRMED =
        "Vink aan dat de campagne klaar is, als u haar wilt afsluiten."
        / "Tick that the campaign is done if you want to close it.";
    CLOSED_BY = "Afgesloten door {name} op {date}." / "Closed by {name} on {date}.";
    NO_MORE_WAVES =
        "Deze campagne is afgesloten of haar periode is voorbij: er worden geen golven meer gepland."
        / "This campaign is closed or its period is over: no more waves are planned.";
    NEWER_INVITATION =
        "Dit is een eerdere uitnodiging: er is een nieuwere voor deze persoon, en daar legt u de uitkomst vast."
        / "This is an earlier invitation: there is a newer one for this person, and that is where the outcome is recorded.";
    TO_NEWEST = "Naar de nieuwste uitnodiging" / "To the newest invitation";
    LETTERS_TITLE = "Brieven van een golf" / "Letters of a wave";
    LETTERS_HEADING = "Brieven van golf {number} ({first_day})" / "Letters of wave {number} ({first_day})";
    LETTERS_COUNT = "Aantal brieven: {count} (voor wie geen e-mailadres heeft en van wie de afspraak nog staat)." / "Letters: {count} (for those without an e-mail address whose appointment still stands).";
    LETTERS_NONE = "Geen brieven in deze golf: iedereen kreeg een e-mail, of de afspraken zijn al afgerond." / "No letters in this wave: everyone got an e-mail, or the appointments are done.";
    LETTERS_PRINT = "Druk af met de printfunctie van de browser: elke brief komt op een eigen A4." / "Print with the browser's print function: each letter comes on its own A4.";
    COL_LETTERS = "Brieven" / "Letters";
    PRINT_LETTERS = "Brieven printen" / "Print letters";
    ABSENT_CLIENTS =
        "{count} klanten uit het klantenbestand staan niet in dit bestand. Bij het opslaan verandert voor hen niets: ze blijven in het klantenbestand en in de lopende campagnes. Zijn ze uit de uitkering, dan kunt u ze na het opslaan afmelden."
        / "{count} clients in the caseload are not in this file. Storing changes nothing for them: they stay in the caseload and in the running campaigns. If they have left the benefits system, you can mark them so after storing.";
    LEAVERS_TITLE = "Uit de uitkering?" / "Left the benefits system?";
    LEAVERS_INTRO =
        "{count} klanten uit het klantenbestand staan niet in dit bestand. Zijn zij uit de uitkering, meld ze dan af: in de lopende campagnes worden ze vrijgesteld (uitkering beëindigd), hun afspraken die nog komen vervallen (wie een e-mailadres heeft, krijgt een afzegging voor de agenda) en nieuwe campagnes nemen ze niet meer mee. Staan ze later weer in een bestand, dan zijn ze terug in het klantenbestand."
        / "{count} clients in the caseload are not in this file. If they have left the benefits system, mark them so: in the running campaigns they are exempted (benefit ended), their appointments to come are called off (those with an e-mail address get a cancellation for their calendar) and new campaigns no longer take them. If a later file lists them again, they are back in the caseload.";
    FIELD_LEFT_ON = "Uit de uitkering sinds" / "Left the benefits system on";
    LEAVERS_CONFIRM =
        "Ja, de klanten die niet in dit bestand staan, zijn uit de uitkering"
        / "Yes, the clients not in this file have left the benefits system";
    LEAVERS_BUTTON = "Afmelden als uit de uitkering" / "Mark as left the benefits system";
    LEAVERS_MARKED =
        "{count} klanten die niet in dit bestand stonden, zijn afgemeld: uit de uitkering sinds {day}."
        / "{count} clients this file did not list were marked as left the benefits system on {day}.";
    ELSEWHERE =
        "{count} klanten die aan de criteria voldoen, zijn niet opgenomen: ze zitten al in een andere lopende campagne."
        / "{count} clients who meet the criteria were left out: they are in another running campaign already.";
    MEMBERS_LINK = "Alle deelnemers, één voor één" / "All members, one by one";
    MEMBERS_TITLE = "Deelnemers" / "Members";
    MEMBERS_FOUND = "Gevonden: {count}" / "Found: {count}";
    MEMBER_TITLE = "Deelnemer" / "Member";
    MEMBER_STATE = "Stand in de campagne" / "Where they stand";
    MEMBER_EXEMPTED_BY = "Vrijgesteld door {name} op {date}" / "Exempted by {name} on {date}";
    MEMBER_NO_INVITATIONS = "Nog geen uitnodigingen in deze campagne." / "No invitations in this campaign yet.";
    EXEMPT_TITLE = "Vrijstellen voordat er een uitnodiging is" / "Exempt before an invitation";
    EXEMPT_INTRO =
        "Weet u al dat deze persoon nu niet hoeft te komen, stel hem of haar dan vrij: de reden wordt bewaard en de dekking telt de persoon als vrijgesteld. Een golf nodigt de persoon dan niet uit."
        / "If you already know this person need not come now, exempt them: the reason is kept and coverage counts them as exempted. No wave will invite them.";
    EXEMPT_BUTTON = "Vrijstellen" / "Exempt";
    RESTORE_TITLE = "Vrijstelling terugdraaien" / "Undo the exemption";
    RESTORE_INTRO =
        "De persoon staat dan weer bij ‘nog niet uitgenodigd’ en komt in een volgende golf."
        / "The person is then ‘not yet invited’ again and joins a next wave.";
    RESTORE_BUTTON = "Terugdraaien" / "Undo";
    CLIENT_LEFT = "uit de uitkering sinds {day}" / "left the benefits system on {day}";
    CHANGE_CAMPAIGN = "Campagne wijzigen" / "Change the campaign";
    CHANGE_CAMPAIGN_INTRO =
        "Verleng of verkort de campagne, pas het doel aan of wie er als consulent meedoet. Wie erin zit en de eerste dag blijven zoals ze waren; afspraken die al staan, houden hun consulent."
        / "Extend or shorten the campaign, change its target or the consultants taking part. Who is in it and its first day stay as they were; appointments already made keep their consultant.";
    SAVE_CHANGE = "Wijzigingen opslaan" / "Save changes";
    WORK_LADDER_DUE = "Metingen participatieladder te doen" / "Ladder measurements due";
    SHOWN_OF = "{shown} van {total}" / "{shown} of {total}";
}}
