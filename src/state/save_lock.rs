//! Saves one tab at a time: a save reads the stored revision, checks it and writes the next one,
//! and two tabs doing that in the same moment would both write the same revision. Where the
//! browser has the Web Locks API, an autosave runs while holding a lock named after this
//! deployment, so other tabs' saves wait their turn and then see the newer revision (a conflict
//! to show, never an overwrite). Where it has not, or for the saves that cannot wait (leaving
//! the page, locking), the save runs at once; then the writer recorded in each copy still lets
//! the other tab see what happened (see `stored_workspace::CopyHeader`).

use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;

use crate::storage::backend::BrowserStorage;

/// Runs `save` holding this deployment's save lock, or at once where there are no Web Locks.
pub fn run_exclusively(save: impl FnOnce() + 'static) {
    match lock_request() {
        Some((locks, request)) => {
            let name = JsValue::from_str(&format!("ctpat-save {}", BrowserStorage::namespace()));
            let callback = Closure::once_into_js(move |_lock: JsValue| save());
            if let Err(error) = request.call2(&locks, &name, &callback) {
                // The save stays pending: the next edit, a lock or leaving the page saves it.
                leptos::logging::warn!("the save lock could not be requested: {error:?}");
            }
        }
        None => save(),
    }
}

/// `navigator.locks` and its `request` function, where the browser has them.
fn lock_request() -> Option<(JsValue, js_sys::Function)> {
    let navigator = web_sys::window()?.navigator();
    let locks = js_sys::Reflect::get(&navigator, &JsValue::from_str("locks")).ok()?;
    if locks.is_undefined() || locks.is_null() {
        return None;
    }
    let request = js_sys::Reflect::get(&locks, &JsValue::from_str("request"))
        .ok()?
        .dyn_into::<js_sys::Function>()
        .ok()?;
    Some((locks, request))
}
