//! Matching candidates and openings: a score with its reasons in words, so the desk can see
//! and explain why someone is suggested (as municipalities do in their algorithm registers).
//!
//! Only job-related facts count: sector and occupation wanted, distance, hours, Dutch
//! level, driving licence, and a target group — but only where the employer opened the
//! opening to that group. Age, origin and other protected traits never add or subtract
//! points: the profile's birth year is not read here at all.
//!
//! (First part of issue #4: the rules. The candidate pool, pages and proposals come next.)

use super::kinds::{DutchLevel, Sector, TargetGroup};
use super::openings::OpeningContent;
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

fn reason(points: i64, nl: String, en: String) -> Reason {
    Reason { points, nl, en }
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

/// Words of three letters or more, lower case, for comparing occupations with titles.
fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() >= 3)
        .map(str::to_lowercase)
        .collect()
}

/// How well `candidate` fits `opening`, with every reason that counted.
pub fn fit(candidate: &CandidateProfile, opening: &OpeningContent) -> Fit {
    let mut reasons = Vec::new();
    let sector = opening.sector.label();
    if candidate.sectors_wanted.contains(&opening.sector) {
        reasons.push(reason(
            25,
            format!("Wil werken in {}", sector.nl.to_lowercase()),
            format!("Wants to work in {}", sector.en.to_lowercase()),
        ));
    }
    let wanted = words(&candidate.occupations_wanted);
    let title = words(&opening.title);
    if let Some(word) = wanted.iter().find(|w| {
        title
            .iter()
            .any(|t| t.starts_with(w.as_str()) || w.starts_with(t.as_str()))
    }) {
        reasons.push(reason(
            15,
            format!("Zoekt werk als {word}"),
            format!("Looks for work as {word}"),
        ));
    }

    if candidate
        .municipality
        .eq_ignore_ascii_case(&opening.municipality)
    {
        reasons.push(reason(
            20,
            format!("Woont in {}", opening.municipality),
            format!("Lives in {}", opening.municipality),
        ));
    } else {
        match (
            postcode_area(&candidate.postcode),
            postcode_area(&opening.postcode),
        ) {
            (Some(a), Some(b)) if a / 100 == b / 100 => reasons.push(reason(
                10,
                format!("Woont in de buurt (postcodegebied {}xx)", a / 100),
                format!("Lives nearby (postcode area {}xx)", a / 100),
            )),
            _ => reasons.push(reason(
                0,
                "Woont verder weg".into(),
                "Lives further away".into(),
            )),
        }
    }

    if candidate.hours_available >= opening.hours_min {
        reasons.push(reason(
            15,
            format!(
                "Kan {} uur per week; gevraagd {}–{}",
                candidate.hours_available, opening.hours_min, opening.hours_max
            ),
            format!(
                "Can work {} hours a week; asked {}–{}",
                candidate.hours_available, opening.hours_min, opening.hours_max
            ),
        ));
    } else {
        reasons.push(reason(
            -10,
            format!(
                "Kan {} uur per week, minder dan de gevraagde {}",
                candidate.hours_available, opening.hours_min
            ),
            format!(
                "Can work {} hours a week, fewer than the {} asked",
                candidate.hours_available, opening.hours_min
            ),
        ));
    }

    let (has, asked) = (candidate.dutch_level, opening.dutch_level);
    if level_rank(has) >= level_rank(asked) {
        reasons.push(reason(
            10,
            format!("Nederlands op niveau {has} (gevraagd {asked})"),
            format!("Dutch at level {has} ({asked} asked)"),
        ));
    } else {
        reasons.push(reason(
            -15,
            format!("Nederlands op niveau {has}, lager dan gevraagd ({asked})"),
            format!("Dutch at level {has}, below the {asked} asked"),
        ));
    }

    if opening.driving_licence {
        if candidate.driving_licence {
            reasons.push(reason(
                5,
                "Heeft het gevraagde rijbewijs".into(),
                "Has the driving licence asked for".into(),
            ));
        } else {
            reasons.push(reason(
                -20,
                "Heeft geen rijbewijs; dat is wel nodig".into(),
                "Has no driving licence, which is needed".into(),
            ));
        }
    }

    for group in &candidate.target_groups {
        if opening.target_groups.contains(group) {
            let label = group.label();
            reasons.push(reason(
                10,
                format!("De plek staat open voor {}", label.nl.to_lowercase()),
                format!("The opening is open to {}", label.en.to_lowercase()),
            ));
        }
    }

    Fit {
        score: reasons.iter().map(|r| r.points).sum(),
        reasons,
    }
}

/// Candidates ranked for an opening: best fit first; equal scores keep the given order.
pub fn rank<'a, K: Copy>(
    candidates: impl IntoIterator<Item = (K, &'a CandidateProfile)>,
    opening: &OpeningContent,
) -> Vec<(K, Fit)> {
    let mut ranked: Vec<(K, Fit)> = candidates
        .into_iter()
        .map(|(k, c)| (k, fit(c, opening)))
        .collect();
    ranked.sort_by_key(|(_, fit)| std::cmp::Reverse(fit.score));
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
            &opening(),
        );
        let order: Vec<i32> = ranked.iter().map(|(k, _)| *k).collect();
        assert_eq!(order, [3, 2, 1]);
    }
}
