//! The account task list's entry into Portal entry mode, with how many of the account's Portal
//! questions are ticked as entered.

use leptos::prelude::*;

use crate::domain::portal_entry::{overall_progress, portal_layout};
use crate::i18n::msg;
use crate::state::{Locale, Navigation, Screen, Session};
use crate::ui::components::task_list::{StatusTag, TaskStatus};

/// "Enter it in the Portal" on account `account_id`'s task list.
#[component]
pub fn PortalEntryTask(
    /// The account whose task list shows it.
    account_id: StoredValue<String>,
) -> impl IntoView {
    let locale = Locale::expect();
    let session = Session::expect();
    let navigation = Navigation::expect();
    let progress = Memo::new(move |_| {
        session
            .with_contents(|c| {
                account_id.with_value(|id| {
                    let account = c.workspace.account(id)?;
                    let layout = portal_layout(account.business_type);
                    Some(overall_progress(
                        &layout,
                        c.workspace.portal_entered.get(id),
                    ))
                })
            })
            .flatten()
            .unwrap_or_default()
    });
    let status = Signal::derive(move || {
        let progress = progress.get();
        if progress.is_complete() {
            TaskStatus::Completed
        } else if progress.entered > 0 {
            TaskStatus::InProgress
        } else {
            TaskStatus::NotStarted
        }
    });
    view! {
        <section class="app-task-list" aria-labelledby="account-portal-heading">
            <h2 class="app-heading-m" id="account-portal-heading">{move || locale.t(msg::portal_entry::TASK_HEADING)}</h2>
            <ul class="app-task-list__items">
                <li class="app-task-list__item">
                    <span class="app-task-list__name">
                        <button class="app-task-list__link" type="button" id="task-portal-entry"
                            aria-describedby="task-portal-entry-progress task-portal-entry-status"
                            on:click=move |_| navigation.go(Screen::PortalEntry(account_id.get_value()))>
                            {move || locale.t(msg::portal_entry::TASK)}
                        </button>
                    </span>
                    <span class="app-task-list__counts" id="task-portal-entry-progress">
                        {move || {
                            let progress = progress.get();
                            locale.format(
                                msg::portal_entry::SECTION_PROGRESS,
                                &[("entered", &progress.entered.to_string()), ("total", &progress.total.to_string())],
                            )
                        }}
                    </span>
                    <StatusTag status=status id="task-portal-entry-status" />
                </li>
            </ul>
        </section>
    }
}
