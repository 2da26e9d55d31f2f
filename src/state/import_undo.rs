//! Undo for an import that replaces something: before an account is replaced by a signed
//! submission or the workspace restored from a signed backup, the workspace as it is is sealed
//! by the open vault and kept as the undo copy (`storage::undo_copy`); undoing opens it with
//! the same vault and brings that workspace back. Without it, the state before the import
//! would survive only in the older draft slot, until the next save.
//!
//! If the copy cannot be kept (storage full), the import does not happen. If it no longer
//! opens with the open vault (the passphrase or recovery kit changed since, putting the
//! workspace under a new data key), nothing is changed and the copy stays, to be downloaded or
//! deleted from Settings.

use leptos::prelude::*;
use thiserror::Error;

use super::clock::now_ms;
use super::session::Session;
use super::stored_workspace::StoredWorkspace;
use super::vault_contents::{ContentsError, VaultContents};
use crate::crypto::vault::VaultError;
use crate::domain::model::Workspace;
use crate::i18n::{MessageKey, msg};
use crate::storage::StorageError;
use crate::storage::backend::BrowserStorage;
use crate::storage::undo_copy::{self, ImportKind, UndoCopyError, UndoRecord};

/// What the offer to undo names: the import, its file and when it happened.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UndoOffer {
    /// What the import did.
    pub kind: ImportKind,
    /// The imported file's name.
    pub file_name: String,
    /// When (milliseconds since the Unix epoch).
    pub imported_at: u64,
}

/// Why an import could not be made undoable, or an undo could not happen.
#[derive(Debug, Error)]
pub enum UndoError {
    /// No workspace is open.
    #[error("no workspace is open")]
    Locked,
    /// There is no undo copy.
    #[error("there is no import to undo")]
    NothingToUndo,
    /// The workspace could not be sealed for the undo copy.
    #[error("the undo copy could not be encrypted: {0}")]
    Sealing(VaultError),
    /// The undo copy could not be kept or read.
    #[error(transparent)]
    Copy(#[from] UndoCopyError),
    /// The undo copy does not open with the open vault's keys (changed since, or damaged).
    #[error("the undo copy does not open with the current keys: {0}")]
    KeysChanged(VaultError),
    /// The undo copy opened but holds no workspace this version can read.
    #[error(transparent)]
    Contents(#[from] ContentsError),
    /// Another tab saved a newer revision: undoing here would hide it.
    #[error("another tab saved the workspace since")]
    OtherTabSaved,
    /// The workspace was brought back in this tab but could not be saved yet.
    #[error("the workspace was brought back but not saved")]
    NotSaved,
    /// Storage failed otherwise.
    #[error(transparent)]
    Storage(#[from] StorageError),
}

impl UndoError {
    /// The message shown for this error (in `messages/transfer.json`).
    pub fn message_key(&self) -> MessageKey {
        match self {
            UndoError::Locked => msg::session::ERROR_NO_WORKSPACE,
            UndoError::NothingToUndo => msg::transfer::UNDO_ERROR_NOTHING,
            UndoError::Copy(UndoCopyError::Full) | UndoError::Storage(StorageError::Full) => {
                msg::transfer::UNDO_ERROR_FULL
            }
            UndoError::Sealing(_) | UndoError::Copy(UndoCopyError::DidNotReadBack) => {
                msg::transfer::UNDO_ERROR_NOT_KEPT
            }
            UndoError::Copy(UndoCopyError::Storage(_)) | UndoError::Storage(_) => {
                msg::transfer::UNDO_ERROR_STORAGE
            }
            UndoError::Copy(_) | UndoError::Contents(_) => msg::transfer::UNDO_ERROR_UNREADABLE,
            UndoError::KeysChanged(_) => msg::transfer::UNDO_ERROR_KEYS_CHANGED,
            UndoError::OtherTabSaved => msg::transfer::UNDO_ERROR_OTHER_TAB,
            UndoError::NotSaved => msg::transfer::UNDO_ERROR_NOT_SAVED,
        }
    }
}

/// Before an import replaces something: keeps the workspace as it is now (with any edit not
/// yet saved) as the undo copy, sealed by the open vault, replacing any earlier copy. An error
/// means the import must not go ahead.
pub fn keep_before_import(
    session: Session,
    kind: ImportKind,
    file_name: &str,
) -> Result<(), UndoError> {
    let bytes = session
        .workspace()
        .sealable_bytes()
        .ok_or(UndoError::Locked)?;
    let sealed = session
        .persistence()
        .seal_current(&bytes)
        .ok_or(UndoError::Locked)?
        .map_err(UndoError::Sealing)?;
    let record = UndoRecord::new(kind, file_name, now_ms(), sealed);
    undo_copy::keep(&BrowserStorage, &record)?;
    Ok(())
}

/// The import that can be undone, if any (read from storage each time, so every tab and
/// screen offers the same one).
pub fn offer() -> Result<Option<UndoOffer>, UndoError> {
    Ok(
        undo_copy::read::<serde_json::Value>(&BrowserStorage)?.map(|record| UndoOffer {
            kind: record.kind,
            file_name: record.file_name,
            imported_at: record.imported_at,
        }),
    )
}

/// Undoes the last import that replaced something: brings back the workspace kept before it,
/// saves it, then removes the undo copy. Returns what was undone.
///
/// The workspace comes back as a new revision on top of this tab's current one, never by
/// putting an older revision back: the revision counter only moves forward, so another tab
/// still showing the imported workspace sees a newer revision and stops instead of saving the
/// import over the undo, and the draft slot that held the imported workspace is the one kept as
/// the previous copy. Changes made after the import are undone with it.
pub fn undo_import(session: Session) -> Result<UndoOffer, UndoError> {
    let record =
        undo_copy::read::<StoredWorkspace>(&BrowserStorage)?.ok_or(UndoError::NothingToUndo)?;
    if untrack(|| session.autosave().is_stale()) {
        return Err(UndoError::OtherTabSaved);
    }
    let plaintext = session
        .persistence()
        .open_own(&record.sealed)
        .ok_or(UndoError::Locked)?
        .map_err(UndoError::KeysChanged)?;
    let before = VaultContents::from_bytes(&plaintext)?;
    replace_workspace(session, before.workspace)?;
    undo_copy::discard(&BrowserStorage)?;
    Ok(UndoOffer {
        kind: record.kind,
        file_name: record.file_name,
        imported_at: record.imported_at,
    })
}

/// Puts `workspace` in place of the open one and saves it at once, as a new revision on top of
/// this tab's current one; refused while another tab has saved since (it would be hidden).
pub(super) fn replace_workspace(session: Session, workspace: Workspace) -> Result<(), UndoError> {
    if untrack(|| session.autosave().is_stale()) {
        return Err(UndoError::OtherTabSaved);
    }
    let revision = session.revision();
    session.edit(|contents| contents.workspace = workspace);
    session.autosave().flush();
    if session.revision() <= revision {
        return Err(UndoError::NotSaved);
    }
    Ok(())
}

/// The undo copy as stored (still sealed), to download it.
pub fn stored_copy() -> Result<Option<String>, StorageError> {
    undo_copy::raw(&BrowserStorage)
}

/// Deletes the undo copy: the user chose to, e.g. one that no longer opens.
pub fn delete() -> Result<(), StorageError> {
    undo_copy::discard(&BrowserStorage)
}
