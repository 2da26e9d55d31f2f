//! The write protocol, checked against an in-memory store with full storage, damaged slots and
//! writes that do not read back.

use std::convert::Infallible;

use serde::{Deserialize, Serialize};

use super::*;
use crate::storage::backend::MemoryStorage;
use crate::storage::quarantine::{self, QUARANTINE_PREFIX};

type Sealed = String;

fn loaded(store: &MemoryStorage) -> LoadedDraft<Sealed> {
    DraftSlots::new(store).load(1_000).unwrap()
}

fn newest_text(store: &MemoryStorage) -> Option<String> {
    loaded(store).newest.map(|envelope| envelope.sealed)
}

#[test]
fn a_new_workspace_saves_revision_one_and_loads_it_back() {
    let store = MemoryStorage::default();
    let slots = DraftSlots::new(&store);

    let revision = slots
        .save(0, |revision| {
            Ok::<_, Infallible>(format!("draft at {revision}"))
        })
        .unwrap();

    assert_eq!(revision, 1);
    assert_eq!(newest_text(&store).as_deref(), Some("draft at 1"));
}

#[test]
fn saves_alternate_slots_so_the_previous_copy_survives() {
    let store = MemoryStorage::default();
    let slots = DraftSlots::new(&store);
    slots
        .save(0, |_| Ok::<_, Infallible>("first".to_owned()))
        .unwrap();
    slots
        .save(1, |_| Ok::<_, Infallible>("second".to_owned()))
        .unwrap();

    let a = store.get(SLOT_KEYS[0]).unwrap().unwrap();
    let b = store.get(SLOT_KEYS[1]).unwrap().unwrap();
    assert!(a.contains("first") && b.contains("second"), "a={a} b={b}");

    slots
        .save(2, |_| Ok::<_, Infallible>("third".to_owned()))
        .unwrap();
    let a = store.get(SLOT_KEYS[0]).unwrap().unwrap();
    assert!(a.contains("third"), "the older copy is the one replaced");
    assert_eq!(newest_text(&store).as_deref(), Some("third"));
}

#[test]
fn a_second_tab_saving_on_a_stale_revision_is_refused_and_loses_nothing() {
    let store = MemoryStorage::default();
    let slots = DraftSlots::new(&store);
    slots
        .save(0, |_| Ok::<_, Infallible>("base".to_owned()))
        .unwrap();
    // Both tabs loaded revision 1; the first tab saves revision 2.
    slots
        .save(1, |_| Ok::<_, Infallible>("first tab".to_owned()))
        .unwrap();

    let error = slots
        .save(1, |_| Ok::<_, Infallible>("second tab".to_owned()))
        .unwrap_err();

    assert!(
        matches!(error, SaveError::Conflict { stored: 2, ours: 1 }),
        "{error:?}"
    );
    assert_eq!(newest_text(&store).as_deref(), Some("first tab"));
    assert_eq!(slots.stored_revision().unwrap(), 2);
}

#[test]
fn full_storage_keeps_the_last_good_copy() {
    let store = MemoryStorage::with_room(300);
    let slots = DraftSlots::new(&store);
    slots
        .save(0, |_| Ok::<_, Infallible>("small".to_owned()))
        .unwrap();

    let error = slots
        .save(1, |_| Ok::<_, Infallible>("x".repeat(400)))
        .unwrap_err();

    assert!(matches!(error, SaveError::Full), "{error:?}");
    assert_eq!(newest_text(&store).as_deref(), Some("small"));
}

#[test]
fn a_write_that_does_not_read_back_is_reported_and_the_good_copy_stays_newest() {
    let store = MemoryStorage::default();
    let slots = DraftSlots::new(&store);
    slots
        .save(0, |_| Ok::<_, Infallible>("good".to_owned()))
        .unwrap();
    store.corrupt_writes(true);

    let error = slots
        .save(1, |_| Ok::<_, Infallible>("lost in the write".to_owned()))
        .unwrap_err();
    store.corrupt_writes(false);

    assert!(matches!(error, SaveError::DidNotReadBack), "{error:?}");
    let after = loaded(&store);
    assert_eq!(
        after.newest.map(|envelope| envelope.sealed).as_deref(),
        Some("good")
    );
    assert_eq!(
        after.quarantined.len(),
        1,
        "the damaged copy is moved aside, not dropped"
    );
}

#[test]
fn a_damaged_slot_is_moved_aside_intact_and_the_other_copy_is_used() {
    let store = MemoryStorage::default();
    let slots = DraftSlots::new(&store);
    slots
        .save(0, |_| Ok::<_, Infallible>("older".to_owned()))
        .unwrap();
    slots
        .save(1, |_| Ok::<_, Infallible>("newer".to_owned()))
        .unwrap();
    store
        .set(SLOT_KEYS[1], "{\"format\":\"ctpat-draft\",\"vers")
        .unwrap();

    let after = loaded(&store);

    assert_eq!(
        after.newest.map(|envelope| envelope.sealed).as_deref(),
        Some("older")
    );
    assert_eq!(after.quarantined.len(), 1);
    assert!(after.quarantined[0].starts_with(QUARANTINE_PREFIX));
    let moved = quarantine::list(&store).unwrap();
    assert_eq!(
        moved[0].1.value, "{\"format\":\"ctpat-draft\",\"vers",
        "kept byte for byte"
    );
    assert_eq!(moved[0].1.from, SLOT_KEYS[1]);
    assert_eq!(store.get(SLOT_KEYS[1]).unwrap(), None);
}

const NEWER_ENVELOPE: &str =
    r#"{"format":"ctpat-draft","version":9,"revision":40,"sealed":"future","extra":true}"#;

#[test]
fn a_draft_from_a_newer_version_is_left_in_place_and_reported() {
    let store = MemoryStorage::default();
    store.set(SLOT_KEYS[0], NEWER_ENVELOPE).unwrap();

    let after = loaded(&store);

    assert!(after.newest.is_none());
    assert!(after.quarantined.is_empty(), "{:?}", after.quarantined);
    assert!(quarantine::list(&store).unwrap().is_empty());
    assert_eq!(
        after.newer,
        vec![NewerCopy {
            slot: SLOT_KEYS[0],
            part: NewerPart::Envelope { found: 9 },
        }]
    );
    assert_eq!(
        store.get(SLOT_KEYS[0]).unwrap().as_deref(),
        Some(NEWER_ENVELOPE)
    );
}

#[test]
fn beside_a_newer_copy_the_older_copy_still_loads_and_no_save_writes_either_slot() {
    let store = MemoryStorage::default();
    let slots = DraftSlots::new(&store);
    slots
        .save(0, |_| Ok::<_, Infallible>("older build's copy".to_owned()))
        .unwrap();
    store.set(SLOT_KEYS[1], NEWER_ENVELOPE).unwrap();
    let older = store.get(SLOT_KEYS[0]).unwrap();

    let after = loaded(&store);
    assert_eq!(
        after.newest.map(|envelope| envelope.sealed).as_deref(),
        Some("older build's copy")
    );
    assert_eq!(after.newer.len(), 1);

    for expected in [1, 40] {
        let refused = slots.save(expected, |_| Ok::<_, Infallible>("over it".to_owned()));
        assert!(
            matches!(
                refused,
                Err(SaveError::NewerVersion {
                    part: NewerPart::Envelope { found: 9 }
                })
            ),
            "{refused:?}"
        );
    }
    let refused = slots.save_in_both(1, |_| Ok::<_, Infallible>("new key".to_owned()));
    assert!(matches!(refused, Err(SaveError::NewerVersion { .. })));

    assert_eq!(store.get(SLOT_KEYS[0]).unwrap(), older);
    assert_eq!(
        store.get(SLOT_KEYS[1]).unwrap().as_deref(),
        Some(NEWER_ENVELOPE)
    );
    assert!(quarantine::list(&store).unwrap().is_empty());
}

/// A sealed value with a format version of its own, as the vault has.
#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Versioned {
    format: u32,
}

impl SealedFormat for Versioned {
    fn newer_format(sealed: &serde_json::Value) -> Option<u32> {
        let format = u32::try_from(sealed.get("format")?.as_u64()?).ok()?;
        (format > 2).then_some(format)
    }
}

#[test]
fn a_sealed_value_in_a_newer_format_is_left_in_place_even_with_fields_this_build_lacks() {
    let store = MemoryStorage::default();
    let newer =
        r#"{"format":"ctpat-draft","version":1,"revision":7,"sealed":{"format":3,"more":1}}"#;
    store.set(SLOT_KEYS[1], newer).unwrap();

    let after = DraftSlots::new(&store).load::<Versioned>(1_000).unwrap();
    let refused = DraftSlots::new(&store).save(0, |_| Ok::<_, Infallible>(Versioned { format: 2 }));

    assert!(after.newest.is_none());
    assert!(after.quarantined.is_empty());
    assert_eq!(after.newer[0].part, NewerPart::Sealed { found: 3 });
    assert!(
        matches!(
            refused,
            Err(SaveError::NewerVersion {
                part: NewerPart::Sealed { found: 3 }
            })
        ),
        "{refused:?}"
    );
    assert_eq!(store.get(SLOT_KEYS[1]).unwrap().as_deref(), Some(newer));
    assert_eq!(store.get(SLOT_KEYS[0]).unwrap(), None);
}

#[test]
fn a_damaged_sealed_value_in_a_readable_format_is_still_quarantined() {
    let store = MemoryStorage::default();
    let damaged =
        r#"{"format":"ctpat-draft","version":1,"revision":7,"sealed":{"format":2,"more":1}}"#;
    store.set(SLOT_KEYS[0], damaged).unwrap();

    let after = DraftSlots::new(&store).load::<Versioned>(1_000).unwrap();

    assert!(after.newer.is_empty());
    assert_eq!(after.quarantined.len(), 1);
    assert_eq!(store.get(SLOT_KEYS[0]).unwrap(), None);
}

#[test]
fn another_apps_value_under_our_key_is_quarantined() {
    let store = MemoryStorage::default();
    store
        .set(SLOT_KEYS[0], r#"{"format":"someone-else","version":1}"#)
        .unwrap();

    let after = loaded(&store);

    assert!(after.newest.is_none());
    assert_eq!(after.quarantined.len(), 1);
}

#[test]
fn a_damaged_slot_that_cannot_be_moved_aside_is_never_written_over() {
    let store = MemoryStorage::with_room(260);
    store.set(SLOT_KEYS[0], &"#".repeat(200)).unwrap();

    let after = loaded(&store);
    assert_eq!(after.blocked_slots, vec![SLOT_KEYS[0]]);
    assert_eq!(store.get(SLOT_KEYS[0]).unwrap().unwrap(), "#".repeat(200));

    // Saving goes to the other slot (or fails for room), never over the damaged value.
    let _ = DraftSlots::new(&store).save(0, |_| Ok::<_, Infallible>("new".to_owned()));
    assert_eq!(store.get(SLOT_KEYS[0]).unwrap().unwrap(), "#".repeat(200));
}

#[test]
fn the_revision_is_handed_to_the_sealing_step() {
    let store = MemoryStorage::default();
    let slots = DraftSlots::new(&store);
    slots
        .save(0, |_| Ok::<_, Infallible>(String::new()))
        .unwrap();

    let mut seen = 0;
    slots
        .save(1, |revision| {
            seen = revision;
            Ok::<_, Infallible>(String::new())
        })
        .unwrap();

    assert_eq!(seen, 2);
}

#[test]
fn a_copy_that_fails_to_decrypt_can_be_moved_aside_and_the_older_one_is_then_newest() {
    let store = MemoryStorage::default();
    let slots = DraftSlots::new(&store);
    slots
        .save(0, |_| Ok::<_, Infallible>("older".to_owned()))
        .unwrap();
    slots
        .save(1, |_| Ok::<_, Infallible>("newer".to_owned()))
        .unwrap();
    let first = loaded(&store);
    assert_eq!(first.newest_slot, Some(SLOT_KEYS[1]));

    slots
        .quarantine_slot(SLOT_KEYS[1], "failed authentication", 5)
        .unwrap();

    assert_eq!(newest_text(&store).as_deref(), Some("older"));
    assert_eq!(quarantine::list(&store).unwrap().len(), 1);
}

#[test]
fn saving_in_both_slots_leaves_no_copy_of_before() {
    let store = MemoryStorage::default();
    let slots = DraftSlots::new(&store);
    slots
        .save(0, |_| Ok::<_, Infallible>("old key 1".to_owned()))
        .unwrap();
    slots
        .save(1, |_| Ok::<_, Infallible>("old key 2".to_owned()))
        .unwrap();

    let revision = slots
        .save_in_both(2, |revision| {
            Ok::<_, Infallible>(format!("new key {revision}"))
        })
        .unwrap();

    assert_eq!(revision, 4);
    for key in SLOT_KEYS {
        let stored = store.get(key).unwrap().unwrap();
        assert!(stored.contains("new key"), "{key}: {stored}");
    }
    assert_eq!(newest_text(&store).as_deref(), Some("new key 4"));
}

#[test]
fn saving_in_both_slots_refuses_a_stale_tab_and_writes_nothing() {
    let store = MemoryStorage::default();
    let slots = DraftSlots::new(&store);
    slots
        .save(0, |_| Ok::<_, Infallible>("first".to_owned()))
        .unwrap();
    let refused = slots.save_in_both(0, |_| Ok::<_, Infallible>("stale".to_owned()));
    assert!(matches!(refused, Err(SaveError::Conflict { .. })));
    assert_eq!(newest_text(&store).as_deref(), Some("first"));
}
