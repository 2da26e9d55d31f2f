//! C-TPAT Profile Editor: prepare a company's C-TPAT Security Profile and Portal account
//! information in the browser, keep drafts encrypted on the device, and export a signed file.
//!
//! The layers depend one way only (see `docs/architecture.md` §1):
//!
//! ```text
//! ui  →  state  →  storage  →  ctpat-core (crypto, i18n → domain)
//! ```
//!
//! `domain`, `crypto` and `i18n` live in the member crate `ctpat-core`, which cannot import the
//! browser stack; they are re-exported here so the app names them as its own layers.
//! `key_worker` stands apart: the code of the key-derivation worker (crypto and the browser's
//! worker API only), which `state` talks to through its messages.

pub use ctpat_core::{crypto, domain, i18n};

pub mod key_worker;
pub mod state;
pub mod storage;
pub mod ui;

/// The version shown in the footer and written into exported files.
pub const APP_VERSION: &str = env!("CARGO_PKG_VERSION");
