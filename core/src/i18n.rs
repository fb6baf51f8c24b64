//! One translation mechanism for every string the portal shows.
//!
//! Dutch is the default language, English the second. Each message is a [`T`] with both
//! texts, so a missing translation is a compile error rather than a blank on screen. The
//! language of a request comes from the `opstap_lang` cookie (set by `/taal/{code}`); on the
//! server it is read from the request, in the browser from `<html lang>`, so both render the
//! same text during hydration.

use serde::{Deserialize, Serialize};

/// The languages the portal speaks.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Lang {
    #[default]
    Nl,
    En,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::Nl, Lang::En];

    /// The BCP 47 code used in `<html lang>` and in the cookie.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Nl => "nl",
            Lang::En => "en",
        }
    }

    pub fn from_code(code: &str) -> Option<Lang> {
        match code.trim().to_ascii_lowercase().as_str() {
            "nl" => Some(Lang::Nl),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    /// The name of the language in that language, for the switch.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::Nl => "Nederlands",
            Lang::En => "English",
        }
    }
}

/// A message in both languages.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct T {
    pub nl: &'static str,
    pub en: &'static str,
}

impl T {
    pub const fn new(nl: &'static str, en: &'static str) -> T {
        T { nl, en }
    }

    pub fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::Nl => self.nl,
            Lang::En => self.en,
        }
    }

    /// The text in `lang` with its `{key}` placeholders filled in (see [`fill`]).
    pub fn fill(&self, lang: Lang, values: &[(&str, &str)]) -> String {
        fill(self.get(lang), values)
    }
}

/// A named group of messages: every user-facing text of the portal is in one, and every
/// block is listed in the registry (`opstap_server::messages`) that the completeness
/// test reads. A module declares its block with [`messages!`].
#[derive(Debug)]
pub struct Block {
    /// Where the block is declared (`module_path!()`), to find it from a failing test.
    pub module: &'static str,
    pub name: &'static str,
    pub messages: &'static [(&'static str, T)],
}

/// Declares a block of messages: a `pub const` [`T`] per entry and the [`Block`] that lists
/// them, named by the first identifier.
///
/// ```
/// opstap_core::messages! { EXAMPLE {
///     /// Shown above the form.
///     GREETING = "Welkom, {name}" / "Welcome, {name}";
/// }}
/// assert_eq!(GREETING.fill(opstap_core::i18n::Lang::En, &[("name", "Ada")]), "Welcome, Ada");
/// assert_eq!(EXAMPLE.messages.len(), 1);
/// ```
#[macro_export]
macro_rules! messages {
    ($block:ident { $($(#[$meta:meta])* $name:ident = $nl:literal / $en:literal;)* }) => {
        $($(#[$meta])* pub const $name: $crate::i18n::T = $crate::i18n::T::new($nl, $en);)*
        /// This module's messages, for the registry and its completeness test.
        pub const $block: $crate::i18n::Block = $crate::i18n::Block {
            module: module_path!(),
            name: stringify!($block),
            messages: &[$((stringify!($name), $name)),*],
        };
    };
}

/// `template` with each `{key}` replaced by its value, in one pass (a value that itself
/// holds `{…}` is left as it is). A key without a value stays visible, so a forgotten one
/// shows in a test rather than vanishing.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 32);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.find('}') {
            Some(close) => {
                let key = &after[..close];
                match values.iter().find(|(k, _)| *k == key) {
                    Some((_, v)) => out.push_str(v),
                    None => {
                        out.push('{');
                        out.push_str(key);
                        out.push('}');
                    }
                }
                rest = &after[close + 1..];
            }
            None => {
                out.push_str(&rest[open..]);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

/// What is wrong with a set of blocks, one line each: a text missing in a language, the
/// two languages with different placeholders (a value that would show in one language
/// only), a message or block name used twice. Empty when all is well.
pub fn problems(blocks: &[&Block]) -> Vec<String> {
    let mut found = Vec::new();
    let mut block_names = std::collections::BTreeSet::new();
    for block in blocks {
        if !block_names.insert(block.name) {
            found.push(format!(
                "block {} is declared or registered twice",
                block.name
            ));
        }
        let mut names = std::collections::BTreeSet::new();
        for (name, t) in block.messages {
            let at = format!("{}::{name}", block.module);
            if !names.insert(*name) {
                found.push(format!("{at} is in its block twice"));
            }
            if t.nl.trim().is_empty() {
                found.push(format!("{at} has no Dutch text"));
            }
            if t.en.trim().is_empty() {
                found.push(format!("{at} has no English text"));
            }
            let (mut nl, mut en) = (placeholders(t.nl), placeholders(t.en));
            nl.sort_unstable();
            en.sort_unstable();
            if nl != en {
                found.push(format!(
                    "{at}: the placeholders differ, Dutch {nl:?}, English {en:?}"
                ));
            }
        }
    }
    found
}

/// The `{key}` placeholders of a template, in order of appearance.
pub fn placeholders(template: &str) -> Vec<&str> {
    let mut keys = Vec::new();
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        let after = &rest[open + 1..];
        let Some(close) = after.find('}') else { break };
        keys.push(&after[..close]);
        rest = &after[close + 1..];
    }
    keys
}

/// All messages, grouped by where they appear.
pub mod msg {
    crate::messages! { COMMON {
        APP_NAME = "Opstap" / "Opstap";
        APP_TAGLINE = "Werkgeversservicepunt van de regio" / "The region's employer service desk";
        SKIP_TO_CONTENT = "Naar de inhoud" / "Skip to content";
        NAV_LABEL = "Hoofdmenu" / "Main menu";
        NAV_HOME = "Start" / "Home";
        NAV_MY_OVERVIEW = "Mijn overzicht" / "My overview";
        NAV_LOGIN = "Inloggen" / "Log in";
        NAV_LOGOUT = "Uitloggen" / "Log out";
        LANG_SWITCH_LABEL = "Taal" / "Language";
        LOGGED_IN_AS = "Ingelogd als" / "Logged in as";
        FOOTER_TEXT = "Opstap verbindt werkgevers, het werkgeversservicepunt en buddy's." / "Opstap connects employers, the employer service desk and buddies.";
        FOOTER_PRIVACY = "Wij verwerken persoonsgegevens volgens de AVG." / "We process personal data under the GDPR.";
        LOADING = "Laden…" / "Loading…";

        HOME_TITLE = "Werk als opstap" / "Work as a stepping stone";
        HOME_INTRO = "Opstap is het portaal van het werkgeversservicepunt. Werkgevers plaatsen vacatures, stages en leerwerkplekken; het servicepunt stelt kandidaten voor en begeleidt plaatsingen; buddy's houden contact na de plaatsing." / "Opstap is the portal of the employer service desk. Employers post vacancies, traineeships and learning places; the desk proposes candidates and follows placements; buddies keep in touch after placement.";
        HOME_FOR_EMPLOYERS = "Voor werkgevers" / "For employers";
        HOME_FOR_EMPLOYERS_TEXT = "Plaats uw vacatures en ontvang passende kandidaten van het servicepunt." / "Post your openings and receive suitable candidates from the desk.";
        HOME_FOR_BUDDIES = "Voor buddy's" / "For buddies";
        HOME_FOR_BUDDIES_TEXT = "Houd contact met de mensen die u begeleidt en meld wat opvalt." / "Keep in touch with the people you support and report what you notice.";
        HOME_LOGIN_CTA = "Inloggen voor werkgevers, servicepunt en buddy's" / "Log in for employers, desk staff and buddies";

        LOGIN_TITLE = "Inloggen" / "Log in";
        LOGIN_DESCRIPTION = "Inloggen bij Opstap, het portaal van het werkgeversservicepunt: voor werkgevers, consulenten, buddy's en partners." / "Log in to Opstap, the portal of the employer service desk: for employers, consultants, buddies and partners.";
        LOGIN_INTRO = "Log in met uw e-mailadres en wachtwoord." / "Log in with your e-mail address and password.";
        LOGIN_EMAIL = "E-mailadres" / "E-mail address";
        LOGIN_PASSWORD = "Wachtwoord" / "Password";
        LOGIN_SUBMIT = "Inloggen" / "Log in";
        LOGIN_FAILED = "Dit e-mailadres en wachtwoord horen niet bij elkaar. Controleer ze en probeer het opnieuw." / "This e-mail address and password do not match. Check them and try again.";
        LOGIN_TOO_MANY = "Te veel mislukte pogingen. Wacht een kwartier en probeer het dan opnieuw." / "Too many failed attempts. Wait fifteen minutes and try again.";
        LOGIN_ALREADY = "U bent al ingelogd." / "You are already logged in.";
        SHOW_PASSWORD = "Toon wachtwoord" / "Show password";
        LOGIN_PASSWORD_MISSING = "Vul uw wachtwoord in." / "Enter your password.";
        ERROR_SUMMARY = "Er ging iets mis" / "Something went wrong";
        CSRF_REFUSED_TITLE = "Formulier verlopen" / "Form expired";
        CSRF_REFUSED_TEXT = "Dit formulier kon niet worden verwerkt: het is verlopen of niet op deze site ingevuld. Er is niets gewijzigd. Ga terug, laad de pagina opnieuw en probeer het nog eens." / "This form could not be processed: it has expired or was not filled in on this site. Nothing was changed. Go back, reload the page and try again.";
        CSRF_REFUSED_BACK = "Naar de startpagina" / "Go to the home page";

        REGISTER_TITLE = "Partner worden" / "Become a partner";
        REGISTER_INTRO = "Wilt u mensen uit de bijstand een kans geven? Meld uw organisatie aan. Het servicepunt neemt binnen vijf werkdagen contact op." / "Would you like to give people on social assistance a chance? Register your organisation. The desk will contact you within five working days.";
        REGISTER_ORGANISATION = "Uw organisatie" / "Your organisation";
        REGISTER_CONTACT = "Contactpersoon" / "Contact person";
        REGISTER_SUBMIT = "Aanmelding versturen" / "Send registration";
        REGISTER_THANKS_TITLE = "Bedankt voor uw aanmelding" / "Thank you for registering";
        REGISTER_THANKS_TEXT = "Het servicepunt bekijkt uw aanmelding. Na goedkeuring krijgt de contactpersoon een e-mail met een link om een wachtwoord in te stellen." / "The desk will review your registration. Once approved, the contact person receives an e-mail with a link to set a password.";
        HOME_REGISTER_CTA = "Meld uw organisatie aan als partner" / "Register your organisation as a partner";
        FIELD_ORG_NAME = "Naam van de organisatie" / "Name of the organisation";
        FIELD_KVK = "KvK-nummer" / "KvK number";
        FIELD_KVK_HINT = "8 cijfers, te vinden op uw uittreksel van de Kamer van Koophandel." / "8 digits, shown on your Chamber of Commerce extract.";
        FIELD_SECTOR = "Sector" / "Sector";
        FIELD_STREET = "Straat" / "Street";
        FIELD_HOUSE_NUMBER = "Huisnummer" / "House number";
        FIELD_POSTCODE = "Postcode" / "Postcode";
        FIELD_POSTCODE_HINT = "Bijvoorbeeld 4001 AB." / "For example 4001 AB.";
        FIELD_CITY = "Plaats" / "Town";
        FIELD_MUNICIPALITY = "Gemeente" / "Municipality";
        FIELD_ADDRESS = "Adres" / "Address";
        FIELD_CONTACT_NAME = "Naam contactpersoon" / "Name of the contact person";
        FIELD_PHONE = "Telefoonnummer" / "Phone number";
        FIELD_MESSAGE = "Toelichting" / "Message";
        FIELD_MESSAGE_HINT = "Niet verplicht. Bijvoorbeeld: welk werk u kunt bieden." / "Optional. For example: what work you can offer.";
        FIELD_ACCOUNT_MANAGER = "Accountmanager" / "Account manager";
        QUEUE_TITLE = "Aanmeldingen van werkgevers" / "Employer registrations";
        QUEUE_EMPTY = "Er wachten geen aanmeldingen." / "No registrations are waiting.";
        QUEUE_BACK = "Terug naar de aanmeldingen" / "Back to the registrations";
        COL_RECEIVED = "Ontvangen" / "Received";
        REVIEW_TITLE = "Aanmelding beoordelen" / "Review registration";
        APPROVE_TITLE = "Goedkeuren" / "Approve";
        APPROVE_SUBMIT = "Goedkeuren en welkomstmail sturen" / "Approve and send the welcome e-mail";
        DECLINE_TITLE = "Afwijzen" / "Decline";
        DECLINE_REASON = "Reden" / "Reason";
        DECLINE_HINT = "De contactpersoon krijgt deze reden per e-mail." / "The contact person receives this reason by e-mail.";
        DECLINE_SUBMIT = "Afwijzen" / "Decline";
        PASSWORD_TITLE = "Wachtwoord instellen" / "Set your password";
        PASSWORD_INTRO = "U stelt het wachtwoord in voor" / "You are setting the password for";
        PASSWORD_NEW = "Nieuw wachtwoord" / "New password";
        PASSWORD_HINT = "Minstens 10 tekens. Een zin van een paar woorden is sterk en goed te onthouden." / "At least 10 characters. A sentence of a few words is strong and easy to remember.";
        PASSWORD_REPEAT = "Herhaal het wachtwoord" / "Repeat the password";
        PASSWORD_SUBMIT = "Wachtwoord opslaan en inloggen" / "Save password and log in";
        RESET_TITLE = "Wachtwoord vergeten" / "Forgot your password";
        RESET_INTRO = "Vul het e-mailadres van uw account in. U krijgt een link om een nieuw wachtwoord in te stellen; de link werkt één keer en één uur lang." / "Enter the e-mail address of your account. You will receive a link to set a new password; the link works once, for one hour.";
        RESET_SUBMIT = "Stuur mij een link" / "Send me a link";
        RESET_SENT = "Als er een account bij dit e-mailadres hoort, is er nu een link onderweg. Kijk ook in uw ongewenste e-mail. De link is één uur geldig." / "If an account belongs to this e-mail address, a link is on its way. Check your spam folder too. The link is valid for one hour.";
        RESET_BACK = "Terug naar inloggen" / "Back to log in";
        LOGIN_FORGOT = "Wachtwoord vergeten?" / "Forgot your password?";
        ACCOUNT_TITLE = "Mijn account" / "My account";
        ACCOUNT_NAME = "Naam" / "Name";
        ACCOUNT_ROLE = "Rol" / "Role";
        ACCOUNT_SESSIONS = "Ingelogd op apparaten" / "Logged in on devices";
        ACCOUNT_EVERYWHERE_TITLE = "Overal uitloggen" / "Log out everywhere";
        ACCOUNT_EVERYWHERE_TEXT = "Telefoon kwijt of ingelogd op een gedeelde computer? Hiermee logt u op alle apparaten uit, ook op dit." / "Lost your phone or logged in on a shared computer? This logs you out on every device, this one included.";
        ACCOUNT_EVERYWHERE_SUBMIT = "Op alle apparaten uitloggen" / "Log out on all devices";
        ACCOUNT_PASSWORD_TITLE = "Wachtwoord wijzigen" / "Change your password";
        ACCOUNT_PASSWORD_TEXT = "U krijgt een link per e-mail; met een nieuw wachtwoord wordt u overal uitgelogd." / "You receive a link by e-mail; a new password logs you out everywhere.";
        ACCOUNT_PASSWORD_LINK = "Link aanvragen" / "Request a link";
        LINK_INVALID_TITLE = "Deze link werkt niet meer" / "This link no longer works";
        LINK_INVALID_TEXT = "De link is al gebruikt of verlopen. Vraag het servicepunt om een nieuwe." / "The link has been used or has expired. Ask the service desk for a new one.";
        MAIL_TITLE = "Verstuurde e-mail" / "Sent e-mail";
        MAIL_INTRO = "De e-mail die Opstap verstuurde of nog probeert te versturen, nieuwste eerst. Klik op een bericht om het te lezen." / "The e-mail Opstap sent or is still trying to send, newest first. Click a message to read it.";
        MAIL_SENT = "verstuurd" / "sent";
        MAIL_WAITING = "wacht" / "waiting";
        MAIL_FAILED = "mislukt" / "failed";
        NAV_MAIL = "E-mail" / "E-mail";
        COLLEAGUES_TITLE = "Collega's" / "Colleagues";
        COLLEAGUE_INVITED = "uitgenodigd" / "invited";
        COLLEAGUE_ACTIVE = "actief" / "active";
        INVITE_TITLE = "Een collega uitnodigen" / "Invite a colleague";
        INVITE_INTRO = "Uw collega krijgt een e-mail met een link om een wachtwoord in te stellen, en ziet daarna dezelfde vacatures als u." / "Your colleague receives an e-mail with a link to set a password, and then sees the same openings as you.";
        INVITE_SUBMIT = "Uitnodiging versturen" / "Send invitation";
        NAV_COLLEAGUES = "Collega's" / "Colleagues";
        MY_OPENINGS_TITLE = "Uw vacatures" / "Your openings";
        REVIEW_OPENINGS_TITLE = "Vacatures ter beoordeling" / "Openings to review";
        OPENING_TITLE = "Vacature" / "Opening";
        OPENING_NEW_TITLE = "Nieuwe vacature" / "New opening";
        OPENING_EDIT_TITLE = "Vacature wijzigen" / "Change opening";
        OPENING_WHAT = "Wat voor plek" / "What kind of place";
        OPENING_WHEN = "Uren, plaatsen en data" / "Hours, places and dates";
        OPENING_REQUIREMENTS = "Wat u vraagt" / "What you ask";
        OPENING_SUBMIT = "Ter beoordeling aanbieden" / "Submit for review";
        OPENING_SAVE_DRAFT = "Opslaan als concept" / "Save as draft";
        FIELD_KIND = "Soort plek" / "Kind of place";
        FIELD_DESCRIPTION = "Omschrijving" / "Description";
        FIELD_DESCRIPTION_HINT = "Wat gaat iemand doen, waar, met wie? Schrijf in gewone taal." / "What will the person do, where, with whom? Write in plain language.";
        FIELD_HOURS = "Uren per week" / "Hours per week";
        FIELD_HOURS_MIN = "Minimaal aantal uren per week" / "Minimum hours per week";
        FIELD_HOURS_MAX = "Maximaal aantal uren per week" / "Maximum hours per week";
        FIELD_POSITIONS = "Aantal plaatsen" / "Number of places";
        FIELD_START_DATE = "Startdatum" / "Start date";
        FIELD_CLOSING_DATE = "Sluitingsdatum" / "Closing date";
        FIELD_DATE_HINT = "Niet verplicht. Bijvoorbeeld 2027-03-01." / "Optional. For example 2027-03-01.";
        FIELD_CONTRACT = "Soort contract" / "Contract";
        FIELD_SALARY = "Bruto maandsalaris" / "Gross monthly salary";
        FIELD_SALARY_MIN = "Salaris vanaf (bruto per maand, euro)" / "Salary from (gross per month, euros)";
        FIELD_SALARY_MAX = "Salaris tot en met (bruto per maand, euro)" / "Salary up to (gross per month, euros)";
        FIELD_SALARY_HINT = "Niet verplicht; vul beide of geen van beide in." / "Optional; fill in both or neither.";
        FIELD_DUTCH_LEVEL = "Taalniveau Nederlands" / "Dutch language level";
        FIELD_DIPLOMA = "Diploma nodig" / "Diploma needed";
        FIELD_DRIVING_LICENCE = "Rijbewijs nodig" / "Driving licence needed";
        FIELD_SUPPORT = "Wat u biedt" / "What you offer";
        SUPPORT_JOB_COACH = "Jobcoach" / "Job coach";
        SUPPORT_TRAINING = "Opleiding" / "Training";
        SUPPORT_ADAPTED_HOURS = "Aangepaste werktijden" / "Adapted hours";
        FIELD_WAGE_SUBSIDY = "Loonkostensubsidie mogelijk" / "Wage subsidy possible";
        FIELD_TARGET_GROUPS = "Open voor" / "Open to";
        FIELD_TARGET_GROUPS_HINT = "Voor welke groepen staat deze plek open? Kies er minstens één." / "Which groups is this place open to? Choose at least one.";
        ACTION_SUBMIT = "Ter beoordeling aanbieden" / "Submit for review";
        ACTION_PUBLISH = "Publiceren" / "Publish";
        ACTION_SEND_BACK = "Terugsturen" / "Send back";
        ACTION_FILL = "Markeren als vervuld" / "Mark as filled";
        ACTION_CLOSE = "Sluiten" / "Close";
        ACTION_EDIT = "Wijzigen" / "Change";
        CANCEL = "Annuleren" / "Cancel";
        ACTION_DUPLICATE = "Kopie maken" / "Make a copy";
        SEND_BACK_HINT = "De werkgever ziet deze reden bij de vacature en krijgt haar per e-mail." / "The employer sees this reason on the opening and receives it by e-mail.";
        SENT_BACK_BECAUSE = "Teruggestuurd door het servicepunt:" / "Sent back by the desk:";
        HISTORY_TITLE = "Geschiedenis" / "History";
        COL_WHEN = "Wanneer" / "When";
        COL_WHO = "Door" / "By";
        SYSTEM = "automatisch" / "automatic";
        YES = "ja" / "yes";
        NO = "nee" / "no";
        TABLE_REGION = "Tabel: {caption}" / "Table: {caption}";
        NAV_MY_OPENINGS = "Mijn vacatures" / "My openings";
        NAV_REVIEW_OPENINGS = "Beoordelen" / "Review";
        BOARD_TITLE = "Vacatures en leerwerkplekken" / "Openings and learning places";
        BOARD_INTRO = "Werk, stages, leerwerkplekken, proefplaatsingen en vrijwilligerswerk bij werkgevers in de regio. Het servicepunt helpt u bij het solliciteren." / "Jobs, traineeships, learning places, trial placements and volunteer work with employers in the region. The desk helps you apply.";
        BOARD_SEARCH = "Zoeken" / "Search";
        BOARD_SEARCH_SUBMIT = "Zoeken" / "Search";
        BOARD_HOURS = "Uren per week die u kunt werken" / "Hours a week you can work";
        BOARD_SORT = "Sorteren" / "Sort";
        BOARD_FEED = "Nieuwe vacatures volgen (Atom-feed)" / "Follow new openings (Atom feed)";
        BOARD_BACK = "Alle vacatures" / "All openings";
        BOARD_HOW_TO_APPLY = "Interesse? Neem contact op met uw consulent van het werkgeversservicepunt; die stelt u voor bij de werkgever." / "Interested? Contact your consultant at the employer service desk, who will propose you to the employer.";
        PUBLISHED_ON = "Geplaatst op" / "Posted on";
        SORT_NEWEST = "Nieuwste eerst" / "Newest first";
        SORT_CLOSING = "Sluit het eerst" / "Closing soonest";
        ANY = "Alle" / "Any";
        HOURS_PER_WEEK = "uur per week" / "hours a week";
        PAGES = "Pagina's" / "Pages";
        PAGE = "Pagina" / "Page";
        PAGE_PREVIOUS = "Vorige" / "Previous";
        PAGE_NEXT = "Volgende" / "Next";
        ANONYMISED_TITLE = "Gegevens verwijderd" / "Data removed";
        ANONYMISED_TEXT = "De persoonsgegevens van deze kandidaat zijn verwijderd; er kan niets meer aan worden gewijzigd." / "This candidate's personal data has been removed; nothing about them can be changed any more.";
        GONE_TITLE = "Deze vacature staat niet meer open" / "This opening is no longer open";
        GONE_TEXT = "De vacature is vervuld, gesloten of verlopen. Bekijk de andere vacatures." / "The opening has been filled, closed or has expired. Have a look at the other openings.";
        NAV_BOARD = "Vacatures" / "Openings";
        CREATE_EMPLOYER_TITLE = "Werkgever invoeren" / "Enter an employer";
        CREATE_EMPLOYER_SUBMIT = "Werkgever opslaan" / "Save employer";
        INVITE_CONTACT = "Stuur de contactpersoon een welkomstmail met een link om een wachtwoord in te stellen" / "Send the contact person a welcome e-mail with a link to set a password";
        DESK_ACTIONS = "Zelf invoeren" / "Enter yourself";
        DESK_POST_OPENING = "Vacature plaatsen voor een werkgever" / "Post an opening for an employer";
        NAV_REGISTRATIONS = "Aanmeldingen" / "Registrations";
        ROLE_ADMIN = "Beheerder" / "Administrator";
        ROLE_DESK = "Servicepunt" / "Service desk";
        ROLE_EMPLOYER = "Werkgever" / "Employer";
        ROLE_BUDDY = "Buddy" / "Buddy";

        NOT_FOUND_TITLE = "Pagina niet gevonden" / "Page not found";
        NOT_FOUND_TEXT = "Deze pagina bestaat niet (meer). Controleer het adres of ga naar de startpagina." / "This page does not exist (any more). Check the address or go to the home page.";
        NO_ACCESS_TITLE = "Geen toegang" / "No access";
        NO_ACCESS_TEXT = "U bent ingelogd, maar deze pagina hoort niet bij uw rol." / "You are logged in, but this page is not part of your role.";
        NEED_LOGIN_TEXT = "Log in om deze pagina te zien." / "Log in to see this page.";
        ERROR_TITLE = "Er ging iets mis" / "Something went wrong";
        ERROR_TEXT = "Probeer het later opnieuw. Blijft het misgaan, neem dan contact op met het servicepunt." / "Please try again later. If it keeps failing, contact the service desk.";
        BACK_HOME = "Naar de startpagina" / "Go to the home page";

        ADMIN_TITLE = "Beheer" / "Administration";
        ADMIN_USERS = "Gebruikers per rol" / "Users by role";
        ADMIN_LATEST_USERS = "Nieuwste gebruikers" / "Newest users";
        ADMIN_EMPLOYERS = "Werkgevers per status" / "Employers by status";
        DESK_TITLE = "Servicepunt" / "Service desk";
        DESK_TODO = "Wat op u wacht" / "Waiting for you";
        DESK_PENDING_EMPLOYERS = "Aanmeldingen van werkgevers" / "Employer registrations";
        DESK_SUBMITTED_OPENINGS = "Vacatures ter beoordeling" / "Openings to review";
        DESK_OPEN_FLAGS = "Open signalen van buddy's" / "Open flags from buddies";
        DESK_POOL = "Kandidaten" / "Candidates";
        DESK_ACTIVE_CANDIDATES = "Actieve kandidaten" / "Active candidates";
        DESK_PROPOSALS = "Voordrachten per fase" / "Proposals by stage";
        DESK_PLACEMENTS_YEAR = "Plaatsingen dit jaar" / "Placements this year";
        DESK_LATEST_OPENINGS = "Nieuwste vacatures ter beoordeling" / "Newest openings to review";
        EMPLOYER_TITLE = "Uw organisatie" / "Your organisation";
        EMPLOYER_OPENINGS = "Uw vacatures per status" / "Your openings by status";
        EMPLOYER_ATTENTION = "Vacatures die op u wachten" / "Openings waiting for you";
        EMPLOYER_LATEST = "Laatst gewijzigde vacatures" / "Recently changed openings";
        EMPLOYER_PROPOSALS_WAITING = "Voordrachten die op uw reactie wachten" / "Proposals waiting for your answer";
        EMPLOYER_PLACEMENTS = "Mensen bij u geplaatst" / "People placed with you";
        BUDDY_TITLE = "Mijn mensen" / "My people";
        BUDDY_INTRO = "De mensen die u begeleidt, wie het eerst aan de beurt is bovenaan." / "The people you support, the first one due at the top.";
        BUDDY_NONE = "U begeleidt nu niemand." / "You are not supporting anyone right now.";
        BUDDY_NEXT = "Volgend contact" / "Next check-in";
        BUDDY_OVERDUE = "te laat" / "overdue";
        BUDDY_LAST = "Laatste contact" / "Last check-in";
        BUDDY_NEVER = "nog geen" / "none yet";
        COL_NAME = "Naam" / "Name";
        COL_EMAIL = "E-mail" / "E-mail";
        COL_ROLE = "Rol" / "Role";
        COL_STATUS = "Status" / "Status";
        COL_COUNT = "Aantal" / "Count";
        COL_TITLE = "Titel" / "Title";
        COL_KIND = "Soort" / "Kind";
        COL_EMPLOYER = "Werkgever" / "Employer";
        COL_MUNICIPALITY = "Gemeente" / "Municipality";
        COL_SINCE = "Sinds" / "Since";
        COL_RHYTHM = "Ritme" / "Rhythm";
        COL_CHANGED = "Gewijzigd" / "Changed";
        CHOOSE = "Maak een keuze" / "Choose one";
        NONE_YET = "Nog niets." / "Nothing yet.";
        /// A stored code the portal no longer knows (shown instead of guessing).
        UNKNOWN = "onbekend" / "unknown";
    }}
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_common_block_is_complete() {
        assert_eq!(problems(&[&msg::COMMON]), Vec::<String>::new());
    }

    crate::messages! { BROKEN {
        NO_ENGLISH = "Hallo" / " ";
        OTHER_KEYS = "Beste {name}" / "Dear {naam}";
    }}

    #[test]
    fn problems_name_the_message_and_what_is_wrong() {
        let found = problems(&[&BROKEN, &BROKEN]);
        assert!(
            found
                .iter()
                .any(|p| p.contains("NO_ENGLISH") && p.contains("English")),
            "{found:?}"
        );
        assert!(
            found
                .iter()
                .any(|p| p.contains("OTHER_KEYS") && p.contains("placeholders")),
            "{found:?}"
        );
        assert!(
            found
                .iter()
                .any(|p| p.contains("BROKEN") && p.contains("twice")),
            "{found:?}"
        );
    }

    #[test]
    fn fill_replaces_each_key_once_and_keeps_unknown_ones() {
        assert_eq!(
            fill("Beste {name}, {name}!", &[("name", "Ada")]),
            "Beste Ada, Ada!"
        );
        // A value is not filled in again, whatever it holds.
        assert_eq!(fill("{a} en {b}", &[("a", "{b}"), ("b", "x")]), "{b} en x");
        assert_eq!(fill("Beste {naam}", &[("name", "Ada")]), "Beste {naam}");
        assert_eq!(fill("open { zonder sluiten", &[]), "open { zonder sluiten");
        assert_eq!(placeholders("{a} b {c}"), vec!["a", "c"]);
    }

    #[test]
    fn language_codes_round_trip() {
        for lang in Lang::ALL {
            assert_eq!(Lang::from_code(lang.code()), Some(lang));
        }
        assert_eq!(Lang::from_code(" EN "), Some(Lang::En));
        assert_eq!(Lang::from_code("de"), None);
        assert_eq!(Lang::default(), Lang::Nl);
    }
}
