//! Settings' list of what storage kept aside because it could not be read: each copy can be
//! downloaded, deleted after a confirmation, and, when this version can read it, brought back
//! in place of the open workspace (undoable like a restored backup).

use leptos::prelude::*;

use crate::i18n::msg;
use crate::state::kept_aside;
use crate::state::{Locale, Session};
use crate::storage::quarantine::QuarantinedValue;
use crate::ui::components::bring_back_form::{BringBackForm, BringingBack};
use crate::ui::download::download_text;
use crate::ui::local_time::local_date_time;

/// The "Data kept aside" section.
#[component]
pub(super) fn KeptAsideSection() -> impl IntoView {
    let locale = Locale::expect();
    let session = Session::expect();
    // Bumped after a deletion or a copy brought back, so the list is read again.
    let changes = RwSignal::new(0u32);
    let items = move || {
        session.quarantined();
        changes.get();
        kept_aside::copies()
    };
    let brought_back = RwSignal::new(false);
    view! {
        <h2 class="app-heading-m" id="kept-aside-heading">{move || locale.t(msg::settings::QUARANTINE_HEADING)}</h2>
        <p class="app-body" id="kept-aside-brought-back" role="status" aria-live="polite">
            {move || brought_back.get().then(|| locale.t(msg::kept_aside::BROUGHT_BACK))}
        </p>
        {move || {
            let items = items();
            if items.is_empty() {
                view! { <p class="app-body">{move || locale.t(msg::settings::QUARANTINE_EMPTY)}</p> }.into_any()
            } else {
                view! {
                    <p class="app-body">{move || locale.t(msg::settings::QUARANTINE_INTRO)}</p>
                    <p class="app-inset-text" id="quarantine-old-keys">{move || locale.t(msg::settings::QUARANTINE_OLD_KEYS)}</p>
                    <ul class="app-list app-kept-aside">
                        {items
                            .into_iter()
                            .map(|(key, record)| view! {
                                <KeptCopy
                                    quarantine_key=key
                                    record=record
                                    on_change=Callback::new(move |back: bool| {
                                        brought_back.set(back);
                                        changes.update(|count| *count += 1);
                                    })
                                />
                            })
                            .collect_view()}
                    </ul>
                }
                .into_any()
            }
        }}
    }
}

/// One copy kept aside: where it came from and when, and what can be done with it.
#[component]
fn KeptCopy(
    quarantine_key: String,
    record: QuarantinedValue,
    /// Called after the copy was deleted (`false`) or brought back (`true`).
    on_change: Callback<bool>,
) -> impl IntoView {
    let locale = Locale::expect();
    let session = Session::expect();
    let confirming_delete = RwSignal::new(false);
    let openable = kept_aside::sealed_workspace(&record).is_some();
    let file_name = kept_aside::downloaded_file_name(&record);
    let json = serde_json::to_string_pretty(&record).unwrap_or_default();
    let moved_at = local_date_time(record.moved_at);
    let form_id: String = format!(
        "kept-{}",
        quarantine_key
            .chars()
            .filter(char::is_ascii_alphanumeric)
            .collect::<String>()
    );
    let delete_key = quarantine_key.clone();
    let bring_back_key = quarantine_key.clone();
    let bring_back = Callback::new(move |passphrase: String| -> BringingBack {
        let key = bring_back_key.clone();
        Box::pin(async move {
            kept_aside::bring_back_stored(session, &key, &passphrase).await?;
            on_change.run(true);
            Ok(())
        })
    });
    view! {
        <li class="app-kept-aside__item" data-quarantine-item=quarantine_key.clone()>
            <p class="app-body">
                <code>{record.from.clone()}</code> " "
                {move || locale.format(msg::kept_aside::MOVED_AT, &[("time", &moved_at)])}
            </p>
            <button
                class="app-link-button"
                type="button"
                data-quarantine-key=quarantine_key.clone()
                on:click=move |_| {
                    download_text(&file_name, "application/json", &json);
                }
            >
                {move || locale.t(msg::settings::QUARANTINE_DOWNLOAD)}
            </button>
            " "
            {move || {
                let delete_key = delete_key.clone();
                if confirming_delete.get() {
                    view! {
                        <span class="app-quarantine__confirm" role="group">
                            {move || locale.t(msg::settings::QUARANTINE_DELETE_CONFIRM)} " "
                            <button class="app-link-button" type="button" data-delete-confirm="yes" on:click=move |_| {
                                if let Err(error) = kept_aside::delete(&delete_key) {
                                    leptos::logging::warn!("a quarantined copy could not be deleted: {error}");
                                }
                                confirming_delete.set(false);
                                on_change.run(false);
                            }>
                                {move || locale.t(msg::settings::QUARANTINE_DELETE_YES)}
                            </button>
                            " "
                            <button class="app-link-button" type="button" on:click=move |_| confirming_delete.set(false)>
                                {move || locale.t(msg::settings::QUARANTINE_DELETE_NO)}
                            </button>
                        </span>
                    }
                    .into_any()
                } else {
                    view! {
                        <button class="app-link-button" type="button" data-delete=delete_key on:click=move |_| confirming_delete.set(true)>
                            {move || locale.t(msg::settings::QUARANTINE_DELETE)}
                        </button>
                    }
                    .into_any()
                }
            }}
            {if openable {
                view! { <BringBackForm id_prefix=form_id.clone() bring_back=bring_back /> }.into_any()
            } else {
                view! { <p class="app-hint">{move || locale.t(msg::kept_aside::NOT_OPENABLE_HINT)}</p> }.into_any()
            }}
        </li>
    }
}
