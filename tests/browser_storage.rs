//! Browser tests of the draft storage against the real localStorage: the write protocol, a real
//! QuotaExceededError, and damaged values moved aside.
#![cfg(target_arch = "wasm32")]
#![allow(clippy::unwrap_used)]

use std::convert::Infallible;

use ctpat_editor::storage::StorageError;
use ctpat_editor::storage::backend::{BrowserStorage, KeyValueStore};
use ctpat_editor::storage::draft_slots::{DraftSlots, SLOT_KEYS, SaveError};
use ctpat_editor::storage::quarantine;
use gloo_storage::{LocalStorage, Storage};
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_browser);

/// Fills localStorage until the browser refuses, and returns the keys used.
fn fill_storage() -> Vec<String> {
    let chunk = "x".repeat(512 * 1024);
    let mut keys = Vec::new();
    for index in 0..64 {
        let key = format!("filler.{index}");
        if BrowserStorage.set(&key, &chunk).is_err() {
            break;
        }
        keys.push(key);
    }
    let small = "y".repeat(8 * 1024);
    for index in 0..256 {
        let key = format!("filler.small.{index}");
        if BrowserStorage.set(&key, &small).is_err() {
            break;
        }
        keys.push(key);
    }
    keys
}

#[wasm_bindgen_test]
fn a_draft_saved_to_local_storage_loads_back() {
    LocalStorage::clear();
    let slots = DraftSlots::new(&BrowserStorage);

    slots
        .save(0, |_| Ok::<_, Infallible>("first draft".to_owned()))
        .unwrap();
    slots
        .save(1, |_| Ok::<_, Infallible>("second draft".to_owned()))
        .unwrap();

    let loaded = slots.load::<String>(1).unwrap();
    assert_eq!(loaded.newest.unwrap().sealed, "second draft");
    assert!(
        BrowserStorage
            .get(SLOT_KEYS[0])
            .unwrap()
            .unwrap()
            .contains("first draft")
    );
}

#[wasm_bindgen_test]
fn the_browser_refusing_for_lack_of_room_is_reported_as_full_and_the_last_copy_survives() {
    LocalStorage::clear();
    let slots = DraftSlots::new(&BrowserStorage);
    slots
        .save(0, |_| Ok::<_, Infallible>("kept".to_owned()))
        .unwrap();
    let fillers = fill_storage();

    let direct = BrowserStorage.set("one.more", &"z".repeat(64 * 1024));
    let saved = slots.save(1, |_| Ok::<_, Infallible>("w".repeat(256 * 1024)));

    for key in fillers {
        BrowserStorage.remove(&key).unwrap();
    }
    assert!(matches!(direct, Err(StorageError::Full)), "{direct:?}");
    assert!(matches!(saved, Err(SaveError::Full)), "{saved:?}");
    assert_eq!(
        slots.load::<String>(2).unwrap().newest.unwrap().sealed,
        "kept"
    );
    LocalStorage::clear();
}

#[wasm_bindgen_test]
fn a_damaged_slot_in_local_storage_is_moved_aside_intact() {
    LocalStorage::clear();
    let slots = DraftSlots::new(&BrowserStorage);
    slots
        .save(0, |_| Ok::<_, Infallible>("good".to_owned()))
        .unwrap();
    BrowserStorage.set(SLOT_KEYS[1], "\u{0}garbage{").unwrap();

    let loaded = slots.load::<String>(7).unwrap();

    assert_eq!(loaded.newest.unwrap().sealed, "good");
    assert_eq!(loaded.quarantined.len(), 1);
    let moved = quarantine::list(&BrowserStorage).unwrap();
    assert_eq!(moved[0].1.value, "\u{0}garbage{");
    assert_eq!(BrowserStorage.get(SLOT_KEYS[1]).unwrap(), None);
    assert!(
        BrowserStorage
            .keys()
            .unwrap()
            .iter()
            .any(|key| key == &moved[0].0)
    );
}

/// The same passphrase typed with composed or decomposed accents, or full-width digits, gives
/// the same secret for key derivation (the browser's NFKC), while format-1 workspaces still see
/// the text as typed.
#[wasm_bindgen_test]
fn a_passphrase_is_normalised_by_the_browser_before_key_derivation() {
    use ctpat_editor::state::passphrase_input::typed_passphrase;
    let composed = typed_passphrase("caf\u{e9} \u{ff11}\u{ff19}\u{ff18}\u{ff17} harbour");
    let decomposed = typed_passphrase("cafe\u{301} 1987 harbour");
    assert_eq!(composed.secret(), decomposed.secret());
    assert_eq!(composed.secret(), "caf\u{e9} 1987 harbour".as_bytes());
    assert_eq!(
        decomposed.legacy_secret(),
        "cafe\u{301} 1987 harbour".as_bytes()
    );
}
