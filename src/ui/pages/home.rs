//! The task list (GOV.UK "complete multiple tasks" pattern): the main account information and
//! each entity account, with their status and counts of errors and warnings, so the next thing
//! to do is obvious.

use leptos::prelude::*;

use crate::domain::validation::{SectionStatus, Severity, account_status, main_account_status};
use crate::state::{Locale, Navigation, Screen, Session, WorkspaceFindings};

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
    let main_counts = move || {
        findings.with(|findings| {
            let errors = findings
                .of_main_account()
                .filter(|f| f.severity == Severity::Error)
                .count();
            let warnings = findings
                .of_main_account()
                .filter(|f| f.severity == Severity::Warning)
                .count();
            (errors, warnings)
        })
    };
    let accounts = move || {
        session
            .with_contents(|contents| {
                contents
                    .workspace
                    .accounts
                    .iter()
                    .map(|account| {
                        let status = findings.with(|findings| account_status(account, findings));
                        let (errors, warnings) = findings.with(|findings| {
                            let of = || findings.of_account(&account.id);
                            (
                                of().filter(|f| f.severity == Severity::Error).count(),
                                of().filter(|f| f.severity == Severity::Warning).count(),
                            )
                        });
                        (
                            account.id.clone(),
                            account.name.clone(),
                            account.business_type,
                            status,
                            errors,
                            warnings,
                        )
                    })
                    .collect::<Vec<_>>()
            })
            .unwrap_or_default()
    };
    view! {
        <h1 class="app-heading-xl">{move || locale.t("home.title")}</h1>
        <p class="app-body-lead">{move || locale.t("home.lead")}</p>
        <section class="app-task-list" aria-labelledby="task-list-main-heading">
            <h2 class="app-heading-m" id="task-list-main-heading">{move || locale.t("home.main_account_heading")}</h2>
            <ul class="app-task-list__items">
                <li class="app-task-list__item">
                    <button
                        class="app-task-list__link"
                        type="button"
                        id="task-main-account"
                        on:click=move |_| navigation.go(Screen::MainAccount)
                    >
                        {move || locale.t("home.main_account_task")}
                    </button>
                    <TaskCounts counts=Signal::derive(main_counts) />
                    <StatusTag status=Signal::derive(main_status) />
                </li>
            </ul>
        </section>
        <section class="app-task-list" aria-labelledby="task-list-accounts-heading">
            <h2 class="app-heading-m" id="task-list-accounts-heading">{move || locale.t("home.accounts_heading")}</h2>
            <Show
                when=move || !accounts().is_empty()
                fallback=move || view! { <p class="app-task-list__empty">{move || locale.t("home.no_accounts")}</p> }
            >
                <ul class="app-task-list__items">
                    <For each=accounts key=|(id, name, kind, status, errors, warnings)| (id.clone(), name.clone(), *kind, *status, *errors, *warnings) let:account>
                        <li class="app-task-list__item">
                            <span class="app-task-list__name">
                                <button
                                    class="app-task-list__link"
                                    type="button"
                                    on:click={
                                        let id = account.0.clone();
                                        move |_| navigation.go(Screen::Account(id.clone()))
                                    }
                                >
                                    {account.1.clone()}
                                </button>
                                " "
                                <span class="app-task-list__hint">
                                    {move || locale.text(&format!("business_type.{}", account.2.key()))}
                                </span>
                            </span>
                            <TaskCounts counts=Signal::derive(move || (account.4, account.5)) />
                            <StatusTag status=Signal::derive(move || Some(account.3)) />
                        </li>
                    </For>
                </ul>
            </Show>
            <button class="app-button app-button--secondary" type="button" on:click=move |_| navigation.go(Screen::NewAccount)>
                {move || locale.t("home.add_account")}
            </button>
            <button
                class="app-button app-button--secondary"
                type="button"
                on:click=move |_| navigation.go(Screen::Transfer)
            >
                {move || locale.t("transfer.title")}
            </button>
        </section>
    }
}

/// "Not started" / "In progress" / "Completed", in words (never colour alone).
#[component]
fn StatusTag(#[prop(into)] status: Signal<Option<SectionStatus>>) -> impl IntoView {
    let locale = Locale::expect();
    let tag = move || match status.get() {
        Some(SectionStatus::Completed) => {
            ("onboarding.status.completed", "app-tag app-tag--completed")
        }
        Some(SectionStatus::InProgress) => (
            "onboarding.status.in_progress",
            "app-tag app-tag--in-progress",
        ),
        _ => (
            "onboarding.status.not_started",
            "app-tag app-tag--not-started",
        ),
    };
    view! { <strong class=move || tag().1>{move || locale.t(tag().0)}</strong> }
}

/// "2 errors, 1 warning" beside a task, when there are any.
#[component]
fn TaskCounts(#[prop(into)] counts: Signal<(usize, usize)>) -> impl IntoView {
    let locale = Locale::expect();
    move || {
        let (errors, warnings) = counts.get();
        (errors + warnings > 0).then(|| {
            view! {
                <span class="app-task-list__counts">
                    {locale.format("home.counts", &[("errors", &errors.to_string()), ("warnings", &warnings.to_string())])}
                </span>
            }
        })
    }
}
