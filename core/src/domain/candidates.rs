//! Candidates: people on social assistance the desk works with in person. The form as
//! typed, the rules a valid profile meets, and the special data (obstacles) that is kept
//! apart from the profile and never leaves the desk.
//!
//! Consent to share a profile with employers is recorded separately, with a history
//! (`store::candidates`), because it gates every proposal.

use super::dates::civil_from_days;
use super::fields::{number, optional_date, ticked};
use super::fields::{required_text, CHOOSE_FROM_LIST, REQUIRED, TOO_LONG};
use super::kinds::{
    CandidateStatus, ConsentScope, DutchLevel, EducationLevel, Motivation, Sector, TargetGroup,
};
use super::matching::CandidateProfile;
use super::registration::phone;
use super::{EmailAddress, Postcode};
use crate::error::{AppError, FieldMessage};
use crate::i18n::T;
use serde::{Deserialize, Serialize};

/// The longest first name a candidate may have (the caseload import refuses longer ones).
pub const FIRST_NAME_MAX: usize = 60;
/// The longest last name, with its infix.
pub const LAST_NAME_MAX: usize = 80;

/// The candidate form as posted; checkboxes are present when ticked.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct CandidateForm {
    pub client_number: String,
    pub first_name: String,
    pub last_name: String,
    pub email: String,
    pub phone: String,
    pub municipality: String,
    pub postcode: String,
    pub birth_year: String,
    pub education_level: String,
    pub dutch_level: String,
    pub driving_licence: Option<String>,
    pub hours_available: String,
    pub sector_care: Option<String>,
    pub sector_hospitality: Option<String>,
    pub sector_construction: Option<String>,
    pub sector_transport: Option<String>,
    pub sector_logistics: Option<String>,
    pub sector_retail: Option<String>,
    pub sector_cleaning: Option<String>,
    pub sector_technology: Option<String>,
    pub sector_government: Option<String>,
    pub sector_greenery: Option<String>,
    pub occupations_wanted: String,
    pub skills: String,
    pub talents: String,
    pub hobbies: String,
    pub ambitions: String,
    pub group_long_term: Option<String>,
    pub group_over_50: Option<String>,
    pub group_status_holder: Option<String>,
    pub group_young: Option<String>,
    pub group_work_limitation: Option<String>,
    pub personal_plan: String,
    pub motivation: String,
    pub motivation_note: String,
    pub consultant: String,
    pub status: String,
    pub obstacle_debts: Option<String>,
    pub obstacle_childcare: Option<String>,
    pub obstacle_health: Option<String>,
    pub obstacle_housing: Option<String>,
    pub obstacle_notes: String,
    /// Only on registration: the consent given, if any (a [`ConsentScope`] code or empty).
    pub consent_scope: String,
    pub consent_date: String,
}

/// A valid candidate profile (without the obstacles).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CandidateContent {
    pub client_number: String,
    pub first_name: String,
    pub last_name: String,
    pub email: String,
    pub phone: String,
    pub municipality: String,
    pub postcode: String,
    pub birth_year: i64,
    pub education_level: EducationLevel,
    pub dutch_level: DutchLevel,
    pub driving_licence: bool,
    pub hours_available: i64,
    pub sectors_wanted: Vec<Sector>,
    pub occupations_wanted: String,
    pub skills: String,
    pub talents: String,
    pub hobbies: String,
    pub ambitions: String,
    pub target_groups: Vec<TargetGroup>,
    pub personal_plan: String,
    pub motivation: Motivation,
    pub motivation_note: String,
    pub consultant_id: Option<i64>,
    pub status: CandidateStatus,
}

/// Special personal data: what stands in the way of work. Desk only.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(sqlx::FromRow))]
pub struct Obstacles {
    #[cfg_attr(feature = "ssr", sqlx(try_from = "crate::sql::Flag"))]
    pub debts: bool,
    #[cfg_attr(feature = "ssr", sqlx(try_from = "crate::sql::Flag"))]
    pub childcare: bool,
    #[cfg_attr(feature = "ssr", sqlx(try_from = "crate::sql::Flag"))]
    pub health: bool,
    #[cfg_attr(feature = "ssr", sqlx(try_from = "crate::sql::Flag"))]
    pub housing: bool,
    pub notes: String,
}

/// A consent given on registration.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConsentGiven {
    pub scope: ConsentScope,
    /// `YYYY-MM-DD`.
    pub given_on: String,
}

/// Everything the form holds, checked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CheckedCandidate {
    pub content: CandidateContent,
    pub obstacles: Obstacles,
    pub consent: Option<ConsentGiven>,
}

crate::messages! { DOMAIN_CANDIDATES {
    CLIENT_NUMBER_FORMAT =
        "Vul het klantnummer in zoals het in het klantsysteem staat: 4 tot 20 letters en cijfers, zoals K100234."
        / "Enter the client number as it appears in the client system: 4 to 20 letters and digits, such as K100234.";
    CLIENT_NUMBER_TAKEN =
        "Er staat al een kandidaat met dit klantnummer in Opstap."
        / "A candidate with this client number is already in Opstap.";
    BIRTH_YEAR_RANGE =
        "Vul een geboortejaar in van vier cijfers; de kandidaat is 15 tot 80 jaar."
        / "Enter a four-digit birth year; the candidate is 15 to 80 years old.";
    HOURS_AVAILABLE_RANGE =
        "Vul het aantal uren per week in dat de kandidaat kan werken, van 1 tot en met 40."
        / "Enter the hours a week the candidate can work, from 1 to 40.";
    NO_SECTOR =
        "Kies minstens één sector waarin de kandidaat wil werken."
        / "Choose at least one sector the candidate wants to work in.";
    CONSENT_DATE_FUTURE =
        "De datum van de toestemming ligt in de toekomst."
        / "The date of the consent is in the future.";
    CONSENT_DATE_MISSING =
        "Vul de datum in waarop de kandidaat toestemming gaf."
        / "Enter the date the candidate gave consent.";
    INVALID_EMAIL =
        "Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl, of laat het veld leeg."
        / "Enter a valid e-mail address, such as name@example.com, or leave the field empty.";
}}

/// An optional text, cleaned: one line, or several when `multi` (`domain::text`).
fn optional_text(value: &str, max: usize, multi: bool) -> Result<String, T> {
    let value = if multi {
        super::text::lines(value)
    } else {
        super::text::line(value)
    };
    if value.chars().count() > max {
        Err(TOO_LONG)
    } else {
        Ok(value)
    }
}

/// The form field for each sector.
pub fn sector_field(sector: Sector) -> &'static str {
    match sector {
        Sector::Care => "sector_care",
        Sector::Hospitality => "sector_hospitality",
        Sector::Construction => "sector_construction",
        Sector::Transport => "sector_transport",
        Sector::Logistics => "sector_logistics",
        Sector::Retail => "sector_retail",
        Sector::Cleaning => "sector_cleaning",
        Sector::Technology => "sector_technology",
        Sector::Government => "sector_government",
        Sector::Greenery => "sector_greenery",
    }
}

/// The form field for each target group (the same names as on the opening form).
pub fn group_field(group: TargetGroup) -> &'static str {
    match group {
        TargetGroup::LongTermUnemployed => "group_long_term",
        TargetGroup::Over50 => "group_over_50",
        TargetGroup::StatusHolder => "group_status_holder",
        TargetGroup::Young => "group_young",
        TargetGroup::WorkLimitation => "group_work_limitation",
    }
}

impl CandidateForm {
    fn sector_box(&self, sector: Sector) -> &Option<String> {
        match sector {
            Sector::Care => &self.sector_care,
            Sector::Hospitality => &self.sector_hospitality,
            Sector::Construction => &self.sector_construction,
            Sector::Transport => &self.sector_transport,
            Sector::Logistics => &self.sector_logistics,
            Sector::Retail => &self.sector_retail,
            Sector::Cleaning => &self.sector_cleaning,
            Sector::Technology => &self.sector_technology,
            Sector::Government => &self.sector_government,
            Sector::Greenery => &self.sector_greenery,
        }
    }

    fn group_box(&self, group: TargetGroup) -> &Option<String> {
        match group {
            TargetGroup::LongTermUnemployed => &self.group_long_term,
            TargetGroup::Over50 => &self.group_over_50,
            TargetGroup::StatusHolder => &self.group_status_holder,
            TargetGroup::Young => &self.group_young,
            TargetGroup::WorkLimitation => &self.group_work_limitation,
        }
    }

    fn boxes(&self) -> Vec<(&'static str, &Option<String>)> {
        let mut v: Vec<(&'static str, &Option<String>)> = Sector::ALL
            .iter()
            .map(|s| (sector_field(*s), self.sector_box(*s)))
            .collect();
        v.extend(
            TargetGroup::ALL
                .iter()
                .map(|g| (group_field(*g), self.group_box(*g))),
        );
        v.push(("driving_licence", &self.driving_licence));
        v.push(("obstacle_debts", &self.obstacle_debts));
        v.push(("obstacle_childcare", &self.obstacle_childcare));
        v.push(("obstacle_health", &self.obstacle_health));
        v.push(("obstacle_housing", &self.obstacle_housing));
        v
    }

    /// Is the checkbox `name` ticked?
    pub fn is_ticked(&self, name: &str) -> bool {
        self.boxes()
            .into_iter()
            .any(|(n, v)| n == name && ticked(v))
    }

    /// The form filled with a stored candidate, for editing.
    pub fn from_content(c: &CandidateContent, o: &Obstacles) -> CandidateForm {
        let on = |b: bool| b.then(|| "on".to_string());
        let sector = |s: Sector| on(c.sectors_wanted.contains(&s));
        let group = |g: TargetGroup| on(c.target_groups.contains(&g));
        CandidateForm {
            client_number: c.client_number.clone(),
            first_name: c.first_name.clone(),
            last_name: c.last_name.clone(),
            email: c.email.clone(),
            phone: c.phone.clone(),
            municipality: c.municipality.clone(),
            postcode: c.postcode.clone(),
            birth_year: c.birth_year.to_string(),
            education_level: c.education_level.as_str().into(),
            dutch_level: c.dutch_level.as_str().into(),
            driving_licence: on(c.driving_licence),
            hours_available: c.hours_available.to_string(),
            sector_care: sector(Sector::Care),
            sector_hospitality: sector(Sector::Hospitality),
            sector_construction: sector(Sector::Construction),
            sector_transport: sector(Sector::Transport),
            sector_logistics: sector(Sector::Logistics),
            sector_retail: sector(Sector::Retail),
            sector_cleaning: sector(Sector::Cleaning),
            sector_technology: sector(Sector::Technology),
            sector_government: sector(Sector::Government),
            sector_greenery: sector(Sector::Greenery),
            occupations_wanted: c.occupations_wanted.clone(),
            skills: c.skills.clone(),
            talents: c.talents.clone(),
            hobbies: c.hobbies.clone(),
            ambitions: c.ambitions.clone(),
            group_long_term: group(TargetGroup::LongTermUnemployed),
            group_over_50: group(TargetGroup::Over50),
            group_status_holder: group(TargetGroup::StatusHolder),
            group_young: group(TargetGroup::Young),
            group_work_limitation: group(TargetGroup::WorkLimitation),
            personal_plan: c.personal_plan.clone(),
            motivation: c.motivation.as_str().into(),
            motivation_note: c.motivation_note.clone(),
            consultant: c.consultant_id.map(|i| i.to_string()).unwrap_or_default(),
            status: c.status.as_str().into(),
            obstacle_debts: on(o.debts),
            obstacle_childcare: on(o.childcare),
            obstacle_health: on(o.health),
            obstacle_housing: on(o.housing),
            obstacle_notes: o.notes.clone(),
            consent_scope: String::new(),
            consent_date: String::new(),
        }
    }

    /// What was typed, to show again after a refusal (ticked boxes as `on`).
    pub fn values(&self) -> Vec<(String, String)> {
        let mut v: Vec<(String, String)> = [
            ("client_number", &self.client_number),
            ("first_name", &self.first_name),
            ("last_name", &self.last_name),
            ("email", &self.email),
            ("phone", &self.phone),
            ("municipality", &self.municipality),
            ("postcode", &self.postcode),
            ("birth_year", &self.birth_year),
            ("education_level", &self.education_level),
            ("dutch_level", &self.dutch_level),
            ("hours_available", &self.hours_available),
            ("occupations_wanted", &self.occupations_wanted),
            ("skills", &self.skills),
            ("talents", &self.talents),
            ("hobbies", &self.hobbies),
            ("ambitions", &self.ambitions),
            ("personal_plan", &self.personal_plan),
            ("motivation", &self.motivation),
            ("motivation_note", &self.motivation_note),
            ("consultant", &self.consultant),
            ("status", &self.status),
            ("obstacle_notes", &self.obstacle_notes),
            ("consent_scope", &self.consent_scope),
            ("consent_date", &self.consent_date),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_string(), v.clone()))
        .collect();
        for (name, value) in self.boxes() {
            if ticked(value) {
                v.push((name.to_string(), "on".to_string()));
            }
        }
        v
    }

    /// Checks every field as of `today` (day number). `with_consent`: the registration form,
    /// which also asks for a consent.
    pub fn parse(&self, today: i64, with_consent: bool) -> Result<CheckedCandidate, AppError> {
        let mut errors: Vec<FieldMessage> = Vec::new();
        let mut fail = |field: &str, t: T| errors.push(FieldMessage::new(field, t));
        let this_year = civil_from_days(today).0;

        let client_number: String = self
            .client_number
            .trim()
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect::<String>()
            .to_uppercase();
        if client_number.is_empty() {
            fail("client_number", REQUIRED);
        } else if !(4..=20).contains(&client_number.len())
            || !client_number
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-')
        {
            fail("client_number", CLIENT_NUMBER_FORMAT);
        }
        let first_name = required_text(&self.first_name, FIRST_NAME_MAX)
            .map_err(|t| fail("first_name", t))
            .ok();
        let last_name = required_text(&self.last_name, LAST_NAME_MAX)
            .map_err(|t| fail("last_name", t))
            .ok();
        let email = match self.email.trim() {
            "" => Some(String::new()),
            typed => EmailAddress::parse(typed)
                .map(|e| e.as_str().to_string())
                .map_err(|_| fail("email", INVALID_EMAIL))
                .ok(),
        };
        let phone = match self.phone.trim() {
            "" => Some(String::new()),
            typed => phone(typed).map_err(|t| fail("phone", t)).ok(),
        };
        let municipality = required_text(&self.municipality, 80)
            .map_err(|t| fail("municipality", t))
            .ok();
        let postcode = Postcode::parse(&self.postcode)
            .map_err(|e| fail("postcode", e.0))
            .ok();
        let birth_year = number(
            &self.birth_year,
            this_year - 80..=this_year - 15,
            BIRTH_YEAR_RANGE,
        )
        .map_err(|t| fail("birth_year", t))
        .ok();
        let education_level = EducationLevel::parse(self.education_level.trim());
        if education_level.is_none() {
            fail("education_level", CHOOSE_FROM_LIST);
        }
        let dutch_level = DutchLevel::parse(self.dutch_level.trim());
        if dutch_level.is_none() {
            fail("dutch_level", CHOOSE_FROM_LIST);
        }
        let hours_available = number(&self.hours_available, 1..=40, HOURS_AVAILABLE_RANGE)
            .map_err(|t| fail("hours_available", t))
            .ok();
        let sectors_wanted: Vec<Sector> = Sector::ALL
            .iter()
            .copied()
            .filter(|s| ticked(self.sector_box(*s)))
            .collect();
        if sectors_wanted.is_empty() {
            fail("sectors_wanted", NO_SECTOR);
        }
        let target_groups: Vec<TargetGroup> = TargetGroup::ALL
            .iter()
            .copied()
            .filter(|g| ticked(self.group_box(*g)))
            .collect();
        let mut text = |field: &str, value: &str, max: usize| {
            optional_text(value, max, field != "occupations_wanted")
                .map_err(|t| fail(field, t))
                .unwrap_or_default()
        };
        let occupations_wanted = text("occupations_wanted", &self.occupations_wanted, 200);
        let skills = text("skills", &self.skills, 1000);
        let talents = text("talents", &self.talents, 1000);
        let hobbies = text("hobbies", &self.hobbies, 1000);
        let ambitions = text("ambitions", &self.ambitions, 1000);
        let personal_plan = text("personal_plan", &self.personal_plan, 5000);
        let motivation_note = text("motivation_note", &self.motivation_note, 1000);
        let obstacle_notes = text("obstacle_notes", &self.obstacle_notes, 2000);
        let motivation = match self.motivation.trim() {
            "" => Some(Motivation::Unknown),
            code => Motivation::parse(code).or_else(|| {
                fail("motivation", CHOOSE_FROM_LIST);
                None
            }),
        };
        let consultant_id = match self.consultant.trim() {
            "" => Some(None),
            typed => typed.parse::<i64>().ok().map(Some).or_else(|| {
                fail("consultant", CHOOSE_FROM_LIST);
                None
            }),
        };
        let status = match self.status.trim() {
            "" => Some(CandidateStatus::Active),
            code => CandidateStatus::parse(code).or_else(|| {
                fail("status", CHOOSE_FROM_LIST);
                None
            }),
        };
        let consent = if with_consent {
            match self.consent_scope.trim() {
                "" => Some(None),
                code => match ConsentScope::parse(code) {
                    None => {
                        fail("consent_scope", CHOOSE_FROM_LIST);
                        None
                    }
                    Some(scope) => match optional_date(&self.consent_date) {
                        Ok(None) => {
                            fail("consent_date", CONSENT_DATE_MISSING);
                            None
                        }
                        Err(t) => {
                            fail("consent_date", t);
                            None
                        }
                        Ok(Some(day)) if day > today => {
                            fail("consent_date", CONSENT_DATE_FUTURE);
                            None
                        }
                        Ok(Some(day)) => Some(Some(ConsentGiven {
                            scope,
                            given_on: super::dates::iso_date(day),
                        })),
                    },
                },
            }
        } else {
            Some(None)
        };
        let refused = || AppError::invalid(errors.clone(), self.values());
        if !errors.is_empty() {
            return Err(refused());
        }
        match (
            first_name,
            last_name,
            email,
            phone,
            municipality,
            postcode,
            birth_year,
            education_level,
            dutch_level,
            hours_available,
            motivation,
            consultant_id,
            status,
            consent,
        ) {
            (
                Some(first_name),
                Some(last_name),
                Some(email),
                Some(phone),
                Some(municipality),
                Some(postcode),
                Some(birth_year),
                Some(education_level),
                Some(dutch_level),
                Some(hours_available),
                Some(motivation),
                Some(consultant_id),
                Some(status),
                Some(consent),
            ) => Ok(CheckedCandidate {
                content: CandidateContent {
                    client_number,
                    first_name,
                    last_name,
                    email,
                    phone,
                    municipality,
                    postcode: postcode.as_str().to_string(),
                    birth_year,
                    education_level,
                    dutch_level,
                    driving_licence: ticked(&self.driving_licence),
                    hours_available,
                    sectors_wanted,
                    occupations_wanted,
                    skills,
                    talents,
                    hobbies,
                    ambitions,
                    target_groups,
                    personal_plan,
                    motivation,
                    motivation_note,
                    consultant_id,
                    status,
                },
                obstacles: Obstacles {
                    debts: ticked(&self.obstacle_debts),
                    childcare: ticked(&self.obstacle_childcare),
                    health: ticked(&self.obstacle_health),
                    housing: ticked(&self.obstacle_housing),
                    notes: obstacle_notes,
                },
                consent,
            }),
            _ => Err(refused()),
        }
    }
}

impl CandidateContent {
    /// First and last name, as pages and mails show them (an anonymised candidate has no
    /// first name, so no leading space).
    pub fn full_name(&self) -> String {
        format!("{} {}", self.first_name, self.last_name)
            .trim()
            .to_string()
    }

    /// What matching may know of this candidate.
    pub fn profile(&self) -> CandidateProfile {
        CandidateProfile {
            municipality: self.municipality.clone(),
            postcode: self.postcode.clone(),
            birth_year: self.birth_year,
            dutch_level: self.dutch_level,
            driving_licence: self.driving_licence,
            hours_available: self.hours_available,
            sectors_wanted: self.sectors_wanted.clone(),
            occupations_wanted: self.occupations_wanted.clone(),
            target_groups: self.target_groups.clone(),
            motivation: self.motivation,
        }
    }

    /// How an employer sees the name on a proposal: first name and the initial of the last
    /// name (`Fatima E.`).
    pub fn short_name(&self) -> String {
        short_name(&self.first_name, &self.last_name)
    }
}

/// First name and initial of the last name; a prefix such as "van der" is skipped, so
/// "Jan van der Berg" becomes "Jan B.".
pub fn short_name(first: &str, last: &str) -> String {
    const PREFIXES: &[&str] = &[
        "van", "de", "der", "den", "het", "ten", "ter", "te", "in", "'t",
    ];
    let initial = last
        .split_whitespace()
        .find(|w| !PREFIXES.contains(&w.to_lowercase().as_str()))
        .or_else(|| last.split_whitespace().last())
        .and_then(|w| w.chars().next())
        .map(|c| format!(" {}.", c.to_uppercase()))
        .unwrap_or_default();
    format!("{}{}", first.trim(), initial)
}

/// Can a candidate with this consent and status be proposed to an employer?
pub fn may_be_proposed(consent: Option<ConsentScope>, status: CandidateStatus) -> bool {
    consent.is_some()
        && matches!(
            status,
            CandidateStatus::Active | CandidateStatus::Proposed | CandidateStatus::Placed
        )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::dates::days_from_civil;

    fn today() -> i64 {
        days_from_civil(2026, 11, 22)
    }

    pub fn filled() -> CandidateForm {
        CandidateForm {
            client_number: " k100 234 ".into(),
            first_name: "Fatima".into(),
            last_name: "El Amrani".into(),
            municipality: "Tiel".into(),
            postcode: "4001ab".into(),
            birth_year: "1990".into(),
            education_level: "mbo2".into(),
            dutch_level: "B1".into(),
            hours_available: "24".into(),
            sector_care: Some("on".into()),
            group_status_holder: Some("on".into()),
            obstacle_debts: Some("on".into()),
            consent_scope: "profile".into(),
            consent_date: "2026-11-20".into(),
            ..CandidateForm::default()
        }
    }

    #[test]
    fn a_filled_form_parses_with_obstacles_and_consent_apart() {
        let c = filled().parse(today(), true).expect("valid");
        assert_eq!(c.content.client_number, "K100234");
        assert_eq!(c.content.postcode, "4001 AB");
        assert_eq!(c.content.sectors_wanted, vec![Sector::Care]);
        assert_eq!(c.content.target_groups, vec![TargetGroup::StatusHolder]);
        assert_eq!(c.content.status, CandidateStatus::Active);
        assert!(c.obstacles.debts && !c.obstacles.health);
        assert_eq!(
            c.consent,
            Some(ConsentGiven {
                scope: ConsentScope::Profile,
                given_on: "2026-11-20".into()
            })
        );
    }

    #[test]
    fn every_wrong_field_is_named_and_what_was_typed_comes_back() {
        let form = CandidateForm {
            client_number: "K1".into(),
            birth_year: "2020".into(),
            hours_available: "60".into(),
            email: "not-an-address".into(),
            consent_scope: "profile".into(),
            consent_date: "2027-01-01".into(),
            sector_care: None,
            ..filled()
        };
        match form.parse(today(), true) {
            Err(AppError::Invalid { fields, values }) => {
                let named: Vec<&str> = fields.iter().map(|f| f.field.as_str()).collect();
                for field in [
                    "client_number",
                    "birth_year",
                    "hours_available",
                    "email",
                    "sectors_wanted",
                    "consent_date",
                ] {
                    assert!(named.contains(&field), "{field} missing from {named:?}");
                }
                assert!(fields.iter().all(|f| !f.nl.is_empty() && !f.en.is_empty()));
                assert!(values.contains(&("email".into(), "not-an-address".into())));
                assert!(values.contains(&("obstacle_debts".into(), "on".into())));
            }
            other => panic!("expected refusal, got {other:?}"),
        }
    }

    #[test]
    fn consent_is_only_read_on_registration() {
        let c = filled().parse(today(), false).expect("valid");
        assert_eq!(c.consent, None);
    }

    #[test]
    fn the_form_round_trips_through_a_stored_candidate() {
        let c = filled().parse(today(), false).expect("valid");
        let again = CandidateForm::from_content(&c.content, &c.obstacles)
            .parse(today(), false)
            .expect("valid");
        assert_eq!(again, c);
    }

    #[test]
    fn employers_see_a_first_name_and_initial() {
        assert_eq!(short_name("Fatima", "El Amrani"), "Fatima E.");
        assert_eq!(short_name("Jan", "van der Berg"), "Jan B.");
        assert_eq!(short_name("Anna", "de Vries"), "Anna V.");
        assert_eq!(short_name("Piet", ""), "Piet");
    }

    #[test]
    fn only_candidates_with_consent_may_be_proposed() {
        assert!(!may_be_proposed(None, CandidateStatus::Active));
        assert!(may_be_proposed(
            Some(ConsentScope::Profile),
            CandidateStatus::Active
        ));
        assert!(!may_be_proposed(
            Some(ConsentScope::Profile),
            CandidateStatus::Exited
        ));
        assert!(!may_be_proposed(
            Some(ConsentScope::Profile),
            CandidateStatus::Paused
        ));
    }
}
