//! The one clock of the app: today's date in the user's time zone and the current time, read
//! from the browser. Everything that dates or times something (validation's "today", the save
//! times, auto-lock, the dates written into exported files) reads it here, so a test or a
//! future change of time source has one place to look.

use js_sys::{Function, Promise};
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::JsValue;
use wasm_bindgen_futures::JsFuture;

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

/// Resolves after `ms` milliseconds (at once where there is no timer, which does not happen in
/// a page).
pub async fn wait(ms: i32) {
    let timer = Promise::new(&mut |resolve, _| {
        if !set_timeout(&resolve, ms) {
            let _ = resolve.call0(&JsValue::NULL);
        }
    });
    let _ = JsFuture::from(timer).await;
}

/// Calls `callback` after `ms` milliseconds; `false` if no timer could be set.
pub(crate) fn set_timeout(callback: &JsValue, ms: i32) -> bool {
    let Some(callback) = callback.dyn_ref::<Function>() else {
        return false;
    };
    web_sys::window()
        .and_then(|window| {
            window
                .set_timeout_with_callback_and_timeout_and_arguments_0(callback, ms)
                .ok()
        })
        .is_some()
}
