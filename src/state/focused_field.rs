//! Leaving the focused field before its screen goes (a lock, leaving the example).

use leptos::prelude::*;
use leptos::wasm_bindgen::JsCast;
use leptos::web_sys;

/// Moves the focus off the focused field before its screen goes. A field removed with the
/// focus in it gets its blur only after its screen is gone, and its handler would then reach
/// for values already dropped; left first, it runs while they are there.
pub(super) fn leave_focused_field() {
    let focused = document()
        .active_element()
        .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(element) = focused
        && let Err(error) = element.blur()
    {
        leptos::logging::warn!("the focused field could not be left: {error:?}");
    }
}
