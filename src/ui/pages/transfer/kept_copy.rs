//! Import of a copy kept aside that Settings downloaded earlier: it is not a signed file, so it
//! is never taken for a submission or a backup; it is named as what it is and offered back
//! with the same confirmation (and passphrase, if needed) as in Settings.

use leptos::prelude::*;

use crate::i18n::msg;
use crate::state::kept_aside;
use crate::state::{Locale, Session};
use crate::storage::quarantine::QuarantinedValue;
use crate::ui::components::bring_back_form::{BringBackForm, BringingBack};

/// What the chosen file holds and the offer to bring it back.
#[component]
pub(super) fn KeptCopyImport(
    /// The copy, as read from the file.
    record: QuarantinedValue,
    /// The file's name, as the undo offer names it.
    file_name: String,
    /// Called once the copy is back.
    on_done: Callback<()>,
) -> impl IntoView {
    let locale = Locale::expect();
    let session = Session::expect();
    let openable = kept_aside::sealed_workspace(&record).is_some();
    let moved_at = crate::ui::local_time::local_date_time(record.moved_at);
    let bring_back = Callback::new(move |passphrase: String| -> BringingBack {
        let (record, file_name) = (record.clone(), file_name.clone());
        Box::pin(async move {
            kept_aside::bring_back(session, &record, &passphrase, &file_name).await?;
            on_done.run(());
            Ok(())
        })
    });
    view! {
        <section class="app-preview" id="import-kept-copy" aria-labelledby="import-kept-copy-title">
            <h3 class="app-heading-s" id="import-kept-copy-title">{move || locale.t(msg::kept_aside::IMPORT_TITLE)}</h3>
            <p class="app-body">{move || locale.format(msg::kept_aside::IMPORT_BODY, &[("time", &moved_at)])}</p>
            {if openable {
                view! { <BringBackForm id_prefix="import-kept-copy" bring_back=bring_back /> }.into_any()
            } else {
                view! { <p class="app-error-message" role="alert">{move || locale.t(msg::kept_aside::ERROR_NOT_OPENABLE)}</p> }.into_any()
            }}
        </section>
    }
}
