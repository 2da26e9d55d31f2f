//! The two signed files the editor writes and reads back: the submission of one entity account
//! (docs/file-formats.md §2) and the backup of the whole workspace (§3).
//!
//! Building the JSON and reading it back are pure: the caller passes the profile id and the
//! time (the domain has no clock and no randomness). Signing them and checking a signature is
//! `crypto::signed_file`'s job; this module only builds and strictly reads the content.

mod backup;
mod content;
mod example;
mod file_name;
mod profile;
mod strict;

pub use backup::{BACKUP_FORMAT, BACKUP_TYPE, BACKUP_VERSION, WorkspaceBackup, workspace_backup};
pub use content::{ContentError, SignedContent, read_backup, read_submission};
pub use example::{EXAMPLE_MEMBER, mark_as_example};
pub use file_name::evidence_manifest_file_name;
pub use file_name::{backup_file_name, reminder_file_name, submission_file_name};
pub use profile::{
    MainAccount, SUBMISSION_SCHEMA_VERSION, Submission, SubmissionError, SubmissionSummary,
    submission_profile,
};
