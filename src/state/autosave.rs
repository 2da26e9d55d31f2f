//! Autosave: every edit schedules a save at most one second after the last change, off the
//! keystroke path; leaving or hiding the page saves at once. The status is always visible, and a
//! save refused because another tab saved first marks this tab as stale instead of overwriting.
//! Locking saves through here first and is refused, typed, when that save cannot happen.
//!
//! It hears of edits from the open workspace and saves through persistence; what a save means
//! for a refused lock is told to whoever listens (`Autosave::on_event`), so it needs no
//! session.

use std::time::Duration;

use leptos::prelude::*;
use leptos::web_sys;

use super::lock_refusal::LockRefused;
use super::open_workspace::OpenWorkspace;
use super::persistence::Persistence;
use super::save_status::SaveStatus;
use super::session_error::SessionError;
use crate::storage::backend::BrowserStorage;
use crate::storage::draft_slots::{DraftSlots, SaveError};

/// How long after the last edit the draft is saved.
pub const AUTOSAVE_DELAY: Duration = Duration::from_millis(1000);

/// What a save told about storage, for whoever waits on it (a refused lock).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SaveEvent {
    /// The draft is in storage.
    Saved,
    /// Another tab saved over this tab's revision.
    OtherTabSaved,
}

/// The autosave machinery of one session.
#[derive(Clone, Copy)]
pub struct Autosave {
    status: RwSignal<SaveStatus>,
    stale: RwSignal<bool>,
    dirty: StoredValue<bool>,
    timer: StoredValue<Option<TimeoutHandle>>,
    workspace: OpenWorkspace,
    persistence: Persistence,
    on_event: StoredValue<Option<Callback<SaveEvent>>>,
}

impl Autosave {
    /// The autosave of `workspace`, saving through `persistence`; every edit of the workspace
    /// that must be saved schedules a save.
    pub(super) fn new(workspace: OpenWorkspace, persistence: Persistence) -> Self {
        let autosave = Self {
            status: RwSignal::new(SaveStatus::Idle),
            stale: RwSignal::new(false),
            dirty: StoredValue::new(false),
            timer: StoredValue::new(None),
            workspace,
            persistence,
            on_event: StoredValue::new(None),
        };
        workspace.on_change(Callback::new(move |()| autosave.schedule()));
        autosave
    }

    /// Sets who is told how saves went (the lock that waits for one).
    pub(super) fn on_event(&self, listener: Callback<SaveEvent>) {
        self.on_event.set_value(Some(listener));
    }

    fn tell(&self, event: SaveEvent) {
        if let Some(listener) = self.on_event.get_value() {
            listener.run(event);
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

    /// A workspace was opened (or closed): nothing is waiting to be saved.
    pub(super) fn opened(&self) {
        self.cancel_timer();
        self.dirty.set_value(false);
        self.stale.set(false);
        self.status.set(SaveStatus::Idle);
    }

    /// Schedules a save [`AUTOSAVE_DELAY`] after this, the latest, edit.
    fn schedule(&self) {
        self.dirty.set_value(true);
        self.cancel_timer();
        if !self.stale.get_untracked() {
            self.status.set(SaveStatus::Pending);
        }
        let autosave = *self;
        let timer = set_timeout_with_handle(
            move || super::save_lock::run_exclusively(move || autosave.flush()),
            AUTOSAVE_DELAY,
        )
        .ok();
        self.timer.set_value(timer);
    }

    /// Saves now if anything is waiting (leaving the page, locking, before a passphrase change).
    pub fn flush(&self) {
        self.cancel_timer();
        if self.dirty.get_value() && !self.stale.get_untracked() {
            // The status shows how it went.
            let _outcome = self.save(self.persistence.revision());
        }
    }

    /// Before a lock: saves what is waiting, and says why not when that cannot happen, so no
    /// edit is dropped with the keys. With nothing waiting there is nothing to lose, even if
    /// another tab has saved since.
    pub(super) fn save_before_lock(&self) -> Result<(), LockRefused> {
        self.cancel_timer();
        if !self.dirty.get_value() {
            return Ok(());
        }
        if self.stale.get_untracked() {
            return Err(LockRefused::OtherTabSaved);
        }
        self.save(self.persistence.revision())
            .map_err(LockRefused::from)
    }

    /// The user chose to keep this tab's version over the other tab's: saves on top of it,
    /// unless the other tab's copy was saved by a newer version of the editor (left alone).
    pub fn overwrite_other_tab(&self) {
        if self.persistence.newest_stored_is_from_newer_version() {
            let refused = SessionError::SavedByNewerVersion;
            self.status.set(SaveStatus::Failed(refused.to_string()));
            return;
        }
        let stored = DraftSlots::new(&BrowserStorage).stored_revision();
        match stored {
            Ok(stored) => {
                self.stale.set(false);
                // The status shows how it went.
                let _outcome = self.save(stored);
            }
            Err(error) => self.status.set(SaveStatus::Failed(error.to_string())),
        }
    }

    /// Saves on top of revision `on_top_of`, shows the outcome in the status and returns it.
    /// Nothing to save (locked) counts as saved.
    fn save(&self, on_top_of: u64) -> Result<(), SaveError> {
        let Some(bytes) = self.workspace.sealable_bytes() else {
            return Ok(());
        };
        match self.persistence.save(on_top_of, &bytes) {
            Ok(None) => Ok(()),
            Ok(Some(_revision)) => {
                self.dirty.set_value(false);
                self.status.set(SaveStatus::Saved(local_time()));
                self.tell(SaveEvent::Saved);
                Ok(())
            }
            Err(error) => {
                match &error {
                    SaveError::Conflict { .. } => self.mark_stale(),
                    SaveError::Full => self.status.set(SaveStatus::Full),
                    SaveError::NewerVersion { .. } => {
                        self.persistence.note_newer_version(true);
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
    pub(super) fn mark_stale(&self) {
        self.stale.set(true);
        self.status.set(SaveStatus::Stale);
        self.tell(SaveEvent::OtherTabSaved);
    }

    fn cancel_timer(&self) {
        if let Some(timer) = self.timer.get_value() {
            timer.clear();
        }
        self.timer.set_value(None);
    }

    /// Listens for the page being left or hidden: what is waiting is saved at once.
    pub(super) fn watch_page(&self) {
        let autosave = *self;
        let on_hide = window_event_listener(leptos::ev::pagehide, move |_| autosave.flush());
        let on_visibility = window_event_listener(leptos::ev::visibilitychange, move |_| {
            if document().visibility_state() == web_sys::VisibilityState::Hidden {
                autosave.flush();
            }
        });
        on_cleanup(move || {
            on_hide.remove();
            on_visibility.remove();
        });
    }
}

/// The local time as "HH:MM", for "Saved 12:03".
fn local_time() -> String {
    let (hours, minutes) = super::clock::local_hours_minutes();
    format!("{hours:02}:{minutes:02}")
}
