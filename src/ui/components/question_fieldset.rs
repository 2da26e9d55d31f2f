//! One security question of a form (onboarding, a new recovery kit): which question, and its
//! answer, with their messages.

use leptos::prelude::*;

use crate::domain::onboarding::{SecurityAnswerProblem, SecurityQuestion};
use crate::i18n::{error_messages, msg, names};
use crate::state::Locale;
use crate::ui::components::field_feedback::Feedback;
use crate::ui::components::input_field::InputField;

/// The id of the field a problem of question slot `index` (from 0) belongs to: its question's
/// drop-down or its answer, as the fieldset below names them.
pub fn problem_field_id(index: usize, problem: &SecurityAnswerProblem) -> String {
    if is_about_the_question(problem) {
        format!("question-{}", index + 1)
    } else {
        format!("answer-{}", index + 1)
    }
}

/// Whether a problem concerns the choice of question rather than its answer.
fn is_about_the_question(problem: &SecurityAnswerProblem) -> bool {
    matches!(
        problem,
        SecurityAnswerProblem::QuestionNotChosen | SecurityAnswerProblem::QuestionRepeated { .. }
    )
}

/// The three chosen questions, once every slot has one.
pub fn chosen_questions(
    questions: [RwSignal<Option<SecurityQuestion>>; 3],
) -> Option<[SecurityQuestion; 3]> {
    match questions.map(|question| question.get_untracked()) {
        [Some(first), Some(second), Some(third)] => Some([first, second, third]),
        _ => None,
    }
}

/// One security question: which question, and its answer.
#[component]
pub fn QuestionFieldset(
    index: usize,
    question: RwSignal<Option<SecurityQuestion>>,
    answer: RwSignal<String>,
    #[prop(into)] problems: Signal<Vec<SecurityAnswerProblem>>,
    show_errors: RwSignal<bool>,
) -> impl IntoView {
    let locale = Locale::expect();
    let number = (index + 1).to_string();
    let question_id = format!("question-{number}");
    let answer_id = format!("answer-{number}");
    let left_answer = RwSignal::new(false);
    let message_for = move |questions_part: bool| {
        problems.with(|problems| {
            problems
                .iter()
                .find(|problem| is_about_the_question(problem) == questions_part)
                .map(|problem| {
                    let args = problem.args();
                    let args: Vec<(&str, &str)> =
                        args.iter().map(|(n, v)| (*n, v.as_str())).collect();
                    locale.format(error_messages::security_answer_problem(problem), &args)
                })
        })
    };
    let question_error =
        Signal::derive(move || show_errors.get().then(|| message_for(true)).flatten());
    let answer_error = Signal::derive(move || {
        (show_errors.get() || left_answer.get())
            .then(|| message_for(false))
            .flatten()
    });
    let legend_number = number.clone();
    view! {
        <fieldset class="app-fieldset">
            <legend class="app-fieldset__legend">
                {move || locale.format(msg::create::QUESTION_LEGEND, &[("number", legend_number.as_str())])}
            </legend>
            <div class="app-form-group" class:app-form-group--error=move || question_error.with(Option::is_some)>
                <label class="app-label" for=question_id.clone()>{move || locale.t(msg::create::QUESTION_LABEL)}</label>
                {move || {
                    question_error
                        .get()
                        .map(|message| view! {
                            <p class="app-error-message" id=format!("question-{}-error", index + 1)>
                                <span class="app-visually-hidden">{move || locale.t(msg::form::ERROR_PREFIX)}</span>
                                " "
                                {message}
                            </p>
                        })
                }}
                <select
                    class="app-select"
                    id=question_id.clone()
                    aria-describedby=move || question_error.with(Option::is_some).then(|| format!("question-{}-error", index + 1))
                    aria-invalid=move || question_error.with(Option::is_some).then_some("true")
                    on:change=move |event| question.set(SecurityQuestion::from_id(&event_target_value(&event)))
                >
                    <option value="" selected=move || question.get().is_none()>{move || locale.t(msg::form::CHOOSE)}</option>
                    {SecurityQuestion::ALL
                        .into_iter()
                        .map(|choice| {
                            let key = names::security_question(choice);
                            view! {
                                <option value=choice.id() selected=move || question.get() == Some(choice)>
                                    {move || locale.t(key)}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
            </div>
            <InputField
                id=answer_id
                label={msg::create::ANSWER_LABEL}
                value=answer
                on_input=move |value| answer.set(value)
                on_blur=move |()| left_answer.set(true)
                feedback=Signal::derive(move || answer_error.get().map(Feedback::error))
            />
        </fieldset>
    }
}
