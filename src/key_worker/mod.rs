//! Argon2id off the page's thread: the key-derivation worker and the messages the page and the
//! worker exchange.
//!
//! Deriving a key costs 64 MiB and most of a second; on the page's own thread that freezes
//! every click and animation while a workspace is unlocked, recovered, created or given a new
//! passphrase. The worker is a second, small WebAssembly program (`src/bin/kdf_worker.rs`) that
//! links only this module and the crypto it calls, never Leptos or the app's state; the page's
//! side is `state::key_derivation`.
//!
//! May import crypto, js-sys, web-sys and wasm-bindgen; must not import leptos, state, storage
//! or ui (it runs inside the worker, where none of them exists).

pub mod protocol;
mod serve;

pub use serve::serve;
