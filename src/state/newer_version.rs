//! A workspace saved by a newer version of the editor. An older build may still be open in
//! another tab (or cached offline) when a newer one saves: it must leave that copy exactly as it
//! is, write nothing over it, and tell the user to reload into the newer build, which the
//! service worker already holds. The slots refuse newer envelope and vault formats by
//! themselves (`storage::draft_slots`); a newer workspace schema is only seen once decrypted,
//! so it is caught here.

use leptos::prelude::*;

use super::clock::now_ms;
use super::persistence::Persistence;
use super::session_error::SessionError;
use super::stored_workspace::StoredWorkspace;
use super::vault_contents::{ContentsError, VaultContents};
use crate::domain::migration::MigrationError;
use crate::storage::backend::BrowserStorage;
use crate::storage::draft_slots::DraftSlots;

/// Whether decrypted contents failed to load because a newer version wrote them.
fn is_newer_schema(error: &ContentsError) -> bool {
    matches!(
        error,
        ContentsError::Migration(MigrationError::NewerVersion { .. })
    )
}

impl Persistence {
    /// Whether this browser holds a copy of the workspace saved by a newer version of the
    /// editor (tracked): every screen then says so and offers to reload into the newer build.
    pub fn saved_by_newer_version(&self) -> bool {
        self.saved_by_newer.get()
    }

    /// Records whether a newer version's copy is in storage.
    pub(super) fn note_newer_version(&self, present: bool) {
        if self.saved_by_newer.get_untracked() != present {
            self.saved_by_newer.set(present);
        }
    }

    /// The session error for decrypted contents that do not load; contents of a newer schema
    /// are reported as such (and nothing is moved aside: they are not damaged).
    pub(super) fn contents_error(&self, error: ContentsError) -> SessionError {
        if is_newer_schema(&error) {
            self.note_newer_version(true);
            SessionError::SavedByNewerVersion
        } else {
            error.into()
        }
    }

    /// Before this tab's version is saved over another tab's: whether the newest stored copy
    /// was saved by a newer version. Its schema is read with the open vault's data key; a copy
    /// under another key cannot be read here and is not counted as newer (the slots themselves
    /// refuse newer envelope and vault formats).
    pub(super) fn newest_stored_is_from_newer_version(&self) -> bool {
        let loaded = match DraftSlots::new(&BrowserStorage).load::<StoredWorkspace>(now_ms()) {
            Ok(loaded) => loaded,
            Err(error) => {
                leptos::logging::warn!("storage could not be read: {error}");
                return false;
            }
        };
        self.note_quarantined(loaded.quarantined);
        if !loaded.newer.is_empty() {
            self.note_newer_version(true);
            return true;
        }
        let Some(stored) = loaded.newest else {
            return false;
        };
        let plaintext = self.open_own(&stored.sealed).and_then(|opened| opened.ok());
        let newer = plaintext
            .and_then(|plaintext| VaultContents::from_bytes(&plaintext).err())
            .is_some_and(|error| is_newer_schema(&error));
        if newer {
            self.note_newer_version(true);
        }
        newer
    }
}
