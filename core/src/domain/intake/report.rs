//! The intake figures of the region's report: conversations held against each campaign's
//! target, invitation outcomes by municipality and target group, and the participation
//! ladder (see [`super::ladder`] for the distribution and the movement).
//!
//! An invitation counts in the period its appointment falls in. Its person's municipality
//! and target groups are those fixed when they joined the campaign, so a later move or
//! birthday does not rewrite a finished campaign's report.

use super::ladder::Movement;
use crate::domain::campaigns::InvitationStatus;
use crate::domain::kinds::TargetGroup;
use crate::wire::campaigns::CampaignLine;
use serde::{Deserialize, Serialize};

/// How many invitations ended how, for one group of people.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct OutcomeCounts {
    pub planned: i64,
    pub held: i64,
    pub moved: i64,
    pub no_show: i64,
    pub exempted: i64,
}

impl OutcomeCounts {
    pub fn add(&mut self, status: InvitationStatus, n: i64) {
        match status {
            InvitationStatus::Planned => self.planned += n,
            InvitationStatus::Held => self.held += n,
            InvitationStatus::Moved => self.moved += n,
            InvitationStatus::NoShow => self.no_show += n,
            InvitationStatus::Exempted => self.exempted += n,
        }
    }

    pub fn total(&self) -> i64 {
        self.planned + self.held + self.moved + self.no_show + self.exempted
    }
}

/// A grouped count of invitations, as the store reads it.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "ssr", derive(sqlx::FromRow))]
pub struct OutcomeRow {
    pub municipality: String,
    #[cfg_attr(feature = "ssr", sqlx(try_from = "crate::sql::Flag"))]
    pub young: bool,
    #[cfg_attr(feature = "ssr", sqlx(try_from = "crate::sql::Flag"))]
    pub over_50: bool,
    #[cfg_attr(feature = "ssr", sqlx(try_from = "crate::sql::Flag"))]
    pub long_term: bool,
    pub status: InvitationStatus,
    pub count: i64,
}

/// The groups a campaign member can be counted in (those the caseload tells).
pub const GROUPS: [TargetGroup; 3] = [
    TargetGroup::Young,
    TargetGroup::Over50,
    TargetGroup::LongTermUnemployed,
];

/// Outcomes per municipality, by name.
pub fn by_municipality(rows: &[OutcomeRow]) -> Vec<(String, OutcomeCounts)> {
    let mut out: std::collections::BTreeMap<String, OutcomeCounts> = Default::default();
    for r in rows {
        out.entry(r.municipality.clone())
            .or_default()
            .add(r.status, r.count);
    }
    out.into_iter().collect()
}

/// Outcomes per target group; someone in two groups counts in both.
pub fn by_group(rows: &[OutcomeRow]) -> Vec<(TargetGroup, OutcomeCounts)> {
    GROUPS
        .iter()
        .map(|g| {
            let mut counts = OutcomeCounts::default();
            for r in rows {
                let member = match g {
                    TargetGroup::Young => r.young,
                    TargetGroup::Over50 => r.over_50,
                    _ => r.long_term,
                };
                if member {
                    counts.add(r.status, r.count);
                }
            }
            (*g, counts)
        })
        .collect()
}

/// Every intake figure for one period.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct IntakeReport {
    /// Campaigns running in the period, with members and conversations held (`seen`).
    pub campaigns: Vec<CampaignLine>,
    /// `YYYY-MM-DD`: for the days each campaign has left.
    pub today: String,
    pub by_municipality: Vec<(String, OutcomeCounts)>,
    pub by_group: Vec<(TargetGroup, OutcomeCounts)>,
    /// People per step (index 0 is step 1), by their latest measurement up to the
    /// period's end.
    pub ladder: [i64; 6],
    pub movement: Movement,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(
        m: &str,
        groups: (bool, bool, bool),
        status: InvitationStatus,
        count: i64,
    ) -> OutcomeRow {
        OutcomeRow {
            municipality: m.into(),
            young: groups.0,
            over_50: groups.1,
            long_term: groups.2,
            status,
            count,
        }
    }

    #[test]
    fn outcomes_are_counted_per_municipality_and_per_group() {
        use InvitationStatus::*;
        let rows = [
            row("Zwolle", (true, false, true), Held, 3),
            row("Zwolle", (false, false, false), NoShow, 2),
            row("Kampen", (false, true, true), Exempted, 1),
            row("Kampen", (false, true, false), Held, 4),
            row("Zwolle", (true, false, false), Moved, 1),
        ];
        let m = by_municipality(&rows);
        assert_eq!(m[0].0, "Kampen");
        assert_eq!((m[0].1.held, m[0].1.exempted, m[0].1.total()), (4, 1, 5));
        assert_eq!((m[1].1.held, m[1].1.no_show, m[1].1.moved), (3, 2, 1));
        let g = by_group(&rows);
        assert_eq!(g[0].0, TargetGroup::Young);
        assert_eq!((g[0].1.held, g[0].1.moved, g[0].1.total()), (3, 1, 4));
        assert_eq!((g[1].1.held, g[1].1.exempted), (4, 1));
        // Long-term: 3 held in Zwolle and 1 exempted in Kampen.
        assert_eq!((g[2].1.held, g[2].1.exempted, g[2].1.total()), (3, 1, 4));
    }
}
