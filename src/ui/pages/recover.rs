//! Forgotten passphrase: type the recovery key from the recovery kit and answer the three
//! security questions chosen at onboarding, then set a new passphrase. The workspace's content
//! is kept; it is put under a new key. A workspace made before recovery kits is opened with the
//! answers alone, once, and then asks for a kit.

use leptos::prelude::*;
use zeroize::Zeroizing;

use crate::crypto::recovery_key::{RecoveryKey, RecoveryKeyError};
use crate::domain::onboarding::PassphraseContext;
use crate::i18n::{MessageKey, msg, names};
use crate::state::key_derivation::BrowserKeyDerivation;
use crate::state::{Locale, Session};
use crate::ui::components::field_feedback::Feedback;
use crate::ui::components::input_field::InputField;
use crate::ui::components::new_passphrase::{NewPassphrase, passphrase_is_acceptable};
use crate::ui::components::show::Show;
use crate::ui::components::{ErrorSummary, SummaryEntry, WorkspaceUsername};
use crate::ui::while_busy::run_while_busy;

/// The recovery screen.
#[component]
pub fn RecoverPage(
    /// Called when the user goes back to the unlock screen.
    #[prop(into)]
    on_back: Callback<()>,
) -> impl IntoView {
    let locale = Locale::expect();
    let session = Session::expect();
    let answers: [RwSignal<String>; 3] = std::array::from_fn(|_| RwSignal::new(String::new()));
    let recovery_key = RwSignal::new(String::new());
    let key_problem = RwSignal::new(None::<String>);
    let needs_key = move || session.has_recovery_kit();
    let passphrase = RwSignal::new(String::new());
    let confirmation = RwSignal::new(String::new());
    let show_errors = RwSignal::new(false);
    let error = RwSignal::new(None::<MessageKey>);
    let busy = RwSignal::new(false);
    // A key will be asked for: the worker loads while the user types.
    BrowserKeyDerivation::shared().start_early();
    let context = Signal::derive(move || {
        answers
            .iter()
            .fold(PassphraseContext::new(), |context, answer| {
                answer.with(|a| context.with_security_answer(a))
            })
    });
    let summary = Signal::derive(move || {
        let mut entries = Vec::new();
        if let Some(message) = key_problem.get() {
            entries.push(SummaryEntry {
                field_id: "recovery-key".to_owned(),
                message,
            });
        }
        if let Some(key) = error.get() {
            entries.push(SummaryEntry {
                field_id: "answer-1".to_owned(),
                message: locale.t(key).to_owned(),
            });
        }
        if show_errors.get()
            && !passphrase
                .with(|p| confirmation.with(|c| passphrase_is_acceptable(p, c, &context.get())))
        {
            entries.push(SummaryEntry {
                field_id: "recover-passphrase".to_owned(),
                message: locale.t(msg::recover::PASSPHRASE_PROBLEM).to_owned(),
            });
        }
        entries
    });
    let recover = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        show_errors.set(true);
        error.set(None);
        key_problem.set(None);
        let key = if needs_key() {
            match recovery_key.with_untracked(|typed| parse_key(typed)) {
                Ok(key) => Some(key),
                Err((message_key, args)) => {
                    let args: Vec<(&str, &str)> =
                        args.iter().map(|(n, v)| (*n, v.as_str())).collect();
                    key_problem.set(Some(locale.format(message_key, &args)));
                    return;
                }
            }
        } else {
            None
        };
        if answers
            .iter()
            .any(|answer| answer.with_untracked(|a| a.trim().is_empty()))
        {
            error.set(Some(msg::recover::ANSWERS_MISSING));
            return;
        }
        if !passphrase.with_untracked(|p| {
            confirmation
                .with_untracked(|c| passphrase_is_acceptable(p, c, &context.get_untracked()))
        }) {
            return;
        }
        run_while_busy(busy, async move {
            let typed = answers.map(|answer| answer.get_untracked());
            let new_passphrase = Zeroizing::new(passphrase.get_untracked());
            let result = session.recover(key.as_ref(), &typed, &new_passphrase).await;
            if let Err(failure) = result {
                let _ = error.try_set(Some(failure.message_key()));
            }
        });
    };
    view! {
        <ErrorSummary entries=summary />
        <h1 class="app-heading-xl">{move || locale.t(msg::recover::TITLE)}</h1>
        <p class="app-body">{move || locale.t(msg::recover::INTRO)}</p>
        <form class="app-form" on:submit=recover novalidate>
            <WorkspaceUsername />
            <Show
                when=needs_key
                fallback=move || view! { <p class="app-inset-text" id="recover-without-kit">{move || locale.t(msg::kit::RECOVER_WITHOUT_KIT)}</p> }
            >
                <InputField
                    id="recovery-key"
                    label={msg::kit::RECOVER_KEY_LABEL}
                    hint={msg::kit::RECOVER_KEY_HINT}
                    value=recovery_key
                    on_input=move |value| recovery_key.set(value)
                    feedback=Signal::derive(move || key_problem.get().map(Feedback::error))
                    width="app-input--width-30"
                />
            </Show>
            {move || {
                session
                    .questions()
                    .map(|questions| {
                        questions
                            .into_iter()
                            .enumerate()
                            .map(|(index, question)| {
                                let key = names::security_question(question);
                                view! {
                                    <div class="app-form-group">
                                        <label class="app-label" for=format!("answer-{}", index + 1)>
                                            {move || locale.t(key)}
                                        </label>
                                        <input
                                            class="app-input"
                                            id=format!("answer-{}", index + 1)
                                            type="text"
                                            autocomplete="off"
                                            spellcheck="false"
                                            prop:value=move || answers[index].get()
                                            on:input=move |event| answers[index].set(event_target_value(&event))
                                        />
                                    </div>
                                }
                            })
                            .collect_view()
                    })
            }}
            <h2 class="app-heading-m">{move || locale.t(msg::recover::NEW_PASSPHRASE_HEADING)}</h2>
            <NewPassphrase
                passphrase=passphrase
                confirmation=confirmation
                context=context
                show_errors=show_errors
                id_prefix="recover"
            />
            <div class="app-button-group">
                <button class="app-button" type="submit" disabled=move || busy.get()>
                    {move || locale.t(msg::recover::BUTTON)}
                </button>
                <button class="app-button app-button--secondary" type="button" on:click=move |_| on_back.run(())>
                    {move || locale.t(msg::form::BACK)}
                </button>
            </div>
            <p class="app-body" role="status" aria-live="polite">
                {move || busy.get().then(|| locale.t(msg::unlock::UNLOCKING))}
            </p>
        </form>
    }
}

/// A message key with the values of its placeholders.
type Message = (MessageKey, Vec<(&'static str, String)>);

/// The typed recovery key, or the message saying what is wrong with it, before any key
/// derivation runs.
fn parse_key(typed: &str) -> Result<RecoveryKey, Message> {
    if typed.trim().is_empty() {
        return Err((msg::kit::KEY_MISSING, Vec::new()));
    }
    RecoveryKey::parse(typed).map_err(|error| match error {
        RecoveryKeyError::WrongLength { found, .. } => (
            msg::kit::KEY_WRONG_LENGTH,
            vec![("found", found.to_string())],
        ),
        RecoveryKeyError::UnknownCharacter { character } => (
            msg::kit::KEY_UNKNOWN_CHARACTER,
            vec![("character", character.to_string())],
        ),
        RecoveryKeyError::Mistyped { groups } => (
            msg::kit::KEY_MISTYPED,
            vec![("group", groups.first().copied().unwrap_or(1).to_string())],
        ),
    })
}
