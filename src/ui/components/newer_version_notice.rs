//! The notice shown on every screen when this browser holds a workspace saved by a newer
//! version of the editor: this build leaves it alone, and "Reload to update" switches to the
//! newer build (the service worker's waiting one when there is one, else a plain reload, which
//! fetches it).

use leptos::prelude::*;

use crate::i18n::msg;
use crate::state::app_update::AppUpdate;
use crate::state::{Locale, Session};
use crate::ui::components::show::Show;

/// The notice, present only while a newer version's copy is in storage.
#[component]
pub fn NewerVersionNotice() -> impl IntoView {
    let locale = Locale::expect();
    let session = Session::expect();
    let update = AppUpdate::watch();
    let reload = move |_| {
        if update.is_ready() {
            update.accept();
        } else if let Err(error) = window().location().reload() {
            leptos::logging::warn!("the page could not be reloaded: {error:?}");
        }
    };
    view! {
        <Show when=move || session.saved_by_newer_version()>
            <div class="app-notification app-notification--warning" role="alert" id="newer-version-notice">
                <h2 class="app-notification__title">{move || locale.t(msg::storage::NEWER_VERSION_TITLE)}</h2>
                <p class="app-body">{move || locale.t(msg::storage::NEWER_VERSION_BODY)}</p>
                <button type="button" class="app-button" id="newer-version-reload" on:click=reload>
                    {move || locale.t(msg::storage::NEWER_VERSION_RELOAD)}
                </button>
            </div>
        </Show>
    }
}
