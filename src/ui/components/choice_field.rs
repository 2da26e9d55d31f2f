//! A single checkbox or radio button with its label beside it (GOV.UK pattern), and a message
//! from validation findings tied to it.

use leptos::prelude::*;

use super::field_feedback::{Feedback, FeedbackMessage, described_by, hint_id, is_error};
use crate::i18n::MessageKey;
use crate::state::Locale;
use crate::ui::binding::FieldBinding;

/// A checkbox, or a radio button when `radio_group` names the group it belongs to (the group
/// may span several fieldsets: "which contact is the primary point of contact").
#[component]
pub fn ChoiceField(
    /// The field this box shows: its id, state, edit and message. Without it, they are given
    /// one by one (`id`, `checked`, `on_change`, `feedback`).
    #[prop(optional, into)]
    binding: Option<FieldBinding<bool>>,
    /// The input's id; the error summary links to `#<id>`.
    #[prop(optional, into)]
    id: String,
    /// Message key of the label.
    label: MessageKey,
    /// Message key of the hint, if any.
    #[prop(optional)]
    hint: Option<MessageKey>,
    /// The `name` shared by the radios of one group; `None` makes a checkbox.
    #[prop(optional)]
    radio_group: Option<&'static str>,
    /// Whether it is ticked.
    #[prop(optional, into)]
    checked: Signal<bool>,
    /// Called with the new state when the user ticks or unticks it.
    #[prop(optional, into)]
    on_change: Option<Callback<bool>>,
    /// The message to show, if any.
    #[prop(optional, into)]
    feedback: Signal<Option<Feedback>>,
) -> impl IntoView {
    let locale = Locale::expect();
    let (id, checked, on_change, feedback) = match binding {
        Some(field) => (field.id, field.value, Some(field.on_change), field.feedback),
        None => (id, checked, on_change, feedback),
    };
    let described = described_by(&id, hint.is_some(), feedback);
    let has_error = is_error(feedback);
    let (input_type, name) = match radio_group {
        Some(group) => ("radio", group.to_owned()),
        None => ("checkbox", id.clone()),
    };
    view! {
        <div class="app-form-group app-choice" class:app-form-group--error=has_error>
            <FeedbackMessage field_id=id.clone() feedback=feedback />
            <div class="app-choice__item">
                <input
                    class="app-choice__input"
                    id=id.clone()
                    name=name
                    type=input_type
                    aria-describedby=described
                    aria-invalid=move || has_error().then_some("true")
                    prop:checked=move || checked.get()
                    on:change=move |event| {
                        if let Some(on_change) = on_change {
                            on_change.run(event_target_checked(&event));
                        }
                    }
                />
                <label class="app-label app-choice__label" for=id.clone()>{move || locale.t(label)}</label>
                {hint.map(|hint| view! { <div class="app-hint app-choice__hint" id=hint_id(&id)>{move || locale.t(hint)}</div> })}
            </div>
        </div>
    }
}
