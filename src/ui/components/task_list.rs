//! Pieces of the GOV.UK "complete multiple tasks" pattern shared by the workspace's task list
//! and each account's own: the status of a task in words (never colour alone), the counts of
//! errors and warnings beside it, and the names of an account's sections in the user's
//! language. What a status is comes from `domain::validation`; this only shows it.

use leptos::prelude::*;

use crate::domain::validation::{CheckAnswersStatus, FindingCounts, Section, SectionStatus};
use crate::i18n::{MessageKey, msg};
use crate::state::Locale;

/// What a task's tag says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TaskStatus {
    /// The task depends on others not finished yet.
    CannotStartYet,
    /// Nothing entered yet.
    NotStarted,
    /// Started, not finished.
    InProgress,
    /// Finished, nothing blocks.
    Completed,
}

impl From<SectionStatus> for TaskStatus {
    fn from(status: SectionStatus) -> Self {
        match status {
            SectionStatus::NotStarted => TaskStatus::NotStarted,
            SectionStatus::InProgress => TaskStatus::InProgress,
            SectionStatus::Completed => TaskStatus::Completed,
        }
    }
}

impl From<CheckAnswersStatus> for TaskStatus {
    fn from(status: CheckAnswersStatus) -> Self {
        match status {
            CheckAnswersStatus::CannotStartYet => TaskStatus::CannotStartYet,
            CheckAnswersStatus::Ready => TaskStatus::NotStarted,
        }
    }
}

impl TaskStatus {
    /// The message key of the words on the tag.
    pub fn message_key(self) -> MessageKey {
        match self {
            TaskStatus::CannotStartYet => msg::onboarding::STATUS_CANNOT_START_YET,
            TaskStatus::NotStarted => msg::onboarding::STATUS_NOT_STARTED,
            TaskStatus::InProgress => msg::onboarding::STATUS_IN_PROGRESS,
            TaskStatus::Completed => msg::onboarding::STATUS_COMPLETED,
        }
    }

    fn class(self) -> &'static str {
        match self {
            TaskStatus::CannotStartYet => "app-tag app-tag--cannot-start-yet",
            TaskStatus::NotStarted => "app-tag app-tag--not-started",
            TaskStatus::InProgress => "app-tag app-tag--in-progress",
            TaskStatus::Completed => "app-tag app-tag--completed",
        }
    }
}

/// "Not started" / "In progress" / "Completed" / "Cannot start yet", in words. With an `id`,
/// the task's link names it in `aria-describedby`, so a screen reader hears the status with
/// the task.
#[component]
pub fn StatusTag(
    /// The status shown.
    #[prop(into)]
    status: Signal<TaskStatus>,
    /// The tag's id, if the task refers to it.
    #[prop(optional, into)]
    id: Option<String>,
) -> impl IntoView {
    let locale = Locale::expect();
    view! {
        <strong class=move || status.get().class() id=id>
            {move || locale.t(status.get().message_key())}
        </strong>
    }
}

/// "2 errors, 1 warning" beside a task, when there are any.
#[component]
pub fn TaskCounts(
    /// The task's errors and warnings.
    #[prop(into)]
    counts: Signal<FindingCounts>,
) -> impl IntoView {
    let locale = Locale::expect();
    move || {
        let FindingCounts { errors, warnings } = counts.get();
        (!counts.get().is_empty()).then(|| {
            view! {
                <span class="app-task-list__counts">
                    {move || locale.format(msg::home::COUNTS, &[("errors", &errors.to_string()), ("warnings", &warnings.to_string())])}
                </span>
            }
        })
    }
}

/// The name of an account's section in the current language; a criteria category is
/// "N. Category name" as the criteria number it.
pub fn section_name(locale: Locale, section: Section) -> String {
    match section {
        Section::Criteria(category) => {
            format!(
                "{}. {}",
                category.number(),
                category.name(locale.language())
            )
        }
        other => locale.t(section_message_key(other)).to_owned(),
    }
}

/// The message key of a section that is not a criteria category.
fn section_message_key(section: Section) -> MessageKey {
    match section {
        Section::CompanyInformation
        | Section::Addresses
        | Section::Contacts
        | Section::ProgramMemberships => msg::home::MAIN_ACCOUNT_TASK,
        Section::AccountDetails | Section::Criteria(_) => msg::account::SECTION_DETAILS,
        Section::BusinessPartners => msg::account::SECTION_BUSINESS_PARTNERS,
        Section::Facilities => msg::account::SECTION_FACILITIES,
        Section::PersonnelScreening => msg::account::SECTION_PERSONNEL_SCREENING,
        Section::Training => msg::account::SECTION_TRAINING,
        Section::ItControls => msg::account::SECTION_IT_CONTROLS,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_section_name_is_a_message() {
        for section in Section::ENTITY_ACCOUNT {
            let key = section_message_key(section);
            assert!(
                crate::i18n::messages().contains(key.as_str()),
                "no message {key}"
            );
        }
    }
}
