//! Another tab of the same workspace: when it writes the draft slots, this tab either looks at
//! storage again (while locked or onboarding) or, while open, checks whether its own save was
//! overtaken, and then stops saving until the user chooses whose version to keep.

use leptos::prelude::*;

use super::session::{Phase, Session};
use crate::storage::backend::BrowserStorage;
use crate::storage::draft_slots::SLOT_KEYS;

/// Starts listening for other tabs' writes for the life of the app.
pub(super) fn watch(session: Session) {
    let on_storage = window_event_listener(leptos::ev::storage, move |event| {
        let ours = event.key().is_some_and(|stored| {
            SLOT_KEYS
                .iter()
                .any(|key| BrowserStorage::is_stored_key_of(&stored, key))
        });
        if !ours {
            return;
        }
        match session.phase_untracked() {
            Phase::Unlocked => {
                if session.persistence().another_tab_saved_over_this_one() {
                    session.autosave().mark_stale();
                }
            }
            _ => session.look_for_workspace(),
        }
    });
    on_cleanup(move || on_storage.remove());
}
