//! The "Update available — reload" prompt: tells the user a newer build of the editor is ready
//! and lets them switch to it when it suits them, never in the middle of their work.

use leptos::prelude::*;

use crate::i18n::msg;
use crate::state::Locale;
use crate::state::app_update::AppUpdate;
use crate::ui::components::show::Show;

/// A status region, always in the page so that screen readers announce the prompt when it
/// appears; it holds a message and a reload button once a newer build waits.
#[component]
pub fn UpdatePrompt() -> impl IntoView {
    let locale = Locale::expect();
    let update = AppUpdate::watch();
    view! {
        <div class="app-update-prompt" role="status">
            <Show when=move || update.is_ready()>
                <div class="app-update-prompt__banner">
                    <p class="app-update-prompt__message">
                        {move || locale.t(msg::update_prompt::MESSAGE)}
                    </p>
                    <button
                        type="button"
                        class="app-update-prompt__reload"
                        on:click=move |_| update.accept()
                    >
                        {move || locale.t(msg::update_prompt::RELOAD)}
                    </button>
                </div>
            </Show>
        </div>
    }
}
