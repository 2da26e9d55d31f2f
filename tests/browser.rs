//! Browser tests (wasm-bindgen-test in headless Chromium): the app mounted in a real page,
//! reading and writing the real localStorage.
#![cfg(target_arch = "wasm32")]
#![allow(clippy::unwrap_used)]

use ctpat_editor::domain::Language;
use ctpat_editor::storage::backend::{BrowserStorage, KeyValueStore};
use ctpat_editor::storage::{keys, preferences};
use ctpat_editor::ui::App;
use ctpat_editor::ui::pages::StartChoice;
use gloo_storage::{LocalStorage, Storage};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::{Event, HtmlElement, HtmlSelectElement};

wasm_bindgen_test_configure!(run_in_browser);

/// Mounts a fresh app into its own element and returns that element.
async fn mount_app() -> HtmlElement {
    mount_app_at(None).await
}

/// Mounts a fresh app as the start program hands it over, at the way `chosen` on its page.
async fn mount_app_at(chosen: Option<StartChoice>) -> HtmlElement {
    let document = web_sys::window().unwrap().document().unwrap();
    let host: HtmlElement = document.create_element("div").unwrap().unchecked_into();
    document.body().unwrap().append_child(&host).unwrap();
    leptos::mount::mount_to(
        host.clone(),
        move || leptos::view! { <App chosen=chosen /> },
    )
    .forget();
    leptos::task::tick().await;
    host
}

#[wasm_bindgen_test]
async fn a_way_chosen_on_the_start_programs_page_opens_at_once_and_only_once() {
    LocalStorage::clear();
    let host = mount_app_at(Some(StartChoice::Create)).await;
    assert!(
        host.query_selector("#new-passphrase").unwrap().is_some(),
        "onboarding's passphrase step is not shown"
    );
    assert!(host.query_selector("#start-page").unwrap().is_none());
    host.remove();

    let host = mount_app_at(Some(StartChoice::Restore)).await;
    assert!(host.query_selector("#new-passphrase").unwrap().is_some());
    host.remove();

    let host = mount_app_at(Some(StartChoice::Example)).await;
    leptos::task::tick().await;
    assert!(
        host.query_selector("#example-banner").unwrap().is_some(),
        "the example is not open: {}",
        host.text_content().unwrap_or_default()
    );
    // Leaving the example comes back to the start page, not to the example again.
    let leave: HtmlElement = host
        .query_selector("#leave-example")
        .unwrap()
        .expect("the example's leave button")
        .unchecked_into();
    leave.click();
    leptos::task::tick().await;
    assert!(
        host.query_selector("#start-page").unwrap().is_some(),
        "leaving the example did not show the start page: {}",
        host.text_content().unwrap_or_default()
    );
    host.remove();
    LocalStorage::clear();
}

fn html_lang() -> Option<String> {
    web_sys::window()?
        .document()?
        .document_element()?
        .get_attribute("lang")
}

#[wasm_bindgen_test]
async fn the_app_opens_in_the_saved_language() {
    LocalStorage::clear();
    preferences::save(&preferences::Preferences {
        language: Some(Language::French),
    })
    .unwrap();

    let host = mount_app().await;

    let text = host.text_content().unwrap_or_default();
    assert!(
        text.contains("Éditeur de profil C-TPAT"),
        "header not in French: {text}"
    );
    assert!(
        text.contains("Préparez votre profil de sécurité C-TPAT"),
        "start page not in French: {text}"
    );
    assert_eq!(html_lang().as_deref(), Some("fr-CA"));
    host.remove();
}

#[wasm_bindgen_test]
async fn choosing_a_language_switches_the_page_and_is_remembered() {
    LocalStorage::clear();
    preferences::save(&preferences::Preferences {
        language: Some(Language::English),
    })
    .unwrap();
    let host = mount_app().await;

    let select: HtmlSelectElement = host
        .query_selector("select")
        .unwrap()
        .expect("language switch")
        .unchecked_into();
    select.set_value("es-MX");
    select
        .dispatch_event(&Event::new("change").unwrap())
        .unwrap();
    leptos::task::tick().await;

    let text = host.text_content().unwrap_or_default();
    assert!(
        text.contains("Prepare su perfil de seguridad C-TPAT"),
        "start page not in Spanish: {text}"
    );
    assert_eq!(html_lang().as_deref(), Some("es-MX"));
    assert_eq!(preferences::load().language, Some(Language::Spanish));
    host.remove();
}

#[wasm_bindgen_test]
fn preferences_survive_a_round_trip_through_local_storage() {
    LocalStorage::clear();
    let chosen = preferences::Preferences {
        language: Some(Language::Spanish),
    };
    preferences::save(&chosen).unwrap();

    assert_eq!(preferences::load(), chosen);
    // Stored under this deployment's namespace: the folder the page is served from.
    let stored_key = format!("{}@{}", keys::PREFERENCES, BrowserStorage::namespace());
    let raw: String = LocalStorage::raw().get_item(&stored_key).unwrap().unwrap();
    assert_eq!(raw, r#"{"language":"es-MX"}"#);
}

#[wasm_bindgen_test]
fn unreadable_preferences_fall_back_to_the_defaults() {
    LocalStorage::clear();
    BrowserStorage.set(keys::PREFERENCES, "{not json").unwrap();
    assert!(BrowserStorage.get(keys::PREFERENCES).unwrap().is_some());

    assert_eq!(preferences::load(), preferences::Preferences::default());
}
