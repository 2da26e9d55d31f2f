//! The pure layers of the C-TPAT Profile Editor: what a Security Profile is and which rules it
//! must meet (`domain`), how drafts are sealed and files signed (`crypto`), and the texts the
//! user reads in each language (`i18n`).
//!
//! This crate names no browser crate in its manifest, so nothing here can reach leptos, web-sys,
//! js-sys, wasm-bindgen or gloo: the layer rule is the compiler's, not a comment. The web app
//! builds its state and screens on it, `ctpat-verify` checks signed files with it, and most of
//! the product's logic is tested here natively with plain `cargo test`.
//!
//! ```text
//! crypto → domain
//! i18n   → domain, crypto (the messages of their errors)
//! ```

pub mod crypto;
pub mod domain;
pub mod i18n;
