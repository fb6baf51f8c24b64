//! A version of the personal plan as the desk types it after talking it through: the
//! goals in the person's own words, what the person commits to and what the desk commits
//! to, and when and how the person agreed. Saving it keeps the activities as they stand
//! with it ([`ActivitySnapshot`]).

use super::{ActivityKind, ActivityStatus, AgreedHow};
use crate::domain::fields::{required_date, required_paragraphs, CHOOSE_FROM_LIST};
use crate::error::{AppError, FieldMessage};
use crate::i18n::T;
use serde::{Deserialize, Serialize};

crate::messages! { DOMAIN_PLAN_VERSION {
    AGREED_IN_FUTURE =
        "De dag van de afspraak ligt niet in de toekomst."
        / "The day it was agreed is not in the future.";
    STALE_VERSION =
        "Een collega heeft intussen een nieuwere versie van het plan opgeslagen. Laad de pagina opnieuw en kijk of uw wijziging nog nodig is."
        / "A colleague has saved a newer version of the plan in the meantime. Reload the page and check whether your change is still needed.";
}}

/// The longest text of one field.
pub const TEXT_MAX: usize = 4000;

/// The form as posted. `after`: the version the page showed (0 for none), so a form
/// posted twice, or over a colleague's newer version, is noticed.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct PlanVersionForm {
    pub goals: String,
    pub person_commits: String,
    pub desk_commits: String,
    pub agreed_on: String,
    pub agreed_how: String,
    pub after: String,
}

/// A checked version.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlanVersion {
    pub goals: String,
    pub person_commits: String,
    pub desk_commits: String,
    /// Day number.
    pub agreed_on: i64,
    pub agreed_how: AgreedHow,
    /// The number this version gets: the one shown plus one.
    pub number: i64,
}

/// An activity as it stood when a version was agreed (kept with the version, as JSON).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ActivitySnapshot {
    /// The activity's id (0 in snapshots written before ids were kept).
    #[serde(default)]
    pub id: i64,
    pub kind: ActivityKind,
    pub title: String,
    /// The provider's name; empty when the desk arranges it.
    pub provider: String,
    pub starts_on: String,
    pub ends_on: Option<String>,
    pub hours_per_week: i64,
    pub status: ActivityStatus,
}

impl PlanVersionForm {
    pub fn values(&self) -> Vec<(String, String)> {
        [
            ("goals", &self.goals),
            ("person_commits", &self.person_commits),
            ("desk_commits", &self.desk_commits),
            ("agreed_on", &self.agreed_on),
            ("agreed_how", &self.agreed_how),
            ("after", &self.after),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_string(), v.clone()))
        .collect()
    }

    /// Checks the form on `today` (a day number): every text required, the day not
    /// ahead, the way of agreeing from the list.
    pub fn parse(&self, today: i64) -> Result<PlanVersion, AppError> {
        let mut errors = Vec::new();
        let mut fail = |field: &str, t: T| errors.push(FieldMessage::new(field, t));
        let mut text = |field: &'static str, value: &str| {
            required_paragraphs(value, TEXT_MAX)
                .map_err(|t| fail(field, t))
                .ok()
        };
        let goals = text("goals", &self.goals);
        let person = text("person_commits", &self.person_commits);
        let desk = text("desk_commits", &self.desk_commits);
        let agreed_on = match required_date(&self.agreed_on) {
            Ok(day) if day > today => {
                fail("agreed_on", AGREED_IN_FUTURE);
                None
            }
            Ok(day) => Some(day),
            Err(t) => {
                fail("agreed_on", t);
                None
            }
        };
        let how = AgreedHow::parse(self.agreed_how.trim());
        if how.is_none() {
            fail("agreed_how", CHOOSE_FROM_LIST);
        }
        let after = self.after.trim().parse::<i64>().ok().filter(|n| *n >= 0);
        match (goals, person, desk, agreed_on, how, after) {
            (
                Some(goals),
                Some(person_commits),
                Some(desk_commits),
                Some(agreed_on),
                Some(agreed_how),
                Some(after),
            ) if errors.is_empty() => Ok(PlanVersion {
                goals,
                person_commits,
                desk_commits,
                agreed_on,
                agreed_how,
                number: after + 1,
            }),
            (.., None) if errors.is_empty() => Err(AppError::invalid(
                vec![FieldMessage::new("goals", STALE_VERSION)],
                self.values(),
            )),
            _ => Err(AppError::invalid(errors, self.values())),
        }
    }
}

impl PlanVersion {
    /// Whether `other` says the same (a form posted twice): the texts and the agreement.
    pub fn same_as(&self, other: &PlanVersion) -> bool {
        self.goals == other.goals
            && self.person_commits == other.person_commits
            && self.desk_commits == other.desk_commits
            && self.agreed_on == other.agreed_on
            && self.agreed_how == other.agreed_how
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::dates::parse_iso_date;
    use crate::domain::fields::named;

    fn form() -> PlanVersionForm {
        PlanVersionForm {
            goals: "Ik wil in een magazijn werken.\nEerst beter Nederlands.".into(),
            person_commits: "Ik ga twee keer per week naar de taalles.".into(),
            desk_commits: "De consulent regelt de taalcursus en belt elke maand.".into(),
            agreed_on: "2026-12-03".into(),
            agreed_how: "in_person".into(),
            after: "0".into(),
        }
    }

    fn today() -> i64 {
        parse_iso_date("2026-12-04").unwrap()
    }

    #[test]
    fn a_version_keeps_the_persons_words_and_how_they_agreed() {
        let v = form().parse(today()).expect("valid");
        assert_eq!(
            v.goals,
            "Ik wil in een magazijn werken.\nEerst beter Nederlands."
        );
        assert_eq!(v.agreed_how, AgreedHow::InPerson);
        assert_eq!(v.agreed_on, today() - 1);
        assert_eq!(v.number, 1);
        let next = PlanVersionForm {
            after: "3".into(),
            ..form()
        }
        .parse(today())
        .unwrap();
        assert_eq!(next.number, 4);
        assert!(v.same_as(&next), "the same words, another number");
    }

    #[test]
    fn every_mistake_is_named_by_its_field() {
        let bad = PlanVersionForm {
            goals: "  ".into(),
            person_commits: "x".repeat(TEXT_MAX + 1),
            desk_commits: String::new(),
            agreed_on: "2026-12-05".into(),
            agreed_how: "by_pigeon".into(),
            after: "0".into(),
        };
        assert_eq!(
            named(bad.parse(today()).unwrap_err()),
            vec![
                "goals",
                "person_commits",
                "desk_commits",
                "agreed_on",
                "agreed_how"
            ]
        );
    }

    #[test]
    fn a_form_without_the_version_it_came_from_is_stale() {
        let stale = PlanVersionForm {
            after: "x".into(),
            ..form()
        };
        match stale.parse(today()) {
            Err(AppError::Invalid { fields, .. }) => {
                assert_eq!(fields[0].nl, STALE_VERSION.get(crate::i18n::Lang::Nl))
            }
            other => panic!("{other:?}"),
        }
    }
}
