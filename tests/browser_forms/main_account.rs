//! The main-account form: messages on leaving a field, the error summary on "Continue",
//! warnings that never block, add-another lists, inert markup, language switch.

use std::sync::{Arc, Mutex};

use ctpat_editor::domain::Language;
use ctpat_editor::i18n;
use ctpat_editor::i18n::msg;
use ctpat_editor::ui::pages::main_account::MainAccountPage;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::wasm_bindgen_test;

use crate::support::{active_id, english, mount};

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
    assert!(message.contains(english(msg::finding::ORGANIZATION_LEGAL_NAME_MISSING)));
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
async fn moving_from_a_field_to_continue_leaves_its_message_to_the_summary() {
    // A message appearing as the button is pressed would push the button away from under the
    // pointer, and the click would be lost.
    let page = mount(main_account_page(Arc::default())).await;
    let id = "field-organization-legalName";
    let submit = page.get("button[type='submit']");

    page.get(&format!("#{id}")).focus().unwrap();
    submit.focus().unwrap();
    leptos::task::tick().await;
    let focused = web_sys::window()
        .unwrap()
        .document()
        .unwrap()
        .active_element();
    assert!(
        submit.is_same_node(focused.as_ref().map(|e| e.unchecked_ref())),
        "the focus went to the button"
    );
    assert_eq!(
        page.message(id),
        None,
        "no message while Continue is being pressed"
    );

    page.get(&format!("#{id}")).focus().unwrap();
    page.get("#field-organization-phone").focus().unwrap();
    leptos::task::tick().await;
    assert_eq!(active_id(), "field-organization-phone");
    let message = page
        .message(id)
        .expect("leaving for another field shows the message");
    assert!(message.contains(english(msg::finding::ORGANIZATION_LEGAL_NAME_MISSING)));
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
            msg::finding::ORGANIZATION_LEGAL_NAME_MISSING,
        ),
        (
            "#field-organization-phone",
            msg::finding::ORGANIZATION_PHONE_MISSING,
        ),
        (
            &format!("#field-addresses-{address}-city"),
            msg::finding::ADDRESS_CITY_MISSING,
        ),
        ("#field-contacts", msg::finding::CONTACT_PRIMARY_MISSING),
        (
            &format!("#field-contacts-{contact}-firstName"),
            msg::finding::CONTACT_FIRST_NAME_MISSING,
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
        english(msg::finding::ORGANIZATION_PHONE_MISSING)
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

    let french = i18n::text(
        Language::French,
        msg::finding::ORGANIZATION_LEGAL_NAME_MISSING,
    );
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

    page.press_button(english(msg::main_account::ADDRESSES_ADD))
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

    let remove = english(msg::main_account::ADDRESS_REMOVE).replace("{number}", "2");
    page.press_button(&remove).await;

    assert_eq!(page.address_ids(), addresses[..1]);

    page.press_button(english(msg::main_account::CONTACTS_ADD))
        .await;
    assert_eq!(page.contact_ids().len(), 3);
    let remove = english(msg::main_account::CONTACT_REMOVE).replace("{number}", "3");
    page.press_button(&remove).await;
    assert_eq!(page.contact_ids().len(), 2);
}

#[wasm_bindgen_test]
async fn two_contacts_with_one_e_mail_are_told_at_the_e_mail_field() {
    let page = mount(main_account_page(Arc::default())).await;
    let contacts = page.contact_ids();
    let email = |contact: &str| format!("field-contacts-{contact}-email");

    page.type_into(&email(&contacts[0]), "ana@example.com")
        .await;
    page.type_into(&email(&contacts[1]), "ana@example.com")
        .await;
    page.leave(&email(&contacts[1])).await;

    let expected = i18n::format(
        Language::English,
        msg::finding::CONTACT_EMAIL_DUPLICATE,
        &[("value", "ana@example.com")],
    );
    assert_eq!(
        page.message(&email(&contacts[1]))
            .unwrap_or_default()
            .trim_start_matches("Error:")
            .trim(),
        expected
    );
    page.type_into(&email(&contacts[1]), "luis@example.com")
        .await;
    assert_eq!(page.message(&email(&contacts[1])), None);
}
