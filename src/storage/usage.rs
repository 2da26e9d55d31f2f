//! How much of the browser's storage this app's data takes, and how much room is left.
//!
//! localStorage gives each origin about 5 MB and says neither how much is used nor how much is
//! left, and a save that does not fit is refused. So the app counts it itself, as browsers do:
//! every key and value in UTF-16 code units, two bytes each. Settings shows the figure, split
//! into the workspace's two copies, the undo copy and what was kept aside, and every screen warns
//! while less than a fifth of the room is left, before a save is refused.

use super::StorageError;
use super::backend::KeyValueStore;
use super::keys;
use super::quarantine::QUARANTINE_PREFIX;
use super::undo_copy::UNDO_KEY;

/// The room localStorage gives one origin in the browsers this app supports (about 5 MB).
pub const ROOM_BYTES: u64 = 5 * 1024 * 1024;

/// Below this share of [`ROOM_BYTES`] left (one fifth), every screen warns.
const LOW_ROOM_PERCENT: u64 = 20;

/// The keys of the draft slots start with this.
const DRAFT_PREFIX: &str = "ctpat.draft.";

/// Bytes of this app's data in storage, by what it is.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct StorageUsage {
    /// The workspace's two stored copies (the draft slots).
    pub workspace: u64,
    /// The copy kept to undo the last import that replaced something.
    pub undo: u64,
    /// Values kept aside because they could not be read (quarantine).
    pub kept_aside: u64,
    /// Everything else of this app's (preferences).
    pub other: u64,
}

impl StorageUsage {
    /// All of this app's data.
    pub fn total(&self) -> u64 {
        self.workspace + self.undo + self.kept_aside + self.other
    }

    /// The room left of [`ROOM_BYTES`] (none when over it).
    pub fn left(&self) -> u64 {
        ROOM_BYTES.saturating_sub(self.total())
    }

    /// The share of [`ROOM_BYTES`] used, in whole percent (at most 100).
    pub fn percent_used(&self) -> u64 {
        (self.total() * 100 / ROOM_BYTES).min(100)
    }

    /// Whether less than a fifth of the room is left: time to free some before saves fail.
    pub fn is_low(&self) -> bool {
        self.left() * 100 < ROOM_BYTES * LOW_ROOM_PERCENT
    }
}

/// The bytes one stored entry takes: its key and value in UTF-16 code units, two bytes each.
fn entry_bytes(key: &str, value: &str) -> u64 {
    let units = key.encode_utf16().count() + value.encode_utf16().count();
    u64::try_from(units).unwrap_or(u64::MAX / 4) * 2
}

/// Counts this app's data in `store`; other apps' keys on the same origin are not counted.
pub fn measure(store: &impl KeyValueStore) -> Result<StorageUsage, StorageError> {
    let mut usage = StorageUsage::default();
    for key in store.keys()? {
        if !keys::is_ours(&key) {
            continue;
        }
        let Some(value) = store.get(&key)? else {
            continue;
        };
        let bytes = entry_bytes(&key, &value);
        let part = if key.starts_with(DRAFT_PREFIX) {
            &mut usage.workspace
        } else if key == UNDO_KEY {
            &mut usage.undo
        } else if key.starts_with(QUARANTINE_PREFIX) {
            &mut usage.kept_aside
        } else {
            &mut usage.other
        };
        *part = part.saturating_add(bytes);
    }
    Ok(usage)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::storage::backend::MemoryStorage;

    #[test]
    fn each_part_is_counted_in_utf16_units_two_bytes_each() {
        let store = MemoryStorage::default();
        store.set("ctpat.draft.v1.a", "abcd").unwrap();
        store.set("ctpat.draft.v1.b", "é€").unwrap();
        store.set(UNDO_KEY, "undo").unwrap();
        store.set("ctpat.quarantine.v1.5.x", "aside").unwrap();
        store.set("ctpat.preferences.v1", "{}").unwrap();
        store.set("another-app", &"z".repeat(1000)).unwrap();
        // An astral character is two UTF-16 units.
        store.set("ctpat.draft.v1.a", "ab\u{1F600}").unwrap();

        let usage = measure(&store).unwrap();

        assert_eq!(usage.workspace, (16 + 4) * 2 + (16 + 2) * 2);
        assert_eq!(usage.undo, (13 + 4) * 2);
        assert_eq!(usage.kept_aside, (23 + 5) * 2);
        assert_eq!(usage.other, (20 + 2) * 2);
        assert_eq!(
            usage.total(),
            usage.workspace + usage.undo + usage.kept_aside + usage.other,
            "another app's keys are not counted"
        );
    }

    #[test]
    fn the_figure_grows_as_data_is_added() {
        let store = MemoryStorage::default();
        let empty = measure(&store).unwrap();
        store.set("ctpat.draft.v1.a", &"x".repeat(500)).unwrap();
        let one = measure(&store).unwrap();
        store.set("ctpat.draft.v1.b", &"x".repeat(500)).unwrap();
        let two = measure(&store).unwrap();

        assert_eq!(empty.total(), 0);
        assert!(one.total() > empty.total() && two.total() > one.total());
        assert_eq!(two.left(), ROOM_BYTES - two.total());
    }

    #[test]
    fn less_than_a_fifth_left_is_low() {
        let room = usize::try_from(ROOM_BYTES).unwrap();
        let key = "ctpat.draft.v1.a";
        let units_for = |bytes: usize| bytes / 2 - key.len();
        let store = MemoryStorage::default();

        store
            .set(key, &"x".repeat(units_for(room * 79 / 100)))
            .unwrap();
        let under = measure(&store).unwrap();
        store
            .set(key, &"x".repeat(units_for(room * 81 / 100)))
            .unwrap();
        let over = measure(&store).unwrap();
        store.set(key, &"x".repeat(units_for(room * 2))).unwrap();
        let beyond = measure(&store).unwrap();

        assert!(!under.is_low(), "{under:?}");
        assert_eq!(under.percent_used(), 78);
        assert!(over.is_low(), "{over:?}");
        assert!(beyond.is_low());
        assert_eq!(beyond.left(), 0);
        assert_eq!(beyond.percent_used(), 100);
    }
}
