//! The Security Profile editor of one entity account: the criteria that apply to its business
//! type, one category at a time (an index at the top shows every category's status), each
//! criterion answered in place. Findings come from the validation engine; "Save and continue"
//! goes to the next category only when the shown one has no error, and otherwise shows the
//! error summary linking each problem to its field. Warnings are shown and never block.

mod answer_fields;
mod category_index;
mod criterion_answer;

use leptos::prelude::*;

use crate::i18n::msg;
use crate::i18n::names;
use crate::ui::components::keyed_for::For;
use crate::ui::components::show::Show;
use crate::ui::field_id::field_id;

use crate::domain::catalogue::{Category, Criterion, catalogue};
use crate::domain::validation::{Finding, SectionStatus};
use crate::state::Locale;
use crate::ui::binding::Form;
use crate::ui::components::error_summary::{ErrorSummary, SummaryEntry};
use crate::ui::components::field_feedback::finding_text;
use crate::ui::field_focus::focus_field;
use answer_fields::answer_scope;
use category_index::{CategoryIndex, category_entries};
use criterion_answer::CriterionAnswerItem;

/// The editor of account `account_id`'s Security Profile; `on_back` returns to the task list
/// (also after "Save and continue" on the last category).
#[component]
pub fn SecurityProfilePage(
    /// The entity account whose profile is edited.
    #[prop(into)]
    account_id: String,
    /// The category to open at; by default the first one not yet completed.
    #[prop(optional)]
    category: Option<Category>,
    /// Called to leave the editor.
    #[prop(into)]
    on_back: Callback<()>,
) -> impl IntoView {
    let locale = Locale::expect();
    let state = Form::new().account(account_id);
    let form = state.form();
    let account = state.read(|account| Some((account.name.clone(), account.business_type)));
    let entries = category_entries(state);
    // The first category not yet completed is shown first; chosen once, so it does not move
    // away while the user completes it.
    let current = RwSignal::new(category.or_else(|| {
        entries.with_untracked(|entries| {
            entries
                .iter()
                .find(|entry| entry.status != SectionStatus::Completed)
                .or(entries.first())
                .map(|entry| entry.category)
        })
    }));
    let shown = Memo::new(move |_| {
        current
            .get()
            .or_else(|| entries.with(|entries| entries.first().map(|entry| entry.category)))
    });
    let criteria = Memo::new(move |_| {
        let Some((_, kind)) = account.get() else {
            return Vec::new();
        };
        let Some(category) = shown.get() else {
            return Vec::new();
        };
        catalogue()
            .in_category(category)
            .iter()
            .filter(|criterion| criterion.applies_to(kind))
            .collect::<Vec<&'static Criterion>>()
    });
    let neighbour = move |step: isize| {
        let shown = shown.get()?;
        entries.with(|entries| {
            let index = entries.iter().position(|e| e.category == shown)?;
            let next = index.checked_add_signed(step)?;
            entries.get(next).map(|entry| entry.category)
        })
    };

    // The summary keeps findings, not text, so it follows a language switch.
    let summary_findings = RwSignal::new(Vec::<Finding>::new());
    let summary = Memo::new(move |_| {
        summary_findings.with(|found| {
            found
                .iter()
                .map(|finding| SummaryEntry {
                    field_id: field_id(&finding.path),
                    message: format!(
                        "{}: {}",
                        finding.path.criterion().unwrap_or_default(),
                        finding_text(locale, finding)
                    ),
                })
                .collect::<Vec<_>>()
        })
    });
    let go_to = move |category: Option<Category>| {
        summary_findings.set(Vec::new());
        form.submitted.set(false);
        match category {
            Some(category) => {
                current.set(Some(category));
                request_animation_frame(|| focus_field("profile-category-title"));
            }
            None => on_back.run(()),
        }
    };
    let save_and_continue = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let errors: Vec<Finding> = form.findings().with_untracked(|findings| {
            criteria.with_untracked(|criteria| {
                criteria
                    .iter()
                    .flat_map(|c| findings.in_scope(&answer_scope(&state, &c.id().to_string())))
                    .filter(|finding| finding.is_error())
                    .cloned()
                    .collect()
            })
        });
        if errors.is_empty() {
            go_to(neighbour(1));
        } else {
            form.submitted.set(true);
            summary_findings.set(errors);
        }
    };

    view! {
        <div class="app-security-profile">
            <ErrorSummary entries=summary />
            <button type="button" class="app-back-link" on:click=move |_| on_back.run(())>
                {move || locale.t(msg::form::BACK)}
            </button>
            <h1 class="app-heading-xl">
                <span class="app-caption">
                    {move || {
                        account.get().map(|(_, kind)| locale.text(names::business_type(kind)))
                    }}
                </span>
                " "
                {move || account.get().map(|(name, _)| name)}
            </h1>
            <p class="app-body-lead">{move || locale.t(msg::profile::LEAD)}</p>
            <CategoryIndex entries=entries current=current />
            <form class="app-form" novalidate=true on:submit=save_and_continue>
                <h2 class="app-heading-l" id="profile-category-title" tabindex="-1">
                    {move || {
                        shown.get().map(|category| {
                            format!("{}. {}", category.number(), category.name(locale.language()))
                        })
                    }}
                </h2>
                <For each=move || criteria.get() key=|criterion| criterion.id() let:criterion>
                    <CriterionAnswerItem account=state criterion=criterion />
                </For>
                <div class="app-button-group">
                    <button type="submit" class="app-button">{move || locale.t(msg::profile::SAVE_AND_CONTINUE)}</button>
                    <Show when=move || neighbour(-1).is_some()>
                        <button type="button" class="app-button app-button--secondary"
                            on:click=move |_| go_to(neighbour(-1))>
                            {move || locale.t(msg::profile::PREVIOUS_CATEGORY)}
                        </button>
                    </Show>
                    <Show when=move || neighbour(1).is_some()>
                        <button type="button" class="app-button app-button--secondary"
                            on:click=move |_| go_to(neighbour(1))>
                            {move || locale.t(msg::profile::NEXT_CATEGORY)}
                        </button>
                    </Show>
                </div>
            </form>
        </div>
    }
}
