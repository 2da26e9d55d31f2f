//! Onboarding, steps 1 and 2: choose the workspace passphrase, then three security questions
//! and their answers, then keep the recovery kit the app makes. Only when the kit is confirmed
//! is the encrypted workspace created, with its signing key; steps 3 and 4 (main account,
//! first entity account) follow once it is open.
//!
//! Restoring on a new computer takes the same two steps, so the restored workspace has its own
//! passphrase and recovery kit exactly as a new one; its third step is the backup instead of
//! the main account, and the workspace is created only with a backup that passed every check.

use leptos::prelude::*;
use zeroize::Zeroizing;

use crate::crypto::recovery_key::RecoveryKey;
use crate::crypto::signing_key::Fingerprint;
use crate::domain::model::Workspace;
use crate::domain::onboarding::{
    PassphraseContext, QuestionSlot, SecurityQuestion, check_security_questions,
    questions_are_acceptable,
};
use crate::i18n::{MessageKey, error_messages, msg};
use crate::state::key_derivation::BrowserKeyDerivation;
use crate::state::vault_contents::VaultContents;
use crate::state::{Locale, Session};
use crate::ui::components::new_passphrase::{NewPassphrase, passphrase_is_acceptable};
use crate::ui::components::question_fieldset::{
    QuestionFieldset, chosen_questions, problem_field_id,
};
use crate::ui::components::recovery_kit::{KitDetails, RecoveryKit};
use crate::ui::components::show::Show;
use crate::ui::components::{ErrorSummary, SummaryEntry, WorkspaceUsername};
use crate::ui::pages::start::BackupChoice;
use crate::ui::while_busy::run_while_busy;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Step {
    Passphrase,
    Questions,
    Kit,
    /// Restoring: the backup that becomes the workspace.
    Backup,
}

/// The workspace about to be created: its contents (with the signing key the kit names) and
/// its recovery key, made when the questions are accepted and kept only in memory until the
/// kit is confirmed.
#[derive(Clone)]
struct PendingWorkspace {
    contents: VaultContents,
    recovery_key: RecoveryKey,
    fingerprint: String,
    key: Fingerprint,
}

/// An error summary entry kept as its message key and values, not as text, so that the summary
/// follows a language switch.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Listed {
    field_id: String,
    key: MessageKey,
    args: Vec<(&'static str, String)>,
}

/// Steps 1 and 2 of onboarding, and, when restoring, the backup.
#[component]
pub fn CreateWorkspacePage(
    /// Whether the workspace is restored from a backup made on another computer.
    restoring: bool,
    /// Back to the start page.
    on_back: Callback<()>,
) -> impl IntoView {
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
    // A key will be asked for: the worker loads while the user types.
    BrowserKeyDerivation::shared().start_early();
    let failure = RwSignal::new(None::<MessageKey>);
    let pending = StoredValue::new(None::<PendingWorkspace>);

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
                            key: error_messages::passphrase_problem(problem),
                            args: problem.args(),
                        }
                    })
                    .collect(),
            );
        }
    };

    let make_kit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let problems = question_problems.get();
        let passphrase_ok = passphrase
            .with(|p| confirmation.with(|c| passphrase_is_acceptable(p, c, &context.get())));
        if !questions_are_acceptable(&problems) || !passphrase_ok {
            show_errors.set(true);
            let mut listed = Vec::new();
            for (index, slot_problems) in problems.iter().enumerate() {
                for problem in slot_problems {
                    let field = problem_field_id(index, problem);
                    listed.push(Listed {
                        field_id: field,
                        key: error_messages::security_answer_problem(problem),
                        args: problem.args(),
                    });
                }
            }
            if !passphrase_ok && listed.is_empty() {
                listed.push(Listed {
                    field_id: "answer-1".to_owned(),
                    key: msg::onboarding::PASSPHRASE_SECURITY_ANSWER,
                    args: Vec::new(),
                });
            }
            summary.set(listed);
            return;
        }
        failure.set(None);
        let made = RecoveryKey::generate()
            .map_err(|_| msg::session::ERROR_KEYS)
            .and_then(|recovery_key| {
                let contents = VaultContents::new().map_err(|_| msg::session::ERROR_KEYS)?;
                let key = contents
                    .signing_key()
                    .map_err(|_| msg::session::ERROR_KEYS)?
                    .fingerprint();
                Ok(PendingWorkspace {
                    contents,
                    recovery_key,
                    fingerprint: key.for_people(),
                    key,
                })
            });
        match made {
            Ok(made) => {
                pending.set_value(Some(made));
                summary.set(Vec::new());
                step.set(Step::Kit);
            }
            Err(key) => failure.set(Some(key)),
        }
    };

    // `restored`: the workspace of a checked backup, which replaces the new, empty one.
    let create_with = move |restored: Option<Workspace>| {
        let Some(chosen) = chosen_questions(questions) else {
            return;
        };
        let Some(mut made) = pending.get_value() else {
            return;
        };
        if let Some(workspace) = restored {
            made.contents.workspace = workspace;
        }
        failure.set(None);
        run_while_busy(busy, async move {
            let typed = answers.map(|answer| answer.get_untracked());
            let chosen_passphrase = Zeroizing::new(passphrase.get_untracked());
            let result = session
                .create(
                    &chosen_passphrase,
                    chosen,
                    &typed,
                    &made.recovery_key,
                    made.contents,
                )
                .await;
            if let Err(error) = result {
                let _ = failure.try_set(Some(error.message_key()));
            }
        });
    };
    let create = move |()| {
        if restoring {
            step.set(Step::Backup);
            request_animation_frame(|| {
                crate::ui::field_focus::focus_field("main-content");
            });
        } else {
            create_with(None);
        }
    };
    let total = if restoring { "3" } else { "4" };

    view! {
        <ErrorSummary entries=entries />
        <p class="app-caption">
            {move || match step.get() {
                Step::Passphrase => locale.format(msg::onboarding::STEP_OF, &[("step", "1"), ("total", total)]),
                Step::Questions | Step::Kit => locale.format(msg::onboarding::STEP_OF, &[("step", "2"), ("total", total)]),
                Step::Backup => locale.format(msg::onboarding::STEP_OF, &[("step", "3"), ("total", total)]),
            }}
        </p>
        <Show when=move || step.get() == Step::Backup>
            {move || {
                pending
                    .get_value()
                    .map(|made| {
                        view! {
                            <BackupChoice
                                own=made.key
                                busy=busy
                                on_restore=Callback::new(move |workspace| create_with(Some(workspace)))
                            />
                            <Show when=move || failure.get().is_some()>
                                <p class="app-error-message" role="alert">
                                    {move || failure.get().map(|key| locale.t(key))}
                                </p>
                            </Show>
                        }
                    })
            }}
        </Show>
        <Show when=move || step.get() == Step::Kit>
            {move || {
                pending
                    .get_value()
                    .map(|made| {
                        view! {
                            <h1 class="app-heading-xl">{move || locale.t(msg::kit::TITLE)}</h1>
                            <p class="app-body">{move || locale.t(msg::kit::INTRO)}</p>
                            <RecoveryKit
                                key=made.recovery_key.clone()
                                details=KitDetails {
                                    workspace_name: String::new(),
                                    fingerprint: made.fingerprint.clone(),
                                }
                                on_confirmed=create
                                busy=busy
                            />
                            <Show when=move || failure.get().is_some()>
                                <p class="app-error-message" role="alert">
                                    {move || failure.get().map(|key| locale.t(key))}
                                </p>
                            </Show>
                        }
                    })
            }}
        </Show>
        <Show
            when=move || step.get() == Step::Passphrase
            fallback=move || {
                view! {
                <Show when=move || step.get() == Step::Questions>
                    <h1 class="app-heading-xl">{move || locale.t(msg::create::QUESTIONS_TITLE)}</h1>
                    <p class="app-body">{move || locale.format(msg::onboarding::QUESTIONS_HINT, &[("count", "3")])}</p>
                    <form class="app-form" on:submit=make_kit novalidate>
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
                                {move || locale.t(msg::create::CREATE_BUTTON)}
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
                                {move || locale.t(msg::form::BACK)}
                            </button>
                        </div>
                    </form>
                </Show>
                }
            }
        >
            <button class="app-back-link" type="button" id="back-to-start" on:click=move |_| on_back.run(())>
                {move || locale.t(msg::form::BACK)}
            </button>
            <h1 class="app-heading-xl">{move || locale.t(msg::create::PASSPHRASE_TITLE)}</h1>
            <Show when=move || restoring>
                <p class="app-body" id="restore-intro">{move || locale.t(msg::restore::PASSPHRASE_INTRO)}</p>
            </Show>
            <p class="app-body">{move || locale.t(msg::create::PASSPHRASE_INTRO)}</p>
            <form class="app-form" on:submit=continue_from_passphrase novalidate>
                <WorkspaceUsername />
                <NewPassphrase
                    passphrase=passphrase
                    confirmation=confirmation
                    context=Signal::derive(PassphraseContext::new)
                    show_errors=show_errors
                />
                <button class="app-button" type="submit">{move || locale.t(msg::form::CONTINUE)}</button>
            </form>
        </Show>
    }
}
