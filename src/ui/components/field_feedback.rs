//! What a form field says about its value: the validation engine's finding for that field,
//! translated, shown as an error (blocks) or a warning (advice, never blocks) that looks
//! different and says which it is in words, so nothing depends on colour alone.

use leptos::prelude::*;

use crate::domain::validation::Finding;
use crate::i18n::findings::finding_message;
use crate::i18n::identifiers::identifier_label;
use crate::i18n::msg;
use crate::state::Locale;

/// The message a field shows, already translated.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Feedback {
    /// The text, as the error summary shows it too.
    pub message: String,
    /// A warning advises; an error must be fixed before going on.
    pub is_warning: bool,
}

impl Feedback {
    /// An error message decided by the page itself (a wrong passphrase, answers that differ),
    /// not by a validation finding.
    pub fn error(message: impl Into<String>) -> Self {
        Feedback {
            message: message.into(),
            is_warning: false,
        }
    }
}

/// The id of the element holding a field's message; fields list it in `aria-describedby`.
pub fn feedback_id(field_id: &str) -> String {
    format!("{field_id}-message")
}

/// The id of the element holding a field's hint.
pub fn hint_id(field_id: &str) -> String {
    format!("{field_id}-hint")
}

/// The `aria-describedby` value of a field with an optional hint and a message.
pub fn described_by(
    field_id: &str,
    has_hint: bool,
    feedback: Signal<Option<Feedback>>,
) -> impl Fn() -> Option<String> + Send + Sync + 'static + use<> {
    let hint = has_hint.then(|| hint_id(field_id));
    let message = feedback_id(field_id);
    move || {
        let mut ids: Vec<String> = hint.iter().cloned().collect();
        if feedback.with(Option::is_some) {
            ids.push(message.clone());
        }
        (!ids.is_empty()).then(|| ids.join(" "))
    }
}

/// The text of a finding in the current language, with the identifier kinds it names (any one
/// of which will do) given by their names, joined by " / ".
pub fn finding_text(locale: Locale, finding: &Finding) -> String {
    let identifiers = (!finding.identifier_kinds.is_empty()).then(|| {
        finding
            .identifier_kinds
            .iter()
            .map(|kind| locale.t(identifier_label(*kind)))
            .collect::<Vec<_>>()
            .join(" / ")
    });
    let mut args: Vec<(&str, &str)> = finding
        .args
        .iter()
        .map(|(name, value)| (*name, value.as_str()))
        .collect();
    if let Some(identifiers) = &identifiers {
        args.push(("identifier", identifiers));
    }
    locale.format(finding_message(finding), &args)
}

/// A finding as a field shows it, translated.
pub fn feedback_of(locale: Locale, finding: &Finding) -> Feedback {
    Feedback {
        message: finding_text(locale, finding),
        is_warning: !finding.is_error(),
    }
}

/// A field's message: `finding`, translated, once the field was left (`touched`) or the user
/// pressed "Continue" (`submitted`), and following every input after that.
pub fn field_message(
    locale: Locale,
    finding: Memo<Option<Finding>>,
    touched: RwSignal<bool>,
    submitted: impl Into<Signal<bool>>,
) -> Signal<Option<Feedback>> {
    let submitted = submitted.into();
    Signal::derive(move || {
        if !(touched.get() || submitted.get()) {
            return None;
        }
        finding.with(|finding| finding.as_ref().map(|finding| feedback_of(locale, finding)))
    })
}

/// The message of a field, or nothing. Rendered as text: whatever the user typed and the
/// finding quotes back stays inert.
#[component]
pub fn FeedbackMessage(
    /// The field's id (the message gets `<id>-message`).
    #[prop(into)]
    field_id: String,
    /// What to show.
    #[prop(into)]
    feedback: Signal<Option<Feedback>>,
) -> impl IntoView {
    let locale = Locale::expect();
    let id = feedback_id(&field_id);
    move || {
        feedback.get().map(|feedback| {
            if feedback.is_warning {
                view! {
                    <p class="app-warning-message" id=id.clone()>
                        <strong class="app-warning-message__prefix">
                            {move || locale.t(msg::form::WARNING_PREFIX)}
                        </strong>
                        " "
                        {feedback.message}
                    </p>
                }
                .into_any()
            } else {
                view! {
                    <p class="app-error-message" id=id.clone()>
                        <span class="app-visually-hidden">{move || locale.t(msg::form::ERROR_PREFIX)}</span>
                        " "
                        {feedback.message}
                    </p>
                }
                .into_any()
            }
        })
    }
}

/// Whether the feedback is a blocking error (for `aria-invalid` and the error styling).
pub fn is_error(feedback: Signal<Option<Feedback>>) -> impl Fn() -> bool + Copy + Send + Sync {
    move || feedback.with(|feedback| feedback.as_ref().is_some_and(|f| !f.is_warning))
}
