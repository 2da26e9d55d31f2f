//! The signed backup of the whole workspace as a file to hand to the user.
//!
//! One builder for every place that offers it: the Transfer screen's "Back up the workspace" and
//! the emergency download offered when the workspace cannot be saved (storage full, another tab
//! saved first). Both give the same signed `ctpat-workspace-backup` file, so Import takes either
//! back; an unsigned copy would be refused there.

use thiserror::Error;

use super::vault_contents::VaultContents;
use crate::crypto::jws::SignError;
use crate::crypto::signed_file::sign_backup;
use crate::crypto::signing_key::KeyError;
use crate::domain::submission::{
    SubmissionError, backup_file_name, mark_as_example, workspace_backup,
};
use crate::i18n::{MessageKey, error_messages, msg};

/// A signed backup, ready to be downloaded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BackupFile {
    /// The file name offered: the company's name and the date of the backup.
    pub name: String,
    /// The signed JSON text of the file.
    pub text: String,
}

/// Why no backup could be made, so the screen that offered it can say so.
#[derive(Debug, Error)]
pub enum BackupError {
    /// The workspace's signing key cannot be read.
    #[error("the workspace's signing key cannot be read: {0}")]
    SigningKey(#[from] KeyError),
    /// The backup's content could not be built (such as a malformed timestamp).
    #[error(transparent)]
    Content(#[from] SubmissionError),
    /// Signing failed.
    #[error("the backup could not be signed: {0}")]
    Signing(#[from] SignError),
}

impl BackupError {
    /// The message shown for this error (in `messages/transfer.json`).
    pub fn message_key(&self) -> MessageKey {
        match self {
            BackupError::Content(error) => error_messages::submission_error(error),
            BackupError::SigningKey(_) | BackupError::Signing(_) => {
                msg::transfer::ERROR_EXPORT_FAILED
            }
        }
    }
}

/// Builds the signed backup of `contents`, written at `now` (RFC 3339 UTC, as the browser's
/// `Date.toISOString` gives it).
pub fn signed_backup(contents: &VaultContents, now: &str) -> Result<BackupFile, BackupError> {
    let key = contents.signing_key()?;
    let mut backup = workspace_backup(&contents.workspace, now)?;
    if contents.example {
        mark_as_example(&mut backup);
    }
    let signed = sign_backup(&backup, &key)?;
    let name = backup_file_name(
        &contents.workspace.organization.legal_name,
        now.get(..10).unwrap_or_default(),
    );
    Ok(BackupFile {
        name,
        text: signed.to_json_pretty(),
    })
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;
    use crate::crypto::signed_file::read_signed_file;
    use crate::domain::submission::SignedContent;

    const NOW: &str = "2026-11-28T10:15:00.000Z";

    #[test]
    fn the_backup_is_a_signed_file_that_import_reads_back_with_everything_typed() {
        let mut contents = VaultContents::new().unwrap();
        contents.workspace.organization.legal_name = "Acme Cross-Border Imports".to_owned();

        let file = signed_backup(&contents, NOW).unwrap();

        assert_eq!(
            file.name,
            "acme-cross-border-imports-backup-2026-11-28.json"
        );
        let imported = read_signed_file(&file.text).unwrap();
        assert_eq!(
            imported.signer,
            contents.signing_key().unwrap().fingerprint()
        );
        let SignedContent::Backup(backup) = imported.content else {
            panic!("read back as a submission");
        };
        assert_eq!(backup.workspace, contents.workspace);
        assert_eq!(backup.exported_at, NOW);
    }

    #[test]
    fn a_backup_of_the_example_is_signed_but_import_refuses_it_as_an_example() {
        let today = crate::domain::model::sample::sample_today();
        let contents = VaultContents::example(crate::domain::Language::English, today).unwrap();

        let file = signed_backup(&contents, NOW).unwrap();

        let error = read_signed_file(&file.text).unwrap_err();
        assert_eq!(
            error_messages::import_error(&error),
            msg::example_mode::IMPORT_REFUSED
        );
    }

    #[test]
    fn a_malformed_time_is_refused_with_the_export_message() {
        let contents = VaultContents::new().unwrap();

        let error = signed_backup(&contents, "yesterday").unwrap_err();

        assert_eq!(error.message_key(), msg::transfer::ERROR_EXPORT_FAILED);
    }
}
