//! The new-account form: the business type brings its identifier fields, each checked as it is
//! typed with the domain's own message; "Continue" adds the account only when nothing blocks.

use std::sync::{Arc, Mutex};

use ctpat_editor::domain::identifiers::{IdentifierKind, parse_identifier};
use ctpat_editor::domain::{BusinessType, Language};
use ctpat_editor::i18n;
use ctpat_editor::i18n::msg;
use ctpat_editor::ui::pages::new_account::NewAccountPage;
use leptos::prelude::*;
use wasm_bindgen_test::wasm_bindgen_test;

use crate::support::{english, mount};

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
            .contains(english(msg::identifier::IMPORTER_OF_RECORD_NUMBER_LABEL))
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
    let message = i18n::format(
        Language::English,
        i18n::identifiers::identifier_error(&expected),
        &args,
    );
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
            english(msg::new_account::BUSINESS_TYPE_MISSING).to_owned()
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
