//! The words of the matching pages, in Dutch and English.

use crate::i18n::T;

pub const MATCHES_TITLE: T = T::new("Passende kandidaten", "Candidates that fit");
pub const MATCHES_INTRO: T = T::new(
    "De kandidaten met de beste match eerst, met de redenen. Leeftijd, afkomst en andere beschermde kenmerken tellen nooit mee.",
    "The best matches first, with the reasons. Age, origin and other protected traits never count.",
);
pub const CONSIDERED: T = T::new("kandidaten vergeleken", "candidates compared");
pub const SHOWING_BEST: T = T::new(
    "de beste 50 staan hieronder",
    "the best 50 are listed below",
);
pub const ONLY_CONSENT: T = T::new("Alleen met toestemming", "Only with consent");
pub const MIN_HOURS: T = T::new(
    "Minstens uren per week beschikbaar",
    "At least hours a week available",
);
pub const FILTER: T = T::new("Filteren", "Filter");
pub const SCORE: T = T::new("Punten", "Points");
pub const REASONS: T = T::new("Waarom", "Why");
pub const CHOOSE: T = T::new("Kiezen", "Choose");
pub const PROPOSE_CHOSEN: T = T::new(
    "Gekozen kandidaten voordragen",
    "Propose the chosen candidates",
);
pub const CHOOSE_LABEL: T = T::new("Kies", "Choose");
pub const ALREADY: T = T::new("al voorgedragen", "already proposed");
pub const NOT_PUBLISHED: T = T::new(
    "Deze vacature is niet gepubliceerd; voordragen kan pas na publicatie.",
    "This opening is not published; candidates can be proposed once it is.",
);
pub const OPENINGS_TITLE: T = T::new("Passende vacatures", "Openings that fit");
pub const OPENINGS_INTRO: T = T::new(
    "Gepubliceerde vacatures, de beste match eerst. Open een vacature om de kandidaat voor te dragen.",
    "Published openings, the best match first. Open an opening to propose the candidate.",
);
pub const PROPOSE_HERE: T = T::new("Voordragen", "Propose");
pub const EXPLAIN_TITLE: T = T::new("Zo werkt matchen", "How matching works");
pub const EXPLAIN_INTRO: T = T::new(
    "Het servicepunt zoekt met Opstap kandidaten voor vacatures. Opstap rekent voor elke kandidaat uit hoe goed die bij een vacature past en laat de redenen zien. Een consulent beslist altijd zelf wie wordt voorgedragen; de kandidaat moet daarvoor toestemming hebben gegeven.",
    "The desk uses Opstap to find candidates for openings. Opstap works out how well each candidate fits an opening and shows the reasons. A consultant always decides who is proposed; the candidate must have given consent.",
);
pub const EXPLAIN_RULES: T = T::new("De regels en hun punten", "The rules and their points");
pub const EXPLAIN_NEVER: T = T::new("Wat nooit meetelt", "What never counts");
pub const EXPLAIN_NEVER_TEXT: T = T::new(
    "Leeftijd, geboortejaar, geslacht, afkomst, nationaliteit, geloof, gezondheid en andere beschermde kenmerken tellen nooit mee. Ook schulden, kinderopvang, huisvesting of andere belemmeringen tellen niet mee; die ziet alleen de consulent. Een doelgroep (zoals 50-plussers of statushouders) telt alleen als de werkgever de vacature zelf voor die groep openstelde.",
    "Age, birth year, gender, origin, nationality, religion, health and other protected traits never count. Debts, childcare, housing or other obstacles do not count either; only the consultant sees them. A target group (such as people over 50 or status holders) only counts where the employer opened the opening to that group.",
);
pub const EXPLAIN_PEOPLE: T = T::new("Mensen beslissen", "People decide");
pub const EXPLAIN_PEOPLE_TEXT: T = T::new(
    "De uitkomst is een hulpmiddel, geen besluit. De consulent bespreekt de vacature met de kandidaat en schrijft de werkgever waarom iemand past. Vragen of bezwaar? Neem contact op met het werkgeversservicepunt.",
    "The result is an aid, not a decision. The consultant discusses the opening with the candidate and writes to the employer why someone fits. Questions or objections? Contact the employer service desk.",
);
pub const COL_RULE: T = T::new("Regel", "Rule");
