//! Autosave: every edit schedules a save at most one second after the last change, off the
//! keystroke path; leaving or hiding the page saves at once. The status is always visible, and a
//! save refused because another tab saved first marks this tab as stale instead of overwriting.
//! Locking saves through here first and is refused, typed, when that save cannot happen.

use std::time::Duration;

use leptos::prelude::*;
use leptos::web_sys;

use super::lock::{self, LockRefused, LockState};
use super::session::Session;
use crate::i18n::{MessageKey, msg};
use crate::storage::backend::BrowserStorage;
use crate::storage::draft_slots::{DraftSlots, SLOT_KEYS, SaveError};

/// How long after the last edit the draft is saved.
pub const AUTOSAVE_DELAY: Duration = Duration::from_millis(1000);

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

/// The autosave machinery of one session.
#[derive(Clone, Copy)]
pub struct Autosave {
    status: RwSignal<SaveStatus>,
    stale: RwSignal<bool>,
    dirty: StoredValue<bool>,
    timer: StoredValue<Option<TimeoutHandle>>,
    /// A lock refused because its save could not happen, shown until it is settled.
    pub(super) lock: LockState,
}

impl Autosave {
    pub(super) fn new() -> Self {
        Self {
            status: RwSignal::new(SaveStatus::Idle),
            stale: RwSignal::new(false),
            dirty: StoredValue::new(false),
            timer: StoredValue::new(None),
            lock: LockState::new(),
        }
    }

    /// The save indicator's status (tracked).
    pub fn status(&self) -> SaveStatus {
        self.status.get()
    }

    /// Whether another tab saved a newer revision than this tab has (tracked).
    pub fn is_stale(&self) -> bool {
        self.stale.get()
    }

    pub(super) fn opened(&self) {
        self.cancel_timer();
        self.dirty.set_value(false);
        self.stale.set(false);
        self.status.set(SaveStatus::Idle);
        self.lock.clear();
    }

    /// Schedules a save [`AUTOSAVE_DELAY`] after this, the latest, edit.
    pub(super) fn schedule(&self, session: Session) {
        self.dirty.set_value(true);
        self.cancel_timer();
        if !self.stale.get_untracked() {
            self.status.set(SaveStatus::Pending);
        }
        let autosave = *self;
        let timer = set_timeout_with_handle(
            move || super::save_lock::run_exclusively(move || autosave.flush(session)),
            AUTOSAVE_DELAY,
        )
        .ok();
        self.timer.set_value(timer);
    }

    /// Saves now if anything is waiting (leaving the page, locking, before a passphrase change).
    pub fn flush(&self, session: Session) {
        self.cancel_timer();
        if self.dirty.get_value() && !self.stale.get_untracked() {
            // The status shows how it went.
            let _outcome = self.save(session, session.revision.get_value());
        }
    }

    /// Before a lock: saves what is waiting, and says why not when that cannot happen, so no
    /// edit is dropped with the keys. With nothing waiting there is nothing to lose, even if
    /// another tab has saved since.
    pub(super) fn save_before_lock(&self, session: Session) -> Result<(), LockRefused> {
        self.cancel_timer();
        if !self.dirty.get_value() {
            return Ok(());
        }
        if self.stale.get_untracked() {
            return Err(LockRefused::OtherTabSaved);
        }
        self.save(session, session.revision.get_value())
            .map_err(LockRefused::from)
    }

    /// The user chose to keep this tab's version over the other tab's: saves on top of it,
    /// unless the other tab's copy was saved by a newer version of the editor (left alone).
    pub fn overwrite_other_tab(&self, session: Session) {
        if session.newest_stored_is_from_newer_version() {
            let refused = super::session::SessionError::SavedByNewerVersion;
            self.status.set(SaveStatus::Failed(refused.to_string()));
            return;
        }
        let stored = DraftSlots::new(&BrowserStorage).stored_revision();
        match stored {
            Ok(stored) => {
                self.stale.set(false);
                // The status shows how it went.
                let _outcome = self.save(session, stored);
            }
            Err(error) => self.status.set(SaveStatus::Failed(error.to_string())),
        }
    }

    /// Saves on top of revision `on_top_of`, shows the outcome in the status and returns it.
    /// Nothing to save (locked) counts as saved.
    fn save(&self, session: Session, on_top_of: u64) -> Result<(), SaveError> {
        let bytes = session
            .contents
            .with_untracked(|contents| contents.as_ref().map(|contents| contents.to_bytes()));
        let (Some(bytes), Some(context)) = (bytes, session.clear_context()) else {
            return Ok(());
        };
        let result = session.vault.with_value(|vault| {
            let vault = vault.as_ref()?;
            Some(
                DraftSlots::new(&BrowserStorage)
                    .save(on_top_of, |revision| context.seal(vault, &bytes, revision)),
            )
        });
        match result {
            None => Ok(()),
            Some(Ok(revision)) => {
                session.revision.set_value(revision);
                self.dirty.set_value(false);
                self.status.set(SaveStatus::Saved(local_time()));
                lock::after_successful_save(session);
                Ok(())
            }
            Some(Err(error)) => {
                match &error {
                    SaveError::Conflict { .. } => self.mark_stale(),
                    SaveError::Full => self.status.set(SaveStatus::Full),
                    SaveError::NewerVersion { .. } => {
                        session.note_newer_version(true);
                        self.status.set(SaveStatus::Failed(error.to_string()));
                    }
                    other => self.status.set(SaveStatus::Failed(other.to_string())),
                }
                Err(error)
            }
        }
    }

    /// Another tab saved a newer revision: this tab's edits stay in memory and are not saved
    /// over it until the user chooses so.
    fn mark_stale(&self) {
        self.stale.set(true);
        self.status.set(SaveStatus::Stale);
        self.lock.other_tab_saved();
    }

    fn cancel_timer(&self) {
        if let Some(timer) = self.timer.get_value() {
            timer.clear();
        }
        self.timer.set_value(None);
    }

    /// Listens for the page being left or hidden (save now) and for another tab saving
    /// (this tab becomes stale).
    pub(super) fn watch(&self, session: Session) {
        let autosave = *self;
        let on_hide = window_event_listener(leptos::ev::pagehide, move |_| autosave.flush(session));
        let on_visibility = window_event_listener(leptos::ev::visibilitychange, move |_| {
            if document().visibility_state() == web_sys::VisibilityState::Hidden {
                autosave.flush(session);
            }
        });
        let on_storage = window_event_listener(leptos::ev::storage, move |event| {
            let ours = event.key().is_some_and(|stored| {
                SLOT_KEYS
                    .iter()
                    .any(|key| BrowserStorage::is_stored_key_of(&stored, key))
            });
            if !ours {
                return;
            }
            match session.phase.get_untracked() {
                super::session::Phase::Unlocked => {
                    if session.another_tab_saved_over_this_one() {
                        autosave.mark_stale();
                    }
                }
                _ => session.look_for_workspace(),
            }
        });
        on_cleanup(move || {
            on_hide.remove();
            on_visibility.remove();
            on_storage.remove();
        });
    }
}

/// The local time as "HH:MM", for "Saved 12:03".
fn local_time() -> String {
    let (hours, minutes) = super::clock::local_hours_minutes();
    format!("{hours:02}:{minutes:02}")
}
