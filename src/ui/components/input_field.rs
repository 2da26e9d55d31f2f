//! A labelled text input or text area whose message comes from validation findings: hint and
//! message are tied to the input with `aria-describedby`, an error sets `aria-invalid`, a
//! warning only advises (GOV.UK question pattern).

use leptos::prelude::*;

use super::field_feedback::{Feedback, FeedbackMessage, described_by, hint_id, is_error};
use super::leaving_field::is_leaving_for_submit;
use crate::i18n::{MessageKey, msg};
use crate::state::Locale;
use crate::ui::binding::FieldBinding;

/// One text input (or a text area when `multiline`).
#[component]
pub fn InputField(
    /// The field this input shows: its id, value, edit, leaving and message. Without it, they
    /// are given one by one (`id`, `value`, `on_input`, `on_blur`, `feedback`).
    #[prop(optional, into)]
    binding: Option<FieldBinding<String>>,
    /// The input's id; the error summary links to `#<id>`.
    #[prop(optional, into)]
    id: String,
    /// Message key of the label.
    label: MessageKey,
    /// Message key of the hint, if any.
    #[prop(optional)]
    hint: Option<MessageKey>,
    /// Values for the hint's `{placeholders}`.
    #[prop(optional)]
    hint_args: Vec<(&'static str, String)>,
    /// Adds "(optional)" to the label.
    #[prop(optional)]
    optional: bool,
    /// Text after the label (a number telling apart fields of one label).
    #[prop(optional, into)]
    label_suffix: Option<Signal<String>>,
    /// The current value.
    #[prop(optional, into)]
    value: Signal<String>,
    /// Called with the new value on every input.
    #[prop(optional, into)]
    on_input: Option<Callback<String>>,
    /// Called when the field loses focus (from then on its message shows).
    #[prop(optional, into)]
    on_blur: Option<Callback<()>>,
    /// The message to show, if any.
    #[prop(optional, into)]
    feedback: Signal<Option<Feedback>>,
    /// The input type (`text`, `email`, `tel`, `url`, `date`, `password`).
    #[prop(default = "text")]
    input_type: &'static str,
    /// The `inputmode` hint for on-screen keyboards (`numeric`, …).
    #[prop(optional)]
    input_mode: Option<&'static str>,
    /// The `autocomplete` token.
    #[prop(default = "off")]
    autocomplete: &'static str,
    /// Extra class for the input (a width modifier such as `app-input--width-10`).
    #[prop(default = "")]
    width: &'static str,
    /// A text area instead of a one-line input.
    #[prop(optional)]
    multiline: bool,
) -> impl IntoView {
    let locale = Locale::expect();
    let (id, value, on_input, on_blur, feedback) = match binding {
        Some(field) => (
            field.id,
            field.value,
            Some(field.on_change),
            Some(field.on_blur),
            field.feedback,
        ),
        None => (id, value, on_input, on_blur, feedback),
    };
    let described = described_by(&id, hint.is_some(), feedback);
    let has_error = is_error(feedback);
    let blur = move |event: web_sys::FocusEvent| {
        if let Some(on_blur) = on_blur.filter(|_| !is_leaving_for_submit(&event)) {
            on_blur.run(());
        }
    };
    let input = move |event| {
        if let Some(on_input) = on_input {
            on_input.run(event_target_value(&event));
        }
    };
    let control = if multiline {
        view! {
            <textarea
                class=format!("app-textarea {width}")
                class:app-textarea--error=has_error
                id=id.clone()
                name=id.clone()
                rows="5"
                aria-describedby=described
                aria-invalid=move || has_error().then_some("true")
                prop:value=move || value.get()
                on:input=input
                on:blur=blur
            ></textarea>
        }
        .into_any()
    } else {
        view! {
            <input
                class=format!("app-input {width}")
                class:app-input--error=has_error
                id=id.clone()
                name=id.clone()
                type=input_type
                inputmode=input_mode
                autocomplete=autocomplete
                spellcheck="false"
                aria-describedby=described
                aria-invalid=move || has_error().then_some("true")
                prop:value=move || value.get()
                on:input=input
                on:blur=blur
            />
        }
        .into_any()
    };
    view! {
        <div class="app-form-group" class:app-form-group--error=has_error>
            <label class="app-label" for=id.clone()>
                {move || locale.t(label)}
                {label_suffix.map(|suffix| view! { " " {move || suffix.get()} })}
                {optional.then(|| view! { " " {move || locale.t(msg::form::OPTIONAL)} })}
            </label>
            {hint
                .map(|hint| {
                    let text = move || {
                        let args: Vec<(&str, &str)> =
                            hint_args.iter().map(|(name, value)| (*name, value.as_str())).collect();
                        locale.format(hint, &args)
                    };
                    view! { <div class="app-hint" id=hint_id(&id)>{text}</div> }
                })}
            <FeedbackMessage field_id=id.clone() feedback=feedback />
            {control}
        </div>
    }
}
