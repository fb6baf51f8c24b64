//! What an opening says, as label–value pairs: the same list on the employer's, the desk's
//! and the public page.

use crate::domain::dates::display_date;
use crate::domain::openings::OpeningContent;
use crate::i18n::{msg, Lang, T};
use leptos::prelude::*;

/// The facts of an opening's content, in `lang`.
pub fn content_facts(c: &OpeningContent, employer: &str, lang: Lang) -> Vec<(T, String)> {
    let yes_no = |b: bool| if b { msg::YES } else { msg::NO }.get(lang).to_string();
    let date = |d: &Option<String>| d.as_deref().map(display_date).unwrap_or_else(|| "–".into());
    let support: Vec<&str> = [
        (c.support_job_coach, msg::SUPPORT_JOB_COACH),
        (c.support_training, msg::SUPPORT_TRAINING),
        (c.support_adapted_hours, msg::SUPPORT_ADAPTED_HOURS),
    ]
    .into_iter()
    .filter(|(on, _)| *on)
    .map(|(_, t)| t.get(lang))
    .collect();
    let groups: Vec<&str> = c
        .target_groups
        .iter()
        .map(|g| g.label().get(lang))
        .collect();
    vec![
        (msg::FIELD_KIND, c.kind.label().get(lang).to_string()),
        (msg::COL_EMPLOYER, employer.to_string()),
        (msg::FIELD_SECTOR, c.sector.label().get(lang).to_string()),
        (
            msg::FIELD_MUNICIPALITY,
            format!("{} ({})", c.municipality, c.postcode),
        ),
        (msg::FIELD_HOURS, format!("{}–{}", c.hours_min, c.hours_max)),
        (msg::FIELD_POSITIONS, c.positions.to_string()),
        (msg::FIELD_START_DATE, date(&c.start_date)),
        (msg::FIELD_CLOSING_DATE, date(&c.closing_date)),
        (
            msg::FIELD_CONTRACT,
            c.contract_type.label().get(lang).to_string(),
        ),
        (
            msg::FIELD_SALARY,
            c.salary
                .map(|(lo, hi)| format!("€ {lo} – € {hi}"))
                .unwrap_or_else(|| "–".into()),
        ),
        (msg::FIELD_DUTCH_LEVEL, c.dutch_level.as_str().to_string()),
        (msg::FIELD_DIPLOMA, yes_no(c.diploma_required)),
        (msg::FIELD_DRIVING_LICENCE, yes_no(c.driving_licence)),
        (
            msg::FIELD_SUPPORT,
            if support.is_empty() {
                "–".into()
            } else {
                support.join(", ")
            },
        ),
        (msg::FIELD_WAGE_SUBSIDY, yes_no(c.wage_subsidy)),
        (msg::FIELD_TARGET_GROUPS, groups.join(", ")),
    ]
}

/// A definition list of label–value pairs.
#[component]
pub fn Facts(facts: Vec<(T, String)>) -> impl IntoView {
    let lang = crate::i18n::use_lang();
    view! {
        <dl class="facts">
            {facts.into_iter().map(|(k, v)| view! { <dt>{k.get(lang)}</dt><dd>{v}</dd> }).collect_view()}
        </dl>
    }
}
