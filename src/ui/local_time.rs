//! Moments shown to the user (when an import happened, when a copy was kept aside) in the
//! browser's time zone, written the same way in every language (`2026-12-03 14:05`).

/// `ms` (milliseconds since the Unix epoch) as local date and time.
pub fn local_date_time(ms: u64) -> String {
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(ms as f64));
    format!(
        "{:04}-{:02}-{:02} {:02}:{:02}",
        date.get_full_year(),
        date.get_month() + 1,
        date.get_date(),
        date.get_hours(),
        date.get_minutes()
    )
}
