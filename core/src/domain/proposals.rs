//! Proposals (voordrachten): a candidate proposed for an opening, and the pipeline
//! proposed → seen → interview → trial → hired / declined / withdrawn.
//!
//! Who may take which step lives in [`transition`]: the employer answers (interview, trial,
//! hire, decline); the desk may record the same on the employer's behalf (after a phone
//! call) and is the only one who withdraws. "Seen" is recorded by the system when the
//! employer opens the proposal. Hired, declined and withdrawn are final.

use super::dates::iso_date;
use super::fields::{end_date, number, required_date};
use super::fields::{required_paragraphs, required_text, CHOOSE_FROM_LIST, REQUIRED, TOO_LONG};
use super::kinds::{ContractType, DeclineReason, ProposalStatus};
use super::openings::HOURS_RANGE;
use crate::error::{AppError, FieldMessage};
use crate::i18n::T;
use serde::{Deserialize, Serialize};

/// A step in the pipeline.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ProposalAction {
    See,
    Interview,
    Trial,
    Hire,
    Decline,
    Withdraw,
}

impl ProposalAction {
    pub const ALL: [ProposalAction; 6] = [
        ProposalAction::See,
        ProposalAction::Interview,
        ProposalAction::Trial,
        ProposalAction::Hire,
        ProposalAction::Decline,
        ProposalAction::Withdraw,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            ProposalAction::See => "see",
            ProposalAction::Interview => "interview",
            ProposalAction::Trial => "trial",
            ProposalAction::Hire => "hire",
            ProposalAction::Decline => "decline",
            ProposalAction::Withdraw => "withdraw",
        }
    }

    pub fn parse(code: &str) -> Option<ProposalAction> {
        ProposalAction::ALL.into_iter().find(|a| a.as_str() == code)
    }
}

/// Who acts on a proposal.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ProposalActor {
    Employer,
    Desk,
    System,
}

/// The status `action` leads to from `from`, when `actor` may take it.
pub fn transition(
    from: ProposalStatus,
    action: ProposalAction,
    actor: ProposalActor,
) -> Option<ProposalStatus> {
    use ProposalAction as A;
    use ProposalActor as Who;
    use ProposalStatus as S;
    let open = matches!(from, S::Proposed | S::Seen | S::Interview | S::Trial);
    let to = match (from, action) {
        (S::Proposed, A::See) => S::Seen,
        // An interview can be (re)planned until a trial starts.
        (S::Proposed | S::Seen | S::Interview, A::Interview) => S::Interview,
        (S::Proposed | S::Seen | S::Interview, A::Trial) => S::Trial,
        (_, A::Hire) if open => S::Hired,
        (_, A::Decline) if open => S::Declined,
        (_, A::Withdraw) if open => S::Withdrawn,
        _ => return None,
    };
    let allowed = match action {
        A::See => actor == Who::System,
        A::Withdraw => actor == Who::Desk,
        A::Interview | A::Trial | A::Hire | A::Decline => {
            actor == Who::Employer || actor == Who::Desk
        }
    };
    allowed.then_some(to)
}

/// Is the proposal still waiting for something to happen?
pub fn is_open(status: ProposalStatus) -> bool {
    transition(status, ProposalAction::Withdraw, ProposalActor::Desk).is_some()
}

/// Interview details as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct InterviewForm {
    pub date: String,
    pub time: String,
    pub place: String,
}

/// A planned interview.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Interview {
    /// `YYYY-MM-DD`.
    pub date: String,
    /// `HH:MM`, local time.
    pub time: String,
    pub place: String,
}

impl Interview {
    /// As stored: `YYYY-MM-DDTHH:MM`.
    pub fn stored(&self) -> String {
        format!("{}T{}", self.date, self.time)
    }

    pub fn from_stored(at: &str, place: &str) -> Option<Interview> {
        let (date, time) = at.split_once('T')?;
        Some(Interview {
            date: date.to_string(),
            time: time.to_string(),
            place: place.to_string(),
        })
    }
}

crate::messages! { DOMAIN_PROPOSALS {
    DATE_PAST = "Deze datum ligt in het verleden." / "This date is in the past.";
    BAD_TIME = "Vul een tijd in als uu:mm, zoals 10:30." / "Enter a time as hh:mm, such as 10:30.";
    NO_CONSENT =
        "Deze kandidaat heeft (nog) geen toestemming gegeven om het profiel met werkgevers te delen. Leg eerst de toestemming vast."
        / "This candidate has not (yet) consented to sharing the profile with employers. Record the consent first.";
    ALREADY_PROPOSED =
        "Deze kandidaat is al voor deze vacature voorgedragen."
        / "This candidate has already been proposed for this opening.";
    NONE_CHOSEN =
        "Kies minstens één kandidaat om voor te dragen."
        / "Choose at least one candidate to propose.";
    NOT_PUBLISHED =
        "Voordragen kan alleen voor een gepubliceerde vacature."
        / "Candidates can only be proposed for a published opening.";
    NOT_NOW =
        "Dit kan niet (meer) in de huidige fase van de voordracht. Laad de pagina opnieuw."
        / "This is not possible in the proposal's current stage (any more). Reload the page.";
    START_TOO_EARLY =
        "De startdatum ligt meer dan een maand in het verleden."
        / "The start date is more than a month in the past.";
    OTHER_NEEDS_NOTE = "Licht de andere reden kort toe." / "Briefly explain the other reason.";
}}

/// `HH:MM` with a real hour and minute.
pub fn parse_time(text: &str) -> Option<String> {
    let (h, m) = text.trim().split_once(':')?;
    let (h, m): (u32, u32) = (h.parse().ok()?, m.get(..2)?.parse().ok()?);
    (h < 24 && m < 60).then(|| format!("{h:02}:{m:02}"))
}

impl InterviewForm {
    pub fn values(&self) -> Vec<(String, String)> {
        vec![
            ("date".into(), self.date.clone()),
            ("time".into(), self.time.clone()),
            ("place".into(), self.place.clone()),
        ]
    }

    /// Checks the interview details as of `today` (day number).
    pub fn parse(&self, today: i64) -> Result<Interview, AppError> {
        let mut errors = Vec::new();
        let date = required_date(&self.date)
            .and_then(|d| {
                if d < today {
                    Err(DATE_PAST)
                } else {
                    Ok(iso_date(d))
                }
            })
            .map_err(|t| errors.push(FieldMessage::new("date", t)))
            .ok();
        let time = match self.time.trim() {
            "" => Err(REQUIRED),
            typed => parse_time(typed).ok_or(BAD_TIME),
        }
        .map_err(|t| errors.push(FieldMessage::new("time", t)))
        .ok();
        let place = required_text(&self.place, 200)
            .map_err(|t| errors.push(FieldMessage::new("place", t)))
            .ok();
        match (date, time, place) {
            (Some(date), Some(time), Some(place)) if errors.is_empty() => {
                Ok(Interview { date, time, place })
            }
            _ => Err(AppError::invalid(errors, self.values())),
        }
    }
}

/// The terms of a hire as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct HireForm {
    pub start_date: String,
    pub end_date: String,
    pub hours: String,
    pub contract_type: String,
}

/// The terms of a hire: they become the placement.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Hire {
    pub start_date: String,
    pub end_date: Option<String>,
    pub hours: i64,
    pub contract_type: ContractType,
}

impl HireForm {
    pub fn values(&self) -> Vec<(String, String)> {
        vec![
            ("start_date".into(), self.start_date.clone()),
            ("end_date".into(), self.end_date.clone()),
            ("hours".into(), self.hours.clone()),
            ("contract_type".into(), self.contract_type.clone()),
        ]
    }

    /// Checks the terms as of `today`; a start up to a month back is allowed (the hire
    /// is often recorded after the first day).
    pub fn parse(&self, today: i64) -> Result<Hire, AppError> {
        let mut errors = Vec::new();
        let start = required_date(&self.start_date)
            .and_then(|d| {
                if d < today - 31 {
                    Err(START_TOO_EARLY)
                } else {
                    Ok(d)
                }
            })
            .map_err(|t| errors.push(FieldMessage::new("start_date", t)))
            .ok();
        let end = end_date(&self.end_date, start)
            .map_err(|t| errors.push(FieldMessage::new("end_date", t)))
            .ok();
        let hours = number(&self.hours, 1..=40, HOURS_RANGE)
            .map_err(|t| errors.push(FieldMessage::new("hours", t)))
            .ok();
        let contract_type = ContractType::parse(self.contract_type.trim());
        if contract_type.is_none() {
            errors.push(FieldMessage::new("contract_type", CHOOSE_FROM_LIST));
        }
        match (start, end, hours, contract_type) {
            (Some(start), Some(end), Some(hours), Some(contract_type)) if errors.is_empty() => {
                Ok(Hire {
                    start_date: iso_date(start),
                    end_date: end.map(iso_date),
                    hours,
                    contract_type,
                })
            }
            _ => Err(AppError::invalid(errors, self.values())),
        }
    }
}

/// A decline: a reason from the list and a note.
pub fn parse_decline(reason: &str, note: &str) -> Result<(DeclineReason, String), AppError> {
    let mut errors = Vec::new();
    let reason_code = DeclineReason::parse(reason.trim());
    if reason_code.is_none() {
        errors.push(FieldMessage::new("decline_reason", CHOOSE_FROM_LIST));
    }
    let note = super::text::lines(note);
    if note.chars().count() > 1000 {
        errors.push(FieldMessage::new("note", TOO_LONG));
    }
    if reason_code == Some(DeclineReason::Other) && note.is_empty() {
        errors.push(FieldMessage::new("note", OTHER_NEEDS_NOTE));
    }
    match reason_code {
        Some(r) if errors.is_empty() => Ok((r, note)),
        _ => Err(AppError::invalid(
            errors,
            vec![
                ("decline_reason".into(), reason.to_string()),
                ("note".into(), note.to_string()),
            ],
        )),
    }
}

/// A motivation for the employer: required, at most 2,000 characters.
pub fn parse_motivation(text: &str) -> Result<String, T> {
    required_paragraphs(text, 2000)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::dates::days_from_civil;
    use ProposalAction as A;
    use ProposalActor as Who;
    use ProposalStatus as S;

    #[test]
    fn the_pipeline_moves_forward_and_ends() {
        assert_eq!(transition(S::Proposed, A::See, Who::System), Some(S::Seen));
        assert_eq!(
            transition(S::Seen, A::Interview, Who::Employer),
            Some(S::Interview)
        );
        assert_eq!(
            transition(S::Interview, A::Interview, Who::Employer),
            Some(S::Interview),
            "an interview can be moved"
        );
        assert_eq!(
            transition(S::Interview, A::Trial, Who::Employer),
            Some(S::Trial)
        );
        assert_eq!(transition(S::Trial, A::Hire, Who::Employer), Some(S::Hired));
        assert_eq!(transition(S::Trial, A::Interview, Who::Employer), None);
        for end in [S::Hired, S::Declined, S::Withdrawn] {
            for action in ProposalAction::ALL {
                for who in [Who::Employer, Who::Desk, Who::System] {
                    assert_eq!(transition(end, action, who), None, "{end:?} is final");
                }
            }
            assert!(!is_open(end));
        }
    }

    #[test]
    fn only_the_desk_withdraws_and_only_the_system_marks_seen() {
        assert_eq!(transition(S::Seen, A::Withdraw, Who::Employer), None);
        assert_eq!(
            transition(S::Seen, A::Withdraw, Who::Desk),
            Some(S::Withdrawn)
        );
        assert_eq!(transition(S::Proposed, A::See, Who::Employer), None);
        assert_eq!(transition(S::Seen, A::See, Who::System), None);
        assert_eq!(
            transition(S::Proposed, A::Decline, Who::Employer),
            Some(S::Declined)
        );
    }

    #[test]
    fn interviews_need_a_future_date_a_time_and_a_place() {
        let today = days_from_civil(2026, 11, 22);
        let ok = InterviewForm {
            date: "2026-11-25".into(),
            time: "9:30".into(),
            place: "Stationsweg 1, Tiel".into(),
        }
        .parse(today)
        .expect("valid");
        assert_eq!(ok.stored(), "2026-11-25T09:30");
        assert_eq!(
            Interview::from_stored(&ok.stored(), &ok.place),
            Some(ok.clone())
        );
        let bad = InterviewForm {
            date: "2026-11-01".into(),
            time: "25:00".into(),
            place: " ".into(),
        };
        match bad.parse(today) {
            Err(AppError::Invalid { fields, .. }) => {
                let named: Vec<&str> = fields.iter().map(|f| f.field.as_str()).collect();
                assert_eq!(named, ["date", "time", "place"]);
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn a_hire_needs_start_hours_and_contract() {
        let today = days_from_civil(2026, 11, 22);
        let hire = HireForm {
            start_date: "2026-12-01".into(),
            end_date: "2027-05-31".into(),
            hours: "24".into(),
            contract_type: "temporary".into(),
        }
        .parse(today)
        .expect("valid");
        assert_eq!(hire.end_date.as_deref(), Some("2027-05-31"));
        let bad = HireForm {
            start_date: "2026-12-01".into(),
            end_date: "2026-11-30".into(),
            hours: "0".into(),
            contract_type: "".into(),
        };
        match bad.parse(today) {
            Err(AppError::Invalid { fields, .. }) => {
                let named: Vec<&str> = fields.iter().map(|f| f.field.as_str()).collect();
                assert_eq!(named, ["end_date", "hours", "contract_type"]);
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn a_decline_needs_a_reason_and_other_needs_a_note() {
        assert!(parse_decline("hours", "").is_ok());
        assert!(parse_decline("", "").is_err());
        assert!(parse_decline("other", " ").is_err());
        assert_eq!(
            parse_decline("other", "Verhuist").map(|d| d.1),
            Ok("Verhuist".to_string())
        );
    }
}
