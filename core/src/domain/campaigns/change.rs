//! Changing a running campaign: its name, last day, target and consultants. Who is in it
//! and its first day stay as the campaign was made — members are fixed at the start, and
//! the pace is reckoned from that day — and the last day cannot move before an appointment
//! already made, so nobody is left with an appointment outside their campaign.

use super::form::{consultants_of, PERIOD_TOO_LONG, TARGET_RANGE};
use crate::domain::dates::iso_date;
use crate::domain::fields::{number, required_date, required_text, END_BEFORE_START};
use crate::error::{AppError, FieldMessage};
use crate::i18n::T;
use serde::{Deserialize, Serialize};

crate::messages! { DOMAIN_CAMPAIGN_CHANGE {
    ENDS_BEFORE_APPOINTMENT =
        "Er staan nog afspraken na deze dag: kies een latere einddatum, of verzet die afspraken eerst."
        / "Appointments are planned after this day: choose a later end date, or move those appointments first.";
}}

/// The change form as posted; the consultants come beside it (`consultants[i]`).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct CampaignChangeForm {
    pub name: String,
    pub ends_on: String,
    pub target: String,
}

/// A checked change.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CampaignChange {
    pub name: String,
    /// `YYYY-MM-DD`.
    pub ends_on: String,
    pub target: i64,
    pub consultants: Vec<i64>,
}

impl CampaignChangeForm {
    pub fn values(&self) -> Vec<(String, String)> {
        [
            ("name", &self.name),
            ("ends_on", &self.ends_on),
            ("target", &self.target),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_string(), v.clone()))
        .collect()
    }

    /// Checks the change of a campaign that starts on `starts_on` and has appointments up
    /// to `last_appointment` (day numbers), with the consultants ticked (`chosen`) of those
    /// who may take part (`known`).
    pub fn parse(
        &self,
        starts_on: i64,
        last_appointment: Option<i64>,
        chosen: &[i64],
        known: &[i64],
    ) -> Result<CampaignChange, AppError> {
        let mut errors = Vec::new();
        let mut fail = |field: &str, t: T| errors.push(FieldMessage::new(field, t));
        let name = required_text(&self.name, 120)
            .map_err(|t| fail("name", t))
            .ok();
        let end = match required_date(&self.ends_on) {
            Ok(e) if e < starts_on => {
                fail("ends_on", END_BEFORE_START);
                None
            }
            Ok(e) if e - starts_on > 3 * 366 => {
                fail("ends_on", PERIOD_TOO_LONG);
                None
            }
            Ok(e) if last_appointment.is_some_and(|l| e < l) => {
                fail("ends_on", ENDS_BEFORE_APPOINTMENT);
                None
            }
            Ok(e) => Some(e),
            Err(t) => {
                fail("ends_on", t);
                None
            }
        };
        let target = number(&self.target, 1..=100_000, TARGET_RANGE)
            .map_err(|t| fail("target", t))
            .ok();
        let consultants = consultants_of(chosen, known)
            .map_err(|t| fail("consultants", t))
            .ok();
        match (name, end, target, consultants) {
            (Some(name), Some(end), Some(target), Some(consultants)) if errors.is_empty() => {
                Ok(CampaignChange {
                    name,
                    ends_on: iso_date(end),
                    target,
                    consultants,
                })
            }
            _ => Err(AppError::invalid(errors, self.values())),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::dates::days_from_civil;

    fn form(ends_on: &str) -> CampaignChangeForm {
        CampaignChangeForm {
            name: " Iedereen in beeld, verlengd ".into(),
            ends_on: ends_on.into(),
            target: "120".into(),
        }
    }

    fn fields(e: AppError) -> Vec<String> {
        match e {
            AppError::Invalid { fields, .. } => fields.into_iter().map(|f| f.field).collect(),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn a_campaign_is_extended_with_a_new_target_and_consultants() {
        let start = days_from_civil(2027, 1, 4);
        let last = Some(days_from_civil(2027, 3, 1));
        let change = form("2027-06-30")
            .parse(start, last, &[3, 5, 3], &[3, 5, 8])
            .unwrap();
        assert_eq!(
            change,
            CampaignChange {
                name: "Iedereen in beeld, verlengd".into(),
                ends_on: "2027-06-30".into(),
                target: 120,
                consultants: vec![3, 5],
            }
        );
        // Ending on the day of the last appointment is fine.
        assert!(form("2027-03-01").parse(start, last, &[3], &[3]).is_ok());
    }

    #[test]
    fn it_cannot_end_before_its_start_or_its_appointments_nor_lose_every_consultant() {
        let start = days_from_civil(2027, 1, 4);
        let last = Some(days_from_civil(2027, 3, 1));
        assert_eq!(
            fields(
                form("2027-02-28")
                    .parse(start, last, &[3], &[3])
                    .unwrap_err()
            ),
            vec!["ends_on"]
        );
        assert_eq!(
            fields(
                form("2026-12-31")
                    .parse(start, None, &[3], &[3])
                    .unwrap_err()
            ),
            vec!["ends_on"]
        );
        assert_eq!(
            fields(
                form("2031-01-01")
                    .parse(start, None, &[3], &[3])
                    .unwrap_err()
            ),
            vec!["ends_on"]
        );
        let mut f = form("2027-06-30");
        f.name = " ".into();
        f.target = "0".into();
        assert_eq!(
            fields(f.parse(start, None, &[], &[3]).unwrap_err()),
            vec!["name", "target", "consultants"]
        );
        assert_eq!(
            fields(
                form("2027-06-30")
                    .parse(start, None, &[9], &[3])
                    .unwrap_err()
            ),
            vec!["consultants"]
        );
    }
}
