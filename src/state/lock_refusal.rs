//! A lock that could not happen: why (typed, with what the user can do), who asked for it, and
//! while it waits, when it is tried again. Kept apart from the locking itself so the autosave
//! can name a refusal without knowing the session.

use std::time::Duration;

use leptos::prelude::*;
use thiserror::Error;

use super::save_status::SaveStatus;
use crate::i18n::{MessageKey, msg};
use crate::storage::draft_slots::SaveError;

/// Why the workspace was not locked: locking would have lost edits that are only in this tab.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum LockRefused {
    /// The browser's storage for this site is full.
    #[error("the browser's storage is full, so the latest changes could not be saved")]
    StorageFull,
    /// Another tab saved a newer revision; saving here would overwrite it.
    #[error("another tab saved the workspace after this tab did")]
    OtherTabSaved,
    /// Saving failed for another reason.
    #[error("the latest changes could not be saved: {0}")]
    SaveFailed(String),
}

impl LockRefused {
    /// The message saying why, and what to do (in `messages/lock.json`).
    pub fn message_key(&self) -> MessageKey {
        match self {
            LockRefused::StorageFull => msg::lock::REFUSED_STORAGE_FULL,
            LockRefused::OtherTabSaved => msg::lock::REFUSED_OTHER_TAB,
            LockRefused::SaveFailed(_) => msg::lock::REFUSED_SAVE_FAILED,
        }
    }

    /// The same problem read from the save status, for the notice shown when no lock was
    /// asked for; `None` when the status shows nothing unsaved for lack of a save.
    pub fn from_status(status: &SaveStatus) -> Option<LockRefused> {
        match status {
            SaveStatus::Full => Some(LockRefused::StorageFull),
            SaveStatus::Stale => Some(LockRefused::OtherTabSaved),
            SaveStatus::Failed(reason) => Some(LockRefused::SaveFailed(reason.clone())),
            SaveStatus::Idle | SaveStatus::Pending | SaveStatus::Saved(_) => None,
        }
    }
}

impl From<SaveError> for LockRefused {
    fn from(error: SaveError) -> Self {
        match error {
            SaveError::Full => LockRefused::StorageFull,
            SaveError::Conflict { .. } => LockRefused::OtherTabSaved,
            other => LockRefused::SaveFailed(other.to_string()),
        }
    }
}

/// Who asked for the lock that was refused: it decides whether the lock is tried again.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LockKind {
    /// The user pressed Lock: they press it again once the problem is solved.
    Manual,
    /// Auto-lock: tried again after the next successful save or user action.
    Automatic,
}

/// A refused lock, as the shell shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LockRefusal {
    /// Why the workspace could not be locked.
    pub reason: LockRefused,
    /// Who asked for the lock.
    pub kind: LockKind,
}

impl LockRefusal {
    /// The notice's heading (in `messages/lock.json`).
    pub fn title_key(&self) -> MessageKey {
        match self.kind {
            LockKind::Manual => msg::lock::REFUSED_TITLE,
            LockKind::Automatic => msg::lock::REFUSED_AUTO_TITLE,
        }
    }

    /// What happens next: the user locks again, or the workspace locks itself once saved.
    pub fn next_key(&self) -> MessageKey {
        match self.kind {
            LockKind::Manual => msg::lock::REFUSED_LOCK_AGAIN,
            LockKind::Automatic => msg::lock::REFUSED_AUTO_RETRY,
        }
    }
}

/// The refused lock of one session, if any, and the timer of its next attempt.
#[derive(Clone, Copy)]
pub(super) struct LockState {
    refusal: RwSignal<Option<LockRefusal>>,
    retry: StoredValue<Option<TimeoutHandle>>,
}

impl LockState {
    pub(super) fn new() -> Self {
        Self {
            refusal: RwSignal::new(None),
            retry: StoredValue::new(None),
        }
    }

    /// The refused lock (tracked).
    pub(super) fn refusal(&self) -> Option<LockRefusal> {
        self.refusal.get()
    }

    /// Forgets any refused lock (the workspace was locked, or opened again).
    pub(super) fn clear(&self) {
        self.cancel_retry();
        if self.refusal.with_untracked(Option::is_some) {
            self.refusal.set(None);
        }
    }

    /// Another tab saved: a refused lock now waits for that to be settled.
    pub(super) fn other_tab_saved(&self) {
        if let Some(refusal) = self.refusal.get_untracked() {
            self.show(LockRefusal {
                reason: LockRefused::OtherTabSaved,
                ..refusal
            });
        }
    }

    /// Whether the refused lock is an auto-lock (tried again by itself).
    pub(super) fn is_automatic(&self) -> bool {
        self.refusal
            .with_untracked(|refusal| refusal.as_ref().map(|refusal| refusal.kind))
            == Some(LockKind::Automatic)
    }

    /// Sets the refusal, without waking the notice when nothing changed (a retry that failed
    /// the same way is not announced again).
    pub(super) fn show(&self, refusal: LockRefusal) {
        if self
            .refusal
            .with_untracked(|shown| shown.as_ref() != Some(&refusal))
        {
            self.refusal.set(Some(refusal));
        }
    }

    /// Schedules `attempt` after `delay`, run only if the refused lock is still an automatic
    /// one; an attempt already scheduled stays unless `replace`.
    pub(super) fn retry_after(
        &self,
        delay: Duration,
        replace: bool,
        attempt: impl FnOnce() + 'static,
    ) {
        if self.retry.with_value(Option::is_some) {
            if !replace {
                return;
            }
            self.cancel_retry();
        }
        let state = *self;
        let handle = set_timeout_with_handle(
            move || {
                state.retry.set_value(None);
                if state.is_automatic() {
                    attempt();
                }
            },
            delay,
        )
        .ok();
        self.retry.set_value(handle);
    }

    fn cancel_retry(&self) {
        if let Some(handle) = self.retry.get_value() {
            handle.clear();
        }
        self.retry.set_value(None);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::storage::StorageError;

    #[test]
    fn every_save_error_becomes_the_reason_the_user_can_act_on() {
        assert_eq!(LockRefused::from(SaveError::Full), LockRefused::StorageFull);
        assert_eq!(
            LockRefused::from(SaveError::Conflict { stored: 4, ours: 3 }),
            LockRefused::OtherTabSaved
        );
        assert!(matches!(
            LockRefused::from(SaveError::Storage(StorageError::Unavailable(
                "private mode".to_owned()
            ))),
            LockRefused::SaveFailed(_)
        ));
        assert!(matches!(
            LockRefused::from(SaveError::DidNotReadBack),
            LockRefused::SaveFailed(_)
        ));
    }

    #[test]
    fn the_save_status_names_the_same_problems() {
        assert_eq!(
            LockRefused::from_status(&SaveStatus::Full),
            Some(LockRefused::StorageFull)
        );
        assert_eq!(
            LockRefused::from_status(&SaveStatus::Stale),
            Some(LockRefused::OtherTabSaved)
        );
        assert_eq!(
            LockRefused::from_status(&SaveStatus::Saved("12:03".to_owned())),
            None
        );
        assert_eq!(LockRefused::from_status(&SaveStatus::Pending), None);
    }

    #[test]
    fn an_automatic_refusal_says_it_will_lock_itself_and_a_manual_one_asks_to_lock_again() {
        let automatic = LockRefusal {
            reason: LockRefused::StorageFull,
            kind: LockKind::Automatic,
        };
        let manual = LockRefusal {
            kind: LockKind::Manual,
            ..automatic.clone()
        };
        assert_eq!(automatic.next_key(), msg::lock::REFUSED_AUTO_RETRY);
        assert_eq!(manual.next_key(), msg::lock::REFUSED_LOCK_AGAIN);
        assert_ne!(automatic.title_key(), manual.title_key());
    }
}
