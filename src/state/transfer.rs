//! Export and import as the screens offer them: signing a submission of one account or a backup
//! of the whole workspace, reading a file the user chose, and bringing what it holds into the
//! open workspace. What a file means and what an import changes is decided here, with one typed
//! error; the screens only show it.
//!
//! Every export is signed with the workspace's own key and read back by the same
//! `read_signed_file` as the command-line verifier. Nothing is replaced by an import unless the
//! workspace as it is was first kept so the import can be undone.

use thiserror::Error;

use super::clock::now_utc;
use super::import_undo::{self, UndoError};
use super::item_id::{new_item_id, new_submission_id};
use super::kept_aside;
use super::session::Session;
use super::vault_contents::VaultContents;
use crate::APP_VERSION;
use crate::crypto::jws::SignError;
use crate::crypto::signed_file::{ImportError, ImportedFile, read_signed_file, sign_backup};
use crate::crypto::signing_key::KeyError;
use crate::domain::submission::{
    Submission, SubmissionError, WorkspaceBackup, backup_file_name, mark_as_example,
    submission_file_name, submission_profile, workspace_backup,
};
use crate::i18n::{MessageKey, error_messages, msg};
use crate::storage::quarantine::QuarantinedValue;
use crate::storage::undo_copy::ImportKind;

/// A signed file, ready to be handed to the user.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExportedFile {
    /// The file name offered: the company's name, what the file is and its date.
    pub name: String,
    /// The signed JSON text of the file.
    pub text: String,
}

/// Why an export or an import did not happen, as the user needs to hear it.
#[derive(Debug, Error)]
pub enum TransferError {
    /// No workspace is open.
    #[error("no workspace is open")]
    Locked,
    /// The workspace's signing key cannot be read.
    #[error("the workspace's signing key cannot be read: {0}")]
    SigningKey(#[from] KeyError),
    /// The device gave no random numbers for the submission's id.
    #[error("the device gave no random numbers for the file's id")]
    NoFileId,
    /// The file's content could not be built (an unknown account, a malformed time).
    #[error(transparent)]
    Content(#[from] SubmissionError),
    /// Signing failed.
    #[error("the file could not be signed: {0}")]
    Signing(#[from] SignError),
    /// The browser refused to hand the file over.
    #[error("the browser refused the download")]
    DownloadRefused,
    /// The chosen file is not a signed file this editor accepts (too large, not JSON, altered,
    /// an example, …).
    #[error(transparent)]
    File(#[from] ImportError),
    /// The workspace as it is could not be kept for undo, so nothing was replaced.
    #[error("the import could not be made undoable: {0}")]
    Undo(#[from] UndoError),
}

impl TransferError {
    /// The message shown for this error.
    pub fn message_key(&self) -> MessageKey {
        match self {
            TransferError::Locked => msg::session::ERROR_NO_WORKSPACE,
            TransferError::Content(error) => error_messages::submission_error(error),
            TransferError::File(error) => error_messages::import_error(error),
            TransferError::Undo(error) => error.message_key(),
            TransferError::SigningKey(_)
            | TransferError::NoFileId
            | TransferError::Signing(_)
            | TransferError::DownloadRefused => msg::transfer::ERROR_EXPORT_FAILED,
        }
    }
}

/// The signed submission of account `account_id` of `contents`, issued at `now` (RFC 3339 UTC)
/// under the submission id `file_id`. Readiness (no blocking finding) is the screen's check: it
/// offers the export only then.
pub fn submission_file(
    contents: &VaultContents,
    account_id: &str,
    now: &str,
    file_id: &str,
) -> Result<ExportedFile, TransferError> {
    let key = contents.signing_key()?;
    let mut profile =
        submission_profile(&contents.workspace, account_id, now, APP_VERSION, file_id)?;
    if contents.example {
        mark_as_example(&mut profile);
    }
    let signed = crate::crypto::signed_file::sign_submission(&profile, &key)?;
    let business_type = contents
        .workspace
        .account(account_id)
        .map(|account| account.business_type)
        .ok_or_else(|| SubmissionError::UnknownAccount {
            id: account_id.to_owned(),
        })?;
    Ok(ExportedFile {
        name: submission_file_name(
            &contents.workspace.organization.legal_name,
            business_type,
            now.get(..10).unwrap_or_default(),
        ),
        text: signed.to_json_pretty(),
    })
}

/// The signed backup of the whole of `contents`, written at `now` (RFC 3339 UTC). One builder
/// for every place that offers it (the Transfer screen, and the emergency download when the
/// workspace cannot be saved), so Import takes either back.
pub fn backup_file(contents: &VaultContents, now: &str) -> Result<ExportedFile, TransferError> {
    let key = contents.signing_key()?;
    let mut backup = workspace_backup(&contents.workspace, now)?;
    if contents.example {
        mark_as_example(&mut backup);
    }
    let signed = sign_backup(&backup, &key)?;
    Ok(ExportedFile {
        name: backup_file_name(
            &contents.workspace.organization.legal_name,
            now.get(..10).unwrap_or_default(),
        ),
        text: signed.to_json_pretty(),
    })
}

/// Signs the submission of account `account_id` of the open workspace, now, under a new id.
pub fn export_submission(
    session: Session,
    account_id: &str,
) -> Result<ExportedFile, TransferError> {
    let file_id = new_submission_id().map_err(|_| TransferError::NoFileId)?;
    let now = now_utc();
    session
        .with_contents_untracked(|contents| submission_file(contents, account_id, &now, &file_id))
        .unwrap_or(Err(TransferError::Locked))
}

/// Signs a backup of the open workspace, now.
pub fn export_backup(session: Session) -> Result<ExportedFile, TransferError> {
    let now = now_utc();
    session
        .with_contents_untracked(|contents| backup_file(contents, &now))
        .unwrap_or(Err(TransferError::Locked))
}

/// What a chosen file turned out to be.
#[derive(Debug, Clone)]
pub enum ChosenFile {
    /// A signed submission or backup whose signature and content check out.
    Signed(ImportedFile),
    /// A copy kept aside, as Settings downloads it (not signed; opened with the keys).
    KeptCopy(QuarantinedValue),
}

/// Reads the text of a chosen file: a signed file, checked exactly as the verifier checks it,
/// or a copy kept aside. A file that is neither is refused with why it fails as a signed file.
pub fn read_chosen_file(text: &str) -> Result<ChosenFile, TransferError> {
    match read_signed_file(text) {
        Ok(file) => Ok(ChosenFile::Signed(file)),
        Err(error) => kept_aside::read_downloaded(text)
            .map(ChosenFile::KeptCopy)
            .ok_or(TransferError::File(error)),
    }
}

/// Replaces account `account_id` with the submitted account (keeping its id, so links and
/// findings stay), after keeping the workspace as it is for undo under the file's name.
pub fn replace_account(
    session: Session,
    account_id: &str,
    submission: &Submission,
    file_name: &str,
) -> Result<(), TransferError> {
    import_undo::keep_before_import(session, ImportKind::ReplaceAccount, file_name)?;
    session.edit(|contents| {
        if let Some(account) = contents.workspace.account_mut(account_id) {
            *account = submission.account.clone();
            account.id = account_id.to_owned();
        }
    });
    Ok(())
}

/// Replaces the whole workspace with the backup's, after keeping the workspace as it is for
/// undo under the file's name.
pub fn restore_backup(
    session: Session,
    backup: &WorkspaceBackup,
    file_name: &str,
) -> Result<(), TransferError> {
    import_undo::keep_before_import(session, ImportKind::RestoreBackup, file_name)?;
    session.edit(|contents| contents.workspace = backup.workspace.clone());
    Ok(())
}

/// Adds the submitted account as a new account of the workspace, under a new id (so it never
/// collides with one already there); returns that id. Nothing is replaced, so there is nothing
/// to undo.
pub fn add_as_new_account(session: Session, submission: &Submission) -> String {
    let id = new_item_id("acct-");
    let new_id = id.clone();
    session.edit(|contents| {
        let mut account = submission.account.clone();
        account.id = new_id;
        contents.workspace.accounts.push(account);
    });
    id
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;
    use crate::domain::BusinessType;
    use crate::domain::submission::SignedContent;

    const NOW: &str = "2026-11-28T10:15:00.000Z";
    const FILE_ID: &str = "0f8fad5b-d9cb-469f-a165-70867728950e";

    fn contents_with_importer() -> (VaultContents, String) {
        let mut contents = VaultContents::new().unwrap();
        contents.workspace.organization.legal_name = "Acme Cross-Border Imports".to_owned();
        let account =
            crate::domain::model::EntityAccount::new("acct-1", BusinessType::Importer, "Imports");
        contents.workspace.accounts.push(account);
        (contents, "acct-1".to_owned())
    }

    #[test]
    fn the_backup_is_a_signed_file_that_import_reads_back_with_everything_typed() {
        let (contents, _) = contents_with_importer();

        let file = backup_file(&contents, NOW).unwrap();

        assert_eq!(
            file.name,
            "acme-cross-border-imports-backup-2026-11-28.json"
        );
        let ChosenFile::Signed(imported) = read_chosen_file(&file.text).unwrap() else {
            panic!("read back as a copy kept aside");
        };
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
    fn a_submission_is_signed_named_after_the_company_and_read_back_as_that_account() {
        let (contents, id) = contents_with_importer();

        let file = submission_file(&contents, &id, NOW, FILE_ID).unwrap();

        assert!(
            file.name.starts_with("acme-cross-border-imports-") && file.name.ends_with(".json"),
            "{}",
            file.name
        );
        assert!(file.name.contains("2026-11-28"), "{}", file.name);
        let ChosenFile::Signed(imported) = read_chosen_file(&file.text).unwrap() else {
            panic!("read back as a copy kept aside");
        };
        let SignedContent::Submission(submission) = imported.content else {
            panic!("read back as a backup");
        };
        assert_eq!(submission.account.name, "Imports");
        assert_eq!(submission.account.business_type, BusinessType::Importer);
    }

    #[test]
    fn exporting_an_account_that_is_not_there_says_so() {
        let (contents, _) = contents_with_importer();

        let error = submission_file(&contents, "acct-gone", NOW, FILE_ID).unwrap_err();

        assert!(matches!(
            error,
            TransferError::Content(SubmissionError::UnknownAccount { .. })
        ));
        assert_eq!(error.message_key(), msg::transfer::ERROR_UNKNOWN_ACCOUNT);
    }

    #[test]
    fn a_backup_of_the_example_is_signed_but_import_refuses_it_as_an_example() {
        let today = crate::domain::model::sample::sample_today();
        let contents = VaultContents::example(crate::domain::Language::English, today).unwrap();

        let file = backup_file(&contents, NOW).unwrap();

        let error = read_chosen_file(&file.text).unwrap_err();
        assert!(matches!(error, TransferError::File(_)));
        assert_eq!(error.message_key(), msg::example_mode::IMPORT_REFUSED);
    }

    #[test]
    fn a_malformed_time_is_refused_with_the_export_message() {
        let (contents, id) = contents_with_importer();

        let backup = backup_file(&contents, "yesterday").unwrap_err();
        let submission = submission_file(&contents, &id, "yesterday", FILE_ID).unwrap_err();

        assert_eq!(backup.message_key(), msg::transfer::ERROR_EXPORT_FAILED);
        assert_eq!(submission.message_key(), msg::transfer::ERROR_EXPORT_FAILED);
    }

    #[test]
    fn a_file_that_is_not_signed_is_refused_with_why() {
        let error = read_chosen_file("{\"hello\": 1}").unwrap_err();

        assert!(matches!(error, TransferError::File(_)));
        assert_eq!(error.message_key(), msg::transfer::ERROR_NOT_SIGNED);
        let error = read_chosen_file("not json").unwrap_err();
        assert_eq!(error.message_key(), msg::transfer::ERROR_NOT_JSON);
    }

    #[test]
    fn an_altered_file_is_refused_as_altered() {
        let (contents, _) = contents_with_importer();
        let file = backup_file(&contents, NOW).unwrap();
        let altered = file
            .text
            .replace("Acme Cross-Border Imports", "Acme Cross-Border Import$");
        assert_ne!(altered, file.text);

        let error = read_chosen_file(&altered).unwrap_err();

        assert_eq!(error.message_key(), msg::transfer::ERROR_BAD_SIGNATURE);
    }
}
