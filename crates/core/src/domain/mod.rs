//! What a C-TPAT profile is and what makes it valid: the model, the criteria catalogue,
//! identifier checks, validation and onboarding rules.
//!
//! Pure Rust. Must not import leptos, web-sys, js-sys, wasm-bindgen or gloo: everything here is
//! tested natively and reused by the command-line verifier.

pub mod annual_review;
pub mod business_type;
pub mod catalogue;
pub mod evidence_manifest;
pub mod example;
pub mod field_path;
pub mod identifiers;
pub mod json_reader;
pub mod language;
pub mod migration;
pub mod model;
pub mod onboarding;
pub mod portal_entry;
pub mod submission;
pub mod validation;

pub use business_type::BusinessType;
pub use field_path::{FieldPath, Owner, Register};
pub use language::Language;
