//! The task list (GOV.UK "complete multiple tasks" pattern): the main account information and
//! each entity account, with their status, counts of errors and warnings and how many of their
//! sections are completed, and a link to each account's next unfinished section, so the next
//! thing to do is obvious. Switching accounts is choosing another one here.

use leptos::prelude::*;

use crate::domain::validation::{FindingCounts, main_account_status};
use crate::i18n::msg;
use crate::i18n::names;
use crate::state::account_list::AccountWithProgress;
use crate::state::{Locale, Navigation, Screen, Session, WorkspaceFindings};
use crate::ui::components::keyed_for::For;
use crate::ui::components::notification_banner::SuccessBanner;
use crate::ui::components::show::Show;
use crate::ui::components::task_list::{StatusTag, TaskCounts, TaskStatus, section_name};
use crate::ui::pages::annual_review::window::ReviewWindowHint;

/// The task list of the open workspace.
#[component]
pub fn HomePage() -> impl IntoView {
    let locale = Locale::expect();
    let session = Session::expect();
    let findings = WorkspaceFindings::expect();
    let navigation = Navigation::expect();
    let main_status = move || {
        findings.with(|findings| {
            session.with_contents(|contents| main_account_status(&contents.workspace, findings))
        })
    };
    let main_counts =
        move || findings.with(|findings| FindingCounts::of(findings.of_main_account()));
    let accounts = Memo::new(move |_| session.accounts_with_progress());
    let notice = RwSignal::new(Navigation::expect().take_notice());
    view! {
        <SuccessBanner notice=notice />
        <h1 class="app-heading-xl">{move || locale.t(msg::home::TITLE)}</h1>
        <p class="app-body-lead">{move || locale.t(msg::home::LEAD)}</p>
        <section class="app-task-list" aria-labelledby="task-list-main-heading">
            <h2 class="app-heading-m" id="task-list-main-heading">{move || locale.t(msg::home::MAIN_ACCOUNT_HEADING)}</h2>
            <ul class="app-task-list__items">
                <li class="app-task-list__item">
                    <button
                        class="app-task-list__link"
                        type="button"
                        id="task-main-account"
                        on:click=move |_| navigation.go(Screen::MainAccount)
                    >
                        {move || locale.t(msg::home::MAIN_ACCOUNT_TASK)}
                    </button>
                    <TaskCounts counts=Signal::derive(main_counts) />
                    <StatusTag
                        status=Signal::derive(move || main_status().map_or(TaskStatus::NotStarted, TaskStatus::from))
                        id="task-main-account-status"
                    />
                </li>
            </ul>
        </section>
        <section class="app-task-list" aria-labelledby="task-list-accounts-heading">
            <h2 class="app-heading-m" id="task-list-accounts-heading">{move || locale.t(msg::home::ACCOUNTS_HEADING)}</h2>
            <Show
                when=move || accounts.with(|accounts| !accounts.is_empty())
                fallback=move || view! { <p class="app-task-list__empty">{move || locale.t(msg::home::NO_ACCOUNTS)}</p> }
            >
                <ul class="app-task-list__items">
                    <For each=move || accounts.get() key=|account| account.clone() let:account>
                        <AccountTask account=account />
                    </For>
                </ul>
            </Show>
            <button class="app-button app-button--secondary" type="button" on:click=move |_| navigation.go(Screen::NewAccount)>
                {move || locale.t(msg::home::ADD_ACCOUNT)}
            </button>
            <button
                class="app-button app-button--secondary"
                type="button"
                on:click=move |_| navigation.go(Screen::Transfer)
            >
                {move || locale.t(msg::transfer::TITLE)}
            </button>
        </section>
    }
}

/// One entity account: its name (opening its own task list), business type, how far it is,
/// its counts and status, and a link straight to its next unfinished section.
#[component]
fn AccountTask(account: AccountWithProgress) -> impl IntoView {
    let locale = Locale::expect();
    let navigation = Navigation::expect();
    let AccountWithProgress { account, progress } = account;
    let open = Screen::Account(account.id.clone());
    let next = progress
        .next
        .map(|section| (section, Screen::AccountSection(account.id.clone(), section)));
    let (completed, sections) = (
        progress.completed.to_string(),
        progress.sections.to_string(),
    );
    let business_type = account.business_type;
    let status = TaskStatus::from(progress.status);
    view! {
        <li class="app-task-list__item app-task-list__item--account" data-account=account.id.clone()>
            <span class="app-task-list__name">
                <button class="app-task-list__link" type="button" on:click=move |_| navigation.go(open.clone())>
                    {account.name.clone()}
                </button>
                " "
                <span class="app-task-list__hint">
                    {move || locale.text(names::business_type(business_type))}
                </span>
                <span class="app-task-list__progress">
                    {move || locale.format(msg::account::SUMMARY, &[("done", &completed), ("total", &sections)])}
                </span>
                <ReviewWindowHint account_id=account.id.clone() />
                {next.map(|(section, screen)| view! {
                    <button class="app-link-button app-task-list__next" type="button"
                        on:click=move |_| navigation.go(screen.clone())>
                        {move || locale.format(msg::home::NEXT_SECTION, &[("section", &section_name(locale, section))])}
                    </button>
                })}
            </span>
            <TaskCounts counts=Signal::derive(move || progress.counts) />
            <StatusTag status=Signal::derive(move || status) />
        </li>
    }
}
