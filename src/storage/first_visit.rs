//! Whether this browser is on its first visit: its storage holds nothing of this deployment but,
//! at most, the language saved on the start page. Only then may the start program show the start
//! page by itself; anything else (a workspace, a copy kept aside, keys of an earlier version
//! still to adopt, storage that cannot be read) is for the editor to open and explain.

use super::backend::KeyValueStore;
use super::keys;
use super::namespace;

/// Whether `raw` (every key of the origin, without namespacing) holds no key of this app for
/// `namespace` but its preferences, and none written before namespaces (which the editor adopts
/// first). Other deployments' keys and other apps' keys do not count. Storage that cannot be
/// listed is not a first visit: the editor says what is wrong with it.
pub fn is_first_visit(raw: &impl KeyValueStore, namespace: &str) -> bool {
    raw.keys().is_ok_and(|stored| {
        stored.iter().all(|key| {
            if !keys::is_ours(key) {
                return true;
            }
            if !namespace::has_namespace(key) {
                return false;
            }
            namespace::app_key(key, namespace).is_none_or(|key| key == keys::PREFERENCES)
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::storage::StorageError;
    use crate::storage::backend::MemoryStorage;

    const HERE: &str = "/tools/ctpat/";

    fn storage_with(keys: &[&str]) -> MemoryStorage {
        let storage = MemoryStorage::default();
        for key in keys {
            storage
                .set(key, "{}")
                .expect("memory storage takes every write");
        }
        storage
    }

    #[test]
    fn empty_storage_and_a_saved_language_are_a_first_visit() {
        assert!(is_first_visit(&storage_with(&[]), HERE));
        assert!(is_first_visit(
            &storage_with(&["ctpat.preferences.v1@/tools/ctpat/"]),
            HERE
        ));
    }

    #[test]
    fn other_apps_and_other_deployments_keys_do_not_count() {
        assert!(is_first_visit(
            &storage_with(&[
                "theme",
                "other.app.v2",
                "ctpat.draft.v1.a@/staging/",
                "ctpat.preferences.v1@/staging/"
            ]),
            HERE
        ));
    }

    #[test]
    fn anything_else_of_ours_is_for_the_editor() {
        for key in [
            // a workspace of this deployment
            "ctpat.draft.v1.a@/tools/ctpat/",
            // written before namespaces: the editor adopts it
            "ctpat.draft.v1.a",
            "ctpat.preferences.v1",
            // a copy kept aside
            "ctpat.quarantine.v1.1@/tools/ctpat/",
        ] {
            assert!(
                !is_first_visit(&storage_with(&[key]), HERE),
                "{key} was taken for a first visit"
            );
        }
    }

    /// A store that cannot be listed, as when the browser blocks storage.
    struct Blocked;

    impl KeyValueStore for Blocked {
        fn get(&self, _: &str) -> Result<Option<String>, StorageError> {
            Err(StorageError::Unavailable("blocked".into()))
        }
        fn set(&self, _: &str, _: &str) -> Result<(), StorageError> {
            Err(StorageError::Unavailable("blocked".into()))
        }
        fn remove(&self, _: &str) -> Result<(), StorageError> {
            Err(StorageError::Unavailable("blocked".into()))
        }
        fn keys(&self) -> Result<Vec<String>, StorageError> {
            Err(StorageError::Unavailable("blocked".into()))
        }
    }

    #[test]
    fn storage_that_cannot_be_read_is_for_the_editor() {
        assert!(!is_first_visit(&Blocked, HERE));
    }
}
