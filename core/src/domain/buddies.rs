//! Buddies after a placement: when the next check-in is due (a check-in may name the next
//! date; otherwise the pairing's rhythm counts from the last check-in, or from the start),
//! what a check-in must hold, which check-ins need the desk, and when the follow-up job
//! reminds a buddy or tells the consultant. No I/O: the job in the server applies these.

use super::dates::iso_date;
use super::fields::CHOOSE_FROM_LIST;
use super::fields::{end_date, number, optional_date, required_date, ticked};
use super::kinds::{CheckinMode, Rhythm};
use crate::error::{AppError, FieldMessage};
use crate::i18n::T;
use serde::{Deserialize, Serialize};

/// The first contact is due within a week of the start, whatever the rhythm.
pub const FIRST_CONTACT_DAYS: i64 = 7;

/// Day number (since 1970-01-01) the next check-in is due.
pub fn next_checkin_due(
    start: i64,
    rhythm: Rhythm,
    last_held: Option<i64>,
    planned_next: Option<i64>,
) -> i64 {
    match (last_held, planned_next) {
        (Some(_), Some(planned)) => planned,
        (Some(last), None) => last + rhythm.days(),
        (None, _) => start + rhythm.days().min(FIRST_CONTACT_DAYS),
    }
}

/// Orders items by due day, earliest (most overdue) first; ties keep their order.
pub fn sort_by_due<T>(items: &mut [T], due: impl Fn(&T) -> i64) {
    items.sort_by_key(|item| due(item));
}

/// Whether a pairing runs on `today`: started, and not past its end.
pub fn is_running(start: i64, end: Option<i64>, today: i64) -> bool {
    start <= today && end.is_none_or(|e| today <= e)
}

/// A check-in needs the desk when the buddy says so or it goes badly (score 1 or 2).
pub fn needs_attention(score: i64, needs_desk: bool) -> bool {
    needs_desk || score <= 2
}

/// How the follow-up job paces its messages; the admin may change them (settings).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FollowupRules {
    /// Days between reminders about the same overdue check-in.
    pub reminder_interval_days: i64,
    /// Reminders about one overdue check-in at most; after that the consultant takes over.
    pub max_reminders: i64,
    /// Days without a check-in after which the consultant hears of it.
    pub silent_days: i64,
}

impl Default for FollowupRules {
    fn default() -> Self {
        FollowupRules {
            reminder_interval_days: 7,
            max_reminders: 3,
            silent_days: 42,
        }
    }
}

/// The settings keys of [`FollowupRules`].
pub const SETTING_REMINDER_INTERVAL: &str = "buddy_reminder_interval_days";
pub const SETTING_MAX_REMINDERS: &str = "buddy_max_reminders";
pub const SETTING_SILENT_DAYS: &str = "buddy_silent_days";

/// Which reminder (0 = the first) is owed on `today` for a check-in due on `due`, or `None`
/// when it is not overdue. The first goes the day after the due day, the next each
/// interval later, up to the maximum. A job that missed days sends only the latest one, so
/// a buddy never gets a pile of reminders at once. Each (check-in due day, number) is sent
/// once: the job records it under a unique key.
pub fn reminder_owed(due: i64, today: i64, rules: &FollowupRules) -> Option<i64> {
    let late = today - due;
    if late < 1 || rules.max_reminders < 1 {
        return None;
    }
    let interval = rules.reminder_interval_days.max(1);
    Some(((late - 1) / interval).min(rules.max_reminders - 1))
}

/// Whether the consultant should hear that nobody checked in since `since` (the last
/// check-in, or the start of the pairing).
pub fn silent_too_long(since: i64, today: i64, rules: &FollowupRules) -> bool {
    today - since >= rules.silent_days.max(1)
}

crate::messages! { DOMAIN_BUDDIES {
    SCORE_RANGE =
        "Kies hoe het gaat, van 1 (slecht) tot 5 (goed)."
        / "Choose how it goes, from 1 (badly) to 5 (well).";
    HELD_IN_FUTURE =
        "Deze datum ligt in de toekomst; leg een contact vast nadat het er is geweest."
        / "This date is in the future; log a check-in after it took place.";
    HELD_BEFORE_START =
        "Deze datum ligt voor de start van de koppeling."
        / "This date is before the pairing started.";
    NEXT_NOT_AFTER =
        "Het volgende contact ligt na dit contact."
        / "The next check-in comes after this one.";
    NOTES_TOO_LONG =
        "Houd het kort: hoogstens 2000 tekens."
        / "Keep it short: at most 2,000 characters.";
    BUDDY_REQUIRED = "Kies een buddy." / "Choose a buddy.";
}}

/// A check-in as the buddy types it on their phone.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct CheckinForm {
    pub held_on: String,
    pub mode: String,
    pub score: String,
    pub notes_work: String,
    pub notes_home: String,
    pub needs_desk: Option<String>,
    pub next_on: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Checkin {
    pub held_on: String,
    pub mode: CheckinMode,
    pub score: i64,
    pub notes_work: String,
    pub notes_home: String,
    pub needs_desk: bool,
    pub next_on: Option<String>,
}

impl CheckinForm {
    pub fn values(&self) -> Vec<(String, String)> {
        let mut v = vec![
            ("held_on".into(), self.held_on.clone()),
            ("mode".into(), self.mode.clone()),
            ("score".into(), self.score.clone()),
            ("notes_work".into(), self.notes_work.clone()),
            ("notes_home".into(), self.notes_home.clone()),
            ("next_on".into(), self.next_on.clone()),
        ];
        if ticked(&self.needs_desk) {
            v.push(("needs_desk".into(), "on".into()));
        }
        v
    }

    /// Checks a check-in for a pairing that started on `start`, as of `today`.
    pub fn parse(&self, start: i64, today: i64) -> Result<Checkin, AppError> {
        let mut errors = Vec::new();
        let mut put = |field: &str, t: T| errors.push(FieldMessage::new(field, t));
        let held = required_date(&self.held_on)
            .and_then(|d| {
                if d > today {
                    Err(HELD_IN_FUTURE)
                } else if d < start {
                    Err(HELD_BEFORE_START)
                } else {
                    Ok(d)
                }
            })
            .map_err(|t| put("held_on", t))
            .ok();
        let mode = CheckinMode::parse(self.mode.trim());
        if mode.is_none() {
            put("mode", CHOOSE_FROM_LIST);
        }
        let score = number(&self.score, 1..=5, SCORE_RANGE)
            .map_err(|t| {
                put(
                    "score",
                    if self.score.trim().is_empty() {
                        SCORE_RANGE
                    } else {
                        t
                    },
                )
            })
            .ok();
        let notes = |text: &str, field: &str, put: &mut dyn FnMut(&str, T)| {
            let text = super::text::lines(text);
            if text.chars().count() > 2000 {
                put(field, NOTES_TOO_LONG);
            }
            text
        };
        let notes_work = notes(&self.notes_work, "notes_work", &mut put);
        let notes_home = notes(&self.notes_home, "notes_home", &mut put);
        let next = optional_date(&self.next_on)
            .and_then(|n| match (n, held) {
                (Some(n), Some(h)) if n <= h => Err(NEXT_NOT_AFTER),
                _ => Ok(n),
            })
            .map_err(|t| put("next_on", t))
            .ok();
        match (held, mode, score, next) {
            (Some(held), Some(mode), Some(score), Some(next)) if errors.is_empty() => Ok(Checkin {
                held_on: iso_date(held),
                mode,
                score,
                notes_work,
                notes_home,
                needs_desk: ticked(&self.needs_desk),
                next_on: next.map(iso_date),
            }),
            _ => Err(AppError::invalid(errors, self.values())),
        }
    }
}

/// A pairing as the desk fills it in.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct PairingForm {
    pub buddy: String,
    pub start_date: String,
    pub end_date: String,
    pub rhythm: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Pairing {
    pub buddy_id: i64,
    pub start_date: String,
    pub end_date: Option<String>,
    pub rhythm: Rhythm,
}

impl PairingForm {
    pub fn values(&self) -> Vec<(String, String)> {
        vec![
            ("buddy".into(), self.buddy.clone()),
            ("start_date".into(), self.start_date.clone()),
            ("end_date".into(), self.end_date.clone()),
            ("rhythm".into(), self.rhythm.clone()),
        ]
    }

    /// Checks a pairing; `buddies` are the ids that may be chosen.
    pub fn parse(&self, buddies: &[i64]) -> Result<Pairing, AppError> {
        let mut errors = Vec::new();
        let buddy = self
            .buddy
            .trim()
            .parse::<i64>()
            .ok()
            .filter(|b| buddies.contains(b));
        if buddy.is_none() {
            errors.push(FieldMessage::new("buddy", BUDDY_REQUIRED));
        }
        let start = required_date(&self.start_date)
            .map_err(|t| errors.push(FieldMessage::new("start_date", t)))
            .ok();
        let end = end_date(&self.end_date, start)
            .map_err(|t| errors.push(FieldMessage::new("end_date", t)))
            .ok();
        let rhythm = Rhythm::parse(self.rhythm.trim());
        if rhythm.is_none() {
            errors.push(FieldMessage::new("rhythm", CHOOSE_FROM_LIST));
        }
        match (buddy, start, end, rhythm) {
            (Some(buddy_id), Some(start), Some(end), Some(rhythm)) if errors.is_empty() => {
                Ok(Pairing {
                    buddy_id,
                    start_date: iso_date(start),
                    end_date: end.map(iso_date),
                    rhythm,
                })
            }
            _ => Err(AppError::invalid(errors, self.values())),
        }
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
    fn reminders_come_once_then_after_the_interval_up_to_the_maximum() {
        let rules = FollowupRules {
            reminder_interval_days: 7,
            max_reminders: 3,
            silent_days: 42,
        };
        let owed: Vec<Option<i64>> = [0, 1, 7, 8, 14, 15, 60]
            .iter()
            .map(|late| reminder_owed(100, 100 + late, &rules))
            .collect();
        assert_eq!(
            owed,
            [None, Some(0), Some(0), Some(1), Some(1), Some(2), Some(2)]
        );
        assert_eq!(
            reminder_owed(
                100,
                105,
                &FollowupRules {
                    max_reminders: 0,
                    ..rules
                }
            ),
            None
        );
    }

    #[test]
    fn the_consultant_hears_of_a_long_silence() {
        let rules = FollowupRules::default();
        assert!(!silent_too_long(100, 141, &rules));
        assert!(silent_too_long(100, 142, &rules));
    }

    #[test]
    fn a_flag_or_a_low_score_needs_the_desk() {
        assert!(needs_attention(4, true));
        assert!(needs_attention(2, false));
        assert!(!needs_attention(3, false));
    }

    #[test]
    fn a_pairing_runs_between_its_start_and_end() {
        assert!(!is_running(10, None, 9));
        assert!(is_running(10, None, 500));
        assert!(is_running(10, Some(20), 20));
        assert!(!is_running(10, Some(20), 21));
    }

    #[test]
    fn a_checkin_is_checked_field_by_field() {
        let start = d("2026-10-01");
        let today = d("2026-11-22");
        let good = CheckinForm {
            held_on: "2026-11-20".into(),
            mode: "visit".into(),
            score: "2".into(),
            notes_work: " Te veel uren ".into(),
            notes_home: String::new(),
            needs_desk: Some("on".into()),
            next_on: "2026-11-27".into(),
        };
        let c = good.parse(start, today).expect("valid");
        assert_eq!(c.notes_work, "Te veel uren");
        assert!(c.needs_desk);
        assert_eq!(c.next_on.as_deref(), Some("2026-11-27"));
        let bad = CheckinForm {
            held_on: "2026-11-30".into(),
            mode: "pigeon".into(),
            score: "".into(),
            notes_work: "x".repeat(2001),
            notes_home: String::new(),
            needs_desk: None,
            next_on: "2026-11-01".into(),
        };
        assert_eq!(
            fields(bad.parse(start, today).unwrap_err()),
            ["held_on", "mode", "score", "notes_work"]
        );
        let early = CheckinForm {
            held_on: "2026-09-01".into(),
            next_on: "2026-08-01".into(),
            ..good
        };
        assert_eq!(fields(early.parse(start, today).unwrap_err()), ["held_on"]);
    }

    #[test]
    fn a_pairing_needs_a_known_buddy_and_a_rhythm() {
        let ok = PairingForm {
            buddy: "7".into(),
            start_date: "2026-11-01".into(),
            end_date: String::new(),
            rhythm: "fortnightly".into(),
        };
        assert_eq!(ok.parse(&[7]).expect("valid").rhythm, Rhythm::Fortnightly);
        assert_eq!(fields(ok.parse(&[8]).unwrap_err()), ["buddy"]);
        let bad = PairingForm {
            buddy: String::new(),
            start_date: "2026-11-01".into(),
            end_date: "2026-10-01".into(),
            rhythm: "daily".into(),
        };
        assert_eq!(
            fields(bad.parse(&[7]).unwrap_err()),
            ["buddy", "end_date", "rhythm"]
        );
    }

    #[test]
    fn first_contact_is_within_a_week() {
        assert_eq!(next_checkin_due(100, Rhythm::Monthly, None, None), 107);
        assert_eq!(next_checkin_due(100, Rhythm::Weekly, None, None), 107);
    }

    #[test]
    fn rhythm_counts_from_last_checkin_unless_a_date_was_planned() {
        assert_eq!(
            next_checkin_due(100, Rhythm::Fortnightly, Some(120), None),
            134
        );
        assert_eq!(
            next_checkin_due(100, Rhythm::Fortnightly, Some(120), Some(125)),
            125
        );
    }

    #[test]
    fn most_overdue_comes_first() {
        let mut items = vec![("b", 30), ("a", 10), ("c", 20)];
        sort_by_due(&mut items, |i| i.1);
        assert_eq!(
            items.iter().map(|i| i.0).collect::<Vec<_>>(),
            ["a", "c", "b"]
        );
    }
}
