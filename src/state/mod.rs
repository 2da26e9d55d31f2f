//! The app's reactive state: what the user is working on, shared with every screen through
//! Leptos context, and kept in step with storage.
//!
//! May import leptos, storage, crypto, i18n and domain; must not render anything (that is `ui`).

pub mod app_update;
mod auto_lock;
pub mod autosave;
pub mod clipboard;
pub mod clock;
pub mod dropped_files;
pub mod findings;
pub mod import_undo;
pub mod item_id;
pub mod kept_aside;
pub mod locale;
pub mod lock;
pub mod navigation;
mod newer_version;
pub mod passphrase_input;
pub mod save_lock;
mod screen_fragment;
pub mod session;
pub mod stored_workspace;
pub mod transfer;
pub mod vault_contents;

pub use autosave::SaveStatus;
pub use findings::WorkspaceFindings;
pub use locale::Locale;
pub use lock::{LockKind, LockRefusal, LockRefused};
pub use navigation::{Navigation, Notice, Screen};
pub use session::{Phase, Session, SessionError};
