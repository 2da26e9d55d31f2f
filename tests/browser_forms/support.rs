//! Mounting a form over an open workspace and acting on it as a user would: typing, leaving a
//! field, choosing, ticking, pressing buttons; and reading back messages and the summary.

use std::cell::Cell;
use std::rc::Rc;

use ctpat_editor::domain::Language;
use ctpat_editor::i18n::{self, MessageKey};
use ctpat_editor::state::vault_contents::VaultContents;
use ctpat_editor::state::{Locale, Session};
use ctpat_editor::storage::preferences;
use gloo_storage::{LocalStorage, Storage};
use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, Event, HtmlElement};

/// A page mounted over a freshly opened, empty workspace, in English.
pub struct Mounted {
    pub host: HtmlElement,
    pub session: Session,
    pub locale: Locale,
}

impl Drop for Mounted {
    fn drop(&mut self) {
        self.host.remove();
    }
}

pub async fn mount<V: IntoView + 'static>(page: impl FnOnce() -> V + 'static) -> Mounted {
    LocalStorage::clear();
    preferences::save(&preferences::Preferences {
        language: Some(Language::English),
    })
    .unwrap();
    let document = web_sys::window().unwrap().document().unwrap();
    let host: HtmlElement = document.create_element("div").unwrap().unchecked_into();
    document.body().unwrap().append_child(&host).unwrap();
    let slot: Rc<Cell<Option<(Session, Locale)>>> = Rc::new(Cell::new(None));
    let out = slot.clone();
    leptos::mount::mount_to(host.clone(), move || {
        let locale = Locale::provide();
        let session = ctpat_editor::state::provide_session();
        session
            .contents()
            .set(Some(VaultContents::new().expect("signing key")));
        out.set(Some((session, locale)));
        page()
    })
    .forget();
    leptos::task::tick().await;
    let (session, locale) = slot.get().expect("session provided");
    Mounted {
        host,
        session,
        locale,
    }
}

impl Mounted {
    pub fn find(&self, selector: &str) -> Option<Element> {
        self.host.query_selector(selector).unwrap()
    }

    pub fn get(&self, selector: &str) -> HtmlElement {
        self.find(selector)
            .unwrap_or_else(|| panic!("no element {selector}"))
            .unchecked_into()
    }

    pub fn text(&self) -> String {
        self.host.text_content().unwrap_or_default()
    }

    pub fn message(&self, field_id: &str) -> Option<String> {
        self.find(&format!("#{field_id}-message"))
            .map(|element| element.text_content().unwrap_or_default())
    }

    /// Types `value` into the field `#id` (one input event, as a paste would send).
    pub async fn type_into(&self, id: &str, value: &str) {
        let field = self.get(&format!("#{id}"));
        js_sys::Reflect::set(
            &field,
            &JsValue::from_str("value"),
            &JsValue::from_str(value),
        )
        .unwrap();
        field.dispatch_event(&Event::new("input").unwrap()).unwrap();
        leptos::task::tick().await;
    }

    /// Leaves the field `#id`.
    pub async fn leave(&self, id: &str) {
        let field = self.get(&format!("#{id}"));
        field.dispatch_event(&Event::new("blur").unwrap()).unwrap();
        leptos::task::tick().await;
    }

    /// Chooses `value` in the list `#id`.
    pub async fn choose(&self, id: &str, value: &str) {
        let field = self.get(&format!("#{id}"));
        js_sys::Reflect::set(
            &field,
            &JsValue::from_str("value"),
            &JsValue::from_str(value),
        )
        .unwrap();
        field
            .dispatch_event(&Event::new("change").unwrap())
            .unwrap();
        leptos::task::tick().await;
    }

    /// Ticks the checkbox or radio `#id`.
    pub async fn tick_box(&self, id: &str) {
        self.get(&format!("#{id}")).click();
        leptos::task::tick().await;
    }

    pub async fn press(&self, selector: &str) {
        self.get(selector).click();
        leptos::task::tick().await;
    }

    /// Presses the button whose text is `name`.
    pub async fn press_button(&self, name: &str) {
        all(&self.host, "button")
            .into_iter()
            .map(|element| element.unchecked_into::<HtmlElement>())
            .find(|button| button.text_content().unwrap_or_default().trim() == name)
            .unwrap_or_else(|| panic!("no button {name}"))
            .click();
        leptos::task::tick().await;
    }

    pub fn summary_links(&self) -> Vec<(String, String)> {
        let Some(summary) = self.find(".app-error-summary") else {
            return Vec::new();
        };
        all(&summary, "a")
            .into_iter()
            .map(|link| {
                (
                    link.get_attribute("href").unwrap_or_default(),
                    link.text_content().unwrap_or_default(),
                )
            })
            .collect()
    }

    pub fn contact_ids(&self) -> Vec<String> {
        self.session
            .with_contents(|c| c.workspace.contacts.iter().map(|c| c.id.clone()).collect())
            .unwrap()
    }

    pub fn address_ids(&self) -> Vec<String> {
        self.session
            .with_contents(|c| c.workspace.addresses.iter().map(|a| a.id.clone()).collect())
            .unwrap()
    }
}

pub fn english(key: MessageKey) -> &'static str {
    i18n::text(Language::English, key)
}

/// Every element under `root` matching `selector` (`querySelectorAll`, called through
/// JavaScript so the test needs no further browser bindings).
pub fn all(root: &Element, selector: &str) -> Vec<Element> {
    let method: js_sys::Function =
        js_sys::Reflect::get(root, &JsValue::from_str("querySelectorAll"))
            .unwrap()
            .unchecked_into();
    let list = method.call1(root, &JsValue::from_str(selector)).unwrap();
    js_sys::Array::from(&list)
        .iter()
        .map(|node| node.unchecked_into::<Element>())
        .collect()
}

pub fn active_id() -> String {
    web_sys::window()
        .unwrap()
        .document()
        .unwrap()
        .active_element()
        .map(|element| element.id())
        .unwrap_or_default()
}

/// Resolves in the next animation frame, after every task and microtask queued before it (where
/// the editor updates the page) has run.
pub async fn next_frame() {
    next_frame_began().await;
}

/// Waits for the next `requestAnimationFrame` callback and returns when that frame began (the
/// callback's timestamp, on the `performance.now()` clock).
pub async fn next_frame_began() -> f64 {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .request_animation_frame(&resolve)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise)
        .await
        .unwrap()
        .as_f64()
        .unwrap_or(f64::NAN)
}

/// Resolves after `ms` milliseconds; `pause(0)` resolves on the next task, once every microtask
/// (where the editor updates the page) has run.
pub async fn pause(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}
