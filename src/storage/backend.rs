//! The key–value store underneath everything kept in the browser: localStorage in the app, an
//! in-memory map in native tests (where the write protocol and quarantine rules are checked,
//! including full storage and writes that do not read back).

use std::cell::RefCell;
use std::collections::BTreeMap;

use gloo_storage::{LocalStorage, Storage};

use super::StorageError;

/// Raw string storage with the few operations the draft protocol needs.
pub trait KeyValueStore {
    /// The value under `key`, if any.
    fn get(&self, key: &str) -> Result<Option<String>, StorageError>;
    /// Stores `value` under `key`; [`StorageError::Full`] when the browser refuses for lack of room.
    fn set(&self, key: &str, value: &str) -> Result<(), StorageError>;
    /// Removes `key` (no error if absent).
    fn remove(&self, key: &str) -> Result<(), StorageError>;
    /// Every key currently stored.
    fn keys(&self) -> Result<Vec<String>, StorageError>;
}

/// The browser's localStorage for this origin, seen through this deployment's namespace (the
/// folder the app is served from, see [`super::namespace`]): keys are stored with it and only
/// keys with it are listed.
#[derive(Debug, Clone, Copy, Default)]
pub struct BrowserStorage;

impl BrowserStorage {
    /// This deployment's namespace, from the page's address (read once).
    pub fn namespace() -> &'static str {
        static NAMESPACE: std::sync::OnceLock<String> = std::sync::OnceLock::new();
        NAMESPACE.get_or_init(|| {
            let pathname = web_sys::window()
                .and_then(|window| window.location().pathname().ok())
                .unwrap_or_default();
            super::namespace::of_path(&pathname)
        })
    }

    /// Whether a key named in a `storage` event (another tab's write) is this deployment's
    /// `key`.
    pub fn is_stored_key_of(stored: &str, key: &str) -> bool {
        super::namespace::app_key(stored, Self::namespace()) == Some(key)
    }
}

impl KeyValueStore for BrowserStorage {
    fn get(&self, key: &str) -> Result<Option<String>, StorageError> {
        RawLocalStorage.get(&super::namespace::stored_key(key, Self::namespace()))
    }

    fn set(&self, key: &str, value: &str) -> Result<(), StorageError> {
        RawLocalStorage.set(&super::namespace::stored_key(key, Self::namespace()), value)
    }

    fn remove(&self, key: &str) -> Result<(), StorageError> {
        RawLocalStorage.remove(&super::namespace::stored_key(key, Self::namespace()))
    }

    fn keys(&self) -> Result<Vec<String>, StorageError> {
        let namespace = Self::namespace();
        Ok(RawLocalStorage
            .keys()?
            .iter()
            .filter_map(|stored| super::namespace::app_key(stored, namespace).map(str::to_owned))
            .collect())
    }
}

/// localStorage as it is, every key of the origin: only for adopting keys written before
/// namespaces existed.
#[derive(Debug, Clone, Copy, Default)]
pub struct RawLocalStorage;

impl KeyValueStore for RawLocalStorage {
    fn get(&self, key: &str) -> Result<Option<String>, StorageError> {
        LocalStorage::raw().get_item(key).map_err(js_error)
    }

    fn set(&self, key: &str, value: &str) -> Result<(), StorageError> {
        LocalStorage::raw().set_item(key, value).map_err(js_error)
    }

    fn remove(&self, key: &str) -> Result<(), StorageError> {
        LocalStorage::raw().remove_item(key).map_err(js_error)
    }

    fn keys(&self) -> Result<Vec<String>, StorageError> {
        let storage = LocalStorage::raw();
        let length = storage.length().map_err(js_error)?;
        let mut keys = Vec::with_capacity(length as usize);
        for index in 0..length {
            if let Some(key) = storage.key(index).map_err(js_error)? {
                keys.push(key);
            }
        }
        Ok(keys)
    }
}

/// Turns what the browser threw into a storage error; a `QuotaExceededError` means full.
fn js_error(value: wasm_bindgen::JsValue) -> StorageError {
    let field = |name: &str| {
        js_sys::Reflect::get(&value, &name.into())
            .ok()
            .and_then(|field| field.as_string())
            .unwrap_or_default()
    };
    let name = field("name");
    if name == "QuotaExceededError" {
        StorageError::Full
    } else {
        StorageError::Unavailable(format!("{name}: {}", field("message")))
    }
}

/// An in-memory store for tests, with an optional room limit (in UTF-16 code units, as browsers
/// count) and an optional fault that corrupts what a write stores.
#[derive(Debug, Default)]
pub struct MemoryStorage {
    entries: RefCell<BTreeMap<String, String>>,
    room: Option<usize>,
    corrupt_writes: RefCell<bool>,
}

impl MemoryStorage {
    /// A store that refuses writes once its contents would exceed `room` code units.
    pub fn with_room(room: usize) -> Self {
        Self {
            room: Some(room),
            ..Self::default()
        }
    }

    /// From now on, every write stores a damaged value (a write that does not read back).
    pub fn corrupt_writes(&self, corrupt: bool) {
        *self.corrupt_writes.borrow_mut() = corrupt;
    }

    fn used_without(&self, key: &str) -> usize {
        self.entries
            .borrow()
            .iter()
            .filter(|(stored, _)| stored.as_str() != key)
            .map(|(stored, value)| stored.encode_utf16().count() + value.encode_utf16().count())
            .sum()
    }
}

impl KeyValueStore for MemoryStorage {
    fn get(&self, key: &str) -> Result<Option<String>, StorageError> {
        Ok(self.entries.borrow().get(key).cloned())
    }

    fn set(&self, key: &str, value: &str) -> Result<(), StorageError> {
        if let Some(room) = self.room {
            let needed = key.encode_utf16().count() + value.encode_utf16().count();
            if self.used_without(key) + needed > room {
                return Err(StorageError::Full);
            }
        }
        let stored = if *self.corrupt_writes.borrow() {
            value.chars().rev().collect()
        } else {
            value.to_owned()
        };
        self.entries.borrow_mut().insert(key.to_owned(), stored);
        Ok(())
    }

    fn remove(&self, key: &str) -> Result<(), StorageError> {
        self.entries.borrow_mut().remove(key);
        Ok(())
    }

    fn keys(&self) -> Result<Vec<String>, StorageError> {
        Ok(self.entries.borrow().keys().cloned().collect())
    }
}
