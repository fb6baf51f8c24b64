//! The participation ladder (participatieladder): six steps from isolated to paid work, the
//! scale Dutch municipalities report on. A measurement records the step someone stands on
//! and the growth potential — the highest step the consultant thinks they can reach within
//! a year, never below the step of now. Measured at the intake and again at least twice a
//! year ([`MEASURE_EVERY_DAYS`]); every measurement is kept, so movement can be shown.

use super::super::fields::{required_date, TOO_LONG};
use crate::error::{AppError, FieldMessage};
use crate::i18n::T;
use serde::{Deserialize, Serialize};

crate::messages! { LADDER_STEPS {
    STEP_1 = "1 – geïsoleerd" / "1 – isolated";
    STEP_2 = "2 – sociale contacten buiten de deur" / "2 – social contacts outside the home";
    STEP_3 = "3 – deelname aan georganiseerde activiteiten" / "3 – taking part in organised activities";
    STEP_4 = "4 – onbetaald werk" / "4 – unpaid work";
    STEP_5 = "5 – betaald werk met ondersteuning" / "5 – paid work with support";
    STEP_6 = "6 – betaald werk" / "6 – paid work";
}}

crate::messages! { DOMAIN_LADDER {
    CHOOSE_STEP =
        "Kies de trede waarop de persoon nu staat (1 tot en met 6)."
        / "Choose the step the person stands on now (1 to 6).";
    CHOOSE_POTENTIAL =
        "Kies de hoogste trede die binnen een jaar haalbaar is (1 tot en met 6)."
        / "Choose the highest step within reach in a year (1 to 6).";
    POTENTIAL_BELOW_STEP =
        "Het groeiperspectief ligt niet lager dan de trede van nu."
        / "The growth potential is not below the step of now.";
    MEASURED_IN_FUTURE =
        "De datum van de meting ligt in de toekomst."
        / "The date of the measurement is in the future.";
}}

/// The lowest and highest step.
pub const STEPS: std::ops::RangeInclusive<i64> = 1..=6;

/// At least twice a year: a measurement is due this many days after the last one.
pub const MEASURE_EVERY_DAYS: i64 = 182;

/// The label of a step (`1`–`6`); anything else reads as the lowest.
pub fn step_label(step: i64) -> T {
    match step {
        2 => STEP_2,
        3 => STEP_3,
        4 => STEP_4,
        5 => STEP_5,
        6 => STEP_6,
        _ => STEP_1,
    }
}

/// The steps as options of a select: code and label.
pub fn step_options() -> Vec<(&'static str, T)> {
    ["1", "2", "3", "4", "5", "6"]
        .into_iter()
        .zip(1..)
        .map(|(code, step)| (code, step_label(step)))
        .collect()
}

/// A measurement as checked: the step, the growth potential and a note.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LadderEntry {
    pub step: i64,
    pub potential: i64,
    pub note: String,
}

fn step_of(text: &str) -> Option<i64> {
    text.trim()
        .parse::<i64>()
        .ok()
        .filter(|s| STEPS.contains(s))
}

/// Checks a step, a potential and a note under the field names given (the intake form
/// and the measurement form name them differently). Adds a message per bad field.
pub fn check_entry(
    (step_field, step): (&str, &str),
    (potential_field, potential): (&str, &str),
    (note_field, note): (&str, &str),
    errors: &mut Vec<FieldMessage>,
) -> Option<LadderEntry> {
    let step = step_of(step);
    if step.is_none() {
        errors.push(FieldMessage::new(step_field, CHOOSE_STEP));
    }
    let potential = step_of(potential);
    match (step, potential) {
        (_, None) => errors.push(FieldMessage::new(potential_field, CHOOSE_POTENTIAL)),
        (Some(s), Some(p)) if p < s => {
            errors.push(FieldMessage::new(potential_field, POTENTIAL_BELOW_STEP))
        }
        _ => {}
    }
    let note = super::super::text::lines(note);
    if note.chars().count() > 1000 {
        errors.push(FieldMessage::new(note_field, TOO_LONG));
    }
    match (step, potential) {
        (Some(step), Some(potential)) if potential >= step && note.chars().count() <= 1000 => {
            Some(LadderEntry {
                step,
                potential,
                note,
            })
        }
        _ => None,
    }
}

/// A later measurement, as typed on the candidate's page.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct LadderForm {
    pub measured_on: String,
    pub step: String,
    pub potential: String,
    pub note: String,
}

impl LadderForm {
    pub fn values(&self) -> Vec<(String, String)> {
        [
            ("measured_on", &self.measured_on),
            ("step", &self.step),
            ("potential", &self.potential),
            ("note", &self.note),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_string(), v.clone()))
        .collect()
    }

    /// The day measured (a day number, not after `today`) and the entry.
    pub fn parse(&self, today: i64) -> Result<(i64, LadderEntry), AppError> {
        let mut errors = Vec::new();
        let day = match required_date(&self.measured_on) {
            Ok(d) if d > today => {
                errors.push(FieldMessage::new("measured_on", MEASURED_IN_FUTURE));
                None
            }
            Ok(d) => Some(d),
            Err(t) => {
                errors.push(FieldMessage::new("measured_on", t));
                None
            }
        };
        let entry = check_entry(
            ("step", &self.step),
            ("potential", &self.potential),
            ("note", &self.note),
            &mut errors,
        );
        match (day, entry) {
            (Some(day), Some(entry)) if errors.is_empty() => Ok((day, entry)),
            _ => Err(AppError::invalid(errors, self.values())),
        }
    }
}

/// The day the next measurement is due, after one on `last` (day numbers).
pub fn due_on(last: i64) -> i64 {
    last + MEASURE_EVERY_DAYS
}

/// Is a measurement due on `today`, the last one having been on `last`?
pub fn is_due(last: i64, today: i64) -> bool {
    due_on(last) <= today
}

/// How many people stand on each step (index 0 is step 1); steps outside 1–6 are not
/// counted.
pub fn distribution(steps: impl IntoIterator<Item = i64>) -> [i64; 6] {
    let mut counts = [0; 6];
    for step in steps {
        if STEPS.contains(&step) {
            counts[(step - 1) as usize] += 1;
        }
    }
    counts
}

/// One measurement of one person, for the movement: who, which day, which step.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Measured {
    pub person: i64,
    pub day: i64,
    pub step: i64,
}

/// Movement between measurements: for each person measured at least twice in the period,
/// their first step in it against their last. `from_to[a][b]` counts people who went from
/// step `a + 1` to step `b + 1`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Movement {
    pub from_to: [[i64; 6]; 6],
    pub up: i64,
    pub same: i64,
    pub down: i64,
}

impl Movement {
    pub fn people(&self) -> i64 {
        self.up + self.same + self.down
    }

    /// The movement of people counted by their first and last step, `(from, to, people)`
    /// — as the database groups them (a step outside 1–6 is left out).
    pub fn from_pairs(pairs: &[(i64, i64, i64)]) -> Movement {
        let mut out = Movement::default();
        for &(first, last, people) in pairs {
            if !STEPS.contains(&first) || !STEPS.contains(&last) {
                continue;
            }
            out.from_to[(first - 1) as usize][(last - 1) as usize] += people;
            match last.cmp(&first) {
                std::cmp::Ordering::Greater => out.up += people,
                std::cmp::Ordering::Equal => out.same += people,
                std::cmp::Ordering::Less => out.down += people,
            }
        }
        out
    }
}

/// The movement of everyone measured at least twice between `from` and `to` (day numbers,
/// both included). Measurements on one day are taken in the order given.
pub fn movement(measured: &[Measured], from: i64, to: i64) -> Movement {
    let mut in_period: Vec<&Measured> = measured
        .iter()
        .filter(|m| (from..=to).contains(&m.day) && STEPS.contains(&m.step))
        .collect();
    // Stable: the order given decides between measurements of one day.
    in_period.sort_by_key(|m| (m.person, m.day));
    let mut pairs = Vec::new();
    let mut i = 0;
    while i < in_period.len() {
        let person = in_period[i].person;
        let mut j = i;
        while j + 1 < in_period.len() && in_period[j + 1].person == person {
            j += 1;
        }
        if j > i {
            pairs.push((in_period[i].step, in_period[j].step, 1));
        }
        i = j + 1;
    }
    Movement::from_pairs(&pairs)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::dates::parse_iso_date;

    fn day(s: &str) -> i64 {
        parse_iso_date(s).unwrap()
    }

    #[test]
    fn a_measurement_needs_a_step_and_a_potential_not_below_it() {
        let today = day("2026-12-04");
        let form = LadderForm {
            measured_on: "2026-12-01".into(),
            step: "3".into(),
            potential: "5".into(),
            note: " goes to the\r\nneighbourhood centre ".into(),
        };
        let (d, e) = form.parse(today).unwrap();
        assert_eq!(d, day("2026-12-01"));
        assert_eq!((e.step, e.potential), (3, 5));
        assert_eq!(e.note, "goes to the\nneighbourhood centre");

        let below = LadderForm {
            potential: "2".into(),
            ..form.clone()
        };
        assert_eq!(
            crate::domain::fields::named(below.parse(today).unwrap_err()),
            ["potential"]
        );
        let odd = LadderForm {
            measured_on: "2026-12-05".into(),
            step: "7".into(),
            potential: "drie".into(),
            note: "x".repeat(1001),
        };
        assert_eq!(
            crate::domain::fields::named(odd.parse(today).unwrap_err()),
            ["measured_on", "step", "potential", "note"]
        );
        // A step of 6 with potential 6 is fine: paid work, as far as it goes.
        let top = LadderForm {
            step: "6".into(),
            potential: "6".into(),
            ..form
        };
        assert!(top.parse(today).is_ok());
    }

    #[test]
    fn the_next_measurement_is_due_half_a_year_later() {
        let last = day("2026-06-01");
        assert_eq!(due_on(last), day("2026-11-30"));
        assert!(!is_due(last, day("2026-11-29")));
        assert!(is_due(last, day("2026-11-30")));
    }

    #[test]
    fn distribution_counts_each_step() {
        assert_eq!(distribution([1, 3, 3, 6, 0, 7, 2]), [1, 1, 2, 0, 0, 1]);
    }

    #[test]
    fn movement_compares_first_and_last_in_the_period() {
        let m = |person, d: &str, step| Measured {
            person,
            day: day(d),
            step,
        };
        let measured = [
            // 1: 2 → 3 → 4 in the year: up, counted once as 2 → 4.
            m(1, "2026-01-10", 2),
            m(1, "2026-06-10", 3),
            m(1, "2026-11-10", 4),
            // 2: 4 → 4.
            m(2, "2026-03-01", 4),
            m(2, "2026-09-01", 4),
            // 3: 5 → 3, down.
            m(3, "2026-02-01", 5),
            m(3, "2026-08-01", 3),
            // 4: measured once in the period: not counted.
            m(4, "2025-06-01", 1),
            m(4, "2026-02-01", 2),
            // 5: the same day twice, the order given decides: 1 then 2.
            m(5, "2026-05-05", 1),
            m(5, "2026-05-05", 2),
        ];
        let got = movement(&measured, day("2026-01-01"), day("2026-12-31"));
        assert_eq!((got.up, got.same, got.down), (2, 1, 1));
        assert_eq!(got.people(), 4);
        assert_eq!(got.from_to[1][3], 1);
        assert_eq!(got.from_to[3][3], 1);
        assert_eq!(got.from_to[4][2], 1);
        assert_eq!(got.from_to[0][1], 1);
        let total: i64 = got.from_to.iter().flatten().sum();
        assert_eq!(total, 4);
        // A shorter period: person 1 only measured twice in it.
        let half = movement(&measured, day("2026-06-01"), day("2026-12-31"));
        assert_eq!(half.from_to[2][3], 1);
        assert_eq!(half.people(), 1);
    }

    #[test]
    fn movement_from_grouped_pairs_adds_up_the_same() {
        let got = Movement::from_pairs(&[(2, 4, 3), (4, 4, 2), (5, 3, 1), (0, 2, 9), (3, 7, 9)]);
        assert_eq!(
            (got.up, got.same, got.down),
            (3, 2, 1),
            "steps outside 1–6 left out"
        );
        assert_eq!(got.from_to[1][3], 3);
        assert_eq!(got.from_to.iter().flatten().sum::<i64>(), 6);
    }
}
