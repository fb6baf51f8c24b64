//! Helpers for tests that need candidates in the pool.

use super::{Response, TestApp};

/// A complete registration form: consent given, one obstacle, over 50, wants greenery.
pub fn candidate_fields(client: &str, first: &str) -> Vec<(String, String)> {
    [
        ("client_number", client),
        ("first_name", first),
        ("last_name", "van der Berg"),
        ("email", "geheim@mail.example"),
        ("phone", "06 1234 5678"),
        ("municipality", "Tiel"),
        ("postcode", "4001 AB"),
        ("birth_year", "1988"),
        ("education_level", "mbo2"),
        ("dutch_level", "B1"),
        ("hours_available", "32"),
        ("sector_greenery", "on"),
        ("occupations_wanted", "hovenier"),
        ("group_over_50", "on"),
        ("motivation", "high"),
        ("status", "active"),
        ("obstacle_debts", "on"),
        ("obstacle_notes", "Schuldhulp loopt via de gemeente"),
        ("consent_scope", "profile"),
        ("consent_date", "2026-01-05"),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_string(), v.to_string()))
    .collect()
}

pub async fn register(app: &mut TestApp, fields: &[(String, String)]) -> Response {
    let csrf = app.csrf_token().await;
    let mut all: Vec<(&str, &str)> = vec![("csrf", &csrf)];
    all.extend(fields.iter().map(|(k, v)| (k.as_str(), v.as_str())));
    app.post_form("/api/save_candidate", &all, false).await
}

pub fn id_from(res: &Response) -> i64 {
    res.location()
        .and_then(|l| l.rsplit('/').next())
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| panic!("redirect expected: {} {}", res.status, res.body))
}
