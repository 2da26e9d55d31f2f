//! The always-visible save status ("Saved 12:03", "Saving…", "Not saved: storage full"), and
//! what to do when the draft exists only in this tab, including when that kept a lock from
//! happening.

use leptos::prelude::*;

use crate::state::{Locale, LockRefused, Navigation, SaveStatus, Screen, Session};
use crate::ui::download::download_backup;

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
    let downloaded = RwSignal::new(None::<Result<String, &'static str>>);
    let download = move |_| downloaded.set(Some(download_backup(session)));
    let title = move || match (refusal(), status()) {
        (Some(refusal), _) => locale.t(refusal.title_key()),
        (None, SaveStatus::Stale) => locale.t("tabs.stale_title"),
        (None, SaveStatus::Failed(_)) => locale.t("session.save.failed"),
        (None, _) => locale.t("session.save.full"),
    };
    let body = move || match (refusal(), problem()) {
        (Some(refusal), _) => locale.t(refusal.reason.message_key()),
        (None, Some(LockRefused::OtherTabSaved)) => locale.t("tabs.stale_body"),
        (None, Some(LockRefused::StorageFull)) => locale.t("session.error.storage_full"),
        (None, _) => locale.t("session.error.storage"),
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
                    <Show when=move || problem() == Some(LockRefused::StorageFull)>
                        <button
                            class="app-button app-button--secondary"
                            type="button"
                            on:click=move |_| navigation.go(Screen::Settings)
                        >
                            {move || locale.t("lock.open_settings")}
                        </button>
                    </Show>
                    <button class="app-button app-button--secondary" type="button" on:click=download>
                        {move || locale.t("tabs.download_this_tab")}
                    </button>
                </div>
                <p class="app-body" role="status" aria-live="polite" id="unsaved-work-download">
                    {move || match downloaded.get() {
                        Some(Ok(file)) => locale.format("lock.backup_downloaded", &[("file", &file)]),
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
