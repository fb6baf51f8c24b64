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
}}
