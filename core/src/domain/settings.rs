//! The numbers the admin sets: the annual targets per kind of placement (the defaults add
//! up to the design's 500 extra placements a year), the monthly norm
//! amount of the savings estimate, and how the follow-up job paces buddies and
//! checkpoints, and how long the personal data of people who left is kept. Each has its key in the `settings` table, a range it must lie in and a
//! default; [`parse`] checks a whole form so nothing is stored unless all of it is right.

use super::buddies::{SETTING_MAX_REMINDERS, SETTING_REMINDER_INTERVAL, SETTING_SILENT_DAYS};
use crate::error::{AppError, FieldMessage};
use crate::i18n::Lang;

crate::messages! { DOMAIN_SETTINGS {
    OUT_OF_RANGE = "Vul een heel getal in van {min} tot en met {max}." / "Enter a whole number from {min} to {max}.";
    SILENCE_TOO_SHORT =
        "Kies meer dagen stilte dan dagen tussen herinneringen."
        / "Choose more days of silence than days between reminders.";
}}

/// The range message of one setting in `lang`.
fn out_of_range(s: Setting, lang: Lang) -> String {
    let (min, max) = (s.min.to_string(), s.max.to_string());
    OUT_OF_RANGE.fill(lang, &[("min", min.as_str()), ("max", max.as_str())])
}

/// One setting: its key (also the form field's name), range and default.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Setting {
    pub key: &'static str,
    pub min: i64,
    pub max: i64,
    pub default: i64,
}

const fn setting(key: &'static str, min: i64, max: i64, default: i64) -> Setting {
    Setting {
        key,
        min,
        max,
        default,
    }
}

/// The annual targets, one per kind of placement (`target_<kind>`).
pub const TARGETS: [Setting; 5] = [
    setting("target_job", 0, 100_000, 250),
    setting("target_traineeship", 0, 100_000, 75),
    setting("target_learning_place", 0, 100_000, 100),
    setting("target_trial", 0, 100_000, 50),
    setting("target_volunteer", 0, 100_000, 25),
];
pub const MONTHLY_NORM: Setting = setting("monthly_norm_euros", 1, 20_000, 1_300);
pub const REMINDER_INTERVAL: Setting = setting(SETTING_REMINDER_INTERVAL, 1, 60, 7);
pub const MAX_REMINDERS: Setting = setting(SETTING_MAX_REMINDERS, 0, 10, 3);
pub const SILENT_DAYS: Setting = setting(SETTING_SILENT_DAYS, 7, 365, 42);
pub const RETENTION_GRACE: Setting = setting("retention_grace_days", 0, 90, 14);
/// Months after leaving the service (status `exited`) before a candidate's personal data
/// is anonymised (see `domain::retention`).
pub const CANDIDATE_RETENTION: Setting = setting("candidate_retention_months", 1, 120, 24);

/// Every setting the admin's screen shows, in its order.
pub fn all() -> Vec<Setting> {
    let mut all = TARGETS.to_vec();
    all.extend([
        MONTHLY_NORM,
        REMINDER_INTERVAL,
        MAX_REMINDERS,
        SILENT_DAYS,
        RETENTION_GRACE,
        CANDIDATE_RETENTION,
    ]);
    all
}

/// Checks every value of the form (`(key, text)`; a missing key counts as empty) and
/// gives `(key, value)` for each setting, or a message next to every wrong field.
pub fn parse(values: &[(String, String)]) -> Result<Vec<(&'static str, i64)>, AppError> {
    let text = |key: &str| {
        values
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.trim().to_string())
            .unwrap_or_default()
    };
    let mut errors = Vec::new();
    let mut parsed = Vec::new();
    for s in all() {
        let typed = text(s.key);
        match typed.parse::<i64>() {
            Ok(n) if (s.min..=s.max).contains(&n) => parsed.push((s.key, n)),
            _ => errors.push(FieldMessage {
                field: s.key.to_string(),
                nl: out_of_range(s, Lang::Nl),
                en: out_of_range(s, Lang::En),
            }),
        }
    }
    let value = |key: &str| parsed.iter().find(|(k, _)| *k == key).map(|(_, v)| *v);
    if let (Some(interval), Some(silent)) = (value(REMINDER_INTERVAL.key), value(SILENT_DAYS.key)) {
        if silent <= interval {
            errors.push(FieldMessage {
                field: SILENT_DAYS.key.to_string(),
                nl: SILENCE_TOO_SHORT.nl.into(),
                en: SILENCE_TOO_SHORT.en.into(),
            });
        }
    }
    if errors.is_empty() {
        Ok(parsed)
    } else {
        Err(AppError::invalid(errors, values.to_vec()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::kinds::OpeningKind;

    fn form(changes: &[(&str, &str)]) -> Vec<(String, String)> {
        all()
            .into_iter()
            .map(|s| {
                let v = changes
                    .iter()
                    .find(|c| c.0 == s.key)
                    .map(|c| c.1.to_string())
                    .unwrap_or_else(|| s.default.to_string());
                (s.key.to_string(), v)
            })
            .collect()
    }

    fn fields(e: AppError) -> Vec<String> {
        match e {
            AppError::Invalid { fields, .. } => fields.into_iter().map(|f| f.field).collect(),
            other => panic!("expected invalid, got {other:?}"),
        }
    }

    #[test]
    fn defaults_agree_with_the_rules_that_use_them() {
        assert_eq!(TARGETS.len(), OpeningKind::ALL.len());
        for (kind, s) in OpeningKind::ALL.iter().zip(TARGETS) {
            assert_eq!(s.key, format!("target_{}", kind.as_str()));
        }
        let rules = crate::domain::buddies::FollowupRules::default();
        assert_eq!(REMINDER_INTERVAL.default, rules.reminder_interval_days);
        assert_eq!(MAX_REMINDERS.default, rules.max_reminders);
        assert_eq!(SILENT_DAYS.default, rules.silent_days);
        assert_eq!(
            RETENTION_GRACE.default,
            crate::domain::placements::RETENTION_GRACE_DAYS
        );
    }

    #[test]
    fn a_good_form_gives_every_value() {
        let parsed = parse(&form(&[
            ("target_job", " 300 "),
            ("monthly_norm_euros", "1400"),
        ]))
        .unwrap_or_default();
        assert_eq!(parsed.len(), all().len());
        assert_eq!(parsed.len(), 11);
        assert!(parsed.contains(&("target_job", 300)));
        assert!(parsed.contains(&("monthly_norm_euros", 1400)));
    }

    #[test]
    fn every_wrong_field_gets_its_message() {
        let e = parse(&form(&[
            ("target_job", "-1"),
            ("monthly_norm_euros", "veel"),
            ("buddy_max_reminders", ""),
        ]))
        .err()
        .map(fields);
        assert_eq!(
            e,
            Some(vec![
                "target_job".to_string(),
                "monthly_norm_euros".into(),
                "buddy_max_reminders".into()
            ])
        );
    }

    #[test]
    fn silence_must_outlast_the_reminder_interval() {
        let e = parse(&form(&[
            ("buddy_reminder_interval_days", "14"),
            ("buddy_silent_days", "14"),
        ]))
        .err()
        .map(fields);
        assert_eq!(e, Some(vec!["buddy_silent_days".to_string()]));
    }
}
