//! The calendar reminder of an account's next annual review window, as an iCalendar file
//! (RFC 5545) any calendar application imports: one all-day event on the day the window opens,
//! with an alarm a week before, so the review can be planned before the window starts.

use crate::domain::model::ReviewWindow;
use crate::domain::model::date::{Date, add_days};

/// The longest line RFC 5545 allows, in octets, without its CRLF (§3.1).
const MAX_LINE_OCTETS: usize = 75;

/// Identifies the product that wrote the file (RFC 5545 §3.7.3).
const PRODUCT_ID: &str = "-//C-TPAT Profile Editor//Annual review reminder//EN";

/// The reminder of one account's next review, with its texts already in the user's language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReviewReminder<'a> {
    /// The account's stable id: the event keeps the same UID however often it is downloaded,
    /// so importing it again updates the event instead of adding a second one.
    pub account_id: &'a str,
    /// The review window the event announces.
    pub window: ReviewWindow,
    /// The event's title.
    pub summary: &'a str,
    /// The event's description.
    pub description: &'a str,
}

/// Why a reminder could not be written.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CalendarError {
    /// The creation time must be an RFC 3339 UTC time such as `2026-11-27T19:00:00Z`.
    #[error("the time {found:?} is not an RFC 3339 UTC time")]
    InvalidTimestamp {
        /// What was passed.
        found: String,
    },
}

/// The iCalendar text of `reminder`, written at `now` (RFC 3339 UTC, the browser's clock):
/// CRLF line ends, lines folded at 75 octets, text escaped, DTSTART an all-day date.
pub fn review_reminder(reminder: &ReviewReminder<'_>, now: &str) -> Result<String, CalendarError> {
    let stamp = ics_timestamp(now).ok_or_else(|| CalendarError::InvalidTimestamp {
        found: now.to_owned(),
    })?;
    let opens = reminder.window.opens;
    let uid = format!(
        "annual-review-{}-{}@ctpat-profile-editor",
        reminder.account_id,
        ics_date(reminder.window.closes)
    );
    let lines = [
        "BEGIN:VCALENDAR".to_owned(),
        "VERSION:2.0".to_owned(),
        format!("PRODID:{PRODUCT_ID}"),
        "CALSCALE:GREGORIAN".to_owned(),
        "METHOD:PUBLISH".to_owned(),
        "BEGIN:VEVENT".to_owned(),
        format!("UID:{}", escape_text(&uid)),
        format!("DTSTAMP:{stamp}"),
        format!("DTSTART;VALUE=DATE:{}", ics_date(opens)),
        format!("DTEND;VALUE=DATE:{}", ics_date(add_days(opens, 1))),
        format!("SUMMARY:{}", escape_text(reminder.summary)),
        format!("DESCRIPTION:{}", escape_text(reminder.description)),
        "TRANSP:TRANSPARENT".to_owned(),
        "BEGIN:VALARM".to_owned(),
        "ACTION:DISPLAY".to_owned(),
        format!("DESCRIPTION:{}", escape_text(reminder.summary)),
        "TRIGGER:-P7D".to_owned(),
        "END:VALARM".to_owned(),
        "END:VEVENT".to_owned(),
        "END:VCALENDAR".to_owned(),
    ];
    Ok(lines.iter().map(|line| fold(line)).collect())
}

/// A date as iCalendar writes it: `YYYYMMDD`.
fn ics_date(date: Date) -> String {
    format!(
        "{:04}{:02}{:02}",
        date.year(),
        u8::from(date.month()),
        date.day()
    )
}

/// `2026-11-27T19:00:00.123Z` as iCalendar's UTC form `20261127T190000Z` (fractions dropped).
fn ics_timestamp(rfc3339: &str) -> Option<String> {
    let bytes = rfc3339.as_bytes();
    let shaped = bytes.len() >= 20
        && bytes.last() == Some(&b'Z')
        && [(4, b'-'), (7, b'-'), (10, b'T'), (13, b':'), (16, b':')]
            .iter()
            .all(|&(at, byte)| bytes.get(at) == Some(&byte))
        && [0..4, 5..7, 8..10, 11..13, 14..16, 17..19]
            .into_iter()
            .all(|range| bytes[range].iter().all(u8::is_ascii_digit));
    let fraction = rfc3339.get(19..rfc3339.len() - 1)?;
    let fraction_ok = fraction.is_empty()
        || fraction
            .strip_prefix('.')
            .is_some_and(|digits| !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()));
    if !(shaped && fraction_ok) {
        return None;
    }
    let digits: String = rfc3339[..19]
        .chars()
        .filter(|character| *character != '-' && *character != ':')
        .collect();
    Some(format!("{digits}Z"))
}

/// RFC 5545 §3.3.11: a backslash, semicolon and comma are preceded by a backslash, and a line
/// break is written `\n`, so text the user typed cannot end a property or add one.
fn escape_text(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    let mut characters = text.chars().peekable();
    while let Some(character) = characters.next() {
        match character {
            '\\' => escaped.push_str("\\\\"),
            ';' => escaped.push_str("\\;"),
            ',' => escaped.push_str("\\,"),
            '\r' => {
                characters.next_if_eq(&'\n');
                escaped.push_str("\\n");
            }
            '\n' => escaped.push_str("\\n"),
            // Other control characters are not allowed in text values (§3.1).
            control if control.is_control() => {}
            other => escaped.push(other),
        }
    }
    escaped
}

/// One content line, folded (RFC 5545 §3.1): no line longer than 75 octets, each continuation
/// starting with a space, never splitting a UTF-8 character; every line ends with CRLF.
fn fold(line: &str) -> String {
    let mut folded = String::with_capacity(line.len() + line.len() / MAX_LINE_OCTETS * 3 + 2);
    let mut octets = 0;
    for character in line.chars() {
        let width = character.len_utf8();
        if octets + width > MAX_LINE_OCTETS {
            folded.push_str("\r\n ");
            octets = 1;
        }
        folded.push(character);
        octets += width;
    }
    folded.push_str("\r\n");
    folded
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::model::date::parse_iso_date;

    fn day(text: &str) -> Date {
        parse_iso_date(text).unwrap()
    }

    fn reminder<'a>(summary: &'a str, description: &'a str) -> ReviewReminder<'a> {
        ReviewReminder {
            account_id: "acct-1f2e",
            window: ReviewWindow::due_on(day("2027-03-15")),
            summary,
            description,
        }
    }

    fn ics(summary: &str, description: &str) -> String {
        review_reminder(&reminder(summary, description), "2026-12-03T18:04:05.123Z").unwrap()
    }

    /// The file's logical lines, unfolded as a calendar application reads them.
    fn unfolded(ics: &str) -> Vec<String> {
        ics.replace("\r\n ", "")
            .split("\r\n")
            .map(str::to_owned)
            .collect()
    }

    #[test]
    fn the_event_is_all_day_on_the_opening_of_the_window_with_an_alarm_a_week_before() {
        let lines = unfolded(&ics("Annual review", "Due 2027-03-15"));
        for expected in [
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "BEGIN:VEVENT",
            "DTSTAMP:20261203T180405Z",
            "DTSTART;VALUE=DATE:20261215",
            "DTEND;VALUE=DATE:20261216",
            "SUMMARY:Annual review",
            "DESCRIPTION:Due 2027-03-15",
            "BEGIN:VALARM",
            "ACTION:DISPLAY",
            "TRIGGER:-P7D",
            "END:VALARM",
            "END:VEVENT",
            "END:VCALENDAR",
        ] {
            assert!(
                lines.iter().any(|line| line == expected),
                "{expected} in {lines:?}"
            );
        }
        assert!(lines.iter().any(|line| line.starts_with("PRODID:")));
    }

    #[test]
    fn every_line_ends_with_crlf_and_no_bare_line_feed_is_left() {
        let text = ics("Review", "First line\nsecond line\r\nthird");
        assert!(text.ends_with("END:VCALENDAR\r\n"));
        assert_eq!(text.matches('\n').count(), text.matches("\r\n").count());
        assert!(text.contains("DESCRIPTION:First line\\nsecond line\\nthird\r\n"));
    }

    #[test]
    fn commas_semicolons_and_backslashes_are_escaped_in_text() {
        let text = ics("Imports, Inc.; \\ East", "x");
        assert!(
            unfolded(&text)
                .iter()
                .any(|line| line == "SUMMARY:Imports\\, Inc.\\; \\\\ East"),
            "{text}"
        );
    }

    #[test]
    fn long_lines_are_folded_at_75_octets_without_splitting_a_character() {
        let summary = "Révision annuelle — Importations du Québec, entrepôt numéro 12 ".repeat(4);
        let text = ics(&summary, "é".repeat(200).as_str());
        for line in text.split("\r\n") {
            assert!(line.len() <= 75, "{} octets: {line}", line.len());
        }
        let lines = unfolded(&text);
        let expected = format!("SUMMARY:{}", escape_text(&summary));
        assert!(
            lines.contains(&expected),
            "the folded line reads back whole"
        );
        assert!(lines.contains(&format!("DESCRIPTION:{}", "é".repeat(200))));
    }

    #[test]
    fn the_uid_is_the_same_for_every_download_of_one_review_and_differs_between_accounts() {
        let uid = |text: &str| {
            unfolded(text)
                .into_iter()
                .find(|line| line.starts_with("UID:"))
                .unwrap()
        };
        let first = review_reminder(&reminder("A", "B"), "2026-12-03T18:04:05Z").unwrap();
        let again = review_reminder(&reminder("C", "D"), "2026-12-04T09:00:00Z").unwrap();
        assert_eq!(uid(&first), uid(&again));
        let other = ReviewReminder {
            account_id: "acct-other",
            ..reminder("A", "B")
        };
        let other = review_reminder(&other, "2026-12-03T18:04:05Z").unwrap();
        assert_ne!(uid(&first), uid(&other));
    }

    #[test]
    fn a_malformed_creation_time_is_refused() {
        for now in [
            "2026-12-03",
            "2026-12-03T18:04:05+01:00",
            "2026-12-03T18:04:05.Z",
        ] {
            assert!(
                matches!(
                    review_reminder(&reminder("A", "B"), now),
                    Err(CalendarError::InvalidTimestamp { .. })
                ),
                "{now}"
            );
        }
    }
}
