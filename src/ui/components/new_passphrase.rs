//! Choosing a new passphrase, typed twice, with a strength meter and the policy's findings
//! (used at onboarding, in recovery and in settings). The policy itself lives in
//! `domain::onboarding`; this only shows what it says.

use leptos::prelude::*;

use crate::domain::onboarding::{
    MIN_PASSPHRASE_CHARS, PassphraseAssessment, PassphraseContext, assess_passphrase,
};
use crate::i18n::names::passphrase_strength;
use crate::i18n::{error_messages, msg};
use crate::state::Locale;
use crate::ui::components::field_feedback::Feedback;
use crate::ui::components::input_field::InputField;

/// The two passphrase inputs and the meter. `show_errors` turns on every message at once
/// (after "Continue"); before that a field shows its message once the user has left it.
#[component]
pub fn NewPassphrase(
    /// The passphrase typed.
    passphrase: RwSignal<String>,
    /// The confirmation typed.
    confirmation: RwSignal<String>,
    /// Words the passphrase must not contain (company names, e-mails, answers).
    #[prop(into)]
    context: Signal<PassphraseContext>,
    /// Whether every message shows regardless of focus.
    #[prop(into)]
    show_errors: Signal<bool>,
    /// Id prefix for the inputs (`<prefix>-passphrase`, `<prefix>-confirmation`).
    #[prop(default = "new")]
    id_prefix: &'static str,
) -> impl IntoView {
    let locale = Locale::expect();
    let assessment = Memo::new(move |_| {
        context.with(|context| {
            passphrase.with(|p| confirmation.with(|c| assess_passphrase(p, c, context)))
        })
    });
    let left_passphrase = RwSignal::new(false);
    let left_confirmation = RwSignal::new(false);
    let message = move |assessment: &PassphraseAssessment, confirmation_field: bool| {
        assessment
            .problems
            .iter()
            .find(|problem| problem.is_about_confirmation() == confirmation_field)
            .map(|problem| {
                let args = problem.args();
                let args: Vec<(&str, &str)> = args
                    .iter()
                    .map(|(name, value)| (*name, value.as_str()))
                    .collect();
                locale.format(error_messages::passphrase_problem(problem), &args)
            })
    };
    let passphrase_error = Signal::derive(move || {
        let shown = show_errors.get() || left_passphrase.get();
        shown
            .then(|| assessment.with(|a| message(a, false)))
            .flatten()
    });
    let confirmation_error = Signal::derive(move || {
        let shown = show_errors.get() || left_confirmation.get();
        shown
            .then(|| assessment.with(|a| message(a, true)))
            .flatten()
    });
    let score = move || assessment.with(|a| a.strength.score());
    view! {
        <InputField
            id=format!("{id_prefix}-passphrase")
            label={msg::passphrase::NEW_LABEL}
            hint={msg::onboarding::PASSPHRASE_HINT}
            hint_args=vec![("min", MIN_PASSPHRASE_CHARS.to_string())]
            input_type="password"
            autocomplete="new-password"
            value=passphrase
            on_input=move |value| passphrase.set(value)
            on_blur=move |()| left_passphrase.set(true)
            feedback=Signal::derive(move || passphrase_error.get().map(Feedback::error))
        />
        <div class="app-strength" aria-live="polite">
            <div class="app-strength__bar" data-score=move || score().to_string()>
                <span class="app-strength__fill"></span>
            </div>
            <p class="app-strength__label" id=format!("{id_prefix}-strength")>
                {move || locale.t(msg::passphrase::STRENGTH_LABEL)} " "
                <strong>{move || assessment.with(|a| locale.t(passphrase_strength(a.strength)))}</strong>
            </p>
        </div>
        <InputField
            id=format!("{id_prefix}-confirmation")
            label={msg::passphrase::CONFIRM_LABEL}
            input_type="password"
            autocomplete="new-password"
            value=confirmation
            on_input=move |value| confirmation.set(value)
            on_blur=move |()| left_confirmation.set(true)
            feedback=Signal::derive(move || confirmation_error.get().map(Feedback::error))
        />
    }
}

/// Whether the passphrase and its confirmation satisfy the policy.
pub fn passphrase_is_acceptable(
    passphrase: &str,
    confirmation: &str,
    context: &PassphraseContext,
) -> bool {
    assess_passphrase(passphrase, confirmation, context).is_acceptable()
}
