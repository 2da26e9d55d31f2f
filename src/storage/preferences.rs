//! The user's preferences, kept in clear (they say nothing about the company).

use serde::{Deserialize, Serialize};

use super::backend::{BrowserStorage, KeyValueStore};
use super::{StorageError, keys};
use crate::domain::Language;

/// What the user chose that outlives a session.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Preferences {
    /// The language the user picked; `None` until they pick one.
    #[serde(default)]
    pub language: Option<Language>,
}

/// Reads the preferences. Missing or unreadable preferences give the defaults: they hold nothing
/// a user would miss, and the next save replaces them.
pub fn load() -> Preferences {
    BrowserStorage
        .get(keys::PREFERENCES)
        .ok()
        .flatten()
        .and_then(|text| serde_json::from_str(&text).ok())
        .unwrap_or_default()
}

/// Writes the preferences.
pub fn save(preferences: &Preferences) -> Result<(), StorageError> {
    BrowserStorage.set(keys::PREFERENCES, &serde_json::to_string(preferences)?)
}
