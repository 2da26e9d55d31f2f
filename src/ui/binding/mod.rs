//! Binding a field of the workspace to the control that shows it: one mechanism for every
//! text, choice, flag and date field of every page.
//!
//! A page says where its fields live (a [`FieldSource`]: the whole workspace, one account's
//! answer, one register row) and binds each field from its address, a read and a write; the
//! [`FieldBinding`] it gets back is what an `InputField`, `SelectField` or `ChoiceField` takes.
//! Every edit goes through `Session::edit_at` with the field's address, so only the scopes that
//! address affects are re-checked, and every value and message is a memo of its own, so a
//! keystroke re-renders only the field it changed.

mod draft_fields;
mod field_binding;
mod field_source;
mod form;
pub mod options;

pub use draft_fields::DraftFields;
pub use field_binding::FieldBinding;
pub use field_source::FieldSource;
pub use form::{AccountForm, Form, WorkspaceFields};
