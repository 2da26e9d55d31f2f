//! Settings: change the passphrase, lock now, how soon the app locks itself, the signing key's
//! fingerprint (recipients compare it with the one shown on import), undoing the last import
//! that replaced something, how much of the browser's storage the app's data takes, and data
//! that storage had to move aside (downloaded, brought back or deleted).

mod import_undo;
mod kept_aside;
mod storage_room;

use leptos::prelude::*;
use zeroize::Zeroizing;

use crate::domain::onboarding::PassphraseContext;
use crate::i18n::{MessageKey, msg};
use crate::state::{Locale, Navigation, Screen, Session, SessionError};
use crate::ui::components::WorkspaceUsername;
use crate::ui::components::field_feedback::Feedback;
use crate::ui::components::input_field::InputField;
use crate::ui::components::new_passphrase::{NewPassphrase, passphrase_is_acceptable};
use crate::ui::pages::annual_review::reminders::ReviewReminders;
use crate::ui::while_busy::run_while_busy;

/// The choices offered for auto-lock, in minutes.
const AUTO_LOCK_CHOICES: [u32; 5] = [5, 10, 15, 30, 60];

/// The settings screen.
#[component]
pub fn SettingsPage(
    /// Called to go back to the task list.
    #[prop(into)]
    on_back: Callback<()>,
) -> impl IntoView {
    let locale = Locale::expect();
    let session = Session::expect();
    let navigation = Navigation::expect();
    let fingerprint = move || {
        session
            .with_contents(|contents| {
                contents
                    .signing_key()
                    .map(|key| key.fingerprint().for_people())
                    .ok()
            })
            .flatten()
            .unwrap_or_default()
    };
    let auto_lock = move || {
        session
            .with_contents(|contents| contents.settings.auto_lock_minutes)
            .unwrap_or_default()
    };
    view! {
        <button class="app-back-link" type="button" on:click=move |_| on_back.run(())>
            {move || locale.t(msg::settings::BACK_TO_TASKS)}
        </button>
        <h1 class="app-heading-xl">{move || locale.t(msg::settings::TITLE)}</h1>

        <h2 class="app-heading-m">{move || locale.t(msg::settings::SIGNING_KEY_HEADING)}</h2>
        <p class="app-body">{move || locale.t(msg::settings::SIGNING_KEY_INTRO)}</p>
        <p class="app-fingerprint" id="signing-key-fingerprint">{fingerprint}</p>

        <h2 class="app-heading-m">{move || locale.t(msg::kit::SETTINGS_HEADING)}</h2>
        <p class="app-body" id="recovery-status">
            {move || locale.t(if session.has_recovery_kit() { msg::kit::SETTINGS_STATUS_KIT } else { msg::kit::WEAK_BODY })}
        </p>
        <button class="app-button app-button--secondary" type="button" id="replace-recovery-kit" on:click=move |_| navigation.go(Screen::RecoveryKit)>
            {move || locale.t(if session.has_recovery_kit() { msg::kit::SETTINGS_BUTTON } else { msg::kit::WEAK_LINK })}
        </button>

        <h2 class="app-heading-m">{move || locale.t(msg::settings::LOCK_HEADING)}</h2>
        <div class="app-form-group">
            <label class="app-label" for="auto-lock">{move || locale.t(msg::settings::AUTO_LOCK_LABEL)}</label>
            <select
                class="app-select"
                id="auto-lock"
                on:change=move |event| {
                    if let Ok(minutes) = event_target_value(&event).parse::<u32>() {
                        session.edit(|contents| contents.settings.auto_lock_minutes = minutes);
                    }
                }
            >
                {AUTO_LOCK_CHOICES
                    .into_iter()
                    .map(|minutes| {
                        view! {
                            <option value=minutes.to_string() selected=move || auto_lock() == minutes>
                                {move || locale.format(msg::settings::MINUTES, &[("minutes", &minutes.to_string())])}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        </div>
        <button class="app-button app-button--secondary" type="button" on:click=move |_| session.lock()>
            {move || locale.t(msg::settings::LOCK_NOW)}
        </button>

        <ChangePassphrase />
        <import_undo::ImportUndoSection />
        <ReviewReminders />
        <storage_room::StorageRoomSection />
        <kept_aside::KeptAsideSection />
    }
}

/// Changing the passphrase: the current one, then the new one twice.
#[component]
fn ChangePassphrase() -> impl IntoView {
    let locale = Locale::expect();
    let session = Session::expect();
    let current = RwSignal::new(String::new());
    let passphrase = RwSignal::new(String::new());
    let confirmation = RwSignal::new(String::new());
    let show_errors = RwSignal::new(false);
    let outcome = RwSignal::new(None::<Result<(), MessageKey>>);
    let busy = RwSignal::new(false);
    let context = Signal::derive(move || {
        session
            .with_contents(|contents| {
                let organization = &contents.workspace.organization;
                let mut context =
                    PassphraseContext::new().with_company_name(&organization.legal_name);
                context = context.with_company_name(&organization.dba);
                contents
                    .workspace
                    .contacts
                    .iter()
                    .fold(context, |context, contact| {
                        context.with_email(&contact.email)
                    })
            })
            .unwrap_or_default()
    });
    let change = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        show_errors.set(true);
        outcome.set(None);
        if !passphrase.with_untracked(|p| {
            confirmation
                .with_untracked(|c| passphrase_is_acceptable(p, c, &context.get_untracked()))
        }) {
            return;
        }
        run_while_busy(busy, async move {
            let typed_current = Zeroizing::new(current.get_untracked());
            let typed_new = Zeroizing::new(passphrase.get_untracked());
            let result = session.change_passphrase(&typed_current, &typed_new).await;
            // The user may have left Settings meanwhile: then there is nothing to show.
            let _ = match result {
                Ok(()) => {
                    let _ = current.try_set(String::new());
                    let _ = passphrase.try_set(String::new());
                    let _ = confirmation.try_set(String::new());
                    let _ = show_errors.try_set(false);
                    outcome.try_set(Some(Ok(())))
                }
                Err(SessionError::WrongPassphrase) => {
                    outcome.try_set(Some(Err(msg::settings::CURRENT_PASSPHRASE_WRONG)))
                }
                Err(other) => outcome.try_set(Some(Err(other.message_key()))),
            };
        });
    };
    view! {
        <h2 class="app-heading-m">{move || locale.t(msg::settings::CHANGE_PASSPHRASE_HEADING)}</h2>
        <form class="app-form" on:submit=change novalidate>
            <WorkspaceUsername />
            <InputField
                id="current-passphrase"
                label={msg::settings::CURRENT_PASSPHRASE_LABEL}
                input_type="password"
                autocomplete="current-password"
                value=current
                on_input=move |value| current.set(value)
                feedback=Signal::derive(move || match outcome.get() {
                    Some(Err(key)) => Some(Feedback::error(locale.t(key))),
                    _ => None,
                })
            />
            <NewPassphrase
                passphrase=passphrase
                confirmation=confirmation
                context=context
                show_errors=show_errors
                id_prefix="change"
            />
            <button class="app-button" type="submit" disabled=move || busy.get()>{move || locale.t(msg::settings::CHANGE_PASSPHRASE_BUTTON)}</button>
            <p class="app-body" role="status" aria-live="polite">
                {move || {
                    if busy.get() {
                        Some(locale.t(msg::settings::CHANGING_PASSPHRASE))
                    } else {
                        matches!(outcome.get(), Some(Ok(()))).then(|| locale.t(msg::settings::PASSPHRASE_CHANGED))
                    }
                }}
            </p>
        </form>
    }
}
