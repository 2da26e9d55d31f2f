//! The encrypted draft, kept as two complete copies (slots A and B) so that a save never destroys
//! the last good copy: each save goes into the slot that does not hold the newest copy, is read
//! back, and only then counts. The revision counter, kept in clear beside the sealed draft, lets
//! two tabs notice that the other one saved first instead of silently overwriting its work.

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use thiserror::Error;

use super::StorageError;
use super::backend::KeyValueStore;
use super::quarantine::{self, UnreadableReason};

/// The two slots, in localStorage.
pub const SLOT_KEYS: [&str; 2] = ["ctpat.draft.v1.a", "ctpat.draft.v1.b"];

/// The format name written into every envelope, so another app's data is never taken for ours.
pub const FORMAT: &str = "ctpat-draft";

/// The envelope version this build writes and reads.
pub const ENVELOPE_VERSION: u32 = 1;

/// What one slot holds: the sealed draft and, in clear, what is needed to pick the newest copy.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct DraftEnvelope<T> {
    /// Always [`FORMAT`].
    pub format: String,
    /// The envelope version ([`ENVELOPE_VERSION`]).
    pub version: u32,
    /// Counts saves; the higher revision of the two slots is the current draft.
    pub revision: u64,
    /// The encrypted workspace (opaque to storage).
    pub sealed: T,
}

/// The newest readable draft, and what had to be moved aside to get it.
#[derive(Debug)]
pub struct LoadedDraft<T> {
    /// The newest good copy, if any slot holds one.
    pub newest: Option<DraftEnvelope<T>>,
    /// The slot holding the newest good copy, so a copy that fails to decrypt can be moved aside.
    pub newest_slot: Option<&'static str>,
    /// Quarantine keys of values that could not be read (reported to the user).
    pub quarantined: Vec<String>,
    /// Slots whose unreadable value could not be moved aside (storage full); they are never
    /// written to until it can be.
    pub blocked_slots: Vec<&'static str>,
}

/// Why a save did not happen. In every case the previous good copy is still in storage.
#[derive(Debug, Error)]
pub enum SaveError {
    /// Another tab (or window) saved a newer revision since this one loaded or last saved.
    #[error("another tab saved revision {stored} after this tab's revision {ours}")]
    Conflict { stored: u64, ours: u64 },
    /// The browser's storage is full.
    #[error("the browser's storage for this site is full")]
    Full,
    /// The copy written did not read back identically.
    #[error("the saved copy did not read back correctly")]
    DidNotReadBack,
    /// Both slots hold damaged data that could not be moved aside.
    #[error("no slot can be written without destroying damaged data that could not be moved aside")]
    NoFreeSlot,
    /// The draft could not be sealed (encrypted); nothing was written.
    #[error("the draft could not be encrypted: {0}")]
    Sealing(String),
    /// Storage failed otherwise.
    #[error(transparent)]
    Storage(StorageError),
}

impl From<StorageError> for SaveError {
    fn from(error: StorageError) -> Self {
        match error {
            StorageError::Full => SaveError::Full,
            other => SaveError::Storage(other),
        }
    }
}

/// The draft slots over a key–value store.
pub struct DraftSlots<'s, S: KeyValueStore> {
    store: &'s S,
}

enum Slot<T> {
    Empty,
    Good(DraftEnvelope<T>),
    Unreadable(String, UnreadableReason),
}

impl<'s, S: KeyValueStore> DraftSlots<'s, S> {
    /// The slots kept in `store`.
    pub fn new(store: &'s S) -> Self {
        Self { store }
    }

    /// Reads both slots and returns the newest good copy. Unreadable values are moved aside to
    /// quarantine first, intact, and reported.
    pub fn load<T: DeserializeOwned>(&self, now_ms: u64) -> Result<LoadedDraft<T>, StorageError> {
        let mut loaded = LoadedDraft {
            newest: None,
            newest_slot: None,
            quarantined: Vec::new(),
            blocked_slots: Vec::new(),
        };
        for key in SLOT_KEYS {
            match self.read_slot::<T>(key)? {
                Slot::Empty => {}
                Slot::Good(envelope) => {
                    if loaded
                        .newest
                        .as_ref()
                        .is_none_or(|newest| envelope.revision > newest.revision)
                    {
                        loaded.newest = Some(envelope);
                        loaded.newest_slot = Some(key);
                    }
                }
                Slot::Unreadable(raw, reason) => {
                    match quarantine::move_aside(self.store, key, &raw, reason, now_ms) {
                        Ok(quarantine_key) => loaded.quarantined.push(quarantine_key),
                        Err(StorageError::Full) => loaded.blocked_slots.push(key),
                        Err(other) => return Err(other),
                    }
                }
            }
        }
        Ok(loaded)
    }

    /// Moves the copy in `slot` aside intact, e.g. when it parses but fails to decrypt, so the
    /// other copy can be used and the damaged one is kept for recovery.
    pub fn quarantine_slot(
        &self,
        slot: &str,
        detail: &str,
        now_ms: u64,
    ) -> Result<String, StorageError> {
        let raw = self.store.get(slot)?.unwrap_or_default();
        let reason = UnreadableReason::Damaged {
            detail: detail.to_owned(),
        };
        quarantine::move_aside(self.store, slot, &raw, reason, now_ms)
    }

    /// The newest revision in storage (0 when there is none), without touching anything.
    pub fn stored_revision(&self) -> Result<u64, StorageError> {
        let mut newest = 0;
        for key in SLOT_KEYS {
            if let Some(raw) = self.store.get(key)?
                && let Ok(header) = serde_json::from_str::<RevisionOnly>(&raw)
            {
                newest = newest.max(header.revision);
            }
        }
        Ok(newest)
    }

    /// Saves a new revision on top of `expected_revision` (the one this tab loaded or last saved;
    /// 0 for a new workspace). `seal` is given the new revision, so the encryption can bind it.
    /// Returns the new revision.
    pub fn save<T: Serialize + DeserializeOwned, E: std::fmt::Display>(
        &self,
        expected_revision: u64,
        seal: impl FnOnce(u64) -> Result<T, E>,
    ) -> Result<u64, SaveError> {
        let mut slots = Vec::with_capacity(2);
        for key in SLOT_KEYS {
            slots.push((key, self.read_slot::<serde_json::Value>(key)?));
        }
        let stored = slots
            .iter()
            .filter_map(|(_, slot)| match slot {
                Slot::Good(envelope) => Some(envelope.revision),
                _ => None,
            })
            .max()
            .unwrap_or(0);
        if stored != expected_revision {
            return Err(SaveError::Conflict {
                stored,
                ours: expected_revision,
            });
        }
        // Write over the empty slot, else the older good copy; never over the newest good copy
        // and never over a value that could not be read (it is waiting to be moved aside).
        let target = slots
            .iter()
            .filter(|(_, slot)| !matches!(slot, Slot::Unreadable(..)))
            .filter(|(_, slot)| !matches!(slot, Slot::Good(envelope) if envelope.revision == stored && stored > 0))
            .map(|(key, _)| *key)
            .next()
            .ok_or(SaveError::NoFreeSlot)?;

        let revision = stored + 1;
        let sealed = seal(revision).map_err(|error| SaveError::Sealing(error.to_string()))?;
        let envelope = DraftEnvelope {
            format: FORMAT.to_owned(),
            version: ENVELOPE_VERSION,
            revision,
            sealed,
        };
        let json = serde_json::to_string(&envelope).map_err(StorageError::from)?;
        self.store.set(target, &json)?;
        if self.store.get(target)?.as_deref() != Some(json.as_str()) {
            return Err(SaveError::DidNotReadBack);
        }
        Ok(revision)
    }

    /// Saves a new revision into both slots, one after the other, each read back: after a
    /// change of key (passphrase, recovery kit) no slot keeps a copy under the old key. Returns
    /// the newest revision written. If only the first write succeeds (the other slot holds
    /// damaged data waiting to be moved aside, or storage filled up in between), that newest
    /// copy stands and its revision is returned: the other slot is replaced at the next save.
    pub fn save_in_both<T: Serialize + DeserializeOwned, E: std::fmt::Display>(
        &self,
        expected_revision: u64,
        mut seal: impl FnMut(u64) -> Result<T, E>,
    ) -> Result<u64, SaveError> {
        let first = self.save(expected_revision, &mut seal)?;
        Ok(self.save(first, seal).unwrap_or(first))
    }

    fn read_slot<T: DeserializeOwned>(&self, key: &str) -> Result<Slot<T>, StorageError> {
        let Some(raw) = self.store.get(key)? else {
            return Ok(Slot::Empty);
        };
        let header = match serde_json::from_str::<Header>(&raw) {
            Ok(header) if header.format == FORMAT => header,
            Ok(header) => {
                let detail = format!("format {:?} is not this app's", header.format);
                return Ok(Slot::Unreadable(raw, UnreadableReason::Damaged { detail }));
            }
            Err(error) => {
                return Ok(Slot::Unreadable(
                    raw,
                    UnreadableReason::Damaged {
                        detail: error.to_string(),
                    },
                ));
            }
        };
        if header.version > ENVELOPE_VERSION {
            return Ok(Slot::Unreadable(
                raw,
                UnreadableReason::NewerVersion {
                    found: header.version,
                },
            ));
        }
        match serde_json::from_str::<DraftEnvelope<T>>(&raw) {
            Ok(envelope) => Ok(Slot::Good(envelope)),
            Err(error) => Ok(Slot::Unreadable(
                raw,
                UnreadableReason::Damaged {
                    detail: error.to_string(),
                },
            )),
        }
    }
}

#[derive(Deserialize)]
struct Header {
    format: String,
    version: u32,
}

#[derive(Deserialize)]
struct RevisionOnly {
    revision: u64,
}

#[cfg(test)]
mod tests;
