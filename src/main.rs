//! The editor program: everything but the start page. The start program (`src/bin/start.rs`)
//! downloads it and calls [`start_editor`]; it does nothing on its own.

use ctpat_editor::state::{language_pack, locale};
use ctpat_editor::ui::pages::StartChoice;
use wasm_bindgen::prelude::{JsValue, wasm_bindgen};

/// Nothing: the editor starts when the start program calls [`start_editor`].
fn main() {}

/// Mounts the editor once the texts of the user's language are in (so its first screen is in
/// that language from its first frame), opening a first visit at `chosen` (the tag of a way
/// chosen on the start page; empty when none was). `step_aside` is the start program's: called
/// just before mounting, it removes the start program's page.
#[wasm_bindgen]
pub fn start_editor(chosen: String, step_aside: js_sys::Function) {
    console_error_panic_hook::set_once();
    let chosen = StartChoice::from_tag(&chosen);
    language_pack::before_first_screen(locale::preferred_language(), move || {
        // The start program's page must go first: both carry the same ids.
        if let Err(error) = step_aside.call0(&JsValue::NULL) {
            leptos::logging::warn!("the start page could not be removed: {error:?}");
        }
        leptos::mount::mount_to_body(
            move || leptos::view! { <ctpat_editor::ui::App chosen=chosen /> },
        );
    });
}
