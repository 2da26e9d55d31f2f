//! The backup of a whole workspace: everything the user typed, to move to another machine.
//!
//! `{"format": "ctpat-workspace-backup", "version": 1, "exportedAt": "…", "workspace": {…}}`,
//! signed like a submission (with `typ` [`BACKUP_TYPE`]) so that a changed backup is refused.
//! It is not encrypted and holds no secret: the signing key and the passphrase stay in the vault.

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::SubmissionError;
use super::profile::is_utc_timestamp;
use crate::domain::model::Workspace;

/// The `format` member that marks a workspace backup.
pub const BACKUP_FORMAT: &str = "ctpat-workspace-backup";
/// The backup layout version this build writes and reads.
pub const BACKUP_VERSION: u32 = 1;
/// The JWS `typ` of a signed backup, so it is never mistaken for a submission.
pub const BACKUP_TYPE: &str = "ctpat-workspace-backup+jws";

/// A backup as read back.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct WorkspaceBackup {
    /// Always [`BACKUP_FORMAT`].
    pub format: String,
    /// Always [`BACKUP_VERSION`].
    pub version: u32,
    /// When the backup was written, RFC 3339 UTC.
    pub exported_at: String,
    /// The whole workspace, brought to the current schema.
    pub workspace: Workspace,
}

/// The object to sign as a backup of `workspace`, written at `exported_at` (RFC 3339 UTC).
pub fn workspace_backup(
    workspace: &Workspace,
    exported_at: &str,
) -> Result<Value, SubmissionError> {
    if !is_utc_timestamp(exported_at) {
        return Err(SubmissionError::InvalidIssuedAt {
            found: exported_at.to_owned(),
        });
    }
    let backup = WorkspaceBackup {
        format: BACKUP_FORMAT.to_owned(),
        version: BACKUP_VERSION,
        exported_at: exported_at.to_owned(),
        workspace: workspace.clone(),
    };
    // Model types are strings, whole numbers, lists and maps: serializing cannot fail.
    Ok(serde_json::to_value(backup).unwrap_or(Value::Null))
}
