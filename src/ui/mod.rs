//! What the user sees: the page shell, screens (`pages/`) and reusable pieces (`components/`).
//!
//! Components show state and dispatch the user's actions; they decide no rules (those live in
//! `domain`) and touch no storage directly (that goes through `state`). All text comes from the
//! message catalogue through [`crate::state::Locale`].

mod app;
pub mod binding;
pub mod chosen_file;
pub mod components;
pub mod download;
pub mod field_focus;
pub mod field_id;
pub mod local_time;
pub mod pages;
pub mod start_program;
mod while_busy;

pub use app::App;
