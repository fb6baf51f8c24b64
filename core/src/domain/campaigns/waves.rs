//! A wave: a batch of invitations with appointments, spread over working days, the times of
//! day and the consultants taking part. Who goes first: the longest on assistance, then by
//! client number, so a plan is the same whoever makes it.

use crate::domain::dates::iso_date;
use crate::domain::fields::{number, required_date, required_text};
use crate::domain::proposals::parse_time;
use crate::error::{AppError, FieldMessage};
use crate::i18n::T;
use serde::{Deserialize, Serialize};

crate::messages! { DOMAIN_WAVES {
    FIRST_DAY_PAST = "De eerste dag ligt in het verleden." / "The first day is in the past.";
    OUTSIDE_PERIOD =
        "Deze dagen vallen buiten de periode van de campagne."
        / "These days fall outside the campaign's period.";
    DAYS_RANGE = "Vul een aantal werkdagen in van 1 tot 60." / "Enter a number of working days from 1 to 60.";
    TIME_FORMAT = "Vul een tijd in zoals 09:00." / "Enter a time such as 09:00.";
    END_NOT_AFTER_START = "De eindtijd ligt niet na de begintijd." / "The end time is not after the start time.";
    SLOT_RANGE =
        "Vul de duur van een gesprek in minuten in, van 15 tot 120."
        / "Enter the length of a conversation in minutes, from 15 to 120.";
    PEOPLE_RANGE =
        "Vul het aantal uit te nodigen mensen in, van 1 tot 2.000."
        / "Enter the number of people to invite, from 1 to 2,000.";
    NOT_ENOUGH_SLOTS =
        "In deze dagen passen {slots} gesprekken: kies meer dagen, meer consulenten of minder mensen."
        / "{slots} conversations fit in these days: choose more days, more consultants or fewer people.";
    NOBODY_LEFT = "Iedereen in de campagne is al uitgenodigd." / "Everyone in the campaign has been invited already.";
    WAVE_TAKEN =
        "Een collega heeft zojuist een golf gepland voor deze campagne. Bekijk die eerst; plan daarna zo nodig opnieuw."
        / "A colleague has just planned a wave for this campaign. Look at it first; then plan again if needed.";
    NO_CONSULTANT =
        "Geen van de consulenten van deze campagne werkt nog bij het servicepunt."
        / "None of this campaign's consultants still works at the desk.";
}}

/// A wave as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct WaveForm {
    pub first_day: String,
    pub days: String,
    pub start_time: String,
    pub end_time: String,
    pub slot_minutes: String,
    pub place: String,
    pub people: String,
    /// The number the wave will get, as the page showing the form knew it (hidden): a
    /// second post of the same form finds that wave made and plans nothing more.
    pub number: String,
}

/// A checked wave.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct WavePlan {
    pub first_day: i64,
    /// Working days (Monday to Friday).
    pub days: i64,
    /// Minutes after midnight.
    pub start: i64,
    pub end: i64,
    pub slot: i64,
    pub place: String,
    pub people: i64,
    /// The number the form expected the wave to get; `None` when it did not say.
    pub number: Option<i64>,
}

/// One appointment of a wave.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Slot {
    pub day: i64,
    /// Minutes after midnight.
    pub minutes: i64,
    pub consultant: i64,
}

/// An appointment a consultant has already: no other may overlap it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Booking {
    pub consultant: i64,
    pub day: i64,
    /// Minutes after midnight, and how long.
    pub start: i64,
    pub minutes: i64,
}

impl Booking {
    /// Whether this booking leaves `consultant` no room for `minutes` from `start` on `day`.
    pub fn clashes(&self, consultant: i64, day: i64, start: i64, minutes: i64) -> bool {
        self.consultant == consultant
            && self.day == day
            && self.start < start + minutes
            && start < self.start + self.minutes
    }
}

/// Monday 0 … Sunday 6 (day 0, 1970-01-01, was a Thursday).
pub fn weekday(day: i64) -> i64 {
    (day + 3).rem_euclid(7)
}

fn minutes(text: &str) -> Result<i64, T> {
    clock_minutes(text).ok_or(TIME_FORMAT)
}

/// Minutes after midnight of a time of day as typed or stored (`9:05`, `09:05`).
pub fn clock_minutes(text: &str) -> Option<i64> {
    let t = parse_time(text)?;
    let (h, m) = t.split_once(':')?;
    Some(h.parse::<i64>().ok()? * 60 + m.parse::<i64>().ok()?)
}

/// The working days of a wave from `first`, `count` of them.
pub fn working_days(first: i64, count: i64) -> Vec<i64> {
    (first..)
        .filter(|d| weekday(*d) < 5)
        .take(count.max(0) as usize)
        .collect()
}

impl WaveForm {
    pub fn values(&self) -> Vec<(String, String)> {
        [
            ("first_day", &self.first_day),
            ("days", &self.days),
            ("start_time", &self.start_time),
            ("end_time", &self.end_time),
            ("slot_minutes", &self.slot_minutes),
            ("place", &self.place),
            ("people", &self.people),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_string(), v.clone()))
        .collect()
    }

    /// Checks the wave as of `today`, within the campaign's period (`period`, day numbers).
    pub fn parse(&self, today: i64, period: (i64, i64)) -> Result<WavePlan, AppError> {
        let mut errors = Vec::new();
        let mut fail = |field: &str, t: T| errors.push(FieldMessage::new(field, t));
        let first = required_date(&self.first_day)
            .map_err(|t| fail("first_day", t))
            .ok();
        let days = number(&self.days, 1..=60, DAYS_RANGE)
            .map_err(|t| fail("days", t))
            .ok();
        if let Some(f) = first {
            if f < today {
                fail("first_day", FIRST_DAY_PAST);
            } else if let Some(d) = days {
                let span = working_days(f, d);
                if f < period.0 || span.last().is_some_and(|l| *l > period.1) {
                    fail("first_day", OUTSIDE_PERIOD);
                }
            }
        }
        let start = minutes(&self.start_time)
            .map_err(|t| fail("start_time", t))
            .ok();
        let end = minutes(&self.end_time)
            .map_err(|t| fail("end_time", t))
            .ok();
        if let (Some(s), Some(e)) = (start, end) {
            if e <= s {
                fail("end_time", END_NOT_AFTER_START);
            }
        }
        let slot = number(&self.slot_minutes, 15..=120, SLOT_RANGE)
            .map_err(|t| fail("slot_minutes", t))
            .ok();
        let place = required_text(&self.place, 200)
            .map_err(|t| fail("place", t))
            .ok();
        let people = number(&self.people, 1..=2000, PEOPLE_RANGE)
            .map_err(|t| fail("people", t))
            .ok();
        match (first, days, start, end, slot, place, people) {
            (
                Some(first_day),
                Some(days),
                Some(start),
                Some(end),
                Some(slot),
                Some(place),
                Some(people),
            ) if errors.is_empty() => Ok(WavePlan {
                first_day,
                days,
                start,
                end,
                slot,
                place,
                people,
                number: self.number.trim().parse().ok().filter(|n| *n > 0),
            }),
            _ => Err(AppError::invalid(errors, self.values())),
        }
    }
}

impl WavePlan {
    /// The first day as `YYYY-MM-DD`.
    pub fn first_day_iso(&self) -> String {
        iso_date(self.first_day)
    }

    /// The appointments of this wave for `consultants`, in order (day, time, consultant),
    /// leaving out the times that overlap one a consultant already has (`taken`); at most
    /// `wanted`.
    pub fn slots(&self, consultants: &[i64], taken: &[Booking], wanted: usize) -> Vec<Slot> {
        let mut out = Vec::with_capacity(wanted);
        for day in working_days(self.first_day, self.days) {
            let mut at = self.start;
            while at + self.slot <= self.end {
                for consultant in consultants {
                    let slot = Slot {
                        day,
                        minutes: at,
                        consultant: *consultant,
                    };
                    if !taken
                        .iter()
                        .any(|b| b.clashes(*consultant, day, at, self.slot))
                    {
                        if out.len() == wanted {
                            return out;
                        }
                        out.push(slot);
                    }
                }
                at += self.slot;
            }
        }
        out
    }
}

/// The refusal when fewer appointments fit than people are to be invited.
pub fn not_enough(form: &WaveForm, fit: usize) -> AppError {
    let message = FieldMessage {
        field: "people".into(),
        nl: NOT_ENOUGH_SLOTS.fill(crate::i18n::Lang::Nl, &[("slots", &fit.to_string())]),
        en: NOT_ENOUGH_SLOTS.fill(crate::i18n::Lang::En, &[("slots", &fit.to_string())]),
    };
    AppError::invalid(vec![message], form.values())
}

/// The refusal when none of the campaign's consultants is at the desk any more.
pub fn no_consultant(form: &WaveForm) -> AppError {
    AppError::invalid(
        vec![FieldMessage::new("people", NO_CONSULTANT)],
        form.values(),
    )
}

/// The refusal when a colleague planned a wave since the form was shown.
pub fn wave_taken(form: &WaveForm) -> AppError {
    AppError::invalid(vec![FieldMessage::new("people", WAVE_TAKEN)], form.values())
}

/// The refusal when everyone is invited already.
pub fn nobody_left(form: &WaveForm) -> AppError {
    AppError::invalid(
        vec![FieldMessage::new("people", NOBODY_LEFT)],
        form.values(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::dates::days_from_civil;

    fn monday() -> i64 {
        days_from_civil(2027, 1, 4)
    }

    fn form() -> WaveForm {
        WaveForm {
            first_day: "2027-01-08".into(),
            days: "2".into(),
            start_time: "09:00".into(),
            end_time: "10:30".into(),
            slot_minutes: "45".into(),
            place: "Stadskantoor, Markt 1".into(),
            people: "6".into(),
            number: "3".into(),
        }
    }

    #[test]
    fn weekdays_and_working_days() {
        assert_eq!(weekday(monday()), 0);
        assert_eq!(weekday(days_from_civil(1970, 1, 1)), 3);
        // Friday, then Monday: the weekend is skipped.
        assert_eq!(
            working_days(monday() + 4, 2),
            vec![monday() + 4, monday() + 7]
        );
    }

    #[test]
    fn slots_fill_day_by_day_time_by_time_consultant_by_consultant() {
        let plan = form().parse(monday(), (monday(), monday() + 90)).unwrap();
        assert_eq!((plan.start, plan.end, plan.slot), (540, 630, 45));
        assert_eq!(plan.number, Some(3), "the wave the form expected to make");
        for odd in ["", "0", "-2", "drie"] {
            let f = WaveForm {
                number: odd.into(),
                ..form()
            };
            let plan = f.parse(monday(), (monday(), monday() + 90)).unwrap();
            assert_eq!(plan.number, None, "{odd:?} names no wave");
        }
        let taken = [Booking {
            day: monday() + 4,
            start: 540,
            minutes: 45,
            consultant: 7,
        }];
        let slots = plan.slots(&[7, 9], &taken, 10);
        let got: Vec<(i64, i64, i64)> = slots
            .iter()
            .map(|s| (s.day - monday(), s.minutes, s.consultant))
            .collect();
        assert_eq!(
            got,
            vec![
                (4, 540, 9),
                (4, 585, 7),
                (4, 585, 9),
                (7, 540, 7),
                (7, 540, 9),
                (7, 585, 7),
                (7, 585, 9)
            ],
            "two 45-minute slots a morning, 7 already busy at 9:00 on Friday"
        );
        assert_eq!(plan.slots(&[7, 9], &taken, 3).len(), 3);

        // A moved appointment at 09:30 overlaps both the 09:00 and the 09:45 slot.
        let odd = [Booking {
            day: monday() + 4,
            start: 570,
            minutes: 45,
            consultant: 7,
        }];
        let friday: Vec<(i64, i64)> = plan
            .slots(&[7], &odd, 10)
            .iter()
            .filter(|s| s.day == monday() + 4)
            .map(|s| (s.minutes, s.consultant))
            .collect();
        assert_eq!(
            friday,
            Vec::<(i64, i64)>::new(),
            "no room on Friday morning"
        );
    }

    #[test]
    fn bookings_clash_when_they_overlap_not_when_they_touch() {
        let b = Booking {
            consultant: 1,
            day: 10,
            start: 600,
            minutes: 45,
        };
        assert!(b.clashes(1, 10, 600, 45), "the same time");
        assert!(b.clashes(1, 10, 630, 30), "starts inside");
        assert!(b.clashes(1, 10, 570, 45), "ends inside");
        assert!(b.clashes(1, 10, 590, 120), "around it");
        assert!(!b.clashes(1, 10, 645, 45), "right after");
        assert!(!b.clashes(1, 10, 555, 45), "right before");
        assert!(!b.clashes(2, 10, 600, 45), "another consultant");
        assert!(!b.clashes(1, 11, 600, 45), "another day");
    }

    #[test]
    fn a_wave_is_checked_against_today_and_the_campaign() {
        let fields = |e: AppError| match e {
            AppError::Invalid { fields, .. } => {
                fields.into_iter().map(|f| f.field).collect::<Vec<_>>()
            }
            other => panic!("{other:?}"),
        };
        // Past, and running past the campaign's end (Friday + 1 working day = Monday).
        assert_eq!(
            fields(
                form()
                    .parse(monday() + 5, (monday(), monday() + 90))
                    .unwrap_err()
            ),
            vec!["first_day"]
        );
        assert_eq!(
            fields(
                form()
                    .parse(monday(), (monday(), monday() + 5))
                    .unwrap_err()
            ),
            vec!["first_day"]
        );
        let mut f = form();
        f.end_time = "08:00".into();
        f.slot_minutes = "5".into();
        f.start_time = "25:00".into();
        f.people = "0".into();
        assert_eq!(
            fields(f.parse(monday(), (monday(), monday() + 90)).unwrap_err()),
            vec!["start_time", "slot_minutes", "people"]
        );
    }
}
