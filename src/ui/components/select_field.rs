//! A labelled drop-down list with translated option names and a message from validation
//! findings, tied to it like every other field.

use leptos::prelude::*;

use super::field_feedback::{Feedback, FeedbackMessage, described_by, hint_id, is_error};
use super::leaving_field::is_leaving_for_submit;
use crate::i18n::{MessageKey, msg};
use crate::state::Locale;
use crate::ui::binding::FieldBinding;

/// One `<select>`. Options are `(value, message key of the name)`; with `blank`, a first
/// "Choose…" option with the empty value stands for "nothing chosen yet".
#[component]
pub fn SelectField(
    /// The field this list shows: its id, value, edit, leaving and message. Without it, they
    /// are given one by one (`id`, `value`, `on_change`, `on_blur`, `feedback`).
    #[prop(optional, into)]
    binding: Option<FieldBinding<String>>,
    /// The select's id; the error summary links to `#<id>`.
    #[prop(optional, into)]
    id: String,
    /// Message key of the label.
    label: MessageKey,
    /// Message key of the hint, if any.
    #[prop(optional)]
    hint: Option<MessageKey>,
    /// The choices.
    options: Vec<(&'static str, MessageKey)>,
    /// Offer an empty "Choose…" first option.
    #[prop(optional)]
    blank: bool,
    /// The chosen value (empty for none).
    #[prop(optional, into)]
    value: Signal<String>,
    /// Called with the newly chosen value.
    #[prop(optional, into)]
    on_change: Option<Callback<String>>,
    /// Called when the list loses focus.
    #[prop(optional, into)]
    on_blur: Option<Callback<()>>,
    /// The message to show, if any.
    #[prop(optional, into)]
    feedback: Signal<Option<Feedback>>,
) -> impl IntoView {
    let locale = Locale::expect();
    let (id, value, on_change, on_blur, feedback) = match binding {
        Some(field) => (
            field.id,
            field.value,
            Some(field.on_change),
            Some(field.on_blur),
            field.feedback,
        ),
        None => (id, value, on_change, on_blur, feedback),
    };
    let described = described_by(&id, hint.is_some(), feedback);
    let has_error = is_error(feedback);
    view! {
        <div class="app-form-group" class:app-form-group--error=has_error>
            <label class="app-label" for=id.clone()>{move || locale.t(label)}</label>
            {hint.map(|hint| view! { <div class="app-hint" id=hint_id(&id)>{move || locale.t(hint)}</div> })}
            <FeedbackMessage field_id=id.clone() feedback=feedback />
            <select
                class="app-select"
                class:app-select--error=has_error
                id=id.clone()
                name=id.clone()
                aria-describedby=described
                aria-invalid=move || has_error().then_some("true")
                on:change=move |event| {
                    if let Some(on_change) = on_change {
                        on_change.run(event_target_value(&event));
                    }
                }
                on:blur=move |event| {
                    if let Some(on_blur) = on_blur.filter(|_| !is_leaving_for_submit(&event)) {
                        on_blur.run(());
                    }
                }
            >
                {blank
                    .then(|| {
                        view! {
                            <option value="" selected=move || value.with(String::is_empty)>
                                {move || locale.t(msg::form::CHOOSE)}
                            </option>
                        }
                    })}
                {options
                    .into_iter()
                    .map(|(option, name)| {
                        view! {
                            <option value=option selected=move || value.with(|value| value == option)>
                                {move || locale.t(name)}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        </div>
    }
}
