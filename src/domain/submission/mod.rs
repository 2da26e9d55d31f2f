//! The two signed files the editor writes and reads back: the submission of one entity account
//! (DESIGN.md §4.1) and the backup of the whole workspace.
//!
//! Building the JSON and reading it back are pure: the caller passes the profile id and the
//! time (the domain has no clock and no randomness). Both files are signed the same way by
//! `crypto::jws`; [`signed_file`] joins the signature check to the strict reading of the
//! content, so the app's import and the command-line verifier accept exactly the same files.

mod backup;
mod content;
mod file_name;
#[cfg(test)]
mod fuzz;
mod profile;
pub mod signed_file;
mod strict;
#[cfg(test)]
mod tests;

pub use backup::{BACKUP_FORMAT, BACKUP_TYPE, BACKUP_VERSION, WorkspaceBackup, workspace_backup};
pub use content::{ContentError, SignedContent, read_backup, read_submission};
pub use file_name::{backup_file_name, submission_file_name};
pub use profile::{
    MainAccount, SUBMISSION_SCHEMA_VERSION, Submission, SubmissionError, SubmissionSummary,
    submission_profile,
};
pub use signed_file::{ImportError, ImportedFile, read_signed_file, sign_backup, sign_submission};
