//! Locking never loses edits. A lock — the Lock button, or auto-lock after the quiet spell —
//! saves first; when that save cannot happen (storage full, another tab saved a newer revision,
//! any other save error) the workspace stays open and the refusal is kept, typed, for the shell
//! to show with what to do.
//!
//! A refused auto-lock stays wanted: it is tried again right after the next successful save, and
//! at the next user action (a second after it, so a burst of key presses makes one attempt).
//! Nothing else tries it again, so a problem that stays leaves the app idle, not looping.

use std::time::Duration;

use super::focused_field::leave_focused_field;
use super::lock_refusal::{LockKind, LockRefusal, LockRefused};
use super::session::{Phase, Session};

/// How long after a user action a refused auto-lock is tried again.
const RETRY_AFTER_ACTION: Duration = Duration::from_secs(1);

impl Session {
    /// Locks (the Lock buttons): saves what is pending, then drops the keys and the decrypted
    /// contents. When that save cannot happen the workspace stays open and the typed reason is
    /// kept in [`Session::lock_refusal`] for the shell to show; [`Session::try_lock`] is the
    /// same step returning it.
    pub fn lock(&self) {
        lock(*self, LockKind::Manual);
    }

    /// Saves what is pending, then drops the keys and the decrypted contents; when the save
    /// cannot happen (storage full, another tab saved, any save error) nothing is dropped and
    /// the reason is returned, so a lock never loses edits.
    pub fn try_lock(&self) -> Result<(), LockRefused> {
        // The example has nothing to lock and nothing to save: locking it leaves it.
        if self.workspace().is_example_untracked() {
            self.leave_example();
            return Ok(());
        }
        self.autosave().save_before_lock()?;
        leave_focused_field();
        self.persistence().forget_keys();
        self.workspace().close();
        self.set_phase(Phase::Locked);
        Ok(())
    }

    /// The lock (manual or automatic) that was refused and why, while the workspace stays open
    /// because of it (tracked): the shell shows it with what to do.
    pub fn lock_refusal(&self) -> Option<LockRefusal> {
        self.lock_state().refusal()
    }
}

/// Locks the workspace, or keeps it open and records why not. A manual lock after a refused
/// auto-lock keeps the auto-lock wanted.
pub(super) fn lock(session: Session, kind: LockKind) {
    let state = session.lock_state();
    match session.try_lock() {
        Ok(()) => state.clear(),
        Err(reason) => {
            let kind = if state.is_automatic() {
                LockKind::Automatic
            } else {
                kind
            };
            state.show(LockRefusal { reason, kind });
        }
    }
}

/// The refused auto-lock, tried again if the workspace is still open.
fn retry_auto_lock(session: Session) {
    if session.phase_untracked() == Phase::Unlocked {
        lock(session, LockKind::Automatic);
    }
}

/// A save succeeded: a refused auto-lock is tried again (on the next turn, outside the save),
/// and a refused manual lock's notice goes, its reason gone.
pub(super) fn after_successful_save(session: Session) {
    let state = session.lock_state();
    if state.is_automatic() {
        state.retry_after(Duration::ZERO, true, move || retry_auto_lock(session));
    } else {
        state.clear();
    }
}

/// The user did something: a refused auto-lock is tried again a moment later, in case the
/// problem is solved (room freed without an edit to save).
pub(super) fn after_user_action(session: Session) {
    let state = session.lock_state();
    if state.is_automatic() {
        state.retry_after(RETRY_AFTER_ACTION, false, move || retry_auto_lock(session));
    }
}

/// Whether a refused auto-lock is waiting for the user: the inactivity check leaves it alone.
pub(super) fn auto_lock_waiting(session: Session) -> bool {
    session.lock_state().is_automatic()
}
