//! The offer to undo an import that replaced something, shown with its success notice: the
//! import is undone from here, or later from Settings, until the next such import.

use leptos::prelude::*;

use crate::i18n::{MessageKey, msg};
use crate::state::import_undo;
use crate::state::{Locale, Session};
use crate::ui::components::show::Show;
use crate::ui::field_focus::focus_field;

/// "Undo import of <file>" under the import's success notice, while `offer` holds the file's
/// name; `done` is the notice, which says when the import was undone.
#[component]
pub(super) fn UndoNotice(
    offer: RwSignal<Option<String>>,
    done: RwSignal<Option<String>>,
) -> impl IntoView {
    let locale = Locale::expect();
    let session = Session::expect();
    let error = RwSignal::new(None::<MessageKey>);
    let undo = move |_| match import_undo::undo_import(session) {
        Ok(undone) => {
            offer.set(None);
            error.set(None);
            done.set(Some(locale.format(
                msg::transfer::UNDO_DONE,
                &[("file", &undone.file_name)],
            )));
            // The button is gone: focus goes to what happened.
            request_animation_frame(|| focus_field("import-status"));
        }
        Err(problem) => error.set(Some(problem.message_key())),
    };
    view! {
        <Show when=move || offer.with(Option::is_some)>
            <div class="app-inset-text" id="import-undo">
                <p class="app-body">{move || locale.t(msg::transfer::UNDO_KEPT)}</p>
                <Show when=move || error.get().is_some()>
                    <p class="app-error-message" id="import-undo-error" role="alert">
                        {move || error.get().map(|key| locale.t(key)).unwrap_or_default()}
                    </p>
                </Show>
                <button class="app-button app-button--secondary" type="button" id="import-undo-button" on:click=undo>
                    {move || {
                        let file = offer.get().unwrap_or_default();
                        locale.format(msg::transfer::UNDO_BUTTON, &[("file", &file)])
                    }}
                </button>
            </div>
        </Show>
    }
}
