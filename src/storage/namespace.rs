//! One deployment, one namespace. Two copies of the editor served from two folders of one
//! origin (production and staging under two paths of one host) share the same localStorage: so
//! every key this app writes carries the folder it is served from (`ctpat.draft.v1.a@/tools/ctpat/`)
//! and each copy reads and lists only its own. Keys written before namespaces existed (no `@`)
//! are adopted once by the first copy that starts, losing nothing: a key its namespace already
//! holds is moved aside into quarantine rather than dropped.
//!
//! A namespace separates deployments; it does not protect them from each other: any script on
//! the origin can read localStorage, which is why a dedicated origin is recommended.

use super::StorageError;
use super::backend::KeyValueStore;
use super::keys::PREFIX;
use super::quarantine::{self, UnreadableReason};

/// What separates a key from the namespace after it.
const SEPARATOR: char = '@';

/// The namespace of a page at `pathname`: the folder it is served from (`/ctpat/editor/` for
/// `/ctpat/editor/index.html`, `/` for the site root).
pub fn of_path(pathname: &str) -> String {
    match pathname.rfind('/') {
        Some(end) => pathname[..=end].to_owned(),
        None => "/".to_owned(),
    }
}

/// The key stored in localStorage for the app's `key` in `namespace`.
pub fn stored_key(key: &str, namespace: &str) -> String {
    format!("{key}{SEPARATOR}{namespace}")
}

/// The app's key for a stored key, if it belongs to `namespace`.
pub fn app_key<'k>(stored: &'k str, namespace: &str) -> Option<&'k str> {
    stored
        .strip_suffix(namespace)?
        .strip_suffix(SEPARATOR)
        .filter(|key| !key.contains(SEPARATOR))
}

/// Whether a stored key carries a namespace (keys written before namespaces do not).
pub fn has_namespace(stored: &str) -> bool {
    stored.contains(SEPARATOR)
}

/// Moves every key of this app written without a namespace into `namespace`. `raw` is the
/// store without namespacing, `ours` the same store seen through `namespace`. Returns the
/// quarantine keys of values that could not take their place because the namespace already
/// held that key.
pub fn adopt_keys_without_namespace(
    raw: &impl KeyValueStore,
    ours: &impl KeyValueStore,
    namespace: &str,
    now_ms: u64,
) -> Result<Vec<String>, StorageError> {
    let mut quarantined = Vec::new();
    for key in raw.keys()? {
        if !key.starts_with(PREFIX) || key.contains(SEPARATOR) {
            continue;
        }
        let Some(value) = raw.get(&key)? else {
            continue;
        };
        if ours.get(&key)?.is_none() {
            ours.set(&key, &value)?;
            if ours.get(&key)?.as_deref() != Some(value.as_str()) {
                return Err(StorageError::Unavailable(format!(
                    "{key} did not read back in {namespace}"
                )));
            }
        } else {
            let reason = UnreadableReason::Damaged {
                detail: format!("written without a namespace after {namespace} held the same key"),
            };
            quarantined.push(quarantine::keep_aside(ours, &key, &value, reason, now_ms)?);
        }
        raw.remove(&key)?;
    }
    Ok(quarantined)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::storage::backend::MemoryStorage;

    /// A namespaced view of a memory store, as BrowserStorage is of localStorage.
    struct Namespaced<'s> {
        raw: &'s MemoryStorage,
        namespace: &'static str,
    }

    impl KeyValueStore for Namespaced<'_> {
        fn get(&self, key: &str) -> Result<Option<String>, StorageError> {
            self.raw.get(&stored_key(key, self.namespace))
        }
        fn set(&self, key: &str, value: &str) -> Result<(), StorageError> {
            self.raw.set(&stored_key(key, self.namespace), value)
        }
        fn remove(&self, key: &str) -> Result<(), StorageError> {
            self.raw.remove(&stored_key(key, self.namespace))
        }
        fn keys(&self) -> Result<Vec<String>, StorageError> {
            Ok(self
                .raw
                .keys()?
                .iter()
                .filter_map(|key| app_key(key, self.namespace).map(str::to_owned))
                .collect())
        }
    }

    #[test]
    fn the_namespace_is_the_folder_the_page_is_served_from() {
        assert_eq!(of_path("/ctpat/editor/index.html"), "/ctpat/editor/");
        assert_eq!(of_path("/ctpat/editor/"), "/ctpat/editor/");
        assert_eq!(of_path("/"), "/");
        assert_eq!(of_path(""), "/");
    }

    #[test]
    fn two_deployments_see_only_their_own_keys() {
        let raw = MemoryStorage::default();
        let production = Namespaced {
            raw: &raw,
            namespace: "/ctpat/",
        };
        let staging = Namespaced {
            raw: &raw,
            namespace: "/ctpat/staging/",
        };
        production.set("ctpat.draft.v1.a", "production").unwrap();
        staging.set("ctpat.draft.v1.a", "staging").unwrap();

        assert_eq!(
            production.get("ctpat.draft.v1.a").unwrap().as_deref(),
            Some("production")
        );
        assert_eq!(
            staging.get("ctpat.draft.v1.a").unwrap().as_deref(),
            Some("staging")
        );
        assert_eq!(production.keys().unwrap(), vec!["ctpat.draft.v1.a"]);
        assert_eq!(staging.keys().unwrap(), vec!["ctpat.draft.v1.a"]);
    }

    #[test]
    fn keys_from_before_namespaces_are_adopted_once_and_nothing_is_lost() {
        let raw = MemoryStorage::default();
        raw.set("ctpat.draft.v1.a", "old copy a").unwrap();
        raw.set("ctpat.draft.v1.b", "old copy b").unwrap();
        raw.set("ctpat.preferences.v1", "{\"language\":\"fr\"}")
            .unwrap();
        raw.set("another-app", "not ours").unwrap();
        let ours = Namespaced {
            raw: &raw,
            namespace: "/ctpat/",
        };
        ours.set("ctpat.draft.v1.b", "already here").unwrap();

        let quarantined = adopt_keys_without_namespace(&raw, &ours, "/ctpat/", 7).unwrap();

        assert_eq!(
            ours.get("ctpat.draft.v1.a").unwrap().as_deref(),
            Some("old copy a")
        );
        assert_eq!(
            ours.get("ctpat.preferences.v1").unwrap().as_deref(),
            Some("{\"language\":\"fr\"}")
        );
        assert_eq!(raw.get("ctpat.draft.v1.a").unwrap(), None);
        assert_eq!(raw.get("another-app").unwrap().as_deref(), Some("not ours"));
        // The key the namespace already held: its value stays, the old one is kept aside.
        assert_eq!(quarantined.len(), 1);
        let kept = ours.get(&quarantined[0]).unwrap().unwrap();
        assert!(kept.contains("old copy b"));
        assert_eq!(
            ours.get("ctpat.draft.v1.b").unwrap().as_deref(),
            Some("already here")
        );

        // A second start finds nothing left to adopt.
        assert!(
            adopt_keys_without_namespace(&raw, &ours, "/ctpat/", 8)
                .unwrap()
                .is_empty()
        );
    }
}
