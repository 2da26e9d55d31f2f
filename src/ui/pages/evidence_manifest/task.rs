//! "Evidence files" on an account's task list: the way to the manifest, with how many files it
//! lists. It has no status: it is a list to hand over, not a part of the profile to complete.

use leptos::prelude::*;

use crate::domain::evidence_manifest::manifest_of;
use crate::i18n::msg;
use crate::state::{Locale, Navigation, Screen, Session};

/// "Evidence files" on account `account_id`'s task list.
#[component]
pub fn EvidenceManifestTask(
    /// The account whose task list shows it.
    account_id: StoredValue<String>,
) -> impl IntoView {
    let locale = Locale::expect();
    let session = Session::expect();
    let navigation = Navigation::expect();
    let count = Memo::new(move |_| {
        session
            .with_contents(|c| {
                account_id.with_value(|id| c.workspace.account(id).map(|a| manifest_of(a).len()))
            })
            .flatten()
            .unwrap_or_default()
    });
    view! {
        <section class="app-task-list" aria-labelledby="account-evidence-heading">
            <h2 class="app-heading-m" id="account-evidence-heading">{move || locale.t(msg::evidence_manifest::TASK)}</h2>
            <ul class="app-task-list__items">
                <li class="app-task-list__item">
                    <span class="app-task-list__name">
                        <button class="app-task-list__link" type="button" id="task-evidence-manifest"
                            aria-describedby="task-evidence-manifest-count"
                            on:click=move |_| navigation.go(Screen::EvidenceManifest(account_id.get_value()))>
                            {move || locale.t(msg::evidence_manifest::TASK)}
                        </button>
                    </span>
                    <span class="app-task-list__counts" id="task-evidence-manifest-count">
                        {move || locale.format(msg::evidence_manifest::TASK_COUNT, &[("count", &count.get().to_string())])}
                    </span>
                </li>
            </ul>
        </section>
    }
}
