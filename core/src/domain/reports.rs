//! The figures of the reports, as plain functions over the rows the store reads for a
//! period: placements against the target month by month, counts by group, the proposal
//! funnel, medians, retention, buddy activity, social return and the estimate of
//! assistance saved. No I/O: tests feed hand-made rows and compare with numbers worked out
//! by hand.

use super::dates::{civil_from_days, days_from_civil, days_in_month, iso_date, parse_iso_date};
use super::kinds::BenefitExit;
use crate::error::{AppError, FieldMessage};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Days `from..=to`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Period {
    pub from: i64,
    pub to: i64,
}

crate::messages! { DOMAIN_REPORTS {
    PERIOD_ORDER =
        "De einddatum ligt voor de begindatum."
        / "The end date is before the start date.";
    PERIOD_TOO_LONG =
        "Kies een periode van hoogstens vijf jaar."
        / "Choose a period of at most five years.";
    BAD_PERIOD_DATE =
        "Vul een bestaande datum in, zoals 2026-01-01."
        / "Enter a real date, such as 2026-01-01.";
}}

impl Period {
    /// 1 January to 31 December of `year`.
    pub fn year(year: i64) -> Period {
        Period {
            from: days_from_civil(year, 1, 1),
            to: days_from_civil(year, 12, 31),
        }
    }

    /// The period a reader asked for; empty fields mean this year (of `today`).
    pub fn parse(from: &str, to: &str, today: i64) -> Result<Period, AppError> {
        let this_year = Period::year(civil_from_days(today).0);
        let read = |text: &str, field: &str, default: i64| {
            if text.trim().is_empty() {
                Ok(default)
            } else {
                parse_iso_date(text).ok_or_else(|| FieldMessage::new(field, BAD_PERIOD_DATE))
            }
        };
        let mut errors = Vec::new();
        let start = read(from, "van", this_year.from)
            .map_err(|e| errors.push(e))
            .ok();
        let end = read(to, "tot", this_year.to)
            .map_err(|e| errors.push(e))
            .ok();
        if let (Some(s), Some(e)) = (start, end) {
            if e < s {
                errors.push(FieldMessage::new("tot", PERIOD_ORDER));
            } else if e - s > 5 * 366 {
                errors.push(FieldMessage::new("tot", PERIOD_TOO_LONG));
            }
        }
        match (start, end) {
            (Some(from), Some(to)) if errors.is_empty() => Ok(Period { from, to }),
            _ => Err(AppError::invalid(
                errors,
                vec![("van".into(), from.into()), ("tot".into(), to.into())],
            )),
        }
    }

    pub fn contains(&self, day: i64) -> bool {
        (self.from..=self.to).contains(&day)
    }

    pub fn from_iso(&self) -> String {
        iso_date(self.from)
    }

    pub fn to_iso(&self) -> String {
        iso_date(self.to)
    }

    /// The calendar months the period touches, as (year, month).
    pub fn months(&self) -> Vec<(i64, u32)> {
        let (mut y, mut m, _) = civil_from_days(self.from);
        let (ty, tm, _) = civil_from_days(self.to);
        let mut out = Vec::new();
        while (y, m) <= (ty, tm) {
            out.push((y, m));
            if m == 12 {
                y += 1;
                m = 1;
            } else {
                m += 1;
            }
        }
        out
    }
}

/// One month of placements against the target.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MonthLine {
    /// `YYYY-MM`.
    pub month: String,
    pub placed: i64,
    pub cumulative: i64,
    /// Where the cumulative count should be by the end of the month to reach the annual
    /// target (an even pace: a twelfth a month).
    pub target: i64,
}

/// Placements per month of the period (by start day), cumulative, and the target line.
pub fn against_target(starts: &[i64], period: &Period, annual_target: i64) -> Vec<MonthLine> {
    let mut cumulative = 0;
    period
        .months()
        .into_iter()
        .enumerate()
        .map(|(i, (y, m))| {
            let first = days_from_civil(y, m, 1);
            let last = days_from_civil(y, m, days_in_month(y, m));
            let placed = starts
                .iter()
                .filter(|d| **d >= first.max(period.from) && **d <= last.min(period.to))
                .count() as i64;
            cumulative += placed;
            MonthLine {
                month: format!("{y:04}-{m:02}"),
                placed,
                cumulative,
                target: (annual_target * (i as i64 + 1) + 6) / 12,
            }
        })
        .collect()
}

/// How often each key occurs, the most frequent first (ties by key).
pub fn count_by<K: Ord + Clone>(keys: impl IntoIterator<Item = K>) -> Vec<(K, i64)> {
    let mut counts: BTreeMap<K, i64> = BTreeMap::new();
    for k in keys {
        *counts.entry(k).or_insert(0) += 1;
    }
    let mut out: Vec<(K, i64)> = counts.into_iter().collect();
    out.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    out
}

/// `part` of `whole` in whole percents (rounded half up), `None` of nothing.
pub fn percent(part: i64, whole: i64) -> Option<i64> {
    (whole > 0).then(|| (part * 200 + whole) / (2 * whole))
}

/// The stages of the funnel, in order; a proposal reached a stage when its history holds
/// that stage or a later one.
pub const FUNNEL: [&str; 4] = ["proposed", "seen", "interview", "hired"];
const LATER: [&[&str]; 4] = [
    &["proposed", "seen", "interview", "trial", "hired"],
    &["seen", "interview", "trial", "hired"],
    &["interview", "trial", "hired"],
    &["hired"],
];

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FunnelStep {
    pub stage: String,
    pub count: i64,
    /// Of the previous stage, in percent.
    pub conversion: Option<i64>,
}

/// The funnel of the proposals made in the period; `histories` holds the statuses each
/// proposal went through.
pub fn funnel(histories: &[Vec<String>]) -> Vec<FunnelStep> {
    let mut previous: Option<i64> = None;
    FUNNEL
        .iter()
        .zip(LATER)
        .map(|(stage, later)| {
            let count = histories
                .iter()
                .filter(|h| h.iter().any(|s| later.contains(&s.as_str())))
                .count() as i64;
            let step = FunnelStep {
                stage: stage.to_string(),
                count,
                conversion: previous.and_then(|p| percent(count, p)),
            };
            previous = Some(count);
            step
        })
        .collect()
}

/// The median of whole numbers, halves kept (`None` of nothing).
pub fn median(values: &[i64]) -> Option<f64> {
    if values.is_empty() {
        return None;
    }
    let mut v = values.to_vec();
    v.sort_unstable();
    let mid = v.len() / 2;
    Some(if v.len() % 2 == 1 {
        v[mid] as f64
    } else {
        (v[mid - 1] + v[mid]) as f64 / 2.0
    })
}

/// Whether people still work at a checkpoint.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RetentionLine {
    pub months: i64,
    /// Checkpoints that fell due in the period.
    pub due: i64,
    pub confirmed: i64,
    pub still_working: i64,
    /// Still working of the confirmed, in percent.
    pub percent: Option<i64>,
}

/// Retention at 3, 6 and 12 months from the checkpoints due in the period:
/// (months, answer: `None` while unconfirmed, else still working).
pub fn retention(checks: &[(i64, Option<bool>)]) -> Vec<RetentionLine> {
    [3, 6, 12]
        .into_iter()
        .map(|months| {
            let of: Vec<Option<bool>> = checks
                .iter()
                .filter(|c| c.0 == months)
                .map(|c| c.1)
                .collect();
            let confirmed = of.iter().filter(|a| a.is_some()).count() as i64;
            let still = of.iter().filter(|a| **a == Some(true)).count() as i64;
            RetentionLine {
                months,
                due: of.len() as i64,
                confirmed,
                still_working: still,
                percent: percent(still, confirmed),
            }
        })
        .collect()
}

/// Days in an average month (365.25 / 12).
pub const DAYS_PER_MONTH: f64 = 30.4375;

/// A placement as the savings estimate reads it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OffBenefits {
    pub start: i64,
    /// The last working day, when it ended.
    pub ended: Option<i64>,
    pub exit: BenefitExit,
}

/// Months off assistance within the period: the days worked in it, as months, counted in
/// full for someone fully off benefits and half for someone partly off.
pub fn months_off(p: &OffBenefits, period: &Period) -> f64 {
    let share = match p.exit {
        BenefitExit::Full => 1.0,
        BenefitExit::Partial => 0.5,
        BenefitExit::NotYet => 0.0,
    };
    let first = p.start.max(period.from);
    let last = p.ended.unwrap_or(period.to).min(period.to);
    if last < first {
        return 0.0;
    }
    share * (last - first + 1) as f64 / DAYS_PER_MONTH
}

/// The estimate of assistance saved: months off assistance times the monthly norm amount
/// (whole euros). An estimate: it assumes everyone placed would otherwise have received
/// the full norm.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Savings {
    pub months: f64,
    pub norm: i64,
    pub euros: i64,
}

pub fn savings(placements: &[OffBenefits], period: &Period, monthly_norm: i64) -> Savings {
    let months: f64 = placements.iter().map(|p| months_off(p, period)).sum();
    Savings {
        months,
        norm: monthly_norm,
        euros: (months * monthly_norm as f64).round() as i64,
    }
}

/// What the buddies did in the period.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct BuddyActivity {
    pub checkins: i64,
    pub buddies_active: i64,
    pub pairings_running: i64,
    pub pairings_with_checkin: i64,
    pub flags_raised: i64,
    pub flags_handled: i64,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> i64 {
        parse_iso_date(s).expect("date")
    }

    #[test]
    fn the_period_defaults_to_this_year_and_is_checked() {
        let today = d("2026-11-22");
        let p = Period::parse("", "", today).expect("default");
        assert_eq!(
            (p.from_iso(), p.to_iso()),
            ("2026-01-01".into(), "2026-12-31".into())
        );
        assert_eq!(p.months().len(), 12);
        let q = Period::parse("2026-03-15", "2026-05-02", today).expect("valid");
        assert_eq!(q.months(), [(2026, 3), (2026, 4), (2026, 5)]);
        assert_eq!(
            crate::domain::fields::named(
                Period::parse("2026-05-01", "2026-04-01", today).unwrap_err()
            ),
            ["tot"]
        );
        assert_eq!(
            crate::domain::fields::named(Period::parse("2026-02-30", "x", today).unwrap_err()),
            ["van", "tot"]
        );
        assert_eq!(
            crate::domain::fields::named(
                Period::parse("2010-01-01", "2026-01-01", today).unwrap_err()
            ),
            ["tot"]
        );
    }

    #[test]
    fn placements_against_a_target_of_120_a_year() {
        // Worked out by hand: January 3, February 0, March 12; the line needs 10 a month.
        let mut starts = vec![d("2026-01-05"), d("2026-01-31"), d("2026-01-01")];
        starts.extend((1..=12).map(|day| d(&format!("2026-03-{day:02}"))));
        starts.push(d("2025-12-31")); // outside the period
        let p = Period::parse("2026-01-01", "2026-03-31", d("2026-06-01")).unwrap();
        let lines = against_target(&starts, &p, 120);
        let got: Vec<(&str, i64, i64, i64)> = lines
            .iter()
            .map(|l| (l.month.as_str(), l.placed, l.cumulative, l.target))
            .collect();
        assert_eq!(
            got,
            [
                ("2026-01", 3, 3, 10),
                ("2026-02", 0, 3, 20),
                ("2026-03", 12, 15, 30)
            ]
        );
        // A target that does not divide by twelve rounds to the nearest whole placement.
        let odd = against_target(&[], &Period::year(2026), 500);
        assert_eq!(odd[0].target, 42);
        assert_eq!(odd[11].target, 500);
    }

    #[test]
    fn counts_put_the_most_frequent_first() {
        assert_eq!(
            count_by([
                "job",
                "learning_place",
                "job",
                "traineeship",
                "job",
                "learning_place"
            ]),
            [("job", 3), ("learning_place", 2), ("traineeship", 1)]
        );
    }

    #[test]
    fn the_funnel_of_ten_proposals() {
        let h = |s: &[&str]| s.iter().map(|x| x.to_string()).collect::<Vec<_>>();
        let mut histories = vec![
            h(&["proposed"]),
            h(&["proposed", "withdrawn"]),
            h(&["proposed", "seen"]),
            h(&["proposed", "seen", "declined"]),
            h(&["proposed", "seen", "declined"]),
            h(&["proposed", "seen", "interview", "declined"]),
            h(&["proposed", "seen", "interview"]),
            h(&["proposed", "seen", "interview", "trial", "hired"]),
            h(&["proposed", "seen", "interview", "hired"]),
        ];
        // The desk proposed on the employer's behalf and the employer hired at once.
        histories.push(h(&["proposed", "hired"]));
        let f = funnel(&histories);
        let got: Vec<(&str, i64, Option<i64>)> = f
            .iter()
            .map(|s| (s.stage.as_str(), s.count, s.conversion))
            .collect();
        // By hand: 10 proposed; 8 seen (80 %); 5 got as far as an interview, counting the
        // direct hire, which passed every stage before it (5 of 8 = 63 %); 3 hired (60 %).
        assert_eq!(
            got,
            [
                ("proposed", 10, None),
                ("seen", 8, Some(80)),
                ("interview", 5, Some(63)),
                ("hired", 3, Some(60))
            ]
        );
        assert_eq!(percent(1, 3), Some(33));
        assert_eq!(percent(2, 3), Some(67));
        assert_eq!(percent(1, 0), None);
    }

    #[test]
    fn the_default_targets_add_up_to_the_design() {
        // The default targets add up to the 500 extra placements a year of the design.
        let total: i64 = crate::domain::settings::TARGETS
            .iter()
            .map(|t| t.default)
            .sum();
        assert_eq!(total, 500);
    }

    #[test]
    fn medians_of_odd_and_even_counts() {
        assert_eq!(median(&[40, 10, 30]), Some(30.0));
        assert_eq!(median(&[40, 10, 30, 15]), Some(22.5));
        assert_eq!(median(&[]), None);
    }

    #[test]
    fn retention_counts_the_confirmed_checkpoints() {
        let checks = [
            (3, Some(true)),
            (3, Some(true)),
            (3, Some(false)),
            (3, None),
            (6, Some(true)),
            (6, Some(false)),
            (1, Some(true)),
        ];
        let r = retention(&checks);
        let got: Vec<(i64, i64, i64, i64, Option<i64>)> = r
            .iter()
            .map(|l| (l.months, l.due, l.confirmed, l.still_working, l.percent))
            .collect();
        // By hand: at 3 months 2 of the 3 confirmed still work (67 %), one not confirmed yet;
        // at 6 months 1 of 2 (50 %); none due at 12.
        assert_eq!(
            got,
            [
                (3, 4, 3, 2, Some(67)),
                (6, 2, 2, 1, Some(50)),
                (12, 0, 0, 0, None)
            ]
        );
    }

    #[test]
    fn savings_count_days_off_assistance_as_months_times_the_norm() {
        let p = Period::year(2026);
        let rows = [
            // Fully off from 1 March to the end of the year: 306 days.
            OffBenefits {
                start: d("2026-03-01"),
                ended: None,
                exit: BenefitExit::Full,
            },
            // Partly off, 1–30 April: 30 days at half.
            OffBenefits {
                start: d("2026-04-01"),
                ended: Some(d("2026-04-30")),
                exit: BenefitExit::Partial,
            },
            // Started last year, fully off: counts from 1 January, 31 days in January.
            OffBenefits {
                start: d("2025-10-01"),
                ended: Some(d("2026-01-31")),
                exit: BenefitExit::Full,
            },
            // Not off benefits: nothing.
            OffBenefits {
                start: d("2026-01-01"),
                ended: None,
                exit: BenefitExit::NotYet,
            },
        ];
        // By hand: (306 + 15 + 31) days = 352 days = 352 / 30.4375 = 11.5647 months;
        // × € 1,300 = € 15,034.
        let s = savings(&rows, &p, 1300);
        assert!((s.months - 11.5647).abs() < 0.0001, "{}", s.months);
        assert_eq!(s.euros, 15_034);
    }
}
