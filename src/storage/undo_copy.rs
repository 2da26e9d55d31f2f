//! The copy of the workspace kept before an import replaces something (an account replaced by
//! a signed submission, the whole workspace restored from a signed backup), so that the import
//! can be undone. There is one copy at a time, under [`UNDO_KEY`]: the next such import
//! replaces it, and undoing removes it.
//!
//! The copy is sealed by the open vault like any saved copy (the caller hands it over sealed;
//! this module never sees the workspace in clear). Beside it, in clear, are only what the
//! import did, the imported file's name and when, so the offer to undo can name the file
//! before anything is decrypted.

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use thiserror::Error;

use super::StorageError;
use super::backend::KeyValueStore;

/// Where the undo copy lives, format version 1.
pub const UNDO_KEY: &str = "ctpat.undo.v1";

/// The format name written into the record, so another app's data is never taken for ours.
pub const FORMAT: &str = "ctpat-undo";

/// The record version this build writes and reads.
pub const VERSION: u32 = 1;

/// What the import that can be undone did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ImportKind {
    /// An account was replaced by a signed submission of the same business type.
    ReplaceAccount,
    /// The whole workspace was restored from a signed backup.
    RestoreBackup,
}

/// The undo copy as stored: the sealed workspace as it was before the import, and what the
/// offer to undo names.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct UndoRecord<T> {
    /// Always [`FORMAT`].
    pub format: String,
    /// The record version ([`VERSION`]).
    pub version: u32,
    /// What the import did.
    pub kind: ImportKind,
    /// The name of the imported file, as the user chose it ("Undo import of `<name>`").
    pub file_name: String,
    /// When the import happened (milliseconds since the Unix epoch).
    pub imported_at: u64,
    /// The workspace as it was before the import, sealed (opaque to storage).
    pub sealed: T,
}

impl<T> UndoRecord<T> {
    /// A record in this build's format.
    pub fn new(kind: ImportKind, file_name: &str, imported_at: u64, sealed: T) -> Self {
        Self {
            format: FORMAT.to_owned(),
            version: VERSION,
            kind,
            file_name: file_name.to_owned(),
            imported_at,
            sealed,
        }
    }
}

/// Why the undo copy could not be kept or read.
#[derive(Debug, Error)]
pub enum UndoCopyError {
    /// The browser's storage is full: the copy was not kept (an earlier copy is untouched).
    #[error("the browser's storage for this site is full")]
    Full,
    /// The copy written did not read back identically.
    #[error("the undo copy did not read back correctly")]
    DidNotReadBack,
    /// The stored copy was written by a newer version of the app.
    #[error("the undo copy was written by a newer version (record version {found})")]
    NewerVersion {
        /// The record version found.
        found: u32,
    },
    /// The stored value is not an undo copy this app can read.
    #[error("the undo copy is damaged: {0}")]
    Damaged(String),
    /// Storage failed otherwise.
    #[error(transparent)]
    Storage(StorageError),
}

impl From<StorageError> for UndoCopyError {
    fn from(error: StorageError) -> Self {
        match error {
            StorageError::Full => UndoCopyError::Full,
            other => UndoCopyError::Storage(other),
        }
    }
}

/// Stores `record` as the undo copy, replacing any earlier one, and reads it back. When the
/// write is refused (storage full), the earlier copy stays as it was.
pub fn keep<T: Serialize>(
    store: &impl KeyValueStore,
    record: &UndoRecord<T>,
) -> Result<(), UndoCopyError> {
    let json = serde_json::to_string(record).map_err(StorageError::from)?;
    store.set(UNDO_KEY, &json)?;
    if store.get(UNDO_KEY)?.as_deref() != Some(json.as_str()) {
        return Err(UndoCopyError::DidNotReadBack);
    }
    Ok(())
}

/// The undo copy, if one is kept.
pub fn read<T: DeserializeOwned>(
    store: &impl KeyValueStore,
) -> Result<Option<UndoRecord<T>>, UndoCopyError> {
    let Some(raw) = store.get(UNDO_KEY)? else {
        return Ok(None);
    };
    let header: Header =
        serde_json::from_str(&raw).map_err(|error| UndoCopyError::Damaged(error.to_string()))?;
    if header.format != FORMAT {
        return Err(UndoCopyError::Damaged(format!(
            "format {:?} is not this app's",
            header.format
        )));
    }
    if header.version > VERSION {
        return Err(UndoCopyError::NewerVersion {
            found: header.version,
        });
    }
    serde_json::from_str(&raw)
        .map(Some)
        .map_err(|error| UndoCopyError::Damaged(error.to_string()))
}

/// The undo copy exactly as stored, to download it (it stays sealed).
pub fn raw(store: &impl KeyValueStore) -> Result<Option<String>, StorageError> {
    store.get(UNDO_KEY)
}

/// Removes the undo copy (after an undo, or when the user deletes it).
pub fn discard(store: &impl KeyValueStore) -> Result<(), StorageError> {
    store.remove(UNDO_KEY)
}

#[derive(Deserialize)]
struct Header {
    format: String,
    version: u32,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::storage::backend::MemoryStorage;
    use crate::storage::keys;

    fn record(file_name: &str, sealed: &str) -> UndoRecord<String> {
        UndoRecord::new(
            ImportKind::RestoreBackup,
            file_name,
            1_764_325_000_000,
            sealed.to_owned(),
        )
    }

    #[test]
    fn the_key_is_ours_and_versioned() {
        assert!(keys::is_ours(UNDO_KEY));
        assert!(UNDO_KEY.ends_with(&format!(".v{VERSION}")));
    }

    #[test]
    fn the_stored_format_names_the_file_the_import_and_its_time_beside_the_sealed_copy() {
        let store = MemoryStorage::default();
        let kept = UndoRecord::new(
            ImportKind::ReplaceAccount,
            "acme-importer-2026-11-28.ctpat.json",
            1_764_325_000_000,
            "sealed".to_owned(),
        );
        keep(&store, &kept).unwrap();

        let stored: serde_json::Value =
            serde_json::from_str(&store.get(UNDO_KEY).unwrap().unwrap()).unwrap();
        assert_eq!(
            stored,
            serde_json::json!({
                "format": "ctpat-undo",
                "version": 1,
                "kind": "replace-account",
                "fileName": "acme-importer-2026-11-28.ctpat.json",
                "importedAt": 1_764_325_000_000_u64,
                "sealed": "sealed",
            })
        );
        assert_eq!(read::<String>(&store).unwrap(), Some(kept));
    }

    #[test]
    fn a_later_import_replaces_the_earlier_copy_and_discarding_removes_it() {
        let store = MemoryStorage::default();
        assert_eq!(read::<String>(&store).unwrap(), None);
        keep(&store, &record("first.json", "one")).unwrap();
        keep(&store, &record("second.json", "two")).unwrap();

        let kept = read::<String>(&store).unwrap().unwrap();
        assert_eq!(kept.file_name, "second.json");
        assert_eq!(kept.sealed, "two");
        discard(&store).unwrap();
        assert_eq!(read::<String>(&store).unwrap(), None);
    }

    #[test]
    fn full_storage_keeps_nothing_new_and_leaves_the_earlier_copy() {
        let store = MemoryStorage::with_room(400);
        keep(&store, &record("first.json", "one")).unwrap();

        let error = keep(&store, &record("second.json", &"x".repeat(500))).unwrap_err();

        assert!(matches!(error, UndoCopyError::Full));
        assert_eq!(
            read::<String>(&store).unwrap().unwrap().file_name,
            "first.json"
        );
    }

    #[test]
    fn a_write_that_does_not_read_back_is_reported() {
        let store = MemoryStorage::default();
        store.corrupt_writes(true);

        let error = keep(&store, &record("first.json", "one")).unwrap_err();

        assert!(matches!(error, UndoCopyError::DidNotReadBack));
    }

    #[test]
    fn a_newer_or_foreign_value_is_reported_not_misread() {
        let store = MemoryStorage::default();
        let mut newer = serde_json::to_value(record("first.json", "one")).unwrap();
        newer["version"] = 2.into();
        store.set(UNDO_KEY, &newer.to_string()).unwrap();
        assert!(matches!(
            read::<String>(&store).unwrap_err(),
            UndoCopyError::NewerVersion { found: 2 }
        ));

        store
            .set(UNDO_KEY, r#"{"format":"other-app","version":1}"#)
            .unwrap();
        assert!(matches!(
            read::<String>(&store).unwrap_err(),
            UndoCopyError::Damaged(_)
        ));
        store.set(UNDO_KEY, "not json").unwrap();
        assert!(matches!(
            read::<String>(&store).unwrap_err(),
            UndoCopyError::Damaged(_)
        ));
        assert_eq!(raw(&store).unwrap().as_deref(), Some("not json"));
    }
}
