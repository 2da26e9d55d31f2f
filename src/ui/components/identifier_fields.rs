//! The identifiers of an account (IOR, bond, SCAC, MID, …) as a fieldset of one text field per
//! kind its business type allows, required ones unmarked and the others marked "(optional)".
//! Shared by "add an account" (a draft not yet in the workspace) and an account's details page
//! (the workspace itself): each caller binds a kind to its value, its edit and its finding,
//! and may add what follows a kind's field (the details page's further identifiers).
//!
//! A field's message appears with the first keystroke (or once the field is left, or after the
//! page's continue button) and follows every keystroke after that.

use leptos::prelude::*;

use super::field_feedback::{Feedback, FeedbackMessage, feedback_id};
use super::input_field::InputField;
use crate::domain::identifiers::IdentifierKind;
use crate::i18n::msg;
use crate::state::Locale;

/// One identifier field bound to where its value lives.
pub struct IdentifierBinding {
    /// The input's id (the error summary links to it).
    pub field_id: String,
    /// The text as it stands.
    pub value: Signal<String>,
    /// Stores the new text.
    pub on_input: Callback<String>,
    /// The finding at this field as the validation engine has it, shown or not.
    pub finding: Signal<Option<Feedback>>,
}

/// The fieldset of identifiers.
#[component]
pub fn IdentifierFields(
    /// The legend's id: the error summary links the "give an identifier" finding to it.
    #[prop(into)]
    legend_id: String,
    /// The kinds offered, in order, each with whether it is required.
    #[prop(into)]
    kinds: Signal<Vec<(IdentifierKind, bool)>>,
    /// The finding about the identifiers as a whole (a required one missing), already gated.
    #[prop(into)]
    list_feedback: Signal<Option<Feedback>>,
    /// Whether the page's continue button was pressed: every field shows its message.
    #[prop(into)]
    submitted: Signal<bool>,
    /// Binds one kind's field.
    bind: Callback<IdentifierKind, IdentifierBinding>,
    /// What follows one kind's field (an account's further identifiers of that kind).
    #[prop(optional)]
    more: Option<Callback<IdentifierKind, AnyView>>,
) -> impl IntoView {
    let locale = Locale::expect();
    let hint = format!("{legend_id}-hint");
    let message = feedback_id(&legend_id);
    let described = move || {
        if list_feedback.with(Option::is_some) {
            format!("{hint} {message}")
        } else {
            hint.clone()
        }
    };
    view! {
        <fieldset class="app-fieldset" aria-describedby=described>
            <legend class="app-fieldset__legend app-fieldset__legend--m" id=legend_id.clone() tabindex="-1">
                {move || locale.t(msg::new_account::IDENTIFIERS_LEGEND)}
            </legend>
            <div class="app-hint" id=format!("{legend_id}-hint")>
                {move || locale.t(msg::new_account::IDENTIFIERS_HINT)}
            </div>
            <FeedbackMessage field_id=legend_id.clone() feedback=list_feedback />
            <For each=move || kinds.get() key=|entry| *entry let:entry>
                <IdentifierField
                    kind=entry.0
                    optional=!entry.1
                    binding=bind.run(entry.0)
                    submitted=submitted
                />
                {more.map(|more| more.run(entry.0))}
            </For>
        </fieldset>
    }
}

/// One identifier's text field.
#[component]
fn IdentifierField(
    kind: IdentifierKind,
    optional: bool,
    binding: IdentifierBinding,
    submitted: Signal<bool>,
) -> impl IntoView {
    let touched = RwSignal::new(false);
    let finding = binding.finding;
    let feedback = Signal::derive(move || {
        if touched.get() || submitted.get() {
            finding.get()
        } else {
            None
        }
    });
    let on_input = binding.on_input;
    view! {
        <InputField
            id=binding.field_id
            label=kind.label_key()
            optional=optional
            value=binding.value
            on_input=Callback::new(move |text: String| {
                touched.set(true);
                on_input.run(text);
            })
            on_blur=Callback::new(move |()| touched.set(true))
            feedback=feedback
            width="app-input--width-20"
        />
    }
}
