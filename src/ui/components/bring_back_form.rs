//! "Bring this copy back": the confirmation before a copy kept aside replaces the open
//! workspace, and the passphrase it was saved with when the open workspace's keys do not open
//! it. Used in Settings (copies still in storage) and on Import (a copy downloaded earlier).

use std::future::Future;
use std::pin::Pin;

use leptos::prelude::*;

use super::field_feedback::Feedback;
use super::input_field::InputField;
use crate::i18n::{MessageKey, msg};
use crate::state::Locale;
use crate::state::kept_aside::BringBackError;
use crate::ui::components::show::Show;
use crate::ui::while_busy::run_while_busy;

/// Bringing one copy back: the passphrase typed in, the outcome out once the copy is open (a
/// copy saved under another passphrase takes a second to open: its key is derived first).
pub type BringingBack = Pin<Box<dyn Future<Output = Result<(), BringBackError>>>>;

/// Where the form is in bringing a copy back.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Step {
    /// Only the button is shown.
    Offered,
    /// The user is asked to confirm the replacement.
    Confirming,
    /// The copy needs the passphrase it was saved with.
    AskingPassphrase,
}

/// The offer to bring one copy back. `bring_back` is called with the passphrase typed (empty
/// on the first try, which uses the open workspace's keys).
#[component]
pub fn BringBackForm(
    /// Tells this form's fields apart from another copy's on the same page.
    #[prop(into)]
    id_prefix: String,
    /// Brings the copy back; the error says what to do next.
    bring_back: Callback<String, BringingBack>,
) -> impl IntoView {
    let locale = Locale::expect();
    let step = RwSignal::new(Step::Offered);
    let passphrase = RwSignal::new(String::new());
    let error = RwSignal::new(None::<MessageKey>);
    let passphrase_id = format!("{id_prefix}-passphrase");
    let busy = RwSignal::new(false);
    let attempt = move || {
        let typed = passphrase.get_untracked();
        run_while_busy(busy, async move {
            // The form may be gone once the copy is back (the list of copies changed).
            match bring_back.run(typed).await {
                Ok(()) => {
                    let _ = error.try_set(None);
                    let _ = passphrase.try_set(String::new());
                    let _ = step.try_set(Step::Offered);
                }
                Err(BringBackError::PassphraseNeeded) => {
                    let _ = error.try_set(None);
                    let _ = step.try_set(Step::AskingPassphrase);
                }
                Err(problem) => {
                    let _ = error.try_set(Some(problem.message_key()));
                }
            }
        });
    };
    let submit_passphrase = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        if passphrase.with_untracked(String::is_empty) {
            error.set(Some(msg::kept_aside::ERROR_PASSPHRASE_NEEDED));
            return;
        }
        attempt();
    };
    view! {
        <div class="app-bring-back">
            {move || match step.get() {
                Step::Offered => view! {
                    <button class="app-button app-button--secondary" type="button" data-bring-back="offer" on:click=move |_| {
                        error.set(None);
                        step.set(Step::Confirming);
                    }>
                        {move || locale.t(msg::kept_aside::BRING_BACK)}
                    </button>
                }
                .into_any(),
                Step::Confirming => view! {
                    <div class="app-warning-text" role="group">
                        <p class="app-body">{move || locale.t(msg::kept_aside::CONFIRM)}</p>
                        <button class="app-button app-button--warning" type="button" data-bring-back="confirm"
                            disabled=move || busy.get() on:click=move |_| attempt()>
                            {move || locale.t(msg::kept_aside::CONFIRM_YES)}
                        </button>
                        " "
                        <button class="app-button app-button--secondary" type="button"
                            disabled=move || busy.get() on:click=move |_| step.set(Step::Offered)>
                            {move || locale.t(msg::kept_aside::CONFIRM_NO)}
                        </button>
                    </div>
                }
                .into_any(),
                Step::AskingPassphrase => {
                    let passphrase_id = passphrase_id.clone();
                    view! {
                        <form class="app-form" on:submit=submit_passphrase novalidate>
                            <InputField
                                id=passphrase_id
                                label={msg::kept_aside::PASSPHRASE_LABEL}
                                hint={msg::kept_aside::PASSPHRASE_HINT}
                                input_type="password"
                                autocomplete="current-password"
                                value=passphrase
                                on_input=move |value| passphrase.set(value)
                                feedback=Signal::derive(move || error.get().map(|key| Feedback::error(locale.t(key))))
                            />
                            <button class="app-button" type="submit" data-bring-back="with-passphrase"
                                disabled=move || busy.get()>
                                {move || locale.t(msg::kept_aside::OPEN_WITH_PASSPHRASE)}
                            </button>
                        </form>
                    }
                    .into_any()
                }
            }}
            <p class="app-body" role="status" data-bring-back="opening">
                {move || busy.get().then(|| locale.t(msg::kept_aside::OPENING))}
            </p>
            <Show when=move || error.get().is_some() && step.get() != Step::AskingPassphrase>
                <p class="app-error-message" role="alert" data-bring-back="error">
                    {move || error.get().map(|key| locale.t(key)).unwrap_or_default()}
                </p>
            </Show>
        </div>
    }
}
