//! Who is in a campaign. The export says where someone lives, when they were born and since
//! when they receive assistance; the target groups a campaign can choose follow from that
//! alone (status holders or a work limitation are not in the export, so they are not a
//! campaign's criterion).

use crate::domain::dates::{add_months, civil_from_days, parse_iso_date};
use crate::domain::kinds::TargetGroup;
use serde::{Deserialize, Serialize};

/// Young people: under 27 (the age the Participation Act treats apart).
pub const YOUNG_BELOW: i64 = 27;
/// Over 50: 50 or older.
pub const OLDER_FROM: i64 = 50;
/// On assistance for at least a year: long-term.
pub const LONG_TERM_MONTHS: i64 = 12;

/// The groups a campaign may select on.
pub const SELECTABLE: &[TargetGroup] = &[
    TargetGroup::Young,
    TargetGroup::Over50,
    TargetGroup::LongTermUnemployed,
];

/// What the caseload knows of a client that criteria look at.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ClientFacts<'a> {
    pub municipality: &'a str,
    pub postcode: &'a str,
    pub district: &'a str,
    pub birth_year: i64,
    /// `YYYY-MM-DD`.
    pub benefit_start: &'a str,
}

/// Who a campaign is for; an empty criterion selects everyone.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Criteria {
    pub municipality: Option<String>,
    /// Postcode areas (the four digits), both ends included.
    pub postcode_from: Option<u16>,
    pub postcode_to: Option<u16>,
    pub district: Option<String>,
    pub group: Option<TargetGroup>,
    /// At least this many months on assistance.
    pub min_benefit_months: Option<i64>,
}

/// The target groups that follow from the export, as of `today` (a day number). Age is
/// counted in calendar years (the export has the birth year only).
pub fn groups_of(birth_year: i64, benefit_start: &str, today: i64) -> Vec<TargetGroup> {
    let age = civil_from_days(today).0 - birth_year;
    let mut groups = Vec::new();
    if age < YOUNG_BELOW {
        groups.push(TargetGroup::Young);
    }
    if age >= OLDER_FROM {
        groups.push(TargetGroup::Over50);
    }
    if months_on_benefit(benefit_start, today).is_some_and(|m| m >= LONG_TERM_MONTHS) {
        groups.push(TargetGroup::LongTermUnemployed);
    }
    groups
}

/// Whole months from the benefit's start to `today`.
pub fn months_on_benefit(benefit_start: &str, today: i64) -> Option<i64> {
    let start = parse_iso_date(benefit_start)?;
    if start > today {
        return Some(0);
    }
    let (sy, sm, _) = civil_from_days(start);
    let (ty, tm, _) = civil_from_days(today);
    let mut months = (ty - sy) * 12 + (i64::from(tm) - i64::from(sm));
    if add_months(start, months) > today {
        months -= 1;
    }
    Some(months.max(0))
}

impl Criteria {
    /// Whether `client` is in the campaign as of `today`.
    pub fn selects(&self, client: &ClientFacts, today: i64) -> bool {
        let area: Option<u16> = client.postcode.get(..4).and_then(|a| a.parse().ok());
        self.municipality
            .as_deref()
            .is_none_or(|m| m.eq_ignore_ascii_case(client.municipality))
            && self
                .postcode_from
                .is_none_or(|from| area.is_some_and(|a| a >= from))
            && self
                .postcode_to
                .is_none_or(|to| area.is_some_and(|a| a <= to))
            && self
                .district
                .as_deref()
                .is_none_or(|d| d.eq_ignore_ascii_case(client.district))
            && self.group.is_none_or(|g| {
                groups_of(client.birth_year, client.benefit_start, today).contains(&g)
            })
            && self.min_benefit_months.is_none_or(|min| {
                months_on_benefit(client.benefit_start, today).is_some_and(|m| m >= min)
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::dates::days_from_civil;

    fn today() -> i64 {
        days_from_civil(2026, 12, 3)
    }

    fn client<'a>(postcode: &'a str, birth_year: i64, start: &'a str) -> ClientFacts<'a> {
        ClientFacts {
            municipality: "Lochem",
            postcode,
            district: "Centrum",
            birth_year,
            benefit_start: start,
        }
    }

    #[test]
    fn months_on_benefit_count_whole_calendar_months() {
        assert_eq!(months_on_benefit("2025-12-03", today()), Some(12));
        assert_eq!(months_on_benefit("2025-12-04", today()), Some(11));
        assert_eq!(months_on_benefit("2026-11-30", today()), Some(0));
        assert_eq!(months_on_benefit("2027-01-01", today()), Some(0));
        assert_eq!(months_on_benefit("nonsense", today()), None);
    }

    #[test]
    fn groups_follow_from_birth_year_and_benefit_start() {
        assert_eq!(
            groups_of(2000, "2026-06-01", today()),
            vec![TargetGroup::Young]
        );
        assert_eq!(groups_of(1999, "2026-06-01", today()), vec![]);
        assert_eq!(
            groups_of(1976, "2024-01-01", today()),
            vec![TargetGroup::Over50, TargetGroup::LongTermUnemployed]
        );
    }

    #[test]
    fn every_criterion_narrows_and_none_selects_everyone() {
        let c = client("7241 AB", 1976, "2024-01-01");
        assert!(Criteria::default().selects(&c, today()));
        let area = Criteria {
            postcode_from: Some(7200),
            postcode_to: Some(7241),
            ..Criteria::default()
        };
        assert!(area.selects(&c, today()));
        assert!(!area.selects(&client("7242 AB", 1976, "2024-01-01"), today()));
        let place = Criteria {
            municipality: Some("lochem".into()),
            district: Some("centrum".into()),
            ..Criteria::default()
        };
        assert!(place.selects(&c, today()));
        let young = Criteria {
            group: Some(TargetGroup::Young),
            ..Criteria::default()
        };
        assert!(!young.selects(&c, today()));
        let long = Criteria {
            min_benefit_months: Some(36),
            ..Criteria::default()
        };
        assert!(!long.selects(&c, today()), "35 months is not 36");
        assert!(long.selects(&client("7241 AB", 1976, "2023-12-03"), today()));
    }
}
