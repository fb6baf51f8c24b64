//! A campaign as the desk types it: name, period, who is in it, the target number of
//! conversations and the consultants taking part.

use super::criteria::{Criteria, SELECTABLE};
use crate::domain::dates::iso_date;
use crate::domain::fields::{
    number, required_date, required_text, CHOOSE_FROM_LIST, END_BEFORE_START,
};
use crate::domain::kinds::TargetGroup;
use crate::error::{AppError, FieldMessage};
use crate::i18n::T;
use serde::{Deserialize, Serialize};

crate::messages! { DOMAIN_CAMPAIGNS {
    TARGET_RANGE =
        "Vul het aantal gesprekken in: een heel getal van 1 tot 100.000."
        / "Enter the number of conversations: a whole number from 1 to 100,000.";
    AREA_FORMAT =
        "Vul de vier cijfers van een postcode in, zoals 7241."
        / "Enter the four digits of a postcode, such as 7241.";
    AREA_ORDER =
        "Het eerste postcodegebied moet lager zijn dan het laatste."
        / "The first postcode area must be lower than the last.";
    MONTHS_RANGE =
        "Vul een aantal maanden in van 0 tot 600."
        / "Enter a number of months from 0 to 600.";
    PERIOD_TOO_LONG =
        "Een campagne duurt hoogstens drie jaar."
        / "A campaign lasts three years at most.";
    CHOOSE_CONSULTANT =
        "Kies minstens één consulent die meedoet."
        / "Choose at least one consultant taking part.";
}}

/// The campaign form as posted (every field text). The consultants come beside it, as the
/// ids ticked (`consultants[i]`).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct CampaignForm {
    pub name: String,
    pub starts_on: String,
    pub ends_on: String,
    pub target: String,
    pub municipality: String,
    pub postcode_from: String,
    pub postcode_to: String,
    pub district: String,
    pub group: String,
    pub min_benefit_months: String,
    /// The key the form was shown with (hidden), so posting it twice makes one campaign.
    pub key: String,
}

/// A checked campaign.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Campaign {
    pub name: String,
    /// `YYYY-MM-DD`.
    pub starts_on: String,
    pub ends_on: String,
    pub target: i64,
    pub criteria: Criteria,
    pub consultants: Vec<i64>,
}

fn area(text: &str) -> Result<Option<u16>, T> {
    match text.trim() {
        "" => Ok(None),
        t => t
            .parse::<u16>()
            .ok()
            .filter(|a| (1000..=9999).contains(a))
            .map(Some)
            .ok_or(AREA_FORMAT),
    }
}

impl CampaignForm {
    pub fn values(&self) -> Vec<(String, String)> {
        let v: Vec<(String, String)> = [
            ("name", &self.name),
            ("starts_on", &self.starts_on),
            ("ends_on", &self.ends_on),
            ("target", &self.target),
            ("municipality", &self.municipality),
            ("postcode_from", &self.postcode_from),
            ("postcode_to", &self.postcode_to),
            ("district", &self.district),
            ("group", &self.group),
            ("min_benefit_months", &self.min_benefit_months),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_string(), v.clone()))
        .collect();
        v
    }

    /// Checks the form with the consultants ticked (`chosen`); `known_consultants` are the
    /// ids that may take part.
    pub fn parse(&self, chosen: &[i64], known_consultants: &[i64]) -> Result<Campaign, AppError> {
        let mut errors = Vec::new();
        let mut fail = |field: &str, t: T| errors.push(FieldMessage::new(field, t));
        let name = required_text(&self.name, 120)
            .map_err(|t| fail("name", t))
            .ok();
        let start = required_date(&self.starts_on)
            .map_err(|t| fail("starts_on", t))
            .ok();
        let end = required_date(&self.ends_on)
            .map_err(|t| fail("ends_on", t))
            .ok();
        if let (Some(s), Some(e)) = (start, end) {
            if e < s {
                fail("ends_on", END_BEFORE_START);
            } else if e - s > 3 * 366 {
                fail("ends_on", PERIOD_TOO_LONG);
            }
        }
        let target = number(&self.target, 1..=100_000, TARGET_RANGE)
            .map_err(|t| fail("target", t))
            .ok();
        let from = area(&self.postcode_from)
            .map_err(|t| fail("postcode_from", t))
            .ok()
            .flatten();
        let to = area(&self.postcode_to)
            .map_err(|t| fail("postcode_to", t))
            .ok()
            .flatten();
        if let (Some(f), Some(t)) = (from, to) {
            if f > t {
                fail("postcode_to", AREA_ORDER);
            }
        }
        let group = match self.group.trim() {
            "" => None,
            code => match TargetGroup::parse(code).filter(|g| SELECTABLE.contains(g)) {
                Some(g) => Some(g),
                None => {
                    fail("group", CHOOSE_FROM_LIST);
                    None
                }
            },
        };
        let months = match self.min_benefit_months.trim() {
            "" => None,
            t => number(t, 0..=600, MONTHS_RANGE)
                .map_err(|t| fail("min_benefit_months", t))
                .ok(),
        };
        let consultants = consultants_of(chosen, known_consultants)
            .map_err(|t| fail("consultants", t))
            .unwrap_or_default();
        let text = |s: &str| Some(crate::domain::text::line(s)).filter(|s| !s.is_empty());
        match (name, start, end, target) {
            (Some(name), Some(start), Some(end), Some(target)) if errors.is_empty() => {
                Ok(Campaign {
                    name,
                    starts_on: iso_date(start),
                    ends_on: iso_date(end),
                    target,
                    criteria: Criteria {
                        municipality: text(&self.municipality),
                        postcode_from: from,
                        postcode_to: to,
                        district: text(&self.district),
                        group,
                        min_benefit_months: months,
                    },
                    consultants,
                })
            }
            _ => Err(AppError::invalid(errors, self.values())),
        }
    }
}

/// The consultants ticked, each once, when every one may take part and there is one.
pub(super) fn consultants_of(chosen: &[i64], known: &[i64]) -> Result<Vec<i64>, T> {
    if chosen.is_empty() {
        return Err(CHOOSE_CONSULTANT);
    }
    let mut out: Vec<i64> = Vec::new();
    for id in chosen {
        if !known.contains(id) {
            return Err(CHOOSE_FROM_LIST);
        }
        if !out.contains(id) {
            out.push(*id);
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form() -> CampaignForm {
        CampaignForm {
            name: "Iedereen in beeld 2027".into(),
            starts_on: "2027-01-04".into(),
            ends_on: "2028-12-22".into(),
            target: "27000".into(),
            municipality: " Den Haag ".into(),
            postcode_from: "2500".into(),
            postcode_to: "2599".into(),
            group: "over_50".into(),
            ..CampaignForm::default()
        }
    }

    fn fields(e: AppError) -> Vec<String> {
        match e {
            AppError::Invalid { fields, .. } => fields.into_iter().map(|f| f.field).collect(),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn a_good_campaign_is_cleaned() {
        let c = form().parse(&[7, 9, 7], &[7, 9]).unwrap();
        assert_eq!(c.criteria.municipality.as_deref(), Some("Den Haag"));
        assert_eq!(
            (c.criteria.postcode_from, c.criteria.postcode_to),
            (Some(2500), Some(2599))
        );
        assert_eq!(c.criteria.group, Some(TargetGroup::Over50));
        assert_eq!(c.consultants, vec![7, 9]);
        assert_eq!(c.target, 27000);
    }

    #[test]
    fn each_bad_field_is_named() {
        let mut f = form();
        f.ends_on = "2026-12-01".into();
        f.target = "0".into();
        f.postcode_to = "2400".into();
        f.group = "status_holder".into();
        f.min_benefit_months = "-1".into();
        assert_eq!(
            fields(f.parse(&[8], &[7, 9]).unwrap_err()),
            vec![
                "ends_on",
                "target",
                "postcode_to",
                "group",
                "min_benefit_months",
                "consultants"
            ]
        );
        let mut none = form();
        none.postcode_from = "72".into();
        assert_eq!(
            fields(none.parse(&[], &[7]).unwrap_err()),
            vec!["postcode_from", "consultants"]
        );
    }
}
