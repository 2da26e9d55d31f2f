//! Bringing back a copy of the workspace that storage kept aside: a draft slot that failed its
//! integrity check, a copy found under the keys of an earlier version, or the undo copy of an
//! import. Such a copy is often whole and only sealed under other keys (an older passphrase, a
//! workspace from before the passphrase was changed), so it is offered back whenever this
//! version can read its format: from Settings, or as the file Settings downloads.
//!
//! Bringing a copy back replaces the open workspace, like restoring a backup, so it is made
//! undoable the same way (`import_undo`) before anything changes; the signing key and the
//! secrets of the open workspace stay as they are.

use thiserror::Error;

use super::import_undo::{self, UndoError};
use super::key_derivation::BrowserKeyDerivation;
use super::passphrase_input::typed_passphrase;
use super::session::Session;
use super::stored_workspace::StoredWorkspace;
use super::vault_contents::{ContentsError, VaultContents};
use crate::crypto::kdf::KdfPolicy;
use crate::crypto::vault::{Vault, VaultError, is_newer_format};
use crate::i18n::{MessageKey, msg};
use crate::storage::StorageError;
use crate::storage::backend::BrowserStorage;
use crate::storage::draft_slots::{self, DraftEnvelope};
use crate::storage::quarantine::{self, QuarantinedValue};
use crate::storage::undo_copy::{self, ImportKind, UndoRecord};

/// Why a copy kept aside was not brought back. The open workspace is unchanged in every case.
#[derive(Debug, Error)]
pub enum BringBackError {
    /// The copy is not a workspace this version can read (damaged, another app's data, or a
    /// newer version's format): it can only be downloaded or deleted.
    #[error("the copy kept aside is not a workspace this version can open")]
    NotOpenable,
    /// The copy is sealed under other keys than the open workspace's: the passphrase it was
    /// saved with is needed.
    #[error("the copy was saved under another passphrase")]
    PassphraseNeeded,
    /// The passphrase typed does not open the copy.
    #[error("the passphrase does not open the copy")]
    WrongPassphrase,
    /// The copy opened but its workspace cannot be read by this version.
    #[error(transparent)]
    Contents(#[from] ContentsError),
    /// The copy is no longer in storage.
    #[error("the copy is no longer kept aside")]
    Gone,
    /// The workspace as it is could not be kept for undo, or was not saved afterwards.
    #[error(transparent)]
    Undo(#[from] UndoError),
    /// Storage failed.
    #[error(transparent)]
    Storage(#[from] StorageError),
}

impl BringBackError {
    /// The message shown for this error (in `messages/storage_room.json`).
    pub fn message_key(&self) -> MessageKey {
        match self {
            BringBackError::NotOpenable | BringBackError::Contents(_) => {
                msg::kept_aside::ERROR_NOT_OPENABLE
            }
            BringBackError::PassphraseNeeded => msg::kept_aside::ERROR_PASSPHRASE_NEEDED,
            BringBackError::WrongPassphrase => msg::kept_aside::ERROR_WRONG_PASSPHRASE,
            BringBackError::Gone => msg::kept_aside::ERROR_GONE,
            BringBackError::Undo(error) => error.message_key(),
            BringBackError::Storage(StorageError::Full) => msg::transfer::UNDO_ERROR_FULL,
            BringBackError::Storage(_) => msg::transfer::UNDO_ERROR_STORAGE,
        }
    }
}

/// The sealed workspace inside a copy kept aside, if this version can read its format: the
/// value of a draft slot, or the undo copy of an import.
pub fn sealed_workspace(record: &QuarantinedValue) -> Option<StoredWorkspace> {
    let sealed = match serde_json::from_str::<DraftEnvelope<StoredWorkspace>>(&record.value) {
        Ok(envelope) if envelope.format == draft_slots::FORMAT => envelope.sealed,
        _ => match serde_json::from_str::<UndoRecord<StoredWorkspace>>(&record.value) {
            Ok(undo) if undo.format == undo_copy::FORMAT => undo.sealed,
            _ => return None,
        },
    };
    (!is_newer_format(sealed.vault.format)).then_some(sealed)
}

/// Every copy kept aside, oldest first, with the key it is kept under.
pub fn copies() -> Vec<(String, QuarantinedValue)> {
    quarantine::list(&BrowserStorage).unwrap_or_else(|error| {
        leptos::logging::warn!("the copies kept aside could not be listed: {error}");
        Vec::new()
    })
}

/// Deletes the copy kept under `quarantine_key` for good (after the user confirmed).
pub fn delete(quarantine_key: &str) -> Result<(), StorageError> {
    quarantine::delete(&BrowserStorage, quarantine_key)
}

/// A file Settings downloaded for a copy kept aside, read back for Import: the record, if the
/// text is one.
pub fn read_downloaded(text: &str) -> Option<QuarantinedValue> {
    serde_json::from_str::<QuarantinedValue>(text).ok()
}

/// Brings back the copy kept aside under `quarantine_key`, then deletes it (the workspace it
/// replaced can be brought back by undo). `passphrase` is needed only if the copy is sealed
/// under other keys than the open workspace's; empty tries the open workspace's keys alone.
pub async fn bring_back_stored(
    session: Session,
    quarantine_key: &str,
    passphrase: &str,
) -> Result<(), BringBackError> {
    let record = quarantine::read(&BrowserStorage, quarantine_key)?.ok_or(BringBackError::Gone)?;
    bring_back(session, &record, passphrase, &downloaded_file_name(&record)).await?;
    if let Err(error) = quarantine::delete(&BrowserStorage, quarantine_key) {
        // The workspace is back; the copy only stays listed, to be deleted by hand.
        leptos::logging::warn!("a copy brought back could not be deleted: {error}");
    }
    Ok(())
}

/// Brings back the workspace of `record` (from storage or a downloaded file called
/// `file_name`) in place of the open one, keeping the open one for undo first.
pub async fn bring_back(
    session: Session,
    record: &QuarantinedValue,
    passphrase: &str,
    file_name: &str,
) -> Result<(), BringBackError> {
    let sealed = sealed_workspace(record).ok_or(BringBackError::NotOpenable)?;
    let plaintext = open(session, &sealed, passphrase).await?;
    let copy = VaultContents::from_bytes(&plaintext)?;
    import_undo::keep_before_import(session, ImportKind::RestoreBackup, file_name)?;
    import_undo::replace_workspace(session, copy.workspace)?;
    Ok(())
}

/// The name Settings gives the download of `record`, so Import's undo offer names the same.
pub fn downloaded_file_name(record: &QuarantinedValue) -> String {
    format!("ctpat-recovered-{}.json", record.moved_at)
}

async fn open(
    session: Session,
    sealed: &StoredWorkspace,
    passphrase: &str,
) -> Result<crate::crypto::vault::Plaintext, BringBackError> {
    let context = sealed.context().to_bytes();
    let with_open_keys = session.persistence().open_own(sealed);
    match with_open_keys {
        Some(Ok(plaintext)) => return Ok(plaintext),
        None => return Err(UndoError::Locked.into()),
        Some(Err(_)) if passphrase.is_empty() => return Err(BringBackError::PassphraseNeeded),
        Some(Err(_)) => {}
    }
    // The key of a copy saved under another passphrase is derived like an unlock's: by the
    // key-derivation worker, so the page stays responsive meanwhile.
    let passphrase = typed_passphrase(passphrase);
    let kdf = BrowserKeyDerivation::shared();
    match Vault::unlock(
        &sealed.vault,
        &context,
        &passphrase,
        KdfPolicy::PRODUCT,
        &kdf,
    )
    .await
    {
        Ok(opened) => Ok(opened.plaintext),
        Err(VaultError::WrongPassphrase) => Err(BringBackError::WrongPassphrase),
        Err(_) => Err(BringBackError::NotOpenable),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::state::stored_workspace::tests::stored;
    use crate::storage::quarantine::UnreadableReason;

    fn kept(value: String) -> QuarantinedValue {
        QuarantinedValue {
            // As found in the browser, namespace and all.
            from: "ctpat.draft.v1.a@/editor/".into(),
            reason: UnreadableReason::Damaged {
                detail: "test".into(),
            },
            moved_at: 5,
            value,
        }
    }

    fn draft(sealed: &StoredWorkspace) -> serde_json::Value {
        serde_json::json!({
            "format": draft_slots::FORMAT,
            "version": 1,
            "revision": 2,
            "sealed": sealed,
        })
    }

    #[test]
    fn a_draft_slot_or_an_undo_copy_kept_aside_is_offered_back() {
        let sealed = stored();
        let slot = kept(draft(&sealed).to_string());
        assert_eq!(sealed_workspace(&slot), Some(sealed.clone()));

        let undo = UndoRecord::new(ImportKind::RestoreBackup, "backup.json", 9, sealed.clone());
        let undo = kept(serde_json::to_string(&undo).unwrap());
        assert_eq!(sealed_workspace(&undo), Some(sealed));
    }

    #[test]
    fn damaged_foreign_or_newer_copies_are_not_offered_back() {
        let sealed = stored();
        let truncated = draft(&sealed).to_string();
        assert_eq!(sealed_workspace(&kept(truncated[..40].to_owned())), None);

        let mut foreign = draft(&sealed);
        foreign["format"] = "another-app".into();
        assert_eq!(sealed_workspace(&kept(foreign.to_string())), None);

        let mut newer = draft(&sealed);
        newer["sealed"]["vault"]["format"] = 99.into();
        assert_eq!(sealed_workspace(&kept(newer.to_string())), None);
    }

    #[test]
    fn a_downloaded_copy_is_read_back_and_other_files_are_not_taken_for_one() {
        let record = kept(draft(&stored()).to_string());
        let file = serde_json::to_string_pretty(&record).unwrap();
        assert_eq!(read_downloaded(&file), Some(record));
        assert_eq!(read_downloaded("{\"payload\":\"x\"}"), None);
    }
}
