//! Browser tests of evidence references (wasm-bindgen-test in headless Chromium): a file is
//! fingerprinted in the browser, slice by slice, to the standard SHA-256; the list shows each
//! reference's name, size and full digest; and a file chosen on a criterion answered
//! "Implemented" is recorded by name, size and digest only.
#![cfg(target_arch = "wasm32")]
#![allow(clippy::unwrap_used, clippy::expect_used)]

// Mounting and acting on a page as the form tests do.
#[allow(dead_code)]
#[path = "browser_forms/support.rs"]
mod support;

use ctpat_editor::domain::model::EvidenceReference;
use ctpat_editor::domain::{BusinessType, Owner};
use ctpat_editor::i18n::msg;
use ctpat_editor::state::{Session, WorkspaceFindings};
use ctpat_editor::ui::components::evidence_list::{
    EvidenceEdit, EvidenceList, EvidenceReadError, digest_blob, digest_file,
};
use ctpat_editor::ui::pages::security_profile::SecurityProfilePage;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::{DataTransfer, Event, File, HtmlInputElement};

use support::{Mounted, all, english, mount};

wasm_bindgen_test_configure!(run_in_browser);

const ABC_SHA256: &str = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

/// A file as the browser's file picker would hand it over.
fn file(name: &str, bytes: &[u8]) -> File {
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes).into());
    File::new_with_u8_array_sequence(&parts, name).unwrap()
}

/// The Security Profile page of a new importer account `a1`.
async fn importer_profile_page() -> Mounted {
    mount(|| {
        WorkspaceFindings::provide(Session::expect());
        Session::expect().edit(|contents| {
            contents
                .workspace
                .add_account("a1", BusinessType::Importer, "Imports");
        });
        view! { <SecurityProfilePage account_id="a1" on_back=Callback::new(|()| {}) /> }
    })
    .await
}

/// Chooses `chosen` in the file input `#input_id`, as the file picker would, and waits (up to a
/// second) until `shown` is on the page: the file is read and fingerprinted asynchronously.
async fn choose_file(page: &Mounted, input_id: &str, chosen: &File, shown: &str) {
    let input: HtmlInputElement = page.get(&format!("#{input_id}")).unchecked_into();
    let transfer = DataTransfer::new().unwrap();
    transfer.items().add_with_file(chosen).unwrap();
    input.set_files(transfer.files().as_ref());
    input
        .dispatch_event(&Event::new("change").unwrap())
        .unwrap();
    for _ in 0..50 {
        if page.find(shown).is_some() {
            break;
        }
        support::pause(20).await;
    }
}

#[wasm_bindgen_test]
async fn a_file_holding_abc_has_the_standard_sha256() {
    let facts = digest_file(&file("abc.txt", b"abc")).await.unwrap();
    assert_eq!(facts.size, 3);
    assert_eq!(facts.sha256, ABC_SHA256);
}

#[wasm_bindgen_test]
async fn a_file_read_in_many_slices_has_the_digest_of_the_whole() {
    let bytes: Vec<u8> = (0..10_000u32).map(|i| (i % 253) as u8).collect();
    let chosen = file("scan.pdf", &bytes);
    let whole = digest_blob(&chosen, 1 << 20).await.unwrap();
    let sliced = digest_blob(&chosen, 777).await.unwrap();
    assert_eq!(sliced, whole);
    assert_eq!(sliced.size, 10_000);
    let empty = digest_file(&file("empty.txt", b"")).await.unwrap();
    assert_eq!(
        empty.sha256,
        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
    );
    assert_ne!(EvidenceReadError::Unreadable, EvidenceReadError::Changed);
}

#[wasm_bindgen_test]
async fn the_list_shows_each_file_name_size_and_full_digest_as_text() {
    let hostile = "<img src=x onerror=alert(1)>.pdf";
    let references = RwSignal::new(vec![EvidenceReference {
        id: "e1".to_owned(),
        title: "Seal procedure".to_owned(),
        file_name: hostile.to_owned(),
        size: 2_560,
        sha256: ABC_SHA256.to_owned(),
        date: String::new(),
    }]);
    let page = mount(move || {
        WorkspaceFindings::provide(Session::expect());
        view! {
            <EvidenceList owner=Owner::Answer { account: "a1".into(), criterion: "1.1".into() } references=references
                on_edit=Callback::new(move |edit: EvidenceEdit| references.update(|list| edit.apply(list))) />
        }
    })
    .await;

    assert_eq!(
        page.get(".app-evidence__file-name").text_content().unwrap(),
        hostile
    );
    assert_eq!(
        page.get(".app-evidence__size").text_content().unwrap(),
        "2.5 KB"
    );
    assert_eq!(
        page.get(".app-evidence__digest").text_content().unwrap(),
        ABC_SHA256
    );
    assert!(page.find("img").is_none());
    let title: HtmlInputElement = page
        .get("#field-accounts-a1-profile-answers-1-1-evidence-e1-title")
        .unchecked_into();
    assert_eq!(title.value(), "Seal procedure");
    let hint = page.get("#field-accounts-a1-profile-answers-1-1-evidence-file-hint");
    assert_eq!(
        hint.text_content().unwrap(),
        english(msg::evidence::ADD_HINT)
    );

    page.press(".app-evidence__remove").await;
    assert!(references.get_untracked().is_empty());
    assert!(page.find(".app-evidence__item").is_none());
}

#[wasm_bindgen_test]
async fn a_file_chosen_for_an_implemented_criterion_is_recorded_by_name_size_and_digest() {
    let page = importer_profile_page().await;
    let input_id = "field-accounts-a1-profile-answers-1-1-evidence-file";
    assert!(
        page.find(&format!("#{input_id}")).is_none(),
        "only once in place"
    );

    page.tick_box("field-accounts-a1-profile-answers-1-1-status")
        .await;
    choose_file(
        &page,
        input_id,
        &file("abc.txt", b"abc"),
        ".app-evidence__digest",
    )
    .await;

    let recorded = page
        .session
        .with_contents(|c| {
            c.workspace.accounts[0].profile.answers["1.1"]
                .evidence
                .clone()
        })
        .unwrap();
    assert_eq!(recorded.len(), 1);
    assert_eq!(recorded[0].file_name, "abc.txt");
    assert_eq!(recorded[0].size, 3);
    assert_eq!(recorded[0].sha256, ABC_SHA256);
    assert_eq!(
        page.get(".app-evidence__digest").text_content().unwrap(),
        ABC_SHA256
    );
    assert_eq!(
        page.get(".app-evidence__size").text_content().unwrap(),
        "3 bytes"
    );
    let status = all(&page.host, "[role=status]")
        .into_iter()
        .map(|element| element.text_content().unwrap_or_default())
        .collect::<Vec<_>>();
    assert!(
        status.iter().any(|text| text == "abc.txt added."),
        "{status:?}"
    );
}

#[wasm_bindgen_test]
async fn an_evidence_file_takes_the_document_date_and_refuses_a_future_one() {
    let page = importer_profile_page().await;
    page.tick_box("field-accounts-a1-profile-answers-1-1-status")
        .await;
    choose_file(
        &page,
        "field-accounts-a1-profile-answers-1-1-evidence-file",
        &file("policy.pdf", b"signed policy"),
        ".app-evidence__item input[type=date]",
    )
    .await;
    let date_id = page.get(".app-evidence__item input[type=date]").id();
    let label = page.get(&format!("label[for='{date_id}']"));
    assert!(
        label
            .text_content()
            .unwrap()
            .starts_with(english(msg::evidence::DATE)),
        "the date field has its label"
    );
    let stored_date = || {
        page.session
            .with_contents(|c| {
                c.workspace.accounts[0].profile.answers["1.1"].evidence[0]
                    .date
                    .clone()
            })
            .unwrap()
    };

    page.type_into(&date_id, "2999-01-31").await;
    page.leave(&date_id).await;
    let message = page.message(&date_id).expect("a future date is refused");
    assert!(
        message.contains(english(msg::finding::DATE_IN_FUTURE)),
        "{message}"
    );
    assert_eq!(stored_date(), "2999-01-31", "what was typed is kept");

    page.type_into(&date_id, "2025-05-01").await;
    assert_eq!(page.message(&date_id), None);
    assert_eq!(stored_date(), "2025-05-01");
}

#[wasm_bindgen_test]
async fn a_training_session_takes_evidence_files_too() {
    use ctpat_editor::domain::validation::Section;
    use ctpat_editor::ui::pages::registers::RegisterPage;
    let page = mount(|| {
        WorkspaceFindings::provide(Session::expect());
        Session::expect().edit(|contents| {
            contents
                .workspace
                .add_account("a1", BusinessType::Importer, "Imports");
        });
        view! { <RegisterPage account_id="a1" register=Section::Training on_back=Callback::new(|()| {}) /> }
    })
    .await;
    assert!(page.find(".app-evidence").is_none());

    page.press_button(english(msg::training::ADD)).await;
    let record = page
        .session
        .with_contents(|c| c.workspace.accounts[0].profile.training[0].id.clone())
        .unwrap();
    let input_id = format!("field-accounts-a1-profile-training-{record}-evidence-file");
    choose_file(
        &page,
        &input_id,
        &file("sign-in.pdf", b"abc"),
        ".app-evidence__digest",
    )
    .await;

    let recorded = page
        .session
        .with_contents(|c| c.workspace.accounts[0].profile.training[0].evidence.clone())
        .unwrap();
    assert_eq!(recorded.len(), 1);
    assert_eq!(recorded[0].file_name, "sign-in.pdf");
    assert_eq!(recorded[0].sha256, ABC_SHA256);
}
