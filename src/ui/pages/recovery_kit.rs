//! Making a recovery kit for a workspace that has none (made before kits existed: until then
//! its answers alone open it), or replacing the kit, with the same or other security questions
//! and answers. Replacing asks for the passphrase first. The new kit counts, and the old one
//! stops working, only once the user has typed a group of the new key back.

use leptos::prelude::*;
use zeroize::Zeroizing;

use crate::crypto::recovery_key::RecoveryKey;
use crate::domain::onboarding::{
    QuestionSlot, SecurityQuestion, check_security_questions, questions_are_acceptable,
};
use crate::i18n::{MessageKey, error_messages, msg};
use crate::state::{Locale, Navigation, Screen, Session};
use crate::ui::components::field_feedback::Feedback;
use crate::ui::components::input_field::InputField;
use crate::ui::components::question_fieldset::{
    QuestionFieldset, chosen_questions, problem_field_id,
};
use crate::ui::components::recovery_kit::{KitDetails, RecoveryKit};
use crate::ui::components::show::Show;
use crate::ui::components::{ErrorSummary, SummaryEntry, WorkspaceUsername};
use crate::ui::while_busy::run_while_busy;

/// The recovery kit screen.
#[component]
pub fn RecoveryKitPage() -> impl IntoView {
    let locale = Locale::expect();
    let session = Session::expect();
    let navigation = Navigation::expect();
    // Decided when the page opens: making the first kit, or replacing one.
    let replacing = untrack(|| session.has_recovery_kit());
    let current = untrack(|| session.questions());
    let questions: [RwSignal<Option<SecurityQuestion>>; 3] =
        std::array::from_fn(|index| RwSignal::new(current.map(|chosen| chosen[index])));
    let answers: [RwSignal<String>; 3] = std::array::from_fn(|_| RwSignal::new(String::new()));
    let passphrase = RwSignal::new(String::new());
    let show_errors = RwSignal::new(false);
    let failure = RwSignal::new(None::<MessageKey>);
    let busy = RwSignal::new(false);
    let new_key = RwSignal::new(None::<RecoveryKey>);
    let done = RwSignal::new(false);

    let question_problems = Memo::new(move |_| {
        let chosen = questions.map(|question| question.get());
        let typed = answers.map(|answer| answer.get());
        let slots: [QuestionSlot<'_>; 3] = std::array::from_fn(|index| QuestionSlot {
            question: chosen[index],
            answer: typed[index].as_str(),
        });
        passphrase.with(|passphrase| check_security_questions(&slots, passphrase))
    });
    let summary = Signal::derive(move || {
        let mut entries = Vec::new();
        if let Some(key) = failure.get() {
            let field = if key == msg::session::ERROR_WRONG_PASSPHRASE {
                "kit-passphrase"
            } else {
                "answer-1"
            };
            entries.push(SummaryEntry {
                field_id: field.to_owned(),
                message: locale.t(key).to_owned(),
            });
        }
        if show_errors.get() {
            for (index, problems) in question_problems.get().iter().enumerate() {
                for problem in problems {
                    let args = problem.args();
                    let args: Vec<(&str, &str)> =
                        args.iter().map(|(n, v)| (*n, v.as_str())).collect();
                    let field = problem_field_id(index, problem);
                    entries.push(SummaryEntry {
                        field_id: field,
                        message: locale
                            .format(error_messages::security_answer_problem(problem), &args),
                    });
                }
            }
        }
        entries
    });

    let make_key = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        show_errors.set(true);
        failure.set(None);
        if !questions_are_acceptable(&question_problems.get_untracked()) {
            return;
        }
        run_while_busy(busy, async move {
            if replacing {
                let typed = Zeroizing::new(passphrase.get_untracked());
                if let Err(error) = session.verify_passphrase(&typed).await {
                    let _ = failure.try_set(Some(error.message_key()));
                    return;
                }
            }
            match RecoveryKey::generate() {
                Ok(key) => {
                    let _ = new_key.try_set(Some(key));
                }
                Err(_) => {
                    let _ = failure.try_set(Some(msg::session::ERROR_KEYS));
                }
            }
        });
    };

    let confirmed = move |()| {
        let Some(chosen) = chosen_questions(questions) else {
            return;
        };
        let Some(key) = new_key.get_untracked() else {
            return;
        };
        run_while_busy(busy, async move {
            let typed = answers.map(|answer| answer.get_untracked());
            match session.replace_recovery_kit(chosen, &typed, &key).await {
                Ok(()) => {
                    let _ = new_key.try_set(None);
                    let _ = done.try_set(true);
                }
                Err(error) => {
                    let _ = failure.try_set(Some(error.message_key()));
                }
            }
        });
    };

    let details = move || KitDetails {
        workspace_name: session
            .with_contents(|contents| contents.workspace.organization.legal_name.clone())
            .unwrap_or_default(),
        fingerprint: session
            .with_contents(|contents| {
                contents
                    .signing_key()
                    .map(|key| key.fingerprint().for_people())
                    .ok()
            })
            .flatten()
            .unwrap_or_default(),
    };

    view! {
        <ErrorSummary entries=summary />
        {move || match new_key.get() {
            None if done.get() => view! {
                <div class="app-notification" role="status" id="recovery-kit-saved">
                    <h1 class="app-notification__title">{move || locale.t(msg::kit::MADE_TITLE)}</h1>
                    <p class="app-body">{move || locale.t(msg::kit::MADE_BODY)}</p>
                    <button class="app-button" type="button" on:click=move |_| navigation.go(Screen::Tasks)>
                        {move || locale.t(msg::form::CONTINUE)}
                    </button>
                </div>
            }
            .into_any(),
            Some(key) => view! {
                <h1 class="app-heading-xl">{move || locale.t(msg::kit::TITLE)}</h1>
                <p class="app-body">{move || locale.t(msg::kit::INTRO)}</p>
                <RecoveryKit key=key details=details() on_confirmed=confirmed busy=busy />
            }
            .into_any(),
            None => view! {
                <h1 class="app-heading-xl">
                    {move || locale.t(if replacing { msg::kit::PAGE_TITLE_REPLACE } else { msg::kit::PAGE_TITLE_MAKE })}
                </h1>
                <p class="app-body">
                    {move || locale.t(if replacing { msg::kit::PAGE_INTRO_REPLACE } else { msg::kit::PAGE_INTRO_MAKE })}
                </p>
                <form class="app-form" on:submit=make_key novalidate>
                    <WorkspaceUsername />
                    <Show when=move || replacing>
                        <InputField
                            id="kit-passphrase"
                            label={msg::kit::PASSPHRASE_LABEL}
                            value=passphrase
                            on_input=move |value| passphrase.set(value)
                            input_type="password"
                            autocomplete="current-password"
                            feedback=Signal::derive(move || {
                                (failure.get() == Some(msg::session::ERROR_WRONG_PASSPHRASE))
                                    .then(|| Feedback::error(locale.t(msg::session::ERROR_WRONG_PASSPHRASE)))
                            })
                        />
                    </Show>
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
                    <div class="app-button-group">
                        <button class="app-button" type="submit" disabled=move || busy.get()>
                            {move || locale.t(msg::kit::MAKE_BUTTON)}
                        </button>
                        <button
                            class="app-button app-button--secondary"
                            type="button"
                            id="kit-later"
                            on:click=move |_| navigation.go(Screen::Tasks)
                        >
                            {move || locale.t(if replacing { msg::form::BACK } else { msg::kit::LATER })}
                        </button>
                    </div>
                    <p class="app-body" role="status" aria-live="polite">
                        {move || (busy.get() && replacing).then(|| locale.t(msg::unlock::CHECKING))}
                    </p>
                </form>
            }
            .into_any(),
        }}
    }
}

/// The warning every screen shows while the open workspace has no recovery kit.
#[component]
pub fn WeakRecoveryBanner() -> impl IntoView {
    let locale = Locale::expect();
    let session = Session::expect();
    let navigation = Navigation::expect();
    view! {
        <Show when=move || !session.has_recovery_kit() && navigation.screen() != Screen::RecoveryKit>
            <div class="app-notification app-notification--warning" role="region" aria-labelledby="weak-recovery-title" id="weak-recovery">
                <h2 class="app-notification__title" id="weak-recovery-title">{move || locale.t(msg::kit::WEAK_TITLE)}</h2>
                <p class="app-body">{move || locale.t(msg::kit::WEAK_BODY)}</p>
                <button class="app-button" type="button" id="make-recovery-kit" on:click=move |_| navigation.go(Screen::RecoveryKit)>
                    {move || locale.t(msg::kit::WEAK_LINK)}
                </button>
            </div>
        </Show>
    }
}
