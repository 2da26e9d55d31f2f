//! The app's reactive state: what the user is working on, shared with every screen through
//! Leptos context, and kept in step with storage.
//!
//! May import leptos, storage, crypto, i18n and domain; must not render anything (that is `ui`).

pub mod locale;

pub use locale::Locale;
