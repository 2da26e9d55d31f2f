//! Reusable pieces of the interface, one per file.

mod language_switch;

pub use language_switch::LanguageSwitch;
