//! How long the portal keeps a candidate's personal data, and what removing it means.
//!
//! The desk needs to know who someone is while it helps them. Once they have left the
//! service (status `exited`) for longer than the period the admin sets, the hourly job
//! anonymises them; an admin can also do it at once when the person asks for erasure.
//! Anonymising keeps what the reports count (municipality, target groups, birth year,
//! levels, hours, sectors, dates, statuses, placements and their outcomes) and removes
//! what says who the person is or what they told the desk: names, contact details,
//! postcode, free texts, obstacles, notes on proposals, placements and check-ins.
//! These rules are plain functions; the store applies them in one transaction.

use super::candidates::CandidateContent;
use super::dates::{add_months, iso_date, parse_iso_date};
use super::kinds::{CandidateStatus, Motivation};
use crate::error::{AppError, FieldMessage};
use crate::i18n::T;

/// Why a candidate was anonymised.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Cause {
    /// The retention period after leaving the service ran out (the hourly job).
    Retention,
    /// The person asked for erasure (an admin, with a reason).
    Request,
}

impl Cause {
    pub fn as_str(self) -> &'static str {
        match self {
            Cause::Retention => "retention",
            Cause::Request => "request",
        }
    }

    pub fn parse(code: &str) -> Option<Cause> {
        match code {
            "retention" => Some(Cause::Retention),
            "request" => Some(Cause::Request),
            _ => None,
        }
    }

    pub fn label(self) -> T {
        match self {
            Cause::Retention => CAUSE_RETENTION,
            Cause::Request => CAUSE_REQUEST,
        }
    }
}

/// The client number, last name and marker an anonymised candidate keeps: unique, and
/// says nothing about the person.
pub fn anonymous_number(id: i64) -> String {
    format!("anon-{id}")
}

/// People who left before this day (`YYYY-MM-DD`) are due: `months` before `today`. The
/// store's `privacy::due` selects them (status `exited`, `exited_on` before the cutoff).
pub fn cutoff(today: i64, months: i64) -> String {
    iso_date(add_months(today, -months))
}

/// The first day the job will anonymise someone who left on `exited_on`.
pub fn anonymised_from(exited_on: &str, months: i64) -> Option<String> {
    parse_iso_date(exited_on).map(|d| iso_date(add_months(d, months) + 1))
}

/// The profile as it stays after anonymising: what reports count is kept, the rest
/// blanked. The person has left the service, so the status becomes `exited`.
pub fn anonymised(content: &CandidateContent, id: i64) -> CandidateContent {
    CandidateContent {
        client_number: anonymous_number(id),
        first_name: String::new(),
        last_name: anonymous_number(id),
        email: String::new(),
        phone: String::new(),
        postcode: String::new(),
        occupations_wanted: String::new(),
        skills: String::new(),
        talents: String::new(),
        hobbies: String::new(),
        ambitions: String::new(),
        personal_plan: String::new(),
        motivation: Motivation::Unknown,
        motivation_note: String::new(),
        status: CandidateStatus::Exited,
        ..content.clone()
    }
}

/// Shortest and longest reason an admin gives for an erasure.
pub const REASON_MIN: usize = 10;
pub const REASON_MAX: usize = 1000;

crate::messages! { DOMAIN_RETENTION {
    CAUSE_RETENTION = "bewaartermijn verstreken" / "retention period ended";
    CAUSE_REQUEST = "op verzoek gewist" / "erased on request";
    REASON_TOO_SHORT =
        "Schrijf in minstens 10 tekens waarom (bijvoorbeeld: verzoek per brief van 3 maart)."
        / "Write in at least 10 characters why (for example: request by letter of 3 March).";
    REASON_TOO_LONG =
        "Houd de reden korter dan 1000 tekens."
        / "Keep the reason under 1000 characters.";
    CONFIRM_MISMATCH =
        "Typ het klantnummer van deze kandidaat over om te bevestigen."
        / "Type this candidate's client number to confirm.";
}}

/// A checked erasure request.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Erasure {
    pub reason: String,
}

impl Erasure {
    /// Checks the reason and that `confirm` repeats the candidate's `client_number`
    /// (so the wrong person is not erased by a slip); a message next to each wrong field.
    pub fn parse(reason: &str, confirm: &str, client_number: &str) -> Result<Erasure, AppError> {
        let reason = super::text::lines(reason);
        let reason = reason.as_str();
        let mut errors = Vec::new();
        let length = reason.chars().count();
        if length < REASON_MIN {
            errors.push(FieldMessage::new("reason", REASON_TOO_SHORT));
        } else if length > REASON_MAX {
            errors.push(FieldMessage::new("reason", REASON_TOO_LONG));
        }
        if !confirm.trim().eq_ignore_ascii_case(client_number.trim()) {
            errors.push(FieldMessage::new("confirm", CONFIRM_MISMATCH));
        }
        if errors.is_empty() {
            Ok(Erasure {
                reason: reason.to_string(),
            })
        } else {
            Err(AppError::invalid(
                errors,
                vec![
                    ("reason".to_string(), reason.to_string()),
                    ("confirm".to_string(), confirm.to_string()),
                ],
            ))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::kinds::{DutchLevel, EducationLevel, Sector, TargetGroup};

    fn day(s: &str) -> i64 {
        parse_iso_date(s).expect("date")
    }

    fn someone() -> CandidateContent {
        CandidateContent {
            client_number: "K100001".into(),
            first_name: "Fatima".into(),
            last_name: "de Vries".into(),
            email: "fatima@example.nl".into(),
            phone: "06 12345678".into(),
            municipality: "Zwolle".into(),
            postcode: "8011 AB".into(),
            birth_year: 1990,
            education_level: EducationLevel::Mbo2,
            dutch_level: DutchLevel::B1,
            driving_licence: true,
            hours_available: 24,
            sectors_wanted: vec![Sector::Care],
            occupations_wanted: "Helpende".into(),
            skills: "Plannen".into(),
            talents: "Geduld".into(),
            hobbies: "Koken".into(),
            ambitions: "Een vaste baan".into(),
            target_groups: vec![TargetGroup::Over50],
            personal_plan: "Eerst schulden regelen".into(),
            motivation: Motivation::High,
            motivation_note: "Wil graag".into(),
            consultant_id: Some(3),
            status: CandidateStatus::Placed,
        }
    }

    #[test]
    fn the_cutoff_lies_the_set_months_back() {
        assert_eq!(cutoff(day("2026-11-23"), 24), "2024-11-23");
        // A month without the day: its last day.
        assert_eq!(cutoff(day("2026-03-31"), 1), "2026-02-28");
    }

    #[test]
    fn the_page_tells_the_first_day_past_the_cutoff() {
        // Left on 22 November 2024, period 24 months: on 23 November 2026 the cutoff is
        // 2024-11-23, so that is the first day they are before it.
        assert_eq!(cutoff(day("2026-11-23"), 24), "2024-11-23");
        assert!("2024-11-22" < cutoff(day("2026-11-23"), 24).as_str());
        assert!("2024-11-22" >= cutoff(day("2026-11-22"), 24).as_str());
        assert_eq!(
            anonymised_from("2024-11-22", 24).as_deref(),
            Some("2026-11-23")
        );
    }

    #[test]
    fn anonymising_keeps_what_reports_count_and_blanks_who_it_was() {
        let before = someone();
        let after = anonymised(&before, 41);
        assert_eq!(after.client_number, "anon-41");
        assert_eq!(
            (after.first_name.as_str(), after.last_name.as_str()),
            ("", "anon-41")
        );
        for blank in [
            &after.email,
            &after.phone,
            &after.postcode,
            &after.occupations_wanted,
            &after.skills,
            &after.talents,
            &after.hobbies,
            &after.ambitions,
            &after.personal_plan,
            &after.motivation_note,
        ] {
            assert!(blank.is_empty(), "{blank:?} kept");
        }
        assert_eq!(after.motivation, Motivation::Unknown);
        assert_eq!(after.status, CandidateStatus::Exited);
        // Kept for the reports.
        assert_eq!(after.municipality, before.municipality);
        assert_eq!(after.target_groups, before.target_groups);
        assert_eq!(after.birth_year, before.birth_year);
        assert_eq!(after.sectors_wanted, before.sectors_wanted);
        assert_eq!(after.consultant_id, before.consultant_id);
    }

    #[test]
    fn an_erasure_needs_a_reason_and_the_client_number_typed_again() {
        let ok = Erasure::parse("  Verzoek per brief van 3 maart  ", "k100001 ", "K100001")
            .expect("valid");
        assert_eq!(ok.reason, "Verzoek per brief van 3 maart");
        let Err(AppError::Invalid { fields, values }) =
            Erasure::parse("kort", "K100002", "K100001")
        else {
            panic!("expected messages");
        };
        let names: Vec<&str> = fields.iter().map(|f| f.field.as_str()).collect();
        assert_eq!(names, ["reason", "confirm"]);
        assert!(values.contains(&("reason".to_string(), "kort".to_string())));
        let long = "x".repeat(REASON_MAX + 1);
        let Err(AppError::Invalid { fields, .. }) = Erasure::parse(&long, "K100001", "K100001")
        else {
            panic!("expected a message");
        };
        assert_eq!(fields[0].field, "reason");
    }

    #[test]
    fn causes_read_back() {
        for cause in [Cause::Retention, Cause::Request] {
            assert_eq!(Cause::parse(cause.as_str()), Some(cause));
        }
        assert_eq!(Cause::parse("other"), None);
    }
}
