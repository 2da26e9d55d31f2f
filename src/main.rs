//! The browser entry point: fetches the texts of the user's language if it is not English, then
//! mounts the app, so the first screen is in that language from its first frame.

use std::cell::Cell;
use std::rc::Rc;

use ctpat_editor::state::{clock, language_pack, locale};

/// How long the first screen waits for the texts of the user's language. On a line slow
/// enough to take longer, the app opens in English and switches once they arrive (the locale
/// fetches them again if this attempt fails).
const PATIENCE_MS: i32 = 2_000;

fn main() {
    console_error_panic_hook::set_once();
    let mounted = Rc::new(Cell::new(false));
    let mount = move |mounted: Rc<Cell<bool>>| {
        if !mounted.replace(true) {
            leptos::mount::mount_to_body(ctpat_editor::ui::App);
        }
    };
    let language = locale::preferred_language();
    {
        let mounted = mounted.clone();
        wasm_bindgen_futures::spawn_local(async move {
            // A failure is shown by the language switch once the app is up (in English).
            let _ = language_pack::load(language).await;
            mount(mounted);
        });
    }
    wasm_bindgen_futures::spawn_local(async move {
        clock::wait(PATIENCE_MS).await;
        mount(mounted);
    });
}
