//! Strict reading of a signed file's content once its signature checked out: the right kind,
//! a version this build reads, the model's shape, and no member we would silently drop.

use serde_json::Value;

use super::backup::{BACKUP_FORMAT, BACKUP_VERSION, WorkspaceBackup};
use super::example::is_marked_as_example;
use super::profile::{SUBMISSION_SCHEMA_VERSION, Submission, is_utc_timestamp};
use super::strict::{Mismatch, from_value_exactly};
use crate::domain::migration::{MigrationError, migrate_to_current};

/// What a signed file holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SignedContent {
    /// One entity account submitted for the Portal.
    Submission(Box<Submission>),
    /// A whole workspace.
    Backup(Box<WorkspaceBackup>),
}

/// Why the content of a correctly signed file is not accepted.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ContentError {
    /// Neither a submission nor a backup of this editor.
    #[error("the file is not a C-TPAT profile or workspace backup: {reason}")]
    WrongFormat {
        /// What gave it away.
        reason: String,
    },
    /// A submission schema or backup version this build does not read.
    #[error("the file uses version {found}, which this version of the editor does not read")]
    UnsupportedVersion {
        /// The version found, as written.
        found: String,
    },
    /// A member this build does not know: importing would silently drop it.
    #[error("the file holds a field this version of the editor does not know: {path}")]
    UnknownField {
        /// JSON Pointer to the member.
        path: String,
    },
    /// Exported from the example workspace: a demonstration, never a real submission or backup.
    #[error("the file was exported from the example workspace, not from a real one")]
    Example,
    /// A member has the wrong type or a required one is missing.
    #[error("the file does not have the expected shape: {reason}")]
    Shape {
        /// serde's explanation.
        reason: String,
    },
}

impl From<Mismatch> for ContentError {
    fn from(mismatch: Mismatch) -> Self {
        match mismatch {
            Mismatch::Shape(reason) => ContentError::Shape { reason },
            Mismatch::UnknownMember(path) => ContentError::UnknownField { path },
        }
    }
}

/// Reads the `profile` of a submission file.
pub fn read_submission(profile: &Value) -> Result<Submission, ContentError> {
    let object = profile
        .as_object()
        .ok_or_else(|| wrong("not a JSON object"))?;
    if is_marked_as_example(profile) {
        return Err(ContentError::Example);
    }
    match object.get("schemaVersion") {
        None => return Err(wrong("no \"schemaVersion\"")),
        Some(version) if version.as_u64() == Some(u64::from(SUBMISSION_SCHEMA_VERSION)) => {}
        Some(version) => {
            return Err(ContentError::UnsupportedVersion {
                found: version.to_string(),
            });
        }
    }
    let submission: Submission = from_value_exactly(profile, "")?;
    if !is_utc_timestamp(&submission.issued_at) {
        return Err(ContentError::Shape {
            reason: "\"issuedAt\" is not an RFC 3339 UTC time".into(),
        });
    }
    Ok(submission)
}

/// Reads the signed object of a backup file, bringing an older workspace up to date.
pub fn read_backup(signed: &Value) -> Result<WorkspaceBackup, ContentError> {
    let object = signed
        .as_object()
        .ok_or_else(|| wrong("not a JSON object"))?;
    if object.get("format").and_then(Value::as_str) != Some(BACKUP_FORMAT) {
        return Err(wrong("\"format\" is not \"ctpat-workspace-backup\""));
    }
    if is_marked_as_example(signed) {
        return Err(ContentError::Example);
    }
    match object.get("version") {
        Some(version) if version.as_u64() == Some(u64::from(BACKUP_VERSION)) => {}
        Some(version) => {
            return Err(ContentError::UnsupportedVersion {
                found: version.to_string(),
            });
        }
        None => return Err(wrong("no \"version\"")),
    }
    let workspace = object
        .get("workspace")
        .cloned()
        .ok_or_else(|| wrong("no \"workspace\""))?;
    let migrated = migrate_to_current(workspace).map_err(|error| match error {
        MigrationError::NewerVersion { found, .. } => ContentError::UnsupportedVersion {
            found: found.to_string(),
        },
        other => ContentError::Shape {
            reason: other.to_string(),
        },
    })?;
    let mut current = object.clone();
    current.insert("workspace".into(), migrated);
    let backup: WorkspaceBackup = from_value_exactly(&Value::Object(current), "")?;
    if !is_utc_timestamp(&backup.exported_at) {
        return Err(ContentError::Shape {
            reason: "\"exportedAt\" is not an RFC 3339 UTC time".into(),
        });
    }
    Ok(backup)
}

fn wrong(reason: &str) -> ContentError {
    ContentError::WrongFormat {
        reason: reason.to_owned(),
    }
}
