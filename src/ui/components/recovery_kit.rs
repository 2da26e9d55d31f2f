//! The recovery kit as the user sees it once: the workspace's name and address, the date, the
//! signing key's fingerprint, the recovery key and what to do with it; printable and
//! downloadable in the user's language, and confirmed by typing one group of the key back
//! before it counts (the GOV.UK "confirm you have saved it" pattern).

use leptos::prelude::*;

use crate::crypto::recovery_key::{GROUPS, RecoveryKey};
use crate::domain::model::date::format_iso_date;
use crate::i18n::msg;
use crate::state::Locale;
use crate::state::clock::today;
use crate::ui::components::field_feedback::Feedback;
use crate::ui::components::input_field::InputField;
use crate::ui::download::download_text;

/// What the kit names besides the key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KitDetails {
    /// The company's legal name, or empty before the main account is filled in.
    pub workspace_name: String,
    /// The signing key's fingerprint, for people.
    pub fingerprint: String,
}

/// Shows `key` once, with print and download, and calls `on_confirmed` when the user has typed
/// the asked group back correctly.
#[component]
pub fn RecoveryKit(
    key: RecoveryKey,
    details: KitDetails,
    #[prop(into)] on_confirmed: Callback<()>,
    #[prop(into)] busy: Signal<bool>,
) -> impl IntoView {
    let locale = Locale::expect();
    // Ask for one of the groups after the first, so the user has to look at the whole key.
    let asked = 1 + usize::from(key.for_people().as_bytes()[0]) % (GROUPS - 1);
    let asked_number = (asked + 1).to_string();
    let printed = key.for_people().to_string();
    let expected = key.group(asked).unwrap_or_default();
    let typed = RwSignal::new(String::new());
    let submitted = RwSignal::new(false);
    let date = format_iso_date(today());
    let address = web_sys::window()
        .and_then(|window| window.location().href().ok())
        .map(|href| href.split(['#', '?']).next().unwrap_or_default().to_owned())
        .unwrap_or_default();
    let name = if details.workspace_name.trim().is_empty() {
        None
    } else {
        Some(details.workspace_name.clone())
    };
    let shown_name = {
        let name = name.clone();
        move || {
            name.clone()
                .unwrap_or_else(|| locale.t(msg::kit::UNNAMED_WORKSPACE).to_owned())
        }
    };
    let matches = {
        let expected = expected.clone();
        move || typed.with(|typed| normalized_group(typed) == expected)
    };
    let feedback = {
        let matches = matches.clone();
        let asked_number = asked_number.clone();
        Signal::derive(move || {
            (submitted.get() && !matches()).then(|| {
                Feedback::error(locale.format(msg::kit::CONFIRM_WRONG, &[("group", &asked_number)]))
            })
        })
    };
    let kit_text = {
        let printed = printed.clone();
        let date = date.clone();
        let address = address.clone();
        let fingerprint = details.fingerprint.clone();
        let shown_name = shown_name.clone();
        move || {
            [
                locale.t(msg::kit::DOCUMENT_TITLE).to_owned(),
                String::new(),
                format!("{}: {}", locale.t(msg::kit::WORKSPACE), shown_name()),
                format!("{}: {}", locale.t(msg::kit::KEPT_AT), address),
                format!("{}: {}", locale.t(msg::kit::DATE), date),
                format!("{}: {}", locale.t(msg::kit::FINGERPRINT), fingerprint),
                String::new(),
                format!("{}: {}", locale.t(msg::kit::KEY), printed),
                String::new(),
                locale.t(msg::kit::WHAT_TO_DO).to_owned(),
                String::new(),
            ]
            .join("\r\n")
        }
    };
    let download = {
        let date = date.clone();
        move |_| {
            let file_name = format!("{}-{}.txt", locale.t(msg::kit::FILE_NAME), date);
            download_text(&file_name, "text/plain;charset=utf-8", &kit_text());
        }
    };
    let print = move |_| {
        if let Some(window) = web_sys::window() {
            let _ = window.print();
        }
    };
    let confirm = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        submitted.set(true);
        if matches() {
            on_confirmed.run(());
        }
    };
    let fingerprint = details.fingerprint;
    view! {
        <section class="app-recovery-kit" id="recovery-kit" aria-labelledby="recovery-kit-title">
            <h2 class="app-heading-l" id="recovery-kit-title">{move || locale.t(msg::kit::DOCUMENT_TITLE)}</h2>
            <dl class="app-summary-list app-recovery-kit__details">
                <div class="app-summary-list__row">
                    <dt class="app-summary-list__key">{move || locale.t(msg::kit::WORKSPACE)}</dt>
                    <dd class="app-summary-list__value">{shown_name}</dd>
                </div>
                <div class="app-summary-list__row">
                    <dt class="app-summary-list__key">{move || locale.t(msg::kit::KEPT_AT)}</dt>
                    <dd class="app-summary-list__value">{address}</dd>
                </div>
                <div class="app-summary-list__row">
                    <dt class="app-summary-list__key">{move || locale.t(msg::kit::DATE)}</dt>
                    <dd class="app-summary-list__value">{date}</dd>
                </div>
                <div class="app-summary-list__row">
                    <dt class="app-summary-list__key">{move || locale.t(msg::kit::FINGERPRINT)}</dt>
                    <dd class="app-summary-list__value app-recovery-kit__fingerprint">{fingerprint}</dd>
                </div>
            </dl>
            <p class="app-label">{move || locale.t(msg::kit::KEY)}</p>
            <p class="app-recovery-kit__key" id="recovery-key-shown" translate="no">{printed}</p>
            <p class="app-body">{move || locale.t(msg::kit::WHAT_TO_DO)}</p>
        </section>
        <div class="app-recovery-kit__controls">
            <div class="app-button-group">
                <button class="app-button app-button--secondary" type="button" id="print-kit" on:click=print>
                    {move || locale.t(msg::kit::PRINT)}
                </button>
                <button class="app-button app-button--secondary" type="button" id="download-kit" on:click=download>
                    {move || locale.t(msg::kit::DOWNLOAD)}
                </button>
            </div>
            <form class="app-form" on:submit=confirm novalidate>
                <InputField
                    id="kit-confirmation".to_owned()
                    label={msg::kit::CONFIRM_LABEL}
                    hint={msg::kit::CONFIRM_HINT}
                    hint_args=vec![("group", asked_number.clone())]
                    value=typed
                    on_input=move |value| typed.set(value)
                    feedback=feedback
                />
                <button class="app-button" type="submit" disabled=move || busy.get()>
                    {move || locale.t(msg::kit::CONFIRM_BUTTON)}
                </button>
                <p class="app-body" role="status" aria-live="polite">
                    {move || busy.get().then(|| locale.t(msg::kit::SAVING))}
                </p>
            </form>
        </div>
    }
}

/// A typed group as the key prints it: capitals, no spaces or hyphens, O read as 0, I and L
/// as 1.
fn normalized_group(typed: &str) -> String {
    typed
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .map(|c| match c.to_ascii_uppercase() {
            'O' => '0',
            'I' | 'L' => '1',
            other => other,
        })
        .collect()
}
