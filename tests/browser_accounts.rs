//! Browser tests of an entity account's own pages (wasm-bindgen-test in headless Chromium): its
//! task list of sections with their statuses in words, renaming it, deleting it only after a
//! confirmation that names it, and its details page with the validation engine's messages.
#![cfg(target_arch = "wasm32")]
#![allow(clippy::unwrap_used, clippy::expect_used)]

// Mounting and acting on a page as the form tests do.
#[allow(dead_code)]
#[path = "browser_forms/support.rs"]
mod support;

use ctpat_editor::domain::catalogue::Category;
use ctpat_editor::domain::identifiers::IdentifierKind;
use ctpat_editor::domain::model::AnswerStatus;
use ctpat_editor::domain::validation::{FindingCode, Section, account_sections};
use ctpat_editor::domain::{BusinessType, Language};
use ctpat_editor::i18n::{self, msg};
use ctpat_editor::state::{Navigation, Screen, Session, WorkspaceFindings};
use ctpat_editor::ui::components::field_feedback::finding_text;
use ctpat_editor::ui::pages::account::{AccountDetailsPage, AccountPage};
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::HtmlInputElement;

use support::{Mounted, active_id, all, english, mount};

wasm_bindgen_test_configure!(run_in_browser);

const ACCOUNT: &str = "a1";

/// A page of one importer account named `name` (the workspace's findings and navigation
/// provided as the app provides them), with criterion 1.1 answered.
async fn mounted(name: &'static str, page: fn() -> AnyView) -> (Mounted, Navigation) {
    let slot = std::rc::Rc::new(std::cell::Cell::new(None));
    let out = slot.clone();
    let mounted = mount(move || {
        let session = Session::expect();
        let navigation = Navigation::provide();
        WorkspaceFindings::provide(session);
        out.set(Some(navigation));
        session.edit(|contents| {
            let account = contents
                .workspace
                .add_account(ACCOUNT, BusinessType::Importer, name);
            let answer = account.profile.answer_mut("1.1");
            answer.status = Some(AnswerStatus::NotApplicable);
            answer.not_applicable_justification = "We own no such thing.".into();
        });
        page()
    })
    .await;
    (mounted, slot.get().expect("navigation provided"))
}

async fn account_page(name: &'static str) -> (Mounted, Navigation) {
    mounted(name, || {
        view! { <AccountPage account_id=ACCOUNT /> }.into_any()
    })
    .await
}

async fn details_page() -> Mounted {
    let page = || {
        view! { <AccountDetailsPage account_id=ACCOUNT on_back=Callback::new(|()| {}) /> }
            .into_any()
    };
    mounted("Imports", page).await.0
}

/// Waits for two animation frames: focus moves are made on the next one.
async fn next_frames() {
    for _ in 0..2 {
        support::next_frame().await;
    }
}

fn text_of(page: &Mounted, selector: &str) -> String {
    page.get(selector).text_content().unwrap_or_default()
}

fn account_name(page: &Mounted) -> Option<String> {
    page.session
        .with_contents(|c| c.workspace.account(ACCOUNT).map(|a| a.name.clone()))
        .unwrap()
}

#[wasm_bindgen_test]
async fn the_account_page_lists_every_section_with_its_status_in_words() {
    let (page, _) = account_page("Imports").await;

    let sections = page
        .session
        .findings()
        .with_untracked(|findings| {
            page.session.with_contents(|c| {
                account_sections(c.workspace.account(ACCOUNT).unwrap(), findings)
            })
        })
        .unwrap();
    assert_eq!(
        all(&page.host, "#account-sections-heading ~ ul > li").len(),
        sections.len()
    );
    let first = Category::new(1).unwrap();
    assert_eq!(
        text_of(&page, "#task-criteria-1"),
        format!("1. {}", first.name(Language::English))
    );
    assert_eq!(
        text_of(&page, "#task-account-details-status"),
        english(msg::onboarding::STATUS_NOT_STARTED)
    );
    assert_eq!(
        text_of(&page, "#task-criteria-1-status"),
        english(msg::onboarding::STATUS_IN_PROGRESS)
    );
    assert_eq!(
        text_of(&page, "#task-check-answers-status"),
        english(msg::onboarding::STATUS_CANNOT_START_YET)
    );
    assert_eq!(
        text_of(&page, "#account-continue"),
        format!("Continue: {}", english(msg::account::SECTION_DETAILS))
    );
    assert!(text_of(&page, "h1").contains("Imports"));
    assert!(text_of(&page, "h1").contains(english(msg::business_type::IMPORTER)));
}

#[wasm_bindgen_test]
async fn a_section_task_opens_that_section_of_the_account() {
    let (page, navigation) = account_page("Imports").await;

    page.press("#task-criteria-1").await;

    assert_eq!(
        navigation.screen(),
        Screen::AccountSection(ACCOUNT.into(), Section::Criteria(Category::new(1).unwrap()))
    );
}

#[wasm_bindgen_test]
async fn renaming_changes_the_heading_and_the_workspace() {
    let (page, _) = account_page("Imports").await;

    page.press("#account-rename").await;
    page.type_into("field-account-rename-name", "Imports – Laredo")
        .await;
    page.press_button(english(msg::account::RENAME_SAVE)).await;

    assert_eq!(account_name(&page).as_deref(), Some("Imports – Laredo"));
    assert!(text_of(&page, "h1").contains("Imports – Laredo"));
    assert!(page.find("#field-account-rename-name").is_none());
}

#[wasm_bindgen_test]
async fn an_empty_name_is_refused_with_the_error_summary_and_nothing_changes() {
    let (page, _) = account_page("Imports").await;

    page.press("#account-rename").await;
    page.type_into("field-account-rename-name", "   ").await;
    page.press_button(english(msg::account::RENAME_SAVE)).await;

    let message = english(msg::finding::ACCOUNT_NAME_MISSING);
    assert_eq!(
        page.summary_links(),
        vec![("#field-account-rename-name".to_owned(), message.to_owned())]
    );
    assert!(
        page.message("field-account-rename-name")
            .unwrap()
            .contains(message)
    );
    assert_eq!(account_name(&page).as_deref(), Some("Imports"));
}

#[wasm_bindgen_test]
async fn delete_asks_for_a_confirmation_naming_the_account_and_cancel_keeps_it() {
    let (page, navigation) = account_page("Imports").await;

    page.press("#account-delete").await;
    assert_eq!(text_of(&page, "#account-delete-title"), "Delete Imports?");
    assert_eq!(
        text_of(&page, "#account-delete-body"),
        english(msg::account::DELETE_BODY)
    );
    next_frames().await;
    assert_eq!(active_id(), "account-delete-title");

    page.press("#account-delete-cancel").await;
    next_frames().await;
    assert!(page.find("#account-delete-title").is_none());
    assert_eq!(account_name(&page).as_deref(), Some("Imports"));
    assert_eq!(active_id(), "account-delete");

    page.press("#account-delete").await;
    page.press("#account-delete-confirm").await;
    assert_eq!(account_name(&page), None);
    assert_eq!(navigation.screen(), Screen::Tasks);
    let notice = navigation
        .take_notice()
        .expect("the task list is told what was deleted");
    assert_eq!(navigation.take_notice(), None, "it is told once");
    assert_eq!(
        (notice.title, notice.name.as_str()),
        (msg::account::DELETED, "Imports")
    );
}

#[wasm_bindgen_test]
async fn markup_in_an_account_name_stays_text() {
    let hostile = "<img src=x onerror=alert(1)><script>alert(2)</script>";
    let (page, _) = account_page(hostile).await;

    assert!(text_of(&page, "h1").contains(hostile));
    page.press("#account-delete").await;
    assert_eq!(
        text_of(&page, "#account-delete-title"),
        format!("Delete {hostile}?")
    );
    assert!(page.find("img").is_none() && page.find("script").is_none());
}

#[wasm_bindgen_test]
async fn typing_an_identifier_on_the_details_page_adds_it_and_emptying_it_removes_it() {
    let page = details_page().await;
    let field = "field-accounts-a1-identifiers-importer-of-record-number-value";
    let identifiers = || {
        page.session
            .with_contents(|c| c.workspace.account(ACCOUNT).unwrap().identifiers.clone())
            .unwrap()
    };

    page.type_into(field, "12-345678900").await;
    assert_eq!(identifiers().len(), 1);
    assert_eq!(
        identifiers()[0].kind,
        IdentifierKind::ImporterOfRecordNumber
    );
    assert_eq!(identifiers()[0].value, "12-345678900");
    let input: HtmlInputElement = page.get(&format!("#{field}")).unchecked_into();
    assert_eq!(input.value(), "12-345678900");

    page.type_into(field, "").await;
    assert!(identifiers().is_empty());
}

#[wasm_bindgen_test]
async fn a_second_identifier_of_a_kind_is_added_checked_listed_and_removed() {
    let page = details_page().await;
    let first = "field-accounts-a1-identifiers-importer-of-record-number-value";
    let add = format!("{first}-add");
    let identifiers = || {
        page.session
            .with_contents(|c| c.workspace.account(ACCOUNT).unwrap().identifiers.clone())
            .unwrap()
    };
    assert!(
        page.find(&format!("#{add}")).is_none(),
        "another is offered only once the first is given"
    );

    page.type_into(first, "12-345678900").await;
    assert_eq!(
        text_of(&page, &format!("#{add}")).trim(),
        format!(
            "Add another {}",
            english(msg::identifier::IMPORTER_OF_RECORD_NUMBER_LABEL)
        )
    );
    page.get(&format!("#{add}")).click();
    leptos::task::tick().await;
    next_frames().await;
    assert_eq!(identifiers().len(), 2);
    let second = format!(
        "field-accounts-a1-identifiers-{}-value",
        identifiers()[1].id
    );
    assert_eq!(active_id(), second, "focus goes to the new field");
    let label = text_of(&page, &format!("label[for='{second}']"));
    assert_eq!(
        label.trim(),
        format!(
            "{} 2",
            english(msg::identifier::IMPORTER_OF_RECORD_NUMBER_LABEL)
        )
    );

    page.type_into(&second, "not a number").await;
    page.leave(&second).await;
    assert!(
        page.message(&second).is_some(),
        "the second one is checked like the first"
    );
    page.press_button(english(msg::account_details::SAVE_AND_CONTINUE))
        .await;
    assert!(
        page.summary_links()
            .iter()
            .any(|(href, _)| *href == format!("#{second}")),
        "the summary links to the second field: {:?}",
        page.summary_links()
    );

    page.type_into(&second, "98-765432100").await;
    assert_eq!(page.message(&second), None);
    assert_eq!(identifiers()[1].value, "98-765432100");
    assert_eq!(
        identifiers()[0].value,
        "12-345678900",
        "the first is untouched"
    );

    page.get(".app-identifier__remove").click();
    leptos::task::tick().await;
    next_frames().await;
    assert_eq!(identifiers().len(), 1);
    assert_eq!(identifiers()[0].value, "12-345678900");
    assert!(page.find(&format!("#{second}")).is_none());
    assert_eq!(active_id(), add, "focus goes back to the add button");
}

#[wasm_bindgen_test]
async fn save_and_continue_on_the_details_page_lists_what_blocks() {
    let page = details_page().await;
    page.type_into("field-accounts-a1-name", "").await;

    page.press_button(english(msg::account_details::SAVE_AND_CONTINUE))
        .await;

    let links = page.summary_links();
    assert!(
        links.contains(&(
            "#field-accounts-a1-name".to_owned(),
            english(msg::finding::ACCOUNT_NAME_MISSING).to_owned()
        )),
        "{links:?}"
    );
    assert!(
        links
            .iter()
            .any(|(href, _)| href == "#field-accounts-a1-identifiers"),
        "a required identifier is missing: {links:?}"
    );
    assert!(
        page.find("#field-accounts-a1-name[aria-invalid='true']")
            .is_some()
    );
    assert!(
        web_sys::window()
            .unwrap()
            .document()
            .unwrap()
            .title()
            .starts_with(english(msg::form::ERROR_TITLE_PREFIX))
    );
}

#[wasm_bindgen_test]
async fn section_names_and_statuses_follow_a_language_switch() {
    let (page, _) = account_page("Imports").await;

    page.locale.set(Language::French);
    leptos::task::tick().await;

    let first = Category::new(1).unwrap();
    assert_eq!(
        text_of(&page, "#task-criteria-1"),
        format!("1. {}", first.name(Language::French))
    );
    assert_eq!(
        text_of(&page, "#task-check-answers-status"),
        ctpat_editor::i18n::text(Language::French, msg::onboarding::STATUS_CANNOT_START_YET)
    );
}

#[wasm_bindgen_test]
async fn a_missing_identifier_is_named_in_the_users_language_with_each_alternative() {
    let page = details_page().await;
    page.session.edit(|contents| {
        contents
            .workspace
            .add_account("x1", BusinessType::Exporter, "Exports");
    });
    let finding = page
        .session
        .findings()
        .with_untracked(|found| {
            found
                .of_account("x1")
                .find(|finding| finding.code == FindingCode::IdentifierRequired)
                .cloned()
        })
        .expect("an exporter without identifiers is asked for one");
    assert_eq!(
        finding.identifier_kinds,
        vec![IdentifierKind::Ein, IdentifierKind::DunsNumber]
    );
    page.locale.set(Language::French);
    let french = |kind: IdentifierKind| {
        i18n::text(Language::French, i18n::identifiers::identifier_label(kind))
    };
    assert_eq!(
        finding_text(page.locale, &finding),
        format!(
            "Ajoutez : {} / {}. Ce type d’entreprise l’exige.",
            french(IdentifierKind::Ein),
            french(IdentifierKind::DunsNumber)
        )
    );
}
