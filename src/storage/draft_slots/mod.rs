//! The encrypted draft, kept as two complete copies (slots A and B) so that a save never destroys
//! the last good copy: each save goes into the slot that does not hold the newest copy, is read
//! back, and only then counts. The revision counter, kept in clear beside the sealed draft, lets
//! two tabs notice that the other one saved first instead of silently overwriting its work.
//!
//! A copy written by a newer version of the app (a newer envelope, or a sealed value in a newer
//! format, see [`SealedFormat`]) is left exactly where it is and no slot is written while it is
//! there: an older build still open in another tab must never strand what a newer one saved.

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

/// What the slots ask of the sealed value they carry: whether it was written in a format newer
/// than this build reads. The slots cannot tell by themselves (the sealed value is opaque to
/// them), and such a copy must be left in place rather than quarantined as damaged.
pub trait SealedFormat {
    /// The format version found in `sealed` (the envelope's `sealed` member as stored) when it is
    /// newer than this build reads; `None` when it is readable, or damaged (the full read then
    /// says why).
    fn newer_format(sealed: &serde_json::Value) -> Option<u32>;
}

impl SealedFormat for serde_json::Value {
    fn newer_format(_: &serde_json::Value) -> Option<u32> {
        None
    }
}

/// Opaque text (tests, benchmarks) has no format of its own.
impl SealedFormat for String {
    fn newer_format(_: &serde_json::Value) -> Option<u32> {
        None
    }
}

/// Which part of a stored copy is newer than this build reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NewerPart {
    /// The draft envelope itself ([`ENVELOPE_VERSION`]).
    Envelope {
        /// The envelope version found.
        found: u32,
    },
    /// The sealed value inside it ([`SealedFormat`]).
    Sealed {
        /// The format version found.
        found: u32,
    },
}

/// A slot holding a copy written by a newer version of the app, left untouched.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NewerCopy {
    /// The slot it is in.
    pub slot: &'static str,
    /// What is newer about it.
    pub part: NewerPart,
}

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
    /// Copies written by a newer version of the app, left in place; while there is one, every
    /// save is refused ([`SaveError::NewerVersion`]).
    pub newer: Vec<NewerCopy>,
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
    /// A slot holds a copy written by a newer version of the app; nothing is written while it
    /// is there, so that the newer version's work is never moved, replaced or outlived.
    #[error("a newer version of the editor saved this workspace ({part:?})")]
    NewerVersion {
        /// What is newer about the stored copy.
        part: NewerPart,
    },
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
    Newer(NewerPart),
    Unreadable(String, UnreadableReason),
}

impl<'s, S: KeyValueStore> DraftSlots<'s, S> {
    /// The slots kept in `store`.
    pub fn new(store: &'s S) -> Self {
        Self { store }
    }

    /// Reads both slots and returns the newest good copy. Unreadable values are moved aside to
    /// quarantine first, intact, and reported.
    /// A copy written by a newer version of the app is left where it is and reported in
    /// [`LoadedDraft::newer`]; an older good copy in the other slot is still returned.
    pub fn load<T: DeserializeOwned + SealedFormat>(
        &self,
        now_ms: u64,
    ) -> Result<LoadedDraft<T>, StorageError> {
        let mut loaded = LoadedDraft {
            newest: None,
            newest_slot: None,
            quarantined: Vec::new(),
            blocked_slots: Vec::new(),
            newer: Vec::new(),
        };
        for key in SLOT_KEYS {
            match self.read_slot::<T>(key, T::newer_format)? {
                Slot::Empty => {}
                Slot::Newer(part) => loaded.newer.push(NewerCopy { slot: key, part }),
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
    /// Returns the new revision. Refused, writing nothing, while either slot holds a copy
    /// written by a newer version of the app.
    pub fn save<T: Serialize + DeserializeOwned + SealedFormat, E: std::fmt::Display>(
        &self,
        expected_revision: u64,
        seal: impl FnOnce(u64) -> Result<T, E>,
    ) -> Result<u64, SaveError> {
        let mut slots = Vec::with_capacity(2);
        for key in SLOT_KEYS {
            let slot = self.read_slot::<serde_json::Value>(key, T::newer_format)?;
            if let Slot::Newer(part) = slot {
                return Err(SaveError::NewerVersion { part });
            }
            slots.push((key, slot));
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
    pub fn save_in_both<T: Serialize + DeserializeOwned + SealedFormat, E: std::fmt::Display>(
        &self,
        expected_revision: u64,
        mut seal: impl FnMut(u64) -> Result<T, E>,
    ) -> Result<u64, SaveError> {
        let first = self.save(expected_revision, &mut seal)?;
        Ok(self.save(first, seal).unwrap_or(first))
    }

    /// Reads one slot: its envelope version and (through `newer_format`, on the parsed value)
    /// its sealed format are looked at before the full shape, so that a newer version's copy is
    /// told apart from damage. The header and the full shape are read from the stored text
    /// itself, so each type has one reader and nothing is written out again.
    fn read_slot<T: DeserializeOwned>(
        &self,
        key: &str,
        newer_format: fn(&serde_json::Value) -> Option<u32>,
    ) -> Result<Slot<T>, StorageError> {
        let Some(raw) = self.store.get(key)? else {
            return Ok(Slot::Empty);
        };
        let damaged = |raw: String, detail: String| {
            Ok(Slot::Unreadable(raw, UnreadableReason::Damaged { detail }))
        };
        let value = match serde_json::from_str::<serde_json::Value>(&raw) {
            Ok(value) => value,
            Err(error) => return damaged(raw, error.to_string()),
        };
        let header = match serde_json::from_str::<Header>(&raw) {
            Ok(header) if header.format == FORMAT => header,
            Ok(header) => {
                let detail = format!("format {:?} is not this app's", header.format);
                return damaged(raw, detail);
            }
            Err(error) => return damaged(raw, error.to_string()),
        };
        if header.version > ENVELOPE_VERSION {
            return Ok(Slot::Newer(NewerPart::Envelope {
                found: header.version,
            }));
        }
        if let Some(found) = value.get("sealed").and_then(newer_format) {
            return Ok(Slot::Newer(NewerPart::Sealed { found }));
        }
        match serde_json::from_str::<DraftEnvelope<T>>(&raw) {
            Ok(envelope) => Ok(Slot::Good(envelope)),
            Err(error) => damaged(raw, error.to_string()),
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
