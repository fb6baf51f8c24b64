//! The intake form. Its profile part has the candidate form's field names and rules
//! ([`CandidateForm`]), so a completed intake creates or updates the candidate through the
//! same checks; who the person is (client number, name, address, birth year) comes from
//! the caseload, never from what is typed here. Its own part is the intake record and the
//! first ladder measurement.

use super::ladder::{check_entry, LadderEntry};
use super::{transport_field, Transport};
use crate::domain::candidates::{CandidateForm, CheckedCandidate};
use crate::domain::fields::{required_date, ticked, TOO_LONG};
use crate::domain::kinds::{CandidateStatus, TargetGroup};
use crate::error::{AppError, FieldMessage};
use serde::{Deserialize, Serialize};

crate::messages! { DOMAIN_INTAKE {
    HELD_IN_FUTURE =
        "Het gesprek kan niet later zijn dan vandaag."
        / "The conversation cannot be later than today.";
    HELD_BEFORE_APPOINTMENT =
        "Het gesprek kan niet voor de afspraak zijn gevoerd."
        / "The conversation cannot have been held before the appointment.";
}}

/// The intake form as posted: the profile under the candidate form's names, and the rest.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct IntakeForm {
    #[serde(flatten)]
    pub profile: CandidateForm,
    pub held_on: String,
    /// Diplomas and courses, in words.
    pub education: String,
    pub work_experience: String,
    /// Languages spoken, besides Dutch.
    pub languages: String,
    pub language_course: Option<String>,
    pub transport_bike: Option<String>,
    pub transport_public: Option<String>,
    pub transport_car: Option<String>,
    pub transport_moped: Option<String>,
    pub ladder_step: String,
    pub ladder_potential: String,
    pub ladder_note: String,
}

/// The status a candidate has after an intake: someone who had left the desk's care and
/// is seen again is back in it (active); every other status stays as it was.
pub fn status_after_intake(status: &str) -> String {
    if status == CandidateStatus::Exited.as_str() {
        CandidateStatus::Active.as_str().to_string()
    } else {
        status.to_string()
    }
}

/// The intake's own record, checked.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct IntakeContent {
    /// Day number.
    pub held_on: i64,
    pub education: String,
    pub work_experience: String,
    pub languages: String,
    pub language_course: bool,
    pub transport: Vec<Transport>,
}

/// Everything a completed intake stores.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CheckedIntake {
    pub candidate: CheckedCandidate,
    pub intake: IntakeContent,
    pub ladder: LadderEntry,
}

impl IntakeForm {
    fn transport_box(&self, t: Transport) -> &Option<String> {
        match t {
            Transport::Bike => &self.transport_bike,
            Transport::PublicTransport => &self.transport_public,
            Transport::Car => &self.transport_car,
            Transport::Moped => &self.transport_moped,
        }
    }

    /// Is the checkbox `name` ticked (profile or intake part)?
    pub fn is_ticked(&self, name: &str) -> bool {
        if name == "language_course" {
            return ticked(&self.language_course);
        }
        match Transport::ALL.iter().find(|t| transport_field(**t) == name) {
            Some(t) => ticked(self.transport_box(*t)),
            None => self.profile.is_ticked(name),
        }
    }

    /// The form for an intake, starting from the profile as it stands (a known candidate's,
    /// or one made from the caseload) and an earlier intake, if any.
    pub fn start(profile: CandidateForm, earlier: Option<&IntakeContent>, held_on: &str) -> Self {
        let on = |b: bool| b.then(|| "on".to_string());
        let mut form = IntakeForm {
            profile,
            held_on: held_on.to_string(),
            ..IntakeForm::default()
        };
        if let Some(e) = earlier {
            form.education = e.education.clone();
            form.work_experience = e.work_experience.clone();
            form.languages = e.languages.clone();
            form.language_course = on(e.language_course);
            form.transport_bike = on(e.transport.contains(&Transport::Bike));
            form.transport_public = on(e.transport.contains(&Transport::PublicTransport));
            form.transport_car = on(e.transport.contains(&Transport::Car));
            form.transport_moped = on(e.transport.contains(&Transport::Moped));
        }
        form
    }

    /// What was typed, to show again after a refusal.
    pub fn values(&self) -> Vec<(String, String)> {
        let mut v = self.profile.values();
        v.extend(
            [
                ("held_on", &self.held_on),
                ("education", &self.education),
                ("work_experience", &self.work_experience),
                ("languages", &self.languages),
                ("ladder_step", &self.ladder_step),
                ("ladder_potential", &self.ladder_potential),
                ("ladder_note", &self.ladder_note),
            ]
            .into_iter()
            .map(|(k, v)| (k.to_string(), v.clone())),
        );
        for name in Transport::ALL
            .iter()
            .map(|t| transport_field(*t))
            .chain(["language_course"])
        {
            if self.is_ticked(name) {
                v.push((name.to_string(), "on".to_string()));
            }
        }
        v
    }

    /// The profile to check: `base` (the candidate as known, or made from the caseload)
    /// with what the intake asks about replaced by what was typed. Who the person is, their
    /// consultant and plan stay as in `base`, and so does the status unless they had left
    /// (see [`status_after_intake`]); the target groups that follow from the caseload
    /// (`derived`) are set, the ones only a conversation reveals (status holder, work
    /// limitation) are as ticked.
    pub fn profile_over(&self, base: &CandidateForm, derived: &[TargetGroup]) -> CandidateForm {
        let p = &self.profile;
        let group = |g: TargetGroup| derived.contains(&g).then(|| "on".to_string());
        CandidateForm {
            client_number: base.client_number.clone(),
            first_name: base.first_name.clone(),
            last_name: base.last_name.clone(),
            municipality: base.municipality.clone(),
            postcode: base.postcode.clone(),
            birth_year: base.birth_year.clone(),
            personal_plan: base.personal_plan.clone(),
            consultant: base.consultant.clone(),
            status: status_after_intake(&base.status),
            group_long_term: group(TargetGroup::LongTermUnemployed),
            group_over_50: group(TargetGroup::Over50),
            group_young: group(TargetGroup::Young),
            ..p.clone()
        }
    }

    /// Checks the whole form as of `today`; `appointment` is the day the conversation was
    /// planned (it cannot have been held before it).
    pub fn parse(
        &self,
        base: &CandidateForm,
        derived: &[TargetGroup],
        appointment: i64,
        today: i64,
    ) -> Result<CheckedIntake, AppError> {
        let mut errors: Vec<FieldMessage> = Vec::new();
        let candidate = match self.profile_over(base, derived).parse(today, true) {
            Ok(c) => Some(c),
            Err(AppError::Invalid { fields, .. }) => {
                errors.extend(fields);
                None
            }
            Err(other) => return Err(other),
        };
        let held_on = match required_date(&self.held_on) {
            Ok(d) if d > today => {
                errors.push(FieldMessage::new("held_on", HELD_IN_FUTURE));
                None
            }
            Ok(d) if d < appointment => {
                errors.push(FieldMessage::new("held_on", HELD_BEFORE_APPOINTMENT));
                None
            }
            Ok(d) => Some(d),
            Err(t) => {
                errors.push(FieldMessage::new("held_on", t));
                None
            }
        };
        let mut text = |field: &str, value: &str, max: usize| {
            let value = crate::domain::text::lines(value);
            if value.chars().count() > max {
                errors.push(FieldMessage::new(field, TOO_LONG));
            }
            value
        };
        let education = text("education", &self.education, 1000);
        let work_experience = text("work_experience", &self.work_experience, 2000);
        let languages = text("languages", &self.languages, 200).replace('\n', ", ");
        let ladder = check_entry(
            ("ladder_step", &self.ladder_step),
            ("ladder_potential", &self.ladder_potential),
            ("ladder_note", &self.ladder_note),
            &mut errors,
        );
        match (candidate, held_on, ladder) {
            (Some(candidate), Some(held_on), Some(ladder)) if errors.is_empty() => {
                Ok(CheckedIntake {
                    candidate,
                    intake: IntakeContent {
                        held_on,
                        education,
                        work_experience,
                        languages,
                        language_course: ticked(&self.language_course),
                        transport: Transport::ALL
                            .iter()
                            .copied()
                            .filter(|t| ticked(self.transport_box(*t)))
                            .collect(),
                    },
                    ladder,
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
    use crate::domain::fields::named;
    use crate::domain::kinds::{CandidateStatus, Sector};

    fn day(s: &str) -> i64 {
        parse_iso_date(s).unwrap()
    }

    /// The profile made from a caseload row, as the server makes it.
    fn base() -> CandidateForm {
        CandidateForm {
            client_number: "K100234".into(),
            first_name: "Fatima".into(),
            last_name: "El Amrani".into(),
            municipality: "Zwolle".into(),
            postcode: "8011 AB".into(),
            birth_year: "1990".into(),
            consultant: "7".into(),
            status: "active".into(),
            ..CandidateForm::default()
        }
    }

    fn typed() -> IntakeForm {
        let on = Some("on".to_string());
        IntakeForm {
            profile: CandidateForm {
                // Typed into the post by hand: never taken from the intake form.
                client_number: "X999".into(),
                first_name: "Someone else".into(),
                email: "fatima@example.nl".into(),
                education_level: "mbo2".into(),
                dutch_level: "B1".into(),
                hours_available: "24".into(),
                sector_care: on.clone(),
                skills: "Cooking for groups".into(),
                group_status_holder: on.clone(),
                // The caseload decides these.
                group_over_50: on.clone(),
                obstacle_debts: on.clone(),
                obstacle_notes: "Debt counselling since March".into(),
                consent_scope: "profile".into(),
                consent_date: "2026-12-01".into(),
                ..CandidateForm::default()
            },
            held_on: "2026-12-01".into(),
            education: "MBO 2 helpende zorg (2014)".into(),
            work_experience: "Kitchen help, 3 years".into(),
            languages: "Arabisch\nFrans".into(),
            language_course: on.clone(),
            transport_bike: on.clone(),
            ladder_step: "3".into(),
            ladder_potential: "5".into(),
            ..IntakeForm::default()
        }
    }

    #[test]
    fn an_intake_fills_the_profile_but_never_who_the_person_is() {
        let got = typed()
            .parse(
                &base(),
                &[TargetGroup::LongTermUnemployed],
                day("2026-12-01"),
                day("2026-12-04"),
            )
            .unwrap();
        let c = &got.candidate.content;
        assert_eq!(c.client_number, "K100234");
        assert_eq!(c.first_name, "Fatima");
        assert_eq!(c.email, "fatima@example.nl");
        assert_eq!(c.hours_available, 24);
        assert_eq!(c.sectors_wanted, [Sector::Care]);
        assert_eq!(c.status, CandidateStatus::Active);
        assert_eq!(c.consultant_id, Some(7));
        assert_eq!(
            c.target_groups,
            [TargetGroup::LongTermUnemployed, TargetGroup::StatusHolder]
        );
        assert!(got.candidate.obstacles.debts && !got.candidate.obstacles.health);
        assert!(got.candidate.consent.is_some());
        assert_eq!(got.intake.languages, "Arabisch, Frans");
        assert!(got.intake.language_course);
        assert_eq!(got.intake.transport, [Transport::Bike]);
        assert_eq!((got.ladder.step, got.ladder.potential), (3, 5));
    }

    #[test]
    fn someone_who_had_left_is_back_in_the_desks_care_after_an_intake() {
        let mut returning = base();
        returning.status = "exited".into();
        let got = typed()
            .parse(&returning, &[], day("2026-12-01"), day("2026-12-04"))
            .unwrap();
        assert_eq!(got.candidate.content.status, CandidateStatus::Active);
        for kept in ["paused", "placed", "proposed"] {
            assert_eq!(status_after_intake(kept), kept);
        }
    }

    #[test]
    fn every_bad_field_is_named_and_typed_values_come_back() {
        let form = IntakeForm {
            held_on: "2026-12-05".into(),
            ladder_step: "5".into(),
            ladder_potential: "4".into(),
            work_experience: "x".repeat(2001),
            profile: CandidateForm {
                hours_available: "60".into(),
                ..typed().profile
            },
            ..typed()
        };
        let err = form
            .parse(&base(), &[], day("2026-12-01"), day("2026-12-04"))
            .unwrap_err();
        let values = match &err {
            AppError::Invalid { values, .. } => values.clone(),
            _ => unreachable!(),
        };
        assert_eq!(
            named(err),
            [
                "hours_available",
                "held_on",
                "work_experience",
                "ladder_potential"
            ]
        );
        assert!(values.contains(&("ladder_step".to_string(), "5".to_string())));
        assert!(values.contains(&("transport_bike".to_string(), "on".to_string())));
        assert!(values.contains(&("obstacle_debts".to_string(), "on".to_string())));

        let early = IntakeForm {
            held_on: "2026-11-30".into(),
            ..typed()
        };
        assert_eq!(
            named(
                early
                    .parse(&base(), &[], day("2026-12-01"), day("2026-12-04"))
                    .unwrap_err()
            ),
            ["held_on"]
        );
    }

    #[test]
    fn an_earlier_intake_fills_the_form_again() {
        let got = typed()
            .parse(&base(), &[], day("2026-12-01"), day("2026-12-04"))
            .unwrap();
        let again = IntakeForm::start(base(), Some(&got.intake), "2026-12-04");
        assert!(again.is_ticked("language_course") && again.is_ticked("transport_bike"));
        assert!(!again.is_ticked("transport_car"));
        assert_eq!(again.education, "MBO 2 helpende zorg (2014)");
        // The ladder is measured anew each time.
        assert!(again.ladder_step.is_empty());
    }
}
