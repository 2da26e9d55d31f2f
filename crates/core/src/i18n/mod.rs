//! Every piece of text the user sees, in English, French (Canada) and Spanish (Mexico).
//!
//! The messages live in one data file, `messages/*.json`, compiled into the binary: a key maps to
//! its text in each language, with `{name}` placeholders for values filled in at run time.
//! Keeping them in one file lets a test prove that every key is complete in every language.
//!
//! Pure Rust: must not import leptos, web-sys or gloo.

mod catalogue;

pub use catalogue::{CatalogueError, CatalogueProblem, MessageCatalogue, messages};

use crate::domain::Language;

/// The text of `key` in `language`. A key the catalogue lacks shows as the key itself, so a
/// mistake is visible on screen rather than a blank; tests keep that from shipping.
pub fn text(language: Language, key: &str) -> &str {
    messages().text(language, key)
}

/// The text of `key` in `language` with each `{name}` placeholder replaced by its value.
/// Values are inserted as plain text; the UI escapes them like any other text.
pub fn format(language: Language, key: &str, args: &[(&str, &str)]) -> String {
    let mut out = text(language, key).to_owned();
    for (name, value) in args {
        out = out.replace(&format!("{{{name}}}"), value);
    }
    out
}
