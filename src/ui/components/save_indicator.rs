//! The always-visible save status ("Saved 12:03", "Saving…", "Not saved: storage full"), and
//! what to do when the draft exists only in this tab.

use leptos::prelude::*;

use crate::state::{Locale, SaveStatus, Session};
use crate::ui::download::download_text;

/// The status line, announced politely to screen readers when it changes.
#[component]
pub fn SaveIndicator() -> impl IntoView {
    let locale = Locale::expect();
    let session = Session::expect();
    let status = move || session.autosave().status();
    let text = move || match status() {
        SaveStatus::Saved(time) => locale.format("session.save.saved", &[("time", &time)]),
        other => locale.t(other.message_key()).to_owned(),
    };
    view! {
        <p
            class="app-save-indicator"
            class:app-save-indicator--unsaved=move || status().is_unsaved()
            role="status"
            aria-live="polite"
            id="save-status"
        >
            {text}
        </p>
    }
}

/// Shown when another tab saved, or storage is full: the user's edits in this tab are still
/// here and can be kept, or downloaded, but never silently lost or silently overwritten.
#[component]
pub fn UnsavedWorkNotice() -> impl IntoView {
    let locale = Locale::expect();
    let session = Session::expect();
    let status = move || session.autosave().status();
    let download = move |_| {
        let json = session
            .with_contents(|contents| {
                serde_json::to_string_pretty(&contents.workspace).unwrap_or_default()
            })
            .unwrap_or_default();
        download_text("ctpat-workspace-this-tab.json", "application/json", &json);
    };
    view! {
        <Show when=move || matches!(status(), SaveStatus::Stale | SaveStatus::Full | SaveStatus::Failed(_))>
            <div class="app-notification app-notification--warning" role="alert">
                <h2 class="app-notification__title">
                    {move || match status() {
                        SaveStatus::Stale => locale.t("tabs.stale_title"),
                        _ => locale.t("session.save.full"),
                    }}
                </h2>
                <p class="app-body">
                    {move || match status() {
                        SaveStatus::Stale => locale.t("tabs.stale_body"),
                        SaveStatus::Full => locale.t("session.error.storage_full"),
                        _ => locale.t("session.error.storage"),
                    }}
                </p>
                <div class="app-button-group">
                    <Show when=move || matches!(status(), SaveStatus::Stale)>
                        <button class="app-button" type="button" on:click=move |_| reload_page()>
                            {move || locale.t("tabs.reload")}
                        </button>
                        <button
                            class="app-button app-button--secondary"
                            type="button"
                            on:click=move |_| session.autosave().overwrite_other_tab(session)
                        >
                            {move || locale.t("tabs.keep_this_tab")}
                        </button>
                    </Show>
                    <button class="app-button app-button--secondary" type="button" on:click=download>
                        {move || locale.t("tabs.download_this_tab")}
                    </button>
                </div>
            </div>
        </Show>
    }
}

fn reload_page() {
    if let Err(error) = window().location().reload() {
        leptos::logging::warn!("reload refused: {error:?}");
    }
}
