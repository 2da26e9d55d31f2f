//! What the save indicator says: whether the draft in memory is in storage, and if not, why.

use crate::i18n::{MessageKey, msg};

/// What the save indicator shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaveStatus {
    /// Nothing edited since the workspace was opened.
    Idle,
    /// Edits are waiting for the next save.
    Pending,
    /// Saved at this local time ("12:03").
    Saved(String),
    /// The browser's storage is full: the draft is only in memory.
    Full,
    /// Another tab saved first; this tab's edits are kept in memory only.
    Stale,
    /// Saving failed for another reason.
    Failed(String),
}

impl SaveStatus {
    /// The message shown for this status (in `messages/session.json`).
    pub fn message_key(&self) -> MessageKey {
        match self {
            SaveStatus::Idle => msg::session::SAVE_IDLE,
            SaveStatus::Pending => msg::session::SAVE_PENDING,
            SaveStatus::Saved(_) => msg::session::SAVE_SAVED,
            SaveStatus::Full => msg::session::SAVE_FULL,
            SaveStatus::Stale => msg::session::SAVE_STALE,
            SaveStatus::Failed(_) => msg::session::SAVE_FAILED,
        }
    }

    /// Whether the draft in memory is not in storage.
    pub fn is_unsaved(&self) -> bool {
        !matches!(self, SaveStatus::Idle | SaveStatus::Saved(_))
    }
}
