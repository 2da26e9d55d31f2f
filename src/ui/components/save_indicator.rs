//! The always-visible save status ("Saved 12:03", "Saving…", "Not saved: storage full"), and
//! what to do when the draft exists only in this tab, including when that kept a lock from
//! happening.

use leptos::prelude::*;

use crate::i18n::{MessageKey, msg};
use crate::state::{Locale, LockRefused, Navigation, SaveStatus, Screen, Session};
use crate::ui::components::show::Show;
use crate::ui::download::download_backup;

/// The status line, announced politely to screen readers when it changes.
#[component]
pub fn SaveIndicator() -> impl IntoView {
    let locale = Locale::expect();
    let session = Session::expect();
    let status = move || session.autosave().status();
    let text = move || match status() {
        SaveStatus::Saved(time) => locale.format(msg::session::SAVE_SAVED, &[("time", &time)]),
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

/// Shown when this tab's edits are not in storage (another tab saved, storage full, a save
/// failed), and when a lock was refused for that reason: it says why and what to do — reload or
/// keep this tab's version, free room (Settings), or download a signed backup that Import takes
/// back. The edits are never silently lost or silently overwritten.
#[component]
pub fn UnsavedWorkNotice() -> impl IntoView {
    let locale = Locale::expect();
    let session = Session::expect();
    let navigation = Navigation::expect();
    let status = move || session.autosave().status();
    let refusal = move || session.lock_refusal();
    let problem = move || {
        refusal()
            .map(|refusal| refusal.reason)
            .or_else(|| LockRefused::from_status(&status()))
    };
    let downloaded = RwSignal::new(None::<Result<String, MessageKey>>);
    let download = move |_| downloaded.set(Some(download_backup(session)));
    let title = move || match (refusal(), status()) {
        (Some(refusal), _) => locale.t(refusal.title_key()),
        (None, SaveStatus::Stale) => locale.t(msg::tabs::STALE_TITLE),
        (None, SaveStatus::Failed(_)) => locale.t(msg::session::SAVE_FAILED),
        (None, _) => locale.t(msg::session::SAVE_FULL),
    };
    let body = move || match (refusal(), problem()) {
        (Some(refusal), _) => locale.t(refusal.reason.message_key()),
        (None, Some(LockRefused::OtherTabSaved)) => locale.t(msg::tabs::STALE_BODY),
        (None, Some(LockRefused::StorageFull)) => locale.t(msg::session::ERROR_STORAGE_FULL),
        (None, _) => locale.t(msg::session::ERROR_STORAGE),
    };
    view! {
        <Show when=move || problem().is_some()>
            <div class="app-notification app-notification--warning" role="alert" id="unsaved-work">
                <h2 class="app-notification__title">{title}</h2>
                <p class="app-body">{body}</p>
                {move || refusal().map(|refusal| view! { <p class="app-body">{move || locale.t(refusal.next_key())}</p> })}
                <div class="app-button-group">
                    <Show when=move || problem() == Some(LockRefused::OtherTabSaved)>
                        <button class="app-button" type="button" on:click=move |_| reload_page()>
                            {move || locale.t(msg::tabs::RELOAD)}
                        </button>
                        <button
                            class="app-button app-button--secondary"
                            type="button"
                            on:click=move |_| session.autosave().overwrite_other_tab()
                        >
                            {move || locale.t(msg::tabs::KEEP_THIS_TAB)}
                        </button>
                    </Show>
                    <Show when=move || problem() == Some(LockRefused::StorageFull)>
                        <button
                            class="app-button app-button--secondary"
                            type="button"
                            on:click=move |_| navigation.go(Screen::Settings)
                        >
                            {move || locale.t(msg::lock::OPEN_SETTINGS)}
                        </button>
                    </Show>
                    <button class="app-button app-button--secondary" type="button" on:click=download>
                        {move || locale.t(msg::tabs::DOWNLOAD_THIS_TAB)}
                    </button>
                </div>
                <p class="app-body" role="status" aria-live="polite" id="unsaved-work-download">
                    {move || match downloaded.get() {
                        Some(Ok(file)) => locale.format(msg::lock::BACKUP_DOWNLOADED, &[("file", &file)]),
                        Some(Err(key)) => locale.t(key).to_owned(),
                        None => String::new(),
                    }}
                </p>
            </div>
        </Show>
    }
}

fn reload_page() {
    if let Err(error) = window().location().reload() {
        leptos::logging::warn!("reload refused: {error:?}");
    }
}
