//! The words of the matching pages, in Dutch and English.

opstap_core::messages! { MATCHING_TEXT {
    MATCHES_TITLE = "Passende kandidaten" / "Candidates that fit";
    MATCHES_INTRO =
        "De kandidaten met de beste match eerst, met de redenen. Leeftijd, afkomst en andere beschermde kenmerken tellen nooit mee."
        / "The best matches first, with the reasons. Age, origin and other protected traits never count.";
    CONSIDERED = "kandidaten vergeleken" / "candidates compared";
    SHOWING_BEST = "de beste 50 staan hieronder" / "the best 50 are listed below";
    ONLY_CONSENT = "Alleen met toestemming" / "Only with consent";
    MIN_HOURS = "Minstens uren per week beschikbaar" / "At least hours a week available";
    FILTER = "Filteren" / "Filter";
    SCORE = "Punten" / "Points";
    REASONS = "Waarom" / "Why";
    CHOOSE = "Kiezen" / "Choose";
    PROPOSE_CHOSEN = "Gekozen kandidaten voordragen" / "Propose the chosen candidates";
    CHOOSE_LABEL = "Kies" / "Choose";
    ALREADY = "al voorgedragen" / "already proposed";
    NOT_PUBLISHED =
        "Deze vacature is niet gepubliceerd; voordragen kan pas na publicatie."
        / "This opening is not published; candidates can be proposed once it is.";
    OPENINGS_TITLE = "Passende vacatures" / "Openings that fit";
    OPENINGS_INTRO =
        "Gepubliceerde vacatures, de beste match eerst. Open een vacature om de kandidaat voor te dragen."
        / "Published openings, the best match first. Open an opening to propose the candidate.";
    PROPOSE_HERE = "Voordragen" / "Propose";
    EXPLAIN_TITLE = "Zo werkt matchen" / "How matching works";
    EXPLAIN_INTRO =
        "Het servicepunt zoekt met Opstap kandidaten voor vacatures. Opstap rekent voor elke kandidaat uit hoe goed die bij een vacature past en laat de redenen zien. Een consulent beslist altijd zelf wie wordt voorgedragen; de kandidaat moet daarvoor toestemming hebben gegeven."
        / "The desk uses Opstap to find candidates for openings. Opstap works out how well each candidate fits an opening and shows the reasons. A consultant always decides who is proposed; the candidate must have given consent.";
    EXPLAIN_RULES = "De regels en hun punten" / "The rules and their points";
    EXPLAIN_NEVER = "Wat nooit meetelt" / "What never counts";
    EXPLAIN_NEVER_TEXT =
        "Leeftijd, geboortejaar, geslacht, afkomst, nationaliteit, geloof, gezondheid en andere beschermde kenmerken tellen nooit mee. Ook schulden, kinderopvang, huisvesting of andere belemmeringen tellen niet mee; die ziet alleen de consulent. Een doelgroep (zoals 50-plussers of statushouders) telt alleen als de werkgever de vacature zelf voor die groep openstelde."
        / "Age, birth year, gender, origin, nationality, religion, health and other protected traits never count. Debts, childcare, housing or other obstacles do not count either; only the consultant sees them. A target group (such as people over 50 or status holders) only counts where the employer opened the opening to that group.";
    EXPLAIN_PEOPLE = "Mensen beslissen" / "People decide";
    EXPLAIN_PEOPLE_TEXT =
        "De uitkomst is een hulpmiddel, geen besluit. De consulent bespreekt de vacature met de kandidaat en schrijft de werkgever waarom iemand past. Vragen of bezwaar? Neem contact op met het werkgeversservicepunt."
        / "The result is an aid, not a decision. The consultant discusses the opening with the candidate and writes to the employer why someone fits. Questions or objections? Contact the employer service desk.";
    COL_RULE = "Regel" / "Rule";
}}
