//! Where bytes live in the browser: localStorage through gloo-storage, under keys that all start
//! with [`keys::PREFIX`] and carry their format version.
//!
//! May import gloo, web-sys and js-sys; must not import leptos (no reactivity here) or the UI.

pub mod backend;
pub mod draft_slots;
pub mod first_visit;
pub mod keys;
pub mod namespace;
pub mod preferences;
pub mod quarantine;
pub mod undo_copy;
pub mod usage;

use thiserror::Error;

/// Why reading or writing the browser's storage failed, in terms a user can act on.
#[derive(Debug, Error)]
pub enum StorageError {
    /// The browser refused the write because this site's storage is full.
    #[error("the browser's storage for this site is full")]
    Full,
    /// Storage is switched off or unavailable (private mode, blocked by policy).
    #[error("the browser's storage is not available: {0}")]
    Unavailable(String),
    /// The value could not be turned into or read from JSON.
    #[error("the stored value could not be read or written: {0}")]
    Format(#[from] serde_json::Error),
}

impl From<gloo_storage::errors::StorageError> for StorageError {
    fn from(error: gloo_storage::errors::StorageError) -> Self {
        use gloo_storage::errors::StorageError as Gloo;
        match error {
            Gloo::SerdeError(error) => StorageError::Format(error),
            Gloo::KeyNotFound(key) => StorageError::Unavailable(format!("no value under {key}")),
            Gloo::JsError(error) if error.name == "QuotaExceededError" => StorageError::Full,
            Gloo::JsError(error) => {
                StorageError::Unavailable(format!("{}: {}", error.name, error.message))
            }
        }
    }
}
