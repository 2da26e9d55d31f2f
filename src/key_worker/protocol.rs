//! The messages between the page and the key-derivation worker, as plain JavaScript objects
//! (no JSON, no serde: the worker stays small and the bytes travel as transferred buffers, so no
//! copy of a secret is left behind in the sender).
//!
//! page → worker: `{id, memoryKib, iterations, parallelism, secret, salt}` (the two byte arrays
//! transferred); worker → page: `{ready: true}` once it can take requests, then for each request
//! `{id, key}` (transferred) or `{id, failed: true}` when the settings cannot be used.

use js_sys::{Array, Object, Reflect, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};

use crate::crypto::kdf::{KEY_LEN, KdfParams, SecretKey};

/// One key asked of the worker.
pub struct Request {
    /// Matches the reply to its request.
    pub id: u32,
    /// The Argon2id settings.
    pub params: KdfParams,
    /// The passphrase or recovery secret; transferred, then wiped by the worker.
    pub secret: Uint8Array,
    /// The salt.
    pub salt: Uint8Array,
}

/// What the worker says.
pub enum Reply {
    /// The worker has started and takes requests.
    Ready,
    /// The key of request `id`.
    Key {
        /// The request answered.
        id: u32,
        /// The 32 bytes of the key; transferred, and wiped by the page once read.
        key: Uint8Array,
    },
    /// Request `id` had settings the key derivation refuses (the same refusal as in place).
    Failed {
        /// The request answered.
        id: u32,
    },
}

impl Request {
    /// The request for `params`, `secret` and `salt`, copied into buffers of their own that
    /// are transferred (not copied again) to the worker.
    pub fn new(id: u32, params: KdfParams, secret: &[u8], salt: &[u8]) -> Request {
        Request {
            id,
            params,
            secret: Uint8Array::from(secret),
            salt: Uint8Array::from(salt),
        }
    }

    /// The message to post.
    pub fn to_js(&self) -> JsValue {
        let message = Object::new();
        set(&message, "id", self.id.into());
        set(&message, "memoryKib", self.params.memory_kib.into());
        set(&message, "iterations", self.params.iterations.into());
        set(&message, "parallelism", self.params.parallelism.into());
        set(&message, "secret", self.secret.clone().into());
        set(&message, "salt", self.salt.clone().into());
        message.into()
    }

    /// The buffers handed over with the message.
    pub fn transfer(&self) -> Array {
        Array::of2(&self.secret.buffer(), &self.salt.buffer())
    }

    /// The request a message holds, or `None` for anything else.
    pub fn from_js(message: &JsValue) -> Option<Request> {
        Some(Request {
            id: number(message, "id")?,
            params: KdfParams {
                memory_kib: number(message, "memoryKib")?,
                iterations: number(message, "iterations")?,
                parallelism: number(message, "parallelism")?,
            },
            secret: bytes(message, "secret")?,
            salt: bytes(message, "salt")?,
        })
    }
}

impl Reply {
    /// The reply carrying `key` for request `id`.
    pub fn key(id: u32, key: &SecretKey) -> Reply {
        Reply::Key {
            id,
            key: Uint8Array::from(key.as_slice()),
        }
    }

    /// The message to post.
    pub fn to_js(&self) -> JsValue {
        let message = Object::new();
        match self {
            Reply::Ready => set(&message, "ready", true.into()),
            Reply::Key { id, key } => {
                set(&message, "id", (*id).into());
                set(&message, "key", key.clone().into());
            }
            Reply::Failed { id } => {
                set(&message, "id", (*id).into());
                set(&message, "failed", true.into());
            }
        }
        message.into()
    }

    /// The buffers handed over with the message.
    pub fn transfer(&self) -> Array {
        match self {
            Reply::Key { key, .. } => Array::of1(&key.buffer()),
            Reply::Ready | Reply::Failed { .. } => Array::new(),
        }
    }

    /// The reply a message holds, or `None` for anything else.
    pub fn from_js(message: &JsValue) -> Option<Reply> {
        if Reflect::get(message, &"ready".into()).ok()? == JsValue::TRUE {
            return Some(Reply::Ready);
        }
        let id = number(message, "id")?;
        if Reflect::get(message, &"failed".into()).ok()? == JsValue::TRUE {
            return Some(Reply::Failed { id });
        }
        Some(Reply::Key {
            id,
            key: bytes(message, "key")?,
        })
    }
}

/// Reads the key out of a reply's bytes and wipes them; `None` unless they are a whole key.
pub fn take_key(bytes: &Uint8Array) -> Option<SecretKey> {
    let mut key = SecretKey::new([0; KEY_LEN]);
    let whole = bytes.length() as usize == KEY_LEN;
    if whole {
        bytes.copy_to(key.as_mut_slice());
    }
    bytes.fill(0, 0, bytes.length());
    whole.then_some(key)
}

fn set(message: &Object, name: &str, value: JsValue) {
    // Setting a property of a plain object made here cannot fail.
    let _ = Reflect::set(message, &name.into(), &value);
}

fn number(message: &JsValue, name: &str) -> Option<u32> {
    let value = Reflect::get(message, &name.into()).ok()?.as_f64()?;
    (value.fract() == 0.0 && (0.0..=f64::from(u32::MAX)).contains(&value)).then_some(value as u32)
}

fn bytes(message: &JsValue, name: &str) -> Option<Uint8Array> {
    Reflect::get(message, &name.into()).ok()?.dyn_into().ok()
}
