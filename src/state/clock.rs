//! The one clock of the app: today's date in the user's time zone and the current time, read
//! from the browser. Everything that dates or times something (validation's "today", the save
//! times, auto-lock, the dates written into exported files) reads it here, so a test or a
//! future change of time source has one place to look.

use crate::domain::model::date::{Date, calendar_date};

/// Today's date in the user's time zone.
pub fn today() -> Date {
    let now = js_sys::Date::new_0();
    let year = i32::try_from(now.get_full_year()).ok();
    let month = u8::try_from(now.get_month() + 1).ok();
    let day = u8::try_from(now.get_date()).ok();
    match (year, month, day) {
        (Some(year), Some(month), Some(day)) => calendar_date(year, month, day),
        _ => None,
    }
    .unwrap_or(Date::MIN)
}

/// Milliseconds since the Unix epoch.
pub fn now_ms() -> u64 {
    js_sys::Date::now() as u64
}

/// The current time, RFC 3339 in UTC with milliseconds (`2026-11-27T19:00:00.000Z`).
pub fn now_utc() -> String {
    String::from(js_sys::Date::new_0().to_iso_string())
}

/// The hour and minute of the current time in the user's time zone.
pub fn local_hours_minutes() -> (u32, u32) {
    let now = js_sys::Date::new_0();
    (now.get_hours(), now.get_minutes())
}
