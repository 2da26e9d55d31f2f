//! Whether leaving a field should bring up its message. A message that appears as the user
//! presses the form's submit button pushes the button down between press and release, and the
//! click is lost. Submitting shows every message anyway, so moving from a field to the submit
//! button of its own form does not count as leaving it.

use wasm_bindgen::JsCast;
use web_sys::{Element, Event, FocusEvent};

/// The submit controls of a form (a button without a type submits too).
const SUBMIT: &str = "button:not([type]), button[type='submit'], input[type='submit']";

/// True when this blur moves the focus to the submit button of the field's own form: the
/// submission, not the blur, will show the field's message.
pub fn is_leaving_for_submit(event: &Event) -> bool {
    // A blur sent by a script may be a plain event, with nowhere the focus went.
    let Some(event) = event.dyn_ref::<FocusEvent>() else {
        return false;
    };
    let element = |target: Option<web_sys::EventTarget>| {
        target.and_then(|target| target.dyn_into::<Element>().ok())
    };
    let (Some(field), Some(next)) = (element(event.target()), element(event.related_target()))
    else {
        return false;
    };
    if !next.matches(SUBMIT).unwrap_or(false) {
        return false;
    }
    match (field.closest("form"), next.closest("form")) {
        (Ok(Some(form)), Ok(Some(next_form))) => form.is_same_node(Some(&next_form)),
        _ => false,
    }
}
