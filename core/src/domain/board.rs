//! The public board: what a visitor's search means (filters, sort, page), turning free
//! text into a safe full-text query, and the schema.org `JobPosting` of an opening.

use super::kinds::{ContractType, OpeningKind, Sector, TargetGroup};
use super::openings::OpeningContent;
use serde::{Deserialize, Serialize};

/// Openings per page on the board (and the API's default).
pub const PAGE_SIZE: i64 = 20;
/// The most an API client may ask for per page.
pub const MAX_PAGE_SIZE: i64 = 100;

/// A search as it arrives in the URL: everything optional, everything text.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct BoardQuery {
    pub q: Option<String>,
    pub kind: Option<String>,
    pub sector: Option<String>,
    pub municipality: Option<String>,
    /// Hours a week the visitor can work: openings asking at most this many.
    pub hours: Option<String>,
    pub group: Option<String>,
    /// `newest` (default) or `closing`.
    pub sort: Option<String>,
    pub page: Option<String>,
    pub per_page: Option<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum BoardSort {
    Newest,
    ClosingSoon,
}

/// A search with unknown values dropped and numbers in range.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BoardFilter {
    pub text: Option<String>,
    pub kind: Option<OpeningKind>,
    pub sector: Option<Sector>,
    pub municipality: Option<String>,
    pub hours: Option<i64>,
    pub group: Option<TargetGroup>,
    pub sort: BoardSort,
    pub page: i64,
    pub per_page: i64,
}

fn non_empty(v: &Option<String>) -> Option<String> {
    v.as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
}

impl BoardQuery {
    /// Reads a search leniently: a bad value is ignored rather than an error, so a shared
    /// link keeps working.
    pub fn filter(&self) -> BoardFilter {
        BoardFilter {
            text: non_empty(&self.q).map(|q| q.chars().take(100).collect()),
            kind: non_empty(&self.kind).and_then(|k| OpeningKind::parse(&k)),
            sector: non_empty(&self.sector).and_then(|s| Sector::parse(&s)),
            municipality: non_empty(&self.municipality),
            hours: non_empty(&self.hours)
                .and_then(|h| h.parse().ok())
                .filter(|h| (1..=40).contains(h)),
            group: non_empty(&self.group).and_then(|g| TargetGroup::parse(&g)),
            sort: match self.sort.as_deref() {
                Some("closing") => BoardSort::ClosingSoon,
                _ => BoardSort::Newest,
            },
            page: super::paging::parse_page(self.page.as_deref().unwrap_or("")),
            per_page: non_empty(&self.per_page)
                .and_then(|p| p.parse().ok())
                .map(|p: i64| p.clamp(1, MAX_PAGE_SIZE))
                .unwrap_or(PAGE_SIZE),
        }
    }
}

/// Free text as an FTS5 query: each word quoted (so no operator syntax leaks through) and
/// matched as a prefix; all words must occur. `None` when nothing searchable is left.
pub fn fts5_query(text: &str) -> Option<String> {
    let words: Vec<String> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(8)
        .map(|w| format!("\"{}\"*", w.to_lowercase()))
        .collect();
    (!words.is_empty()).then(|| words.join(" "))
}

/// Pages needed for `total` results.
pub fn page_count(total: i64, per_page: i64) -> i64 {
    ((total + per_page - 1) / per_page.max(1)).max(1)
}

/// schema.org `employmentType` values for an opening.
pub fn employment_types(c: &OpeningContent) -> Vec<&'static str> {
    let mut types = vec![if c.hours_max >= 36 {
        "FULL_TIME"
    } else {
        "PART_TIME"
    }];
    match (c.kind, c.contract_type) {
        (OpeningKind::Volunteer, _) => types.push("VOLUNTEER"),
        (OpeningKind::Traineeship | OpeningKind::LearningPlace, _)
        | (_, ContractType::Internship) => types.push("INTERN"),
        (_, ContractType::Temporary) => types.push("TEMPORARY"),
        (_, ContractType::OnCall) => types.push("PER_DIEM"),
        _ => {}
    }
    types
}

/// The schema.org `JobPosting` of a published opening, as JSON-LD.
pub fn job_posting(
    c: &OpeningContent,
    employer: &str,
    date_posted: &str,
    url: &str,
) -> serde_json::Value {
    let mut posting = serde_json::json!({
        "@context": "https://schema.org/",
        "@type": "JobPosting",
        "title": c.title,
        "description": c.description,
        "datePosted": date_posted,
        "employmentType": employment_types(c),
        "url": url,
        "hiringOrganization": { "@type": "Organization", "name": employer },
        "jobLocation": {
            "@type": "Place",
            "address": {
                "@type": "PostalAddress",
                "postalCode": c.postcode,
                "addressLocality": c.municipality,
                "addressCountry": "NL"
            }
        },
        "totalJobOpenings": c.positions,
        "directApply": false
    });
    if let Some(closing) = &c.closing_date {
        // The end of the closing day in Amsterdam: +01:00 in winter, +02:00 in summer.
        let offset = super::dates::parse_iso_date(closing)
            .map(|day| super::dates::offset_text(day, 23 * 60 + 59))
            .unwrap_or_else(|| "+01:00".into());
        posting["validThrough"] = serde_json::json!(format!("{closing}T23:59:59{offset}"));
    }
    if let Some((lo, hi)) = c.salary {
        posting["baseSalary"] = serde_json::json!({
            "@type": "MonetaryAmount",
            "currency": "EUR",
            "value": { "@type": "QuantitativeValue", "minValue": lo, "maxValue": hi, "unitText": "MONTH" }
        });
    }
    posting
}

/// JSON for inside a `<script>` element: every character that could end the script
/// (`</script`), open an HTML comment (`<!--`, which in a script hides the rest of the page
/// until a `-->`) or end a JavaScript string (U+2028, U+2029) is written as its `\u`
/// escape, which JSON reads back as the same text.
pub fn script_json(value: &serde_json::Value) -> String {
    let text = value.to_string();
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        match c {
            '<' => out.push_str("\\u003c"),
            '>' => out.push_str("\\u003e"),
            '&' => out.push_str("\\u0026"),
            '\u{2028}' => out.push_str("\\u2028"),
            '\u{2029}' => out.push_str("\\u2029"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn json_in_a_script_cannot_end_it_or_open_a_comment() {
        let hostile = "Kok </script><script>alert(1)</script> <!--<script & \u{2028}";
        let value = serde_json::json!({ "title": hostile });
        let text = super::script_json(&value);
        for bad in ["<", ">", "&", "\u{2028}"] {
            assert!(!text.contains(bad), "{bad:?} in {text}");
        }
        let back: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert_eq!(back["title"], hostile, "JSON reads the same text back");
    }

    use super::*;

    #[test]
    fn bad_search_values_are_dropped_not_fatal() {
        let q = BoardQuery {
            q: Some("  hovenier  ".into()),
            kind: Some("spaceship".into()),
            sector: Some("care".into()),
            hours: Some("99".into()),
            page: Some("-3".into()),
            per_page: Some("5000".into()),
            sort: Some("closing".into()),
            ..BoardQuery::default()
        };
        let f = q.filter();
        assert_eq!(f.text.as_deref(), Some("hovenier"));
        assert_eq!(f.kind, None);
        assert_eq!(f.sector, Some(Sector::Care));
        assert_eq!(f.hours, None);
        assert_eq!(
            (f.page, f.per_page, f.sort),
            (1, MAX_PAGE_SIZE, BoardSort::ClosingSoon)
        );
    }

    #[test]
    fn fts_queries_cannot_inject_syntax() {
        assert_eq!(
            fts5_query("Hovenier Buren").as_deref(),
            Some("\"hovenier\"* \"buren\"*")
        );
        assert_eq!(
            fts5_query("zorg\" OR title:*").as_deref(),
            Some("\"zorg\"* \"or\"* \"title\"*")
        );
        assert_eq!(fts5_query(" *** "), None);
    }

    #[test]
    fn pages() {
        assert_eq!(page_count(0, 20), 1);
        assert_eq!(page_count(20, 20), 1);
        assert_eq!(page_count(21, 20), 2);
    }
}
