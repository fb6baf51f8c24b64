//! Calendar dates as the database stores them: `YYYY-MM-DD` text, and instants as Unix
//! seconds. Plain arithmetic on the proleptic Gregorian calendar (Howard Hinnant's
//! `days_from_civil`) for dates.
//!
//! Where an instant meets the calendar — "today", the day a mail was sent, the time shown
//! in the audit log, the offset in a feed — it is Dutch time (Europe/Amsterdam: +01:00 in
//! winter, +02:00 in summer), worked out by `jiff` with its own copy of the time-zone
//! database (nothing read from the machine). Between midnight and 2 a.m. the Dutch day is
//! not the UTC day: a buddy's check-in at 00:30 is dated today. `jiff` is a server
//! dependency; the browser build (islands only) never asks for a day.

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

/// The time zone every date and time of the portal is in.
pub const TIME_ZONE: &str = "Europe/Amsterdam";

#[cfg(feature = "ssr")]
mod dutch {
    use jiff::tz::TimeZone;
    use std::sync::LazyLock;

    /// Europe/Amsterdam from the database built into the binary; should that ever fail,
    /// a fixed +01:00 (and the log says so) rather than no answer.
    static ZONE: LazyLock<TimeZone> = LazyLock::new(|| {
        TimeZone::get(super::TIME_ZONE).unwrap_or_else(|error| {
            tracing::error!(%error, "no time zone data for Europe/Amsterdam; using +01:00");
            TimeZone::fixed(jiff::tz::Offset::constant(1))
        })
    });

    pub fn at(unix_seconds: i64) -> jiff::ZonedDateTime {
        let ts = jiff::Timestamp::from_second(unix_seconds).unwrap_or(jiff::Timestamp::UNIX_EPOCH);
        ts.to_zoned_datetime(ZONE.clone())
    }

    /// The instant a Dutch day (day count) begins.
    pub fn midnight(day: i64) -> i64 {
        let (y, m, d) = super::civil_from_days(day);
        let date = i16::try_from(y)
            .ok()
            .and_then(|y| jiff::civil::Date::new(y, m as i8, d as i8).ok());
        match date.and_then(|date| date.to_zoned_datetime(ZONE.clone()).ok()) {
            Some(zoned) => zoned.timestamp().as_second(),
            None => day * 86_400,
        }
    }

    /// The UTC offset in Amsterdam on `day` at `minutes` after midnight, in seconds.
    pub fn offset_on(day: i64, minutes: i64) -> i32 {
        let (y, m, d) = super::civil_from_days(day);
        let moment = i16::try_from(y).ok().and_then(|y| {
            jiff::civil::DateTime::new(
                y,
                m as i8,
                d as i8,
                (minutes / 60).clamp(0, 23) as i8,
                (minutes % 60).clamp(0, 59) as i8,
                0,
                0,
            )
            .ok()
        });
        moment
            .and_then(|dt| dt.to_zoned_datetime(ZONE.clone()).ok())
            .map(|z| z.offset().seconds())
            .unwrap_or(3600)
    }
}

/// The Dutch calendar day (a day count) of a Unix time in seconds.
pub fn day_of(unix_seconds: i64) -> i64 {
    #[cfg(feature = "ssr")]
    {
        let date = dutch::at(unix_seconds).date();
        days_from_civil(
            i64::from(date.year()),
            date.month() as u32,
            date.day() as u32,
        )
    }
    #[cfg(not(feature = "ssr"))]
    {
        unix_seconds.div_euclid(86_400)
    }
}

/// The Unix time at which Dutch day `day` begins (00:00 in Amsterdam).
pub fn start_of_day(day: i64) -> i64 {
    #[cfg(feature = "ssr")]
    {
        dutch::midnight(day)
    }
    #[cfg(not(feature = "ssr"))]
    {
        day * 86_400
    }
}

/// The Unix time of a Dutch local time: `minutes` after midnight on `day` in Amsterdam.
pub fn local_moment(day: i64, minutes: i64) -> i64 {
    #[cfg(feature = "ssr")]
    let offset = i64::from(dutch::offset_on(day, minutes));
    #[cfg(not(feature = "ssr"))]
    let offset = 3600;
    day * 86_400 + minutes * 60 - offset
}

/// The offset from UTC in Amsterdam at a local date and time, as `+01:00` or `+02:00`.
pub fn offset_text(day: i64, minutes_after_midnight: i64) -> String {
    #[cfg(feature = "ssr")]
    let seconds: i32 = dutch::offset_on(day, minutes_after_midnight);
    #[cfg(not(feature = "ssr"))]
    let seconds: i32 = {
        let _ = (day, minutes_after_midnight);
        3600
    };
    let sign = if seconds < 0 { '-' } else { '+' };
    let seconds = seconds.abs();
    format!("{sign}{:02}:{:02}", seconds / 3600, seconds % 3600 / 60)
}

/// `YYYY-MM-DD HH:MM`, Dutch time, of a Unix time in seconds (as shown to people).
pub fn iso_moment(unix_seconds: i64) -> String {
    #[cfg(feature = "ssr")]
    {
        let z = dutch::at(unix_seconds);
        format!(
            "{} {:02}:{:02}",
            iso_date(day_of(unix_seconds)),
            z.hour(),
            z.minute()
        )
    }
    #[cfg(not(feature = "ssr"))]
    {
        let day = unix_seconds.div_euclid(86_400);
        let seconds = unix_seconds - day * 86_400;
        format!(
            "{} {:02}:{:02}",
            iso_date(day),
            seconds / 3600,
            (seconds % 3600) / 60
        )
    }
}

/// RFC 3339 with the Dutch offset (`2027-07-01T09:30:00+02:00`), for feeds and exports.
pub fn rfc3339(unix_seconds: i64) -> String {
    let day = day_of(unix_seconds);
    let local = unix_seconds - start_of_day(day);
    let (h, m, sec) = (local / 3600, local % 3600 / 60, local % 60);
    #[cfg(feature = "ssr")]
    let offset = {
        let o = dutch::at(unix_seconds).offset().seconds();
        let sign = if o < 0 { '-' } else { '+' };
        format!("{sign}{:02}:{:02}", o.abs() / 3600, o.abs() % 3600 / 60)
    };
    #[cfg(not(feature = "ssr"))]
    let offset = "+00:00".to_string();
    format!("{}T{h:02}:{m:02}:{sec:02}{offset}", iso_date(day))
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

    #[cfg(feature = "ssr")]
    #[test]
    fn local_moments_in_winter_and_summer() {
        // 09:00 in Amsterdam is 08:00 UTC in winter, 07:00 UTC in summer.
        let winter = days_from_civil(2027, 1, 4);
        assert_eq!(local_moment(winter, 540), winter * 86_400 + 8 * 3600);
        let summer = days_from_civil(2027, 7, 5);
        assert_eq!(local_moment(summer, 540), summer * 86_400 + 7 * 3600);
        assert_eq!(iso_moment(local_moment(summer, 540)), "2027-07-05 09:00");
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

    /// 2027-01-15 00:30 in Amsterdam is 2027-01-14 23:30 UTC (winter, +01:00);
    /// 2027-07-15 00:30 is 2027-07-14 22:30 UTC (summer, +02:00).
    #[cfg(feature = "ssr")]
    #[test]
    fn the_day_is_the_dutch_day() {
        let utc =
            |y, m, d, h: i64, min: i64| days_from_civil(y, m, d) * 86_400 + h * 3600 + min * 60;
        let winter = utc(2027, 1, 14, 23, 30);
        let summer = utc(2027, 7, 14, 22, 30);
        assert_eq!(iso_date(day_of(winter)), "2027-01-15");
        assert_eq!(iso_date(day_of(summer)), "2027-07-15");
        assert_eq!(iso_date(day_of(winter - 3600)), "2027-01-14");
        assert_eq!(iso_moment(winter), "2027-01-15 00:30");
        assert_eq!(iso_moment(summer), "2027-07-15 00:30");
        assert_eq!(rfc3339(winter), "2027-01-15T00:30:00+01:00");
        assert_eq!(rfc3339(summer), "2027-07-15T00:30:00+02:00");
        assert_eq!(start_of_day(days_from_civil(2027, 1, 15)), winter - 1800);
        assert_eq!(start_of_day(days_from_civil(2027, 7, 15)), summer - 1800);
        assert_eq!(
            offset_text(days_from_civil(2027, 1, 15), 23 * 60 + 59),
            "+01:00"
        );
        assert_eq!(
            offset_text(days_from_civil(2027, 7, 15), 23 * 60 + 59),
            "+02:00"
        );
        // The night the clocks go forward (28 March 2027, 02:00 → 03:00): a 23-hour day.
        let spring = days_from_civil(2027, 3, 28);
        assert_eq!(start_of_day(spring + 1) - start_of_day(spring), 23 * 3600);
        assert_eq!(offset_text(spring, 60), "+01:00");
        assert_eq!(offset_text(spring, 4 * 60), "+02:00");
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
