//! Copying a prepared answer for pasting into CBP's Portal, which has no file import. The
//! browser may refuse the Clipboard API (permission denied, no secure context, an older
//! browser); the text is then selected on the page, so the user copies it with their own
//! keyboard shortcut or menu instead of retyping it.

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// What happened to the text the user asked to copy.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CopyOutcome {
    /// It is on the clipboard.
    Copied,
    /// The browser refused the clipboard; the text is selected on the page instead.
    Selected,
    /// The browser refused the clipboard and the text could not be selected either.
    Failed,
}

/// Puts `text` on the clipboard or, where the browser refuses, selects the contents of the
/// element `element_id` (which shows the same text).
pub async fn copy_or_select(text: &str, element_id: &str) -> CopyOutcome {
    if write_to_clipboard(text).await {
        return CopyOutcome::Copied;
    }
    if select_contents_of(element_id) {
        CopyOutcome::Selected
    } else {
        CopyOutcome::Failed
    }
}

/// Whether the browser took `text` onto its clipboard.
async fn write_to_clipboard(text: &str) -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let navigator = window.navigator();
    // Outside a secure context the member is missing altogether: calling it would throw.
    let clipboard = js_sys::Reflect::get(&navigator, &JsValue::from_str("clipboard"))
        .ok()
        .filter(|value| !value.is_undefined() && !value.is_null());
    let Some(clipboard) = clipboard else {
        return false;
    };
    let clipboard: web_sys::Clipboard = clipboard.unchecked_into();
    JsFuture::from(clipboard.write_text(text)).await.is_ok()
}

/// Selects everything inside element `element_id`; `false` when there is no such element or
/// the browser gives no selection.
fn select_contents_of(element_id: &str) -> bool {
    let Some(document) = web_sys::window().and_then(|window| window.document()) else {
        return false;
    };
    let Some(element) = document.get_element_by_id(element_id) else {
        return false;
    };
    let Ok(Some(selection)) = document.get_selection() else {
        return false;
    };
    selection.select_all_children(&element).is_ok()
}
