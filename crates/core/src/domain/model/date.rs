//! Calendar dates as the model stores them: ISO `YYYY-MM-DD` text, kept exactly as typed so a
//! half-typed date is never lost, and read into a `time::Date` only when a rule needs one.
//!
//! The domain never reads a clock: "today" is always passed in by the caller.

pub use time::Date;
use time::{Duration, Month};

/// Reads an ISO `YYYY-MM-DD` date; `None` for anything else (including impossible days).
///
/// Hand-written rather than `time`'s parser so the wasm build does not carry its format
/// machinery for the only date shape the model uses.
pub fn parse_iso_date(text: &str) -> Option<Date> {
    let bytes = text.as_bytes();
    let shaped = bytes.len() == 10
        && bytes[4] == b'-'
        && bytes[7] == b'-'
        && bytes
            .iter()
            .enumerate()
            .all(|(index, byte)| index == 4 || index == 7 || byte.is_ascii_digit());
    if !shaped {
        return None;
    }
    let year: i32 = text.get(0..4)?.parse().ok()?;
    let month: u8 = text.get(5..7)?.parse().ok()?;
    let day: u8 = text.get(8..10)?.parse().ok()?;
    calendar_date(year, month, day)
}

/// The date of `year`, `month` (1 to 12) and `day`; `None` for a day the calendar does not have.
pub fn calendar_date(year: i32, month: u8, day: u8) -> Option<Date> {
    Date::from_calendar_date(year, Month::try_from(month).ok()?, day).ok()
}

/// Writes a date as ISO `YYYY-MM-DD`, the form the model stores.
pub fn format_iso_date(date: Date) -> String {
    format!(
        "{:04}-{:02}-{:02}",
        date.year(),
        u8::from(date.month()),
        date.day()
    )
}

/// `date` moved by a whole number of days, saturating at the calendar's limits.
pub fn add_days(date: Date, days: i64) -> Date {
    date.checked_add(Duration::days(days)).unwrap_or(date)
}

/// The anniversary of `date` in `year`; 29 February falls on 28 February in common years.
pub fn anniversary_in(date: Date, year: i32) -> Option<Date> {
    Date::from_calendar_date(year, date.month(), date.day())
        .or_else(|_| Date::from_calendar_date(year, date.month(), date.day() - 1))
        .ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iso_dates_are_read_and_written_back_identically() {
        let date = parse_iso_date("2026-02-28").unwrap();
        assert_eq!(format_iso_date(date), "2026-02-28");
    }

    #[test]
    fn impossible_or_differently_written_dates_are_not_dates() {
        for text in [
            "2026-02-30",
            "2026-13-01",
            "26-02-01",
            "2026/02/01",
            "2026-2-01",
            "",
            "２０２６-02-01",
        ] {
            assert_eq!(parse_iso_date(text), None, "{text}");
        }
    }

    #[test]
    fn a_leap_day_anniversary_falls_on_the_last_day_of_february() {
        let leap_day = parse_iso_date("2024-02-29").unwrap();
        assert_eq!(anniversary_in(leap_day, 2025), parse_iso_date("2025-02-28"));
    }
}
