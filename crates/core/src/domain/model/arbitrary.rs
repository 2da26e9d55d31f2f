//! Strategies for property tests of the model where a derived one would miss the interesting
//! cases (answers keyed by real criterion IDs as well as by anything else) or grow too large
//! (proptest's default lists of up to 100 items, nested four deep).

use std::collections::{BTreeMap, BTreeSet};

use proptest::prelude::*;

use super::portal_entry::PortalQuestionRef;
use super::profile::CriterionAnswer;

/// Answer maps keyed by plausible criterion IDs (`1.1`–`12.20`) and by arbitrary text.
pub fn answers() -> impl Strategy<Value = BTreeMap<String, CriterionAnswer>> {
    let key = prop_oneof![
        (1u8..=12, 1u8..=20).prop_map(|(category, number)| format!("{category}.{number}")),
        any::<String>(),
    ];
    prop::collection::btree_map(key, any::<CriterionAnswer>(), 0..6)
}

/// Lists of up to 3 items: enough for every rule over a list, small enough to nest.
pub fn few<T: Arbitrary>() -> impl Strategy<Value = Vec<T>> {
    prop::collection::vec(any::<T>(), 0..4)
}

/// Portal ticks of up to 3 accounts, a few each.
pub fn portal_entered() -> impl Strategy<Value = BTreeMap<String, BTreeSet<PortalQuestionRef>>> {
    prop::collection::btree_map(
        any::<String>(),
        prop::collection::btree_set(any::<PortalQuestionRef>(), 0..4),
        0..4,
    )
}
