//! An activity of the plan as the desk types it — what, by whom (a partner provider, or
//! the desk itself), from when to when, how many hours a week — and the steps its status
//! may take: planned → running → completed, or stopped (with a reason) from planned or
//! running. A completed or stopped activity is final; what it brought is recorded.

use super::{ActivityKind, ActivityStatus, StopReason};
use crate::domain::fields::{
    end_date, number, required_date, required_paragraphs, CHOOSE_FROM_LIST, TOO_LONG,
};
use crate::error::{AppError, FieldMessage};
use crate::i18n::T;
use serde::{Deserialize, Serialize};

crate::messages! { DOMAIN_ACTIVITIES {
    HOURS_RANGE =
        "Vul het aantal uren per week in: een heel getal van 1 tot 40."
        / "Enter the hours a week: a whole number from 1 to 40.";
    NOT_FROM_HERE =
        "Deze stap kan niet vanuit hoe de activiteit nu staat. Laad de pagina opnieuw."
        / "This step is not possible from where the activity stands. Reload the page.";
    STOP_NEEDS_REASON =
        "Kies waarom de activiteit stopt."
        / "Choose why the activity stops.";
    OTHER_NEEDS_WORDS =
        "Schrijf bij een andere reden wat er gebeurde."
        / "With another reason, write what happened.";
    RESULT_NEEDED =
        "Schrijf op wat de activiteit heeft opgeleverd."
        / "Write down what the activity brought.";
}}

/// The longest title and result.
pub const TITLE_MAX: usize = 120;
pub const RESULT_MAX: usize = 2000;

/// A new activity as posted. `provider`: a provider's id, or empty when the desk
/// arranges it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ActivityForm {
    pub kind: String,
    pub title: String,
    pub provider: String,
    pub starts_on: String,
    pub ends_on: String,
    pub hours_per_week: String,
}

/// A checked activity (planned).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewActivity {
    pub kind: ActivityKind,
    /// What it is in a few words (empty: the kind says it).
    pub title: String,
    pub provider: Option<i64>,
    /// Day numbers.
    pub starts_on: i64,
    pub ends_on: Option<i64>,
    pub hours_per_week: i64,
}

impl ActivityForm {
    pub fn values(&self) -> Vec<(String, String)> {
        [
            ("kind", &self.kind),
            ("title", &self.title),
            ("provider", &self.provider),
            ("starts_on", &self.starts_on),
            ("ends_on", &self.ends_on),
            ("hours_per_week", &self.hours_per_week),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_string(), v.clone()))
        .collect()
    }

    /// Checks the form; `providers` are the ids that may be chosen.
    pub fn parse(&self, providers: &[i64]) -> Result<NewActivity, AppError> {
        let mut errors = Vec::new();
        let mut fail = |field: &str, t: T| errors.push(FieldMessage::new(field, t));
        let kind = ActivityKind::parse(self.kind.trim());
        if kind.is_none() {
            fail("kind", CHOOSE_FROM_LIST);
        }
        let title = crate::domain::text::line(&self.title);
        if title.chars().count() > TITLE_MAX {
            fail("title", TOO_LONG);
        }
        let provider = match self.provider.trim() {
            "" => None,
            id => match id.parse::<i64>().ok().filter(|p| providers.contains(p)) {
                Some(p) => Some(p),
                None => {
                    fail("provider", CHOOSE_FROM_LIST);
                    None
                }
            },
        };
        let starts_on = required_date(&self.starts_on)
            .map_err(|t| fail("starts_on", t))
            .ok();
        let ends_on = end_date(&self.ends_on, starts_on)
            .map_err(|t| fail("ends_on", t))
            .ok()
            .flatten();
        let hours = number(&self.hours_per_week, 1..=40, HOURS_RANGE)
            .map_err(|t| fail("hours_per_week", t))
            .ok();
        match (kind, starts_on, hours) {
            (Some(kind), Some(starts_on), Some(hours_per_week)) if errors.is_empty() => {
                Ok(NewActivity {
                    kind,
                    title,
                    provider,
                    starts_on,
                    ends_on,
                    hours_per_week,
                })
            }
            _ => Err(AppError::invalid(errors, self.values())),
        }
    }
}

/// Whether an activity may go from `from` to `to`.
pub fn may_become(from: ActivityStatus, to: ActivityStatus) -> bool {
    use ActivityStatus as S;
    matches!(
        (from, to),
        (S::Planned, S::Running | S::Stopped) | (S::Running, S::Completed | S::Stopped)
    )
}

/// A status step as checked: where to, why it stopped, what it brought.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StatusStep {
    pub to: ActivityStatus,
    pub reason: Option<StopReason>,
    pub result: String,
}

/// Checks a status step from `from`: a stop needs a reason (and words for "other"), an
/// ending needs what it brought. Errors name their field (`status`, `reason`, `result`).
pub fn status_step(
    from: ActivityStatus,
    to: &str,
    reason: &str,
    result: &str,
) -> Result<StatusStep, (&'static str, T)> {
    let to = ActivityStatus::parse(to.trim()).ok_or(("status", CHOOSE_FROM_LIST))?;
    if !may_become(from, to) {
        return Err(("status", NOT_FROM_HERE));
    }
    let result = crate::domain::text::lines(result);
    if result.chars().count() > RESULT_MAX {
        return Err(("result", TOO_LONG));
    }
    let reason = match to {
        ActivityStatus::Stopped => {
            let r = StopReason::parse(reason.trim()).ok_or(("reason", STOP_NEEDS_REASON))?;
            if r == StopReason::Other && result.is_empty() {
                return Err(("result", OTHER_NEEDS_WORDS));
            }
            Some(r)
        }
        _ => None,
    };
    if to == ActivityStatus::Completed {
        required_paragraphs(&result, RESULT_MAX).map_err(|_| ("result", RESULT_NEEDED))?;
    }
    Ok(StatusStep { to, reason, result })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::fields::{named, END_BEFORE_START};
    use ActivityStatus as S;

    fn form() -> ActivityForm {
        ActivityForm {
            kind: "language_course".into(),
            title: "NT2 niveau A2 → B1".into(),
            provider: "7".into(),
            starts_on: "2027-01-11".into(),
            ends_on: "2027-06-25".into(),
            hours_per_week: "6".into(),
        }
    }

    #[test]
    fn an_activity_at_a_provider_or_arranged_by_the_desk() {
        let a = form().parse(&[3, 7]).expect("valid");
        assert_eq!(a.kind, ActivityKind::LanguageCourse);
        assert_eq!(a.provider, Some(7));
        assert_eq!(a.hours_per_week, 6);
        let own = ActivityForm {
            provider: String::new(),
            ends_on: String::new(),
            ..form()
        }
        .parse(&[])
        .expect("the desk arranges it");
        assert_eq!((own.provider, own.ends_on), (None, None));
    }

    #[test]
    fn mistakes_are_named_by_their_field() {
        let bad = ActivityForm {
            kind: "knitting".into(),
            title: "x".repeat(TITLE_MAX + 1),
            provider: "8".into(),
            starts_on: "2027-02-01".into(),
            ends_on: "2027-01-01".into(),
            hours_per_week: "41".into(),
        };
        assert_eq!(
            named(bad.parse(&[7]).unwrap_err()),
            vec!["kind", "title", "provider", "ends_on", "hours_per_week"]
        );
        match (ActivityForm {
            ends_on: "2027-01-01".into(),
            ..form()
        })
        .parse(&[7])
        {
            Err(AppError::Invalid { fields, .. }) => {
                assert_eq!(fields[0].nl, END_BEFORE_START.get(crate::i18n::Lang::Nl))
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn an_activity_runs_then_completes_or_stops_and_never_goes_back() {
        assert!(may_become(S::Planned, S::Running));
        assert!(may_become(S::Planned, S::Stopped));
        assert!(may_become(S::Running, S::Completed));
        assert!(may_become(S::Running, S::Stopped));
        assert!(!may_become(S::Planned, S::Completed), "it never ran");
        for to in S::ALL {
            assert!(!may_become(S::Completed, *to));
            assert!(!may_become(S::Stopped, *to));
            assert!(!may_become(*to, S::Planned));
        }
    }

    #[test]
    fn a_stop_says_why_and_an_ending_what_it_brought() {
        assert_eq!(
            status_step(S::Running, "stopped", "", ""),
            Err(("reason", STOP_NEEDS_REASON))
        );
        assert_eq!(
            status_step(S::Running, "stopped", "other", " "),
            Err(("result", OTHER_NEEDS_WORDS))
        );
        assert_eq!(
            status_step(S::Running, "stopped", "found_work", ""),
            Ok(StatusStep {
                to: S::Stopped,
                reason: Some(StopReason::FoundWork),
                result: String::new()
            })
        );
        assert_eq!(
            status_step(S::Running, "completed", "", ""),
            Err(("result", RESULT_NEEDED))
        );
        assert_eq!(
            status_step(
                S::Running,
                "completed",
                "found_work",
                "Certificaat A2 behaald"
            ),
            Ok(StatusStep {
                to: S::Completed,
                reason: None,
                result: "Certificaat A2 behaald".into()
            }),
            "a reason only counts for a stop"
        );
        assert_eq!(
            status_step(S::Completed, "running", "", ""),
            Err(("status", NOT_FROM_HERE))
        );
        assert_eq!(
            status_step(S::Planned, "nonsense", "", ""),
            Err(("status", CHOOSE_FROM_LIST))
        );
    }
}
