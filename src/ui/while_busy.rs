//! Unlocking, recovering, creating a workspace and changing its secrets derive keys with
//! Argon2id, which takes about a second each. The key-derivation worker computes them off the
//! page's thread, so the page stays responsive; meanwhile the form says what is happening and
//! its button is disabled, so the work is not started twice.

use std::future::Future;

use leptos::prelude::*;
use leptos::task::spawn_local;

/// Sets `busy`, runs `work` to its end, then clears `busy`. Does nothing while `busy` is already
/// set: a second submission of the same form waits for the first to finish.
pub fn run_while_busy(busy: RwSignal<bool>, work: impl Future<Output = ()> + 'static) {
    if busy.get_untracked() {
        return;
    }
    busy.set(true);
    spawn_local(async move {
        work.await;
        // The page may have gone (unlocked, created): then there is nothing to clear.
        let _ = busy.try_set(false);
    });
}
