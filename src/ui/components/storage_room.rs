//! Room in the browser's storage, as the user sees it: the figure read again after every save,
//! lock and change to what is kept aside, and the warning shown on every screen while less than
//! a fifth of the room is left (before a save is refused for lack of it).

use leptos::prelude::*;

use crate::i18n::msg;
use crate::state::{Locale, Session};
use crate::storage::backend::BrowserStorage;
use crate::storage::usage::{self, StorageUsage};
use crate::ui::components::show::Show;

/// This app's use of storage, read again whenever a save, a lock or quarantine may have changed
/// it. Storage that cannot be read counts as empty (nothing to warn about).
pub fn watched_usage() -> Signal<StorageUsage> {
    let session = Session::expect();
    Signal::derive(move || {
        session.autosave().status();
        session.phase();
        session.quarantined();
        usage::measure(&BrowserStorage).unwrap_or_default()
    })
}

/// Bytes as kilobytes for people, rounded up so that a little data never shows as none.
pub fn kilobytes(bytes: u64) -> String {
    bytes.div_ceil(1024).to_string()
}

/// The warning shown on every screen while storage is nearly full.
#[component]
pub fn LowStorageNotice() -> impl IntoView {
    let locale = Locale::expect();
    let usage = watched_usage();
    view! {
        <Show when=move || usage.get().is_low()>
            <div class="app-notification app-notification--warning" role="status" id="low-storage-notice">
                <h2 class="app-notification__title">{move || locale.t(msg::storage::LOW_TITLE)}</h2>
                <p class="app-body">
                    {move || locale.format(msg::storage::LOW_BODY, &[("percent", &usage.get().percent_used().to_string())])}
                </p>
            </div>
        </Show>
    }
}
