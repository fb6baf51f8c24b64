//! Rules for searching the audit log: the admin's typed search becomes a checked filter,
//! or a message next to each wrong field (and nothing is searched).

use crate::domain::dates::{parse_iso_date, start_of_day};
use crate::error::{AppError, FieldMessage};
use crate::wire::privacy::AuditQuery;

crate::messages! { DOMAIN_PRIVACY {
    BAD_DATE =
        "Vul een datum in als JJJJ-MM-DD, bijvoorbeeld 2026-03-01."
        / "Enter a date as YYYY-MM-DD, for example 2026-03-01.";
    BAD_NUMBER = "Vul een nummer in (alleen cijfers)." / "Enter a number (digits only).";
    BAD_ORDER = "De einddatum ligt vóór de begindatum." / "The end date is before the start date.";
}}

/// A checked audit search. Times are Unix seconds; `until` is exclusive (the day after the
/// last day asked for).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AuditFilter {
    pub who: Option<String>,
    pub entity: Option<String>,
    pub entity_id: Option<i64>,
    pub from: Option<i64>,
    pub until: Option<i64>,
    pub page: i64,
}

impl AuditFilter {
    pub fn parse(q: &AuditQuery) -> Result<AuditFilter, AppError> {
        let mut errors = Vec::new();
        let text = |s: &str| Some(super::text::line(s)).filter(|s| !s.is_empty());
        let mut day = |field: &str, value: &str| match text(value) {
            None => None,
            Some(v) => match parse_iso_date(&v) {
                Some(d) => Some(d),
                None => {
                    errors.push(FieldMessage::new(field, BAD_DATE));
                    None
                }
            },
        };
        let from = day("van", &q.van);
        let until = day("tot", &q.tot);
        let entity_id = match text(&q.nummer) {
            None => None,
            Some(v) => match v.parse::<i64>() {
                Ok(n) if n > 0 => Some(n),
                _ => {
                    errors.push(FieldMessage::new("nummer", BAD_NUMBER));
                    None
                }
            },
        };
        if let (Some(a), Some(b)) = (from, until) {
            if b < a {
                errors.push(FieldMessage::new("tot", BAD_ORDER));
            }
        }
        if !errors.is_empty() {
            let values = vec![
                ("wie".to_string(), q.wie.clone()),
                ("soort".to_string(), q.soort.clone()),
                ("nummer".to_string(), q.nummer.clone()),
                ("van".to_string(), q.van.clone()),
                ("tot".to_string(), q.tot.clone()),
            ];
            return Err(AppError::invalid(errors, values));
        }
        Ok(AuditFilter {
            who: text(&q.wie).map(|w| w.to_lowercase()),
            entity: text(&q.soort),
            entity_id,
            from: from.map(start_of_day),
            until: until.map(|d| start_of_day(d + 1)),
            page: super::paging::parse_page(&q.page),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn q(pairs: &[(&str, &str)]) -> AuditQuery {
        let mut q = AuditQuery::default();
        for (k, v) in pairs {
            let v = v.to_string();
            match *k {
                "wie" => q.wie = v,
                "soort" => q.soort = v,
                "nummer" => q.nummer = v,
                "van" => q.van = v,
                "tot" => q.tot = v,
                "page" => q.page = v,
                _ => unreachable!(),
            }
        }
        q
    }

    #[test]
    fn an_empty_search_finds_everything_from_page_one() {
        let f = AuditFilter::parse(&AuditQuery::default()).expect("valid");
        assert_eq!(f.who, None);
        assert_eq!((f.from, f.until, f.page), (None, None, 1));
    }

    #[test]
    fn days_become_a_half_open_range_of_seconds() {
        let f = AuditFilter::parse(&q(&[
            ("van", "2026-03-01"),
            ("tot", "2026-03-01"),
            ("wie", " Balie@ "),
        ]))
        .expect("valid");
        let day = parse_iso_date("2026-03-01").expect("date");
        assert_eq!(f.from, Some(start_of_day(day)));
        assert_eq!(f.until, Some(start_of_day(day + 1)));
        assert_eq!(f.who.as_deref(), Some("balie@"));
    }

    #[test]
    fn wrong_fields_get_their_own_message() {
        let Err(AppError::Invalid { fields, .. }) =
            AuditFilter::parse(&q(&[("van", "1-3-2026"), ("nummer", "twaalf")]))
        else {
            panic!("expected messages");
        };
        let names: Vec<&str> = fields.iter().map(|f| f.field.as_str()).collect();
        assert_eq!(names, ["van", "nummer"]);
        let Err(AppError::Invalid { fields, .. }) =
            AuditFilter::parse(&q(&[("van", "2026-03-02"), ("tot", "2026-03-01")]))
        else {
            panic!("expected a message");
        };
        assert_eq!(fields[0].field, "tot");
    }
}
