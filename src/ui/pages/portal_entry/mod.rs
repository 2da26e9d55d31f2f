//! Portal entry mode for one entity account: its answers laid out in the order of CBP's Portal
//! 2.0 (sections and question numbers from `domain::portal_entry`), each question with its
//! criterion beside the answer exactly as the user wrote it, a Copy button per answer, and a
//! tick "entered in the Portal" per question, saved with the workspace, counted per section.
//! It prints as a checklist (style/portal-entry.css).

mod question;
mod task;

pub use task::PortalEntryTask;

use std::collections::{BTreeMap, BTreeSet};

use leptos::prelude::*;

use crate::domain::catalogue::CriterionId;
use crate::domain::model::{CriterionAnswer, PortalQuestionRef};
use crate::domain::portal_entry::{
    EntryProgress, PortalSectionQuestions, overall_progress, portal_layout,
};
use crate::domain::{BusinessType, Language};
use crate::i18n::names;
use crate::i18n::{MessageKey, msg};
use crate::state::clipboard::CopyOutcome;
use crate::state::{Locale, Navigation, Screen, Session};
use crate::ui::components::show::Show;
use question::QuestionView;

/// Where a copied answer goes in the Portal, for the messages that name it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Place {
    /// Question `number`, criterion `criterion`.
    Question(u16, CriterionId),
    /// A criterion with no known question number.
    Criterion(CriterionId),
}

impl Place {
    /// "question 58, criterion 5.3", in the current language.
    fn describe(self, locale: Locale) -> String {
        match self {
            Place::Question(number, criterion) => locale.format(
                msg::portal_entry::PLACE_QUESTION,
                &[
                    ("number", &number.to_string()),
                    ("criterion", &criterion.to_string()),
                ],
            ),
            Place::Criterion(criterion) => locale.format(
                msg::portal_entry::PLACE_CRITERION,
                &[("criterion", &criterion.to_string())],
            ),
        }
    }
}

/// What the last Copy did, said in the page's live region and beside that answer. Kept as the
/// outcome and the place, not text, so it follows a language switch.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Announcement {
    /// The id of the answer's text element.
    answer_id: String,
    place: Place,
    outcome: CopyOutcome,
}

impl Announcement {
    fn text(&self, locale: Locale) -> String {
        let key = match self.outcome {
            CopyOutcome::Copied => msg::portal_entry::COPIED,
            CopyOutcome::Selected => msg::portal_entry::COPY_SELECTED,
            CopyOutcome::Failed => msg::portal_entry::COPY_FAILED,
        };
        locale.format(key, &[("place", &self.place.describe(locale))])
    }
}

/// What every question of the page reads: the account's answers and its ticks.
#[derive(Debug, Clone, Copy)]
pub(super) struct EntryState {
    account_id: StoredValue<String>,
    answers: Memo<BTreeMap<String, CriterionAnswer>>,
    ticks: Memo<BTreeSet<PortalQuestionRef>>,
    announcement: RwSignal<Option<Announcement>>,
}

impl EntryState {
    /// Ticks or unticks `question` as entered in the Portal; saved like any other edit.
    fn set_entered(&self, question: PortalQuestionRef, entered: bool) {
        let session = Session::expect();
        let account_id = self.account_id.get_value();
        session.edit(|contents| {
            contents
                .workspace
                .set_entered_in_portal(&account_id, question, entered);
        });
    }
}

/// "14 of 31 entered".
fn progress_text(locale: Locale, key: MessageKey, progress: EntryProgress) -> String {
    locale.format(
        key,
        &[
            ("entered", &progress.entered.to_string()),
            ("total", &progress.total.to_string()),
        ],
    )
}

/// Portal entry mode of account `account_id`.
#[component]
pub fn PortalEntryPage(
    /// The entity account shown.
    #[prop(into)]
    account_id: String,
) -> impl IntoView {
    let locale = Locale::expect();
    let session = Session::expect();
    let navigation = Navigation::expect();
    let id = StoredValue::new(account_id);
    let header: Memo<Option<(String, BusinessType)>> = Memo::new(move |_| {
        session
            .with_contents(|c| {
                id.with_value(|id| c.workspace.account(id))
                    .map(|account| (account.name.clone(), account.business_type))
            })
            .flatten()
    });
    let kind = Memo::new(move |_| header.with(|h| h.as_ref().map(|(_, kind)| *kind)));
    let state = EntryState {
        account_id: id,
        answers: Memo::new(move |_| {
            session
                .with_contents(|c| {
                    id.with_value(|id| c.workspace.account(id))
                        .map(|account| account.profile.answers.clone())
                })
                .flatten()
                .unwrap_or_default()
        }),
        ticks: Memo::new(move |_| {
            session
                .with_contents(|c| id.with_value(|id| c.workspace.portal_entered.get(id).cloned()))
                .flatten()
                .unwrap_or_default()
        }),
        announcement: RwSignal::new(None),
    };
    let back = move |_| navigation.go(Screen::Account(id.get_value()));
    let print = move |_| {
        let _ = window().print();
    };
    let body = move || {
        let Some(kind) = kind.get() else {
            return view! {
                <p class="app-body" id="portal-entry-not-found">{move || locale.t(msg::portal_entry::NOT_FOUND)}</p>
            }
            .into_any();
        };
        let layout = StoredValue::new(portal_layout(kind));
        let overall = move || {
            state
                .ticks
                .with(|ticks| layout.with_value(|layout| overall_progress(layout, Some(ticks))))
        };
        view! {
            <h1 class="app-heading-xl" id="portal-entry-title">
                <span class="app-caption">{move || locale.text(names::business_type(kind))}</span>
                " "
                {move || locale.format(msg::portal_entry::TITLE, &[("account", &header.get().map(|(name, _)| name).unwrap_or_default())])}
            </h1>
            <p class="app-body-lead">{move || locale.t(msg::portal_entry::LEAD)}</p>
            <p class="app-hint" id="portal-entry-numbering">{move || locale.t(msg::portal_entry::NUMBERING_NOTE)}</p>
            <p class="app-portal-entry__progress" id="portal-entry-progress">
                {move || progress_text(locale, msg::portal_entry::OVERALL_PROGRESS, overall())}
            </p>
            <div class="app-button-group">
                <button type="button" class="app-button app-button--secondary" id="portal-entry-print" on:click=print>
                    {move || locale.t(msg::portal_entry::PRINT)}
                </button>
            </div>
            <SectionIndex layout=layout ticks=state.ticks />
            {layout.get_value().into_iter().map(|section| view! { <SectionView section=section state=state /> }).collect_view()}
        }
        .into_any()
    };
    view! {
        <div class="app-portal-entry">
            <button type="button" class="app-back-link" on:click=back>
                {move || locale.t(msg::form::BACK)}
            </button>
            // One live region for the page: what the last Copy did.
            <p class="app-visually-hidden" role="status" aria-live="polite" id="portal-entry-announcement">
                {move || state.announcement.get().map(|a| a.text(locale)).unwrap_or_default()}
            </p>
            {body}
        </div>
    }
}

/// The sections as links to them, each with its progress.
#[component]
fn SectionIndex(
    layout: StoredValue<Vec<PortalSectionQuestions>>,
    ticks: Memo<BTreeSet<PortalQuestionRef>>,
) -> impl IntoView {
    let locale = Locale::expect();
    let items = layout.with_value(|parts| {
        parts
            .iter()
            .enumerate()
            .map(|(index, part)| {
                let section = part.section;
                let href = format!("#portal-section-{}", section.key());
                let progress_id = format!("portal-index-progress-{}", section.key());
                let progress = move || {
                    let progress = ticks.with(|ticks| {
                        layout.with_value(|layout| layout[index].progress(Some(ticks)))
                    });
                    progress_text(locale, msg::portal_entry::SECTION_PROGRESS, progress)
                };
                view! {
                    <li class="app-portal-index__item">
                        <a class="app-link" href=href aria-describedby=progress_id.clone()>
                            {move || format!("{}. {}", section.number(), locale.text(names::portal_section(section)))}
                        </a>
                        " "
                        <span class="app-portal-index__progress" id=progress_id>{progress}</span>
                    </li>
                }
            })
            .collect_view()
    });
    view! {
        <nav class="app-portal-index" aria-labelledby="portal-index-heading">
            <h2 class="app-heading-s" id="portal-index-heading">{move || locale.t(msg::portal_entry::SECTIONS_LABEL)}</h2>
            <ol class="app-portal-index__list">{items}</ol>
        </nav>
    }
}

/// One Portal section: its name (and, when the page is in French or Spanish, the name the
/// Portal shows, which is English), its progress and its questions.
#[component]
fn SectionView(section: PortalSectionQuestions, state: EntryState) -> impl IntoView {
    let locale = Locale::expect();
    let part = section.section;
    let key = part.key();
    let heading_id = format!("portal-section-{key}-heading");
    let labelled_by = heading_id.clone();
    let questions = StoredValue::new(section.questions.clone());
    let progress = move || {
        let progress = state.ticks.with(|ticks| section.progress(Some(ticks)));
        progress_text(locale, msg::portal_entry::SECTION_PROGRESS, progress)
    };
    let english_name = StoredValue::new(
        crate::i18n::text(Language::English, names::portal_section(part)).to_owned(),
    );
    view! {
        <section class="app-portal-section" id=format!("portal-section-{key}") aria-labelledby=labelled_by>
            <div class="app-portal-section__header">
                <h2 class="app-heading-l app-portal-section__title" id=heading_id>
                    {move || format!("{}. {}", part.number(), locale.text(names::portal_section(part)))}
                </h2>
                <p class="app-portal-section__progress" id=format!("portal-progress-{key}")>{progress}</p>
            </div>
            <Show when=move || locale.language() != Language::English>
                <p class="app-caption app-portal-section__portal-name">
                    {move || english_name.with_value(|name| locale.format(msg::portal_entry::IN_THE_PORTAL, &[("name", name)]))}
                </p>
            </Show>
            <ol class="app-portal-questions">
                {questions.get_value().into_iter().map(|question| view! { <QuestionView question=question state=state /> }).collect_view()}
            </ol>
        </section>
    }
}
