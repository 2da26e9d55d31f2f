//! Browser tests of the Security Profile's registers (wasm-bindgen-test in headless Chromium):
//! the empty state, adding a row (focus goes to its first field), editing in place, fields that
//! appear with the answer that makes them relevant, the validation engine's messages inline and
//! in the summary, removing a row, and typed markup kept as text; a long register builds only
//! the rows near the screen, and a row asked for.
#![cfg(target_arch = "wasm32")]
#![allow(clippy::unwrap_used, clippy::expect_used)]

// Mounting and acting on a page as the form tests do.
#[allow(dead_code)]
#[path = "browser_forms/support.rs"]
mod support;

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use ctpat_editor::domain::BusinessType;
use ctpat_editor::domain::model::SecurityProfile;
use ctpat_editor::domain::model::sample::largest_workspace;
use ctpat_editor::domain::validation::Section;
use ctpat_editor::i18n::msg;
use ctpat_editor::state::{Session, WorkspaceFindings};
use ctpat_editor::ui::field_focus::focus_field;
use ctpat_editor::ui::pages::registers::RegisterPage;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::HtmlInputElement;

use support::{Mounted, active_id, all, english, mount};

wasm_bindgen_test_configure!(run_in_browser);

const ACCOUNT: &str = "a1";

/// The page of `register` for a fresh importer account; the flag tells whether the page was
/// left (after "Save and continue" found nothing blocking).
async fn register_page(register: Section) -> (Mounted, Arc<AtomicBool>) {
    let left = Arc::new(AtomicBool::new(false));
    let on_back = {
        let left = left.clone();
        Callback::new(move |()| left.store(true, Ordering::SeqCst))
    };
    let page = mount(move || {
        let session = Session::expect();
        WorkspaceFindings::provide(session);
        session.edit(|contents| {
            contents
                .workspace
                .add_account(ACCOUNT, BusinessType::Importer, "Imports");
        });
        view! { <RegisterPage account_id=ACCOUNT register=register on_back=on_back /> }
    })
    .await;
    (page, left)
}

/// Lets the browser paint once (focus moves after the new row is on the page).
async fn next_frame() {
    support::next_frame().await;
    leptos::task::tick().await;
}

fn profile(page: &Mounted) -> SecurityProfile {
    page.session
        .with_contents(|c| c.workspace.account(ACCOUNT).unwrap().profile.clone())
        .unwrap()
}

/// The id of field `field` of item `id` in list `list`.
fn field(list: &str, id: &str, field: &str) -> String {
    format!(
        "field-accounts-{ACCOUNT}-profile-{list}-{id}-{}",
        field.replace('/', "-")
    )
}

fn legends(page: &Mounted) -> Vec<String> {
    all(&page.host, ".app-list-item > legend")
        .iter()
        .map(|legend| legend.text_content().unwrap_or_default())
        .collect()
}

fn buttons(page: &Mounted) -> Vec<String> {
    all(&page.host, "button")
        .iter()
        .map(|button| button.text_content().unwrap_or_default().trim().to_owned())
        .collect()
}

/// Adds a partner with the add button and returns its id.
async fn add_partner(page: &Mounted) -> String {
    page.press_button(english(msg::partner::ADD)).await;
    next_frame().await;
    profile(page).partners.last().unwrap().id.clone()
}

#[wasm_bindgen_test]
async fn an_empty_register_says_so_and_offers_to_add() {
    let (page, _) = register_page(Section::BusinessPartners).await;

    assert!(page.text().contains("Business partners"));
    assert!(page.text().contains(english(msg::partner::EMPTY)));
    assert!(buttons(&page).contains(&english(msg::partner::ADD).to_owned()));
    assert!(legends(&page).is_empty());
}

#[wasm_bindgen_test]
async fn adding_a_partner_shows_its_fields_and_moves_focus_to_its_name() {
    let (page, _) = register_page(Section::BusinessPartners).await;

    let id = add_partner(&page).await;

    assert_eq!(profile(&page).partners.len(), 1);
    assert_eq!(active_id(), field("partners", &id, "name"));
    assert!(!page.text().contains(english(msg::partner::EMPTY)));
    assert_eq!(legends(&page), vec!["Partner 1".to_owned()]);
    for name in [
        "country",
        "role",
        "ctpatStatus",
        "aeoStatus",
        "screeningDate",
        "riskLevel",
    ] {
        assert!(
            page.find(&format!("#{}", field("partners", &id, name)))
                .is_some(),
            "field {name}"
        );
    }
}

#[wasm_bindgen_test]
async fn typing_a_name_updates_the_workspace_and_names_the_row() {
    let (page, _) = register_page(Section::BusinessPartners).await;
    let id = add_partner(&page).await;

    page.type_into(&field("partners", &id, "name"), "ACME Freight")
        .await;

    assert_eq!(profile(&page).partners[0].name, "ACME Freight");
    assert_eq!(legends(&page), vec!["ACME Freight".to_owned()]);
    assert!(buttons(&page).contains(&"Remove ACME Freight".to_owned()));
}

#[wasm_bindgen_test]
async fn certified_reveals_the_ctpat_number_and_leaving_it_empty_says_so() {
    let (page, _) = register_page(Section::BusinessPartners).await;
    let id = add_partner(&page).await;
    let number = field("partners", &id, "ctpatNumber");
    assert!(page.find(&format!("#{number}")).is_none());

    page.choose(&field("partners", &id, "ctpatStatus"), "certified")
        .await;
    assert!(page.find(&format!("#{number}")).is_some());
    page.leave(&number).await;

    assert_eq!(
        page.message(&number).unwrap().trim(),
        format!(
            "{} {}",
            english(msg::form::ERROR_PREFIX),
            english(msg::finding::PARTNER_CTPAT_NUMBER_MISSING)
        )
    );
    assert!(
        page.find(&format!("#{number}[aria-invalid='true']"))
            .is_some()
    );

    page.type_into(&number, "CT-12345").await;
    assert!(page.message(&number).is_none());
    assert_eq!(profile(&page).partners[0].ctpat_number, "CT-12345");
}

#[wasm_bindgen_test]
async fn removing_a_partner_deletes_its_row_and_focus_moves_on() {
    let (page, _) = register_page(Section::BusinessPartners).await;
    let first = add_partner(&page).await;
    page.type_into(&field("partners", &first, "name"), "ACME Freight")
        .await;
    let second = add_partner(&page).await;
    page.type_into(&field("partners", &second, "name"), "Blue Line")
        .await;

    page.press_button("Remove ACME Freight").await;
    next_frame().await;

    let left: Vec<String> = profile(&page)
        .partners
        .iter()
        .map(|p| p.name.clone())
        .collect();
    assert_eq!(left, vec!["Blue Line".to_owned()]);
    assert_eq!(legends(&page), vec!["Blue Line".to_owned()]);
    assert_eq!(
        active_id(),
        format!("field-accounts-{ACCOUNT}-profile-partners-{second}")
    );

    page.press_button("Remove Blue Line").await;
    next_frame().await;

    assert!(profile(&page).partners.is_empty());
    assert!(page.text().contains(english(msg::partner::EMPTY)));
    assert_eq!(
        active_id(),
        format!("field-accounts-{ACCOUNT}-profile-partners-empty")
    );
}

#[wasm_bindgen_test]
async fn alarm_details_are_asked_only_when_there_is_an_alarm() {
    let (page, _) = register_page(Section::Facilities).await;
    page.press_button(english(msg::facility::ADD)).await;
    next_frame().await;
    let id = profile(&page).facilities[0].id.clone();
    assert_eq!(active_id(), field("facilities", &id, "name"));
    let monitored = field("facilities", &id, "alarm/monitoredBy");
    let tested = field("facilities", &id, "alarm/lastTest");
    assert!(page.find(&format!("#{monitored}")).is_none());

    page.tick_box(&field("facilities", &id, "alarm/present"))
        .await;
    assert!(page.find(&format!("#{monitored}")).is_some());
    assert!(page.find(&format!("#{tested}")).is_some());
    page.type_into(&monitored, "Guardian Monitoring").await;
    assert_eq!(
        profile(&page).facilities[0].alarm.monitored_by,
        "Guardian Monitoring"
    );

    page.tick_box(&field("facilities", &id, "alarm/present"))
        .await;

    assert!(page.find(&format!("#{monitored}")).is_none());
    assert!(page.find(&format!("#{tested}")).is_none());
    assert!(!profile(&page).facilities[0].alarm.present);
    assert_eq!(
        profile(&page).facilities[0].alarm.monitored_by,
        "",
        "nothing hidden stays in the profile"
    );

    // Ticked again (the untick was a mis-click), the alarm's details come back as they were.
    page.tick_box(&field("facilities", &id, "alarm/present"))
        .await;
    assert_eq!(
        profile(&page).facilities[0].alarm.monitored_by,
        "Guardian Monitoring"
    );
    next_frame().await;
    let shown: HtmlInputElement = page.get(&format!("#{monitored}")).unchecked_into();
    assert_eq!(shown.value(), "Guardian Monitoring");
}

#[wasm_bindgen_test]
async fn a_certificate_number_hidden_by_a_changed_status_comes_back_with_certified() {
    let (page, _) = register_page(Section::BusinessPartners).await;
    let id = add_partner(&page).await;
    let status = field("partners", &id, "ctpatStatus");
    let number = field("partners", &id, "ctpatNumber");
    page.choose(&status, "certified").await;
    page.type_into(&number, "CT-12345").await;

    // Through the two other answers, neither of which asks for the number.
    page.choose(&status, "not-certified").await;
    assert!(page.find(&format!("#{number}")).is_none());
    assert_eq!(profile(&page).partners[0].ctpat_number, "");
    page.choose(&status, "unknown").await;
    assert_eq!(profile(&page).partners[0].ctpat_number, "");

    page.choose(&status, "certified").await;
    assert_eq!(profile(&page).partners[0].ctpat_number, "CT-12345");
    next_frame().await;
    let shown: HtmlInputElement = page.get(&format!("#{number}")).unchecked_into();
    assert_eq!(shown.value(), "CT-12345");
}

#[wasm_bindgen_test]
async fn markup_typed_in_a_name_stays_text() {
    let hostile = "<img src=x onerror=alert(1)>";
    let (page, _) = register_page(Section::BusinessPartners).await;
    let id = add_partner(&page).await;

    page.type_into(&field("partners", &id, "name"), hostile)
        .await;

    assert_eq!(legends(&page), vec![hostile.to_owned()]);
    assert!(buttons(&page).contains(&format!("Remove {hostile}")));
    let input: HtmlInputElement = page
        .get(&format!("#{}", field("partners", &id, "name")))
        .unchecked_into();
    assert_eq!(input.value(), hostile);
    assert!(page.find("img").is_none());
}

#[wasm_bindgen_test]
async fn save_and_continue_lists_the_errors_and_stays() {
    let (page, left) = register_page(Section::BusinessPartners).await;
    let id = add_partner(&page).await;
    page.type_into(&field("partners", &id, "name"), "ACME Freight")
        .await;

    page.press_button(english(msg::profile::SAVE_AND_CONTINUE))
        .await;

    let country = field("partners", &id, "country");
    let message = english(msg::finding::PARTNER_COUNTRY_MISSING);
    assert_eq!(
        page.summary_links(),
        vec![(format!("#{country}"), format!("ACME Freight: {message}"))]
    );
    assert!(page.message(&country).unwrap().contains(message));
    let title = web_sys::window().unwrap().document().unwrap().title();
    assert!(
        title.starts_with(english(msg::form::ERROR_TITLE_PREFIX)),
        "{title}"
    );
    assert!(!left.load(Ordering::SeqCst));
}

#[wasm_bindgen_test]
async fn warnings_show_but_never_hold_the_user_back() {
    let (page, left) = register_page(Section::ItControls).await;
    page.press_button(english(msg::it_control::ADD)).await;
    next_frame().await;
    let id = profile(&page).it_controls[0].id.clone();
    page.type_into(&field("itControls", &id, "name"), "Daily backups")
        .await;
    let owner = field("itControls", &id, "owner");
    page.leave(&owner).await;

    let message = page.message(&owner).unwrap();
    assert!(
        message.contains(english(msg::form::WARNING_PREFIX)),
        "{message}"
    );
    assert!(message.contains(english(msg::finding::IT_CONTROL_OWNER_MISSING)));
    assert!(page.find(&format!("#{owner}[aria-invalid]")).is_none());

    page.press_button(english(msg::profile::SAVE_AND_CONTINUE))
        .await;

    assert!(page.summary_links().is_empty());
    assert!(left.load(Ordering::SeqCst));
}

#[wasm_bindgen_test]
async fn a_written_screening_policy_must_be_described() {
    let (page, left) = register_page(Section::PersonnelScreening).await;
    let base = format!("field-accounts-{ACCOUNT}-profile-personnelScreening");
    assert!(
        page.find(".app-list-item").is_none(),
        "a single form, not a list"
    );

    page.tick_box(&format!("{base}-writtenPolicy")).await;
    page.press_button(english(msg::profile::SAVE_AND_CONTINUE))
        .await;

    assert_eq!(
        page.summary_links(),
        vec![(
            format!("#{base}-description"),
            english(msg::finding::PERSONNEL_DESCRIPTION_MISSING).to_owned()
        )]
    );
    assert!(!left.load(Ordering::SeqCst));

    page.type_into(
        &format!("{base}-description"),
        "References checked for every hire.",
    )
    .await;
    page.press_button(english(msg::profile::SAVE_AND_CONTINUE))
        .await;
    assert!(left.load(Ordering::SeqCst));
    assert!(profile(&page).personnel_screening.written_policy);
}

#[wasm_bindgen_test]
async fn a_training_session_is_named_by_its_topic() {
    let (page, _) = register_page(Section::Training).await;
    assert!(page.text().contains(english(msg::training::EMPTY)));
    page.press_button(english(msg::training::ADD)).await;
    next_frame().await;
    let id = profile(&page).training[0].id.clone();
    assert_eq!(active_id(), field("training", &id, "date"));
    assert_eq!(legends(&page), vec!["Training session 1".to_owned()]);

    page.type_into(
        &field("training", &id, "topic"),
        "Reporting suspicious activity",
    )
    .await;
    page.type_into(&field("training", &id, "attendees"), "12")
        .await;

    assert_eq!(
        legends(&page),
        vec!["Reporting suspicious activity".to_owned()]
    );
    assert_eq!(profile(&page).training[0].attendees, Some(12));
}

/// The 500-partner register of the largest sample workspace, shown while `shown` is true.
async fn long_register(shown: RwSignal<bool>) -> Mounted {
    mount(move || {
        Session::expect().edit(|contents| contents.workspace = largest_workspace());
        move || {
            shown.get().then(|| {
                view! {
                    <RegisterPage account_id="importer" register=Section::BusinessPartners
                        on_back=Callback::new(|()| {}) />
                }
            })
        }
    })
    .await
}

fn rows_in_page(page: &Mounted) -> usize {
    all(&page.host, ".app-register-list__row").len()
}

#[wasm_bindgen_test]
async fn a_long_register_builds_only_the_rows_near_the_screen_a_row_asked_for_and_a_row_added() {
    let page = long_register(RwSignal::new(true)).await;
    next_frame().await;
    let built = rows_in_page(&page);
    assert!((1..=20).contains(&built), "{built} rows built of 500");

    // A link to a field of row 480 (as an error summary has) builds that row and focuses it.
    let partner = profile_of(&page, "importer").partners[479].id.clone();
    let name = format!("field-accounts-importer-profile-partners-{partner}-name");
    assert!(page.find(&format!("#{name}")).is_none());
    focus_field(&name);
    next_frame().await;
    next_frame().await;
    assert_eq!(active_id(), name);
    assert!(
        rows_in_page(&page) <= 24,
        "{} rows built",
        rows_in_page(&page)
    );

    // A row added at the end is in the page before the next frame, and takes the focus.
    let before = profile_of(&page, "importer").partners.len();
    page.press_button(english(msg::partner::ADD)).await;
    let partners = profile_of(&page, "importer").partners;
    assert_eq!(partners.len(), before + 1);
    let name = format!(
        "field-accounts-importer-profile-partners-{}-name",
        partners[before].id
    );
    assert!(
        page.find(&format!("#{name}")).is_some(),
        "the new row is built at once"
    );
    next_frame().await;
    assert_eq!(active_id(), name);
}

fn profile_of(page: &Mounted, account: &str) -> SecurityProfile {
    page.session
        .with_contents(|c| c.workspace.account(account).unwrap().profile.clone())
        .unwrap()
}
