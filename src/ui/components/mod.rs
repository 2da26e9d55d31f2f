//! Reusable pieces of the interface, one per file.

pub mod error_summary;
mod language_switch;
pub mod update_prompt;
pub mod text_field;

pub use error_summary::{ErrorSummary, SummaryEntry};
pub use language_switch::LanguageSwitch;
pub use text_field::TextField;
