//! Openings (vacancies, traineeships, learning places, trial placements, volunteer work):
//! the form as typed, the rules a valid opening meets, and the lifecycle
//! draft → submitted → published → filled / closed / expired, or sent back with a reason.

use super::dates::parse_iso_date;
use super::fields::{number, optional_date, ticked};
use super::fields::{required_paragraphs, required_text, CHOOSE_FROM_LIST, TOO_LONG};
use super::kinds::{ContractType, DutchLevel, OpeningKind, OpeningStatus, Sector, TargetGroup};
use super::Postcode;
use crate::error::{AppError, FieldMessage};
use crate::i18n::T;
use serde::{Deserialize, Serialize};

/// The opening form as posted: text fields, and checkboxes that are present when ticked.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct OpeningForm {
    pub kind: String,
    pub title: String,
    pub description: String,
    pub sector: String,
    pub municipality: String,
    pub postcode: String,
    pub hours_min: String,
    pub hours_max: String,
    pub positions: String,
    pub start_date: String,
    pub closing_date: String,
    pub contract_type: String,
    pub salary_min: String,
    pub salary_max: String,
    pub dutch_level: String,
    pub diploma_required: Option<String>,
    pub driving_licence: Option<String>,
    pub support_job_coach: Option<String>,
    pub support_training: Option<String>,
    pub support_adapted_hours: Option<String>,
    pub wage_subsidy: Option<String>,
    pub group_long_term: Option<String>,
    pub group_over_50: Option<String>,
    pub group_status_holder: Option<String>,
    pub group_young: Option<String>,
    pub group_work_limitation: Option<String>,
}

/// A valid opening's content (its status lives apart).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OpeningContent {
    pub kind: OpeningKind,
    pub title: String,
    pub description: String,
    pub sector: Sector,
    pub municipality: String,
    pub postcode: String,
    pub hours_min: i64,
    pub hours_max: i64,
    pub positions: i64,
    pub start_date: Option<String>,
    pub closing_date: Option<String>,
    pub contract_type: ContractType,
    pub salary: Option<(i64, i64)>,
    pub diploma_required: bool,
    pub dutch_level: DutchLevel,
    pub driving_licence: bool,
    pub support_job_coach: bool,
    pub support_training: bool,
    pub support_adapted_hours: bool,
    pub target_groups: Vec<TargetGroup>,
    pub wage_subsidy: bool,
}

crate::messages! { DOMAIN_OPENINGS {
    HOURS_RANGE =
        "Vul een aantal uren per week in van 1 tot en met 40."
        / "Enter hours per week from 1 to 40.";
    HOURS_ORDER =
        "Het maximum aantal uren is kleiner dan het minimum."
        / "The maximum hours are fewer than the minimum.";
    POSITIONS_RANGE =
        "Vul een aantal plaatsen in van 1 tot en met 50."
        / "Enter a number of places from 1 to 50.";
    CLOSING_BEFORE_TODAY =
        "De sluitingsdatum ligt in het verleden."
        / "The closing date is in the past.";
    CLOSING_BEFORE_START =
        "De sluitingsdatum ligt na de startdatum; kies een sluitingsdatum op of voor de start."
        / "The closing date is after the start date; choose a closing date on or before the start.";
    SALARY_RANGE =
        "Vul een bruto maandsalaris in tussen 500 en 15.000 euro, of laat beide velden leeg."
        / "Enter a gross monthly salary between 500 and 15,000 euros, or leave both fields empty.";
    SALARY_ORDER =
        "Het maximum salaris is lager dan het minimum."
        / "The maximum salary is lower than the minimum.";
    NO_GROUP =
        "Kies minstens één groep voor wie deze plek openstaat."
        / "Choose at least one group this opening is open to.";
}}

impl OpeningForm {
    /// The form filled with a stored opening (for editing and duplicating).
    pub fn from_content(c: &OpeningContent) -> OpeningForm {
        let on = |b: bool| b.then(|| "on".to_string());
        let group = |g: TargetGroup| on(c.target_groups.contains(&g));
        OpeningForm {
            kind: c.kind.as_str().into(),
            title: c.title.clone(),
            description: c.description.clone(),
            sector: c.sector.as_str().into(),
            municipality: c.municipality.clone(),
            postcode: c.postcode.clone(),
            hours_min: c.hours_min.to_string(),
            hours_max: c.hours_max.to_string(),
            positions: c.positions.to_string(),
            start_date: c.start_date.clone().unwrap_or_default(),
            closing_date: c.closing_date.clone().unwrap_or_default(),
            contract_type: c.contract_type.as_str().into(),
            salary_min: c.salary.map(|s| s.0.to_string()).unwrap_or_default(),
            salary_max: c.salary.map(|s| s.1.to_string()).unwrap_or_default(),
            dutch_level: c.dutch_level.as_str().into(),
            diploma_required: on(c.diploma_required),
            driving_licence: on(c.driving_licence),
            support_job_coach: on(c.support_job_coach),
            support_training: on(c.support_training),
            support_adapted_hours: on(c.support_adapted_hours),
            wage_subsidy: on(c.wage_subsidy),
            group_long_term: group(TargetGroup::LongTermUnemployed),
            group_over_50: group(TargetGroup::Over50),
            group_status_holder: group(TargetGroup::StatusHolder),
            group_young: group(TargetGroup::Young),
            group_work_limitation: group(TargetGroup::WorkLimitation),
        }
    }

    /// What was typed, to show again after a refusal (ticked boxes as `on`).
    pub fn values(&self) -> Vec<(String, String)> {
        let mut v: Vec<(String, String)> = [
            ("kind", &self.kind),
            ("title", &self.title),
            ("description", &self.description),
            ("sector", &self.sector),
            ("municipality", &self.municipality),
            ("postcode", &self.postcode),
            ("hours_min", &self.hours_min),
            ("hours_max", &self.hours_max),
            ("positions", &self.positions),
            ("start_date", &self.start_date),
            ("closing_date", &self.closing_date),
            ("contract_type", &self.contract_type),
            ("salary_min", &self.salary_min),
            ("salary_max", &self.salary_max),
            ("dutch_level", &self.dutch_level),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_string(), v.clone()))
        .collect();
        for (name, value) in self.checkboxes() {
            if ticked(value) {
                v.push((name.to_string(), "on".to_string()));
            }
        }
        v
    }

    fn checkboxes(&self) -> [(&'static str, &Option<String>); 11] {
        [
            ("diploma_required", &self.diploma_required),
            ("driving_licence", &self.driving_licence),
            ("support_job_coach", &self.support_job_coach),
            ("support_training", &self.support_training),
            ("support_adapted_hours", &self.support_adapted_hours),
            ("wage_subsidy", &self.wage_subsidy),
            ("group_long_term", &self.group_long_term),
            ("group_over_50", &self.group_over_50),
            ("group_status_holder", &self.group_status_holder),
            ("group_young", &self.group_young),
            ("group_work_limitation", &self.group_work_limitation),
        ]
    }

    /// Checks every field against the rules for an opening, as of `today` (day number).
    pub fn parse(&self, today: i64) -> Result<OpeningContent, AppError> {
        let mut errors: Vec<FieldMessage> = Vec::new();
        let mut fail = |field: &str, t: T| errors.push(FieldMessage::new(field, t));
        let kind = OpeningKind::parse(self.kind.trim());
        if kind.is_none() {
            fail("kind", CHOOSE_FROM_LIST);
        }
        let title = required_text(&self.title, 120)
            .map_err(|t| fail("title", t))
            .ok();
        let description = required_paragraphs(&self.description, 5000)
            .map_err(|t| fail("description", t))
            .ok();
        let sector = Sector::parse(self.sector.trim());
        if sector.is_none() {
            fail("sector", CHOOSE_FROM_LIST);
        }
        let municipality = required_text(&self.municipality, 80)
            .map_err(|t| fail("municipality", t))
            .ok();
        let postcode = Postcode::parse(&self.postcode)
            .map_err(|e| fail("postcode", e.0))
            .ok();
        let hours_min = number(&self.hours_min, 1..=40, HOURS_RANGE)
            .map_err(|t| fail("hours_min", t))
            .ok();
        let hours_max = number(&self.hours_max, 1..=40, HOURS_RANGE)
            .map_err(|t| fail("hours_max", t))
            .ok();
        if let (Some(lo), Some(hi)) = (hours_min, hours_max) {
            if hi < lo {
                fail("hours_max", HOURS_ORDER);
            }
        }
        let positions = number(&self.positions, 1..=50, POSITIONS_RANGE)
            .map_err(|t| fail("positions", t))
            .ok();
        let start = optional_date(&self.start_date)
            .map_err(|t| fail("start_date", t))
            .ok()
            .flatten();
        let closing = optional_date(&self.closing_date)
            .map_err(|t| fail("closing_date", t))
            .ok()
            .flatten();
        if let Some(closing) = closing {
            if closing < today {
                fail("closing_date", CLOSING_BEFORE_TODAY);
            } else if start.is_some_and(|s| closing > s) {
                fail("closing_date", CLOSING_BEFORE_START);
            }
        }
        let contract_type = ContractType::parse(self.contract_type.trim());
        if contract_type.is_none() {
            fail("contract_type", CHOOSE_FROM_LIST);
        }
        let salary = match (self.salary_min.trim(), self.salary_max.trim()) {
            ("", "") => None,
            (lo, hi) => {
                let lo = number(lo, 500..=15_000, SALARY_RANGE)
                    .map_err(|_| fail("salary_min", SALARY_RANGE))
                    .ok();
                let hi = number(hi, 500..=15_000, SALARY_RANGE)
                    .map_err(|_| fail("salary_max", SALARY_RANGE))
                    .ok();
                match (lo, hi) {
                    (Some(lo), Some(hi)) if hi < lo => {
                        fail("salary_max", SALARY_ORDER);
                        None
                    }
                    (Some(lo), Some(hi)) => Some((lo, hi)),
                    _ => None,
                }
            }
        };
        let dutch_level = DutchLevel::parse(self.dutch_level.trim());
        if dutch_level.is_none() {
            fail("dutch_level", CHOOSE_FROM_LIST);
        }
        let groups: Vec<TargetGroup> = [
            (TargetGroup::LongTermUnemployed, &self.group_long_term),
            (TargetGroup::Over50, &self.group_over_50),
            (TargetGroup::StatusHolder, &self.group_status_holder),
            (TargetGroup::Young, &self.group_young),
            (TargetGroup::WorkLimitation, &self.group_work_limitation),
        ]
        .into_iter()
        .filter(|(_, v)| ticked(v))
        .map(|(g, _)| g)
        .collect();
        if groups.is_empty() {
            fail("target_groups", NO_GROUP);
        }
        if self.description.chars().count() > 5000 {
            fail("description", TOO_LONG);
        }
        match (
            kind,
            title,
            description,
            sector,
            municipality,
            postcode,
            hours_min,
            hours_max,
            positions,
            contract_type,
            dutch_level,
        ) {
            (
                Some(kind),
                Some(title),
                Some(description),
                Some(sector),
                Some(municipality),
                Some(postcode),
                Some(hours_min),
                Some(hours_max),
                Some(positions),
                Some(contract_type),
                Some(dutch_level),
            ) if errors.is_empty() => Ok(OpeningContent {
                kind,
                title,
                description,
                sector,
                municipality,
                postcode: postcode.as_str().to_string(),
                hours_min,
                hours_max,
                positions,
                start_date: start.map(super::dates::iso_date),
                closing_date: closing.map(super::dates::iso_date),
                contract_type,
                salary,
                diploma_required: ticked(&self.diploma_required),
                dutch_level,
                driving_licence: ticked(&self.driving_licence),
                support_job_coach: ticked(&self.support_job_coach),
                support_training: ticked(&self.support_training),
                support_adapted_hours: ticked(&self.support_adapted_hours),
                target_groups: groups,
                wage_subsidy: ticked(&self.wage_subsidy),
            }),
            _ => Err(AppError::invalid(errors, self.values())),
        }
    }
}

/// What someone can do to an opening.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum OpeningAction {
    Submit,
    Publish,
    SendBack,
    Close,
    MarkFilled,
    Expire,
}

impl OpeningAction {
    pub fn parse(code: &str) -> Option<OpeningAction> {
        Some(match code {
            "submit" => OpeningAction::Submit,
            "publish" => OpeningAction::Publish,
            "send_back" => OpeningAction::SendBack,
            "close" => OpeningAction::Close,
            "fill" => OpeningAction::MarkFilled,
            "expire" => OpeningAction::Expire,
            _ => return None,
        })
    }
}

/// Who acts: the owning employer, the desk, or the system (expiry).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Actor {
    Employer,
    Desk,
    System,
}

/// The status an action leads to from `from`, when `actor` may take it.
pub fn transition(
    from: OpeningStatus,
    action: OpeningAction,
    actor: Actor,
) -> Option<OpeningStatus> {
    use OpeningAction as A;
    use OpeningStatus as S;
    let to = match (from, action) {
        (S::Draft | S::Rejected, A::Submit) => S::Submitted,
        (S::Submitted, A::Publish) => S::Published,
        (S::Submitted, A::SendBack) => S::Rejected,
        (S::Draft | S::Submitted | S::Published | S::Rejected, A::Close) => S::Closed,
        (S::Published, A::MarkFilled) => S::Filled,
        (S::Published, A::Expire) => S::Expired,
        _ => return None,
    };
    let allowed = match action {
        A::Submit => actor == Actor::Employer || actor == Actor::Desk,
        A::Publish | A::SendBack => actor == Actor::Desk,
        A::Close | A::MarkFilled => actor == Actor::Employer || actor == Actor::Desk,
        A::Expire => actor == Actor::System,
    };
    allowed.then_some(to)
}

/// Can the content still be edited in this status? (Published openings are edited by
/// submitting a change, which sends them back to review.)
pub fn editable(status: OpeningStatus) -> bool {
    matches!(
        status,
        OpeningStatus::Draft
            | OpeningStatus::Rejected
            | OpeningStatus::Submitted
            | OpeningStatus::Published
    )
}

/// Has a published opening passed its closing date (it closes at the end of that day)?
pub fn is_past_closing(closing_date: Option<&str>, today: i64) -> bool {
    closing_date
        .and_then(parse_iso_date)
        .is_some_and(|closing| closing < today)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::dates::days_from_civil;

    fn today() -> i64 {
        days_from_civil(2026, 11, 22)
    }

    pub fn valid() -> OpeningForm {
        OpeningForm {
            kind: "learning_place".into(),
            title: "Leerling hovenier".into(),
            description: "Je leert het vak in onze kwekerij.".into(),
            sector: "greenery".into(),
            municipality: "Buren".into(),
            postcode: "4021ab".into(),
            hours_min: "24".into(),
            hours_max: "32".into(),
            positions: "2".into(),
            start_date: "2027-01-15".into(),
            closing_date: "2027-01-01".into(),
            contract_type: "internship".into(),
            dutch_level: "A2".into(),
            group_young: Some("on".into()),
            support_job_coach: Some("on".into()),
            ..OpeningForm::default()
        }
    }

    #[test]
    fn a_complete_form_parses_and_round_trips() {
        let c = valid().parse(today()).unwrap();
        assert_eq!(c.kind, OpeningKind::LearningPlace);
        assert_eq!(c.postcode, "4021 AB");
        assert_eq!(c.target_groups, vec![TargetGroup::Young]);
        assert!(c.support_job_coach && !c.wage_subsidy);
        assert_eq!(OpeningForm::from_content(&c).parse(today()).unwrap(), c);
    }

    #[test]
    fn every_rule_names_its_field() {
        let cases: Vec<(OpeningForm, &str)> = vec![
            (
                OpeningForm {
                    kind: "job offer".into(),
                    ..valid()
                },
                "kind",
            ),
            (
                OpeningForm {
                    title: "".into(),
                    ..valid()
                },
                "title",
            ),
            (
                OpeningForm {
                    description: " ".into(),
                    ..valid()
                },
                "description",
            ),
            (
                OpeningForm {
                    sector: "".into(),
                    ..valid()
                },
                "sector",
            ),
            (
                OpeningForm {
                    municipality: "".into(),
                    ..valid()
                },
                "municipality",
            ),
            (
                OpeningForm {
                    postcode: "12345".into(),
                    ..valid()
                },
                "postcode",
            ),
            (
                OpeningForm {
                    hours_min: "0".into(),
                    ..valid()
                },
                "hours_min",
            ),
            (
                OpeningForm {
                    hours_max: "veel".into(),
                    ..valid()
                },
                "hours_max",
            ),
            (
                OpeningForm {
                    hours_min: "32".into(),
                    hours_max: "24".into(),
                    ..valid()
                },
                "hours_max",
            ),
            (
                OpeningForm {
                    positions: "0".into(),
                    ..valid()
                },
                "positions",
            ),
            (
                OpeningForm {
                    start_date: "2027-02-30".into(),
                    ..valid()
                },
                "start_date",
            ),
            (
                OpeningForm {
                    closing_date: "2026-11-21".into(),
                    ..valid()
                },
                "closing_date",
            ),
            (
                OpeningForm {
                    closing_date: "2027-02-01".into(),
                    ..valid()
                },
                "closing_date",
            ),
            (
                OpeningForm {
                    contract_type: "".into(),
                    ..valid()
                },
                "contract_type",
            ),
            (
                OpeningForm {
                    salary_min: "2000".into(),
                    ..valid()
                },
                "salary_max",
            ),
            (
                OpeningForm {
                    salary_min: "3000".into(),
                    salary_max: "2500".into(),
                    ..valid()
                },
                "salary_max",
            ),
            (
                OpeningForm {
                    dutch_level: "D1".into(),
                    ..valid()
                },
                "dutch_level",
            ),
            (
                OpeningForm {
                    group_young: None,
                    ..valid()
                },
                "target_groups",
            ),
        ];
        for (form, field) in cases {
            let Err(AppError::Invalid { fields, values }) = form.parse(today()) else {
                panic!("{field} should be refused");
            };
            assert!(
                fields.iter().any(|f| f.field == field),
                "{field}: {fields:?}"
            );
            assert!(
                values.iter().any(|(k, _)| k == "title"),
                "typed values come back"
            );
        }
    }

    #[test]
    fn the_lifecycle() {
        use OpeningAction as A;
        use OpeningStatus as S;
        assert_eq!(
            transition(S::Draft, A::Submit, Actor::Employer),
            Some(S::Submitted)
        );
        assert_eq!(
            transition(S::Submitted, A::Publish, Actor::Employer),
            None,
            "employers do not publish"
        );
        assert_eq!(
            transition(S::Submitted, A::Publish, Actor::Desk),
            Some(S::Published)
        );
        assert_eq!(
            transition(S::Submitted, A::SendBack, Actor::Desk),
            Some(S::Rejected)
        );
        assert_eq!(
            transition(S::Rejected, A::Submit, Actor::Employer),
            Some(S::Submitted)
        );
        assert_eq!(
            transition(S::Published, A::MarkFilled, Actor::Employer),
            Some(S::Filled)
        );
        assert_eq!(
            transition(S::Published, A::Expire, Actor::System),
            Some(S::Expired)
        );
        assert_eq!(transition(S::Published, A::Expire, Actor::Desk), None);
        assert_eq!(
            transition(S::Draft, A::Publish, Actor::Desk),
            None,
            "review comes first"
        );
        assert_eq!(transition(S::Filled, A::Close, Actor::Employer), None);
        assert!(is_past_closing(Some("2026-11-21"), today()));
        assert!(!is_past_closing(Some("2026-11-22"), today()));
        assert!(!is_past_closing(None, today()));
    }
}
