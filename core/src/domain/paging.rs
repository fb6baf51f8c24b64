//! Page numbers from a URL and the row offset they mean. A page number is typed by anyone
//! (`?page=9223372036854775807`), so it is read once here: anything that is not a whole
//! number from 1 on is page 1, pages past [`MAX_PAGE`] are that page (a number too long to read at all is page 1), so that
//! working out the offset can never overflow (debug builds would panic, release builds wrap
//! into a negative `OFFSET`).

/// No list is this long; a page past it shows as empty, like any page past the end.
pub const MAX_PAGE: i64 = 1_000_000;

/// The page a query asks for: 1 unless the text is a whole number from 1 on.
pub fn parse_page(text: &str) -> i64 {
    text.trim()
        .parse::<i64>()
        .ok()
        .filter(|p| *p >= 1)
        .map_or(1, |p| p.min(MAX_PAGE))
}

/// The rows before `page` when each page holds `per_page`.
pub fn offset(page: i64, per_page: i64) -> i64 {
    (page.clamp(1, MAX_PAGE) - 1).saturating_mul(per_page.max(0))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typed_page_numbers_are_read_safely() {
        assert_eq!(parse_page(""), 1);
        assert_eq!(parse_page(" 3 "), 3);
        assert_eq!(parse_page("0"), 1);
        assert_eq!(parse_page("-4"), 1);
        assert_eq!(parse_page("twee"), 1);
        assert_eq!(parse_page("9223372036854775807"), MAX_PAGE);
        assert_eq!(parse_page("99999999999999999999"), 1);
    }

    #[test]
    fn offsets_never_overflow() {
        assert_eq!(offset(1, 25), 0);
        assert_eq!(offset(3, 25), 50);
        assert_eq!(offset(i64::MAX, 200), (MAX_PAGE - 1) * 200);
        assert_eq!(offset(i64::MIN, 25), 0);
        assert_eq!(offset(2, i64::MAX), i64::MAX);
    }
}
