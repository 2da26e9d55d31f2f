//! C-TPAT Profile Editor: prepare a company's C-TPAT Security Profile and Portal account
//! information in the browser, keep drafts encrypted on the device, and export a signed file.
//!
//! The layers depend one way only (see `docs/architecture.md` §1):
//!
//! ```text
//! ui  →  state  →  storage, crypto  →  domain
//!                  i18n → domain
//! ```
//!
//! `domain`, `crypto` and `i18n` are pure Rust and never import the browser stack, so most of the
//! logic is tested natively with plain `cargo test`.

pub mod crypto;
pub mod domain;
pub mod i18n;
pub mod state;
pub mod storage;
pub mod ui;

/// The version shown in the footer and written into exported files.
pub const APP_VERSION: &str = env!("CARGO_PKG_VERSION");
