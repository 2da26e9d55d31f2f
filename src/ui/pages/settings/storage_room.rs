//! Settings' account of the browser's storage: how much the workspace's two copies, the undo
//! copy and the data kept aside take of the room the browser gives this site, so the user knows
//! what to free before a save is refused.

use leptos::prelude::*;

use crate::i18n::{MessageKey, msg};
use crate::state::Locale;
use crate::storage::usage::ROOM_BYTES;
use crate::ui::components::storage_room::{kilobytes, watched_usage};

/// The "Storage in this browser" section.
#[component]
pub(super) fn StorageRoomSection() -> impl IntoView {
    let locale = Locale::expect();
    let usage = watched_usage();
    let row = move |id: &'static str,
                    label: MessageKey,
                    bytes: fn(&crate::storage::usage::StorageUsage) -> u64| {
        view! {
            <div class="app-summary-list__row">
                <dt class="app-summary-list__key">{move || locale.t(label)}</dt>
                <dd class="app-summary-list__value" id=id>
                    {move || locale.format(msg::storage::KILOBYTES, &[("size", &kilobytes(bytes(&usage.get())))])}
                </dd>
            </div>
        }
    };
    view! {
        <h2 class="app-heading-m">{move || locale.t(msg::storage::ROOM_HEADING)}</h2>
        <p class="app-body" id="storage-room-total">
            {move || {
                let usage = usage.get();
                locale.format(
                    msg::storage::ROOM_TOTAL,
                    &[
                        ("used", &kilobytes(usage.total())),
                        ("room", &kilobytes(ROOM_BYTES)),
                        ("percent", &usage.percent_used().to_string()),
                    ],
                )
            }}
        </p>
        <dl class="app-summary-list">
            {row("storage-room-workspace", msg::storage::ROOM_WORKSPACE, |usage| usage.workspace)}
            {row("storage-room-undo", msg::storage::ROOM_UNDO, |usage| usage.undo)}
            {row("storage-room-kept-aside", msg::storage::ROOM_KEPT_ASIDE, |usage| usage.kept_aside)}
        </dl>
    }
}
