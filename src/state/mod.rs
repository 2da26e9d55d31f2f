//! The app's reactive state: what the user is working on, shared with every screen through
//! Leptos context, and kept in step with storage.
//!
//! May import leptos, storage, crypto, i18n, domain and the key-derivation worker's messages
//! (`key_worker::protocol`); must not render anything (that is `ui`).

pub mod account_list;
pub mod app_update;
mod auto_lock;
pub mod autosave;
pub mod clipboard;
pub mod clock;
pub mod dropped_files;
pub mod editor_program;
pub mod findings;
mod focused_field;
pub mod import_undo;
pub mod item_id;
pub mod kept_aside;
pub mod key_derivation;
pub mod language_pack;
pub mod locale;
mod lock;
pub mod lock_refusal;
pub mod navigation;
mod newer_version;
pub mod open_workspace;
pub mod passphrase_input;
pub mod persistence;
pub mod save_lock;
pub mod save_status;
mod screen_fragment;
pub mod session;
pub mod session_error;
pub mod stored_workspace;
mod tabs;
pub mod transfer;
pub mod vault_contents;

pub use findings::WorkspaceFindings;
pub use locale::Locale;
pub use lock_refusal::{LockKind, LockRefusal, LockRefused};
pub use navigation::{Navigation, Notice, Screen};
pub use save_status::SaveStatus;
pub use session::{Phase, Session};
pub use session_error::SessionError;

use leptos::prelude::*;

use autosave::SaveEvent;

/// Reads this browser's storage, provides the session to every component below, and starts
/// what keeps it in step: the autosave on leaving the page, other tabs' saves, auto-lock, and
/// the retry of a lock refused for want of a save.
pub fn provide_session() -> Session {
    let session = Session::new();
    session
        .autosave()
        .on_event(Callback::new(move |event| match event {
            SaveEvent::Saved => lock::after_successful_save(session),
            SaveEvent::OtherTabSaved => session.lock_state().other_tab_saved(),
        }));
    session.look_for_workspace();
    provide_context(session);
    session.autosave().watch_page();
    tabs::watch(session);
    auto_lock::watch(session);
    session
}
