//! Auto-lock: after the chosen number of minutes without a key press, click, touch or input, the
//! app saves, then drops the keys and the decrypted workspace from memory. When that save cannot
//! happen the workspace stays open (see [`super::lock`]); the refused auto-lock is then tried
//! again after the next successful save or user action, not by this check, which waits.

use std::time::Duration;

use leptos::prelude::*;

use super::clock::now_ms;
use super::lock;
use super::lock_refusal::LockKind;
use super::session::{Phase, Session};

/// How often inactivity is checked.
const CHECK_EVERY: Duration = Duration::from_secs(15);

/// Starts watching for inactivity for the life of the app.
pub(super) fn watch(session: Session) {
    let last_activity = StoredValue::new(now_ms());
    let touch = move || last_activity.set_value(now_ms());
    let act = move || {
        touch();
        lock::after_user_action(session);
    };
    let on_key = window_event_listener(leptos::ev::keydown, move |_| act());
    let on_pointer = window_event_listener(leptos::ev::pointerdown, move |_| act());
    let on_input = window_event_listener(leptos::ev::input, move |_| act());
    let interval = set_interval_with_handle(
        move || {
            if session.phase_untracked() != Phase::Unlocked {
                touch();
                return;
            }
            if lock::auto_lock_waiting(session) {
                return;
            }
            let minutes =
                session.with_contents_untracked(|contents| contents.settings.auto_lock_minutes);
            let Some(minutes) = minutes.filter(|minutes| *minutes > 0) else {
                return;
            };
            if now_ms().saturating_sub(last_activity.get_value()) >= u64::from(minutes) * 60_000 {
                lock::lock(session, LockKind::Automatic);
            }
        },
        CHECK_EVERY,
    )
    .ok();
    on_cleanup(move || {
        on_key.remove();
        on_pointer.remove();
        on_input.remove();
        if let Some(interval) = interval {
            interval.clear();
        }
    });
}
