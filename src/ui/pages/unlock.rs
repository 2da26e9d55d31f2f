//! Every later start: unlock the workspace with the passphrase, or go to recovery.

use leptos::prelude::*;
use zeroize::Zeroizing;

use crate::i18n::{MessageKey, msg};
use crate::state::key_derivation::BrowserKeyDerivation;
use crate::state::{Locale, Session, SessionError};
use crate::ui::components::field_feedback::Feedback;
use crate::ui::components::input_field::InputField;
use crate::ui::components::{ErrorSummary, SummaryEntry, WorkspaceUsername};
use crate::ui::while_busy::run_while_busy;

/// The unlock screen.
#[component]
pub fn UnlockPage(
    /// Called when the user says they forgot the passphrase.
    #[prop(into)]
    on_forgot: Callback<()>,
) -> impl IntoView {
    let locale = Locale::expect();
    let session = Session::expect();
    let passphrase = RwSignal::new(String::new());
    let error = RwSignal::new(None::<MessageKey>);
    let busy = RwSignal::new(false);
    // A key will be asked for: the worker loads while the user types.
    BrowserKeyDerivation::shared().start_early();
    let summary = Signal::derive(move || {
        error
            .get()
            .map(|key| {
                vec![SummaryEntry {
                    field_id: "unlock-passphrase".to_owned(),
                    message: locale.t(key).to_owned(),
                }]
            })
            .unwrap_or_default()
    });
    let unlock = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        if passphrase.with_untracked(String::is_empty) {
            error.set(Some(msg::unlock::PASSPHRASE_MISSING));
            return;
        }
        error.set(None);
        run_while_busy(busy, async move {
            let typed = Zeroizing::new(passphrase.get_untracked());
            // The page stays live meanwhile (the key is derived in a worker), so it may be gone
            // when the answer comes: nothing then needs setting.
            let failure = match session.unlock(&typed).await {
                Ok(()) => {
                    let _ = passphrase.try_set(String::new());
                    return;
                }
                Err(SessionError::WrongPassphrase) => msg::session::ERROR_WRONG_PASSPHRASE,
                Err(other) => other.message_key(),
            };
            let _ = error.try_set(Some(failure));
        });
    };
    view! {
        <ErrorSummary entries=summary />
        <h1 class="app-heading-xl">{move || locale.t(msg::unlock::TITLE)}</h1>
        <p class="app-body">{move || locale.t(msg::unlock::INTRO)}</p>
        <form class="app-form" on:submit=unlock novalidate>
            <WorkspaceUsername />
            <InputField
                id="unlock-passphrase"
                label={msg::unlock::PASSPHRASE_LABEL}
                input_type="password"
                autocomplete="current-password"
                value=passphrase
                on_input=move |value| passphrase.set(value)
                feedback=Signal::derive(move || error.get().map(|key| Feedback::error(locale.t(key))))
            />
            <div class="app-button-group">
                <button class="app-button" type="submit" disabled=move || busy.get()>
                    {move || locale.t(msg::unlock::BUTTON)}
                </button>
                <button class="app-link-button" type="button" disabled=move || busy.get() on:click=move |_| on_forgot.run(())>
                    {move || locale.t(msg::unlock::FORGOT)}
                </button>
            </div>
            <p class="app-body" role="status" aria-live="polite">
                {move || busy.get().then(|| locale.t(msg::unlock::CHECKING))}
            </p>
        </form>
    }
}
