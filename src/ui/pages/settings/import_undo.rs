//! Settings' offer to undo the last import that replaced something (an account replaced, a
//! backup restored), until the next one; and the kept copy itself, to download or delete,
//! which is all that is left to do with a copy the current keys no longer open.

use leptos::prelude::*;

use crate::i18n::{MessageKey, msg};
use crate::state::import_undo::{self, UndoOffer};
use crate::state::{Locale, Session};
use crate::ui::components::show::Show;
use crate::ui::download::download_text;
use crate::ui::local_time::local_date_time;

/// The name offered for a downloaded undo copy (it stays encrypted).
const DOWNLOAD_NAME: &str = "ctpat-undo-copy.json";

/// The "Undo the last import" section.
#[component]
pub(super) fn ImportUndoSection() -> impl IntoView {
    let locale = Locale::expect();
    let session = Session::expect();
    // Bumped after an undo or a deletion, so storage is read again.
    let changes = RwSignal::new(0u32);
    let outcome = RwSignal::new(None::<Result<String, MessageKey>>);
    let offer = move || {
        changes.get();
        import_undo::offer()
    };
    let undo = move |_| {
        outcome.set(Some(match import_undo::undo_import(session) {
            Ok(undone) => {
                Ok(locale.format(msg::transfer::UNDO_DONE, &[("file", &undone.file_name)]))
            }
            Err(problem) => Err(problem.message_key()),
        }));
        changes.update(|count| *count += 1);
    };
    let deleted = Callback::new(move |()| {
        outcome.set(Some(match import_undo::delete() {
            Ok(()) => Ok(locale.t(msg::settings::UNDO_DELETED).to_owned()),
            Err(_) => Err(msg::transfer::UNDO_ERROR_STORAGE),
        }));
        changes.update(|count| *count += 1);
    });
    view! {
        <h2 class="app-heading-m" id="undo-import-heading">{move || locale.t(msg::settings::UNDO_HEADING)}</h2>
        {move || match offer() {
            Ok(None) => view! { <p class="app-body" id="undo-import-none">{move || locale.t(msg::settings::UNDO_NONE)}</p> }.into_any(),
            Ok(Some(UndoOffer { file_name, imported_at, .. })) => {
                let button_file = file_name.clone();
                view! {
                    <p class="app-body" id="undo-import-intro">
                        {move || {
                            let time = local_date_time(imported_at);
                            locale.format(msg::settings::UNDO_INTRO, &[("file", &file_name), ("time", &time)])
                        }}
                    </p>
                    <button class="app-button app-button--secondary" type="button" id="settings-undo-import" on:click=undo>
                        {move || locale.format(msg::transfer::UNDO_BUTTON, &[("file", &button_file)])}
                    </button>
                    <KeptCopy on_deleted=deleted />
                }
                .into_any()
            }
            Err(_) => view! {
                <p class="app-body" id="undo-import-unreadable">{move || locale.t(msg::settings::UNDO_UNREADABLE)}</p>
                <KeptCopy on_deleted=deleted />
            }
            .into_any(),
        }}
        <Show when=move || matches!(outcome.get(), Some(Err(_)))>
            <p class="app-error-message" id="settings-undo-error" role="alert">
                {move || match outcome.get() {
                    Some(Err(key)) => locale.t(key),
                    _ => "",
                }}
            </p>
        </Show>
        <p class="app-body" id="settings-undo-status" role="status" aria-live="polite">
            {move || match outcome.get() {
                Some(Ok(text)) => text,
                _ => String::new(),
            }}
        </p>
    }
}

/// Download and delete (after a confirmation) of the kept copy.
#[component]
fn KeptCopy(on_deleted: Callback<()>) -> impl IntoView {
    let locale = Locale::expect();
    let confirming = RwSignal::new(false);
    let download = move |_| {
        if let Ok(Some(text)) = import_undo::stored_copy() {
            download_text(DOWNLOAD_NAME, "application/json", &text);
        }
    };
    view! {
        <p class="app-body">
            <button class="app-link-button" type="button" id="undo-copy-download" on:click=download>
                {move || locale.t(msg::settings::UNDO_DOWNLOAD)}
            </button>
            " "
            <Show
                when=move || confirming.get()
                fallback=move || view! {
                    <button class="app-link-button" type="button" id="undo-copy-delete" on:click=move |_| confirming.set(true)>
                        {move || locale.t(msg::settings::UNDO_DELETE)}
                    </button>
                }
            >
                <span role="group">
                    {move || locale.t(msg::settings::UNDO_DELETE_CONFIRM)} " "
                    <button class="app-link-button" type="button" id="undo-copy-delete-yes" on:click=move |_| {
                        confirming.set(false);
                        on_deleted.run(());
                    }>
                        {move || locale.t(msg::settings::UNDO_DELETE_YES)}
                    </button>
                    " "
                    <button class="app-link-button" type="button" on:click=move |_| confirming.set(false)>
                        {move || locale.t(msg::settings::UNDO_DELETE_NO)}
                    </button>
                </span>
            </Show>
        </p>
    }
}
