//! Values this app cannot read (damaged, foreign, or written by a newer version) are moved aside
//! intact under a quarantine key instead of being overwritten or dropped, so that nothing a user
//! typed is ever lost silently and the raw value can still be exported for recovery.

use serde::{Deserialize, Serialize};

use super::StorageError;
use super::backend::KeyValueStore;

/// Quarantined values live under keys starting with this.
pub const QUARANTINE_PREFIX: &str = "ctpat.quarantine.v1.";

/// One value moved aside, with where it came from and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct QuarantinedValue {
    /// The key the value was found under.
    pub from: String,
    /// Why it could not be read.
    pub reason: UnreadableReason,
    /// When it was moved aside (milliseconds since the Unix epoch).
    pub moved_at: u64,
    /// The value exactly as it was found.
    pub value: String,
}

/// Why a stored value could not be used.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", tag = "kind")]
pub enum UnreadableReason {
    /// Not the JSON shape this app writes (damaged, truncated, or another app's data).
    Damaged { detail: String },
    /// Written by a newer version of the app than this one.
    NewerVersion { found: u32 },
}

/// Moves the value under `key` aside and returns the quarantine key. If the quarantine copy
/// cannot be written (storage full), the original is left where it is and the error returned:
/// the value is never removed before its copy exists.
pub fn move_aside(
    store: &impl KeyValueStore,
    key: &str,
    value: &str,
    reason: UnreadableReason,
    now_ms: u64,
) -> Result<String, StorageError> {
    let quarantine_key = keep_aside(store, key, value, reason, now_ms)?;
    store.remove(key)?;
    Ok(quarantine_key)
}

/// Keeps a copy of `value` (found under `key`, which is left as it is) in quarantine, read
/// back, and returns its quarantine key.
pub fn keep_aside(
    store: &impl KeyValueStore,
    key: &str,
    value: &str,
    reason: UnreadableReason,
    now_ms: u64,
) -> Result<String, StorageError> {
    let record = QuarantinedValue {
        from: key.to_owned(),
        reason,
        moved_at: now_ms,
        value: value.to_owned(),
    };
    let json = serde_json::to_string(&record)?;
    let mut quarantine_key = format!("{QUARANTINE_PREFIX}{now_ms}.{key}");
    let mut attempt = 1;
    while store.get(&quarantine_key)?.is_some() {
        attempt += 1;
        quarantine_key = format!("{QUARANTINE_PREFIX}{now_ms}-{attempt}.{key}");
    }
    store.set(&quarantine_key, &json)?;
    if store.get(&quarantine_key)?.as_deref() != Some(json.as_str()) {
        return Err(StorageError::Unavailable(format!(
            "the quarantine copy of {key} did not read back"
        )));
    }
    Ok(quarantine_key)
}

/// Deletes one quarantined value for good (the user chose to, after downloading it or deciding
/// it is not needed: a copy kept aside may still open with an old passphrase or kit). Keys that
/// are not quarantine keys are refused, so nothing else can be deleted through here.
pub fn delete(store: &impl KeyValueStore, quarantine_key: &str) -> Result<(), StorageError> {
    if !quarantine_key.starts_with(QUARANTINE_PREFIX) {
        return Err(StorageError::Unavailable(format!(
            "{quarantine_key} is not a quarantined value"
        )));
    }
    store.remove(quarantine_key)
}

/// The value kept aside under `quarantine_key`, if it is still there.
pub fn read(
    store: &impl KeyValueStore,
    quarantine_key: &str,
) -> Result<Option<QuarantinedValue>, StorageError> {
    Ok(list(store)?
        .into_iter()
        .find(|(key, _)| key == quarantine_key)
        .map(|(_, record)| record))
}

/// Everything in quarantine, oldest first, with its quarantine key.
pub fn list(store: &impl KeyValueStore) -> Result<Vec<(String, QuarantinedValue)>, StorageError> {
    let mut found = Vec::new();
    for key in store.keys()? {
        if !key.starts_with(QUARANTINE_PREFIX) {
            continue;
        }
        if let Some(raw) = store.get(&key)? {
            let record = serde_json::from_str(&raw).unwrap_or_else(|error| QuarantinedValue {
                from: key.clone(),
                reason: UnreadableReason::Damaged {
                    detail: error.to_string(),
                },
                moved_at: 0,
                value: raw,
            });
            found.push((key, record));
        }
    }
    found.sort_by_key(|(_, record)| record.moved_at);
    Ok(found)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::storage::backend::MemoryStorage;

    #[test]
    fn a_quarantined_copy_can_be_deleted_and_nothing_else_through_here() {
        let store = MemoryStorage::default();
        store.set("ctpat.draft.v1.a", "damaged").unwrap();
        let key = move_aside(
            &store,
            "ctpat.draft.v1.a",
            "damaged",
            UnreadableReason::Damaged {
                detail: "test".into(),
            },
            5,
        )
        .unwrap();
        store.set("ctpat.draft.v1.b", "the good copy").unwrap();

        assert!(delete(&store, "ctpat.draft.v1.b").is_err());
        assert_eq!(
            store.get("ctpat.draft.v1.b").unwrap().as_deref(),
            Some("the good copy")
        );
        delete(&store, &key).unwrap();
        assert!(list(&store).unwrap().is_empty());
    }
}
