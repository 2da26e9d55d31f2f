//! Putting the focus in a field named by its element id: an error summary link, a finding
//! listed on another screen, a row just added. A long register builds only the rows near the
//! screen, so the field may not be in the page yet: a list that can bring it in says so here
//! ([`RevealsFields`]), and the focus follows once it is built.

use std::cell::RefCell;
use std::rc::Rc;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

type Reveal = Rc<dyn Fn(&str) -> bool>;

thread_local! {
    /// The lists on screen that can build a field on demand, each under its own number.
    static REVEALERS: RefCell<Vec<(u64, Reveal)>> = const { RefCell::new(Vec::new()) };
    static NEXT: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
}

/// A list on screen that can build the field with a given id when asked; it stops being asked
/// when this is dropped or [`RevealsFields::stop`] is called.
pub struct RevealsFields(u64);

impl RevealsFields {
    /// Registers `reveal`, which builds the field with the given id if it is one of its own
    /// (returns whether it was).
    pub fn new(reveal: impl Fn(&str) -> bool + 'static) -> Self {
        let id = NEXT.with(|next| {
            let id = next.get();
            next.set(id + 1);
            id
        });
        REVEALERS.with(|all| all.borrow_mut().push((id, Rc::new(reveal))));
        RevealsFields(id)
    }

    /// Stops asking this list.
    pub fn stop(&self) {
        let id = self.0;
        REVEALERS.with(|all| all.borrow_mut().retain(|(own, _)| *own != id));
    }
}

/// Moves focus to the field with this id and scrolls it into view, without changing the URL;
/// if it is not in the page, asks the lists on screen to build it and focuses it once built.
pub fn focus_field(field_id: &str) {
    if !focus_now(field_id) && reveal(field_id) {
        let field_id = field_id.to_owned();
        request_animation_frame(move || {
            focus_now(&field_id);
        });
    }
}

/// As [`focus_field`], but focuses the element `otherwise` when no such field can be found
/// (the main area, after opening a screen for a field it no longer shows).
pub fn focus_field_or(field_id: &str, otherwise: &'static str) {
    if focus_now(field_id) {
        return;
    }
    let field_id = field_id.to_owned();
    let revealed = reveal(&field_id);
    request_animation_frame(move || {
        if !(revealed && focus_now(&field_id)) {
            focus_now(otherwise);
        }
    });
}

/// Whether some list on screen builds the field `field_id`.
fn reveal(field_id: &str) -> bool {
    // Cloned out first: building the field may register or drop lists.
    let revealers: Vec<Reveal> =
        REVEALERS.with(|all| all.borrow().iter().map(|(_, r)| r.clone()).collect());
    revealers.iter().any(|reveal| reveal(field_id))
}

fn focus_now(field_id: &str) -> bool {
    let Some(element) = document().get_element_by_id(field_id) else {
        return false;
    };
    element.scroll_into_view();
    if let Ok(element) = element.dyn_into::<web_sys::HtmlElement>() {
        let _ = element.focus();
    }
    true
}
