//! A finding listed away from its field (the export gate, the gap report) as a link that opens
//! the page holding the field and puts the focus in it, with the field's message shown.

use leptos::prelude::*;

use crate::domain::FieldPath;
use crate::domain::validation::{Finding, FindingPlace, finding_place};
use crate::state::{Locale, Navigation, Screen, Session};
use crate::ui::components::field_feedback::finding_text;
use crate::ui::field_id::field_id;
use crate::ui::pages::account::identifier_places::field_of_finding;

/// The screen that shows the field a finding at `path` is about; the task list when no page
/// shows it.
pub fn screen_of(path: &FieldPath) -> Screen {
    match finding_place(path) {
        Some(FindingPlace::MainAccount(_)) => Screen::MainAccount,
        Some(FindingPlace::Account(account, section)) => Screen::AccountSection(account, section),
        None => Screen::Tasks,
    }
}

/// One finding, in the current language, linked to its field.
#[component]
pub fn FindingLink(
    /// The finding shown.
    finding: Finding,
) -> impl IntoView {
    let locale = Locale::expect();
    let navigation = Navigation::expect();
    let target = Session::expect()
        .contents()
        .with_untracked(|contents| {
            contents
                .as_ref()
                .map(|c| field_of_finding(&c.workspace, &finding.path))
        })
        .unwrap_or_else(|| field_id(&finding.path));
    let href = format!("#{target}");
    let screen = screen_of(&finding.path);
    let prefix = finding
        .path
        .criterion()
        .map(|criterion| format!("{criterion}: "));
    let text = move || {
        format!(
            "{}{}",
            prefix.as_deref().unwrap_or_default(),
            finding_text(locale, &finding)
        )
    };
    let open = move |event: leptos::ev::MouseEvent| {
        event.prevent_default();
        navigation.go_to_field(screen.clone(), target.clone());
    };
    view! { <a class="app-link" href=href on:click=open>{text}</a> }
}
