//! Reading typed form fields: each function answers the value, or the message to show next
//! to the field. Shared by every form of the domain (openings, candidates, proposals), with
//! the messages that are not about one form (a required field, a wrong date).

use super::dates::parse_iso_date;
use crate::i18n::T;

crate::messages! { DOMAIN_FIELDS {
    REQUIRED = "Vul dit veld in." / "Fill in this field.";
    TOO_LONG = "Dit is te lang." / "This is too long.";
    CHOOSE_FROM_LIST = "Kies een van de mogelijkheden." / "Choose one of the options.";
    BAD_DATE =
        "Vul een bestaande datum in, zoals 2027-03-01."
        / "Enter a real date, such as 2027-03-01.";
    END_BEFORE_START =
        "De einddatum ligt voor de startdatum."
        / "The end date is before the start date.";
}}

/// A required line of text, cleaned (`text::line`), at most `max` characters.
pub fn required_text(value: &str, max: usize) -> Result<String, T> {
    within(super::text::line(value), max)
}

/// A required text of several lines, cleaned (`text::lines`), at most `max` characters.
pub fn required_paragraphs(value: &str, max: usize) -> Result<String, T> {
    within(super::text::lines(value), max)
}

fn within(value: String, max: usize) -> Result<String, T> {
    if value.is_empty() {
        Err(REQUIRED)
    } else if value.chars().count() > max {
        Err(TOO_LONG)
    } else {
        Ok(value)
    }
}

/// A checkbox as posted: present (and not `0`/`false`) when ticked.
pub fn ticked(v: &Option<String>) -> bool {
    v.as_deref()
        .is_some_and(|v| !v.is_empty() && v != "0" && v != "false")
}

/// A required whole number within `range`; `message` when it is not one.
pub fn number(text: &str, range: std::ops::RangeInclusive<i64>, message: T) -> Result<i64, T> {
    let text = text.trim();
    if text.is_empty() {
        return Err(REQUIRED);
    }
    text.parse::<i64>()
        .ok()
        .filter(|n| range.contains(n))
        .ok_or(message)
}

/// An optional `YYYY-MM-DD` date, as a day number.
pub fn optional_date(text: &str) -> Result<Option<i64>, T> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    parse_iso_date(text).map(Some).ok_or(BAD_DATE)
}

/// An optional end date that may not come before `start` (when the start is known).
pub fn end_date(text: &str, start: Option<i64>) -> Result<Option<i64>, T> {
    match (optional_date(text)?, start) {
        (Some(end), Some(start)) if end < start => Err(END_BEFORE_START),
        (end, _) => Ok(end),
    }
}

/// The fields an `AppError::Invalid` names, in order (for tests of the forms).
#[cfg(test)]
pub fn named(error: crate::error::AppError) -> Vec<String> {
    match error {
        crate::error::AppError::Invalid { fields, .. } => {
            fields.into_iter().map(|f| f.field).collect()
        }
        other => panic!("expected invalid input, got {other:?}"),
    }
}

/// A required `YYYY-MM-DD` date, as a day number.
pub fn required_date(text: &str) -> Result<i64, T> {
    optional_date(text)?.ok_or(REQUIRED)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_read_as_typed() {
        assert!(ticked(&Some("on".into())));
        assert!(!ticked(&Some("0".into())) && !ticked(&None));
        assert_eq!(number(" 12 ", 1..=40, BAD_DATE), Ok(12));
        assert_eq!(number("", 1..=40, BAD_DATE), Err(REQUIRED));
        assert_eq!(number("41", 1..=40, BAD_DATE), Err(BAD_DATE));
        assert_eq!(optional_date(""), Ok(None));
        assert_eq!(optional_date("2027-02-30"), Err(BAD_DATE));
        assert_eq!(required_date(" "), Err(REQUIRED));
        assert!(required_date("2027-02-28").is_ok());
        assert_eq!(end_date("2027-02-27", Some(20_000)), Ok(Some(20_876)));
        assert_eq!(end_date("1970-01-02", Some(20_000)), Err(END_BEFORE_START));
        assert_eq!(end_date("", Some(20_000)), Ok(None));
    }
}
