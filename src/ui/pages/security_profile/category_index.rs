//! The index at the top of the editor: the criteria categories that apply to the account,
//! grouped by focus area, each with its status from the validation engine (Not started / In
//! progress / Completed, in words) and its counts of errors and warnings.

use leptos::prelude::*;

use crate::domain::catalogue::{Category, FocusArea, catalogue};
use crate::domain::validation::{Scope, Section, SectionStatus, Severity, account_sections};
use crate::i18n::{MessageKey, msg};
use crate::state::Locale;
use crate::ui::binding::AccountForm;
use crate::ui::components::keyed_for::For;

/// One category as the index shows it.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct CategoryEntry {
    /// The category.
    pub category: Category,
    /// How far its answers are.
    pub status: SectionStatus,
    /// Blocking findings among its answers.
    pub errors: usize,
    /// Advisory findings among its answers.
    pub warnings: usize,
}

/// The applicable categories of the account with their status, in CBP's order (tracked).
pub fn category_entries(state: AccountForm) -> Memo<Vec<CategoryEntry>> {
    let findings = state.form().findings();
    let sections = state.read(move |account| {
        findings.with(|findings| {
            account_sections(account, findings)
                .into_iter()
                .filter_map(|(section, status)| match section {
                    Section::Criteria(category) => Some((category, status)),
                    _ => None,
                })
                .collect::<Vec<_>>()
        })
    });
    let kind = state.read(|account| Some(account.business_type));
    Memo::new(move |_| {
        let Some(kind) = kind.get() else {
            return Vec::new();
        };
        let account = state.account_id();
        sections.with(|sections| {
            findings.with(|findings| {
                sections
                    .iter()
                    .map(|&(category, status)| {
                        let (mut errors, mut warnings) = (0, 0);
                        for criterion in catalogue()
                            .in_category(category)
                            .iter()
                            .filter(|criterion| criterion.applies_to(kind))
                        {
                            let scope = Scope::Answer(account.clone(), criterion.id().to_string());
                            for finding in findings.in_scope(&scope) {
                                match finding.severity {
                                    Severity::Error => errors += 1,
                                    Severity::Warning => warnings += 1,
                                }
                            }
                        }
                        CategoryEntry {
                            category,
                            status,
                            errors,
                            warnings,
                        }
                    })
                    .collect()
            })
        })
    })
}

/// The message key and tag modifier of a status.
fn status_words(status: SectionStatus) -> (MessageKey, &'static str) {
    match status {
        SectionStatus::NotStarted => (msg::profile::INDEX_NOT_STARTED, "app-tag--not-started"),
        SectionStatus::InProgress => (msg::profile::INDEX_IN_PROGRESS, "app-tag--in-progress"),
        SectionStatus::Completed => (msg::profile::INDEX_COMPLETED, "app-tag--completed"),
    }
}

/// The index; choosing a category shows it below.
#[component]
pub fn CategoryIndex(
    /// The categories and their status.
    entries: Memo<Vec<CategoryEntry>>,
    /// The category shown.
    current: RwSignal<Option<Category>>,
) -> impl IntoView {
    let locale = Locale::expect();
    let areas = move || {
        FocusArea::ALL
            .into_iter()
            .filter(|area| {
                entries.with(|entries| entries.iter().any(|e| e.category.focus_area() == *area))
            })
            .collect::<Vec<_>>()
    };
    view! {
        <nav class="app-profile-index" aria-labelledby="profile-index-title">
            <h2 class="app-heading-m" id="profile-index-title">{move || locale.t(msg::profile::INDEX_TITLE)}</h2>
            <For each=areas key=|area| *area let:area>
                <h3 class="app-heading-s">{move || area.name(locale.language())}</h3>
                <ul class="app-task-list__items">
                    <For
                        each=move || {
                            entries.with(|entries| {
                                entries.iter().filter(|e| e.category.focus_area() == area).cloned().collect::<Vec<_>>()
                            })
                        }
                        key=|entry| entry.clone()
                        let:entry
                    >
                        <IndexItem entry=entry current=current />
                    </For>
                </ul>
            </For>
        </nav>
    }
}

/// One category of the index: its name (a button), status tag and counts.
#[component]
fn IndexItem(entry: CategoryEntry, current: RwSignal<Option<Category>>) -> impl IntoView {
    let locale = Locale::expect();
    let category = entry.category;
    let (status_key, tag_class) = status_words(entry.status);
    let is_current = move || current.get() == Some(category);
    let counts = move || {
        locale.format(
            msg::profile::INDEX_COUNTS,
            &[
                ("errors", &entry.errors.to_string()),
                ("warnings", &entry.warnings.to_string()),
            ],
        )
    };
    view! {
        <li class="app-task-list__item">
            <span class="app-task-list__name">
                <button type="button" class="app-task-list__link"
                    aria-current=move || is_current().then_some("step")
                    on:click=move |_| current.set(Some(category))>
                    {move || format!("{}. {}", category.number(), category.name(locale.language()))}
                </button>
            </span>
            <span class="app-task-list__counts">{counts}</span>
            <strong class=format!("app-tag {tag_class}")>{move || locale.t(status_key)}</strong>
        </li>
    }
}
