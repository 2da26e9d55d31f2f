//! One entity account: its own task list (GOV.UK "complete multiple tasks"): every section of
//! its Security Profile with its status in words and its counts of errors and warnings, the
//! next thing to do as the page's main button, "Check your answers" last; and the account's
//! management: rename, duplicate, delete (with confirmation). Statuses come from
//! `domain::validation`; this page only shows them.

mod actions;
mod details;
pub mod identifier_places;
mod mid_plants;
mod more_identifiers;

pub use details::AccountDetailsPage;

use leptos::prelude::*;

use crate::domain::model::{EntityAccount, Workspace};
use crate::domain::validation::{
    CheckAnswersStatus, Finding, FindingCounts, Scope, Section, SectionStatus, account_sections,
    check_answers_status, check_scope, completed_count, next_section, section_findings,
};
use crate::domain::{BusinessType, Owner};
use crate::i18n::msg;
use crate::i18n::names;
use crate::state::clock::today;
use crate::state::{Locale, Navigation, Screen, Session, WorkspaceFindings};
use crate::ui::components::error_summary::{ErrorSummary, SummaryEntry};
use crate::ui::components::field_feedback::finding_text;
use crate::ui::components::keyed_for::For;
use crate::ui::components::notification_banner::SuccessBanner;
use crate::ui::components::show::Show;
use crate::ui::components::task_list::{StatusTag, TaskCounts, TaskStatus, section_name};
use crate::ui::pages::annual_review::window::AnnualReviewTask;
use crate::ui::pages::evidence_manifest::EvidenceManifestTask;
use crate::ui::pages::portal_entry::PortalEntryTask;
use actions::ManageAccount;

/// A value read from entity account `account_id` (tracked, and passed on only when it changes),
/// or `V::default()` while the workspace is locked or the account is gone.
fn account_memo<V>(
    account_id: StoredValue<String>,
    read: impl Fn(&EntityAccount) -> V + Send + Sync + 'static,
) -> Memo<V>
where
    V: Default + PartialEq + Send + Sync + 'static,
{
    let session = Session::expect();
    Memo::new(move |_| {
        session
            .with_contents(|c| account_id.with_value(|id| c.workspace.account(id).map(&read)))
            .flatten()
            .unwrap_or_default()
    })
}

/// One row of the account's task list.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
struct TaskRow {
    section: Section,
    status: SectionStatus,
    counts: FindingCounts,
}

/// The screen a section's task opens.
fn section_screen(account_id: &str, section: Section) -> Screen {
    Screen::AccountSection(account_id.to_owned(), section)
}

/// The task list of account `account_id`.
#[component]
pub fn AccountPage(
    /// The entity account shown.
    #[prop(into)]
    account_id: String,
) -> impl IntoView {
    let locale = Locale::expect();
    let session = Session::expect();
    let findings = WorkspaceFindings::expect();
    let navigation = Navigation::expect();
    let notice = RwSignal::new(Navigation::expect().take_notice());
    let id = StoredValue::new(account_id);

    let header: Memo<Option<(String, BusinessType)>> = Memo::new(move |_| {
        session
            .with_contents(|c| {
                id.with_value(|id| c.workspace.account(id))
                    .map(|account| (account.name.clone(), account.business_type))
            })
            .flatten()
    });
    let rows = Memo::new(move |_| {
        findings.with(|findings| {
            session
                .with_contents(|c| {
                    let account = id.with_value(|id| c.workspace.account(id))?;
                    let rows = account_sections(account, findings)
                        .into_iter()
                        .map(|(section, status)| TaskRow {
                            section,
                            status,
                            counts: FindingCounts::of(section_findings(account, section, findings)),
                        })
                        .collect::<Vec<_>>();
                    Some((rows, check_answers_status(account, findings)))
                })
                .flatten()
                .unwrap_or_else(|| (Vec::new(), CheckAnswersStatus::CannotStartYet))
        })
    });
    let sections = move || {
        rows.with(|(rows, _)| {
            rows.iter()
                .map(|row| (row.section, row.status))
                .collect::<Vec<_>>()
        })
    };
    let next = Memo::new(move |_| next_section(&sections()));
    let progress = move || {
        let sections = sections();
        locale.format(
            msg::account::SUMMARY,
            &[
                ("done", &completed_count(&sections).to_string()),
                ("total", &sections.len().to_string()),
            ],
        )
    };
    let check_status = Signal::derive(move || TaskStatus::from(rows.with(|(_, check)| *check)));

    // The summary of the rename or duplicate form: the field's id and its finding, kept as
    // findings so it follows a language switch.
    let summary_findings = RwSignal::new(Vec::<(String, Finding)>::new());
    let summary = Memo::new(move |_| {
        summary_findings.with(|found| {
            found
                .iter()
                .map(|(field_id, finding)| SummaryEntry {
                    field_id: field_id.clone(),
                    message: finding_text(locale, finding),
                })
                .collect::<Vec<_>>()
        })
    });

    let go = move |screen: Screen| navigation.go(screen);
    let continue_button = move || {
        let account_id = id.get_value();
        match next.get() {
            Some(section) => {
                let screen = section_screen(&account_id, section);
                view! {
                    <button type="button" class="app-button" id="account-continue"
                        on:click=move |_| go(screen.clone())>
                        {move || locale.format(msg::account::CONTINUE, &[("section", &section_name(locale, section))])}
                    </button>
                }
                .into_any()
            }
            None => view! {
                <p class="app-body">{move || locale.t(msg::account::ALL_DONE)}</p>
                <button type="button" class="app-button" id="account-continue"
                    on:click=move |_| go(Screen::CheckAnswers(account_id.clone()))>
                    {move || locale.t(msg::account::CHECK_ANSWERS)}
                </button>
            }
            .into_any(),
        }
    };

    view! {
        <div class="app-account">
            <SuccessBanner notice=notice />
            <ErrorSummary entries=summary />
            <button type="button" class="app-back-link" on:click=move |_| go(Screen::Tasks)>
                {move || locale.t(msg::account::BACK_TO_TASKS)}
            </button>
            <Show
                when=move || header.with(Option::is_some)
                fallback=move || view! { <p class="app-body" id="account-not-found">{move || locale.t(msg::account::NOT_FOUND)}</p> }
            >
                <h1 class="app-heading-xl" id="account-title">
                    <span class="app-caption">
                        {move || header.get().map(|(_, kind)| locale.text(names::business_type(kind)))}
                    </span>
                    " "
                    <span class="app-account__name">{move || header.get().map(|(name, _)| name)}</span>
                </h1>
                <p class="app-body-lead">{move || locale.t(msg::account::LEAD)}</p>
                <p class="app-account__progress" id="account-progress">{progress}</p>
                <div class="app-button-group">{continue_button}</div>
                <section class="app-task-list" aria-labelledby="account-sections-heading">
                    <h2 class="app-heading-m" id="account-sections-heading">{move || locale.t(msg::account::SECTIONS_HEADING)}</h2>
                    <ul class="app-task-list__items">
                        <For each=move || rows.get().0 key=|row| row.clone() let:row>
                            <SectionTask account_id=id.get_value() row=row />
                        </For>
                    </ul>
                </section>
                <section class="app-task-list" aria-labelledby="account-check-heading">
                    <h2 class="app-heading-m" id="account-check-heading">{move || locale.t(msg::account::CHECK_HEADING)}</h2>
                    <ul class="app-task-list__items">
                        <li class="app-task-list__item">
                            <span class="app-task-list__name">
                                <button class="app-task-list__link" type="button" id="task-check-answers"
                                    aria-describedby="task-check-answers-status"
                                    on:click=move |_| go(Screen::CheckAnswers(id.get_value()))>
                                    {move || locale.t(msg::account::CHECK_ANSWERS)}
                                </button>
                            </span>
                            <StatusTag status=check_status id="task-check-answers-status" />
                        </li>
                    </ul>
                </section>
                <EvidenceManifestTask account_id=id />
                <PortalEntryTask account_id=id />
                <AnnualReviewTask account_id=id />
                <ManageAccount account_id=id summary=summary_findings notice=notice />
            </Show>
        </div>
    }
}

/// One section on the task list: its name as a link to its page, its counts and its status.
#[component]
fn SectionTask(account_id: String, row: TaskRow) -> impl IntoView {
    let locale = Locale::expect();
    let navigation = Navigation::expect();
    let key = row.section.key();
    let task_id = format!("task-{key}");
    let status_id = format!("task-{key}-status");
    let screen = section_screen(&account_id, row.section);
    let section = row.section;
    view! {
        <li class="app-task-list__item">
            <span class="app-task-list__name">
                <button class="app-task-list__link" type="button" id=task_id
                    aria-describedby=status_id.clone()
                    on:click=move |_| navigation.go(screen.clone())>
                    {move || section_name(locale, section)}
                </button>
            </span>
            <TaskCounts counts=Signal::derive(move || row.counts) />
            <StatusTag status=Signal::derive(move || TaskStatus::from(row.status)) id=status_id />
        </li>
    }
}

/// The finding the validation engine would give account `account_id`'s name if it were
/// `name` (the user has not saved it yet): checked on a copy holding only what the account's
/// own rules read.
fn name_finding(session: Session, account_id: &str, name: &str) -> Option<Finding> {
    session.contents().with_untracked(|contents| {
        let contents = contents.as_ref()?;
        let account = contents.workspace.account(account_id)?;
        let mut workspace = Workspace::new();
        workspace.organization = contents.workspace.organization.clone();
        workspace.addresses = contents
            .workspace
            .headquarters()
            .cloned()
            .into_iter()
            .collect();
        workspace.add_account(account_id, account.business_type, name);
        let name = Owner::Account(account_id.to_owned()).field(EntityAccount::NAME);
        check_scope(&workspace, &Scope::Account(account_id.to_owned()), today())
            .into_iter()
            .find(|finding| finding.path == name)
    })
}
