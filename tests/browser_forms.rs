//! Browser tests of the main-account and new-account forms (wasm-bindgen-test in headless
//! Chromium): each page mounted over an open workspace, typed into like a user would, its
//! messages, error summary and result checked.
#![cfg(target_arch = "wasm32")]
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::cell::Cell;
use std::rc::Rc;
use std::sync::{Arc, Mutex};

use ctpat_editor::domain::BusinessType;
use ctpat_editor::domain::Language;
use ctpat_editor::domain::identifiers::{IdentifierKind, parse_identifier};
use ctpat_editor::i18n;
use ctpat_editor::state::vault_contents::VaultContents;
use ctpat_editor::state::{Locale, Session};
use ctpat_editor::storage::preferences;
use ctpat_editor::ui::pages::main_account::MainAccountPage;
use ctpat_editor::ui::pages::new_account::NewAccountPage;
use gloo_storage::{LocalStorage, Storage};
use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::{Element, Event, HtmlElement};

wasm_bindgen_test_configure!(run_in_browser);

/// A page mounted over a freshly opened, empty workspace, in English.
struct Mounted {
    host: HtmlElement,
    session: Session,
    locale: Locale,
}

impl Drop for Mounted {
    fn drop(&mut self) {
        self.host.remove();
    }
}

async fn mount<V: IntoView + 'static>(page: impl FnOnce() -> V + 'static) -> Mounted {
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
        let session = Session::provide();
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
    fn find(&self, selector: &str) -> Option<Element> {
        self.host.query_selector(selector).unwrap()
    }

    fn get(&self, selector: &str) -> HtmlElement {
        self.find(selector)
            .unwrap_or_else(|| panic!("no element {selector}"))
            .unchecked_into()
    }

    fn text(&self) -> String {
        self.host.text_content().unwrap_or_default()
    }

    fn message(&self, field_id: &str) -> Option<String> {
        self.find(&format!("#{field_id}-message"))
            .map(|element| element.text_content().unwrap_or_default())
    }

    /// Types `value` into the field `#id` (one input event, as a paste would send).
    async fn type_into(&self, id: &str, value: &str) {
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
    async fn leave(&self, id: &str) {
        let field = self.get(&format!("#{id}"));
        field.dispatch_event(&Event::new("blur").unwrap()).unwrap();
        leptos::task::tick().await;
    }

    /// Chooses `value` in the list `#id`.
    async fn choose(&self, id: &str, value: &str) {
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
    async fn tick_box(&self, id: &str) {
        self.get(&format!("#{id}")).click();
        leptos::task::tick().await;
    }

    async fn press(&self, selector: &str) {
        self.get(selector).click();
        leptos::task::tick().await;
    }

    /// Presses the button whose text is `name`.
    async fn press_button(&self, name: &str) {
        all(&self.host, "button")
            .into_iter()
            .map(|element| element.unchecked_into::<HtmlElement>())
            .find(|button| button.text_content().unwrap_or_default().trim() == name)
            .unwrap_or_else(|| panic!("no button {name}"))
            .click();
        leptos::task::tick().await;
    }

    fn summary_links(&self) -> Vec<(String, String)> {
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

    fn contact_ids(&self) -> Vec<String> {
        self.session
            .with_contents(|c| c.workspace.contacts.iter().map(|c| c.id.clone()).collect())
            .unwrap()
    }

    fn address_ids(&self) -> Vec<String> {
        self.session
            .with_contents(|c| c.workspace.addresses.iter().map(|a| a.id.clone()).collect())
            .unwrap()
    }
}

fn english(key: &'static str) -> &'static str {
    i18n::text(Language::English, key)
}

/// Every element under `root` matching `selector` (`querySelectorAll`, called through
/// JavaScript so the test needs no further browser bindings).
fn all(root: &Element, selector: &str) -> Vec<Element> {
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

fn active_id() -> String {
    web_sys::window()
        .unwrap()
        .document()
        .unwrap()
        .active_element()
        .map(|element| element.id())
        .unwrap_or_default()
}

fn main_account_page(done: Arc<Mutex<u32>>) -> impl FnOnce() -> AnyView + 'static {
    move || {
        view! {
            <MainAccountPage on_done=Callback::new(move |()| *done.lock().unwrap() += 1) />
        }
        .into_any()
    }
}

#[wasm_bindgen_test]
async fn a_first_visit_offers_a_headquarters_and_two_contacts_to_fill_in() {
    let page = mount(main_account_page(Arc::default())).await;

    let kinds = page
        .session
        .with_contents(|c| {
            c.workspace
                .addresses
                .iter()
                .map(|a| a.kind)
                .collect::<Vec<_>>()
        })
        .unwrap();
    assert_eq!(
        kinds,
        [ctpat_editor::domain::model::AddressKind::Headquarters]
    );
    assert_eq!(page.contact_ids().len(), 2);
    assert!(page.text().contains("Contact 2"), "{}", page.text());
}

#[wasm_bindgen_test]
async fn a_field_shows_its_message_once_left_and_follows_typing_after_that() {
    let page = mount(main_account_page(Arc::default())).await;
    let id = "field-organization-legalName";

    assert_eq!(
        page.message(id),
        None,
        "no message before the field is touched"
    );
    page.leave(id).await;
    let message = page.message(id).expect("message after leaving the field");
    assert!(message.contains(english("finding.organization.legal_name_missing")));
    assert_eq!(
        page.get(&format!("#{id}"))
            .get_attribute("aria-invalid")
            .as_deref(),
        Some("true")
    );
    let described = page
        .get(&format!("#{id}"))
        .get_attribute("aria-describedby");
    assert_eq!(
        described.as_deref(),
        Some("field-organization-legalName-message")
    );

    page.type_into(id, "Acme Imports Ltd").await;
    assert_eq!(
        page.message(id),
        None,
        "the message goes as soon as the name is typed"
    );
    assert_eq!(
        page.session
            .with_contents(|c| c.workspace.organization.legal_name.clone())
            .unwrap(),
        "Acme Imports Ltd"
    );
}

#[wasm_bindgen_test]
async fn continuing_with_missing_information_lists_each_problem_linked_to_its_field() {
    let done = Arc::new(Mutex::new(0));
    let page = mount(main_account_page(done.clone())).await;

    page.press("button[type=submit]").await;

    assert_eq!(*done.lock().unwrap(), 0, "must not go on with errors");
    let links = page.summary_links();
    let contact = &page.contact_ids()[0];
    let address = &page.address_ids()[0];
    for (href, message_key) in [
        (
            "#field-organization-legalName",
            "finding.organization.legal_name_missing",
        ),
        (
            "#field-organization-phone",
            "finding.organization.phone_missing",
        ),
        (
            &format!("#field-addresses-{address}-city"),
            "finding.address.city_missing",
        ),
        ("#field-contacts", "finding.contact.primary_missing"),
        (
            &format!("#field-contacts-{contact}-firstName"),
            "finding.contact.first_name_missing",
        ),
    ] {
        assert!(
            links
                .iter()
                .any(|(link, text)| link == href && text.contains(english(message_key))),
            "no summary entry {href} {message_key} in {links:?}"
        );
    }
    for (href, _) in &links {
        assert!(
            page.find(href).is_some(),
            "summary link {href} points at nothing"
        );
    }
    // The inline message says the same as the summary.
    assert_eq!(
        page.message("field-organization-phone")
            .unwrap()
            .trim_start_matches("Error:")
            .trim(),
        english("finding.organization.phone_missing")
    );
    // Warnings (number of employees, ownership, history) are not in the summary.
    assert!(
        !links
            .iter()
            .any(|(href, _)| href.contains("numberOfEmployees")),
        "a warning was listed as blocking: {links:?}"
    );

    page.press(".app-error-summary a[href='#field-organization-phone']")
        .await;
    assert_eq!(active_id(), "field-organization-phone");
}

#[wasm_bindgen_test]
async fn the_error_summary_and_messages_follow_a_language_switch() {
    let page = mount(main_account_page(Arc::default())).await;
    page.press("button[type=submit]").await;

    page.locale.set(Language::French);
    leptos::task::tick().await;

    let french = i18n::text(Language::French, "finding.organization.legal_name_missing");
    assert!(
        page.summary_links()
            .iter()
            .any(|(href, text)| href == "#field-organization-legalName" && text == french),
        "{:?}",
        page.summary_links()
    );
    assert!(
        page.message("field-organization-legalName")
            .unwrap()
            .contains(french)
    );
    page.locale.set(Language::English);
}

#[wasm_bindgen_test]
async fn a_complete_main_account_continues_even_with_warnings_left() {
    let done = Arc::new(Mutex::new(0));
    let page = mount(main_account_page(done.clone())).await;
    page.press("button[type=submit]").await;
    assert_eq!(*done.lock().unwrap(), 0);

    page.type_into("field-organization-legalName", "Acme Imports Ltd")
        .await;
    page.type_into("field-organization-phone", "+1 859 555 0142")
        .await;
    let address = page.address_ids()[0].clone();
    let field = |name: &str| format!("field-addresses-{address}-{name}");
    page.choose(&field("country"), "US").await;
    page.type_into(&field("line1"), "1 Main Street").await;
    page.type_into(&field("city"), "Lexington").await;
    page.type_into(&field("stateProvince"), "KY").await;
    page.type_into(&field("postalCode"), "40507").await;
    for (index, contact) in page.contact_ids().iter().enumerate() {
        let field = |name: &str| format!("field-contacts-{contact}-{name}");
        page.type_into(&field("firstName"), "Ana").await;
        page.type_into(&field("lastName"), "Ruiz").await;
        page.type_into(&field("email"), &format!("ana{index}@example.com"))
            .await;
        page.type_into(&field("phone"), "+1 859 555 0143").await;
    }
    let first = page.contact_ids()[0].clone();
    page.tick_box(&format!("field-contacts-{first}-companyOfficer"))
        .await;
    page.tick_box(&format!("field-contacts-{first}-primaryContact"))
        .await;
    page.type_into("field-organization-website", "not a web address")
        .await;
    page.leave("field-organization-website").await;
    let warning = page
        .find("#field-organization-website-message.app-warning-message")
        .expect("the doubtful web address is a warning");
    assert!(warning.text_content().unwrap().contains("Warning:"));

    page.press("button[type=submit]").await;

    assert_eq!(
        page.summary_links(),
        Vec::<(String, String)>::new(),
        "nothing should block"
    );
    assert_eq!(*done.lock().unwrap(), 1);
    let primary = page
        .session
        .with_contents(|c| {
            c.workspace.contacts[0].primary_contact && c.workspace.contacts[0].company_officer
        })
        .unwrap();
    assert!(primary);
}

#[wasm_bindgen_test]
async fn markup_typed_into_a_field_shows_as_text() {
    let page = mount(main_account_page(Arc::default())).await;
    let hostile = "<img src=x onerror=alert(1)><script>alert(2)</script>";

    page.type_into("field-organization-website", hostile).await;
    page.leave("field-organization-website").await;

    let message = page.message("field-organization-website").unwrap();
    assert!(
        message.contains(hostile),
        "the value is quoted back as typed: {message}"
    );
    assert!(page.find("img").is_none(), "markup became an element");
    assert!(page.find(".app-warning-message script").is_none());
}

#[wasm_bindgen_test]
async fn another_address_and_contact_can_be_added_and_removed() {
    let page = mount(main_account_page(Arc::default())).await;

    page.press_button(english("main_account.addresses.add"))
        .await;
    let addresses = page.address_ids();
    assert_eq!(addresses.len(), 2);
    assert!(page.text().contains("Address 2"));
    assert_eq!(
        page.get(&format!("#field-addresses-{}-kind", addresses[1]))
            .unchecked_into::<web_sys::HtmlSelectElement>()
            .value(),
        "mailing"
    );

    let remove = english("main_account.address.remove").replace("{number}", "2");
    page.press_button(&remove).await;

    assert_eq!(page.address_ids(), addresses[..1]);

    page.press_button(english("main_account.contacts.add"))
        .await;
    assert_eq!(page.contact_ids().len(), 3);
    let remove = english("main_account.contact.remove").replace("{number}", "3");
    page.press_button(&remove).await;
    assert_eq!(page.contact_ids().len(), 2);
}

fn new_account_page(done: Arc<Mutex<Option<String>>>) -> impl FnOnce() -> AnyView + 'static {
    move || {
        view! {
            <NewAccountPage on_done=Callback::new(move |id: String| *done.lock().unwrap() = Some(id)) />
        }
        .into_any()
    }
}

const IOR_FIELD: &str = "field-accounts-new-identifiers-importer-of-record-number-value";
const BOND_FIELD: &str = "field-accounts-new-identifiers-cbp-bond-number-value";

#[wasm_bindgen_test]
async fn choosing_importer_asks_for_the_importer_of_record_number() {
    let page = mount(new_account_page(Arc::default())).await;
    assert!(page.find(&format!("#{IOR_FIELD}")).is_none());

    page.choose("field-accounts-new-businessType", "importer")
        .await;

    assert!(page.find(&format!("#{IOR_FIELD}")).is_some());
    assert!(
        page.text()
            .contains(english("identifier.importer_of_record_number.label"))
    );
    assert!(page.find(&format!("#{BOND_FIELD}")).is_some());
    assert!(
        page.find("#field-accounts-new-identifiers-scac-value")
            .is_none(),
        "an importer gives no SCAC"
    );
}

#[wasm_bindgen_test]
async fn an_identifier_is_checked_as_it_is_typed_with_the_specific_message() {
    let page = mount(new_account_page(Arc::default())).await;
    page.choose("field-accounts-new-businessType", "importer")
        .await;

    page.type_into(IOR_FIELD, "12-3456").await;

    let expected = parse_identifier(IdentifierKind::ImporterOfRecordNumber, "12-3456").unwrap_err();
    let args: Vec<(&str, String)> = expected.args();
    let args: Vec<(&str, &str)> = args.iter().map(|(n, v)| (*n, v.as_str())).collect();
    let message = i18n::format(Language::English, expected.message_key(), &args);
    assert!(
        page.message(IOR_FIELD)
            .unwrap_or_default()
            .contains(&message),
        "expected {message:?}, got {:?}",
        page.message(IOR_FIELD)
    );

    page.type_into(IOR_FIELD, "12-345678900").await;
    assert_eq!(page.message(IOR_FIELD), None);
}

#[wasm_bindgen_test]
async fn continuing_without_a_business_type_says_to_choose_one() {
    let done = Arc::new(Mutex::new(None));
    let page = mount(new_account_page(done.clone())).await;

    page.press("button[type=submit]").await;

    assert_eq!(
        page.summary_links(),
        [(
            "#field-accounts-new-businessType".to_owned(),
            english("new_account.business_type_missing").to_owned()
        )]
    );
    assert_eq!(*done.lock().unwrap(), None);
}

#[wasm_bindgen_test]
async fn a_valid_importer_account_is_added_with_its_identifiers() {
    let done = Arc::new(Mutex::new(None));
    let page = mount(new_account_page(done.clone())).await;
    page.choose("field-accounts-new-businessType", "importer")
        .await;
    page.type_into(IOR_FIELD, "12-345678900").await;

    page.press("button[type=submit]").await;
    let links = page.summary_links();
    assert!(
        links
            .iter()
            .any(|(href, _)| href == "#field-accounts-new-name"),
        "the name is required: {links:?}"
    );
    assert!(
        links
            .iter()
            .any(|(href, _)| href == "#field-accounts-new-identifiers"),
        "the bond is required: {links:?}"
    );
    assert_eq!(*done.lock().unwrap(), None);

    page.type_into("field-accounts-new-name", "Imports – Laredo")
        .await;
    page.type_into(BOND_FIELD, "99-1234567").await;
    page.press("button[type=submit]").await;

    let id = done.lock().unwrap().clone().expect("the account was added");
    let account = page
        .session
        .with_contents(|c| c.workspace.account(&id).cloned())
        .unwrap()
        .expect("the account is in the workspace");
    assert_eq!(account.business_type, BusinessType::Importer);
    assert_eq!(account.name, "Imports – Laredo");
    let mut identifiers: Vec<(IdentifierKind, String)> = account
        .identifiers
        .iter()
        .map(|i| (i.kind, i.value.clone()))
        .collect();
    identifiers.sort();
    assert_eq!(
        identifiers,
        [
            (
                IdentifierKind::ImporterOfRecordNumber,
                "12-345678900".to_owned()
            ),
            (IdentifierKind::CbpBondNumber, "99-1234567".to_owned()),
        ]
    );
}
