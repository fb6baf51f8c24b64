//! Placements after the hire: the terms the desk records (also for a hire that did not come
//! through a proposal), the outcome when a placement ends, and the retention checkpoints at
//! 1, 3, 6 and 12 months that tell the council whether people stay in work.

use super::dates::{add_months, iso_date};
use super::fields::{end_date, number, optional_date, required_date, ticked};
use super::fields::{CHOOSE_FROM_LIST, END_BEFORE_START};
use super::kinds::{BenefitExit, ContractType, OpeningKind, PlacementOutcome, RetentionSource};
use super::openings::HOURS_RANGE;
use crate::error::{AppError, FieldMessage};
use crate::i18n::T;
use serde::{Deserialize, Serialize};

/// Months after the start at which the desk confirms the person still works.
pub const CHECKPOINT_MONTHS: [i64; 4] = [1, 3, 6, 12];

/// Days a checkpoint may wait for its confirmation before it counts as overdue.
pub const RETENTION_GRACE_DAYS: i64 = 14;

/// The day each checkpoint falls due, for a placement starting on `start`.
pub fn checkpoint_days(start: i64) -> [(i64, i64); 4] {
    CHECKPOINT_MONTHS.map(|m| (m, add_months(start, m)))
}

/// Where a checkpoint stands on a given day.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum CheckpointState {
    /// Not yet due.
    Upcoming,
    /// Due, still within the grace period.
    Due,
    /// Due more than the grace period ago and not confirmed.
    Overdue,
    Confirmed,
}

pub fn checkpoint_state(due: i64, confirmed: bool, today: i64, grace_days: i64) -> CheckpointState {
    if confirmed {
        CheckpointState::Confirmed
    } else if today < due {
        CheckpointState::Upcoming
    } else if today <= due + grace_days {
        CheckpointState::Due
    } else {
        CheckpointState::Overdue
    }
}

impl CheckpointState {
    pub fn label(self) -> T {
        match self {
            CheckpointState::Upcoming => CHECKPOINT_UPCOMING,
            CheckpointState::Due => CHECKPOINT_DUE,
            CheckpointState::Overdue => CHECKPOINT_OVERDUE,
            CheckpointState::Confirmed => CHECKPOINT_CONFIRMED,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            CheckpointState::Upcoming => "upcoming",
            CheckpointState::Due => "due",
            CheckpointState::Overdue => "overdue",
            CheckpointState::Confirmed => "confirmed",
        }
    }
}

crate::messages! { DOMAIN_PLACEMENTS {
    CHECKPOINT_UPCOMING = "Nog niet aan de beurt" / "Not yet due";
    CHECKPOINT_DUE = "Te bevestigen" / "To confirm";
    CHECKPOINT_OVERDUE = "Te laat" / "Overdue";
    CHECKPOINT_CONFIRMED = "Bevestigd" / "Confirmed";
    SROI_RANGE =
        "Vul een bedrag in hele euro's in van 0 tot 10.000.000."
        / "Enter an amount in whole euros from 0 to 10,000,000.";
    REASON_REQUIRED =
        "Schrijf op waarom de plaatsing voortijdig stopte."
        / "Write down why the placement ended early.";
    ENDED_ON_REQUIRED =
        "Vul de datum in waarop de plaatsing eindigde."
        / "Enter the date the placement ended.";
    ENDED_IN_FUTURE =
        "De einddatum ligt in de toekomst; leg de afloop vast als de plaatsing voorbij is."
        / "The end date is in the future; record the outcome once the placement is over.";
    START_TOO_FAR =
        "De startdatum ligt meer dan een jaar van vandaag; controleer het jaartal."
        / "The start date is more than a year from today; check the year.";
    CHOOSE_YES_NO = "Kies ja of nee." / "Choose yes or no.";
}}

/// The terms of a placement as the desk types them.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct PlacementForm {
    pub kind: String,
    pub start_date: String,
    pub planned_end_date: String,
    pub hours: String,
    pub contract_type: String,
    pub wage_subsidy: Option<String>,
    pub sroi_value: String,
    pub benefit_exit: String,
}

/// Checked terms of a placement.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlacementTerms {
    pub kind: OpeningKind,
    pub start_date: String,
    pub planned_end_date: Option<String>,
    pub hours: i64,
    pub contract_type: ContractType,
    pub wage_subsidy: bool,
    pub sroi_value: i64,
    pub benefit_exit: BenefitExit,
}

impl PlacementForm {
    pub fn values(&self) -> Vec<(String, String)> {
        let mut v = vec![
            ("kind".into(), self.kind.clone()),
            ("start_date".into(), self.start_date.clone()),
            ("planned_end_date".into(), self.planned_end_date.clone()),
            ("hours".into(), self.hours.clone()),
            ("contract_type".into(), self.contract_type.clone()),
            ("sroi_value".into(), self.sroi_value.clone()),
            ("benefit_exit".into(), self.benefit_exit.clone()),
        ];
        if ticked(&self.wage_subsidy) {
            v.push(("wage_subsidy".into(), "on".into()));
        }
        v
    }

    pub fn of(terms: &PlacementTerms) -> PlacementForm {
        PlacementForm {
            kind: terms.kind.as_str().into(),
            start_date: terms.start_date.clone(),
            planned_end_date: terms.planned_end_date.clone().unwrap_or_default(),
            hours: terms.hours.to_string(),
            contract_type: terms.contract_type.as_str().into(),
            wage_subsidy: terms.wage_subsidy.then(|| "on".into()),
            sroi_value: terms.sroi_value.to_string(),
            benefit_exit: terms.benefit_exit.as_str().into(),
        }
    }

    /// Checks the terms as of `today`. A start may lie in the past (the desk records
    /// placements afterwards) but not more than a year away either way.
    pub fn parse(&self, today: i64) -> Result<PlacementTerms, AppError> {
        let mut errors = Vec::new();
        let mut put = |field: &str, t: T| errors.push(FieldMessage::new(field, t));
        let kind = OpeningKind::parse(self.kind.trim());
        if kind.is_none() {
            put("kind", CHOOSE_FROM_LIST);
        }
        let start = required_date(&self.start_date)
            .and_then(|d| {
                if (d - today).abs() > 366 {
                    Err(START_TOO_FAR)
                } else {
                    Ok(d)
                }
            })
            .map_err(|t| put("start_date", t))
            .ok();
        let end = end_date(&self.planned_end_date, start)
            .map_err(|t| put("planned_end_date", t))
            .ok();
        let hours = number(&self.hours, 1..=40, HOURS_RANGE)
            .map_err(|t| put("hours", t))
            .ok();
        let contract_type = ContractType::parse(self.contract_type.trim());
        if contract_type.is_none() {
            put("contract_type", CHOOSE_FROM_LIST);
        }
        let sroi = if self.sroi_value.trim().is_empty() {
            Some(0)
        } else {
            number(&self.sroi_value, 0..=10_000_000, SROI_RANGE)
                .map_err(|t| put("sroi_value", t))
                .ok()
        };
        let benefit_exit = BenefitExit::parse(self.benefit_exit.trim());
        if benefit_exit.is_none() {
            put("benefit_exit", CHOOSE_FROM_LIST);
        }
        match (kind, start, end, hours, contract_type, sroi, benefit_exit) {
            (
                Some(kind),
                Some(start),
                Some(end),
                Some(hours),
                Some(contract_type),
                Some(sroi_value),
                Some(benefit_exit),
            ) if errors.is_empty() => Ok(PlacementTerms {
                kind,
                start_date: iso_date(start),
                planned_end_date: end.map(iso_date),
                hours,
                contract_type,
                wage_subsidy: ticked(&self.wage_subsidy),
                sroi_value,
                benefit_exit,
            }),
            _ => Err(AppError::invalid(errors, self.values())),
        }
    }
}

/// How a placement went, as the desk records it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct OutcomeForm {
    pub outcome: String,
    pub ended_on: String,
    pub reason: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Outcome {
    pub outcome: PlacementOutcome,
    /// `None` while the person still works.
    pub ended_on: Option<String>,
    pub reason: Option<String>,
}

impl OutcomeForm {
    pub fn values(&self) -> Vec<(String, String)> {
        vec![
            ("outcome".into(), self.outcome.clone()),
            ("ended_on".into(), self.ended_on.clone()),
            ("reason".into(), self.reason.clone()),
        ]
    }

    /// Checks the outcome of a placement that started on `start`, as of `today`. "Still
    /// working" clears an end; the other outcomes need the day it ended, and "ended early"
    /// the reason.
    pub fn parse(&self, start: i64, today: i64) -> Result<Outcome, AppError> {
        let Some(outcome) = PlacementOutcome::parse(self.outcome.trim()) else {
            return Err(AppError::invalid(
                vec![FieldMessage::new("outcome", CHOOSE_FROM_LIST)],
                self.values(),
            ));
        };
        if outcome == PlacementOutcome::Working {
            return Ok(Outcome {
                outcome,
                ended_on: None,
                reason: None,
            });
        }
        let mut errors = Vec::new();
        let ended = match optional_date(&self.ended_on) {
            Ok(None) => Err(ENDED_ON_REQUIRED),
            Ok(Some(d)) if d < start => Err(END_BEFORE_START),
            Ok(Some(d)) if d > today => Err(ENDED_IN_FUTURE),
            Ok(Some(d)) => Ok(d),
            Err(t) => Err(t),
        }
        .map_err(|t| errors.push(FieldMessage::new("ended_on", t)))
        .ok();
        let reason: String = super::text::lines(&self.reason)
            .chars()
            .take(1000)
            .collect();
        if outcome == PlacementOutcome::EndedEarly && reason.is_empty() {
            errors.push(FieldMessage::new("reason", REASON_REQUIRED));
        }
        match ended {
            Some(d) if errors.is_empty() => Ok(Outcome {
                outcome,
                ended_on: Some(iso_date(d)),
                reason: (!reason.is_empty()).then_some(reason),
            }),
            _ => Err(AppError::invalid(errors, self.values())),
        }
    }
}

/// A checkpoint confirmation: does the person still work, and who says so.
pub fn parse_confirmation(
    still_working: &str,
    source: &str,
) -> Result<(bool, RetentionSource), AppError> {
    let mut errors = Vec::new();
    let working = match still_working.trim() {
        "yes" => Some(true),
        "no" => Some(false),
        _ => {
            errors.push(FieldMessage::new("still_working", CHOOSE_YES_NO));
            None
        }
    };
    let source = RetentionSource::parse(source.trim());
    if source.is_none() {
        errors.push(FieldMessage::new("source", CHOOSE_FROM_LIST));
    }
    match (working, source) {
        (Some(w), Some(s)) => Ok((w, s)),
        _ => Err(AppError::invalid(
            errors,
            vec![
                ("still_working".into(), still_working.into()),
                (
                    "source".into(),
                    source.map(|s| s.as_str()).unwrap_or("").into(),
                ),
            ],
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::dates::parse_iso_date;

    fn d(s: &str) -> i64 {
        parse_iso_date(s).expect("date")
    }

    use crate::domain::fields::named as fields;

    #[test]
    fn checkpoints_fall_on_the_calendar_months_after_the_start() {
        let days: Vec<String> = checkpoint_days(d("2026-01-31"))
            .iter()
            .map(|(_, day)| iso_date(*day))
            .collect();
        assert_eq!(
            days,
            ["2026-02-28", "2026-04-30", "2026-07-31", "2027-01-31"]
        );
    }

    #[test]
    fn a_checkpoint_is_due_on_its_day_and_overdue_after_the_grace_period() {
        let due = d("2026-03-01");
        let state = |today: &str| checkpoint_state(due, false, d(today), 14);
        assert_eq!(state("2026-02-28"), CheckpointState::Upcoming);
        assert_eq!(state("2026-03-01"), CheckpointState::Due);
        assert_eq!(state("2026-03-15"), CheckpointState::Due);
        assert_eq!(state("2026-03-16"), CheckpointState::Overdue);
        assert_eq!(
            checkpoint_state(due, true, d("2027-01-01"), 14),
            CheckpointState::Confirmed
        );
    }

    fn form() -> PlacementForm {
        PlacementForm {
            kind: "job".into(),
            start_date: "2026-11-02".into(),
            planned_end_date: "2027-05-01".into(),
            hours: "24".into(),
            contract_type: "temporary".into(),
            wage_subsidy: Some("on".into()),
            sroi_value: "12500".into(),
            benefit_exit: "partial".into(),
        }
    }

    #[test]
    fn placement_terms_are_checked_field_by_field() {
        let today = d("2026-11-22");
        let t = form().parse(today).expect("valid");
        assert_eq!(t.sroi_value, 12_500);
        assert!(t.wage_subsidy);
        assert_eq!(PlacementForm::of(&t).parse(today), Ok(t));
        let bad = PlacementForm {
            kind: "castle".into(),
            start_date: "2026-11-02".into(),
            planned_end_date: "2026-10-01".into(),
            hours: "60".into(),
            contract_type: String::new(),
            wage_subsidy: None,
            sroi_value: "-3".into(),
            benefit_exit: "maybe".into(),
        };
        assert_eq!(
            fields(bad.parse(today).unwrap_err()),
            [
                "kind",
                "planned_end_date",
                "hours",
                "contract_type",
                "sroi_value",
                "benefit_exit"
            ]
        );
        let far = PlacementForm {
            start_date: "2028-11-02".into(),
            planned_end_date: String::new(),
            ..form()
        };
        assert_eq!(fields(far.parse(today).unwrap_err()), ["start_date"]);
    }

    #[test]
    fn an_outcome_needs_an_end_date_and_ending_early_a_reason() {
        let start = d("2026-06-01");
        let today = d("2026-11-22");
        let early = OutcomeForm {
            outcome: "ended_early".into(),
            ended_on: String::new(),
            reason: " ".into(),
        };
        assert_eq!(
            fields(early.parse(start, today).unwrap_err()),
            ["ended_on", "reason"]
        );
        let future = OutcomeForm {
            outcome: "completed".into(),
            ended_on: "2026-12-01".into(),
            reason: String::new(),
        };
        assert_eq!(
            fields(future.parse(start, today).unwrap_err()),
            ["ended_on"]
        );
        let done = OutcomeForm {
            outcome: "ended_early".into(),
            ended_on: "2026-10-01".into(),
            reason: "Vervoer lukte niet".into(),
        }
        .parse(start, today)
        .expect("valid");
        assert_eq!(done.ended_on.as_deref(), Some("2026-10-01"));
        let working = OutcomeForm {
            outcome: "working".into(),
            ended_on: "2026-10-01".into(),
            reason: "x".into(),
        }
        .parse(start, today)
        .expect("valid");
        assert_eq!(working.ended_on, None);
    }

    #[test]
    fn a_confirmation_says_yes_or_no_and_who_said_so() {
        assert_eq!(
            parse_confirmation("yes", "employer"),
            Ok((true, RetentionSource::Employer))
        );
        assert_eq!(
            fields(parse_confirmation("", "rumour").unwrap_err()),
            ["still_working", "source"]
        );
    }
}
