//! One Portal question: its number, then for each criterion it asks about, the criterion's ID,
//! Must/Should and text beside the user's answer as they wrote it (never translated), with a
//! Copy button; and the question's tick "entered in the Portal".

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::{Announcement, EntryState, Place};
use crate::domain::catalogue::{CriterionId, Requirement, catalogue};
use crate::domain::model::{AnswerStatus, PortalQuestionRef};
use crate::domain::portal_entry::{PortalQuestion, text_to_enter};
use crate::i18n::names;
use crate::i18n::{MessageKey, msg};
use crate::state::Locale;
use crate::state::clipboard::copy_or_select;
use crate::ui::components::show::Show;

/// A key of the question usable in element ids: `58`, or `c6-3` for a criterion without a
/// known question number.
fn id_part(key: &PortalQuestionRef) -> String {
    match key {
        PortalQuestionRef::Question(number) => number.to_string(),
        PortalQuestionRef::Criterion(id) => format!("c{}", id.replace('.', "-")),
    }
}

/// The message key of an answer's status, in words ("Not answered" for none).
fn status_key(status: Option<AnswerStatus>) -> MessageKey {
    status.map_or(msg::check_answers::NOT_ANSWERED, names::answer_status)
}

/// One question and its tick.
#[component]
pub(super) fn QuestionView(question: PortalQuestion, state: EntryState) -> impl IntoView {
    let locale = Locale::expect();
    let part = id_part(&question.key);
    let heading_id = format!("portal-question-{part}-heading");
    let tick_id = format!("portal-entered-{part}");
    let number = question.number;
    let heading = move || match number {
        Some(number) => locale.format(
            msg::portal_entry::QUESTION,
            &[("number", &number.to_string())],
        ),
        None => locale.t(msg::portal_entry::UNNUMBERED).to_owned(),
    };
    let key = StoredValue::new(question.key.clone());
    let checked = move || key.with_value(|key| state.ticks.with(|ticks| ticks.contains(key)));
    let criteria = question
        .criteria
        .iter()
        .map(|&criterion| {
            let place = match number {
                Some(number) => Place::Question(number, criterion),
                None => Place::Criterion(criterion),
            };
            view! { <CriterionAnswerView criterion=criterion place=place part=part.clone() state=state /> }
        })
        .collect_view();
    view! {
        <li class="app-portal-question" id=format!("portal-question-{part}") data-question=part.clone()>
            <h3 class="app-heading-m app-portal-question__title" id=heading_id.clone()>{heading}</h3>
            {criteria}
            <div class="app-choice__item app-portal-question__tick">
                <input
                    class="app-choice__input"
                    type="checkbox"
                    id=tick_id.clone()
                    prop:checked=checked
                    on:change=move |event| state.set_entered(key.get_value(), event_target_checked(&event))
                />
                <label class="app-label app-choice__label" for=tick_id>
                    <span class="app-visually-hidden">{heading}": "</span>
                    {move || locale.t(msg::portal_entry::ENTERED)}
                </label>
            </div>
        </li>
    }
}

/// One criterion of a question with the user's answer and its Copy button.
#[component]
fn CriterionAnswerView(
    criterion: CriterionId,
    place: Place,
    /// The question's id part, so each answer element has its own id.
    part: String,
    state: EntryState,
) -> impl IntoView {
    let locale = Locale::expect();
    let answer_id = format!(
        "portal-answer-{part}-{}",
        criterion.to_string().replace('.', "-")
    );
    let criterion_key = criterion.to_string();
    let found = catalogue().get(&criterion);
    let requirement = found.map(|c| c.requirement());
    let answer = Memo::new(move |_| {
        state
            .answers
            .with(|answers| answers.get(&criterion_key).cloned())
            .unwrap_or_default()
    });
    let text = Memo::new(move |_| answer.with(|answer| text_to_enter(answer).to_owned()));
    let not_applicable = move || answer.with(|a| a.status == Some(AnswerStatus::NotApplicable));
    let announcement_here = {
        let answer_id = answer_id.clone();
        Memo::new(move |_| {
            state
                .announcement
                .get()
                .filter(|announcement| announcement.answer_id == answer_id)
        })
    };
    let copy = {
        let answer_id = answer_id.clone();
        move |_| {
            let answer_id = answer_id.clone();
            let text = text.get_untracked();
            spawn_local(async move {
                let outcome = copy_or_select(&text, &answer_id).await;
                // A second copy of the same answer is announced again: clear, then say it.
                state.announcement.set(None);
                request_animation_frame(move || {
                    state.announcement.set(Some(Announcement {
                        answer_id,
                        place,
                        outcome,
                    }));
                });
            });
        }
    };
    let mark = requirement.map(|requirement| {
        let class = match requirement {
            Requirement::Must => "app-criterion__mark app-criterion__mark--must",
            Requirement::Should => "app-criterion__mark app-criterion__mark--should",
        };
        view! { <strong class=class>{move || requirement.name(locale.language())}</strong> }
    });
    let criterion_text = move || {
        found
            .map(|c| c.text().get(locale.language()).to_owned())
            .unwrap_or_default()
    };
    let answer_text_id = answer_id.clone();
    view! {
        <div class="app-portal-criterion">
            <p class="app-portal-criterion__heading">
                <span class="app-criterion__id">
                    {move || locale.format(msg::portal_entry::CRITERION, &[("criterion", &criterion.to_string())])}
                </span>
                " "
                {mark}
            </p>
            <p class="app-criterion__text">{criterion_text}</p>
            <p class="app-portal-answer__status">{move || locale.t(status_key(answer.with(|a| a.status)))}</p>
            <Show
                when=move || text.with(|text| !text.is_empty())
                fallback=move || view! { <p class="app-body app-portal-answer__empty">{move || locale.t(msg::portal_entry::NO_ANSWER)}</p> }
            >
                <p class="app-portal-answer__label">
                    {move || locale.t(if not_applicable() { msg::portal_entry::REASON_LABEL } else { msg::portal_entry::ANSWER_LABEL })}
                </p>
                <p class="app-portal-answer__text" id=answer_text_id.clone()>{move || text.get()}</p>
                <button type="button" class="app-button app-button--secondary app-portal-answer__copy" on:click=copy.clone()>
                    {move || locale.t(msg::portal_entry::COPY)}
                    <span class="app-visually-hidden">
                        {move || locale.format(msg::portal_entry::COPY_CONTEXT, &[("place", &place.describe(locale))])}
                    </span>
                </button>
                {move || announcement_here.get().map(|announcement| view! {
                    <p class="app-portal-answer__copied">{move || announcement.text(locale)}</p>
                })}
            </Show>
        </div>
    }
}
