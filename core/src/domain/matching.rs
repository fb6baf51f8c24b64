//! Matching candidates and openings: a score with its reasons in words, so the desk can see
//! and explain why someone is suggested (as municipalities do in their algorithm registers).
//!
//! Only job-related facts count: sector and occupation wanted, distance, hours, Dutch
//! level, driving licence, and a target group — but only where the employer opened the
//! opening to that group. Age, origin and other protected traits never add or subtract
//! points: the profile's birth year is not read here at all.
//!
//! Ranking a region's pool adds up points only ([`Matcher::score`]); the reasons are put
//! into words for the candidates on screen ([`Matcher::fit`]).

use super::kinds::{DutchLevel, Motivation, Sector, TargetGroup};
use super::openings::OpeningContent;
use crate::i18n::{Lang, T};
use serde::{Deserialize, Serialize};

/// What matching may know about a candidate.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CandidateProfile {
    pub municipality: String,
    /// `1234 AB`.
    pub postcode: String,
    /// Kept in the profile for the desk; never used for ranking.
    pub birth_year: i64,
    pub dutch_level: DutchLevel,
    pub driving_licence: bool,
    pub hours_available: i64,
    pub sectors_wanted: Vec<Sector>,
    pub occupations_wanted: String,
    pub target_groups: Vec<TargetGroup>,
    /// What the desk noted after talking with the candidate.
    pub motivation: Motivation,
}

/// One reason, with the points it adds (or takes away), in both languages.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Reason {
    pub points: i64,
    pub nl: String,
    pub en: String,
}

/// A candidate's fit for an opening.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Fit {
    pub score: i64,
    pub reasons: Vec<Reason>,
}

/// The points of each rule. The public page "how matching works" shows this table, so what
/// the page says is what the code does.
pub mod points {
    pub const SECTOR: i64 = 25;
    pub const OCCUPATION: i64 = 15;
    pub const SAME_MUNICIPALITY: i64 = 20;
    pub const NEARBY: i64 = 10;
    pub const HOURS_MET: i64 = 15;
    pub const HOURS_SHORT: i64 = -10;
    pub const DUTCH_MET: i64 = 10;
    pub const DUTCH_LOW: i64 = -15;
    pub const LICENCE: i64 = 5;
    pub const NO_LICENCE: i64 = -20;
    pub const TARGET_GROUP: i64 = 10;
    pub const MOTIVATION_HIGH: i64 = 10;
    pub const MOTIVATION_NOTED: i64 = 5;
}

crate::messages! { DOMAIN_MATCHING_RULES {
    // Why one candidate fits, as shown next to them.
    REASON_SECTOR = "Wil werken in {sector}" / "Wants to work in {sector}";
    REASON_OCCUPATION = "Zoekt werk als {occupation}" / "Looks for work as {occupation}";
    REASON_SAME_MUNICIPALITY = "Woont in {municipality}" / "Lives in {municipality}";
    REASON_NEARBY =
        "Woont in de buurt (postcodegebied {area}xx)" / "Lives nearby (postcode area {area}xx)";
    REASON_FAR_AWAY = "Woont verder weg" / "Lives further away";
    REASON_HOURS_MET =
        "Kan {hours} uur per week; gevraagd {min}–{max}"
        / "Can work {hours} hours a week; asked {min}–{max}";
    REASON_HOURS_SHORT =
        "Kan {hours} uur per week, minder dan de gevraagde {min}"
        / "Can work {hours} hours a week, fewer than the {min} asked";
    REASON_DUTCH_MET =
        "Nederlands op niveau {level} (gevraagd {asked})" / "Dutch at level {level} ({asked} asked)";
    REASON_DUTCH_LOW =
        "Nederlands op niveau {level}, lager dan gevraagd ({asked})"
        / "Dutch at level {level}, below the {asked} asked";
    REASON_LICENCE = "Heeft het gevraagde rijbewijs" / "Has the driving licence asked for";
    REASON_NO_LICENCE =
        "Heeft geen rijbewijs; dat is wel nodig" / "Has no driving licence, which is needed";
    REASON_GROUP = "De plek staat open voor {group}" / "The opening is open to {group}";
    REASON_MOTIVATION =
        "Volgens de consulent: {motivation}" / "According to the consultant: {motivation}";
    // The rules, as the public explanation lists them.
    RULE_SECTOR =
        "De kandidaat wil werken in de sector van de vacature."
        / "The candidate wants to work in the opening's sector.";
    RULE_OCCUPATION =
        "Het beroep dat de kandidaat zoekt, staat in de titel van de vacature."
        / "The occupation the candidate looks for is in the opening's title.";
    RULE_SAME_MUNICIPALITY =
        "De kandidaat woont in de gemeente van de vacature."
        / "The candidate lives in the opening's municipality.";
    RULE_NEARBY =
        "Anders: de kandidaat woont in hetzelfde postcodegebied (de eerste twee cijfers)."
        / "Otherwise: the candidate lives in the same postcode area (the first two digits).";
    RULE_HOURS_MET =
        "De kandidaat kan minstens het gevraagde aantal uren werken."
        / "The candidate can work at least the hours asked.";
    RULE_HOURS_SHORT =
        "De kandidaat kan minder uren werken dan gevraagd."
        / "The candidate can work fewer hours than asked.";
    RULE_DUTCH_MET =
        "Het taalniveau Nederlands is minstens het gevraagde niveau."
        / "The Dutch language level is at least the level asked.";
    RULE_DUTCH_LOW =
        "Het taalniveau Nederlands is lager dan gevraagd."
        / "The Dutch language level is below the level asked.";
    RULE_LICENCE =
        "Een rijbewijs is nodig en de kandidaat heeft het."
        / "A driving licence is needed and the candidate has one.";
    RULE_NO_LICENCE =
        "Een rijbewijs is nodig en de kandidaat heeft het niet."
        / "A driving licence is needed and the candidate has none.";
    RULE_TARGET_GROUP =
        "De werkgever stelde de plek open voor een doelgroep waartoe de kandidaat hoort (per groep)."
        / "The employer opened the place to a target group the candidate belongs to (per group).";
    RULE_MOTIVATION_HIGH =
        "De consulent noteerde na een gesprek: zeer gemotiveerd."
        / "The consultant noted after a conversation: highly motivated.";
    RULE_MOTIVATION_NOTED =
        "De consulent noteerde na een gesprek: gemotiveerd."
        / "The consultant noted after a conversation: motivated.";
}}

/// Every rule with its points, in words, for the public explanation.
pub const RULES: &[(i64, crate::i18n::T)] = &[
    (points::SECTOR, RULE_SECTOR),
    (points::OCCUPATION, RULE_OCCUPATION),
    (points::SAME_MUNICIPALITY, RULE_SAME_MUNICIPALITY),
    (points::NEARBY, RULE_NEARBY),
    (points::HOURS_MET, RULE_HOURS_MET),
    (points::HOURS_SHORT, RULE_HOURS_SHORT),
    (points::DUTCH_MET, RULE_DUTCH_MET),
    (points::DUTCH_LOW, RULE_DUTCH_LOW),
    (points::LICENCE, RULE_LICENCE),
    (points::NO_LICENCE, RULE_NO_LICENCE),
    (points::TARGET_GROUP, RULE_TARGET_GROUP),
    (points::MOTIVATION_HIGH, RULE_MOTIVATION_HIGH),
    (points::MOTIVATION_NOTED, RULE_MOTIVATION_NOTED),
];

/// Why points were given, before it is put into words (ranking thousands of candidates
/// only adds up points; words are made for the candidates shown).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Why<'a> {
    Sector(Sector),
    Occupation(&'a str),
    SameMunicipality,
    Nearby(u16),
    FarAway,
    HoursMet,
    HoursShort,
    DutchMet,
    DutchLow,
    Licence,
    NoLicence,
    Group(TargetGroup),
    Motivation(Motivation),
}

fn level_rank(level: DutchLevel) -> usize {
    DutchLevel::ALL
        .iter()
        .position(|l| *l == level)
        .unwrap_or(0)
}

fn postcode_area(postcode: &str) -> Option<u16> {
    postcode.get(..4)?.parse().ok()
}

/// Words of three letters or more, for comparing occupations with titles.
fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() >= 3)
}

/// An opening prepared for matching many candidates: its title words in lower case.
pub struct Matcher<'o> {
    opening: &'o OpeningContent,
    title: Vec<String>,
}

impl<'o> Matcher<'o> {
    pub fn new(opening: &'o OpeningContent) -> Matcher<'o> {
        Matcher {
            opening,
            title: words(&opening.title).map(str::to_lowercase).collect(),
        }
    }

    fn whys<'c>(&self, c: &'c CandidateProfile, out: &mut Vec<Why<'c>>) {
        let o = self.opening;
        if c.sectors_wanted.contains(&o.sector) {
            out.push(Why::Sector(o.sector));
        }
        if let Some(word) = words(&c.occupations_wanted).find(|w| {
            let w = w.to_lowercase();
            self.title
                .iter()
                .any(|t| t.starts_with(w.as_str()) || w.starts_with(t.as_str()))
        }) {
            out.push(Why::Occupation(word));
        }
        if c.municipality.eq_ignore_ascii_case(o.municipality.as_str()) {
            out.push(Why::SameMunicipality);
        } else {
            match (postcode_area(&c.postcode), postcode_area(&o.postcode)) {
                (Some(a), Some(b)) if a / 100 == b / 100 => out.push(Why::Nearby(a / 100)),
                _ => out.push(Why::FarAway),
            }
        }
        out.push(if c.hours_available >= o.hours_min {
            Why::HoursMet
        } else {
            Why::HoursShort
        });
        out.push(if level_rank(c.dutch_level) >= level_rank(o.dutch_level) {
            Why::DutchMet
        } else {
            Why::DutchLow
        });
        if o.driving_licence {
            out.push(if c.driving_licence {
                Why::Licence
            } else {
                Why::NoLicence
            });
        }
        for group in &c.target_groups {
            if o.target_groups.contains(group) {
                out.push(Why::Group(*group));
            }
        }
        if matches!(c.motivation, Motivation::High | Motivation::Moderate) {
            out.push(Why::Motivation(c.motivation));
        }
    }

    /// The score alone (what ranking needs).
    pub fn score(&self, c: &CandidateProfile) -> i64 {
        let mut whys = Vec::with_capacity(8);
        self.whys(c, &mut whys);
        whys.into_iter().map(points_of).sum()
    }

    /// The score with every reason in words.
    pub fn fit(&self, c: &CandidateProfile) -> Fit {
        let mut whys = Vec::with_capacity(8);
        self.whys(c, &mut whys);
        let reasons: Vec<Reason> = whys
            .into_iter()
            .map(|w| words_of(w, c, self.opening))
            .collect();
        Fit {
            score: reasons.iter().map(|r| r.points).sum(),
            reasons,
        }
    }
}

fn points_of(why: Why) -> i64 {
    match why {
        Why::Sector(_) => points::SECTOR,
        Why::Occupation(_) => points::OCCUPATION,
        Why::SameMunicipality => points::SAME_MUNICIPALITY,
        Why::Nearby(_) => points::NEARBY,
        Why::FarAway => 0,
        Why::HoursMet => points::HOURS_MET,
        Why::HoursShort => points::HOURS_SHORT,
        Why::DutchMet => points::DUTCH_MET,
        Why::DutchLow => points::DUTCH_LOW,
        Why::Licence => points::LICENCE,
        Why::NoLicence => points::NO_LICENCE,
        Why::Group(_) => points::TARGET_GROUP,
        Why::Motivation(Motivation::High) => points::MOTIVATION_HIGH,
        Why::Motivation(_) => points::MOTIVATION_NOTED,
    }
}

fn words_of(why: Why, c: &CandidateProfile, o: &OpeningContent) -> Reason {
    let hours = c.hours_available.to_string();
    let (min, max) = (o.hours_min.to_string(), o.hours_max.to_string());
    let (level, asked) = (c.dutch_level.to_string(), o.dutch_level.to_string());
    let lower = |t: T, lang: Lang| t.get(lang).to_lowercase();
    let text = |lang: Lang| match why {
        Why::Sector(s) => REASON_SECTOR.fill(lang, &[("sector", lower(s.label(), lang).as_str())]),
        Why::Occupation(w) => {
            REASON_OCCUPATION.fill(lang, &[("occupation", w.to_lowercase().as_str())])
        }
        Why::SameMunicipality => {
            REASON_SAME_MUNICIPALITY.fill(lang, &[("municipality", o.municipality.as_str())])
        }
        Why::Nearby(area) => REASON_NEARBY.fill(lang, &[("area", area.to_string().as_str())]),
        Why::FarAway => REASON_FAR_AWAY.get(lang).to_string(),
        Why::HoursMet => REASON_HOURS_MET.fill(
            lang,
            &[
                ("hours", hours.as_str()),
                ("min", min.as_str()),
                ("max", max.as_str()),
            ],
        ),
        Why::HoursShort => {
            REASON_HOURS_SHORT.fill(lang, &[("hours", hours.as_str()), ("min", min.as_str())])
        }
        Why::DutchMet => REASON_DUTCH_MET.fill(
            lang,
            &[("level", level.as_str()), ("asked", asked.as_str())],
        ),
        Why::DutchLow => REASON_DUTCH_LOW.fill(
            lang,
            &[("level", level.as_str()), ("asked", asked.as_str())],
        ),
        Why::Licence => REASON_LICENCE.get(lang).to_string(),
        Why::NoLicence => REASON_NO_LICENCE.get(lang).to_string(),
        Why::Group(g) => REASON_GROUP.fill(lang, &[("group", lower(g.label(), lang).as_str())]),
        Why::Motivation(m) => {
            REASON_MOTIVATION.fill(lang, &[("motivation", lower(m.label(), lang).as_str())])
        }
    };
    let (nl, en) = (text(Lang::Nl), text(Lang::En));
    Reason {
        points: points_of(why),
        nl,
        en,
    }
}

/// How well `candidate` fits `opening`, with every reason that counted.
pub fn fit(candidate: &CandidateProfile, opening: &OpeningContent) -> Fit {
    Matcher::new(opening).fit(candidate)
}

/// Candidates ranked for an opening: best fit first; equal scores keep the given order.
/// Only scores are computed; call [`fit`] for the reasons of the candidates shown.
pub fn rank<'a, K: Copy>(
    candidates: impl IntoIterator<Item = (K, &'a CandidateProfile)>,
    matcher: &Matcher,
) -> Vec<(K, i64)> {
    let mut ranked: Vec<(K, i64)> = candidates
        .into_iter()
        .map(|(k, c)| (k, matcher.score(c)))
        .collect();
    ranked.sort_by_key(|(_, score)| std::cmp::Reverse(*score));
    ranked
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::openings::OpeningForm;

    fn opening() -> OpeningContent {
        OpeningForm {
            kind: "job".into(),
            title: "Medewerker groenonderhoud".into(),
            description: "Maaien en snoeien.".into(),
            sector: "greenery".into(),
            municipality: "Buren".into(),
            postcode: "4021 AB".into(),
            hours_min: "24".into(),
            hours_max: "32".into(),
            positions: "1".into(),
            contract_type: "temporary".into(),
            dutch_level: "A2".into(),
            group_over_50: Some("on".into()),
            ..OpeningForm::default()
        }
        .parse(0)
        .expect("valid opening")
    }

    fn candidate() -> CandidateProfile {
        CandidateProfile {
            municipality: "Tiel".into(),
            postcode: "4001 CD".into(),
            birth_year: 1990,
            dutch_level: DutchLevel::B1,
            driving_licence: false,
            hours_available: 32,
            sectors_wanted: vec![Sector::Greenery],
            occupations_wanted: "groenonderhoud, hovenier".into(),
            target_groups: vec![],
            motivation: Motivation::Unknown,
        }
    }

    #[test]
    fn every_point_has_a_reason_in_both_languages() {
        let f = fit(&candidate(), &opening());
        assert_eq!(f.score, f.reasons.iter().map(|r| r.points).sum::<i64>());
        assert!(f
            .reasons
            .iter()
            .all(|r| !r.nl.is_empty() && !r.en.is_empty()));
        assert!(f.reasons.iter().any(|r| r.nl.contains("groen")), "{f:?}");
        assert!(
            f.reasons
                .iter()
                .any(|r| r.nl.contains("postcodegebied 40xx")),
            "{f:?}"
        );
    }

    #[test]
    fn birth_year_alone_never_changes_the_ranking() {
        let young = CandidateProfile {
            birth_year: 2004,
            ..candidate()
        };
        let older = CandidateProfile {
            birth_year: 1961,
            ..candidate()
        };
        assert_eq!(fit(&young, &opening()), fit(&older, &opening()));
    }

    #[test]
    fn a_target_group_counts_only_where_the_opening_is_open_to_it() {
        let over_50 = CandidateProfile {
            birth_year: 1961,
            target_groups: vec![TargetGroup::Over50],
            ..candidate()
        };
        let young = CandidateProfile {
            birth_year: 2004,
            target_groups: vec![TargetGroup::Young],
            ..candidate()
        };
        let base = fit(&candidate(), &opening()).score;
        assert_eq!(
            fit(&over_50, &opening()).score,
            base + 10,
            "the opening is open to people over 50"
        );
        assert_eq!(
            fit(&young, &opening()).score,
            base,
            "not open to young people: no points"
        );
    }

    #[test]
    fn requirements_that_are_not_met_cost_points() {
        let mut needs_car = opening();
        needs_car.driving_licence = true;
        let base = fit(&candidate(), &opening()).score;
        assert_eq!(fit(&candidate(), &needs_car).score, base - 20);
        let low_dutch = CandidateProfile {
            dutch_level: DutchLevel::A1,
            ..candidate()
        };
        assert!(fit(&low_dutch, &opening()).score < base);
        let few_hours = CandidateProfile {
            hours_available: 12,
            ..candidate()
        };
        assert!(fit(&few_hours, &opening()).score < base);
    }

    #[test]
    fn ranking_puts_the_best_fit_first() {
        let near = CandidateProfile {
            municipality: "Buren".into(),
            ..candidate()
        };
        let other_sector = CandidateProfile {
            sectors_wanted: vec![Sector::Retail],
            occupations_wanted: "kassa".into(),
            ..candidate()
        };
        let ranked = rank(
            [(1, &other_sector), (2, &candidate()), (3, &near)],
            &Matcher::new(&opening()),
        );
        let order: Vec<i32> = ranked.iter().map(|(k, _)| *k).collect();
        assert_eq!(order, [3, 2, 1]);
    }

    #[test]
    fn the_score_alone_equals_the_score_of_the_reasons() {
        let mut needs_car = opening();
        needs_car.driving_licence = true;
        let variants = [
            candidate(),
            CandidateProfile {
                municipality: "Buren".into(),
                driving_licence: true,
                motivation: Motivation::High,
                target_groups: vec![TargetGroup::Over50, TargetGroup::Young],
                ..candidate()
            },
            CandidateProfile {
                postcode: "9711 AA".into(),
                hours_available: 8,
                dutch_level: DutchLevel::A1,
                motivation: Motivation::Moderate,
                ..candidate()
            },
        ];
        for o in [opening(), needs_car] {
            let m = Matcher::new(&o);
            for c in &variants {
                assert_eq!(m.score(c), m.fit(c).score, "{c:?}");
            }
        }
    }

    #[test]
    fn the_desks_motivation_note_counts_and_is_explained() {
        let keen = CandidateProfile {
            motivation: Motivation::High,
            ..candidate()
        };
        let base = fit(&candidate(), &opening()).score;
        let f = fit(&keen, &opening());
        assert_eq!(f.score, base + points::MOTIVATION_HIGH);
        assert!(f.reasons.iter().any(|r| r.nl.contains("zeer gemotiveerd")));
    }

    #[test]
    fn the_public_rules_table_lists_every_amount_of_points() {
        let listed: Vec<i64> = RULES.iter().map(|(p, _)| *p).collect();
        for p in [
            points::SECTOR,
            points::OCCUPATION,
            points::SAME_MUNICIPALITY,
            points::NEARBY,
            points::HOURS_MET,
            points::HOURS_SHORT,
            points::DUTCH_MET,
            points::DUTCH_LOW,
            points::LICENCE,
            points::NO_LICENCE,
            points::TARGET_GROUP,
            points::MOTIVATION_HIGH,
            points::MOTIVATION_NOTED,
        ] {
            assert!(listed.contains(&p), "{p} missing");
        }
    }
}
