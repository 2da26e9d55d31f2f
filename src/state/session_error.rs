//! Why unlocking, recovering, creating or re-keying the workspace did not happen, in the
//! terms the user can act on; the storage, vault and contents errors beneath are mapped here.

use thiserror::Error;

use super::vault_contents::ContentsError;
use crate::crypto::signing_key::KeyError;
use crate::crypto::vault::VaultError;
use crate::i18n::{MessageKey, msg};
use crate::storage::StorageError;
use crate::storage::draft_slots::SaveError;

/// Why a session operation failed, as the user needs to hear it.
#[derive(Debug, Error)]
pub enum SessionError {
    /// The passphrase does not open the workspace.
    #[error("wrong passphrase")]
    WrongPassphrase,
    /// The recovery key and answers do not open the workspace.
    #[error("wrong recovery key or answers")]
    WrongRecovery,
    /// The workspace has a recovery kit; its key is needed with the answers.
    #[error("the recovery key is needed")]
    RecoveryKitRequired,
    /// The workspace has no recovery kit yet; one must be made first.
    #[error("no recovery kit yet")]
    RecoveryKitMissing,
    /// There is no readable workspace in this browser.
    #[error("no workspace in this browser")]
    NoWorkspace,
    /// The stored workspace was saved by a newer version of the editor: it is left as it is,
    /// and nothing is written over it until the editor is reloaded into that version.
    #[error("the workspace was saved by a newer version of the editor")]
    SavedByNewerVersion,
    /// The stored workspace cannot be opened (damaged).
    #[error("the stored workspace cannot be opened: {0}")]
    Unreadable(String),
    /// Saving failed.
    #[error(transparent)]
    Save(#[from] SaveError),
    /// Storage failed.
    #[error(transparent)]
    Storage(#[from] StorageError),
    /// The security answers were set under answer rules of a newer version of the editor, which
    /// this one cannot reproduce; the passphrase still opens the workspace.
    #[error("the security answers follow the rules of a newer version ({version})")]
    AnswersFromNewerVersion {
        /// The version of the answer rules the workspace records.
        version: u32,
    },
    /// The device gave no secure random numbers, or the key could not be made.
    #[error("the encryption keys could not be created: {0}")]
    Keys(String),
}

impl SessionError {
    /// The message shown for this error (in `messages/session.json`).
    pub fn message_key(&self) -> MessageKey {
        match self {
            SessionError::WrongPassphrase => msg::session::ERROR_WRONG_PASSPHRASE,
            SessionError::WrongRecovery => msg::session::ERROR_WRONG_RECOVERY,
            SessionError::RecoveryKitRequired => msg::session::ERROR_KIT_REQUIRED,
            SessionError::RecoveryKitMissing => msg::session::ERROR_KIT_MISSING,
            SessionError::NoWorkspace => msg::session::ERROR_NO_WORKSPACE,
            SessionError::Unreadable(_) => msg::session::ERROR_UNREADABLE,
            SessionError::SavedByNewerVersion
            | SessionError::Save(SaveError::NewerVersion { .. }) => {
                msg::session::ERROR_NEWER_VERSION
            }
            SessionError::Save(SaveError::Full) | SessionError::Storage(StorageError::Full) => {
                msg::session::ERROR_STORAGE_FULL
            }
            SessionError::Save(SaveError::Conflict { .. }) => msg::session::ERROR_CONFLICT,
            SessionError::Save(_) | SessionError::Storage(_) => msg::session::ERROR_STORAGE,
            SessionError::Keys(_) => msg::session::ERROR_KEYS,
            SessionError::AnswersFromNewerVersion { .. } => msg::session::ERROR_ANSWERS_NEWER,
        }
    }
}

impl From<VaultError> for SessionError {
    fn from(error: VaultError) -> Self {
        match error {
            VaultError::WrongPassphrase => SessionError::WrongPassphrase,
            VaultError::WrongRecovery => SessionError::WrongRecovery,
            VaultError::RecoveryKitRequired => SessionError::RecoveryKitRequired,
            VaultError::RecoveryKitMissing => SessionError::RecoveryKitMissing,
            VaultError::RandomnessUnavailable(_) => SessionError::Keys(error.to_string()),
            other => SessionError::Unreadable(other.to_string()),
        }
    }
}

impl From<ContentsError> for SessionError {
    fn from(error: ContentsError) -> Self {
        SessionError::Unreadable(error.to_string())
    }
}

impl From<KeyError> for SessionError {
    fn from(error: KeyError) -> Self {
        SessionError::Keys(error.to_string())
    }
}
