//! Unlocking, recovering and creating a workspace derive keys with Argon2id, which holds the
//! page for most of a second. Starting that work just after the next paint lets the "working…"
//! message and the disabled button show first, so the user knows something is happening.

use std::time::Duration;

use leptos::prelude::*;

/// Sets `busy`, runs `work` once the page has painted, then clears `busy`.
pub fn run_after_paint(busy: RwSignal<bool>, work: impl FnOnce() + 'static) {
    busy.set(true);
    set_timeout(
        move || {
            work();
            // The page may have gone (unlocked, created): then there is nothing to clear.
            let _ = busy.try_set(false);
        },
        Duration::from_millis(30),
    );
}
