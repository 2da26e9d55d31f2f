//! Reusable pieces of the interface, one per file.

pub mod bring_back_form;
pub mod choice_field;
pub mod error_summary;
pub mod evidence_list;
pub mod field_feedback;
pub mod finding_link;
pub mod identifier_fields;
pub mod input_field;
pub mod keyed_for;
mod language_switch;
pub mod leaving_field;
pub mod new_passphrase;
pub mod newer_version_notice;
pub mod notification_banner;
pub mod onboarding_steps;
pub mod page_frame;
pub mod question_fieldset;
pub mod recovery_kit;
pub mod register_list;
pub mod save_indicator;
pub mod select_field;
pub mod show;
pub mod storage_room;
pub mod task_list;
pub mod update_prompt;
pub mod workspace_username;

pub use error_summary::{ErrorSummary, SummaryEntry};
pub use language_switch::LanguageSwitch;
pub use workspace_username::WorkspaceUsername;
