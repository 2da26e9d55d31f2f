//! Whether a newer build of the app is installed and waiting, and the user's go-ahead to switch
//! to it.
//!
//! The service worker is installed by a plain script beside the page
//! (`assets/register-worker.js`), because the browser wants it there before the wasm has even
//! loaded; this module is the app's side of that script. A new build never replaces the running
//! one on its own: it waits until the user accepts, so nothing changes under someone mid-edit.

use leptos::prelude::*;

/// Set by the script on `<html>` when a new build waits: covers an update found before the app
/// started listening.
const READY_ATTRIBUTE: &str = "data-app-update";
/// Fired on `window` by the script when a new build waits.
const READY_EVENT: &str = "ctpat-update-ready";
/// Fired on `window` for the script: the user accepts the new build; it takes over and reloads.
const ACCEPT_EVENT: &str = "ctpat-update-accept";

/// A newer build waiting to take over, as a reactive flag the update prompt shows.
#[derive(Debug, Clone, Copy)]
pub struct AppUpdate {
    ready: RwSignal<bool>,
}

impl AppUpdate {
    /// Starts listening for a waiting build; stops when the calling component goes away.
    pub fn watch() -> AppUpdate {
        let already_waiting = document()
            .document_element()
            .is_some_and(|root| root.has_attribute(READY_ATTRIBUTE));
        let update = AppUpdate {
            ready: RwSignal::new(already_waiting),
        };
        let listener = window_event_listener_untyped(READY_EVENT, move |_| update.ready.set(true));
        on_cleanup(move || listener.remove());
        update
    }

    /// Whether a newer build is installed and waiting (tracked).
    pub fn is_ready(&self) -> bool {
        self.ready.get()
    }

    /// Lets the waiting build take over; the page then reloads into it.
    pub fn accept(&self) {
        let dispatched =
            web_sys::Event::new(ACCEPT_EVENT).and_then(|event| window().dispatch_event(&event));
        if let Err(error) = dispatched {
            leptos::logging::warn!("the update could not be started: {error:?}");
        }
    }
}
