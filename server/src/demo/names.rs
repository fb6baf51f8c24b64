//! Word lists for the demo region: a river region in the middle of the Netherlands, with
//! its municipalities, postcode areas, streets and common Dutch names.

/// Municipality, town, four-digit postcode areas.
pub const PLACES: &[(&str, &str, &[u16])] = &[
    ("Tiel", "Tiel", &[4001, 4002, 4003, 4004, 4005, 4006, 4007]),
    (
        "Culemborg",
        "Culemborg",
        &[4101, 4102, 4103, 4104, 4105, 4106, 4107],
    ),
    ("West Betuwe", "Geldermalsen", &[4191, 4194, 4196, 4197]),
    ("Zaltbommel", "Zaltbommel", &[5301, 5302, 5303]),
    ("Buren", "Buren", &[4116, 4021, 4024]),
    ("Neder-Betuwe", "Ochten", &[4051, 4031, 4043]),
    ("Maasdriel", "Kerkdriel", &[5331, 5321, 5324]),
    ("West Maas en Waal", "Beneden-Leeuwen", &[6658, 6659, 6657]),
];

pub const STREETS: &[&str] = &[
    "Stationsstraat",
    "Kerkstraat",
    "Dorpsstraat",
    "Molenweg",
    "Industrieweg",
    "Havenstraat",
    "Waalkade",
    "Lingedijk",
    "Nieuwstraat",
    "Kastanjelaan",
    "Handelsweg",
    "Ambachtsweg",
    "Bleekveld",
    "Weidelaan",
    "Rijksstraatweg",
    "Papesteeg",
    "Westluidensestraat",
    "Plein",
];

pub const FIRST_NAMES: &[&str] = &[
    "Daan", "Sanne", "Mohamed", "Fatima", "Lucas", "Emma", "Sem", "Julia", "Yusuf", "Noor",
    "Thijs", "Anouk", "Bram", "Lotte", "Ahmed", "Aylin", "Ruben", "Fleur", "Jeroen", "Marieke",
    "Kees", "Ingrid", "Hamza", "Samira", "Piet", "Annelies", "Dewi", "Rik", "Eline", "Tariq",
    "Mirjam", "Gert", "Wilma", "Bilal", "Roos", "Jan", "Esther", "Kofi", "Milan", "Hanneke",
];

pub const LAST_NAMES: &[&str] = &[
    "de Jong",
    "Jansen",
    "de Vries",
    "van den Berg",
    "Bakker",
    "Visser",
    "Smit",
    "Meijer",
    "de Boer",
    "Mulder",
    "de Groot",
    "Bos",
    "Vos",
    "Peters",
    "Hendriks",
    "van Leeuwen",
    "Dekker",
    "Brouwer",
    "de Wit",
    "Dijkstra",
    "Yilmaz",
    "El Amrani",
    "Kaya",
    "Verhoeven",
    "van Dam",
    "Willems",
    "van der Linden",
    "Kuipers",
    "Hoekstra",
    "Ozturk",
    "Boukhari",
    "van Wijk",
    "Kok",
    "Schouten",
    "van Rijn",
    "Post",
];

pub const NOUNS: &[&str] = &[
    "Linge",
    "Waal",
    "Betuwe",
    "Kersenboom",
    "Dijk",
    "Uiterwaard",
    "Appelgaard",
    "Molen",
    "Brug",
    "Haven",
    "Boomgaard",
    "Rivier",
];

pub const SKILLS: &[&str] = &[
    "heftruck rijden",
    "klantcontact",
    "koken",
    "schoonmaken",
    "kassawerk",
    "tillen",
    "plannen",
    "computervaardig",
    "zorg voor ouderen",
    "tuinonderhoud",
    "metselen",
    "orderpicken",
    "rijbewijs C",
    "EHBO",
    "Engels",
    "Arabisch",
    "Turks",
    "Pools",
];

pub const TALENTS: &[&str] = &[
    "geduldig",
    "handig",
    "nauwkeurig",
    "sociaal",
    "stressbestendig",
    "creatief",
    "doorzetter",
    "behulpzaam",
    "punctueel",
    "leergierig",
];

pub const HOBBIES: &[&str] = &[
    "voetbal",
    "koken",
    "fietsen",
    "tuinieren",
    "gamen",
    "muziek",
    "vissen",
    "naaien",
    "klussen",
    "wandelen",
];

/// Opening titles per sector code.
pub fn titles(sector: &str) -> &'static [&'static str] {
    match sector {
        "care" => &[
            "Helpende zorg en welzijn",
            "Medewerker huishoudelijke hulp",
            "Gastvrouw/-heer verpleeghuis",
            "Begeleider dagbesteding",
        ],
        "hospitality" => &[
            "Afwasser",
            "Hulpkok",
            "Bediening",
            "Medewerker housekeeping",
        ],
        "construction" => &[
            "Bouwplaatsmedewerker",
            "Leerling timmerman",
            "Opperman",
            "Sloper",
        ],
        "transport" => &[
            "Bijrijder",
            "Chauffeur bestelbus",
            "Medewerker wagenpark",
            "Leerling vrachtwagenchauffeur",
        ],
        "logistics" => &[
            "Orderpicker",
            "Magazijnmedewerker",
            "Heftruckchauffeur",
            "Inpakker",
        ],
        "retail" => &[
            "Vakkenvuller",
            "Caissière",
            "Medewerker versafdeling",
            "Winkelmedewerker",
        ],
        "cleaning" => &[
            "Schoonmaker kantoren",
            "Glazenwasser in opleiding",
            "Schoonmaker scholen",
        ],
        "technology" => &[
            "Monteur in opleiding",
            "Assistent installateur",
            "Productiemedewerker metaal",
        ],
        "government" => &[
            "Medewerker buitendienst",
            "Baliemedewerker",
            "Medewerker archief",
        ],
        _ => &[
            "Hovenier",
            "Medewerker groenonderhoud",
            "Kwekerijmedewerker",
            "Fruitplukker",
        ],
    }
}

/// Organisation name patterns per sector code; `{L}` is a last name, `{P}` a town, `{N}` a noun.
pub fn employer_patterns(sector: &str) -> &'static [&'static str] {
    match sector {
        "care" => &["Zorggroep {P}", "Thuiszorg {N}", "Woonzorgcentrum De {N}"],
        "hospitality" => &["Restaurant De {N}", "Hotel {P}", "Eetcafé {L}"],
        "construction" => &["Bouwbedrijf {L} B.V.", "Aannemersbedrijf {L}", "{N} Bouw"],
        "transport" => &[
            "Transportbedrijf {L}",
            "{P} Transport B.V.",
            "Koeriersdienst {N}",
        ],
        "logistics" => &["{P} Logistiek B.V.", "Distributiecentrum {N}", "Opslag {L}"],
        "retail" => &["Supermarkt {L}", "Bouwmarkt {P}", "Warenhuis De {N}"],
        "cleaning" => &["Schoonmaakbedrijf {N}", "{L} Facilitair", "Glans {P}"],
        "technology" => &["Installatiebedrijf {L}", "Metaalwerk {P}", "{N} Techniek"],
        "government" => &["Gemeente {P}", "Waterschap {N}", "Milieustraat {P}"],
        _ => &["Hoveniersbedrijf {L}", "Fruitteelt {L}", "Kwekerij De {N}"],
    }
}
