//! Calendar dates as the database stores them: `YYYY-MM-DD` text, and instants as Unix
//! seconds. Plain arithmetic on the proleptic Gregorian calendar (Howard Hinnant's
//! `days_from_civil`), so no date library is needed in the browser build.

/// Days since 1970-01-01 of a civil date.
pub fn days_from_civil(year: i64, month: u32, day: u32) -> i64 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = if y >= 0 { y } else { y - 399 } / 400;
    let yoe = y - era * 400;
    let m = i64::from(month);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The civil date of a day count since 1970-01-01.
pub fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = if z >= 0 { z } else { z - 146_096 } / 146_097;
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

/// `YYYY-MM-DD` of a day count.
pub fn iso_date(days: i64) -> String {
    let (y, m, d) = civil_from_days(days);
    format!("{y:04}-{m:02}-{d:02}")
}

/// Day count of a `YYYY-MM-DD` text, when it is a real date.
pub fn parse_iso_date(text: &str) -> Option<i64> {
    let mut parts = text.trim().splitn(3, '-');
    let year: i64 = parts.next()?.parse().ok()?;
    let month: u32 = parts.next()?.parse().ok()?;
    let day: u32 = parts.next()?.parse().ok()?;
    if !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) {
        return None;
    }
    Some(days_from_civil(year, month, day))
}

pub fn days_in_month(year: i64, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        _ if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        _ => 28,
    }
}

/// The same day `months` later; a day the month does not have becomes its last day
/// (31 January + 1 month = 28 or 29 February).
pub fn add_months(days: i64, months: i64) -> i64 {
    let (y, m, d) = civil_from_days(days);
    let index = y * 12 + i64::from(m) - 1 + months;
    let (year, month) = (index.div_euclid(12), (index.rem_euclid(12) + 1) as u32);
    days_from_civil(year, month, d.min(days_in_month(year, month)))
}

/// `YYYY-MM-DD HH:MM` (UTC) of a Unix time in seconds.
pub fn iso_moment(unix_seconds: i64) -> String {
    let day = day_of(unix_seconds);
    let seconds = unix_seconds - day * 86_400;
    format!(
        "{} {:02}:{:02}",
        iso_date(day),
        seconds / 3600,
        (seconds % 3600) / 60
    )
}

/// The day count of a Unix time in seconds (UTC).
pub fn day_of(unix_seconds: i64) -> i64 {
    unix_seconds.div_euclid(86_400)
}

/// `D-M-YYYY`, the way Dutch readers write a date, from `YYYY-MM-DD`.
pub fn display_date(iso: &str) -> String {
    match parse_iso_date(iso) {
        Some(days) => {
            let (y, m, d) = civil_from_days(days);
            format!("{d}-{m}-{y}")
        }
        None => iso.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months_are_added_by_the_calendar() {
        let d = |s: &str| parse_iso_date(s).expect("date");
        assert_eq!(iso_date(add_months(d("2026-01-31"), 1)), "2026-02-28");
        assert_eq!(iso_date(add_months(d("2028-01-31"), 1)), "2028-02-29");
        assert_eq!(iso_date(add_months(d("2026-11-15"), 3)), "2027-02-15");
        assert_eq!(iso_date(add_months(d("2026-06-30"), 12)), "2027-06-30");
    }

    #[test]
    fn known_dates() {
        assert_eq!(days_from_civil(1970, 1, 1), 0);
        assert_eq!(iso_date(days_from_civil(2024, 2, 29)), "2024-02-29");
        assert_eq!(
            parse_iso_date("2026-11-22"),
            Some(days_from_civil(2026, 11, 22))
        );
        assert_eq!(day_of(1_764_000_000), days_from_civil(2025, 11, 24));
    }

    #[test]
    fn round_trips_over_centuries() {
        for days in (-200_000..200_000).step_by(97) {
            assert_eq!(parse_iso_date(&iso_date(days)), Some(days));
        }
    }

    #[test]
    fn refuses_impossible_dates() {
        for bad in [
            "2023-02-29",
            "2024-13-01",
            "2024-00-10",
            "2024-04-31",
            "abc",
            "2024-1",
        ] {
            assert_eq!(parse_iso_date(bad), None, "{bad}");
        }
        assert_eq!(display_date("2026-03-05"), "5-3-2026");
    }
}
