//! Browser tests of the Security Profile editor (wasm-bindgen-test in headless Chromium): an
//! account's applicable criteria listed by category, fields that appear with the status that
//! makes them relevant, the validation engine's messages, and typed markup kept as text.
#![cfg(target_arch = "wasm32")]
#![allow(clippy::unwrap_used, clippy::expect_used)]

// Mounting and acting on a page as the form tests do.
#[allow(dead_code)]
#[path = "browser_forms/support.rs"]
mod support;

use ctpat_editor::domain::catalogue::{Category, Requirement, catalogue};
use ctpat_editor::domain::{BusinessType, Language};
use ctpat_editor::i18n::msg;
use ctpat_editor::state::Session;
use ctpat_editor::ui::pages::security_profile::SecurityProfilePage;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::{HtmlElement, HtmlTextAreaElement};

use support::{Mounted, all, english, mount};

wasm_bindgen_test_configure!(run_in_browser);

const ACCOUNT: &str = "a1";

/// The editor of one account of `kind` named `name`, in a fresh workspace.
async fn profile_of(kind: BusinessType, name: &'static str) -> Mounted {
    mount(move || {
        Session::expect().edit(|contents| {
            contents.workspace.add_account(ACCOUNT, kind, name);
        });
        view! { <SecurityProfilePage account_id=ACCOUNT on_back=Callback::new(|()| {}) /> }
    })
    .await
}

/// The id of answer field `field` of criterion `criterion` (`3.4`).
fn field(criterion: &str, field: &str) -> String {
    format!(
        "field-accounts-{ACCOUNT}-profile-answers-{}-{field}",
        criterion.replace('.', "-")
    )
}

/// Shows `category` by its button in the index; `false` when the index does not offer it.
async fn open_category(page: &Mounted, category: Category) -> bool {
    let prefix = format!("{}. ", category.number());
    let button = all(&page.get(".app-profile-index"), "button")
        .into_iter()
        .map(|element| element.unchecked_into::<HtmlElement>())
        .find(|button| {
            button
                .text_content()
                .unwrap_or_default()
                .starts_with(&prefix)
        });
    match button {
        Some(button) => {
            button.click();
            leptos::task::tick().await;
            true
        }
        None => false,
    }
}

fn applicable_ids(kind: BusinessType, category: Category) -> Vec<String> {
    catalogue()
        .in_category(category)
        .iter()
        .filter(|criterion| criterion.applies_to(kind))
        .map(|criterion| criterion.id().to_string())
        .collect()
}

#[wasm_bindgen_test]
async fn an_importer_sees_every_criterion_that_applies_to_importers() {
    let page = profile_of(BusinessType::Importer, "Imports").await;

    for category in Category::ALL {
        let applicable = applicable_ids(BusinessType::Importer, category);
        if applicable.is_empty() {
            continue;
        }
        assert!(
            open_category(&page, category).await,
            "category {category:?} offered"
        );
        for id in &applicable {
            assert!(
                page.find(&format!("#{}", field(id, "status"))).is_some(),
                "criterion {id} listed"
            );
        }
        assert_eq!(
            all(&page.host, ".app-criterion").len(),
            applicable.len(),
            "only the applicable criteria of category {category:?}"
        );
    }
}

#[wasm_bindgen_test]
async fn a_customs_broker_is_not_asked_about_conveyance_inspections() {
    let conveyance = Category::new(5).unwrap();
    let importer = profile_of(BusinessType::Importer, "Imports").await;
    assert!(open_category(&importer, conveyance).await);
    assert!(
        importer
            .find(&format!("#{}", field("5.3", "status")))
            .is_some()
    );
    drop(importer);

    let broker = profile_of(BusinessType::CustomsBroker, "Brokerage").await;
    open_category(&broker, conveyance).await;

    assert!(
        broker
            .find(&format!("#{}", field("5.3", "status")))
            .is_none()
    );
}

#[wasm_bindgen_test]
async fn not_applicable_asks_why_and_says_so_when_left_empty() {
    let page = profile_of(BusinessType::Importer, "Imports").await;
    let justification = field("1.1", "notApplicableJustification");
    assert!(page.find(&format!("#{justification}")).is_none());

    page.tick_box(&format!("{}-not-applicable", field("1.1", "status")))
        .await;
    assert!(page.find(&format!("#{justification}")).is_some());
    page.leave(&justification).await;

    assert_eq!(
        page.message(&justification).unwrap().trim(),
        format!(
            "{} {}",
            english(msg::form::ERROR_PREFIX),
            english(msg::finding::ANSWER_JUSTIFICATION_MISSING)
        )
    );
}

#[wasm_bindgen_test]
async fn a_must_criterion_not_implemented_asks_for_a_planned_date_before_going_on() {
    let must = catalogue()
        .applicable_to(BusinessType::Importer)
        .find(|criterion| criterion.requirement() == Requirement::Must)
        .unwrap();
    let id = must.id().to_string();
    let page = profile_of(BusinessType::Importer, "Imports").await;
    assert!(open_category(&page, must.category()).await);
    let planned = field(&id, "plannedDate");
    assert!(page.find(&format!("#{planned}")).is_none());

    page.tick_box(&format!("{}-not-implemented", field(&id, "status")))
        .await;
    page.press_button(english(msg::profile::SAVE_AND_CONTINUE))
        .await;

    let message = english(msg::finding::ANSWER_PLANNED_DATE_MISSING);
    assert!(page.message(&planned).unwrap().contains(message));
    assert!(
        page.summary_links()
            .contains(&(format!("#{planned}"), format!("{id}: {message}"))),
        "{:?}",
        page.summary_links()
    );
}

#[wasm_bindgen_test]
async fn markup_typed_in_a_narrative_stays_text() {
    let hostile = "<img src=x onerror=alert(1)><script>alert(2)</script>";
    let page = profile_of(BusinessType::Importer, hostile).await;
    let narrative = field("1.1", "narrative");

    page.type_into(&narrative, hostile).await;

    let stored = page
        .session
        .with_contents(|c| {
            c.workspace.accounts[0].profile.answers["1.1"]
                .narrative
                .clone()
        })
        .unwrap();
    assert_eq!(stored, hostile);
    let area: HtmlTextAreaElement = page.get(&format!("#{narrative}")).unchecked_into();
    assert_eq!(area.value(), hostile);
    assert!(page.get("h1").text_content().unwrap().contains(hostile));
    assert!(page.find("img").is_none() && page.find("script").is_none());
}

#[wasm_bindgen_test]
async fn answering_a_criterion_puts_its_category_in_progress() {
    let page = profile_of(BusinessType::Importer, "Imports").await;
    let index = || page.get(".app-profile-index").text_content().unwrap();
    assert!(!index().contains(english(msg::profile::INDEX_IN_PROGRESS)));

    page.tick_box(&format!("{}-not-applicable", field("1.1", "status")))
        .await;

    assert!(index().contains(english(msg::profile::INDEX_IN_PROGRESS)));
}

#[wasm_bindgen_test]
async fn a_should_criterion_without_a_planned_date_is_only_advised_and_does_not_hold_back() {
    let should = catalogue()
        .applicable_to(BusinessType::Importer)
        .find(|criterion| criterion.requirement() == Requirement::Should)
        .unwrap();
    let id = should.id().to_string();
    let page = profile_of(BusinessType::Importer, "Imports").await;
    assert!(open_category(&page, should.category()).await);
    let planned = field(&id, "plannedDate");

    page.tick_box(&format!("{}-not-implemented", field(&id, "status")))
        .await;
    page.leave(&planned).await;

    let message = page.message(&planned).unwrap();
    assert!(
        message.contains(english(msg::form::WARNING_PREFIX)),
        "{message}"
    );
    assert!(message.contains(english(msg::finding::ANSWER_PLANNED_DATE_ADVISED)));
    assert!(page.find(&format!("#{planned}[aria-invalid]")).is_none());
}

#[wasm_bindgen_test]
async fn the_must_mark_is_a_word_in_the_chosen_language() {
    let page = profile_of(BusinessType::Importer, "Imports").await;
    let must = catalogue()
        .applicable_to(BusinessType::Importer)
        .find(|criterion| criterion.requirement() == Requirement::Must)
        .unwrap();
    assert!(open_category(&page, must.category()).await);
    let marks = || {
        all(&page.host, ".app-criterion__mark--must")
            .iter()
            .map(|mark| mark.text_content().unwrap_or_default())
            .collect::<Vec<_>>()
    };
    assert!(marks().iter().all(|mark| mark == "Must"), "{:?}", marks());

    page.locale.set(Language::French);
    leptos::task::tick().await;

    assert!(!marks().is_empty());
    assert!(
        marks()
            .iter()
            .all(|mark| mark == Requirement::Must.name(Language::French)),
        "{:?}",
        marks()
    );
}

#[wasm_bindgen_test]
async fn save_and_continue_goes_to_the_next_category_once_nothing_blocks() {
    let page = profile_of(BusinessType::Importer, "Imports").await;
    let first = Category::new(1).unwrap();
    let title = || page.get("#profile-category-title").text_content().unwrap();
    assert!(title().contains(first.name(Language::English)));

    page.press_button(english(msg::profile::SAVE_AND_CONTINUE))
        .await;
    assert!(
        !page.summary_links().is_empty(),
        "unanswered criteria block"
    );
    assert!(title().contains(first.name(Language::English)));

    for id in applicable_ids(BusinessType::Importer, first) {
        page.tick_box(&format!("{}-not-applicable", field(&id, "status")))
            .await;
        page.type_into(
            &field(&id, "notApplicableJustification"),
            "We own no such thing.",
        )
        .await;
    }
    page.press_button(english(msg::profile::SAVE_AND_CONTINUE))
        .await;

    assert!(
        page.summary_links().is_empty(),
        "{:?}",
        page.summary_links()
    );
    let next = Category::ALL
        .into_iter()
        .find(|c| c.number() > 1 && !applicable_ids(BusinessType::Importer, *c).is_empty())
        .unwrap();
    assert!(
        title().contains(next.name(Language::English)),
        "{}",
        title()
    );
}
