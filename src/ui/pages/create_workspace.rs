//! Onboarding, steps 1 and 2: choose the workspace passphrase, then three security questions
//! and their answers. Only when both are acceptable is the encrypted workspace created, with its
//! signing key; steps 3 and 4 (main account, first entity account) follow once it is open.

use leptos::prelude::*;

use crate::domain::onboarding::{
    PassphraseContext, QuestionSlot, SecurityQuestion, check_security_questions,
    questions_are_acceptable,
};
use crate::state::{Locale, Session};
use crate::ui::after_paint::run_after_paint;
use crate::ui::components::field_feedback::Feedback;
use crate::ui::components::input_field::InputField;
use crate::ui::components::new_passphrase::{NewPassphrase, passphrase_is_acceptable};
use crate::ui::components::{ErrorSummary, SummaryEntry, WorkspaceUsername};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Step {
    Passphrase,
    Questions,
}

/// An error summary entry kept as its message key and values, not as text, so that the summary
/// follows a language switch.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Listed {
    field_id: String,
    key: &'static str,
    args: Vec<(&'static str, String)>,
}

/// Steps 1 and 2 of onboarding.
#[component]
pub fn CreateWorkspacePage() -> impl IntoView {
    let locale = Locale::expect();
    let session = Session::expect();
    let step = RwSignal::new(Step::Passphrase);
    let passphrase = RwSignal::new(String::new());
    let confirmation = RwSignal::new(String::new());
    let questions: [RwSignal<Option<SecurityQuestion>>; 3] =
        std::array::from_fn(|_| RwSignal::new(None));
    let answers: [RwSignal<String>; 3] = std::array::from_fn(|_| RwSignal::new(String::new()));
    let show_errors = RwSignal::new(false);
    let summary = RwSignal::new(Vec::<Listed>::new());
    let entries = Memo::new(move |_| {
        summary.with(|listed| {
            listed
                .iter()
                .map(|entry| {
                    let args: Vec<(&str, &str)> =
                        entry.args.iter().map(|(n, v)| (*n, v.as_str())).collect();
                    SummaryEntry {
                        field_id: entry.field_id.clone(),
                        message: locale.format(entry.key, &args),
                    }
                })
                .collect::<Vec<_>>()
        })
    });
    let busy = RwSignal::new(false);
    let failure = RwSignal::new(None::<&'static str>);

    let context = Signal::derive(move || {
        answers
            .iter()
            .fold(PassphraseContext::new(), |context, answer| {
                answer.with(|a| context.with_security_answer(a))
            })
    });

    let question_problems = Memo::new(move |_| {
        let chosen = questions.map(|question| question.get());
        let typed = answers.map(|answer| answer.get());
        let slots: [QuestionSlot<'_>; 3] = std::array::from_fn(|index| QuestionSlot {
            question: chosen[index],
            answer: typed[index].as_str(),
        });
        passphrase.with(|passphrase| check_security_questions(&slots, passphrase))
    });

    let continue_from_passphrase = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let acceptable = passphrase.with(|p| {
            confirmation.with(|c| passphrase_is_acceptable(p, c, &PassphraseContext::new()))
        });
        if acceptable {
            show_errors.set(false);
            summary.set(Vec::new());
            step.set(Step::Questions);
        } else {
            show_errors.set(true);
            let assessment = passphrase.with(|p| {
                confirmation.with(|c| {
                    crate::domain::onboarding::assess_passphrase(p, c, &PassphraseContext::new())
                })
            });
            summary.set(
                assessment
                    .problems
                    .iter()
                    .map(|problem| {
                        let field = if problem.is_about_confirmation() {
                            "new-confirmation"
                        } else {
                            "new-passphrase"
                        };
                        Listed {
                            field_id: field.to_owned(),
                            key: problem.message_key(),
                            args: problem.args(),
                        }
                    })
                    .collect(),
            );
        }
    };

    let create = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let problems = question_problems.get();
        let passphrase_ok = passphrase
            .with(|p| confirmation.with(|c| passphrase_is_acceptable(p, c, &context.get())));
        if !questions_are_acceptable(&problems) || !passphrase_ok {
            show_errors.set(true);
            let mut listed = Vec::new();
            for (index, slot_problems) in problems.iter().enumerate() {
                for problem in slot_problems {
                    let field = if problem.message_key().starts_with("onboarding.questions.") {
                        format!("question-{}", index + 1)
                    } else {
                        format!("answer-{}", index + 1)
                    };
                    listed.push(Listed {
                        field_id: field,
                        key: problem.message_key(),
                        args: problem.args(),
                    });
                }
            }
            if !passphrase_ok && listed.is_empty() {
                listed.push(Listed {
                    field_id: "answer-1".to_owned(),
                    key: "onboarding.passphrase.security_answer",
                    args: Vec::new(),
                });
            }
            summary.set(listed);
            return;
        }
        let (Some(first), Some(second), Some(third)) =
            (questions[0].get(), questions[1].get(), questions[2].get())
        else {
            return;
        };
        failure.set(None);
        run_after_paint(busy, move || {
            let typed = answers.map(|answer| answer.get_untracked());
            let result =
                passphrase.with_untracked(|p| session.create(p, [first, second, third], &typed));
            if let Err(error) = result {
                failure.set(Some(error.message_key()));
            }
        });
    };

    view! {
        <ErrorSummary entries=entries />
        <p class="app-caption">
            {move || match step.get() {
                Step::Passphrase => locale.format("onboarding.step_of", &[("step", "1"), ("total", "4")]),
                Step::Questions => locale.format("onboarding.step_of", &[("step", "2"), ("total", "4")]),
            }}
        </p>
        <Show
            when=move || step.get() == Step::Passphrase
            fallback=move || {
                view! {
                    <h1 class="app-heading-xl">{move || locale.t("create.questions_title")}</h1>
                    <p class="app-body">{move || locale.format("onboarding.questions.hint", &[("count", "3")])}</p>
                    <form class="app-form" on:submit=create novalidate>
                        {(0..3)
                            .map(|index| {
                                view! {
                                    <QuestionFieldset
                                        index=index
                                        question=questions[index]
                                        answer=answers[index]
                                        problems=Signal::derive(move || question_problems.with(|all| all[index].clone()))
                                        show_errors=show_errors
                                    />
                                }
                            })
                            .collect_view()}
                        <Show when=move || failure.get().is_some()>
                            <p class="app-error-message" role="alert">
                                {move || failure.get().map(|key| locale.t(key))}
                            </p>
                        </Show>
                        <div class="app-button-group">
                            <button class="app-button" type="submit" disabled=move || busy.get()>
                                {move || locale.t("create.create_button")}
                            </button>
                            <button
                                class="app-button app-button--secondary"
                                type="button"
                                on:click=move |_| {
                                    summary.set(Vec::new());
                                    show_errors.set(false);
                                    step.set(Step::Passphrase);
                                }
                            >
                                {move || locale.t("form.back")}
                            </button>
                        </div>
                        <p class="app-body" role="status" aria-live="polite">
                            {move || busy.get().then(|| locale.t("create.creating"))}
                        </p>
                    </form>
                }
            }
        >
            <h1 class="app-heading-xl">{move || locale.t("create.passphrase_title")}</h1>
            <p class="app-body">{move || locale.t("create.passphrase_intro")}</p>
            <form class="app-form" on:submit=continue_from_passphrase novalidate>
                <WorkspaceUsername />
                <NewPassphrase
                    passphrase=passphrase
                    confirmation=confirmation
                    context=Signal::derive(PassphraseContext::new)
                    show_errors=show_errors
                />
                <button class="app-button" type="submit">{move || locale.t("form.continue")}</button>
            </form>
        </Show>
    }
}

/// One security question: which question, and its answer.
#[component]
fn QuestionFieldset(
    index: usize,
    question: RwSignal<Option<SecurityQuestion>>,
    answer: RwSignal<String>,
    #[prop(into)] problems: Signal<Vec<crate::domain::onboarding::SecurityAnswerProblem>>,
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
                .find(|problem| {
                    problem.message_key().starts_with("onboarding.questions.") == questions_part
                })
                .map(|problem| {
                    let args = problem.args();
                    let args: Vec<(&str, &str)> =
                        args.iter().map(|(n, v)| (*n, v.as_str())).collect();
                    locale.format(problem.message_key(), &args)
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
                {move || locale.format("create.question_legend", &[("number", legend_number.as_str())])}
            </legend>
            <div class="app-form-group" class:app-form-group--error=move || question_error.with(Option::is_some)>
                <label class="app-label" for=question_id.clone()>{move || locale.t("create.question_label")}</label>
                {move || {
                    question_error
                        .get()
                        .map(|message| view! {
                            <p class="app-error-message" id=format!("question-{}-error", index + 1)>
                                <span class="app-visually-hidden">{move || locale.t("form.error_prefix")}</span>
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
                    <option value="" selected=move || question.get().is_none()>{move || locale.t("form.choose")}</option>
                    {SecurityQuestion::ALL
                        .into_iter()
                        .map(|choice| {
                            let key = choice.message_key();
                            view! {
                                <option value=choice.id() selected=move || question.get() == Some(choice)>
                                    {move || locale.text(&key)}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
            </div>
            <InputField
                id=answer_id
                label="create.answer_label"
                value=answer
                on_input=move |value| answer.set(value)
                on_blur=move |()| left_answer.set(true)
                feedback=Signal::derive(move || answer_error.get().map(Feedback::error))
            />
        </fieldset>
    }
}
