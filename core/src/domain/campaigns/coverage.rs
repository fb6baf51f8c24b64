//! Coverage: where everyone in a campaign stands — not yet invited, invited, seen, no-show,
//! exempted — in total, by municipality and by target group, and the pace against the
//! target: how many conversations the time gone asks for by now, and how many a week the
//! time left needs. The store counts members grouped by municipality, groups and state; the
//! tables are made here from those counts.

use super::criteria::SELECTABLE;
use super::CoverageState;
use crate::domain::kinds::TargetGroup;
use serde::{Deserialize, Serialize};

/// Members of a campaign with the same municipality, groups and state.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(sqlx::FromRow))]
pub struct CountRow {
    pub municipality: String,
    #[cfg_attr(feature = "ssr", sqlx(try_from = "crate::sql::Flag"))]
    pub young: bool,
    #[cfg_attr(feature = "ssr", sqlx(try_from = "crate::sql::Flag"))]
    pub over_50: bool,
    #[cfg_attr(feature = "ssr", sqlx(try_from = "crate::sql::Flag"))]
    pub long_term: bool,
    pub state: CoverageState,
    pub members: i64,
}

/// How many members are in each state.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct StateCounts {
    pub not_invited: i64,
    pub invited: i64,
    pub seen: i64,
    pub no_show: i64,
    pub exempted: i64,
}

impl StateCounts {
    pub fn add(&mut self, state: CoverageState, n: i64) {
        match state {
            CoverageState::NotInvited => self.not_invited += n,
            CoverageState::Invited => self.invited += n,
            CoverageState::Seen => self.seen += n,
            CoverageState::NoShow => self.no_show += n,
            CoverageState::Exempted => self.exempted += n,
        }
    }

    pub fn get(&self, state: CoverageState) -> i64 {
        match state {
            CoverageState::NotInvited => self.not_invited,
            CoverageState::Invited => self.invited,
            CoverageState::Seen => self.seen,
            CoverageState::NoShow => self.no_show,
            CoverageState::Exempted => self.exempted,
        }
    }

    pub fn total(&self) -> i64 {
        self.not_invited + self.invited + self.seen + self.no_show + self.exempted
    }
}

/// The pace against the target.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Pace {
    pub target: i64,
    pub held: i64,
    /// Days of the campaign, both ends included; days gone up to and including today.
    pub days_total: i64,
    pub days_gone: i64,
    /// The conversations the target asks for by today, in proportion to the time gone.
    pub expected_by_now: i64,
    /// Whole or started weeks after today; 0 on the last day and after.
    pub weeks_left: i64,
    /// Conversations a week still needed to reach the target (0 once it is reached).
    pub needed_per_week: i64,
}

impl Pace {
    pub fn of(target: i64, held: i64, start: i64, end: i64, today: i64) -> Pace {
        let days_total = (end - start + 1).max(1);
        let days_gone = (today - start + 1).clamp(0, days_total);
        let expected_by_now = (target * days_gone + days_total - 1) / days_total;
        let days_left = (end - today).max(0);
        let weeks_left = (days_left + 6) / 7;
        let missing = (target - held).max(0);
        let needed_per_week = if missing == 0 {
            0
        } else if weeks_left == 0 {
            missing
        } else {
            (missing + weeks_left - 1) / weeks_left
        };
        Pace {
            target,
            held,
            days_total,
            days_gone,
            expected_by_now,
            weeks_left,
            needed_per_week,
        }
    }

    pub fn on_track(&self) -> bool {
        self.held >= self.expected_by_now
    }
}

/// A campaign's coverage.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Coverage {
    pub total: StateCounts,
    pub by_municipality: Vec<(String, StateCounts)>,
    /// A member can be in two groups (young and long on assistance); the rows then add up
    /// to more than the total.
    pub by_group: Vec<(TargetGroup, StateCounts)>,
    pub pace: Pace,
}

/// The coverage of counted members (`rows`), for a campaign with `target` from `start` to
/// `end` (day numbers), as of `today`.
pub fn coverage(rows: &[CountRow], target: i64, start: i64, end: i64, today: i64) -> Coverage {
    let mut total = StateCounts::default();
    let mut places: Vec<(String, StateCounts)> = Vec::new();
    let mut groups: Vec<(TargetGroup, StateCounts)> = SELECTABLE
        .iter()
        .map(|g| (*g, StateCounts::default()))
        .collect();
    for r in rows {
        total.add(r.state, r.members);
        match places.iter_mut().find(|(m, _)| *m == r.municipality) {
            Some((_, c)) => c.add(r.state, r.members),
            None => {
                let mut c = StateCounts::default();
                c.add(r.state, r.members);
                places.push((r.municipality.clone(), c));
            }
        }
        for (group, counts) in groups.iter_mut() {
            let member = match group {
                TargetGroup::Young => r.young,
                TargetGroup::Over50 => r.over_50,
                TargetGroup::LongTermUnemployed => r.long_term,
                _ => false,
            };
            if member {
                counts.add(r.state, r.members);
            }
        }
    }
    places.sort_by(|a, b| a.0.cmp(&b.0));
    Coverage {
        pace: Pace::of(target, total.seen, start, end, today),
        total,
        by_municipality: places,
        by_group: groups,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use CoverageState as C;

    fn row(m: &str, young: bool, long_term: bool, state: CoverageState, n: i64) -> CountRow {
        CountRow {
            municipality: m.into(),
            young,
            over_50: false,
            long_term,
            state,
            members: n,
        }
    }

    /// Worked out by hand: 10 people in Lochem and Zutphen.
    #[test]
    fn a_small_region_by_hand() {
        let rows = vec![
            row("Zutphen", true, false, C::Seen, 2),
            row("Lochem", false, true, C::NotInvited, 3),
            row("Lochem", true, true, C::NoShow, 1),
            row("Lochem", false, false, C::Seen, 1),
            row("Zutphen", false, true, C::Exempted, 1),
            row("Zutphen", false, false, C::Invited, 2),
        ];
        // A campaign of 70 days (day 0 to 69), today is day 34: half gone.
        let c = coverage(&rows, 8, 0, 69, 34);
        assert_eq!(
            c.total,
            StateCounts {
                not_invited: 3,
                invited: 2,
                seen: 3,
                no_show: 1,
                exempted: 1
            }
        );
        assert_eq!(c.total.total(), 10);
        assert_eq!(c.by_municipality[0].0, "Lochem");
        assert_eq!(
            c.by_municipality[0].1,
            StateCounts {
                not_invited: 3,
                seen: 1,
                no_show: 1,
                ..Default::default()
            }
        );
        assert_eq!(
            c.by_municipality[1].1,
            StateCounts {
                invited: 2,
                seen: 2,
                exempted: 1,
                ..Default::default()
            }
        );
        let young = c
            .by_group
            .iter()
            .find(|(g, _)| *g == TargetGroup::Young)
            .unwrap()
            .1;
        assert_eq!(
            young,
            StateCounts {
                seen: 2,
                no_show: 1,
                ..Default::default()
            }
        );
        let long = c
            .by_group
            .iter()
            .find(|(g, _)| *g == TargetGroup::LongTermUnemployed)
            .unwrap()
            .1;
        assert_eq!(long.total(), 5);
        // 8 × 35/70 = 4 expected, 3 held: behind. 35 days left = 5 weeks for 5 more: 1 a week.
        assert_eq!(
            c.pace,
            Pace {
                target: 8,
                held: 3,
                days_total: 70,
                days_gone: 35,
                expected_by_now: 4,
                weeks_left: 5,
                needed_per_week: 1
            }
        );
        assert!(!c.pace.on_track());
    }

    #[test]
    fn pace_before_during_and_after() {
        let before = Pace::of(100, 0, 10, 79, 5);
        assert_eq!(
            (before.days_gone, before.expected_by_now, before.weeks_left),
            (0, 0, 11)
        );
        assert_eq!(before.needed_per_week, 10);
        let after = Pace::of(100, 90, 10, 79, 90);
        assert_eq!(
            (
                after.days_gone,
                after.expected_by_now,
                after.weeks_left,
                after.needed_per_week
            ),
            (70, 100, 0, 10)
        );
        let reached = Pace::of(100, 120, 10, 79, 40);
        assert_eq!(reached.needed_per_week, 0);
        assert!(reached.on_track());
    }
}
