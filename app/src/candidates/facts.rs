//! A candidate's profile as label–value lines, in both languages: the desk's candidate
//! page and the subject-access overview show the same lines, so what a person is told is
//! what the desk sees.

use super::text as t;
use super::CandidateRecord;
use crate::domain::candidates::Obstacles;
use crate::domain::dates::display_date;
use crate::domain::kinds::{CandidateStatus, DutchLevel, EducationLevel, Motivation};
use crate::i18n::{msg, tr, Lang, T};

/// The text, or a dash when it is blank.
pub fn or_dash(s: &str) -> String {
    if s.trim().is_empty() {
        "–".into()
    } else {
        s.to_string()
    }
}

/// The labels joined with commas, or a dash when there are none.
pub fn joined(items: &[T], lang: Lang) -> String {
    let words: Vec<&str> = items.iter().map(|t| t.get(lang)).collect();
    or_dash(&words.join(", "))
}

/// The obstacles that apply.
pub fn obstacle_labels(o: &Obstacles) -> Vec<T> {
    [
        (o.debts, t::OBSTACLE_DEBTS),
        (o.childcare, t::OBSTACLE_CHILDCARE),
        (o.health, t::OBSTACLE_HEALTH),
        (o.housing, t::OBSTACLE_HOUSING),
    ]
    .into_iter()
    .filter(|(on, _)| *on)
    .map(|(_, t)| t)
    .collect()
}

/// Every profile field except the name, in the order the candidate page shows them.
pub fn profile_facts(r: &CandidateRecord, lang: Lang) -> Vec<(T, String)> {
    let c = &r.content;
    let yes_no = |b: bool| tr(if b { msg::YES } else { msg::NO }).to_string();
    let sectors: Vec<T> = c.sectors_wanted.iter().map(|s| s.label()).collect();
    let groups: Vec<T> = c.target_groups.iter().map(|g| g.label()).collect();
    vec![
        (
            msg::COL_STATUS,
            CandidateStatus::label_of(c.status.as_str(), lang),
        ),
        (t::FIELD_CLIENT_NUMBER, c.client_number.clone()),
        (
            t::FIELD_CONSULTANT,
            r.consultant_name.clone().unwrap_or_else(|| "–".into()),
        ),
        (t::COL_REGISTERED, display_date(&r.registered_on)),
        (msg::COL_EMAIL, or_dash(&c.email)),
        (msg::FIELD_PHONE, or_dash(&c.phone)),
        (msg::FIELD_MUNICIPALITY, c.municipality.clone()),
        (msg::FIELD_POSTCODE, or_dash(&c.postcode)),
        (t::FIELD_BIRTH_YEAR, c.birth_year.to_string()),
        (
            t::FIELD_EDUCATION,
            EducationLevel::label_of(c.education_level.as_str(), lang),
        ),
        (
            msg::FIELD_DUTCH_LEVEL,
            DutchLevel::label_of(c.dutch_level.as_str(), lang),
        ),
        (t::FIELD_HAS_LICENCE, yes_no(c.driving_licence)),
        (t::FIELD_HOURS_AVAILABLE, c.hours_available.to_string()),
        (t::FIELD_SECTORS_WANTED, joined(&sectors, lang)),
        (t::FIELD_OCCUPATIONS, or_dash(&c.occupations_wanted)),
        (t::FIELD_GROUPS, joined(&groups, lang)),
        (t::FIELD_SKILLS, or_dash(&c.skills)),
        (t::FIELD_TALENTS, or_dash(&c.talents)),
        (t::FIELD_HOBBIES, or_dash(&c.hobbies)),
        (t::FIELD_AMBITIONS, or_dash(&c.ambitions)),
        (
            t::FIELD_MOTIVATION,
            Motivation::label_of(c.motivation.as_str(), lang),
        ),
        (t::FIELD_MOTIVATION_NOTE, or_dash(&c.motivation_note)),
        (t::FIELD_PLAN, or_dash(&c.personal_plan)),
    ]
}
