//! Every piece of text the user sees, in English, French (Canada) and Spanish (Mexico).
//!
//! The messages live in data files, `messages/*.json`: a key maps to its text in each
//! language, with `{name}` placeholders for values filled in at run time. Code names a message
//! by a [`MessageKey`] constant of [`msg`], generated from those files, so a key the files lack
//! does not compile; tests prove every key complete in every language. English is compiled into
//! every build; the other languages may come as packs installed at run time ([`pack_file`]).
//!
//! Pure Rust: must not import leptos, web-sys or gloo.

mod catalogue;
pub mod error_messages;
pub mod findings;
pub mod identifiers;
mod message_key;
pub mod msg;
pub mod names;

pub use catalogue::{
    CatalogueError, CatalogueProblem, MessageCatalogue, install_pack, messages, pack_file,
};
pub use message_key::MessageKey;

use crate::domain::Language;

/// The text of `key` in `language`.
pub fn text(language: Language, key: MessageKey) -> &'static str {
    messages().text(language, key.as_str())
}

/// The text of `key` in `language` with each `{name}` placeholder replaced by its value.
/// Values are inserted as plain text; the UI escapes them like any other text.
pub fn format(language: Language, key: MessageKey, args: &[(&str, &str)]) -> String {
    let mut out = text(language, key).to_owned();
    for (name, value) in args {
        out = out.replace(&format!("{{{name}}}"), value);
    }
    out
}
